"""A case worth a brief: cited and uncited sources, accepted and rejected items, an image."""

from __future__ import annotations

import datetime as dt
import struct
import zlib
from pathlib import Path
from typing import Any

import pytest

from casefile.files import content_hash
from casefile.library import Library
from casefile.models import Actor, Caption, CaseSource, Event, Quote, Source


def _source(library: Library, case_id: int, number: int, **fields: Any) -> Source:
    source = library.add(Source(content_hash=f"{number:064d}", **fields))
    library.add(CaseSource(case_id=case_id, source_id=source.id))
    return source


def _png(path: Path) -> Path:
    """A real 40×20 grey PNG, written by hand so the test needs no imaging library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + b"\x80" * 40 for _ in range(20))
    header = struct.pack(">IIBBBBB", 40, 20, 8, 0, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )
    return path


@pytest.fixture
def case_id(library: Library) -> int:
    """A case with three cited sources, one uncited, accepted and not-accepted items."""
    case = library.create_case("Seguridad México–EE.UU.", ["MX", "US"])
    cid = int(case.id)  # type: ignore[arg-type]
    library.update("case", cid, summary="Primer párrafo.\n\nSegundo párrafo: ¿acuerdo? ¡Sí!")
    sre = _source(
        library,
        cid,
        1,
        title="Comunicado conjunto",
        outlet="SRE",
        published=dt.date(2026, 1, 23),
        url="https://sre.example/comunicado",
    )
    efe = _source(
        library,
        cid,
        2,
        title="Desmantelan laboratorios",
        outlet="EFE",
        published=dt.date(2026, 1, 20),
    )
    reuters = _source(
        library, cid, 3, title="Arms targets", outlet="Reuters", published=dt.date(2026, 2, 5)
    )
    _source(library, cid, 4, title="Never cited anywhere", outlet="Uncited Gazette")
    library.add(
        Event(
            case_id=cid,
            date=dt.date(2026, 1, 23),
            title="Grupo de Implementación",
            description="Reunión en la Ciudad de México",
            source_id=sre.id,
        )
    )
    library.add(
        Event(
            case_id=cid,
            date=dt.date(2026, 2, 1),
            precision="month",
            title="Planned ministerial",
            status="planned",
            source_id=reuters.id,
        )
    )
    library.add(
        Event(
            case_id=cid,
            date=dt.date(2026, 1, 20),
            title="Rejected development",
            review="rejected",
            source_id=efe.id,
        )
    )
    library.add(
        Event(
            case_id=cid, date=dt.date(2026, 1, 21), title="Proposed development", review="proposed"
        )
    )
    library.add(
        Quote(
            case_id=cid,
            text="La cooperación debe respetar nuestra soberanía",
            speaker="Claudia Sheinbaum",
            date=dt.date(2026, 1, 24),
            source_id=efe.id,
        )
    )
    library.add(
        Quote(
            case_id=cid,
            text="Every lab closed is a life saved",
            speaker="Daniel Whitcomb",
            source_id=reuters.id,
        )
    )
    library.add(Quote(case_id=cid, text="Rejected quotation text", review="rejected"))
    image = _png(library.files.root.parent / "photo.png").read_bytes()
    library.add(
        Caption(
            case_id=cid,
            caption="Fusiles asegurados en Nogales",
            credit="Foto: Especial",
            image_file=library.files.put(image, content_hash(image), ".png"),
            source_id=sre.id,
        )
    )
    never_stored = library.files.relative_path(content_hash(b"never stored"), ".png")
    library.add(
        Caption(case_id=cid, caption="Imagen perdida", credit="Foto: AP", image_file=never_stored)
    )
    library.add(
        Actor(
            case_id=cid, name="Ernesto Salcedo Ibarra", role="Secretario de Seguridad", country="MX"
        )
    )
    library.add(Actor(case_id=cid, name="Security Implementation Group", kind="organisation"))
    library.add(Actor(case_id=cid, name="Nogales", kind="place"))
    return cid
