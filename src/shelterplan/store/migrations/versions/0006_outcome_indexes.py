"""outcome indexes

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-24

Small partial, covering indexes for the outcome reports (`store/models/report_indexes.py`:
what each is for). Indexes only: no table or column changes, nothing to copy.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# (name, table, columns, partial-index condition), as in report_indexes.py
INDEXES = (
    ("ix_case_assignments_lead_worker", "case_assignments", ["worker_id", "case_id"], "lead = 1"),
    (
        "ix_steps_open_case_due",
        "steps",
        ["case_id", "due_on", "deleted_at"],
        "status = 'open' AND deleted_at IS NULL",
    ),
    (
        "ix_goals_achieved_domain",
        "goals",
        ["domain", "achieved_on", "case_id", "deleted_at"],
        "status = 'achieved' AND deleted_at IS NULL",
    ),
    (
        "ix_goals_housing_achieved",
        "goals",
        ["case_id", "achieved_on", "status", "domain", "deleted_at"],
        "status = 'achieved' AND domain = 'housing' AND deleted_at IS NULL",
    ),
    (
        "ix_referrals_outcomes",
        "referrals",
        ["service_id", "status", "made_on", "created_at", "case_id", "deleted_at"],
        "deleted_at IS NULL",
    ),
    (
        "ix_reviews_sequence",
        "reviews",
        ["case_id", "held_on", "next_review_on", "deleted_at"],
        "deleted_at IS NULL",
    ),
    (
        "ix_cases_program",
        "cases",
        ["program", "deleted_at"],
        "program IS NOT NULL AND deleted_at IS NULL",
    ),
    ("ix_cases_deleted", "cases", ["id"], "deleted_at IS NOT NULL"),
    ("ix_clients_deleted", "clients", ["id"], "deleted_at IS NOT NULL"),
)


def upgrade() -> None:
    for name, table, columns, where in INDEXES:
        op.create_index(name, table, columns, unique=False, sqlite_where=sa.text(where))


def downgrade() -> None:
    for name, table, _columns, _where in reversed(INDEXES):
        op.drop_index(name, table_name=table)
