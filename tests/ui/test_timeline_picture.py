"""The painted timeline: it draws the case's events, selects with the table both ways, zooms
and steps by keyboard, and follows edits and undo at once."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage

from casefile.library import Library
from casefile.models import Event


def _case(library: Library) -> tuple[int, list[int]]:
    case = library.create_case("Picture", ["MX", "US"])
    assert case.id is not None
    ids = []
    for day, title, category, precision in (
        (dt.date(2026, 1, 5), "Reunión de cancilleres", "consult", "day"),
        (dt.date(2026, 2, 1), "Aranceles al acero", "sanction", "month"),
        (dt.date(2026, 3, 9), "Acuerdo de aguas", "agree", "day"),
    ):
        event = library.add(
            Event(case_id=case.id, date=day, title=title, category=category, precision=precision)
        )
        ids.append(event.id)
    return case.id, ids


def test_the_picture_draws_one_lane_per_kind_and_every_event(library, make_window, qtbot) -> None:
    _case_id, ids = _case(library)
    window = make_window()
    window.tabs.show_tab("event")
    canvas = window.tabs.picture.canvas
    qtbot.waitUntil(lambda: len(canvas._marks) == 3)  # read on the window's job runner
    assert canvas._lanes == ["consult", "agree", "sanction"]
    assert sorted(mark.id for mark in canvas._marks) == sorted(ids)
    month = next(mark for mark in canvas._marks if mark.title == "Aranceles al acero")
    assert month.end - month.start == 28  # February 2026 as a span, not a point
    image = QImage(canvas.size(), QImage.Format.Format_ARGB32)
    canvas.render(image)
    assert canvas.frames_painted >= 1


def test_selecting_in_the_picture_selects_in_the_table_and_back(
    library, make_window, qtbot
) -> None:
    _case_id, ids = _case(library)
    window = make_window()
    table = window.tabs.show_tab("event")
    canvas = window.tabs.picture.canvas
    qtbot.waitUntil(lambda: canvas.width() > 400 and len(canvas._marks) == 3)
    mark = next(mark for mark in canvas._marks if mark.id == ids[2])
    x = int((canvas._x(mark.start) + canvas._x(mark.end)) / 2)
    y = int(canvas._lane_y(mark.lane))
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
    assert table.current_item_id() == ids[2]
    assert window.detail.shown == ("event", ids[2])
    table.select_item(ids[0])
    assert canvas._selected == ids[0]


def test_keys_step_through_events_and_zoom(library, make_window, qtbot) -> None:
    _case_id, ids = _case(library)
    window = make_window()
    table = window.tabs.show_tab("event")
    canvas = window.tabs.picture.canvas
    qtbot.waitUntil(lambda: len(canvas._marks) == 3)
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Home)
    assert table.current_item_id() == ids[0]
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert table.current_item_id() == ids[1]
    low, high = canvas.view
    qtbot.keyClick(canvas, Qt.Key.Key_Plus)
    assert canvas.view[1] - canvas.view[0] < high - low
    qtbot.keyClick(canvas, Qt.Key.Key_0)
    assert canvas.view[0] <= dt.date(2026, 1, 5).toordinal()
    # + zooms about the selected event, as a map about its pin: it stays where it was
    qtbot.keyClick(canvas, Qt.Key.Key_End)
    mark = next(mark for mark in canvas._marks if mark.id == ids[2])
    before = canvas._x((mark.start + mark.end) / 2)
    for _ in range(4):
        qtbot.keyClick(canvas, Qt.Key.Key_Plus)
    assert abs(canvas._x((mark.start + mark.end) / 2) - before) < 1


def test_a_zoomed_axis_always_says_the_year() -> None:
    from ui.views.timeline_picture import _ticks

    low = float(dt.date(2026, 1, 9).toordinal())
    labels = [label for _day, label, _major in _ticks(low, low + 20, 600)]
    assert labels[0].endswith("2026")  # the first day in view carries its year
    assert not labels[1].endswith("2026")
    across = float(dt.date(2025, 12, 28).toordinal())
    labels = [label for _day, label, _major in _ticks(across, across + 10, 600)]
    assert "1 Jan 2026" in labels  # and so does a new year's first day


def test_the_picture_follows_edits_and_undo(library, make_window, qtbot) -> None:
    _case_id, ids = _case(library)
    window = make_window()
    window.tabs.show_tab("event")
    canvas = window.tabs.picture.canvas
    qtbot.waitUntil(lambda: len(canvas._marks) == 3)
    table = window.tabs.tables["event"]
    table.select_item(ids[0])
    window.menu_actions.delete.trigger()
    qtbot.waitUntil(lambda: len(canvas._marks) == 2)
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: len(canvas._marks) == 3)


def test_lanes_by_actor_put_each_event_in_the_lane_of_who_it_names(
    library, make_window, qtbot
) -> None:
    from casefile.models import Actor

    case_id, _ids = _case(library)
    library.add(Actor(case_id=case_id, name="Acuerdo", kind="organisation"))
    window = make_window()
    window.tabs.show_tab("event")
    picture = window.tabs.picture
    picture.lanes.setCurrentIndex(picture.lanes.findData("actor"))
    qtbot.waitUntil(lambda: "Acuerdo" in picture.canvas._lanes)
    assert picture.canvas._lanes == ["Acuerdo", "—"]
    lanes = {mark.title: mark.lane for mark in picture.canvas._marks}
    assert lanes["Acuerdo de aguas"] == "Acuerdo"
    assert lanes["Reunión de cancilleres"] == "—"


def test_a_window_closed_with_a_reload_due_is_deleted_without_waiting_forever(
    library, settings, qtbot
) -> None:
    """A reload due a moment after the close (an import's last change) must not start a read
    on the closing window's runner: its pool would be destroyed with the read still running,
    and the two would wait for each other forever."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from ui.main_window import MainWindow

    case_id, _ids = _case(library)
    window = MainWindow(library, settings)
    window.show()
    window.tabs.show_tab("event")
    picture = window.tabs.picture
    qtbot.waitUntil(lambda: len(picture.canvas._marks) == 3)
    library.add(Event(case_id=case_id, date=dt.date(2026, 4, 1), title="Otra reunión"))
    picture._reload_timer.start()  # as an import's change would
    window.close()
    assert window.jobs.runner.closed
    qtbot.wait(150)  # the timer fires after the close…
    assert window.jobs.runner.jobs == []  # …and starts nothing
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_a_pinch_zooms_about_the_fingers(library, make_window, qtbot) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QNativeGestureEvent, QPointingDevice
    from PySide6.QtWidgets import QApplication

    _case(library)
    window = make_window()
    window.tabs.show_tab("event")
    canvas = window.tabs.picture.canvas
    qtbot.waitUntil(lambda: len(canvas._marks) == 3 and canvas.width() > 400)
    low, high = canvas.view
    at = QPointF(canvas.width() * 0.75, canvas.height() / 2)
    day = canvas._day(at.x())
    pinch = QNativeGestureEvent(
        Qt.NativeGestureType.ZoomNativeGesture,
        QPointingDevice.primaryPointingDevice(),
        2,
        at,
        at,
        canvas.mapToGlobal(at),
        0.5,  # fingers apart: closer in
        QPointF(),
        1,
    )
    QApplication.sendEvent(canvas, pinch)
    assert canvas.view[1] - canvas.view[0] < high - low
    assert abs(canvas._day(at.x()) - day) < 0.5  # the day under the fingers stays there


def test_a_month_begun_before_the_view_is_cut_at_the_axis_not_under_the_label(
    library, make_window, qtbot
) -> None:
    _case(library)
    window = make_window()
    window.tabs.show_tab("event")
    canvas = window.tabs.picture.canvas
    qtbot.waitUntil(lambda: len(canvas._marks) == 3)
    january_5 = float(dt.date(2026, 1, 5).toordinal())
    canvas._view = (january_5, january_5 + 60)  # January's bar starts before the view
    canvas.update()
    image = QImage(canvas.size(), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    canvas.render(image)
    plot = canvas._plot()
    band = range(int(plot.bottom()) + 8, int(plot.bottom()) + 40)
    label_area = [image.pixelColor(x, y) for x in range(60, int(plot.left()) - 2) for y in band]
    green = [c for c in label_area if c.green() > c.red() + 40 and c.green() > c.blue() + 40]
    assert not green
