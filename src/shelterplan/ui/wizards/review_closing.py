"""The review wizard's last pages: her needs now, the next review and her words, the
summary that saves the review, and what to do next (print, amend)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shelterplan.core.reviews import ReviewSaved
from shelterplan.core.vocab import Domain, NeedLevel, ReviewDecision
from shelterplan.core.wizards.review import ReviewFlow
from shelterplan.ui.delegates import editor_date_format
from shelterplan.ui.vocab_labels import date_text, domain_label, need_label
from shelterplan.ui.wizards.record_list import select_data
from shelterplan.ui.wizards.review_pages import ReviewPage, decision_label, rating_label


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


# --- her needs now --------------------------------------------------------------------------
class NeedRow:
    """One domain of her situation: the need level and a line about it."""

    def __init__(self, page: QWidget, domain: str, assessed: bool) -> None:
        name = domain_label(domain)
        self.domain = domain
        self.label = QLabel(name)
        self.level = QComboBox(page)
        self.level.setAccessibleName(page.tr("Need: {0}").format(name))
        if not assessed:  # never asked: choosing a level assesses it now
            self.level.addItem(page.tr("—"), None)
        for level in NeedLevel:
            self.level.addItem(need_label(level), level.value)
        self.label.setBuddy(self.level)
        self.situation = QLineEdit(page)
        self.situation.setAccessibleName(page.tr("Her situation now: {0}").format(name))
        self.assessed = QLabel()
        self.assessed.setEnabled(False)  # drawn muted: a fact, not a field

    def show(self, level: str | None, situation: str | None) -> None:
        select_data(self.level, level)
        self.situation.setText(situation or "")

    def read(self) -> dict[str, Any]:
        return {"need_level": self.level.currentData(), "situation": self.situation.text()}

    def mark(self, changed: bool) -> None:
        font = QFont(self.label.font())
        font.setBold(changed)
        self.label.setFont(font)


class NeedsPage(ReviewPage):
    key = "needs"

    def __init__(self, flow: ReviewFlow) -> None:
        super().__init__(flow)
        self.setTitle(self.tr("Her needs now"))
        self.setSubTitle(
            self.tr(
                "Change what is different since her needs were last assessed; leave the rest "
                "as it is. Changed domains are shown in bold."
            )
        )
        inner = QWidget()
        grid = QGridLayout(inner)
        grid.setContentsMargins(0, 0, 8, 0)
        grid.setColumnStretch(2, 1)
        for column, text in enumerate(
            (self.tr("Domain"), self.tr("Need"), self.tr("Her situation now"), self.tr("Assessed"))
        ):
            heading = QLabel(f"<b>{text}</b>")
            grid.addWidget(heading, 0, column)
        self.rows: dict[str, NeedRow] = {}
        context = flow.context
        for number, domain in enumerate(Domain, start=1):
            before = context.need(domain.value) if context else None
            row = NeedRow(self, domain.value, before is not None)
            row.show(before.need_level if before else None, before.situation if before else None)
            row.assessed.setText(
                date_text(before.assessed_on) if before else self.tr("not assessed")
            )
            row.level.currentIndexChanged.connect(self._mark_changes)
            row.situation.textEdited.connect(self._mark_changes)
            grid.addWidget(row.label, number, 0)
            grid.addWidget(row.level, number, 1)
            grid.addWidget(row.situation, number, 2)
            grid.addWidget(row.assessed, number, 3)
            self.rows[domain.value] = row
        grid.setRowStretch(len(Domain) + 1, 1)  # rows keep their height, at the top
        scroll = QScrollArea()
        scroll.setObjectName("reviewNeeds")
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields in it
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        self.body.addWidget(scroll, 1)

    def _mark_changes(self) -> None:
        changed = {change.domain for change in self._changes()}
        for domain, row in self.rows.items():
            row.mark(domain in changed)

    def _changes(self) -> list[Any]:
        probe = ReviewFlow(case_id=self.flow.case_id, context=self.flow.context)
        probe.set_values("needs", self.read_values())
        return probe.need_changes()

    def initializePage(self) -> None:
        super().initializePage()
        self._mark_changes()

    def read_values(self) -> dict[str, Any]:
        return {"needs": {domain: row.read() for domain, row in self.rows.items()}}

    def show_values(self, values: dict[str, Any]) -> None:
        for domain, saved in (values.get("needs") or {}).items():
            row = self.rows.get(domain)
            if row is not None:
                row.show(saved.get("need_level"), saved.get("situation"))


# --- the next review and her words ------------------------------------------------------------
class NextPage(ReviewPage):
    key = "next"

    def __init__(self, flow: ReviewFlow) -> None:
        super().__init__(flow)
        self.setTitle(self.tr("The next review, and her words"))
        self.setSubTitle(
            self.tr("When you will go over the plan together again, and how she sees it today.")
        )
        today = flow.context.today if flow.context else date.today()
        self.today = today
        self.date = QDateEdit()
        self.date.setObjectName("nextReviewDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(editor_date_format())
        self.date.setMinimumDate(_qdate(today + timedelta(days=1)))
        self.date.setAccessibleName(self.tr("Date of the next review"))
        self.date.setDate(_qdate(flow.suggested_next_review()))
        when = QHBoxLayout()
        when.addWidget(self.date)
        for text, days in (
            (self.tr("In &2 weeks"), 14),
            (self.tr("In &4 weeks"), 28),
            (self.tr("In &3 months"), 91),
        ):
            button = QPushButton(text)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, d=days: self._in_days(d))
            when.addWidget(button)
        when.addStretch(1)
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("reviewSummaryWords")
        self.summary.setAccessibleName(self.tr("The review, in her words"))
        self.summary.setTabChangesFocus(True)
        self.summary.setMaximumHeight(self.summary.fontMetrics().lineSpacing() * 10 + 12)
        self.summary.setPlaceholderText(
            self.tr(
                "How she sees the time since the last review and what comes next — in her "
                "words, as she would say it."
            )
        )
        form = QFormLayout()
        date_label = QLabel(self.tr("Next re&view:"))
        date_label.setBuddy(self.date)
        form.addRow(date_label, when)
        form.addRow(self.tr("In her &words:"), self.summary)
        self.body.addLayout(form)
        self.body.addStretch(1)

    def _in_days(self, days: int) -> None:
        self.date.setDate(_qdate(self.today + timedelta(days=days)))

    def read_values(self) -> dict[str, Any]:
        return {
            "next_review_on": _pydate(self.date.date()).isoformat(),
            "summary": self.summary.toPlainText(),
        }

    def show_values(self, values: dict[str, Any]) -> None:
        chosen = QDate.fromString(str(values.get("next_review_on") or ""), Qt.DateFormat.ISODate)
        if chosen.isValid():
            self.date.setDate(chosen)
        self.summary.setPlainText(str(values.get("summary") or ""))


# --- read it back, then save ------------------------------------------------------------------
class ReviewSummaryPage(ReviewPage):
    key = "summary"

    def __init__(self, flow: ReviewFlow) -> None:
        super().__init__(flow)
        self.setTitle(self.tr("Read the review back to her"))
        self.setSubTitle(
            self.tr("Save the review when she agrees. Back lets you change anything before.")
        )
        self.tree = QTreeWidget()
        self.tree.setObjectName("reviewSummaryTree")
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setAccessibleName(self.tr("What the review will save"))
        self.body.addWidget(self.tree, 1)
        self.setCommitPage(True)

    def initializePage(self) -> None:
        self.tree.clear()
        flow, context = self.flow, self.flow.context
        goals = context.goals if context else ()
        if goals:
            top = QTreeWidgetItem(self.tree, [self.tr("Her goals")])
            for goal in goals:
                self._goal(top, goal.goal_id, goal.in_her_words, len(goal.still_open))
        changes = flow.need_changes()
        if changes:
            top = QTreeWidgetItem(self.tree, [self.tr("Her needs, updated")])
            for change in changes:
                before = context.need(change.domain) if context else None
                level = need_label(change.need_level)
                if before is not None and before.need_level != change.need_level:
                    level = self.tr("{0} → {1}").format(need_label(before.need_level), level)
                line = self.tr("{0}: {1}").format(domain_label(change.domain), level)
                if change.situation:
                    line = self.tr("{0} — {1}").format(line, change.situation)
                QTreeWidgetItem(top, [line])
        next_on = flow.next_review_on()
        QTreeWidgetItem(self.tree, [self.tr("Next review: {0}").format(date_text(next_on) or "—")])
        words = flow.summary_words()
        if words:
            QTreeWidgetItem(self.tree, [self.tr("In her words: {0}").format(words)])
        self.tree.expandAll()
        super().initializePage()

    def _goal(self, top: QTreeWidgetItem, goal_id: str, words: str, still_open: int) -> None:
        values = self.flow.goal_values(goal_id)
        decision = values.get("decision")
        said = decision_label(decision) if decision else self.tr("not decided yet")
        text = self.tr("“{0}”: {1}").format(words, said)
        if values.get("rating"):
            text = self.tr("{0} (progress: {1})").format(text, rating_label(values["rating"]))
        item = QTreeWidgetItem(top, [text])
        for key, label in (
            ("helped", self.tr("What helped: {0}")),
            ("hindered", self.tr("What got in the way: {0}")),
        ):
            if str(values.get(key) or "").strip():
                QTreeWidgetItem(item, [label.format(str(values[key]).strip())])
        if decision == ReviewDecision.SET_ASIDE and str(values.get("reason") or "").strip():
            reason = str(values["reason"]).strip()
            QTreeWidgetItem(item, [self.tr("Why it is set aside: {0}").format(reason)])
        closing = decision in (ReviewDecision.ACHIEVED, ReviewDecision.SET_ASIDE)
        if closing and still_open:
            if still_open == 1:
                line = self.tr("Its open step will be cancelled.")
            else:
                line = self.tr("Its {0} open steps will be cancelled.").format(still_open)
            QTreeWidgetItem(item, [line])

    def validatePage(self) -> bool:
        wizard = self.flow_wizard
        if wizard.moving_without_checks:
            return False  # replaying a resumed draft never saves the review
        if not super().validatePage():
            return False
        commit = getattr(wizard, "commit", None)
        return bool(commit()) if commit is not None else True


# --- saved: what now ----------------------------------------------------------------------------
class DonePage(ReviewPage):
    key = "done"

    def __init__(self, flow: ReviewFlow) -> None:
        super().__init__(flow)
        self.setTitle(self.tr("The review is saved"))
        self.setSubTitle(self.tr("What to do now, while she is here."))
        self.status = QLabel()
        self.status.setObjectName("reviewSavedStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.body.addWidget(self.status)
        self.print_plan = QPushButton(self.tr("&Print the updated plan…"))
        self.print_plan.setObjectName("reviewPrintPlan")
        self.print_plan.setAutoDefault(False)
        self.print_progress = QPushButton(self.tr("Print her p&rogress page…"))
        self.print_progress.setObjectName("reviewPrintProgress")
        self.print_progress.setToolTip(
            self.tr("What she has achieved since the plan began, in her language, to keep")
        )
        self.print_progress.setAutoDefault(False)
        printing = QGroupBox(self.tr("For her to take home"))
        buttons = QHBoxLayout(printing)
        buttons.addWidget(self.print_plan)
        buttons.addWidget(self.print_progress)
        buttons.addStretch(1)
        self.body.addWidget(printing)
        self.amend_box = QGroupBox(self.tr("Amend the plan"))
        self.amend_note = QLabel()
        self.amend_note.setObjectName("reviewAmendNote")
        self.amend_note.setWordWrap(True)
        self.amend_note.setTextFormat(Qt.TextFormat.PlainText)
        self.add_steps = QCheckBox()
        self.add_steps.setObjectName("reviewAddSteps")
        self.add_steps.setChecked(True)
        amend = QVBoxLayout(self.amend_box)
        amend.addWidget(self.amend_note)
        amend.addWidget(self.add_steps)
        self.body.addWidget(self.amend_box)
        self.body.addStretch(1)
        self._amend_goal: str | None = None

    def show_saved(self, saved: ReviewSaved) -> None:
        context = self.flow.context
        words = {g.goal_id: g.in_her_words for g in context.goals} if context else {}
        lines = [
            self.tr("The review is saved. Her next review is on {0}.").format(
                date_text(self.flow.next_review_on())
            )
        ]
        count = len(saved.achieved_goal_ids)
        if count == 1:
            lines.append(self.tr("She reached a goal: something to celebrate with her."))
        elif count:
            lines.append(
                self.tr("She reached {0} goals: something to celebrate with her.").format(count)
            )
        if saved.plan_changed and saved.ever_signed:
            lines.append(
                self.tr(
                    "The plan now differs from the version she signed: print the updated plan, "
                    "go over the changes with her and sign it together."
                )
            )
        elif saved.plan_changed:
            lines.append(self.tr("Print the updated plan so that she has the current one."))
        self.status.setText("\n\n".join(lines))
        amended = [words.get(goal_id, "") for goal_id in saved.amended_goal_ids]
        self._amend_goal = saved.amended_goal_ids[0] if saved.amended_goal_ids else None
        if amended:
            listed = "\n".join(f"• {text}" for text in amended)
            self.amend_note.setText(
                self.tr(
                    "She wants to change:\n{0}\n\nWhen you finish, the Plan tab opens at "
                    "“{1}”: change its words or dates there, or add steps with New steps…"
                ).format(listed, amended[0])
            )
            self.add_steps.setText(self.tr("&Add steps to “{0}” now").format(amended[0]))
        self.amend_box.setVisible(bool(amended))

    def initializePage(self) -> None:
        super().initializePage()
        saved = getattr(self.wizard(), "saved", None)
        if isinstance(saved, ReviewSaved):
            self.show_saved(saved)

    def amend_goal(self) -> str | None:
        """The goal to amend first, once the wizard closes."""
        return self._amend_goal

    def add_steps_now(self) -> bool:
        return self._amend_goal is not None and self.add_steps.isChecked()
