"""Hostile and broken files: each is imported or refused with a message; none crashes or hangs."""

from __future__ import annotations

import io
import random
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen import canvas

from casefile.importer import import_paths
from casefile.ingest import MAX_FILE_BYTES, SUPPORTED_SUFFIXES
from casefile.library import Library

ROOT = Path(__file__).resolve().parents[2]
PER_FILE_TIMEOUT = 30
ARTICLE = "Reunión en Monterrey\n\nEl 4 de mayo de 2026, funcionarios se reunieron.\n"


@pytest.fixture(scope="module")
def shared_library() -> Iterator[tuple[Library, int]]:
    with tempfile.TemporaryDirectory() as folder:
        library = Library.open(Path(folder) / "lib")
        case = library.create_case("Hostil")
        assert case.id is not None
        yield library, case.id
        library.close()


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(suffix=st.sampled_from(sorted(SUPPORTED_SUFFIXES)), data=st.binary(max_size=3000))
def test_arbitrary_bytes_in_any_supported_format_are_imported_or_refused_with_a_message(
    shared_library: tuple[Library, int], suffix: str, data: bytes
) -> None:
    library, case_id = shared_library
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"file{suffix}"
        path.write_bytes(data)
        report = import_paths(library, case_id, [path])
    outcomes = len(report.added) + len(report.linked) + len(report.duplicates)
    assert outcomes + len(report.unreadable) >= 1
    assert all(message.strip() for message in report.problems)


def _pdf_with_text(text: str) -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 720, text)
    page.save()
    return buffer.getvalue()


def _encrypted_pdf() -> bytes:
    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(_pdf_with_text("Documento reservado"))).pages:
        writer.add_page(page)
    writer.encrypt("secreto")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _renamed_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notes.txt", "not a word document")
    return buffer.getvalue()


def _eml_with_huge_attachment() -> bytes:
    message = EmailMessage()
    message["Subject"] = "Informe con anexo"
    message["From"] = "analista@example.org"
    message["Date"] = "Mon, 4 May 2026 10:00:00 -0600"
    message.set_content("Se adjunta el video de la reunión del 3 de mayo.")
    blob = random.Random(5).randbytes(12 * 1024 * 1024)
    message.add_attachment(blob, maintype="video", subtype="mp4", filename="reunion.mp4")
    return message.as_bytes()


def nasty_files(folder: Path) -> dict[str, Path]:
    """Generated at test time: every kind of file an analyst's downloads folder may hold."""
    rng = random.Random(11)
    contents: dict[str, bytes] = {
        "empty.txt": b"",
        "binary.txt": rng.randbytes(4096),
        "nul bytes.txt": b"Reunion\x00 en\x00 Tijuana " * 50,
        "one long line.txt": b"palabra " * (1024 * 1024 // 8),
        "mixed encodings.txt": "Reunión en León, ".encode() + "Peña Nieto, año".encode("latin-1"),
        "invalid utf8.md": b"Nota\n\n\xff\xfe\xfa\xc3\x28 texto \xa0\xa1",
        "utf16 no bom.txt": ARTICLE.encode("utf-16-le"),
        "nested.html": b"<div>" * 100_000 + b"Texto al fondo" + b"</div>" * 100_000,
        "script.html": b"<html><body><script>while(1){}</script><p>Nota breve del 3 de mayo.</p>",
        "corrupt.pdf": b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\n" + rng.randbytes(2000),
        "encrypted.pdf": _encrypted_pdf(),
        "renamed zip.docx": _renamed_zip(),
        "huge attachment.eml": _eml_with_huge_attachment(),
        "espacios y acentos ñandú.txt": ARTICLE.encode() + b"uno",
        "emoji 🚨 nota.txt": ARTICLE.encode() + b"dos",
        "salto\nde linea.txt": ARTICLE.encode() + b"tres",
    }
    paths = {}
    for name, data in contents.items():
        path = folder / name
        path.write_bytes(data)
        paths[name] = path
    big = folder / "fifty megabytes.txt"
    with open(big, "wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: quick to make, over the limit
    paths[big.name] = big
    target = folder / "espacios y acentos ñandú.txt"
    (folder / "link to file.txt").symlink_to(target)
    (folder / "dangling link.txt").symlink_to(folder / "nowhere.txt")
    loop = folder / "loop"
    loop.mkdir()
    (loop / "itself").symlink_to(loop, target_is_directory=True)
    (loop / "inside.txt").write_bytes(ARTICLE.encode() + b"cuatro")
    for name in ("link to file.txt", "dangling link.txt", "loop"):
        paths[name] = folder / name
    return paths


def _run_import(library: Path, path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "casefile", "import", "1", str(path), "--library", str(library)],
        capture_output=True,
        text=True,
        timeout=PER_FILE_TIMEOUT,
        check=False,
        cwd=ROOT,
    )


def _sources(library: Path) -> dict[int, tuple[Any, ...]]:
    opened = Library.open(library)
    try:
        with opened.engine.connect() as connection:
            rows = connection.exec_driver_sql(
                "SELECT id, content_hash, stored_file, text, title FROM source"
            ).all()
    finally:
        opened.close()
    return {row[0]: tuple(row[1:]) for row in rows}


def test_nasty_files_are_imported_or_refused_and_never_change_what_was_there(
    tmp_path: Path,
) -> None:
    library = tmp_path / "lib"
    opened = Library.open(library)
    opened.create_case("Hostil")
    opened.close()
    seed = tmp_path / "seed.txt"
    seed.write_text(ARTICLE, encoding="utf-8")
    assert _run_import(library, seed).returncode == 0
    files = tmp_path / "nasty"
    files.mkdir()
    for name, path in nasty_files(files).items():
        before = _sources(library)
        started = time.monotonic()
        done = _run_import(library, path)
        assert "Traceback" not in done.stderr, name
        assert done.returncode in (0, 1), (name, done.stderr)
        refused = [line for line in done.stderr.splitlines() if line.startswith("unreadable\t")]
        outcomes = ("added\t", "linked\t", "duplicate\t")
        assert any(word in done.stdout for word in outcomes) or refused, name
        assert all(len(line) > len("unreadable\t") + 5 for line in refused), name
        after = _sources(library)
        assert {key: after[key] for key in before} == before, name
        if name == "fifty megabytes.txt":
            assert time.monotonic() - started < 10
            assert f"{MAX_FILE_BYTES // 1024**2} MB" in done.stderr


@pytest.mark.parametrize(
    "body",
    [
        "<b>negritas</b> y &amp; sin escapar",
        '<img src="x" onerror="alert(1)"> imagen',
        "</table></td> cierre de tabla",
        "<script>alert('x')</script> &lt;texto&gt; &#169;",
    ],
)
def test_text_that_looks_like_markup_is_stored_literally(library: Library, body: str) -> None:
    case = library.create_case("Marcado")
    assert case.id is not None
    folder = library.folder.parent / "markup"
    folder.mkdir(exist_ok=True)
    text = f"Nota sobre marcado\n\n{body}\n"
    path = folder / f"nota-{abs(hash(body))}.txt"
    path.write_text(text, encoding="utf-8")
    ((_name, source_id),) = import_paths(library, case.id, [path]).added
    source = library.get("source", source_id)
    assert source.text.strip() == text.strip()
    assert library.files.path(source.stored_file).read_bytes() == text.encode("utf-8")
