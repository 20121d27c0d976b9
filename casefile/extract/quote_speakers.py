"""Who said it, when the words next to a quotation do not name the speaker outright.

- An aside between the speaker and the verb ("Ana Ruiz, quien encabeza la unidad, dijo: «…»";
  "Rebecca Hollis, who led the delegation, said: "…"") credits the phrase before the aside.
- A medium between them ("Nathan Pryor, quoted by The Ledger: "…""; "citado por", "en
  declaraciones a") credits the phrase before the medium.
- A pronoun ("…,” she said"; "dijo ella") or a bare verb ("…”, afirmó.") credits the most
  recent speaker: the last phrase before the quote, in its paragraph or the one before, that
  the text makes the subject of a speech verb ("Whitcomb, por su parte, aseguró que…") or
  credits with an earlier quote. "he"/"she" take only a phrase that names a person, of the
  same gender when the phrase shows one ("la fiscal", "el secretario", "Mr"); "it" takes only
  one that does not. A plural pronoun, or no fitting phrase, leaves the quote without a
  speaker: a wrong name misleads an analyst more than a blank one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import Enum
from typing import NamedTuple

from casefile.extract.date_words import month_pattern
from casefile.extract.gazetteer import (
    CONNECTORS,
    ORG_HEADS,
    ORG_TAILS,
    PLACES,
    STOPWORDS,
    TITLES,
    is_given_name,
)
from casefile.extract.quote_verbs import ENGLISH_IRREGULAR_PAST, SAID_WHEN_FIRST, SPEECH_VERB


def _vocabulary(words: str) -> frozenset[str]:
    """A set of words written as one space-separated string, for readable word lists."""
    return frozenset(words.split())


class _Refers(Enum):
    """What a pronoun standing for the speaker can refer to."""

    MAN = "man"
    WOMAN = "woman"
    THING = "thing"  # "it said": a ministry, a statement
    MANY = "many"  # "they said": never resolved to one phrase


_PRONOUN_ADVERBS = frozenset(
    ["also", "too", "then", "later", "earlier", "again", "afterwards", "además", "también",
     "luego", "después", "posteriormente"]
)  # fmt: skip
_PRONOUNS = {
    "he": _Refers.MAN,
    "él": _Refers.MAN,
    "she": _Refers.WOMAN,
    "ella": _Refers.WOMAN,
    "it": _Refers.THING,
    "they": _Refers.MANY,
    "ellos": _Refers.MANY,
    "ellas": _Refers.MANY,
}
_FEMININE = _vocabulary(
    "la ms mrs miss sra srta doña spokeswoman congresswoman chairwoman presidenta secretaria "
    "subsecretaria embajadora senadora diputada gobernadora alcaldesa ministra homóloga "
    "mandataria vocera directora jefa comisionada"
)
_MASCULINE = _vocabulary(
    "el del mr sr don spokesman congressman chairman presidente secretario subsecretario "
    "embajador senador diputado gobernador alcalde ministro homólogo mandatario vocero "
    "director jefe comisionado"
)
# Speakers that are texts, not people: "the joint statement", "el comunicado".
_DOCUMENTS = _vocabulary(
    "statement communiqué comunicado report informe document documento nota note boletín "
    "bulletin letter carta declaración release mensaje message post publicación video"
)
_DETERMINERS = _vocabulary("el la los las lo un una the a an ambos ambas both su sus his her their")
# A clause opening with one of these says when or where, not who: "Tras la reunión, …".
# Pronouns that stand between a subject and its verb as its object: "X las calificó".
OBJECT_CLITICS = _vocabulary("se me te nos le les lo la los las")
_NOT_SUBJECT_STARTS = _vocabulary(
    "tras después durante en al ante desde por para con sin sobre según luego sin pero entre "
    "hasta hacia contra among against "
    "aunque además también asimismo mientras cuando after before during in on at for with "
    "by since while when but however although also meanwhile then later no nunca jamás tampoco "
    "ni not never nor"
)
# Words that make a phrase a clause rather than a name: "the plan that officials".
_CLAUSE_WORDS = _vocabulary(
    "que quien quienes cual cuyo se es son fue era ha han había será that which who whose "
    "it is are was were has have had will would can could"
)
_ABBREVIATIONS = _vocabulary(
    "mr mrs ms dr sr sra srta gen gral lic ing st jr sen rep gov lt col capt prof mtro mtra no"
)
_PLACE_NAMES = frozenset(
    name.casefold() for spanish, english, aliases in PLACES for name in (spanish, english, *aliases)
)
# Words that join a clause to the one before, never a speaker: "Y añade: «…»".
_CONJUNCTIONS = _vocabulary("y e o u ni pero and or so but")
# Relative pronouns and the prepositions that may go before them ("a quien"), shared with
# quotes.py.
RELATIVES = _vocabulary("que quien quienes who which")
PREPOSITIONS = _vocabulary("a con de para por en sobre to with for of by")
_PLACE_WORDS_BEFORE = _vocabulary("en in a al at desde hacia from into del the la el")
_NAME_PARTICLES = _vocabulary("van von de del da di le")  # a surname's lower-case start
# Small words a long title in Title Case may hold: "Secretary of State for Western Affairs".
_TITLE_PARTICLES = CONNECTORS | _vocabulary("for on en para")
_CLAUSE_MARKS = frozenset(',;:()—–“”"«»\n')
_BULLETS = "-*•·#> \t"
_MAX_SUBJECT_WORDS = 12
_MAX_TITLED_SUBJECT_WORDS = 20  # a long title before a name, all in Title Case
_MAX_ASIDE_WORDS = 15
_MAX_LOOKBACK = 2000  # characters; a flattened page may hold its whole text on one line
_MAX_CARRY = 1500  # characters back to the last quote's speaker when nobody is nearer
SPEECH_VERB_WORD = re.compile(rf"\b(?i:{SPEECH_VERB})\b")
# ", quoted by The Ledger:" / ", citado por el diario," / ", en declaraciones a la radio:"
_MEDIUM = re.compile(
    r",[ \t]*(?i:quoted by|cited by|interviewed by|speaking to|in (?:remarks|comments|statements"
    r"|an interview) (?:to|with)|citad[oa]s? por|entrevistad[oa]s? por|en (?:unas |sus )?"
    r"declaraciones (?:a|para|con)|en (?:una )?entrevista (?:con|para|a))"
    r"[ \t]+(?:[^,;:.!?“”\"«»\n]|\.(?=\S)){1,80}?[ \t]*[:,][ \t]*$"
)


# Words and phrases that say when (or where), never who: "…», aseguraba entonces.", "Más
# tarde, … insistió", "Allí informó que".
WHEN_WORDS = frozenset(
    ["después", "luego", "entonces", "además", "también", "asimismo", "finalmente", "then",
     "later", "afterwards", "also", "hoy", "ayer", "anoche", "today", "yesterday", "más tarde",
     "mas tarde", "más temprano", "poco después", "poco antes", "acto seguido",
     "minutos después", "horas después", "días después", "later on", "soon after",
     "shortly after", "moments later", "hours later", "days later",
     # where, never who: "Allí informó que …"
     "allí", "alli", "ahí", "ahi", "allá", "there"]
)  # fmt: skip


def is_when(phrase: str) -> bool:
    """Whether a phrase found where a speaker stands only says when ("Más tarde", "El 27 de
    febrero", "On 3 May")."""
    folded = " ".join(phrase.casefold().strip(" ,").split())
    return folded in WHEN_WORDS or _DATE_PHRASE.fullmatch(folded) is not None


_MONTHS = f"{month_pattern('es', abbreviations=False)}|{month_pattern('en', abbreviations=False)}"
# A day or a month on its own: "el 27 de febrero", "on 3 may", "en marzo de 2024".
_DATE_PHRASE = re.compile(
    rf"(?:(?:el|on|the|en|in)[ \t]+)?(?:\d{{1,2}}[ \t]+(?:de[ \t]+)?(?:{_MONTHS})"
    rf"|(?:{_MONTHS})[ \t]+\d{{1,2}}|(?:{_MONTHS}))(?:,?[ \t]+(?:de[ \t]+)?\d{{4}})?"
)


def is_pronoun(speaker: str | None) -> bool:
    """Whether a speaker phrase is only a pronoun ("she", "ella", "she also"), which names
    no one."""
    if speaker is None:
        return False
    words = speaker.strip().casefold().split()
    while len(words) > 1 and words[-1] in _PRONOUN_ADVERBS:
        words.pop()
    return " ".join(words) in _PRONOUNS


def pronoun_of(speaker: str) -> str:
    """The pronoun a speaker phrase is, without an adverb after it ("she also" -> "she")."""
    return speaker.strip().split()[0]


def fits_speaker_length(words: Sequence[str]) -> bool:
    """Whether a phrase is short enough to name a speaker; a long title in Title Case before
    the name ("Deputy Assistant Secretary of State for … Robert Ainsworth") may run longer."""
    if len(words) <= _MAX_SUBJECT_WORDS:
        return True
    return len(words) <= _MAX_TITLED_SUBJECT_WORDS and all(
        w[0].isupper() or w.casefold() in _TITLE_PARTICLES for w in words
    )


def without_conjunction(phrase: str) -> str:
    """A subject phrase without the conjunction that opens it: "Y la fiscal" → "la fiscal"."""
    first, _, rest = phrase.partition(" ")
    return rest.lstrip() if first.casefold() in _CONJUNCTIONS else phrase


def subject_before(text: str, lo: int, verb_at: int) -> tuple[int, str] | None:
    """The subject of a speech verb at ``verb_at``, looking no further back than ``lo``.

    The subject is the clause before the verb; when that is empty because one comma-bounded
    aside stands in between ("Whitcomb, por su parte, aseguró"), the clause before the aside.
    Returns its offset in ``text`` and the phrase, or None when there is no subject.
    """
    start = _clause_start(text, lo, verb_at)
    clause = text[start:verb_at]
    if all(w.casefold() in OBJECT_CLITICS for w in clause.split()):
        clause = ""  # "Su homólogo, X, las calificó de": the pronoun is the verb's object
    if not clause.strip() and (initials := _INITIALS_BEFORE.search(text, lo, start)) is not None:
        # "La Comisión Nacional de Emergencias (CNE) anunció": the name before its initials
        named = _subject(text, _clause_start(text, lo, initials.start()), initials.start())
        person = named is not None and any(is_given_name(w) for w in named[1].split())
        if named is not None and not person:
            return named[0], f"{named[1]} {initials.group().strip()}"  # a body, as printed
        if named is not None:
            return named  # a person: the name, the initials aside
    if clause.strip():
        first = clause.split()[0].casefold()
        if (
            first in PREPOSITIONS
            and clause.split()[1:2]
            and clause.split()[1].casefold() in (RELATIVES | {"la", "el", "lo", "whom"})
        ):
            return None  # "Lula, a quien calificó de …": the relative is the object
        rest = clause.strip()[len(first) :].strip()
        if first in RELATIVES and is_pronoun(rest):
            # "the road, which it said …": the relative is what was said, "it" who said it
            return start + clause.rstrip().rfind(rest), rest
        if first in RELATIVES and start > lo and text[start - 1] == ",":
            # "Argel, que denunció": the relative pronoun stands for the phrase before it
            clause_start = _clause_start(text, lo, start - 1)
            if SPEECH_VERB_WORD.search(text, clause_start, start - 1):
                return None  # "informó a través de X, que rechaza": "que" opens what was said
            antecedent = _subject(text, clause_start, start - 1)
            if antecedent is not None and _names_someone(antecedent[1], text):
                return antecedent
            return _trailing_proper_name(text, clause_start, start - 1)  # "…con Argel, que"
        return _subject(text, start, verb_at)
    if (inverted := _inverted_after(text, verb_at)) is not None:
        return inverted
    if start == lo or text[start - 1] != ",":
        return None
    aside_end = start - 1
    if (initials := _INITIALS_BEFORE.search(text, lo, aside_end)) is not None:
        aside_end = initials.start()  # "…, Andrés Manuel López Obrador (AMLO), ha aclarado"
    aside_start = _clause_start(text, lo, aside_end)
    aside = text[aside_start:aside_end]
    relative_aside = bool(aside.split()) and aside.split()[0].casefold() in RELATIVES | {"who"}
    longest = 2 * _MAX_ASIDE_WORDS if relative_aside else _MAX_ASIDE_WORDS
    if not aside.strip() or len(aside.split()) > longest:
        return None  # a relative clause may run longer: "X, who has been visiting …, said"
    if aside_start == lo or text[aside_start - 1] != ",":
        return None
    if is_a_name(aside):
        before_aside = text[_clause_start(text, lo, aside_start - 1) : aside_start - 1]
        if _OBJECT_BEFORE.search(before_aside):
            return None  # "denunció a su homólogo chino, Wang Yi, ha recordado": an object's
        # "El ministro de Exteriores, Unión Europea y Cooperación, Ana Ruiz, ha dicho":
        # the name between commas is the subject the titles before it describe
        return aside_start + len(aside) - len(aside.lstrip()), aside.strip()
    subject = _subject(text, _clause_start(text, lo, aside_start - 1), aside_start - 1)
    if subject is None or not _fits(subject[1], None, text):
        return None  # "Habló de comercio, de la hidrovía, pero al final dijo": no subject
    return subject


# Initials in brackets after a name, before its comma: "López Obrador (AMLO),".
# Initials glossed in brackets after a name: "Andrés Manuel López Obrador (AMLO)".
INITIALS = r"\([A-ZÁÉÍÓÚÑ.]{2,8}\)"
_INITIALS_BEFORE = re.compile(rf"[ \t]*{INITIALS}$")
# A phrase ending on whom something was done to or with: "a su homólogo chino", "with his
# counterpart"; a name in commas after it is that person's, not the next verb's subject.
_OBJECT_BEFORE = re.compile(
    r"(?:^|[ \t])(?i:a|al|con|ante|to|with)[ \t]+(?:[\w'’-]+[ \t]+){0,3}[\w'’-]+[ \t]*$"
)
_TRAILING_NAME = re.compile(r"(?<=[a-záéíóúñü][ \t])((?:[A-ZÁÉÍÓÚÑ][\w'’.-]*[ \t]*){1,4})$")


def _names_someone(phrase: str, text: str) -> bool:
    """Whether a phrase reads as who someone is, not as a clause with its own verb ("El
    acuerdo avivó las tensiones con X" is a clause: its antecedent is X)."""
    words = phrase.split()
    past = any(w.islower() and w.endswith(("ó", "ed")) for w in words)
    return not past and len(words) <= 8 and _fits(phrase, None, text)


def _trailing_proper_name(text: str, start: int, end: int) -> tuple[int, str] | None:
    """The capitalised words that end ``text[start:end]`` ("Argel" in "…atizó las tensiones
    con Argel"), when a lower-case word stands before them."""
    found = _TRAILING_NAME.search(text[start:end].rstrip())
    if found is None:
        return None
    return start + found.start(1), found.group(1).strip()


# ", ha considerado Czaputowicz, …": a speech verb with its subject after it, between commas.
_SUBJECT_AFTER = re.compile(r"[ \t]+((?:[A-ZÁÉÍÓÚÑ][\w'’.-]*[ \t]*){1,4}),")


def _inverted_after(text: str, verb_at: int) -> tuple[int, str] | None:
    """The subject of an aside that puts the verb first: "…, lo cual, ha considerado
    Czaputowicz, no se puede aceptar"; None when no name follows the verb that way."""
    if not text[:verb_at].rstrip().endswith(","):
        return None
    verb = SPEECH_VERB_WORD.match(text, verb_at)
    if verb is None:
        return None
    after = _SUBJECT_AFTER.match(text, verb.end())
    if after is None:
        return None
    name = after.group(1).strip()
    if len(name.split()) > 1 and not is_a_name(name):
        return None
    return after.start(1), name


def is_a_name(phrase: str) -> bool:
    """Whether a phrase is a person's name alone: two to five capitalised words, with the
    particles a name may hold ("José de la Fuente"), and no place or institution; initials
    in brackets after it are no part of it ("Andrés Manuel López Obrador (AMLO)")."""
    words = _INITIALS_BEFORE.sub("", phrase.strip()).split()
    if not 2 <= len(words) <= 5 or not words[0][0].isupper():
        return False
    if not all(w[0].isupper() or w.casefold() in _NAME_PARTICLES | {"la", "las"} for w in words):
        return False
    folded = [w.casefold().strip(".") for w in words]
    if any(w in ORG_HEADS or w in ORG_TAILS or w in TITLES for w in folded):
        return False
    return phrase.strip().casefold() not in _PLACE_NAMES and not any(
        w in {"y", "e", "and"} for w in folded
    )


def speaker_through_medium(head: str) -> tuple[int, str] | None:
    """A speaker named before a quote through whoever quoted them: "X, quoted by Y: "."""
    medium = _MEDIUM.search(head)
    if medium is None:
        return None
    return _subject(head, _clause_start(head, 0, medium.start()), medium.start())


def recent_speaker(
    text: str,
    before: int,
    credited: Sequence[tuple[int, str | None]],
    quoted: Sequence[tuple[int, int]],
    pronoun: str | None = None,
    *,
    carry: bool = False,
) -> str | None:
    """The most recent speaker before offset ``before`` that ``pronoun`` can stand for.

    ``credited`` holds (offset, speaker) of earlier quotes; ``quoted`` the spans between
    quotation marks, whose words are not the article's own. With no pronoun (a bare verb),
    any phrase that reads as a speaker will do. With ``carry`` (a bare verb or a pronoun
    that must stand for someone), the last quote's speaker a few paragraphs up will do too.
    """
    refers = _PRONOUNS.get(pronoun_of(pronoun).casefold()) if pronoun else None
    if refers is _Refers.MANY:
        return _last_group(credited, before)
    lo = _window_start(text, before)
    quoted_before = [_Said(at, who) for at, who in credited if who and lo <= at <= before]
    candidates = quoted_before + _verb_subjects(text, lo, before, quoted)
    if quoted_before:
        # "…», afirmó De Cossio. Contrastó con Trump, quien ha mencionado…": someone in a
        # relative clause is talked about; the one quoted goes on speaking
        candidates = [said for said in candidates if not said.in_relative]
    for said in sorted(candidates, key=lambda c: c.at, reverse=True):
        if not is_pronoun(said.who) and _fits(said.who, refers, text):
            return said.who
    if carry and refers in (_Refers.MAN, _Refers.WOMAN, None):
        actor = last_sentence_subject(text, lo, before)
        words = actor.split() if actor else []
        folded = [w.casefold().strip(".,") for w in words]
        if (
            actor is not None
            and _fits(actor, refers, text)
            and _names_a_person(words, folded, text)
        ):
            return actor  # "Olaf Brand thanked his host. “…,” he wrote": who acted last
    # Nobody spoke in this paragraph or the one before: a bare verb goes on with whoever
    # was quoted last, a few paragraphs up ("“…”, sostuvo." … "“…”, resaltando que…").
    if carry:
        for at, last in reversed(credited):
            if last and at < lo and before - at <= _MAX_CARRY and _fits(last, refers, text):
                return last
    if carry and not candidates and lo > 0 and before - _window_start(text, lo - 1) <= _MAX_CARRY:
        # "Mitsotakis afirmó…" / "Durante la rueda de prensa dijo que…" / "“…”, dijo.": the
        # paragraph before names nobody and nobody was quoted lately, so the one before it
        # may name the speaker (never someone a relative clause talks about)
        earlier = _window_start(text, lo - 1)
        for said in sorted(_verb_subjects(text, earlier, lo, quoted), reverse=True):
            if not said.in_relative and not is_pronoun(said.who) and _fits(said.who, refers, text):
                return said.who
    return None


# Nouns for a group that speaks as one: "“…,” the sources said. “…,” they added."
_GROUPS = _vocabulary(
    "sources officials diplomats authorities fuentes funcionarios diplomáticos autoridades "
    "portavoces spokespeople"
)


def _last_group(credited: Sequence[tuple[int, str | None]], before: int) -> str | None:
    """The speaker of the quote just before, when that speaker is a group ("the sources",
    "fuentes diplomáticas"): what "they" stands for. None for anyone else, or nobody."""
    for at, who in reversed(credited):
        if not who or at > before:
            continue
        words = who.casefold().split()
        grouped = before - at <= _MAX_CARRY and any(w in _GROUPS for w in words)
        return who if grouped and len(words) <= _MAX_SUBJECT_WORDS else None
    return None


# "Según Albusaidi, se espera … Describió la posición como “…”": whose account it was.
_ACCOUNT_OPENING = re.compile(
    r"(?:^|(?<=[.!?])[ \t]+|(?<=\n))(?i:según|de acuerdo con|according to)[ \t]+"
    r"(?P<who>[^,;:.“”\"«»\n]{2,60}),"
)


class _Said(NamedTuple):
    """Someone a phrase makes the subject of a speech verb, and where."""

    at: int
    who: str
    in_relative: bool = False  # "Trump, quien ha mencionado": talked about, ranks lower


# Someone making a statement, whose words a paragraph of their own may then give:
# "realizó una breve declaración", "ofreció una rueda de prensa", "gave a short speech".
_MADE_STATEMENT = re.compile(
    r"\b(?i:realizó|hizo|dio|ofreció|pronunció|leyó|brindó|made|gave|delivered|issued|read)"
    r"[ \t]+(?i:un|una|a|an)[ \t]+(?:(?i:breve|corta|extensa|short|brief|long)[ \t]+)?"
    r"(?i:declaración|discurso|rueda[ \t]+de[ \t]+prensa|conferencia(?:[ \t]+de[ \t]+prensa)?"
    r"|comparecencia|mensaje|alocución|statement|speech|address|news[ \t]+conference"
    r"|press[ \t]+conference|remarks)\b"
)


def _verb_subjects(
    text: str, lo: int, before: int, quoted: Sequence[tuple[int, int]]
) -> list[_Said]:
    """The subjects of the speech verbs between ``lo`` and ``before`` outside quotes, and who
    a sentence there says it gives the account of ("Según X, …")."""
    found: list[_Said] = []
    for account in _ACCOUNT_OPENING.finditer(text, lo, before):
        who = account["who"].strip()
        if fits_speaker_length(who.split()) and _fits(who, None, text) and not is_pronoun(who):
            found.append(_Said(account.start("who"), who))
    for statement in _MADE_STATEMENT.finditer(text, lo, before):
        # "Macron realizó una breve declaración junto a Merz." then the words, on their own
        subject = subject_before(text, lo, statement.start())
        if (
            subject is not None
            and not is_pronoun(subject[1])
            and not is_when(subject[1])  # "Allí ofreció una rueda de prensa": where, not who
            and _fits(subject[1], None, text)
        ):
            found.append(_Said(statement.start(), subject[1]))
    for verb in SPEECH_VERB_WORD.finditer(text, lo, before):
        if any(open_at <= verb.start() < close_at for open_at, close_at in quoted):
            continue
        if verb.group().casefold().endswith(("ando", "iendo", "ing")):
            main = gerund_subject(text, lo, verb.start())
            if main is not None:
                found.append(_Said(verb.start(), main))
            continue  # a gerund's subject is its main verb's, never the phrase before it
        if (agent := _passive_agent(text, verb)) is not None:
            found.append(_Said(verb.start(), agent))  # "… has been reiterated by Zhang"
            continue
        if _BE_BEFORE.search(text, max(0, verb.start() - 12), verb.start()):
            continue  # "The deal was described as …": what was spoken of, not who spoke
        subject = subject_before(text, lo, verb.start())
        if subject is None or SPEECH_VERB_WORD.search(subject[1]):
            continue  # "The minister said Baku has responded": Baku is what was said
        if is_when(subject[1]):
            continue  # "Más tarde, en una entrevista, insistió": when, not who
        clause = text[_clause_start(text, lo, verb.start()) : verb.start()].split()
        relative = bool(clause) and clause[0].casefold() in RELATIVES
        found.append(_Said(verb.start(), subject[1], relative))
    return found


# A verb in the past that opens a sentence's predicate: "agradeció", "viajaron", "thanked".
# Spanish verbs in the past that end in neither "-ó" nor "-aron"/"-ieron": "hizo un llamado".
_SPANISH_IRREGULAR_PAST = (
    "hizo hicieron dijo dijeron puso pusieron tuvo tuvieron dio dieron propuso propusieron "
    "mantuvo sostuvo expuso hubo quiso pudo trajo condujo vino vinieron"
)
PAST_VERB = re.compile(
    r"(?<![\w])(?:[a-záéíóúñ]+(?:ó|aron|ieron|ed)|"
    + "|".join(ENGLISH_IRREGULAR_PAST.split() + _SPANISH_IRREGULAR_PAST.split())
    + r")\b"
)


# A clause that opens a sentence on what its subject did before the verb of saying: "Si bien
# Boric cuidó su tono, señaló que “…”", "Although the minister avoided names, she said".
_CONCESSIVE = re.compile(
    r"(?i:si[ \t]+bien|aunque|pese[ \t]+a[ \t]+que|a[ \t]+pesar[ \t]+de[ \t]+que|although"
    r"|though)[ \t]+"
)


def opening_clause_subject(text: str, open_at: int) -> str | None:
    """For a verb of saying with no subject of its own before the quote at ``open_at``
    ("…, señaló enfático que “…”"), the named subject of the concessive clause that opens its
    sentence ("Si bien Boric cuidó su tono"): Spanish leaves out a subject it has just
    given, so it is the same person."""
    start = sentence_start(text, open_at)
    while start < open_at and text[start].isspace():
        start += 1
    opening = _CONCESSIVE.match(text, start)
    if opening is None:
        return None
    comma = text.find(",", opening.end(), open_at)
    if comma < 0:
        return None
    verb = PAST_VERB.search(text, opening.end(), comma)
    if verb is None:
        return None
    subject = subject_before(text, opening.end(), verb.start())
    if subject is None:
        return None
    words = subject[1].split()
    if not any(w[:1].isupper() for w in words):
        return None  # "Si bien la reunión fue cordial": no one named to have spoken
    return subject[1]


_CLITIC_BEFORE = re.compile(r"(?<![\w])(?:se|le|les|lo|la|los|las|nos|me)[ \t]+$")


def last_sentence_subject(text: str, lo: int, before: int) -> str | None:
    """The subject of the sentence before the one holding ``before`` (no further back than
    ``lo``) when it opens with one and a verb in the past: who the story was about when a
    pronoun or a bare verb follows ("Olaf Brand thanked his host. “…,” he wrote")."""
    end = sentence_start(text, before)
    while end > lo and text[end - 1].isspace():
        end -= 1
    if end <= lo:
        return None
    start = max(lo, sentence_start(text, end - 1))
    verb = PAST_VERB.search(text, start, end)
    if verb is None:
        return None
    verb_at = verb.start()
    if (clitic := _CLITIC_BEFORE.search(text, start, verb_at)) is not None:
        verb_at = clitic.start()  # "Luis Arce, se reunió": the clitic is no subject
    subject = subject_before(text, start, verb_at)
    if subject is None:
        return None
    words = subject[1].split()
    if not any(w[0].isupper() for w in words[1:]) and not _named_mid_sentence(words[0], text):
        return None  # a name, not "Other officials" capitalised by the sentence
    return subject[1]


# A passive speech verb and its agent: "has been reiterated by Zhang Zhijun, head of …",
# "fue reiterada por el canciller".
_BE_BEFORE = re.compile(r"\b(?i:been|was|were|is|are|be|fue|fueron|sido|será|serán)[ \t]+$")
_BY_AGENT = re.compile(
    r"[ \t]+(?i:by|por)[ \t]+(?P<who>[^,.;:“”\"«»()\n]{2,80}?)[ \t]*(?=[,.;:(]|$)", re.MULTILINE
)


def _passive_agent(text: str, verb: re.Match[str]) -> str | None:
    if not _BE_BEFORE.search(text, max(0, verb.start() - 12), verb.start()):
        return None
    agent = _BY_AGENT.match(text, verb.end())
    if agent is None:
        return None
    who = agent["who"].strip()
    return who if fits_speaker_length(who.split()) and _fits(who, None, text) else None


# A finite verb: a perfect ("ha hecho", "has called") or a past ("agradeció", "urged").
_FINITE_VERB = re.compile(
    rf"(?<![\w])(?:ha|han|había|habían|has|have|had)[ \t]+[a-záéíóúñ]+\b|{PAST_VERB.pattern}"
    r"|(?<![\w])(?:fue|fueron|estuvo|was|were)\b"  # "X fue tajante: «…»", "X was blunt:"
)


def gerund_subject(text: str, lo: int, gerund_at: int) -> str | None:
    """The subject of the sentence a gerund at ``gerund_at`` hangs on: "El ministro, Kwon
    Young-se, ha hecho un llamamiento…, enfatizando que" -> "Kwon Young-se"; None when the
    sentence has no finite verb before it or no subject that reads as a speaker."""
    start = max(lo, sentence_start(text, gerund_at))
    verb = _FINITE_VERB.search(text, start, gerund_at)
    if verb is None:
        return None
    subject = subject_before(text, start, verb.start())
    if subject is None or is_pronoun(subject[1]) or not _fits(subject[1], None, text):
        return None
    return subject[1]


# The main verb of a sentence, perhaps after a clitic or a negation: "se ha mostrado",
# "había adelantado", "se congratuló", "no welcomed" never occurs but costs nothing.
_MAIN_VERB = re.compile(
    rf"(?<![\w])(?:(?:se|no|ya|le|les|lo|la|nos)[ \t]+)?(?:{_FINITE_VERB.pattern})"
)
_PLURAL_VERB = re.compile(r"(?:aron|ieron)$|^(?:\w+[ \t]+)?(?i:han|habían)\b")
# A name right before the quote that opens the sentence: "Mr Doyle “welcomed …”".
_NAME_RUN = re.compile(r"(?:[A-ZÁÉÍÓÚÑ][\w'’.-]*[ \t]+){1,4}$")


# A sentence that opens on what its subject said before its main verb: "Horas después de
# afirmar que México debía hacer “una pausa”, el presidente ha aclarado …", "After saying
# the border was “closed for good”, the minister added …".
_INFINITIVE_OPENING = re.compile(
    r"[^,;:“”\"«»]*?\b(?i:después[ \t]+de|luego[ \t]+de|tras|antes[ \t]+de|al|after|before"
    r"|upon)[ \t]+(?:[a-záéíóúñ]+(?:ar|er|ir|arse|erse|irse|ing))\b"
)


def infinitive_opening_subject(text: str, open_at: int, close_at: int) -> str | None:
    """Who said the words at ``open_at`` inside a sentence's opening clause built on an
    infinitive ("Después de afirmar que …"): the subject of the main clause after the
    comma that closes it; None for any other sentence."""
    lo = sentence_start(text, open_at)
    opening = _INFINITIVE_OPENING.match(text, lo, open_at)
    if opening is None or "," in text[opening.end() : open_at]:
        return None  # no such clause, or the words stand after the comma that closes it
    end = text.find(".", close_at)
    end = len(text) if end < 0 else end
    comma = text.find(",", close_at, end)
    if comma < 0:
        return None
    for verb in _MAIN_VERB.finditer(text, comma + 1, end):
        subject = subject_before(text, comma + 1, verb.start())
        if subject is not None and not is_pronoun(subject[1]) and _fits(subject[1], None, text):
            return subject[1]
    return None


def subject_of_fragment(text: str, open_at: int) -> str | None:
    """Who the quoted words at ``open_at`` belong to when no speech verb credits them: the
    subject of the sentence they stand in ("El Gobierno de X se ha mostrado “muy
    inquieto”", "Ortega había adelantado: “…”") or the name the sentence opens with right
    before them ("Mr Doyle “welcomed …”"). None when the words stand in a clause of their
    own ("… sabe que la oposición prepara una “ofensiva”") or the subject names no person
    or body."""
    lo = sentence_start(text, open_at)
    while lo < open_at and text[lo] in _BULLETS:
        lo += 1
    head = text[lo:open_at]
    run = _NAME_RUN.fullmatch(head)
    if run is not None:
        first = text[open_at + 1 : open_at + 2]
        who = head.strip()
        if first.islower() and who.split()[0].casefold() not in _NOT_SUBJECT_STARTS:
            return who if _fits(who, None, text) and _names_a_body_or_person(who, text) else None
        return None
    verb = _MAIN_VERB.search(text, lo, open_at)
    if verb is None:
        return None
    between = text[verb.end() : open_at]
    introduced = between.rstrip().endswith(":")  # "X había adelantado …: “…”": X's words
    clause = re.search(r"(?<!\bde )\b(?i:que|that|quien|who|which)\b", between)
    if clause is not None and not introduced:
        return None  # the words belong to the clause "que" opens, with a subject of its own
    subject = subject_before(text, lo, verb.start())
    if subject is None or is_pronoun(subject[1]):
        return None
    who = subject[1]
    if _PLURAL_VERB.search(verb.group()) and not _is_a_group(who, text[lo : verb.start()]):
        return None  # "X, y el embajador Y, conversaron sobre …": two subjects, no one voice
    return who if _fits(who, None, text) and _names_a_body_or_person(who, text) else None


def _is_a_group(who: str, before_verb: str) -> bool:
    """Whether a plural verb's subject speaks as one ("Las autoridades marroquíes"), not two
    people joined ("X, …, y el embajador Y")."""
    words = who.casefold().split()
    joined = re.search(r"(?:^|[ \t,])(?i:y|e|and)[ \t]", before_verb) is not None
    return not joined and any(w in _GROUPS for w in words)


def coordinated_subject(text: str, verb_at: int) -> str | None:
    """The subject of a speech verb joined to the verb before it ("the ministry described
    the letter as … and said …", "X recibió a Y y dijo: «…»"): the sentence's subject. None
    when the verb is not so joined or the subject names no one."""
    clitic = "|".join(sorted(OBJECT_CLITICS))
    joined = rf"(?:^|[ \t])(?i:and|y|e)[ \t]+(?:(?i:{clitic})[ \t]+)?$"
    if not re.search(joined, text[max(0, verb_at - 12) : verb_at]):
        return None  # "… rechazó las declaraciones y las calificó de “…”" is joined too
    lo = sentence_start(text, verb_at)
    verb = _MAIN_VERB.search(text, lo, verb_at)
    if verb is None or _PLURAL_VERB.search(verb.group()):
        return None
    subject = subject_before(text, lo, verb.start())
    if subject is None or is_pronoun(subject[1]):
        return None
    who = subject[1]
    return who if _fits(who, None, text) and _names_a_body_or_person(who, text) else None


def _names_a_body_or_person(who: str, text: str) -> bool:
    """Whether a subject phrase names someone who can speak: a person ("Ortega", "la
    canciller") or a body by its name ("El Gobierno de Malasia", "la Cancillería")."""
    words = who.split()
    folded = [w.casefold().strip(".,") for w in words]
    if _names_a_person(words, folded, text):
        return True
    if len(words) > 2 and any(w in _GROUPS for w in folded):
        return True  # "Las autoridades marroquíes", "diplomatic sources in Athens"
    if len(words) == 2 and folded[0] in ("ambos", "ambas", "both"):
        return True  # "ambas autoridades", "both leaders": the two just named
    body = any(w in ORG_HEADS or w in ORG_TAILS for w in folded)
    return body and any(w[0].isupper() for w in words[1:] or words)


def _named_mid_sentence(word: str, text: str) -> bool:
    """Whether a capitalised word also stands capitalised inside a sentence ("…met Kang"),
    as a name does and a sentence's first word ("Other") does not."""
    if not word[:1].isupper():
        return False
    return any(
        not re.search(r"(?:^|[.!?:\n“\"«]\s*)$", text[max(0, m.start() - 3) : m.start()])
        for m in re.finditer(rf"\b{re.escape(word)}\b", text)
    )


def speaker_in_sentence(text: str, open_at: int, quoted: Sequence[tuple[int, int]]) -> str | None:
    """The subject of the last speech verb before a quoted fragment in its own sentence:
    "Díaz-Canel denunció que las sanciones son un “bloqueo genocida”"; None when there is
    none, so the caller may look further."""
    lo = sentence_start(text, open_at)
    pronoun = None  # "He told his ministers that X has “…”": whoever "he" stands for
    for verb in reversed(list(SPEECH_VERB_WORD.finditer(text, lo, open_at))):
        if any(start <= verb.start() < end for start, end in quoted):
            continue
        if verb.group().casefold().endswith(("ando", "iendo", "ing")):
            # "X ha hecho un llamamiento…, enfatizando que “…”": a gerund shares its main
            # verb's subject; when that verb is a speech verb, the loop reaches it anyway
            main = gerund_subject(text, lo, verb.start())
            if main is not None:
                return main
            continue
        subject = subject_before(text, lo, verb.start())
        if subject is not None and is_pronoun(subject[1]) and pronoun is None:
            pronoun = subject[1]
        if (
            subject is not None
            and not is_pronoun(subject[1])
            and not is_when(subject[1])  # "Allí informó que": where, not who
            and _fits(subject[1], None, text)
        ):
            return subject[1]
        # "X, que anunció…, escribió que se comunicó “…”": a verb whose subject is no
        # speaker belongs to a clause inside the sentence; the verb before may hold it
    return _opening_credit(text, lo, open_at) or pronoun


# "Según declaraciones del canciller, …" / "Para la ministra Ruiz, …": a sentence that opens
# by saying whose words or view it gives.
_OPENING_CREDIT = re.compile(
    r"(?:(?i:además|asimismo|también|sin embargo|de hecho|en tanto|por su parte|no obstante"
    r"|por otro lado|however|also|meanwhile|in fact),[ \t]+)?"
    r"(?i:(?P<source>según|de acuerdo con|en palabras|a decir|according to"
    r"|in the words of)|(?P<view>para|a juicio"
    r"|en opinión))[ \t]+(?:(?i:de)[ \t]+)?(?:(?i:las|unas|sus)[ \t]+)?"
    r"(?:(?i:declaraciones|palabras)[ \t]+(?i:(?P<del>del)|de)[ \t]+|(?i:(?P<del2>del))[ \t]+)?"
    r"(?P<who>[^,;:.“”\"«»\n]{2,80}),"
)


# "Todo empezó, según el Ministerio de X, durante una “…”": a credit set between commas
# inside the sentence, before the words.
_ASIDE_CREDIT = re.compile(
    r",[ \t]*(?i:según|de acuerdo con|according to)[ \t]+(?P<who>[^,;:.“”\"«»\n]{2,80}),"
)


def account_over_place(text: str, open_at: int, who: str | None) -> str | None:
    """Whose account a sentence gives when it opens by saying so and the verb inside it has
    a place for its subject: "Según el presidente turco, Grecia no ha respondido a las “…”"
    is his account of Greece, not Greece's words. A person or body inside ("Según Atenas, el
    presidente turco advirtió que “…”") keeps the words; so does any other sentence."""
    if who is None:
        return None
    if who.strip().casefold() not in _PLACE_NAMES and not _WITH_SOMEONE.match(who.strip()):
        return None  # "Según X, junto a su colega coincidieron en …": X's account too
    return _opening_credit(text, sentence_start(text, open_at), open_at, aside=False)


# A phrase of company that stands where a subject would: "junto a su colega", "with Y".
_WITH_SOMEONE = re.compile(r"(?i:junto[ \t]+(?:a|con)|together[ \t]+with|along[ \t]+with)\b")


def _opening_credit(text: str, lo: int, open_at: int, *, aside: bool = True) -> str | None:
    while lo < open_at and text[lo].isspace():
        lo += 1  # a sentence starts after the stop; its first word after the space
    opening = _OPENING_CREDIT.match(text, lo, open_at)
    if opening is None and not aside:
        return None
    if opening is None:
        asides = list(_ASIDE_CREDIT.finditer(text, lo, open_at))
        who = asides[-1]["who"].strip() if asides else ""
        if who and fits_speaker_length(who.split()) and _fits(who, None, text):
            return who if _names_a_body_or_person(who, text) else None
        return None
    who = opening["who"].strip()
    if opening["del"] or opening["del2"]:
        who = "el " + who  # "declaraciones del canciller": "el canciller"
    words = who.split()
    folded = [w.casefold().strip(".,") for w in words]
    if not fits_speaker_length(words) or not _fits(who, None, text):
        return None
    if opening["view"] and not _names_a_person(words, folded, text):
        return None  # "Para la reunión, …" says what for, not whose view
    return who


def sentence_start(text: str, at: int) -> int:
    """Where the sentence holding offset ``at`` starts (its line's start at the furthest)."""
    i = at
    line_start = text.rfind("\n", 0, at) + 1
    while i > line_start:
        if text[i - 1] in ".!?" and _ends_sentence(text, i - 1):
            return i
        i -= 1
    return line_start


def _window_start(text: str, before: int) -> int:
    """Where the paragraph before the one holding ``before`` starts, or a sentence start
    at most ``_MAX_LOOKBACK`` characters back."""
    start = text.rfind("\n", 0, before) + 1
    previous_end = start - 1
    while previous_end > 0 and text[previous_end - 1] in "\r\n \t":
        previous_end -= 1
    window = text.rfind("\n", 0, previous_end) + 1 if previous_end > 0 else 0
    if before - window <= _MAX_LOOKBACK:
        return window
    sentence = re.compile(r"[.!?]\s+").search(text, before - _MAX_LOOKBACK, before)
    return sentence.end() if sentence else before


def _clause_start(text: str, lo: int, at: int) -> int:
    i = at
    while i > lo:
        char = text[i - 1]
        if char in _CLAUSE_MARKS or (char in ".!?" and _ends_sentence(text, i - 1)):
            return i
        i -= 1
    return lo


def _ends_sentence(text: str, at: int) -> bool:
    if at + 1 < len(text) and not text[at + 1].isspace():
        # "U.S.A", "3.5" go on; "dos Estados.De hecho", a space lost in a scraped page, ends
        return bool(
            re.fullmatch(r"[a-záéíóúñü]{2}\.[A-ZÁÉÍÓÚÑ][a-záéíóúñü]", text[at - 2 : at + 3])
        )
    if text[at] != ".":
        return True
    word = re.search(r"(\w+)$", text[max(0, at - 12) : at])
    if _NETWORK_X.search(text, max(0, at - 30), at + 1):
        return True  # "… en la red social X. Reina valoró …": the network, not an initial
    return word is None or (len(word[1]) > 1 and word[1].casefold() not in _ABBREVIATIONS)


# The network called X, at a sentence's end: "en la red social X.", "posted on X.".
_NETWORK_X = re.compile(r"(?i:social|plataforma|platform|network|en|on|in|via|de)[ \t]+X\.$")


# Words between a subject and its verb that belong to the verb: "X se ha declarado", "X no
# ha dicho", "X ya había advertido", "X was received".
_BEFORE_VERB_WORDS = re.compile(
    r"(?:[ \t]+(?i:se|le|les|nos|me|no|ya|was|were|is|are|has|have|had|been|fue|fueron|ha|han"
    r"|había|habían|también|además|asimismo|also|too))+$"
)


def without_clitics(phrase: str) -> str:
    """A subject phrase without the words of its verb that stand before the verb: "El
    Gobierno de X se" (… ha declarado) -> "El Gobierno de X"."""
    found = _BEFORE_VERB_WORDS.search(phrase)
    if found is None or found.start() == 0:
        return phrase
    rest = phrase[: found.start()]
    # "Como se dijo": with the clitic gone nothing but a function word is left, so the verb
    # is impersonal and has no subject to give
    named = [w for w in rest.split() if w.casefold() not in STOPWORDS or is_pronoun(w)]
    return rest if named else phrase  # "Ella le (dijo)": "Ella", a pronoun to resolve


# "a raíz de que", "después de que", "antes de que": a conjunction whose verb's subject comes
# after "que". A bare "que" is no such thing: "X informó que la decisión responde a …" says
# what X reported, and "la decisión" speaks for no one.
_SUBORDINATE_QUE = re.compile(
    r"(?:^|[ \t])(?i:de|tras|hasta|para|desde|sin)[ \t]+(?i:que)[ \t]+(?=\S)"
)


# A subject with a first predicate before the speech verb's "and": "China has challenged
# Manila's account and (said)", "El Gobierno ha rechazado la nota y (afirmó)".
_FIRST_OF_TWO_PREDICATES = re.compile(
    r"(?P<who>(?:(?:the|el|la|los|las)[ \t]+)?[A-ZÁÉÍÓÚÑ][\w'’.-]*(?:[ \t]+(?:(?:of|de|del|the"
    r"|la)[ \t]+)?[A-ZÁÉÍÓÚÑ][\w'’.-]*){0,5})[ \t]+(?:has|have|had|ha|han|había|habían)[ \t]+"
    r"\w+(?:[ \t]+[^,;:\n]{0,60}?)?[ \t]+(?:and|y|e)$"
)


def _subject(text: str, start: int, end: int) -> tuple[int, str] | None:
    raw = without_clitics(text[start:end].rstrip())
    subordinate = list(_SUBORDINATE_QUE.finditer(raw))
    if subordinate and subordinate[-1].end() < len(raw):
        # "Las declaraciones llegan después de que Lai, …, subrayara": Lai is who spoke
        start += subordinate[-1].end()
        raw = raw[subordinate[-1].end() :]
    phrase = without_conjunction(raw.lstrip(_BULLETS).rstrip())
    if (when := SAID_WHEN_FIRST.match(phrase)) is not None and phrase[when.end() :].strip():
        phrase = phrase[when.end() :]  # "On Monday the council said": the council said it
    lead = len(raw.rstrip()) - len(phrase)  # where the phrase starts in raw
    if (first := _FIRST_OF_TWO_PREDICATES.match(phrase)) is not None:
        phrase = first["who"]  # "China has challenged Manila's account and said": China
    words = phrase.split()
    if not words or not fits_speaker_length(words):
        return None
    if words[0].casefold() in _NOT_SUBJECT_STARTS:
        # "Durante su visita a Berlín en febrero Tusk subrayó": a circumstance with no comma
        # after it, then the subject's name (never a place: "… a Berlín subrayó")
        named = _trailing_proper_name(text, start, start + len(raw))
        if named is None or "," in text[start : named[0]]:
            return None
        before = text[start : named[0]].split()
        if not before or before[-1].casefold() in PREPOSITIONS | _PLACE_WORDS_BEFORE:
            return None
        if named[1].casefold() in _PLACE_NAMES or not _fits(named[1], None, text):
            return None
        return named
    return start + lead, phrase


def _fits(who: str, refers: _Refers | None, text: str) -> bool:
    words = who.split()
    folded = [w.casefold().strip(".,") for w in words]
    particle = folded[0] in _NAME_PARTICLES and len(words) > 1 and words[1][0].isupper()
    titled = folded[0] in TITLES and len(words) > 1  # "said spokesperson Ana Ruiz"
    if not (words[0][0].isupper() or folded[0] in _DETERMINERS or particle or titled):
        return False  # "que el plan…": a clause, not a speaker; "van Klaveren" is a name
    if any(w in _CLAUSE_WORDS for w in folded):
        return False
    if refers is None:
        return True
    if refers is _Refers.THING:
        return not _names_a_person(words, folded, text)
    gender = next((g for w in folded if (g := _gender(w)) is not None), None)
    return _names_a_person(words, folded, text) and gender in (None, refers)


def _gender(word: str) -> _Refers | None:
    if word in _FEMININE:
        return _Refers.WOMAN
    return _Refers.MAN if word in _MASCULINE else None


def _names_a_person(words: list[str], folded: list[str], text: str) -> bool:
    """Whether a speaker phrase names one person: "Ortega Villaseñor", "la fiscal", not
    "Mexico", "the ministry", "the joint statement" or "Whitcomb and Ortega"."""
    if any(w in {"y", "e", "and", "&"} for w in folded):
        return False
    titled_name = any(f in TITLES for f in folded[:-2]) and is_a_name(" ".join(words[-2:]))
    if not titled_name and any(w in ORG_HEADS or w in ORG_TAILS or w in _DOCUMENTS for w in folded):
        return False  # "the ministry", not "Foreign Ministry Spokesperson Ana Ruiz"
    if any(w.endswith(("'s", "’s")) for w in folded) and not is_a_name(" ".join(words[-2:])):
        return False  # "Mexico's unit"; but "Bolivia's Deputy Minister Ana Ruiz" is Ana Ruiz
    names = [
        w
        for w, f in zip(words, folded, strict=True)
        if w[0].isupper() and f not in TITLES and f not in CONNECTORS and f not in STOPWORDS
    ]
    if not names:
        return any(f in TITLES for f in folded)  # "the minister", "la fiscal"
    if " ".join(names).casefold() in _PLACE_NAMES:
        return False
    # "Officials said": only a sentence's capital, on a word the text also writes in lowercase.
    common_noun = names == words[:1] and re.search(rf"\b{re.escape(words[0].lower())}\b", text)
    return not common_noun
