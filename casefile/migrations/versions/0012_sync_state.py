"""what a laptop's library remembers of its syncs with team libraries

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # One row per team library this one syncs with: the cases it follows there, and when.
    op.create_table(
        "sync_peer",
        sa.Column("peer", sa.String(), primary_key=True),
        sa.Column("cases", sa.Text(), nullable=False, server_default="[]"),
        sa.Column("synced_at", sa.DateTime(), nullable=True),
    )
    # Each synced row as both sides last agreed on it: what "changed since" is measured from.
    op.create_table(
        "sync_base",
        sa.Column("peer", sa.String(), primary_key=True),
        sa.Column("tbl", sa.String(), primary_key=True),
        sa.Column("key", sa.String(), primary_key=True),
        sa.Column("record", sa.Text(), nullable=False),
    )
    # A value that lost to a later change of the same field on the other side.
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("peer", sa.String(), nullable=False),
        sa.Column("tbl", sa.String(), nullable=False),
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("field", sa.String(), nullable=False),
        sa.Column("kept", sa.Text(), nullable=False),
        sa.Column("lost", sa.Text(), nullable=False),
        sa.Column("lost_side", sa.String(), nullable=False),
        sa.Column("label", sa.String(), nullable=False, server_default=""),
        sa.Column("at", sa.DateTime(), nullable=False, server_default=sa.func.now()),
        sa.Column("state", sa.String(), nullable=False, server_default="open"),
    )


def downgrade() -> None:
    op.drop_table("sync_conflict")
    op.drop_table("sync_base")
    op.drop_table("sync_peer")
