"""The Plan tab: goals → intermediate goals → steps, edited in place and undoable.

Each edit runs in its own short unit of work (`desk.session()`), becomes a command on
the tab's undo stack, and the plan is read again. No session stays open while the worker
thinks or while the outcome dialog waits for her.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import QDate, QModelIndex, QSignalBlocker, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from shelterplan.core import client_copy, plan_edits
from shelterplan.core.actors import Actor
from shelterplan.core.plan_edits import OUTCOME_NEEDED, PlanChange, StepChange
from shelterplan.core.plan_tree import PlanStep, PlanTree, load_plan
from shelterplan.errors import ShelterplanError
from shelterplan.ui.accessibility import reachable_by_tab
from shelterplan.ui.context import Desk
from shelterplan.ui.delegates import ChoiceDelegate, DateDelegate
from shelterplan.ui.error_text import error_text
from shelterplan.ui.messages import Kind, Messages
from shelterplan.ui.models.plan_tree_model import (
    COL_DUE,
    COL_STATUS,
    COL_WHAT,
    COL_WHO,
    DateRole,
    ItemIdRole,
    ItemKindRole,
    LeftOffRole,
    PlanTreeModel,
    responsible_choices,
    step_status_choices,
)
from shelterplan.ui.workspace.outcome_dialog import OutcomeDialog

T = TypeVar("T")
# (parent, the step, the status chosen, today) -> (what happened, when) or None to cancel
AskOutcome = Callable[[QWidget, PlanStep, str, date], tuple[str, date] | None]

_EDIT_TRIGGERS = (
    QAbstractItemView.EditTrigger.DoubleClicked
    | QAbstractItemView.EditTrigger.SelectedClicked
    | QAbstractItemView.EditTrigger.EditKeyPressed
    | QAbstractItemView.EditTrigger.AnyKeyPressed
)


class PlanEditCommand(QUndoCommand):
    """One plan edit on the undo stack. It was already made when pushed."""

    def __init__(self, tab: PlanTab, change: PlanChange, text: str) -> None:
        super().__init__(text)
        self._tab = tab
        self.change = change
        self._made = True

    def redo(self) -> None:
        if self._made:  # QUndoStack.push() calls redo(); the edit is already saved
            self._made = False
            return
        if not self._tab.replay(self.change, forward=True):
            self.setObsolete(True)  # the stack drops a command it cannot replay

    def undo(self) -> None:
        if not self._tab.replay(self.change, forward=False):
            self.setObsolete(True)


_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


class _PlanView(QTreeView):
    """Enter opens the editor of the current cell, as F2 does (keyboard-first)."""

    resized = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = self.currentIndex()
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() in _PLAIN
            and self.state() != QAbstractItemView.State.EditingState
            and current.isValid()
            and current.flags() & Qt.ItemFlag.ItemIsEditable
            and self.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers
        ):
            self.edit(current, QAbstractItemView.EditTrigger.EditKeyPressed, event)
            return
        super().keyPressEvent(event)


def _shortcuts(standard: QKeySequence.StandardKey, extra: str) -> list[QKeySequence]:
    """The platform's keys plus ours, each once (a key listed twice is an ambiguous one)."""
    keys = list(QKeySequence.keyBindings(standard))
    if QKeySequence(extra) not in keys:
        keys.append(QKeySequence(extra))
    return keys


class PlanTab(QWidget):
    ask_outcome: AskOutcome = staticmethod(OutcomeDialog.ask)  # tests replace it
    new_goal_requested = Signal()  # the goal-setting wizard, for this case
    new_steps_requested = Signal(str)  # the step wizard, for this goal id
    review_requested = Signal()  # the review wizard, for this case
    progress_print_requested = Signal()  # her progress page
    print_requested = Signal()  # preview, print or save the plan
    sign_requested = Signal()  # mark the printed plan as signed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planTab")
        self._desk: Desk | None = None
        self._case_id: str | None = None
        self._can_edit = False

        self.model = PlanTreeModel(self)
        self.model.edit_requested.connect(
            self._on_edit_requested, Qt.ConnectionType.QueuedConnection
        )
        self.view = _PlanView()
        self.view.resized.connect(self._fit_columns)
        self.view.setObjectName("planTree")
        self.view.setAccessibleName(self.tr("Plan: goals and steps"))
        self.view.setAlternatingRowColors(True)
        self.view.setUniformRowHeights(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setModel(self.model)
        self.model.modelReset.connect(self.view.expandAll)
        self.view.setStyleSheet("QTreeView::item { padding: 3px 2px; }")
        header = self.view.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_WHAT, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)  # the outcome takes what is left

        today = lambda: _qdate(self._today())  # noqa: E731
        self.view.setItemDelegateForColumn(COL_DUE, DateDelegate(DateRole, self.view, True, today))
        self.view.setItemDelegateForColumn(
            COL_WHO, ChoiceDelegate(responsible_choices, self.view, self.tr("Who does the step"))
        )
        self.view.setItemDelegateForColumn(
            COL_STATUS, ChoiceDelegate(step_status_choices, self.view, self.tr("Step status"))
        )

        self.undo_stack = QUndoStack(self)
        self.undo_action = QAction(self.tr("&Undo"), self)
        self.undo_action.setShortcuts(_shortcuts(QKeySequence.StandardKey.Undo, "Ctrl+Z"))
        self.undo_action.triggered.connect(self.undo_stack.undo)
        self.redo_action = QAction(self.tr("&Redo"), self)
        self.redo_action.setShortcuts(_shortcuts(QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z"))
        self.redo_action.triggered.connect(self.undo_stack.redo)
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.undo_stack.indexChanged.connect(self._update_actions)

        self.toolbar = QToolBar(self.tr("Plan"))
        self.toolbar.setObjectName("planToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.new_goal_action = QAction(self.tr("New &goal…"), self)
        self.new_goal_action.setShortcut(QKeySequence("Ctrl+Shift+G"))
        self.new_goal_action.triggered.connect(self.new_goal_requested)
        self.new_steps_action = QAction(self.tr("New &steps…"), self)
        self.new_steps_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.new_steps_action.triggered.connect(self._request_steps)
        self.review_action = QAction(self.tr("Re&view…"), self)
        self.review_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.review_action.setToolTip(
            self.tr("Go over the plan with her: progress, what helped, what got in the way")
        )
        self.review_action.triggered.connect(self.review_requested)
        for action in (self.new_goal_action, self.new_steps_action, self.review_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.undo_action)
        self.toolbar.addAction(self.redo_action)
        # Printing has a toolbar of its own, beside the first or under it when a longer
        # language leaves no room for both on one line (see _fit_toolbars).
        self.print_toolbar = QToolBar(self.tr("Printing"))
        self.print_toolbar.setObjectName("planPrintToolbar")
        self.print_toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.print_action = QAction(self.tr("&Print plan…"), self)
        self.print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.print_action.triggered.connect(self.print_requested)
        self.sign_action = QAction(self.tr("Mark as si&gned…"), self)
        self.sign_action.triggered.connect(self.sign_requested)
        self.progress_action = QAction(self.tr("Print p&rogress…"), self)
        self.progress_action.setToolTip(
            self.tr("Her progress page: what she has achieved since the plan began")
        )
        self.progress_action.triggered.connect(self.progress_print_requested)
        self.left_off_action = QAction(self.tr("&Agency copy only"), self)
        self.left_off_action.setCheckable(True)
        self.left_off_action.setToolTip(
            self.tr("Leave the selected goal or step off her take-home copy")
        )
        self.left_off_action.toggled.connect(self._set_left_off)
        for action in (
            self.print_action,
            self.progress_action,
            self.sign_action,
            self.left_off_action,
        ):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
            self.print_toolbar.addAction(action)
        self.summary = QLabel()
        self.summary.setObjectName("planSummary")
        self.summary.setAccessibleName(self.tr("Plan summary"))
        self.closed_note = QLabel(
            self.tr("This case is closed: the plan can be read but no longer changed.")
        )
        self.closed_note.setObjectName("planClosedNote")
        self.closed_note.setWordWrap(True)
        self.closed_note.setFrameShape(QFrame.Shape.StyledPanel)
        self.closed_note.setMargin(6)
        self.closed_note.setVisible(False)
        native = QKeySequence.SequenceFormat.NativeText  # Cmd rather than Ctrl on macOS
        self.hint = QLabel(
            self.tr("Enter or F2 changes the selected cell. {0} undoes, {1} redoes.").format(
                QKeySequence("Ctrl+Z").toString(native),
                QKeySequence("Ctrl+Shift+Z").toString(native),
            )
        )
        self.hint.setObjectName("planHint")
        self.hint.setEnabled(False)  # drawn in the muted colour: help, not content

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.toolbar)
        top.addWidget(self.print_toolbar)
        top.addStretch(1)
        top.addWidget(self.summary)
        self._top, self._second = top, QHBoxLayout()
        self._second.setContentsMargins(0, 0, 0, 0)
        self._second.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self._second)
        layout.addWidget(self.closed_note)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)
        # Tab goes through the toolbar buttons, then the plan, as they stand on the screen.
        reachable_by_tab(self.toolbar)
        reachable_by_tab(self.print_toolbar)
        self.view.selectionModel().currentChanged.connect(self._update_left_off)
        self._apply_state(None)

    # --- public ----------------------------------------------------------------------
    @property
    def can_edit(self) -> bool:
        """False with no plan loaded or once the case is closed: then nothing is undone."""
        return self._can_edit

    def load(self, desk: Desk, case_id: str) -> bool:
        """Show the plan of a case; a fresh case starts with an empty undo history."""
        self._desk, self._case_id = desk, case_id
        self.undo_stack.clear()
        tree = self._read_plan()
        if tree is None:
            self.clear()
            return False
        self.model.load(tree)
        self._apply_state(tree)
        self._fit_columns()
        first = self.model.index(0, COL_WHAT)
        if first.isValid():
            self.view.setCurrentIndex(first)
        return True

    def clear(self) -> None:
        """Forget the plan and its undo history (the undo stack holds her words too)."""
        self.undo_stack.clear()
        self.model.clear()
        self._desk, self._case_id = None, None
        self._apply_state(None)

    def select_step(self, step_id: str, column: int = COL_WHAT) -> bool:
        index = self.model.index_for_step(step_id, column)
        if not index.isValid():
            return False
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    def selected_goal_id(self) -> str | None:
        """The goal selected, or the goal of the selected step."""
        index = self.view.currentIndex().siblingAtColumn(COL_WHAT)
        while index.isValid():
            if index.data(ItemKindRole) == "goal":
                return str(index.data(ItemIdRole))
            index = index.parent()
        return None

    def _selected_item(self) -> tuple[str, str] | None:
        """(kind, id) of the goal or step selected."""
        index = self.view.currentIndex().siblingAtColumn(COL_WHAT)
        if not index.isValid():
            return None
        return str(index.data(ItemKindRole)), str(index.data(ItemIdRole))

    def _update_left_off(self, *_args: object) -> None:
        index = self.view.currentIndex().siblingAtColumn(COL_WHAT)
        blocker = QSignalBlocker(self.left_off_action)
        self.left_off_action.setChecked(bool(index.isValid() and index.data(LeftOffRole)))
        del blocker
        self.left_off_action.setEnabled(self._can_edit and index.isValid())

    def _set_left_off(self, left_off: bool) -> None:
        item = self._selected_item()
        if item is None:
            return
        kind, item_id = item
        self._run(
            lambda session, actor: client_copy.set_left_off_her_copy(
                session, actor, kind, item_id, left_off
            )
        )
        self._reload()

    def _request_steps(self) -> None:
        goal_id = self.selected_goal_id()
        if goal_id is not None:
            self.new_steps_requested.emit(goal_id)

    # --- editing ---------------------------------------------------------------------
    def _today(self) -> date:
        return self._desk.today() if self._desk is not None else date.today()

    def _run(self, work: Callable[[Session, Actor], T], reading: bool = False) -> T | None:
        """One short unit of work; a known failure becomes a plain warning."""
        if self._desk is None:
            return None
        try:
            with self._desk.session() as session:
                return work(session, self._desk.actor)
        except ShelterplanError as error:
            if reading:
                title = self.tr("The plan could not be shown")
            else:
                title = self.tr("The plan was not changed")
            Messages.show(self, Kind.WARNING, title, error_text(error))
            return None

    def _read_plan(self) -> PlanTree | None:
        case_id, today = self._case_id, self._today()
        if case_id is None:
            return None
        return self._run(lambda session, actor: load_plan(session, actor, case_id, today), True)

    def _on_edit_requested(self, step_id: str, column: int, value: Any) -> None:
        tree = self.model.tree
        step = tree.find_step(step_id) if tree is not None else None
        if not self._can_edit or step is None:
            return
        if column == COL_STATUS:
            outcome: tuple[str, date] | None = None
            if value in OUTCOME_NEEDED:  # asked before any unit of work is opened
                outcome = self.ask_outcome(self, step, value, self._today())
                if outcome is None:
                    return  # cancelled: the step stays as it was
            text, on = outcome if outcome is not None else (None, None)
            change: PlanChange | None = self._run(
                lambda s, a: plan_edits.change_step_status(s, a, step_id, value, text, on)
            )
        elif column in _FIELD_EDITS:
            edit = _FIELD_EDITS[column]
            change = self._run(lambda s, a: edit(s, a, step_id, value))
        else:
            return
        if change is not None:
            self.undo_stack.push(PlanEditCommand(self, change, self._describe(change)))
        self._reload(step_id, column)

    def _describe(self, change: PlanChange) -> str:
        """The command's name, shown in the undo and redo buttons' tooltips."""
        return {
            COL_STATUS: self.tr("change the step's status"),
            COL_DUE: self.tr("change the due date"),
            COL_WHO: self.tr("change who does the step"),
            COL_WHAT: self.tr("change the step's wording"),
        }[_column_of(change)]

    def replay(self, change: PlanChange, forward: bool) -> bool:
        """Redo (forward) or undo a change; False when it was refused (message shown)."""
        replay = plan_edits.redo if forward else plan_edits.undo
        done = self._run(lambda session, actor: replay(session, actor, change) or True)
        self._reload(change.step_id, _column_of(change))
        return bool(done)

    def _reload(self, step_id: str | None = None, column: int = COL_WHAT) -> None:
        """Read the plan again and keep the worker's place in it."""
        if self._desk is None or self._case_id is None:
            return
        current = self.view.currentIndex()
        keep_id = step_id or (current.data(ItemIdRole) if current.isValid() else None)
        keep_column = column if step_id else max(current.column(), 0)
        tree = self._read_plan()
        if tree is None:
            return
        self.model.reload(tree)
        self._apply_state(tree)
        self._update_left_off()
        if keep_id is not None:
            index = self.model.index_for_item(keep_id, keep_column)
            if index.isValid() and index != self.view.currentIndex():
                self.view.setCurrentIndex(index)
            self.view.scrollTo(index if index.isValid() else QModelIndex())

    # --- state -----------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_toolbars()

    def _fit_toolbars(self) -> None:
        """Printing beside the editing toolbar when both fit with the summary; under it
        otherwise, so that no action hides behind the toolbar's » button."""
        margins = self.layout().contentsMargins()
        room = self.width() - margins.left() - margins.right()
        parts = (self.toolbar, self.print_toolbar, self.summary)
        need = sum(part.sizeHint().width() for part in parts) + 3 * max(self._top.spacing(), 6)
        below = self._second.indexOf(self.print_toolbar) >= 0
        if need > room and not below:
            self._second.insertWidget(0, self.print_toolbar)
        elif need <= room and below:
            self._top.insertWidget(1, self.print_toolbar)

    def _fit_columns(self) -> None:
        """Give goals and steps most of the room left, but keep the outcome readable."""
        view, header = self.view, self.view.header()
        fixed = sum(
            max(view.sizeHintForColumn(column), header.sectionSizeHint(column))
            for column in (COL_WHO, COL_DUE, COL_STATUS)
        )
        spare = view.viewport().width() - fixed
        wanted = view.sizeHintForColumn(COL_WHAT)
        header.resizeSection(COL_WHAT, max(240, min(wanted, int(spare * 0.6))))

    def _apply_state(self, tree: PlanTree | None) -> None:
        self._can_edit = tree is not None and not tree.case_closed
        if tree is not None and tree.case_closed:
            self.undo_stack.clear()  # "until the case is closed"
        self.view.setEditTriggers(
            _EDIT_TRIGGERS if self._can_edit else QAbstractItemView.EditTrigger.NoEditTriggers
        )
        self.closed_note.setVisible(tree is not None and tree.case_closed)
        self.hint.setVisible(self._can_edit)
        self.summary.setText(self._summary(tree))
        self._fit_toolbars()
        self.new_goal_action.setEnabled(self._can_edit)
        self.new_steps_action.setEnabled(self._can_edit)
        self.review_action.setEnabled(self._can_edit)
        self.progress_action.setEnabled(tree is not None)
        self.print_action.setEnabled(tree is not None)
        self.sign_action.setEnabled(self._can_edit)
        self._update_left_off()
        self._update_actions()

    def _summary(self, tree: PlanTree | None) -> str:
        if tree is None:
            return ""
        goals = sum(1 for _ in _walk_goals(tree))
        if not goals:
            return self.tr("No goals yet: a plan starts with her long-term goal.")
        steps = tree.all_steps()
        overdue = sum(1 for step in steps if step.overdue)
        return self.tr("Goals: {0}   Steps: {1}   Overdue: {2}").format(goals, len(steps), overdue)

    def _update_actions(self) -> None:
        stack = self.undo_stack
        self.undo_action.setEnabled(self._can_edit and stack.canUndo())
        self.redo_action.setEnabled(self._can_edit and stack.canRedo())
        self.undo_action.setToolTip(
            self.tr("Undo: {0}").format(stack.undoText()) if stack.canUndo() else self.tr("Undo")
        )
        self.redo_action.setToolTip(
            self.tr("Redo: {0}").format(stack.redoText()) if stack.canRedo() else self.tr("Redo")
        )


_FIELD_EDITS: dict[int, Callable[[Session, Actor, str, Any], StepChange]] = {
    COL_DUE: plan_edits.change_step_due_on,
    COL_WHO: plan_edits.change_step_responsible,
    COL_WHAT: plan_edits.change_step_action,
}
_FIELD_COLUMNS = {"due_on": COL_DUE, "responsible": COL_WHO, "action": COL_WHAT}


def _column_of(change: PlanChange) -> int:
    return _FIELD_COLUMNS[change.field] if isinstance(change, StepChange) else COL_STATUS


def _walk_goals(tree: PlanTree) -> Any:
    pending = list(tree.goals)
    while pending:
        goal = pending.pop()
        yield goal
        pending.extend(goal.children)


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)
