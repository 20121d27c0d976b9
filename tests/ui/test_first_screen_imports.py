"""The window's first screen imports only what it shows; the rest loads when first used.

Extraction compiles its patterns at import (~0.4 s), the readers bring trafilatura, pypdf and
python-docx, the brief ReportLab and pikepdf: none of it may creep back into the start (see
benchmarks/bench_timeline.py for the figures).
"""

from __future__ import annotations

import sys

DEFERRED = (
    "casefile.extract",
    "casefile.ingest",
    "casefile.importer",
    "casefile.brief",
    "casefile.bundle",
    "ui.workers",
    "ui.dnd",
    "alembic",
    "trafilatura",
    "pypdf",
    "docx",
    "reportlab",
    "pikepdf",
)

LOADED = f"""
import sys
import main
import ui.main_window
print("\\n".join(sorted(name for name in sys.modules if name.startswith({DEFERRED!r}))))
"""


def test_the_first_screen_imports_no_reader_extractor_or_brief(run) -> None:
    result = run([sys.executable, "-c", LOADED])
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == []
