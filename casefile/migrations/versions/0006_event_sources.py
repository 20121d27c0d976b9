"""events stand on many sources: an event_source link per piece of evidence; categories

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "event_source",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "event_id",
            sa.Integer(),
            sa.ForeignKey("event.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column(
            "source_id",
            sa.Integer(),
            sa.ForeignKey("source.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("evidence_start", sa.Integer(), nullable=True),
        sa.Column("evidence_end", sa.Integer(), nullable=True),
        sa.Column("evidence_text", sa.String(), nullable=False, server_default=""),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("precision", sa.String(), nullable=False, server_default="day"),
        sa.Column("added_at", sa.DateTime(), nullable=False, server_default=sa.func.now()),
    )
    op.create_index("ix_event_source_source_id", "event_source", ["source_id"])
    # Plain ADD COLUMN, never a batch copy of the table: the search index's triggers hang
    # on it. A NULL default keeps SQLite's ADD COLUMN ... REFERENCES allowed.
    op.add_column("event", sa.Column("category", sa.String(), nullable=False, server_default=""))
    op.add_column("event", sa.Column("direction", sa.String(), nullable=False, server_default=""))
    if op.get_bind().dialect.name == "sqlite":
        # Alembic would add the reference as a separate constraint, which SQLite refuses;
        # inline in ADD COLUMN it is allowed.
        op.execute(
            "ALTER TABLE event ADD COLUMN same_as_id INTEGER"
            " REFERENCES event(id) ON DELETE SET NULL"
        )
    else:
        op.add_column(
            "event",
            sa.Column(
                "same_as_id",
                sa.Integer(),
                sa.ForeignKey("event.id", ondelete="SET NULL"),
                nullable=True,
            ),
        )
    # Today's single evidence of each event becomes its first link, data kept as it was.
    op.execute(
        "INSERT INTO event_source (event_id, source_id, evidence_start, evidence_end,"
        " evidence_text, date, precision, added_at)"
        " SELECT id, source_id, evidence_start, evidence_end, evidence_text, date, precision,"
        " CURRENT_TIMESTAMP FROM event WHERE source_id IS NOT NULL OR evidence_text != ''"
    )


def downgrade() -> None:
    for column in ("same_as_id", "direction", "category"):
        op.drop_column("event", column)
    op.drop_index("ix_event_source_source_id", table_name="event_source")
    op.drop_table("event_source")
