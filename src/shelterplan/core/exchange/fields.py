"""Checking and decoding the values of an export file, field by field.

Every problem is refused with one sentence naming the place and the field, never the
value: values are client data.
"""

from __future__ import annotations

import base64
import re
import uuid
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa

from shelterplan.core import vocab
from shelterplan.core.exchange.layout import ABSENT_VALUES, absent_columns, table
from shelterplan.errors import ImportRejected
from shelterplan.store.base import Base
from shelterplan.store.models import Worker

REFUSED = "Import refused, nothing was changed: "
# Decoded size of one binary field (a signed plan's PDF is well under 1 MiB).
MAX_BINARY_BYTES = 20 * 1024 * 1024

CHOICES: dict[tuple[str, str], tuple[str, ...]] = {
    ("workers", "role"): tuple(vocab.Role),
    ("services", "domain"): tuple(vocab.Domain),
    ("clients", "document_language"): vocab.DOCUMENT_LANGUAGES,
    ("cases", "phase"): tuple(vocab.Phase),
    ("cases", "intervention_model"): tuple(vocab.InterventionModel),
    ("assessment_items", "domain"): tuple(vocab.Domain),
    ("assessment_items", "need_level"): tuple(vocab.NeedLevel),
    ("goals", "kind"): tuple(vocab.GoalKind),
    ("goals", "status"): tuple(vocab.GoalStatus),
    ("goals", "domain"): tuple(vocab.Domain),
    ("steps", "responsible"): tuple(vocab.Responsible),
    ("steps", "status"): tuple(vocab.StepStatus),
    ("referrals", "status"): tuple(vocab.ReferralStatus),
    ("people", "kind"): tuple(vocab.PersonKind),
    ("plan_versions", "language"): vocab.DOCUMENT_LANGUAGES,
}

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z", re.ASCII)
_DATETIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?\Z")
_FIELD_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,40}\Z", re.ASCII)
_INT_RANGE = range(-(2**63), 2**63)  # SQLite's INTEGER


class Refusal(ImportRejected):
    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{REFUSED}{where}: {problem}.")


def unknown(name: object) -> str:
    """Name an unexpected field only when its name cannot be client data."""
    if isinstance(name, str) and _FIELD_NAME.match(name):
        return f"unknown field '{name}'"
    return "a field has an unexpected name"


def value(column: sa.Column[Any], raw: Any, where: str, name: str) -> Any:
    """`raw` decoded for `column`, or a refusal naming the field (never the value)."""
    if raw is None:
        if not column.nullable:
            raise Refusal(where, f"'{name}' cannot be null")
        return None
    kind = column.type
    if isinstance(kind, sa.Boolean):
        if not isinstance(raw, bool):
            raise Refusal(where, f"'{name}' is not true or false")
        return raw
    if isinstance(kind, sa.Integer):
        if isinstance(raw, bool) or not isinstance(raw, int) or raw not in _INT_RANGE:
            raise Refusal(where, f"'{name}' is not a whole number")
        return raw
    if isinstance(kind, sa.Date | sa.DateTime):
        timed = isinstance(kind, sa.DateTime)
        shape = "a date and time (YYYY-MM-DDTHH:MM:SS)" if timed else "a date (YYYY-MM-DD)"
        try:
            if isinstance(raw, str) and (_DATETIME if timed else _DATE).match(raw):
                return datetime.fromisoformat(raw) if timed else date.fromisoformat(raw)
        except ValueError:
            pass
        raise Refusal(where, f"'{name}' is not {shape}")
    if isinstance(kind, sa.LargeBinary):
        return _binary(raw, where, name)
    assert isinstance(kind, sa.String), kind
    if not isinstance(raw, str):
        raise Refusal(where, f"'{name}' is not text")
    try:
        raw.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise Refusal(where, f"'{name}' is not valid Unicode text") from exc
    if kind.length is not None and len(raw) > kind.length:
        raise Refusal(where, f"'{name}' is longer than {kind.length} characters")
    if (column.primary_key or column.foreign_keys) and not is_uuid(raw):
        raise Refusal(where, f"'{name}' is not a valid id (a UUID)")
    allowed = CHOICES.get((column.table.name, column.key))
    if allowed is not None and raw not in allowed:
        listed = ", ".join(str(choice) for choice in allowed)
        raise Refusal(where, f"'{name}' is not one of: {listed}")
    return raw


def _binary(raw: Any, where: str, name: str) -> bytes:
    """Bytes written as standard base64 (with padding, no line breaks), strictly."""
    if not isinstance(raw, str):
        raise Refusal(where, f"'{name}' is not base64 text")
    too_big = f"'{name}' is larger than {MAX_BINARY_BYTES // (1024 * 1024)} MiB"
    if len(raw) > 4 * -(-MAX_BINARY_BYTES // 3):  # checked before decoding it
        raise Refusal(where, too_big)
    try:
        data = base64.b64decode(raw, validate=True)
    except ValueError as exc:  # binascii.Error, or characters that are not ASCII
        raise Refusal(where, f"'{name}' is not base64 text") from exc
    if len(data) > MAX_BINARY_BYTES:
        raise Refusal(where, too_big)
    return data


def is_uuid(text: str) -> bool:
    try:
        return str(uuid.UUID(text)) == text
    except ValueError:
        return False


def fields(raw: Any, expected: Iterable[str], where: str) -> dict[str, Any]:
    """`raw` as an object with exactly the expected fields."""
    if not isinstance(raw, dict):
        raise Refusal(where, "it is not a JSON object")
    wanted = set(expected)
    missing = sorted(wanted - raw.keys())
    if missing:
        more = f" and {len(missing) - 4} more" if len(missing) > 4 else ""
        raise Refusal(where, "missing " + ", ".join(f"'{m}'" for m in missing[:4]) + more)
    extra = sorted(raw.keys() - wanted)
    if extra:
        raise Refusal(where, unknown(extra[0]))
    return raw


def row(
    raw: Any, model: type[Base], where: str, version: int, nested: tuple[str, ...] = ()
) -> dict[str, Any]:
    """A full row of `model` checked and decoded; nested parts are left for the caller.
    Columns newer than the file's format `version` must not be there; they get the value
    a store upgraded from that version holds (null, or the column's default)."""
    columns = list(table(model).columns)
    names = ["worker" if c.key == "worker_id" else c.key for c in columns]
    absent = absent_columns(version, table(model).name)
    obj = fields(raw, [*(n for n in names if n not in absent), *nested], where)
    worker_name = table(Worker).c.name
    decoded: dict[str, Any] = {}
    for column, name in zip(columns, names, strict=True):
        if name in absent:
            decoded[name] = ABSENT_VALUES[(column.table.name, column.key)]
        elif name == "worker":  # a worker's name; same rules as the name column, nullability
            given = obj[name]
            if given is None and not column.nullable:
                raise Refusal(where, "'worker' cannot be null")
            decoded[name] = None if given is None else value(worker_name, given, where, name)
        else:
            decoded[name] = value(column, obj[name], where, name)
    return decoded


def list_of(raw: Any, where: str, name: str) -> list[Any]:
    if not isinstance(raw, list):
        raise Refusal(where, f"'{name}' is not a list")
    return raw
