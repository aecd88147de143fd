"""The plan as a Qt tree: goals and intermediate goals as nested rows, steps as leaves.

The model only shows a `core.plan_tree.PlanTree` (frozen rows read in a short unit of
work). It never writes to the store: an edit made in a cell is announced with
`edit_requested`, the Plan tab performs it as an undoable command, then hands the model
the re-read tree with `reload()`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from shelterplan.core.plan_tree import PlanGoal, PlanStep, PlanTree
from shelterplan.core.vocab import StepStatus
from shelterplan.ui.accessibility import muted_colour, overdue_colour

CONTEXT = "PlanTreeModel"

COL_WHAT, COL_WHO, COL_DUE, COL_STATUS, COL_OUTCOME = range(5)
COLUMN_COUNT = 5
EDITABLE_COLUMNS = frozenset({COL_WHAT, COL_WHO, COL_DUE, COL_STATUS})

ItemIdRole = Qt.ItemDataRole.UserRole + 1  # the goal's or step's id
ItemKindRole = Qt.ItemDataRole.UserRole + 2  # "goal" or "step"
OverdueRole = Qt.ItemDataRole.UserRole + 3  # bool: an open step due before today
DateRole = Qt.ItemDataRole.UserRole + 4  # QDate: a step's due date, a goal's target date
LeftOffRole = Qt.ItemDataRole.UserRole + 5  # bool: left off her take-home copy

AnyIndex = QModelIndex | QPersistentModelIndex

# Source strings are marked for lupdate here and translated when shown, so a change of
# screen language needs no restart of the model.
_STEP_STATUS = {
    "open": QT_TRANSLATE_NOOP("PlanTreeModel", "Open"),
    "done": QT_TRANSLATE_NOOP("PlanTreeModel", "Done"),
    "missed": QT_TRANSLATE_NOOP("PlanTreeModel", "Missed"),
    "cancelled": QT_TRANSLATE_NOOP("PlanTreeModel", "Cancelled"),
}
_GOAL_STATUS = {
    "active": QT_TRANSLATE_NOOP("PlanTreeModel", "Active"),
    "achieved": QT_TRANSLATE_NOOP("PlanTreeModel", "Achieved"),
    "set_aside": QT_TRANSLATE_NOOP("PlanTreeModel", "Set aside"),
}
_RESPONSIBLE = {
    "client": QT_TRANSLATE_NOOP("PlanTreeModel", "Client"),
    "worker": QT_TRANSLATE_NOOP("PlanTreeModel", "Worker"),
    "provider": QT_TRANSLATE_NOOP("PlanTreeModel", "Provider"),
    "support_person": QT_TRANSLATE_NOOP("PlanTreeModel", "Support person"),
}
_GOAL_KIND = {
    "long_term": QT_TRANSLATE_NOOP("PlanTreeModel", "Long-term goal"),
    "intermediate": QT_TRANSLATE_NOOP("PlanTreeModel", "Intermediate goal"),
}
_GOAL_HEADING = {
    "long_term": QT_TRANSLATE_NOOP("PlanTreeModel", "Long-term goal: {0}"),
    "intermediate": QT_TRANSLATE_NOOP("PlanTreeModel", "Intermediate goal: {0}"),
}
_DOMAIN = {
    "safety": QT_TRANSLATE_NOOP("PlanTreeModel", "Safety"),
    "housing": QT_TRANSLATE_NOOP("PlanTreeModel", "Housing"),
    "income": QT_TRANSLATE_NOOP("PlanTreeModel", "Income"),
    "physical_health": QT_TRANSLATE_NOOP("PlanTreeModel", "Physical health"),
    "mental_health": QT_TRANSLATE_NOOP("PlanTreeModel", "Mental health"),
    "substance_use": QT_TRANSLATE_NOOP("PlanTreeModel", "Substance use"),
    "legal": QT_TRANSLATE_NOOP("PlanTreeModel", "Legal and justice"),
    "immigration": QT_TRANSLATE_NOOP("PlanTreeModel", "Immigration"),
    "children": QT_TRANSLATE_NOOP("PlanTreeModel", "Children"),
    "education_employment": QT_TRANSLATE_NOOP("PlanTreeModel", "Education and employment"),
    "social_support": QT_TRANSLATE_NOOP("PlanTreeModel", "Social support"),
    "culture": QT_TRANSLATE_NOOP("PlanTreeModel", "Culture"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _label(table: dict[str, str], value: str | None) -> str:
    """A stored value in the worker's language; an unknown value is shown as stored."""
    if value is None:
        return ""
    return _tr(table[value]) if value in table else value


def step_status_label(value: str) -> str:
    return _label(_STEP_STATUS, value)


def responsible_label(value: str) -> str:
    return _label(_RESPONSIBLE, value)


def goal_kind_label(value: str) -> str:
    return _label(_GOAL_KIND, value)


def step_status_choices() -> list[tuple[str, str]]:
    """(stored value, label) pairs for the status editor, in the order a worker thinks."""
    return [(value, _tr(text)) for value, text in _STEP_STATUS.items()]


def responsible_choices() -> list[tuple[str, str]]:
    return [(value, _tr(text)) for value, text in _RESPONSIBLE.items()]


def format_date(value: date | None) -> str:
    """Day, month name and full year: never ambiguous between English and French order."""
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), "d MMM yyyy")


def _qdate(value: date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value is not None else QDate()


class _Node:
    """One row of the tree; kept alive by the model, so index pointers stay valid."""

    __slots__ = ("children", "item", "parent", "row")

    def __init__(self, item: PlanGoal | PlanStep | None, parent: _Node | None, row: int) -> None:
        self.item = item
        self.parent = parent
        self.row = row
        self.children: list[_Node] = []

    @property
    def kind(self) -> str:
        return "goal" if isinstance(self.item, PlanGoal) else "step"


def _shape(tree: PlanTree | None) -> tuple[Any, ...]:
    """Kinds and ids in tree order: equal shapes can be refreshed without a reset."""
    if tree is None:
        return ()

    def goal_shape(goal: PlanGoal) -> tuple[Any, ...]:
        steps = tuple(("step", step.id) for step in goal.steps)
        return ("goal", goal.id, steps, tuple(goal_shape(child) for child in goal.children))

    return (tree.case_closed, tuple(goal_shape(goal) for goal in tree.goals))


class PlanTreeModel(QAbstractItemModel):
    edit_requested = Signal(str, int, object)  # step id, column, the new value

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tree: PlanTree | None = None
        self._root = _Node(None, None, 0)
        self._nodes: dict[str, _Node] = {}
        self._warning_icon: QIcon | None = None

    # --- filling ---------------------------------------------------------------------
    @property
    def tree(self) -> PlanTree | None:
        return self._tree

    @property
    def case_closed(self) -> bool:
        return self._tree is None or self._tree.case_closed

    def load(self, tree: PlanTree) -> None:
        self.beginResetModel()
        self._build(tree)
        self.endResetModel()

    def clear(self) -> None:
        """Forget the plan (on lock or when the case is closed in the workspace)."""
        self.beginResetModel()
        self._build(None)
        self.endResetModel()

    def reload(self, tree: PlanTree) -> None:
        """Show a re-read plan; when only values changed, keep selection and expansion."""
        if _shape(tree) != _shape(self._tree):
            self.load(tree)
            return
        self._tree = tree
        self._refresh(self._root, list(tree.goals))

    def _refresh(self, node: _Node, items: list[PlanGoal | PlanStep]) -> None:
        for child, item in zip(node.children, items, strict=True):
            child.item = item
        if node.children:
            parent = QModelIndex() if node.item is None else self.createIndex(node.row, 0, node)
            last = len(node.children) - 1
            self.dataChanged.emit(
                self.index(0, 0, parent), self.index(last, COLUMN_COUNT - 1, parent)
            )
        for child in node.children:
            if isinstance(child.item, PlanGoal):
                self._refresh(child, [*child.item.steps, *child.item.children])

    def _build(self, tree: PlanTree | None) -> None:
        self._tree = tree
        self._root = _Node(None, None, 0)
        self._nodes = {}

        def add(parent: _Node, item: PlanGoal | PlanStep) -> None:
            node = _Node(item, parent, len(parent.children))
            parent.children.append(node)
            self._nodes[item.id] = node
            if isinstance(item, PlanStep):
                return
            for step in item.steps:  # her own steps first, then the goals that lead to it
                add(node, step)
            for child in item.children:
                add(node, child)

        for goal in tree.goals if tree is not None else ():
            add(self._root, goal)

    def index_for_step(self, step_id: str, column: int = COL_WHAT) -> QModelIndex:
        index = self.index_for_item(step_id, column)
        return index if index.data(ItemKindRole) == "step" else QModelIndex()

    def index_for_item(self, item_id: str, column: int = COL_WHAT) -> QModelIndex:
        """The cell of a goal or step by its id (invalid when it is not in the plan)."""
        node = self._nodes.get(item_id)
        if node is None or not 0 <= column < COLUMN_COUNT:
            return QModelIndex()
        return self.createIndex(node.row, column, node)

    # --- structure -------------------------------------------------------------------
    def _node(self, index: AnyIndex) -> _Node:
        return index.internalPointer() if index.isValid() else self._root  # type: ignore[return-value]

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self._node(parent).children[row])

    def parent(self, child: AnyIndex | None = None) -> Any:  # type: ignore[override]
        if child is None:  # QObject.parent(), which PySide folds into this name
            return QObject.parent(self)
        if not child.isValid():
            return QModelIndex()
        parent = self._node(child).parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row, 0, parent)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return COLUMN_COUNT

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._node(index).kind == "step":
            flags |= Qt.ItemFlag.ItemNeverHasChildren
            if index.column() in EDITABLE_COLUMNS and not self.case_closed:
                flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = [
            self.tr("Goal or step"),
            self.tr("Who"),
            self.tr("Due"),
            self.tr("Status"),
            self.tr("Outcome"),
        ]
        return titles[section] if 0 <= section < COLUMN_COUNT else None

    # --- values ----------------------------------------------------------------------
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._node(index)
        if role == ItemIdRole:
            return node.item.id  # type: ignore[union-attr]
        if role == ItemKindRole:
            return node.kind
        if role == LeftOffRole:
            return bool(getattr(node.item, "not_for_client", False))
        if isinstance(node.item, PlanGoal):
            return self._goal_data(node.item, index.column(), role)
        if isinstance(node.item, PlanStep):
            return self._step_data(node.item, index.column(), role)
        return None

    def _goal_data(self, goal: PlanGoal, column: int, role: int) -> Any:
        if role == OverdueRole:
            return False
        if role == DateRole:
            return _qdate(goal.target_on)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_WHAT:
                heading = _tr(_GOAL_HEADING.get(goal.kind, "{0}"))
                return self._marked(heading.format(goal.in_her_words), goal.not_for_client)
            if column == COL_DUE and goal.target_on is not None:
                return self.tr("Target {0}").format(format_date(goal.target_on))
            if column == COL_STATUS:
                return _label(_GOAL_STATUS, goal.status)
            return None
        if role == Qt.ItemDataRole.FontRole and column == COL_WHAT:
            return _bold()
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_WHAT:
            lines = [goal.in_her_words]
            if goal.domain:
                lines.append(self.tr("Domain: {0}").format(_label(_DOMAIN, goal.domain)))
            if goal.concurrent_theme:
                lines.append(self.tr("A concurrent theme, worked on alongside the plan."))
            return "\n".join(lines)
        return None

    def _step_data(self, step: PlanStep, column: int, role: int) -> Any:
        if role == OverdueRole:
            return step.overdue
        if role == DateRole:
            return _qdate(step.due_on)
        if role == Qt.ItemDataRole.EditRole:
            return {
                COL_WHAT: step.action,
                COL_WHO: step.responsible,
                COL_DUE: _qdate(step.due_on),
                COL_STATUS: step.status,
                COL_OUTCOME: step.outcome,
            }[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._step_text(step, column)
        overdue_due = step.overdue and column == COL_DUE
        if role == Qt.ItemDataRole.ForegroundRole:
            if overdue_due:
                return QBrush(_overdue_colour())
            if step.status in (StepStatus.DONE, StepStatus.CANCELLED):
                return QBrush(muted_colour(QApplication.palette()))
            return None
        if role == Qt.ItemDataRole.FontRole and overdue_due:
            return _bold()
        if role == Qt.ItemDataRole.DecorationRole and overdue_due:
            if self._warning_icon is None:
                self._warning_icon = QApplication.style().standardIcon(
                    QStyle.StandardPixmap.SP_MessageBoxWarning
                )
            return self._warning_icon
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._step_tooltip(step, column)
        return None

    def _marked(self, text: str, left_off: bool) -> str:
        """Say on the row itself when an item is left off her take-home copy."""
        if not left_off:
            return text
        return self.tr("{0}  (agency copy only)", "an item left off her copy").format(text)

    def _step_text(self, step: PlanStep, column: int) -> str | None:
        if column == COL_WHAT:
            return self._marked(step.action, step.not_for_client)
        if column == COL_WHO:  # her sister's or the clinic's name says more than the party
            return step.responsible_name or responsible_label(step.responsible)
        if column == COL_DUE:
            if step.overdue:
                return self.tr("Overdue: {0}").format(format_date(step.due_on))
            return format_date(step.due_on)
        if column == COL_STATUS:
            return step_status_label(step.status)
        if step.outcome and step.outcome_on:
            return self.tr("{0}: {1}", "outcome date: what happened").format(
                format_date(step.outcome_on), step.outcome
            )
        return step.outcome

    def _step_tooltip(self, step: PlanStep, column: int) -> str | None:
        if column == COL_DUE and step.overdue:
            return self.tr("This step is overdue: it is still open and was due {0}.").format(
                format_date(step.due_on)
            )
        if column == COL_OUTCOME:
            return step.outcome
        if column == COL_WHO:
            party = responsible_label(step.responsible)
            name = step.responsible_name
            return self.tr("{0}: {1}", "party: name").format(party, name) if name else party
        if column != COL_WHAT:
            return None
        lines = [step.action]
        if step.appointment_at is not None:
            at = step.appointment_at
            time = QLocale().toString(QTime(at.hour, at.minute), QLocale.FormatType.ShortFormat)
            lines.append(self.tr("Appointment: {0} at {1}").format(format_date(at.date()), time))
        if step.appointment_place:
            lines.append(self.tr("Where: {0}").format(step.appointment_place))
        if step.instructions:
            lines.append(self.tr("Instructions: {0}").format(step.instructions))
        return "\n".join(lines)

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Announce the edit instead of making it: the tab makes it undoable, then reloads."""
        if role != Qt.ItemDataRole.EditRole or not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        step = self._node(index).item
        assert isinstance(step, PlanStep)
        column = index.column()
        if column == COL_DUE:
            new: object = _to_date(value)
            old: object = step.due_on
        elif column == COL_WHAT:
            new, old = (str(value) if value is not None else "").strip(), step.action
        else:
            new = str(value) if value is not None else ""
            old = step.responsible if column == COL_WHO else step.status
        if new != old:
            self.edit_requested.emit(step.id, column, new)
        return False


def _to_date(value: Any) -> date | None:
    if isinstance(value, QDate):
        return value.toPython() if value.isValid() else None  # type: ignore[return-value]
    if isinstance(value, date):
        return value
    return None


def _bold() -> QFont:
    font = QFont(QGuiApplication.font())
    font.setBold(True)
    return font


def _overdue_colour() -> QColor:
    """A red that stays readable on both light and dark palettes, or the palette's text
    colour under high contrast."""
    return overdue_colour(QApplication.palette())
