"""Photos as sources: the caption, credit and date a photo desk wrote into the file, bad
pictures refused with a sentence, hostile metadata kept as plain text. Every picture is made
here, with its metadata written by the test."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from pictures import photo, xmp_alt, xmp_seq
from PIL import Image
from sqlmodel import select

from casefile import ingest
from casefile.domain import SourceKind
from casefile.errors import UnreadableFileError
from casefile.importer import import_paths
from casefile.library import Library
from casefile.models import Caption, Source
from casefile.thumbnails import thumbnail_path

CAPTION = (2, 120)
CREDIT = (2, 110)
BYLINE = (2, 80)
DATE = (2, 55)
HEADLINE = (2, 105)


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def test_iptc_caption_credit_and_date_become_the_photos_figure(tmp_path: Path) -> None:
    data = photo(
        iptc={
            CAPTION: "Los cancilleres se saludan en Lima antes de la reunión",
            CREDIT: "EFE",
            BYLINE: "Lucía Paz",
            DATE: "20260305",
            HEADLINE: "Cancilleres en Lima",
        }
    )
    document = ingest.read(write(tmp_path, "lima.jpg", data))

    assert document.kind == SourceKind.IMAGE
    [figure] = document.figures
    assert figure.caption == "Los cancilleres se saludan en Lima antes de la reunión"
    assert figure.credit == "Lucía Paz/EFE"
    assert figure.data == data
    assert figure.suffix == ".jpg"
    assert document.published == dt.date(2026, 3, 5)
    assert document.title == "Cancilleres en Lima"
    assert document.text == figure.caption
    assert not document.read_by_ocr


def test_xmp_description_creator_and_credit_stand_in_for_iptc(tmp_path: Path) -> None:
    description = (
        xmp_alt("dc:description", "Border crossing at dawn, with trucks queueing")
        + xmp_seq("dc:creator", "Sam Ortiz")
        + "<photoshop:Credit>Reuters</photoshop:Credit>"
        + "<photoshop:DateCreated>2025-11-02T08:15:00</photoshop:DateCreated>"
    )
    for fmt, suffix in (("JPEG", ".jpg"), ("PNG", ".png"), ("WEBP", ".webp")):
        document = ingest.read(write(tmp_path, f"border{suffix}", photo(xmp=description, fmt=fmt)))
        [figure] = document.figures
        assert (figure.caption, figure.credit) == (
            "Border crossing at dawn, with trucks queueing",
            "Sam Ortiz/Reuters",
        ), fmt
        assert document.published == dt.date(2025, 11, 2), fmt


def test_exif_date_taken_dates_a_photo_and_a_cameras_placeholder_is_no_caption(
    tmp_path: Path,
) -> None:
    data = photo(
        exif={0x010E: "OLYMPUS DIGITAL CAMERA", 0x013B: "Ana Gil"},
        exif_taken="2024:07:19 16:02:11",
        iptc={CREDIT: "AFP"},
    )
    document = ingest.read(write(tmp_path, "camera.jpg", data))
    [figure] = document.figures
    assert figure.caption == ""
    assert figure.credit == "Ana Gil/AFP"
    assert document.published == dt.date(2024, 7, 19)


def test_iptc_wins_over_xmp_and_exif_where_both_say_something(tmp_path: Path) -> None:
    data = photo(
        iptc={CAPTION: "Pie de foto IPTC"},
        xmp=xmp_alt("dc:description", "XMP description"),
        exif={0x010E: "EXIF description"},
    )
    [figure] = ingest.read(write(tmp_path, "tres.jpg", data)).figures
    assert figure.caption == "Pie de foto IPTC"


def test_hostile_metadata_is_kept_as_plain_text_without_control_characters(
    tmp_path: Path,
) -> None:
    hostile = "<b>Ministros</b> &amp; <script>alert(1)</script>\x00\x07 " + "x" * 5000
    data = photo(iptc={CAPTION: hostile, CREDIT: "<i>AP</i>\r\nInjected"})
    [figure] = ingest.read(write(tmp_path, "hostil.jpg", data)).figures
    assert figure.caption.startswith("<b>Ministros</b> &amp; <script>alert(1)</script> x")
    assert "\x00" not in figure.caption
    assert "\x07" not in figure.caption
    assert len(figure.caption) == 2000
    assert figure.credit == "<i>AP</i> Injected"


def test_an_xmp_packet_that_expands_entities_is_ignored_not_obeyed(tmp_path: Path) -> None:
    # The "billion laughs": a few lines of XML that expand to gigabytes if parsed naively.
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
        '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:description>&lol3;</dc:description>'
        "</rdf:Description></rdf:RDF></x:xmpmeta>"
    )
    image = Image.new("RGB", (64, 64), "white")
    out = io.BytesIO()
    image.save(out, "JPEG", xmp=laughs.encode("utf-8"))
    document = ingest.read(write(tmp_path, "risa.jpg", out.getvalue()))
    assert document.kind == SourceKind.IMAGE
    assert document.figures[0].caption == ""


def test_a_truncated_picture_is_refused_with_a_sentence(tmp_path: Path) -> None:
    whole = photo((800, 600), iptc={CAPTION: "Cortada"})
    path = write(tmp_path, "cortada.jpg", whole[: len(whole) // 2])
    with pytest.raises(UnreadableFileError, match=r"^cortada\.jpg: the picture is damaged"):
        ingest.read(path)


def test_a_decompression_bomb_is_refused_before_it_is_decoded(tmp_path: Path) -> None:
    # 400 megapixels of one colour: a few kilobytes on disk, gigabytes once decoded.
    out = io.BytesIO()
    Image.new("1", (20_000, 20_000)).save(out, "PNG")
    assert len(out.getvalue()) < 200_000
    path = write(tmp_path, "bomba.png", out.getvalue())
    with pytest.raises(UnreadableFileError, match=r"^bomba\.png: the picture is too large"):
        ingest.read(path)


def test_a_file_that_is_no_picture_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "nota.png", b"this is a note, renamed")
    with pytest.raises(UnreadableFileError, match=r"^nota\.png: the file is not a picture"):
        ingest.read(path)


def test_a_heic_photo_from_a_phone_is_read(tmp_path: Path) -> None:
    from pillow_heif import register_heif_opener

    register_heif_opener()
    out = io.BytesIO()
    Image.new("RGB", (320, 240), "teal").save(out, "HEIF")
    document = ingest.read(write(tmp_path, "IMG_0042.HEIC", out.getvalue()))
    assert document.kind == SourceKind.IMAGE
    assert document.suffix == ".heic"


def test_a_captioned_photo_is_stored_with_its_caption_picture_and_thumbnail(
    library: Library, tmp_path: Path
) -> None:
    case = library.create_case("Perú–Bolivia", ["PE", "BO"])
    data = photo((1600, 1000), iptc={CAPTION: "Firma del acta en Lima", CREDIT: "Andina"})
    report = import_paths(library, case.id, [write(tmp_path, "acta.jpg", data)])

    assert [name for name, _ in report.added] == ["acta.jpg"]
    with library.session() as session:
        source = session.exec(select(Source)).one()
        caption = session.exec(select(Caption)).one()
    assert source.kind == SourceKind.IMAGE.value
    assert library.files.path(source.stored_file).read_bytes() == data
    assert (caption.caption, caption.credit, caption.review) == (
        "Firma del acta en Lima",
        "Andina",
        "proposed",
    )
    assert caption.image_file == source.stored_file
    assert source.text[caption.evidence_start : caption.evidence_end] == caption.caption
    with Image.open(thumbnail_path(library.files, caption.image_file)) as small:
        assert max(small.size) == 256
    with Image.open(thumbnail_path(library.files, caption.image_file, 768)) as preview:
        assert max(preview.size) == 768  # the detail pane's, made in the worker too


def test_a_photo_with_no_caption_asks_for_one_even_in_an_accepting_import(
    library: Library, tmp_path: Path
) -> None:
    case = library.create_case("Chile–Argentina", ["CL", "AR"])
    plain = photo((300, 200), fmt="PNG")
    import_paths(library, case.id, [write(tmp_path, "sin-pie.png", plain)], accept=True)
    with library.session() as session:
        caption = session.exec(select(Caption)).one()
    assert caption.caption == ""
    assert caption.review == "proposed"
    assert caption.image_file


def test_a_damaged_picture_is_listed_as_unreadable_and_nothing_is_stored(
    library: Library, tmp_path: Path
) -> None:
    case = library.create_case("Caso", [])
    whole = photo((800, 600))
    damaged = write(tmp_path, "rota.jpg", whole[: len(whole) // 3])
    good = write(tmp_path, "buena.jpg", photo(iptc={CAPTION: "Buena"}))
    report = import_paths(library, case.id, [damaged, good])
    assert [name for name, _ in report.added] == ["buena.jpg"]
    assert len(report.unreadable) == 1
    assert "rota.jpg" in report.unreadable[0]
    with library.session() as session:
        stored = [source.stored_file for source in session.exec(select(Source))]
    on_disk = sorted(
        path.relative_to(library.files.root).as_posix()
        for path in library.files.root.rglob("*.jpg")
    )
    assert on_disk == stored  # the damaged picture left no file behind


def test_a_picture_just_over_the_limit_is_refused_too(tmp_path: Path) -> None:
    # 100 megapixels: above MAX_PIXELS, below the twice-as-large size Pillow refuses itself.
    out = io.BytesIO()
    Image.new("1", (10_000, 10_000)).save(out, "PNG")
    with pytest.raises(UnreadableFileError, match=r"^grande\.png: the picture is too large"):
        ingest.read(write(tmp_path, "grande.png", out.getvalue()))


def test_a_damaged_phone_photo_is_refused_and_the_import_goes_on(
    library: Library, tmp_path: Path
) -> None:
    from pillow_heif import register_heif_opener

    register_heif_opener()
    out = io.BytesIO()
    Image.new("RGB", (320, 240), "teal").save(out, "HEIF")
    damaged = bytearray(out.getvalue())
    middle = len(damaged) // 2
    damaged[middle : middle + 40] = bytes(byte ^ 0xFF for byte in damaged[middle : middle + 40])
    article = tmp_path / "nota.txt"
    article.write_text("Los cancilleres se reunieron el 3 de marzo de 2026 en Lima.", "utf-8")
    case = library.create_case("Caso", [])

    report = import_paths(
        library, case.id, [write(tmp_path, "IMG_1.heic", bytes(damaged)), article]
    )

    assert [name for name, _ in report.added] == ["nota.txt"]
    assert "IMG_1.heic: the picture is damaged" in report.unreadable[0]
