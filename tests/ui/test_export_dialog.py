"""The export dialog builds a real PDF in the thread pool and remembers the byline."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from casefile.library import Library
from casefile.models import CaseSource, Event, Quote, Source

brief = pytest.importorskip("casefile.brief")
if not hasattr(brief, "build"):
    pytest.skip("casefile.brief.build has not landed yet", allow_module_level=True)

from ui.views.export_dialog import ExportBriefDialog, default_brief_path  # noqa: E402


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    settings = QSettings(str(tmp_path / "casefile.ini"), QSettings.Format.IniFormat)
    settings.setValue("analyst/name", "Ana López")
    settings.setValue("analyst/organisation", "Observatorio Bilateral")
    settings.setValue("brief/classification", "Uso interno")
    settings.setValue("brief/language", "es")
    return settings


@pytest.fixture
def case_id(library: Library) -> int:
    case = library.create_case("Seguridad México–EE.UU.", ["MX", "US"])
    source = library.add(
        Source(
            title="Security group meets",
            outlet="SRE",
            text="On 16 January 2026 the group met.",
            content_hash="d" * 64,
        )
    )
    library.add(CaseSource(case_id=case.id, source_id=source.id))
    for day, title in ((16, "Security group meets"), (23, "Arms trafficking talks")):
        library.add(
            Event(
                case_id=case.id,
                date=dt.date(2026, 1, day),
                title=title,
                source_id=source.id,
                review="accepted",
            )
        )
    library.add(
        Quote(
            case_id=case.id,
            text="Cooperation has to respect our sovereignty",
            speaker="Claudia Sheinbaum",
            source_id=source.id,
        )
    )
    library.set_tags("case", case.id, ["seguridad"])
    return int(case.id)


def test_byline_and_language_come_from_settings(qtbot, library, case_id, settings) -> None:
    dialog = ExportBriefDialog(library, case_id, settings)
    qtbot.addWidget(dialog)
    assert dialog.author.text() == "Ana López"
    assert dialog.organisation.text() == "Observatorio Bilateral"
    assert dialog.classification.text() == "Uso interno"
    assert dialog.language.currentData() == "es"
    assert Path(dialog.out_path.text()) == default_brief_path("Seguridad México–EE.UU.")
    assert dialog.out_path.text().endswith("Seguridad México–EE.UU.pdf")  # no trailing dot
    options = dialog.options()
    assert options.date_from is None
    assert options.sections == brief.ALL_SECTIONS
    assert options.tags == frozenset()


def test_options_follow_the_form(qtbot, library, case_id, settings) -> None:
    dialog = ExportBriefDialog(library, case_id, settings)
    qtbot.addWidget(dialog)
    dialog.all_dates.setChecked(False)
    assert dialog.date_from.isEnabled()
    assert dialog.date_from.date().toString("yyyy-MM-dd") == "2026-01-16"
    assert dialog.date_to.date().toString("yyyy-MM-dd") == "2026-01-23"
    dialog.section_boxes["captions"].setChecked(False)
    dialog.tags_model.item(0).setCheckState(Qt.CheckState.Checked)
    options = dialog.options()
    assert (options.date_from, options.date_to) == (dt.date(2026, 1, 16), dt.date(2026, 1, 23))
    assert "captions" not in options.sections
    assert options.tags == frozenset({"seguridad"})


def test_export_writes_the_pdf_and_offers_to_open_it(
    qtbot, library, case_id, settings, tmp_path: Path
) -> None:
    dialog = ExportBriefDialog(library, case_id, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    out = tmp_path / "out" / "brief.pdf"
    out.parent.mkdir()
    dialog.out_path.setText(str(out))
    dialog.author.setText("Ana María López")
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.is_building()
    assert not dialog.export_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.is_building(), timeout=60_000)
    assert out.read_bytes().startswith(b"%PDF"), dialog.status.text()
    assert dialog.open_button.isVisible()
    assert dialog.folder_button.isVisible()
    assert str(out) in dialog.status.text()
    assert list(out.parent.iterdir()) == [out]  # no partial file left beside it
    assert settings.value("analyst/name") == "Ana María López"
    assert settings.value("brief/paper") == "letter"

    from pypdf import PdfReader

    pages = PdfReader(out).pages
    assert len(pages) >= 1
    assert round(float(pages[0].mediabox.width)) == 612  # US Letter, as chosen


def test_cancel_writes_no_file(qtbot, library, case_id, settings, tmp_path: Path) -> None:
    dialog = ExportBriefDialog(library, case_id, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    out = tmp_path / "brief.pdf"
    dialog.out_path.setText(str(out))
    dialog.start_export()
    dialog.cancel_or_close()
    qtbot.waitUntil(lambda: not dialog.is_building(), timeout=60_000)
    # The build may have finished before the cancel was seen; either way the UI says which.
    if out.exists():
        assert str(out) in dialog.status.text()
    else:
        assert dialog.status.text() == "Cancelled; no file was written."
    assert not [p for p in tmp_path.iterdir() if "partial" in p.name]


def test_a_missing_folder_is_reported_not_raised(qtbot, library, case_id, settings, tmp_path):
    dialog = ExportBriefDialog(library, case_id, settings)
    qtbot.addWidget(dialog)
    dialog.out_path.setText(str(tmp_path / "nowhere" / "brief.pdf"))
    dialog.start_export()
    assert not dialog.is_building()
    assert "does not exist" in dialog.status.text()


def test_the_build_is_a_job_on_the_runner_it_is_given(
    qtbot, library, case_id, settings, tmp_path: Path
) -> None:
    from ui.jobs import JobRunner

    runner = JobRunner()  # the window's, in the app: closing the window waits for the brief
    dialog = ExportBriefDialog(library, case_id, settings, runner=runner)
    qtbot.addWidget(dialog)
    out = tmp_path / "brief.pdf"
    dialog.out_path.setText(str(out))
    dialog.start_export()
    assert runner.busy
    assert runner.wait_for_all(60_000)
    assert out.read_bytes().startswith(b"%PDF")
    qtbot.waitUntil(lambda: not dialog.is_building(), timeout=60_000)
    assert not runner.busy
    assert str(out) in dialog.status.text()
