"""Schema migrations: every library is brought to the newest revision when it is opened."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

HERE = Path(__file__).parent


def _config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(HERE))
    config.attributes["engine"] = engine
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision``; a no-op when it is there already."""
    if current_revision(engine) == head_revision() and revision == "head":
        return
    command.upgrade(_config(engine), revision)


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str | None:
    return ScriptDirectory.from_config(_config_without_engine()).get_current_head()


def _config_without_engine() -> Config:
    config = Config()
    config.set_main_option("script_location", str(HERE))
    return config


def downgrade(engine: Engine, revision: str) -> None:
    """Take the schema back to ``revision`` (used to test upgrades of older libraries)."""
    command.downgrade(_config(engine), revision)
