"""PDF/A-2b (ISO 19005-2, level B) for the brief: what ReportLab's open-source edition leaves out.

ReportLab lays out the pages with every font embedded (fonts.py); :func:`to_pdfa` then adds,
with pikepdf (qpdf), what level B asks of the file itself:

- XMP metadata naming the part and level (``pdfaid:part`` 2, ``pdfaid:conformance`` B), its
  title, author, subject, dates, creator tool and producer equal to the document information
  dictionary's (6.6);
- an output intent whose profile is sRGB, the space every colour of the brief is given in, so
  DeviceRGB and DeviceGray are allowed (6.2.3, 6.2.4.3); the profile is :func:`srgb_profile`;
- the print flag on every annotation, the links of the source notes (6.3.2);
- qpdf's file syntax: ReportLab runs a stream's data straight into ``endstream``, PDF/A wants an
  end-of-line marker between them (6.1.7.1).

The file identifier (trailer /ID, 6.1.3) keeps ReportLab's permanent half, qpdf writes the
changing half; nothing is encrypted. PDF/A-2 allows transparency, so a PNG's alpha channel stays
as it is.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import re
import struct

import pikepdf

# Annotation flags (ISO 32000-1, 12.5.3): PDF/A wants Print on, the four that hide one off.
_INVISIBLE, _HIDDEN, _PRINT, _TOGGLE_NO_VIEW, _NO_VIEW = 1, 2, 4, 256, 32

SRGB = "sRGB IEC61966-2.1"

_WITH_XMP_EQUIVALENT = {"/Title", "/Author", "/Subject", "/Keywords", "/Creator", "/Producer"}
# Characters XML 1.0 cannot hold, so XMP cannot either (a control pasted into a case title).
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

# The D50 profile connection space's white, and sRGB's primaries adapted to it (Bradford),
# as every sRGB profile gives them.
_D50 = (0.9642, 1.0, 0.8249)
_RED = (0.4360747, 0.2225045, 0.0139322)
_GREEN = (0.3850649, 0.7168786, 0.0971045)
_BLUE = (0.1430804, 0.0606169, 0.7141733)
_CURVE_POINTS = 1024


def to_pdfa(pdf: bytes, created: dt.datetime) -> bytes:
    """The PDF ``pdf`` made by ReportLab, as PDF/A-2b.

    ``created`` (a timezone-aware moment) becomes the creation and modification dates, in the
    information dictionary and the XMP alike.
    """
    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(pdf)) as document:
        _metadata(document, created)
        _output_intent(document)
        _print_annotations(document)
        document.save(out)
    return out.getvalue()


def _metadata(document: pikepdf.Pdf, created: dt.datetime) -> None:
    info = document.docinfo
    # Kept: the entries with an XMP equivalent (Trapped has none in PDF/A-2's schemas) that say
    # something (no empty author). The dates are set below, not taken from ReportLab, which
    # rounds a half-hour time zone.
    for key in list(info.keys()):
        value = _NOT_XML.sub("", str(info[key]))
        if key in _WITH_XMP_EQUIVALENT and value:
            info[key] = value
        else:
            del info[key]
    with document.open_metadata(set_pikepdf_as_editor=False) as xmp:
        xmp.load_from_docinfo(info, raise_failure=True)
        xmp["xmp:CreateDate"] = created.isoformat()
        xmp["xmp:ModifyDate"] = created.isoformat()
        xmp["pdfaid:part"] = "2"
        xmp["pdfaid:conformance"] = "B"
    # Leaving the block wrote the XMP and rewrote the information dictionary from it; the dates
    # again in full, "+01'00'" with its closing apostrophe, as validators read them.
    info = document.docinfo
    info.CreationDate = info.ModDate = pdf_date(created)


def pdf_date(moment: dt.datetime) -> str:
    """A timezone-aware moment as a PDF date string: ``D:20260302143000+01'00'``."""
    offset = moment.utcoffset()
    if offset is None:
        raise ValueError("a PDF/A date needs its time zone")
    minutes = round(offset.total_seconds() / 60)
    sign = "-" if minutes < 0 else "+"
    hours, minutes = divmod(abs(minutes), 60)
    return moment.strftime("D:%Y%m%d%H%M%S") + f"{sign}{hours:02d}'{minutes:02d}'"


def _output_intent(document: pikepdf.Pdf) -> None:
    profile = document.make_stream(srgb_profile())
    profile.N = 3
    intent = pikepdf.Dictionary(
        Type=pikepdf.Name.OutputIntent,
        S=pikepdf.Name.GTS_PDFA1,
        OutputConditionIdentifier=SRGB,
        RegistryName="http://www.color.org",
        Info=SRGB,
        DestOutputProfile=profile,
    )
    document.Root.OutputIntents = pikepdf.Array([intent])


def _print_annotations(document: pikepdf.Pdf) -> None:
    hiding = _INVISIBLE | _HIDDEN | _TOGGLE_NO_VIEW | _NO_VIEW
    for page in document.pages:
        for annotation in page.obj.get("/Annots", pikepdf.Array()):
            flags = int(annotation.get("/F", 0))
            annotation.F = (flags | _PRINT) & ~hiding


@functools.cache
def srgb_profile() -> bytes:
    """An ICC display profile of sRGB (IEC 61966-2-1), version 2.1: matrix and curves.

    Written here from the standard's numbers rather than shipped as a file: no licence to
    track, the same bytes on every machine, and a version-2 profile suits every PDF/A part.
    """
    curve = [round(65535 * _srgb_to_linear(i / (_CURVE_POINTS - 1))) for i in range(_CURVE_POINTS)]
    trc = b"curv" + bytes(4) + struct.pack(f">I{len(curve)}H", len(curve), *curve)
    name = SRGB.encode("ascii") + b"\0"
    # textDescriptionType: ASCII, then an empty Unicode and an empty Macintosh description.
    desc = b"desc" + bytes(4) + struct.pack(">I", len(name)) + name + bytes(8 + 3 + 67)
    cprt = b"text" + bytes(4) + b"No copyright, use freely\0"
    tags = [
        (b"desc", desc),
        (b"cprt", cprt),
        (b"wtpt", _xyz(_D50)),
        (b"rXYZ", _xyz(_RED)),
        (b"gXYZ", _xyz(_GREEN)),
        (b"bXYZ", _xyz(_BLUE)),
        (b"rTRC", trc),
        (b"gTRC", trc),
        (b"bTRC", trc),
    ]
    # Tag data follows the header and the tag table, each element on a 4-byte boundary; the
    # three channels share one curve.
    start = 128 + 4 + 12 * len(tags)
    table = [struct.pack(">I", len(tags))]
    data = b""
    placed: dict[bytes, int] = {}
    for signature, body in tags:
        if body not in placed:
            placed[body] = start + len(data)
            data += body + bytes(-len(body) % 4)
        table.append(struct.pack(">4sII", signature, placed[body], len(body)))
    size = start + len(data)
    header = struct.pack(
        ">I4sI4s4s4s6H4s4sI4sI8sI12s4s16s28s",
        size,
        bytes(4),  # preferred colour management module: any
        0x02100000,  # version 2.1.0
        b"mntr",  # a display
        b"RGB ",
        b"XYZ ",  # profile connection space
        2026,  # date and time the profile was made: fixed, so the bytes are too
        1,
        1,
        0,
        0,
        0,
        b"acsp",
        bytes(4),  # primary platform: none
        0,  # flags
        bytes(4),  # device manufacturer
        0,  # device model
        bytes(8),  # device attributes
        0,  # rendering intent: perceptual
        _xyz(_D50)[8:],  # the connection space's illuminant
        bytes(4),  # creator
        bytes(16),  # profile ID: none in version 2
        bytes(28),
    )
    return header + b"".join(table) + data


def _xyz(value: tuple[float, float, float]) -> bytes:
    """An XYZType element: three s15Fixed16Number values."""
    return b"XYZ " + bytes(4) + struct.pack(">3i", *(round(v * 65536) for v in value))


def _srgb_to_linear(value: float) -> float:
    """The sRGB transfer function, encoded value to linear light, both in 0..1."""
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4
