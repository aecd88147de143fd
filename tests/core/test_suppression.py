"""Small-count suppression: no count from 1 to 4 is shown, nor can one be worked out."""

from __future__ import annotations

import random

import pytest

from shelterplan.core.suppression import (
    HIDDEN,
    Key,
    ProtectedTable,
    _equations,
    determined,
    protect,
    protect_single,
    shown,
)


def _hidden_keys(t: ProtectedTable) -> set[Key]:
    keys: set[Key] = set()
    for i, row in enumerate(t.cells):
        keys |= {("c", i, j) for j, value in enumerate(row) if value is None}
    if t.row_totals is not None:
        keys |= {("r", i) for i, value in enumerate(t.row_totals) if value is None}
    if t.column_totals is not None:
        keys |= {("k", j) for j, value in enumerate(t.column_totals) if value is None}
    if t.row_totals is not None and t.column_totals is not None and t.grand_total is None:
        keys.add(("t",))
    return keys


def _visible_numbers(t: ProtectedTable) -> list[int]:
    found = [v for row in t.cells for v in row if v is not None]
    for totals in (t.row_totals or (), t.column_totals or ()):
        found += [v for v in totals if v is not None]
    if t.grand_total is not None:
        found.append(t.grand_total)
    return found


def assert_protected(cells: list[list[int]], t: ProtectedTable, rows: bool, cols: bool) -> None:
    # 1. Nothing small is visible, anywhere, totals included.
    assert all(not 0 < v < 5 for v in _visible_numbers(t))
    # 2. What is shown is the truth.
    for i, row in enumerate(cells):
        for j, value in enumerate(row):
            assert t.cells[i][j] in (None, value)
    # 3. No line of the table (a row or a column with its total, the totals with the
    #    grand total) hides exactly one value: subtracting would give it away.
    hidden = _hidden_keys(t)
    for equation in _equations(len(cells), len(cells[0]), rows, cols):
        assert sum(key in hidden for key in equation) != 1, equation
    # 4. No hidden value follows from the shown ones by combining lines either.
    assert determined(_equations(len(cells), len(cells[0]), rows, cols), hidden) == set()


def test_a_count_of_three_is_never_visible_even_through_totals():
    cells = [[3, 12, 9], [8, 7, 15], [0, 6, 11]]
    t = protect(cells, row_totals=True, column_totals=True)
    assert t.cells[0][0] is None
    assert_protected(cells, t, True, True)
    # The row and the column of the 3 each hide a second value.
    assert sum(v is None for v in t.cells[0]) >= 2
    assert sum(row[0] is None for row in t.cells) >= 2
    assert t.grand_total == sum(map(sum, cells))  # the grand total alone gives nothing away


def test_zero_and_five_or_more_are_shown_and_small_singletons_hidden():
    assert protect_single(0) == 0
    assert protect_single(5) == 5
    assert [protect_single(n) for n in (1, 2, 3, 4)] == [None] * 4
    assert shown(None) == HIDDEN and shown(7) == "7"


def test_a_small_total_is_hidden_with_its_cells():
    cells = [[1, 2, 0], [10, 20, 30]]
    t = protect(cells, row_totals=True, column_totals=True)
    assert t.row_totals is not None and t.row_totals[0] is None
    assert_protected(cells, t, True, True)


def test_a_column_of_counts_with_its_total():
    cells = [[3], [10], [12], [0]]
    t = protect(cells, column_totals=True)
    assert t.column_totals == (25,)
    assert t.cells[0][0] is None and sum(row[0] is None for row in t.cells) == 2
    assert_protected(cells, t, False, True)


def test_a_cell_joining_two_hidden_blocks_is_found_by_the_exact_check():
    # Hidden: a 2x2 block in rows 0-1 / columns 0-1, another in rows 2-3 / columns 2-3,
    # and the cell (1, 2) joining them. Every line hides two or more values, yet
    # rows 0 and 1 minus columns 0 and 1 is exactly cell (1, 2).
    hidden: set[Key] = {("c", 0, 0), ("c", 0, 1), ("c", 1, 0), ("c", 1, 1)}
    hidden |= {("c", 2, 2), ("c", 2, 3), ("c", 3, 2), ("c", 3, 3), ("c", 1, 2)}
    equations = _equations(4, 4, True, True)
    assert ("c", 1, 2) in determined(equations, hidden)


@pytest.mark.parametrize("seed", range(60))
def test_random_tables_are_protected(seed):
    rng = random.Random(seed)
    rows, cols = rng.randint(1, 8), rng.randint(1, 7)
    cells = [
        [rng.choice((0, 0, 1, 2, 3, 4, 5, 6, 9, 14, 30)) for _ in range(cols)] for _ in range(rows)
    ]
    for row_totals, column_totals in ((True, True), (False, True), (True, False)):
        t = protect(cells, row_totals=row_totals, column_totals=column_totals)
        assert_protected(cells, t, row_totals, column_totals)
