"""A brief survives empty and hostile cases, failed writes and cancels, and the CLI."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from casefile.brief import BriefOptions, build
from casefile.errors import CasefileError
from casefile.models import Actor, Event, Quote


def _text(path: Path) -> str:
    return re.sub(r"\s+", " ", "\n".join(p.extract_text() or "" for p in PdfReader(path).pages))


def test_an_empty_case_exports(library, tmp_path):
    case = library.create_case("Empty")
    out = tmp_path / "empty.pdf"
    report = build(library, int(case.id), BriefOptions(), out)
    assert report.pages == 2
    assert "No accepted items for this section." in _text(out)


HOSTILE = ["<b>not bold</b>", "Tom & Jerry", "<script>alert(1)</script>", "a < b", "🚀🇲🇽"]


def test_hostile_text_exports_and_reads_back_literally(library, tmp_path):
    case = library.create_case("<b>Case</b> & <script>")
    cid = int(case.id)
    long_word = "x" * 300
    library.update("case", cid, summary=" ".join(HOSTILE) + "\x00\x07 " + long_word)
    for number, value in enumerate(HOSTILE):
        library.add(
            Event(
                case_id=cid, date=dt.date(2026, 1, 1 + number), title=value, description=long_word
            )
        )
        library.add(Quote(case_id=cid, text=value, speaker=value))
    library.add(Actor(case_id=cid, name=long_word, role="<i>"))
    out = tmp_path / "hostile.pdf"
    report = build(library, cid, BriefOptions(author="<b>me</b>"), out)
    text = _text(out)
    for value in HOSTILE[:4]:
        assert value in text
    assert "<b>Case</b> & <script>" in text
    assert text.replace(" ", "").count("x" * 300) >= 1
    assert report.pages >= 3
    assert PdfReader(out).metadata.author == "<b>me</b>"


def test_a_missing_folder_raises_and_leaves_no_file(library, case_id, tmp_path):
    out = tmp_path / "nowhere" / "brief.pdf"
    with pytest.raises(CasefileError, match=r"Cannot write .*brief\.pdf: no such folder"):
        build(library, case_id, BriefOptions(), out)
    assert not out.exists()
    assert not out.parent.exists()


def test_an_error_in_the_progress_callback_stops_the_build_and_leaves_no_file(
    library, case_id, tmp_path
):
    class Stop(Exception):
        pass

    calls: list[tuple[int, int]] = []

    def stop_in_layout(done: int, total: int) -> None:
        calls.append((done, total))
        if done > 5:
            raise Stop

    out = tmp_path / "brief.pdf"
    with pytest.raises(Stop):
        build(library, case_id, BriefOptions(), out, stop_in_layout)
    assert list(tmp_path.iterdir()) == [tmp_path / "library"]
    assert calls


def test_progress_ends_at_its_total(library, case_id, tmp_path):
    seen: list[tuple[int, int]] = []
    build(library, case_id, BriefOptions(), tmp_path / "b.pdf", lambda d, t: seen.append((d, t)))
    assert seen[-1][0] == seen[-1][1]
    assert all(done <= total for done, total in seen)


def test_cli_writes_a_spanish_brief(library, case_id, tmp_path):
    folder = library.folder
    library.close()
    out = tmp_path / "out.pdf"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "casefile",
            "--library",
            str(folder),
            "brief",
            "Seguridad México–EE.UU.",
            "-o",
            str(out),
            "--lang",
            "es",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "pages" in result.stdout
    assert "Hechos clave" in _text(out)


def test_an_out_path_that_is_a_folder_raises_and_leaves_no_partial_file(library, case_id, tmp_path):
    out = tmp_path / "taken"
    out.mkdir()
    with pytest.raises(CasefileError, match="Cannot write"):
        build(library, case_id, BriefOptions(), out)
    assert out.is_dir()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["library", "taken"]


def test_a_read_only_folder_is_refused_and_left_empty(library, case_id, tmp_path, unprivileged):
    """Through the command line, bound by file modes even when the suite runs as root."""
    library.close()
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        done = unprivileged(
            [sys.executable, "-m", "casefile", "brief", str(case_id), "-o",
             str(folder / "brief.pdf"), "--library", str(library.folder)]
        )  # fmt: skip
        assert done.returncode == 2, done.stderr
        assert "permission denied" in done.stderr.lower()
        assert "Traceback" not in done.stderr
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)
