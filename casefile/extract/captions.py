"""Photo captions and their credits, as news sites print them under pictures.

A caption is a short line whose end names where the picture came from: after a separator
(``… / FB: @SREMX``, ``… | Foto: Cuartoscuro``), after a label (``… Foto: Presidencia``),
in parentheses (``… (AP Foto/Marco Ugarte)``) or as an agency stamp (``… REUTERS/Henry
Romero``, ``… REUTERS/Henry Romero/File Photo``, ``… EFE/Ana Gil/Archivo``). Lines of share
buttons and prose that merely contains a slash are not captions.
When pages are flattened, a caption can also sit inside a paragraph; those are found only
when the credit is unmistakable (a social-media handle or a known agency after `` / ``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass


def _vocabulary(words: str) -> frozenset[str]:
    """A set of words written as one space-separated string, for readable word lists."""
    return frozenset(words.split())


@dataclass
class CaptionProposal:
    """A photo caption and its credit; offsets cover the whole caption line."""

    caption: str
    credit: str
    start: int
    end: int


_AGENCIES = (
    "Especial|Cuartoscuro|Archivo|Foto Archivo|Foto Especial|AP|AFP|EFE|Reuters|REUTERS|"
    "Getty Images|Getty|Notimex|NOTIMEX|Presidencia|Shutterstock|iStock|Pixabay|Unsplash|"
    "Xinhua|Bloomberg|Imagen ilustrativa|Ilustrativa|Captura de pantalla|Redes sociales|"
    "Captura de video|Cortesía|Handout|Courtesy|File|File photo"
)
_PLATFORM = r"(?:FB|Facebook|X|Twitter|Instagram|IG|TikTok|YouTube|Threads)"
_HANDLE = rf"(?:{_PLATFORM}[ \t]*(?::|/)[ \t]*)?@[\w.]*\w"
_CREDIT_CHAR = r'[^:/|\n“”"«»,;]'  # credits hold no quotes or clause punctuation
_LABEL = r"(?:Foto(?:grafía)?s?|Fotos?|Photo(?:graph)?s?|Imagen|Image|Crédito|Credit)"

# Each pattern is anchored at the line's end and names the credit group.
_LINE_CREDITS = (
    # "… (AP Foto/Marco Ugarte)", "… (Foto: EFE)"
    re.compile(
        rf"[ \t]*\((?:{_LABEL}[ \t]*:[ \t]*)?(?P<credit>(?:(?:{_AGENCIES})[ \t]+)?"
        rf"(?:{_LABEL}|{_AGENCIES})\b[^()\n]{{0,60}}|{_HANDLE})\)\.?[ \t]*$"
    ),
    # "… / FB: @SREMX", "… X / @handle", "… | @handle"
    re.compile(rf"(?:[ \t]*[/|][ \t]*|[ \t]+)(?P<credit>(?<![\w@]){_HANDLE})\.?[ \t]*$"),
    # "… REUTERS/Henry Romero", "… REUTERS/Henry Romero/File Photo", "… EFE/Ana Gil/Archivo"
    re.compile(
        rf"(?:^|[ \t]*[/|.][ \t]*|[ \t]+)(?P<credit>(?:{_AGENCIES})[ \t]*/[ \t]*"
        rf"[\w'’. -]{{2,40}}?(?:[ \t]*/[ \t]*[\w'’. -]{{2,20}}?)?)\.?[ \t]*$"
    ),
    # "… Photo by John Doe/Getty Images"
    re.compile(
        rf"(?:^|[ \t]*[/|.][ \t]*|[ \t]+)(?:Photo|Foto)[ \t]+(?:by|de|por)[ \t]+"
        rf"(?P<credit>[\w'’. -]{{2,40}}?/[ \t]*(?:{_AGENCIES})|[A-ZÁÉÍÓÚÑ][\w'’. -]{{1,40}}?)"
        rf"\.?[ \t]*$"
    ),
    # "… / Especial", "… | Foto: Presidencia", "… / Foto: Juan Pérez"
    re.compile(
        rf"[ \t]+[/|][ \t]+(?:{_LABEL}[ \t]*:?[ \t]*)?(?P<credit>{_CREDIT_CHAR}{{1,50}}?)\.?[ \t]*$"
    ),
    re.compile(
        rf"[ \t]*\|[ \t]*(?:{_LABEL}[ \t]*:?[ \t]*)?(?P<credit>{_CREDIT_CHAR}{{1,50}}?)\.?[ \t]*$"
    ),
    # "… Foto: Presidencia"
    re.compile(
        rf"(?:^|[ \t]+|\.)[ \t]*{_LABEL}[ \t]*:[ \t]*(?P<credit>{_CREDIT_CHAR}{{1,50}}?)\.?[ \t]*$"
    ),
)
# Credits unmistakable enough to stand on a line without any caption.
_MAY_STAND_ALONE = (_LINE_CREDITS[0], _LINE_CREDITS[2], _LINE_CREDITS[3], _LINE_CREDITS[-1])
_INLINE_CREDIT = re.compile(
    rf"[ \t]+/[ \t]+(?P<credit>{_HANDLE}|(?:{_AGENCIES})\b)(?=[ \t]+[“\"«¿¡A-ZÁÉÍÓÚÑ]|[ \t]*$)"
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
_CREDIT_PARTICLES = _vocabulary("de del la las los el y e of the and by por vía via da do")
_MAX_CAPTION_WORDS = 60
_MAX_CREDIT_WORDS = 6


def propose_captions(text: str) -> list[CaptionProposal]:
    """Photo captions with their credits, one per caption line, in text order."""
    proposals: list[CaptionProposal] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        found = _caption_line(body, offset) or _inline_captions(body, offset)
        if isinstance(found, CaptionProposal):
            proposals.append(found)
        elif found:
            proposals.extend(found)
        offset += len(line)
    return proposals


def _caption_line(line: str, offset: int) -> CaptionProposal | None:
    stripped = line.strip()
    if not stripped or "://" in stripped or "www." in stripped or _is_share_buttons(stripped):
        return None
    if stripped.count("|") > 1 or stripped.startswith("|"):
        return None  # a table row
    lead = len(line) - len(line.lstrip())
    for pattern in _LINE_CREDITS:
        match = pattern.search(stripped)
        if match is None:
            continue
        credit = match["credit"].strip()
        caption = stripped[: match.start()].rstrip(" \t/|–—-").strip()
        if _is_caption(caption, credit, pattern in _MAY_STAND_ALONE):
            start = offset + lead
            return CaptionProposal(caption, credit, start, start + len(stripped))
    return None


def _is_caption(caption: str, credit: str, may_stand_alone: bool) -> bool:
    words = caption.split()
    if len(words) > _MAX_CAPTION_WORDS or not credit:
        return False
    if not words and not may_stand_alone:
        return False
    credit_words = credit.split()
    if len(credit_words) > _MAX_CREDIT_WORDS or credit.endswith(("…", ",")):
        return False
    if not may_stand_alone and len(words) < 3:
        return False  # "Fecha | Hecho": two cells, not a caption
    if not _KNOWN_CREDIT.fullmatch(credit) and any(
        w[:1].islower() and w not in _CREDIT_PARTICLES for w in credit_words
    ):
        return False  # credits are names: "Gobierno de Sonora", not "reunión en Washington"
    # A credit names someone: it starts with a capital, a handle or a lowercase brand.
    return credit[0].isupper() or credit[0] == "@" or credit.startswith("iStock")


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
