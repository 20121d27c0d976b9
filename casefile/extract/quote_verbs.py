"""Words that credit a quotation: speech verbs and attribution phrases, Spanish and English.

Shared by quotes.py, which finds the crediting phrase next to a quote, and quote_speakers.py,
which looks back through the text for whoever spoke last.
"""

from __future__ import annotations

import re

_SPANISH = (
    "dijo dijeron afirmó afirmaron afirma señaló señalaron señala indicó indicaron indica "
    "declaró declararon aseguró aseguraron asegura sostuvo sostuvieron expresó expresaron "
    "advirtió advirtieron advierte subrayó subrayaron destacó destacaron añadió añadieron "
    "agregó agregaron apuntó apuntaron explicó explicaron comentó comentaron precisó "
    "precisaron reiteró reiteraron manifestó manifestaron escribió escribieron publicó "
    "publicaron detalla detalló refiere refirió puntualizó puntualizaron enfatizó insistió "
    "recalcó acotó mencionó reconoció reconocieron respondió respondieron sentenció "
    "concluyó aclaró admitió denunció informó informaron anunció anunciaron planteó "
    "confirmó confirmaron cuestionó lamentó exigió pidió agradeció celebró mencionaron "
    "dice dicen menciona expone expuso establece estableció sostiene subraya destaca "
    "añade agrega apunta explica comenta precisa reitera manifiesta escribe publica "
    "puntualiza enfatiza insiste recalca acota reconoce responde aclara admite denuncia "
    "informa anuncia plantea confirma cuestiona lamenta exige pide "
    "calificó calificaron califica consideró consideraron considera describió definió "
    "catalogó tildó condenó condenaron condena criticó criticaron critica acusó acusaron "
    "rechazó rechazaron rechaza valoró valoraron resaltó resaltaron remarcó coincidieron "
    "calificado tachó advertía afirmaba señalaba aseguraba decía "
    "dicho afirmado señalado asegurado explicado subrayado destacado indicado declarado "
    "expresado advertido añadido agregado apuntado comentado precisado reiterado "
    "manifestado escrito reconocido respondido aclarado denunciado anunciado lamentado "
    "insistido recalcado defendido considerado valorado celebrado criticado "
    "dijera dijeran afirmara señalara asegurara anunciara expresara declarara advirtiera "
    "invitó instó exhortó deploró habló hablaron coincidió coincide"
)
_ENGLISH = (
    "said says told tells added adds stated states noted notes wrote writes warned warns "
    "declared declares insisted insists explained explains argued argues asserted asserts "
    "stressed stresses emphasized emphasised acknowledged acknowledges admitted admits "
    "replied replies responded responds announced announces posted posts tweeted tweets "
    "claimed claims continued continues concluded observed remarked recalled reported "
    "reads read described describes condemned condemns criticised criticized accused "
    "welcomed hailed rejected urged vowed pledged called reiterated underlined underscored "
    "highlighted commented revealed conceded suggested maintained contended cautioned "
    "lamented quipped predicted assured affirmed indicated expressed denounced demanded "
    "promised proposed reaffirmed hopes hoped believes believed shared "
    "complained complains alleged alleges countered retorted clarified clarifies objected "
    "protested threatened threatens signalled signaled "
    # a headline's present: "X vows to “…”", "X slams “…”"
    "vows pledges urges hails rejects slams blasts demands denounces"
)
_PHRASES = (
    "según",
    "de acuerdo con",
    "conforme a",
    "en palabras de",
    "a decir del",
    "a decir de",
    "according to",
)

# Spanish speech verbs by infinitive, regular in the third person of the past, imperfect,
# participle, gerund and subjunctive; their present forms with a changed stem
# ("recuerda", "defiende") are listed above or below. Verbs whose participle is mostly a
# noun or an adjective ("acusado", "invitado", "celebrado") are left to the list above.
_SPANISH_LEMMAS = (
    "afirmar señalar indicar declarar asegurar expresar subrayar destacar agregar apuntar "
    "explicar comentar precisar reiterar manifestar publicar detallar puntualizar enfatizar "
    "recalcar acotar mencionar sentenciar aclarar denunciar informar anunciar plantear "
    "confirmar cuestionar lamentar calificar considerar catalogar tildar condenar criticar "
    "rechazar valorar resaltar remarcar tachar exhortar deplorar recordar reaccionar reclamar "
    "opinar relatar reprochar matizar abundar emplazar reivindicar ratificar "
    "responder reconocer defender prometer añadir admitir exigir insistir definir "
    "comunicar aseverar argumentar alegar replicar revelar confesar anotar demandar "
    "solicitar contestar tuitear difundir estimar ironizar espetar zanjar "
    "quejar protestar recriminar"
)
_SPANISH_IRREGULAR = (
    "decir dijo dijeron dice dicen decía decían dicho diciendo dijera dijeran "
    "sostener sostuvo sostuvieron sostiene sostienen sostenía sostenido sosteniendo sostuviera "
    "advertir advirtió advirtieron advierte advierten advertía advertido advirtiendo advirtiera "
    "pedir pidió pidieron pide piden pedía pedido pidiendo pidiera "
    "proseguir prosiguió prosiguieron prosigue proseguía proseguido prosiguiendo "
    "concluir concluyó concluyeron concluye concluía concluido concluyendo concluyera "
    "exponer expuso expusieron expone exponía expuesto exponiendo "
    "escribir escribió escribieron escribe escribía escrito escribiendo "
    "describir describió describe descrito describiendo "
    "referir refirió refiere refería referido refiriendo "
    "sugerir sugirió sugirieron sugiere sugería sugerido sugiriendo "
    "recuerda recuerdan defiende defienden alertó alertaron contó contaron "
    "proponer propuso propusieron propone proponen propuesto proponiendo "
    "desmentir desmintió desmintieron desmiente desmienten desmentía desmentido desmintiendo"
)
_ENDINGS = {
    "ar": (
        "ó",
        "aron",
        "a",
        "an",
        "aba",
        "aban",
        "ado",
        "ar",
        "ando",
        "ara",
        "aran",
        "ase",
        "asen",
    ),
    "er": ("ió", "ieron", "e", "en", "ía", "ían", "ido", "er", "iendo", "iera", "ieran", "iese"),
    "ir": ("ió", "ieron", "e", "en", "ía", "ían", "ido", "ir", "iendo", "iera", "ieran", "iese"),
}
# Spellings the endings change: "reconocer" keeps its c, "recordar" changes only in the
# present ("recuerda", listed as irregular), so the plain stem holds for these tenses.
_PRESENT_ONLY_REGULAR = frozenset(["recordar", "defender"])


def _spanish_forms() -> set[str]:
    forms = set(_SPANISH_IRREGULAR.split())
    for lemma in _SPANISH_LEMMAS.split():
        stem, ending = lemma[:-2], lemma[-2:]
        for suffix in _ENDINGS[ending]:
            if lemma in _PRESENT_ONLY_REGULAR and suffix in ("a", "an", "e", "en"):
                continue  # "recorda", "defende": the present changes its stem
            forms.add(stem + suffix)
    return forms


_Trie = dict[str, "_Trie"]


def _trie_pattern(words: set[str]) -> str:
    """One alternation for many words, factored by their shared beginnings so the regex
    engine tries a handful of branches at each position instead of every word."""
    trie: _Trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: _Trie) -> str:
        ends = "" in node
        branches = [
            re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return pattern(trie)


# "ha destacado", "has said": the auxiliary belongs to the verb, not to its subject.
_AUXILIARY = r"(?:(?:ha|han|había|habían|habría|has|have|had)\s+)?"
# A verb that only frames the saying takes the infinitive: "se limitó a comentar", "quiso
# aclarar". An infinitive alone has no subject before it ("Vale acotar que"), so the
# infinitives count only after one of these.
_FRAME = (
    r"(?:(?:se\s+)?(?:limitó|limitaron|limita|volvió|volvieron|vuelve|alcanzó|llegó)\s+a"
    r"|(?:acaba|acabó|acababa)\s+de|quiso|quisieron|prefirió|prefirieron|optó\s+por"
    r"|al)\s+"  # "X fue enfático al señalar que": who spoke is the sentence's subject
)
_INFINITIVES = {word for word in _spanish_forms() if word.endswith(("ar", "er", "ir"))}
# A Spanish participle reports speech only after its auxiliary ("ha señalado"); alone it is
# an adjective ("un comunicado publicado ayer", "un destacado político").
_PARTICIPLES = {
    word
    for word in set(_SPANISH.split()) | _spanish_forms()
    if word.endswith(("ado", "ido")) or word in ("dicho", "escrito", "descrito", "expuesto")
}
_WORDS = (
    (set(_SPANISH.split()) | _spanish_forms() | set(_ENGLISH.split())) - _INFINITIVES - _PARTICIPLES
)
_HAVE = r"(?:ha|han|había|habían|habría|hubiera|haber|habiendo)\s+"
# A regular expression for any speech verb; match it case-insensitively, between word breaks.
# Verbs that report speech only when "que"/"that" follows them: "ha avanzado que", "adelantó
# que", "agreed that" ("agreed to" a plan is no saying).
_WITH_QUE = (
    r"(?:avanzó|avanzaron|avanzado|adelantó|adelantaron|adelantado)(?=\s+que\b)"
    r"|(?:agreed|agrees|agree)(?=\s+that\b)"
)
# "X was quoted as saying": a passive that names who said the words it reports.
_QUOTED_AS_SAYING = r"(?:was|were|is|has\s+been)\s+quoted\s+as\s+saying"
SPEECH_VERB = (
    rf"(?:{_QUOTED_AS_SAYING}|{_FRAME}(?:{_trie_pattern(_INFINITIVES)})"
    rf"|{_HAVE}(?:{_trie_pattern(_PARTICIPLES)})"
    rf"|{_AUXILIARY}(?:{_WITH_QUE}|{_trie_pattern(_WORDS)}))"
)
# A regular expression for any attribution phrase: "según", "according to".
ATTRIBUTION_PHRASE = r"(?:" + "|".join(re.escape(p) for p in _PHRASES) + r")"
# Where words are posted ("escribió en Twitter", "dijo a través de X"), capitalised as named.
PLATFORM = (
    r"(?:X|Twitter|Facebook|Instagram|Telegram|TikTok|YouTube|Threads|Bluesky|Truth[ \t]+Social)"
)
# Day names, lower case (Spanish writes them so; "Domingo" is a name); match the English ones
# case-insensitively where a word before them ("on", "this") says they are days.
SPANISH_WEEKDAYS = r"(?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo)"
ENGLISH_WEEKDAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"


# When someone spoke, opening the phrase before them: "Este viernes el canciller X", "Ayer
# por la tarde la ministra", "On Monday the minister". A weekday needs its article or "on"
# ("Domingo Cavallo" is a name).
WHEN_OPENING = (
    rf"(?:(?i:el|este|esta|el[ \t]+pasado|el[ \t]+próximo)[ \t]+(?i:{SPANISH_WEEKDAYS})"
    rf"|(?i:on|this|last)[ \t]+(?i:{ENGLISH_WEEKDAYS})"
    r"|(?i:ayer|hoy|anoche|anteayer|yesterday|today|earlier[ \t]+today|la[ \t]+víspera)"
    # a day named by another: "Ese mismo día el Consejo", "That same day the council"
    r"|(?i:(?:ese|aquel|el)[ \t]+mismo[ \t]+día|ese[ \t]+día|aquel[ \t]+día|al[ \t]+día"
    r"[ \t]+siguiente|(?:that|the)[ \t]+same[ \t]+day|that[ \t]+day|the[ \t]+next[ \t]+day))"
    r"(?:[ \t]+(?i:por[ \t]+la|en[ \t]+la|in[ \t]+the)[ \t]+(?i:mañana|tarde|noche|morning"
    r"|afternoon|evening))?"
)
SAID_WHEN_FIRST = re.compile(rf"^{WHEN_OPENING}[ \t]*,?[ \t]+(?=\S)")


# English verbs in the past that do not end in "-ed": "Novak met her counterpart".
ENGLISH_IRREGULAR_PAST = (
    "went met told made took gave came saw held left spoke wrote sent brought thought began "
    "became found kept stood flew ran won lost paid led sought struck"
)
