"""Today: what is overdue, due this week, the appointments and the reviews due.

A small tree: one bold, unselectable header row per section that has lines, and under
it one row per step (or per case, for a review). The agenda is read in one short unit
of work by `load`; the model keeps only plain text and ids afterwards.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from enum import IntEnum

from PySide6.QtCore import QDate, QLocale, QObject, QSize, Qt, QTime
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QStandardItem,
    QStandardItemModel,
)

from shelterplan.core.queries import AgendaEntry, Section, TodayAgenda, today_agenda
from shelterplan.ui.accessibility import overdue_colour
from shelterplan.ui.context import Desk
from shelterplan.ui.vocab_labels import date_text

COLUMNS = 3
COL_WHEN, COL_CLIENT, COL_WHAT = range(COLUMNS)


class TodayRole(IntEnum):
    CaseIdRole = Qt.ItemDataRole.UserRole + 1
    StepIdRole = Qt.ItemDataRole.UserRole + 2  # "" for a review line
    SectionRole = Qt.ItemDataRole.UserRole + 3  # the Section value, on every row


CaseIdRole = TodayRole.CaseIdRole
StepIdRole = TodayRole.StepIdRole
SectionRole = TodayRole.SectionRole


class TodayModel(QStandardItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(0, COLUMNS, parent)
        self.setHorizontalHeaderLabels([self.tr("When"), self.tr("Client"), self.tr("What")])
        self.agenda: TodayAgenda | None = None

    def load(self, desk: Desk, all_cases: bool = False) -> None:
        """Read today's agenda in one short unit of work and show it."""
        with desk.session() as session:
            agenda = today_agenda(session, desk.actor, desk.today(), all_cases=all_cases)
        self.show_agenda(agenda)

    def show_agenda(self, agenda: TodayAgenda) -> None:
        self.clear()
        self.agenda = agenda
        for section in Section:
            entries = agenda.section(section)
            if not entries:
                continue
            header = self._header(section, len(entries), section in agenda.cut_short)
            for entry in entries:
                header.appendRow(self._line(entry, agenda.today))
            self.appendRow([header, *(self._blank(section) for _ in range(COLUMNS - 1))])

    def clear(self) -> None:
        """Drop every line (and with them every client's name), keeping the headers."""
        self.agenda = None
        self.removeRows(0, self.rowCount())

    def is_empty(self) -> bool:
        return self.rowCount() == 0

    def _header(self, section: Section, count: int, cut_short: bool) -> QStandardItem:
        title = {
            Section.OVERDUE: self.tr("Overdue steps"),
            Section.APPOINTMENTS_TODAY: self.tr("Appointments today"),
            Section.DUE_THIS_WEEK: self.tr("Steps due this week"),
            Section.APPOINTMENTS_THIS_WEEK: self.tr("Appointments later this week"),
            Section.REVIEWS_DUE: self.tr("Reviews due"),
        }[section]
        if cut_short:
            text = self.tr("{0} (the first {1})").format(title, count)
        else:
            text = self.tr("{0} ({1})").format(title, count)
        item = QStandardItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # not selectable: a heading, not a line
        font = QFont(QGuiApplication.font())
        font.setBold(True)
        item.setFont(font)
        # Rows a little taller than the text: easier to read and to aim at. The view has
        # uniform row heights, so the first row's hint sets them all.
        item.setSizeHint(QSize(0, int(QFontMetrics(font).height() * 1.7)))
        item.setData(section.value, SectionRole)
        item.setAccessibleText(text)
        return item

    def _blank(self, section: Section) -> QStandardItem:
        item = QStandardItem()
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        item.setData(section.value, SectionRole)
        return item

    def _line(self, entry: AgendaEntry, today: date) -> list[QStandardItem]:
        what = entry.text if entry.text is not None else self.tr("Review the plan together")
        if entry.place:
            what = self.tr("{0} — {1}").format(what, entry.place)
        late = entry.due_on is not None and entry.due_on < today
        texts = [self._when(entry, today), entry.client_name, what]
        items = []
        for column, text in enumerate(texts):
            item = QStandardItem(text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            item.setData(entry.case_id, CaseIdRole)
            item.setData(entry.step_id or "", StepIdRole)
            item.setData(entry.section.value, SectionRole)
            if column == COL_WHAT:
                item.setToolTip(what)
            if column == COL_WHEN and late:
                item.setForeground(QBrush(_overdue_colour()))
                # Said in words too, not by colour alone ("3 days late" is on screen).
                item.setAccessibleText(self.tr("Overdue: {0}").format(text))
            items.append(item)
        return items

    def _when(self, entry: AgendaEntry, today: date) -> str:
        """Late lines say by how much; this week's say the day; appointments the time."""
        if entry.appointment_at is not None and entry.section in (
            Section.APPOINTMENTS_TODAY,
            Section.APPOINTMENTS_THIS_WEEK,
        ):
            at: datetime = entry.appointment_at
            clock = QLocale().toString(QTime(at.hour, at.minute), QLocale.FormatType.ShortFormat)
            if at.date() == today:
                return self.tr("Today, {0}").format(clock)
            return self.tr("{0}, {1}").format(self._day(at.date(), today), clock)
        if entry.due_on is None:
            return ""
        days_late = (today - entry.due_on).days
        if days_late > 0:
            late = self.tr("1 day late") if days_late == 1 else self.tr("{0} days late")
            return self.tr("{0} · {1}").format(date_text(entry.due_on), late.format(days_late))
        return self._day(entry.due_on, today)

    def _day(self, day: date, today: date) -> str:
        if day == today:
            return self.tr("Today")
        if day == today + timedelta(days=1):
            return self.tr("Tomorrow")
        return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM")


def _overdue_colour() -> QColor:
    """A red that stays readable on both light and dark palettes (as the plan tab's), or
    the palette's text colour under high contrast."""
    return overdue_colour(QGuiApplication.palette())
