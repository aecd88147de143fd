"""The export file's layout: its format versions, the parts of a case, and what each
format version added (which older files lack and how an import fills it in)."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from shelterplan.store.base import Base
from shelterplan.store.models import (
    AssessmentItem,
    CaseAssignment,
    Consent,
    Dependant,
    Goal,
    GoalReview,
    Note,
    Option,
    Person,
    PlanVersion,
    Referral,
    Review,
    SafetyPlan,
    Step,
    Strength,
)

FORMAT = "shelterplan-export"
FORMAT_VERSION = 3
READABLE_VERSIONS = (1, 2, 3)
TOP_LEVEL_KEYS = ("format", "format_version", "exported_at", "workers", "services")
TOP_LEVEL_KEYS += ("settings", "cases")
WORKER_FIELDS = ("name", "role", "active", "screen_language", "is_admin")
# What each format version added to a worker (workers are not full rows). A file of an
# older version lacks them: see `worker_fields` and `checks.Check._workers`.
ADDED_WORKER_FIELDS: dict[int, tuple[str, ...]] = {3: ("is_admin",)}

# (key inside a case, model, what one row is called in messages); also the insert order.
CASE_PARTS: tuple[tuple[str, type[Base], str], ...] = (
    ("assignments", CaseAssignment, "assignment"),
    ("assessment", AssessmentItem, "assessment item"),
    ("strengths", Strength, "strength"),
    ("goals", Goal, "goal"),
    ("options", Option, "option"),
    ("steps", Step, "step"),
    ("referrals", Referral, "referral"),
    ("people", Person, "person"),
    ("notes", Note, "note"),
    ("reviews", Review, "review"),
    ("goal_reviews", GoalReview, "goal review"),
    ("plan_versions", PlanVersion, "plan version"),
    ("consents", Consent, "consent"),
    ("dependants", Dependant, "dependant"),
    ("safety_plans", SafetyPlan, "safety plan"),
)
# What each format version added: columns (by table) and parts of a case. A file of an
# older version must not have them; its rows get the value a store upgraded from that
# time holds (`ABSENT_VALUES`), its cases empty lists for the missing parts.
ADDED_COLUMNS: dict[int, dict[str, tuple[str, ...]]] = {
    2: {"clients": ("declined",), "consents": ("service_id",)},
    3: {
        "goals": ("not_for_client",),
        "steps": ("not_for_client",),
        "referrals": ("not_for_client",),
        "plan_versions": ("pdf",),
    },
}
ADDED_PARTS: dict[int, tuple[str, ...]] = {
    2: ("dependants", "safety_plans"),
    3: ("goal_reviews",),
}
# Fields that must name a goal of the same case.
GOAL_REFERENCES = (("goals", "parent_id"), ("options", "goal_id"), ("steps", "goal_id"))
GOAL_REFERENCES += (("referrals", "goal_id"), ("goal_reviews", "goal_id"))


def table(model: type[Base]) -> sa.Table:
    return model.__table__  # type: ignore[return-value]


def absent_columns(version: int, table_name: str) -> tuple[str, ...]:
    """The columns of `table_name` that a file of format `version` does not have."""
    return tuple(
        name
        for added_in, tables in ADDED_COLUMNS.items()
        if added_in > version
        for name in tables.get(table_name, ())
    )


def worker_fields(version: int) -> tuple[str, ...]:
    """The fields of a worker in a file of format `version`."""
    missing = {
        name
        for added_in, names in ADDED_WORKER_FIELDS.items()
        if added_in > version
        for name in names
    }
    return tuple(name for name in WORKER_FIELDS if name not in missing)


def case_parts(version: int) -> tuple[tuple[str, type[Base], str], ...]:
    """The parts of a case that a file of format `version` has."""
    missing = {key for added_in, keys in ADDED_PARTS.items() if added_in > version for key in keys}
    return tuple(part for part in CASE_PARTS if part[0] not in missing)


def _when_absent(column: sa.Column[Any]) -> Any:
    """Null, or the column's default when it cannot be null: what the migration that
    added it gave the rows already there."""
    if column.nullable:
        return None
    default = column.default
    if isinstance(default, sa.ColumnDefault) and default.is_scalar:
        return default.arg
    raise RuntimeError(f"{column} cannot be null and has no default for older files")


# (table, column) -> the value imported from a file that lacks the column. Built when
# the module loads, so a NOT NULL column added without a default fails at once.
ABSENT_VALUES: dict[tuple[str, str], Any] = {
    (table_name, name): _when_absent(Base.metadata.tables[table_name].c[name])
    for tables in ADDED_COLUMNS.values()
    for table_name, names in tables.items()
    for name in names
}
