"""The built bundle (``make dist``) against the development venv: size and start-up time.

Prints, for the bundle and for the venv: the size on disk (the unpacked app folder and its
tarball; the whole venv), ``--version`` of the command line, and the time from starting the
window to its first paint (``CASEFILE_QUIT_WHEN_SHOWN=1``, see ui/app.py), each the median of
several runs after one warm-up; then each ratio, against the target of 1.5x the venv.
Both run offscreen, with the same environment less any virtual environment.
Run: .venv/bin/python benchmarks/bench_bundle.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "dist" / "Casefile"
VENV = ROOT / ".venv"
SHOWN = "casefile: window shown"  # ui/first_paint.py
TARGET = 1.5
MB = 1024 * 1024


def folder_size(folder: Path) -> int:
    """Bytes of the files under ``folder`` (links counted as links, as on disk)."""
    return sum(path.lstat().st_size for path in folder.rglob("*") if not path.is_dir())


def environment() -> dict[str, str]:
    """Offscreen, and no venv on PATH: the bundle must not lean on it (nor the venv on PATH)."""
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH")}
    env["PATH"] = os.pathsep.join(
        folder for folder in env.get("PATH", "").split(os.pathsep) if str(VENV) not in folder
    )
    return {**env, "QT_QPA_PLATFORM": "offscreen"}


def wall_time(command: list[str], env: dict[str, str]) -> float:
    """Seconds from starting ``command`` until it exits."""
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    return time.perf_counter() - started


def time_to_window(command: list[str], env: dict[str, str]) -> float:
    """Seconds from starting the window until it says it painted (its closing not counted)."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command,
        env={**env, "CASEFILE_QUIT_WHEN_SHOWN": "1"},
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip() == SHOWN:
            shown = time.perf_counter() - started
            break
    else:
        raise SystemExit(f"{command[0]} never said its window was shown")
    process.wait(timeout=60)
    return shown


def median_of(runs: int, measure: Callable[..., float], *arguments: object) -> float:
    """The median of ``runs`` measurements, after one warm-up (disk cache, new library)."""
    measure(*arguments)
    return statistics.median(measure(*arguments) for _ in range(runs))


def row(label: str, bundle: float, venv: float, unit: str) -> str:
    ratio = bundle / venv
    verdict = "" if unit == "MB" else ("  ok" if ratio <= TARGET else f"  over {TARGET}x")
    return f"{label:<28}{bundle:>10.3f} {unit:<3}{venv:>10.3f} {unit:<3}{ratio:>8.2f}x{verdict}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="timed runs of each (default 7)")
    runs = parser.parse_args().runs
    if not (APP / "casefile-cli").exists():
        print(f"bench_bundle: no bundle in {APP}; run make dist first (skipped)")
        return 0
    env = environment()
    tarballs = sorted((ROOT / "dist").glob("Casefile-*.tar.gz"))
    with tempfile.TemporaryDirectory(prefix="casefile-bench-") as temp:
        bundle_window = [str(APP / "Casefile"), "--library", f"{temp}/bundle"]
        venv_window = [
            str(VENV / "bin" / "python"),
            str(ROOT / "main.py"),
            "--library",
            f"{temp}/venv",
        ]
        version = {
            "bundle": median_of(runs, wall_time, [str(APP / "casefile-cli"), "--version"], env),
            "venv": median_of(runs, wall_time, [str(VENV / "bin" / "casefile"), "--version"], env),
        }
        window = {
            "bundle": median_of(runs, time_to_window, bundle_window, env),
            "venv": median_of(runs, time_to_window, venv_window, env),
        }
    print(f"{'':<28}{'bundle':>14}{'venv':>14}{'ratio':>9}")
    print(row("size on disk", folder_size(APP) / MB, folder_size(VENV) / MB, "MB"))
    if tarballs:
        print(f"{'  tarball':<28}{tarballs[-1].stat().st_size / MB:>10.3f} MB")
    print(row(f"--version (median of {runs})", version["bundle"], version["venv"], "s"))
    print(row(f"window shown (median of {runs})", window["bundle"], window["venv"], "s"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
