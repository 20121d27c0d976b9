"""team libraries on PostgreSQL: its own full-text search, and the original files in the database

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

from casefile import search_pg

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The originals of a library with no folder of its own (a team library): keyed by their
    # path under files/, as a folder library names them. Empty in a laptop's library.
    op.create_table(
        "stored_file",
        sa.Column("path", sa.String(), primary_key=True),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False, server_default=sa.func.now()),
    )
    if op.get_bind().dialect.name == "postgresql":
        for statement in search_pg.create_sql():
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in search_pg.drop_sql():
            op.execute(statement)
    op.drop_table("stored_file")
