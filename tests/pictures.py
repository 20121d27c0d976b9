"""Pictures and scans the tests make themselves: photos with metadata written here (IPTC, XMP,
EXIF), and articles printed to PDF, rasterised with pdftoppm and put back together as scans.

Nothing is mocked: the files are real JPEG, PNG, TIFF and PDF files that other programs open.
"""

from __future__ import annotations

import io
import struct
import subprocess
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

from PIL import Image, ImageDraw, PngImagePlugin
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate

FONTS = Path(__file__).resolve().parents[1] / "resources" / "fonts"
SCAN_DPI = 200  # as the issue asks: an article printed, then rasterised at 200 dpi


def photo(
    size: tuple[int, int] = (640, 420),
    *,
    colour: str = "steelblue",
    iptc: dict[tuple[int, int], str] | None = None,
    xmp: str | None = None,
    exif: dict[int, str] | None = None,
    exif_taken: str | None = None,
    fmt: str = "JPEG",
) -> bytes:
    """A picture (a few shapes, so that it is not one flat colour) with the given metadata.

    ``iptc`` maps (record, dataset) to a value, written as a Photoshop APP13 block the way
    photo desks' software writes it (UTF-8, declared in 1:90); ``xmp`` is the packet's
    rdf:Description content; ``exif`` maps IFD0 tags to values, ``exif_taken`` is
    DateTimeOriginal ("2026:03:04 10:20:00").
    """
    image = Image.new("RGB", size, colour)
    draw = ImageDraw.Draw(image)
    draw.ellipse((size[0] // 4, size[1] // 4, size[0] // 2, size[1] // 2), fill="orange")
    draw.rectangle((size[0] // 2, size[1] // 2, size[0] - 20, size[1] - 20), fill="darkgreen")
    options: dict[str, object] = {}
    if xmp is not None and fmt == "PNG":  # an iTXt chunk, as Photoshop and exiftool write
        info = PngImagePlugin.PngInfo()
        info.add_itxt("XML:com.adobe.xmp", _xmp_packet(xmp))
        options["pnginfo"] = info
    elif xmp is not None:
        options["xmp"] = _xmp_packet(xmp).encode("utf-8")
    if exif or exif_taken:
        data = Image.Exif()
        for tag, value in (exif or {}).items():
            data[tag] = value
        if exif_taken:
            data.get_ifd(0x8769)[0x9003] = exif_taken
        options["exif"] = data.tobytes()
    out = io.BytesIO()
    image.save(out, fmt, **options)
    content = out.getvalue()
    if iptc:
        if fmt != "JPEG":
            raise ValueError("IPTC blocks are written into JPEG files here")
        content = _with_app13(content, iptc)
    return content


def _xmp_packet(description: str) -> str:
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"'
        ' xmlns:xmp="http://ns.adobe.com/xap/1.0/">'
        f"{description}</rdf:Description></rdf:RDF></x:xmpmeta>"
        '<?xpacket end="w"?>'
    )


def xmp_alt(element: str, value: str) -> str:
    """An XMP language alternative (dc:description, dc:title) holding ``value``."""
    return (
        f'<{element}><rdf:Alt><rdf:li xml:lang="x-default">{escape(value)}</rdf:li>'
        f"</rdf:Alt></{element}>"
    )


def xmp_seq(element: str, *values: str) -> str:
    """An XMP ordered list (dc:creator) of ``values``."""
    items = "".join(f"<rdf:li>{escape(value)}</rdf:li>" for value in values)
    return f"<{element}><rdf:Seq>{items}</rdf:Seq></{element}>"


def _with_app13(jpeg: bytes, iptc: dict[tuple[int, int], str]) -> bytes:
    datasets = _dataset(1, 90, b"\x1b%G")  # UTF-8
    for (record, number), value in iptc.items():
        datasets += _dataset(record, number, value.encode("utf-8"))
    resource = b"8BIM" + struct.pack(">H", 0x0404) + b"\x00\x00"
    resource += struct.pack(">I", len(datasets)) + datasets + (b"\x00" * (len(datasets) % 2))
    payload = b"Photoshop 3.0\x00" + resource
    segment = b"\xff\xed" + struct.pack(">H", len(payload) + 2) + payload
    return jpeg[:2] + segment + jpeg[2:]


def _dataset(record: int, number: int, value: bytes) -> bytes:
    return struct.pack(">BBBH", 0x1C, record, number, len(value)) + value


def printed_pdf(text: str, path: Path) -> Path:
    """``text`` (paragraphs apart by blank lines) typeset on A4 pages, 11 pt serif."""
    if "DejaVuSerif" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSerif", str(FONTS / "DejaVuSerif.ttf")))
    style = ParagraphStyle("body", fontName="DejaVuSerif", fontSize=11, leading=15, spaceAfter=8)
    paragraphs = [part.strip() for part in text.split("\n\n")]
    # A line of its own (a header line, a heading above the text) stays one when printed.
    story = [
        Paragraph("<br/>".join(escape(line) for line in part.splitlines()), style)
        for part in paragraphs
        if part
    ]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def rasterised(pdf: Path, dpi: int = SCAN_DPI) -> list[Image.Image]:
    """The PDF's pages as greyscale pictures, drawn by pdftoppm (poppler-utils)."""
    with tempfile.TemporaryDirectory() as folder:
        prefix = Path(folder) / "page"
        subprocess.run(
            ["pdftoppm", "-r", str(dpi), "-gray", "-png", str(pdf), str(prefix)], check=True
        )
        pages = []
        for page in sorted(Path(folder).glob("page-*.png")):
            with Image.open(page) as image:
                pages.append(image.copy())
    return pages


def scanned_pdf(text: str, folder: Path, name: str = "escaneo.pdf", dpi: int = SCAN_DPI) -> Path:
    """``text`` printed, rasterised and bound again as a PDF of page pictures (no text layer),
    as a scanner makes it."""
    pages = rasterised(printed_pdf(text, folder / f"{Path(name).stem}-printed.pdf"), dpi)
    target = folder / name
    pages[0].save(target, "PDF", save_all=True, append_images=pages[1:], resolution=dpi)
    return target


def scanned_tiff(text: str, folder: Path, name: str = "escaneo.tif") -> Path:
    """``text`` printed and rasterised as a multi-page TIFF, as a document scanner saves it."""
    pages = rasterised(printed_pdf(text, folder / f"{Path(name).stem}-printed.pdf"))
    target = folder / name
    pages[0].save(target, "TIFF", save_all=True, append_images=pages[1:], compression="tiff_lzw")
    return target


def character_accuracy(read: str, original: str) -> float:
    """1 - (edit distance / original length), whitespace runs counted as one space."""
    a, b = " ".join(read.split()), " ".join(original.split())
    if not b:
        return 1.0 if not a else 0.0
    previous = list(range(len(b) + 1))
    for i, char in enumerate(a, start=1):
        current = [i]
        for j, other in enumerate(b, start=1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char != other))
            )
        previous = current
    return 1 - previous[-1] / len(b)
