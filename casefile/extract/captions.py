"""Photo captions and their credits, as news sites print them under pictures.

A caption is a short line whose end names where the picture came from: after a separator
(``… / FB: @SREMX``, ``… | Foto: Cuartoscuro``, ``… - EUROPA PRESS``), after a label
(``… Foto: Presidencia``, ``… Picture: Alamy``), in parentheses (``… (AP Foto/Marco
Ugarte)``, ``… (Ana Ruiz/PA)``) or as an agency stamp (``… REUTERS/Henry Romero``, ``…
EFE/Ana Gil/Archivo``, ``… Ana Ruiz—Getty Images``). A line holding only a credit (``Foto:
EFE``, ``(Ana Ruiz / Associated Press)``) credits the one-sentence line right above it, or
stands alone with an empty caption. Lines of share buttons and prose that merely contains a
slash are not captions.
When pages are flattened, a caption can also sit inside a paragraph; those are found only
when the credit is unmistakable (a social-media handle or a known agency after `` / ``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from casefile.extract.quote_verbs import SPEECH_VERB


def _vocabulary(words: str) -> frozenset[str]:
    """A set of words written as one space-separated string, for readable word lists."""
    return frozenset(words.split())


@dataclass
class CaptionProposal:
    """A photo caption and its credit; offsets cover the whole caption line (and the caption
    line above it when the credit stands on a line of its own)."""

    caption: str
    credit: str
    start: int
    end: int


_AGENCIES = (
    "Especial|Cuartoscuro|Archivo|Foto Archivo|Foto Especial|AP|AFP|EFE|Reuters|REUTERS|"
    "Getty Images|Getty|Notimex|NOTIMEX|Presidencia|Shutterstock|iStock|Pixabay|Unsplash|"
    "Xinhua|Bloomberg|Imagen ilustrativa|Ilustrativa|Captura de pantalla|Redes sociales|"
    "Captura de video|Cortesía|Handout|Courtesy|File|File photo|"
    "Associated Press|PA Wire|PA Media|PA|dpa|DPA|EPA|EPA-EFE|Alamy|Europa Press|EUROPA PRESS|"
    "Anadolu|ANSA|Télam|Prensa Latina|Sputnik|TASS|Kyodo|Yonhap|AAP|NurPhoto|Sipa|Pool|POOL|"
    "WireImage|Agencia Uno|Aton|ATON|Andina|Bloomberg via Getty Images|E\\.P\\.|Agencia Efe"
)
_AGENCY = rf"(?:{_AGENCIES})(?![\w-])"
_PLATFORM = r"(?:FB|Facebook|X|Twitter|Instagram|IG|TikTok|YouTube|Threads)"
# A named platform with its colon needs no "@" before the account: "FB: SREMX" is how a
# scan's OCR or a hurried desk prints "FB: @SREMX" (a bare "X" is too common a word for this).
_NAMED_PLATFORM = r"(?:FB|Facebook|Twitter|Instagram|IG|TikTok|YouTube|Threads)"
_HANDLE = (
    rf"(?:(?:{_PLATFORM}[ \t]*(?::|/)[ \t]*)?@[\w.]*\w"
    rf"|{_NAMED_PLATFORM}[ \t]*:[ \t]*[A-Z][\w.]*\w)"
)
_CREDIT_CHAR = r'[^:/|\n“”"«»,;]'  # credits hold no quotes or clause punctuation
# After an explicit label the credit may chain sources and handles: "Foto: X/Y/@handle".
_LABELLED_CHAR = r'[^|\n“”"«»,;()]'
_LABEL = (
    r"(?:Foto(?:grafía)?s?(?:[ \t]+principal)?|Photo[ \t]+Credits?|Photo(?:graph)?s?|Imagen"
    r"|Image|Pictures?|Pic"
    r"|Crédito|crédito|Credits?|Cortesía|Courtesy)"
)
_TAKEN = rf"(?:{_LABEL}[ \t]*[:.][ \t]*|©[ \t]*)"  # "Foto: ", "Foto. ", "©"
_CAP = r"[A-ZÁÉÍÓÚÑÜ]"
_NAME = rf"{_CAP}[\w'’.-]*(?:[ \t]+{_CAP}[\w'’.-]*){{0,3}}"  # a person's name as credited
_END = r"\.?[ \t]*$"


@dataclass(frozen=True)
class _CreditShape:
    """One way a credit ends a line: the pattern names the credit group; a labelled credit
    was introduced by an explicit label, so it may hold lowercase words, slashes and handles."""

    pattern: re.Pattern[str]
    labelled: bool = False
    may_stand_alone: bool = False
    bare: bool = False  # the credit names no photographer, as a body paragraph's end may


# Order matters: the first shape whose caption passes wins.
_SHAPES = (
    # "… (Foto: Ministerio de Salud)", "… (Foto: Captura de pantalla/SRE)"
    _CreditShape(
        re.compile(rf"[ \t]*\([ \t]*{_TAKEN}(?P<credit>{_LABELLED_CHAR}{{1,80}}?)[ \t]*\){_END}"),
        labelled=True,
        may_stand_alone=True,
    ),
    # "… (AP Foto/Marco Ugarte)", "… (EFE)", "… (@handle)"
    _CreditShape(
        re.compile(
            rf"[ \t]*\((?P<credit>(?:{_AGENCY}[ \t]+)?(?:{_LABEL}|{_AGENCY})\b[^()\n]{{0,60}}"
            rf"|{_HANDLE})\){_END}"
        ),
        may_stand_alone=True,
    ),
    # "… (Ana Ruiz/PA)", "… (Ana Ruiz / Associated Press)"
    _CreditShape(
        re.compile(rf"[ \t]*\((?P<credit>{_NAME}[ \t]*/[ \t]*{_AGENCY})\){_END}"),
        may_stand_alone=True,
    ),
    # "… | Foto: X/Y/@handle", "… / Foto: Juan Pérez"
    _CreditShape(
        re.compile(
            rf"(?:[ \t]*\|[ \t]*|[ \t]+/[ \t]+){_TAKEN}(?P<credit>{_LABELLED_CHAR}{{1,100}}?){_END}"
        ),
        labelled=True,
    ),
    # "… / FB: @SREMX", "… X / @handle", "… | @handle"
    _CreditShape(re.compile(rf"(?:[ \t]*[/|][ \t]*|[ \t]+)(?P<credit>(?<![\w@]){_HANDLE}){_END}")),
    # "… REUTERS/Henry Romero", "… REUTERS/Henry Romero/File Photo", "… EFE/EPA/ANA GIL"
    _CreditShape(
        re.compile(
            rf"(?:^|[ \t]*[/|.][ \t]*|[ \t]+)(?P<credit>{_AGENCY}[ \t]*/[ \t]*"
            rf"[\w'’. -]{{2,40}}?(?:[ \t]*/[ \t]*[\w'’. -]{{2,20}}?)?){_END}"
        ),
        may_stand_alone=True,
    ),
    # "… Photo by John Doe/Getty Images", "… Infographic from PA Graphics"
    _CreditShape(
        re.compile(
            rf"(?:^|[ \t]*[/|.][ \t]*|[ \t]+)(?:Photo|Foto|Infographic|Infografía|Graphic"
            rf"|Gráfico|Illustration|Ilustración)[ \t]+(?:by|from|de|por)[ \t]+"
            rf"(?P<credit>[\w'’. -]{{2,40}}?/[ \t]*{_AGENCY}|{_CAP}[\w'’. -]{{1,40}}?){_END}"
        ),
        may_stand_alone=True,
    ),
    # "… - Ana Ruiz/dpa", "….Ana Ruiz/EFE", "… Ana Ruiz—Getty Images"; after a bare space a
    # capitalised word of the caption could pass for the photographer's first name.
    _CreditShape(
        re.compile(
            rf"(?:^|[ \t]+[-–|][ \t]+|[ \t]*\.[ \t]*)"
            rf"(?P<credit>{_NAME}[ \t]*(?:/|[ \t]*[—–][ \t]*){_AGENCY}){_END}"
        ),
        may_stand_alone=True,
    ),
    # "… - crédito Shutterstock", "… - EUROPA PRESS", "… - MINISTERIO DE EXTERIORES - Archivo"
    _CreditShape(
        re.compile(
            rf"[ \t]+[-–][ \t]+(?:{_TAKEN}|(?:crédito|Crédito|credit|Credit)[ \t]+)"
            rf"(?P<credit>{_CREDIT_CHAR}{{1,50}}?){_END}"
        ),
        labelled=True,
    ),
    # "… en la Ciudad de Panamá . crédito Ana Ruiz/EFE", "… 800.000 migrantes -crédito Ana
    # Ruiz/EFE": the label in lower case after the caption's stop, or glued to a dash
    _CreditShape(
        re.compile(
            rf"(?:[ \t]*\.[ \t]+|[ \t]+[-–])(?:crédito|credit)[ \t]+"
            rf"(?P<credit>{_CAP}{_LABELLED_CHAR}{{1,60}}?){_END}"
        ),
        labelled=True,
    ),
    _CreditShape(
        re.compile(
            r"[ \t]+[-–][ \t]+(?P<credit>[A-ZÁÉÍÓÚÑÜ][A-ZÁÉÍÓÚÑÜ&.'’]+"
            r"(?:[ \t]+[A-ZÁÉÍÓÚÑÜ&][A-ZÁÉÍÓÚÑÜ&.'’]*){0,5})(?:[ \t]+-[ \t]+Archivo)?\.?[ \t]*$"
        ),
        bare=True,
    ),
    # "… / Especial"
    _CreditShape(
        re.compile(rf"[ \t]+[/|][ \t]+(?P<credit>{_CREDIT_CHAR}{{1,50}}?){_END}"), bare=True
    ),
    _CreditShape(
        re.compile(rf"[ \t]*\|[ \t]*(?P<credit>{_CREDIT_CHAR}{{1,50}}?){_END}"), bare=True
    ),
    # "… Foto: Presidencia", "… Picture: Alamy/Social media", "©Especial"
    _CreditShape(
        re.compile(
            rf"(?:^|[ \t]+|(?<=[.!?]))[ \t]*{_TAKEN}(?P<credit>{_LABELLED_CHAR}{{1,80}}?){_END}"
        ),
        labelled=True,
        may_stand_alone=True,
    ),
    # "… on Saturday. [YONHAP]", "… [EFE]", "… [Ana Ruiz/Anadolu Agency]", "… [File: Ana
    # Ruiz/Reuters]": a credit in square brackets ends the caption
    _CreditShape(
        re.compile(
            rf"[ \t]*\[(?:(?:Via|Vía|via|vía)[ \t]+)?"
            rf"(?:(?:File|FILE|Archivo|ARCHIVO)[ \t]*:[ \t]*)?"
            rf"(?P<credit>{_AGENCY}[^\[\]\n]{{0,30}}"
            rf"|[A-ZÁÉÍÓÚÑÜ][A-ZÁÉÍÓÚÑÜ&.' -]{{1,30}}"
            rf"|[^\[\]\n/]{{2,40}}/[^\[\]\n]{{2,50}})\]{_END}"
        ),
    ),
    # "… en Madrid. - Ana Ruiz - Europa Press", "… -  Derechos de autor  Euronews vía agencias",
    # "… en Pekín. Derechos de autor Ana Ruiz/AP"
    _CreditShape(
        re.compile(rf"[ \t]+[-–][ \t]+(?P<credit>{_NAME}[ \t]+[-–][ \t]+{_AGENCY}){_END}"),
    ),
    _CreditShape(
        re.compile(
            rf"(?:[ \t]+[-–][ \t]+|(?<=[.!?])[ \t]+)(?:Derechos de autor|Copyright|©)[ \t]*:?[ \t]*"
            rf"(?P<credit>{_LABELLED_CHAR}{{1,60}}?){_END}"
        ),
        labelled=True,
    ),
    # "… for a summit. /Yonhap", "… on the 30th. /Courtesy of the Presidential Office": a
    # slash run into the credit after the caption's stop
    _CreditShape(
        re.compile(
            r"(?<=[.!?])[ \t]+/(?:(?:Courtesy of|courtesy of|Cortesía de|cortesía de)[ \t]+)?"
            rf"(?:the[ \t]+)?(?P<credit>{_CAP}{_CREDIT_CHAR}{{1,60}}?){_END}"
        ),
    ),
    # "… en Estambul. Autor: Sputnik": the picture's author after the caption, on its line
    _CreditShape(
        re.compile(
            rf"(?<=[.!?])[ \t]+(?:Autor|Autora|Author)[ \t]*:[ \t]*"
            rf"(?P<credit>{_LABELLED_CHAR}{{1,60}}?){_END}"
        ),
        labelled=True,
    ),
    # "… en la frontera de Venezuela con Colombia. Twitter": the network the picture came
    # from, alone after the caption's stop (an agency there may be a story's sign-off)
    _CreditShape(
        re.compile(
            r"(?<=[.!?])[ \t]+(?P<credit>Twitter|Facebook|Instagram|TikTok|YouTube|Telegram)"
            r"[ \t]*$"
        ),
    ),
    # "… el pasado 17 de mayo REUTERS": an agency in capitals right after a caption that
    # has no stop (a story's sign-off comes after its last sentence's stop)
    _CreditShape(
        re.compile(
            r"(?<![.!?])[ \t]+(?P<credit>REUTERS|EFE|AFP|AP|XINHUA|ANSA|EUROPA PRESS|EPA|DPA)"
            r"[ \t]*$"
        ),
    ),
    # "… presentó sus credenciales el pasado 13 de enero CASA DE S.M. EL REY": a source in
    # capitals, two words or more, right after a caption that has no stop
    _CreditShape(
        re.compile(
            r"(?<=[a-záéíóúñ])[ \t]+(?!(?:AM|PM)\b)"  # "… 4:37 AM ET" is a time stamp
            r"(?P<credit>(?:[A-ZÁÉÍÓÚÑÜ][A-ZÁÉÍÓÚÑÜ.'’&-]*[ \t]+){1,5}"
            r"[A-ZÁÉÍÓÚÑÜ][A-ZÁÉÍÓÚÑÜ.'’&-]+)[ \t]*$"
        ),
        bare=True,
    ),
    # "… la visita del presidente de Panamá. (Rafael Pacheco)": the photographer's name in
    # brackets after a one-sentence caption
    _CreditShape(
        re.compile(
            rf"(?<=[.!?])[ \t]*\((?P<credit>{_CAP}[\w'’.-]+(?:[ \t]+{_CAP}[\w'’.-]+){{1,3}})\)"
            r"[ \t]*$"
        ),
        bare=True,
    ),
    # "… Moscow Embassy. (Ana Ruiz/The Barents Observer)": the photographer and the outlet
    # in brackets after the caption's stop
    _CreditShape(
        re.compile(
            rf"(?<=[.!?])[ \t]*\((?P<credit>{_NAME}[ \t]*/[ \t]*{_CAP}[^()/\n]{{1,60}})\)[ \t]*$"
        ),
    ),
    # "… December 17, 2023. Ana Ruiz, EPA-EFE.": the photographer and the agency after a comma
    _CreditShape(
        re.compile(rf"(?<=[.!?])[ \t]+(?P<credit>{_NAME},[ \t]*{_AGENCY}){_END}"),
        may_stand_alone=True,
    ),
    # A line that is only a well-known credit ("Getty Images", "EFE") under its caption.
    _CreditShape(re.compile(rf"^(?P<credit>{_AGENCY}(?:[ \t]*/[ \t]*{_AGENCY})?){_END}")),
)
# Wire tags after a credit say where or how the picture may be sold, not who took it:
# "TPX IMAGES OF THE DAY", "NEW ZEALAND OUT". The regions are listed because a photographer's
# name in capitals ("EFE/EPA/ANA GIL") looks just like them.
_REGION = (
    r"(?:AUSTRALIA|NEW ZEALAND|CHINA|HONG KONG|TAIWAN|JAPAN|SOUTH KOREA|KOREA|INDIA|FRANCE|"
    r"GERMANY|SWITZERLAND|AUSTRIA|SWEDEN|NORWAY|DENMARK|FINLAND|ITALY|SPAIN|UK|USA|CANADA)"
)
# A page's stamp glued after a credit: "… Autor: Sputnik Publicado: 23/07/2025 | 09:42 pm".
_PUBLISHED_STAMP = re.compile(
    r"[ \t]+(?:Publicado|Published|Actualizado|Updated)[ \t]*:[ \t]*[\d/.:| \t-]+(?:[ap]\.?m\.?)?"
    r"[ \t]*$",
    re.IGNORECASE,
)
_WIRE_TAGS = re.compile(
    rf"(?:[ \t]+(?:TPX IMAGES OF THE DAY|MANDATORY CREDIT|NO ARCHIVES|NO RESALES"
    rf"|EDITORIAL USE ONLY|{_REGION}(?:(?:,|[ \t]+AND)[ \t]+{_REGION})*[ \t]+OUT))+[.\t ]*$"
)
# What a page puts before a caption's own words: the image's alt-text placeholder, an
# archive label ("Archivo - ", "FILE PHOTO: ") or the text file's date header.
_CAPTION_PREFIX = re.compile(
    r"^(?:date[ \t]+\d{4}-\d{2}(?:-\d{2})?(?:[ \t]+|$))?(?:placeholder[ \t]+)?"
    rf"(?:{_LABEL}[ \t]*:[ \t]*)?(?:(?:Archivo|ARCHIVO|Foto de archivo|FOTO DE ARCHIVO|File photo"
    r"|FILE PHOTO)"
    r"[ \t]*[-–:][ \t]*)?"
)
# "… Picture: REUTERS/Ana Gil": the label belongs to the credit even when its shape is a stamp.
_TRAILING_LABEL = re.compile(rf"[ \t]*{_TAKEN}$")
_BYLINE = re.compile(r"(?:By|BY|Por|POR)[ \t:]")
# A full stop after a lone capital closes an initial ("U.S. Army"), not a sentence.
_SENTENCE_BREAK = re.compile(r"(?<![\s.][A-Z])[.!?…][\"”»)]?[ \t]+[“\"«¿¡A-ZÁÉÍÓÚÑ]")
_INLINE_CREDIT = re.compile(
    rf"[ \t]+/[ \t]+(?P<credit>{_HANDLE}|{_AGENCY})(?=[ \t]+[“\"«¿¡A-ZÁÉÍÓÚÑ]|[ \t]*$)"
)
_SENTENCE_START = re.compile(r"(?:^|[.!?…”\"»][ \t]+)(?=[“\"«¿¡A-ZÁÉÍÓÚÑ])")
_SHARE_WORDS = _vocabulary(
    "compartir comparte share tweet tuitear email correo whatsapp facebook twitter x linkedin "
    "telegram pinterest reddit imprimir print copiar copy enlace link en on por via in y and "
    "messenger guardar save comentarios comments enviar send e-mail mail threads bluesky "
    "flipboard"
)
# What a share button does; a segment naming one of these is a button, whatever follows it.
_SHARE_ACTIONS = _vocabulary(
    "compartir comparte comparta compártelo compártela enviar envía envíalo envíala envíe "
    "reenviar tuitear tuitea retuitear imprimir imprime imprima copiar copia copie guardar "
    "guarda descargar share shares send forward tweet retweet print copy save download "
    "email e-mail mail correo whatsapp telegram messenger linkedin pinterest reddit"
)
_BUTTON_SEPARATORS = re.compile(r"[/|·•]|[ \t]{2,}")
_MAX_BUTTON_WORDS = 5
_KNOWN_CREDIT = re.compile(_AGENCIES, re.IGNORECASE)
_CREDIT_PARTICLES = _vocabulary(
    "de del la las los el y e of the and by por vía via da do agencias agencies"
)
# Words that report what someone said, or the marks around it: a paragraph of the story,
# never a picture's caption ("… stressed the need …", "… “estatus constitucional” …").
_REPORTS_SPEECH = re.compile(
    rf"[“”\"«»]|\b(?i:{SPEECH_VERB})\b(?=[ \t]+(?i:that|que|the[ \t]+need|to)\b|[ \t]*[.,]|$)"
)
_MAX_CAPTION_WORDS = 90  # a wire photo's caption runs long: "AME2682. BRASILIA (BRASIL), …"
_MAX_CREDIT_WORDS = 6
_MAX_CAPTION_BELOW_WORDS = 25
_SOURCE_NOTE_ENDS = _vocabulary("de del con y por agencia información informacion with from and")
# "Photo by " before the name credited in brackets is no part of the credit ("(Photo by Ana
# Ruiz/Getty Images)"); "/File Photo" after a wire credit stays, as analysts copy it.
_CREDIT_TAGS = re.compile(r"^(?:Photo|Foto)[ \t]+(?:by|de|por)[ \t]+(?=[A-ZÁÉÍÓÚÑÜ])")
_CREDIT_LABEL_FIRST = re.compile(r"^(?:Photo|Foto|Picture)[ \t]*/[ \t]*(?=\S)")
_CREDIT_FIRST = re.compile(
    r"^(?:PHOTO|FOTO|Photo|Foto)[ \t]*/[ \t]*(?P<credit>[^\n/-]{2,40}?)[ \t]+[-–][ \t]+"
    r"(?P<caption>[A-ZÁÉÍÓÚÑ¿¡\"“][^\n]+)$"
)
# The same with the agency first, in capitals: "AFP / PALACIO REAL / ANA GIL - El príncipe
# recibe …", "HANDOUT AFP-PHOTO - El emir …".
_AGENCY_FIRST = re.compile(
    r"^(?P<credit>(?:AFP|EFE|REUTERS|AP|EPA|DPA|ANSA|XINHUA|HANDOUT|POOL|EUROPA PRESS)"
    r"(?![\w])[A-ZÁÉÍÓÚÑÜ0-9 /.'’-]{0,80}?)[ \t]+[-–][ \t]+"
    r"(?P<caption>[A-ZÁÉÍÓÚÑ¿¡\"“][^\n]+)$"
)
_COPYRIGHT = re.compile(
    r"^(?:©|\(c\)|Copyright)[ \t]*[^\n]{0,40}\b(?:19|20)\d\d\.?$", re.IGNORECASE
)
# The lines a stored page opens with before its story: "date 2024-01-02", "url https://…".
_HEADER_LINE = re.compile(r"^(?:date|url)[ \t]+\S+$")
# A credit line that is only its label and source ("Photo: GCIS", "Foto: EFE"), at the end.
_LABELLED_ALONE = re.compile(rf"{_TAKEN}[^\n]{{1,60}}$")
_MAX_LABELLED_CREDIT_WORDS = 10
_MIN_CAPTION_WORDS = 3
# A photographer's name in capitals at the end of a caption, before "| EFE": two to four
# words of capitals (a lone "ONU" or "EE.UU." is the caption's own).
_NAME_IN_CAPITALS = re.compile(
    r"[ \t]((?:[A-ZÁÉÍÓÚÑÜ][A-ZÁÉÍÓÚÑÜ'’-]+[ \t]+){1,3}[A-ZÁÉÍÓÚÑÜ][A-ZÁÉÍÓÚÑÜ'’-]+)[ \t]*$"
)


@dataclass
class _CreditLine:
    """A line that ends in a credit; ``caption`` is empty when the credit stands alone."""

    caption: str
    credit: str
    start: int
    end: int
    may_stand_alone: bool
    labelled: bool = False  # the whole line says it is a picture's credit ("Foto de …")


# A line that is only a picture's credit, said to be one: "Foto de Ana Ruiz / AFP", "Photo
# by Ana Ruiz/Reuters", "Fotografía: Presidencia".
_TAKEN_BY_LINE = re.compile(
    r"^(?:Photo|Foto|Fotografía|Picture)[ \t]+(?:by|de|por)[ \t]+"
    r"(?P<credit>[A-ZÁÉÍÓÚÑÜ@][^\n]{1,100})$"
)
# A one- or two-word caption, a person's name, may stand above a line that says it is the
# picture's credit: "Irfaan Ali." over "Foto de Ana Ruiz / AFP".
_MIN_CAPTION_WORDS_LABELLED = 2


def propose_captions(text: str) -> list[CaptionProposal]:
    """Photo captions with their credits, one per caption line, in text order."""
    proposals: list[CaptionProposal] = []
    above: tuple[int, str] | None = None  # the line just above, while not blank or taken
    # A page's lead picture may print its credit first and its caption under it ("Photo:
    # GCIS" over "Presidents X and Y (file photo)."): only above the story's first line.
    waiting: CaptionProposal | None = None
    read_body = False
    offset = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if _COPYRIGHT.match(body.strip()):
            above, offset = None, offset + len(line)
            continue  # "© AAP 2024": the page's copyright, no picture's credit
        found = _caption_line(body, offset)
        if found is not None and found.caption and _next_line_is(text, offset + len(line), found):
            found = None  # "Headline - SITE" over "Headline": the page's title, its site
        if found is not None:
            proposal = _credited(found, above)
            if proposal is not None and not _repeats(proposal, proposals):
                proposals.append(proposal)
            above = None if proposal is not None else (offset, body)
            alone = proposal is not None and not proposal.caption and not read_body
            waiting = proposal if alone and _LABELLED_ALONE.search(body) else None
        else:
            if waiting is not None and body.strip():
                # "Photo: GCIS" over "Presidents X and Y (file photo).": the credit first
                if _is_caption_above(body) and len(body.split()) <= _MAX_CAPTION_BELOW_WORDS:
                    waiting.caption = _without_prefix(body.strip())
                    waiting.end = offset + len(body)
                    waiting = None
                    above = None
                    offset += len(line)
                    continue
                waiting = None
            proposals.extend(_inline_captions(body, offset))
            above = (offset, body) if body.strip() else None
            read_body = (
                read_body
                or len(body.split()) > _MAX_CAPTION_BELOW_WORDS
                or (bool(body.strip()) and not _HEADER_LINE.match(body))
            )
        offset += len(line)
    return proposals


def _next_line_is(text: str, at: int, found: _CreditLine) -> bool:
    """Whether the next line with words repeats the caption alone: a page title ("Headline -
    SITE") printed above the headline it names."""
    following = next(
        (line.strip() for line in text[at : at + 2000].splitlines() if line.strip()), ""
    )
    return following == found.caption


def _credited(found: _CreditLine, above: tuple[int, str] | None) -> CaptionProposal | None:
    """A credit line's proposal; a credit alone on its line credits the caption just above."""
    if found.caption:
        return CaptionProposal(found.caption, found.credit, found.start, found.end)
    fewest = _MIN_CAPTION_WORDS_LABELLED if found.labelled else _MIN_CAPTION_WORDS
    if above is not None and _is_caption_above(above[1], fewest):
        line_offset, line = above
        stripped = line.strip()
        caption = _without_prefix(stripped).rstrip(" \t/|–—-").strip()  # "…   -" over "AFP"
        start = line_offset + len(line) - len(line.lstrip())
        return CaptionProposal(caption, found.credit, start, found.end)
    if found.may_stand_alone:
        return CaptionProposal("", found.credit, found.start, found.end)
    return None


def _is_caption_above(line: str, fewest: int = _MIN_CAPTION_WORDS) -> bool:
    """A caption printed above its credit is one sentence, or a wire photo's sentence that
    ends on the picture's date and the story's sentences after it; a paragraph of body text
    is more."""
    stripped = _without_prefix(line.strip())
    words = stripped.split()
    if not fewest <= len(words) <= _MAX_CAPTION_WORDS:
        return False
    if "://" in stripped or "www." in stripped or _is_share_buttons(stripped):
        return False
    named = fewest < _MIN_CAPTION_WORDS and _PERSON_ALONE.fullmatch(stripped) is not None
    if _BYLINE.match(stripped) or not (named or any(w[:1].islower() and len(w) > 2 for w in words)):
        return False  # "By ANA RUIZ" over "Associated Press", or a dateline: not a picture
    first = _SENTENCE_BREAK.search(stripped)
    if first is not None and _DATED_SENTENCE_END.search(stripped, 0, first.start() + 1):
        # "Police stand guard at the village on September 25, 2023. A standoff …": the
        # picture's own sentence, dated, then what the wire adds about the day
        stripped = stripped[: first.start() + 1]
        first = None
    if _REPORTS_SPEECH.search(stripped):
        return False  # "“…,” she said." over "© AAP 2024": a paragraph, not a picture
    return first is None and not stripped.endswith(":")


# A person's name alone, as a portrait's caption: "Irfaan Ali.", "Ana María Ruiz".
_PERSON_ALONE = re.compile(r"[A-ZÁÉÍÓÚÑ][\w'’-]+(?:[ \t]+[A-ZÁÉÍÓÚÑ][\w'’.-]+){1,3}\.?")
# A sentence that ends on a date or a year, as a wire photo's caption does: "… on September
# 25, 2023.", "… el 25 de septiembre de 2023.", "… on 25 September 2023.", "… en 2019."
_DATED_SENTENCE_END = re.compile(
    r"(?:\d{1,2},?[ \t]+(?:19|20)\d\d|(?:de[ \t]+)?(?:19|20)\d\d)[.!?]$"
)


def _repeats(proposal: CaptionProposal, proposals: list[CaptionProposal]) -> bool:
    """Alt text printed before its caption repeats it word for word: one caption, not two."""
    if not proposals:
        return False
    last = proposals[-1]
    return (last.caption, last.credit) == (proposal.caption, proposal.credit)


_LIST_BULLET = re.compile(r"^[-–•*·][ \t]+")


def _without_prefix(caption: str) -> str:
    """The caption's own words, without an alt-text placeholder or archive label before it."""
    caption = _LIST_BULLET.sub("", caption)  # "- El encuentro …": a list mark, no word
    prefix = _CAPTION_PREFIX.match(caption)
    return caption[prefix.end() :].strip() if prefix else caption


def _caption_line(line: str, offset: int) -> _CreditLine | None:
    stripped = line.strip()
    if not stripped or "://" in stripped or "www." in stripped or _is_share_buttons(stripped):
        return None
    if stripped.count("|") > 1 or stripped.startswith("|"):
        return None  # a table row
    start = offset + len(line) - len(line.lstrip())
    if (taken_by := _TAKEN_BY_LINE.match(stripped)) is not None:
        # "Foto de Ana Ruiz / AFP/ EFE/ PEDRO GIL" under "Irfaan Ali.": all of it the credit
        credit = taken_by["credit"].strip().rstrip(".")
        return _CreditLine("", credit, start, start + len(stripped), True, labelled=True)
    if (first := _CREDIT_FIRST.match(stripped) or _AGENCY_FIRST.match(stripped)) is not None:
        # "PHOTO/PRESIDENCIA EGIPCIA - El presidente egipcio recibe …": the credit first
        caption = first["caption"].strip()
        if _MIN_CAPTION_WORDS <= len(caption.split()) <= _MAX_CAPTION_WORDS:
            return _CreditLine(
                caption, first["credit"].strip(), start, start + len(stripped), False
            )
    stripped = stripped.removesuffix("|").rstrip()  # "… (Yonhap) |": a cell's edge
    tagged = _WIRE_TAGS.sub("", _PUBLISHED_STAMP.sub("", stripped))
    for shape in _SHAPES:
        match = shape.pattern.search(tagged)
        if match is None:
            continue
        credit = _CREDIT_LABEL_FIRST.sub("", match["credit"].strip())  # "(Photo / Xinhua)"
        credit = _CREDIT_TAGS.sub("", credit)  # "(Photo by Ana Ruiz/Getty Images)"
        before = _TRAILING_LABEL.sub("", tagged[: match.start()])
        photographer = _NAME_IN_CAPITALS.search(before)
        if photographer and _KNOWN_CREDIT.fullmatch(credit) and "|" in tagged[match.start() :]:
            # "… en el Elíseo ANA GIL | EFE": the photographer, in capitals, and the agency
            credit = tagged[photographer.start(1) : match.end()].strip()
            before = before[: photographer.start(1)]
        caption = _without_prefix(before.rstrip(" \t/|–—-•·").strip())
        if _is_caption(caption, credit, shape):
            return _CreditLine(caption, credit, start, start + len(stripped), shape.may_stand_alone)
    return None


def _is_caption(caption: str, credit: str, shape: _CreditShape) -> bool:
    words = caption.split()
    if len(words) > _MAX_CAPTION_WORDS or not credit:
        return False
    credit_words = credit.split()
    most = _MAX_LABELLED_CREDIT_WORDS if shape.labelled else _MAX_CREDIT_WORDS
    if len(credit_words) > most or credit.endswith(("…", ",")):
        return False
    if words and len(words) < _MIN_CAPTION_WORDS:
        return False  # "Fecha | Hecho": two cells, not a caption
    if words and credit.isupper() and re.search(r"[a-záéíóúñ][A-ZÁÉÍÓÚÑ]", words[-1]):
        return False  # "… MaduroAndré CoelhoAgencia EFE": names glued by a flattened page
    if words and words[-1].islower() and words[-1].strip(":") in _SOURCE_NOTE_ENDS:
        return False  # "Con información de EFE", "Por Ana Ruiz con Agencia EFE": a source note
    if words and words[0].casefold().strip(":") in ("fuente", "source", "por", "by"):
        return False  # "FUENTE: …", "Por Ana Ruiz …": who wrote or sourced the story
    known = _KNOWN_CREDIT.fullmatch(credit) and not shape.labelled  # "| Photo Credit: X"
    if (shape.bare or known) and _SENTENCE_BREAK.search(caption):
        return False  # "… in the capital. (EFE)" ends a paragraph of news, not a caption
    if _KNOWN_CREDIT.fullmatch(credit) and _REPORTS_SPEECH.search(caption):
        return False  # "… stressed the need to cooperate. (Yonhap)": a story's sign-off
    # Credits are names: "Gobierno de Sonora", not "reunión en Washington". After a label,
    # what follows a slash may describe the source ("Ana Ruiz/vocera del ministerio").
    named = credit.split("/")[0].strip() if shape.labelled else credit
    if not _KNOWN_CREDIT.fullmatch(named) and any(
        w[:1].islower() and w not in _CREDIT_PARTICLES for w in named.split()
    ):
        return False
    # A credit names someone: it starts with a capital, a handle or a lowercase brand.
    return credit[0].isupper() or credit[0] == "@" or bool(_KNOWN_CREDIT.match(credit))


def _is_share_buttons(line: str) -> bool:
    """A row of share buttons: every word is button vocabulary ("Share / Tweet / Email"),
    or every one of two or more segments between separators is a short label naming its
    action or network ("Compartir en X / Enviar por WhatsApp / Copiar enlace"). One segment
    that is not ("… / Especial") makes the line a caption candidate again."""
    words = _words(line)
    if words and all(word in _SHARE_WORDS for word in words):
        return True
    segments = [s.strip() for s in _BUTTON_SEPARATORS.split(line) if s.strip()]
    return len(segments) > 1 and all(_is_button(segment) for segment in segments)


def _is_button(segment: str) -> bool:
    if "@" in segment:
        return False  # a handle is a credit: "X: @SREMX"
    words = _words(segment)
    return 0 < len(words) <= _MAX_BUTTON_WORDS and any(w in _SHARE_ACTIONS for w in words)


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", text.casefold())


def _inline_captions(line: str, offset: int) -> list[CaptionProposal]:
    proposals: list[CaptionProposal] = []
    for match in _INLINE_CREDIT.finditer(line):
        starts = [s.end() for s in _SENTENCE_START.finditer(line, 0, match.start())]
        if not starts:
            continue
        begin = starts[-1]
        caption = line[begin : match.start()].strip()
        if proposals and begin < proposals[-1].end - offset:
            continue
        if not caption or len(caption.split()) > _MAX_CAPTION_WORDS:
            continue
        proposals.append(
            CaptionProposal(caption, match["credit"], offset + begin, offset + match.end())
        )
    return proposals
