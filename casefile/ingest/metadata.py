"""What an article's own text says about it: header lines, title, language."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from casefile.folding import fold, name_key
from casefile.ingest.dates import parse_date

# Common function words, counted to tell Spanish from English.
_SPANISH = frozenset(
    [
        "de", "la", "que", "el", "en", "y", "los", "del", "se", "las", "por", "un", "para", "con",
        "una", "su", "al", "lo", "como", "más", "pero", "sus", "le", "ya", "fue", "este", "ha",
        "porque", "esta", "entre", "cuando", "muy", "sin", "sobre", "también", "hasta", "hay",
        "donde", "desde", "todo", "nos", "durante", "todos", "les", "ni", "contra", "otros", "ese",
        "eso", "ante", "ellos", "esto", "antes", "algunos", "qué", "unos", "otro", "otras", "otra",
        "él", "tanto", "esa", "estos", "mucho", "quienes", "nada", "muchos", "cual", "según",
        "tras", "dijo", "será", "están", "cuyo",
    ]
)  # fmt: skip
_ENGLISH = frozenset(
    [
        "the", "of", "and", "to", "in", "is", "that", "for", "it", "with", "as", "was", "on", "be",
        "at", "by", "this", "have", "from", "or", "an", "are", "but", "not", "which", "were",
        "has", "had", "its", "their", "they", "will", "would", "been", "said", "after", "who",
        "also", "more", "than", "about", "into", "what", "when", "there", "can", "could", "should",
        "over", "other", "these", "some", "our", "we", "his", "her", "him", "them",
    ]
)  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+")
_LANGUAGE_SAMPLE_WORDS = 5000
_MIN_STOPWORDS = 3
_LANGUAGE_MARGIN = 1.5

_HEADER = re.compile(r"[ \t]*(date|url|title|outlet|author)[ \t]+(\S.*?)[ \t]*")
_DATE_HEADER = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[ \t]+(\S.*))?")
# A scraper's month-only date line ("date 2023-12 …"): a header that carries no day.
_MONTH_HEADER = re.compile(r"(\d{4})-(\d{2})(?![\d-])(?:[ \t]+(\S.*))?")
_URL = re.compile(r"(?:https?|ftp)://\S+|www\.\S+", re.IGNORECASE)


@dataclass
class Header:
    """``date``/``url``/``title``/``outlet``/``author`` lines found at the top of a text."""

    published: dt.date | None = None
    month: dt.date | None = None  # a month-only date line's month (its first day)
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    author: str | None = None


def detect_language(text: str) -> str | None:
    """ "es" or "en" by counting common function words; None when too short or too mixed."""
    spanish = english = 0
    for index, match in enumerate(_WORD.finditer(text)):
        if index >= _LANGUAGE_SAMPLE_WORDS:
            break
        word = match.group().lower()
        spanish += word in _SPANISH
        english += word in _ENGLISH
    if spanish + english < _MIN_STOPWORDS:
        return None
    if spanish >= english * _LANGUAGE_MARGIN and spanish > english:
        return "es"
    if english >= spanish * _LANGUAGE_MARGIN and english > spanish:
        return "en"
    return None


def is_function_word(word: str) -> bool:
    """Whether ``word`` (lower case) is a common Spanish or English function word."""
    return word in _SPANISH or word in _ENGLISH


def split_header(text: str) -> tuple[str, Header]:
    """Take header lines off the top of ``text``; return the article body and what they said.

    Header lines are ``date YYYY-MM-DD`` and ``url …`` (also ``title``, ``outlet``,
    ``author``), in any order, before the first paragraph. A ``date`` line may carry the
    first paragraph after the date on the same line; the token is removed and the paragraph
    kept, so the body reads as the article does. Saved pages often repeat the date line as
    the first line of the page text (" date 2026-01-16 América Latina", or only the month:
    " date 2023-12 …"); a repeat that agrees with the header, or gives only a month, is a
    header too, and what follows it on the line stays as the body's first line.
    """
    header = Header()
    lines = text.split("\n")
    index = 0
    while index < len(lines):
        if not lines[index].strip():
            index += 1
            continue
        match = _HEADER.fullmatch(lines[index])
        rest = _accept(header, match.group(1), match.group(2)) if match else None
        if rest is None:
            break
        if rest:
            lines[index] = rest
            break
        index += 1
    return "\n".join(lines[index:]).strip(), header


def _accept(header: Header, key: str, value: str) -> str | None:
    """Record one header line; return what follows it on the line ("" if nothing).

    None means the line is not a header after all, so the body starts there.
    """
    if key == "date":
        return _accept_date(header, value)
    if key == "url":
        if header.url is not None or not _URL.fullmatch(value):
            return None
        header.url = value
        return ""
    if getattr(header, key) is not None:
        return None
    setattr(header, key, value)
    return ""


def _accept_date(header: Header, value: str) -> str | None:
    month_match = _MONTH_HEADER.fullmatch(value)
    if month_match:
        month = int(month_match.group(2))
        if not 1 <= month <= 12:
            return None
        header.month = header.month or dt.date(int(month_match.group(1)), month, 1)
        return month_match.group(3) or ""
    date_match = _DATE_HEADER.fullmatch(value)
    published = parse_date(date_match.group(1)) if date_match else None
    if date_match is None or published is None:
        return None
    if header.published is not None and header.published != published:
        return None  # a different date is the article's own text, not a repeat
    header.published = published
    return date_match.group(2) or ""


def first_url(text: str) -> str | None:
    """The first web address in ``text``, if any."""
    match = _URL.search(text)
    return match.group().rstrip(".,;:)»”") if match else None


# --- Headlines -------------------------------------------------------------------------
# Text saved from a browser starts with whatever the page showed above the article: menus,
# log-in prompts, share buttons, the date, a section name, a photo and its caption. The
# headline is the first line shaped like one; the URL's slug, which most sites build from
# the headline, breaks the tie when a standfirst comes before it.

_TITLE_MAX_CHARS = 220
_TITLE_MAX_WORDS = 32
_TITLE_MIN_WORDS = 3  # "Home", "América Latina", "Log In", "Visita institucional" are not
_TITLE_SCAN_LINES = 40
_SENTENCE_WORDS = 12  # a line this long that ends in a full stop is the article's text
_PARAGRAPH_WORDS = 25
_LONG_PARAGRAPH_WORDS = 40
_SLUG_MARGIN = 2  # slug words a later line must add over the first candidate to win
_SLUG_MIN_WORDS = 3
_PREFIX_LETTERS = 5  # "cancilleres" and "canciller" share a stem in a slug

_HEADING_MARK = re.compile(r"#{1,6}[ \t]+")  # "## Título"; "#VIDEO" is a hashtag and stays
_LIST_ITEM = re.compile(r"(?:[•·▪●◦*+\-–—]|\d{1,2}[.)])(?:\s|$)")
_SEPARATOR = re.compile(r"\s+(?:[|–—:»·]|-|::)\s+")
_MONTHS = (
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|"
    r"noviembre|diciembre|january|february|march|april|may|june|july|august|september|"
    r"october|november|december|ene|jan|feb|mar|abr|apr|jun|jul|ago|aug|sept?|oct|nov|dic|dec"
)
# A date with its year, a clock time or "3 years ago": a date line or a dateline, never a
# headline (headlines say "el 3 de diciembre", not the year or the hour).
_DATED = re.compile(
    rf"\b(?:{_MONTHS})\b\.?[^\n\d]{{0,12}}(?:\d{{1,2}}\b[^\n\d]{{0,6}})?(?:19|20)\d{{2}}\b"
    r"|\b\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d{2}\b"
    r"|\b(?:19|20)\d{2}-\d{2}-\d{2}"
    r"|\b\d{1,2}:\d{2}\b"
    r"|\b\d+\s+(?:years?|months?|days?|hours?|minutes?)\s+ago\b"
    r"|\bhace\s+\d+\s+(?:años?|mes(?:es)?|días?|horas?|minutos?)\b",
    re.IGNORECASE,
)
_CAPTION = re.compile(
    r"\b(?:foto(?:grafía)?s?|photos?|picture|imagen|image|cr[ée]dito|credit)\s*:"
    r"|\b(?:REUTERS|EFE|AFP|AP|EPA|Xinhua|dpa|ANSA)\s*/"
    r"|\bAP Photo\b|\bGetty Images\b|\((?:foto|photo)\b",
    re.IGNORECASE,
)
# What a page prints around an article: labels, prompts and buttons, in both languages.
_LABEL = re.compile(
    r"(?:foto(?:grafía)?s?|photos?|imagen|picture|cr[ée]dito|credit|fuente|source|publicado|"
    r"published|actualizado|updated|última actualización|last updated|tags|etiquetas|temas|"
    r"topics|lea (?:más|también)|leer más|read (?:more|also)|see also|ver (?:más|también)|"
    r"sigue leyendo|te puede interesar|también te puede interesar|más información|"
    r"related|relacionad[oa]s?|por|by|redacción|escrito por|written by)\s*:",
    re.IGNORECASE,
)
_CHROME = re.compile(
    r"\b(?:share (?:on|via|this)|compartir en|sign (?:in|up)|log ?in|log out|subscribe|"
    r"suscr[ií]b\w*|newsletters?|skip to|saltar al|ir al contenido|cookies?|javascript|"
    r"password|contraseña|inicia(?:r)? sesi[oó]n|reg[ií]str(?:ate|arse)|advertisement|"
    r"read more|leer m[aá]s|lea (?:m[aá]s|tambi[eé]n)|sigue leyendo|"
    r"te (?:puede|podr[ií]a) interesar|noticias relacionadas|related (?:stories|articles)|"
    r"see also|read also|start the conversation|copy link|copiar enlace)\b",
    re.IGNORECASE,
)
_SHOUTED_MAX_WORDS = 4  # "SAN JUAN WEATHER", "ÚLTIMA HORA": a widget or section label
_CHROME_MAX_WORDS = 8
# A push or newsletter prompt in a sentence of its own: "Get real time updates directly on
# your device, subscribe now".
_PROMPT = re.compile(
    r"\b(?:real[ -]time updates|on (?:your|you) device|push notifications?|activa las "
    r"notificaciones|recibe (?:las )?notificaciones|únete a nuestro canal)\b",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"(?:by|por)\s+\S", re.IGNORECASE)
# A page's path through its sections ("Percorso: ANSA > Nuova Europa > Bosnia") and a
# picture's pixel size in a file name or alt text ("1280x720").
_BREADCRUMB = re.compile(r"\S\s+[>»›]\s+\S.*\s[>»›]\s")
# A page's path run into its headline: "Home / World News / US drops …", "Inicio > Mundo > …".
_BREADCRUMB_PREFIX = re.compile(
    r"^(?:Home|HOME|Inicio|INICIO|Portada|Start)[ \t]*[/>»›](?:[^/>»›\n]{1,30}[/>»›])*[ \t]*"
)
# A page's time stamp run into its headline when the page is copied.
_PUBLISHED_TAIL = re.compile(
    r"(?<=\S)\s*(?:published|updated|publicado|actualizado)\s+(?:at|on|el|a\s+las)\s+\d.*$",
    re.IGNORECASE,
)
_REPORTER = re.compile(
    r"\b(?:correspondent|reporter|staff writer|editor|corresponsal|redactora?|enviad[oa] "
    r"especial|reporting from|informa desde)\b",
    re.IGNORECASE,
)
_PICTURE_SIZE = re.compile(r"\b\d{3,4}x\d{3,4}\b")
_BYLINE_MAX_WORDS = 8
_SENTENCE_END = re.compile(r"[.!?…:;][\"'”’»)\]]*$")
# A caption's credit after its last sentence ("… Bourita. - MINISTERIO - Archivo"), or a
# wire dateline ("MADRID, 20 (EUROPA PRESS)", "MADRID 9 Feb. (EUROPA PRESS) -").
_CREDIT_TAIL = re.compile(r"[.)]\s+[-–—/]\s+\S")
_DATELINE = re.compile(r"[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ .'’-]+,?\s+\d{1,2}\b")
_ABBREVIATION_END = re.compile(r"\b(?:[A-ZÁÉÍÓÚ]{1,3}\.){2,}$")  # "EE.UU.", "U.S."
_OPENING_QUOTES = "\"'“‘«¿¡"
_SLUG_SPLIT = re.compile(r"[-_+.,]+")
_SLUG_NOISE = frozenset({"html", "htm", "php", "aspx", "shtml", "amp", "index", "noticia"})
_SLUG_SPELLS_MIN = 4  # words of a headline its address spells, at the least


def guess_title(
    body: str,
    *,
    url: str | None = None,
    outlet: str | None = None,
    name: str | None = None,
) -> str | None:
    """The article's headline among its first lines, or None when no line is shaped like one.

    ``url`` lends its slug to choose between a standfirst and the headline; ``outlet`` and
    the file's ``name`` are never a headline (a masthead line, a file saved under its title).
    """
    lines = [line.strip() for line in body.split("\n") if line.strip()]
    if len(lines) < 2:
        return None
    excluded = {key for key in (name_key(outlet), name_key(_stem(name))) if key}
    slug = _slug_words(url)
    candidates: list[str] = []
    after_path: list[str] = []
    sentences = 0
    for line in lines[:_TITLE_SCAN_LINES]:
        words = _word_count(line)
        if words >= _LONG_PARAGRAPH_WORDS or (
            words >= _PARAGRAPH_WORDS and _SENTENCE_END.search(line)
        ):
            break  # the article's text has begun: a headline comes before it
        if words >= _SENTENCE_WORDS and _SENTENCE_END.search(line):
            sentences += 1
            if sentences >= 2:
                break
        if outlet and "|" in line:
            line = strip_site_name(line, [outlet])  # "Headline | EUROtoday": the headline
        if (path := _BREADCRUMB_PREFIX.match(line)) is not None:
            # "Home / World News / US drops …": the headline at the path's end, when the page
            # prints it nowhere else (it often does, on a line of its own, below the path)
            if title := _headline(line[path.end() :], outlet, excluded, slug):
                after_path.append(title)
            continue
        title = _headline(line, outlet, excluded, slug)
        if title:
            candidates.append(title)
    if candidates:
        return _pick(candidates, slug)
    return _pick(after_path, slug) if after_path else None


def strip_site_name(title: str, names: list[str]) -> str:
    """``title`` without a leading or trailing "| Outlet" part naming one of ``names``."""
    keys = {name_key(name) for name in names if name_key(name)}
    parts = _SEPARATOR.split(title.strip())
    if len(parts) < 2 or not keys:
        return title.strip()
    if name_key(parts[-1]) in keys:
        parts = parts[:-1]
    elif name_key(parts[0]) in keys:
        parts = parts[1:]
    else:
        return title.strip()
    separators = _SEPARATOR.findall(title.strip())
    kept = parts[0]
    for index, part in enumerate(parts[1:]):
        kept += separators[index] + part
    return kept


def same_as_file_name(title: str, name: str | None) -> bool:
    """Whether ``title`` is only the file's name, which says nothing about the article."""
    key = name_key(_stem(name))
    return bool(key) and name_key(title) == key


def _headline(
    line: str, outlet: str | None, excluded: set[str], slug: AbstractSet[str] = frozenset()
) -> str | None:
    """``line`` without a heading mark when it is shaped like a headline, else None. A bar
    ("Elecciones en Venezuela | Panamá suspende …") is a menu's or a table's, unless the
    address's slug spells the line: then it is the headline's kicker."""
    if _LIST_ITEM.match(line):
        return None  # a menu entry or a summary point
    text = _HEADING_MARK.sub("", line, count=1).strip()
    text = _PUBLISHED_TAIL.sub("", text).strip()  # "…violence'published at 17:14 GMT 1 Nov"
    words = _word_count(text)
    if not (_TITLE_MIN_WORDS <= words <= _TITLE_MAX_WORDS) or len(text) > _TITLE_MAX_CHARS:
        return None
    barred = "|" in text and _spells_slug(text, slug)
    if _not_a_sentence(text.replace("|", " ") if barred else text):
        return None
    if _is_page_chrome(text, words):
        return None
    key = name_key(text)
    if key in excluded or _is_masthead(text, key, outlet):
        return None
    return text


def _not_a_sentence(text: str) -> bool:
    """True for what cannot open as a headline: a link, a lower-case slug or alt text,
    a caption or credit in brackets, a date or time line, or a sentence ended by a stop."""
    opening = text.lstrip(_OPENING_QUOTES)
    if not opening or opening[0] in "([©|" or opening[0].islower():
        return True
    if "|" in text or _URL.search(text) or _DATED.search(text):
        return True
    closing = text.rstrip("\"'”’»)]")
    if closing[-1] in ",;:…" or closing.endswith("..."):
        return True  # a clause, or a paragraph cut short
    return closing[-1] == "." and not _ABBREVIATION_END.search(closing)


def is_page_prompt(text: str) -> bool:
    """Whether ``text`` is a page's own prompt (subscribe, share, log in, notifications), not
    the article's prose, at any length."""
    return _CHROME.search(text) is not None or _PROMPT.search(text) is not None


# A picture's button before its caption: "AMPLIAR Ambos mandatarios en …", "Ver galería".
_PICTURE_BUTTON = re.compile(
    r"^(?:AMPLIAR|Ampliar(?:[ \t]+(?:imagen|foto))?|VER[ \t]+GALER[IÍ]A|Ver[ \t]+galer[ií]a"
    r"|Ver[ \t]+fotos?|ENLARGE|Enlarge(?:[ \t]+(?:image|photo))?|View[ \t]+gallery)\b"
)


def _is_page_chrome(text: str, words: int) -> bool:
    if _LABEL.match(text) or _CAPTION.search(text) or _CREDIT_TAIL.search(text):
        return True
    if _PICTURE_BUTTON.match(text):
        return True  # the caption under a picture's "enlarge" button
    if _BREADCRUMB.search(text) or _PICTURE_SIZE.search(text):
        return True  # "Inicio > Mundo > …", a picture's file name ("frame 681 1280x720")
    if words <= _BYLINE_MAX_WORDS and _REPORTER.search(text):
        return True  # "Chief International Correspondent, reporting from Jerusalem"
    if _DATELINE.match(text):
        return True
    if words <= _BYLINE_MAX_WORDS and _BYLINE.match(text):
        return True
    if words <= _SHOUTED_MAX_WORDS and text.isupper():
        return True
    return words <= _CHROME_MAX_WORDS and _CHROME.search(text) is not None


def _is_masthead(text: str, key: str, outlet: str | None) -> bool:
    """The outlet's name, cut short ("The Diplomat") or run into its motto."""
    outlet_key = name_key(outlet)
    if not outlet_key:
        return False
    if key == outlet_key or (len(key) >= _PREFIX_LETTERS and outlet_key.startswith(key)):
        return True
    printed = " ".join((outlet or "").split())
    return re.match(re.escape(printed) + r"(?=[A-ZÁÉÍÓÚÑ])", text) is not None


def _pick(candidates: list[str], slug: set[str]) -> str:
    """The first candidate, unless a later one shares clearly more words with the slug."""
    if not slug:
        return candidates[0]
    scores = [_slug_score(candidate, slug) for candidate in candidates]
    best = max(range(len(candidates)), key=lambda index: (scores[index], -index))
    return candidates[best] if scores[best] >= scores[0] + _SLUG_MARGIN else candidates[0]


def _slug_words(url: str | None) -> set[str]:
    """The words of the URL's slug (its wordiest path segment), folded; empty if none."""
    if not url:
        return set()
    path = re.sub(r"^[a-z]+://[^/]*", "", url.strip(), flags=re.IGNORECASE).split("?")[0]
    best: set[str] = set()
    for segment in path.split("/"):
        words = {
            fold(word)
            for word in _SLUG_SPLIT.split(segment)
            if word.isalpha() and word.lower() not in _SLUG_NOISE
        }
        best = max(best, words, key=len)
    return best if len(best) >= _SLUG_MIN_WORDS else set()


def _spells_slug(line: str, slug: AbstractSet[str]) -> bool:
    """Whether the address's slug spells ``line``: four of its words or more, and nearly all
    of the line's words that carry meaning."""
    meaningful = {
        fold(word)
        for word in _WORD.findall(line)
        if len(word) >= 3 and not is_function_word(fold(word))
    }
    score = _slug_score(line, slug)
    return bool(slug) and score >= _SLUG_SPELLS_MIN and score >= 0.8 * len(meaningful)


def _slug_score(line: str, slug: AbstractSet[str]) -> int:
    score = 0
    for word in {fold(word) for word in _WORD.findall(line)}:
        if len(word) < 3 or is_function_word(word):
            continue
        if word in slug or (
            len(word) >= _PREFIX_LETTERS
            and any(
                len(other) >= _PREFIX_LETTERS and other[:_PREFIX_LETTERS] == word[:_PREFIX_LETTERS]
                for other in slug
            )
        ):
            score += 1
    return score


def _word_count(text: str) -> int:
    return sum(1 for token in text.split() if any(ch.isalnum() for ch in token))


def _stem(name: str | None) -> str | None:
    return name.rsplit(".", 1)[0] if name and "." in name else name
