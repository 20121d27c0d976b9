"""Small PNG copies of the library's pictures, for lists and previews.

A thumbnail is made once, when its picture is imported (or first asked for), and kept beside
the library's files, named after the original's stored name (itself its content hash), so it
never goes stale. It is derived data: deleting the folder only costs the time to make them
again. Pictures are opened with the same guards as on import (decompression bombs refused,
truncated files not half read); one that cannot be opened has no thumbnail.
"""

from __future__ import annotations

import io
import logging
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from casefile.files import FileStore, is_stored_name

log = logging.getLogger(__name__)

SIZE = 256  # pixels on the longer side: sharp at twice a table row's 96 px on a HiDPI screen
PREVIEW_SIZE = 768  # the detail pane's larger preview
FOLDER = "thumbnails"


def thumbnail_path(files: FileStore, relative: str, size: int = SIZE) -> Path:
    """Where the thumbnail of stored picture ``relative`` lives (made or not)."""
    stem = relative.replace("/", "_").rsplit(".", 1)[0]
    return files.root.parent / FOLDER / f"{stem}-{size}.png"


def thumbnail(files: FileStore, relative: str, size: int = SIZE) -> Path | None:
    """The thumbnail of stored picture ``relative``, made now if needed; None if the picture
    is missing or cannot be read."""
    if not is_stored_name(relative):
        return None  # nothing, or a name the library never makes: no path to follow
    target = thumbnail_path(files, relative, size)
    if target.is_file():
        return target
    try:
        data = files.path(relative).read_bytes()
    except OSError:
        return None
    png = thumbnail_png(data, size)
    if png is None:
        return None
    try:
        _write_atomically(target, png)
    except OSError as exc:  # a full or read-only disk: show no thumbnail, lose nothing
        log.warning("Could not keep a thumbnail in %s: %s", target.parent, exc)
        return None
    return target


def make_thumbnails(files: FileStore, pictures: Iterable[str]) -> None:
    """The lists' thumbnails and the detail pane's previews of ``pictures``, made by the job
    that brought them in (an import, a bundle) rather than on the window's thread when a
    list first shows them."""
    for picture in pictures:
        for size in (SIZE, PREVIEW_SIZE):
            thumbnail(files, picture, size)


def thumbnail_png(data: bytes, size: int = SIZE) -> bytes | None:
    """``data`` (any picture Pillow opens) reduced to fit ``size`` pixels, upright, as PNG."""
    from PIL import Image, ImageOps

    from casefile.ingest.image import MAX_PIXELS, prepare_pillow

    prepare_pillow()
    try:
        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
            if width * height > MAX_PIXELS:
                return None
            image.draft("RGB", (size * 2, size * 2))  # JPEG: decode at a fraction
            picture = ImageOps.exif_transpose(image)
            picture.thumbnail((size, size), Image.Resampling.LANCZOS)
            if picture.mode not in ("RGB", "RGBA", "L", "LA"):
                picture = picture.convert("RGBA" if "A" in picture.getbands() else "RGB")
            out = io.BytesIO()
            picture.save(out, "PNG", optimize=True)
    except Exception:  # any picture Pillow cannot read (truncated, hostile, a HEIC decoder's
        return None  # RuntimeError): no thumbnail, and nothing on the analyst's screen
    return out.getvalue()


def _write_atomically(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
