"""Garbage is collected on the GUI thread, never in a worker."""

from __future__ import annotations

import gc
import threading

from ui.collector import GuiThreadCollector


class _Cycle:
    def __init__(self, freed_in: list[str]) -> None:
        self.me = self
        self.freed_in = freed_in

    def __del__(self) -> None:
        self.freed_in.append(threading.current_thread().name)


def test_automatic_collection_is_off_and_the_timer_collects_on_this_thread(
    qtbot, gui_thread_collector: GuiThreadCollector
) -> None:
    assert not gc.isenabled()
    freed_in: list[str] = []
    kept: list[list[int]] = []

    def allocate_in_a_worker() -> None:
        for _ in range(5):
            _Cycle(freed_in)
        kept.extend([] for _ in range(5_000))  # live containers: well past the threshold

    worker = threading.Thread(target=allocate_in_a_worker, name="worker")
    worker.start()
    worker.join()
    assert freed_in == []  # nothing was collected in the worker
    qtbot.waitUntil(lambda: len(freed_in) == 5, timeout=5_000)
    assert set(freed_in) == {threading.main_thread().name}
    assert len(kept) == 5_000
