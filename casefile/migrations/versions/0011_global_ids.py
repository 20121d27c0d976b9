"""a global id and a modification time on every case, source, item and piece of evidence, for sync

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

TABLES = ("case", "source", "event", "event_source", "quote", "caption", "actor")

# A random (version 4) UUID for each existing row, in SQL: one statement a table.
_SQLITE_UUID = (
    "lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || "
    "substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || "
    "substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))"
)


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table in TABLES:
        # Plain ADD COLUMN (no batch copy: the search index's triggers hang on these tables).
        op.add_column(table, sa.Column("uid", sa.String(), nullable=True))
        # SQLite adds a column only with a constant default: the rows there get "now" next.
        op.add_column(
            table,
            sa.Column(
                "modified_at",
                sa.DateTime(),
                nullable=False,
                server_default=sa.text("'2000-01-01 00:00:00'"),
            ),
        )
        fill = _SQLITE_UUID if sqlite else "gen_random_uuid()::text"
        op.execute(
            f'UPDATE "{table}" SET uid = {fill}, modified_at = CURRENT_TIMESTAMP WHERE uid IS NULL'
        )
        op.create_index(f"ix_{table}_uid", table, ["uid"], unique=True)


def downgrade() -> None:
    for table in TABLES:
        op.drop_index(f"ix_{table}_uid", table_name=table)
        op.drop_column(table, "modified_at")
        op.drop_column(table, "uid")
