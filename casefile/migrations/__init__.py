"""Schema migrations: every library is brought to the newest revision when it is opened.

Opening a library that is already current is the common case, and Alembic takes ~0.15 s to
import: so the revision is read with one query, the newest one from the version files' names
(each is ``NNNN_what_it_does.py`` with ``revision = "NNNN"``, a convention a test checks), and
Alembic is loaded only when there is something to upgrade.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine

if TYPE_CHECKING:
    from alembic.config import Config

HERE = Path(__file__).parent
VERSIONS = HERE / "versions"


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision``; a no-op when it is there already."""
    if revision == "head" and current_revision(engine) == head_revision():
        return
    from alembic import command

    command.upgrade(_config(engine), revision)


def downgrade(engine: Engine, revision: str) -> None:
    """Take the schema back to ``revision`` (used to test upgrades of older libraries)."""
    from alembic import command

    command.downgrade(_config(engine), revision)


def current_revision(engine: Engine) -> str | None:
    """The revision the library's schema is at; None for an empty database."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        found = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        return str(found) if found is not None else None


def known_revisions() -> set[str]:
    """Every revision this Casefile knows, from the version files' names."""
    return {path.name.split("_", 1)[0] for path in VERSIONS.glob("[0-9][0-9][0-9][0-9]_*.py")}


def head_revision() -> str:
    """The newest revision this Casefile knows."""
    return max(known_revisions())


def alembic_head_revision() -> str | None:
    """The newest revision as Alembic reads it from the scripts (slow; for checks and tests)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config(None)).get_current_head()


def _config(engine: Engine | None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(HERE))
    if engine is not None:
        config.attributes["engine"] = engine
    return config
