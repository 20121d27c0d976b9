"""The tense of the verb a year-less date hangs on: "comenzó en abril", "began in April" said
in October mean the April gone; "se reunirán en mayo", "will meet in May" the one coming.

Only the clause before the date is read, nearest word first, and only a few words back: the
nearest verb or marker decides ("dijo que comenzará en abril" is the coming April).
"""

from __future__ import annotations

import datetime as dt
import re

from casefile.extract.date_periods import FUTURE, PAST, Context, shift

_CLAUSE_END = re.compile(r"[.;:!?\n]")
_WORD = re.compile(r"[^\W\d_]+(?:'[a-z]+)?|'ll")
_WORDS_BACK = 8
_LOOK_BACK = 80

_FUTURE = {
    "es": {"va", "van", "vamos", "prevé", "preve", "prevén", "planea", "planean", "prevista",
           "previsto", "programado", "programada", "programados", "espera", "esperan", "podría",
           "podrían", "deberá", "deberán"},
    "en": {"will", "'ll", "shall", "scheduled", "expected", "planned", "plans", "plan", "due",
           "going", "would", "could", "may", "might", "intends", "hopes", "aims", "upcoming",
           "should"},
}  # fmt: skip
_PAST = {
    "es": {"fue", "fueron", "hubo", "había", "habían", "hizo", "hicieron", "dijo", "dijeron",
           "tuvo", "tuvieron", "estuvo", "estuvieron", "detuvo", "detuvieron", "puso", "vino",
           "desde", "ha", "han", "dio", "dieron", "vio", "vieron", "quiso", "quisieron", "pudo",
           "pudieron", "supo", "supieron"},
    "en": {"was", "were", "had", "began", "begun", "came", "went", "took", "met", "held", "said",
           "made", "saw", "fell", "rose", "since", "did", "left", "found", "won", "lost", "sent",
           "led", "brought", "caught", "told", "paid", "built", "seized", "broke", "withdrew",
           "drew", "threw", "grew", "knew", "flew", "wrote", "spoke", "chose", "struck", "gave",
           "got", "ran", "stood", "understood", "kept", "felt", "meant", "sought", "fought",
           "thought", "bought", "taught", "became", "overtook", "undertook", "forgave", "froze",
           "swore", "tore", "wore", "woke", "rode", "arose", "shook", "sank", "sang"},
}  # fmt: skip
# Suffixes are read on lower-case words only: "Irán", "Ahmed" are names, not verbs.
_SPANISH_FUTURE_END = ("rá", "rán", "remos")
SPANISH_PAST_END = ("ó", "aron", "ieron")
# Irregular preterites and their compounds: "mantuvo", "propuso", "predijo", "intervino",
# "deshizo", "atrajo", "condujo", and their plurals ("mantuvieron" ends as "-ieron" does),
# and "-yeron" ("cayeron", "concluyeron", "leyeron").
_SPANISH_IRREGULAR_PAST_END = ("uvo", "dijo", "puso", "hizo", "vino", "trajo", "dujo",
                               "dijeron", "trajeron", "dujeron", "yeron")  # fmt: skip


def _word_tense(written: str, lang: str, *, first: bool) -> str | None:
    word = written.lower()
    if word in _FUTURE[lang]:
        return FUTURE
    if word in _PAST[lang]:
        return PAST
    if not (written.islower() or (first and written[1:].islower())):
        return None
    if lang == "es" and len(word) > 3:
        if word.endswith(_SPANISH_FUTURE_END):
            return FUTURE
        if word.endswith(SPANISH_PAST_END) or word.endswith(_SPANISH_IRREGULAR_PAST_END):
            return PAST
    if lang == "en" and len(word) > 4 and word.endswith("ed"):
        return PAST
    return None


def _listed(words: str) -> frozenset[str]:
    """A set of words written as one space-separated string, for readable word lists."""
    return frozenset(words.split())


# Verbs of intent: the infinitive after them is a plan, ahead of whatever tense they are in
# ("amenazó con imponer en noviembre", "promised to visit in June"), read by their stems.
_INTENT_STEMS = {
    "es": ("amenaz", "promet", "plane", "acord", "decid", "comprom", "propus", "propon",
           "pretend", "busc", "quier", "quis", "anunci", "prev", "esper", "intent", "prepar",
           "aspir", "ofreci", "ofrec", "convin", "conven"),
    "en": ("threaten", "promis", "plan", "agree", "decid", "pledg", "vow", "hope", "expect",
           "intend", "want", "aim", "propos", "offer", "prepar", "seek", "sought", "set"),
}  # fmt: skip
# Words in "-ar", "-er", "-ir" that are no infinitives ("militar", "ayer", "mujer").
_NOT_INFINITIVES = _listed(
    "militar popular nuclear similar particular regular singular titular familiar lugar hogar "
    "mar par bar azar pilar dólar dolar escolar solar polar ayer mujer poder taller alquiler "
    "placer deber menester"
)
_INFINITIVE_LINKS = frozenset(["con", "a", "de", "en", "por", "que"])
_ADVERBS = frozenset(["también", "tambien", "además", "ademas", "ya", "no", "incluso", "hoy"])
# A past participle ("elegido en abril", "firmado en marzo") that says the date is gone; after
# "será", "estará" or "va a ser" it is a plan ("será firmado en marzo").
_PARTICIPLE_END = ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas")
_NOT_PARTICIPLES = _listed(
    "estado estados partido partidos sentido senado mercado tratado tratados enviado enviada "
    "aliado aliados abogado soldado soldados pasado pasada lado mandado grado cuidado "
    "resultado resultados significado pecado vida salida llegada partida medida comida ida "
    "jornada embajada mirada entrada parada década"
)
_FUTURE_BE = frozenset(["será", "serán", "sera", "seran", "estará", "estarán", "sería", "serían"])


_DETERMINERS = frozenset(["the", "a", "an", "its", "their", "his", "her", "our", "this", "that"])


def _adjective(words: list[str], index: int, lang: str) -> bool:
    """Whether an English word in "-ed" follows a determiner, as an adjective does ("the
    flooded area", "a detailed plan"): no verb, so no tense."""
    return (
        lang == "en"
        and index > 0
        and words[index].lower().endswith("ed")
        and words[index - 1].lower() in _DETERMINERS
    )


def _intended(words: list[str], index: int, lang: str) -> bool:
    """Whether ``words[index]`` is an infinitive governed by a verb of intent, two words back
    at most ("amenazó con imponer", "acordaron reunirse", "promised to visit")."""
    word = words[index].lower()
    if lang == "es":
        bare = re.sub(r"(?:se|lo|la|le|les|los|las|nos)$", "", word)
        if not (
            words[index].islower()
            and len(bare) > 3
            and bare.endswith(("ar", "er", "ir"))
            and bare not in _NOT_INFINITIVES
        ):
            return False
        back = [w.lower() for w in words[max(0, index - 4) : index] if w.lower() not in _ADVERBS]
        if back and back[-1] in _INFINITIVE_LINKS:
            back = back[:-1]
        return bool(back) and back[-1].startswith(_INTENT_STEMS["es"])
    if index < 2 or words[index - 1].lower() != "to" or not words[index].islower():
        return False
    return words[index - 2].lower().startswith(_INTENT_STEMS["en"])


def _participle_tense(words: list[str], index: int, lang: str) -> str | None:
    """PAST for a Spanish past participle right before a date ("elegido en abril"), FUTURE
    after "será" ("será firmado en marzo"), None for any other word."""
    word = words[index]
    if lang != "es" or not word.islower() or len(word) < 6 or word in _NOT_PARTICIPLES:
        return None
    if not word.endswith(_PARTICIPLE_END):
        return None
    before = [w.lower() for w in words[max(0, index - 3) : index]]
    return FUTURE if any(w in _FUTURE_BE for w in before) else PAST


def verb_tense_before(
    ctx: Context,
    position: int,
    *,
    reach: int = _WORDS_BACK,
    at_comma: bool = False,
    governing: bool = True,
) -> str | None:
    """PAST, FUTURE or None: the tense the clause before ``position`` puts its verb in, read
    on its last ``reach`` words. With ``at_comma`` the clause also ends at a comma or a
    bracket, and a short reach finds only the verb that governs a date right after it ("se
    celebrará el 20 de diciembre", "was held on July 1"), not another clause's. With
    ``governing`` (the date stands right at ``position``) an infinitive after a verb of
    intent is a plan ahead ("amenazó con imponer en noviembre") and a participle right
    before it past ("elegido en abril"); without (words read after a date, "En abril, X
    propuso proceder"), only verbs count."""
    begin = max(0, position - _LOOK_BACK)
    before = ctx.text[begin:position]
    ends = list((_CLAUSE_OR_COMMA if at_comma else _CLAUSE_END).finditer(before))
    whole = bool(ends) or begin == 0  # the clause's first word is in view
    # the sentence's own first word, not one after a comma ("…, Rodó"): "Llegó el 3 de mayo"
    opens_sentence = (not ends and begin == 0) or bool(ends and _CLAUSE_END.match(ends[-1].group()))
    if ends:
        before = before[ends[-1].end() :]
    words = _WORD.findall(before)
    for index in range(len(words) - 1, max(-1, len(words) - 1 - reach), -1):
        if governing and _intended(words, index, ctx.lang):
            return FUTURE  # "amenazó con imponer en noviembre": the plan is ahead
        near = governing and len(words) - 1 - index <= 1
        if near and (tense := _participle_tense(words, index, ctx.lang)):
            return tense  # "Zelenski, elegido en abril": the April gone
        if _adjective(words, index, ctx.lang):
            continue  # "the flooded area in November"
        # a capitalised word is read as a verb only where the whole clause is in view, and
        # not for the few words that govern a date (a name may open their clause)
        first = index == 0 and ((whole and not at_comma) or opens_sentence)
        tense = _word_tense(words[index], ctx.lang, first=first)
        if tense == PAST and _after_be(words, index, ctx.lang):
            return FUTURE  # "will be held in January"
        if tense is not None:
            return tense
    return None


# The words before a date in which the verb that governs it stands.
GOVERNING_WORDS = 3


def verb_tense_around(ctx: Context, start: int, end: int) -> str | None:
    """PAST, FUTURE or None: the tense of the verb nearest a date, before or after it in its
    clause ("este sábado anunció", "anunció el jueves", "dijo que el lunes viajará"). A verb
    on the date's side of a comma goes first: in "que permanecerá allí hasta el miércoles,
    arrancó este domingo" the Wednesday is ahead and the Sunday gone."""
    before = ctx.text[max(0, start - _LOOK_BACK) : start]
    ends = list(_CLAUSE_END.finditer(before))
    whole = bool(ends) or start <= _LOOK_BACK
    if ends:
        before = before[ends[-1].end() :]
    after = ctx.text[end : end + _LOOK_BACK]
    stop = _CLAUSE_END.search(after)
    if stop:
        after = after[: stop.start()]
    before, after = REPORTING_ASIDE.sub(",", before), REPORTING_ASIDE.sub(",", after)
    near_before, comma, _ = before.rpartition(",")
    near_before = before[len(near_before) + len(comma) :] if comma else before
    near_after = after.partition(",")[0]
    if near_before != before or near_after != after:
        tense = _nearest_tense(
            _WORD.findall(near_before),
            _WORD.findall(near_after)[:_WORDS_BACK],
            ctx.lang,
            whole=whole and near_before == before,
        )
        if tense is not None:
            return tense
        if near_before == before:
            # "X will meet Y in the exclave of Z on Monday, media reported on Sunday": the
            # date's own clause, further back, before the verb across the comma
            longer = ctx.text[max(0, start - 2 * _LOOK_BACK) : start]
            clause_ends = list(_CLAUSE_END.finditer(longer))
            if clause_ends:
                longer = longer[clause_ends[-1].end() :]
            if "," not in longer:
                tense = _nearest_tense(
                    _WORD.findall(longer), [], ctx.lang, whole=False, reach=2 * _WORDS_BACK
                )
                if tense is not None:
                    return tense
    return _nearest_tense(
        _WORD.findall(before), _WORD.findall(after)[:_WORDS_BACK], ctx.lang, whole=whole
    )


# Who said it, set between commas: "In November, he said, a session may be held", "el lunes,
# dijo el ministro, se firmará": the aside's verb is the telling, not the dated clause's.
REPORTING_ASIDE = re.compile(
    r",[ \t]*(?:(?:he|she|they|it|we|[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})[ \t]+"
    r"(?:said|says|added|noted|told[ \t]+\w+)|(?:dijo|añadió|agregó|señaló|explicó|indicó"
    r"|precisó|aseguró|afirmó)(?:[ \t]+[^,.;:\n]{1,50})?)[ \t]*(?=,)"
)

# "he is arriving", "they are doing it": the present progressive with a date is a plan.
_PROGRESSIVE = {"is", "are", "am", "'s"}


def _nearest_tense(
    words_before: list[str],
    words_after: list[str],
    lang: str,
    *,
    whole: bool,
    reach: int = _WORDS_BACK,
) -> str | None:
    """The tense of the word nearest the date that shows one, a word before it first."""
    for distance in range(reach):
        index = len(words_before) - 1 - distance
        if index >= 0 and _intended(words_before, index, lang):
            return FUTURE  # "acordaron reunirse el lunes": the plan is ahead
        if index >= 0 and distance <= 1 and (tense := _participle_tense(words_before, index, lang)):
            return tense  # "la cumbre celebrada el lunes": the Monday gone
        if index >= 0 and not _adjective(words_before, index, lang):
            word = words_before[index]
            if (
                lang == "en"
                and word.endswith("ing")
                and index > 0
                and words_before[index - 1].lower() in _PROGRESSIVE
            ):
                return FUTURE  # "he is doing it on Thursday"
            tense = _word_tense(word, lang, first=whole and index == 0)
            if tense == PAST and _after_be(words_before, index, lang):
                return FUTURE  # "will be held in January", "is to be signed on Monday"
            if tense is not None:
                return tense
        if distance < len(words_after):
            tense = _word_tense(words_after[distance], lang, first=False)
            if tense == PAST and _after_be(words_after, distance, lang):
                return FUTURE  # "on Saturday the border will be closed"
            if tense is not None:
                return tense
    return None


def _after_be(words: list[str], index: int, lang: str) -> bool:
    """Whether an English participle follows "be", which only a form that is not past puts
    there ("will be held", "to be signed", "must be completed"): a plan, not a past."""
    return lang == "en" and index > 0 and words[index - 1].lower() == "be"


def lean_to_verb(value: dt.date, ctx: Context, position: int) -> dt.date:
    """A year-less month placed nearest the reference, moved a year back when the verb before
    it is past and the month ahead, or a year on when the verb is future and the month past."""
    current = ctx.reference.replace(day=1)
    if value == current:
        return value
    verb = verb_tense_before(ctx, position)
    if verb == PAST and value > current:
        return shift(value, -1, "year")
    if verb == FUTURE and value < current:
        return shift(value, 1, "year")
    return value


# Past endings of a Spanish verb after "de que": preterite, imperfect and past subjunctive
# ("rechazara", "estallase", "llegaba"), read on lower-case words only; "-ase" and "-ía" are
# left out, as nouns end so too ("la fase", "la policía").
SPANISH_SUBORDINATE_PAST_END = (
    "ó", "aron", "ieron", "ara", "aran", "iera", "ieran", "iese", "iesen", "aba", "aban",
    "ían",
)  # fmt: skip
_NOT_PAST_VERBS = {"para", "cara", "clara", "vara", "mara"}
_SPANISH_PERFECT = {"haya", "hayan", "hubiera", "hubieran", "hubiese", "hubiesen"}
_CLITICS = {"se", "le", "les", "lo", "la", "los", "las", "nos", "me", "te", "no", "ya", "el",
            "un", "una", "su", "sus"}  # fmt: skip
_SUBORDINATE_WORDS = 5


def clause_tense(ctx: Context, position: int) -> str | None:
    """PAST, FUTURE or None: the tense of the first verb within a few words after
    ``position``, as in the clause after "de que" ("de que López Obrador rechazara la
    invitación" is past, "de que se celebrará" future, "de que se celebre" says neither)."""
    after = ctx.text[position : position + _LOOK_BACK]
    stop = _CLAUSE_END.search(after)
    if stop:
        after = after[: stop.start()]
    for written in _WORD.findall(after)[:_SUBORDINATE_WORDS]:
        word = written.lower()
        if word in _CLITICS or not written.islower():
            continue
        if ctx.lang == "es" and word in _SPANISH_PERFECT:
            return PAST
        tense = _word_tense(written, ctx.lang, first=False)
        if tense is not None:
            return tense
        if (
            ctx.lang == "es"
            and len(word) > 3
            and word.endswith(SPANISH_SUBORDINATE_PAST_END)
            and word not in _NOT_PAST_VERBS
        ):
            return PAST
    return None


# Adjectives that set a happening ahead of or behind the article's day: "la próxima
# conmemoración en noviembre", "the upcoming talks in March", "la pasada cumbre de marzo".
_NOUN_MODIFIERS = {
    "es": {**dict.fromkeys(("próximo", "próxima", "próximos", "próximas", "proximo", "proxima",
                            "proximos", "proximas", "venidero", "venidera", "venideros",
                            "venideras"), FUTURE),
           **dict.fromkeys(("pasado", "pasada", "pasados", "pasadas"), PAST)},
    "en": {**dict.fromkeys(("upcoming", "forthcoming", "next"), FUTURE),
           **dict.fromkeys(("previous",), PAST)},
}  # fmt: skip
# After these the modifier places a unit of time ("el próximo año en marzo"), not a happening.
_TIME_NOUNS = {"semana", "semanas", "mes", "meses", "año", "años", "ano", "week", "weeks",
               "month", "months", "year", "years", "día", "días", "day", "days", "fin",
               "weekend", "trimestre", "semestre", "quarter"}  # fmt: skip
_CLAUSE_OR_COMMA = re.compile(r"[.;:!?\n,(—–]")
_MODIFIER_WORDS = 5


def modifier_tense_before(ctx: Context, position: int) -> str | None:
    """PAST or FUTURE when a few words before ``position``, with no verb or comma between,
    an adjective such as "próxima" or "upcoming" sets the happening a date belongs to on one
    side of the article's day ("la próxima conmemoración en noviembre")."""
    before = ctx.text[max(0, position - _LOOK_BACK) : position]
    stops = list(_CLAUSE_OR_COMMA.finditer(before))
    if stops:
        before = before[stops[-1].end() :]
    words = _WORD.findall(before)[-_MODIFIER_WORDS:]
    for index in range(len(words) - 1, -1, -1):
        word = words[index].lower()
        tense = _NOUN_MODIFIERS[ctx.lang].get(word)
        if tense is not None:
            following = words[index + 1].lower() if index + 1 < len(words) else ""
            return None if following in _TIME_NOUNS or not following else tense
        if _word_tense(words[index], ctx.lang, first=False) is not None:
            return None
    return None
