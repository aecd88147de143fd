"""Tab order that follows the screen, where Qt's own order (creation order) does not.

A dialog button box lays its buttons out in the platform's order (Close on the right
after an action button added later, for instance), but Tab visits them in the order
they were added: `buttons_in_screen_order` makes Tab go left to right instead.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtWidgets import QAbstractButton, QDateEdit, QDialogButtonBox, QWidget


def buttons_in_screen_order(box: QDialogButtonBox, after: QWidget | None = None) -> None:
    """Tab through `box`'s buttons as they stand on screen, coming from `after`.

    Call it once every button is added (adding one lays the box out again)."""
    layout = box.layout()
    if layout is None:
        return
    items = (layout.itemAt(index) for index in range(layout.count()))
    shown = [item.widget() for item in items if item is not None]
    chain: list[QWidget] = [w for w in shown if isinstance(w, QAbstractButton)]
    if after is not None:
        chain.insert(0, after)
    for first, second in pairwise(chain):
        QWidget.setTabOrder(first, second)


class DateEditTabLeaves(QDateEdit):
    """A date field that Tab always leaves.

    Qt's date field takes Tab to move from day to month to year; while it shows its
    special value text ("Any day"), it has no sections to move to and keeps Tab for good:
    a keyboard trap. Here, Tab then goes on to the next control."""

    def focusNextPrevChild(self, next: bool) -> bool:
        if self.specialValueText() and self.date() == self.minimumDate():
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)
