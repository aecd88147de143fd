"""The review wizard's first pages: what happened since the last review, then each goal.

Pages only show and read values; `core.wizards.review.ReviewFlow` decides what is valid
and what is saved. The words for ratings, decisions and problems of every page of the
review wizard live here, so each is worded once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shelterplan.core.reviews import GoalSeen, StepSeen
from shelterplan.core.vocab import ProgressRating, ReviewDecision
from shelterplan.core.wizards.flow import Problem
from shelterplan.core.wizards.review import ReviewFlow, ReviewProblem, blank_goal_review
from shelterplan.ui.vocab_labels import date_text, domain_label, goal_kind_label
from shelterplan.ui.wizards.base import FlowPage
from shelterplan.ui.wizards.record_list import give_body_the_room

CONTEXT = "ReviewWizard"

DONE_MARK, MISSED_MARK, OPEN_MARK = "✓", "✗", "○"

_RATINGS: dict[str, str] = {
    ProgressRating.NONE: QT_TRANSLATE_NOOP("ReviewWizard", "Not yet"),
    ProgressRating.SOME: QT_TRANSLATE_NOOP("ReviewWizard", "Some progress"),
    ProgressRating.GOOD: QT_TRANSLATE_NOOP("ReviewWizard", "Good progress"),
    ProgressRating.ACHIEVED: QT_TRANSLATE_NOOP("ReviewWizard", "Reached"),
}
# With a mnemonic each, for the radio buttons: no letter is used twice on the goals
# page (nor by the wizard's own Back and Next).
_RATING_BUTTONS: dict[str, str] = {
    ProgressRating.NONE: QT_TRANSLATE_NOOP("ReviewWizard", "Not &yet"),
    ProgressRating.SOME: QT_TRANSLATE_NOOP("ReviewWizard", "S&ome progress"),
    ProgressRating.GOOD: QT_TRANSLATE_NOOP("ReviewWizard", "&Good progress"),
    ProgressRating.ACHIEVED: QT_TRANSLATE_NOOP("ReviewWizard", "&Reached"),
}
_DECISIONS: dict[str, str] = {
    ReviewDecision.KEEP: QT_TRANSLATE_NOOP("ReviewWizard", "Keep as it is"),
    ReviewDecision.AMEND: QT_TRANSLATE_NOOP("ReviewWizard", "Amend"),
    ReviewDecision.ACHIEVED: QT_TRANSLATE_NOOP("ReviewWizard", "Achieved"),
    ReviewDecision.SET_ASIDE: QT_TRANSLATE_NOOP("ReviewWizard", "Set aside"),
}
_DECISION_BUTTONS: dict[str, str] = {
    ReviewDecision.KEEP: QT_TRANSLATE_NOOP("ReviewWizard", "&Keep as it is"),
    ReviewDecision.AMEND: QT_TRANSLATE_NOOP("ReviewWizard", "A&mend it"),
    ReviewDecision.ACHIEVED: QT_TRANSLATE_NOOP("ReviewWizard", "Ac&hieved"),
    ReviewDecision.SET_ASIDE: QT_TRANSLATE_NOOP("ReviewWizard", "Set it as&ide"),
}

# Problem sentences, marked for lupdate here and translated when shown. {0} is the goal
# in her words (or a domain, or a date), {1} a number.
_PROBLEMS: dict[str, str] = {
    ReviewProblem.NO_DECISION: QT_TRANSLATE_NOOP(
        "ReviewWizard",
        "Decide what happens to “{0}”: keep it, amend it, mark it achieved or set it aside.",
    ),
    ReviewProblem.UNKNOWN_DECISION: QT_TRANSLATE_NOOP(
        "ReviewWizard", "Choose the decision for “{0}” again."
    ),
    ReviewProblem.NO_REASON: QT_TRANSLATE_NOOP(
        "ReviewWizard", "Say why “{0}” is set aside: the reason is kept with the review."
    ),
    ReviewProblem.UNKNOWN_RATING: QT_TRANSLATE_NOOP(
        "ReviewWizard", "Choose how far “{0}” came again."
    ),
    ReviewProblem.NO_RATING: QT_TRANSLATE_NOOP(
        "ReviewWizard", "No progress is chosen for “{0}” yet."
    ),
    ReviewProblem.RATED_ACHIEVED_NOT_MARKED: QT_TRANSLATE_NOOP(
        "ReviewWizard", "“{0}” is reached, but not marked achieved."
    ),
    ReviewProblem.UNKNOWN_LEVEL: QT_TRANSLATE_NOOP(
        "ReviewWizard", "Choose the need level for {0} again."
    ),
    ReviewProblem.NO_LEVEL: QT_TRANSLATE_NOOP(
        "ReviewWizard", "Choose a need level for {0}, or clear what is written about it."
    ),
    ReviewProblem.NO_NEXT_REVIEW: QT_TRANSLATE_NOOP(
        "ReviewWizard", "Choose the date of the next review."
    ),
    ReviewProblem.BAD_DATE: QT_TRANSLATE_NOOP(
        "ReviewWizard", "The date of the next review is not a valid date."
    ),
    ReviewProblem.NEXT_REVIEW_NOT_AFTER_TODAY: QT_TRANSLATE_NOOP(
        "ReviewWizard", "The next review must come after today ({0} does not)."
    ),
    ReviewProblem.NEXT_REVIEW_FAR: QT_TRANSLATE_NOOP(
        "ReviewWizard", "The next review, on {0}, is more than six months away."
    ),
    ReviewProblem.NO_SUMMARY: QT_TRANSLATE_NOOP(
        "ReviewWizard",
        "Nothing is written in her words yet: a sentence or two helps at the next review.",
    ),
}
_OPEN_STEP = QT_TRANSLATE_NOOP(
    "ReviewWizard", "“{0}” still has an open step: it is cancelled when the review is saved."
)
_OPEN_STEPS = QT_TRANSLATE_NOOP(
    "ReviewWizard",
    "“{0}” still has {1} open steps: they are cancelled when the review is saved.",
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def rating_label(value: str | None) -> str:
    source = _RATINGS.get(value or "")
    return _tr(source) if source else (value or "")


def decision_label(value: str | None) -> str:
    source = _DECISIONS.get(value or "")
    return _tr(source) if source else (value or "")


def review_problem_text(flow: ReviewFlow, problem: Problem) -> str:
    """The sentence the worker reads for a problem the review flow found."""
    context = flow.context
    goal = context.goal(problem.field) if context else None
    if problem.code == ReviewProblem.OPEN_STEPS_CLOSE:
        words, count = (goal.in_her_words if goal else ""), int(problem.detail or 0)
        return _tr(_OPEN_STEP if count == 1 else _OPEN_STEPS).format(words, count)
    source = _PROBLEMS.get(problem.code)
    if source is None:
        return problem.code
    if goal is not None:
        subject = goal.in_her_words
    elif problem.code in (ReviewProblem.UNKNOWN_LEVEL, ReviewProblem.NO_LEVEL):
        subject = domain_label(problem.field)
    else:
        subject = date_text(problem.detail or None)
    return _tr(source).format(subject)


def step_line(step: StepSeen, mark: str) -> str:
    """One step in a review list: what, and when it was done, missed or is due."""
    if mark == OPEN_MARK:
        if step.due_on is None:
            return _tr("{0} {1}").format(mark, step.action)
        text = _tr("{0} {1} — due {2}").format(mark, step.action, date_text(step.due_on))
        return _tr("{0} (late)").format(text) if step.overdue else text
    if step.outcome_on is None:
        return _tr("{0} {1}").format(mark, step.action)
    return _tr("{0} {1} — {2}").format(mark, step.action, date_text(step.outcome_on))


def counts_text(goal: GoalSeen) -> str:
    if not (goal.done or goal.missed or goal.still_open):
        return _tr("no step of its own to look at")
    return _tr("{0} done · {1} missed · {2} still open").format(
        len(goal.done), len(goal.missed), len(goal.still_open)
    )


def goal_words(goal: GoalSeen) -> str:
    """Her words, with a theme said to run alongside the plan."""
    if goal.concurrent_theme:
        return _tr("{0} (alongside the plan)").format(goal.in_her_words)
    return goal.in_her_words


def since_text(flow: ReviewFlow) -> str:
    context = flow.context
    if context is None:
        return ""
    if context.last_review_on is not None:
        return _tr("Since the last review, on {0}").format(date_text(context.last_review_on))
    return _tr("Since the plan began, on {0} (her first review)").format(
        date_text(context.plan_began_on)
    )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def goal_heading(goal: GoalSeen) -> str:
    """Rich text: the goal in bold (her words escaped), then its kind and target date."""
    kind = _tr("Concurrent theme") if goal.concurrent_theme else goal_kind_label(goal.kind)
    details = [kind]
    if goal.domain:
        details.append(domain_label(goal.domain))
    if goal.target_on is not None:
        details.append(_tr("by {0}").format(date_text(goal.target_on)))
    return f"<b>{_escape(goal.in_her_words)}</b><br>{_escape(' · '.join(details))}"


class ReviewPage(FlowPage):
    """A page of the review wizard: keeps what was typed when the worker goes Back."""

    def __init__(self, flow: ReviewFlow) -> None:
        super().__init__("")
        self.flow = flow
        give_body_the_room(self)

    def say(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        self.body.addWidget(label)
        return label

    def cleanupPage(self) -> None:
        self.flow.set_values(self.key, self.read_values())

    def problem_text(self, problem: Problem) -> str:
        return review_problem_text(self.flow, problem)


# --- since the last review ------------------------------------------------------------------
class SincePage(ReviewPage):
    key = "since"

    def __init__(self, flow: ReviewFlow) -> None:
        super().__init__(flow)
        self.setTitle(self.tr("What happened since the last review"))
        self.setSubTitle(
            self.tr("Look at it together first: what she did, what did not happen, what is left.")
        )
        self.period = QLabel()
        self.period.setObjectName("reviewPeriod")
        self.period.setWordWrap(True)
        self.body.addWidget(self.period)
        self.tree = QTreeWidget()
        self.tree.setObjectName("reviewSinceTree")
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setAccessibleName(self.tr("Her goals and their steps since the last review"))
        self.tree.setStyleSheet("QTreeView::item { padding: 2px 2px; }")
        self.body.addWidget(self.tree, 1)
        self._fill()

    def _fill(self) -> None:
        context = self.flow.context
        goals = context.goals if context else ()
        done = sum(len(goal.done) for goal in goals)
        missed = sum(len(goal.missed) for goal in goals)
        still_open = sum(len(goal.still_open) for goal in goals)
        period = since_text(self.flow)
        if goals:
            totals = self.tr("{0}: {1} steps done, {2} missed, {3} still open.").format(
                period, done, missed, still_open
            )
        else:
            totals = self.tr(
                "{0}. She has no active goal: record how she is, and when you meet again."
            ).format(period)
        self.period.setText(totals)
        items: dict[str, QTreeWidgetItem] = {}
        for goal in goals:
            parent = items.get(goal.parent_id or "")
            text = self.tr("{0} — {1}").format(goal_words(goal), counts_text(goal))
            item = QTreeWidgetItem([text]) if parent is None else QTreeWidgetItem(parent, [text])
            if parent is None:
                self.tree.addTopLevelItem(item)
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            for steps, mark in (
                (goal.done, DONE_MARK),
                (goal.missed, MISSED_MARK),
                (goal.still_open, OPEN_MARK),
            ):
                for step in steps:
                    QTreeWidgetItem(item, [step_line(step, mark)])
            items[goal.goal_id] = item
        self.tree.expandAll()


# --- goal by goal -----------------------------------------------------------------------------
def _radio_group(
    parent: QWidget, title: str, choices: dict[str, str], accessible: str
) -> tuple[QGroupBox, QButtonGroup, dict[str, QRadioButton]]:
    box = QGroupBox(title)
    box.setAccessibleName(accessible)
    group = QButtonGroup(parent)
    buttons: dict[str, QRadioButton] = {}
    row = QHBoxLayout(box)
    for value, text in choices.items():
        button = QRadioButton(_tr(text))
        button.setProperty("value", value)
        group.addButton(button)
        row.addWidget(button)
        buttons[value] = button
    row.addStretch(1)
    return box, group, buttons


def _choose(group: QButtonGroup, buttons: dict[str, QRadioButton], value: str | None) -> None:
    """Check the button of `value`, or none (an exclusive group cannot uncheck itself)."""
    group.setExclusive(False)
    for key, button in buttons.items():
        button.setChecked(key == value)
    group.setExclusive(True)


def _chosen(group: QButtonGroup) -> str | None:
    button: QAbstractButton | None = group.checkedButton()
    return str(button.property("value")) if button is not None else None


def _text_box(name: str, placeholder: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setAccessibleName(name)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * 3 + 12)
    return box


class GoalReviewForm(QWidget):
    """What she and the worker say about one goal."""

    edited = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.heading = QLabel()
        self.heading.setObjectName("reviewGoalHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.counts = QLabel()
        self.counts.setObjectName("reviewGoalCounts")
        self.steps = QListWidget()
        self.steps.setObjectName("reviewGoalSteps")
        self.steps.setAccessibleName(self.tr("This goal's steps since the last review"))
        self.steps.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # to read, not to edit
        self.steps.setFixedHeight(self.steps.fontMetrics().lineSpacing() * 4 + 14)
        self.steps.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.rating_box, self.rating, self.rating_buttons = _radio_group(
            self, self.tr("How far did it come?"), _RATING_BUTTONS, self.tr("Progress")
        )
        self.helped = _text_box(
            self.tr("What helped"),
            self.tr("Her strengths, people around her, services… in her words"),
        )
        self.hindered = _text_box(
            self.tr("What got in the way"),
            self.tr("Waiting lists, money, health, fear… in her words"),
        )
        self.decision_box, self.decision, self.decision_buttons = _radio_group(
            self, self.tr("What now?"), _DECISION_BUTTONS, self.tr("Decision")
        )
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Why it is set aside"))
        self.reason.setPlaceholderText(self.tr("Required when the goal is set aside"))
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.rating_box)
        form.addRow(self.tr("What hel&ped:"), self.helped)
        form.addRow(self.tr("What got in the &way:"), self.hindered)
        form.addRow(self.decision_box)
        form.addRow(self.tr("Why set a&side:"), self.reason)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.counts)
        layout.addWidget(self.steps)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addStretch(1)  # the fields keep their height; the room left goes below
        self.rating.buttonToggled.connect(self._changed)
        self.decision.buttonToggled.connect(self._changed)
        self.helped.textChanged.connect(self.edited)
        self.hindered.textChanged.connect(self.edited)
        self.reason.textEdited.connect(self.edited)
        self._loading = False

    def _changed(self, _button: QAbstractButton, checked: bool) -> None:
        self.reason.setEnabled(_chosen(self.decision) == ReviewDecision.SET_ASIDE)
        if checked and not self._loading:
            self.edited.emit()

    def show_goal(self, goal: GoalSeen, since: str, values: dict[str, Any]) -> None:
        self._loading = True
        try:
            self.heading.setText(goal_heading(goal))
            self.counts.setText(self.tr("{0}: {1}").format(since, counts_text(goal)))
            self.steps.clear()
            for steps, mark in (
                (goal.done, DONE_MARK),
                (goal.missed, MISSED_MARK),
                (goal.still_open, OPEN_MARK),
            ):
                self.steps.addItems([step_line(step, mark) for step in steps])
            if self.steps.count() == 0:
                self.steps.addItem(self.tr("No step done, missed or open for this goal."))
            _choose(self.rating, self.rating_buttons, values.get("rating"))
            self.helped.setPlainText(str(values.get("helped") or ""))
            self.hindered.setPlainText(str(values.get("hindered") or ""))
            _choose(self.decision, self.decision_buttons, values.get("decision"))
            self.reason.setText(str(values.get("reason") or ""))
            self.reason.setEnabled(values.get("decision") == ReviewDecision.SET_ASIDE)
        finally:
            self._loading = False

    def read(self) -> dict[str, Any]:
        decision = _chosen(self.decision)
        return {
            "rating": _chosen(self.rating),
            "helped": self.helped.toPlainText(),
            "hindered": self.hindered.toPlainText(),
            "decision": decision,
            "reason": self.reason.text() if decision == ReviewDecision.SET_ASIDE else "",
        }


class GoalsPage(ReviewPage):
    key = "goals"

    def __init__(self, flow: ReviewFlow) -> None:
        super().__init__(flow)
        self.setTitle(self.tr("Goal by goal"))
        self.setSubTitle(
            self.tr(
                "For each goal: how far it came, what helped and what got in the way, "
                "and what to do with it now."
            )
        )
        self.goals = flow.context.goals if flow.context else ()
        self.list = QListWidget()
        self.list.setObjectName("reviewGoalList")
        self.list.setAccessibleName(self.tr("Goals to review"))
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.form = GoalReviewForm()
        row = QHBoxLayout()
        row.addWidget(self.list, 2)
        row.addWidget(self.form, 5)
        self.body.addLayout(row, 1)
        self.none = self.say(
            self.tr("She has no active goal to review. Go on to her needs and the next date.")
        )
        self.none.setVisible(not self.goals)
        self.list.setVisible(bool(self.goals))
        self.form.setVisible(bool(self.goals))
        self._by_goal: dict[str, dict[str, Any]] = {}
        self._showing = -1
        for _goal in self.goals:
            QListWidgetItem("", self.list)
        self.list.currentRowChanged.connect(self._on_row)
        self.form.edited.connect(self._on_edited)
        self.setTabOrder(self.list, self.form.rating_buttons[ProgressRating.NONE])

    def _line(self, goal: GoalSeen) -> str:
        """Her words, and under them what was decided (or that it is still to decide)."""
        decision = self._by_goal.get(goal.goal_id, {}).get("decision")
        said = decision_label(decision) if decision else self.tr("to decide")
        indent = "    " * min(goal.depth, 3)
        return self.tr("{0}{1}\n{0}→ {2}").format(indent, goal_words(goal), said)

    def _refresh_lines(self) -> None:
        for row, goal in enumerate(self.goals):
            item = self.list.item(row)
            if item is not None:
                item.setText(self._line(goal))

    def _store(self) -> None:
        if 0 <= self._showing < len(self.goals):
            self._by_goal[self.goals[self._showing].goal_id] = self.form.read()

    def _on_row(self, row: int) -> None:
        self._store()
        self._showing = row if 0 <= row < len(self.goals) else -1
        if self._showing >= 0:
            goal = self.goals[row]
            values = self._by_goal.get(goal.goal_id) or blank_goal_review()
            self.form.show_goal(goal, since_text(self.flow), values)
        self._refresh_lines()

    def _on_edited(self) -> None:
        self._store()
        self._refresh_lines()

    def initializePage(self) -> None:
        super().initializePage()
        self._showing = -1
        self._refresh_lines()
        if self.goals:
            self.list.setCurrentRow(max(self.list.currentRow(), 0))
            self._on_row(self.list.currentRow())

    def validatePage(self) -> bool:
        if super().validatePage():
            return True
        # Show the goal the first problem is about, so the worker sees what is meant.
        ids = [goal.goal_id for goal in self.goals]
        rows = [ids.index(p.field) for p in self.flow.check(self.key) if p.field in ids]
        if rows and rows[0] != self.list.currentRow():
            self.list.setCurrentRow(rows[0])
        return False

    def read_values(self) -> dict[str, Any]:
        self._store()
        return {"by_goal": {goal_id: dict(values) for goal_id, values in self._by_goal.items()}}

    def show_values(self, values: dict[str, Any]) -> None:
        by_goal = values.get("by_goal", {}) or {}
        self._by_goal = {key: dict(value) for key, value in by_goal.items()}
        self._showing = -1
