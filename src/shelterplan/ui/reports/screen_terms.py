"""The outcome report's words in the worker's screen language, through Qt's tr().

The tables and charts are laid out once (`reports/outcome_tables.py`,
`reports/outcome_charts.py`) and labelled by whatever gives them words: the report
translator for paper, this for the screen. Every string below is a literal `tr()` call
so that pyside6-lupdate finds it; vocabulary values go through `vocab_labels`.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, QObject

from shelterplan.ui.vocab_labels import date_text, domain_label, referral_status_label

SCREEN_LANGUAGES = ("en", "fr", "es")


class ScreenTerms(QObject):
    """Duck-types `reports.terms.Terms` for `outcome_tables` and `outcome_charts`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        code = QLocale().name()[:2]
        self.language = code if code in SCREEN_LANGUAGES else "en"
        self._words = self._catalogue()

    def _catalogue(self) -> dict[str, str]:
        return {
            "outcomes.title": self.tr("Outcome report"),
            "outcomes.period": self.tr("{start} to {end}"),
            "outcomes.program": self.tr("Program"),
            "outcomes.all_programs": self.tr("All programs"),
            "outcomes.worker": self.tr("Lead worker"),
            "outcomes.all_workers": self.tr("All workers"),
            "outcomes.by": self.tr("Grouped by"),
            "outcomes.by_month": self.tr("month"),
            "outcomes.by_quarter": self.tr("quarter"),
            "outcomes.as_of": self.tr("Figures as of {date}"),
            "outcomes.quarter": self.tr("Q{quarter} {year}"),
            "outcomes.nothing": self.tr("Nothing in this period."),
            "outcomes.active_cases": self.tr("Active cases per worker"),
            "outcomes.active_cases_note": self.tr(
                "Cases open at some time in the period, by lead worker."
            ),
            "outcomes.overdue_steps": self.tr("Overdue steps per worker"),
            "outcomes.overdue_steps_note": self.tr(
                "Steps still to do whose deadline fell in the period, before today "
                "(closed cases left out), by lead worker."
            ),
            "outcomes.goals_achieved": self.tr("Goals achieved by domain"),
            "outcomes.goals_achieved_note": self.tr(
                "Goals marked achieved, by the date they were achieved."
            ),
            "outcomes.housing_days": self.tr("Days from intake to a housing goal achieved"),
            "outcomes.housing_days_note": self.tr(
                "Median, per case, of the days from intake to its first housing goal "
                "achieved; a case counts in the month or quarter of that date."
            ),
            "outcomes.referrals": self.tr("Referral outcomes by service"),
            "outcomes.referrals_note": self.tr(
                "Referrals made in the period (suggested ones: written down in it), by "
                "their status today."
            ),
            "outcomes.reviews": self.tr("Reviews held on time"),
            "outcomes.reviews_note": self.tr(
                "A review is due on the date the previous review set; on time when the "
                "next review was held on or before it. Grouped by that due date."
            ),
            "outcomes.col.worker": self.tr("Worker"),
            "outcomes.col.cases": self.tr("Cases"),
            "outcomes.col.steps": self.tr("Overdue steps"),
            "outcomes.col.domain": self.tr("Domain"),
            "outcomes.col.total": self.tr("Total"),
            "outcomes.col.period": self.tr("Period"),
            "outcomes.col.median_days": self.tr("Median days"),
            "outcomes.col.service": self.tr("Service"),
            "outcomes.col.on_time": self.tr("On time"),
            "outcomes.col.late": self.tr("Late"),
            "outcomes.col.not_held": self.tr("Not held"),
            "outcomes.col.not_yet_due": self.tr("Not yet due"),
            "outcomes.col.share_on_time": self.tr("% on time"),
            "outcomes.all_cases": self.tr("All cases (each once)"),
            "outcomes.no_domain": self.tr("No domain"),
            "outcomes.other_domains": self.tr("Other domains"),
            "outcomes.whole_period": self.tr("Whole period"),
        }

    def text(self, key: str, **values: object) -> str:
        template = self._words[key]
        return template.format(**values) if values else template

    def vocab(self, group: str, value: str | None) -> str:
        if group == "domain":
            return domain_label(value)
        if group == "referral_status":
            return referral_status_label(value)
        return value or ""

    def date(self, value: date, *, short: bool = False) -> str:
        return date_text(value)
