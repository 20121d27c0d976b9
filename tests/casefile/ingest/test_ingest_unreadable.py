"""Files that cannot become sources are refused with a message naming the file and the reason."""

from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen import canvas

from casefile import ingest
from casefile.errors import UnreadableFileError

ARTICLES = Path(__file__).parents[2] / "fixtures" / "articles"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def pdf_bytes(text: str | None) -> bytes:
    """A one-page PDF with ``text`` drawn as text, or only a rectangle (a "scan") when None."""
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=LETTER)
    if text is None:
        page.rect(72, 72, 300, 400, fill=1)
    else:
        page.drawString(72, 720, text)
    page.showPage()
    page.save()
    return buffer.getvalue()


def read_or_refusal(path: Path) -> ingest.Document | str:
    """The document, or the refusal's message; any other exception escapes and fails the test."""
    try:
        return ingest.read(path)
    except UnreadableFileError as error:
        return str(error)


def test_unsupported_suffix_is_refused_naming_what_is_supported(tmp_path: Path) -> None:
    path = write(tmp_path, "entrevista.mp4", b"\x00\x00\x00\x18ftypmp42")
    with pytest.raises(
        UnreadableFileError, match=r"^entrevista\.mp4: Casefile cannot read \.mp4 files"
    ) as refused:
        ingest.read(path)
    assert ".jpg" in str(refused.value)
    assert ".pdf" in str(refused.value)


def test_empty_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFileError, match=r"^vacia\.txt: the file is empty"):
        ingest.read(write(tmp_path, "vacia.txt", b""))


def test_whitespace_only_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFileError, match=r"^blancos\.txt: "):
        ingest.read(write(tmp_path, "blancos.txt", b" \n\t\r\n  \n"))


def test_file_with_only_a_header_and_no_article_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "solo-fecha.txt", b"date 2026-01-16\nurl https://example.org/a\n")
    with pytest.raises(UnreadableFileError, match=r"^solo-fecha\.txt: there is no text"):
        ingest.read(path)


def test_binary_file_named_txt_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "programa.txt", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" * 50)
    with pytest.raises(UnreadableFileError, match=r"^programa\.txt: .*binary file"):
        ingest.read(path)


def test_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "enorme.txt"
    with path.open("wb") as handle:
        handle.truncate(ingest.MAX_FILE_BYTES + 1)  # sparse: no 20 MiB written to disk
    with pytest.raises(UnreadableFileError, match=r"^enorme\.txt: the file is 20\.0 MB; .*20 MB"):
        ingest.read(path)


def test_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFileError, match=r"^borrada\.pdf: the file no longer exists"):
        ingest.read(tmp_path / "borrada.pdf")


def test_folder_passed_to_read_is_refused(tmp_path: Path) -> None:
    (tmp_path / "notas.txt").mkdir()
    with pytest.raises(UnreadableFileError, match=r"^notas\.txt: this is a folder"):
        ingest.read(tmp_path / "notas.txt")


def test_corrupt_pdf_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "corrupt.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage")
    with pytest.raises(UnreadableFileError, match=r"^corrupt\.pdf: the PDF is damaged"):
        ingest.read(path)


def test_truncated_pdf_is_refused(tmp_path: Path) -> None:
    data = (ARTICLES / "joint-statement-security-implementation-group.pdf").read_bytes()
    with pytest.raises(UnreadableFileError, match=r"^cortado\.pdf: "):
        ingest.read(write(tmp_path, "cortado.pdf", data[: len(data) // 3]))


def test_password_protected_pdf_is_refused(tmp_path: Path) -> None:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes("Comunicado reservado"))))
    writer.encrypt(user_password="secreto", owner_password="secreto", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    path = write(tmp_path, "protegido.pdf", buffer.getvalue())
    with pytest.raises(
        UnreadableFileError, match=r"^protegido\.pdf: the PDF is password-protected"
    ):
        ingest.read(path)


def test_pdf_encrypted_only_against_editing_is_read(tmp_path: Path) -> None:
    writer = PdfWriter(
        clone_from=PdfReader(io.BytesIO(pdf_bytes("La reunión fue ayer en la SRE.")))
    )
    writer.encrypt(user_password="", owner_password="dueño", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    document = ingest.read(write(tmp_path, "solo-lectura.pdf", buffer.getvalue()))
    assert document.text == "La reunión fue ayer en la SRE."


@pytest.mark.usefixtures("tesseract")
def test_pdf_with_no_text_layer_and_no_text_in_its_pages_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "escaneo.pdf", pdf_bytes(None))
    with pytest.raises(UnreadableFileError, match=r"^escaneo\.pdf: no text could be read in"):
        ingest.read(path)


def test_renamed_zip_that_is_not_a_word_document_is_refused(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("fotos/uno.txt", "no es un documento")
    path = write(tmp_path, "informe.docx", buffer.getvalue())
    with pytest.raises(UnreadableFileError, match=r"^informe\.docx: this zip file is not a Word"):
        ingest.read(path)


def test_old_doc_renamed_to_docx_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "viejo.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    with pytest.raises(UnreadableFileError, match=r"^viejo\.docx: this is not a \.docx file"):
        ingest.read(path)


def test_damaged_docx_package_is_refused(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<not-xml")
    path = write(tmp_path, "danado.docx", buffer.getvalue())
    with pytest.raises(UnreadableFileError, match=r"^danado\.docx: "):
        ingest.read(path)


def test_email_without_text_or_attachments_is_refused(tmp_path: Path) -> None:
    data = b"From: a@example.org\r\nSubject: vacio\r\nContent-Type: text/plain\r\n\r\n \r\n"
    with pytest.raises(UnreadableFileError, match=r"^vacio\.eml: the e-mail has no text"):
        ingest.read(write(tmp_path, "vacio.eml", data))


def test_text_that_is_not_an_email_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFileError, match=r"^nota\.eml: "):
        ingest.read(write(tmp_path, "nota.eml", b"\n\nsolo texto sin cabeceras"))


def test_deeply_nested_html_finishes_quickly() -> None:
    page = "<html><body>" + "<div><span>" * 100_000 + "<p>La nota del día.</p></body></html>"
    started = time.perf_counter()
    document = ingest.read_html_string(page)
    assert time.perf_counter() - started < 10
    assert "La nota del día." in document.text


def test_html_with_a_huge_number_of_elements_finishes_quickly() -> None:
    page = "<html><body>" + "<p>el texto de la nota</p>" * 200_000 + "</body></html>"
    started = time.perf_counter()
    document = ingest.read_html_string(page)
    assert time.perf_counter() - started < 15
    assert document.text.startswith("el texto de la nota")


def test_dropped_text_over_the_size_limit_is_refused() -> None:
    with pytest.raises(UnreadableFileError, match="The dropped text: the file is"):
        ingest.read_text("a" * (ingest.MAX_FILE_BYTES + 1))


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=4096))
def test_any_bytes_in_a_text_file_give_a_document_or_a_clear_refusal(
    tmp_path: Path, data: bytes
) -> None:
    path = write(tmp_path, "cualquiera.txt", data)
    outcome = read_or_refusal(path)
    if isinstance(outcome, str):
        assert outcome.startswith("cualquiera.txt: ")
    else:
        assert outcome.text.strip()
        assert outcome.content == data


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=2048), suffix=st.sampled_from([".html", ".pdf", ".docx", ".eml"]))
def test_any_bytes_in_other_formats_give_a_document_or_a_clear_refusal(
    tmp_path: Path, data: bytes, suffix: str
) -> None:
    path = write(tmp_path, f"cualquiera{suffix}", data)
    outcome = read_or_refusal(path)
    if isinstance(outcome, str):
        assert outcome.startswith(f"cualquiera{suffix}: ")
