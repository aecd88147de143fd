"""The goal wizard's first pages: the long-term goal, then the goals on the way there.

Pages only show and read values; `core.wizards.goals.GoalFlow` decides what is valid and
what is saved. The problem sentences for every page of the goal wizard live here too,
so each code is worded once.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from shelterplan.core.wizards.flow import Problem
from shelterplan.core.wizards.goals import LONG_TERM_KEY, GoalFlow, GoalMode, GoalProblem
from shelterplan.ui.vocab_labels import date_text
from shelterplan.ui.wizards.base import FlowPage
from shelterplan.ui.wizards.record_list import (
    OptionalDateEdit,
    Record,
    RecordForm,
    RecordList,
    domain_combo,
    give_body_the_room,
    select_data,
)

CONTEXT = "GoalWizard"

# Problem sentences, marked for lupdate here and translated when shown. {0} is the goal
# (her words, or its place in the list), {1} a date.
_PROBLEMS: dict[str, str] = {
    GoalProblem.WORDS_EMPTY: QT_TRANSLATE_NOOP(
        "GoalWizard", "“{0}” has no words yet: write it in her words, or remove it."
    ),
    GoalProblem.UNKNOWN_DOMAIN: QT_TRANSLATE_NOOP("GoalWizard", "Choose another domain for “{0}”."),
    GoalProblem.BAD_DATE: QT_TRANSLATE_NOOP(
        "GoalWizard", "The target date of “{0}” is not a valid date."
    ),
    GoalProblem.NO_GOAL_CHOSEN: QT_TRANSLATE_NOOP(
        "GoalWizard", "Choose the long-term goal that the new intermediate goals lead to."
    ),
    GoalProblem.UNKNOWN_GOAL: QT_TRANSLATE_NOOP(
        "GoalWizard", "A service is ticked for a goal that was removed. Choose its goal again."
    ),
    GoalProblem.TARGET_IN_PAST: QT_TRANSLATE_NOOP(
        "GoalWizard", "The target date of “{0}”, {1}, has already passed."
    ),
    GoalProblem.INTERMEDIATE_AFTER_TARGET: QT_TRANSLATE_NOOP(
        "GoalWizard",
        "“{0}” is set after the long-term goal's target date ({1}). A goal on the way must "
        "be reached before the goal it leads to.",
    ),
    GoalProblem.NO_INTERMEDIATE: QT_TRANSLATE_NOOP(
        "GoalWizard",
        "No goals on the way yet. Working backwards, most long-term goals need one or two "
        "intermediate goals before them.",
    ),
    GoalProblem.OPTION_EMPTY: QT_TRANSLATE_NOOP(
        "GoalWizard", "An option for “{0}” is not described yet: describe it, or remove it."
    ),
    GoalProblem.SEVERAL_CHOSEN: QT_TRANSLATE_NOOP(
        "GoalWizard", "More than one option is marked as her choice for “{0}”: keep only one."
    ),
    GoalProblem.NONE_CHOSEN: QT_TRANSLATE_NOOP(
        "GoalWizard", "Options were explored for “{0}”, but none is marked as her choice yet."
    ),
    GoalProblem.UNKNOWN_SERVICE: QT_TRANSLATE_NOOP(
        "GoalWizard", "A ticked service is no longer in the directory: untick it."
    ),
}
# The same codes say something else about the long-term goal itself.
_LONG_TERM_PROBLEMS: dict[str, str] = {
    GoalProblem.WORDS_EMPTY: QT_TRANSLATE_NOOP(
        "GoalWizard", "Write the long-term goal in her words."
    ),
    GoalProblem.UNKNOWN_GOAL: QT_TRANSLATE_NOOP(
        "GoalWizard",
        "That long-term goal is no longer in her plan. Choose another, or write a new one.",
    ),
}


def goal_name(flow: GoalFlow, key: str | None) -> str:
    """How a problem names a goal of the wizard: her words, else its place in the list."""
    if key == LONG_TERM_KEY:
        words = flow.long_term().in_her_words
        return words or QCoreApplication.translate("GoalWizard", "the long-term goal")
    for number, goal in enumerate(flow.intermediate_goals(), start=1):
        if goal.key == key:
            fallback = QCoreApplication.translate("GoalWizard", "intermediate goal {0}")
            return goal.in_her_words or fallback.format(number)
    if key and key.startswith("t") and key[1:].isdigit():
        number = int(key[1:])
        themes = flow.themes()
        words = str(themes[number - 1].get("words") or "").strip() if number <= len(themes) else ""
        return words or QCoreApplication.translate("GoalWizard", "theme {0}").format(number)
    return key or ""


def goal_problem_text(flow: GoalFlow, problem: Problem) -> str:
    """The sentence the worker reads for a problem the goal flow found."""
    table = _LONG_TERM_PROBLEMS if problem.field == LONG_TERM_KEY else {}
    source = table.get(problem.code) or _PROBLEMS.get(problem.code)
    if source is None:
        return problem.code
    text = QCoreApplication.translate(CONTEXT, source)
    return text.format(goal_name(flow, problem.field), date_text(problem.detail or None))


class GoalWizardPage(FlowPage):
    """A page of the goal wizard: keeps what was typed when the worker goes Back."""

    def __init__(self, flow: GoalFlow) -> None:
        super().__init__("")
        self.flow = flow
        give_body_the_room(self)

    def say(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        self.body.addWidget(label)
        return label

    def cleanupPage(self) -> None:
        self.flow.set_values(self.key, self.read_values())

    def problem_text(self, problem: Problem) -> str:
        return goal_problem_text(self.flow, problem)


class LongTermPage(GoalWizardPage):
    key = "long_term"

    def __init__(self, flow: GoalFlow, today: date) -> None:
        super().__init__(flow)
        self.setTitle(self.tr("Her long-term goal"))
        self.setSubTitle(
            self.tr("Start with where she wants to be in the long run. You will work backwards.")
        )
        self.say(
            self.tr(
                "Ask her what her life should look like once this is behind her: a home of "
                "her own, her children with her, work she likes. Write it the way she says it."
            )
        )
        existing = flow.context.long_term_goals if flow.context else ()
        self.new_radio = QRadioButton(self.tr("A new &long-term goal"))
        self.existing_radio = QRadioButton(
            self.tr("Goals on the way to a long-term goal &already in her plan:")
        )
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.new_radio)
        self.choice.addButton(self.existing_radio)
        self.new_radio.setChecked(True)

        self.words = QLineEdit()
        self.words.setAccessibleName(self.tr("Her long-term goal, in her words"))
        self.words.setPlaceholderText(
            self.tr("For example: a safe home of my own for me and the kids")
        )
        self.domain = domain_combo(self.tr("No particular domain"), self.tr("Domain"))
        self.target = OptionalDateEdit(self.tr("Set a date"), today + timedelta(days=182))
        self.target.edit.setAccessibleName(self.tr("Target date"))
        self.new_group = QGroupBox()
        form = QFormLayout(self.new_group)
        form.addRow(self.tr("In her &words:"), self.words)
        form.addRow(self.tr("&Domain:"), self.domain)
        form.addRow(self.tr("&Target date:"), self.target)

        self.existing_goal = QComboBox()
        self.existing_goal.setAccessibleName(self.tr("Long-term goal already in her plan"))
        for goal in existing:
            label = goal.in_her_words
            if goal.target_on is not None:
                label = self.tr("{0} (by {1})").format(label, date_text(goal.target_on))
            self.existing_goal.addItem(label, goal.id)

        self.body.addWidget(self.new_radio)
        self.body.addWidget(self.new_group)
        self.body.addWidget(self.existing_radio)
        indent = QHBoxLayout()
        indent.setContentsMargins(24, 0, 0, 0)  # under its radio button, as the group is
        indent.addWidget(self.existing_goal)
        self.body.addLayout(indent)
        self.body.addStretch(1)
        if not existing:  # nothing to choose from: only the new goal makes sense
            for widget in (self.new_radio, self.existing_radio, self.existing_goal):
                widget.hide()
        self.new_radio.toggled.connect(self._follow_mode)
        self._follow_mode()

    def _follow_mode(self) -> None:
        new = self.new_radio.isChecked()
        self.new_group.setEnabled(new)
        self.existing_goal.setEnabled(not new)

    def read_values(self) -> dict[str, Any]:
        existing = self.existing_radio.isChecked()
        return {
            "mode": GoalMode.EXISTING.value if existing else GoalMode.NEW.value,
            "existing_goal_id": self.existing_goal.currentData() if existing else None,
            "words": self.words.text(),
            "domain": self.domain.currentData(),
            "target_on": self.target.value(),
        }

    def show_values(self, values: dict[str, Any]) -> None:
        existing = values.get("mode") == GoalMode.EXISTING and self.existing_goal.count() > 0
        (self.existing_radio if existing else self.new_radio).setChecked(True)
        select_data(self.existing_goal, values.get("existing_goal_id"))
        self.words.setText(str(values.get("words") or ""))
        select_data(self.domain, values.get("domain"))
        self.target.set_value(values.get("target_on"))


class GoalForm(RecordForm):
    """Her words, a domain and a target date: an intermediate goal or a theme."""

    def __init__(self, today: date | None, words_name: str) -> None:
        super().__init__()
        self.words = QLineEdit()
        self.words.setAccessibleName(words_name)
        self.domain = domain_combo(self.tr("No particular domain"), self.tr("Domain"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("In her &words:"), self.words)
        form.addRow(self.tr("D&omain:"), self.domain)
        self.target: OptionalDateEdit | None = None
        if today is not None:
            self.target = OptionalDateEdit(self.tr("Set a date"), today + timedelta(days=60))
            self.target.edit.setAccessibleName(self.tr("Target date"))
            form.addRow(self.tr("Target &date:"), self.target)
            self.target.changed.connect(self.edited)
        self.words.textEdited.connect(self.edited)
        self.domain.currentIndexChanged.connect(self.edited)

    def show_record(self, record: Record) -> None:
        self.words.setText(str(record.get("words") or ""))
        select_data(self.domain, record.get("domain"))
        if self.target is not None:
            self.target.set_value(record.get("target_on"))

    def read_record(self) -> Record:
        record: Record = {"words": self.words.text(), "domain": self.domain.currentData()}
        if self.target is not None:
            record["target_on"] = self.target.value()
        return record

    def first_field(self) -> QWidget:
        return self.words


def describe_goal(record: Record) -> str:
    """One line of a list of goals: her words and the date."""
    words = str(record.get("words") or "").strip()
    words = words or QCoreApplication.translate("GoalWizard", "(not written yet)")
    if record.get("target_on"):
        line = QCoreApplication.translate("GoalWizard", "{0} — by {1}")
        return line.format(words, date_text(record["target_on"]))
    return words


class IntermediatePage(GoalWizardPage):
    key = "intermediate"

    def __init__(self, flow: GoalFlow, today: date) -> None:
        super().__init__(flow)
        self.setTitle(self.tr("Goals on the way there"))
        self.setSubTitle(
            self.tr("Now work backwards: what has to be in place before she gets there?")
        )
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setObjectName("longTermHeading")
        self.body.addWidget(self.heading)
        self.say(
            self.tr(
                "For a home of her own that may be a steady income, and a safe bed in the "
                "meantime. Each goal here must be reached by the long-term goal's date."
            )
        )
        self.goals = RecordList(
            GoalForm(today, self.tr("Intermediate goal, in her words")),
            describe_goal,
            lambda records: {"key": flow.new_goal_key([r["key"] for r in records])},
            self.tr("&Add a goal"),
            self.tr("&Remove"),
            self.tr("Intermediate goals"),
        )
        self.body.addWidget(self.goals, 1)

    def initializePage(self) -> None:
        goal = self.flow.long_term()
        text = self.tr("<b>Long-term goal:</b> {0}").format(_escape(goal.in_her_words))
        if goal.target_on is not None:
            text = self.tr("{0}, by {1}").format(text, date_text(goal.target_on))
        self.heading.setText(text)
        super().initializePage()

    def validatePage(self) -> bool:
        if super().validatePage():
            return True
        # Show the goal the first problem is about, so the worker sees what is meant.
        keys = [str(record.get("key")) for record in self.goals.records()]
        fields = [p.field for p in self.flow.check(self.key) if p.field in keys]
        if fields and keys.index(str(fields[0])) != self.goals.current_row():
            self.goals.list.setCurrentRow(keys.index(str(fields[0])))
        return False

    def read_values(self) -> dict[str, Any]:
        return {"goals": self.goals.records()}

    def show_values(self, values: dict[str, Any]) -> None:
        self.goals.set_records(values.get("goals", []))


def _escape(text: str) -> str:
    """Her words inside rich text: shown as typed, never read as markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
