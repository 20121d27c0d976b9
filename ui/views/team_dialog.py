"""File ▸ Open team library…: the address of a team library on a PostgreSQL server, tried
here, then opened in a window of its own (this one stays on the laptop's library).

The password is never written to the settings: with "Remember" it goes to the system keyring
(casefile/credentials.py); otherwise the new window gets it in its environment as
``PGPASSWORD``, where libpq reads it, and nowhere else. A password in ``~/.pgpass`` or a
``pg_service.conf`` service needs none of this: leave the field empty.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QProcess, QProcessEnvironment, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL, make_url

from casefile import credentials
from casefile.errors import CasefileError
from casefile.library import Library
from ui.messages import describe

LAST_TEAM_URL = "team/last_url"  # QSettings: the address last opened, never its password
MAIN = Path(__file__).resolve().parents[2] / "main.py"


def window_command(url: str) -> tuple[str, list[str]]:
    """The program and arguments that open Casefile's window on ``url``."""
    if getattr(sys, "frozen", False):  # a built bundle: the executable is Casefile itself
        return sys.executable, ["--library", url]
    return sys.executable, [str(MAIN), "--library", url]


class TeamAddressForm(QWidget):
    """A team library's server, port, database, user and password, with "remember"."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        last = str(settings.value(LAST_TEAM_URL, "") or "")
        known = make_url(last) if last else None
        self.server = QLineEdit(known.host or "" if known else "")
        self.server.setPlaceholderText(self.tr("e.g. casefile.example.org"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(known.port or 5432 if known else 5432)
        self.database = QLineEdit(known.database or "" if known else "")
        self.user = QLineEdit(known.username or "" if known else "")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("empty: from ~/.pgpass or the keyring"))
        self.remember = QCheckBox(self.tr("Remember the password in this computer's keyring"))
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(self.tr("Server"), self.server)
        self.form.addRow(self.tr("Port"), self.port)
        self.form.addRow(self.tr("Database"), self.database)
        self.form.addRow(self.tr("User"), self.user)
        self.form.addRow(self.tr("Password"), self.password)
        self.form.addRow("", self.remember)

    def address(self) -> URL:
        """The library's address as typed, without its password."""
        return URL.create(
            "postgresql",
            username=self.user.text().strip() or None,
            host=self.server.text().strip() or None,
            port=self.port.value(),
            database=self.database.text().strip() or None,
        )

    def complete(self) -> bool:
        address = self.address()
        return bool(address.host and address.database)

    def keep_password(self) -> str | None:
        """Put the password in the keyring if asked; the reason when it could not be."""
        password = self.password.text()
        if password and self.remember.isChecked():
            try:
                credentials.remember(self.address(), password)
            except CasefileError as exc:
                return describe(exc)
        return None


class OpenTeamLibraryDialog(QDialog):
    """Asks for a team library's server, database and user; opens it in a new window."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open team library"))
        self._settings = settings
        self.launched: tuple[str, list[str]] | None = None  # the window's command, once opened
        self.fields = TeamAddressForm(settings, self)
        # The fields by name, as the tests and the window's code know them.
        self.server, self.port = self.fields.server, self.fields.port
        self.database, self.user = self.fields.database, self.fields.user
        self.password, self.remember = self.fields.password, self.fields.remember
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # a server's words, user text
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def address(self) -> URL:
        return self.fields.address()

    def accept(self) -> None:
        """Try the library (its schema is brought up to date on the way); on success keep
        the address and open it in a window of its own; else say why and stay."""
        address = self.address()
        if not (address.host and address.database):
            self._say(self.tr("Give the server and the database."))
            return
        url = address.render_as_string(hide_password=False)
        password = self.password.text()
        trial = address.set(password=password) if password else address
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            library = Library.open_team(trial.render_as_string(hide_password=False))
            library.close()
        except CasefileError as exc:
            self._say(describe(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        environment = QProcessEnvironment.systemEnvironment()
        not_kept = self.fields.keep_password()
        if not_kept is not None:
            self._say(not_kept)  # told, and the window still opens with it
        if password and (not self.remember.isChecked() or not_kept is not None):
            environment.insert("PGPASSWORD", password)
        self._settings.setValue(LAST_TEAM_URL, url)
        program, arguments = window_command(url)
        process = QProcess(self)
        process.setProgram(program)
        process.setArguments(arguments)
        process.setProcessEnvironment(environment)
        if not process.startDetached():
            self._say(self.tr("Casefile could not start a window for the team library."))
            return
        self.launched = (program, arguments)
        super().accept()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
