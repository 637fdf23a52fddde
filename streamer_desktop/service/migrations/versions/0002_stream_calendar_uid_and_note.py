"""streams keep their calendar UID across reschedules, and the reason given on cancelling

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 15:20:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("streams") as batch:
        batch.add_column(sa.Column("calendar_uid", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("cancel_note", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("streams") as batch:
        batch.drop_column("cancel_note")
        batch.drop_column("calendar_uid")
