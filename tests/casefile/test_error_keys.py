"""Core errors carry a message key and its parameters beside their English sentence, so an
interface can say them in its own language; the sentence itself is unchanged."""

from __future__ import annotations

import ast
import pickle
import string
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from casefile import ingest
from casefile.backup import check_backup
from casefile.bundle_format import read_bundle
from casefile.errors import MESSAGES, CasefileError, LibraryError, UnreadableFileError
from casefile.library import Library
from casefile.lock import LibraryInUseError, LibraryLock

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = {ROOT / "casefile" / "errors.py", ROOT / "ui" / "messages.py"}


def _sources() -> Iterator[tuple[Path, ast.Module]]:
    for folder in ("casefile", "ui"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            if path not in CATALOGUES:
                yield path, ast.parse(path.read_text(encoding="utf-8"))


def _keyed_raises() -> Iterator[tuple[str, str, set[str]]]:
    """(where, key, parameter names) of every ``SomethingError(key="...", ...)`` call."""
    for path, tree in _sources():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            keywords = {keyword.arg: keyword.value for keyword in node.keywords if keyword.arg}
            key = keywords.get("key")
            if name.endswith("Error") and isinstance(key, ast.Constant):
                where = f"{path.relative_to(ROOT)}:{node.lineno}"
                yield where, str(key.value), set(keywords) - {"key", "reopened"}


def fields(template: str) -> set[str]:
    """The names a format string fills in ("{size:.1f}" -> "size")."""
    return {
        name.split(".")[0].split("[")[0]
        for _text, name, _spec, _conversion in string.Formatter().parse(template)
        if name
    }


def test_every_keyed_raise_names_a_sentence_and_gives_all_its_parameters() -> None:
    raises = list(_keyed_raises())
    assert len(raises) > 80  # the scan sees the raise sites
    for where, key, given in raises:
        assert key in MESSAGES, f"{where}: no English sentence for {key!r}"
        assert fields(MESSAGES[key]) == given, f"{where}: {key!r} takes {fields(MESSAGES[key])}"


def test_every_sentence_is_said_somewhere() -> None:
    used = {
        node.value
        for _path, tree in _sources()
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }
    assert set(MESSAGES) - used == set()


def test_a_keyed_error_says_its_english_sentence_and_keeps_key_and_parameters() -> None:
    error = UnreadableFileError(key="file_too_large", name="informe.pdf", size=25.04, limit=20)
    assert str(error) == (
        "informe.pdf: the file is 25.0 MB; Casefile reads files of this kind up to 20 MB"
    )
    assert error.key == "file_too_large"
    assert error.params == {"name": "informe.pdf", "size": 25.04, "limit": 20}
    assert isinstance(error, CasefileError)


def test_an_error_raised_with_a_sentence_is_unchanged() -> None:
    error = LibraryError("casefile.db: the disk is full; nothing was saved.")
    assert str(error) == "casefile.db: the disk is full; nothing was saved."
    assert error.args == ("casefile.db: the disk is full; nothing was saved.",)
    assert (error.key, error.params) == ("", {})
    assert CasefileError().args == ()


def test_a_keyed_error_survives_pickling() -> None:
    error = LibraryError(key="no_case", case_id=7)
    copy = pickle.loads(pickle.dumps(error))
    assert (str(copy), copy.key, copy.params) == ("No case with id 7.", "no_case", {"case_id": 7})


def test_an_unreadable_file_is_refused_with_its_key_and_name(tmp_path: Path) -> None:
    empty = tmp_path / "vacío.txt"
    empty.write_bytes(b"")
    with pytest.raises(UnreadableFileError) as refused:
        ingest.read(empty)
    assert str(refused.value) == "vacío.txt: the file is empty"
    assert (refused.value.key, refused.value.params) == ("file_empty", {"name": "vacío.txt"})


def test_a_library_in_use_names_the_holder_s_pid(tmp_path: Path) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path; from casefile.lock import LibraryLock; "
            "lock = LibraryLock(Path(sys.argv[1])); lock.acquire(); print('held', flush=True); "
            "time.sleep(60)",
            str(tmp_path),
        ],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(LibraryInUseError) as refused:
            LibraryLock(tmp_path).acquire()
    finally:
        holder.kill()
        holder.wait()
        assert holder.stdout is not None
        holder.stdout.close()
    assert refused.value.key == "library_in_use_pid"
    assert refused.value.params == {"folder": tmp_path, "pid": holder.pid}
    assert f"open in another Casefile window (pid {holder.pid})" in str(refused.value)


def test_a_file_that_is_no_backup_is_refused_with_the_driver_s_words(tmp_path: Path) -> None:
    bogus = tmp_path / "notas.db"
    bogus.write_text("not a database", encoding="utf-8")
    with pytest.raises(CasefileError) as refused:
        check_backup(bogus)
    assert refused.value.key == "not_a_backup"
    assert refused.value.params == {"name": "notas.db", "detail": "file is not a database"}
    assert str(refused.value) == "notas.db: this is not a Casefile backup (file is not a database)."


def test_a_bundle_with_a_broken_manifest_is_refused_with_its_key(tmp_path: Path) -> None:
    broken = tmp_path / "roto.casefile"
    with zipfile.ZipFile(broken, "w") as archive:
        archive.writestr("manifest.json", "{not json")
    with pytest.raises(CasefileError) as refused:
        read_bundle(broken)
    assert refused.value.key == "manifest_not_json"
    assert str(refused.value).startswith("roto.casefile: the manifest is not valid JSON (")


def test_a_missing_case_is_refused_with_its_id(library: Library) -> None:
    with pytest.raises(CasefileError) as refused:
        library.case(404)
    assert (str(refused.value), refused.value.key) == ("No case with id 404.", "no_case")
