"""printed plans

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23

Items can be left off the client's take-home copy, and a signed plan version keeps the
PDF that was signed. Columns are added at the end of their tables.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_NOT_FOR_CLIENT = ("goals", "steps", "referrals")


def upgrade() -> None:
    for table in _NOT_FOR_CLIENT:
        op.add_column(
            table,
            sa.Column("not_for_client", sa.Boolean(), server_default="0", nullable=False),
        )
    op.add_column("plan_versions", sa.Column("pdf", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    op.drop_column("plan_versions", "pdf")
    for table in reversed(_NOT_FOR_CLIENT):
        op.drop_column(table, "not_for_client")
