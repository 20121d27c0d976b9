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
from functools import lru_cache

from casefile.extract.actors import ELLIPTIC_TITLE_BEFORE
from casefile.extract.date_tense import SPANISH_PAST_END
from casefile.extract.gazetteer import (
    ORG_HEADS,
    ORG_TAILS,
    PLACES,
    STOPWORDS,
    TITLES,
    is_demonym,
    is_given_name,
    is_nationality,
)
from casefile.extract.quote_speakers import last_sentence_subject
from casefile.extract.quote_verbs import (
    ENGLISH_IRREGULAR_PAST,
    ENGLISH_WEEKDAYS,
    PLATFORM,
    SAID_WHEN_FIRST,
    SPANISH_WEEKDAYS,
)
from casefile.folding import fold


def _vocabulary(words: str) -> frozenset[str]:
    """A set of words written as one space-separated string, for readable word lists; each
    word is there as written and folded ("declaración", "declaracion"), so a word may be
    looked up either way."""
    return frozenset(words.split()) | frozenset(fold(word) for word in words.split())


# Roles that name the same office: "el mandatario" is the president the article named.
_ROLE_FAMILIES = (
    "presidente presidenta mandatario mandataria gobernante dictador dictadora jefe_de_estado "
    "jefe_del_ejecutivo head_of_the_executive head_of_state "
    "jefa_de_estado jefa_del_estado jefa_del_ejecutivo titular_del_ejecutivo jefe_del_estado "
    "president leader líder lider lideresa",
    "canciller ministro_de_exteriores ministra_de_exteriores ministro_de_relaciones_exteriores "
    "ministra_de_relaciones_exteriores jefe_de_la_diplomacia jefa_de_la_diplomacia "
    "foreign_minister "
    "titular_de_exteriores titular_de_asuntos_exteriores titular_de_relaciones_exteriores "
    "foreign_secretary secretary_of_state secretario_de_estado fm "
    "ministro_de_asuntos_exteriores ministra_de_asuntos_exteriores "
    "secretario_de_relaciones_exteriores secretaria_de_relaciones_exteriores "
    "minister_of_foreign_affairs minister_for_foreign_affairs foreign_affairs_minister "
    "minister_of_external_affairs external_affairs_minister "
    "responsable_de_la_diplomacia "
    "head_of_diplomacy top_diplomat chief_diplomat",
    "primer_ministro primera_ministra prime_minister premier pm chancellor",
    "vicepresidente vicepresidenta vice_president",
    "embajador embajadora ambassador envoy",
    "negociador negociadora jefe_negociador negotiator chief_negotiator "
    "jefe_de_la_delegación jefa_de_la_delegación jefe_de_la_delegacion jefa_de_la_delegacion "
    "head_of_the_delegation",
    "portavoz vocero vocera spokesman spokeswoman spokesperson",
    "ministro ministra minister titular",
    "secretario secretaria secretary",
    "fiscal prosecutor attorney_general",
    "gobernador gobernadora governor",
    "alcalde alcaldesa mayor",
    "senador senadora senator",
    "rey king reina queen monarca monarch",
    "expresidente expresidenta exmandatario exmandataria former_president",
    # Words for "the official" that stand for whoever was credited last, never for a mention.
    "funcionario funcionaria diplomático diplomática official diplomat autoridad authority "
    "doctor doctora",
    # "el representante del régimen": whoever the article calls so, or was quoted just before
    "representante representative",
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
_ACCOUNT = re.compile(
    r"^(?i:(?:la|su|the|its|his|her)[ \t]+)?(?i:cuenta|account|perfil|profile)"
    rf"(?:[ \t]+(?i:oficial|official))?(?:[ \t]+(?i:en|de|on)[ \t]+{PLATFORM})?"
    r"[ \t]+(?i:de|of)[ \t]+"
)
_ROLE_WORDS = frozenset(fold(w) for role in _ROLE_OF for w in role.split()) - frozenset(
    ["de", "del", "la", "el", "of", "the"]
)
# A generic role also names a specific one: "el ministro" may be the foreign minister.
_ALSO = {
    _ROLE_OF["ministro"]: {_ROLE_OF["ministro"], _ROLE_OF["canciller"], _ROLE_OF["premier"]},
    _ROLE_OF["secretario"]: {_ROLE_OF["secretario"], _ROLE_OF["canciller"]},
}
_GENERIC = _ROLE_OF["funcionario"]
_REPRESENTATIVE = _ROLE_OF["representante"]
_HONORIFICS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "sr",
        "sra",
        "srta",
        "don",
        "doña",
        "sir",
        "lord",
        "dame",
        "prof",
        "professor",
        "profesor",
        "profesora",
        "rev",
        "gen",
        "gral",
        "fm",  # "FM Ararat Mirzoyan": a foreign minister, in headlines and wire copy
    ]
)
_FUNCTION_WORDS = _vocabulary(
    "quien quienes que pero cual cuyo lo who which that but where when while donde cuando "
    "mientras asi part parte"
)
# Words a clause that took a speaker's place ends on: "Brewster hizo el anuncio y".
_CLAUSE_ENDS = frozenset(["y", "e", "pero", "tambien", "and", "but", "also", "too", "entonces"])
_JOINT = re.compile(r"^(?P<a>.+?)[ \t]+(?P<and>y|e|and)[ \t]+(?P<b>.+)$")
# Where or when someone spoke, after their name: "Díaz-Canel en Twitter", "Oli on Sunday",
# "Tajani la víspera del viaje", "the minister yesterday".
# Case-sensitive: "Plácido Domingo" and "Santo Domingo" are names, "el domingo" is a day.
_SAID_WHERE_OR_WHEN = re.compile(
    r"[ \t]+(?:(?:en|on|in|via|vía|a[ \t]+través[ \t]+de)[ \t]+(?:(?:su[ \t]+cuenta[ \t]+de"
    rf"|his|her|its)[ \t]+)?{PLATFORM}\b"
    rf"|(?:(?:el|este|esta|el[ \t]+pasado)[ \t]+)?{SPANISH_WEEKDAYS}\b"
    rf"|(?:on|this|last)[ \t]+(?i:{ENGLISH_WEEKDAYS})\b"
    r"|(?:ayer|hoy|anoche|yesterday|today|la[ \t]+víspera|el[ \t]+día[ \t]+anterior)\b"
    r"|(?:por[ \t]+la|en[ \t]+la|esta|this|in[ \t]+the)[ \t]+(?:mañana|tarde|noche|morning"
    r"|afternoon|evening)\b"
    # when and where on an occasion: "la ministra a la salida del palacio", "al término del
    # encuentro", "en su despedida", "tras la reunión", "al margen de la cumbre"
    r"|(?:a[ \t]+la[ \t]+salida|al[ \t]+término|al[ \t]+final|al[ \t]+margen|en[ \t]+su"
    r"[ \t]+(?:despedida|llegada|visita|discurso|intervención)|tras[ \t]+(?:la|el|su|una|un)"
    r"|after[ \t]+(?:the|a|his|her|talks|meeting)|on[ \t]+the[ \t]+sidelines)\b"
    # to whom, in what and how it was said: "Mondino en diálogo con LN+", "Álvarez a la
    # prensa", "X a AP", "Lopez at a briefing", "X antes de añadir"
    r"|(?:en[ \t]+(?:diálogo|conversación|entrevista|declaraciones|rueda[ \t]+de[ \t]+prensa"
    r"|conferencia)|a[ \t]+(?:la[ \t]+prensa|los[ \t]+periodistas|los[ \t]+medios|la[ \t]+agencia"
    r"|la[ \t]+cadena|[A-Z]{2,5}\b)|antes[ \t]+de[ \t]+(?:añadir|agregar|concluir)|durante[ \t]+"
    r"(?:la|el|una|un|su)|at[ \t]+(?:a|the)[ \t]+(?:news[ \t]+|press[ \t]+)?(?:briefing"
    r"|conference|press|news|meeting|summit)|during[ \t]+(?:a|the|his|her)|before[ \t]+adding"
    r"|in[ \t]+(?:an[ \t]+)?interview)\b).*$"
)
# A Spanish speaker named with where they spoke: "el presidente Arce en Asunción".
_SAID_IN_PLACE = re.compile(
    r"[ \t]+en[ \t]+[A-ZÁÉÍÓÚÑ][\w'’.-]*(?:[ \t]+(?:(?:de|del)[ \t]+)?[A-ZÁÉÍÓÚÑ][\w'’.-]*)*$"
)
# Where a phrase opens on when or how, not who: "En ese sentido", "A esto", "En 2022 X".
_OPENING_PREPOSITIONS = frozenset(
    [
        "en",
        "a",
        "al",
        "durante",
        "tras",
        "desde",
        "con",
        "por",
        "para",
        "sin",
        "sobre",
        "in",
        "at",
        "during",
        "after",
        "with",
    ]
)
_SPANISH_AFTER_A = frozenset(["esto", "eso", "ello", "la", "las", "los", "su", "sus", "este"])
_NOT_SPEAKERS = frozenset(
    ["los", "las", "el", "la", "we", "nosotros", "nosotras", "el pasado", "según", "segun",
     "according"]
)  # fmt: skip
# What may trail a speaker's name in the phrase the rules found, and is no part of it: a
# clitic ("Milei lo calificó"), a credit label, the verb itself ("… said"), the medium.
_TRAILING_JUNK = re.compile(
    r"(?:[ \t]+(?:lo|la|le|les|los|las|se|me|nos)"
    r"|[ \t]+(?i:cr[ée]dito|foto|photo|fotos)"
    r"|[ \t]+(?:said|says|added|told|dijo|afirmó|señaló)"
    r"|[ \t]+(?:mediante|a[ \t]+través[ \t]+de|in[ \t]+a[ \t]+statement"
    r"|en[ \t]+un[ \t]+comunicado)\b.*"
    # whom they spoke for or beside: "Ibarra para el diario local", "X junto a su homóloga"
    r"|[ \t]+(?:para[ \t]+(?:el|la|un|una)[ \t]+(?:diario|periódico|medio|cadena|agencia|canal"
    r"|radio|emisora|televisora|revista|portal|programa|semanario)|junto[ \t]+(?:a|con)"
    r"|acompañad[oa]s?[ \t]+(?:de|por)|together[ \t]+with|alongside)\b.*"
    r"|[ \t]+(?:de[ \t]+nuevo|otra[ \t]+vez|once[ \t]+again|once[ \t]+more))$"
)
_SOMEONES_SPOKESPERSON = re.compile(
    r"(?i:(?:a|an|the|un|una|el|la)[ \t]+)?(?i:spokes(?:man|woman|person)|portavoz|vocer[oa])"
    r"[ \t]+(?i:for|of|de|del)[ \t]+(?:(?i:the|el|la)[ \t]+)?[A-ZÁÉÍÓÚÑ]"
)
# Words that open a clause, not a name: "Pese a ello", "haya un conflicto …".
_CLAUSE_OPENERS = frozenset(["pese", "aunque", "although", "haya", "hay", "sea", "fuera"])
_POST_NOMINALS = frozenset(["MP", "MEP", "QC", "KC", "MSP", "TD"])
_TRAILING_ADVERBS = frozenset(
    ["also", "too", "tambien", "ademas", "asimismo", "though", "previously", "earlier", "again",
     "later", "nuevamente", "anteriormente", "previamente", "luego", "despues", "entonces"]
)  # fmt: skip
_RELATIVES = frozenset(["which", "who", "that", "que", "quien", "quienes", "cual"])
_DETERMINERS = frozenset(["the", "a", "an", "el", "la", "los", "las", "un", "una"])
_INDEFINITES = frozenset(["a", "an", "un", "una", "one", "another", "otro", "otra"])
_CONJUNCTIONS = frozenset(["pero", "but", "y", "e", "and", "so", "mientras", "while"])
_CONNECTORS = frozenset(["de", "del", "la", "las", "los", "el", "of", "the", "y", "and", "e"])
# Capitalised words that belong to an office or a country, not to a person's name: "el
# secretario de Estado", "el presidente de Guyana", "Secretary of State Marco Rubio".
_OFFICE_WORDS = (
    _vocabulary(
        "estado exteriores relaciones asuntos interior defensa hacienda gobernación seguridad "
        "justicia economía comercio exterior cooperación unión europea migración nacional "
        "república presidencia pública público ejecutivo state foreign affairs home defence "
        "defense treasury trade commonwealth development homeland justice finance finanzas "
        "energía salud health agricultura trabajo educación cultura turismo transportes "
        "américas americas hemisferio occidental western hemisphere federal x twitter "
        "facebook instagram telegram truth social youtube tiktok"
    )
    | ORG_HEADS
    | ORG_TAILS
)
_PLACE_NAMES = frozenset(
    fold(name) for spanish, english, aliases in PLACES for name in (spanish, english, *aliases)
)
_CONTEXT = 80
_CAPITALISED = r"[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+"
_MAX_REFERENT = 1500  # characters back to the body a "the ministry" or "the statement" names
# A title before a name: up to seven words and an optional comma, no clause break.
_TITLE_WORD = re.compile(r"[^\W\d_][\w'’.-]*,?")
_TITLE_STOPS = frozenset(["y", "e", "and", "con", "with", "que", "who"])
_MAX_TITLE_WORDS = 7
_MAX_LONG_TITLE_WORDS = 16  # "el portavoz de la Oficina de Asuntos de Taiwán del Consejo de …"
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
    persons = [_Person(name, _words(name)) for name in map(_person_name, people) if _words(name)]
    credited: list[tuple[int, str]] = []  # earlier quotes' speakers, resolved
    named: list[str | None] = []
    for speaker, at in speakers:
        who = _canonical(speaker, at, text, persons, credited) if speaker else speaker
        if who and _opens_on_verb(who.split()):
            who = " ".join(who.split()[1:])  # the fullest form printed was "Respondió X"
        if who and _is_name_run(who) and len(who.split()) > 1:
            who = _with_second_surname(who, text)
        if who:
            who = _with_place_named(who, text, persons)
        if who:
            who = _with_full_name_inside(who, persons)
        if who:
            credited.append((at, who))
        named.append(who)
    return named


# A counterpart named by nationality alone: "His Indian counterpart", "su homólogo peruano".
_COUNTERPART_OF = re.compile(
    r"(?i:his|her|their|its|su|sus|the|el|la)[ \t]+(?:(?P<of>[A-ZÁÉÍÓÚÑ][\w-]+)[ \t]+"
    r"(?i:counterpart)|(?i:homólog[oa]|par)[ \t]+(?P<of2>[a-záéíóúñ]+))"
)


# Someone's office or government speaking in their name: "Emmanuel Macron's office".
_SOMEONES_OFFICE = re.compile(
    r"(?P<who>[A-ZÁÉÍÓÚÑ][\w'’.-]*(?:[ \t]+[A-ZÁÉÍÓÚÑ][\w'’.-]*){0,4})(?P<s>['’]s)[ \t]+"
    r"(?P<body>office|government|administration|ministry|spokesman|spokeswoman|spokesperson"
    r"|press office|team|camp|campaign|party)$"
)


# A body named after its leader: "el régimen de Maduro", "the Biden administration".
_LEADERS_BODY = re.compile(
    r"^(?P<body>(?:(?i:el|la|the)[ \t]+)?(?i:régimen|gobierno|administración|ejecutivo"
    r"|gabinete|government|administration|regime|cabinet)[ \t]+(?:de(?:l)?|of)[ \t]+)"
    r"(?P<name>[A-ZÁÉÍÓÚÑ][\w'’-]+)$"
)


def _with_full_name_inside(who: str, persons: Sequence[_Person]) -> str:
    """A body named after its leader by surname, with the leader's full name, when one person
    of the article bears it: "El régimen de Maduro" -> "El régimen de Nicolás Maduro"."""
    found = _LEADERS_BODY.match(who.strip())
    if found is None:
        return who
    surname = _words(found["name"])
    bearers = {p.name for p in persons if _has_surname(p.words, surname)}
    if len(bearers) != 1:
        return who
    return found["body"] + bearers.pop()


# Countries' names that are given names too: "Mauricio Jaramillo", "Israel Katz".
_GIVEN_NAMES = frozenset(["mauricio", "israel", "georgia", "chad", "jordan", "salvador"])


def _person_name(name: str) -> str:
    """A proposed person's name without an honorific before it ("Lord Cameron") or what
    _trimmed drops after it ("David Rutley MP")."""
    words = _trimmed(name).split()
    while len(words) > 2 and (
        fold(words[0]).rstrip(".") in _HONORIFICS or fold(words[0]) in _ROLE_WORDS
    ):
        words.pop(0)  # "Lord Cameron", "Vicepresidente García Linera": the name only
    while len(words) > 1 and fold(words[0]).rstrip(".") in _HONORIFICS:
        words.pop(0)
    while len(words) > 2 and fold(words[0]) in _PLACE_NAMES and fold(words[0]) not in _GIVEN_NAMES:
        words.pop(0)  # "Zimbabwe Mphakama Mbete": a country's name run into the person's
    for i, word in enumerate(words[2:], start=2):
        if word in ("of", "for"):
            del words[i:]  # "Wang Yi of the Office of …": the person, not the office
            break
    return " ".join(words)


def _canonical(
    speaker: str,
    at: int,
    text: str,
    persons: Sequence[_Person],
    credited: Sequence[tuple[int, str]] = (),
) -> str | None:
    speaker = _trimmed(speaker)
    if (document := _DOCUMENT_FROM.fullmatch(speaker.strip())) is not None:
        # "a statement from the Ministry of X", "un informe de la Cepal": who issued it
        issuer = ("el " if document["del"] else "") + document["who"]
        return _canonical(issuer, at, text, persons, credited)
    if (issued_by := _issuer_after(speaker, at, text)) is not None:
        return issued_by
    if (which := _LATTER_OR_FORMER.fullmatch(speaker.strip())) is not None:
        return _one_of_last_two(at, text, persons, latter=which["latter"] is not None)
    if (seat := _SEAT_TENANT.fullmatch(speaker.strip())) is not None:
        # "el inquilino de la Casa Blanca": the president of the country that house is
        office = _SEATS.get(fold(seat["seat"]))
        if office is not None:
            tenant = _canonical(office, at, text, persons, credited)
            return speaker if tenant == office else tenant  # no one found: as printed
    if _THESE_WORDS.fullmatch(speaker.strip()) or _SOMETHING_OF_THEIRS.match(speaker.strip()):
        return None  # "Estas declaraciones se consideraron …", "ha aclarado el sentido de sus
        # palabras": words talked about, no one who speaks
    if _WORDS_OF_SOMEONE.fullmatch(speaker.strip()):
        # "De acuerdo con sus palabras": the person named last before, or quoted last
        return _last_person_named(at, text, persons) or (credited[-1][1] if credited else None)
    words = _words(speaker)
    if not words or words[0] in _FUNCTION_WORDS:
        return None  # "quien encabeza…", "lo que…": a clause, not someone to credit
    if (subject := _subject_of_clause(speaker)) is not None:
        return _canonical(subject, at, text, persons, credited)  # "Tsipras también"
    if _SOMEONES_SPOKESPERSON.match(speaker) and "," not in speaker:
        return speaker  # "A spokesman for Mirzoyan" spoke, not Mirzoyan
    if (office := _office_before(speaker, at, text)) is not None:
        return _canonical(office, at, text, persons, credited)
    if (joint := _JOINT.match(speaker)) is not None and all(
        _is_name_run(part) for part in (joint["a"], joint["b"])
    ):
        # "Albares y Cameron", "Tanto X como Y" (the caller keeps "X y Y"): both, each by
        # the fullest name the article gives them
        first = _canonical(joint["a"], at, text, persons) or joint["a"]
        second = _canonical(joint["b"], at, text, persons) or joint["b"]
        return f"{first} {joint['and']} {second}"
    if any(
        word.islower() and word.endswith(SPANISH_PAST_END) and (word.endswith("ó") or len(word) > 5)
        for word in speaker.split()
    ):
        return None  # "la cancillería emitió un": a Spanish past-tense verb, so a clause
    verb = next((i for i, w in enumerate(speaker.split()) if i and w in _ENGLISH_PAST_VERBS), 0)
    if verb:
        # "Rosa Quilla took to X and", "Meloni also went to Benghazi to meet …": a clause,
        # whose subject is who spoke
        return _canonical(" ".join(speaker.split()[:verb]), at, text, persons, credited)
    if (group := _sources_referred_to(speaker, at, text)) is not None:
        return group
    if _BOTH.fullmatch(speaker.strip()) and (pair := _last_pair(at, text)) is not None:
        first, joiner, second = pair
        named_first = _canonical(first, at, text, persons) or first
        named_second = _canonical(second, at, text, persons) or second
        return f"{named_first} {joiner} {named_second}"  # "según ambas autoridades"
    if _BOTH.fullmatch(speaker.strip()) and (two := _last_two(at, text, persons)) is not None:
        # "X, y su homólogo, Y, firmaron … Ambos coincidieron": the two named last
        joiner = "and" if speaker.strip().casefold().startswith(("both", "the two")) else "y"
        return f"{two[0]} {joiner} {two[1]}"
    if (body := _body_referred_to(speaker, at, text)) is not None:
        return _with_country_named(body, text)
    if (spelled := _spelled_out(speaker, text)) is not None:
        full = spelled.rsplit(" (", 1)[0]
        if any(p.words == _words(full) for p in persons) or is_given_name(full.split()[0]):
            return full  # "AMLO" for "Andrés Manuel López Obrador (AMLO)": a person's name
        return spelled  # "VTV" for "Venezolana de Televisión (VTV)"
    if (theirs := _SOMEONES_OFFICE.search(speaker)) is not None:
        # "President Emmanuel Macron's office said": the office speaks, by its holder's name
        holder = _canonical(theirs["who"], at, text, persons, credited) or theirs["who"]
        return f"{holder}{theirs['s']} {theirs['body']}"
    named = [p for p in persons if _contains(words, p.words)]
    if named:
        return _fuller(_fullest(named).name, persons, text)
    name_words = _name_words(speaker)
    if name_words:
        return _fuller_of(name_words, speaker, persons, text)
    if len(words) == 1 and speaker.strip()[:1].isupper():
        bearers = [p for p in persons if _has_surname(p.words, words)]
        if bearers:
            # "Reina valoró …" after "Eduardo Enrique Reina": a surname that is also a
            # title ("reina", "rey", "king") names the person who bears it
            return _fuller(_fullest(bearers).name, persons, text)
    role = _ROLE.search(speaker)
    if role is None and (counterpart := _COUNTERPART_OF.fullmatch(speaker.strip())) is not None:
        # "His Indian counterpart", "su homólogo peruano": the one person of that country
        country = counterpart["of"] or counterpart["of2"]
        only = _nearest_of_that_country(country, text, persons, at, any_word=True)
        return only.name if only else speaker
    if role is None:
        if _is_demonym_referent(speaker):  # "el alemán", "la brasileña"
            recent = _recent_holder(_GENERIC, speaker, text, credited)
            only = _nearest_of_that_country(speaker, text, persons, at, any_word=True)
            return recent or (only.name if only else speaker)
        return speaker
    if words[0] in _INDEFINITES:
        return speaker  # "Un funcionario de alto rango": someone new, not whoever spoke last
    family = _ROLE_OF[role.group(0).casefold()]
    recent = _recent_holder(family, speaker, text, credited)
    if recent is not None:
        return recent
    if family == _GENERIC:
        # "La autoridad boliviana" after only one person has spoken: that person; "la
        # doctora" before anyone has: the named subject of the sentence before the quote
        sole = _only_speaker(credited)
        if sole is not None and not _agrees(speaker, _phrases_of(sole, text)):
            sole = None  # "la funcionaria" is not the president quoted before
        return sole or _subject_before_quote(at, text, persons) or speaker
    if family == _REPRESENTATIVE:
        # "el representante del régimen": who was quoted just before, if anyone
        return _last_quoted_before(speaker, at, text, credited) or speaker
    holder = _role_holder(family, speaker, at, text, persons)
    if holder is None:
        holder = _nearest_of_that_country(speaker, text, persons, at)
    if holder is not None:
        return holder.name
    return (
        _last_quoted_before(speaker, at, text, credited)
        or _named_in_next_sentence(speaker, at, text, persons)
        or speaker
    )


def _named_in_next_sentence(
    speaker: str, at: int, text: str, persons: Sequence[_Person]
) -> str | None:
    """The person the sentence after the quote's opens on, when the quote's speaker is a
    role no one has been given yet: "Indonesia's ambassador to Australia believes it is
    time to abandon “megaphone diplomacy”. Nadjib Kesoema made the call on Monday"."""
    if fold(speaker.split()[0]) in _INDEFINITES:
        return None
    stop = re.compile(r"[.!?](?:[\"”»’']*)[ \t]*\n*[ \t]*").search(text, at)
    if stop is None:
        return None
    following = text[stop.end() : stop.end() + 120]
    for person in sorted(persons, key=lambda p: len(p.name), reverse=True):
        if len(person.words) > 1 and following.startswith(person.name):
            rest = following[len(person.name) :].lstrip()
            if rest[:1].islower() and _agrees(speaker, _phrases_of(person.name, text)):
                return person.name  # a verb follows: the sentence is about them
    opening = _OPENING_NAME.match(following)
    if (
        opening is not None
        and fold(opening["name"]) not in _PLACE_NAMES  # "Buenos Aires expects a deal"
        and not any(_not_a_given_name(w) or fold(w) in ORG_HEADS for w in opening["name"].split())
    ):
        return opening["name"]  # a name the article gives nowhere else, then its verb
    return None


# A sentence that opens on two to four capitalised words and then a verb in lower case:
# "Nadjib Riphat Kesoema made the call on Monday".
_OPENING_NAME = re.compile(
    r"(?P<name>[A-ZÁÉÍÓÚÑ][a-záéíóúñü'’-]+(?:[ \t]+[A-ZÁÉÍÓÚÑ][a-záéíóúñü'’-]+){1,3})[ \t]+"
    r"(?=[a-záéíóúñ]+(?:ed|ó|aron|ieron)?\b)"
)


# How far back (in characters, about two paragraphs) a role phrase may stand for the person
# quoted just before it.
_JUST_BEFORE = 700


def _last_quoted_before(
    speaker: str, at: int, text: str, credited: Sequence[tuple[int, str]]
) -> str | None:
    """The person quoted just before a role phrase that the article gives to no one it names:
    "“…”, resumió Bustillo. El ministro señaló que “…”" (the article varies how it calls
    the same person). None when no person was quoted within a sentence or two, the role's
    gender or nationality does not fit them, or the phrase opens with an indefinite."""
    if not credited or fold(speaker.split()[0]) in _INDEFINITES:
        return None
    role = _ROLE.search(speaker)
    if role is not None and _ROLE_OF[role.group(0).casefold()] == _ROLE_OF["portavoz"]:
        return None  # a spokesperson speaks for the one quoted, and is someone else
    credited_at, who = credited[-1]
    if at - credited_at > _JUST_BEFORE or not _is_name_run(who):
        return None
    if len(_words(who)) < 2 and (fold(who) in _PLACE_NAMES or who.isupper()):
        return None  # "dijo Moscú", "según la ONU": a place or a body, not the role's holder
    phrases = _phrases_of(who, text)
    national = any(
        is_nationality(word) or fold(word) in _PLACE_NAMES for word in speaker.split()[1:]
    )  # "el presidente francés", "el canciller de Chile"; not "el representante del régimen"
    qualifier = _qualifier(speaker) if national else []
    if qualifier and (
        _names_a_country(phrases, qualifier)
        or any(
            is_nationality(word) and not any(_holds(q, fold(word)) for q in qualifier)
            for word in re.findall(r"[^\W\d_]+", phrases)
        )
    ):
        return None  # "el presidente francés" is not "el canciller alemán, X", quoted before
    return who if _agrees(speaker, phrases) else None


def _issuer_after(speaker: str, at: int, text: str) -> str | None:
    """Who issued a document the speaker phrase names by its participle ("una declaración
    emitida"), when the text names them a few words after it ("… este sábado por la
    Presidencia chilena"); None otherwise."""
    words = speaker.split()
    if (
        len(words) < 3
        or fold(words[-1]) not in _ISSUED_PARTICIPLE
        or not any(fold(w) in _DOCUMENT_WORDS for w in words[1:-1])
    ):
        return None
    found = text.find(speaker, max(0, at - 400), at + 1500)
    if found < 0:
        return None
    issued = _ISSUED_BY_AFTER.match(text, found + len(speaker))
    if issued is None:
        return None
    who = issued["who"]
    after = re.match(r"[ \t]+([a-záéíóúñ]+)", text[issued.end() : issued.end() + 30])
    if after is not None and is_nationality(after.group(1)):
        who += " " + after.group(1)  # "la Presidencia chilena"
    return _body_name(who)


# English verbs in the past whose form says so without "-ed" (which adjectives share:
# "the UN-backed government"); one inside a speaker phrase makes it a clause, whose subject
# is before it.
_ENGLISH_PAST_VERBS = _vocabulary(ENGLISH_IRREGULAR_PAST)
# Whoever lives in a seat of power, named by it: "el inquilino de la Casa Blanca".
_SEAT_TENANT = re.compile(
    r"(?i:el|la|the)[ \t]+(?i:inquilin[oa]|huésped|ocupante|tenant|occupant|resident)[ \t]+"
    r"(?i:del?|of)[ \t]+(?:(?i:la|the)[ \t]+)?(?P<seat>[A-ZÁÉÍÓÚÑ][\w'’. -]{2,30})"
)
_SEATS = {
    fold(seat): office
    for seats, office in (
        ("Casa Blanca|White House", "el presidente estadounidense"),
        ("Elíseo|Elysée|Elysee", "el presidente francés"),
        ("Kremlin", "el presidente ruso"),
        ("Downing Street|Número 10|Number 10", "el primer ministro británico"),
        ("Moncloa", "el presidente español"),
        ("Miraflores|Palacio de Miraflores", "el presidente venezolano"),
        ("Casa Rosada", "el presidente argentino"),
        ("Planalto|Palacio del Planalto", "el presidente brasileño"),
        ("Casa de Nariño", "el presidente colombiano"),
        ("Moneda|Palacio de La Moneda", "el presidente chileno"),
        ("Palacio Quemado", "el presidente boliviano"),
        ("Palacio de Carondelet|Carondelet", "el presidente ecuatoriano"),
    )
    for seat in seats.split("|")
}
# Someone's words, standing for them: "sus palabras", "his remarks".
_WORDS_OF_SOMEONE = re.compile(
    r"(?i:sus|su|his|her)[ \t]+(?:(?i:propias|own)[ \t]+)?(?i:palabras|declaraciones|dichos"
    r"|words|remarks|comments)"
)
# Words the article talks about, which credit no one by themselves: "Estas declaraciones".
_THESE_WORDS = re.compile(
    r"(?i:estas|esas|dichas|tales|these|those|such)[ \t]+(?i:palabras|declaraciones"
    r"|afirmaciones|expresiones|words|remarks|comments|statements)"
)

# Something of someone's, which is what a verb acts on, never who speaks: "el sentido de
# sus palabras", "the tone of his remarks".
_SOMETHING_OF_THEIRS = re.compile(
    r"(?i:el|la|los|las|the)[ \t]+[a-záéíóúñ]+[ \t]+(?i:de|of)[ \t]+(?i:sus?|his|her|its|their)\b"
)


def _last_person_named(at: int, text: str, persons: Sequence[_Person]) -> str | None:
    """The person (by full name) the text names last before offset ``at``, within a few
    sentences; None when it names none."""
    last_seen = _last_mentions(at, text, persons)
    if not last_seen:
        return None
    return _fuller(max(last_seen, key=last_seen.__getitem__), persons, text)


def _last_mentions(at: int, text: str, persons: Sequence[_Person]) -> dict[str, int]:
    """Where, within a few sentences before offset ``at``, the text last names each person
    it names by full name."""
    window = text[max(0, at - _MAX_REFERENT) : at]
    last_seen: dict[str, int] = {}
    for person in persons:
        if len(person.words) < 2:
            continue
        starts = [m.start() for m in re.finditer(re.escape(person.name), window)]
        if starts:
            last_seen[person.name] = starts[-1]
    return last_seen


# A document named with whoever issued it: "a statement from the Ministry of X", "un
# informe de la Comisión Económica", "el comunicado del Gobierno".
# A body named in lower case, as Spanish writes "el gobierno argentino".
_BODY_WORD = r"(?i:gobierno|government|cancillería|ministerio|ministry|presidencia|presidency)"
_DOCUMENT_FROM = re.compile(
    r"(?i:a|an|the|un|una|el|la)[ \t]+(?:[\w-]+[ \t]+)?(?i:statement|communiqu[eé]|release"
    r"|report|comunicado|nota|declaración|informe)(?:[ \t]+(?i:oficial|official|escrit[oa]"
    r"|breve|diplomátic[oa]))?[ \t]+(?:(?i:from|by|of|de)[ \t]+|(?P<del>(?i:del))[ \t]+)"
    rf"(?P<who>[A-ZÁÉÍÓÚÑ].{{1,80}}|(?i:la|el|los|las|the)[ \t]+[A-ZÁÉÍÓÚÑ].{{1,80}}"
    rf"|{_BODY_WORD}[ \t]+.{{1,80}}|{_BODY_WORD})"
)
# "Este último le aseguró", "the former said": one of the two people named just before.
_LATTER_OR_FORMER = re.compile(
    r"(?i:(?P<latter>(?:este|esta|el|la)[ \t]+últim[oa]|the[ \t]+latter|[ée]ste|[ée]sta)"
    r"|(?:el|la)[ \t]+primer[oa]|the[ \t]+former)"
)


def _last_two(at: int, text: str, persons: Sequence[_Person]) -> tuple[str, str] | None:
    """The last two people the text names (by full name) before offset ``at``, in the
    order it names them; None when it names fewer than two within a few sentences."""
    last_seen = _last_mentions(at, text, persons)
    if len(last_seen) < 2:
        return None
    first, second = sorted(last_seen, key=last_seen.__getitem__)[-2:]
    return first, second


def _one_of_last_two(at: int, text: str, persons: Sequence[_Person], *, latter: bool) -> str | None:
    """The later (or earlier) of the last two people the text names before offset ``at``;
    None when it names fewer than two."""
    two = _last_two(at, text, persons)
    if two is None:
        return None
    return two[1] if latter else two[0]


def _nearest_of_that_country(
    speaker: str, text: str, persons: Sequence[_Person], at: int, *, any_word: bool = False
) -> _Person | None:
    """The person last mentioned before offset ``at`` whom the article describes by the
    nationality a phrase gives ("el jefe de la diplomacia española" for "su homólogo
    español, José Manuel Albares"; "el alemán" for "el ministro alemán, Heiko Maas"); the
    first one after when none comes before."""
    qualifier = _qualifier(speaker)
    if not qualifier:
        return None
    found = [
        (mention.start(), person)
        for person in persons
        if len(person.words) > 1
        for mention in re.finditer(re.escape(person.name), text)
        if (any if any_word else all)(
            _holds(q, _role_phrase(text, mention.start(), mention.end())) for q in qualifier
        )
    ]
    before = [(start, person) for start, person in found if start < at]
    if before:
        return max(before, key=lambda found: found[0])[1]
    return min(found, key=lambda found: found[0])[1] if found else None


# Nouns for a body, not a person: "the Algerian presidency", "el palacio presidencial".
_BODY_NOUNS = _vocabulary(
    "presidency presidencia palace palacio house casa administration administración "
    "government gobierno ministry ministerio embassy embajada"
)
# "the statement said", "señala el comunicado": the text that speaks for someone.
_DOCUMENT_WORDS = _vocabulary(
    "statement communiqué release comunicado nota declaración boletín letter carta mensaje "
    "message texto comunicación"
)
_DOCUMENTS_PATTERN = (
    r"(?i:statement|communiqué|release|comunicado|nota|declaración|boletín|letter|carta"
    r"|mensaje|message|texto|comunicación)"
)
# A time of day is never who issued a document: "el texto difundido por la tarde".
_TIME_OF_DAY = (
    r"(?!(?i:la|el|the)[ \t]+(?:mañana|tarde|noche|madrugada|mediodía|morning|evening)\b)"
)
# Who issued a document the article introduces: "En un mensaje oficial, firmado por X y Y",
# "a letter signed by X", "X difundió un comunicado". A definite one ("el comunicado emitido
# por Guyana") may be another party's, so only an indefinite one counts.
_DOCUMENT_BY = re.compile(
    rf"(?i:un|una|a|an)[ \t]+(?:\w+[ \t]+)?{_DOCUMENTS_PATTERN}(?:[ \t]+\w+)?,?[ \t]+"
    r"(?i:firmad[oa]|emitid[oa]|difundid[oa]|publicad[oa]|enviad[oa]|suscrit[oa]|signed"
    rf"|issued|released|sent)[ \t]+(?i:por|by)[ \t]+{_TIME_OF_DAY}(?P<who>[^,.;:“”\"«»\n]{{2,80}})"
)
_ISSUES_DOCUMENT = re.compile(
    r"(?P<who>[A-ZÁÉÍÓÚÑ][^.;:!?\n“”\"«»]{1,80}?)[ \t]+(?i:emitió|difundió|publicó|envió"
    r"|remitió|issued|released|sent|published)[ \t]+(?i:un|una|a|an)[ \t]+(?:\w+[ \t]+)?"
    rf"{_DOCUMENTS_PATTERN}\b"
)
# Whoever issued it, named before: "Cuba's foreign ministry said in a statement."
_ISSUING_VERBS = (
    r"said|announced|reported|stated|warned|condemned|rejected|denied|expressed|dijo|informó"
    r"|señaló|anunció|indicó|afirmó|explicó|denunció|expresó|manifestó|advirtió|rechazó"
    r"|condenó|criticó|aseguró|sostuvo|destacó|subrayó|reiteró|lamentó|exigió|pidió"
)
_ISSUED_IN = re.compile(
    r"(?P<who>[A-ZÁÉÍÓÚÑ][^.;:!?\n“”\"«»]{1,80}?)[ \t]+"
    rf"(?i:{_ISSUING_VERBS})(?:[ \t]+[^.;:!?\n“”\"«»]{{1,40}}?)?[ \t]+"
    r"(?i:in|en|a[ \t]+través[ \t]+de|mediante)[ \t]+(?i:a|an|un|una)[ \t]+(?:\w+[ \t]+)?"
    r"(?i:statement|communiqué|release|comunicado|nota|declaración|boletín)\b"
    # "En un comunicado, la Cancillería de X expresó": the document first
    r"|(?i:en|in)[ \t]+(?i:un|una|a|an)[ \t]+(?:\w+[ \t]+)?(?i:statement|communiqué|release"
    r"|comunicado|nota|declaración|boletín)[^,.;:!?\n]{0,40},[ \t]+(?P<first>(?i:el|la|los|las"
    r"|the)?[ \t]*[A-ZÁÉÍÓÚÑ][^.;:!?\n“”\"«»,]{1,80}?)[ \t]+"
    rf"(?i:{_ISSUING_VERBS})\b"
)


# The same, the verb first: "informó la Cancillería peruana en un comunicado".
_ISSUED_IN_AFTER = re.compile(
    r"(?i:dijo|informó|señaló|anunció|indicó|afirmó|explicó|comunicó|precisó|detalló)[ \t]+"
    rf"(?P<who>(?i:el|la|los|las)[ \t]+(?:[A-ZÁÉÍÓÚÑ]|{_BODY_WORD}\b)"
    r"[^.;:!?\n“”\"«»,]{0,80}?)[ \t]+"
    r"(?i:en|a[ \t]+través[ \t]+de|mediante)[ \t]+(?i:un|una)[ \t]+(?:\w+[ \t]+)?"
    r"(?i:comunicado|nota|declaración|boletín)\b"
)
# A document named with who issued it: "un comunicado difundido por el Ministerio de X".
_DOCUMENT_WITH_ISSUER = re.compile(
    rf"(?:\w+[ \t]+)?(?:\w+[ \t]+)?{_DOCUMENTS_PATTERN}(?:[ \t]+\w+)?,?[ \t]+"
    r"(?i:firmad[oa]|emitid[oa]|difundid[oa]|publicad[oa]|enviad[oa]|suscrit[oa]|divulgad[oa]"
    r"|signed|issued|released|sent|published)[ \t]+(?i:por|by)[ \t]+"
    rf"{_TIME_OF_DAY}(?P<who>.{{2,80}})"
)
# The same after the words that name the document, in the text: "según una declaración
# emitida este sábado por la Presidencia chilena" (the speaker found was "una declaración
# emitida"): who issued it, a few words on.
_ISSUED_BY_AFTER = re.compile(
    r"(?:[ \t]+[^\s,.;:“”\"«»]+){0,4}?[ \t]+(?i:por|by)[ \t]+"
    rf"{_TIME_OF_DAY}(?P<who>(?:(?i:el|la|los|las|the)[ \t]+)?[A-ZÁÉÍÓÚÑ][\w'’.-]*"
    r"(?:[ \t]+(?:(?:de|del|of|for|la|las|los|the|y|and)[ \t]+)*[A-ZÁÉÍÓÚÑ][\w'’.-]*)*)"
)
_ISSUED_PARTICIPLE = _vocabulary(
    "emitido emitida difundido difundida publicado publicada firmado firmada enviado enviada "
    "issued released published signed sent"
)
# A document named in the text with its issuer after it, definite or not: "the press
# release from the Chilean Foreign Ministry", "el comunicado de la Cancillería".
_DOCUMENT_OF_IN_TEXT = re.compile(
    rf"(?i:the|a|an|el|la|un|una)[ \t]+(?:[\w-]+[ \t]+)?{_DOCUMENTS_PATTERN}[ \t]+"
    r"(?i:from|by|of|de|del)[ \t]+(?P<who>(?:(?i:the|el|la|los|las)[ \t]+)?[A-ZÁÉÍÓÚÑ][\w'’.-]*"
    r"(?:[ \t]+(?:(?:of|for|de|del|la|las|los|the|y|and)[ \t]+)*[A-ZÁÉÍÓÚÑ][\w'’.-]*)*)"
)
# A joint communiqué is credited as the phrase that names it (the corpus conventions).
_JOINT_DOCUMENT = re.compile(r"(?i:\bconjunt[oa]s?\b|\bjoint\b|[ \t](?:y|e|and)[ \t])")
# Words that say what kind of document it is, not whose: "la nota oficial", "the official
# statement", "el comunicado de prensa".
_DOCUMENT_KIND = _vocabulary(
    "oficial oficiales official written escrito escrita press prensa de escueto escueta breve "
    "brief short difundido difundida emitido emitida publicado publicada citado citada "
    "mencionado mencionada reciente recent latest"
)


# What a body is, before its own name: "la estatal X", "el diario Y", "the state-run Z".
_BODY_DESCRIPTORS = _vocabulary(
    "estatal diario periodico agencia cadena televisora emisora medio portal canal radio "
    "gubernamental newspaper daily agency broadcaster outlet state-run broadcaster network"
)
# A medium credited by name: "according to the Global New Light of Myanmar", "según el
# diario El Tiempo"; what "the state-run newspaper said" then stands for.
_MEDIUM_NOUNS = _vocabulary(
    "diario periódico periodico agencia cadena televisora emisora medio rotativo portal "
    "newspaper paper daily agency broadcaster outlet network media website organisation "
    "organization"
)
_ACCORDING_TO_MEDIUM = re.compile(
    r"(?i:according[ \t]+to|según)[ \t]+(?:(?i:the|el|la)[ \t]+)?(?:(?:diario|periódico"
    r"|agencia|cadena|televisora|emisora|newspaper|daily|agency|broadcaster)[ \t]+)?"
    r"(?P<name>[A-ZÁÉÍÓÚÑ][\w'’.-]*(?:[ \t]+(?:(?:of|the|de|del|la|el)[ \t]+)*"
    r"[A-ZÁÉÍÓÚÑ][\w'’.-]*)*)"
)
_ACCORDING_TO_DOCUMENT = re.compile(
    r"(?i:according[ \t]+to|según)[ \t]+(?P<document>(?i:a|an|un|una|the|el|la)[ \t]+"
    r"[^,.;:“”\"«»\n]{0,60}?(?i:statement|communiqué|comunicado|nota|declaración))\b"
)


def _body_referred_to(speaker: str, at: int, text: str) -> str | None:
    """Who a definite description stands for: "the statement" for whoever said something
    "in a statement" just before, "the ministry" for the Ministry of … named before; the
    name of a body without its article ("The Ministry of Foreign Affairs" -> "Ministry of
    Foreign Affairs"). None when the speaker is no such description."""
    issuer = _DOCUMENT_WITH_ISSUER.fullmatch(speaker.strip())
    if issuer is not None and not _JOINT_DOCUMENT.search(speaker):
        return _body_name(issuer["who"])  # "un comunicado difundido por el Ministerio de X"
    words = speaker.split()
    if len(words) < 2 or fold(words[0]) not in _DETERMINERS:
        return None
    kind = [fold(w) for w in words[1:]]
    documents = [i for i, w in enumerate(kind) if w in _DOCUMENT_WORDS]
    if documents and all(w in _DOCUMENT_KIND for i, w in enumerate(kind) if i != documents[0]):
        words = [words[0], words[1 + documents[0]]]  # "la nota oficial": whose is it?
    head = fold(words[1])
    if head in _DOCUMENT_WORDS and len(words) > 2:
        return speaker  # "el parte de prensa de la oficina de X": the document and its issuer
    if len(words) == 2 and head in _DOCUMENT_WORDS:
        window = max(0, at - _MAX_REFERENT)
        issued = [
            *_ISSUED_IN.finditer(text, window, at),
            *_ISSUED_IN_AFTER.finditer(text, window, at),
            *_DOCUMENT_BY.finditer(text, window, at),
            *_DOCUMENT_OF_IN_TEXT.finditer(text, window, at),
            *(
                found
                for found in _ISSUES_DOCUMENT.finditer(text, window, at)
                if _names_an_issuer(found["who"])
            ),
        ]
        issued.sort(key=lambda found: found.start())
        according = [
            found
            for found in _ACCORDING_TO_DOCUMENT.finditer(text, window, at)
            if found["document"].strip().casefold() != speaker.strip().casefold()
        ]  # "Según la nota, …": the speaker's own words name no issuer
        if according and (not issued or according[-1].start() > issued[-1].start()):
            return according[-1]["document"]  # "According to an Indian government statement"
        if issued and issued[-1].re is _DOCUMENT_BY:
            # "firmado por los copresidentes X y Y": the names, without their titles
            who = issued[-1]["who"].strip()
            return re.sub(r"^(?:[a-záéíóúñ]+[ \t]+)+(?=[A-ZÁÉÍÓÚÑ])", "", who)
        if issued:
            latest = issued[-1]
            if latest.re is _DOCUMENT_OF_IN_TEXT:
                return _body_name(latest["who"])  # "the press release from the X Ministry"
            who = (latest.groupdict().get("first") or latest["who"] or "").strip()
            pieces = re.split(r",[ \t]*", who)
            clause = pieces[-1]
            if (
                len(pieces) > 1
                and any(fold(w) in ORG_HEADS for w in pieces[-2].split())
                and all(w[0].isupper() or fold(w) in _CONNECTORS for w in clause.split())
            ):
                # "El Ministerio de Asuntos Exteriores, Unión Europea y Cooperación": one
                # body whose name lists its portfolios, not a second one
                clause = f"{pieces[-2]}, {clause}"
            return _body_name(clause)
        return None
    if fold(words[-1].strip(",")) in _MEDIUM_NOUNS and all(w.islower() for w in words):
        # "the state-run newspaper said" after "according to the Global New Light of X"
        media = list(_ACCORDING_TO_MEDIUM.finditer(text, max(0, at - _MAX_REFERENT), at))
        if media:
            return media[-1]["name"].rstrip(".")
    described = [i for i, w in enumerate(words) if w.islower() and fold(w) in _BODY_DESCRIPTORS]
    if described and "," not in speaker:
        # "la estatal Venezolana de Televisión (VTV)", "el diario griego Kathimerini", "the
        # official Israeli broadcaster Kan": the body's own name after what it is
        lead = described[-1] + 1
        while lead < len(words) and words[lead].islower():
            lead += 1
        if lead < len(words) and all(
            w[0].isupper() or fold(w) in _CONNECTORS or w.startswith("(") for w in words[lead:]
        ):
            return " ".join(words[lead:])
    if len(words) == 3 and words[1].islower() and fold(words[2]) in ORG_HEADS:
        # "the foreign ministry" after "Jordan's foreign ministry said"
        modified = [
            name
            for found in _PREMODIFIED.finditer(text, max(0, at - _MAX_REFERENT), at)
            if fold(found["head"]) == fold(words[2])
            and fold(words[1]) in fold(found.group(0))
            and len((name := _body_name(found.group(0))).split()) > 2
        ]
        if modified:
            return modified[-1]
    head, last = words[1].casefold(), words[-1].casefold().strip("().")
    if words[1][0].isupper() and (head in ORG_HEADS or last in ORG_HEADS or last in ORG_TAILS):
        return " ".join(words[1:])  # "la Cancillería peruana", "the French Interior Ministry"
    if head in ORG_HEADS or head in ORG_TAILS:
        rest = words[1:]
        if all(w[0].isupper() or fold(w) in _CONNECTORS for w in rest):
            return " ".join(rest)  # "The Ministry of Foreign Affairs": the body's own name
        if len(words) == 2:
            named = list(
                re.finditer(
                    rf"\b{re.escape(words[1].capitalize())}(?:[ \t]+(?:of|de|del|for|"
                    rf"the|la|las|los|y|and)|[ \t]+[A-ZÁÉÍÓÚÑ][\w'’-]*)+",
                    text[max(0, at - _MAX_REFERENT) : at],
                )
            )
            if named:
                return _body_name(named[-1].group(0))
            modified = [
                name
                for found in _PREMODIFIED.finditer(text, max(0, at - _MAX_REFERENT), at)
                if fold(found["head"]) == fold(words[1])
                and len((name := _body_name(found.group(0))).split()) > 1
            ]
            if modified:
                return modified[-1]  # "Mexico's foreign ministry said" before "the ministry"
    return None


_SAME_SOURCES = re.compile(
    r"(?i:the|las|los|these|those|estas|esas)(?:[ \t]+(?i:same|mismas|citadas))?[ \t]+"
    r"(?i:sources|fuentes)"
)
# "diplomatic sources in Athens", "sources close to the minister", "fuentes diplomáticas
# en Atenas", "fuentes cercanas a la Presidencia": a group of sources as the article first
# describes them.
_SOURCES = re.compile(
    r"(?:\b(?P<adj>(?:[a-z][\w-]*[ \t]+){0,2})sources(?P<where>[ \t]+(?:in|at|from|close[ \t]+to"
    r"|familiar[ \t]+with)[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*)?"
    r"|\bfuentes(?P<adj_es>(?:[ \t]+[a-záéíóúñ]+(?:as|es))?)(?P<where_es>[ \t]+(?:de|del|en"
    r"|cercanas[ \t]+(?:a|al))[ \t]+(?:(?:la|el|los|las)[ \t]+)?[A-ZÁÉÍÓÚÑ][\w'’-]*"
    r"(?:[ \t]+(?:de[ \t]+)?[A-ZÁÉÍÓÚÑ][\w'’-]*)*)?)"
)


def _sources_referred_to(speaker: str, at: int, text: str) -> str | None:
    """The group "the sources" or "las mismas fuentes" stands for: the sources as the
    article described them last before offset ``at`` ("diplomatic sources in Athens"); None
    when the speaker is no such phrase or the article described none."""
    if not _SAME_SOURCES.fullmatch(speaker.strip()):
        return None
    best: str | None = None
    for found in _SOURCES.finditer(text, max(0, at - 2 * _MAX_REFERENT), at):
        adjectives = [
            w
            for w in (found["adj"] or "").split()
            if fold(w) not in _FOLDED_STOPWORDS and fold(w) not in ("same", "such", "other")
        ]
        if adjectives or found["where"]:
            best = " ".join([*adjectives, "sources", *(found["where"] or "").split()])
        elif found["adj_es"] or found["where_es"]:
            best = " ".join(found.group(0).split())
    return best


# "ambos mandatarios", "ambas autoridades", "los dos presidentes", "both leaders": the two
# people the article just named together.
_BOTH = re.compile(
    r"(?i:ambos|ambas|los[ \t]+dos|las[ \t]+dos|both|the[ \t]+two)(?:[ \t]+[a-záéíóúñ]+){0,2}"
)
_PAIR = re.compile(
    rf"(?<![\w])({_CAPITALISED}(?:[ \t]+{_CAPITALISED}){{0,2}})[ \t]+(y|e|and)[ \t]+"
    rf"({_CAPITALISED}(?:[ \t]+{_CAPITALISED}){{0,2}})(?=[ \t]+[a-záéíóúñ]|[,.])"
)


def _last_pair(at: int, text: str) -> tuple[str, str, str] | None:
    """The last two people named together before offset ``at`` ("Petro y Maduro trataron"),
    as (first, joiner, second); None when no pair of names stands there."""
    pairs = [
        found
        for found in _PAIR.finditer(text, max(0, at - _MAX_REFERENT), at)
        if not any(fold(part) in _PLACE_NAMES for part in (found.group(1), found.group(3)))
    ]
    if not pairs:
        return None
    last = pairs[-1]
    return last.group(1), last.group(2), last.group(3)


def _with_place_named(who: str, text: str, persons: Sequence[_Person]) -> str:
    """A body credited without its country ("Fuerzas Armadas", "Gobierno") by the one name
    the article prints with a country after it ("Fuerzas Armadas de Honduras"); as it is
    when the article prints none or several, and for a person."""
    words = who.split()
    if not 1 <= len(words) <= 4 or not words[0][0].isupper() or who.isupper():
        return who
    if not all(w[0].isupper() or fold(w) in _CONNECTORS for w in words):
        return who
    if any(p.words == _words(who) for p in persons) or is_given_name(words[0]):
        return who  # a person's name, not a body's
    if fold(words[-1]) in _PLACE_NAMES or any(fold(w) in ("de", "del", "of") for w in words):
        return who  # "Gobierno de Chile" already says whose
    fuller = {
        found.group(0)
        for found in re.finditer(
            rf"(?<![\w]){re.escape(who)}[ \t]+(?:de|del)[ \t]+(?:(?:la|el|los|las)[ \t]+)?"
            rf"({_CAPITALISED}(?:[ \t]+{_CAPITALISED})?)",
            text,
        )
        if fold(found.group(1)) in _PLACE_NAMES
    }
    return fuller.pop() if len(fuller) == 1 else who


def _with_country_named(body: str, text: str) -> str:
    """A body named with a nationality ("Ministerio de Exteriores malasio") by the name the
    article also prints with its country ("Ministerio de Exteriores de Malasia"), the one an
    analyst files it under; as it is when the article prints no such name."""
    words = body.split()
    if len(words) < 2 or not words[-1].islower() or len(words[-1]) < 4:
        return body
    if not any(fold(w) in ORG_HEADS or fold(w) in ORG_TAILS for w in words[:-1]):
        return body
    base = " ".join(words[:-1])
    stem = _stem(fold(words[-1]))
    for found in re.finditer(
        rf"{re.escape(base)}[ \t]+(?:de|del)[ \t]+(?:(?:la|el|los|las)[ \t]+)?"
        rf"({_CAPITALISED}(?:[ \t]+{_CAPITALISED})?)",
        text,
    ):
        if fold(found.group(1)).startswith(stem[:4]):
            return found.group(0)
    return body


# A body named by the words before its head: "Mexico's foreign ministry", "the Saudi Foreign
# Ministry", "el Ministerio" aside (Spanish names a body after its head).
_PREMODIFIED = re.compile(
    r"(?<![\w'’])(?:[A-Z][\w'’.-]*[ \t]+)+(?:[a-z]+[ \t]+)?(?P<head>ministry|government|office"
    r"|embassy|presidency|Ministry|Government|Office|Embassy|Presidency)\b"
)


def _names_an_issuer(phrase: str) -> bool:
    """Whether the words before "issued a statement" name who issued it ("El Gobierno de X",
    "Cuba's foreign ministry"), not an impersonal "También se" or an adverb."""
    words = [fold(w) for w in phrase.split()]
    if not words or words[-1] in ("se", "le", "les", "no", "ya", "it", "they"):
        return False
    if words[0] in _FOLDED_STOPWORDS and not (len(words) > 1 and words[0] in _DETERMINERS):
        return False
    return any(w[0].isupper() for w in phrase.split()[1:] or phrase.split())


def _spelled_out(speaker: str, text: str) -> str | None:
    """An acronym's full name as the article introduced it: "Venezolana de Televisión
    (VTV)" for "VTV"; None for anything that is no acronym or was never spelled out."""
    speaker = re.sub(r"^(?i:el|la|los|las|the)[ \t]+", "", speaker.strip())  # "la CNA"
    if not re.fullmatch(r"[A-ZÁÉÍÓÚÑ]{2,8}", speaker):
        return None
    found = re.search(
        rf"((?:[A-ZÁÉÍÓÚÑ][\w'’-]*[ \t]+(?:(?:de|del|la|las|los|y|of|the|and|for)[ \t]+)*)+)"
        rf"\({re.escape(speaker)}\)",
        text,
    )
    if found is None:
        return None
    name = re.sub(r"^(?:El|La|Los|Las|The)[ \t]+", "", found.group(1).strip())  # sentence-initial
    return f"{name} ({speaker})"


def _body_name(phrase: str) -> str:
    """A body's name without an article or a connector left at its end."""
    words = phrase.split()
    while words and fold(words[0]) in _DETERMINERS:
        words.pop(0)
    while words and fold(words[-1]) in _CONNECTORS:
        words.pop()
    return " ".join(words)


def _is_demonym_referent(speaker: str) -> bool:
    """Whether a speaker is a determiner and one or two lower-case words, the way an article
    names someone already introduced by their country or side ("el alemán", "la chilena",
    "the Briton", "el socialista español")."""
    words = speaker.split()
    bodies = _DOCUMENT_WORDS | _BODY_NOUNS
    return (
        2 <= len(words) <= 3
        and fold(words[0]) in _DETERMINERS
        and fold(words[0]) not in ("los", "las")  # "las autoridades estadounidenses": many
        and (all(w.islower() for w in words[1:]) or (len(words) == 2 and fold(words[0]) == "the"))
        and not any(fold(w) in bodies for w in words[1:])
        and not any(fold(w) in _FUNCTION_WORDS or fold(w) in _CONNECTORS for w in words[1:])
        and not any(w.casefold() in ORG_HEADS or w.casefold() in ORG_TAILS for w in words[1:])
    )


def _with_second_surname(name: str, text: str) -> str:
    """``name`` with the one second surname the article prints after it somewhere ("José
    Ramiro Ocaña" -> "José Ramiro Ocaña Vidal"), else as it is."""
    second = {
        found.group(1)
        for found in re.finditer(
            rf"{re.escape(name)}[ \t]+((?:de[ \t]+)?{_CAPITALISED})(?=[,.;)]|[ \t]+[a-z(])", text
        )
        if not _not_a_given_name(found.group(1).split()[-1])
    }  # "Xiomara Castro de Zelaya", a married name; not "Castro de Honduras"
    return f"{name} {second.pop()}" if len(second) == 1 else name


def _is_name_run(phrase: str) -> bool:
    """Capitalised words only (with a name's particles): "Albares", "José Manuel Albares"."""
    words = phrase.split()
    return (
        0 < len(words) <= 5
        and words[0][0].isupper()
        and fold(words[0]) not in _DETERMINERS
        and all(w[0].isupper() or fold(w) in ("de", "del", "la", "van", "von") for w in words)
    )


def _subject_of_clause(speaker: str) -> str | None:
    """The name a clause opens with when a clause took the speaker's place: "Brewster hizo
    el anuncio y" -> "Brewster", "Albares y Cameron no cierran el acuerdo pero" ->
    "Albares y Cameron", "Tsipras también" -> "Tsipras"; None for anything else."""
    words = speaker.split()
    if len(words) < 2 or fold(words[-1]) not in _CLAUSE_ENDS:
        return None
    run: list[str] = []
    for word in words[:-1]:
        if word[0].isupper() or (run and fold(word) in ("y", "e", "and", "de", "del")):
            run.append(word)
        else:
            break
    while run and fold(run[-1]) in ("y", "e", "and", "de", "del"):
        run.pop()
    if not run or fold(run[0]) in _DETERMINERS or len(run) == len(words):
        return None
    return " ".join(run)


def _phrases_of(who: str, text: str) -> str:
    """The role phrases the article gives a person at each mention, folded, in one string."""
    return " ".join(
        _role_phrase(text, m.start(), m.end()) for m in re.finditer(re.escape(who), text)
    )


def _only_speaker(credited: Sequence[tuple[int, str]]) -> str | None:
    """The one person credited so far, when the article has quoted only one."""
    people = {who for _, who in credited if len(_words(who)) > 1 and not _ROLE.search(who)}
    return next(iter(people)) if len(people) == 1 else None


def _subject_before_quote(at: int, text: str, persons: Sequence[_Person]) -> str | None:
    """The person named as the subject of the sentence before offset ``at``."""
    subject = last_sentence_subject(text, max(0, at - _MAX_REFERENT), at)
    if subject is None:
        return None
    named = [p for p in persons if _contains(_words(subject), p.words)]
    return _fullest(named).name if named else None


def _fuller(name: str, persons: Sequence[_Person], text: str) -> str:
    """``name``, or a fuller form of it that the article gives ("César Arriola" -> "Julio
    César Arriola")."""
    words = _words(name)
    longer = [p for p in persons if len(p.words) > len(words) and _has_surname(p.words, words)]
    if longer:
        return _fullest(longer).name
    extended = [p for p in persons if len(p.words) == len(words) + 1 and p.words[:-1] == words]
    if len(words) > 1 and len({p.name for p in extended}) == 1:
        return extended[0].name  # "José Mulino" and "José Mulino Quintero": the second surname

    if len(words) > 1 and len(words[0]) == 1:  # "S. Jaishankar": an initial for a name
        spelled = [
            p
            for p in persons
            if len(p.words) == len(words)
            and p.words[1:] == words[1:]
            and p.words[0].startswith(words[0])
            and len(p.words[0]) > 1
        ]
        if spelled:
            return spelled[0].name
    return _fullest_in_text(words, text) or name if len(words) < 3 else name


def _fuller_of(
    name_words: tuple[str, ...], speaker: str, persons: Sequence[_Person], text: str
) -> str:
    """The person a speaker's trailing name stands for: a person whose surname it is, the
    fullest form the text prints, the one person whose given name it is when the family
    name comes first ("Xi" for "Xi Jinping"), or the name as printed without its title."""
    surname = [p for p in persons if _has_surname(p.words, name_words)]
    if surname:
        if _different_people(surname):
            # "Ibarra" when the case knows Tomás and Luis Ibarra: the one this article names,
            # or no guess at all
            named = [p for p in surname if p.name in text]
            if len(named) != 1 and _different_people(named or surname):
                return _untitled(speaker, name_words) or " ".join(
                    speaker.split()[-len(name_words) :]
                )
            surname = named or surname
        return _fuller(_fullest(surname).name, persons, text)
    fuller = _fullest_in_text(name_words, text)
    if fuller:
        return fuller
    if len(name_words) == 1:
        first = [p for p in persons if len(p.words) > 1 and p.words[0] == name_words[0]]
        if len({p.name for p in first}) == 1:
            return first[0].name
        if (given := _given_name_after(speaker, name_words[0], text)) is not None:
            return given
    return _trailing_name(speaker, name_words) or _untitled(speaker, name_words) or speaker


def _given_name_after(speaker: str, family: str, text: str) -> str | None:
    """A family name with the hyphenated given name the article prints after it ("Kang"
    -> "Kang Kyung-wha", "Wang" -> "Wang Yi-min"), the order of Korean and Chinese names;
    None when it prints no single such name."""
    word = next((w for w in reversed(speaker.split()) if fold(w).strip(".,") == family), None)
    if word is None:
        return None
    word = word.strip(".,")
    found = {
        m.group(0) for m in re.finditer(rf"\b{re.escape(word)}[ \t]+[A-Z][a-z]+-[a-z]+\b", text)
    }
    return found.pop() if len(found) == 1 else None


def _untitled(speaker: str, name_words: tuple[str, ...]) -> str | None:
    """The name in "President Trump", "el canciller González", "Mr Rutley" without its
    title, when only titles and determiners stand before it."""
    words = speaker.split()
    if len(words) <= len(name_words):
        return None
    raw_before = words[: -len(name_words)]
    before = [fold(w).strip(".,") for w in raw_before]
    if all(
        w in _ROLE_WORDS
        or w in _HONORIFICS
        or w in _DETERMINERS
        or _is_title_word(raw)
        or (
            any(b in _ROLE_WORDS for b in before)
            and (
                w in _OFFICE_WORDS
                or w in _PLACE_NAMES
                or w in _CONNECTORS
                or w in ("to", "ante")  # "Ambassador to Malaysia X"
            )
        )
        for w, raw in zip(before, raw_before, strict=True)
    ):  # "The Minister of Foreign Affairs of Ukraine Andriy Sybiha": the name
        return " ".join(words[-len(name_words) :])
    descriptive = all(w.islower() and w not in _CONNECTORS for w in before[1:])
    if before[0] in _DETERMINERS and descriptive and all(w.islower() for w in raw_before[1:]):
        return " ".join(words[-len(name_words) :])  # "el conservador Montenegro"
    return None


# English title words a role list does not hold: "Adviser Muhammad Yunus", "Presidential
# Aide X", and office initials ("PM", "CS", "FM").
_TITLE_WORDS = frozenset(["adviser", "advisor", "aide", "presidential", "cabinet", "deputy"])


def _is_title_word(word: str, *, nationality: bool = True) -> bool:
    """A capitalised word that says what someone is, not who: a title word, office initials,
    or a nationality ("Canadian", "Egyptian": a country's first letters and a demonym's end)."""
    folded = fold(word).strip(".,")
    if folded in _TITLE_WORDS or re.fullmatch(r"[A-Z]{2,3}", word):
        return True
    return nationality and is_demonym(word)


def _recent_holder(
    family: int, speaker: str, text: str, credited: Sequence[tuple[int, str]]
) -> str | None:
    """The last person credited before who holds the role ("dijo el presidente Irfaan Ali
    … , enfatizó el mandatario"), or for "the official", the last person credited of the
    nationality given if any."""
    qualifier = _qualifier(speaker)
    wanted = _ALSO.get(family, {family})
    for _, who in reversed(credited):
        if len(_words(who)) < 2:
            continue
        if (held := _ROLE.search(who)) is not None:
            # "A spokesman for the ministry said …" then "the spokesman said": the fuller
            # description credited before; any other unresolved role hands nothing on
            if _ROLE_OF[held.group(0).casefold()] in wanted and len(who) > len(speaker):
                return who
            continue
        phrases = " ".join(
            _role_phrase(text, m.start(), m.end()) for m in re.finditer(re.escape(who), text)
        )
        if family == _GENERIC:
            if all(_holds(q, phrases) for q in qualifier) and _agrees(speaker, phrases):
                return who
            continue
        roles = {_ROLE_OF[m.group(0).casefold()] for m in _ROLE.finditer(phrases)}
        # a counterpart holds the office of whoever they meet: "su homólogo marroquí X"
        # is then "el jefe de la diplomacia", with or without the nationality
        holds = roles & wanted or _is_counterpart(phrases)
        if holds and all(_holds(q, phrases) for q in qualifier) and _agrees(speaker, phrases):
            return who
    return None


# An office whose portfolio list the comma cut: "el ministro de Relaciones Exteriores,
# Comercio Internacional y Culto contó": the words before the comma.
_OFFICE_BEFORE_COMMA = re.compile(
    r"(?i:(?:el|la)[ \t]+(?:ministr[oa]|canciller|secretari[oa]|titular)[ \t]+(?:de|del)[ \t]+)"
    r"[^.;:!?\n,]{3,60},[ \t]*$"
)


_PORTFOLIO_WORDS = _OFFICE_WORDS | {"internacional", "culto", "y", "e", "de", "del", "and", "of"}


def _office_before(speaker: str, at: int, text: str) -> str | None:
    """The whole office a speaker phrase of portfolio words only belongs to ("Comercio
    Internacional y Culto" after "el ministro de Relaciones Exteriores,"); None otherwise."""
    words = speaker.split()
    if not words or not all(fold(w) in _PORTFOLIO_WORDS for w in words):
        return None
    where = text.rfind(speaker, 0, at + _MAX_REFERENT)
    if where < 0:
        return None
    office = _OFFICE_BEFORE_COMMA.search(text, max(0, where - 100), where)
    return office.group(0).rstrip(" \t,") if office else None


def _opens_on_verb(words: Sequence[str]) -> bool:
    """Whether a capitalised Spanish preterite opens the phrase: "Respondió Gustavo Petro"."""
    first = words[0].casefold() if words else ""
    return (
        len(words) > 1
        and words[0][0].isupper()
        and first.isalpha()
        and first.endswith(SPANISH_PAST_END)
        and first not in SPANISH_PAST_END
    )


def _without_opening(speaker: str) -> str:
    """A phrase that opens on when or how ("En 2022 López Obrador", "Respondió Gustavo
    Petro") without it: the name that follows it, or nothing when no name follows ("En
    ese sentido", "A esto", "El pasado") or the phrase is a clause ("Pese a ello")."""
    words = speaker.split()
    if not words:
        return speaker
    if speaker.strip().casefold() in _NOT_SPEAKERS:
        return ""
    first = fold(words[0])
    if first in _CLAUSE_OPENERS:
        return ""  # "Pese a ello -", "haya un conflicto diplomático entre ambos países y"
    if (
        first in ("ha", "han", "habia", "habian")
        and len(words) > 2
        and fold(words[1]).endswith(("ado", "ido"))
    ):
        return " ".join(words[2:])  # "han publicado medios dominicanos": who published it
    if first == "a" and (len(words) < 2 or fold(words[1]) not in _SPANISH_AFTER_A):
        return speaker  # "A spokesman for the FCDO": the English article
    opens = first in _OPENING_PREPOSITIONS or _opens_on_verb(words)
    if not opens:
        return speaker
    rest = words[1:]
    while rest and not (rest[0][0].isupper() and not rest[0][0].isdigit()):
        rest = rest[1:]  # "En 2022", "durante la apertura de la exposición"
    if first not in _OPENING_PREPOSITIONS:
        return " ".join(rest)  # "Respondió Gustavo Petro"
    return " ".join(rest) if len(rest) >= 2 and _is_name_run(" ".join(rest)) else ""


# A clause that ends on the subject of another: "The expulsions came after New Delhi",
# "La tensión creció después de que el Gobierno": who spoke is the subject after the joint.
_SUBORDINATE_SUBJECT = re.compile(
    r"[ \t](?:after|before|when|while|because|since|luego[ \t]+de[ \t]+que|después[ \t]+de[ \t]+que"
    r"|cuando|mientras|porque)[ \t]+(?P<who>(?:(?:the|el|la|los|las)[ \t]+)?[A-ZÁÉÍÓÚÑ][\w'’.-]*"
    r"(?:[ \t]+(?:(?:de|del|of)[ \t]+)?[A-ZÁÉÍÓÚÑ][\w'’.-]*)*)$"
)
_STOP_WITHOUT_SPACE = re.compile(r"[a-záéíóúñ]\.(?=[A-ZÁÉÍÓÚÑ][a-záéíóúñ])")


def _without_circumstance(speaker: str) -> str:
    """``speaker`` without when they spoke before it ("Este viernes el canciller X"), and cut
    before what tells how, where, when or to whom they spoke: the next
    sentence after a stop without its space ("Duda.En palabras de…"), a platform, a day, a
    medium or an occasion ("Díaz-Canel en Twitter", "Mondino en diálogo con LN+", "Lopez at a
    briefing"), a place ("el presidente Arce en Asunción", but not "la Embajada … en Lima"), and
    what trails a name (a clitic, a credit label, the verb itself: "Milei lo", "X said")."""
    if (lost := _STOP_WITHOUT_SPACE.search(speaker)) is not None:
        speaker = speaker[: lost.start() + 1]
    speaker = SAID_WHEN_FIRST.sub("", speaker, count=1)  # "Este viernes el canciller X"
    if (when := _SAID_WHERE_OR_WHEN.search(speaker)) is not None and when.start() > 0:
        speaker = speaker[: when.start()]
    place = _SAID_IN_PLACE.search(speaker)
    before_place = speaker[: place.start()] if place is not None else ""
    if before_place and not any(fold(w) in ORG_HEADS for w in before_place.split()):
        speaker = before_place
    while (junk := _TRAILING_JUNK.search(speaker)) is not None and junk.start() > 0:
        speaker = speaker[: junk.start()]
    return speaker


def _trimmed(speaker: str) -> str:
    """The speaker phrase without what is not the speaker: an account's wording, how, where,
    when or to whom they spoke (``_without_circumstance``), a clause or time word opening it
    (``_without_opening``), a leading conjunction ("but Pennington"), post-nominal letters
    ("David Rutley MP") and, before a closing relative pronoun, everything but its antecedent
    ("X said the government ended the 2016 agreement which" credits "the 2016 agreement")."""
    speaker = _without_opening(_without_circumstance(_ACCOUNT.sub("", speaker)))
    head, comma, description = speaker.partition(", ")
    if comma and _is_name_run(head) and len(head.split()) > 1 and _describes(description):
        speaker = head  # "Hans Köhler, Germany's trade commissioner": the name, not the post
    clause = _SUBORDINATE_SUBJECT.search(speaker)
    if clause is not None and any(
        w.islower() and fold(w) not in _ROLE_WORDS and fold(w) not in _DETERMINERS
        for w in speaker[: clause.start()].split()
    ):
        speaker = clause["who"]  # "The expulsions came after New Delhi": New Delhi said it
    both = re.match(r"(?i:tanto)[ \t]+(.+?)[ \t]+(?i:como)[ \t]+(.+)$", speaker)
    if both is not None:
        speaker = f"{both.group(1)} y {both.group(2)}"  # "Tanto X como Y coincidieron"
    both = re.match(r"(?i:both)[ \t]+(.+?)[ \t]+and[ \t]+(.+)$", speaker)
    if both is not None:
        speaker = f"{both.group(1)} and {both.group(2)}"  # "Both X and Y agreed"
    words = speaker.split()
    while len(words) > 1 and words[0].casefold() in _CONJUNCTIONS:
        words.pop(0)
    while len(words) > 1 and words[-1].strip(",") in _POST_NOMINALS:
        words.pop()
    while len(words) > 1 and fold(words[-1]) in _TRAILING_ADVERBS:
        words.pop()  # "the head of the Executive also", "el canciller también"
    possessor = next((i for i, w in enumerate(words) if w.endswith(("'s", "’s"))), None)
    if (
        possessor is not None
        and _is_name_run(" ".join(words[possessor + 1 :]))
        and words[-1].casefold() not in ORG_HEADS  # "Pashinyan's Office" spoke as a body
    ):
        del words[: possessor + 1]  # "South Korea's Kang": the person, not their country
    if (
        len(words) > 2
        and fold(words[-2]) in ("de", "of")
        and fold(words[-1]) in _PLACE_NAMES
        and words[-3][0].isupper()
        and fold(words[-3]) not in _ROLE_WORDS
        and fold(words[-3]) not in _OFFICE_WORDS  # "el Gobierno de Malasia": a body's name
        and words[-3].casefold() not in ORG_HEADS  # "la Cancillería de Chile"
    ):
        del words[-2:]  # "Mohamed VI de Marruecos": the king's name, not his kingdom
    if len(words) > 1 and fold(words[-1]) in _RELATIVES:
        words.pop()
        determiners = [i for i, word in enumerate(words) if fold(word) in _DETERMINERS]
        words = words[determiners[-1] :] if determiners else words
    return " ".join(words)


def _describes(phrase: str) -> bool:
    """Whether a phrase after a name's comma says what the person is ("Germany's trade
    commissioner", "ministro de Economía", "the head of the delegation"): a role word in it,
    or whose post it is."""
    words = _words(phrase)
    return bool(words) and (
        any(w in _ROLE_WORDS or w in TITLES for w in words) or "'s" in phrase or "’s" in phrase
    )


def _contains(words: tuple[str, ...], name: tuple[str, ...]) -> bool:
    """Whether the name's words stand in a row inside ``words`` (a full name in a phrase)."""
    if len(name) < 2 or len(name) > len(words):
        return False
    return any(words[i : i + len(name)] == name for i in range(len(words) - len(name) + 1))


def _has_surname(name: tuple[str, ...], tail: tuple[str, ...]) -> bool:
    """Whether ``tail`` is the person's surname(s): their words after the first ("Santos" in
    "Juan Manuel Santos Calderón", "Cleverly" in "James Cleverly")."""
    size = len(tail)
    name = tuple(_without_article(word) for word in name)
    tail = tuple(_without_article(word) for word in tail)
    return len(name) > size and any(
        name[i : i + size] == tail for i in range(1, len(name) - size + 1)
    )


def _without_article(word: str) -> str:
    """An Arabic surname without its article, as later mentions drop it: "al-shaibani"."""
    for article in ("al-", "el-", "ad-", "as-", "ash-", "ar-"):
        if word.startswith(article) and len(word) > len(article) + 2:
            return word[len(article) :]
    return word


def _different_people(candidates: Sequence[_Person]) -> bool:
    """Whether the candidates name two people: not each a shorter form of the fullest
    ("Lula da Silva" of "Luiz Inácio Lula da Silva"), but "Tomás Ibarra" and "Luis Ibarra"."""
    fullest = _fullest(candidates).words if candidates else ()
    return any(not _shorter_form(p.words, fullest) for p in candidates)


def _shorter_form(words: tuple[str, ...], fullest: tuple[str, ...]) -> bool:
    """Whether ``words`` name the person of ``fullest`` more briefly, its words in order:
    "Juan Hernández" of "Juan Orlando Hernández", "Claudia Sheinbaum" of "Claudia Sheinbaum
    Pardo"; not "Luis Ibarra" of "Tomás Ibarra"."""
    if not words:
        return False
    remaining = iter(fullest)
    return all(word in remaining for word in words)


def _fullest(candidates: Sequence[_Person]) -> _Person:
    return max(candidates, key=lambda p: len(p.words))


# Given names before a surname, a nickname in quotation marks among them ("Luiz Inácio
# “Lula” da Silva").
_NAME_BEFORE = (
    r"(?:[\"“‘«]?[A-ZÁÉÍÓÚÑ][\w'’.-]+[\"”’»]?[ \t]+(?:(?:de|del|van|von|da|dos|la)[ \t]+)?){1,3}"
)


@lru_cache(maxsize=4)
def _folded(text: str) -> str:
    """An article folded once, however many speakers look through it, one character for
    one: a character that folds to several ("″", "ß") stays as it is, so offsets hold."""
    folded = fold(text)
    if len(folded) == len(text):
        return folded
    return "".join(f if len(f := fold(ch)) == 1 else ch for ch in text)


_PARTICLES = frozenset(["de", "del", "van", "von", "da", "dos", "la"])
_NAMES_BEFORE = re.compile(rf"(?<![\w])(?:{_NAME_BEFORE})$", re.IGNORECASE)


def _fullest_in_text(tail: tuple[str, ...], text: str) -> str | None:
    """The longest "Given Names Surname" the text prints for a surname it credits, when no
    proposed person holds it (a first mention inside a caption or a list)."""
    folded = _folded(text)
    surname = r"[ \t]+".join(re.escape(w) for w in tail)
    best: str | None = None
    # The surname first, then the names before it: one pass over the article, not one
    # attempt at a run of names from every position of it.
    article = r"(?:(?:al|el|ad|as|ash|ar)-)?"  # "Al-Shaibani" for "Shaibani"
    for match in re.finditer(rf"(?<![\w-]){article}{surname}\b", folded, re.IGNORECASE):
        window_start = max(0, match.start() - _CONTEXT)
        names = _NAMES_BEFORE.search(folded, window_start, match.start())
        if names is None:
            continue
        given = [w.strip('"“”‘«»') for w in text[names.start() : match.start()].split()]
        given = [w for w in given if w]
        while given and not given[0][0].isupper():
            given.pop(0)  # "colega paraguayo Julio": the run matched case-blind
        ends = [i for i, word in enumerate(given) if len(word.rstrip(".")) > 1 and word[-1] == "."]
        # a title, an office or a country before the name, or a sentence ending: "U.S.
        # President Donald Trump", "…in Ethiopia. Abiy said"
        cut = [
            i
            for i, word in enumerate(given)
            if _not_a_given_name(word) and not (word in _PARTICLES and i == len(given) - 1)
        ] + ends  # a particle right before the surname belongs to it ("da Silva")
        given = given[max(cut) + 1 :] if cut else given
        while given and given[0].islower():
            given.pop(0)  # "presidenta de Claudia": the title's "de", no part of the name
        if not given or not all(w[0].isupper() or w in _PARTICLES for w in given):
            continue
        found = " ".join([*given, *text[match.start() : match.end()].split()])
        if best is None or len(found) > len(best):
            best = found
    return best


_FOLDED_STOPWORDS = frozenset(fold(word) for word in STOPWORDS)


def _not_a_given_name(word: str) -> bool:
    """A capitalised word before a name that belongs to a title, an office or a country:
    "U.S. President", "Home Affairs Minister", "Prof"."""
    folded = fold(word).strip(".,")
    return (
        folded in _HONORIFICS
        or folded in _ROLE_WORDS
        or folded in TITLES
        or folded in _OFFICE_WORDS
        or folded in _PLACE_NAMES
        or folded in _FOLDED_STOPWORDS  # "Según Albares": the sentence's first word
        or folded.endswith(("'s", "’s"))  # "South Korea's Kang": whose, not who
        or "." in folded  # "U.S."
        or (len(word) > 1 and word.isupper())  # an agency's acronym: "ATF Laura Kessler"
    )


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
    "Cleverly" in "Mr Cleverly", "Ramtane Lamamra" after "…de Relaciones Exteriores,"),
    honorifics, role words, offices and countries aside; () when there are none."""
    tail: list[str] = []
    last_clause = speaker.rsplit(",", 1)[-1]
    if not re.search(r"[^\W\d_]", last_clause):
        last_clause = speaker
    found = re.findall(r"[^\W\d_][\w'’-]*", last_clause)
    for at, word in reversed(list(enumerate(found))):
        folded = fold(word)
        if not word[0].isupper() or folded in _HONORIFICS or folded in _ROLE_WORDS:
            break
        if tail and _is_title_word(word, nationality=False):
            break  # "Adviser Muhammad Yunus", "CS Juma", "Canadian PM Trudeau"
        described = (
            not tail
            and at == len(found) - 1
            and at >= 2
            and found[at - 1].islower()
            and fold(found[at - 1]) not in _CONNECTORS
            and fold(found[at - 1]) not in ("en", "in", "a", "to", "from", "desde")
            and fold(found[0]) in _DETERMINERS
        )  # "el conservador Montenegro": a person described, whose surname is a country's
        if folded in _OFFICE_WORDS or word.casefold() in _OFFICE_WORDS:
            break  # "de Estado", "de la Cancillería": an office
        place = next(
            (n for n in range(len(tail), -1, -1) if " ".join([folded, *tail[:n]]) in _PLACE_NAMES),
            None,
        )
        if place is not None and not described:
            del tail[:place]  # "de Guyana", "de Estados Unidos": the country, all of it
            break
        if (
            at >= 2
            and fold(found[at - 1]) in ("y", "e", "and")
            and (fold(found[at - 2]) in _OFFICE_WORDS)
        ):
            return ()  # "de Relaciones Exteriores y Culto": an office's second portfolio
        tail.insert(0, folded)
    words = re.findall(r"[^\W\d_][\w'’-]*", last_clause)
    before = words[: len(words) - len(tail)]
    complement = tail and len(before) >= 2 and fold(before[-1]) in ("de", "del", "of")
    if complement and before[-2].islower() and fold(before[-2]) not in _ROLE_WORDS:
        return ()  # "la provincia de Tierra del Fuego": a place's name, not a person's
    return tuple(tail)


def _role_holder(
    family: int, speaker: str, at: int, text: str, persons: Sequence[_Person]
) -> _Person | None:
    """The person the article gives the speaker's role to, in the phrase that names them
    ("el presidente chileno, Gabriel Boric", "Boric, presidente de Chile"): those whose
    phrase also has the speaker's nationality ("chileno": "Chile") first, then the nearest
    mention before the quote, then the first after it."""
    qualifier = _qualifier(speaker)
    wanted = _ALSO.get(family, {family})
    role = _ROLE.search(speaker)
    # a generic office ("the minister") goes first to whoever the article calls by that word,
    # then to the specific office it also names ("secretary of state")
    said = fold(role.group(0)) if role and family in _ALSO else ""
    ranked: list[tuple[bool, bool, int, _Person]] = []
    for person in persons:
        if len(person.words) < 2:
            continue
        for mention in re.finditer(re.escape(person.name), text):
            phrase = _role_phrase(text, mention.start(), mention.end())
            roles = {_ROLE_OF[m.group(0).casefold()] for m in _ROLE.finditer(phrase)}
            national = all(_holds(q, phrase) for q in qualifier)
            counterpart = bool(qualifier) and national and _is_counterpart(phrase)
            if not (roles & wanted or counterpart) or not _agrees(speaker, phrase):
                continue
            if qualifier and not national and _names_a_country(phrase, qualifier):
                continue  # "el gobernante paraguayo" is not "el presidente de Bolivia, X"
            distance = at - mention.start() if mention.start() <= at else 10**6 + mention.start()
            # "the minister" is first the one called a minister, then a secretary of state
            ranked.append((not national, said not in phrase, distance, person))
    if not ranked:
        return None
    subject = _subject_before_quote(at, text, persons)
    holders = {person.name for *_, person in ranked}
    if subject is not None and subject in holders and not qualifier:
        # "El presidente de Cuba, X, agradeció … ordenado por el presidente de Y, Z. El
        # mandatario escribió: “…”": the one the story was about, not the last mention
        return next(person for *_, person in ranked if person.name == subject)
    return min(ranked, key=lambda r: (r[0], r[1], r[2]))[3]


def _names_a_country(phrase: str, qualifier: Sequence[str]) -> bool:
    """Whether a (folded) role phrase names a country other than the one ``qualifier`` stems
    point to: "el presidente de bolivia, " for "paraguayo"; not "de turquia" for "turco"
    (their first letters agree, as a demonym's and its country's do)."""
    words = re.findall(r"[^\W\d_]+", phrase)
    named = [
        " ".join(words[i : i + n])
        for n in (1, 2, 3)
        for i in range(len(words))
        if " ".join(words[i : i + n]) in _PLACE_NAMES
    ]
    stems = [stem for q in qualifier for stem in q.split("|")]
    return any(not any(name[:3] == stem[:3] for stem in stems) for name in named)


_COUNTERPART = re.compile(r"\b(?:par|pares|homolog[oa]s?|counterparts?|colegas?)\b")


def _is_counterpart(phrase: str) -> bool:
    """Whether a (folded) role phrase calls the person someone's counterpart ("su par de
    Paraguay"): they hold the same office as the one they meet, whatever it is."""
    return _COUNTERPART.search(phrase) is not None


_OF_COUNTRY = re.compile(
    r"[ \t]+(?:of|de|del)[ \t]+(?P<place>[A-ZÁÉÍÓÚÑ][\w'’-]+(?:[ \t]+[A-ZÁÉÍÓÚÑ][\w'’-]+)?)"
)


def _role_phrase(text: str, start: int, end: int) -> str:
    """The words that give a mentioned person their role, folded: a title right before the
    name ("el presidente chileno, ", "Foreign Secretary ") or an apposition right after it
    (", presidente de Chile,")."""
    after = _APPOSITION_AFTER.match(text, end)
    apposition = after.group(0) if after else ""
    if not any(fold(w) in _ROLE_WORDS for w in re.findall(r"[^\W\d_]+", apposition)[:3]):
        apposition = ""  # ", acerca de si Alemania …" goes on with the sentence, no role
    whose = _OF_COUNTRY.match(text, end)
    if whose is not None and fold(whose["place"]) in _PLACE_NAMES:
        apposition += f" de {whose['place']}"  # "Nicolás Maduro of Venezuela"
    title = _title_before(text, start)
    if title and ELLIPTIC_TITLE_BEFORE.search(text, max(0, start - 60), start):
        # "El presidente de Venezuela, X, y el de Guyana, Y": "el de Guyana" is the office
        # named before it in the sentence, of another country
        sentence = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
        offices = list(_ROLE.finditer(text, sentence, start))
        if offices:
            title = f"{offices[-1].group(0)} {title}"
    return fold(title + " " + apposition)


def _title_before(text: str, start: int) -> str:
    """Up to seven words right before offset ``start``, the last of them perhaps with a
    comma, and no clause break or joining word among them: "el presidente chileno, "."""
    window = text[max(0, start - 2 * _CONTEXT) : start]
    if not window or not window[-1].isspace():
        return ""
    window = window[window.rfind("\n") + 1 :]  # a headline above is no title of the name
    words = window.split()
    taken = 0
    for position, word in enumerate(reversed(words)):
        comma_allowed = position == 0
        bare = word.strip("()")  # "(Ejecutivo chino)": an office glossed in brackets
        if position == _MAX_LONG_TITLE_WORDS or not _TITLE_WORD.fullmatch(bare):
            break
        if position >= _MAX_TITLE_WORDS and not (
            bare[0].isupper() or fold(bare) in _CONNECTORS or fold(bare) in _ROLE_WORDS
        ):
            break  # past seven words, only an office's own name: "de la Oficina de …"
        if (word.endswith(",") and not comma_allowed) or fold(bare) in _TITLE_STOPS:
            break
        if _is_past_verb(bare):
            break  # "X hosted his Peruvian counterpart Y": X's title is not Y's
        taken += 1
    return " ".join(words[len(words) - taken :]) + " " if taken else ""


def _is_past_verb(word: str) -> bool:
    """Whether a lower-case word reads as a verb in the past: "hosted", "met", "recibió"."""
    if not word.islower():
        return False
    folded = fold(word)
    return (
        (len(word) > 4 and word.endswith("ed"))
        or folded in _ENGLISH_PAST_VERBS
        or (len(word) > 3 and word.endswith(SPANISH_PAST_END))
    )


_FEMININE_ROLES = _vocabulary(
    "presidenta mandataria ministra secretaria subsecretaria embajadora vocera "
    "jefa gobernadora alcaldesa senadora diputada vicepresidenta primera expresidenta "
    "exmandataria funcionaria diplomatica reina la"
)
_MASCULINE_ROLES = _vocabulary(
    "presidente mandatario ministro secretario subsecretario embajador vocero jefe "
    "gobernador alcalde senador diputado vicepresidente primer expresidente exmandatario "
    "funcionario diplomatico rey el"
)


def _gender(words: Sequence[str]) -> str | None:
    for word in words:
        if word in _FEMININE_ROLES:
            return "f"
        if word in _MASCULINE_ROLES:
            return "m"
    return None


_EPICENE = _vocabulary("autoridad persona figura fuente authority person")


def _agrees(speaker: str, phrase: str) -> bool:
    """Whether a role phrase's gender ("la mandataria") fits the words the article gives the
    person ("el presidente de Estados Unidos, …"): Spanish marks it, English does not."""
    said = _words(speaker)
    if any(w in _EPICENE for w in said):
        return True  # "la autoridad" may be a man: the noun, not the person, is feminine
    wanted = _gender([w for w in said if w in _ROLE_WORDS or w in ("el", "la")])
    found = _gender([w for w in _words(phrase) if w in _ROLE_WORDS])
    return wanted is None or found is None or wanted == found


# Nationalities whose first letters are not their country's ("ecuatoriano", Ecuador;
# "peruano", Perú; "British", the United Kingdom): each with the stems that find either.
_NATIONALITY_STEMS = {
    word: stems
    for words, stems in (
        ("ecuatoriano ecuatoriana ecuatorianos ecuatorianas", "ecuat|ecuad"),
        ("peruano peruana peruanos peruanas peruvian", "perua|peru|peruv"),
        ("britanico britanica britanicos british", "brit|reino unido|united kingdom"),
        ("ruso rusa rusos rusas", "ruso|rusa|rusia"),
        ("paquistani pakistani", "paqui|pakis"),
        ("turco turca turcos turkish", "turc|turq|turk"),
        ("griego griega griegos greek", "grie|grec|gree"),
        ("polaco polaca polish", "polac|polon|polis|polan"),
        ("holandes neerlandes dutch", "holan|neerl|paises bajos|netherl|dutch"),
        ("suizo suiza swiss", "suiz|swiss|switz"),
        ("iraqui iraki iraqi", "iraq|irak"),
        (
            "estadounidense norteamericano norteamericana",
            "estad|norteam|estados unidos|ee.uu|eeuu|ee. uu",
        ),
        ("filipino filipina filipinos", "filip|philip"),
        ("thai tailandes tailandesa", "thai|taila"),
        ("neozelandes neozelandesa", "neoze|nueva zelanda|new zealand"),
    )
    for word in words.split()
}


def _qualifier(speaker: str) -> list[str]:
    """The words of a role phrase that tell whose role it is ("chileno" in "el mandatario
    chileno", "Guyana" in "el presidente de Guyana"), as stems, offices aside; a stem may
    hold alternatives split by "|" (see ``_holds``)."""
    words = _words(speaker)
    kept = [w for w in words if w not in _ROLE_WORDS and w not in _OFFICE_WORDS and len(w) > 3]
    return [_NATIONALITY_STEMS.get(w, _stem(w)) for w in kept][:2]


def _holds(qualifier: str, phrase: str) -> bool:
    """Whether a (folded) role phrase holds a qualifier stem, or one of its alternatives."""
    return any(stem in phrase for stem in qualifier.split("|"))


def _stem(word: str) -> str:
    """A nationality's stem, so "chileno" finds "Chile" and "chilena": its first letters."""
    return word[: min(5, max(4, len(word) - 3))]  # "canadiense" -> "canad" (Canadá)
