"""No import circle in ui/: a helper of the window never imports the window back.

The imports are read from the source (every ``import`` statement, in functions and under
``TYPE_CHECKING`` too), so a circle that only the type checker would follow counts as well.
Then each of the window's helpers is imported alone in a fresh interpreter.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "ui"
WINDOW = "ui.main_window"
# The modules that may import the window: they create it, and the window imports none of them.
CREATORS = {"ui.app"}
HELPERS = [
    "ui.jobs",
    "ui.workers",
    "ui.window_jobs",
    "ui.import_flow",
    "ui.library_actions",
    "ui.read_only",
    "ui.source_actions",
    "ui.views.export_dialog",
    "ui.views.backup_dialog",
    "ui.views.import_summary",
]


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _ui_modules() -> dict[str, Path]:
    return {_module_name(path): path for path in sorted(UI.rglob("*.py"))}


def _imports(path: Path, known: set[str]) -> set[str]:
    """The ui modules ``path`` imports, wherever the statement stands."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            # ``from ui import preferences`` imports the module ui.preferences
            names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        else:
            continue
        found.update(name for name in names if name in known)
    return found


def _graph() -> dict[str, set[str]]:
    modules = _ui_modules()
    known = set(modules)
    return {name: _imports(path, known) - {name} for name, path in modules.items()}


def _reachable(graph: dict[str, set[str]], start: str) -> dict[str, list[str]]:
    """Every module reachable from ``start``, with one import path to it."""
    paths: dict[str, list[str]] = {start: [start]}
    stack = [start]
    while stack:
        current = stack.pop()
        for imported in sorted(graph[current]):
            if imported not in paths:
                paths[imported] = [*paths[current], imported]
                stack.append(imported)
    return paths


def test_the_graph_sees_the_windows_imports() -> None:
    graph = _graph()
    assert {"ui.import_flow", "ui.library_actions", "ui.source_actions"} <= graph[WINDOW]
    assert WINDOW in graph["ui.app"]


def test_nothing_the_window_imports_imports_the_window_back() -> None:
    graph = _graph()
    reachable = _reachable(graph, WINDOW)
    circles = [
        " -> ".join([*reachable[module], WINDOW])
        for module in sorted(reachable)
        if module != WINDOW and WINDOW in graph[module]
    ]
    assert circles == []


def test_only_the_app_imports_the_window_and_the_window_never_reaches_the_app() -> None:
    graph = _graph()
    importers = {name for name, imported in graph.items() if WINDOW in imported}
    assert importers <= CREATORS
    assert not CREATORS & set(_reachable(graph, WINDOW))


def test_ui_has_no_import_circle_at_all() -> None:
    graph = _graph()
    circles = [
        " -> ".join([*path, name])
        for name in sorted(graph)
        for module, path in _reachable(graph, name).items()
        if module != name and name in graph[module]
    ]
    assert circles == []


@pytest.mark.parametrize("module", HELPERS)
def test_each_helper_imports_alone_in_a_fresh_interpreter(module: str) -> None:
    result = subprocess.run(
        [sys.executable, "-c", f"import sys, {module}; print({WINDOW!r} in sys.modules)"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"  # it did not need the window to load
