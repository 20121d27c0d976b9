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
    "invitó instó exhortó deploró"
)
_ENGLISH = (
    "said says told tells added adds stated states noted notes wrote writes warned warns "
    "declared declares insisted insists explained explains argued argues asserted asserts "
    "stressed stresses emphasized emphasised acknowledged acknowledges admitted admits "
    "replied replies responded responds announced announces posted posts tweeted tweets "
    "claimed claims continued continues concluded observed remarked recalled reported "
    "reads read described describes condemned condemns criticised criticized accused "
    "welcomed hailed rejected urged vowed pledged called"
)
_PHRASES = ("según", "de acuerdo con", "conforme a", "en palabras de", "according to")

# A regular expression for any speech verb; match it case-insensitively, between word breaks.
# "ha destacado", "has said": the auxiliary belongs to the verb, not to its subject.
_AUXILIARY = r"(?:(?:ha|han|había|habían|habría|has|have|had)\s+)?"
SPEECH_VERB = (
    r"(?:"
    + _AUXILIARY
    + r"(?:"
    + "|".join(sorted(set((_SPANISH + " " + _ENGLISH).split()), key=len, reverse=True))
    + r"))"
)
# A regular expression for any attribution phrase: "según", "according to".
ATTRIBUTION_PHRASE = r"(?:" + "|".join(re.escape(p) for p in _PHRASES) + r")"
