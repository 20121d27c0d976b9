"""A separate application for the cross-process drag-and-drop test (tests/ui/test_external_drop.py).

    python xdnd_peer.py source STATE_DIR FILE
        A window that starts a QDrag of FILE (text/uri-list) when pressed, as a file manager
        would. Writes STATE_DIR/source.json with its centre once it is on screen, and
        STATE_DIR/accepted.json once the window under the pointer has accepted the drag.
    python xdnd_peer.py target STATE_DIR LIBRARY_DIR CASE_ID
        A window with Casefile's drop target. Writes STATE_DIR/target.json once on screen,
        STATE_DIR/hover when a drag is over it, STATE_DIR/dropped.json with the payload, then
        imports the payload with ImportWorker and writes STATE_DIR/imported.json.

Each file is written whole (temporary name, then rename), so the test never reads half of one.
Both windows quit by themselves after a while, in case the test could not stop them.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QEvent, QMimeData, QObject, QPoint, Qt, QThreadPool, QTimer, QUrl
from PySide6.QtGui import QDrag, QMouseEvent, QPaintEvent
from PySide6.QtWidgets import QApplication, QWidget

LIFETIME_MS = 40_000


def write_state(state: Path, name: str, value: Any) -> None:
    temporary = state / f".{name}.tmp"
    temporary.write_text(json.dumps(value), encoding="utf-8")
    os.replace(temporary, state / name)


class PeerWindow(QWidget):
    """Announces its centre, in screen coordinates, the first time it is painted."""

    def __init__(self, state: Path, name: str, title: str) -> None:
        super().__init__()
        self.state = state
        self.name = name
        self.setWindowTitle(title)
        self._announced = False

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._announced:
            self._announced = True
            centre = self.mapToGlobal(self.rect().center())
            write_state(self.state, self.name, {"x": centre.x(), "y": centre.y()})


class DragSource(PeerWindow):
    def __init__(self, state: Path, path: Path) -> None:
        super().__init__(state, "source.json", "xdnd source")
        self.path = path

    def mousePressEvent(self, event: QMouseEvent) -> None:
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(self.path))])
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.actionChanged.connect(self.note_accepted_action)
        result = drag.exec(Qt.DropAction.CopyAction | Qt.DropAction.LinkAction)
        write_state(self.state, "drag-result.json", {"action": int(result.value)})

    def note_accepted_action(self, action: Qt.DropAction) -> None:
        """The target answered (XdndStatus) and accepts: releasing now drops."""
        if action != Qt.DropAction.IgnoreAction:
            write_state(self.state, "accepted.json", {"action": int(action.value)})


class HoverRecorder(QObject):
    """Notes that a drag reached the window, so the test knows when to release the button."""

    def __init__(self, state: Path, parent: QObject) -> None:
        super().__init__(parent)
        self.state = state

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            write_state(self.state, "hover", {"type": int(event.type().value)})
        return False


def run_target(state: Path, library_dir: Path, case_id: int) -> QWidget:
    from casefile.library import Library
    from ui.dnd import DropPayload, install_drop_target
    from ui.workers import ImportWorker

    window = PeerWindow(state, "target.json", "xdnd target")
    library = Library.open(library_dir)
    keep: dict[str, ImportWorker] = {}

    def import_payload(payload: DropPayload, position: QPoint) -> None:
        write_state(
            state,
            "dropped.json",
            {
                "paths": [str(path) for path in payload.paths],
                "urls": [document.url for document in payload.documents],
                "position": [position.x(), position.y()],
            },
        )
        worker = ImportWorker(library, case_id, payload.paths, payload.documents)
        worker.signals.finished.connect(
            lambda report: write_state(state, "imported.json", {"added": len(report.added)})
        )
        worker.signals.failed.connect(lambda message: write_state(state, "failed.json", message))
        keep["worker"] = worker
        QThreadPool.globalInstance().start(worker)

    install_drop_target(window, import_payload)
    window.installEventFilter(HoverRecorder(state, window))
    window.move(420, 40)
    return window


def main(argv: list[str]) -> int:
    app = QApplication(argv[:1])
    role, state = argv[1], Path(argv[2])
    if role == "source":
        window: QWidget = DragSource(state, Path(argv[3]))
        window.move(40, 40)
    else:
        window = run_target(state, Path(argv[3]), int(argv[4]))
    window.resize(240, 180)
    window.show()
    QTimer.singleShot(LIFETIME_MS, app.quit)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
