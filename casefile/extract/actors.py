"""People, organisations and places named in an article, by heuristics rather than a model.

Three passes over the text, in order of confidence: the case's known actors and their
aliases; places from a built-in gazetteer of countries and cities in Spanish and English
(with aliases such as EU, EE.UU., U.S. for Estados Unidos); then runs of capitalised
words joined by particles ("Juan Ramón de la Fuente"), classified by cues: titles
("canciller", "President"), given names, organisation words ("Secretaría", "Department")
and acronyms. Mentions of one actor are merged into one proposal under its fullest form:
"Rubio" and "De la Fuente" join "Marco Rubio" and "Juan Ramón de la Fuente".

Canonical names of built-in places follow the article's language: "Estados Unidos" in
Spanish, "United States" in English. In English text "EU" is the European Union, not a
place, so it is left out of the Estados Unidos aliases.
"""

from __future__ import annotations

import bisect
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache

from casefile.domain import ActorKind
from casefile.extract.date_tense import SPANISH_PAST_END
from casefile.extract.gazetteer import (
    ACRONYM_KINDS,
    CONNECTORS,
    MONTHS_AND_DAYS,
    NOT_ACTORS,
    ORG_HEADS,
    ORG_TAILS,
    PLACES,
    PROGRAM_HEADS,
    SINGLE_WORD_ORGS,
    SPEECH_VERBS,
    STOPWORDS,
    TITLES,
    guess_language,
    is_demonym,
    is_given_name,
)


@dataclass
class ActorProposal:
    """One actor named in the text; offsets are those of its first mention."""

    name: str
    kind: ActorKind
    start: int
    end: int
    known_as: str | None = None  # canonical name when matched against a known actor/alias


@dataclass
class _Mention:
    name: str
    kind: ActorKind
    start: int
    end: int
    key: str | None = None  # mentions sharing a key are one actor
    certain: bool = True  # False for a lone surname that only counts if it joins a full name
    aliases: list[str] = field(default_factory=list)


# A word; an apostrophe stays inside one ("O'Brien") but a possessive ends it ("Lowell's
# press conference" names Lowell, not "Lowell's Press Conference").
_TOKEN = re.compile(r"[^\W\d_](?:[\w-]*\w)?(?:['’](?![sS]\b)\w[\w-]*)*")
# An Arabic article written into the family name ("Abdel-Fattah al-Sissi", "Bashar al-Assad"):
# lower case, yet part of the name it follows.
_ARTICLE_NAME = re.compile(r"(?:al|el|ul|ad|as|ash|an|at|az|ar)-")
_TWO_WORDS_BEFORE = re.compile(r"(?:([\w-]+) )?([\w-]+) $")  # "Ambassador-at-Large X" too
# The words of the clause before a comma right before a name, at most eight of them.
_CLAUSE_BEFORE_COMMA = re.compile(r"((?:[^\W\d_]+[ \t]+){0,7}[^\W\d_]+),[ \t]+$")
# A title opening the phrase after a comma right after a name: ", ministro de …".
_TITLE_AFTER_COMMA = re.compile(r",[ \t]+(?:(?:el|la|the)[ \t]+)?([^\W\d_]+)")
_CAPITALS_BEFORE = re.compile(r"[A-ZÁÉÍÓÚÑ]{2,}[ /-]+$")
_CAPITALS_AFTER = re.compile(r"[ /-]+[A-ZÁÉÍÓÚÑ]{2,}\b")
_ACRONYM = re.compile(r"[A-ZÁÉÍÓÚÑ]{2,6}")
_ROMAN = re.compile(r"(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")  # up to 99: centuries, summits
_PLACE_PREPOSITION = re.compile(
    r"\b(?:en|in|at)\s+(?:(?:la|el|the)\s+)?(?:ciudad\s+de\s+)?$",
    re.IGNORECASE,
)
# Prepositions after which a place's name is the place, whatever name follows it.
_TO_A_PLACE = frozenset(["to", "in", "from", "en", "a", "ante", "desde", "de", "of"])
_WORD_BEFORE = re.compile(r"([^\W\d_][\w’'-]*) $")
_WORD_AFTER = re.compile(r" ([^\W\d_][\w’'-]*)")


def propose_actors(
    text: str,
    known: Sequence[tuple[str, Sequence[str]]] = (),
    language: str | None = None,
) -> list[ActorProposal]:
    """One proposal per actor named in ``text``, in order of first mention."""
    lang = language or guess_language(text)
    mentions = _known_mentions(text, known)
    mentions += _free(_place_mentions(text, lang), mentions)
    taken = sorted((m.start, m.end) for m in mentions)  # never overlapping: see _free
    mentions += [m for m in _name_mentions(text, taken) if not _inside(m.start, m.end, taken)]
    return _merge(mentions)


def _known_mentions(text: str, known: Sequence[tuple[str, Sequence[str]]]) -> list[_Mention]:
    mentions: list[_Mention] = []
    for canonical, aliases in known:
        kind = _kind_of_name(canonical)
        for form in sorted({canonical, *aliases}, key=len, reverse=True):
            if not form.strip():
                continue
            flags = re.IGNORECASE if len(form) > 4 else 0
            pattern = re.compile(rf"(?<![\w@#]){re.escape(form)}(?!\w)", flags)
            for match in pattern.finditer(text):
                start = _given_names_before(text, match.start()) if " " not in form else None
                mentions.append(
                    _Mention(
                        text[start : match.end()] if start is not None else match.group(),
                        kind,
                        match.start() if start is None else start,
                        match.end(),
                        f"k:{canonical}",
                    )
                )
    return _free(mentions, [])


_NAMES_RUN_BEFORE = re.compile(r"((?:[A-ZÁÉÍÓÚÑ][\w'’-]+[ \t]+){1,3})$")


def _given_names_before(text: str, at: int) -> int | None:
    """Where the given names right before a known surname start ("Mauricio" before the
    case's "Macri"), when a given name opens them; None when there are none."""
    run = _NAMES_RUN_BEFORE.search(text, max(0, at - 60), at)
    if run is None:
        return None
    words = run.group(1).split()
    while words and not is_given_name(words[0]):
        words.pop(0)  # "Presidente Mauricio Macri": the title is no part of the name
    if not words:
        return None
    return at - len(" ".join(words)) - 1


def _free(new: list[_Mention], old: list[_Mention]) -> list[_Mention]:
    """``new`` mentions that overlap neither ``old`` ones nor an earlier, longer new one."""
    kept: list[_Mention] = []
    spans = [(m.start, m.end) for m in old]
    for mention in sorted(new, key=lambda m: (m.start, -(m.end - m.start))):
        if not any(mention.start < end and start < mention.end for start, end in spans):
            kept.append(mention)
            spans.append((mention.start, mention.end))
    return kept


def place_of(text: str, lang: str) -> str:
    """Where ``text`` says something happens: the first place after "en", "in" or "at"
    ("se reunieron en Washington", "in Mexico City"), by its name in ``lang``; "" if none."""
    for mention in _place_mentions(text, lang):
        if _PLACE_PREPOSITION.search(text, max(0, mention.start - 12), mention.start):
            return mention.aliases[0]
    return ""


@cache
def _place_pattern(lang: str) -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    """One alternation of every printed form of every place, longest first, and what each
    form names: (its name in ``lang``, its Spanish name as the key)."""
    forms: dict[str, tuple[str, str]] = {}
    for spanish, english, aliases in PLACES:
        canonical = english if lang == "en" else spanish
        for form in (spanish, english, *aliases):
            if lang == "en" and form == "EU":
                continue  # the European Union in English text
            forms[form] = (canonical, spanish)
    alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w@#/.])(?:{alternation})(?![\w@])"), forms


def _place_mentions(text: str, lang: str) -> list[_Mention]:
    pattern, forms = _place_pattern(lang)
    return [
        _Mention(
            match.group(),
            ActorKind.PLACE,
            match.start(),
            match.end(),
            f"p:{forms[match.group()][1]}",
            aliases=[forms[match.group()][0]],
        )
        for match in pattern.finditer(text)
        if not _inside_a_name(text, match.start(), match.end(), _place_words())
    ]


@cache
def _place_words() -> frozenset[str]:
    return frozenset(word for entry in PLACES for form in entry[:2] for word in form.split())


def _inside_a_name(text: str, start: int, end: int, place_words: frozenset[str]) -> bool:
    """A place name that is part of a longer proper name: "Virginia Ortega", "Miguel Hidalgo
    Pérez", "Tom Austin". A capitalised word glued to it that is neither a function word
    nor part of another place says so; "Atlanta, Georgia" and "En Tucson" do not."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    after = _WORD_AFTER.match(text, end)
    if (
        before is not None
        and before.group(1) in _TO_A_PLACE
        and not is_given_name(text[start:end].split()[0])
    ):
        return False  # "Ambassador to Peru Sutarjo": a place, then someone's name
    for found in (before, after):
        if found is None:
            continue
        word = found.group(1)
        if (
            word[0].isupper()
            and word.lower() not in STOPWORDS
            and word.lower() not in CONNECTORS
            and word not in place_words
            and word not in NOT_ACTORS
        ):
            return True
    return False


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether [start, end) lies in one of ``spans`` (sorted, not overlapping)."""
    index = bisect.bisect_right(spans, (start, sys.maxsize)) - 1
    return index >= 0 and spans[index][0] <= start and end <= spans[index][1]


_NICKNAME_MARKS = re.compile(r"[\"“”«»‘’](?=\w)|(?<=\w)[\"“”«»‘’]")
_NICKNAME_OPENS = frozenset([' "', " “", " «", " ‘"])
_NICKNAME_ENDS = frozenset(['" ', "” ", "» ", "’ "])


def _after_nickname(text: str, gap: str, run: list[re.Match[str]]) -> bool:
    """Whether ``gap`` closes a nickname the run ends on ("“Pepe” Mujica")."""
    last = run[-1]
    return gap in _NICKNAME_ENDS and text[last.start() - 2 : last.start()] in _NICKNAME_OPENS


def _runs(text: str) -> Iterator[list[re.Match[str]]]:
    """Runs of capitalised words, joined by single spaces and lowercase particles."""
    run: list[re.Match[str]] = []
    pending: list[re.Match[str]] = []
    for token in _TOKEN.finditer(text):
        word = token.group()
        gap = text[(pending or run)[-1].end() : token.start()] if run else ""
        # a nickname in quotation marks inside a name: José “Pepe” Mujica, Luiz Inácio
        # "Lula" da Silva
        nickname = gap in _NICKNAME_OPENS and text[token.end() : token.end() + 2] in _NICKNAME_ENDS
        joined = bool(run) and (gap == " " or nickname or _after_nickname(text, gap, run))
        if token.start() > 0 and text[token.start() - 1] in "@#/_.":
            joined, word = False, ""
        if (word[:1].isupper() or _is_article_name(word)) and joined:
            run += [*pending, token]
            pending = []
        elif word in CONNECTORS and joined:
            pending.append(token)
        else:
            if run:
                yield run
            run, pending = ([token] if word[:1].isupper() else []), []
    if run:
        yield run


# What a ministry's portfolio is called: "de Relaciones Exteriores, Comercio Internacional y
# Culto", "of Foreign Affairs", never the name of whoever holds it.
_PORTFOLIO_WORDS = frozenset(
    re.findall(
        r"\S+",
        "relaciones exteriores asuntos interior defensa hacienda gobernación seguridad justicia "
        "economía comercio exterior internacional culto cooperación migración finanzas energía "
        "salud agricultura trabajo educación cultura turismo transportes obras públicas pública "
        "foreign affairs home defence defense treasury trade finance health interior",
    )
)


def _is_preterite(word: str) -> bool:
    """A capitalised Spanish preterite, four letters or more before its ending ("Respondió",
    "Aseguraron"): given names do not end so ("Eliseo", "Aurelio": an unaccented o)."""
    ending = next((end for end in SPANISH_PAST_END if word.endswith(end)), None)
    return (
        ending is not None
        and word.isalpha()
        and word[:1].isupper()
        and word[1:].islower()
        and len(word) - len(ending) >= 4
    )


def _is_article_name(word: str) -> bool:
    """ "al-Sissi", "ash-Shara": an Arabic article and a capitalised name."""
    article = _ARTICLE_NAME.match(word)
    return article is not None and word[article.end() : article.end() + 1].isupper()


def _name_mentions(text: str, taken: list[tuple[int, int]]) -> list[_Mention]:
    mentions: list[_Mention] = []
    for run in _runs(text):
        for part in _parts(_strip_leading(run), taken):
            if (
                len(part) > 2
                and _opens_sentence(text, part[0].start())
                and _is_preterite(part[0].group())
            ):
                part = part[1:]  # "Respondió Gustavo Petro": the verb opens the sentence
            mention = _classify(text, part)
            if mention is None and len(part) > 1 and _opens_sentence(text, part[0].start()):
                rest = _strip_leading(part[1:])  # "Llegó Rubio": a capitalised verb
                if rest and part[0].group().casefold() not in TITLES:
                    mention = _classify(text, rest)
            if mention is not None:
                mentions.append(mention)
    _link_acronyms(text, mentions)
    return mentions


def _strip_leading(run: list[re.Match[str]]) -> list[re.Match[str]]:
    while run:
        first = run[0].group()
        surname_particle = first == "De" and len(run) > 2 and run[1].group() in {"la", "los", "las"}
        if (first.casefold() in STOPWORDS and not surname_particle) or first in CONNECTORS:
            run = run[1:]
        else:
            break
    while run and run[-1].group() in CONNECTORS:
        run = run[:-1]
    return run


def _opens_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip(' \t“"«¿¡(')
    return not before or before[-1] in ".!?:\n"


def _parts(run: list[re.Match[str]], taken: list[tuple[int, int]]) -> Iterator[list[re.Match[str]]]:
    """Split a run at conjunctions, months, places and where a given name starts a name."""
    if not run:
        return
    head, tail = run[0].group().casefold(), run[-1].group().casefold()
    if head in PROGRAM_HEADS or head in ORG_HEADS:
        yield from _organisations(run)
        return
    keeps_places = tail in ORG_TAILS  # "Sinaloa Cartel"
    part: list[re.Match[str]] = []
    for token in run:
        word = token.group()
        breaks = word in {"y", "e", "and"} or word.casefold() in MONTHS_AND_DAYS
        if breaks or (not keeps_places and _inside(token.start(), token.end(), taken)):
            yield from _nonempty(_strip_leading(part))
            part = []
            continue
        nickname = token.start() > 0 and token.string[token.start() - 1] in '"“«‘'
        starts_name = (
            bool(part)
            and not nickname
            and (
                (is_given_name(word) and not is_given_name(part[-1].group()))
                # "… Photo by Ana Ruiz Assistant Secretary Bo Lee"; after given names alone
                # the word is a surname: "Eduardo Enrique Reina", "Juan Rey"
                or (word.casefold() in TITLES and not all(is_given_name(t.group()) for t in part))
            )
        )
        if starts_name and part[-1].group() not in CONNECTORS:
            yield from _nonempty(_strip_leading(part))
            part = []
        part.append(token)
    yield from _nonempty(_strip_leading(part))


def _organisations(run: list[re.Match[str]]) -> Iterator[list[re.Match[str]]]:
    """Split an organisation run only where "y"/"and" brings in another organisation.

    "Secretaría de Seguridad y Protección Ciudadana" stays whole; "Secretaría de Marina y
    la Fiscalía General" is two.
    """
    part: list[re.Match[str]] = []
    for i, token in enumerate(run):
        if token.group() in {"y", "e", "and"} and part:
            following = [t.group() for t in run[i + 1 :] if t.group() not in CONNECTORS]
            if following and following[0].casefold() in ORG_HEADS:
                yield _strip_leading(part)
                part = []
                continue
        part.append(token)
    yield from _nonempty(_strip_leading(part))


def _nonempty(part: list[re.Match[str]]) -> Iterator[list[re.Match[str]]]:
    if part:
        yield part


def _classify(text: str, part: list[re.Match[str]]) -> _Mention | None:
    words = [t.group() for t in part]
    start, end = part[0].start(), part[-1].end()
    name = _NICKNAME_MARKS.sub("", text[start:end])  # "Luiz Inácio Lula da Silva"
    head, tail = words[0].casefold(), words[-1].casefold()
    if head in PROGRAM_HEADS or name in NOT_ACTORS:
        return None
    if words[0] in NOT_ACTORS and not (
        head in TITLES and (len(words) == 2 or _in_prose(text, start))
    ):
        return None  # "PM" alone is no one; "PM Ferrand" is Ferrand, and so is "PM Ana Ruiz"
        # in a sentence (a headline's "PM Abiy Holds Talks" names no one whole)
    if len(words) == 1 and words[0] in ACRONYM_KINDS:
        return _Mention(name, ACRONYM_KINDS[words[0]], start, end)
    if head in ORG_HEADS or tail in ORG_TAILS:
        return _Mention(name, ActorKind.ORGANISATION, start, end) if len(words) > 1 else None
    if len(words) == 1 and _ACRONYM.fullmatch(name) and _shouting(text, start, end):
        return None  # "MEXICO CITY, Jan 23": a dateline in capitals, not an acronym
    if len(words) == 1 and _ROMAN.fullmatch(name):
        return None  # "siglo XIX", "la XXVIII Cumbre": a number, not an organisation
    if len(words) == 1 and (name in SINGLE_WORD_ORGS or _ACRONYM.fullmatch(name)):
        return _Mention(name, ActorKind.ORGANISATION, start, end)
    if len(words) > 2 and is_demonym(words[0]):
        if words[1].casefold() in TITLES:
            return _classify(text, part[1:])  # "Egyptian President X": then the title goes
        if re.fullmatch(r"[A-Z]{2,3}", words[1]):
            return _classify(text, part[2:])  # "Canadian PM Trudeau": the office's initials
    if head in TITLES or head.split("-")[0] in TITLES:
        # "President Sheinbaum", "Ambassador-at-Large X": the title is not part of the name
        rest = part[1:]
        if rest and rest[0].group() in CONNECTORS:
            rest = rest[2:]  # "Secretary of State", "Secretario de Marina"
        return _classify(text, rest) if rest else None
    if all(w.casefold() in _PORTFOLIO_WORDS or w in CONNECTORS for w in words):
        return None  # "el ministro de Relaciones Exteriores": a portfolio, not a person
    hinted = _titled(text, start) or _speaks(text, end) or _in_apposition(text, start, end)
    nicknamed = any(t.start() > start and text[t.start() - 1] in '"“«‘' for t in part)
    if (is_given_name(words[0]) or nicknamed) and len(words) > 1:  # José “Pepe” Mujica
        return _Mention(name, ActorKind.PERSON, start, end)
    if len(words) == 1 or (words[0] == "De" and len(words) > 2):
        return _Mention(name, ActorKind.PERSON, start, end, certain=hinted)
    return _Mention(name, ActorKind.PERSON, start, end) if hinted else None


def _in_prose(text: str, at: int) -> bool:
    """Whether ``at`` stands in a line of prose, one that ends on a stop as a headline does
    not."""
    line_end = text.find("\n", at)
    line = text[at : len(text) if line_end < 0 else line_end].rstrip()
    return line.endswith((".", "!", "?", "”", '"', "»"))


def _shouting(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` sits next to another word in capitals."""
    before = _CAPITALS_BEFORE.search(text, max(0, start - 20), start)
    return before is not None or _CAPITALS_AFTER.match(text, end) is not None


def _titled(text: str, start: int) -> bool:
    """Whether a title stands just before ``start``: "la presidenta X", "su homólogo
    estadounidense X"; not "el secretario de Seguridad", where X names the portfolio."""
    found = _TWO_WORDS_BEFORE.search(text, max(0, start - 60), start)
    if found is None:
        return False
    farther, nearest = found.group(1), found.group(2).casefold()
    if nearest in TITLES or nearest.split("-")[0] in TITLES:
        return True
    return farther is not None and farther.casefold() in TITLES and nearest not in CONNECTORS


# A title that leaves its office out after naming another's: "…, y el de Guyana, ".
ELLIPTIC_TITLE_BEFORE = re.compile(
    r"(?:^|[ \t])(?:y|e)[ \t]+(?:el|la)[ \t]+(?:de|del)[ \t]+[A-ZÁÉÍÓÚÑ][^,.;\n]{0,40},[ \t]*$"
)


def _in_apposition(text: str, start: int, end: int) -> bool:
    """Whether a name stands in apposition to a title: "El ministro alemán de Exteriores,
    Heiko Maas, …", "su homólogo polaco, Jacek Czaputowicz", "Heiko Maas, ministro de …"."""
    before = _CLAUSE_BEFORE_COMMA.search(text, max(0, start - 80), start)
    if before is not None and any(w.casefold() in TITLES for w in before.group(1).split()):
        return True
    if ELLIPTIC_TITLE_BEFORE.search(text, max(0, start - 60), start):
        return True  # "El presidente de Venezuela, X, y el de Guyana, Irfaan Ali": a title too
    after = _TITLE_AFTER_COMMA.match(text, end)
    return after is not None and after.group(1).casefold() in TITLES


def _speaks(text: str, end: int) -> bool:
    after = _TOKEN.match(text, end + 1) if text[end : end + 1] == " " else None
    return after is not None and after.group().casefold() in SPEECH_VERBS


def _link_acronyms(text: str, mentions: list[_Mention]) -> None:
    """ "Secretaría de Relaciones Exteriores (SRE)": SRE becomes an alias of the full name."""
    by_acronym: dict[str, str] = {}
    for mention in mentions:
        following = re.match(r" ?\(([A-ZÁÉÍÓÚÑ][A-Za-zÁÉÍÓÚÑ.-]{1,9})\)", text[mention.end :])
        if mention.kind is ActorKind.ORGANISATION and following:
            mention.key = f"o:{mention.name.casefold()}"
            by_acronym[following.group(1)] = mention.key
    for mention in mentions:
        if mention.key is None and mention.name in by_acronym:
            mention.key = by_acronym[mention.name]


def _kind_of_name(name: str) -> ActorKind:
    words = name.split()
    if not words:
        return ActorKind.PERSON
    if any(name in (spanish, english, *aliases) for spanish, english, aliases in PLACES):
        return ActorKind.PLACE
    if words[0].casefold() in ORG_HEADS or words[-1].casefold() in ORG_TAILS:
        return ActorKind.ORGANISATION
    if name in ACRONYM_KINDS:
        return ACRONYM_KINDS[name]
    if name in SINGLE_WORD_ORGS or _ACRONYM.fullmatch(name):
        return ActorKind.ORGANISATION
    return ActorKind.PERSON


def _merge(mentions: list[_Mention]) -> list[ActorProposal]:
    groups: list[list[_Mention]] = []
    keyed: dict[str, list[_Mention]] = {}
    for mention in sorted(mentions, key=lambda m: (-len(m.name.split()), m.start)):
        key = mention.key or f"{mention.kind}:{mention.name.casefold()}"
        group = keyed.get(key)
        if group is None and mention.kind is ActorKind.PERSON and mention.key is None:
            group = _fuller_person(mention, groups)
        if group is None:
            if not mention.certain:
                continue
            group = []
            groups.append(group)
        group.append(mention)
        keyed.setdefault(key, group)
    return sorted((_proposal(group) for group in groups), key=lambda p: p.start)


def _fuller_person(mention: _Mention, groups: list[list[_Mention]]) -> list[_Mention] | None:
    """The group of a person whose full name contains this mention's words in order."""
    words = mention.name.casefold().split()
    for group in groups:
        if group[0].kind is not ActorKind.PERSON:
            continue
        full = group[0].name.casefold().split()
        n = len(words)
        if any(full[i : i + n] == words for i in range(len(full) - n + 1)):
            return group
    return None


def _proposal(group: list[_Mention]) -> ActorProposal:
    first = min(group, key=lambda m: m.start)
    fullest = max(group, key=lambda m: (not _ACRONYM.fullmatch(m.name), len(m.name), -m.start))
    known_as: str | None = None
    key = group[0].key or ""
    if key.startswith("k:"):
        known_as = key[2:]
    elif key.startswith("p:") and fullest.aliases and fullest.aliases[0] != fullest.name:
        known_as = fullest.aliases[0]
    return ActorProposal(fullest.name, fullest.kind, first.start, first.end, known_as)
