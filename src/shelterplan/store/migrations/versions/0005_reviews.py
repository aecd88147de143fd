"""reviews

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24

What a review said about each goal: progress, what helped and what got in the way, the
decision (keep, amend, achieved, set aside with a reason) and the goal's step counts.
A new table only.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "goal_reviews",
        sa.Column("review_id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("goal_id", sa.String(length=36), nullable=False),
        sa.Column("progress", sa.String(length=20), nullable=True),
        sa.Column("helped", sa.Text(), nullable=True),
        sa.Column("hindered", sa.Text(), nullable=True),
        sa.Column("decision", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("steps_done", sa.Integer(), nullable=False),
        sa.Column("steps_missed", sa.Integer(), nullable=False),
        sa.Column("steps_open", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_goal_reviews_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["goal_id"], ["goals.id"], name=op.f("fk_goal_reviews_goal_id_goals")
        ),
        sa.ForeignKeyConstraint(
            ["review_id"], ["reviews.id"], name=op.f("fk_goal_reviews_review_id_reviews")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goal_reviews")),
    )
    with op.batch_alter_table("goal_reviews", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_goal_reviews_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_goal_reviews_goal_id"), ["goal_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_goal_reviews_review_id"), ["review_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("goal_reviews", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_goal_reviews_review_id"))
        batch_op.drop_index(batch_op.f("ix_goal_reviews_goal_id"))
        batch_op.drop_index(batch_op.f("ix_goal_reviews_case_id"))
    op.drop_table("goal_reviews")
