"""The step wizard: definite steps with deadlines for one goal, as seed 004 teaches.

It only shows `core.wizards.steps.StepFlow`. The flow's warnings (a due date already
passed, after the goal's target date, a crowded week) are shown once by `FlowPage` and
never block. Open it with `StepWizard.start(desk, goal_id)` or continue a draft with
`StepWizard.resume(desk, pending)`; `finished_with` carries the ids of the new steps.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shelterplan.core.drafts import PendingDraft
from shelterplan.core.vocab import Responsible
from shelterplan.core.wizards.flow import Problem
from shelterplan.core.wizards.steps import (
    CROWDED_WEEK_STEPS,
    StepFlow,
    StepProblem,
    blank_step,
    step_row,
)
from shelterplan.ui.context import Desk
from shelterplan.ui.delegates import editor_date_format
from shelterplan.ui.vocab_labels import TIME_FORMAT, date_text, responsible_label, time_text
from shelterplan.ui.wizards.base import FlowPage, FlowWizard
from shelterplan.ui.wizards.record_list import (
    OptionalDateEdit,
    Record,
    RecordForm,
    RecordList,
    give_body_the_room,
    select_data,
)

CONTEXT = "StepWizard"

# {0} is the step's number, {1} its words, {2} a date (or the crowded-week limit).
_PROBLEMS: dict[str, str] = {
    StepProblem.NO_STEPS: QT_TRANSLATE_NOOP("StepWizard", "Add at least one step."),
    StepProblem.ACTION_EMPTY: QT_TRANSLATE_NOOP(
        "StepWizard", "Step {0} does not say what is done yet: write it, or remove the step."
    ),
    StepProblem.BAD_RESPONSIBLE: QT_TRANSLATE_NOOP(
        "StepWizard", "Step {0} (“{1}”): choose who does it."
    ),
    StepProblem.BAD_DATE: QT_TRANSLATE_NOOP("StepWizard", "Step {0} (“{1}”): a date is not valid."),
    StepProblem.BAD_TIME: QT_TRANSLATE_NOOP(
        "StepWizard", "Step {0} (“{1}”): give the appointment a time."
    ),
    StepProblem.DUE_IN_PAST: QT_TRANSLATE_NOOP(
        "StepWizard", "Step {0} (“{1}”) is due on {2}, which has already passed."
    ),
    StepProblem.DUE_AFTER_GOAL_TARGET: QT_TRANSLATE_NOOP(
        "StepWizard", "Step {0} (“{1}”) is due after the goal's target date, {2}."
    ),
}
_CROWDED = QT_TRANSLATE_NOOP(
    "StepWizard",
    "The week of {0} is crowded: she would have {1} or more open steps due that week. "
    "Is that too much at once?",
)


def step_problem_text(flow: StepFlow, problem: Problem) -> str:
    """The sentence the worker reads for a problem the step flow found."""
    if problem.code == StepProblem.CROWDED_WEEK:
        text = QCoreApplication.translate(CONTEXT, _CROWDED)
        return text.format(date_text(problem.detail or None), CROWDED_WEEK_STEPS)
    source = _PROBLEMS.get(problem.code)
    if source is None:
        return problem.code
    row = step_row(problem)
    rows = flow.step_rows()
    action = (
        str(rows[row].get("action") or "").strip() if row is not None and row < len(rows) else ""
    )
    number = row + 1 if row is not None else ""
    text = QCoreApplication.translate(CONTEXT, source)
    return text.format(number, action, date_text(problem.detail or None))


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class StepForm(RecordForm):
    """Everything one step says: what, who, by when, the appointment, her instructions."""

    def __init__(self, today: date) -> None:
        super().__init__()
        self.action = QLineEdit()
        self.action.setAccessibleName(self.tr("What is done"))
        self.responsible = QComboBox()
        self.responsible.setAccessibleName(self.tr("Who does it"))
        for value in Responsible:
            self.responsible.addItem(responsible_label(value), value.value)
        self.responsible_name = QLineEdit()
        self.responsible_name.setAccessibleName(self.tr("Name of who does it"))
        self.responsible_name.setPlaceholderText(self.tr("Name of who does it"))
        who = QVBoxLayout()  # the name under the choice: room for it in longer languages
        who.addWidget(self.responsible, 0, Qt.AlignmentFlag.AlignLeft)
        who.addWidget(self.responsible_name)
        # Seed 004: "a week for her to get and hand in the forms".
        self.due = OptionalDateEdit(self.tr("Set a date"), today + timedelta(days=7))
        self.due.edit.setAccessibleName(self.tr("Due date"))
        self.appointment = QCheckBox(self.tr("Boo&ked for"))
        self.appointment_day = QDateEdit(_qdate(today + timedelta(days=7)))
        self.appointment_day.setCalendarPopup(True)
        self.appointment_day.setDisplayFormat(editor_date_format())
        self.appointment_day.setAccessibleName(self.tr("Appointment date"))
        self.appointment_time = QTimeEdit(QTime(10, 0))
        self.appointment_time.setDisplayFormat(TIME_FORMAT)
        self.appointment_time.setAccessibleName(self.tr("Appointment time"))
        self.place = QLineEdit()
        self.place.setAccessibleName(self.tr("Where the appointment is"))
        self.place.setPlaceholderText(self.tr("Where"))
        when = QHBoxLayout()
        when.addWidget(self.appointment)
        when.addWidget(self.appointment_day)
        when.addWidget(self.appointment_time)
        when.addStretch(1)
        self.instructions = _text_box(self.tr("Instructions for her"))
        self.documents = _text_box(self.tr("Documents or forms needed"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&What is done:"), self.action)
        who_label = QLabel(self.tr("W&ho does it:"))
        who_label.setBuddy(self.responsible)  # the row holds two fields: go to the first
        form.addRow(who_label, who)
        form.addRow(self.tr("&Due date:"), self.due)
        form.addRow(self.tr("Appointment:"), when)
        self.appointment.setAccessibleName(self.tr("There is an appointment"))
        form.addRow(self.tr("Wh&ere:"), self.place)
        form.addRow(self.tr("&Instructions for her:"), self.instructions)
        form.addRow(self.tr("Do&cuments, forms:"), self.documents)
        for line in (self.action, self.responsible_name, self.place):
            line.textEdited.connect(self.edited)
        for box in (self.instructions, self.documents):
            box.textChanged.connect(self.edited)
        self.responsible.currentIndexChanged.connect(self.edited)
        self.due.changed.connect(self.edited)
        self.appointment.toggled.connect(self._follow_appointment)
        self.appointment.toggled.connect(self.edited)
        self.appointment_day.dateChanged.connect(self.edited)
        self.appointment_time.timeChanged.connect(self.edited)
        self._follow_appointment()

    def _follow_appointment(self) -> None:
        on = self.appointment.isChecked()
        for widget in (self.appointment_day, self.appointment_time, self.place):
            widget.setEnabled(on)

    def show_record(self, record: Record) -> None:
        self.action.setText(str(record.get("action") or ""))
        select_data(self.responsible, record.get("responsible"))
        self.responsible_name.setText(str(record.get("responsible_name") or ""))
        self.due.set_value(record.get("due_on"))
        day = QDate.fromString(str(record.get("appointment_on") or ""), Qt.DateFormat.ISODate)
        self.appointment.setChecked(day.isValid())
        if day.isValid():
            self.appointment_day.setDate(day)
        clock = QTime.fromString(str(record.get("appointment_time") or ""), TIME_FORMAT)
        if clock.isValid():
            self.appointment_time.setTime(clock)
        self.place.setText(str(record.get("appointment_place") or ""))
        self.instructions.setPlainText(str(record.get("instructions") or ""))
        self.documents.setPlainText(str(record.get("documents_needed") or ""))
        self._follow_appointment()

    def read_record(self) -> Record:
        on = self.appointment.isChecked()
        return {
            "action": self.action.text(),
            "responsible": self.responsible.currentData(),
            "responsible_name": self.responsible_name.text(),
            "due_on": self.due.value(),
            "appointment_on": self.appointment_day.date().toString(Qt.DateFormat.ISODate)
            if on
            else None,
            "appointment_time": self.appointment_time.time().toString(TIME_FORMAT) if on else None,
            "appointment_place": self.place.text() if on else "",
            "instructions": self.instructions.toPlainText(),
            "documents_needed": self.documents.toPlainText(),
        }

    def first_field(self) -> QWidget:
        return self.action


def _text_box(name: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setAccessibleName(name)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * 3 + 12)
    return box


def describe_step(record: Record) -> str:
    action = str(record.get("action") or "").strip()
    action = action or QCoreApplication.translate(CONTEXT, "(not written yet)")
    who = responsible_label(record.get("responsible"))
    name = str(record.get("responsible_name") or "").strip()
    if name:
        who = QCoreApplication.translate(CONTEXT, "{0} ({1})").format(name, who)
    if record.get("due_on"):
        line = QCoreApplication.translate(CONTEXT, "{0} — {1}, by {2}")
        return line.format(action, who, date_text(record["due_on"]))
    return QCoreApplication.translate(CONTEXT, "{0} — {1}").format(action, who)


class StepWizardPage(FlowPage):
    def __init__(self, flow: StepFlow) -> None:
        super().__init__("")
        self.flow = flow
        give_body_the_room(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setObjectName("goalHeading")
        self.body.addWidget(self.heading)
        context = flow.context
        if context is not None:
            # An explicit context: `self.tr` here would look under the subclass's name.
            text = QCoreApplication.translate(CONTEXT, "<b>Goal:</b> {0}")
            text = text.format(_escape(context.goal_words))
            if context.goal_target_on is not None:
                by = QCoreApplication.translate(CONTEXT, "{0}, by {1}")
                text = by.format(text, date_text(context.goal_target_on))
            self.heading.setText(text)

    def cleanupPage(self) -> None:
        self.flow.set_values(self.key, self.read_values())

    def problem_text(self, problem: Problem) -> str:
        return step_problem_text(self.flow, problem)


class StepsPage(StepWizardPage):
    key = "steps"

    def __init__(self, flow: StepFlow, today: date) -> None:
        super().__init__(flow)
        self.setTitle(self.tr("Definite steps, with deadlines"))
        self.setSubTitle(
            self.tr("Write each step she agreed to: what is done, who does it, and by when.")
        )
        intro = QLabel(
            self.tr(
                "Be concrete: “Call the housing office”, not “Housing”. Note any appointment, "
                "what she needs to bring, and instructions in words she will understand later."
            )
        )
        intro.setWordWrap(True)
        self.body.addWidget(intro)
        self.steps = RecordList(
            StepForm(today),
            describe_step,
            lambda _records: blank_step(),
            self.tr("&Add a step"),
            self.tr("&Remove"),
            self.tr("Steps for this goal"),
        )
        self.body.addWidget(self.steps, 1)

    def initializePage(self) -> None:
        super().initializePage()
        if not self.steps.records():  # a fresh wizard: the first step is ready to type
            self.steps.add()

    def validatePage(self) -> bool:
        if super().validatePage():
            return True
        # Show the step the first problem is about, so the worker sees what is meant.
        rows = [step_row(p) for p in self.flow.check(self.key)]
        row = next((r for r in rows if r is not None), None)
        if row is not None and row != self.steps.current_row():
            self.steps.list.setCurrentRow(row)
        return False

    def read_values(self) -> dict[str, Any]:
        return {"steps": self.steps.records()}

    def show_values(self, values: dict[str, Any]) -> None:
        self.steps.set_records(values.get("steps", []))


class StepSummaryPage(StepWizardPage):
    key = "summary"

    def __init__(self, flow: StepFlow) -> None:
        super().__init__(flow)
        self.setTitle(self.tr("Read the steps back to her"))
        self.setSubTitle(self.tr("Finish adds them to her plan; Back lets you change anything."))
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setAccessibleName(self.tr("Steps that will be saved"))
        self.body.addWidget(self.tree, 1)

    def initializePage(self) -> None:
        self.tree.clear()
        for row, step in zip(self.flow.step_rows(), self.flow.steps(), strict=True):
            item = QTreeWidgetItem(self.tree, [describe_step(row)])
            if step.appointment_at is not None:
                moment = self.tr("{0} at {1}").format(
                    date_text(step.appointment_at.date()),
                    time_text(step.appointment_at),
                )
                line = self.tr("Appointment: {0}").format(moment)
                if step.appointment_place:
                    line = self.tr("{0}, {1}").format(line, step.appointment_place)
                QTreeWidgetItem(item, [line])
            if step.instructions:
                QTreeWidgetItem(item, [self.tr("For her: {0}").format(step.instructions)])
            if step.documents_needed:
                line = self.tr("To bring: {0}").format(step.documents_needed)
                QTreeWidgetItem(item, [line])
        self.tree.expandAll()
        super().initializePage()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class StepWizard(FlowWizard):
    def __init__(
        self,
        desk: Desk,
        flow: StepFlow,
        draft_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        today = flow.context.today if flow.context else desk.today()
        pages = (StepsPage(flow, today), StepSummaryPage(flow))
        super().__init__(desk, flow, list(pages), draft_id, parent)
        self.steps_page, self.summary_page = pages
        self.setObjectName("stepWizard")
        self.setWindowTitle(self.tr("New steps"))
        self.resize(920, 680)

    @classmethod
    def start(cls, desk: Desk, goal_id: str, parent: QWidget | None = None) -> StepWizard:
        """A new step wizard for a goal. Raises a `ShelterplanError` (not her case, goal
        gone) before anything is shown."""
        flow = StepFlow(goal_id=goal_id)
        with desk.session() as session:
            flow.load_context(session, desk.actor, desk.today())
        return cls(desk, flow, parent=parent)

    @classmethod
    def resume(
        cls, desk: Desk, pending_draft: PendingDraft, parent: QWidget | None = None
    ) -> StepWizard:
        """Continue a saved draft; her week counts and the goal's date are read again."""
        flow = StepFlow.from_draft(pending_draft.data, goal_id=pending_draft.goal_id)
        assert isinstance(flow, StepFlow)
        with desk.session() as session:
            flow.load_context(session, desk.actor, desk.today())
        return cls(desk, flow, draft_id=pending_draft.draft_id, parent=parent)
