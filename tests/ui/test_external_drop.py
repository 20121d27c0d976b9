"""A file dragged from another application arrives through the platform's drag and drop.

Two separate processes on a private Xvfb display: a source window (tests/ui/xdnd_peer.py)
that starts a QDrag of a fixture file, as a file manager would, and a target window with
Casefile's drop target that imports what it receives. xdotool presses the mouse on the
source, moves it over the target and releases it, so the drop crosses processes via XDND.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import json
import select
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import select as sql_select

from casefile.library import Library
from casefile.models import CaseSource, Source

PEER = Path(__file__).with_name("xdnd_peer.py")
ARTICLE = (
    "Mexico and the United States agree on arms trafficking measures\n\n"
    "WASHINGTON, 23 January 2026 — Officials of both governments met on Friday. “We will "
    "keep working together”, said Foreign Minister Juan Ramón de la Fuente.\n"
)

pytestmark = pytest.mark.skipif(
    not (shutil.which("Xvfb") and shutil.which("xdotool")),
    reason="needs Xvfb and xdotool (apt-get install xvfb xdotool); .ci/run installs them",
)


def _start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    """Xvfb on a display it picks itself (-displayfd), so parallel runs never collide."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1024x768x24", "-nolisten", "tcp"],
        pass_fds=[write_end],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    number = b""
    deadline = time.monotonic() + 10
    while not number.endswith(b"\n"):
        ready, _, _ = select.select([read_end], [], [], max(0.0, deadline - time.monotonic()))
        chunk = os.read(read_end, 16) if ready else b""
        if not chunk:
            server.kill()
            server.wait()
            os.close(read_end)
            pytest.fail("Xvfb did not start within 10 s")
        number += chunk
    os.close(read_end)
    return server, f":{number.decode().strip()}"


@pytest.fixture
def display() -> Iterator[str]:
    server, name = _start_xvfb()
    try:
        yield name
    finally:
        server.terminate()
        try:
            server.wait(timeout=5)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


class Desktop:
    """The peer processes on one display, and the mouse."""

    def __init__(self, display: str, state: Path) -> None:
        self.state = state
        self.env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        self.env.pop("WAYLAND_DISPLAY", None)
        self.processes: list[subprocess.Popen[bytes]] = []

    def start(self, *args: str) -> None:
        # The peer writes to its own copy of the descriptor: ours can be closed once it runs.
        with (self.state / f"{args[0]}.log").open("wb") as log:
            self.processes.append(
                subprocess.Popen(
                    [sys.executable, str(PEER), *args], env=self.env, stdout=log, stderr=log
                )
            )

    def xdotool(self, *args: str) -> None:
        subprocess.run(["xdotool", *args], env=self.env, check=True, timeout=10)

    def logs(self) -> str:
        return "\n".join(
            f"--- {path.name}\n{path.read_text(errors='replace')}"
            for path in sorted(self.state.glob("*.log"))
        )

    def stop(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                process.terminate()
        for process in self.processes:
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _state(qtbot, desktop: Desktop, name: str, timeout_ms: int, nudge: bool = False) -> object:
    """Wait (with a deadline) until a peer has written STATE/name; return what it wrote.

    Fails at once, with the peers' logs, if the target reported a failed import.
    """
    path = desktop.state / name
    failure = desktop.state / "failed.json"
    polls = 0

    def written() -> bool:
        nonlocal polls
        polls += 1
        if nudge and polls % 10 == 0:  # XDND positions are sent on motion: keep moving a pixel
            desktop.xdotool("mousemove_relative", "--", "1" if polls % 20 else "-1", "0")
        return path.exists() or failure.exists()

    try:
        qtbot.waitUntil(written, timeout=timeout_ms)
    except qtbot.TimeoutError:
        pytest.fail(f"{name} never appeared.\n{desktop.logs()}")
    if not path.exists():
        pytest.fail(f"the target's import failed: {failure.read_text()}\n{desktop.logs()}")
    return json.loads(path.read_text(encoding="utf-8"))


def test_a_file_dragged_from_another_application_is_imported(
    qtbot, display: str, tmp_path: Path
) -> None:
    article = tmp_path / "desk" / "arms-trafficking.txt"
    article.parent.mkdir()
    article.write_text(ARTICLE, encoding="utf-8")
    library = Library.open(tmp_path / "library")
    case_id = library.create_case("Seguridad México–EE.UU.").id
    library.close()
    state = tmp_path / "state"
    state.mkdir()
    desktop = Desktop(display, state)
    try:
        desktop.start("target", str(state), str(tmp_path / "library"), str(case_id))
        desktop.start("source", str(state), str(article))
        target = _state(qtbot, desktop, "target.json", 10_000)
        source = _state(qtbot, desktop, "source.json", 10_000)
        assert isinstance(target, dict)
        assert isinstance(source, dict)

        desktop.xdotool("mousemove", str(source["x"]), str(source["y"]))
        desktop.xdotool("mousedown", "1")
        # Cross in steps, as a hand would, so both windows see the drag move.
        for step in range(1, 6):
            x = source["x"] + (target["x"] - source["x"]) * step // 5
            y = source["y"] + (target["y"] - source["y"]) * step // 5
            desktop.xdotool("mousemove", str(x), str(y))
        _state(qtbot, desktop, "hover", 5_000, nudge=True)
        # Release only once the source has the target's answer, or Qt cancels the drag.
        _state(qtbot, desktop, "accepted.json", 5_000, nudge=True)
        desktop.xdotool("mouseup", "1")

        dropped = _state(qtbot, desktop, "dropped.json", 5_000)
        assert isinstance(dropped, dict)
        assert dropped["paths"] == [str(article)]
        assert dropped["urls"] == []
        imported = _state(qtbot, desktop, "imported.json", 15_000)
        assert imported == {"added": 1}
    finally:
        desktop.stop()

    library = Library.open(tmp_path / "library")
    try:
        with library.session() as session:
            sources = list(session.exec(sql_select(Source)))
            links = list(session.exec(sql_select(CaseSource)))
        assert [source.original_name for source in sources] == ["arms-trafficking.txt"]
        assert [(link.case_id, link.source_id) for link in links] == [(case_id, sources[0].id)]
        assert library.items("event", case_id)
    finally:
        library.close()
