"""the service's own facts: which signing key the database was first served with

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26 19:05:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "service_state",
        sa.Column("name", sa.String(length=64), primary_key=True),
        sa.Column("value", sa.String(length=256), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("service_state")
