"""Opens the Casefile window: ``python main.py [--library DIR]``."""

# The library's stack (SQLAlchemy, SQLModel) is imported before PySide6 on purpose: once loaded,
# PySide6's import hook (for ``from __feature__ import ...``) reads the source of every module
# imported after it, ~0.1 s over these ~300 modules at every start.
import casefile.library  # noqa: F401
from ui.app import main

if __name__ == "__main__":
    raise SystemExit(main())
