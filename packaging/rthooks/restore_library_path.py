"""PyInstaller run-time hook: programs Casefile starts get the system's libraries, not ours.

On Linux the bundle's launcher points LD_LIBRARY_PATH at ``_internal`` so that Python finds
the bundled libraries, and every program started from Casefile would inherit it: Tesseract
(OCR), or the PDF viewer and browser that opening a brief or a source's address starts, would
load the bundle's copies of libraries built for another system, and may fail. The loader read
the variable when Casefile started and keeps what it read, so Casefile itself is unaffected
when it is put back here as it was before the launcher (PyInstaller keeps that value in
LD_LIBRARY_PATH_ORIG, and sets nothing when there was none).
"""

import os
import sys

if sys.platform.startswith("linux"):
    original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if original is None:
        os.environ.pop("LD_LIBRARY_PATH", None)
    else:
        os.environ["LD_LIBRARY_PATH"] = original
