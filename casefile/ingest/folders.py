"""Expanding dropped files and folders into the article files to read."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from casefile.ingest.document import SUPPORTED_SUFFIXES
from casefile.ingest.figures import is_saved_page_folder


def iter_article_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Every article file under ``paths``, each once.

    Folders are walked recursively in name order, keeping supported suffixes and skipping
    hidden files and folders and the folder of a saved page's pictures; a folder reached
    twice (a symlink loop) is walked once.
    A file named directly is yielded whatever its suffix, so that reading it can say why
    it is refused instead of it vanishing silently.
    """
    seen_files: set[Path] = set()
    seen_dirs: set[Path] = set()
    for path in paths:
        if path.is_dir():
            candidates: Iterable[Path] = _walk(path, seen_dirs)
        else:
            candidates = [path]
        for candidate in candidates:
            key = _resolved(candidate)
            if key not in seen_files:
                seen_files.add(key)
                yield candidate


def _walk(folder: Path, seen_dirs: set[Path]) -> Iterator[Path]:
    resolved = _resolved(folder)
    if resolved in seen_dirs:
        return
    seen_dirs.add(resolved)
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name.casefold())
    except OSError:
        return  # an unreadable folder holds nothing we can import
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()
            is_file = entry.is_file()
        except OSError:
            continue
        if is_dir:
            if not is_saved_page_folder(path):  # a saved page's pictures go with the page
                yield from _walk(path, seen_dirs)
        elif is_file and path.suffix.lower() in SUPPORTED_SUFFIXES:
            yield path


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()
