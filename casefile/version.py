"""Casefile's one version, from pyproject.toml (through the installed package's metadata)."""

from __future__ import annotations

from functools import cache
from importlib.metadata import PackageNotFoundError, version


@cache
def casefile_version() -> str:
    """ "0.1.0", or "unknown" for a source tree that was never installed."""
    try:
        return version("casefile")
    except PackageNotFoundError:
        return "unknown"


# What a copy of Casefile carries, and under which licence (Help ▸ About lists it).
COMPONENTS = (
    ("Qt 6 and PySide6", "LGPL-3.0"),
    ("DejaVu fonts", "Bitstream Vera and Arev font licences (free)"),
    ("SQLAlchemy, SQLModel, Alembic", "MIT"),
    ("ReportLab", "BSD"),
    ("pikepdf (qpdf)", "MPL-2.0 (Apache-2.0)"),
    ("Pillow", "MIT-CMU (HPND)"),
    ("psycopg 3 (libpq)", "LGPL-3.0 (PostgreSQL licence)"),
    ("python-dateutil", "Apache-2.0 / BSD"),
    ("trafilatura", "Apache-2.0"),
    ("pypdf", "BSD"),
    ("python-docx", "MIT"),
    ("PyStemmer (Snowball)", "MIT / BSD"),
    ("Babel (Unicode CLDR)", "BSD / Unicode licence"),
    ("keyring", "MIT"),
    ("platformdirs, charset-normalizer, tld", "MIT / MIT / MPL-1.1, GPL-2.0, LGPL-2.1"),
    ("pyspellchecker (its Spanish and English word lists)", "MIT"),
)
