"""The goal wizard's later pages: options weighed, services picked, concurrent themes,
and the summary read back to her before anything is saved."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from shelterplan.core.vocab import GoalKind
from shelterplan.core.wizards.goals import LONG_TERM_KEY, GoalFlow, WizardGoal
from shelterplan.ui.vocab_labels import date_text, domain_label, goal_kind_label
from shelterplan.ui.wizards.goal_pages import GoalForm, GoalWizardPage, describe_goal
from shelterplan.ui.wizards.record_list import Record, RecordForm, RecordList


def goal_choice_label(goal: WizardGoal) -> str:
    kind = GoalKind.LONG_TERM if goal.key == LONG_TERM_KEY else GoalKind.INTERMEDIATE
    line = QCoreApplication.translate("GoalWizard", "{0}: {1}")
    return line.format(goal_kind_label(kind), goal.in_her_words)


def goal_box(accessible_name: str) -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(accessible_name)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(30)
    return box


def fill_goals(box: QComboBox, flow: GoalFlow) -> None:
    """The goals of this wizard, keeping the one selected if it is still there."""
    keep = box.currentData()
    box.blockSignals(True)
    box.clear()
    for goal in flow.wizard_goals():
        box.addItem(goal_choice_label(goal), goal.key)
    box.setCurrentIndex(max(box.findData(keep), 0))
    box.blockSignals(False)


def _short_text(name: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setAccessibleName(name)
    edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 12)
    return edit


class OptionForm(RecordForm):
    def __init__(self) -> None:
        super().__init__()
        self.description = QLineEdit()
        self.description.setAccessibleName(self.tr("The option"))
        self.benefits = _short_text(self.tr("Benefits"))
        self.alternatives = _short_text(self.tr("Alternatives"))
        self.consequences = _short_text(self.tr("Consequences"))
        self.chosen = QCheckBox(self.tr("She &chooses this option"))
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Why she chooses it"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("The o&ption:"), self.description)
        form.addRow(self.tr("B&enefits:"), self.benefits)
        form.addRow(self.tr("Alternati&ves:"), self.alternatives)
        form.addRow(self.tr("Conse&quences:"), self.consequences)
        form.addRow("", self.chosen)
        form.addRow(self.tr("&Why:"), self.reason)
        self.description.textEdited.connect(self.edited)
        self.reason.textEdited.connect(self.edited)
        for edit in (self.benefits, self.alternatives, self.consequences):
            edit.textChanged.connect(self.edited)
        self.chosen.toggled.connect(self.reason.setEnabled)
        self.chosen.toggled.connect(self.edited)

    def show_record(self, record: Record) -> None:
        self.description.setText(str(record.get("description") or ""))
        self.benefits.setPlainText(str(record.get("benefits") or ""))
        self.alternatives.setPlainText(str(record.get("alternatives") or ""))
        self.consequences.setPlainText(str(record.get("consequences") or ""))
        self.chosen.setChecked(bool(record.get("chosen")))
        self.reason.setText(str(record.get("reason") or ""))
        self.reason.setEnabled(self.chosen.isChecked())

    def read_record(self) -> Record:
        return {
            "description": self.description.text(),
            "benefits": self.benefits.toPlainText(),
            "alternatives": self.alternatives.toPlainText(),
            "consequences": self.consequences.toPlainText(),
            "chosen": self.chosen.isChecked(),
            "reason": self.reason.text() if self.chosen.isChecked() else "",
        }

    def first_field(self) -> QWidget:
        return self.description


def describe_option(record: Record) -> str:
    text = str(record.get("description") or "").strip()
    text = text or QCoreApplication.translate("GoalWizard", "(not described yet)")
    if record.get("chosen"):
        return QCoreApplication.translate("GoalWizard", "Her choice: {0}").format(text)
    return text


class OptionsPage(GoalWizardPage):
    key = "options"

    def __init__(self, flow: GoalFlow) -> None:
        super().__init__(flow)
        self.setTitle(self.tr("Options and her choice"))
        self.setSubTitle(
            self.tr("For each goal, talk through her options; then mark the one she chooses.")
        )
        self.say(
            self.tr(
                "Benefits: what the option would bring her. Alternatives: what else she "
                "could do. Consequences: what could follow, good or hard. Options are not "
                "required: add them where there is a real choice to make."
            )
        )
        self.goal_box = goal_box(self.tr("Goal the options are for"))
        row = QHBoxLayout()
        goal_label = QLabel(self.tr("&Goal:"))
        goal_label.setBuddy(self.goal_box)
        row.addWidget(goal_label)
        row.addWidget(self.goal_box, 1)
        self.body.addLayout(row)
        self.form = OptionForm()
        self.options = RecordList(
            self.form,
            describe_option,
            lambda _records: {"chosen": False},
            self.tr("Add an &option"),
            self.tr("&Remove"),
            self.tr("Options for this goal"),
        )
        self.body.addWidget(self.options, 1)
        self._by_goal: dict[str, list[Record]] = {}
        self._goal_key: str | None = None
        self.goal_box.currentIndexChanged.connect(self._on_goal_changed)
        self.form.chosen.clicked.connect(self._on_chosen)

    def initializePage(self) -> None:
        self._keep_current()
        fill_goals(self.goal_box, self.flow)
        known = {self.goal_box.itemData(i) for i in range(self.goal_box.count())}
        self._by_goal = {k: v for k, v in self._by_goal.items() if k in known}
        self._goal_key = None
        super().initializePage()
        self._show_goal()

    def _keep_current(self) -> None:
        if self._goal_key is not None:
            self._by_goal[self._goal_key] = self.options.records()

    def _show_goal(self) -> None:
        self._goal_key = self.goal_box.currentData()
        self.options.set_records(self._by_goal.get(self._goal_key or "", []))

    def _on_goal_changed(self) -> None:
        self._keep_current()
        self._show_goal()

    def _on_chosen(self, checked: bool) -> None:
        """She chooses one option for a goal: choosing another clears the first."""
        if not checked:
            return
        row = self.options.current_row()
        records = self.options.records()
        for index, record in enumerate(records):
            record["chosen"] = index == row
        self.options.set_records(records, current=row)

    def read_values(self) -> dict[str, Any]:
        self._keep_current()
        return {"by_goal": {key: list(opts) for key, opts in self._by_goal.items() if opts}}

    def show_values(self, values: dict[str, Any]) -> None:
        by_goal = values.get("by_goal", {})
        self._by_goal = {key: [dict(o) for o in opts] for key, opts in by_goal.items()}
        self._goal_key = None


class ConcurrentPage(GoalWizardPage):
    key = "concurrent"

    def __init__(self, flow: GoalFlow) -> None:
        super().__init__(flow)
        self.setTitle(self.tr("Themes that run alongside"))
        self.setSubTitle(self.tr("Some needs run beside the plan rather than leading to it."))
        self.say(
            self.tr(
                "For example treatment for substance use, or counselling for her mental "
                "health. Name them in her words so they are part of the plan too. Leave the "
                "list empty if there are none."
            )
        )
        self.themes = RecordList(
            GoalForm(None, self.tr("Theme, in her words")),
            describe_goal,
            lambda _records: {},
            self.tr("&Add a theme"),
            self.tr("&Remove"),
            self.tr("Concurrent themes"),
        )
        self.body.addWidget(self.themes, 1)

    def read_values(self) -> dict[str, Any]:
        return {"themes": self.themes.records()}

    def show_values(self, values: dict[str, Any]) -> None:
        self.themes.set_records(values.get("themes", []))


class GoalSummaryPage(GoalWizardPage):
    key = "summary"

    def __init__(self, flow: GoalFlow) -> None:
        super().__init__(flow)
        self.setTitle(self.tr("Read it back to her"))
        self.setSubTitle(
            self.tr("Check the plan with her. Finish saves it; Back lets you change anything.")
        )
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("What will be saved"))
        self.tree.setWordWrap(True)
        self.body.addWidget(self.tree, 1)

    def initializePage(self) -> None:
        self.tree.clear()
        flow = self.flow
        long_term = flow.long_term()
        top = self._goal_item(self.tree.invisibleRootItem(), long_term, GoalKind.LONG_TERM)
        if long_term.existing_id is not None:
            top.setText(0, self.tr("{0} (already in her plan)").format(top.text(0)))
        for goal in flow.intermediate_goals():
            self._goal_item(top, goal, GoalKind.INTERMEDIATE)
        for theme in flow.themes():
            text = describe_goal(theme)
            if theme.get("domain"):
                text = self.tr("{0} ({1})").format(text, domain_label(theme["domain"]))
            QTreeWidgetItem(self.tree, [self.tr("Concurrent theme: {0}").format(text)])
        self.tree.expandAll()
        super().initializePage()

    def _goal_item(self, parent: QTreeWidgetItem, goal: WizardGoal, kind: str) -> QTreeWidgetItem:
        text = self.tr("{0}: {1}").format(goal_kind_label(kind), goal.in_her_words)
        details = [domain_label(goal.domain)] if goal.domain else []
        if goal.target_on is not None:
            details.append(self.tr("by {0}").format(date_text(goal.target_on)))
        if details:
            text = self.tr("{0} ({1})").format(text, ", ".join(details))
        item = QTreeWidgetItem(parent, [text])
        for option in self.flow.options_for(goal.key):
            words = str(option.get("description") or "")
            if option.get("chosen"):
                line = self.tr("Her choice: {0}").format(words)
                if option.get("reason"):
                    line = self.tr("{0}, because: {1}").format(line, option["reason"])
            else:
                line = self.tr("Option weighed: {0}").format(words)
            QTreeWidgetItem(item, [line])
        context = self.flow.context
        for referral in self.flow.referrals():
            service = context.service(referral["service_id"]) if context else None
            if referral["goal"] == goal.key and service is not None:
                QTreeWidgetItem(item, [self.tr("Referral proposed: {0}").format(service.name)])
        return item
