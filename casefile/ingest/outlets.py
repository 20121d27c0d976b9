"""Which outlet published an article: its masthead name from the site's host, or the host.

``outlets.tsv`` beside this module maps news sites' hosts to the name they print on their
masthead ("elpais.com → El País"). A subdomain of a listed host is the same outlet
(english.elpais.com, m.europapress.es); a host not listed is named from its domain's words
when they read as a newspaper's name ("radiopiedra.cl" → "Radio Piedra", "eldiario33.com" →
"El Diario 33"), then as any common Spanish or English words or one word that reads as one
("elcolectivo.com.ar" → "El Colectivo", "hamodia.com" → "Hamodia"), else shown as its
registered domain ("www.cnctvgranma.cu" → "cnctvgranma.cu"), public suffixes such as .com.mx
kept whole.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from urllib.parse import unquote, urlsplit

# tld carries the Public Suffix List in the package (it comes with trafilatura through
# courlan); get_tld reads that copy and never fetches a newer one unless asked to.
from tld import get_tld

from casefile.extract.gazetteer import PLACES
from casefile.folding import fold, name_key

_TABLE_FILE = "outlets.tsv"
# Newspaper kiosks that serve many publications from one host; the publication's slug is
# the second part of the path (pressreader.com/<country>/<publication>/<date>/<id>).
_KIOSKS = frozenset({"pressreader.com"})
# Archives that keep a page under its original address, which is what names the outlet.
_ARCHIVED = re.compile(r"https?:/{1,2}([^/?#\s]+\.[a-z]{2,}\S*)", re.IGNORECASE)
_ARCHIVES = frozenset({"web.archive.org", "archive.org", "archive.ph", "archive.today"})
_SERVICE_LABELS = frozenset({"www", "www1", "www2", "www3", "m", "mobile", "amp", "dev"})
_MASTHEAD_LINES = 3


@dataclass(frozen=True)
class OutletTable:
    """Outlets by host, and by their name folded (to recognise a masthead line)."""

    by_host: dict[str, str]
    by_name: dict[str, str]


@cache
def outlet_table() -> OutletTable:
    """The shipped table, read once."""
    text = resources.files("casefile.ingest").joinpath(_TABLE_FILE).read_text(encoding="utf-8")
    by_host: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        host, _, name = line.partition("\t")
        by_host.setdefault(host.strip().lower(), name.strip())
    by_name = {name_key(name): name for name in by_host.values()}
    return OutletTable(by_host, by_name)


def find_outlet(
    url: str | None,
    *,
    site_name: str | None = None,
    lines: Sequence[str] = (),
    text: str = "",
) -> str | None:
    """The outlet that published an article, by the best evidence there is.

    In order: the table's name for the URL's host (or a kiosk's publication), the page's
    own ``site_name`` (og:site_name), the name as the page's ``text`` prints it when it
    spells the domain ("Notimérica" for notimerica.com, "Nueva Prensa Digital" for
    soynuevaprensadigital.com), a name read from the domain's words, the URL's registered
    domain, and last, for a text without a URL, a listed outlet's name standing alone on one
    of its first ``lines``.
    """
    host, path = _host_and_path(url)
    host = _publisher_host(host)
    if host in _ARCHIVES or _registered(host) in _ARCHIVES:
        original = _ARCHIVED.search(path)
        if original:
            host, path = _host_and_path("https://" + original.group(1))
    if host:
        named = known_outlet(host)
        if named is None and _registered(host) in _KIOSKS:
            named = _kiosk_publication(path, lines)
        if named:
            return named
    if site_name:
        return " ".join(site_name.split())
    if host:
        domain = registered_domain(host)
        if domain and (printed := name_in_text(domain, text)):
            return printed
        return (domain and (name_from_domain(domain) or name_from_words(domain))) or domain
    return masthead_outlet(lines)


# A name as a page prints it: one to five capitalised words or numbers ("Cactus24", "Nueva
# Prensa Digital", "E&N"), with the small words a masthead may hold between them.
_PRINTED_NAME = re.compile(
    r"(?<![\w&])[A-ZÁÉÍÓÚÑ0-9][\w&'’-]*(?:[ \t]+(?:(?:de|del|la|el|en|y|of|the|and)[ \t]+)?"
    r"[A-ZÁÉÍÓÚÑ0-9][\w&'’-]*){0,4}"
)
# Of the domain's label, the share a printed name of two words or more must spell from its
# end when it is not all of it: "soynuevaprensadigital" prints "Nueva Prensa Digital".
_MIN_SHARE = 0.7


def name_in_text(domain: str, text: str) -> str | None:
    """The name ``text`` prints for the site of ``domain``: capitalised words that spell the
    domain's first label ("Notimérica" for notimerica.com), or, two words or more, most of
    it to its end ("Nueva Prensa Digital" for soynuevaprensadigital.com); the longest such,
    else None."""
    label = name_key(domain.split(".")[0])
    if len(label) < 4:
        return None
    best: str | None = None
    for found in _PRINTED_NAME.finditer(text):
        words = found.group().split()
        for i in range(len(words)):  # "Agencia Notimérica": any run of the words
            for j in range(len(words), i, -1):
                phrase = " ".join(words[i:j])
                key = name_key(phrase)
                if key != label and not (
                    j - i > 1 and len(key) >= _MIN_SHARE * len(label) and label.endswith(key)
                ):
                    continue  # a part of the name alone ("Armenian" for armenianclub) is not it
                if best is None or len(name_key(best)) < len(key):
                    best = phrase
    return best


# Words news sites build their names from, as printed on a masthead. A domain split into
# these (and at most one other word, the outlet's own: "paulina") reads as the outlet's name.
_MASTHEAD_WORDING = (
    "el la los las de del y en a al the of and "
    "radio diario periódico noticias noticiero informa informativo prensa crónica correo "
    "tribuna voz mundo hoy semanario semanal canal agencia tele televisión digital online "
    "news daily times post review journal tribune herald gazette observer monitor "
    "chronicle express press club report today weekly tv media network mail star sun "
    "nacional nación república sur norte centro universal revista magazine multimedios "
    "medios business standard portal finance finanzas economía info informativa ediciones "
    "directo mundial metro español "
    # more of the words Spanish and English mastheads are made of ("La Nueva", "El Siglo",
    # "Cuarto Poder", "Patria Grande", "Estación Plus", "La Jornada Net", "Global South")
    "nueva nuevo jornada región siglo tiempo comercio universo país sol mercurio espectador "
    "observador informador imparcial vanguardia razón financiero economista deber "
    "semana proceso expreso faro cuarto poder patria grande estación plus net global south "
    "north new latino latina libertad independiente independent opinión opinion voz "
    "tribune sentinel courier dispatch record globe eye telegraph telégrafo"
)
# A piece ending on three consonants ("new|tele|graphng") is a split in the wrong place, not
# a word; a radio's or television's initials may end one ("clanfm").
_ODD_END = re.compile(r"[^aeiouyáéíóú\d]{3}(?<!fm)(?<!tv)$")
# Masthead words of three letters that still say "news" ("La Voz de …", "El Sol", "El Día").
_SHORT_NEWS_WORDS = frozenset(["voz", "sol", "dia", "hoy", "net", "new"])
_MASTHEAD_WORDS = {fold(word): word for word in _MASTHEAD_WORDING.split(" ")}
# Countries and places a site names itself after ("ecuadorendirecto" -> "Ecuador en
# Directo"), as one lower-case word each; known pieces, though no word that says "news".
_PLACE_WORDS = {
    re.sub(r"[^a-z]", "", fold(name)): name
    for spanish, english, _aliases in PLACES
    for name in (spanish, english)
    if len(re.sub(r"[^a-z]", "", fold(name))) >= 4
}
_DOMAIN_LABEL = re.compile(r"[a-z0-9]+")
_JOINERS = frozenset(_MASTHEAD_WORDING.split(" ")[:13])  # "el" … "and": no name ends on one


def name_from_domain(domain: str) -> str | None:
    """An outlet's name read from its domain's words ("radiopaulina.cl" -> "Radio Paulina",
    "eldiario24.com" -> "El Diario 24"): every piece a masthead word or a number but one,
    the outlet's own word, and at least one a word that says "news"; a word and a number
    as one name ("cobertura24.com.ar" -> "Cobertura24"); None otherwise."""
    named = _name_from_words(domain)
    label = domain.split(".")[0].lower()
    if named is None and re.fullmatch(r"[a-z]{4,}\d{1,3}", label):
        return label.capitalize()
    return named


def _name_from_words(domain: str) -> str | None:
    label = domain.split(".")[0].lower()
    hyphened = label.split("-")
    if 1 < len(hyphened) <= 4 and all(_DOMAIN_LABEL.fullmatch(p) for p in hyphened):
        # "el-mexicano.com.mx": the site split its own name; its words need no guessing
        if hyphened[-1] in _JOINERS or any(len(p) < 2 and p != "a" for p in hyphened):
            return None
        if not any(p in _MASTHEAD_WORDS for p in hyphened):
            return None  # "zorvex-kalt": no word of a newspaper's name to read it by
        return _as_name([_MASTHEAD_WORDS.get(p, p) for p in hyphened])
    if re.fullmatch(r"[a-z]{3,4}", label) and not re.search(r"[aeiou]{2}", label):
        return label.upper()  # "ewn.co.za", "psuv.org.ve": a short name is its initials
    if label in _MASTHEAD_WORDS and len(label) > 5:
        return _MASTHEAD_WORDS[label].capitalize()  # "republica.com" -> "República"
    if not _DOMAIN_LABEL.fullmatch(label) or len(label) < 6:
        return None
    pieces = _segment(label)
    if pieces is None:
        return None
    known = [p for p in pieces if p in _MASTHEAD_WORDS or p.isdigit()]
    if len(pieces) - len(known) == 1 or pieces == (label,):
        # "ecuadorendirecto": a place's name among news words, when every piece is known
        placed = _segment(label, places=True)
        if placed is not None and all(
            p in _MASTHEAD_WORDS or p in _PLACE_WORDS or p.isdigit() for p in placed
        ):
            pieces, known = placed, list(placed)
    if len(pieces) - len(known) > 1 or len(pieces) < 2:
        return None
    if not any(p in _MASTHEAD_WORDS and (len(p) > 3 or p in _SHORT_NEWS_WORDS) for p in pieces):
        return None  # "sinsurrapa": no word of a newspaper's name, so no safe split
    return _as_name([_MASTHEAD_WORDS.get(p, _PLACE_WORDS.get(p, p)) for p in pieces])


# The words of Spanish and English and how often each is used, to read any site's domain as
# its name's words ("elcolectivo" -> "El Colectivo", "sinrodeos" -> "Sin Rodeos").
# pyspellchecker ships these frequency lists (two small gzipped JSON files, no network); a
# word list of our own would be a poorer copy of them.
_WORD_LISTS = ("es", "en")
# A word rarer than this (about one use in two million) is no safe piece of a name: a split
# on it reads a brand as words ("hamo|dia", "brei|tb|art").
_RARE = -math.log(5e-7)
_MAX_PIECES = 4
_INITIALS_MAX = 3  # "icn|diario", "nwa|online", "pulso|slp": a piece of initials


@cache
def _word_costs() -> dict[str, tuple[float, str]]:
    """Each common Spanish or English word, folded to ASCII letters: how rare it is (minus
    the log of its share of uses) and how it is spelled ("estrategico": "estratégico")."""
    costs: dict[str, tuple[float, str]] = {}
    lists = resources.files("spellchecker").joinpath("resources")
    for language in _WORD_LISTS:
        counts = json.loads(gzip.decompress(lists.joinpath(f"{language}.json.gz").read_bytes()))
        total = sum(counts.values())
        fewest = total * math.exp(-_RARE)  # the count below which a word is too rare
        for word, count in counts.items():
            if count < fewest:
                continue
            key = re.sub(r"[^a-z]", "", fold(word))
            if len(key) < 3:
                continue
            cost = -math.log(count / total)
            forms = [(key, word, cost)]
            if language == "es" and key[-1] in "aeiou":
                forms.append((key + "s", word + "s", cost + 1.0))  # the list holds "noticia"
            for form, spelled, form_cost in forms:
                if form not in costs or costs[form][0] > form_cost:
                    costs[form] = (form_cost, spelled)
    for key, name in _PLACE_WORDS.items():  # "dnaindia": a country is a word of a name too
        costs.setdefault(key, (_RARE, name))
    return costs


def name_from_words(domain: str) -> str | None:
    """An unlisted site's name read from its domain's first label as words, when they read
    cleanly: common words with "el", "de", "the" … between them ("sinrodeos.com" -> "Sin
    Rodeos"); "el", "los" … then the site's own word ("lostubazos.com" -> "Los Tubazos");
    initials before or after a news word or a place ("icndiario.com" -> "ICN Diario"); and a
    label that splits into no such words is its one word, when it reads as one ("hamodia.com"
    -> "Hamodia"). None for a label no one could say ("cnctvgranma") or a long run of words
    none of which it could be split into."""
    label = domain.split(".")[0].lower()
    if not re.fullmatch(r"[a-z]+\d*", label) or len(label) < 4:
        return None
    digits = re.search(r"\d+$", label)
    letters = label[: digits.start()] if digits else label
    pieces = _word_split(letters)
    if pieces is None:
        if len(letters) > _ONE_WORD_MAX or not _SAYABLE.fullmatch(letters):
            return None
        pieces = [_word_costs().get(letters, (0.0, letters))[1]]  # "accion" -> "Acción"
    return _as_name([*pieces, digits.group()] if digits else pieces)


# One word as a site calls itself: no run of four consonants, nor three to open or close it
# ("cnctvgranma", "mdzol", "pulsoslp" are initials run together with words, not a word).
_SAYABLE = re.compile(r"(?![^aeiouy]{3})(?!.*[^aeiouy]{4})(?!.*[^aeiouy]{3}$)[a-z]*[aeiouy][a-z]*")
_ONE_WORD_MAX = 12
# Articles a site's name may open with, before words or before its own word.
_OPENING_ARTICLES = frozenset(["el", "la", "los", "las", "the"])
# Short words that stand in a name as words of their own ("Sin Rodeos", "Our Times").
_SHORT_WORDS = frozenset(["sin", "con", "por", "our", "new", "big"])


def _word_split(letters: str) -> list[str] | None:
    """``letters`` as printed words (see ``name_from_words``), or None when no clean reading
    has two pieces or more."""
    costs = _word_costs()
    # best[i]: (cost, pieces) for letters[:i]; each piece a word, a joiner, initials or, after
    # an opening article, the site's own word
    best: dict[int, tuple[float, tuple[str, ...]]] = {0: (0.0, ())}
    for end in range(1, len(letters) + 1):
        options = []
        for start in range(max(0, end - 20), end):
            if start not in best:
                continue
            cost, pieces = best[start]
            piece = letters[start:end]
            last = end == len(letters)
            if piece in _JOINERS and not last and (start > 0 or piece in _OPENING_ARTICLES):
                step = 1.0
            elif _is_word(piece, costs):
                step = costs[piece][0]
            elif len(piece) <= _INITIALS_MAX and (start == 0 or (last and len(piece) > 1)):
                step = 20.0  # initials open or close a name, never stand inside it
            elif (
                len(piece) >= 5
                and pieces
                and all(p in _OPENING_ARTICLES for p in pieces)
                and _SAYABLE.fullmatch(piece)
            ):
                step = 25.0  # "el|colectivo", "los|tubazos": an article, then its own word
            else:
                continue
            options.append((cost + step + 4.0, (*pieces, piece)))
        if options:
            best[end] = min(options)
    found = best.get(len(letters))
    if found is None or not 2 <= len(found[1]) <= _MAX_PIECES:
        return None
    pieces = found[1]
    odd = [i for i, p in enumerate(pieces) if p not in _JOINERS and not _is_word(p, costs)]
    if len(odd) > 1:
        return None  # two pieces no one would read: "go|communication|bol"
    for i in odd:
        if len(pieces[i]) <= _INITIALS_MAX:
            beside = pieces[i + 1] if i == 0 else pieces[i - 1]
            if beside not in _MASTHEAD_WORDS and beside not in _PLACE_WORDS:
                return None  # "no|time|rica", "confirm|ado": initials beside no news word
    return [_spelled(p, costs) for p in pieces]


def _is_word(piece: str, costs: dict[str, tuple[float, str]]) -> bool:
    if len(piece) == 3 and piece not in _MASTHEAD_WORDS and piece not in _SHORT_WORDS:
        return False  # a three-letter word is too easy to find by accident ("h|amo|dia")
    return piece in costs


def _spelled(piece: str, costs: dict[str, tuple[float, str]]) -> str:
    """A piece as the word lists spell it ("estrategico" -> "estratégico"), initials in
    capitals; ``_as_name`` then writes the words as a masthead does."""
    if piece in _JOINERS:
        return piece
    if not _is_word(piece, costs) and len(piece) <= _INITIALS_MAX:
        return piece.upper()
    return costs[piece][1] if piece in costs else piece


def _as_name(words: Sequence[str]) -> str:
    """Words as a masthead prints them: capitalised, joiners after the first in lower case."""
    named = [
        w if w.isdigit() or (i and w in _JOINERS) else w[:1].upper() + w[1:]
        for i, w in enumerate(words)
    ]
    return " ".join(named)


@cache
def _segment(label: str, *, places: bool = False) -> tuple[str, ...] | None:
    """``label`` split into masthead words, numbers and at most one other piece (of four
    letters or more): the split that leaves the fewest letters outside known words, then
    the one with the fewest pieces."""
    # best[i]: (pieces not known, letters in them, pieces) for the split of label[:i]
    best: dict[int, tuple[int, int, tuple[str, ...]]] = {0: (0, 0, ())}
    for end in range(1, len(label) + 1):
        options = []
        for start in range(max(0, end - 20), end):
            if start not in best:
                continue
            piece = label[start:end]
            unknown = not (
                piece in _MASTHEAD_WORDS or piece.isdigit() or (places and piece in _PLACE_WORDS)
            )
            # a word ends as words do; letters with no vowel are initials ("radio|yskl")
            odd_end = (
                _ODD_END.search(piece) is not None and re.search(r"[aeiou]", piece) is not None
            )
            if (unknown and (len(piece) < 4 or not piece.isalpha() or odd_end)) or (
                end == len(label) and piece in _JOINERS
            ):
                continue  # a name never ends on "a", "de" or "the" ("radio|mundi|al"), nor is
                # an unknown word run into a number ("info|rme56")
            misses, letters, pieces = best[start]
            if misses + unknown > 1:
                continue
            # a one-letter word is cheap to find by accident ("a|rmenian"): it costs as much
            # as two letters left unknown
            cost = len(piece) * unknown + 2 * (len(piece) == 1)
            options.append((misses + unknown, letters + cost, len(pieces) + 1, pieces, piece))
        if options:
            misses, letters, _, pieces, piece = min(options)
            best[end] = (misses, letters, (*pieces, piece))
    found = best.get(len(label))
    return found[2] if found else None


def site_domain(url: str | None) -> str | None:
    """The registered domain of ``url``'s host, or None when it has no host."""
    host = _host_and_path(url)[0]
    return registered_domain(host) if host else None


def known_outlet(host: str) -> str | None:
    """The table's name for ``host`` or the nearest listed domain above it."""
    table = outlet_table().by_host
    labels = host.lower().rstrip(".").split(".")
    for start in range(len(labels) - 1):
        name = table.get(".".join(labels[start:]))
        if name:
            return name
    return None


def registered_domain(host: str) -> str | None:
    """The domain a site registered ("example-news.mx", "thestar.com.my"), as printed."""
    host = host.lower().rstrip(".")
    registered = _registered(host)
    if registered:
        return registered
    labels = host.split(".")
    while len(labels) > 2 and labels[0] in _SERVICE_LABELS:
        labels = labels[1:]
    # A suffix the list does not know (".example", an intranet name): the last two labels.
    return ".".join(labels[-2:]) if len(labels) >= 2 else None


def masthead_outlet(lines: Sequence[str]) -> str | None:
    """A listed outlet's name standing alone on one of the first lines, as a masthead does."""
    by_name = outlet_table().by_name
    for line in lines[:_MASTHEAD_LINES]:
        name = by_name.get(name_key(line))
        if name:
            return name
    return None


def _host_and_path(url: str | None) -> tuple[str, str]:
    if not url:
        return "", ""
    address = url.strip()
    if "://" not in address:
        address = "http://" + address
    try:
        parts = urlsplit(address)
        host = (parts.hostname or "").lower()
    except ValueError:  # a malformed port or bracket: no host to read
        return "", ""
    return host, parts.path


_AMP_CACHE = ".cdn.ampproject.org"
_ARC_XP = ".arcpublishing.com"


def _publisher_host(host: str) -> str:
    """The news site behind a host that serves its pages for it: Google's AMP cache
    ("www-elpais-com.cdn.ampproject.org" is www.elpais.com) and the Arc XP platform
    ("cdn-www.lanacionpy.arcpublishing.com" is the site listed as lanacion.com.py)."""
    if host.endswith(_AMP_CACHE):
        label = host[: -len(_AMP_CACHE)]
        return label.replace("--", "\0").replace("-", ".").replace("\0", "-")
    if host.endswith(_ARC_XP):
        label = host[: -len(_ARC_XP)].split(".")[-1]
        for listed in outlet_table().by_host:
            parts = listed.split(".")
            if label in (parts[0], parts[0] + parts[-1]):
                return listed
    return host


def _registered(host: str) -> str | None:
    found = get_tld(host, as_object=True, fail_silently=True, fix_protocol=True)
    fld = getattr(found, "fld", None)
    return fld if isinstance(fld, str) else None


def _kiosk_publication(path: str, lines: Sequence[str]) -> str | None:
    """The publication a kiosk URL names, spelled as its masthead line or the table spell it."""
    parts = [part for part in path.split("/") if part]
    if len(parts) < 2 or not re.search(r"[a-z]", parts[1], re.IGNORECASE):
        return None
    slug = unquote(parts[1])
    key = name_key(slug)
    for line in lines[:_MASTHEAD_LINES]:
        if name_key(line) == key:
            return " ".join(line.split())
    return outlet_table().by_name.get(key) or " ".join(
        word.capitalize() for word in re.split(r"[-_]+", slug) if word
    )
