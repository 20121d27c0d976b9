"""Opens the Casefile window: ``python main.py [--library DIR]``."""

from ui.app import main

if __name__ == "__main__":
    raise SystemExit(main())
