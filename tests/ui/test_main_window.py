"""The main window: opening, cases, tabs, empty states, layout memory, shortcuts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from casefile.library import Library
from ui import preferences as keys


def test_window_opens_on_the_last_case_used(library: Library, settings, make_window) -> None:
    library.create_case("Aranceles")
    second = library.create_case("Fentanilo")
    settings.setValue(keys.LAST_CASE, str(second.id))
    window = make_window()
    assert window.case_id == second.id
    assert window.windowTitle() == "Casefile — Fentanilo"


def test_window_opens_on_the_first_case_without_a_last_one(library: Library, make_window) -> None:
    library.create_case("Zeta")
    first = library.create_case("Armas")
    window = make_window()
    assert window.case_id == first.id
    assert window.case_list.current_case_id() == first.id


def test_choosing_a_case_is_remembered_for_next_time(library, settings, make_window) -> None:
    library.create_case("Armas")
    other = library.create_case("Migración")
    window = make_window()
    window.case_list.select_case(other.id)
    window.close()
    assert make_window().case_id == other.id


def test_selecting_a_case_fills_the_tabs(security_case: int, library, make_window) -> None:
    empty = library.create_case("Aaa vacío")
    window = make_window()
    assert window.case_id == empty.id
    assert window.tabs.currentWidget() is window.tabs.empty_state
    window.case_list.select_case(security_case)
    assert window.tabs.currentWidget() is window.tabs.tabs
    counts = {kind: table.model.rowCount() for kind, table in window.tabs.tables.items()}
    assert counts == {"event": 2, "quote": 1, "source": 1, "caption": 1, "actor": 1}
    assert "Seguridad MX–US" in window.windowTitle()
    assert "2 events" in window.counts_label.text()
    assert "2 to review" in window.counts_label.text()


def test_without_a_case_the_window_says_to_create_one(window) -> None:
    assert window.case_id is None
    assert window.tabs.currentWidget() is window.tabs.empty_state
    assert "Create a case, then drop articles here" in window.tabs.empty_state.text()
    assert not window.menu_actions.import_files.isEnabled()


def test_a_case_without_sources_says_to_drop_articles(library: Library, make_window) -> None:
    library.create_case("Nuevo")
    window = make_window()
    assert "Drop articles here" in window.tabs.empty_state.text()
    assert window.tabs.empty_state.textFormat() == Qt.TextFormat.PlainText


def test_the_case_list_shows_counts_and_hides_archived_cases(
    library, security_case, make_window
) -> None:
    archived = library.create_case("Archivado")
    library.update("case", archived.id, archived=True)
    window = make_window()
    proxy = window.case_list.proxy
    assert proxy.rowCount() == 1
    assert "1 source" in proxy.index(0, 0).data(Qt.ItemDataRole.UserRole + 3)
    window.menu_actions.show_archived.setChecked(True)
    assert proxy.rowCount() == 2
    assert window.case_list.show_archived.isChecked()


def test_archiving_the_open_case_hides_it_and_undo_brings_it_back(library, make_window) -> None:
    first = library.create_case("Armas")
    library.create_case("Migración")
    window = make_window()
    window.menu_actions.archive_case.trigger()
    assert library.case(first.id).archived
    assert window.case_list.proxy.row_of(first.id) is None
    window.undo_stack.undo()
    assert not library.case(first.id).archived
    assert window.case_list.proxy.row_of(first.id) is not None


def test_renaming_a_case_changes_the_title_everywhere(library, make_window, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    case = library.create_case("Armas")
    window = make_window()
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Tráfico de armas", True))
    window.menu_actions.rename_case.trigger()
    assert library.case(case.id).title == "Tráfico de armas"
    assert window.windowTitle() == "Casefile — Tráfico de armas"
    assert window.case_list.proxy.index(0, 0).data() == "Tráfico de armas"
    window.undo_stack.undo()
    assert window.windowTitle() == "Casefile — Armas"


def test_new_case_is_created_and_opened(window, library, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Migración", True))
    window.menu_actions.new_case.trigger()
    assert [case.title for case in library.cases()] == ["Migración"]
    assert window.case_id == library.cases()[0].id
    assert "Drop articles here" in window.tabs.empty_state.text()


def test_markup_in_user_data_shows_literally(library: Library, add_source, make_window) -> None:
    import datetime as dt

    from casefile.models import Event

    case = library.create_case("<b>Caso</b> &amp; más")
    source_id = add_source(case.id, "<i>Nota</i> &lt;")
    library.add(
        Event(
            case_id=case.id, date=dt.date(2026, 1, 2), title="<b>x</b> &amp;", source_id=source_id
        )
    )
    window = make_window()
    assert window.windowTitle() == "Casefile — <b>Caso</b> &amp; más"
    assert window.case_list.proxy.index(0, 0).data() == "<b>Caso</b> &amp; más"
    table = window.tabs.show_tab("event")
    assert table.proxy.index(0, 1).data() == "<b>x</b> &amp;"
    table.select_item(table.model.item_id(0))
    form = window.detail.current_form()
    assert form.editors["title"].line.text() == "<b>x</b> &amp;"
    assert form.evidence_source.text() == "From: <i>Nota</i> &lt; — El Universal"
    user_labels = [form.evidence_source, form.heading, form.review_label, window.counts_label]
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in user_labels)


def test_show_in_source_highlights_the_evidence(security_case: int, make_window) -> None:
    window = make_window()
    table = window.tabs.show_tab("event")
    table.select_item(table.model.item_id(0))
    window.detail.current_form().show_source_button.click()
    dialog = window._source_dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.highlighted_text() == "el 23 de enero de 2026"
    assert dialog.heading.textFormat() == Qt.TextFormat.PlainText


def test_splitter_and_geometry_are_remembered(library, make_window) -> None:
    window = make_window()
    window.resize(window.minimumSize())  # the offscreen screen is small: stay within it
    window.splitter.setSizes([250, 340, 300])
    sizes = window.splitter.sizes()
    window.close()
    again = make_window()
    assert again.splitter.sizes() == sizes


def test_keyboard_shortcuts_reach_the_actions(window) -> None:
    actions = window.menu_actions
    assert actions.new_case.shortcut().toString() == "Ctrl+N"
    assert actions.import_files.shortcut().toString() == "Ctrl+O"
    assert actions.export_brief.shortcut().toString() == "Ctrl+E"
    assert actions.undo.shortcut().toString() == "Ctrl+Z"
    assert "Ctrl+Shift+Z" in [key.toString() for key in actions.redo.shortcuts()]
    assert {key.toString() for key in actions.find.shortcuts()} >= {"Ctrl+K", "Ctrl+F"}
    assert actions.accept.shortcut().toString() == "A"
    assert actions.reject.shortcut().toString() == "R"


@pytest.fixture
def spanish(qapp):  # type: ignore[no-untyped-def]
    """The interface in Spanish for one test, as the es locale or setting would load it."""
    from PySide6.QtCore import QLocale

    from ui.app import install_translations

    translators = install_translations(qapp, "es")
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English))


def test_translations_load_for_spanish(spanish, security_case, make_window) -> None:
    assert any(translator.language() == "es" for translator in spanish)
    window = make_window()
    tabs = window.tabs.tabs
    assert [tabs.tabText(index) for index in range(5)] == [
        "Cronología",
        "Declaraciones",
        "Fuentes",
        "Pies de foto",
        "Actores",
    ]
    assert window.menuBar().actions()[0].text() == "&Archivo"
    assert window.tabs.tables["event"].proxy.index(0, 0).data() == "23 ene 2026"
    assert window.tabs.tables["event"].proxy.headerData(0, Qt.Orientation.Horizontal) == "Fecha"
    assert "2 hechos" in window.counts_label.text()


def test_the_system_language_picks_spanish_for_a_spanish_locale(monkeypatch) -> None:
    from PySide6.QtCore import QLocale

    from ui.app import resolve_language

    monkeypatch.setattr(QLocale, "system", lambda: QLocale(QLocale.Language.Spanish))
    assert resolve_language("system") == "es"
    assert resolve_language("en") == "en"


ARTICLES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"


def test_importing_an_article_fills_the_case_off_the_gui_thread(
    qtbot, library, make_window
) -> None:
    library.create_case("Armas")
    window = make_window()
    assert window.tabs.currentWidget() is window.tabs.empty_state
    with qtbot.waitSignal(window.imports.finished, timeout=60_000) as done:
        window.import_paths([ARTICLES / "2026-01-20-laboratorios-fentanilo-sinaloa.txt"])
        assert window.imports.progress.isVisible()
    assert len(done.args[0].added) == 1
    assert not window.imports.progress.isVisible()
    assert window.tabs.currentWidget() is window.tabs.tabs
    assert window.tabs.tables["source"].model.rowCount() == 1
    assert window.tabs.tables["event"].model.rowCount() > 0
    qtbot.waitUntil(lambda: "1 source ·" in window.counts_label.text())  # counted once, soon


def test_a_drop_on_a_case_in_the_list_imports_into_that_case(qtbot, library, make_window) -> None:

    from ui.dnd import DropPayload

    first = library.create_case("Armas")
    second = library.create_case("Fentanilo")
    window = make_window()
    assert window.case_id == first.id
    view = window.case_list.view
    target = view.visualRect(window.case_list.proxy.index(1, 0)).center()
    payload = DropPayload(paths=[ARTICLES / "2026-01-20-laboratorios-fentanilo-sinaloa.txt"])
    with qtbot.waitSignal(window.imports.finished, timeout=60_000):
        window.imports.import_drop_on_case_list(payload, view.viewport().mapTo(view, target))
    assert len(library.sources(second.id)) == 1
    assert library.sources(first.id) == []


def _answer_dialogs(qtbot, answers: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Answer the next modal input dialogs in turn, as a user typing would."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QInputDialog

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, answer)
            return
        dialog.setTextValue(answers.pop(0))
        dialog.accept()
        if answers:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)


def test_a_drop_without_a_case_offers_to_create_one(qtbot, library, window) -> None:
    from PySide6.QtCore import QMimeData, QUrl
    from test_dnd import drop

    assert window.case_id is None
    window.imports.install_drop_targets()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(ARTICLES / "efe-red-trafico-armas-nogales.txt"))])
    _answer_dialogs(qtbot, ["New case…", "Tráfico de armas"])
    with qtbot.waitSignal(window.imports.finished, timeout=60_000):
        assert drop(window.tabs, mime)
    (case,) = library.cases()
    assert case.title == "Tráfico de armas"
    assert len(library.sources(case.id)) == 1


def test_settings_are_saved_for_the_brief_and_the_next_start(qtbot, window, settings) -> None:
    from ui.views.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.preferences, window)
    qtbot.addWidget(dialog)
    dialog.analyst_name.setText("Ana López")
    dialog.organisation.setText("Consultoría Norte")
    dialog.brief_language.setCurrentIndex(dialog.brief_language.findData("en"))
    dialog.classification.setText("RESERVADO")
    dialog.ui_language.setCurrentIndex(dialog.ui_language.findData("es"))
    dialog.accept()
    assert settings.value(keys.ANALYST_NAME) == "Ana López"
    assert settings.value(keys.ORGANISATION) == "Consultoría Norte"
    assert settings.value(keys.BRIEF_LANGUAGE) == "en"
    assert settings.value(keys.CLASSIFICATION) == "RESERVADO"
    assert settings.value(keys.UI_LANGUAGE) == "es"
    assert dialog.needs_restart()


def test_about_names_the_version_and_the_licences_of_what_it_carries(window) -> None:
    from casefile.version import casefile_version

    text = window.about_text()
    assert f"Version {casefile_version()}" in text
    assert "Qt 6 and PySide6 — LGPL-3.0" in text
    assert "DejaVu fonts" in text
    assert "<" not in text  # plain text: QMessageBox reads HTML-looking text as HTML
