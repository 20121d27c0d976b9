"""What kind of happening an event is, and who acts on whom between the case's countries.

The categories are a small set drawn from PLOVER (the event ontology that succeeded CAMEO in
event-data projects): consult, agree, cooperate, aid, request, accuse, reject, threaten,
sanction, force, other (``domain.Category``). An event's clause is read for the words that
name its happening, in Spanish or English, as word beginnings ("reuni" finds "reunió",
"reunión", "reunirse"); the first happening the clause names wins, a meeting only when
nothing more specific is named, so "firmaron un acuerdo tras reunirse" is an agreement and
"condenó el ataque" an accusation. A proposal like any other: the analyst reviews and edits
it.

The direction ("MX>US") is read the same way: the case's country named before the word of
the happening acts, the other one named right after it, or after "a", "contra", "on",
"against", is acted on; when the clause does not name both, there is no direction.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from casefile.domain import Category
from casefile.folding import fold

# Word beginnings per category, Spanish and English, checked in this order: a sanction or an
# accusation names its happening more surely than the meeting it was announced at.
_STEMS: tuple[tuple[Category, str], ...] = (
    (
        Category.FORCE,
        "atac ataqu attack bombard bomb dispar shot shoot invad invasion incurs detuv detien "
        "detain arrest captur seiz incaut decomis confisc asalt raid militar enfrent clash mataron "
        "killed",
    ),
    (
        Category.SANCTION,
        "sancion sanction arancel tariff embarg expuls expel rompi rompe ruptur severed "
        "suspendi suspend cerr closed bloque blockade congel froze freez retir withdr "
        "persona_non_grata",
    ),
    (
        Category.THREATEN,
        "amenaz threat advirti advierte warn ultim",
    ),
    (
        Category.REJECT,
        "rechaz reject neg deni deny refus rehus desestim dismiss vet",
    ),
    (
        Category.ACCUSE,
        "acus accus critic conden condemn denunci denounc protest repudi reproch "
        "cuestion blam culp",
    ),
    (
        Category.REQUEST,
        "pidi pide solicit request exig demand inst urg reclam llam_a call_on call_for insta",
    ),
    (
        Category.AID,
        "ayuda asistencia aid donat don donó humanitar assist entreg deliver relief",
    ),
    (
        Category.AGREE,
        "firm sign acord agree acuerdo agreement pact tratado treaty memorando memorandum "
        "convenio ratific",
    ),
    (
        Category.COOPERATE,
        "cooper coordin conjunt joint colabor collabor intercambi exchang alianz alliance "
        "asociaci partnership share sharing compart",
    ),
    (
        Category.CONSULT,
        "reuni reunión met meet encuentro convers talk dialog diálog cumbre summit visit "
        "recibi receiv host llamada call telefon phone entrevist consult negoci",
    ),
)
# Words before the country a happening is aimed at: "aranceles a México", "contra Estados
# Unidos", "tariffs on Mexico"; "rifles smuggled from the US" aims at no one.
_TOWARD = frozenset(["a", "al", "contra", "con", "hacia", "ante", "sobre", "on", "against", "to"])
_TOWARD = _TOWARD | {"with", "toward", "towards", "at"}
_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)?")


@cache
def _lexicon() -> tuple[tuple[Category, tuple[str, ...], tuple[tuple[str, str], ...]], ...]:
    """Per category, its single-word beginnings and its two-word ones ("call_on")."""
    built = []
    for category, stems in _STEMS:
        singles = tuple(fold(stem) for stem in stems.split() if "_" not in stem)
        pairs = tuple(
            (fold(first), fold(second))
            for stem in stems.split()
            if "_" in stem
            for first, second in [stem.split("_", 1)]
        )
        built.append((category, singles, pairs))
    return tuple(built)


def _matches(words: Sequence[str], category_index: int) -> int | None:
    """The index of the first word naming that category's happening, or None."""
    _category, singles, pairs = _lexicon()[category_index]
    for index, word in enumerate(words):
        if any(word.startswith(stem) for stem in singles):
            return index
        following = words[index + 1] if index + 1 < len(words) else ""
        if any(word == first and following.startswith(second) for first, second in pairs):
            return index
    return None


def _folded_words(text: str) -> list[str]:
    return [fold(word) for word in _WORD.findall(text)]


def categorize(text: str) -> Category:
    """The category of the happening ``text`` (an event's clause or title) names: the one
    its first word of a happening names ("condenó el ataque" is an accusation, "atacó tras
    condenar" force); a meeting, cooperation or aid only when nothing more pointed is named
    ("se reunieron y firmaron un acuerdo" is an agreement), the first of them then ("met to
    review security cooperation" is a meeting)."""
    words = _folded_words(text)
    found = [
        (position, category)
        for index, (category, _singles, _pairs) in enumerate(_lexicon())
        if (position := _matches(words, index)) is not None
    ]
    specific = [(position, category) for position, category in found if category not in _TOPICS]
    chosen = specific or found
    if not chosen:
        return Category.OTHER
    position, category = min(chosen, key=lambda hit: hit[0])
    together = next((at for at, kind in found if kind is Category.COOPERATE), None)
    if category is Category.FORCE and together is not None and together < position:
        # "a joint operation seized", "would share seizure data", "coordinated the arrests":
        # force two sides do together, or whose record they share, is their cooperation.
        return Category.COOPERATE
    return category


# Kinds a meeting is often about rather than what happened: "met to review security
# cooperation" is a meeting; "se reunieron y firmaron un acuerdo" an agreement.
_TOPICS = frozenset([Category.CONSULT, Category.COOPERATE, Category.AID])


def direction(text: str, countries: Sequence[tuple[str, Sequence[str]]]) -> str:
    """Who acts on whom, as "MX>US", when ``text`` names one of the case's countries before
    the word of its happening and another after it; "" otherwise.

    ``countries`` are (code, names) pairs: each name as printed in either language ("México",
    "Mexico", "EE.UU."); a demonym counts by its first letters ("mexicano", "estadounidense").
    """
    if len(countries) < 2:
        return ""
    words = _folded_words(text)
    verb = None
    for index in range(len(_lexicon())):
        found = _matches(words, index)
        if found is not None:
            verb = found
            break
    if verb is None:
        return ""
    named = [(position, _country_of(word, words, position, countries)) for position, word in
             enumerate(words)]  # fmt: skip
    before = [code for position, code in named if code and position < verb]
    after = [
        code
        for position, code in named
        if code and position > verb and (position - verb <= 2 or words[position - 1] in _TOWARD)
    ]
    if not before:
        return ""
    actor = before[-1]
    target = next((code for code in after if code != actor), None)
    return f"{actor}>{target}" if target else ""


def _country_of(
    word: str, words: Sequence[str], position: int, countries: Sequence[tuple[str, Sequence[str]]]
) -> str | None:
    """The code of the case country a word names, by name or demonym; None for no country."""
    for code, names in countries:
        for name in names:
            parts = _folded_words(name)
            if not parts:
                continue
            if len(parts) > 1:
                if list(words[position : position + len(parts)]) == parts:
                    return code
                if len(parts[0]) >= 5 and _demonym_of(word, parts[0]):
                    return code  # "estadounidense" for "Estados Unidos"
                continue
            if word == parts[0] or (len(parts[0]) >= 5 and _demonym_of(word, parts[0])):
                return code
    return None


def _demonym_of(word: str, name: str) -> bool:
    """Whether ``word`` reads as the demonym of a country called ``name`` ("mexicano" for
    "mexico", "estadounidense" for "estados"): both share their first five letters."""
    return len(word) > len(name) and word[:5] == name[:5]


@cache
def country_names(code: str) -> tuple[str, ...]:
    """A country's names in Spanish and English (Unicode CLDR, through Babel) and the other
    ways the gazetteer knows it is printed ("EE.UU.", "USA"); () for an unknown code."""
    from babel import Locale

    from casefile.extract.gazetteer import PLACES

    if code.upper() == "ZZ":
        return ()  # CLDR's "unknown region", no country
    names = {Locale(language).territories.get(code.upper(), "") for language in ("es", "en")}
    names.discard("")
    for spanish, english, aliases in PLACES:
        if spanish in names or english in names:
            names.update((spanish, english, *aliases))
    return tuple(sorted(names))
