"""Small-count suppression for de-identified tables (the funder export).

A count from 1 to 4 could point at one woman ("the 2 clients of the Immigration
program"), so it is never shown: that is **primary** suppression. A table that also
shows totals would let anyone work a hidden count out again (row total minus the
counts shown), so more cells are hidden until no hidden count can be: **complementary**
(secondary) suppression. Zero is shown: it describes nobody.

How complements are chosen (`protect`):
1. Every equation of the table (each row with its row total, each column with its column
   total, the totals with the grand total) that hides exactly one value gets a second
   hidden value: the smallest count shown in that equation, preferring a non-zero inner
   cell over a total, and a zero last. Repeat until no equation hides exactly one value.
2. Then an exact check with linear algebra: the equations are solved for the hidden
   values (Gauss-Jordan over fractions); any hidden value the visible figures determine
   exactly (say, a cell linking two blocks of hidden cells) gets another complement in
   one of its equations, and both steps run again.

The result: no hidden count can be computed exactly from the table. (As with any
suppression, a range can still be narrowed — e.g. two hidden cells of a row together
make up the difference to its total.) Every hidden value looks the same ("x"), whether it
is small or hides another: telling them apart would give the small ones away (a row
total of 6 over a hidden "1–4" and a hidden "5 or more" can only be 1 + 5).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

SMALLEST_SHOWN = 5  # counts from 1 to SMALLEST_SHOWN - 1 are hidden
HIDDEN = "x"

Key = tuple[object, ...]


def is_small(count: int) -> bool:
    return 0 < count < SMALLEST_SHOWN


@dataclass(frozen=True)
class ProtectedTable:
    """Counts as they may be shown: None where hidden."""

    cells: tuple[tuple[int | None, ...], ...]
    row_totals: tuple[int | None, ...] | None
    column_totals: tuple[int | None, ...] | None
    grand_total: int | None  # None when hidden, or when the table has no totals
    hidden_count: int  # how many values are hidden, totals included


def shown(value: int | None) -> str:
    """A protected count as text: the number, or HIDDEN."""
    return HIDDEN if value is None else str(value)


def _equations(rows: int, columns: int, row_totals: bool, column_totals: bool) -> list[list[Key]]:
    """Each equation as its members followed by its total (the last key)."""
    found: list[list[Key]] = []
    if row_totals:
        found += [[("c", i, j) for j in range(columns)] + [("r", i)] for i in range(rows)]
    if column_totals:
        found += [[("c", i, j) for i in range(rows)] + [("k", j)] for j in range(columns)]
    if row_totals and column_totals:
        found.append([("r", i) for i in range(rows)] + [("t",)])
        found.append([("k", j) for j in range(columns)] + [("t",)])
    return found


def _complement(
    equation: list[Key], values: dict[Key, int], hidden: set[Key], equations: list[list[Key]]
) -> Key | None:
    """The value to hide beside a lone hidden one in `equation`.

    Preferred: a non-zero count; one whose other equations already hide exactly one
    value (hiding it protects those too) rather than none (it would need a complement of
    its own); an inner cell rather than a total; the smallest.
    """
    candidates = [key for key in equation if key not in hidden]
    if not candidates:
        return None

    def cost(key: Key) -> tuple[bool, int, bool, int]:
        effect = 0
        for other in equations:
            if other is equation or key not in other:
                continue
            lone = sum(member in hidden for member in other)
            effect += 1 if lone == 0 else -1 if lone == 1 else 0
        return (values[key] == 0, effect, key[0] != "c", values[key])

    return min(candidates, key=cost)


def _one_per_equation(equations: list[list[Key]], values: dict[Key, int], hidden: set[Key]) -> None:
    changed = True
    while changed:
        changed = False
        for equation in equations:
            if sum(key in hidden for key in equation) == 1:
                extra = _complement(equation, values, hidden, equations)
                if extra is not None:
                    hidden.add(extra)
                    changed = True


def determined(equations: list[list[Key]], hidden: set[Key]) -> set[Key]:
    """Hidden values the shown ones fix exactly (each equation: members − total = 0).

    In the reduced row echelon form of the equations restricted to the hidden values,
    a row with a single non-zero entry pins that value down; no other value is pinned.
    """
    variables = sorted(hidden, key=repr)
    column = {key: index for index, key in enumerate(variables)}
    matrix: list[list[Fraction]] = []
    for equation in equations:
        row = [Fraction(0)] * len(variables)
        *members, total = equation
        for key in members:
            if key in column:
                row[column[key]] += 1
        if total in column:
            row[column[total]] -= 1
        if any(row):
            matrix.append(row)
    pivot_row = 0
    for col in range(len(variables)):
        pivot = next((r for r in range(pivot_row, len(matrix)) if matrix[r][col] != 0), None)
        if pivot is None:
            continue
        matrix[pivot_row], matrix[pivot] = matrix[pivot], matrix[pivot_row]
        lead = matrix[pivot_row][col]
        matrix[pivot_row] = [value / lead for value in matrix[pivot_row]]
        for r in range(len(matrix)):
            if r != pivot_row and matrix[r][col] != 0:
                factor = matrix[r][col]
                matrix[r] = [
                    a - factor * b for a, b in zip(matrix[r], matrix[pivot_row], strict=True)
                ]
        pivot_row += 1
    pinned: set[Key] = set()
    for row in matrix[:pivot_row]:
        nonzero = [index for index, value in enumerate(row) if value != 0]
        if len(nonzero) == 1:
            pinned.add(variables[nonzero[0]])
    return pinned


def protect(
    cells: Sequence[Sequence[int]], row_totals: bool = False, column_totals: bool = False
) -> ProtectedTable:
    """Hide small counts, then enough others that none can be worked out from the totals.

    `row_totals` adds a total per row, `column_totals` one per column; with both, a grand
    total. A table without totals needs primary suppression only.
    """
    grid = [list(row) for row in cells]
    rows, columns = len(grid), len(grid[0]) if grid else 0
    values: dict[Key, int] = {("c", i, j): grid[i][j] for i in range(rows) for j in range(columns)}
    if row_totals:
        values.update({("r", i): sum(grid[i]) for i in range(rows)})
    if column_totals:
        values.update({("k", j): sum(grid[i][j] for i in range(rows)) for j in range(columns)})
    if row_totals and column_totals:
        values[("t",)] = sum(sum(row) for row in grid)
    hidden = {key for key, value in values.items() if is_small(value)}
    equations = _equations(rows, columns, row_totals, column_totals)
    while True:
        _one_per_equation(equations, values, hidden)
        pinned = determined(equations, hidden)
        if not pinned:
            break
        key = min(pinned, key=repr)
        added = False
        for equation in equations:
            if key in equation:
                extra = _complement(equation, values, hidden, equations)
                if extra is not None:
                    hidden.add(extra)
                    added = True
                    break
        if not added:  # every value of its equations is hidden already: cannot happen
            raise AssertionError("suppression could not protect a hidden count")

    def show(key: Key) -> int | None:
        return None if key in hidden else values[key]

    return ProtectedTable(
        cells=tuple(tuple(show(("c", i, j)) for j in range(columns)) for i in range(rows)),
        row_totals=tuple(show(("r", i)) for i in range(rows)) if row_totals else None,
        column_totals=(tuple(show(("k", j)) for j in range(columns)) if column_totals else None),
        grand_total=show(("t",)) if row_totals and column_totals else None,
        hidden_count=len(hidden),
    )


def protect_single(count: int) -> int | None:
    """A count shown on its own (no total it adds up to)."""
    return None if is_small(count) else count
