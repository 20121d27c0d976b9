"""The suite's gates bite: each runs a tiny test file that misbehaves and sees it fail.

Every inner run uses this suite's own configuration (pyproject.toml) and its own
tests/conftest.py, copied beside the inner test file, so what is proven here is what guards
the real tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def gated(pytester: pytest.Pytester) -> pytest.Pytester:
    """A pytester folder under this suite's configuration and logged-warning gate."""
    pytester.makepyprojecttoml((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    pytester.makeconftest((ROOT / "tests" / "conftest.py").read_text(encoding="utf-8"))
    return pytester


def run_inner(pytester: pytest.Pytester, *args: str | Path) -> pytest.RunResult:
    """Run pytest in-process in ``pytester``'s folder.

    Hypothesis is left out: its plugin would import the whole package again for each run
    (pytester forgets the modules a run imports), which costs seconds and proves nothing here.
    """
    return pytester.runpytest("-p", "no:cacheprovider", "-p", "no:hypothesispytest", *args)


def run(pytester: pytest.Pytester, source: str) -> pytest.RunResult:
    """Run ``source`` as a test file under the gates, reporting every outcome."""
    return run_inner(pytester, "-rA", pytester.makepyfile(test_inner=source))


def test_a_qt_warning_fails_the_test_but_the_offscreen_platform_s_own_do_not(gated) -> None:
    result = run(
        gated,
        """
        from PySide6.QtWidgets import QHBoxLayout, QWidget

        def test_a_second_layout(qtbot):
            widget = QWidget()
            qtbot.addWidget(widget)
            QHBoxLayout(widget)
            QHBoxLayout(widget)  # Qt warns: the widget already has a layout

        def test_raising_a_window_offscreen(qtbot, qtlog):
            widget = QWidget()
            qtbot.addWidget(widget)
            widget.show()
            widget.raise_()  # offscreen: "This plugin does not support raise()"
            (record,) = qtlog.records
            assert record.message.endswith("does not support raise()") and record.ignored
        """,
    )
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        [
            "*Failure: Qt messages with level WARNING or above emitted*",
            "*QLayout: Attempting to add QLayout*which already has a layout*",
        ],
        consecutive=False,
    )
    result.stdout.fnmatch_lines(["FAILED test_inner.py::test_a_second_layout"])


# The inner tests log on the root logger this test's own gate watches too.
@pytest.mark.expect_log_warnings("could not finish")
def test_a_warning_logged_in_a_worker_thread_fails_the_test_at_teardown(gated) -> None:
    result = run(
        gated,
        """
        import logging
        import threading

        import pytest
        from PySide6.QtCore import QRunnable, QThreadPool

        log = logging.getLogger("casefile.inner")


        class Job(QRunnable):
            def run(self):
                log.warning("the job could not finish")


        def test_a_pool_job_logs(qapp):
            QThreadPool.globalInstance().start(Job())  # still running as the test returns

        def test_a_thread_logs():
            thread = threading.Thread(target=log.error, args=("the thread could not finish",))
            thread.start()
            thread.join()

        @pytest.mark.expect_log_warnings(r"job could not finish")
        def test_a_job_expected_to_log(qapp):
            QThreadPool.globalInstance().start(Job())

        def test_a_job_whose_log_the_test_checks(qapp, caplog):
            QThreadPool.globalInstance().start(Job())
            QThreadPool.globalInstance().waitForDone()
            assert "could not finish" in caplog.text

        def test_a_job_that_logs_information_only(qapp):
            log.info("the job could not finish, but only information")
        """,
    )
    result.assert_outcomes(passed=5, errors=2)
    result.stdout.fnmatch_lines(
        [
            "*1 unexpected logged warning(s)*",
            "WARNING casefile.inner [[]Dummy-*[]] the job could not finish",  # a Qt thread
            "*1 unexpected logged warning(s)*",
            "ERROR casefile.inner [[]Thread-*[]] the thread could not finish",
        ],
        consecutive=False,
    )
    result.stdout.fnmatch_lines(["ERROR test_inner.py::test_a_pool_job_logs*"])
    result.stdout.fnmatch_lines(["ERROR test_inner.py::test_a_thread_logs*"])


def test_a_python_warning_fails_the_test(gated) -> None:
    result = run(
        gated,
        """
        import warnings

        def test_a_deprecated_call():
            warnings.warn("use the new API", DeprecationWarning, stacklevel=1)

        def test_a_file_left_open(tmp_path):
            open(tmp_path / "notes.txt", "w")  # never closed: ResourceWarning when collected
        """,
    )
    result.assert_outcomes(failed=2)
    result.stdout.fnmatch_lines(["*DeprecationWarning: use the new API*"])
    result.stdout.fnmatch_lines(["*ResourceWarning: unclosed file*notes.txt*"])


def test_an_unknown_marker_or_option_stops_the_run(gated) -> None:
    result = run(
        gated,
        """
        import pytest

        @pytest.mark.slowly  # a typo of a marker nobody registered
        def test_marked():
            pass
        """,
    )
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*'slowly' not found in `markers` configuration option*"])

    configuration = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert "\nqt_log_level_fail = " in configuration
    # A typo in the configuration would quietly turn the Qt gate off, were options not strict.
    gated.makepyprojecttoml(
        configuration.replace("\nqt_log_level_fail = ", "\nqt_log_levle_fail = ")
    )
    result = run_inner(gated, "test_inner.py")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*Unknown config option: qt_log_levle_fail*"])


def test_an_unexpected_pass_of_an_expected_failure_fails(gated) -> None:
    result = run(
        gated,
        """
        import pytest

        @pytest.mark.xfail(reason="the bug this marked is fixed now")
        def test_fixed():
            pass
        """,
    )
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*XPASS(strict)*the bug this marked is fixed now*"])


def test_a_model_defect_fails_the_model_tester(gated) -> None:
    result = run(
        gated,
        """
        from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt


        class Titles(QAbstractListModel):
            def __init__(self):
                super().__init__()
                self.titles = ["Reunión", "Acuerdo"]

            def rowCount(self, parent=QModelIndex()):
                return 0 if parent.isValid() else len(self.titles)

            def data(self, index, role=Qt.ItemDataRole.DisplayRole):
                return self.titles[index.row()] if role == Qt.ItemDataRole.DisplayRole else None

            def append(self, title):
                end = len(self.titles)
                self.beginInsertRows(QModelIndex(), end, end + 1)  # off by one: two rows
                self.titles.append(title)
                self.endInsertRows()


        def test_appending_a_title(qtmodeltester):
            model = Titles()
            qtmodeltester.check(model)
            model.append("Cumbre")
            assert model.rowCount() == 3  # the test alone sees nothing wrong
        """,
    )
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        ["*Qt modeltester errors*", "*FAIL! Compared values are not the same*"],
        consecutive=False,
    )


def test_a_hung_test_ends_the_run_with_every_thread_s_traceback(gated) -> None:
    """A test that never returns ends the run, even while it holds the interpreter lock (a
    C call that waits: here ``time.sleep``; in the hang this gate was made for, a thread
    pool's destructor waiting for a job that needed the lock)."""
    inner = gated.makepyfile(
        test_inner="""
        import time

        def test_waits_forever():
            time.sleep(60)
        """
    )
    options = ("-p", "no:cacheprovider", "-p", "no:hypothesispytest")
    result = gated.runpytest_subprocess(*options, "-o", "faulthandler_timeout=1", inner)
    assert result.ret != 0
    assert result.duration < 30
    printed = "\n".join(result.errlines)
    assert "Timeout (0:00:01)!" in printed
    assert "in test_waits_forever" in printed
