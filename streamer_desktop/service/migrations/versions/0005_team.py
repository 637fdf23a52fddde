"""the shop's team: a user's standing, one-time account links, the audit log; and on
PostgreSQL a second guard against overlapping streams

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26 21:20:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

NO_OVERLAP = "streams_no_overlap"


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("status", sa.String(length=16), nullable=False,
                                   server_default="active"))
    op.create_table(
        "account_links",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("public_id", sa.String(length=32), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("purpose", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.Integer(), nullable=False),
        sa.Column("expires_at", sa.Integer(), nullable=False),
        sa.Column("used_at", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"],
                                name="fk_account_links_user_id_users"),
        sa.PrimaryKeyConstraint("id", name="pk_account_links"),
        sa.UniqueConstraint("public_id", name="uq_account_links_public_id"),
    )
    op.create_index("ix_account_links_user_id", "account_links", ["user_id"])
    op.create_table(
        "audit_entries",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("business_id", sa.Integer(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("actor", sa.String(length=320), nullable=False),
        sa.Column("action", sa.String(length=48), nullable=False),
        sa.Column("subject", sa.String(length=320), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["business_id"], ["businesses.id"],
                                name="fk_audit_entries_business_id_businesses"),
        sa.PrimaryKeyConstraint("id", name="pk_audit_entries"),
    )
    op.create_index("ix_audit_entries_business_id_id", "audit_entries", ["business_id", "id"])
    if op.get_bind().dialect.name == "postgresql":
        # Under the overlap check every booking makes: no code path, present or future,
        # can store two open streams of one streamer that overlap.
        op.execute("CREATE EXTENSION IF NOT EXISTS btree_gist")
        op.execute(
            f"ALTER TABLE streams ADD CONSTRAINT {NO_OVERLAP} EXCLUDE USING gist ("
            "streamer_id WITH =, "
            "tstzrange(to_timestamp(starts_at), to_timestamp(ends_at)) WITH &&) "
            "WHERE (status IN ('awaiting_customer', 'confirmed', 'live'))")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"ALTER TABLE streams DROP CONSTRAINT {NO_OVERLAP}")
    op.drop_index("ix_audit_entries_business_id_id", table_name="audit_entries")
    op.drop_table("audit_entries")
    op.drop_index("ix_account_links_user_id", table_name="account_links")
    op.drop_table("account_links")
    with op.batch_alter_table("users") as batch:
        batch.drop_column("status")
