"""Photos, screenshots and scans as sources: the caption a photo desk wrote into the file, and
the text a picture of a page holds.

A news agency's photo carries its caption, credit and date inside the file, the way every photo
desk and Tropy read them: IPTC (Caption-Abstract, Credit, By-line, Date Created), XMP
(dc:description, photoshop:Credit, dc:creator, photoshop:DateCreated) and EXIF
(DateTimeOriginal). These become the source's figure (``Document.figures``), which the importer
proposes as a caption of this very image; a photo with none is proposed with an empty caption,
for the analyst to write. A picture of text (a screenshot of a post, a photographed or scanned
page) is read by OCR, and that text is the source's text, proposed from like any article's.

Pillow opens everything; HEIC through pillow-heif. Metadata is text from anyone: it is cleaned
of control characters, cut to a sane length, and only ever shown as plain text. Pictures above
``MAX_PIXELS`` are refused before they are decoded (a "decompression bomb": a few kilobytes that
unpack to gigabytes), and a truncated file is refused rather than half read.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from casefile.domain import SourceKind
from casefile.errors import UnreadableFileError
from casefile.ingest import ocr
from casefile.ingest.document import Document, Figure
from casefile.ingest.encoding import clean_text
from casefile.ingest.lead import clipped
from casefile.ingest.metadata import detect_language
from casefile.ingest.text import Known, assemble

if TYPE_CHECKING:
    from PIL.Image import Image

# 90 megapixels, Pillow's own default: a 60 MP camera's photo or an A3 page scanned at 600 dpi
# passes; above it an image is refused before anything is decoded.
MAX_PIXELS = 89_478_485
MAX_FIELD_CHARACTERS = 2_000  # IPTC's own limit for a caption; XMP has none
_MAX_FRAMES = 1_000  # pages of a multi-page TIFF scan

# Cameras write their maker's name where a caption belongs.
_PLACEHOLDER_DESCRIPTION = re.compile(
    r"^(?:|\W+|(?:[A-Z]+\s+)?DIGITAL\s+(?:STILL\s+)?CAMERA|default|image|untitled|"
    r"SONY DSC|Screenshot|Captura de pantalla)$",
    re.IGNORECASE,
)

_XMP_NAMESPACES = {
    "dc": "http://purl.org/dc/elements/1.1/",
    "photoshop": "http://ns.adobe.com/photoshop/1.0/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
}

# IPTC IIM record 2 datasets.
_IPTC_HEADLINE = (2, 105)
_IPTC_CAPTION = (2, 120)
_IPTC_CREDIT = (2, 110)
_IPTC_BYLINE = (2, 80)
_IPTC_DATE = (2, 55)
_IPTC_CHARSET = (1, 90)
_UTF8_MARK = b"\x1b%G"

# EXIF tags.
_EXIF_IFD = 0x8769
_DATE_TIME_ORIGINAL = 0x9003
_DATE_TIME = 0x0132
_IMAGE_DESCRIPTION = 0x010E
_ARTIST = 0x013B


@cache
def prepare_pillow() -> None:
    """Pillow as every reader of pictures here uses it, set once for the process: HEIC/HEIF
    photos open (pillow-heif), and its decompression-bomb warning (a picture between
    ``MAX_PIXELS`` and twice that) is an error, as above it (``warnings.catch_warnings``
    would not be thread-safe)."""
    from PIL import Image as PILImage

    warnings.filterwarnings("error", category=PILImage.DecompressionBombWarning)
    try:
        from pillow_heif import register_heif_opener
    except ImportError:  # pragma: no cover - a build without HEIC support
        return
    register_heif_opener()


@dataclass
class PhotoFacts:
    """What a photo's metadata says of it, every field plain text ("" when absent)."""

    caption: str = ""
    credit: str = ""
    headline: str = ""
    date: dt.date | None = None


def read_image(data: bytes, name: str, suffix: str, steps: ocr.Steps | None = None) -> Document:
    """An image source: its photo caption from the metadata and, if it shows text, its text."""
    with _opened(data, name) as image:
        facts = photo_facts(image)
        # A photo desk's captioned photo is a photo: reading it for text would take seconds to
        # find none. Anything else may be a picture of text, read if Tesseract is installed
        # (without it, a photo is still a photo, with a caption to write).
        reads_text = not facts.caption and ocr.tesseract_ready()
        pages = _read_pages(image, name, steps or ocr.Steps()) if reads_text else []
    text = clean_text("\n\n".join(pages), name) if pages else ""
    figure = Figure(caption=facts.caption, credit=facts.credit, data=data, suffix=suffix)
    if text.strip():
        # A screenshot or a scanned page: read as an article (dateline, headline, language).
        document = assemble(
            text, name=name, content=data, suffix=suffix, known=Known(created=facts.date)
        )
    else:
        document = Document(
            text=facts.caption,
            title=facts.headline or clipped(facts.caption) or None,  # a photo's title: its caption
            outlet=None,
            url=None,
            published=facts.date,
            language=detect_language(facts.caption) if facts.caption else None,
            original_name=name,
            content=data,
            suffix=suffix,
        )
    document.kind = SourceKind.IMAGE
    document.author = document.author or facts.credit or None  # a photo's author: its credit
    document.figures = [figure]
    document.read_by_ocr = bool(text.strip())
    return document


@contextmanager
def _opened(data: bytes, name: str) -> Iterator[Image]:
    """The picture in ``data``, its first frame decoded; refused with a sentence when it is not
    a picture, is damaged or cut short, or is larger than ``MAX_PIXELS`` (checked before any
    pixel is decoded)."""
    from PIL import Image as PILImage

    prepare_pillow()
    with _refusing(name):
        image = PILImage.open(io.BytesIO(data))
    try:
        _check_size(image, name)
        with _refusing(name):
            image.load()  # a truncated file fails here; a PNG's late chunks are read too
        yield image
    finally:
        image.close()


def _read_pages(image: Image, name: str, steps: ocr.Steps) -> list[str]:
    """The text OCR finds in each frame (the pages of a TIFF scan; an animation's first frame),
    decoded one at a time so that a long scan never sits whole in memory."""
    frames = min(getattr(image, "n_frames", 1), _MAX_FRAMES) if image.format == "TIFF" else 1
    pages = []
    for index in range(frames):
        steps.page(index, frames)
        with _refusing(name):
            image.seek(index)
            _check_size(image, name)
            image.load()
        page = ocr.recognise(image, name)
        if page.is_text:
            pages.append(page.text)
    steps.page(frames, frames)
    return pages


def _check_size(image: Image, name: str) -> None:
    width, height = image.size
    if width * height > MAX_PIXELS:
        raise UnreadableFileError(key="image_too_large", name=name)


@contextmanager
def _refusing(name: str) -> Iterator[None]:
    """Pillow's (and pillow-heif's) many failures on a bad file, as one sentence."""
    from PIL import Image as PILImage
    from PIL import UnidentifiedImageError

    try:
        yield
    except (PILImage.DecompressionBombError, PILImage.DecompressionBombWarning):
        raise UnreadableFileError(key="image_too_large", name=name) from None
    except UnidentifiedImageError:
        raise UnreadableFileError(key="image_unknown", name=name) from None
    except MemoryError:
        raise UnreadableFileError(key="image_too_large", name=name) from None
    except Exception as exc:
        # "image file is truncated", "broken data stream", "Missing dimensions", a HEIC
        # decoder's RuntimeError: a damaged file, whichever library says so.
        raise UnreadableFileError(key="image_damaged", name=name, detail=str(exc)) from None


def photo_facts(image: Image) -> PhotoFacts:
    """Caption, credit, headline and date from IPTC, XMP and EXIF, first found wins."""
    iptc = _iptc(image)
    xmp = _xmp(image)
    exif = _exif(image)
    caption = iptc.get("caption") or xmp.get("caption") or exif.get("caption") or ""
    byline = iptc.get("byline") or xmp.get("creator") or exif.get("artist") or ""
    agency = iptc.get("credit") or xmp.get("credit") or ""
    return PhotoFacts(
        caption=_field(caption),
        credit=_field(_credit(byline, agency)),
        headline=_field(iptc.get("headline") or xmp.get("headline") or ""),
        date=_date(iptc.get("date") or xmp.get("date") or exif.get("date") or ""),
    )


def _credit(byline: str, agency: str) -> str:
    """ "Name/Agency" as wire captions print it, or whichever of the two the file has."""
    byline, agency = _field(byline), _field(agency)
    if byline and agency and agency.casefold() not in byline.casefold():
        return f"{byline}/{agency}"
    return byline or agency


def _field(value: str) -> str:
    """Metadata as one line of plain text, no control characters, at most a caption's length."""
    value = "".join(" " if not char.isprintable() else char for char in value)
    return " ".join(value.split())[:MAX_FIELD_CHARACTERS]


def _iptc(image: Image) -> dict[str, str]:
    from PIL import IptcImagePlugin

    try:
        info: Any = IptcImagePlugin.getiptcinfo(image)  # type: ignore[arg-type]
    except Exception:  # a malformed IPTC block is no reason to refuse the photo
        return {}
    if not info:
        return {}
    utf8 = _UTF8_MARK in _joined_bytes(info.get(_IPTC_CHARSET))
    keys = {
        "caption": _IPTC_CAPTION,
        "credit": _IPTC_CREDIT,
        "byline": _IPTC_BYLINE,
        "headline": _IPTC_HEADLINE,
        "date": _IPTC_DATE,
    }
    return {name: _decoded(info.get(key), utf8) for name, key in keys.items() if info.get(key)}


def _joined_bytes(value: object) -> bytes:
    if isinstance(value, list):
        return b"; ".join(part for part in value if isinstance(part, bytes))
    return value if isinstance(value, bytes) else b""


def _decoded(value: object, utf8: bool) -> str:
    raw = _joined_bytes(value)
    if utf8:
        return raw.decode("utf-8", errors="replace")
    try:
        return raw.decode("utf-8")  # most writers use UTF-8 whatever they declare
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _xmp(image: Image) -> dict[str, str]:
    """dc:description, dc:creator, dc:title, photoshop:Credit/Headline/DateCreated."""
    packet = _xmp_packet(image)
    if not packet:
        return {}
    from defusedxml import ElementTree
    from defusedxml.common import DefusedXmlException

    try:
        root = ElementTree.fromstring(packet)
    except (ElementTree.ParseError, DefusedXmlException, ValueError):
        return {}  # a hostile or broken packet (entities, bad XML) is ignored, not obeyed
    found: dict[str, str] = {}
    wanted = {
        "caption": "dc:description",
        "creator": "dc:creator",
        "headline": "photoshop:Headline",
        "credit": "photoshop:Credit",
        "date": "photoshop:DateCreated",
    }
    for key, qualified in wanted.items():
        value = _xmp_value(root, qualified)
        if value:
            found[key] = value
    if "date" not in found and (created := _xmp_value(root, "xmp:CreateDate")):
        found["date"] = created
    return found


def _xmp_packet(image: Image) -> bytes:
    info = image.info
    for key in ("xmp", "XML:com.adobe.xmp"):
        value = info.get(key)
        if value:
            return value.encode("utf-8") if isinstance(value, str) else bytes(value)
    tags = getattr(image, "tag_v2", None)  # TIFF: tag 700
    if tags is not None and 700 in tags:
        value = tags[700]
        return value.encode("utf-8") if isinstance(value, str) else bytes(value)
    return b""


def _xmp_value(root: Any, qualified: str) -> str:
    """An XMP property as an element (with rdf:Alt/Seq/Bag of rdf:li) or as an attribute."""
    prefix, local = qualified.split(":")
    name = f"{{{_XMP_NAMESPACES[prefix]}}}{local}"
    for description in root.iter(f"{{{_XMP_NAMESPACES['rdf']}}}Description"):
        if name in description.attrib:
            return str(description.attrib[name])
    for element in root.iter(name):
        items = [
            "".join(item.itertext()) for item in element.iter(f"{{{_XMP_NAMESPACES['rdf']}}}li")
        ]
        values = [item for item in items if item.strip()] or ["".join(element.itertext())]
        joined = "; ".join(value.strip() for value in values if value.strip())
        if joined:
            return joined
    return ""


def _exif(image: Image) -> dict[str, str]:
    try:
        exif = image.getexif()
        details = exif.get_ifd(_EXIF_IFD)
    except Exception:  # broken EXIF is common and harmless
        return {}
    found = {}
    description = str(exif.get(_IMAGE_DESCRIPTION) or "").strip("\x00 ")
    if description and not _PLACEHOLDER_DESCRIPTION.match(description):
        found["caption"] = description
    artist = str(exif.get(_ARTIST) or "").strip("\x00 ")
    if artist:
        found["artist"] = artist
    taken = details.get(_DATE_TIME_ORIGINAL) or exif.get(_DATE_TIME)
    if taken:
        found["date"] = str(taken)
    return found


_DATE_SHAPES = (
    re.compile(r"^(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})$"),  # IPTC: 20260116
    re.compile(r"^(?P<y>\d{4})[-:](?P<m>\d{2})[-:](?P<d>\d{2})"),  # EXIF and XMP
)


def _date(value: str) -> dt.date | None:
    value = value.strip()
    for shape in _DATE_SHAPES:
        match = shape.match(value)
        if match:
            try:
                return dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
            except ValueError:
                return None  # "0000:00:00", the camera's unset clock
    return None
