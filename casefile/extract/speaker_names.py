"""A quote's speaker by the fullest name the article (or the case) gives that person.

The words next to a quote credit someone the way the sentence does: a surname ("Aramayo",
"Mr Cleverly"), a title and a surname ("el presidente Paz"), a role ("el mandatario chileno",
"the Foreign Secretary") or a full name wrapped in its title ("el canciller David
Choquehuanca"). An analyst files the quote under the person: the full name the article
introduced ("Fernando Aramayo"), or a name the case already knows.

A role is resolved only when the article ties it to one person ("el presidente chileno,
Gabriel Boric", "Foreign Secretary James Cleverly"); otherwise the phrase stays as printed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from casefile.folding import fold

# Roles that name the same office: "el mandatario" is the president the article named.
_ROLE_FAMILIES = (
    "presidente presidenta mandatario mandataria gobernante jefe_de_estado president leader",
    "canciller ministro_de_exteriores ministra_de_exteriores ministro_de_relaciones_exteriores "
    "ministra_de_relaciones_exteriores jefe_de_la_diplomacia foreign_minister "
    "foreign_secretary secretary_of_state secretario_de_estado",
    "primer_ministro primera_ministra prime_minister premier pm",
    "vicepresidente vicepresidenta vice_president",
    "embajador embajadora ambassador envoy",
    "portavoz vocero vocera spokesman spokeswoman spokesperson",
    "ministro ministra minister",
    "secretario secretaria secretary",
    "fiscal prosecutor attorney_general",
    "gobernador gobernadora governor",
    "alcalde alcaldesa mayor",
    "senador senadora senator",
    "rey king reina queen",
)
_ROLE_OF = {
    word.replace("_", " "): index
    for index, family in enumerate(_ROLE_FAMILIES)
    for word in family.split()
}
_ROLE = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, _ROLE_OF), key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
# A generic role also names a specific one: "el ministro" may be the foreign minister.
_ALSO = {
    _ROLE_OF["ministro"]: {_ROLE_OF["ministro"], _ROLE_OF["canciller"], _ROLE_OF["premier"]},
    _ROLE_OF["secretario"]: {_ROLE_OF["secretario"], _ROLE_OF["canciller"]},
}
_HONORIFICS = frozenset(
    ["mr", "mrs", "ms", "miss", "dr", "sr", "sra", "srta", "don", "doña", "sir", "lord", "dame"]
)
_FUNCTION_WORDS = frozenset(
    ["quien", "quienes", "que", "pero", "cual", "cuyo", "lo", "who", "which", "that", "but"]
)
_POST_NOMINALS = frozenset(["MP", "MEP", "QC", "KC", "MSP", "TD"])
_RELATIVES = frozenset(["which", "who", "that", "que", "quien", "quienes", "cual"])
_DETERMINERS = frozenset(["the", "a", "an", "el", "la", "los", "las", "un", "una"])
_CONJUNCTIONS = frozenset(["pero", "but", "y", "e", "and", "so", "mientras", "while"])
_CONNECTORS = frozenset(["de", "del", "la", "las", "los", "el", "of", "the", "y", "and", "e"])
_CONTEXT = 80
# A title before a name: up to four words and an optional comma, no clause break.
_TITLE_BEFORE = re.compile(r"(?:[^\W\d_][\w'’.-]*[ \t]+){0,3}[^\W\d_][\w'’.-]*(?:,[ \t]*|[ \t]+)$")
# An apposition after a name: ", presidente de Chile" up to the next comma or stop.
_APPOSITION_AFTER = re.compile(
    r",[ \t]+[^,.;:\n]{1,60}"
)  # characters around a person's mention where a role ties itself to them


@dataclass(frozen=True)
class _Person:
    name: str
    words: tuple[str, ...]  # folded


def _words(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"[^\W\d_][\w'’-]*", fold(text)))


def canonical_speakers(
    speakers: Sequence[tuple[str | None, int]], text: str, people: Sequence[str]
) -> list[str | None]:
    """Each (speaker, offset) resolved to the fullest name of the person it credits.

    ``people`` are person names from the article and the case, any form; the fullest one
    containing the credited name wins.
    """
    persons = [_Person(name, _words(name)) for name in people if _words(name)]
    return [
        _canonical(speaker, at, text, persons) if speaker else speaker for speaker, at in speakers
    ]


def _canonical(speaker: str, at: int, text: str, persons: Sequence[_Person]) -> str | None:
    speaker = _trimmed(speaker)
    words = _words(speaker)
    if not words or words[0] in _FUNCTION_WORDS:
        return None  # "quien encabeza…", "lo que…": a clause, not someone to credit
    named = [p for p in persons if _contains(words, p.words)]
    if named:
        return _fullest(named).name
    name_words = _name_words(speaker)
    if name_words:
        surname = [p for p in persons if _has_surname(p.words, name_words)]
        if surname:
            return _fullest(surname).name
        fuller = _fullest_in_text(name_words, text)
        if fuller:
            return fuller
        return _trailing_name(speaker, name_words) or speaker
    role = _ROLE.search(speaker)
    if role is None:
        return speaker
    holder = _role_holder(_ROLE_OF[role.group(0).casefold()], speaker, at, text, persons)
    return holder.name if holder else speaker


def _trimmed(speaker: str) -> str:
    """The speaker phrase without what is not the speaker: a leading conjunction ("but
    Pennington"), post-nominal letters ("David Rutley MP") and, before a closing relative
    pronoun, everything but its antecedent ("X said the government ended the 2016 agreement
    which" credits "the 2016 agreement")."""
    words = speaker.split()
    while len(words) > 1 and words[0].casefold() in _CONJUNCTIONS:
        words.pop(0)
    while len(words) > 1 and words[-1].strip(",") in _POST_NOMINALS:
        words.pop()
    if len(words) > 1 and fold(words[-1]) in _RELATIVES:
        words.pop()
        determiners = [i for i, word in enumerate(words) if fold(word) in _DETERMINERS]
        words = words[determiners[-1] :] if determiners else words
    return " ".join(words)


def _contains(words: tuple[str, ...], name: tuple[str, ...]) -> bool:
    """Whether the name's words stand in a row inside ``words`` (a full name in a phrase)."""
    if len(name) < 2 or len(name) > len(words):
        return False
    return any(words[i : i + len(name)] == name for i in range(len(words) - len(name) + 1))


def _has_surname(name: tuple[str, ...], tail: tuple[str, ...]) -> bool:
    """Whether ``tail`` is the person's surname(s): their words after the first ("Santos" in
    "Juan Manuel Santos Calderón", "Cleverly" in "James Cleverly")."""
    size = len(tail)
    return len(name) > size and any(
        name[i : i + size] == tail for i in range(1, len(name) - size + 1)
    )


def _fullest(candidates: Sequence[_Person]) -> _Person:
    return max(candidates, key=lambda p: len(p.words))


_NAME_BEFORE = r"(?:[A-ZÁÉÍÓÚÑ][\w'’.-]+[ \t]+(?:(?:de|del|van|von|da|dos|la)[ \t]+)?){1,3}"


def _fullest_in_text(tail: tuple[str, ...], text: str) -> str | None:
    """The longest "Given Names Surname" the text prints for a surname it credits, when no
    proposed person holds it (a first mention inside a caption or a list)."""
    folded = fold(text)
    if len(folded) != len(text):
        return None  # a letter that folds to two ("ß") would shift every offset
    surname = r"[ \t]+".join(re.escape(w) for w in tail)
    best: str | None = None
    for match in re.finditer(rf"(?<![\w])({_NAME_BEFORE})({surname})\b", folded, re.IGNORECASE):
        given = text[match.start(1) : match.end(1)].split()
        while given and (fold(given[0]) in _HONORIFICS or fold(given[0]) in _ROLE_OF):
            given.pop(0)
        if not given or not all(w[0].isupper() or w in {"de", "del", "la"} for w in given):
            continue
        found = " ".join([*given, *text[match.start(2) : match.end(2)].split()])
        if best is None or len(found) > len(best):
            best = found
    return best


def _trailing_name(speaker: str, name_words: tuple[str, ...]) -> str | None:
    """The name at the end of a described speaker ("el ministro argelino de Relaciones
    Exteriores, Ramtane Lamamra" -> "Ramtane Lamamra"), when a comma, a role or a lower-case
    word stands before it; None for an institution's own name ("Ministerio de Relaciones
    Exteriores") or a lone surname."""
    words = speaker.split()
    if len(name_words) < 2 or len(words) <= len(name_words):
        return None
    before = words[-len(name_words) - 1]
    folded = fold(before.rstrip(","))
    described = before.endswith(",") or folded in _ROLE_OF or folded in _HONORIFICS
    if described or (before.islower() and folded not in _CONNECTORS):
        return " ".join(words[-len(name_words) :])
    return None


def _name_words(speaker: str) -> tuple[str, ...]:
    """The capitalised words that end a speaker phrase ("Paz" in "el presidente Paz",
    "Cleverly" in "Mr Cleverly"), honorifics and role words aside; () when there are none."""
    tail: list[str] = []
    for word in reversed(re.findall(r"[^\W\d_][\w'’-]*", speaker)):
        folded = fold(word)
        if not word[0].isupper() or folded in _HONORIFICS or folded in _ROLE_OF:
            break
        tail.insert(0, folded)
    return tuple(tail)


def _role_holder(
    family: int, speaker: str, at: int, text: str, persons: Sequence[_Person]
) -> _Person | None:
    """The person the article gives the speaker's role to, in the phrase that names them
    ("el presidente chileno, Gabriel Boric", "Boric, presidente de Chile"): those whose
    phrase also has the speaker's nationality ("chileno": "Chile") first, then the nearest
    mention before the quote, then the first after it."""
    qualifier = [_stem(w) for w in _words(speaker) if w not in _ROLE_OF and len(w) > 3][:2]
    wanted = _ALSO.get(family, {family})
    ranked: list[tuple[bool, int, _Person]] = []
    for person in persons:
        if len(person.words) < 2:
            continue
        for mention in re.finditer(re.escape(person.name), text):
            phrase = _role_phrase(text, mention.start(), mention.end())
            roles = {_ROLE_OF[m.group(0).casefold()] for m in _ROLE.finditer(phrase)}
            if not roles & wanted:
                continue
            national = all(q in phrase for q in qualifier)
            distance = at - mention.start() if mention.start() <= at else 10**6 + mention.start()
            ranked.append((not national, distance, person))
    return min(ranked, key=lambda r: (r[0], r[1]))[2] if ranked else None


def _role_phrase(text: str, start: int, end: int) -> str:
    """The words that give a mentioned person their role, folded: a title right before the
    name ("el presidente chileno, ", "Foreign Secretary ") or an apposition right after it
    (", presidente de Chile,")."""
    before = _TITLE_BEFORE.search(text, max(0, start - _CONTEXT), start)
    after = _APPOSITION_AFTER.match(text, end)
    return fold((before.group(0) if before else "") + " " + (after.group(0) if after else ""))


def _stem(word: str) -> str:
    """A nationality's stem, so "chileno" finds "Chile" and "chilena": its first letters."""
    return word[: max(4, len(word) - 3)]
