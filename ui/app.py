"""Starting the window: the QApplication, its translations, settings and the library.

The library folder is, in order: ``--library DIR``, ``CASEFILE_LIBRARY``, the folder chosen in
Settings, the default under the user data directory.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from casefile.errors import CasefileError
from casefile.library import Library, default_library_dir
from ui.preferences import Preferences

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
TRANSLATIONS = RESOURCES / "i18n"
ICON = RESOURCES / "icons" / "casefile.svg"
ORGANISATION = "Casefile"
APPLICATION = "Casefile"


def resolve_language(choice: str) -> str:
    """ "en" or "es" for a setting of "system", "en" or "es"."""
    if choice in ("en", "es"):
        return choice
    return "es" if QLocale.system().language() == QLocale.Language.Spanish else "en"


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """Load Casefile's and Qt's own translations for ``language``; keep the returned list alive.

    Also makes ``language`` the default locale, which the window's date formatting follows.
    """
    QLocale.setDefault(
        QLocale(QLocale.Language.Spanish if language == "es" else QLocale.Language.English)
    )
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (
        (f"casefile_{language}", str(TRANSLATIONS)),
        (f"qtbase_{language}", qt_translations),
    ):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def library_folder(argument: str | None, preferences: Preferences) -> Path:
    """The library folder to open (see the module docstring for the order)."""
    if argument:
        return Path(argument).expanduser()
    if os.environ.get("CASEFILE_LIBRARY"):
        return default_library_dir()
    return preferences.library_path or default_library_dir()


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="casefile", description="Open the Casefile window.")
    parser.add_argument("--library", metavar="DIR", help="the library folder to open")
    known, _qt_arguments = parser.parse_known_args(list(argv)[1:])
    return known


def create_application(argv: Sequence[str]) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv))
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    app.setWindowIcon(QIcon(str(ICON)))
    return app


def main(argv: Sequence[str] | None = None) -> int:
    """Open the window on the library and run until it closes; returns the exit status."""
    argv = list(sys.argv if argv is None else argv)
    arguments = parse_arguments(argv)
    app = create_application(argv)
    settings = QSettings()
    preferences = Preferences(settings)
    translators = install_translations(app, resolve_language(preferences.ui_language))
    folder = library_folder(arguments.library, preferences)
    try:
        library = Library.open(folder)
    except CasefileError as exc:
        QMessageBox.critical(None, APPLICATION, str(exc))
        return 2
    from ui.main_window import MainWindow  # after the translators, so every label is translated

    window = MainWindow(library, settings)
    window.show()
    status = app.exec()
    library.close()
    del translators
    return status
