"""Starting the window: the QApplication, its translations, settings and the library.

The library folder is, in order: ``--library DIR``, ``CASEFILE_LIBRARY``, the folder chosen in
Settings, the default under the user data directory. ``--library`` (or ``CASEFILE_LIBRARY``) may
instead name a team library on a PostgreSQL server, ``postgresql://user@server/database``.

One window per library: the window holds the library's app lock (``casefile.lock``) while it
is open. A second window on the same library is told which process has it and may open it
read-only instead: a read-only Library never writes (SQLite ``query_only``, no sweep, no
backups), and WAL mode lets it read beside the writer, so nothing can be corrupted; it shows
what was committed when it opened each view. Quitting is the other choice.

A second launch on a library whose window is open does not get that far: it hands the window
its ``.casefile`` arguments and exits 0, and the window comes forward and imports them
(``ui.single_instance``). ``python main.py case.casefile`` (the bundle's ``Casefile``
executable, which the file association runs) opens the window and imports the bundle.

The library's database checks (``casefile.integrity.check``: ``PRAGMA quick_check`` and the
search index) and its backup (``casefile.backup.rolling_backup``, the newest ten kept, none
made when nothing changed) run in one background job once the window has painted; it is
backed up again after it closes.
A backup that fails is reported and logged; it never stops the window opening or closing.

Pseudo-translation (``--pseudo`` or ``CASEFILE_PSEUDO=1``), for developers: every translated
string is accented and lengthened by about 40% between brackets, ``[Ímpórt fílés… ÅÉÎØÜ]``, on
top of the chosen language, so that a screenshot shows which labels a longer language would
clip (a missing closing bracket) and which strings were never marked for translation (no
brackets at all).

Start-up timing (``CASEFILE_QUIT_WHEN_SHOWN=1``), for benchmarks/bench_bundle.py and the
bundle's smoke test: once the window has painted, the app prints ``casefile: window shown`` on
standard output and quits (closing the library as usual).
"""

from __future__ import annotations

import argparse
import logging
import math
import os
import re
import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, Qt, QTimer, QTranslator
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from casefile.backup import rolling_backup
from casefile.errors import CasefileError, EditConflictError
from casefile.library import Library, default_library_dir, default_location, is_team_url
from casefile.lock import LibraryInUseError, LibraryLock
from casefile.storage import LibraryWriteError
from ui.collector import GuiThreadCollector
from ui.first_paint import quit_when_painted
from ui.messages import describe
from ui.preferences import Preferences
from ui.single_instance import bundle_arguments, claim_library

if TYPE_CHECKING:
    from ui.main_window import MainWindow

log = logging.getLogger(__name__)

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
TRANSLATIONS = RESOURCES / "i18n"
ICON = RESOURCES / "icons" / "casefile.svg"
ORGANISATION = "Casefile"
APPLICATION = "Casefile"
BACKUP_DELAY_MS = 200  # the opening backup starts this long after the window is shown


def resolve_language(choice: str) -> str:
    """ "en" or "es" for a setting of "system", "en" or "es"."""
    if choice in ("en", "es"):
        return choice
    return "es" if QLocale.system().language() == QLocale.Language.Spanish else "en"


def install_translations(
    app: QApplication, language: str, *, pseudo: bool | None = None
) -> list[QTranslator]:
    """Load Casefile's and Qt's own translations for ``language``; keep the returned list alive.

    Also makes ``language`` the default locale, which the window's date formatting follows.
    ``pseudo`` (by default: whether ``CASEFILE_PSEUDO`` is set) puts a
    :class:`PseudoTranslator` over them.
    """
    QLocale.setDefault(
        QLocale(QLocale.Language.Spanish if language == "es" else QLocale.Language.English)
    )
    installed: list[QTranslator] = []
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translations = (
        (f"casefile_{language}", str(TRANSLATIONS)),
        (f"qtbase_{language}", qt_translations),
    )
    for name, folder in translations if language != "en" else ():
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    if pseudo if pseudo is not None else bool(os.environ.get("CASEFILE_PSEUDO")):
        lengthening = PseudoTranslator(installed, app)
        app.installTranslator(lengthening)  # asked first: the last installed wins
        installed.append(lengthening)
    return installed


# Left whole by the pseudo-translation: format fields, %-arguments, mnemonics, tags.
_PSEUDO_KEEP = re.compile(r"\{[^{}]*\}|%(?:\d+|[a-zA-Z%])|&&|&|<[^<>]*>")
_PSEUDO_ACCENTS = str.maketrans("aeiouyAEIOUYnNcC", "áéíóúýÁÉÍÓÚÝñÑçÇ")
_PSEUDO_PADDING = "ÅÉÎØÜ"
# Key names (Ctrl, Shift) are translated too, and a shortcut written "Ctrl+K" must still parse.
_PSEUDO_SKIPPED_CONTEXTS = frozenset({"QShortcut", "QKeySequence"})


def pseudo_translation(text: str) -> str:
    """``text`` accented, lengthened by about 40% and bracketed; fields and mnemonics kept.

    A file dialog's filter (``Backups (*.db)``) is left as it is: Qt reads its pattern.
    """
    if not any(char.isalpha() for char in text) or "(*" in text:
        return text
    pieces: list[str] = []
    start = 0
    for kept in _PSEUDO_KEEP.finditer(text):
        pieces += [text[start : kept.start()].translate(_PSEUDO_ACCENTS), kept.group()]
        start = kept.end()
    pieces.append(text[start:].translate(_PSEUDO_ACCENTS))
    length = math.ceil(len(text) * 0.4)
    padding = (_PSEUDO_PADDING * length)[:length]
    return f"[{''.join(pieces)} {padding}]"


class PseudoTranslator(QTranslator):
    """Pseudo-translates what ``translators`` (the installed language) say, or the source."""

    def __init__(self, translators: Sequence[QTranslator], parent: QApplication) -> None:
        super().__init__(parent)
        self._translators = list(translators)

    def isEmpty(self) -> bool:
        return False

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        if context in _PSEUDO_SKIPPED_CONTEXTS:
            return None  # not translated here: the next translator answers
        for translator in self._translators:
            translated = translator.translate(context, source_text, disambiguation, n)
            if translated:
                return pseudo_translation(translated)
        return pseudo_translation(source_text)


def library_folder(argument: str | None, preferences: Preferences) -> Path | str:
    """The library folder, or team library URL, to open (see the module docstring for the
    order)."""
    if argument:
        return argument if is_team_url(argument) else Path(argument).expanduser()
    if os.environ.get("CASEFILE_LIBRARY"):
        return default_location()
    return preferences.library_path or default_library_dir()


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="casefile", description="Open the Casefile window.")
    parser.add_argument(
        "--library",
        metavar="DIR|URL",
        help="the library folder, or a team library's postgresql://user@server/database",
    )
    parser.add_argument(
        "--pseudo",
        action="store_true",
        help="lengthen every translated string, to find clipped labels (as CASEFILE_PSEUDO=1)",
    )
    parser.add_argument(
        "files", nargs="*", metavar="FILE.casefile", help="case bundles to import once open"
    )
    known, _qt_arguments = parser.parse_known_args(list(argv)[1:])
    return known


def create_application(argv: Sequence[str]) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv))
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    # Wayland desktops match the window to its menu entry (packaging/linux/casefile.desktop).
    QGuiApplication.setDesktopFileName("casefile")
    app.setApplicationDisplayName(APPLICATION)
    app.setWindowIcon(QIcon(str(ICON)))
    if app.findChild(GuiThreadCollector) is None:
        GuiThreadCollector(app)  # see ui/collector.py: workers must never free Qt objects
    return app


def open_library(folder: Path | str) -> tuple[Library, LibraryLock | None] | None:
    """Take the library's app lock and open it; None (after saying why) if it cannot be shown.

    When another window holds the lock, the analyst chooses between read-only and quitting.
    A team library takes no lock: several analysts work on it at once.
    """
    if isinstance(folder, str):
        try:
            return Library.open_team(folder), None
        except CasefileError as exc:
            QMessageBox.critical(None, APPLICATION, describe(exc))
            return None
    lock = LibraryLock(folder)
    read_only: bool | None = None  # None: read-only only where the folder cannot be written
    try:
        lock.acquire()
    except LibraryInUseError as exc:
        if not offer_read_only(describe(exc)):
            return None
        read_only = True
    try:
        # The database checks run in the opening backup's job, once the window has painted.
        library = Library.open(folder, read_only=read_only, defer_checks=True)
    except CasefileError as exc:
        lock.release()
        QMessageBox.critical(None, APPLICATION, describe(exc))
        return None
    return library, lock


def offer_read_only(in_use: str) -> bool:
    """Tell the analyst the library is in use; True if they open it read-only anyway."""
    box = QMessageBox(QMessageBox.Icon.Warning, APPLICATION, in_use)
    box.setTextFormat(Qt.TextFormat.PlainText)  # it names the library's folder
    box.setInformativeText(
        QApplication.translate(
            "App",
            "You can open it read-only here to look things up; changes are made in the "
            "other window.",
        )
    )
    read_only = box.addButton(
        QApplication.translate("App", "Open read-only"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QApplication.translate("App", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(read_only)
    box.exec()
    return box.clickedButton() is read_only


def close_library(library: Library, lock: LibraryLock | None) -> Path | None:
    """After the window closed: the closing backup, then close the library and free it."""
    made = None
    if not library.read_only and not library.is_team:
        try:
            library.finish_checks()  # when the window closed before its opening job ran them
            made = rolling_backup(library)
        except (CasefileError, OSError, sqlite3.Error) as exc:
            log.warning("The closing backup of %s failed: %s", library.folder, exc)
    library.close()
    if lock is not None:
        lock.release()
    return made


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def report_errors_in(window: MainWindow, previous: ExceptHook) -> ExceptHook:
    """An excepthook for errors escaping a slot: a sentence in the window, not a traceback.

    A write that failed (full disk, medium gone read-only) is rolled back whole by the core;
    the window says so. Anything else goes on to ``previous``.
    """

    def report(
        kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> object:
        if isinstance(error, LibraryWriteError | EditConflictError):
            # Not saved: the pane shows the stored values again, and a sentence says why.
            window.library_actions.read_only.report_write_failure(error)
            return None
        if isinstance(error, CasefileError):
            log.warning("%s", error)
            window.show_message(describe(error))
            return None
        return previous(kind, error, trace)

    return report


def main(argv: Sequence[str] | None = None) -> int:
    """Open the window on the library and run until it closes; returns the exit status."""
    argv = list(sys.argv if argv is None else argv)
    arguments = parse_arguments(argv)
    app = create_application(argv)
    settings = QSettings()
    preferences = Preferences(settings)
    location = library_folder(arguments.library, preferences)
    instance = claim_library(app, location, bundle_arguments(arguments.files))
    if instance is None:
        return 0  # the library's window took this launch's bundles, and comes forward
    translators = install_translations(
        app, resolve_language(preferences.ui_language), pseudo=arguments.pseudo or None
    )
    opened = open_library(location)
    if opened is None:
        instance.close()
        return 2
    library, lock = opened
    from ui.main_window import MainWindow  # after the translators, so every label is translated

    window = MainWindow(library, settings)
    previous_hook, sys.excepthook = sys.excepthook, report_errors_in(window, sys.excepthook)
    window.show()
    # After the first paint (a zero timer would run before it): starting the job imports the
    # workers, and with them the importer and its readers. Bundles wait for the backup.
    QTimer.singleShot(BACKUP_DELAY_MS, window.library_actions.start_automatic_backup)
    QTimer.singleShot(
        BACKUP_DELAY_MS, lambda: instance.serve(window, window.library_actions.import_bundles)
    )
    if os.environ.get("CASEFILE_QUIT_WHEN_SHOWN"):
        quit_when_painted(window)
    try:
        status = app.exec()
    finally:
        instance.close()
        sys.excepthook = previous_hook
        close_library(library, lock)
    del translators
    return status
