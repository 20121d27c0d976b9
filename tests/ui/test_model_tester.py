"""Every item model and proxy of the UI through pytest-qt's model tester, over a real library.

The tester (Qt's own QAbstractItemModelTester, which PySide6 ships) checks a model's structure
when it is attached and again after every signal the model emits, and pytest-qt fails the test
on any complaint. So each test attaches the tester first and then does what the analyst does:
open a case, sort, filter, edit, accept, reject, delete, switch cases. Besides, every cell is
read in every role a view asks for, so a wrong type anywhere in the table fails too (the tester
itself only reads the first cell).

The library holds the 16 articles of tests/fixtures imported as an analyst would (18 sources,
some eighty events and actors), plus items typed by hand at the edges: a quote longer than the
table shows, text over several lines, markup, empty fields.
"""

from __future__ import annotations

import datetime as dt
import importlib
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester

import ui
from casefile.backup import backup, list_backups
from casefile.domain import Review
from casefile.importer import import_paths
from casefile.library import Library
from casefile.models import Actor, Caption, CaseSource, Event, Quote, Source
from ui.changes import LibraryChanges
from ui.models.actors import ActorTableModel
from ui.models.captions import CaptionTableModel
from ui.models.cases import CaseFilterProxyModel, CaseListModel
from ui.models.events import EventTableModel
from ui.models.items import ItemProxyModel, ItemTableModel
from ui.models.pending_sources import PendingSourcesModel
from ui.models.proposals import ProposalTableModel, pending_counts
from ui.models.quotes import QuoteTableModel
from ui.models.sources import SourceTableModel
from ui.views.backup_dialog import BackupListModel
from ui.views.conflicts_dialog import ConflictsModel
from ui.views.saved_searches import SavedSearchesModel
from ui.views.search import SearchHitsModel
from ui.views.settings_dialog import GlossaryModel

ARTICLES = Path(__file__).parent.parent / "fixtures" / "articles"
LONG_QUOTE = " ".join(["«No vamos a aceptar acciones unilaterales en territorio nacional»"] * 40)

Role = Qt.ItemDataRole
# What a view may ask a cell for, and the types Qt accepts in answer (None: nothing to say).
ROLE_TYPES: dict[Role, tuple[type, ...]] = {
    Role.DisplayRole: (str, int, float),
    Role.EditRole: (str, int, float),
    Role.ToolTipRole: (str,),
    Role.StatusTipRole: (str,),
    Role.WhatsThisRole: (str,),
    Role.FontRole: (QFont,),
    Role.BackgroundRole: (QColor, QBrush),
    Role.ForegroundRole: (QColor, QBrush),
    Role.TextAlignmentRole: (int, Qt.AlignmentFlag),
    Role.CheckStateRole: (Qt.CheckState, int),
}


@dataclass(frozen=True)
class Filled:
    """The ids a test needs in a copy of the filled library."""

    case_id: int  # 16 imported articles and the hand-typed edge cases
    other_case_id: int  # a second, small case
    archived_case_id: int
    source_id: int  # the imported source with the most proposals


@pytest.fixture(scope="module")
def filled_folder(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Filled]:
    """A library folder filled once per module (importing takes seconds); tests use copies."""
    folder = tmp_path_factory.mktemp("filled") / "lib"
    library = Library.open(folder)
    try:
        filled = _fill(library)
    finally:
        library.close()
    return folder, filled


@pytest.fixture
def filled(tmp_path: Path, filled_folder: tuple[Path, Filled]) -> Iterator[tuple[Library, Filled]]:
    """A copy of the filled library, open, with the ids of what it holds."""
    template, ids = filled_folder
    folder = tmp_path / "lib"
    shutil.copytree(template, folder, ignore=shutil.ignore_patterns("open.lock", "backups"))
    library = Library.open(folder)
    yield library, ids
    library.close()


def _fill(library: Library) -> Filled:
    case = library.create_case("Seguridad MX–US", ["MX", "US"], "Cooperación bilateral")
    assert case.id is not None
    report = import_paths(library, case.id, [ARTICLES])
    assert len(report.added) >= 16
    _add_edge_items(library, case.id)
    events = library.items("event", case.id)
    library.set_review("event", events[0].id, Review.ACCEPTED.value)
    library.set_review("event", events[1].id, Review.REJECTED.value)
    other = library.create_case("<b>Agua</b> & Tratado de 1944", ["MX"])
    assert other.id is not None
    library.add(
        Event(case_id=other.id, date=dt.date(1944, 2, 3), title="Tratado", precision="year")
    )
    archived = library.create_case("Archivado: aranceles 2019")
    assert archived.id is not None
    library.update("case", archived.id, archived=True)
    counts = pending_counts(library, case.id)
    busiest = max(counts, key=lambda source_id: counts[source_id])
    return Filled(case.id, other.id, archived.id, busiest)


def _add_edge_items(library: Library, case_id: int) -> None:
    """Items typed by hand: long, multi-line, with markup, with every optional field empty."""
    source = library.add(Source(content_hash="hand-typed", original_name="nota-sin-titulo.txt"))
    library.add(CaseSource(case_id=case_id, source_id=source.id))
    library.add(Quote(case_id=case_id, text=LONG_QUOTE, speaker="Canciller"))
    library.add(Quote(case_id=case_id, text="Sin fecha ni autor"))
    library.add(
        Event(
            case_id=case_id,
            date=dt.date(2026, 3, 1),
            end_date=dt.date(2026, 3, 3),
            title="Reunión\nen <i>Washington</i>",
            status="planned",
        )
    )
    library.add(Caption(case_id=case_id, caption="Línea uno\nLínea dos " + "x" * 400))
    library.add(Actor(case_id=case_id, name="<b>Fuente</b> anónima", kind="person"))


@pytest.fixture
def changes(qapp: QApplication) -> LibraryChanges:
    return LibraryChanges()


@pytest.fixture
def model_tester(
    request: pytest.FixtureRequest, qapp: QApplication
) -> Iterator[Callable[[QAbstractItemModel], None]]:
    """``qtmodeltester.check`` for several models in one test (a source and its proxy)."""
    testers: list[ModelTester] = []

    def check(model: QAbstractItemModel) -> None:
        tester = ModelTester(request.config)
        tester.check(model)  # Qt's C++ tester when PySide6 has it, else pytest-qt's port
        testers.append(tester)

    yield check
    for tester in testers:
        tester._cleanup()  # what the qtmodeltester fixture does at teardown


def read_every_cell(model: QAbstractItemModel) -> int:
    """Read every cell in every role a view asks for, checking each answer's type; the rows."""
    top = QModelIndex()
    for row in range(model.rowCount(top)):
        for column in range(_column_count(model)):
            index = model.index(row, column)
            assert index.isValid()
            assert model.rowCount(index) == 0
            for role, types in ROLE_TYPES.items():
                value = index.data(role)
                assert value is None or isinstance(value, types), (
                    f"{type(model).__name__} row {row} column {column} {role.name}: {value!r}"
                )
    return model.rowCount(top)


def _column_count(model: QAbstractItemModel) -> int:
    # PySide keeps a list model's columnCount() private: a list has one column.
    return 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())


def assert_headers(model: QAbstractItemModel) -> None:
    """Every column of a table has a header in words, and rows have none."""
    for section in range(model.columnCount(QModelIndex())):
        header = model.headerData(section, Qt.Orientation.Horizontal, Role.DisplayRole)
        assert isinstance(header, str), f"column {section} has no header"
        assert header.strip(), f"column {section} has an empty header"
        assert model.headerData(section, Qt.Orientation.Horizontal, Role.ToolTipRole) is None
    assert model.headerData(0, Qt.Orientation.Vertical, Role.DisplayRole) is None


# The case list


def test_the_case_list_and_its_filter_pass_the_model_tester(
    qtbot, filled, changes, model_tester
) -> None:
    library, ids = filled
    model = CaseListModel(library, changes)
    proxy = CaseFilterProxyModel(model)
    model_tester(model)
    model_tester(proxy)
    assert read_every_cell(model) == 3
    assert read_every_cell(proxy) == 2  # the archived case is hidden

    proxy.set_show_archived(True)
    assert read_every_cell(proxy) == 3
    proxy.setFilterFixedString("agua")
    assert read_every_cell(proxy) == 1
    proxy.setFilterFixedString("")

    added = library.create_case("Migración")
    model.add_case(added)
    library.update("case", ids.other_case_id, title="Agua: Tratado de 1944")
    changes.case_changed.emit(ids.other_case_id)
    library.update("case", ids.case_id, archived=True)
    changes.case_changed.emit(ids.case_id)
    proxy.set_show_archived(False)
    assert read_every_cell(proxy) == 2

    library.add(Quote(case_id=ids.other_case_id, text="Nueva cita"))
    with qtbot.waitSignal(model.dataChanged):  # counts are re-read after a short pause
        changes.item_added.emit("quote", 0)
    library.delete("case", ids.other_case_id)
    changes.case_changed.emit(ids.other_case_id)
    model.reload()
    assert read_every_cell(model) == 3
    assert read_every_cell(proxy) == 1


# The item tables, one kind at a time


@dataclass(frozen=True)
class Kind:
    """An item table model, and how to add and edit one of its items by hand."""

    model: type[ItemTableModel]
    new: Callable[[int], Any]  # case id -> an unsaved item
    edit: dict[str, Any]


def _new_source(library: Library, case_id: int) -> int:
    source = library.add(Source(content_hash="added-by-hand", title="Añadida a mano"))
    library.add(CaseSource(case_id=case_id, source_id=source.id))
    return int(source.id)


KINDS = {
    "event": Kind(
        EventTableModel,
        lambda case_id: Event(case_id=case_id, date=dt.date(2026, 1, 1), title="Año nuevo"),
        {"title": "Reunión\ncambiada", "date": dt.date(1999, 1, 1)},
    ),
    "quote": Kind(
        QuoteTableModel,
        lambda case_id: Quote(case_id=case_id, text="Dicho a mano", speaker="Embajador"),
        {"text": LONG_QUOTE, "speaker": ""},
    ),
    "caption": Kind(
        CaptionTableModel,
        lambda case_id: Caption(case_id=case_id, caption="Foto a mano", credit="SRE"),
        {"caption": "<b>Pie</b> cambiado", "credit": ""},
    ),
    "actor": Kind(
        ActorTableModel,
        lambda case_id: Actor(case_id=case_id, name="Aduana", kind="organisation"),
        {"name": "Zacarías", "role": "Subsecretario\nde Estado"},
    ),
    "source": Kind(
        SourceTableModel,
        lambda case_id: None,  # a source joins a case through CaseSource: see _new_source
        {"title": "", "outlet": "Reforma", "published": None},
    ),
}


@pytest.mark.parametrize("kind", list(KINDS))
def test_each_item_table_and_its_proxy_pass_the_model_tester(
    kind, filled, changes, model_tester
) -> None:
    library, ids = filled
    spec = KINDS[kind]
    model = spec.model(library, changes)
    proxy = ItemProxyModel(model)
    model_tester(model)
    model_tester(proxy)

    model.set_case(ids.case_id)
    shown = read_every_cell(proxy)
    assert shown >= 16
    assert_headers(proxy)
    for column in range(model.columnCount()):
        for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
            proxy.sort(column, order)
            assert read_every_cell(proxy) == shown
    proxy.setFilterFixedString("washington")
    assert 0 < read_every_cell(proxy) < shown

    # Edits land in a table sorted backwards and filtered, as they may in use.
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    proxy.setFilterFixedString("a")
    first, last = model.item_id(0), model.item_id(model.rowCount() - 1)
    library.update(kind, first, **spec.edit)
    changes.item_changed.emit(kind, first)
    if kind == "source":
        added = _new_source(library, ids.case_id)
    else:
        added = library.add(spec.new(ids.case_id)).id
    changes.item_added.emit(kind, added)
    assert read_every_cell(model) == shown + 1
    library.delete(kind, last)
    changes.item_removed.emit(kind, last)
    assert read_every_cell(model) == shown
    read_every_cell(proxy)
    proxy.setFilterFixedString("")

    if model.has_review:
        proposed = library.items(kind, ids.case_id, [Review.PROPOSED.value])[0].id
        library.set_review(kind, proposed, Review.REJECTED.value)
        changes.item_changed.emit(kind, proposed)  # a rejected proposal leaves the table
        assert read_every_cell(model) == shown - 1
        model.set_show_rejected(True)
        read_every_cell(proxy)
        library.set_review(kind, proposed, Review.PROPOSED.value)
        changes.item_changed.emit(kind, proposed)

    changes.sources_changed.emit(ids.case_id)  # an import reloads the whole table
    model.set_case(ids.other_case_id)
    read_every_cell(proxy)
    model.set_case(None)
    assert read_every_cell(proxy) == 0


# The review panel's models


def test_the_review_panel_models_pass_the_model_tester(filled, model_tester) -> None:
    library, ids = filled
    sources = PendingSourcesModel(library)
    proposals = ProposalTableModel(library)
    model_tester(sources)
    model_tester(proposals)

    sources.load(ids.case_id)
    assert read_every_cell(sources) >= 10
    proposals.load(ids.case_id, ids.source_id)
    shown = read_every_cell(proposals)
    assert shown >= 5
    assert_headers(proposals)

    for row in proposals.rows()[:3]:
        library.set_review(row.kind, row.id, Review.ACCEPTED.value)
        assert proposals.refresh_item(row.kind, row.id)
    row = proposals.rows()[3]
    library.set_review(row.kind, row.id, Review.REJECTED.value)
    assert proposals.refresh_item(row.kind, row.id)
    assert sources.update_counts(pending_counts(library, ids.case_id))
    assert read_every_cell(proposals) == shown
    read_every_cell(sources)

    proposals.load(ids.case_id, sources.source_id(sources.rowCount() - 1))
    read_every_cell(proposals)
    proposals.load(None, None)
    sources.load(ids.other_case_id)
    assert read_every_cell(sources) == read_every_cell(proposals) == 0


# Models that live beside their views


def test_the_search_hits_pass_the_model_tester(filled, model_tester) -> None:
    library, _ids = filled
    model = SearchHitsModel()
    model_tester(model)
    model.set_hits(library.search("fentanilo"))
    assert read_every_cell(model) > 5
    model.set_hits(library.search("Washington", limit=200))
    read_every_cell(model)
    model.set_hits([])
    assert read_every_cell(model) == 0


def test_the_backup_list_passes_the_model_tester(filled, model_tester) -> None:
    library, _ids = filled
    for _ in range(3):
        backup(library)
    model = BackupListModel(list_backups(library))
    model_tester(model)
    assert read_every_cell(model) == 3
    assert_headers(model)
    empty = BackupListModel([])
    model_tester(empty)
    assert read_every_cell(empty) == 0
    assert not empty.index(0, 0, QModelIndex()).isValid()


def test_saved_searches_and_glossary_models(qtmodeltester, library) -> None:
    library.save_search("Uno", "a")
    library.save_search("Dos", "b")
    model = SavedSearchesModel(library)
    qtmodeltester.check(model)
    library.rename_saved_search(library.find_saved_search("Uno").id or 0, "Aaa")  # moves up
    library.save_search("Zeta", "z")
    model.refresh()
    assert model.names() == ["Aaa", "Dos", "Zeta"]
    qtmodeltester.check(GlossaryModel([("halcón", "lookout"), ("plaza", "turf")]))


def test_conflicts_model(qtmodeltester, library) -> None:
    from sqlalchemy import text

    with library.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO sync_conflict (peer, tbl, key, field, kept, lost, lost_side, label, "
                "at, state) VALUES ('p', 'event', 'u', 'title', '\"A\"', '\"B\"', 'team', "
                "'Reunión', '2026-12-01 10:00:00', 'open')"
            )
        )
    model = ConflictsModel(library)
    assert model.rowCount() == 1
    qtmodeltester.check(model)


# Nothing left out


def test_every_model_class_of_the_ui_is_tested_here() -> None:
    tested = {spec.model for spec in KINDS.values()} | {
        ItemTableModel,  # through each of its kinds
        ItemProxyModel,
        CaseListModel,
        CaseFilterProxyModel,
        PendingSourcesModel,
        ProposalTableModel,
        SearchHitsModel,
        BackupListModel,
        SavedSearchesModel,
        GlossaryModel,
        ConflictsModel,
    }
    defined = set()
    root = Path(ui.__file__).parent
    for path in sorted(root.rglob("*.py")):  # ui/views has no __init__.py: pkgutil skips it
        name = ".".join(("ui", *path.relative_to(root).with_suffix("").parts))
        module = importlib.import_module(name.removesuffix(".__init__"))
        defined |= {
            value
            for value in vars(module).values()
            if isinstance(value, type)
            and issubclass(value, QAbstractItemModel)
            and value.__module__ == module.__name__
        }
    assert defined - tested == set(), "a new item model: run it through the model tester here"
    assert tested - defined == set(), "a model is gone from ui/: take it off this list"
