"""An event's title as an analyst would write it: who did what, in at most ~90 characters.

The title is drawn from the clause that holds the event's date (the evidence keeps the whole
clause). Plain rules, Spanish and English, each a small step over the clause's text:

- the date words go, with the article or preposition that leads them ("el martes", "on
  Tuesday", "en 2018", "la tarde de"), and so do the clause's other dates ("hace 64 años");
- a dateline, quotation marks, links, a tweet's signature and table bars go;
- a role with the person's name beside it gives way to the name ("El ministro de Exteriores
  de Chile, Alberto van Klaveren, recibió" is "Alberto van Klaveren recibió"; "Los
  cancilleres de Chile, Ana Ruiz, y de Perú, Luis Soto," is "Ana Ruiz y Luis Soto");
- of the sentences a quotation kept together, and of two clauses joined by ", y", ", pero",
  ", while"…, the one with the date stays; a date in a "luego de que …", "tras la …",
  "after X …" tail makes that tail the event;
- attribution goes: "según X", "de acuerdo con X", "according to X", "Cabe recordar que",
  a trailing ", dijo X", and "X dijo que …" when the date lies in what was said (with X as
  the subject when what was said has none: "X confirmó que asistirá" is "X asistirá");
  when the saying is dated it is the event, and speaker and verb stay ("El canciller
  anunció el lunes que …"; "…, aclaró hoy el mandatario" is "El mandatario aclaró que …");
- asides go: brackets, dashes, relative clauses (", quien …", ", que …", ", which …"),
  participles, gerunds and descriptions after a comma ("Bachelet, acompañada de 18
  ministros,"), a date alone between commas; a relative clause that holds the date
  becomes the title with the name it follows ("…Cossío, quien en marzo se quejó de…" is
  "Carlos Fernández de Cossío se quejó de…");
- an opening connector or setting ("Sin embargo,", "Por su parte,", "In a statement,") goes;
- a title still too long gives roles before names up to the names, loses its adjuncts after
  commas, then is cut before a subordinate clause or a preposition; only when nothing of
  that fits does it end in "…".

Dates are marked in the text with sentinel characters while the rules run, so each rule knows
where the event's own date lies. Only the 600 characters either side of the date are read,
so a title costs the same however long its clause.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

__all__ = ["event_title"]


def _alternation(words: str) -> str:
    """One regular expression for many words, factored by their shared beginnings so the
    engine tries a few branches at each position rather than every word."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in set(words.split()):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict) -> str:  # type: ignore[type-arg]
        branches = [
            re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return pattern(trie)


_DATE = "\x00"  # the event's own date
_OTHER = "\x01"  # any other date in the clause
_MARKS = _DATE + _OTHER

_UPPER = "A-ZÁÉÍÓÚÑÜ"
_LOWER = "a-záéíóúñü"
_NAME_WORD = rf"[{_UPPER}][\w'’.-]*"
# "Alberto van Klaveren", "Carlos Fernández de Cossío", "Luíz Inácio Lula Da Silva".
_NAME = (
    rf"{_NAME_WORD}(?:\s+(?:(?:de|del|de\s+la|van|von|der|da|dos|di|le|bin|al)\s+)?{_NAME_WORD})"
    r"{0,5}"
)
_NAMES = rf"{_NAME}(?:\s+(?:y|e|and)\s+{_NAME})?"

# "WASHINGTON, Feb 5 (Reuters) - ", "Caracas.- ", "Bloomberg Línea — ": where a story opens.
_DATELINE = re.compile(
    rf"^(?:[{_UPPER}]{{2,}}(?:[ .]+[{_UPPER}]{{2,}})*\.?\s*,?[^\n]{{0,40}}?"
    rf"|[{_UPPER}][^\n,]{{0,40}},[^\n]{{0,30}}?\([^()\n]{{1,30}}\)\s*"
    rf"|[{_UPPER}][\w.]*(?:\s+[{_UPPER}][\w.]*){{0,3}}\s*(?:\([^()\n]{{1,30}}\)\s*)?)"
    r"(?:\.-|\.?\s*[-—–]{1,2})\s+"
)
_URL = re.compile(r"\s*\bhttps?://\S+|\s+[-—–]+\s+[^—–\n]{1,60}\(@\w+\)")
_QUOTE_MARKS = re.compile(r"[“”\"«»„]|(?<!\w)[‘’'](?!\w)")
_SPACES = re.compile(r"\s+")
_SPACE_BEFORE_STOP = re.compile(r"\s+([,.;:])")
# Spans of time back from now, which the date finder leaves to the sentence's main date.
_AGO = re.compile(
    r"\b(?i:hace\s+(?:\w+\s+){1,2}?(?:años?|mes(?:es)?|semanas?|días?|horas?|décadas?)"
    r"|(?:\w+\s+){1,2}?(?:years?|months?|weeks?|days?|hours?|decades?)\s+ago)\b"
)
# Dates side by side are one: "ayer y hoy", "in January and February", "del 2 al 5".
_DATE_RUN = re.compile(
    rf"[{_MARKS}](?:\s*(?:,|y|e|and|or|o|al|a|to|through|until|hasta|-|–)?\s*"
    r"(?:(?:la|el|the)\s+(?:mañana|tarde|noche|morning|afternoon|evening|night)\s+(?:del?|of)\s+)?"
    rf"[{_MARKS}])+"
)

_DETERMINER = r"(?:el|la|los|las|su|sus|nuestro|nuestra|the|his|her|its|their|our)"
_ANY_DETERMINER = (
    r"(?:el|la|los|las|un|una|unos|unas|su|sus|este|esta|estos|estas|ese|esa|esos|esas"
    r"|nuestro|nuestra|the|a|an|this|that|these|those|his|her|its|their|our)"
)
_PREPOSITION = (
    r"(?:a|al|ante|bajo|con|contra|de|del|desde|durante|en|entre|hacia|hasta|para|por|según"
    r"|sin|sobre|tras|mediante|junto|despite|after|before|during|in|on|at|with|without|by|for"
    r"|from|of|to|amid|among|following|under|over|as|since|until)"
)
# Words that name a post: what an apposition beside a name starts with.
_ROLE_WORDS = (
    "presidente presidenta mandatario mandataria ministro ministra canciller vicecanciller "
    "secretario secretaria subsecretario subsecretaria embajador embajadora portavoz vocero "
    "vocera jefe jefa director directora líder gobernador gobernadora alcalde alcaldesa "
    "senador senadora diputado diputada diplomático diplomática viceministro viceministra "
    "vicepresidente vicepresidenta titular excanciller expresidente expresidenta exministro "
    "exministra representante enviado enviada comandante fiscal juez jueza rey reina "
    "príncipe premier asesor asesora homólogo homóloga par comisionado comisionada "
    "coordinador coordinadora procurador procuradora funcionario funcionaria "
    "president minister secretary spokesman spokeswoman spokesperson ambassador envoy leader "
    "chief head governor mayor senator representative diplomat deputy premier chairman "
    "chairwoman chair king queen prince commander adviser advisor counterpart commissioner "
    "official attorney"
)
_ROLE = rf"(?:{_alternation(_ROLE_WORDS)})(?:s|es)?"
_RELATIVE = (
    r"(?:que|quien|quienes|cuy[oa]s?|donde|el\s+cual|la\s+cual|los\s+cuales|las\s+cuales"
    r"|lo\s+que|lo\s+cual|(?:en|con|a|de|por|para|desde|sobre|entre|bajo|tras)\s+cuy[oa]s?"
    r"|(?:en|con|a|de|por|para|desde|sobre|entre|bajo|tras)\s+"
    r"(?:(?:el|la|los|las)\s+)?(?:que|cual|cuales|quien|quienes)|del\s+que|al\s+que"
    r"|who|whom|whose|which|where|(?:in|of|with|for|by|at|from)\s+(?:which|whom))"
)
_PARTICIPLE = r"(?:[a-záéíóúñ]+(?:ado|ada|ados|adas|ido|ida|idos|idas)|dated|located|based)"
_GERUND = r"(?:(?!cuando\b)[a-záéíóúñ]{2,}(?:ando|iendo|yendo)|(?!during\b)[a-z]{3,}ing)"
# A photo's "left", "right": where someone stands, not news.
_PLACEMENT = r"(?:left|right|center|centre|izquierda|derecha|al\s+centro|en\s+el\s+centro)"

# A role before the name it describes: "El ministro de Exteriores de Chile, Alberto van
# Klaveren, recibió", "Los presidentes de Perú y Chile, Martín Vizcarra y Sebastián Piñera,",
# "a su homólogo boliviano, Fernando Aramayo,".
_ROLE_THEN_NAME = re.compile(
    rf"(?<![\w{_MARKS}])(?P<lead>(?i:del|al|{_DETERMINER}|un|una|a|an)|[{_UPPER}]\w+['’]s)\s+"
    rf"(?i:(?:(?!(?:de|del|of|en|in|a|al|con|with)\b)[^\W\d][\w-]*\s+){{0,2}}?{_ROLE})\b"
    rf"[^,;:()\n{_MARKS}]{{0,60}}?(?:,\s+[{_UPPER}][^,;:()\n{_MARKS}]{{0,60}}?)?,\s+"
    rf"(?:(?i:{_ROLE})\s+)?(?P<name>{_NAMES})(?:(?=,\s+(?i:{_RELATIVE}|{_PARTICIPLE}|{_PLACEMENT})[\s,])"
    rf"|,(?:\s+respectivamente,)?\s+(?=[{_LOWER}{_MARKS}])"
    rf"|\s+(?=(?!(?:y|e|and|de|del|of)\b)[{_LOWER}]))"
)
# A role right before a name, no comma between: "la canciller mexicana Alicia Bárcena".
_ROLE_BEFORE_NAME = re.compile(
    rf"(?<![\w{_MARKS}])(?i:el|la|los|las|su|sus)\s+(?i:{_ROLE})(?:\s+(?!(?:de|del)\b)[{_LOWER}]+)?\s+"
    rf"(?P<name>{_NAME_WORD}\s+{_NAME})"
)
# "…Diana Mondino y del Reino Unido, David Lammy, se reunieron": the second of two.
_ASIDE_OPENER = re.compile(
    rf"(?:(?i:{_RELATIVE})|{_PARTICIPLE}|{_GERUND}|[a-z]{{3,}}ed)\s", re.IGNORECASE
)
_AND_OF_PLACE_NAME = re.compile(
    rf"(?<=[\w.]) (y|e|and) (?:del?|of)\s+[^,;:()\n{_MARKS}]{{1,40}},\s+({_NAMES}),\s+"
)

# A sentence inside the clause (a quotation may have kept two together).
_SENTENCE_BREAK = re.compile(
    rf"(?:(?<=[{_LOWER}]{{3}}[.!?])|(?<=[{_MARKS}][.!?]))\s+(?=[¿¡{_UPPER}])"
)
# Joins between two clauses: the one with the date is the event.
_CLAUSE_JOIN = re.compile(
    r",\s+(?:y|e|pero|mientras(?:\s+que)?|aunque|sin\s+embargo|and|but|while|whereas|although"
    r"|even\s+though|though)\s+|\s+(?:pero|but|whereas)\s+",
    re.IGNORECASE,
)
_CLAUSE_MIN_WORDS = 4
# A tail that dates what came before: "La tensión escaló luego de que Venezuela aprobara el 3
# de diciembre…", "…se intensificó tras la firma de una orden ejecutiva el 29 de enero".
_AFTER_TAIL = re.compile(
    rf"\s(?i:(?:luego|después)\s+de\s+que|(?:luego|después)\s+que"
    rf"|(?:luego|después)\s+de(?:l|\s+(?=(?:la|las|los|un|una)\s))"
    rf"|tras\s+(?={_ANY_DETERMINER}\s)|follows\s+(?={_ANY_DETERMINER}\s))\s*"
    rf"|\s(?:after|following|since)\s+(?=(?i:the)\s|[{_UPPER}])"
)
# Links that open such a tail, or a separate event after a comma.
_TAIL_LINK_WORDS = (
    r"(?i:(?:luego|después|antes)\s+(?:de(?:\s+que)?|que)|tras|after|following|before)"
)
_LINK_WORDS = rf"(?:{_TAIL_LINK_WORDS}|(?i:ya\s+que|pues|porque|because|cuando|when))"
_OPENING_LINK = re.compile(rf"^{_LINK_WORDS}\s+(?=\S)")
_OPENING_TAIL_LINK = re.compile(rf"^{_TAIL_LINK_WORDS}\s+(?=\S)")

_ATTRIBUTION_PHRASE = r"(?:según|de\s+acuerdo\s+con|conforme\s+a|en\s+palabras\s+de|according\s+to)"
_ATTRIBUTION_WORDS = ("según", "acuerdo con", "conforme a", "palabras de", "according to")
_LEADING_ATTRIBUTION = re.compile(
    rf"^{_ATTRIBUTION_PHRASE}\s+[^,;:{_DATE}]{{1,100}},\s+", re.IGNORECASE
)
_INNER_ATTRIBUTION = re.compile(
    rf",\s+{_ATTRIBUTION_PHRASE}\s+[^,;:{_DATE}]{{1,100}}(?=,)|,?\s+{_ATTRIBUTION_PHRASE}"
    rf"\s+[^,;:{_DATE}]{{1,100}}$",
    re.IGNORECASE,
)

_SPEECH_SPANISH = (
    "dijo dijeron dice dicen decía afirmó afirmaron afirma señaló señalaron señala indicó "
    "indicaron indica declaró declararon aseguró aseguraron asegura sostuvo sostuvieron "
    "sostiene expresó expresaron advirtió advirtieron advierte subrayó destacó destacaron "
    "destaca añadió añadieron agregó agregaron apuntó explicó explicaron explica comentó "
    "comentaron precisó reiteró reiteraron manifestó manifestaron detalló puntualizó "
    "enfatizó insistió recalcó acotó mencionó reconoció respondió aclaró admitió denunció "
    "denunciaron informó informaron informa informaba anunció anunciaron anuncia confirmó "
    "confirmaron comunicó comunicaron contó relató reveló aseveró sentenció concluyó recordó "
    "recordaron subrayaron alertó argumentó adelantó avanzó abundado defendido dicho afirmado "
    "señalado asegurado explicado subrayado destacado indicado declarado expresado advertido "
    "añadido agregado apuntado comentado precisado reiterado manifestado reconocido aclarado "
    "denunciado anunciado informado confirmado comunicado recordado insistido avanzado "
    "adelantado sostenido revelado detalla precisa subraya agrega añade recuerda reconoce "
    "advierte reitera insiste sostienen señalan indican afirman aseguran destacan "
    # after a preposition: "antes de anunciar que", "tras confirmar que", "al informar que"
    "anunciar informar confirmar señalar afirmar asegurar indicar explicar advertir "
    "reiterar precisar destacar subrayar declarar decir"
)
_SPEECH_ENGLISH = (
    "said says told tells added adds stated states noted notes wrote writes warned warns "
    "declared insisted explained argued asserted stressed emphasized emphasised acknowledged "
    "admitted replied responded announced announces claimed claims reported reports "
    "confirmed confirms revealed maintained tweeted posted indicated recalled reiterated "
    # after a preposition: "before announcing that", "after confirming that"
    "announcing saying confirming noting adding stating"
)
_SPEECH = rf"(?:{_alternation(_SPEECH_SPANISH + ' ' + _SPEECH_ENGLISH)})"
_AUXILIARY = r"(?:(?:ha|han|había|habían|has|have|had)\s+)?"
# What may stand between a speech verb and its "que"/"that": a date, a few adverbs, a
# hearer or a setting ("informó este miércoles que", "told reporters on Monday that",
# "dijo a la prensa que", "said in a statement that").
_SPEECH_GAP = (
    rf"(?:\s+(?:(?:(?:el|la|this|on|last|este|esta|pasado)\s+){{0,2}}[{_MARKS}]"
    rf"|también|además|hoy|ayer|luego|ya|also|then|later|yesterday|today"
    rf"|(?:a|ante|en|durante|tras|desde|to|in|at|on|during|after)\s+[^,;:{_MARKS}]{{1,50}}?"
    rf"|reporters|journalists|periodistas|[{_UPPER}]\w+))*?"
)
# "El canciller informó este miércoles que …", "Reuters reported on Thursday that …".
_SAID_THAT = re.compile(
    rf"(?i:\b{_AUXILIARY}{_SPEECH}\b)(?P<gap>{_SPEECH_GAP}),?\s+(?i:(?:de\s+)?(?:que|that)),?\s+"
)
_QUE_THAT = re.compile(r"\b(?i:que|that)\b")
# A noun phrase that is a whole subject: a determiner, a role or noun, and what it is of
# ("El mandatario de EE.UU.", "the foreign minister of Chile").
_SUBJECT_PHRASE = re.compile(
    rf"(?i:{_DETERMINER})\s+[{_LOWER}][\w-]*(?:\s+[{_LOWER}][\w-]*)?"
    rf"(?:\s+(?i:de|del|of)\s+(?:(?i:la|el|the)\s+)?[{_UPPER}][\w.'’-]*(?:\s+[{_UPPER}][\w.'’-]*)*)?"
)
# "Cabe mencionar que", "Vale acotar que", "It is worth noting that", "Fue así que".
_LEAD_IN = re.compile(
    r"^(?:(?:(?:cabe|vale|hay\s+que|es\s+(?:importante|necesario|preciso))\s+\w+(?:ar|er|ir)"
    r"|it\s+is\s+worth\s+(?:noting|recalling|remembering)|recordemos|recuérdese"
    r"|(?:fue|es)\s+así)\s+(?:que|that)|así\s+fue\s+como)\s+",
    re.IGNORECASE,
)
# A verb opens what was reported when its subject is the speaker: "X confirmó que asistirá".
_VERB_START = re.compile(
    rf"(?:se|no|ya|le|les|lo|nos)\s|[{_LOWER}]+(?:ó|á|ía|ían|aron|ieron|rán|aba|aban)\b"
)
# ", dijo el ministro", ", anunciaron los ministerios", ", a Cuban diplomat told Reuters".
_SPEECH_FIRST = re.compile(
    rf"^(?P<verb>(?i:{_AUXILIARY}{_SPEECH}))\b(?P<gap>[^,;:]{{0,30}}?)\s"
    rf"(?P<who>(?:(?i:{_ANY_DETERMINER})\s|[{_UPPER}])[^,;:]{{0,120}})$"
)
_SPEECH_LAST = re.compile(
    rf"^(?P<who>[^,;:]{{1,60}}?\s(?i:{_AUXILIARY}{_SPEECH})(?:\s+[{_UPPER}]\w+)?)"
    rf"(?P<rest>(?:\s+[^,;:\s]+){{0,10}})$"
)
_TRAILING_SPEECH_WORDS = 12
_SPEECH_FIRST_WORDS = 20  # ", indica el comunicado conjunto emitido por …": the verb leads
# Where the speaker after the verb ends: "la mandataria | este lunes durante su conferencia".
_SPEAKER_END = re.compile(rf"\s(?=[{_MARKS}]|(?i:durante|en|ante|at|during|in|on|to)\b)")
_CLAIM_MIN_WORDS = 5

_SUBJECT_RELATIVE = re.compile(
    rf"(?i:quien|quienes|who|(?:que|which)(?=\s+(?!{_ANY_DETERMINER}\b)[{_LOWER}]))\s+"
)
_DETERMINER_WORD = re.compile(rf"(?<!\w)(?i:{_ANY_DETERMINER})\s")
_AFTER_PREPOSITION = re.compile(rf"\b(?i:{_PREPOSITION})\s+$")
_ANTECEDENT_WORDS = 10
_SUBJECT_WORDS = 8
_DATE_ASIDE_WORDS = 3
_MARKS_RE = re.compile(f"[{_MARKS}]")
# A word with the ending of a conjugated Spanish verb ("vigilaron", "están", "llegó").
_SPANISH_VERB = re.compile(r"[a-záéíóúñ]{2,}(?:ó|aron|ieron|ía|ían|aba|aban|rá|rán|án|é)\b")
_DATING_WORDS = 2  # "…, which occurred in July," only dates what it follows
_APPOSITION_START = rf"(?:{_DETERMINER}|un|una|a|an|{_ROLE}|ex\w+|{_PARTICIPLE})"
# Words and settings that open a clause without being its subject: dropped with their comma.
_CONNECTORS = (
    r"(?:sin\s+embargo|no\s+obstante|asimismo|además|también|por\s+otra\s+parte|por\s+otro\s+lado"
    r"|por\s+su\s+parte|en\s+tanto|mientras\s+tanto|entretanto|así|luego|después|entonces"
    r"|finalmente|por\s+último|al\s+respecto|al\s+hilo|más\s+temprano|más\s+tarde|ahora|pero"
    r"|y|e|however|meanwhile|moreover|also|then|later|earlier|now|but|and|still|yet|instead"
    r"|separately|previously|in\s+addition|furthermore|as\s+well)(?!\s+de\b)"
)
_LEADING_CONNECTOR = re.compile(rf"^{_CONNECTORS}\b,?\s+", re.IGNORECASE)
_SUBORDINATOR = (
    r"(?:(?:luego|después|antes)\s+de(?:\s+que)?|al|cuando|mientras|aunque|si|tras|when|while"
    r"|although|if|once|as)"
)
# Words that stand before a date at the head of a clause ("El pasado", "Early on").
_DATE_WORD = (
    r"el|la|los|las|en|on|in|at|this|that|since|desde|durante|during|a|al|hace|por|last|early"
    r"|late|pasado|pasada|este|esta|hasta|until|by"
)
_LEADING_DATE = re.compile(rf"^(?:(?i:{_DATE_WORD})\s+){{0,3}}[{_MARKS}],?\s*")
_LEADING_SETTING = re.compile(
    rf"^(?:{_CONNECTORS}|(?:{_PREPOSITION}|{_SUBORDINATOR})\b[^,;:]{{0,120}}?"
    rf"|(?:(?i:{_DATE_WORD})\s+){{0,3}}[{_MARKS}][^,;:]{{0,25}}?),\s+",
    re.IGNORECASE,
)
_LEADING_SETTING_WORDS = 18
_NOT_A_CLAUSE = re.compile(rf"(?i:{_RELATIVE}|{_PARTICIPLE}|{_GERUND})\b")
_ALSO = re.compile(r"(?<=\s)(?:también|además|also|as\s+well)(?=\s)", re.IGNORECASE)
_CLAUSE_START = re.compile(rf"(?!(?i:{_ANY_DETERMINER}|{_PREPOSITION}|{_RELATIVE})\b)[{_LOWER}]")

# The words that lead a date: "el", "en", "on", "desde el", "la tarde de", "a finales de".
_DATE_LEAD = re.compile(
    r"(?:\b(?:(?:en|a|por|durante|hacia|desde)\s+)?(?:la|las|horas\s+de\s+la)\s+(?:mañana|tarde"
    r"|noche)\s+(?:de|del)\s+|\b(?:desde|durante|hasta|para|antes\s+de|después\s+de|a\s+partir\s+de"
    r"|a\s+(?:finales|principios|mediados|fines|comienzos|inicios)\s+de|since|during|until|by"
    r"|for|before|after|as\s+of|from|between|entre)\s+(?:(?:el|la|los|las|the)\s+)?"
    r"|\b(?:el|la|los|las|del|de|en|al|a|on|in|at|this|that|este|esta|ese|esa|mism[oa]s?"
    r"|late|early|earlier|later|of)\s+)*$",
    re.IGNORECASE,
)
# The words that follow a date: "'s", "night", "por la tarde", "al mediodía".
_DATE_TAIL = re.compile(
    r"(?:['’]s\b|\s+(?i:night|morning|afternoon|evening|por\s+la\s+(?:mañana|tarde|noche)"
    r"|en\s+la\s+(?:mañana|tarde|noche)|al\s+mediodía|a\s+mediodía|pasad[oa]|próxim[oa])\b)*"
)
_DATE_LEAD_REACH = 45
_DANGLING_REACH = 40  # the words that lead a date stand just before it
_DANGLING_END = re.compile(
    r"(?:[\s,]+(?:en|el|la|los|las|del|de|desde|para|hasta|a|al|y|e|o|que|como|tanto|on|in|for"
    r"|since|by|until|of|the|at|and|or|to|with|con|por|tras|durante|during|than|that|un|una"
    r"|unos|unas|an|su|sus|its|their|his|her))*"
    r"[\s,:;–—-]*$",
    re.IGNORECASE,
)
_DANGLING_START = re.compile(
    r"^[\s,.;:|–—-]*(?:(?:y|e|and|tanto|como|que)(?=\s|$))?[\s,]*", re.IGNORECASE
)
_EMPTY_LINK = re.compile(r"\b(?:tanto|both)\s*(?=,)|,\s*como\s*(?=[,.;]|$)", re.IGNORECASE)
_DOUBLE_COMMA = re.compile(r"\s*,(?:\s*,)+")

_STRONG_CUT = re.compile(
    r"\s(?=(?i:que|quien|quienes|cuy[oa]s?|donde|which|who|whose|where|para|a\s+fin|con\s+el\s+fin"
    r"|in\s+order|mientras|while|porque|pues|ya\s+que|because|aunque|although|tras|luego|después"
    r"|antes|after|before|despite|pese|en\s+medio|amid|frente|so\s+that|a\s+raíz|debido"
    r"|because\s+of|due\s+to)\b)"
)
_WEAK_CUT = re.compile(
    r"\s(?=(?i:con|en|durante|desde|por|sobre|ante|según|hacia|entre|to|for|with|in|on|during"
    r"|over|at|as|by|from|into|between)\b)"
)
_MIN_CUT = 30
_REACH = 600  # characters either side of the date that a title is drawn from
_TIDY_REACH = 50
_TIDY_CACHE = 256  # a title tidies the same few strings more than once
_CUT_REACH = 3  # cuts are looked for within this many title lengths of the start
_STRONG_BONUS = 20  # a cut before a clause beats one before a preposition this much nearer
_OF_CUT = re.compile(rf"\s(?=(?i:de|del|of)\s(?!(?:(?i:la|el|los|las|the)\s+)?[{_UPPER}]))")
_SPOKEN_REACH = 30  # a speech verb just before the cut, auxiliary and all
_SPOKEN = re.compile(rf"(?i:\b{_SPEECH})$")
_MIN_WORDS = 3

# Patterns the steps below use, compiled once.
_COMMA_NAME = re.compile(rf",\s+(?:\w+\s+)?[{_UPPER}]")
_BARS = re.compile(r"(?:\s*\|\s*)+")
_ACCENTED = re.compile(r"[áéíóú]")
_LOWERED_WORD = re.compile(rf"(?i:{_ANY_DETERMINER}|{_PREPOSITION}|we|i|it|they|nosotros)")
_NAME_END = re.compile(rf"(?<![\w-]){_NAME}$")
_NAME_REACH = 80  # a name ending a phrase is found in its last characters
_SUBJECT_START = re.compile(rf"(?:(?i:{_ANY_DETERMINER})\s|[{_UPPER}])")
_BRACKETS = re.compile(rf"\s*\([^(){_DATE}]*\)")
_DASHES = re.compile(rf"\s+[-–—]+(?=\S)[^-–—{_DATE}]{{1,120}}(?<=\S)[-–—]+(?=\s)")
_RELATIVE_START = re.compile(rf"(?i:{_RELATIVE})\b")
_VERBAL_START = re.compile(rf"(?:{_GERUND}|{_PARTICIPLE})\s")
_ENGLISH_PARTICIPLE = re.compile(r"[a-z]{3,}ed\s+(?:by|in|on|at|to|with|for|from)\s")
_ROLE_START = re.compile(rf"(?i:{_ROLE})\b")
_APPOSITION = re.compile(rf"(?i:{_APPOSITION_START})\b")
_PREPOSITION_START = re.compile(rf"(?i:{_PREPOSITION})\b")
_ADJUNCT_START = re.compile(rf"(?i:{_PREPOSITION}|{_RELATIVE})\b")
_THE_END = re.compile(r"\bthe\s*$", re.IGNORECASE)
_LOWER_START = re.compile(r"[a-z]")
_EMPTY_BRACKETS = re.compile(r"\s*\(\s*\)")


# Hashtags that open or close a social post's line: "#VIDEO #FOTOS Maduro y Petro … #7Ene".
_HASHTAGS = re.compile(r"(?:^|(?<=\s))#\w+(?=\s|$)")


def event_title(
    clause: str,
    date: tuple[int, int],
    other_dates: Sequence[tuple[int, int]] = (),
    limit: int = 90,
) -> str:
    """The title for the event dated at ``date`` (offsets into ``clause``): the clause's
    subject, verb and object, without attribution, asides, dateline or date words."""
    if len(clause) > 2 * _REACH:  # a title needs only the date's neighbourhood: bounded work
        start = max(0, date[0] - _REACH)
        clause = clause[start : date[1] + _REACH]
        date = (date[0] - start, date[1] - start)
        other_dates = [(s - start, e - start) for s, e in other_dates]
    plain = _HASHTAGS.sub(" ", _plain(_marked(clause, date, other_dates))).strip()
    title = ""
    if "|" not in clause:  # a table row is titled by its cells
        text = _event_clause(_sentence_of_date(_names_for_roles(plain)))
        text = _without_opening(_without_attribution(text))
        text = _without_opening(_without_asides(text))
        title = _tidy(_shortened(text, limit))
        if len(title.split()) > _MIN_WORDS + 1:
            title = _OPENING_TAIL_LINK.sub("", title)
    if len(title.split()) < 2:  # the rules left too little: the clause as it reads
        title = _tidy(_shortened(plain, limit))
    if len(title) > limit:
        title = title[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"
    return title[:1].upper() + title[1:]


def _marked(clause: str, date: tuple[int, int], others: Sequence[tuple[int, int]]) -> str:
    """``clause`` with its dates each turned to one sentinel character."""
    spans = [(date[0], date[1], _DATE)]
    lowered = clause.casefold()
    ago = (
        [(found.start(), found.end()) for found in _AGO.finditer(clause)]
        if "hace" in lowered or "ago" in lowered
        else []
    )
    for start, end in [*others, *ago]:
        if 0 <= start < end <= len(clause) and all(end <= s or start >= e for s, e, _ in spans):
            spans.append((start, end, _OTHER))
    text = clause.replace(_DATE, " ").replace(_OTHER, " ")  # the text's own are no dates
    for start, end, mark in sorted(spans, reverse=True):
        text = text[:start] + f" {mark} " + text[end:]
    return _DATE_RUN.sub(lambda m: _DATE if _DATE in m.group(0) else _OTHER, text)


def _plain(text: str) -> str:
    """Without a dateline, quotation marks, table bars and runs of spaces."""
    text = text.replace("|", " | ").strip(" |")
    text = _BARS.sub(" — ", text)
    if "http" in text or "(@" in text:
        text = _URL.sub("", text)
    text = _SPACES.sub(" ", _QUOTE_MARKS.sub("", text)).strip()
    return _SPACE_BEFORE_STOP.sub(r"\1", _DATELINE.sub("", text))


def _names_for_roles(text: str) -> str:
    """A role with the name beside it gives way to the name."""

    def named(match: re.Match[str]) -> str:
        role = re.search(rf"(?i:{_ROLE})\b", match.group(0)[len(match.group("lead")) :])
        if role is not None and role.start() > 1 and role.group(0).casefold().startswith("diplom"):
            return match.group(0)  # "las tensiones diplomáticas …": an adjective, no role
        lead = {"del": "de ", "al": "a ", "a": "a "}.get(match.group("lead").casefold(), "")
        after = " " if match.group(0)[-1].isspace() else ""
        opener = match.string[match.string.rfind(", ", 0, match.start()) + 2 : match.start()]
        if after and "," in match.group(0)[-3:] and _ASIDE_OPENER.match(opener):
            after = ", "  # "chaired by the President, X, decided": it closes the outer aside
        return lead + match.group("name") + after

    if not _COMMA_NAME.search(text):
        return text
    for _ in range(2):
        text = _ROLE_THEN_NAME.sub(named, text)
    return _AND_OF_PLACE_NAME.sub(lambda m: f" {m.group(1)} {m.group(2)} ", text)


def _sentence_of_date(text: str) -> str:
    """The sentence holding the date, where a quotation kept two in one clause."""
    at = text.find(_DATE)
    start = 0
    for found in _SENTENCE_BREAK.finditer(text):
        if found.start() >= at >= 0:
            return text[start : found.start()]
        start = found.end()
    return text[start:] if at >= start or at < 0 else text


def _event_clause(text: str) -> str:
    """Of clauses joined by ", y", ", pero", ", while"…, the one with the event's date; of a
    "luego de que …" or "tras la …" tail, the tail when the date lies in it."""
    at = text.find(_DATE)
    if at < 0:
        return text
    start, end = 0, len(text)
    for join in _CLAUSE_JOIN.finditer(text):
        left, right = text[start : join.start()], text[join.end() : end]
        if len(left.split()) < _CLAUSE_MIN_WORDS or len(right.split()) < _CLAUSE_MIN_WORDS:
            continue
        if join.end() <= at:
            start = join.end()
        elif join.start() > at:
            end = join.start()
            break
    text = text[start:end]
    at = text.find(_DATE)
    tails = [tail for tail in _AFTER_TAIL.finditer(text, 0, at) if "," not in text[tail.end() : at]]
    if tails:
        tail = tails[-1]
        head = text[: tail.start()]
        if len(head.split()) >= 2 and _DATE not in head:
            comma = text.find(", ", at)
            return text[tail.end() : comma if comma >= 0 else len(text)]
    return text


def _without_opening(text: str) -> str:
    """Without an opening connector or setting ("Sin embargo,", "En ese marco,", "In a
    statement,", "En 2018,"), when a clause follows it."""
    for _ in range(3):
        text = _DANGLING_START.sub("", text)
        opening = _LEADING_SETTING.match(text)
        if opening is not None:
            words = [word for word in opening.group(0).split() if word not in _MARKS]
            rest = text[opening.end() :]
            if (
                len(words) <= _LEADING_SETTING_WORDS
                and len(rest.split()) >= _MIN_WORDS
                and not _NOT_A_CLAUSE.match(rest)
            ):
                text = rest
                continue
        connector = _LEADING_CONNECTOR.match(text)
        if connector is not None and len(text[connector.end() :].split()) >= _MIN_WORDS:
            text = text[connector.end() :]
            continue
        break
    return _ALSO.sub("", text)


def _without_attribution(text: str) -> str:
    """Without "según X", "according to X", ", dijo X" and the "X dijo que" wrapper around
    a dated report; a dated ", dijo X" puts X first ("X dijo que …")."""
    text = _LEAD_IN.sub("", text)
    lowered = text.casefold()
    if any(word in lowered for word in _ATTRIBUTION_WORDS):
        text = _INNER_ATTRIBUTION.sub("", _LEADING_ATTRIBUTION.sub("", text))
    text = _without_said_that(text)
    segments = _segments(text)
    while len(segments) > 1 and len(segments[-1].split()) <= _SPEECH_FIRST_WORDS:
        last = segments[-1].strip(" .")
        said = _SPEECH_FIRST.match(last)
        if said is None and len(segments[-1].split()) <= _TRAILING_SPEECH_WORDS:
            said = _SPEECH_LAST.match(last)
        if said is None or len(segments[-2].split()) < _CLAIM_MIN_WORDS:
            break
        if _DATE not in last:
            segments.pop()
            continue
        claim = _lowered(_without_opening(", ".join(segments[:-1])))
        if said.re is _SPEECH_FIRST:  # ", aclaró hoy el mandatario" → "El mandatario aclaró que"
            verb = said.group("verb")
            link = " que " if _ACCENTED.search(verb) or verb.endswith("o") else " "
            who = _SPEAKER_END.split(said.group("who"), maxsplit=1)[0]
            return f"{who} {verb} {said.group('gap')}{link}{claim}"
        return f"{said.group('who')} {claim}"  # "a Cuban diplomat told Reuters …"
    return ", ".join(segments)


def _lowered(text: str) -> str:
    """``text`` to follow other words: an opening article or preposition in lower case."""
    first = text.split(" ", 1)[0]
    if _LOWERED_WORD.fullmatch(first):
        return text[:1].lower() + text[1:]
    return text


def _without_said_that(text: str) -> str:
    """What was said, when the date lies in it: "El canciller dijo que la delegación llegó
    el lunes" is "La delegación llegó"; "X confirmó que asistirá en marzo" is "X asistirá"."""
    at = text.find(_DATE)
    if at < 0 or not _QUE_THAT.search(text, 0, at):
        return text
    said = [found for found in _SAID_THAT.finditer(text, 0, at) if _DATE not in found.group("gap")]
    if not said:
        return text
    found = said[-1]
    rest = text[found.end() :]
    if _VERB_START.match(_LEADING_DATE.sub("", rest)):
        who = text[: found.start()].rsplit(", ", 1)[-1].strip()
        whole = _SUBJECT_PHRASE.fullmatch(who)
        # "El mandatario de EE.UU. declaró que se reunirá": the subject, not its last name
        speaker = who if whole is not None else _antecedent(who)
        if speaker:
            return f"{speaker} {rest}"
    return rest


def _segments(text: str) -> list[str]:
    """``text`` split at its commas outside brackets."""
    if "(" not in text and "[" not in text:
        return _merged_lists(text.split(", "))
    parts: list[str] = []
    depth = 0
    start = 0
    for index, char in enumerate(text):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        elif char == "," and depth == 0 and text[index + 1 : index + 2] == " ":
            parts.append(text[start:index])
            start = index + 2
    parts.append(text[start:])
    return _merged_lists(parts)


def _merged_lists(parts: list[str]) -> list[str]:
    """``parts`` with a list of names ("Alcohol, Tabaco, Armas") kept in one."""
    merged = parts[:1]
    for part in parts[1:]:  # "Alcohol, Tabaco, Armas de Fuego": a list of names is one
        last_words = merged[-1].split()  # empty when the text opens with ", "
        if (
            last_words
            and _LIST_ITEM.fullmatch(part.strip())
            and _LIST_ITEM.fullmatch(last_words[-1])
        ):
            merged[-1] += ", " + part
        else:
            merged.append(part)
    return merged


_LIST_ITEM = re.compile(rf"(?:(?:y|e|and)\s+)?{_NAME_WORD}(?:\s+{_NAME_WORD})?")


def _joined(before: str, after: str) -> str:
    """Two segments an aside stood between: a subject and its verb run on ("Bachelet
    llegó"), anything else keeps its comma ("…, en Lima")."""
    words = before.split()
    subject = _ends_with_name(before) or (
        len(words) <= _SUBJECT_WORDS and _SUBJECT_START.match(before.strip()) is not None
    )
    runs_on = subject and _CLAUSE_START.match(after.strip()) is not None
    return before + (" " if runs_on else ", ") + after


def _without_asides(text: str) -> str:
    """Without brackets, dashes and comma asides: relative clauses, participles and
    descriptions of a name. An aside that holds the date stays; a relative clause of a
    name that holds it becomes the title ("…Cossío, quien en marzo se quejó…")."""
    text = _DASHES.sub("", _BRACKETS.sub("", text))
    segments = _segments(text)
    kept = segments[0]
    dropped = False
    unfinished = False  # a relative clause whose verb is still to come runs on
    skip = False
    for index, segment in enumerate(segments[1:], start=1):
        words = segment.strip()
        if skip:
            skip = False
            continue
        if unfinished and _DATE not in words:
            unfinished = not _SPANISH_VERB.match(words)
            continue
        unfinished = False
        inner = index < len(segments) - 1
        if inner and _MARKS_RE.search(words) and len(_tidy(words).split()) <= _DATE_ASIDE_WORDS:
            dropped = False  # "acordaron intercambiar, a más tardar el 30 de mayo, los registros"
            kept += " " + segments[index + 1]
            skip = True
            continue
        relative = _SUBJECT_RELATIVE.match(words)
        if relative is not None and _DATE in words:
            body = words[relative.end() :]
            if len(_tidy(body).split()) <= _DATING_WORDS:
                dropped = True
                continue
            subject = _antecedent(kept)
            if subject:
                return subject + " " + body
        if _drops(kept, words, inner=inner):
            dropped = True
            unfinished = bool(_RELATIVE_START.match(words)) and not any(
                _SPANISH_VERB.fullmatch(word) for word in words.split()[1:]
            )
            continue
        kept = _joined(kept, segment) if dropped else kept + ", " + segment
        dropped = False
    return kept


def _drops(before: str, aside: str, *, inner: bool) -> bool:
    """Whether the comma segment ``aside`` after ``before`` is an aside to drop."""
    if re.fullmatch(_PLACEMENT, aside, re.IGNORECASE) or aside.casefold() in (
        "respectivamente",
        "respectively",
    ):
        return True
    dating = rf"{_PARTICIPLE}\s+(?:\w+\s+)?[{_MARKS}]"  # "…, dated June 6th,"
    if re.fullmatch(dating, aside.rstrip(" .")):
        return True
    if _DATE in aside:
        return False
    if _RELATIVE_START.match(aside):
        return True
    after_name = _ends_with_name(before)
    if _VERBAL_START.match(aside):
        return True
    if inner and _ENGLISH_PARTICIPLE.match(aside):
        return True  # "The Council, chaired by the President, decided"
    if not (inner and after_name):
        return False
    if _ROLE_START.match(aside):
        return True
    return _APPOSITION.match(aside) is not None and not _PREPOSITION_START.match(aside)


def _ends_with_name(text: str) -> bool:
    return _NAME_END.search(text, max(0, len(text) - _NAME_REACH)) is not None


def _antecedent(text: str) -> str:
    """The name or noun phrase ending ``text``: who a relative pronoun after it, or a verb
    with no subject of its own, stands for."""
    name = _NAME_END.search(text, max(0, len(text) - _NAME_REACH))
    if name is not None:
        return name.group(0)
    phrases = []
    for found in _DETERMINER_WORD.finditer(text):
        phrase = text[found.start() :]
        if len(phrase.split()) <= _ANTECEDENT_WORDS and not set(phrase) & set(_MARKS + ",;:"):
            phrases.append((_AFTER_PREPOSITION.search(text, 0, found.start()) is None, phrase))
    headed = [phrase for free, phrase in phrases if free]
    return headed[0] if headed else (phrases[-1][1] if phrases else "")


def _without_dates(text: str) -> str:
    """``text`` without its dates and the words that lead them."""
    out = []
    last = 0
    for found in _MARKS_RE.finditer(text):
        if found.start() < last:
            continue
        head = text[last : found.start()]
        lead = _DATE_LEAD.search(head, max(0, len(head) - _DATE_LEAD_REACH))
        cut = lead.start() if lead is not None else len(head)
        # "the 1982 war": an English article before a date that qualifies a noun stays.
        following = text[found.end() :].lstrip()
        led = head[cut:]
        if _THE_END.search(led) and _LOWER_START.match(following):
            cut += led.casefold().rfind("the") + 3
        out.append(head[:cut] + " ")
        trail = _DATE_TAIL.match(text, found.end())
        last = trail.end() if trail is not None else found.end()
    out.append(text[last:])
    return "".join(out)


@functools.lru_cache(maxsize=_TIDY_CACHE)
def _tidy(text: str) -> str:
    """Dates out, spaces and commas set right, no dangling words at either end."""
    text = _SPACES.sub(" ", _without_dates(text))
    if "tanto" in text or "both" in text or "como" in text:
        text = _EMPTY_LINK.sub("", text)
    text = _SPACE_BEFORE_STOP.sub(r"\1", text)
    text = _DOUBLE_COMMA.sub(",", text)
    if "(" in text:
        text = _EMPTY_BRACKETS.sub("", text)
    text = _DANGLING_START.sub("", text)
    text = text.rstrip(" .,;:!?…")
    tail = _DANGLING_END.search(text, max(0, len(text) - _DANGLING_REACH))
    text = text[: tail.start()] if tail is not None else text
    return text.strip(" ,.;:-–—")


def _shortened(text: str, limit: int) -> str:
    """Within ``limit`` once tidied: drop adjuncts after commas, then the segments after and
    before the date's, then cut before a subordinate clause or a preposition."""
    segments = _segments(text)

    def fits() -> bool:
        joined = ", ".join(segments)
        if len(joined) < limit:
            return True
        dates = joined.count(_DATE) + joined.count(_OTHER)
        if len(joined) - _TIDY_REACH * (dates + 1) > limit:
            return False  # tidying takes off a date's words and a dangling end, no more
        return len(_tidy(joined)) <= limit

    def dated() -> int:
        return next((i for i, part in enumerate(segments) if _DATE in part), 0)

    if fits():
        return text
    # "El canciller Juan Ramón de la Fuente y su homólogo Marco Rubio": the names will do.
    segments = [_ROLE_BEFORE_NAME.sub(r"\g<name>", part) for part in segments]
    if fits():
        return ", ".join(segments)
    for index in range(len(segments) - 2, 0, -1):  # inner adjuncts, from the right
        if index >= len(segments) - 1:
            continue
        part = segments[index].strip()
        if index != dated() and _PREPOSITION_START.match(part):
            del segments[index]
            if _CLAUSE_START.match(segments[index].strip()):  # "Las Malvinas fue escenario"
                segments[index - 1 : index + 1] = [_joined(segments[index - 1], segments[index])]
            if fits():
                return ", ".join(segments)
    # A dated adjunct ("…, al comenzar el jueves su gira") dates the clause before it; a
    # dated link ("…, tras interrumpirse en 2018") or clause is its own event.
    last = dated()
    part = segments[last].strip()
    adjunct = _ADJUNCT_START.match(part)
    before = len(_tidy(", ".join(segments[:last])).split())
    if last > 0 and adjunct and not _OPENING_LINK.match(part) and before >= _CLAUSE_MIN_WORDS:
        last = 0
    while len(segments) > last + 1 and not fits():
        segments.pop()
    own_subject = not _CLAUSE_START.match(segments[last].strip()) and (
        last == 0 or not _LIST_ITEM.fullmatch(segments[last - 1].rsplit(", ", 1)[-1].strip())
    )  # "Alcohol, Tabaco, Armas de Fuego…": a list goes on
    while last > 0 and own_subject and not fits() and len(_tidy(segments[last]).split()) >= 3:
        segments.pop(0)
        last -= 1
    text = ", ".join(segments)
    if fits():
        return text
    best, best_score = text, -1
    removable = len(text) - len(_tidy(text))  # tidying a head takes off at most this much
    for pattern, bonus in ((_STRONG_CUT, _STRONG_BONUS), (_WEAK_CUT, 0), (_OF_CUT, -_STRONG_BONUS)):
        for found in reversed(list(pattern.finditer(text, _MIN_CUT, _CUT_REACH * limit))):
            if found.start() - removable > limit or found.start() + bonus <= best_score:
                continue  # too long for sure, or no longer than the best already found
            if _SPOKEN.search(text, max(0, found.start() - _SPOKEN_REACH), found.start()):
                continue  # "X informó | que …": what was said is the event
            size = len(_tidy(text[: found.start()]))
            if _MIN_CUT <= size <= limit:
                if size + bonus > best_score:
                    best, best_score = text[: found.start()], size + bonus
                break  # the rightmost cut that fits is this kind's longest
    return best
