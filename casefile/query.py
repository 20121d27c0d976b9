"""The search syntax, and what a query means in both languages of a track.

What an analyst types::

    reuniones fentanyl            both words, in any of their forms, in either language
    "reunión ministerial"         that exact phrase (word forms as written)
    aranceles OR tariffs          either side
    -extradición                  none of these
    labor*                        any word that begins so
    kind:event kind:quote         only events or quotes (also caption, source)
    speaker:Kessler               quotes whose speaker is so named
    actor:SRE                     items naming that actor, by any of its names
    case:"Seguridad"              one case, by title or number
    tag:fentanyl                  items with that tag
    after:2026-01  before:2026-03-15   from January 2026, before 15 March 2026

A word meets its other forms (a Snowball stemmer per language: "reunión" ~ "reuniones",
"meeting" ~ "meetings"), the other names of what it names (casefile/data/aliases.tsv and the
case's actors: "EEUU" ~ "EE.UU." ~ "Estados Unidos" ~ "US"), and its translation
(casefile/data/glossary_es_en.tsv and the analyst's own entries: "fentanyl" ~ "fentanilo").
Accents and case never matter (the index folds them). Nothing typed is an error: what cannot
be read is searched as plain words, and a query of nothing but exclusions finds nothing.
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import Stemmer

from casefile.folding import fold, name_key

DATA = Path(__file__).parent / "data"
FILTERS = ("kind", "speaker", "actor", "case", "tag", "after", "before")
KIND_WORDS = {
    "event": "event",
    "events": "event",
    "evento": "event",
    "eventos": "event",
    "hecho": "event",
    "hechos": "event",
    "quote": "quote",
    "quotes": "quote",
    "cita": "quote",
    "citas": "quote",
    "caption": "caption",
    "captions": "caption",
    "pie": "caption",
    "pies": "caption",
    "source": "source",
    "sources": "source",
    "fuente": "source",
    "fuentes": "source",
}
_MIN_STEM = 3  # a shorter stem as a prefix ("ar*") would find half the language
_TOKEN = re.compile(
    r'(?P<neg>-)?(?:(?P<key>[A-Za-z]+):(?:"(?P<qvalue>[^"]*)"?|(?P<value>\S+))'
    r'|"(?P<phrase>[^"]*)"?|(?P<word>[^\s"]+))'
)
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Term:
    """One thing to look for: a word (in all its forms), a prefix, or an exact phrase."""

    text: str
    exact: bool = False
    prefix: bool = False


@dataclass
class Query:
    """A parsed query: every group must match (one of its terms), no excluded term may."""

    groups: list[list[Term]] = field(default_factory=list)
    excluded: list[Term] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    speaker: str | None = None
    actor: str | None = None
    case: str | None = None
    tag: str | None = None
    after: dt.date | None = None
    before: dt.date | None = None
    unmatchable: bool = False  # a filter that can match nothing (kind:nonsense)


def parse(typed: str) -> Query:
    """Read ``typed`` in the syntax above; never raises."""
    typed = typed.encode("utf-8", "replace").decode("utf-8")  # a lone surrogate is no text
    query = Query()
    pending_or = False
    for match in _TOKEN.finditer(typed):
        negated = bool(match["neg"])
        key = (match["key"] or "").lower()
        if key in FILTERS:
            value = match["qvalue"] if match["qvalue"] is not None else match["value"] or ""
            _apply_filter(query, key, value.strip())
            continue
        if match["key"]:  # "word:thing" that is no filter: plain words
            term = Term(f"{match['key']} {match['qvalue'] or match['value'] or ''}")
        elif match["phrase"] is not None:
            if not _WORD.search(match["phrase"]):
                continue
            term = Term(match["phrase"], exact=True)
        else:
            word = match["word"] or ""
            if word == "OR" and not negated:
                pending_or = bool(query.groups)
                continue
            prefix = word.endswith("*") and len(word) > 1
            word = word.rstrip("*")
            if not _WORD.search(word):
                continue
            term = Term(word, prefix=prefix)
        if negated:
            query.excluded.append(term)
        elif pending_or:
            query.groups[-1].append(term)
        else:
            query.groups.append([term])
        pending_or = False
    return query


def _apply_filter(query: Query, key: str, value: str) -> None:
    if key == "kind":
        kind = KIND_WORDS.get(fold(value))
        if kind is None:
            query.unmatchable = True
        elif kind not in query.kinds:
            query.kinds.append(kind)
    elif key in ("after", "before"):
        period = _period(value)
        if period is None:
            query.unmatchable = True
        elif key == "after":
            query.after = period[0]
        else:
            query.before = period[0] - dt.timedelta(days=1)  # before the period begins
    elif value:
        setattr(query, key, value)


def _period(value: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day of "2026", "2026-03" or "2026-03-15" (also with / or .)."""
    parts = re.split(r"[-/.]", value)
    try:
        numbers = [int(part) for part in parts]
        if len(numbers) == 1:
            return dt.date(numbers[0], 1, 1), dt.date(numbers[0], 12, 31)
        if len(numbers) == 2:
            year, month = numbers
            last = calendar.monthrange(year, month)[1]
            return dt.date(year, month, 1), dt.date(year, month, last)
        if len(numbers) == 3:
            day = dt.date(*numbers)
            return day, day
    except ValueError:
        return None
    return None


# What a word means in both languages


@cache
def _stemmers() -> tuple[Stemmer.Stemmer, Stemmer.Stemmer]:
    return Stemmer.Stemmer("spanish"), Stemmer.Stemmer("english")


def stems(word: str) -> set[str]:
    """The Spanish and English stems of ``word`` (folded), as a prefix would use them."""
    folded = fold(word)
    return {stemmer.stemWord(folded) for stemmer in _stemmers()}


def _read_tsv(path: Path) -> list[list[str]]:
    """The rows of a shipped table past its header, each with two cells, comments left out."""
    rows = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle, delimiter="\t"):
            if len(row) >= 2 and not row[0].startswith("#"):
                rows.append(row)
    return rows[1:]  # the header


def _forms(cell: str) -> list[str]:
    return [form.strip() for form in cell.split("|") if form.strip()]


@cache
def shipped_aliases() -> tuple[tuple[tuple[str, ...], ...], frozenset[str]]:
    """The shipped groups of names for one thing (a country, an institution), and those
    names that are ordinary words in lower case ("US", "UE"), named by the file's
    "# case-sensitive:" line: they count only in capitals."""
    path = DATA / "aliases.tsv"
    groups = tuple(tuple([row[0].strip(), *_forms(row[1])]) for row in _read_tsv(path))
    marker = "# case-sensitive:"
    sensitive = {
        name.strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.startswith(marker)
        for name in line[len(marker) :].split(",")
    }
    return groups, frozenset(name for name in sensitive if name)


@cache
def shipped_glossary_rows() -> tuple[tuple[str, str], ...]:
    """The shipped es↔en field glossary as written: (Spanish forms, English forms)."""
    return tuple((row[0], row[1]) for row in _read_tsv(DATA / "glossary_es_en.tsv"))


def shipped_glossary() -> tuple[tuple[str, ...], ...]:
    """The shipped es↔en field glossary: each entry's Spanish and English forms together."""
    return glossary_groups(shipped_glossary_rows())


def glossary_groups(rows: Iterable[tuple[str, str]]) -> tuple[tuple[str, ...], ...]:
    """Glossary rows (Spanish, English; forms separated by " | ") as groups of forms."""
    groups = (tuple([*_forms(spanish), *_forms(english)]) for spanish, english in rows)
    return tuple(group for group in groups if len(group) > 1)


@dataclass(frozen=True, eq=False)  # by identity: hashing ~500 groups per query costs ms
class Vocabulary:
    """Groups of words that mean the same: aliases, glossary entries (shipped and the
    analyst's), the case's actors and their aliases."""

    groups: tuple[tuple[str, ...], ...]
    case_sensitive: frozenset[str] = frozenset()
    # Names (countries, bodies, actors), folded: looked for as whole words, never by stem
    # ("Canadá" as can* would find "cantidad", "COMAR" as com* half the language).
    names: frozenset[str] = frozenset()

    @classmethod
    def shipped(cls, *extra: Iterable[Iterable[str]]) -> Vocabulary:
        """The shipped names and glossary, and ``extra`` glossary entries (the analyst's)."""
        if not extra:
            return _shipped()
        return cls._build(*extra)

    @classmethod
    def _build(cls, *extra: Iterable[Iterable[str]]) -> Vocabulary:
        aliases, case_sensitive = shipped_aliases()
        groups = [*aliases, *shipped_glossary()]
        for more in extra:
            groups.extend(tuple(group) for group in more)
        names = frozenset(name_key(form) for group in aliases for form in group)
        return cls(tuple(tuple(group) for group in groups if group), case_sensitive, names)

    def with_groups(self, groups: Iterable[Iterable[str]]) -> Vocabulary:
        """This vocabulary and ``groups`` of names for one thing (a case's actors)."""
        more = tuple(tuple(group) for group in groups if group)
        names = self.names | {name_key(form) for group in more for form in group}
        return Vocabulary(self.groups + more, self.case_sensitive, names)

    def is_name(self, text: str) -> bool:
        return name_key(text) in self.names

    def name_keys(self) -> frozenset[str]:
        """Every name of every group, folded ("eeuu", "secretariaderelacionesexteriores")."""
        return frozenset(_Index.of(self).by_key)

    def equivalents(self, typed: str) -> list[str]:
        """The other forms of ``typed`` (a word or a name): every group it belongs to, by its
        name folded ("EE. UU." is "eeuu") or, for one word, by its stem."""
        key = name_key(typed)
        if not key:
            return []
        typed_stems = stems(typed) if len(_WORD.findall(typed)) == 1 else set()
        found: list[str] = []
        index = _Index.of(self)
        candidates = sorted(
            set(index.by_key.get(key, ()))
            | {number for stem in typed_stems for number in index.by_stem.get(stem, ())}
        )
        for number in candidates:
            group, keys, group_stems = index.groups[number]
            if key in keys:
                forms = [form for form in group if name_key(form) == key]
                if any(form in self.case_sensitive for form in forms) and not any(
                    typed == form or (form not in self.case_sensitive and fold(typed) == fold(form))
                    for form in forms
                ):
                    continue  # "us" is a pronoun; only "US" or "U.S." names the country
            elif not (typed_stems & group_stems):
                continue
            found.extend(form for form in group if form not in found)
        return found


@cache
def _shipped() -> Vocabulary:
    return Vocabulary._build()


class _Index:
    """A vocabulary's groups by folded name and by stem, built once per vocabulary (kept on
    it, so a case's actors' vocabulary goes with its query)."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        self.groups: list[tuple[tuple[str, ...], frozenset[str], frozenset[str]]] = []
        self.by_key: dict[str, list[int]] = {}
        self.by_stem: dict[str, list[int]] = {}
        for number, group in enumerate(vocabulary.groups):
            keys = frozenset(name_key(form) for form in group)
            one_word = [form for form in group if len(_WORD.findall(form)) == 1]
            group_stems = frozenset(
                stem for form in one_word for stem in stems(form) if len(stem) >= _MIN_STEM
            )
            self.groups.append((group, keys, group_stems))
            for key in keys:
                self.by_key.setdefault(key, []).append(number)
            for stem in group_stems:
                self.by_stem.setdefault(stem, []).append(number)

    @staticmethod
    def of(vocabulary: Vocabulary) -> _Index:
        index = vocabulary.__dict__.get("_index")
        if index is None:
            index = _Index(vocabulary)
            object.__setattr__(vocabulary, "_index", index)  # frozen, but this is a cache
        return index


# What to look for, then its FTS5 expression (SQLite) or tsquery (PostgreSQL)


@dataclass(frozen=True)
class Alternative:
    """One way a group of the query can match: folded words, looked for as ``"word"`` (all
    its forms, by stems), ``"phrase"`` (these words in a row, as written), ``"prefix"`` (a
    phrase whose last word may go on) or ``"title"`` (a phrase in the title: a speaker)."""

    words: tuple[str, ...]
    how: str = "phrase"


def alternatives(
    query: Query, vocabulary: Vocabulary
) -> tuple[list[list[Alternative]], list[Alternative]] | None:
    """What ``query`` looks for: groups that must each match one of their alternatives, and
    the alternatives none may match; None when it can match nothing."""
    if query.unmatchable:
        return None
    groups = [
        found
        for group in _joined_names(query.groups, vocabulary)
        if (found := _alternatives(group, vocabulary, expand=True))
    ]
    if query.actor:
        actor = _alternatives([Term(query.actor)], vocabulary, expand=True, words=False)
        if actor:
            groups.append(actor)
    if query.speaker:
        words = tuple(_WORD.findall(fold(query.speaker)))
        if words:
            groups.append([Alternative(words, "title")])
    if not groups:
        return None
    return groups, _alternatives(query.excluded, vocabulary, expand=False)


def fts_expression(query: Query, vocabulary: Vocabulary) -> str | None:
    """The FTS5 MATCH expression for ``query``, or None when it can match nothing."""
    found = alternatives(query, vocabulary)
    if found is None:
        return None
    groups, excluded = found
    positive = " AND ".join(_or(_fts(group)) for group in groups)
    return f"({positive}) NOT {_or(_fts(excluded))}" if excluded else positive


def _fts(group: list[Alternative]) -> list[str]:
    """FTS5 phrases for a group: a word by its stems as prefixes, the rest as written."""
    expressions: list[str] = []
    for alternative in group:
        phrase = '"' + " ".join(alternative.words) + '"'
        if alternative.how == "word":
            rendered = _word_forms(list(alternative.words))
        elif alternative.how == "prefix":
            rendered = [phrase + "*"]
        elif alternative.how == "title":
            rendered = [f"title : {phrase}"]
        else:
            rendered = [phrase]
        expressions.extend(e for e in rendered if e not in expressions)
    return expressions


def _joined_names(groups: list[list[Term]], vocabulary: Vocabulary) -> list[list[Term]]:
    """Words typed one after another that together are a known name ("EE. UU.",
    "Secretaría de Relaciones Exteriores") become one term, so its other names apply."""
    names = vocabulary.name_keys()
    joined: list[list[Term]] = []
    index = 0
    while index < len(groups):
        found = None
        for end in range(min(len(groups), index + 8), index + 1, -1):
            run = groups[index:end]
            if all(len(g) == 1 and not g[0].exact and not g[0].prefix for g in run):
                text = " ".join(g[0].text for g in run)
                if name_key(text) in names:
                    found = (end, [Term(text)])
                    break
        if found is None:
            joined.append(groups[index])
            index += 1
        else:
            index, group = found
            joined.append(group)
    return joined


def _or(alternatives: list[str]) -> str:
    return alternatives[0] if len(alternatives) == 1 else "(" + " OR ".join(alternatives) + ")"


def _alternatives(
    terms: list[Term], vocabulary: Vocabulary, *, expand: bool, words: bool = True
) -> list[Alternative]:
    """The alternatives of ``terms``: a word in all its forms, its aliases and its
    translations; a phrase or a prefix as typed."""
    found: list[Alternative] = []

    def add(alternative: Alternative) -> None:
        if alternative not in found:
            found.append(alternative)

    for term in terms:
        pieces = tuple(_WORD.findall(fold(term.text)))
        if not pieces:
            continue
        if term.exact:
            add(Alternative(pieces))
            continue
        if term.prefix:
            add(Alternative(pieces, "prefix"))
            continue
        one_word = "word" if len(pieces) == 1 else "phrase"
        if words and not vocabulary.is_name(term.text):
            add(Alternative(pieces, one_word))
        else:
            add(Alternative(pieces))
        if expand:
            for other in vocabulary.equivalents(term.text):
                if other in vocabulary.case_sensitive:
                    continue  # the index folds case: "US" would find every English "us"
                other_pieces = tuple(_WORD.findall(fold(other)))
                if not other_pieces:
                    continue
                if vocabulary.is_name(other) or len(other_pieces) > 1:
                    add(Alternative(other_pieces))
                else:
                    add(Alternative(other_pieces, "word"))
    return found


def _word_forms(pieces: list[str]) -> list[str]:
    """One word as its stems, each a prefix ("reuniones" -> reunion*); several words as
    their phrase."""
    if len(pieces) > 1:
        return ['"' + " ".join(pieces) + '"']
    word = pieces[0]
    prefixes = {stem for stem in stems(word) if len(stem) >= _MIN_STEM and word.startswith(stem)}
    # "meet" covers "meeting": keep only the prefixes no shorter one covers already.
    kept = sorted(p for p in prefixes if not any(p != q and p.startswith(q) for q in prefixes))
    return [f'"{prefix}"*' for prefix in kept] or [f'"{word}"']


def matched_forms(snippet: str, start: str, end: str) -> list[str]:
    """The distinct words a hit's snippet highlights, as they are written there."""
    found: list[str] = []
    for piece in re.findall(re.escape(start) + "(.*?)" + re.escape(end), snippet, re.DOTALL):
        if piece and piece not in found:
            found.append(piece)
    return found
