"""Refresh resources/i18n/casefile_es.ts from the UI sources and compile casefile_es.qm.

Run after changing any label: ``.venv/bin/python scripts/update_translations.py``. New strings
appear in the .ts as unfinished; translate them (Qt Linguist: ``pyside6-linguist``), then run
this again. It exits 1 while any string is untranslated.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "casefile_es.ts"
BIN = Path(sys.executable).parent


def main() -> int:
    sources = sorted(str(path.relative_to(ROOT)) for path in (ROOT / "ui").rglob("*.py"))
    subprocess.run(
        [
            str(BIN / "pyside6-lupdate"),
            *sources,
            "-no-obsolete",
            "-source-language",
            "en",
            "-target-language",
            "es",
            "-ts",
            str(TS.relative_to(ROOT)),
        ],
        cwd=ROOT,
        check=True,
    )
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True
    )
    unfinished = len(re.findall(r'type="unfinished"', TS.read_text(encoding="utf-8")))
    if unfinished:
        print(f"{unfinished} string(s) still to translate in {TS.name}")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
