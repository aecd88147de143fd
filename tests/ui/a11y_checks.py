"""What the accessibility tests look for, as plain functions on a shown widget tree.

- `nameless`: controls a worker can reach with neither words nor an accessible name.
- `focus_chain` / `backward_jumps`: the order Tab visits controls, and where it jumps
  back against reading order (up, or to the left on the same line).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

CONTROLS = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)
# Parts of a composite control that is itself named (or a scroll bar: named by Qt).
COMPOSITE = (QTabBar, QComboBox, QAbstractSpinBox, QAbstractItemView, QCalendarWidget, QScrollBar)


def says_something(text: str) -> bool:
    """Words a screen reader can say: "+", "…" or "&" alone are not a name."""
    return any(ch.isalnum() for ch in text.replace("&", ""))


def _is_part_of_composite(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, COMPOSITE):
            return True
        if parent.isWindow():
            return False
        parent = parent.parentWidget()
    return False


def _reachable(widget: QWidget) -> bool:
    """A control Tab (or a click) can put the focus on."""
    if isinstance(widget, QScrollBar):
        return False
    if isinstance(widget, CONTROLS):
        return True
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.focusProxy() is None


def nameless(root: QWidget) -> list[str]:
    """Controls shown in `root` with neither text nor an accessible name nor a label."""
    buddies = {
        id(label.buddy())
        for label in root.findChildren(QLabel)
        if label.buddy() is not None and says_something(label.text())
    }
    missing = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or not _reachable(widget):
            continue
        if _is_part_of_composite(widget):
            continue
        if says_something(_own_words(widget)) or says_something(widget.accessibleName()):
            continue
        if id(widget) in buddies:
            continue
        missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def _own_words(widget: QWidget) -> str:
    """What a control says by itself: a button's text, every tab's (a tab bar is named by
    its tabs only if each one says something)."""
    if isinstance(widget, (QAbstractButton, QLabel)):
        return widget.text()
    if isinstance(widget, QTabBar):
        texts = [widget.accessibleTabName(i) or widget.tabText(i) for i in range(widget.count())]
        return " ".join(texts) if texts and all(map(says_something, texts)) else ""
    return ""


# --- tab order ------------------------------------------------------------------------
def _takes_tab(widget: QWidget, window: QWidget) -> bool:
    """As Qt's own Tab search: policy, no proxy, shown, enabled, in this window."""
    return (
        bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.focusProxy() is None
        and widget.window() is window
        and widget.isVisibleTo(window)
        and widget.isEnabled()
    )


def focus_chain(window: QWidget) -> list[QWidget]:
    """The controls Tab stops at, in the order it stops at them (a ring: the last one
    leads back to the first)."""
    chain: list[QWidget] = []
    seen: set[int] = set()
    widget = window.nextInFocusChain()
    while widget is not window and id(widget) not in seen:
        seen.add(id(widget))
        if _takes_tab(widget, window):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return _one_stop_per_exclusive_group(chain)


def _exclusive_group(widget: QWidget) -> object | None:
    """The group of radio buttons (one of which is chosen) a button belongs to, if any."""
    if not isinstance(widget, QAbstractButton):
        return None
    group = widget.group()
    if group is not None and group.exclusive():
        return group
    if widget.autoExclusive():
        return widget.parentWidget()  # auto-exclusive buttons group by parent
    return None


def _one_stop_per_exclusive_group(chain: list[QWidget]) -> list[QWidget]:
    """As Qt does: Tab stops once in a group of radio buttons (arrows choose in it), on
    the chosen one, or on the first one when none is chosen yet."""
    keep: dict[int, QWidget] = {}
    for widget in chain:
        group = _exclusive_group(widget)
        if group is None:
            continue
        kept = keep.get(id(group))
        if kept is None or (widget.isChecked() and not kept.isChecked()):  # type: ignore[attr-defined]
            keep[id(group)] = widget
    return [w for w in chain if _exclusive_group(w) is None or keep[id(_exclusive_group(w))] is w]


def rect_in(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def _scroll_areas(widget: QWidget, window: QWidget) -> list[QAbstractScrollArea]:
    """The scroll areas `widget` sits in, outermost first."""
    areas = []
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            areas.append(parent)
        parent = parent.parentWidget()
    return areas[::-1]


def _compared(a: QWidget, b: QWidget, window: QWidget) -> tuple[QRect, QRect]:
    """Where each stands for the other: inside a scroll area the other is not in, a
    control stands where the scroll area is (its content may lie far below the screen);
    in the same scroll area, both stand where they are in its content."""

    def stand_in(widget: QWidget, other: QWidget) -> QRect:
        theirs = _scroll_areas(other, window)
        for area in _scroll_areas(widget, window):
            if area not in theirs:
                return rect_in(area, window)
        return rect_in(widget, window)

    return stand_in(a, b), stand_in(b, a)


@dataclass(frozen=True)
class Jump:
    before: str
    after: str
    why: str

    def __str__(self) -> str:
        return f"{self.before} → {self.after}: {self.why}"


TOLERANCE = 4  # pixels: layouts put neighbours a few pixels off each other's edges


def backward(a: QRect, b: QRect) -> str | None:
    """Why going from `a` to `b` jumps back against reading order, or None.

    - Up: `b` lies wholly above `a`, and not in a new column (a column starts at or to
      the right of `a`'s right edge, as in a form set in two columns).
    - Left on the same line: the two overlap vertically by half the shorter one, and
      `b` lies wholly to the left of `a`.
    Down-and-left (the start of the next line) is forward.
    """
    if b.bottom() < a.top() + TOLERANCE and b.left() < a.right() - TOLERANCE:
        return "goes up"
    overlap = min(a.bottom(), b.bottom()) - max(a.top(), b.top())
    same_line = overlap >= min(a.height(), b.height()) / 2
    if same_line and b.right() < a.left() + TOLERANCE:
        return "goes left on the same line"
    return None


def describe(widget: QWidget) -> str:
    name = widget.accessibleName() or (
        widget.text() if isinstance(widget, (QAbstractButton, QLabel)) else ""
    )
    label = widget.objectName() or name.replace("&", "") or "?"
    return f"{type(widget).__name__} {label!r}"


def backward_jumps(window: QWidget) -> list[str]:
    """Every step of the Tab ring that jumps back against reading order, but one: the
    ring must close somewhere, and it may close with its longest jump up (from the last
    control back to the first). A ring of one or two controls never jumps."""
    chain = focus_chain(window)
    if len(chain) < 3:
        return []
    jumps: list[tuple[int, int, str]] = []  # (index of the step, how far up, why)
    for i, (first, second) in enumerate(zip(chain, chain[1:] + chain[:1], strict=True)):
        a, b = _compared(first, second, window)
        why = backward(a, b)
        if why is not None:
            jumps.append((i, a.top() - b.top() + (a.left() - b.left()) // 1000, why))
    if jumps:
        jumps.remove(max(jumps, key=lambda jump: jump[1]))  # where the ring closes
    return [
        str(Jump(describe(chain[i]), describe(chain[(i + 1) % len(chain)]), why))
        for i, _up, why in jumps
    ]
