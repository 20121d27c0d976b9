"""case identity: the UUID a case keeps across libraries, for bundle re-imports

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "caseidentity",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("case_id"),
        sa.UniqueConstraint("uid"),
    )


def downgrade() -> None:
    op.drop_table("caseidentity")
