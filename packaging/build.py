"""Build Casefile for the system this runs on: ``make dist`` (the project venv's Python).

1. Renders the icon from resources/icons/casefile.svg into build/icons/ (a PNG, which
   PyInstaller turns into the macOS .icns, and a Windows .ico), so no binary icon is committed.
2. Runs PyInstaller with packaging/casefile.spec: dist/Casefile/ (dist/Casefile.app on macOS),
   and stops if a test or lint tool (pytest, mypy, ruff, hypothesis) was bundled.
3. Packs it the way the system installs things, in dist/:
   Linux    Casefile-<version>-linux-<machine>.tar.gz (the app folder, the menu entry, the icon,
            the .casefile MIME type and install.sh);
   Windows  Casefile-<version>-windows-<machine>-setup.exe (Inno Setup, packaging/windows/);
   macOS    Casefile-<version>-macos-<machine>.dmg (hdiutil, packaging/macos/make_dmg.sh).

Prints each step's time, and the archive's path last.
"""

from __future__ import annotations

import ast
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
DIST = ROOT / "dist"
BUILD = ROOT / "build"
ICONS = BUILD / "icons"
T = TypeVar("T")
# Excluded by the spec; checked here because a new import could pull one back in.
DEVELOPMENT_TOOLS = frozenset(
    {"pytest", "_pytest", "pytestqt", "pluggy", "iniconfig", "hypothesis", "mypy", "ruff"}
)
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]


def version() -> str:
    """The version in pyproject.toml, which the bundle's metadata also carries."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    return str(project["version"])


def machine() -> str:
    """x86_64 or arm64, whatever the system calls them."""
    name = platform.machine().lower()
    return {"amd64": "x86_64", "aarch64": "arm64"}.get(name, name)


def render_icons() -> None:
    """build/icons/casefile.png (256 px) and casefile.ico, drawn from the SVG by Qt."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])
    ICONS.mkdir(parents=True, exist_ok=True)
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(ROOT / "resources" / "icons" / "casefile.svg")).render(painter)
    painter.end()
    png = ICONS / "casefile.png"
    if not image.save(str(png)):
        raise SystemExit(f"build.py: could not write {png}")
    Image.open(png).save(ICONS / "casefile.ico", sizes=ICO_SIZES)
    del app


# Tesseract (OCR) travels with the app in _internal/tesseract/ (casefile/ingest/ocr.py looks
# there first): its program, the libraries it needs beyond the C library, and the Spanish and
# English data. On Linux it is taken from the build machine's package (Debian's tesseract-ocr);
# elsewhere from CASEFILE_TESSERACT_DIR, a folder holding a self-contained Tesseract (the
# Windows workflow points it at UB Mannheim's install, tesseract.exe beside its DLLs).
TESSERACT = BUILD / "tesseract"
TESSDATA_LANGUAGES = ("eng", "spa")
# The C library and its loader: always the system's own (a copied one breaks the program).
_SYSTEM_LIBRARIES = (
    "linux-vdso",
    "libc.so",
    "libm.so",
    "libdl.so",
    "libpthread.so",
    "librt.so",
    "ld-linux",
    "libresolv.so",
)
_WRAPPER = """#!/bin/sh
# Tesseract as carried by Casefile: its own libraries first, then the system's.
here="$(dirname "$0")"
LD_LIBRARY_PATH="$here/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" exec "$here/tesseract.bin" "$@"
"""


def prepare_tesseract() -> None:
    """build/tesseract/: what the spec copies to _internal/tesseract/; nothing if no Tesseract
    can be had here (the app then uses a system Tesseract, and says how to install one)."""
    shutil.rmtree(TESSERACT, ignore_errors=True)
    given = os.environ.get("CASEFILE_TESSERACT_DIR")
    if given:
        shutil.copytree(given, TESSERACT, ignore=_other_languages)
        return
    program = shutil.which("tesseract")
    if not sys.platform.startswith("linux") or program is None:
        print("build.py: no Tesseract to carry; OCR will need a system Tesseract", flush=True)
        return
    libraries = TESSERACT / "lib"
    libraries.mkdir(parents=True)
    shutil.copy2(program, TESSERACT / "tesseract.bin")
    for library in _linked_libraries(program):
        shutil.copy2(library, libraries / library.name)  # copy2 follows the symlink
    wrapper = TESSERACT / "tesseract"
    wrapper.write_text(_WRAPPER, encoding="utf-8")
    wrapper.chmod(0o755)
    data = _tessdata(program)
    (TESSERACT / "tessdata").mkdir()
    for language in TESSDATA_LANGUAGES:
        shutil.copy2(data / f"{language}.traineddata", TESSERACT / "tessdata")
    for folder in ("configs", "tessconfigs"):
        if (data / folder).is_dir():
            shutil.copytree(data / folder, TESSERACT / "tessdata" / folder)


def _linked_libraries(program: str) -> list[Path]:
    """The shared libraries ``program`` loads, less the C library's own."""
    listing = subprocess.run(["ldd", program], check=True, capture_output=True, text=True).stdout
    found = []
    for line in listing.splitlines():
        parts = line.split("=>")
        if len(parts) != 2 or not parts[1].strip().startswith("/"):
            continue
        path = Path(parts[1].split("(")[0].strip())
        if not path.name.startswith(_SYSTEM_LIBRARIES):
            found.append(path)
    return found


def _tessdata(program: str) -> Path:
    """Where the installed Tesseract keeps its language data."""
    listing = subprocess.run(
        [program, "--list-langs"], check=True, capture_output=True, text=True
    ).stdout
    first = listing.splitlines()[0]  # List of available languages in "/usr/share/…/tessdata/"
    return Path(first.split('"')[1])


def _other_languages(folder: str, names: list[str]) -> list[str]:
    """Leave out the language data the app does not read (a full install holds ~100)."""
    keep = {f"{language}.traineddata" for language in TESSDATA_LANGUAGES}
    return [n for n in names if n.endswith(".traineddata") and n not in keep]


def run_pyinstaller() -> None:
    """dist/Casefile (and dist/Casefile.app on macOS) from packaging/casefile.spec."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level=WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(BUILD / "pyinstaller"),
            str(PACKAGING / "casefile.spec"),
        ],
        check=True,
        cwd=ROOT,
    )


def check_no_development_tools() -> None:
    """Stop the build if a test or lint tool got into the bundle (something imported it)."""
    toc = ast.literal_eval((BUILD / "pyinstaller" / "casefile" / "PYZ-00.toc").read_text("utf-8"))
    modules = {entry[0].split(".")[0] for entry in toc[1]}
    files = {path.name.split("-")[0] for path in (DIST / "Casefile" / "_internal").iterdir()}
    bundled = (modules | files) & DEVELOPMENT_TOOLS
    if bundled:
        raise SystemExit(f"build.py: development tools in the bundle: {', '.join(sorted(bundled))}")


def linux_tarball(release: str) -> Path:
    """The app folder with its menu entry, icon, MIME type and install.sh, as a tarball."""
    name = f"Casefile-{release}"
    out = DIST / f"{name}-linux-{machine()}.tar.gz"
    extras = [
        (PACKAGING / "linux" / "casefile.desktop", "casefile.desktop"),
        (PACKAGING / "linux" / "application-x-casefile.xml", "application-x-casefile.xml"),
        (PACKAGING / "linux" / "install.sh", "install.sh"),
        (ROOT / "resources" / "icons" / "casefile.svg", "casefile.svg"),
    ]
    # Level 6: nearly level 9's size in half its time, on ~300 MB of libraries.
    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        tar.add(DIST / "Casefile", arcname=f"{name}/Casefile")
        for source, arcname in extras:
            tar.add(source, arcname=f"{name}/{arcname}", filter=_executable_script)
    return out


def _executable_script(info: tarfile.TarInfo) -> tarfile.TarInfo:
    if info.name.endswith(".sh"):
        info.mode = 0o755  # whatever the checkout's mode (Windows has none)
    return info


def windows_installer(release: str) -> Path:
    """Casefile-<version>-windows-<machine>-setup.exe, made by Inno Setup's compiler."""
    compiler = shutil.which("iscc") or shutil.which("ISCC")
    default = Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)"))
    fallback = default / "Inno Setup 6" / "ISCC.exe"
    if compiler is None and fallback.exists():
        compiler = str(fallback)
    if compiler is None:
        raise SystemExit("build.py: Inno Setup 6 (ISCC.exe) is needed for the installer")
    subprocess.run(
        [
            compiler,
            f"/DAppVersion={release}",
            f"/DSourceDir={DIST / 'Casefile'}",
            f"/DIconFile={ICONS / 'casefile.ico'}",
            f"/DOutputName=Casefile-{release}-windows-{machine()}-setup",
            f"/O{DIST}",
            str(PACKAGING / "windows" / "casefile.iss"),
        ],
        check=True,
    )
    return DIST / f"Casefile-{release}-windows-{machine()}-setup.exe"


def macos_dmg(release: str) -> Path:
    """Casefile-<version>-macos-<machine>.dmg, made by hdiutil."""
    out = DIST / f"Casefile-{release}-macos-{machine()}.dmg"
    script = PACKAGING / "macos" / "make_dmg.sh"
    subprocess.run(["sh", str(script), str(DIST / "Casefile.app"), str(out)], check=True)
    return out


def timed(what: str, step: Callable[..., T], *arguments: str) -> T:
    """``step(*arguments)``, saying how long it took."""
    started = time.perf_counter()
    result = step(*arguments)
    print(f"build.py: {what} in {time.perf_counter() - started:.1f} s", flush=True)
    return result


def main() -> int:
    release = version()
    timed("icons", render_icons)
    timed("Tesseract", prepare_tesseract)
    timed("PyInstaller", run_pyinstaller)
    check_no_development_tools()
    packers = {"linux": linux_tarball, "win32": windows_installer, "darwin": macos_dmg}
    packer = packers.get(sys.platform)
    if packer is None:
        print(f"build.py: no archive for {sys.platform}; the app is in {DIST / 'Casefile'}")
        return 0
    archive = timed("archive", packer, release)
    print(archive)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
