"""One window per library: a second launch hands its files to the window already open.

Double-clicking a ``.casefile`` bundle, or starting Casefile again from the menu, should bring
the open window forward rather than meet its library lock ("open read-only?"). So the window
listens on a local socket (``QLocalServer``: a Unix socket in the temp folder, a named pipe on
Windows) named after the user and the library's location: two libraries may each have a
window, and one user never reaches another's. A launch first tries that socket. When a window
answers, the launch sends the bundles it was given, waits for the window's "ok" and exits 0;
otherwise it opens the library itself and listens in turn.

The message is one line of JSON, ``{"open": ["/absolute/path.casefile", ...]}``, answered by
``ok``. A request that arrives before the window exists (a double-click during start-up) is
kept and served once it does.

macOS gives a running application the documents Finder opens as ``QFileOpenEvent`` instead of
arguments; :meth:`SingleInstance.hear_file_open_events` turns those into requests too.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

HAND_OVER_TIMEOUT_MS = 3000  # a window this slow to answer is treated as absent
ANSWER = b"ok\n"
MAX_REQUEST_BYTES = 1 << 20  # a longer line is not a launch of ours


def server_name(location: Path | str) -> str:
    """The socket's name for this user and library (a folder, or a team library's URL)."""
    where = location if isinstance(location, str) else _folder_key(location)
    digest = hashlib.sha256(f"{_user()}\n{where}".encode()).hexdigest()
    return f"casefile-{digest[:24]}"  # short: a Unix socket's path has ~100 bytes


def _folder_key(folder: Path) -> str:
    # The same folder however it was written: relative, through a symlink, in another case.
    return os.path.normcase(str(folder.expanduser().resolve()))


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name (a container's bare uid): the home stands in
        return str(Path.home())


def hand_over(name: str, paths: Sequence[str], timeout_ms: int = HAND_OVER_TIMEOUT_MS) -> bool:
    """Give ``paths`` to the window listening on ``name``; True once it said it took them."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    _allow_the_window_forward()
    socket.write(json.dumps({"open": list(paths)}).encode() + b"\n")
    answer = b""
    while socket.waitForReadyRead(timeout_ms):
        answer += bytes(socket.readAll().data())
        if b"\n" in answer:
            break
    socket.abort()
    return answer == ANSWER


def _allow_the_window_forward() -> None:
    # Windows only lets the foreground process (this launch) hand the foreground on.
    if sys.platform == "win32":
        import ctypes

        ASFW_ANY = -1
        ctypes.windll.user32.AllowSetForegroundWindow(ASFW_ANY)


def bundle_arguments(arguments: Sequence[str]) -> list[str]:
    """The ``.casefile`` bundles among a launch's file arguments, as absolute paths."""
    return [
        str(Path(argument).expanduser().absolute())
        for argument in arguments
        if Path(argument).suffix.lower() == ".casefile"
    ]


def claim_library(
    app: QCoreApplication, location: Path | str, bundles: list[str]
) -> SingleInstance | None:
    """This launch's listener for ``location``, holding ``bundles`` until the window serves;
    None when a window on ``location`` was already open and took them."""
    name = server_name(location)
    if hand_over(name, bundles):
        return None
    instance = SingleInstance(name, app)
    instance.listen()  # before the library opens: a launch meanwhile is kept for the window
    if sys.platform == "darwin":
        instance.hear_file_open_events(app)
    if bundles:
        instance.receive(bundles)
    return instance


def bring_forward(window: QWidget) -> None:
    """Show ``window`` restored, raised and active, as far as the window system lets it."""
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


ImportBundles = Callable[[list[Path]], None]


class SingleInstance(QObject):
    """The open window's end of the socket: hears launches and serves their requests."""

    requested = Signal(list)  # the paths a launch (or Finder) asked to open; may be empty

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept_launches)
        self._waiting: list[list[str]] | None = []  # None once served

    def listen(self) -> bool:
        """Start listening; False (after logging why) if a live window has the name already."""
        # Asked first: Qt puts a user-only socket in place by renaming it over whatever file
        # is there, and Windows lets two servers share a pipe's name, so neither would refuse.
        if _answers(self.name):
            log.warning("Later launches will not find this window: another one has its name")
            return False
        if self._server.listen(self.name):
            return True
        in_use = self._server.serverError() == QAbstractSocket.SocketError.AddressInUseError
        if in_use:  # a socket file a crashed window left, where Qt did not replace it
            QLocalServer.removeServer(self.name)
            if self._server.listen(self.name):
                return True
        log.warning("Later launches will not find this window: %s", self._server.errorString())
        return False

    def close(self) -> None:
        """Stop listening (a later launch then opens a window of its own)."""
        self._server.close()

    def serve(self, window: QWidget, import_bundles: ImportBundles) -> None:
        """From now on bring ``window`` forward and import the bundles of each request;
        first those that came before."""
        waiting, self._waiting = self._waiting or [], None
        self.requested.connect(lambda paths: _open(window, import_bundles, paths))
        for paths in waiting:
            self.requested.emit(paths)

    def receive(self, paths: list[str]) -> None:
        """Take a request: served at once, or kept until :meth:`serve`."""
        if self._waiting is not None:
            self._waiting.append(paths)
        else:
            self.requested.emit(paths)

    def hear_file_open_events(self, app: QCoreApplication) -> None:
        """Take the documents macOS opens with the running app (``QFileOpenEvent``)."""
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            self.receive(bundle_arguments([event.file()]))
            return True
        return super().eventFilter(watched, event)

    def _accept_launches(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda socket=socket: self._read_request(socket))
            socket.disconnected.connect(socket.deleteLater)

    def _read_request(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            if socket.bytesAvailable() > MAX_REQUEST_BYTES:
                socket.abort()
            return  # the rest of the line is on its way
        line = bytes(socket.readLine().data())
        socket.write(ANSWER)
        socket.disconnectFromServer()
        self.receive(_paths_in(line))


def _answers(name: str) -> bool:
    socket = QLocalSocket()
    socket.connectToServer(name)
    answered = socket.waitForConnected(HAND_OVER_TIMEOUT_MS)
    socket.abort()
    return answered


def _paths_in(line: bytes) -> list[str]:
    """The request's paths; none (the window is only brought forward) if it is not ours."""
    try:
        request = json.loads(line)
    except ValueError:
        request = None
    paths = request.get("open") if isinstance(request, dict) else None
    if not isinstance(paths, list) or not all(isinstance(path, str) for path in paths):
        log.info("A launch sent a request this window does not read: %r", line[:200])
        return []
    return paths


def _open(window: QWidget, import_bundles: ImportBundles, paths: list[str]) -> None:
    bring_forward(window)
    if paths:
        import_bundles([Path(path) for path in paths])
