"""The packaging recipes (packaging/, .github/workflows/dist.yml) hold together, without a build.

``make dist`` and scripts/smoke_bundle.py build and run the real bundle; these checks are what
can go wrong before that and be seen in a second: a file the spec names is gone, a package it
collects is no longer installed, the menu entry or file type no longer says ``.casefile``.
"""

from __future__ import annotations

import ast
import configparser
import importlib.metadata
import importlib.util
import os
import plistlib
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "casefile.spec"
DESKTOP = PACKAGING / "linux" / "casefile.desktop"
MIME = PACKAGING / "linux" / "application-x-casefile.xml"
INSTALL = PACKAGING / "linux" / "install.sh"
WORKFLOW = ROOT / ".github" / "workflows" / "dist.yml"
MIME_NS = {"mime": "http://www.freedesktop.org/standards/shared-mime-info"}


def spec_tree() -> ast.Module:
    return ast.parse(SPEC.read_text("utf-8"), filename=str(SPEC))


def spec_calls(function: str) -> list[list[str]]:
    """The string arguments of each call to ``function`` in the spec."""
    return [
        [arg.value for arg in node.args if isinstance(arg, ast.Constant)]
        for node in ast.walk(spec_tree())
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == function
    ]


def spec_function(name: str) -> object:
    """A function defined in the spec, run on its own (the spec needs PyInstaller to run)."""
    source = SPEC.read_text("utf-8")
    (definition,) = [
        node for node in spec_tree().body if isinstance(node, ast.FunctionDef) and node.name == name
    ]
    namespace: dict[str, object] = {}
    exec(ast.get_source_segment(source, definition) or "", namespace)
    return namespace[name]


def test_the_spec_compiles() -> None:
    compile(SPEC.read_text("utf-8"), str(SPEC), "exec")


def test_every_file_the_spec_bundles_exists() -> None:
    trees = spec_calls("tree")
    assert trees, "the spec collects no files of ours"
    for folder, *patterns in trees:
        for pattern in patterns:
            assert list((ROOT / folder).glob(pattern)), f"{folder}/{pattern} matches nothing"
    bundled = {folder for folder, *_patterns in trees}
    # What the code opens by path at run time must all be there.
    for needed in ("resources/fonts", "resources/i18n", "resources/icons", "casefile/migrations"):
        assert needed in bundled, needed
    for path in (ROOT / "main.py", ROOT / "casefile" / "__main__.py", PACKAGING / "macos"):
        assert path.exists(), path
    assert (PACKAGING / "rthooks" / "restore_library_path.py").is_file()


def test_every_package_the_spec_collects_is_installed() -> None:
    for package, *_rest in spec_calls("collect_data_files") + spec_calls("collect_submodules"):
        assert importlib.util.find_spec(package) is not None, package
    for (distribution,) in spec_calls("copy_metadata"):
        importlib.metadata.distribution(distribution)  # raises when it is not installed
    assert ["casefile"] in spec_calls("copy_metadata")  # --version reads it in the bundle


def test_the_bundle_keeps_the_locales_and_translations_the_app_reads() -> None:
    keep = spec_function("keep")
    assert callable(keep)
    for kept in (
        "babel/locale-data/es.dat",
        "babel/locale-data/en.dat",
        "babel/locale-data/es_MX.dat",
        "babel/locale-data/root.dat",
        "babel/global.dat",
        "PySide6/Qt/translations/qtbase_es.qm",
        "resources/i18n/casefile_es.qm",
    ):
        assert keep((kept, "", "DATA")), kept
    for dropped in ("babel/locale-data/fr.dat", "PySide6/Qt/translations/qtbase_de.qm"):
        assert not keep((dropped, "", "DATA")), dropped


def test_the_development_tools_stay_out_of_the_bundle() -> None:
    excluded = next(
        node.value
        for node in spec_tree().body
        if isinstance(node, ast.Assign)
        and any(isinstance(target, ast.Name) and target.id == "excludes" for target in node.targets)
    )
    names = set(ast.literal_eval(excluded))
    assert {"pytest", "_pytest", "pytestqt", "mypy", "ruff", "hypothesis"} <= names


def test_pyproject_offers_pyinstaller_as_the_dist_extra() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert any(spec.startswith("pyinstaller") for spec in project["optional-dependencies"]["dist"])


def test_the_desktop_entry_opens_casefile_bundles() -> None:
    if shutil.which("desktop-file-validate"):
        checked = subprocess.run(
            ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
        )
        assert checked.returncode == 0, checked.stdout + checked.stderr
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(DESKTOP, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Name"] == "Casefile"
    assert section["Exec"].endswith(" %f")
    assert section["Icon"] == "casefile"
    assert "application/x-casefile" in section["MimeType"].split(";")


def test_the_mime_type_claims_the_casefile_extension() -> None:
    (mime_type,) = ET.parse(MIME).getroot().findall("mime:mime-type", MIME_NS)
    assert mime_type.get("type") == "application/x-casefile"
    globs = [glob.get("pattern") for glob in mime_type.findall("mime:glob", MIME_NS)]
    assert globs == ["*.casefile"]


def test_the_windows_installer_associates_casefile_bundles() -> None:
    script = (PACKAGING / "windows" / "casefile.iss").read_text("utf-8")
    assert r'Subkey: "Software\Classes\.casefile"' in script
    assert r'Subkey: "Software\Classes\Casefile.Bundle\shell\open\command"' in script
    assert r'"""{app}\Casefile.exe"" ""%1"""' in script
    assert "ChangesAssociations=yes" in script
    assert r'Name: "{autoprograms}\Casefile"' in script  # the Start-menu entry


def test_the_mac_app_declares_the_casefile_document_type() -> None:
    keys = plistlib.loads((PACKAGING / "macos" / "Info.plist").read_bytes())
    (document,) = keys["CFBundleDocumentTypes"]
    (declared,) = keys["UTExportedTypeDeclarations"]
    assert document["CFBundleTypeExtensions"] == ["casefile"]
    assert document["LSItemContentTypes"] == [declared["UTTypeIdentifier"]]
    assert declared["UTTypeTagSpecification"]["public.filename-extension"] == ["casefile"]
    assert "hdiutil create" in (PACKAGING / "macos" / "make_dmg.sh").read_text("utf-8")


def test_the_workflow_builds_and_smoke_tests_on_windows_and_macos() -> None:
    workflow = WORKFLOW.read_text("utf-8")
    assert "\t" not in workflow  # YAML forbids tabs for indentation
    for needed in ("windows-latest", "macos-latest", "make dist", "scripts/smoke_bundle.py"):
        assert needed in workflow, needed


def test_the_workflow_is_well_formed_yaml() -> None:
    yaml = pytest.importorskip("yaml", reason="no YAML parser in this venv (none is added)")
    workflow = yaml.safe_load(WORKFLOW.read_text("utf-8"))
    assert set(workflow["jobs"]["dist"]["strategy"]["matrix"]["os"]) >= {
        "windows-latest",
        "macos-latest",
    }


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="LD_LIBRARY_PATH is Linux's")
@pytest.mark.parametrize(
    ("launcher_set", "started_programs_get"),
    [
        ({"LD_LIBRARY_PATH": "/app/_internal"}, "None"),
        ({"LD_LIBRARY_PATH": "/app/_internal", "LD_LIBRARY_PATH_ORIG": "/opt/lib"}, "/opt/lib"),
    ],
)
def test_programs_the_bundle_starts_get_the_systems_library_path(
    launcher_set: dict[str, str], started_programs_get: str
) -> None:
    hook = PACKAGING / "rthooks" / "restore_library_path.py"
    program = (
        f"exec(open({str(hook)!r}).read()); import os; print(os.environ.get('LD_LIBRARY_PATH'))"
    )
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), **launcher_set}
    done = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, env=env, check=True
    )
    assert done.stdout.strip() == started_programs_get


@pytest.mark.skipif(sys.platform == "win32", reason="install.sh is for Linux")
def test_install_sh_installs_for_the_user_and_uninstalls(tmp_path: Path) -> None:
    unpacked = tmp_path / "Casefile-0.1.0"
    program = unpacked / "Casefile"
    program.mkdir(parents=True)
    for name in ("Casefile", "casefile-cli"):  # stand-ins for the two programs
        (program / name).write_text("#!/bin/sh\necho casefile 0.1.0\n", "utf-8")
        (program / name).chmod(0o755)
    for source in (DESKTOP, MIME, INSTALL, ROOT / "resources" / "icons" / "casefile.svg"):
        shutil.copy(source, unpacked / source.name)
    home = tmp_path / "home"
    env = {
        "HOME": str(home),
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
    }

    def install(*arguments: str) -> str:
        done = subprocess.run(
            ["sh", str(unpacked / "install.sh"), *arguments],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    assert "Casefile is installed" in install()
    data = home / ".local" / "share"
    installed = home / ".local" / "opt" / "casefile" / "Casefile"
    entry = (data / "applications" / "casefile.desktop").read_text("utf-8")
    assert f'Exec="{installed}" %f' in entry
    assert os.access(installed, os.X_OK)
    assert (home / ".local" / "bin" / "casefile").resolve() == installed.with_name("casefile-cli")
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / "casefile.svg").is_file()
    assert (data / "mime" / "packages" / "application-x-casefile.xml").is_file()
    if shutil.which("update-mime-database"):
        assert (data / "mime" / "application" / "x-casefile.xml").is_file()

    install()  # again, as an update: the program is replaced, not nested
    assert installed.is_file()

    assert "library is still" in install("--uninstall")
    assert not installed.exists()
    assert not (data / "applications" / "casefile.desktop").exists()
    assert not (home / ".local" / "bin" / "casefile").exists()


@pytest.mark.skipif(shutil.which("sh") is None, reason="no POSIX shell")
def test_the_shell_scripts_parse() -> None:
    for script in (INSTALL, PACKAGING / "macos" / "make_dmg.sh"):
        checked = subprocess.run(["sh", "-n", str(script)], capture_output=True, text=True)
        assert checked.returncode == 0, f"{script.name}: {checked.stderr}"
