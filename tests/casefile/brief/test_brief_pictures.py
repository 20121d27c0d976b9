"""The brief prints a caption beside its picture: upright, scaled to fit, and embedded at no
more pixels than its printed size needs (a camera's photo does not weigh down the PDF)."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from pictures import photo
from PIL import Image
from pypdf import PdfReader

from casefile.brief import BriefOptions, build
from casefile.files import content_hash
from casefile.library import Library
from casefile.models import Caption

ORIENTATION = 0x0112


def test_a_cameras_photo_prints_upright_and_reduced_beside_its_caption(
    library: Library, tmp_path: Path
) -> None:
    case = library.create_case("Grecia–Turquía", ["GR", "TR"])
    # 4000 x 3000 as stored, turned a quarter by its EXIF tag: a portrait photo from a phone.
    data = photo((4000, 3000), exif={ORIENTATION: 6})
    stored = library.files.put(data, content_hash(data), ".jpg")
    library.add(
        Caption(
            case_id=case.id,
            caption="Los ministros caminan por el puerto de Atenas",
            credit="Foto: AP",
            image_file=stored,
        )
    )
    out = tmp_path / "brief.pdf"
    build(library, case.id, BriefOptions(issued=dt.date(2026, 12, 1)), out)

    reader = PdfReader(out)
    [embedded] = [image for page in reader.pages for image in page.images]
    with Image.open(io.BytesIO(embedded.data)) as printed:
        width, height = printed.size
    assert height > width  # upright: portrait
    assert height <= 80 / 25.4 * 220 + 1  # 80 mm at 220 dpi, not 4000 pixels
    assert out.stat().st_size < 400_000
    page_text = " ".join(page.extract_text() for page in reader.pages)
    assert "Los ministros caminan por el puerto de Atenas" in " ".join(page_text.split())


def test_a_photos_source_note_is_a_photograph_with_its_credit_never_its_file_name(
    library: Library, tmp_path: Path
) -> None:
    from casefile.importer import import_paths

    case = library.create_case("Venezuela–Guyana", ["VE", "GY"])
    credited = tmp_path / "DSC_0193.jpg"
    credited.write_bytes(photo(iptc={(2, 120): "Soldados en el Esequibo", (2, 110): "AFP"}))
    bare = tmp_path / "IMG_7781.png"
    bare.write_bytes(photo(fmt="PNG"))
    import_paths(library, case.id, [credited, bare])
    for caption in library.items("caption", case.id):
        library.update(
            "caption", caption.id, caption=caption.caption or "Sin pie", review="accepted"
        )
    out = tmp_path / "brief.pdf"
    build(library, case.id, BriefOptions(issued=dt.date(2026, 12, 1)), out)

    notes = " ".join(PdfReader(out).pages[-1].extract_text().split())
    assert "[1] Photograph. “Soldados en el Esequibo”. AFP [2] Photograph " in notes
    assert "DSC_0193" not in notes
    assert "IMG_7781" not in notes


def test_markup_in_a_photos_metadata_prints_literally(library: Library, tmp_path: Path) -> None:
    from casefile.importer import import_paths

    case = library.create_case("Caso", [])
    path = tmp_path / "hostil.jpg"
    path.write_bytes(
        photo(iptc={(2, 120): "<b>Ministros</b> & <i>aliados</i>", (2, 110): "<font>AP</font>"})
    )
    import_paths(library, case.id, [path], accept=True)
    out = tmp_path / "brief.pdf"
    build(library, case.id, BriefOptions(issued=dt.date(2026, 12, 1)), out)
    printed = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert "<b>Ministros</b> & <i>aliados</i>" in printed
    assert "<font>AP</font>" in printed


def test_a_caption_longer_than_a_page_goes_under_its_picture(
    library: Library, tmp_path: Path
) -> None:
    case = library.create_case("Caso", [])
    data = photo((800, 600))
    stored = library.files.put(data, content_hash(data), ".jpg")
    long_caption = "Los delegados recorren la frontera y conversan con los vecinos. " * 70
    library.add(Caption(case_id=case.id, caption=long_caption, image_file=stored))
    out = tmp_path / "brief.pdf"
    build(library, case.id, BriefOptions(issued=dt.date(2026, 12, 1)), out)
    assert len([image for page in PdfReader(out).pages for image in page.images]) == 1
