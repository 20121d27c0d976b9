"""one (case_id, date) index for the timeline; a backlog for bulk loads not yet indexed

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

from alembic import op

from casefile import search

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The timeline reads one case's events in date order: one composite index serves it,
    # where two single-column ones cost every insert twice and served it half.
    op.drop_index("ix_event_date", table_name="event")
    op.drop_index("ix_event_case_id", table_name="event")
    op.create_index("ix_event_case_date", "event", ["case_id", "date"])
    if op.get_bind().dialect.name == "sqlite":
        op.execute(search.create_backlog_sql())


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in search.drain_backlog_sql():
            op.execute(statement)
        op.execute(f"DROP TABLE IF EXISTS {search.BACKLOG}")
    op.drop_index("ix_event_case_date", table_name="event")
    op.create_index("ix_event_case_id", "event", ["case_id"])
    op.create_index("ix_event_date", "event", ["date"])
