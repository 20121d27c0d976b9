"""A Spanish interface says the core's refusals in Spanish, with the English detail (a file's
name, the operating system's or a parser's words) where it belongs; and the pseudo-translation
that lengthens every label to show where a longer language would be clipped."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re
import shutil
import string
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
import zipfile
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest
from message_boxes import answer_message_box
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from casefile.errors import MESSAGES, CasefileError
from casefile.importer import ImportReport
from casefile.library import Library
from ui.app import PseudoTranslator, install_translations, open_library
from ui.main_window import MainWindow
from ui.messages import SENTENCES, describe
from ui.views.import_summary import ImportSummaryDialog
from ui.workers import build_brief

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "casefile_es.ts"
ARTICLE = ROOT / "tests" / "fixtures" / "articles" / "2026-01-20-laboratorios-fentanilo-sinaloa.txt"
JOB_MS = 60_000
HOLD = """
import sys, time
from pathlib import Path
from casefile.lock import LibraryLock
lock = LibraryLock(Path(sys.argv[1]))
lock.acquire()
print("held", flush=True)
time.sleep(60)
"""


def _install(qapp: QApplication, language: str, pseudo: bool = False) -> Iterator[None]:
    translators = install_translations(qapp, language, pseudo=pseudo)
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English))


@pytest.fixture
def spanish(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The translators the app installs for "es" (list it before any window fixture)."""
    yield from _install(qapp, "es")


def _fields(template: str) -> set[str]:
    return {name for _text, name, _spec, _conversion in string.Formatter().parse(template) if name}


def _sample(key: str) -> CasefileError:
    """An error of ``key`` with a plain value for each of its parameters."""
    values = {name: (12.5 if name == "size" else f"<{name}>") for name in _fields(MESSAGES[key])}
    return CasefileError(key=key, **values)


# The catalogue


def test_the_interface_s_sentences_are_the_core_s_word_for_word() -> None:
    assert SENTENCES == MESSAGES


def test_an_english_interface_says_exactly_what_the_command_line_says() -> None:
    for key in MESSAGES:
        error = _sample(key)
        assert describe(error) == str(error)


def test_every_message_has_a_finished_spanish_translation_that_fills_the_same_fields() -> None:
    context = next(
        element
        for element in ElementTree.parse(TS).getroot().iter("context")
        if element.findtext("name") == "Messages"
    )
    translations = {
        message.findtext("source"): message.find("translation")
        for message in context.iter("message")
    }
    for key, english in SENTENCES.items():
        translation = translations.get(english)
        assert translation is not None, f"{key} is not in {TS.name}; run update_translations"
        assert translation.get("type") is None, f"{key} is {translation.get('type')}"
        assert translation.text, f"{key} has no translation"
        assert _fields(translation.text) == _fields(english), key


def test_the_compiled_spanish_says_every_message(spanish) -> None:
    untranslated = [key for key in MESSAGES if describe(_sample(key)) == str(_sample(key))]
    assert untranslated == ["source_refused"]  # "{name}: {problem}" reads the same in Spanish


def test_an_unknown_key_or_a_plain_sentence_is_said_as_raised(spanish) -> None:
    assert describe(CasefileError("Something only the brief says.")) == (
        "Something only the brief says."
    )
    assert describe(ValueError("not ours")) == "not ours"


# The refusals, through the real code paths, under the Spanish translators


def test_files_an_import_skips_are_listed_in_spanish_under_their_own_names(
    spanish, qtbot, library: Library, security_case: int, make_window, tmp_path: Path
) -> None:
    window = make_window()
    original, copy = tmp_path / "original.txt", tmp_path / "copia.txt"
    for path in (original, copy):
        shutil.copyfile(ARTICLE, path)
    empty = tmp_path / "vacío.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "basura.txt"
    binary.write_bytes(b"\x00\x01\x02\x03 binary")
    with qtbot.waitSignal(window.imports.finished, timeout=JOB_MS):
        assert window.imports.start(security_case, [original, copy, empty, binary], [])

    dialog = window.findChild(ImportSummaryDialog)
    assert dialog is not None
    assert dialog.windowTitle() == "Importación terminada"
    assert sorted(dialog.group_lines("Ilegibles, omitidas")) == [
        "basura.txt: parece un archivo binario, no texto",
        "vacío.txt: el archivo está vacío",
    ]
    (duplicate,) = dialog.group_lines("Duplicadas, omitidas")
    assert re.fullmatch(r"(original|copia)\.txt: ya está en este caso como «.+»\.", duplicate)
    assert window.statusBar().currentMessage() == (
        "Importación terminada: 1 añadida, 1 duplicada, 2 ilegibles"
    )
    dialog.close()


def test_a_long_spanish_reason_is_wrapped_whole_in_the_import_summary(spanish, qtbot) -> None:
    report = ImportReport()
    report.skip(report.unreadable, CasefileError(key="pdf_encryption", name="informe-anual.pdf"))
    dialog = ImportSummaryDialog(report)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    (line,) = dialog.group_lines("Ilegibles, omitidas")
    assert line.endswith("guarde una copia sin protección e inténtelo de nuevo")
    group = dialog.model.item(0)
    row = dialog.tree.visualRect(group.child(0).index())
    line_height = dialog.tree.fontMetrics().height()
    assert dialog.tree.fontMetrics().horizontalAdvance(line) > row.width()  # too long for one
    assert row.height() >= 2 * line_height  # so it takes two lines, not "…"


def test_a_library_another_process_holds_is_refused_in_spanish(
    spanish, qtbot, tmp_path: Path
) -> None:
    folder = tmp_path / "lib"
    Library.open(folder).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(folder)], stdout=subprocess.PIPE, text=True, cwd=ROOT
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "held"
        seen = answer_message_box(qtbot, "Salir")
        assert open_library(folder) is None
    finally:
        holder.kill()
        holder.wait()
        assert holder.stdout is not None
        holder.stdout.close()
    said, offer = seen[0].split("\n", 1)
    assert said == (
        f"La biblioteca {folder} está abierta en otra ventana de Casefile (pid {holder.pid}). "
        "Cierre esa ventana primero o abra otra biblioteca."
    )
    assert offer.startswith("Puede abrirla aquí en solo lectura")


def test_a_corrupt_bundle_is_refused_in_spanish_with_the_parser_s_words(
    spanish, qtbot, library: Library, window: MainWindow, tmp_path: Path
) -> None:
    broken = tmp_path / "roto.casefile"
    with zipfile.ZipFile(broken, "w") as archive:
        archive.writestr("manifest.json", "{not json")
    actions = window.library_actions
    with qtbot.waitSignal(actions.job_failed, timeout=JOB_MS) as failed:
        assert actions.import_bundle_from(broken)
    assert failed.args[0] == (
        "roto.casefile: el manifiesto no es JSON válido (Expecting property name enclosed in "
        "double quotes: line 1 column 2 (char 1))."
    )
    box = actions.jobs.last_message
    assert box is not None
    assert (box.windowTitle(), box.text()) == ("Falló la importación", failed.args[0])
    assert library.cases() == []


def test_a_failed_restore_is_reported_in_spanish(
    spanish, qtbot, library: Library, security_case: int, make_window, tmp_path: Path
) -> None:
    window = make_window()
    bogus = tmp_path / "notas.db"
    bogus.write_text("not a database", encoding="utf-8")
    actions = window.library_actions
    with qtbot.waitSignal(actions.job_failed, timeout=JOB_MS) as failed:
        assert actions.restore(bogus)
    assert failed.args[0] == (
        "notas.db: no es una copia de seguridad de Casefile (file is not a database)."
    )
    box = actions.jobs.last_message
    assert box is not None
    assert box.windowTitle() == "Falló la restauración"
    library.create_case("Sigue abierta")


def test_a_restore_that_cannot_reopen_the_library_says_both_problems_in_spanish(
    spanish, qtbot, library: Library, security_case: int, make_window, tmp_path: Path
) -> None:
    window = make_window()
    bogus = tmp_path / "notas.db"
    bogus.write_text("not a database", encoding="utf-8")
    shutil.rmtree(library.folder / "files")
    (library.folder / "files").write_text("a file where the folder should be", encoding="utf-8")
    actions = window.library_actions
    with qtbot.waitSignal(actions.job_failed, timeout=JOB_MS) as failed:
        assert actions.restore(bogus)
    assert failed.args[0] == (
        "notas.db: no es una copia de seguridad de Casefile (file is not a database).\n\n"
        "No se pudo volver a abrir la biblioteca: No se puede crear la carpeta de la biblioteca "
        f"{library.folder}: File exists"
    )
    box = actions.jobs.last_message
    assert box is not None
    assert box.windowTitle() == "La biblioteca está cerrada"
    assert box.text().startswith(failed.args[0] + "\n\nCierre esta ventana")
    window.close()


@pytest.mark.expect_log_warnings("Automatic backup failed")
def test_a_failed_backup_is_a_spanish_sentence_with_the_system_s_words(
    spanish, qtbot, library: Library, security_case: int, make_window
) -> None:
    backups = library.folder / "backups"
    backups.write_text("a file where the folder should be", "utf-8")
    window = make_window()
    with qtbot.waitSignal(window.library_actions.job_failed, timeout=JOB_MS):
        assert window.library_actions.start_automatic_backup()
    assert window.statusBar().currentMessage() == (
        "Falló la copia de seguridad automática: No se puede escribir la copia de seguridad en "
        f"{backups}: File exists"
    )


def test_a_brief_that_fails_in_english_words_is_introduced_in_spanish(
    spanish, qtbot, library: Library, security_case: int, window: MainWindow, tmp_path: Path
) -> None:
    from casefile.brief import BriefOptions

    out = tmp_path / "ninguna" / "informe.pdf"
    work = partial(
        build_brief, library=library, case_id=security_case, options=BriefOptions(), out_path=out
    )
    job = window.jobs.runner.start(work)
    with qtbot.waitSignal(job.failed, timeout=JOB_MS) as failed:
        pass
    message = failed.args[0]
    assert message.startswith("No se pudo generar el informe: Cannot write ")
    assert message.endswith("informe.partial.pdf: no such folder.")


# Pseudo-translation


@pytest.fixture
def pseudo(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    yield from _install(qapp, "en", pseudo=True)


def test_pseudo_translation_lengthens_every_label_and_keeps_shortcuts(
    pseudo, qtbot, make_window
) -> None:
    window = make_window()
    label = window.imports.cancel_button.text()
    assert label.startswith("[Çáñçél ímpórt ")
    assert label.endswith("]")
    assert len(label) >= 1.4 * len("Cancel import")
    assert window.menu_actions.find.shortcut().toString() == "Ctrl+K"
    refused = describe(CasefileError(key="file_empty", name="notas.txt"))
    assert refused.startswith("[notas.txt: thé fílé ís émptý ")  # the fields are filled in


def test_pseudo_translation_goes_over_spanish(qapp) -> None:  # type: ignore[no-untyped-def]
    installed = iter(_install(qapp, "es", pseudo=True))
    next(installed)
    try:
        text = QApplication.translate("ImportFlow", "Cancel import")
        assert text.startswith("[Çáñçélár ímpórtáçíóñ ")
    finally:
        next(installed, None)


def test_the_environment_switches_pseudo_translation_on(
    qapp, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("CASEFILE_PSEUDO", "1")
    installed: list[QTranslator] = install_translations(qapp, "en")
    try:
        assert [type(translator) for translator in installed] == [PseudoTranslator]
        assert QApplication.translate("ImportFlow", "Importing…").startswith("[Ímpórtíñg… ")
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
