"""Smoke test of the built Casefile (``make dist``), run the way an analyst's machine runs it.

    python3 scripts/smoke_bundle.py          # after make dist; or: make smoke

It needs only the system's python3 (3.11 or later) and runs nothing from a virtual environment:
every venv's bin folder is taken off PATH, and VIRTUAL_ENV, PYTHONPATH and PYTHONHOME are
unset, so a missing file in the bundle cannot be covered by the developer's packages.

* Installs what make dist made, into temp folders. Linux: unpacks the tarball and runs its
  install.sh with a temp HOME; checks the menu entry (desktop-file-validate when installed),
  the icon, the .casefile MIME type and the ``~/.local/bin/casefile`` link. Windows: runs the
  installer silently for this user and checks the .casefile association. macOS: copies
  Casefile.app out of the dmg and checks its .casefile document type.
* The command line, on a temp library: ``--version`` (pyproject's version), ``case new``,
  ``import`` of fixture articles (HTML, PDF, Word, e-mail), ``show``, ``brief`` (the PDF read
  back: header, trailer, pages, embedded fonts) and ``export`` of a colleague's case bundle.
* The window: paints and quits (``CASEFILE_QUIT_WHEN_SHOWN=1``), timed. On Linux also a real
  X11 window under Xvfb (started when DISPLAY is unset), in Spanish: a second launch with the
  colleague's bundle must hand it to the open window and exit 0, the window imports it, the
  screen is saved as dist/smoke/window.png, and Ctrl+Q closes the window cleanly.

Prints one line per check and exits 1 at the first failure, saying what failed.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
import time
import tomllib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
OUT = DIST / "smoke"
ARTICLES = ROOT / "tests" / "fixtures" / "articles"
IMPORTED = [
    ARTICLES / "diario-frontera-reunion-ministerial.html",
    ARTICLES / "joint-statement-security-implementation-group.pdf",
    ARTICLES / "nota-informativa-trafico-armas.docx",
    ARTICLES / "fwd-nota-efe-laboratorios-sinaloa.eml",
]
COLLEAGUE_ARTICLE = ARTICLES / "2026-01-20-laboratorios-fentanilo-sinaloa.txt"
COLLEAGUE_CASE = "Laboratorios en Sinaloa"
SHOWN = "casefile: window shown"  # ui/first_paint.py
TIMEOUT_S = 120


class SmokeFailure(Exception):
    """A check failed; the message says which and what was seen."""


def clean_environment(home: Path | None = None) -> dict[str, str]:
    """This process's environment without any virtual environment or Python path."""
    env = dict(os.environ)
    for name in ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME", "CONDA_PREFIX"):
        env.pop(name, None)
    venv = os.environ.get("VIRTUAL_ENV")
    env["PATH"] = os.pathsep.join(
        folder
        for folder in env.get("PATH", "").split(os.pathsep)
        if folder
        and not Path(folder, "activate").exists()  # a venv's bin (or Scripts) folder
        and not folder.startswith(str(ROOT / ".venv"))
        and not (venv and folder.startswith(venv))
    )
    if home is not None:
        env["HOME"] = str(home)
        env.pop("XDG_DATA_HOME", None)
        env["XDG_CONFIG_HOME"] = str(home / ".config")
    return env


def run(
    command: list[str | Path], env: dict[str, str], timeout: float = TIMEOUT_S
) -> subprocess.CompletedProcess[str]:
    """Run ``command``; its output, or SmokeFailure when it fails or takes too long."""
    shown = " ".join(str(part) for part in command)
    try:
        done = subprocess.run(
            [str(part) for part in command],
            capture_output=True,
            text=True,
            env=env,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise SmokeFailure(f"{shown}: still running after {timeout:.0f} s") from exc
    if done.returncode != 0:
        raise SmokeFailure(
            f"{shown}: exit status {done.returncode}\n{done.stdout}\n{done.stderr}".rstrip()
        )
    return done


@contextmanager
def check(what: str) -> Iterator[None]:
    """Print ``what`` with its time once the block passed."""
    started = time.perf_counter()
    yield
    print(f"ok  {what} ({time.perf_counter() - started:.1f} s)", flush=True)


def expected_version() -> str:
    return str(tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"])


# Where the programs are


def installed_programs(work: Path, env: dict[str, str]) -> tuple[Path, Path]:
    """(window, command line) of Casefile installed from its archive in dist/."""
    installers = {"darwin": install_macos_dmg, "win32": install_windows_setup}
    return installers.get(sys.platform, install_linux_tarball)(work, env)


def newest(pattern: str) -> Path:
    found = sorted(DIST.glob(pattern), key=lambda path: path.stat().st_mtime)
    if not found:
        raise SmokeFailure(f"no dist/{pattern}: run make dist first")
    return found[-1]


def install_windows_setup(work: Path, env: dict[str, str]) -> tuple[Path, Path]:
    """Run the Inno Setup installer silently, for this user, into a temp folder."""
    setup = newest("Casefile-*-windows-*-setup.exe")
    folder = work / "installed"
    silently = ["/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", "/CURRENTUSER"]
    run([setup, *silently, f"/DIR={folder}"], env, timeout=300)
    association = run(["reg", "query", r"HKCU\Software\Classes\.casefile", "/ve"], env).stdout
    if "Casefile.Bundle" not in association:
        raise SmokeFailure(f"the installer did not associate .casefile:\n{association}")
    print(f"ok  {setup.name} installed silently, .casefile associated", flush=True)
    return folder / "Casefile.exe", folder / "casefile-cli.exe"


def install_macos_dmg(work: Path, env: dict[str, str]) -> tuple[Path, Path]:
    """Copy Casefile.app out of the disk image, as dragging it to Applications does."""
    image = newest("Casefile-*-macos-*.dmg")
    mounted = work / "volume"
    run(["hdiutil", "attach", "-nobrowse", "-readonly", "-mountpoint", mounted, image], env)
    try:
        run(["cp", "-R", mounted / "Casefile.app", work / "Casefile.app"], env)
    finally:
        run(["hdiutil", "detach", mounted], env)
    plist = (work / "Casefile.app" / "Contents" / "Info.plist").read_text("utf-8")
    if "<string>casefile</string>" not in plist:
        raise SmokeFailure("Casefile.app's Info.plist declares no .casefile document type")
    print(f"ok  {image.name} mounted, Casefile.app copied out", flush=True)
    folder = work / "Casefile.app" / "Contents" / "MacOS"
    return folder / "Casefile", folder / "casefile-cli"


def install_linux_tarball(work: Path, env: dict[str, str]) -> tuple[Path, Path]:
    """Unpack the newest tarball and run its install.sh into ``env``'s HOME."""
    tarball = newest("Casefile-*-linux-*.tar.gz")
    with tarfile.open(tarball) as tar:
        tar.extractall(work / "unpacked", filter="tar")
    (unpacked,) = (work / "unpacked").iterdir()
    run(["sh", unpacked / "install.sh"], env)
    home = Path(env["HOME"])
    data = home / ".local" / "share"
    desktop = data / "applications" / "casefile.desktop"
    window = home / ".local" / "opt" / "casefile" / "Casefile"
    entry = desktop.read_text("utf-8")
    if f'Exec="{window}" %f' not in entry or not os.access(window, os.X_OK):
        raise SmokeFailure(f"{desktop} does not start {window}:\n{entry}")
    if shutil.which("desktop-file-validate"):
        run(["desktop-file-validate", desktop], env)
    for path in (
        data / "icons" / "hicolor" / "scalable" / "apps" / "casefile.svg",
        data / "mime" / "packages" / "application-x-casefile.xml",
    ):
        if not path.is_file():
            raise SmokeFailure(f"install.sh left no {path}")
    if (
        shutil.which("update-mime-database")
        and not (data / "mime" / "application" / "x-casefile.xml").is_file()
    ):
        raise SmokeFailure("install.sh did not register application/x-casefile")
    print(f"ok  {tarball.name} unpacked and installed by install.sh", flush=True)
    return window, home / ".local" / "bin" / "casefile"


# The command line


def check_command_line(cli: Path, work: Path, env: dict[str, str]) -> Path:
    """Every command an analyst scripts, on a temp library; returns the colleague's bundle."""
    library = work / "library"
    with check("--version"):
        said = run([cli, "--version"], env).stdout.strip()
        if said != f"casefile {expected_version()}":
            raise SmokeFailure(f"--version said {said!r}, pyproject.toml {expected_version()}")
    with check("case new"):
        run(
            [cli, "case", "new", "Seguridad MX-US", "--countries", "MX,US", "--library", library],
            env,
        )
    with check(f"import of {len(IMPORTED)} articles (HTML, PDF, Word, e-mail)"):
        said = run([cli, "import", "1", *IMPORTED, "--accept", "--library", library], env).stdout
        added = [line for line in said.splitlines() if line.startswith("added\t")]
        if len(added) < len(IMPORTED):
            raise SmokeFailure(f"import added {len(added)} of {len(IMPORTED)}:\n{said}")
    with check("show: events and quotes proposed from them"):
        case = json.loads(run([cli, "show", "1", "--json", "--library", library], env).stdout)
        if not (case["events"] and case["quotes"] and case["actors"]):
            counts = {kind: len(case[kind]) for kind in ("events", "quotes", "actors")}
            raise SmokeFailure(f"the imported articles gave {counts}")
    with check("brief: a PDF with pages and embedded fonts"):
        check_brief(cli, library, env)
    with check("OCR: a page of the brief, as a 200 dpi picture, read by the bundled Tesseract"):
        check_ocr(cli, work, env)
    with check("export of a colleague's case bundle"):
        return colleague_bundle(cli, work, env)


def check_ocr(cli: Path, work: Path, env: dict[str, str]) -> None:
    """The brief's cover drawn as a picture (pdftoppm) and read back through ``extract``."""
    if shutil.which("pdftoppm") is None and not sys.platform.startswith("linux"):
        print("    skipped: no pdftoppm to draw the page (poppler is installed on Linux only)")
        return
    run(
        ["pdftoppm", "-r", "200", "-png", "-f", "1", "-l", "1", OUT / "brief.pdf", work / "scan"],
        env,
    )
    [picture] = sorted(work.glob("scan*.png"))
    said = json.loads(run([cli, "extract", picture, "--json"], env, timeout=120).stdout)["source"]
    if not said["read_by_ocr"] or said["characters"] < 20:
        raise SmokeFailure(f"no text was read in a page of the brief: {said}")
    carried = next(cli.resolve().parent.glob("_internal/tesseract/tessdata/spa.traineddata"), None)
    if sys.platform.startswith("linux") and carried is None:
        raise SmokeFailure("the bundle carries no Tesseract (build.py found none to carry)")
    print(f"    {said['characters']} characters read; Tesseract carried: {carried is not None}")


def check_brief(cli: Path, library: Path, env: dict[str, str]) -> None:
    pdf = OUT / "brief.pdf"
    run([cli, "brief", "1", "-o", pdf, "--lang", "es", "--library", library], env)
    data = pdf.read_bytes()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise SmokeFailure(f"{pdf} is not a whole PDF (header {data[:8]!r})")
    pages = len(re.findall(rb"/Type\s*/Page\b", data))  # uncompressed page objects
    if shutil.which("pdfinfo"):
        info = run(["pdfinfo", pdf], env).stdout
        found = re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE)
        pages = int(found.group(1)) if found else 0
    if pages < 1:
        raise SmokeFailure(f"{pdf} has no pages")
    if shutil.which("pdffonts"):
        # name, type, encoding, then "emb sub uni object ID": emb is fifth from the end.
        fonts = run(["pdffonts", pdf], env).stdout.splitlines()[2:]
        if not fonts or any(line.split()[-5] != "yes" for line in fonts):
            raise SmokeFailure("the brief's fonts are not all embedded:\n" + "\n".join(fonts))
    print(f"    {pages} pages in {pdf.relative_to(ROOT)}")


def colleague_bundle(cli: Path, work: Path, env: dict[str, str]) -> Path:
    theirs = work / "colleague"
    run([cli, "case", "new", COLLEAGUE_CASE, "--library", theirs], env)
    run([cli, "import", "1", COLLEAGUE_ARTICLE, "--library", theirs], env)
    bundle = work / "sinaloa.casefile"
    run([cli, "export", "1", "-o", bundle, "--library", theirs], env)
    return bundle


# The window


def check_window_paints(window: Path, cli: Path, work: Path, env: dict[str, str]) -> None:
    """Both programs open the window, paint it and quit: Casefile, and casefile-cli with no
    command (which starts without PySide6's run-time hook; see packaging/casefile.spec)."""
    timed = {**env, "CASEFILE_QUIT_WHEN_SHOWN": "1"}
    if sys.platform == "linux" and not env.get("DISPLAY"):
        timed["QT_QPA_PLATFORM"] = "offscreen"
    for program in (window, cli):
        started = time.perf_counter()
        said = run([program, "--library", work / "library"], timed).stdout
        # A windowed Windows program has no standard output: its exit status has to do.
        if SHOWN not in said and not (program == window and sys.platform == "win32"):
            raise SmokeFailure(f"{program.name} quit without painting its window:\n{said}")
        took = time.perf_counter() - started
        print(f"ok  {program.name}: the window painted and quit ({took:.1f} s)", flush=True)


@contextmanager
def x_display(env: dict[str, str]) -> Iterator[dict[str, str]]:
    """``env`` with a DISPLAY: the one given, or an Xvfb started (and stopped) here."""
    if env.get("DISPLAY"):
        yield env
        return
    if not shutil.which("Xvfb"):
        raise SmokeFailure("no DISPLAY and no Xvfb (apt-get install xvfb)")
    read, write = os.pipe()
    server = subprocess.Popen(
        [
            "Xvfb",
            ":97",
            "-screen",
            "0",
            "1280x800x24",
            "-nolisten",
            "tcp",
            "-displayfd",
            str(write),
        ],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as ready:
        number = ready.readline().strip()  # written once the server takes connections
    try:
        if not number:
            raise SmokeFailure("Xvfb :97 did not start (is another X server on :97?)")
        yield {**env, "DISPLAY": f":{number}"}
    finally:
        server.terminate()
        server.wait(timeout=30)


def check_x11_window(window: Path, bundle: Path, work: Path, env: dict[str, str]) -> None:
    """A real X11 window, in Spanish: hand-over of a bundle, a screenshot, and Ctrl+Q."""
    for tool in ("xdotool", "import", "identify"):
        if not shutil.which(tool):
            raise SmokeFailure(f"{tool} is missing (apt-get install xdotool imagemagick)")
    library = work / "library"
    # Spanish chosen in Settings (QSettings' file on Linux): the bundled translations show.
    settings = Path(env["XDG_CONFIG_HOME"]) / "Casefile" / "Casefile.conf"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text("[ui]\nlanguage=es\n", "utf-8")
    spanish = {**env, "QT_QPA_PLATFORM": "xcb"}
    first = subprocess.Popen(
        [str(window), "--library", str(library)],
        env=spanish,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        with check("the window shows on X11 (xcb)"):
            main_window = wait_for_window(r"^Casefile", env)
        with check("a second launch hands its bundle to the open window and exits 0"):
            run([window, "--library", library, bundle], spanish, timeout=60)
            wait_for(lambda: COLLEAGUE_CASE in case_titles(library), "imported case", 60)
            wait_for_window(r"^Caso importado", env)
            wait_for_window(rf"^Casefile — {COLLEAGUE_CASE}", env)  # the window opened it
            time.sleep(1)  # for the window to draw the case it opened (X has no "drawn" event)
        with check("screenshot dist/smoke/window.png"):
            screenshot(OUT / "window.png", env)
        with check("Ctrl+Q closes the window, exit status 0"):
            quit_with_keys(first, main_window, env)
    finally:
        if first.poll() is None:
            first.kill()
        stdout, stderr = first.communicate(timeout=30)
        (OUT / "window.log").write_text(stdout + stderr, "utf-8")


def wait_for_window(title: str, env: dict[str, str]) -> str:
    """The id of a visible window whose title matches ``title``, once there is one."""
    found = run(["xdotool", "search", "--sync", "--onlyvisible", "--name", title], env, 60)
    return found.stdout.split()[0]


def wait_for(condition: Callable[[], bool], what: str, timeout: float) -> None:
    """Poll ``condition`` until it holds; SmokeFailure after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise SmokeFailure(f"no {what} after {timeout:.0f} s")
        time.sleep(0.2)


def case_titles(library: Path) -> list[str]:
    """The library's cases, read-only beside the window."""
    try:
        with sqlite3.connect(f"file:{library / 'casefile.db'}?mode=ro", uri=True) as database:
            return [title for (title,) in database.execute('SELECT title FROM "case"')]
    except sqlite3.OperationalError:
        return []


def screenshot(path: Path, env: dict[str, str]) -> None:
    """The whole X screen as a PNG; refused when it is (nearly) one colour."""
    run(["import", "-window", "root", path], env)
    colours = int(run(["identify", "-format", "%k", path], env).stdout.strip() or 0)
    if colours < 64:
        raise SmokeFailure(f"{path} has {colours} colours: the window is not drawn")
    print(f"    {colours} colours in {path.relative_to(ROOT)}")


def quit_with_keys(first: subprocess.Popen[str], main_window: str, env: dict[str, str]) -> None:
    # The import's message box has the focus: Escape closes it, Ctrl+Q quits from the window.
    run(["xdotool", "key", "--clearmodifiers", "Escape"], env)
    run(["xdotool", "windowfocus", "--sync", main_window, "key", "--clearmodifiers", "ctrl+q"], env)
    try:
        status = first.wait(timeout=60)
    except subprocess.TimeoutExpired as exc:
        raise SmokeFailure("the window did not close on Ctrl+Q") from exc
    if status != 0:
        raise SmokeFailure(f"the window exited with status {status}")


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="casefile-smoke-") as temp:
        work = Path(temp)
        env = clean_environment(home=work / "home")
        try:
            window, cli = installed_programs(work, env)
            bundle = check_command_line(cli, work, env)
            check_window_paints(window, cli, work, env)
            if sys.platform == "linux":
                with x_display(env) as shown:
                    check_x11_window(window, bundle, work, shown)
        except SmokeFailure as failure:
            print(f"FAILED  {failure}", file=sys.stderr)
            return 1
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
