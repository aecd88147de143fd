"""Tables that break across pages the way a reader expects (see `FlowTable`)."""

from __future__ import annotations

from itertools import pairwise

from reportlab.platypus import Flowable, Table

GROUP_CUT = 2 / 3  # a group taller than this share of a page may be cut


class FlowTable(Table):
    """A table that breaks across pages the way a reader expects.

    Its rows form groups (a step and the notes under it; a card in large print). A page
    breaks between groups; a group that would fit on the next page goes there whole. Only
    a group taller than two thirds of a page is cut, and then on the page where it
    starts, filling that page (inside a row if need be, when half a page is free), so
    that the rest never starts under a repeated header on the same page.
    """

    grouped = False
    groups: tuple[int, ...] = ()  # the first row of each group after the first

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self._calc(availWidth, availHeight)
        page = getattr(self._doctemplateAttr("frame"), "_height", 2 * availHeight)
        heights = self._rowHeights
        roomy = availHeight >= page / 2
        parts: list[Flowable] = []
        if self.grouped:
            fit = self._getFirstPossibleSplitRowPosition(availHeight)  # rows [0, fit) fit
            bounds = [0, *self.groups, len(heights)]
            start, end = next(((a, b) for a, b in pairwise(bounds) if a <= fit < b), (fit, fit))
            if sum(heights[start:end]) <= page * GROUP_CUT:
                if start == 0:
                    return []  # the first group goes whole to the next page
                parts = self._splitRows(sum(heights[:start]) + 0.01)
            elif roomy and self.splitInRow:
                parts = self._splitRows(availHeight, doInRowSplit=1)
        if not parts:
            parts = self._splitRows(availHeight)
        if not parts and self.splitInRow and roomy:
            parts = self._splitRows(availHeight, doInRowSplit=1)
        if len(parts) == 2 and self.grouped:
            rest = parts[1]
            moved = len(self._cellvalues) - len(rest._cellvalues)
            rest.grouped = True
            rest.groups = tuple(row - moved for row in self.groups if row - moved > 0)
        return parts
