"""The goal wizard's services page: directory entries she wants to try, each becoming a
proposed referral for one of the goals of this wizard."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from shelterplan.core.wizards.goals import GoalFlow
from shelterplan.ui.vocab_labels import domain_label
from shelterplan.ui.wizards.goal_choices import fill_goals, goal_box
from shelterplan.ui.wizards.goal_pages import GoalWizardPage

ServiceIdRole = Qt.ItemDataRole.UserRole + 1  # the service's id in the directory
NameRole = Qt.ItemDataRole.UserRole + 2  # its name and domain, before "for <goal>"

_CHECKED, _UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked


class ServicesPage(GoalWizardPage):
    key = "services"

    def __init__(self, flow: GoalFlow) -> None:
        super().__init__(flow)
        self.setTitle(self.tr("Services and resources"))
        self.setSubTitle(
            self.tr("Which services in the directory could help her reach these goals?")
        )
        services = flow.context.services if flow.context else ()
        if services:
            self.say(
                self.tr(
                    "Tick each service she wants to try (Space ticks the selected one) and "
                    "pick the goal it serves. Each becomes a proposed referral; you make the "
                    "referral itself when she is ready."
                )
            )
        else:
            self.say(
                self.tr(
                    "The agency's directory has no services yet. Skip this page: referrals "
                    "can be added to the plan later."
                )
            )
        self.services = QListWidget()
        self.services.setAccessibleName(self.tr("Services in the directory"))
        for service in services:
            name = service.name
            if service.domain:
                name = self.tr("{0} ({1})").format(name, domain_label(service.domain))
            item = QListWidgetItem(name)
            item.setData(ServiceIdRole, service.id)
            item.setData(NameRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(_UNCHECKED)
            self.services.addItem(item)
        self.services.setWordWrap(True)
        # The selected service, beside the list: where it is, and the goal it serves.
        shown = ("address", "phone", "hours", "languages")
        self.details = {name: _detail_label() for name in shown}
        self.goal_box = goal_box(self.tr("Goal the referral is for"))
        self.goal_box.setMinimumContentsLength(20)
        side = QWidget()
        form = QFormLayout(side)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Address:"), self.details["address"])
        form.addRow(self.tr("Phone:"), self.details["phone"])
        form.addRow(self.tr("Hours:"), self.details["hours"])
        form.addRow(self.tr("Languages:"), self.details["languages"])
        form.addRow(self.tr("For the &goal:"), self.goal_box)
        row = QHBoxLayout()
        row.addWidget(self.services, 2)
        row.addWidget(side, 3)
        self.body.addLayout(row, 1)
        self.services.setVisible(bool(services))
        side.setVisible(bool(services))
        if not services:
            self.body.addStretch(1)
        self._goal_for: dict[str, str] = {}  # service id -> goal key, once ticked
        self.services.currentItemChanged.connect(self._show_current)
        self.services.itemChanged.connect(self._on_ticked)
        self.goal_box.activated.connect(self._on_goal_picked)
        if services:
            self.services.setCurrentRow(0)

    def initializePage(self) -> None:
        fill_goals(self.goal_box, self.flow)
        known = {goal.key for goal in self.flow.wizard_goals()}
        self._goal_for = {s: g for s, g in self._goal_for.items() if g in known}
        super().initializePage()
        self._label_all()
        self._show_current()

    # --- the list -----------------------------------------------------------------------
    def _items(self) -> list[QListWidgetItem]:
        return [self.services.item(row) for row in range(self.services.count())]

    def _goal_of(self, service_id: str) -> str:
        return self._goal_for.get(service_id) or self.flow.suggest_goal(service_id)

    def _label(self, item: QListWidgetItem) -> None:
        """A ticked service says which goal it is for, so the list reads as the referrals."""
        name = str(item.data(NameRole))
        if item.checkState() != _CHECKED:
            text = name
        else:
            key = self._goal_of(str(item.data(ServiceIdRole)))
            words = next((g.in_her_words for g in self.flow.wizard_goals() if g.key == key), "")
            text = self.tr("{0} — for “{1}”").format(name, words)
        self.services.blockSignals(True)  # a new text is not a new tick
        item.setText(text)
        self.services.blockSignals(False)

    def _label_all(self) -> None:
        for item in self._items():
            self._label(item)

    def _show_current(self) -> None:
        item = self.services.currentItem()
        context = self.flow.context
        service = context.service(item.data(ServiceIdRole)) if item and context else None
        for name, label in self.details.items():
            label.setText(str(getattr(service, name) or "") if service is not None else "")
        if item is None or service is None:
            self.goal_box.setEnabled(False)
            return
        self.goal_box.setEnabled(item.checkState() == _CHECKED)
        self.goal_box.setCurrentIndex(max(self.goal_box.findData(self._goal_of(service.id)), 0))

    def _on_ticked(self, item: QListWidgetItem) -> None:
        service_id = str(item.data(ServiceIdRole))
        if item.checkState() == _CHECKED:
            self._goal_for.setdefault(service_id, self.flow.suggest_goal(service_id))
        self._label(item)
        if item is self.services.currentItem():
            self._show_current()

    def _on_goal_picked(self) -> None:
        item = self.services.currentItem()
        if item is not None:
            self._goal_for[str(item.data(ServiceIdRole))] = self.goal_box.currentData()
            self._label(item)

    def untick_all(self) -> None:
        """Skipping the page means no referrals now, whatever was ticked before."""
        for item in self._items():
            item.setCheckState(_UNCHECKED)

    # --- values ---------------------------------------------------------------------------
    def read_values(self) -> dict[str, Any]:
        referrals = []
        for item in self._items():
            if item.checkState() == _CHECKED:
                service_id = str(item.data(ServiceIdRole))
                referrals.append({"service_id": service_id, "goal": self._goal_of(service_id)})
        return {"referrals": referrals}

    def show_values(self, values: dict[str, Any]) -> None:
        wanted = {r.get("service_id"): r.get("goal") for r in values.get("referrals", [])}
        self._goal_for = {str(s): str(g) for s, g in wanted.items() if s and g}
        self.services.blockSignals(True)
        for item in self._items():
            ticked = item.data(ServiceIdRole) in wanted
            item.setCheckState(_CHECKED if ticked else _UNCHECKED)
        self.services.blockSignals(False)
        self._label_all()


def _detail_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
