"""A saved web page's figures: each ``<figure>``'s picture with the caption it stands beside.

A browser saves a page's pictures in a folder beside it ("Page_files", "Página_archivos") or
inline as ``data:`` URIs. Each figure's ``<img>`` is looked up there, never fetched: a picture
that lives only on the web stays out. Only files inside that saved folder are read (a ``src``
of ``../../secret`` or of another file beside the page is ignored), each must open as a
picture, and a page keeps at most ``_MAX_FIGURES`` of them.
"""

from __future__ import annotations

import base64
import binascii
import io
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from casefile.ingest.document import IMAGE_SUFFIXES, MAX_FILE_BYTES, Figure

_MAX_FIGURES = 50
_DATA_URI = re.compile(r"^data:image/(?P<type>[\w.+-]+)(?:;[\w=.-]+)*;base64,(?P<data>.*)$", re.S)
_TYPE_SUFFIX = {"jpeg": ".jpg", "jpg": ".jpg", "png": ".png", "webp": ".webp", "gif": ".gif"}
# What browsers call the folder of a page's files, by language.
SAVED_FOLDER_ENDINGS = ("_files", "_archivos", "_arquivos", "_fichiers", "-Dateien", "_file")


def page_figures(html: str, folder: Path | None, page_name: str = "") -> list[Figure]:
    """The figures of ``html`` whose picture is inline or saved with the page: in the folder a
    browser saves beside it, ``folder``/<page's name>_files (and its other languages' names)."""
    saved = _saved_folders(folder, page_name) if folder is not None and page_name else []
    parser = _FigureParser()
    try:
        parser.feed(html)
        parser.close()
    except (AssertionError, ValueError):  # html.parser on hopeless markup
        pass
    figures: list[Figure] = []
    for source, caption in parser.found:
        if len(figures) >= _MAX_FIGURES:
            break
        picture = _picture(source, folder, saved)
        caption = " ".join(caption.split())
        if picture is not None and caption:
            data, suffix = picture
            figures.append(Figure(caption=caption, credit="", data=data, suffix=suffix))
    return figures


def is_saved_page_folder(folder: Path) -> bool:
    """Whether ``folder`` holds a saved page's files (its page is beside it): its pictures
    belong to that page and are not sources of their own."""
    for ending in SAVED_FOLDER_ENDINGS:
        if folder.name.endswith(ending):
            stem = folder.name[: -len(ending)]
            if any((folder.parent / f"{stem}{suffix}").is_file() for suffix in (".html", ".htm")):
                return True
    return False


class _FigureParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, str]] = []
        self._depth = 0  # <figure> nesting
        self._source = ""
        self._caption: list[str] = []
        self._in_caption = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "figure":
            if self._depth == 0:
                self._source, self._caption = "", []
            self._depth += 1
        elif tag == "img" and self._depth and not self._source:
            values = {name: value or "" for name, value in attrs}
            srcset = values.get("srcset", "").split(",")[0].split()
            self._source = values.get("src") or values.get("data-src") or (srcset or [""])[0]
        elif tag == "figcaption" and self._depth:
            self._in_caption += 1
        elif tag == "br" and self._in_caption:
            self._caption.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag == "figcaption" and self._in_caption:
            self._in_caption -= 1
        elif tag == "figure" and self._depth:
            self._depth -= 1
            if self._depth == 0 and self._source:
                self.found.append((self._source, "".join(self._caption)))

    def handle_data(self, data: str) -> None:
        if self._in_caption:
            self._caption.append(data)


def _saved_folders(folder: Path, page_name: str) -> list[Path]:
    stem = Path(page_name).stem
    return [folder / f"{stem}{ending}" for ending in SAVED_FOLDER_ENDINGS]


def _picture(source: str, folder: Path | None, saved: list[Path]) -> tuple[bytes, str] | None:
    """The picture's bytes and suffix, from a data URI or the page's saved folder; None
    otherwise (a picture on the web, or any other file beside the page)."""
    source = source.strip()
    inline = _DATA_URI.match(source)
    if inline:
        try:
            data = base64.b64decode(inline["data"], validate=False)
        except (binascii.Error, ValueError):
            return None
        suffix = _TYPE_SUFFIX.get(inline["type"].lower())
        return (data, suffix) if suffix and _is_picture(data) else None
    parts = urlsplit(source)
    if folder is None or parts.scheme or parts.netloc or not parts.path:
        return None  # on the web only: never fetched
    try:
        path = (folder.resolve() / unquote(parts.path)).resolve()
        inside = any(path.is_relative_to(place.resolve()) for place in saved)
        if not inside or not path.is_file():
            return None
        if path.suffix.lower() not in IMAGE_SUFFIXES | {".gif"}:
            return None
        if path.stat().st_size > MAX_FILE_BYTES:
            return None
        data = path.read_bytes()
    except OSError:
        return None
    return (data, path.suffix.lower()) if _is_picture(data) else None


def _is_picture(data: bytes) -> bool:
    """Whether ``data`` opens as a picture of a sane size (checked, not decoded)."""
    from PIL import Image

    from casefile.ingest.image import MAX_PIXELS, prepare_pillow

    prepare_pillow()
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.width * image.height > MAX_PIXELS:
                return False
            image.verify()
    except Exception:  # whatever Pillow or pillow-heif raise, it is no picture to keep
        return False
    return True
