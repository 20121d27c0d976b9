"""full-text search index over sources, events, quotes and captions

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

from alembic import op

from casefile import search

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return  # other servers use search's portable fallback
    for statement in search.create_index_sql() + search.backfill_sql():
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for kind in search.KINDS:
        for action in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS {kind}_index_{action}")
    op.execute("DROP TABLE IF EXISTS search_index")
