"""Text marked for translation where it is written, and translated where it is shown.

PySide6's stubs declare ``QT_TRANSLATE_NOOP`` as returning ``object`` though it returns its
text unchanged, so each marked string would need a cast before it could be a ``str``. This is
the same marker, typed. ``pyside6-lupdate`` finds a call by its name, whichever module defines
it.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source_text: str) -> str:
    """``source_text`` as it is, marked for ``pyside6-lupdate`` under ``context``.

    Translate it where it is shown: ``QCoreApplication.translate(context, source_text)``.
    """
    return source_text
