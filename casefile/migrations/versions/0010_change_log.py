"""a log of what changed, for windows that show the work of others as it happens

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01
"""

from alembic import op

from casefile import change_log

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for statement in change_log.create_sql(op.get_bind().dialect.name):
        op.execute(statement)


def downgrade() -> None:
    for statement in change_log.drop_sql(op.get_bind().dialect.name):
        op.execute(statement)
