"""Quotations in an article: what someone said, and whom the text credits with it.

Only text between quotation marks is considered. A quoted span counts as a quote when it
reads like speech: long enough, not a title in Title Case, and either credited by a
speech verb next to it or long and clause-like on its own. Names of programmes, media and
slogans ("Quédate en México", “Mañanera”) fail those tests and are left alone.

The speaker is the phrase the crediting words name, without what says where, when or to
whom it was said ("en la sesión de clausura", "told reporters", "on X") and without a
description after a comma ("Ana Ruiz, investigadora de …"); a title before the name stays
("el fiscal especial Tomás Echeverría Luna"). quote_speakers.py handles the harder
cases: an aside or a medium between name and quote, and a pronoun or a bare verb, which go
to the most recent speaker before the quote or to no one.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import NamedTuple

from casefile.extract.gazetteer import STOPWORDS, TITLES
from casefile.extract.quote_speakers import (
    INITIALS,
    OBJECT_CLITICS,
    PAST_VERB,
    PREPOSITIONS,
    RELATIVES,
    SPEECH_VERB_WORD,
    WHEN_WORDS,
    account_over_place,
    coordinated_subject,
    fits_speaker_length,
    infinitive_opening_subject,
    is_a_name,
    is_pronoun,
    is_when,
    opening_clause_subject,
    recent_speaker,
    sentence_start,
    speaker_in_sentence,
    speaker_through_medium,
    subject_before,
    subject_of_fragment,
    without_clitics,
    without_conjunction,
)
from casefile.extract.quote_verbs import (
    ATTRIBUTION_PHRASE,
    ENGLISH_WEEKDAYS,
    PLATFORM,
    SPANISH_WEEKDAYS,
    SPEECH_VERB,
    WHEN_OPENING,
)


def _vocabulary(words: str) -> frozenset[str]:
    """A set of words written as one space-separated string, for readable word lists."""
    return frozenset(words.split())


@dataclass
class QuoteProposal:
    """A quotation found in the text, with the phrase that credits it."""

    text: str  # exactly what stands between the quotation marks
    speaker: str | None  # whoever the text credits, as printed
    start: int  # offsets of the evidence: the quote with its attribution clause
    end: int
    evidence: str  # text[start:end]
    # the day its sentence says it was said ("dijo este lunes"), when it says one
    date: dt.date | None = None


_VERB = SPEECH_VERB
_PHRASE = ATTRIBUTION_PHRASE
# "…», se lee en un comunicado": the text the words are read in speaks them.
_READ_IN = r"(?:se[ \t]+lee[ \t]+en|as[ \t]+(?:stated|said)[ \t]+in)"
_VERB_OR_PHRASE = rf"(?:{_READ_IN}|{_VERB}|{_PHRASE})"

# After the closing mark: ", dijo Sheinbaum." / ", según el comunicado." (verb first)
_AFTER_VERB_FIRST = re.compile(
    rf"[ \t]*[,;]?[ \t]*[—–-]?[ \t]*(?i:(?:then|also|later|luego|después|además|también"
    rf"|entonces)[ \t]+)?(?i:{_VERB_OR_PHRASE})\b[ \t]*"
)
# After the closing mark and its comma, any Spanish verb in the past before who did it:
# "…”, ejemplificó el representante" / "…», se congratuló Ana Ruiz". Spanish puts a verb
# between the words and their speaker only when it says how they were said, so a verb the
# list above lacks still credits the quote; the speaker must follow at once, named or
# described.
_AFTER_PAST_VERB_FIRST = re.compile(
    r"[ \t]*[,—–][ \t]*(?:se[ \t]+)?[a-záéíóúñ]{3,}(?:ó|aron|ieron)[ \t]+"
    r"(?=(?:el|la|los|las|su|sus|un|una)[ \t]|[A-ZÁÉÍÓÚÑ])"
)
# After the closing mark: ", Sheinbaum said." (speaker first, short)
_AFTER_SPEAKER_FIRST = re.compile(
    rf"[ \t]*,?[ \t]*(?P<who>[^\s,.;:!?“”\"«»‘’()][^,.;:!?\n“”\"«»]{{0,120}}?)[ \t]+"
    rf"(?i:{_VERB})\b"
)
# The same with the speaker's name set off by commas after what they are: '"…,"
# Venezuela's foreign minister, Rubén Aponte, said'.
_AFTER_SPEAKER_APPOSED = re.compile(
    r"[ \t]*,?[ \t]*(?P<who>[^\s,.;:!?“”\"«»‘’()][^,.;:!?\n“”\"«»]{0,80}?,[ \t]+"
    r"[A-ZÁÉÍÓÚÑ][\w'’-]+(?:[ \t]+[A-ZÁÉÍÓÚÑ][\w'’-]+){1,3}),[ \t]+"
    rf"(?i:{_VERB})\b"
)
# The same with a description of the one named set off by commas after the name: '"…,"
# Ana Ruiz, a farmer from the valley, told reporters' / '«…», Ana Ruiz, vecina del
# pueblo, dijo'. The description opens in lower case (or on a number: "Ana Ruiz, 34, a
# teacher, said") and may run to two such phrases.
_AFTER_NAME_DESCRIBED = re.compile(
    r"[ \t]*,?[ \t]*(?P<who>[A-ZÁÉÍÓÚÑ][\w'’.-]*(?:[ \t]+(?:de[ \t]+la|de|del|da|dos|van"
    r"|von|bin|al)?[ \t]*[A-ZÁÉÍÓÚÑ][\w'’.-]*){0,4}),(?:[ \t]+[a-záéíóúñ0-9][^,.;:!?\n“”\"«»]"
    rf"{{0,140}}?,){{1,2}}[ \t]+(?i:{_VERB})\b"
)
_BARE_WORD = r"[ \t]+[^\s,.;:!?“”\"«»]+"
# After the closing mark, a few words that finish the sentence, then who said it: '"…" over
# the wartime issues, Motegi said' / '«…» en la frontera, dijo Ana Ruiz'.
_BRIDGE_THEN_SPEAKER = re.compile(
    r"[ \t]+[a-záéíóúñ][^,.;:!?\n“”\"«»]{1,60},[ \t]*(?:(?P<who>[A-ZÁÉÍÓÚÑ][\w'’-]*"
    rf"(?:[ \t]+[A-ZÁÉÍÓÚÑ][\w'’-]*){{0,3}})[ \t]+(?i:{_VERB})\b|(?i:{_VERB})[ \t]+"
    r"(?P<who_after>[A-ZÁÉÍÓÚÑ][\w'’-]*(?:[ \t]+[A-ZÁÉÍÓÚÑ][\w'’-]*){0,3}))"
)
# "…”, según recoge/publica el diario X": a medium that carried the words.
_MEDIUM_AFTER = re.compile(
    r"[ \t]*,?[ \t]*(?i:según|as)[ \t]+(?i:recoge|recogen|recogió|publica|publicó|informa|"
    r"informó|reporta|reportó|cita|citó|reported|quoted)\b"
)
# Said to whom: "told reporters", "dijo a la prensa".
_TO_WHOM = (
    r"[ \t]+(?i:(?:to|a|ante)[ \t]+)?(?i:(?:the|los|las|la)[ \t]+)?(?i:reporters|journalists"
    r"|press|lawmakers|senators|periodistas|reporteros|prensa|medios|legisladores|senadores)\b"
)
# Said where or when: "said in Washington last week", "dijo en la sesión del martes".
_WHERE_WHEN = rf"[ \t]+(?i:in|at|on|during|last|this|en|durante)(?:{_BARE_WORD}){{1,3}}"
# Before the opening mark: "Sheinbaum dijo: " / "X afirmó que " / "said that ".
_BEFORE_VERB = re.compile(
    rf"\b(?i:{_VERB})\b(?:{_TO_WHOM})?(?:{_WHERE_WHEN})?(?:{_BARE_WORD}){{0,3}}?[ \t]*"
    rf"(?::|,|[ \t]que|[ \t]that)?[ \t]*$"
)
# Before the opening mark, the speaker after the verb: "Como me dijo un exfuncionario: ".
_BEFORE_INVERTED = re.compile(
    rf"(?:^|[ \t])(?i:(?:tal[ \t]+)?como|según)[ \t]+(?:(?i:me|nos|le|les)[ \t]+)?(?i:{_VERB})"
    r"[ \t]+"
    r"(?P<who>[^.;:!?\n“”\"«»]{1,160}?)[ \t]*[,:][ \t]*$"
)
# A sentence that opens on its verb, its subject after it, then a colon: "A esto replicó
# Rodríguez: «…»", "Respondió la ministra: «…»".
_SENTENCE_VERB_FIRST = re.compile(
    r"(?:^|[.!?][ \t]+)(?:(?i:a[ \t]+esto|a[ \t]+ello|ante[ \t]+(?:esto|ello)|en[ \t]+respuesta"
    r"|por[ \t]+su[ \t]+parte|luego|después|entonces|más[ \t]+tarde|así)[ \t,]+)?"
    r"(?:(?i:lo|la|le|les|se)[ \t]+)?"  # "Lo dijo el presidente X: «…»"
    rf"(?i:{_VERB})[ \t]+(?P<who>(?:(?:el|la|los|las)[ \t]+)?[A-ZÁÉÍÓÚÑa-záéíóúñ]"
    r"[^.;:!?\n“”\"«»]{1,80}?)[ \t]*:[ \t]*$"
)
_WHEN_NOT_WHO = re.compile(rf"{WHEN_OPENING}\b")
# A relative clause or aside after the speaker: "un exfuncionario que pidió el anonimato".
_RELATIVE_CUT = re.compile(r",|[ \t]+(?i:que|quien|quienes|who|that|which)\b")
# Before the opening mark: "Según X, " / "According to X: ".
_BEFORE_PHRASE = re.compile(
    rf"\b(?i:{_PHRASE})[ \t]+(?P<who>[^.;:!?\n“”\"«»]{{1,120}}?)[ \t]*[,:][ \t]*$"
)

# "según recoge el diario X, al tiempo que ha reprochado a…": a clause, not who said it.
_CLAUSE_INSIDE = re.compile(rf"\b(?i:que|that|{_VERB})\b")

# Where a speaker phrase stops: circumstantial clauses that say when or how, not who.
_DOCUMENTS = (
    "documento|nota|comunicado|carta|informe|declaración|boletín|mensaje|texto|publicación"
    "|statement|document|report|letter|note|text|release|communiqué|message"
)
_SPEAKER_CUT = re.compile(
    rf"\s+(?:en|in)\s+(?-i:el|la|los|las|the)\s+(?!(?:{_DOCUMENTS})\b)"
    r"|,\s*(?:quien|quienes|que|el cual|la cual|who|which|en|según|de acuerdo con|citad[oa]"
    r"|according to|in|at)\b"
    r"|,?\s+(?:durante|tras|luego de|después de|al|mientras|ante|desde|a través de"
    r"|por medio de|este|esta|el pasado|la semana|en conferencia|en rueda de prensa"
    r"|en la conferencia|en entrevista|en su|en sus|en un|en una|en referencia|en alusión"
    r"|refiriéndose|in reference|referring"
    r"|(?:a|al)\s+(?:la\s+|el\s+)?(?:emisora|cadena|agencia|diario|periódico|radio|televisión"
    r"|canal|revista|medio)"
    r"|during|after|before|while|on|at a|at the|in a|in an|in his|in her|in their"
    r"|to reporters|last|sobre|acerca de|respecto a|respecto de|about|regarding)\b"
    r"|\s+(?:(?:liderad|encabezad|dirigid|presidid|comandad|conducid)[oa]s?|led|headed|chaired"
    r"|run)\s+(?:por|by)\b",
    re.IGNORECASE,
)
# Said where, between the verb and the speaker: "escribió en la red social X Karen Moss".
_ON_SOCIAL_MEDIA = (
    rf"en[ \t]+(?:la[ \t]+red[ \t]+social|(?:sus[ \t]+)?redes[ \t]+sociales|su[ \t]+cuenta"
    rf"[ \t]+de)(?:[ \t]+{PLATFORM}\b)?|on[ \t]+(?:social[ \t]+media|{PLATFORM}\b)"
    rf"|(?:a[ \t]+través[ \t]+de|vía|via)[ \t]+(?:la[ \t]+red[ \t]+social[ \t]+)?{PLATFORM}\b"
    rf"|en[ \t]+(?:su[ \t]+)?{PLATFORM}\b"
)
# "Como se dijo en la reunión:", "As Ruiz said:": the "as" is no part of the speaker, and a
# clitic alone names no one.
_LEADING_AS = re.compile(r"(?i:(?:tal[ \t]+)?(?:como|as))[ \t]+")
_CLITICS = _vocabulary("se me te nos le les lo la")
# "Después dijo la embajadora:": an adverb alone before the verb is no subject.
# Words that join clauses, never the first or last word of a speaker's name.
_JOINING_WORDS = _vocabulary(
    "y e o u ni pero sino aunque porque mientras pues and or but nor while because although "
    "como as que that"
)
# "this country's ministry", "su portavoz": a description that opens with these is who spoke.
_POSSESSIVES = _vocabulary("this these its his her their este esta su sus")
# Words a description after the name opens with: "X, the acting director of …".
_DESCRIPTION_OPENERS = _vocabulary("the a an one another el la los las un una uno otro otra")
_WEEKDAYS = f"{SPANISH_WEEKDAYS}|{ENGLISH_WEEKDAYS}"
# Said when, to whom or where, between the verb and the speaker: "dijo ayer a periodistas X".
_LEADING_CIRCUMSTANCE = re.compile(
    rf"(?i:(?:(?:este|esta|el pasado|on|this|last)[ \t]+(?:{_WEEKDAYS})|ayer|hoy|yesterday"
    r"|today|(?:a|ante)[ \t]+(?:los[ \t]+)?(?:periodistas|reporteros|medios|la prensa)"
    r"(?:[ \t]+(?:local|extranjera|internacional|nacional|[a-záéíóúñ]+(?:ana|ina|esa|ola|aca)))?"
    # to whom, and "for his part": "indicó a este diario X", "aseguró a la agencia EFE X",
    # "dijo por su parte X"
    r"|a[ \t]+(?:este|ese|nuestro)[ \t]+(?:diario|medio|periódico|portal)"
    r"|a[ \t]+(?:la[ \t]+agencia|la[ \t]+cadena|la[ \t]+radio|el[ \t]+diario|el[ \t]+canal)"
    r"(?:[ \t]+(?-i:[a-záéíóúñ]+)){0,4}(?:[ \t]+(?-i:[A-ZÁÉÍÓÚÑ][\w.+-]*)){1,3}"
    # to a medium or a person by name, then who spoke: "dijo a EFE la canciller", "señaló a
    # La Nación el ministro", "dijo a Reuters Ana Ruiz"
    r"|a[ \t]+(?-i:[A-ZÁÉÍÓÚÑ][\w.+-]*)(?:[ \t]+(?-i:[A-ZÁÉÍÓÚÑ][\w.+-]*)){0,2}(?=[ \t]+(?:el|la"
    r"|los|las)[ \t]+[a-záéíóúñ])|a[ \t]+(?-i:[A-ZÁÉÍÓÚÑ][\w.+-]*)(?=[ \t]+(?-i:[A-ZÁÉÍÓÚÑ]"
    r"[\w'’-]*[ \t]+[A-ZÁÉÍÓÚÑ]))"
    r"|por[ \t]+su[ \t]+parte|a[ \t]+su[ \t]+vez|en[ \t]+tanto|al[ \t]+llegar|al[ \t]+salir"
    r"|en[ \t]+(?:(?:una|un|su|la|el)[ \t]+)?(?:rueda[ \t]+de[ \t]+prensa|conferencia(?:[ \t]+de"
    r"[ \t]+prensa)?|entrevista|comunicado|declaración|mensaje|nota[ \t]+de[ \t]+prensa|video"
    r"|discurso|intervención|alocución|comparecencia|carta)"
    r"|to[ \t]+reporters|in[ \t]+a[ \t]+statement|in[ \t]+an[ \t]+interview"
    rf"|{_ON_SOCIAL_MEDIA}))(?:[ \t]*,?[ \t]+|(?=[.;!?]))"
)
# Said when, after the speaker: "the ministry yesterday".
_TRAILING_TIME = re.compile(
    r"(?:[ \t]+(?i:publicad[oa]|difundid[oa]|emitid[oa]|published|issued|released))?"
    r"[ \t]+(?i:yesterday|today|ayer|hoy|anoche|last night)$"
)
# A phrase opening with a preposition says how or where, never who.
_PREPOSITION_FIRST = re.compile(
    r"(?i:a|al|en|con|desde|mediante|por|para|sobre|tras|through|via|in|on|at|from|with"
    r"|during|by|to)\b(?![.'’])"
)
# Someone described by how they were as they spoke: "a visibly moved Luis Acosta", "un
# emocionado Luis Acosta" (never "a su homólogo Luis Acosta", to whom it was said).
_DESCRIBED_BEFORE_NAME = re.compile(
    r"(?i:a|an|un|una)[ \t]+(?:(?!(?i:su|sus|la|el|los|las|de|del|través|his|her|their|its"
    r"|the|to|of)\b)[a-záéíóúñ-]+[ \t]+){1,3}(?P<name>[A-ZÁÉÍÓÚÑ][\w'’-]*(?:[ \t]+[A-ZÁÉÍÓÚÑ]"
    r"[\w'’-]*){1,3})"
)
_SENTENCE_END = re.compile(r"[.!?](?=\s+[^a-záéíóúñü\s]|\s*$|\s*\n)|[;\n]|[.!?]$")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SMALL_WORDS = _vocabulary(
    "de del la las los el y e o u en a al para por con sin of the and for in on to at a an"
)
_VERBISH = re.compile(
    r"\b(?:es|son|fue|fueron|era|está|están|estamos|hay|ha|han|hemos|he|será|serán|va|vamos|"
    r"van|debe|deben|puede|pueden|tiene|tienen|tenemos|no|se|queremos|vamos|is|are|was|were|"
    r"will|would|have|has|had|can|could|must|should|not|we|i|do|does|did)\b",
    re.IGNORECASE,
)

_PAIRS = {"“": "”", "«": "»", '"': '"', "‘": "’", "„": "“", "'": "'"}
# Words that make the quoted words a name, not speech: "el programa “…”", "the report '…'".
_NAMING_WORD = re.compile(
    r"\b(?:programa|plan|operativo|operación|ley|libro|informe|documento|campaña|iniciativa"
    r"|estrategia|proyecto|denominad[oa]s?|llamad[oa]s?|titulad[oa]|conocid[oa]s?\s+como"
    r"|lema|eslogan|periódico|diario|programme|program|operation|law|act|bill|book|report"
    r"|campaign|initiative|strategy|project|titled|entitled|called|dubbed|named|slogan"
    r"|newspaper|so-called)[ \t]*$",
    re.IGNORECASE,
)
_MAX_QUOTE = 3000
# A quote that opens on a verb goes on a sentence someone said: 'el informe "es una farsa"',
# 'the report "is part of a campaign"'; a name never opens on one.
_PREDICATE_START = re.compile(
    r"(?:es|son|fue|fueron|será|serán|está|están|forma|forman|constituye|constituyen|tiene"
    r"|tienen|busca|buscan|pretende|carece|representa|supone|viola|violan|is|are|was|were"
    r"|has|have|will|would|forms|constitutes|seeks|lacks|represents|violates)"
)


def propose_quotes(text: str, language: str | None = None) -> list[QuoteProposal]:
    """Quotations in ``text`` that reproduce someone's words, with their speakers."""
    del language  # the verb lists cover Spanish and English together
    original, text = text, _unwrapped(_doubled_marks_as_one(text))
    proposals: list[QuoteProposal] = []
    marks: list[tuple[int, int]] = []  # each proposal's quotation marks
    spans = _quoted_spans(text)
    for open_at, close_at in spans:
        inner = _quoted_words(_as_printed(text, original, open_at + 1, close_at))
        if not _reads_like_speech(text, open_at, close_at):
            continue
        credit = _attribution(text, open_at, close_at)
        speaker = credit.speaker
        if not credit.credited and (inside := _INSIDE_DASHES.search(text, open_at, close_at)):
            # "«La relación —añadió Salas— es sólida»": the attribution set inside the words
            who = _clean_speaker(inside["who"]) if inside["who"].strip() else None
            credit = _Credit(credit.start, credit.end, who, True, bare=who is None)
            speaker = who
        if (opening := infinitive_opening_subject(text, open_at, close_at)) is not None:
            # "Después de afirmar que … “…”, el presidente ha aclarado …": who said them is
            # the subject of the clause the sentence goes on with
            speaker = opening
        elif not credit.credited:
            speaker = speaker_in_sentence(text, open_at, spans)
            if speaker is None:
                speaker = subject_of_fragment(text, open_at)
        if (credit.bare or is_pronoun(speaker)) and open_at > credit.start:
            # "Si bien X cuidó su tono, señaló que “…”", "Although X …, she said that “…”"
            speaker = opening_clause_subject(text, open_at) or speaker
        subhead = speaker is None and not credit.credited and _stands_alone(text, open_at, close_at)
        if subhead:
            # "“We need a system of checks”" on a line of its own, a subhead: the words of
            # whoever the paragraph under it has speak, not of whoever spoke above it
            speaker = _speaker_of_next_paragraph(text, close_at)
        elif (credit.bare and speaker is None) or is_pronoun(speaker) or speaker is None:
            earlier = [(p.end, p.speaker) for p in proposals]
            carry = credit.bare or is_pronoun(speaker) or _said_by_someone_unnamed(text, open_at)
            speaker = recent_speaker(text, open_at, earlier, spans, speaker, carry=carry)
        proposals.append(
            QuoteProposal(
                inner, speaker, credit.start, credit.end, original[credit.start : credit.end]
            )
        )
        marks.append((open_at, close_at))
    for index in range(len(proposals) - 2, -1, -1):
        joined = _JOINED_QUOTES.fullmatch(text, marks[index][1] + 1, marks[index + 1][0])
        if proposals[index].speaker is None and joined is not None:
            # "“La puerta está abierta”, pero “no a cualquier precio”, advirtió X": one
            # sentence, one speaker for both
            proposals[index].speaker = proposals[index + 1].speaker
    return proposals


def _stands_alone(text: str, open_at: int, close_at: int) -> bool:
    """Whether the quote is a subhead: a short line of its own with no stop inside, not
    introduced by the paragraph above it ("La mandataria respondió:")."""
    line_start = text.rfind("\n", 0, open_at) + 1
    line_end = text.find("\n", close_at)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:open_at].strip() or text[close_at + 1 : line_end].strip():
        return False  # a stop after the marks ends a sentence of someone's: no subhead
    inner = text[open_at + 1 : close_at].strip()
    if len(inner.split()) > _SUBHEAD_WORDS or inner.endswith((".", "!", "?", "…", ",")):
        return False  # a paragraph of someone's words, going on from the one above
    return not text[:line_start].rstrip().endswith((":", ",", "—"))


_SUBHEAD_WORDS = 12


def _speaker_of_next_paragraph(text: str, close_at: int) -> str | None:
    """The named subject of the speech verb in the first sentence of the next paragraph:
    "Talking about the agreement, Pashinyan said that …"."""
    next_start = text.find("\n", close_at)
    while 0 <= next_start < len(text) and text[next_start].isspace():
        next_start += 1
    if next_start < 0 or next_start >= len(text):
        return None
    end = _SENTENCE_END.search(text, next_start)
    sentence_end = end.start() if end else len(text)
    for verb in SPEECH_VERB_WORD.finditer(text, next_start, sentence_end):
        subject = subject_before(text, next_start, verb.start())
        if subject is None or is_pronoun(subject[1]):
            continue
        who = subject[1]
        if _proper_subject(who) or is_a_name(" ".join(who.split()[-2:])):
            return who  # "Pashinyan", "Prime Minister Tomas Varga"
    return None


# An attribution set between dashes inside the quoted words: "«La relación —añadió Salas— es
# sólida»", "“Es sólida -dijo-, y seguirá”"; the dash opens after a word, and closes the
# aside before the words go on.
_INSIDE_DASHES = re.compile(
    rf"(?<=\w)[ \t]*[—–-][ \t]*(?i:{_VERB})\b(?P<who>[^—–\-“”\"«»\n]{{0,60}}?)[ \t]*[—–-](?=[ \t,])"
)


# Two quotes joined in one sentence: "“…”, pero “…”", "“…” and “…”".
_JOINED_QUOTES = re.compile(r"[ \t]*,?[ \t]*(?i:pero|y|e|aunque|sino|but|and|yet)[ \t]+")


# A hard wrap inside a sentence: a line break after a word, before a word in lower case.
_HARD_WRAP = re.compile(r"(?<=[^\W\d_,])\n(?=[a-záéíóúñü])")


def _unwrapped(text: str) -> str:
    """``text`` with hard-wrapped lines joined, every offset where it was: "afirmó la⏎canciller
    Ana Ruiz." reads as one line, as the paragraph does."""
    return _HARD_WRAP.sub(" ", text)


# Two apostrophes typed for a double quotation mark (''…'', as some wire services send it).
_DOUBLED_OPENING = re.compile(r"(?<![\w'])''(?=[^\s'])")
_DOUBLED_CLOSING = re.compile(r"(?<=[^\s'])''(?![\w'])")


def _as_printed(read: str, original: str, start: int, end: int) -> str:
    """The words between ``start`` and ``end`` as read (hard wraps joined), with the
    apostrophes the reading turned into a double mark put back: a doubled mark inside the
    words is the page's, not a quotation's."""
    return "".join(
        printed if printed == "'" and seen == '"' else seen
        for seen, printed in zip(read[start:end], original[start:end], strict=True)
    )


def _doubled_marks_as_one(text: str) -> str:
    """``text`` with each doubled apostrophe mark read as one double mark and a space, every
    offset where it was: ''…'', the president said reads as "…", the president said."""
    if "''" not in text:
        return text
    text = _DOUBLED_OPENING.sub('" ', text)
    return _DOUBLED_CLOSING.sub(' "', text)


def _said_by_someone_unnamed(text: str, open_at: int) -> bool:
    """Whether the quote's own sentence, before it, has a verb of saying in lower case and no
    one named ("A su vez, advirtió que la especulación … «…»", "Cuba, dijo, actúa en «…»"):
    Spanish leaves out a subject the reader already knows, so whoever spoke last goes on."""
    start = sentence_start(text, open_at)
    verbs = SPEECH_VERB_WORD.finditer(text, start, open_at)
    return any(verb.group()[:1].islower() for verb in verbs)


def _quoted_words(inner: str) -> str:
    """The words between the marks, without padding spaces or the comma that English puts
    inside the closing mark ("…agreement," he said): that comma belongs to the sentence
    around the quote, and a brief should not print it."""
    return inner.strip().rstrip(",").rstrip()


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """(opening mark, closing mark) offsets of top-level quotations, never across lines."""
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(text):
        mark = text[i]
        close = _closing_mark(text, i) if mark in _PAIRS else -1
        if close > i + 1:
            spans.append((i, close))
            i = close + 1
        else:
            i += 1
    return spans


def _closing_mark(text: str, open_at: int) -> int:
    opener = text[open_at]
    closer = _PAIRS[opener]
    if opener in "\"‘'" and open_at > 0 and text[open_at - 1].isalnum():
        return -1  # 5'10" or a mid-word apostrophe, not an opening mark
    if opener == "'" and not text[open_at + 1 : open_at + 2].isalpha():
        return -1
    limit = min(len(text), open_at + _MAX_QUOTE)
    depth = 0
    for j in range(open_at + 1, limit):
        char = text[j]
        if char == "\n":
            return -1
        if char == opener and opener != closer:
            depth += 1
        elif char == closer:
            if closer in "’'" and j + 1 < len(text) and text[j + 1].isalpha():
                continue  # an apostrophe: don’t
            if closer == "'" and text[j - 1 : j] in ("s", "S") and text[j + 1 : j + 2] == " ":
                continue  # "the ministers' talks": a plural possessive
            if depth == 0:
                return j
            depth -= 1
    return -1


def _reads_like_speech(text: str, open_at: int, close_at: int) -> bool:
    """Two or more words someone said: not a single word, a name in Title Case, or the name
    of a programme, law, report or medium ("el programa “Frontera sin armas”")."""
    words = _WORD.findall(text[open_at + 1 : close_at])
    if len(words) < 2 or _is_title_case(words):
        return False
    if words[0][0].islower() and _PREDICATE_START.match(words[0]):
        return True  # 'el informe "forma parte de una campaña"': what the report is, said
    return _NAMING_WORD.search(text, max(0, open_at - 40), open_at) is None


def _is_title_case(words: list[str]) -> bool:
    content = [w for w in words if w.casefold() not in _SMALL_WORDS]
    if not content:
        return True
    capitals = sum(1 for w in content if w[0].isupper())
    return capitals / len(content) >= 0.75


class _Credit(NamedTuple):
    """What the words around a quote say about it."""

    start: int  # the evidence: the quote with its attribution clause
    end: int
    speaker: str | None
    credited: bool  # a speech verb or attribution phrase credits the quote
    bare: bool = False  # ... but names no subject: "…”, afirmó." / "Añadió: «…»"


# Words a passive uses to say what someone called a thing: "fue calificado por X como “…”",
# "was described by X as “…”", "fue calificado de “…” por X".
_CALLED = (
    r"(?:calificad|definid|descrit|considerad|tildad|tachad|catalogad|denominad)[oa]s?"
    r"|described|called|labell?ed|branded|characteri[sz]ed|termed|dubbed"
)
_BE = (
    r"(?:fue|fueron|ha[ \t]+sido|han[ \t]+sido|es|son|was|were|has[ \t]+been|have[ \t]+been|is|are)"
)
_PASSIVE_AGENT_BEFORE = re.compile(
    rf"\b(?i:{_BE})[ \t]+(?i:{_CALLED})[ \t]+(?i:por|by)[ \t]+"
    r"(?P<who>[^,.;:“”\"«»\n]{2,80}?)[ \t]+(?i:como|de|as)[ \t]*$"
)
_PASSIVE_BEFORE = re.compile(rf"\b(?i:{_BE})[ \t]+(?i:{_CALLED})[ \t]+(?i:como|de|as)[ \t]*$")
_AGENT_AFTER = re.compile(
    r"[ \t]*,?[ \t]+(?i:por|by)[ \t]+(?P<who>[^,.;:“”\"«»\n]{2,80}?)[ \t]*(?=[,.;:]|$)"
)


def _passive_credit(text: str, open_at: int, close_at: int) -> _Credit | None:
    """Who a passive sentence says called something what the quote says: "fue definido por
    el Gobierno como “…”", "was described as “…” by the minister"."""
    line_start = text.rfind("\n", 0, open_at) + 1
    head = text[line_start:open_at]
    if (before := _PASSIVE_AGENT_BEFORE.search(head)) is not None:
        return _Credit(line_start + before.start(), close_at + 1, before["who"].strip(), True)
    if _PASSIVE_BEFORE.search(head) is None:
        return None
    line_end = text.find("\n", close_at)
    agent = _AGENT_AFTER.match(text, close_at + 1, len(text) if line_end < 0 else line_end)
    if agent is None:
        # "The deal was described as “…”": by someone the sentence does not name; the thing
        # described never speaks
        return _Credit(open_at, close_at + 1, None, True)
    return _Credit(open_at, agent.end("who"), agent["who"].strip(), True)


def _attribution(text: str, open_at: int, close_at: int) -> _Credit:
    """Evidence span, speaker and whether a speech verb credits the quote."""
    if (passive := _passive_credit(text, open_at, close_at)) is not None:
        return passive
    after = close_at + 1
    line_end = text.find("\n", after)
    line_end = len(text) if line_end < 0 else line_end
    tail = text[after:line_end]
    verb_first = _AFTER_VERB_FIRST.match(tail) or _AFTER_PAST_VERB_FIRST.match(tail)
    if verb_first and _MEDIUM_AFTER.match(tail):
        # "…”, según recoge el diario X": X carried the words; who said them is earlier
        return _Credit(open_at, close_at + 1, None, False)
    if verb_first:
        who_start = after + verb_first.end()
        if text[who_start : who_start + 1] in (".", "!", "?"):
            # "…", subrayó.En su discurso: a space lost after the stop; the verb is bare
            return _Credit(open_at, who_start, None, True, True)
        while circumstance := _LEADING_CIRCUMSTANCE.match(text, who_start, line_end):
            who_start = circumstance.end()
        who_end = _speaker_end(text, who_start, line_end)
        speaker = _clean_speaker(text[who_start:who_end])
        if speaker is not None and is_when(speaker):
            speaker = None  # "…», aseguraba entonces.": when, not who
            who_end = who_start
        if speaker is None or re.match(r"(?i:que|that)\b", speaker):
            # "…”, afirmó." / "…”, resaltando que…": the verb names no one after it
            raw = text[who_start:who_end].strip(" \t,")
            bare = speaker is not None or not raw or raw[0] in _PAIRS  # "…”, añadió, “…"
            return _Credit(open_at, after + len(verb_first.group().rstrip()), None, True, bare)
        return _Credit(open_at, text.index(speaker, who_start) + len(speaker), speaker, True)
    speaker_first = _AFTER_SPEAKER_FIRST.match(tail) or _AFTER_SPEAKER_APPOSED.match(tail)
    described = None if speaker_first else _AFTER_NAME_DESCRIBED.match(tail)
    if described and _proper_subject(_without_title(described["who"])):
        speaker_first = described  # '"…," Ana Ruiz, a farmer from the valley, said'
    # '"…," the envoy said' / '"…", dijo' mark the end of the words with a comma or a dash;
    # without one the words after the quote go on with the sentence (or a repeated tweet)
    marked = text[close_at - 1] in ",—–" or tail.lstrip()[:1] in (",", "—", "–")
    if speaker_first and marked and _names_a_speaker(speaker_first["who"]):
        named = _TRAILING_TIME.sub("", speaker_first["who"].strip())
        return _Credit(open_at, after + speaker_first.end(), named, True)
    bridged = None if marked else _BRIDGE_THEN_SPEAKER.match(tail)
    if bridged and _names_a_speaker(who := bridged["who"] or bridged["who_after"]):
        # '"…" over the wartime issues, Motegi said': a few words go on with the sentence
        # before the comma and the one who said it
        return _Credit(open_at, after + bridged.end(), who.strip(), True)
    line_start = text.rfind("\n", 0, open_at) + 1
    head = text[line_start:open_at]
    phrase = _BEFORE_PHRASE.search(head)
    if phrase and not _CLAUSE_INSIDE.search(phrase["who"]):
        return _Credit(line_start + phrase.start(), close_at + 1, phrase["who"].strip(), True)
    medium = speaker_through_medium(head)
    if medium:
        return _Credit(line_start + medium[0], close_at + 1, medium[1], True)
    inverted = _inverted_speaker(head)
    if inverted:
        return _Credit(line_start + inverted[0], close_at + 1, inverted[1], True)
    verb = _BEFORE_VERB.search(head)
    if verb and re.match(r"\w+(?:ando|iendo|ing)\b", head[verb.start() :], re.IGNORECASE):
        # "X reveló que…, alegando que “…”": a gerund's subject is its main verb's, which
        # the sentence before the quote holds
        return _Credit(line_start + verb.start(), close_at + 1, None, False)
    if verb and (joined := coordinated_subject(text, line_start + verb.start())) is not None:
        # "El Gobierno rechazó las declaraciones y las calificó de “…”": the subject of the
        # verb before "y", which this one is joined to
        return _Credit(line_start + verb.start(), close_at + 1, joined, True)
    if verb:
        who_start, who = _speaker_before(head, verb.start())
        if (account := account_over_place(text, open_at, who)) is not None:
            # "Según el presidente, Grecia no ha respondido a las “…”": his account
            return _Credit(line_start + verb.start(), close_at + 1, account, True)
        if who_start < 0 and (after_verb := _speaker_after_verb(head, verb)) is not None:
            who_start, who = after_verb
        start = line_start + (who_start if who else verb.start())
        return _Credit(start, close_at + 1, who, True, bare=who_start < 0)
    late = _late_attribution(text, close_at + 1, line_end)
    if late is not None:
        return _Credit(open_at, late[1], late[0], True)
    if (words_of := _WORDS_OF.match(text, close_at + 1, line_end)) is not None:
        who_end = _speaker_end(text, words_of.start("who"), line_end)
        if (acted := PAST_VERB.search(text, words_of.start("who") + 1, who_end)) is not None:
            who_end = acted.start()  # "Con estas palabras, X celebró la firma": X
        who = _clean_speaker(text[words_of.start("who") : who_end])
        if who is not None:
            # "China espera “…”. Estas fueron las palabras del portavoz X": the next
            # sentence says whose words they were
            return _Credit(open_at, who_end, who, True)
    before = _HEADLINE_NAME_BEFORE.fullmatch(head) if not tail.strip(" .") else None
    if before is not None and _proper_subject(before["who"]):
        # a headline: "Ruiz: “No vamos a retroceder”"
        return _Credit(line_start, close_at + 1, before["who"], True)
    behind = _HEADLINE_NAME_AFTER.fullmatch(tail) if not head.strip() else None
    if behind is not None and _proper_subject(behind["who"]):
        # a headline: "“No vamos a retroceder”: Ruiz", "“We will not back down” – Ruiz"
        return _Credit(open_at, after + behind.end("who"), behind["who"], True)
    if not head.strip():
        opening = _NAMED_AFTER_OPENING_QUOTE.match(text, close_at + 1, line_end)
        if opening is not None and _proper_subject(opening["who"]):
            # "‘…’: Britain rebuffs …" / "“…”. Argelia ha sido contundente.": a paragraph
            # or headline opening with the words and then naming who said them
            return _Credit(open_at, opening.end("who"), opening["who"], True)
    return _Credit(open_at, close_at + 1, None, False)


# The sentence after a quote that says whose words they were: "“…”. Estas fueron las
# palabras del portavoz, X", "Those were the words of X", "Las palabras son de X", "Así lo
# explicó el canciller X", "That was the message from X".
_WORDS_OF = re.compile(
    r"[ \t]*[.!?]?[”»\"]?[ \t]*[.!?]?[ \t]*(?:(?i:estas|esas|tales|these|those|such)[ \t]+"
    r"(?i:fueron|son|eran|were|are)[ \t]+(?i:(?:las|the)[ \t]+)?(?i:palabras|declaraciones"
    r"|afirmaciones|words|remarks|comments)[ \t]+(?i:del[ \t]+(?=\w)|de[ \t]+|of[ \t]+)"
    r"|Las[ \t]+palabras[ \t]+(?:son|fueron)[ \t]+(?:del[ \t]+(?=\w)|de[ \t]+)"
    rf"|(?i:así|asi)[ \t]+(?:lo[ \t]+(?i:{_VERB})|se[ \t]+(?i:expresó|pronunció|manifestó))"
    r"[ \t]+|(?:That|This|Such)[ \t]+(?:was|is)[ \t]+the[ \t]+(?:message|warning|word|view"
    r"|verdict)[ \t]+(?:from|of)[ \t]+"
    # "“…”. Con estas palabras, el presidente X celebró …", "With these words, X …"
    r"|(?i:con|with)[ \t]+(?i:estas|esas|tales|these|those)[ \t]+(?i:palabras|words),?[ \t]+)"
    r"(?P<who>\S)"
)


def _without_title(who: str) -> str:
    """A name without the title or honorific before it: "Ms Novak" -> "Novak"."""
    words = who.split()
    return (
        " ".join(words[1:]) if len(words) > 1 and words[0].casefold().rstrip(".") in TITLES else who
    )


def _proper_subject(who: str) -> bool:
    """A person's name, or one capitalised word that is no function word or adverb opening
    a sentence ("Argelia", "Britain"; not "Sin", "However", "El")."""
    words = who.split()
    if len(words) > 1:
        return is_a_name(who)
    word = words[0].casefold()
    return word not in STOPWORDS and word not in WHEN_WORDS and word not in TITLES


# A headline that names who said the words and nothing else, before or after them: "Ruiz:
# “…”", "“…”: Ruiz", "“…” – Ana Ruiz".
_NAME = r"[A-ZÁÉÍÓÚÑ][\w'’.-]*(?:[ \t]+[A-ZÁÉÍÓÚÑ][\w'’.-]*){0,3}"
_HEADLINE_NAME_BEFORE = re.compile(rf"[ \t]*(?P<who>{_NAME})[ \t]*:[ \t]*")
_HEADLINE_NAME_AFTER = re.compile(rf"[ \t]*(?::|[ \t][—–-])[ \t]*(?P<who>{_NAME})[ \t]*\.?[ \t]*")


# After a quote that opens its line: ": Name verb…" or ". Name verb…", the name a proper one.
_NAMED_AFTER_OPENING_QUOTE = re.compile(rf"[ \t]*[:.][ \t]+(?P<who>{_NAME})[ \t]+(?=[a-záéíóúñ])")


# "…” con la vicepresidenta, agregó el parte de prensa." / "… in talks, the ministry said."
_LATE_VERB_FIRST = re.compile(rf",[ \t]*(?i:{_VERB_OR_PHRASE})\b[ \t]+")
_LATE_SPEAKER_FIRST = re.compile(
    rf",[ \t]*(?P<who>[^,.;:!?\n“”\"«»]{{2,80}}?)[ \t]+(?i:{_VERB})[ \t]*[.!]"
)


def _late_attribution(text: str, start: int, limit: int) -> tuple[str, int] | None:
    """A speech verb that closes the quote's sentence, a few words after the closing mark,
    with its speaker; None when another quote or the sentence's end comes first."""
    found = _SENTENCE_END.search(text, start, limit)
    end = found.start() if found else limit
    if any(mark in text[start:end] for mark in '“”"«»'):
        return None
    verbs = list(_LATE_VERB_FIRST.finditer(text, start, end + 1))
    verb = verbs[-1] if verbs else None
    if verb is not None:
        who_start = verb.end()
        while circumstance := _LEADING_CIRCUMSTANCE.match(text, who_start, end):
            who_start = circumstance.end()  # "…, informó este lunes el Ministerio"
        who = _clean_speaker(text[who_start : _speaker_end(text, who_start, end)])
        if who is not None and (
            who[0].isupper() or who.split()[0].casefold() in _DESCRIPTION_OPENERS
        ):
            return who, end
    firsts = list(_LATE_SPEAKER_FIRST.finditer(text, start, end + 1))
    speaker_first = firsts[-1] if firsts else None
    if speaker_first is not None and _names_a_speaker(speaker_first["who"]):
        return speaker_first["who"].strip(), end
    return None


def _names_a_speaker(who: str) -> bool:
    # ", y luego dijo" or "fue lo que dijo" are not speakers.
    words = who.split()
    if is_pronoun(who):
        return True  # "he said", though "he" is also Spanish "(yo) he"
    if not words or len(words) > 8 or _VERBISH.search(who):
        return False
    first, last = words[0].casefold(), words[-1].casefold()
    if first in _JOINING_WORDS or last in _JOINING_WORDS or first in WHEN_WORDS:
        return False  # "…” meeting but rejected", "…”, aunque dijo", "…”, then wrote"
    # Who speaks after the quote is named (a capital), described ("the spokesman") or a
    # pronoun; a lower-case word is the sentence going on: "a “warm” meeting but said".
    if any(w.casefold() in TITLES for w in words) and is_a_name(" ".join(words[-2:])):
        return True  # "presidential spokesman Pedro Paz", "foreign minister Ana Ruiz"
    return words[0][0].isupper() or first in _DESCRIPTION_OPENERS or first in _POSSESSIVES


def _speaker_end(text: str, start: int, limit: int) -> int:
    found = _SENTENCE_END.search(text, start, limit)
    end = found.start() if found else limit
    cut = _SPEAKER_CUT.search(text, start, end)
    if cut and cut.start() > start:
        end = cut.start()
    return _description_start(text, start, end)


def _description_start(text: str, start: int, end: int) -> int:
    """Where a description after the name begins ("Ana Ruiz, investigadora de …", "Ana Ruiz,
    the acting director"), or ``end``. A capitalised name after a comma is no description:
    "el secretario de Seguridad, Ernesto Salcedo Ibarra"."""
    for comma in re.finditer(r",[ \t]*", text[start:end]):
        word = re.match(r"[^\W\d_]+", text[start + comma.end() : end])
        if word is None:
            continue
        folded = word[0].casefold()
        if word[0][0].islower() or folded in _DESCRIPTION_OPENERS or folded in TITLES:
            return start + comma.start()
    return end


# A name, then the object of the verb that came before it: "…», cerró Kerry su discurso",
# "dio Kerry la señal".
_OBJECT_AFTER_NAME = re.compile(
    r"(?<=[A-ZÁÉÍÓÚÑ])[\w'’-]*[ \t]+(?P<object>(?:su|sus|le|les|la|el|los|las|his|her|their)"
    r"[ \t]+[a-záéíóúñ])"
)


def _clean_speaker(raw: str) -> str | None:
    raw = re.split(r"[“”\"«»]|,[ \t]*(?=[“\"«])", raw, maxsplit=1)[0] if raw.strip() else raw
    if (after_name := _OBJECT_AFTER_NAME.search(raw)) is not None:
        raw = raw[: after_name.start("object")]
    speaker = _TRAILING_TIME.sub("", raw.strip().strip(",:—–-").strip())
    if not speaker or speaker[0] in '“"«‘':
        return None
    if (moved := _DESCRIBED_BEFORE_NAME.fullmatch(speaker)) is not None and is_a_name(
        moved["name"]
    ):
        return moved["name"]  # "said a visibly moved Luis Acosta": the person named
    if _PREPOSITION_FIRST.match(speaker):
        return None  # "…”, ha señalado a través de un mensaje": how it was said, not who
    return speaker if len(speaker.split()) <= 25 else None


def _inverted_speaker(head: str) -> tuple[int, str] | None:
    """The speaker of "Como me dijo un exfuncionario que pidió el anonimato: «…»", with the
    offset of the whole clause; None when the words after the verb name no one."""
    found = _BEFORE_INVERTED.search(head) or _SENTENCE_VERB_FIRST.search(head)
    if found is None:
        return None
    who_start = found.start("who")
    while circumstance := _LEADING_CIRCUMSTANCE.match(head, who_start):
        who_start = circumstance.end()
    relative = _RELATIVE_CUT.search(head, who_start, found.end("who"))
    who_end = relative.start() if relative else found.end("who")
    who = head[who_start : _speaker_end(head, who_start, who_end)].strip()
    words = who.split()
    if not words or not fits_speaker_length(words) or _WHEN_NOT_WHO.match(who):
        return None  # "Dijo el martes: «…»": when, not who
    if not (words[0][0].isupper() or words[0].casefold() in _DESCRIPTION_OPENERS):
        return None
    return found.start() + (len(found[0]) - len(found[0].lstrip())), who


def _speaker_after_verb(head: str, verb: re.Match[str]) -> tuple[int, str] | None:
    """A person named right after a verb with no subject before it: "Añadió la embajadora
    Sara Quinn:"; None for anything else ("Dijo el martes:")."""
    verb_word = re.match(r"\w+", head[verb.start() :])
    at = verb.start() + (len(verb_word[0]) if verb_word else 0)
    while head[at : at + 1] in (" ", "\t"):
        at += 1
    while circumstance := _LEADING_CIRCUMSTANCE.match(head, at):
        at = circumstance.end()
    who = head[at : verb.end()].strip().rstrip(":,").strip()
    words = who.split()
    if not words or not fits_speaker_length(words) or is_pronoun(who) or _VERBISH.search(who):
        return None  # "said Ms Patel was “…”": a clause, what was said about her
    if verb.end() >= len(head.rstrip()) and not head.rstrip().endswith((":", ",", "—", "–")):
        return None  # 'said Moscow "has nothing to hide"': the clause's subject, not who spoke
    first = words[0].casefold()
    if first in _DESCRIPTION_OPENERS:
        names_someone = len(words) > 1 and words[1].casefold() in TITLES
    else:
        names_someone = words[0][0].isupper() and first not in _CLITICS
    return (at, who) if names_someone else None


# A speech verb that opens a reported clause: "subrayó que", "said that".
_REPORTING_VERB = re.compile(rf"\b(?i:{_VERB})\b(?=[ \t]+(?i:que|that)\b)")


def _speaker_before(head: str, verb_at: int) -> tuple[int, str | None]:
    """The phrase before a speech verb, back to the sentence or clause start; -1 and None
    when the verb has no subject of its own there ("Añadió:", "Tras la reunión, dijo:")."""
    boundary = max(head.rfind(mark, 0, verb_at) for mark in (",", ";", ":", ". ", "(", "—"))
    start = boundary + 1 if boundary >= 0 else 0
    raw = head[start:verb_at]
    if boundary >= 0 and re.fullmatch(rf"{INITIALS}[ \t]*", head[boundary:verb_at]):
        # "El presidente X (ARO) anunció": the initials glossed in brackets are no subject
        subject = subject_before(head, 0, verb_at)
        return subject if subject is not None else (-1, None)
    if all(w.casefold() in OBJECT_CLITICS for w in raw.split()):
        # "X, quien encabeza la unidad, dijo:", "Su homólogo, X, las calificó de “…”"
        subject = subject_before(head, 0, verb_at)
        if subject is None or is_when(subject[1]):
            return -1, None  # "Más tarde, en una entrevista, insistió": when, not who
        return subject
    stripped = without_clitics(without_conjunction(raw.strip()))
    if not stripped or is_when(stripped):
        return -1, None  # "Y añade: «…»": the speaker is whoever spoke last
    if boundary >= 0 and head[boundary] == "," and stripped.split()[0] in TITLES:
        # "Carlos García, director de Migración indicó que": the post, with no comma after
        # it, describes the name before the comma, who spoke
        named_start = max(head.rfind(mark, 0, boundary) for mark in (",", ";", ":", ". ", "("))
        named = head[named_start + 1 : boundary].strip()
        if is_a_name(named):
            return head.index(named, named_start + 1), named
    if any(mark in stripped for mark in '“”"«»'):
        return -1, None  # "“todos, sin excepción” le dijeron": the end of another quote
    first_two = stripped.casefold().split()[:2]
    if (
        len(first_two) == 2
        and first_two[0] in PREPOSITIONS
        and (first_two[1] in RELATIVES or first_two[1] == "whom")
    ):
        return -1, None  # "Lula, a quien calificó de “…”": the relative is the object
    if stripped.split()[-1].casefold() in ("que", "that"):
        return -1, None  # "…, al tiempo que ha reprochado": the clause's subject is earlier
    if stripped.split()[0].casefold() in RELATIVES and is_pronoun(
        rest := stripped[len(stripped.split()[0]) :]
    ):
        # "the road to X, which it said “…”": the relative is what was said, the pronoun
        # who said it
        return start + len(raw.rstrip()) - len(rest.lstrip()), rest.strip()
    if stripped.split()[0].casefold() in RELATIVES:
        subject = subject_before(head, 0, verb_at)  # "X, quien en su visita manifestó su “"
        return subject if subject is not None else (start, None)
    relative = list(re.finditer(r"[ \t](?i:que|quien|quienes|cual|which|who)[ \t]+", stripped))
    if relative and relative[-1].end() < len(stripped) and not _REPORTING_VERB.search(stripped):
        # "…, un encuentro en el que el titular nipón subrayó": who speaks is after the
        # relative, the phrase before it is what the clause hangs on
        stripped = stripped[relative[-1].end() :]
    stripped_at = start + len(raw.rstrip()) - len(stripped)
    if (outer := _REPORTING_VERB.search(head, stripped_at, verb_at)) is not None:
        # "El primer ministro subrayó que el acuerdo establece que “…”": the words are
        # reported by the first verb's subject, not said by the agreement
        return _speaker_before(head, outer.start())
    stripped = stripped[len(as_word[0]) :] if (as_word := _LEADING_AS.match(stripped)) else stripped
    if all(w.casefold() in _CLITICS for w in stripped.split()):
        return start, None  # "Como se dijo en la reunión:"
    if not fits_speaker_length(stripped.split()):
        return start, None
    return start + len(raw.rstrip()) - len(stripped), stripped
