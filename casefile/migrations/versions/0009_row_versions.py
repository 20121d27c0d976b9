"""a version on every case, source and item, for edits by several analysts at once

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

TABLES = ("case", "source", "event", "quote", "caption", "actor")


def upgrade() -> None:
    # Plain ADD COLUMN (no batch copy: the search index's triggers hang on these tables).
    for table in TABLES:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    for table in TABLES:
        op.drop_column(table, "version")
