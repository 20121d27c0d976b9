"""The review panel's parts, each in its own module, still speak Spanish."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QUndoStack

from casefile.library import Library
from ui.changes import LibraryChanges
from ui.views.review import ReviewPanel


@pytest.fixture
def spanish(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    from ui.app import install_translations

    translators = install_translations(qapp, "es")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English))


def test_the_moved_review_parts_are_translated(
    spanish, qtbot, library: Library, security_case: int
) -> None:
    panel = ReviewPanel(library, LibraryChanges(), QUndoStack())
    qtbot.addWidget(panel)
    panel.set_case(security_case)
    keys = [panel.accept_action, panel.reject_action, panel.edit_action]
    assert [action.text() for action in keys] == ["Aceptar", "Rechazar", "Editar y aceptar…"]
    assert panel.accept_source_action.text() == "Aceptar todo lo de esta fuente"
    headers = [
        panel.proposals.headerData(column, Qt.Orientation.Horizontal)
        for column in range(panel.proposals.columnCount())
    ]
    assert headers == ["Tipo", "Fecha", "Propuesta", "Declarante / crédito", "Estado"]
    assert panel.sources.index(0).data(Qt.ItemDataRole.ToolTipRole).startswith("Propuestas")
    panel.proposals_view.setFocus()
    panel.edit_current()
    assert panel.editor is not None
    assert panel.editor.windowTitle() == "Editar y aceptar"
    panel.editor.reject()


def test_the_read_only_hint_is_translated(spanish, qtbot, library: Library) -> None:
    panel = ReviewPanel(library, LibraryChanges(), QUndoStack())
    qtbot.addWidget(panel)
    panel.refuse_decisions("Nada puede cambiarse")
    assert panel.hint.text().startswith("Solo lectura:")


def test_the_editor_s_choices_and_actor_kinds_are_translated(
    spanish, qtbot, library: Library, security_case: int
) -> None:
    from casefile.models import Actor, Event
    from ui.views.proposal_editor import ProposalEditor

    event = library.items("event", security_case)[0]
    assert isinstance(event, Event)
    editor = ProposalEditor("event", event)
    qtbot.addWidget(editor)
    precision = editor.inputs["precision"]
    assert [precision.itemText(i) for i in range(precision.count())] == ["día", "mes", "año"]
    actor = library.items("actor", security_case)[0]
    assert isinstance(actor, Actor)
    editor = ProposalEditor("actor", actor)
    qtbot.addWidget(editor)
    kinds = editor.inputs["kind"]
    assert "organización" in [kinds.itemText(i) for i in range(kinds.count())]
