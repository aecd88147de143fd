"""Indexes for the outcome reports (`core/outcome_sql.py`), created by migration 0006.

Small, partial and covering: each holds only the rows one figure counts (open steps,
achieved goals, lead assignments...) and every column the figure reads, so the figures
never touch the wide tables, where each page read is a page decrypted. Declared here,
next to each other, because they exist for one reader; they attach to their tables when
this module is imported (by `shelterplan.store.models`).

A partial index is only used when the query repeats its WHERE terms literally
(`status = 'open'`, not a bound parameter); the queries name them with INDEXED BY.
"""

from __future__ import annotations

from sqlalchemy import Index, text

from shelterplan.store.models.case import Case, CaseAssignment, Client
from shelterplan.store.models.plan import Goal, Review, Step
from shelterplan.store.models.record import Referral

REPORT_INDEXES = (
    # Lead workers in worker order: the per-worker figures group without sorting, and a
    # worker filter finds (worker, case) in one seek.
    Index(
        "ix_case_assignments_lead_worker",
        CaseAssignment.worker_id,
        CaseAssignment.case_id,
        sqlite_where=text("lead = 1"),
    ),
    Index(
        "ix_steps_open_case_due",
        Step.case_id,
        Step.due_on,
        Step.deleted_at,
        sqlite_where=text("status = 'open' AND deleted_at IS NULL"),
    ),
    Index(
        "ix_goals_achieved_domain",
        Goal.domain,
        Goal.achieved_on,
        Goal.case_id,
        Goal.deleted_at,
        sqlite_where=text("status = 'achieved' AND deleted_at IS NULL"),
    ),
    Index(
        "ix_goals_housing_achieved",
        Goal.case_id,
        Goal.achieved_on,
        Goal.status,
        Goal.domain,
        Goal.deleted_at,
        sqlite_where=text("status = 'achieved' AND domain = 'housing' AND deleted_at IS NULL"),
    ),
    Index(
        "ix_referrals_outcomes",
        Referral.service_id,
        Referral.status,
        Referral.made_on,
        Referral.created_at,
        Referral.case_id,
        Referral.deleted_at,
        sqlite_where=text("deleted_at IS NULL"),
    ),
    Index(
        "ix_reviews_sequence",
        Review.case_id,
        Review.held_on,
        Review.next_review_on,
        Review.deleted_at,
        sqlite_where=text("deleted_at IS NULL"),
    ),
    # The programs the filter offers, read in order without sorting every case.
    Index(
        "ix_cases_program",
        Case.program,
        Case.deleted_at,
        sqlite_where=text("program IS NOT NULL AND deleted_at IS NULL"),
    ),
    # Empty unless something was soft-deleted: tells at once whether every case counts.
    Index("ix_cases_deleted", Case.id, sqlite_where=text("deleted_at IS NOT NULL")),
    Index("ix_clients_deleted", Client.id, sqlite_where=text("deleted_at IS NOT NULL")),
)
