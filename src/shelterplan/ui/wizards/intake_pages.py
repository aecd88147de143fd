"""The first half of the intake: consent, who she is, safe contact, household, situation.

Each page only shows and reads plain values; `IntakeFlow` decides what is valid and what
is saved. Values restored from a draft go through `show_values`, which resets every
widget (a missing value means its default), so a resumed page shows exactly the draft.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from shelterplan.core.vocab import DOCUMENT_LANGUAGES, Domain, NeedLevel
from shelterplan.core.wizards.intake import CONSENT, HOUSEHOLD, IDENTITY, SAFE_CONTACT, SITUATION
from shelterplan.ui.delegates import editor_date_format
from shelterplan.ui.vocab_labels import domain_label, language_label, need_label
from shelterplan.ui.wizards.intake_widgets import (
    IntakePage,
    RowColumn,
    RowTable,
    heading_label,
    note_label,
    page_title,
)


def _text_of(values: dict[str, Any], name: str) -> str:
    value = values.get(name)
    return value if isinstance(value, str) else ""


class ConsentPage(IntakePage):
    key = CONSENT

    def __init__(self, services: list[tuple[str, str]]) -> None:
        super().__init__(page_title(CONSENT))
        self.setSubTitle(self.tr("Read this with her before anything is written down."))
        explained = QFormLayout()
        explained.setVerticalSpacing(8)
        for lead, text in (
            (
                self.tr("What we write down"),
                self.tr(
                    "What she tells us for her plan: her name, how to reach her safely, her "
                    "situation, her goals and the people around her."
                ),
            ),
            (
                self.tr("Who can see it"),
                self.tr(
                    "The workers of this shelter who work with her, and their supervisors. "
                    "It is kept encrypted on this computer."
                ),
            ),
            (
                self.tr("Sharing"),
                self.tr(
                    "Nothing leaves the shelter without her separate consent below, except "
                    "where the law requires it (a child in danger, a risk to someone's life)."
                ),
            ),
            (
                self.tr("Her choices"),
                self.tr("She may refuse any question, and withdraw any consent later."),
            ),
        ):
            explained.addRow(heading_label(lead), note_label(text))
        self.body.addLayout(explained)
        self.body.addSpacing(6)
        self.agrees = QCheckBox(
            self.tr("She agrees that the shelter keeps a file about her, as explained (required)")
        )
        self.agrees.setObjectName("agreesToFile")
        bold = self.agrees.font()
        bold.setBold(True)
        self.agrees.setFont(bold)
        self.body.addWidget(self.agrees)
        self.field_widgets["agrees_to_file"] = self.agrees
        self.body.addSpacing(8)
        self.body.addWidget(heading_label(self.tr("Sharing, only with her separate consent")))
        self.share_with = RowTable(
            [
                RowColumn(
                    "provider",
                    self.tr("Provider she agrees we share information with"),
                    kind="suggest",
                    stretch=1,
                    choices=tuple(services),
                    id_key="service_id",
                    placeholder=self.tr("Pick from the directory, or type a name"),
                )
            ],
            self.tr("Add a provider"),
            self.tr("providers she agrees we share with"),
            visible_rows=3,
        )
        self.body.addWidget(self.share_with)
        self.contact_supports = QCheckBox(
            self.tr("She agrees that we contact the support people she names as safe to contact")
        )
        self.body.addWidget(self.contact_supports)
        self.body.addWidget(
            note_label(
                self.tr(
                    "If she would rather not decide about sharing now, press “She prefers not "
                    "to answer”: nothing will be shared, and her file is kept as she agreed."
                )
            )
        )

    def read_values(self) -> dict[str, Any]:
        return {
            "agrees_to_file": self.agrees.isChecked(),
            "share_with": self.share_with.rows(),
            "contact_support_people": self.contact_supports.isChecked(),
        }

    def show_values(self, values: dict[str, Any]) -> None:
        self.agrees.setChecked(values.get("agrees_to_file") is True)
        self.share_with.set_rows(values.get("share_with") or [])
        self.contact_supports.setChecked(bool(values.get("contact_support_people")))


class IdentityPage(IntakePage):
    key = IDENTITY

    def __init__(self) -> None:
        super().__init__(page_title(IDENTITY))
        self.setSubTitle(self.tr("Only the name she wants to be called by is needed."))
        form = QFormLayout()
        self.preferred_name = QLineEdit()
        self.preferred_name.setObjectName("preferredName")
        self.legal_name = QLineEdit()
        self.legal_name.setPlaceholderText(self.tr("Only if she wants it written down"))
        self.pronouns = QLineEdit()
        self.pronouns.setPlaceholderText(self.tr("For example: she/her, elle, ella, they"))
        self.birth_known = QCheckBox(self.tr("Known"))
        self.birth_known.setAccessibleName(self.tr("Birth date known"))
        self.birth_date = QDateEdit()
        self.birth_date.setCalendarPopup(True)
        self.birth_date.setDisplayFormat(editor_date_format())
        self.birth_date.setMinimumDate(QDate(1897, 1, 1))
        self.birth_date.setAccessibleName(self.tr("Birth date"))
        self.birth_known.toggled.connect(self.birth_date.setEnabled)
        birth_row = QHBoxLayout()
        birth_row.addWidget(self.birth_known)
        birth_row.addWidget(self.birth_date)
        birth_row.addStretch(1)
        self.age = QSpinBox()
        self.age.setRange(0, 129)
        self.age.setSpecialValueText(self.tr("Not given"))
        self.languages = QLineEdit()
        self.languages.setPlaceholderText(self.tr("Separate with commas: French, Wolof"))
        self.document_language = QComboBox()
        for code in DOCUMENT_LANGUAGES:
            self.document_language.addItem(language_label(code), code)
        for short in (self.age, self.document_language):
            short.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            short.setMinimumWidth(self.fontMetrics().horizontalAdvance("x" * 22))
        form.addRow(self.tr("P&referred name or alias (required):"), self.preferred_name)
        form.addRow(self.tr("&Legal name:"), self.legal_name)
        form.addRow(self.tr("&Pronouns:"), self.pronouns)
        form.addRow(self.tr("Birth date:"), birth_row)
        form.addRow(self.tr("Appro&ximate age:"), self.age)
        form.addRow(self.tr("Languages she &speaks:"), self.languages)
        form.addRow(self.tr("Language of printed &documents:"), self.document_language)
        self.body.addLayout(form)
        self.field_widgets.update(
            preferred_name=self.preferred_name,
            approximate_age=self.age,
            birth_date=self.birth_date,
            document_language=self.document_language,
        )

    def read_values(self) -> dict[str, Any]:
        birth = self.birth_date.date()
        return {
            "preferred_name": self.preferred_name.text().strip(),
            "legal_name": self.legal_name.text().strip(),
            "pronouns": self.pronouns.text().strip(),
            "birth_date": (
                date(birth.year(), birth.month(), birth.day()).isoformat()
                if self.birth_known.isChecked()
                else ""
            ),
            "approximate_age": self.age.value() or None,
            "languages": [p.strip() for p in self.languages.text().split(",") if p.strip()],
            "document_language": self.document_language.currentData(),
        }

    def show_values(self, values: dict[str, Any]) -> None:
        self.preferred_name.setText(_text_of(values, "preferred_name"))
        self.legal_name.setText(_text_of(values, "legal_name"))
        self.pronouns.setText(_text_of(values, "pronouns"))
        self.birth_date.setMaximumDate(QDate.currentDate())
        birth = QDate.fromString(_text_of(values, "birth_date"), Qt.DateFormat.ISODate)
        self.birth_known.setChecked(birth.isValid())
        self.birth_date.setEnabled(birth.isValid())
        self.birth_date.setDate(birth if birth.isValid() else QDate(1990, 1, 1))
        age = values.get("approximate_age")
        self.age.setValue(age if isinstance(age, int) else 0)
        self.languages.setText(", ".join(values.get("languages") or []))
        screen = QLocale().name()[:2]
        wanted = values.get("document_language") or (
            screen if screen in DOCUMENT_LANGUAGES else "en"
        )
        self.document_language.setCurrentIndex(max(self.document_language.findData(wanted), 0))


class SafeContactPage(IntakePage):
    key = SAFE_CONTACT

    def __init__(self) -> None:
        super().__init__(page_title(SAFE_CONTACT))
        self.setSubTitle(
            self.tr("How to reach her without putting her at risk. Ask; never assume.")
        )
        form = QFormLayout()
        self.phone = QLineEdit()
        self.no_phone = QCheckBox(self.tr("She has no safe phone"))
        self.no_phone.toggled.connect(lambda none: self.phone.setEnabled(not none))
        phone_row = QHBoxLayout()
        phone_row.addWidget(self.phone, 1)
        phone_row.addWidget(self.no_phone)
        self.message = QComboBox()
        for label, value in (
            (self.tr("Not answered — do not leave one"), None),
            (self.tr("Yes, a message may be left"), True),
            (self.tr("No, never leave a message"), False),
        ):
            self.message.addItem(label, value)
        self.message.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.safe_times = QLineEdit()
        self.safe_times.setPlaceholderText(self.tr("For example: weekdays between 10 and 2"))
        self.code_word = QLineEdit()
        self.code_word.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        self.code_word.setPlaceholderText(self.tr("A word that tells her it is really us"))
        self.do_not_tell = QPlainTextEdit()
        self.do_not_tell.setTabChangesFocus(True)
        self.do_not_tell.setFixedHeight(self.do_not_tell.fontMetrics().height() * 4 + 12)
        phone_label = QLabel(self.tr("Safe &phone:"))
        phone_label.setBuddy(self.phone)
        form.addRow(phone_label, phone_row)
        form.addRow(self.tr("May we leave a &message?"), self.message)
        form.addRow(self.tr("Safe &times to call:"), self.safe_times)
        form.addRow(self.tr("&Code word:"), self.code_word)
        form.addRow(self.tr("People who must not be tol&d she is here:"), self.do_not_tell)
        self.body.addLayout(form)
        self.field_widgets["may_leave_message"] = self.message

    def read_values(self) -> dict[str, Any]:
        return {
            "safe_phone": self.phone.text().strip(),
            "no_safe_phone": self.no_phone.isChecked(),
            "may_leave_message": self.message.currentData(),
            "safe_times": self.safe_times.text().strip(),
            "code_word": self.code_word.text().strip(),
            "do_not_tell": self.do_not_tell.toPlainText().strip(),
        }

    def show_values(self, values: dict[str, Any]) -> None:
        self.phone.setText(_text_of(values, "safe_phone"))
        self.no_phone.setChecked(bool(values.get("no_safe_phone")))
        self.message.setCurrentIndex(
            {None: 0, True: 1, False: 2}.get(values.get("may_leave_message"), 0)
        )
        self.safe_times.setText(_text_of(values, "safe_times"))
        self.code_word.setText(_text_of(values, "code_word"))
        self.do_not_tell.setPlainText(_text_of(values, "do_not_tell"))


class HouseholdPage(IntakePage):
    key = HOUSEHOLD

    def __init__(self) -> None:
        super().__init__(page_title(HOUSEHOLD))
        self.setSubTitle(
            self.tr(
                "Children and other dependants with her or in her care. A first name, "
                "initials or a nickname is enough."
            )
        )
        self.dependants = RowTable(
            [
                RowColumn("name", self.tr("Name"), stretch=2),
                RowColumn("age", self.tr("Age"), kind="number"),
                RowColumn("relationship", self.tr("Relationship to her"), stretch=2),
                RowColumn("with_her", self.tr("With her here"), kind="check", default=True),
                RowColumn("notes", self.tr("Notes (school, health, custody)"), stretch=4),
            ],
            self.tr("Add a child or dependant"),
            self.tr("children and dependants"),
            visible_rows=6,
        )
        self.body.addWidget(self.dependants)

    def read_values(self) -> dict[str, Any]:
        return {"dependants": self.dependants.rows()}

    def show_values(self, values: dict[str, Any]) -> None:
        self.dependants.set_rows(values.get("dependants") or [])


class SituationPage(IntakePage):
    """All twelve domains at once, one compact line each: what is happening, how pressing
    it is, and how much it matters to her."""

    key = SITUATION
    _LEVELS = (
        NeedLevel.NONE,
        NeedLevel.LOW,
        NeedLevel.MODERATE,
        NeedLevel.HIGH,
        NeedLevel.URGENT,
        NeedLevel.DECLINED,
    )

    def __init__(self) -> None:
        super().__init__(page_title(SITUATION))
        self.setSubTitle(
            self.tr(
                "A few words per domain. Leave a line blank if it was not talked about; "
                "choose “She chose not to say” if she declined that one."
            )
        )
        grid = QGridLayout()
        grid.setVerticalSpacing(3)
        self.body.addLayout(grid)  # first, so the widgets share a window for Tab order
        for column, title in enumerate(
            (
                self.tr("Domain"),
                self.tr("Her situation, briefly"),
                self.tr("Need"),
                self.tr("Her priority"),
            )
        ):
            grid.addWidget(heading_label(title), 0, column)
        self.rows: dict[str, tuple[QLineEdit, QComboBox, QSpinBox]] = {}
        previous: QWidget | None = None
        for number, domain in enumerate(Domain, start=1):
            label = QLabel(domain_label(domain))
            note = QLineEdit()
            need = QComboBox()
            need.addItem(self.tr("—"), "")
            for level in self._LEVELS:
                need.addItem(need_label(level), level.value)
            priority = QSpinBox()
            priority.setRange(0, 5)
            priority.setSpecialValueText(self.tr("—"))
            name = domain_label(domain)
            note.setAccessibleName(self.tr("{0}: her situation").format(name))
            need.setAccessibleName(self.tr("{0}: need level").format(name))
            priority.setAccessibleName(
                self.tr("{0}: her priority, 1 most important to 5").format(name)
            )
            label.setBuddy(note)
            for column, widget in enumerate((label, note, need, priority)):
                grid.addWidget(widget, number, column)
            for widget in (note, need, priority):
                if previous is not None:
                    QWidget.setTabOrder(previous, widget)
                previous = widget
            self.rows[domain.value] = (note, need, priority)
        grid.setColumnStretch(1, 1)
        self.body.addWidget(note_label(self.tr("Her priority: 1 is what matters most to her.")))

    def read_values(self) -> dict[str, Any]:
        domains = {}
        for domain, (note, need, priority) in self.rows.items():
            answer = {
                "note": note.text().strip(),
                "need_level": need.currentData() or "",
                "priority": priority.value() or None,
            }
            if answer["note"] or answer["need_level"] or answer["priority"]:
                domains[domain] = answer
        return {"domains": domains}

    def show_values(self, values: dict[str, Any]) -> None:
        domains = values.get("domains") or {}
        for domain, (note, need, priority) in self.rows.items():
            answer = domains.get(domain) or {}
            note.setText(_text_of(answer, "note"))
            need.setCurrentIndex(max(need.findData(answer.get("need_level") or ""), 0))
            value = answer.get("priority")
            priority.setValue(value if isinstance(value, int) else 0)
