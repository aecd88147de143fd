"""data safety

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23

Administrator rights become a flag beside the role (an admin need not see case content),
and erasures are remembered (ids only) so that an older backup or export cannot bring an
erased client back. The first account of an existing store keeps seeing every case: a
worker whose role was "admin" becomes a supervisor with administrator rights.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "workers", sa.Column("is_admin", sa.Boolean(), server_default="0", nullable=False)
    )
    op.execute("UPDATE workers SET is_admin = 1, role = 'supervisor' WHERE role = 'admin'")
    op.create_table(
        "erasures",
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("case_ids", sa.Text(), nullable=False),
        sa.Column("erased_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_erasures")),
    )
    with op.batch_alter_table("erasures", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_erasures_client_id"), ["client_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("erasures", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_erasures_client_id"))
    op.drop_table("erasures")
    op.execute("UPDATE workers SET role = 'admin' WHERE is_admin = 1 AND role = 'supervisor'")
    op.drop_column("workers", "is_admin")
