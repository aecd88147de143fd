"""The second half of the intake: strengths, her goals, her team, and the summary."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QCheckBox, QGridLayout, QPlainTextEdit, QTextBrowser

from shelterplan.core.vocab import Domain
from shelterplan.core.wizards.intake import (
    CONSENT,
    GOALS,
    SITUATION,
    STRENGTH_PROMPTS,
    STRENGTHS,
    SUMMARY,
    TEAM,
    ConsentPurpose,
    IntakeFlow,
    SummaryLine,
)
from shelterplan.ui.vocab_labels import (
    date_text,
    domain_label,
    language_label,
    need_label,
    person_kind_label,
)
from shelterplan.ui.wizards.intake_widgets import (
    CONTEXT,
    IntakePage,
    RowColumn,
    RowTable,
    heading_label,
    page_title,
)

KEYS_IN_ORDER = [spec.key for spec in IntakeFlow.pages]

_PROMPTS = {
    "kept_safe": QT_TRANSLATE_NOOP("IntakeWizard", "Has kept herself and others safe"),
    "protects_children": QT_TRANSLATE_NOOP("IntakeWizard", "Protects and cares for her children"),
    "asked_for_help": QT_TRANSLATE_NOOP("IntakeWizard", "Reached out for help: she is here"),
    "resourceful": QT_TRANSLATE_NOOP("IntakeWizard", "Resourceful: finds a way"),
    "determined": QT_TRANSLATE_NOOP("IntakeWizard", "Determined and persistent"),
    "work_experience": QT_TRANSLATE_NOOP("IntakeWizard", "Work experience or a trade"),
    "languages": QT_TRANSLATE_NOOP("IntakeWizard", "Speaks more than one language"),
    "manages_money": QT_TRANSLATE_NOOP("IntakeWizard", "Makes a little money go far"),
    "people_who_care": QT_TRANSLATE_NOOP("IntakeWizard", "Has people who care about her"),
    "faith_culture": QT_TRANSLATE_NOOP(
        "IntakeWizard", "Draws strength from her faith, culture or community"
    ),
    "creative": QT_TRANSLATE_NOOP("IntakeWizard", "Creative: cooking, sewing, art, music"),
    "knows_what_she_wants": QT_TRANSLATE_NOOP("IntakeWizard", "Knows what she wants for her life"),
}


def prompt_label(code: str) -> str:
    source = _PROMPTS.get(code)
    return QCoreApplication.translate(CONTEXT, source) if source else code


def _lines(values: dict[str, Any], name: str) -> list[str]:
    found = values.get(name) or []
    return [line for line in found if isinstance(line, str)]


class StrengthsPage(IntakePage):
    """Never an empty page: the prompts are there to tick, and her own words below."""

    key = STRENGTHS

    def __init__(self) -> None:
        super().__init__(page_title(STRENGTHS))
        self.setSubTitle(
            self.tr(
                "What does she do well? What has helped her through hard times? Tick what "
                "she recognises in herself, and add her own words."
            )
        )
        grid = self._grid = QGridLayout()
        self._columns = 2
        self.prompts: dict[str, QCheckBox] = {}
        for number, code in enumerate(STRENGTH_PROMPTS):
            box = QCheckBox(prompt_label(code))
            box.setMinimumWidth(1)  # the page picks one or two columns (_arrange), not this
            grid.addWidget(box, number // 2, number % 2)
            self.prompts[code] = box
        self.body.addLayout(grid)
        self.body.addSpacing(6)
        own_title = heading_label(self.tr("In her own &words (one per line):"))
        self.own_words = QPlainTextEdit()
        self.own_words.setTabChangesFocus(True)
        self.own_words.setAccessibleName(self.tr("Strengths in her own words"))
        own_title.setBuddy(self.own_words)
        self.body.addWidget(own_title)
        self.body.addWidget(self.own_words)
        self.field_widgets["own_words"] = self.own_words

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        """The prompts in two columns when two fit side by side (a longer language may
        not leave room), else in one: every prompt is read whole."""
        boxes = list(self.prompts.values())
        wide = max(box.sizeHint().width() for box in boxes)
        margins = self.layout().contentsMargins()
        room = self.width() - margins.left() - margins.right()
        columns = 2 if 2 * wide + max(self._grid.horizontalSpacing(), 6) <= room else 1
        if columns == self._columns:
            return
        self._columns = columns
        for box in boxes:
            self._grid.removeWidget(box)
        for number, box in enumerate(boxes):
            self._grid.addWidget(box, number // columns, number % columns)

    def read_values(self) -> dict[str, Any]:
        chosen = [code for code, box in self.prompts.items() if box.isChecked()]
        return {
            "chosen": chosen,
            # The words she agreed with, as shown: they become the strength's text.
            "prompt_words": {code: self.prompts[code].text() for code in chosen},
            "own_words": [
                line.strip() for line in self.own_words.toPlainText().splitlines() if line.strip()
            ],
        }

    def show_values(self, values: dict[str, Any]) -> None:
        chosen = set(values.get("chosen") or [])
        for code, box in self.prompts.items():
            box.setChecked(code in chosen)
        self.own_words.setPlainText("\n".join(_lines(values, "own_words")))


class GoalsPage(IntakePage):
    key = GOALS

    def __init__(self) -> None:
        super().__init__(page_title(GOALS))
        self.setSubTitle(
            self.tr(
                "What does she want to reach? Write it the way she says it. The goal "
                "wizard will later work backwards from each goal."
            )
        )
        domains = tuple((d.value, domain_label(d)) for d in Domain)
        self.goals = RowTable(
            [
                RowColumn("text", self.tr("Her goal, in her words"), stretch=1),
                RowColumn("domain", self.tr("Domain (if any)"), kind="choice", choices=domains),
            ],
            self.tr("Add another goal"),
            self.tr("her goals"),
            visible_rows=6,
        )
        self.body.addWidget(self.goals)

    def read_values(self) -> dict[str, Any]:
        return {"goals": self.goals.rows()}

    def show_values(self, values: dict[str, Any]) -> None:
        self.goals.set_rows(values.get("goals") or [])


class TeamPage(IntakePage):
    key = TEAM

    def __init__(self, services: list[tuple[str, str]]) -> None:
        super().__init__(page_title(TEAM))
        self.setSubTitle(
            self.tr("Who already helps her? Ask about each person whether contact is safe.")
        )
        safe = self.tr("Safe to contact")
        self.providers = RowTable(
            [
                RowColumn("name", self.tr("Name"), stretch=2),
                RowColumn("role", self.tr("Role"), stretch=2),
                RowColumn(
                    "organisation",
                    self.tr("Organisation"),
                    kind="suggest",
                    stretch=3,
                    choices=tuple(services),
                ),
                RowColumn("phone", self.tr("Phone"), stretch=2),
                RowColumn("safe_to_contact", safe, kind="check"),
            ],
            self.tr("Add a provider"),
            self.tr("service providers"),
        )
        self.supports = RowTable(
            [
                RowColumn("name", self.tr("Name"), stretch=2),
                RowColumn("role", self.tr("Relationship to her"), stretch=3),
                RowColumn("phone", self.tr("Phone"), stretch=2),
                RowColumn("safe_to_contact", safe, kind="check"),
            ],
            self.tr("Add a support person"),
            self.tr("support people"),
        )
        self.body.addWidget(heading_label(self.tr("Service providers already involved")))
        self.body.addWidget(self.providers)
        self.body.addWidget(heading_label(self.tr("Trusted support people")))
        self.body.addWidget(self.supports)

    def read_values(self) -> dict[str, Any]:
        return {"providers": self.providers.rows(), "supports": self.supports.rows()}

    def show_values(self, values: dict[str, Any]) -> None:
        self.providers.set_rows(values.get("providers") or [])
        self.supports.set_rows(values.get("supports") or [])


class SummaryPage(IntakePage):
    """What Finish will create, read back from the flow (never from the widgets), and
    which pages she declined."""

    key = SUMMARY

    def __init__(self) -> None:
        super().__init__(page_title(SUMMARY))
        self.setSubTitle(
            self.tr("Read it through with her. Finish creates her file and case with this.")
        )
        self.view = QTextBrowser()
        self.view.setObjectName("intakeSummary")
        self.view.setAccessibleName(self.tr("What the intake will create"))
        self.view.setOpenLinks(False)
        self.body.addWidget(self.view, 1)
        page_layout = self.layout()
        assert page_layout is not None
        page_layout.setStretch(0, 1)  # the summary takes the room the base gives its spacer
        page_layout.setStretch(1, 0)

    def initializePage(self) -> None:
        super().initializePage()
        flow = self.flow_wizard.flow
        assert isinstance(flow, IntakeFlow)
        self.view.setHtml(self.summary_html(flow.summary_lines()))

    def summary_html(self, lines: list[SummaryLine]) -> str:
        """Sections in page order. A declined consent page means she declined the
        sharing only, and a declined situation page is said once, not twelve times."""
        declined = {line.page for line in lines if line.item == "declined"}
        refused = [page_title(k) for k in KEYS_IN_ORDER if k in declined and k != CONSENT]
        parts: list[str] = []
        if refused:
            text = self.tr("She preferred not to answer: {0}.").format(", ".join(refused))
            parts.append("<p><b>" + escape(text) + "</b></p>")
        sections: dict[str, list[str]] = {}
        for line in lines:
            if line.item != "declined":
                sections.setdefault(line.page, []).extend(self._sentences(line))
        if CONSENT in declined:
            sections[CONSENT].append(
                self.tr("She preferred not to decide about sharing: nothing will be shared.")
            )
        if SITUATION in declined:
            sections[SITUATION] = [
                self.tr("Every domain is recorded as “{0}”.").format(need_label("declined"))
            ]
        for key, sentences in sections.items():
            parts.append("<h3>" + escape(page_title(key)) + "</h3><ul>")
            parts += ["<li>" + escape(sentence) + "</li>" for sentence in sentences]
            parts.append("</ul>")
        return "".join(parts)

    def _sentences(self, line: SummaryLine) -> list[str]:
        v = line.values
        method = getattr(self, "_say_" + line.item, None)
        return [s for s in method(v) if s] if method else [line.item]

    def _say_client(self, v: dict[str, Any]) -> list[str]:
        age = ""
        if v["birth_date"]:
            age = self.tr("Born on {0}").format(date_text(v["birth_date"]))
        elif v["approximate_age"]:
            age = self.tr("About {0} years old").format(v["approximate_age"])
        return [
            self.tr("Called: {0}").format(v["preferred_name"]),
            self.tr("Legal name: {0}").format(v["legal_name"]) if v["legal_name"] else "",
            self.tr("Pronouns: {0}").format(v["pronouns"]) if v["pronouns"] else "",
            age,
            self.tr("Speaks: {0}").format(", ".join(v["languages"])) if v["languages"] else "",
            self.tr("Printed documents in {0}").format(language_label(v["document_language"])),
        ]

    def _say_consent(self, v: dict[str, Any]) -> list[str]:
        since = date_text(v["given_on"])
        if v["purpose"] == ConsentPurpose.CASE_FILE:
            return [self.tr("She agrees that the shelter keeps her file (on {0})").format(since)]
        if v["purpose"] == ConsentPurpose.SHARE_WITH_PROVIDER:
            return [self.tr("She agrees we share information with {0}").format(v["provider"])]
        return [self.tr("She agrees we contact her support people marked safe to contact")]

    def _say_safe_contact(self, v: dict[str, Any]) -> list[str]:
        message = {
            True: self.tr("A message may be left"),
            False: self.tr("Never leave a message"),
            None: self.tr("Not asked about messages: do not leave one"),
        }[v["may_leave_message"]]
        phone = self.tr("Safe phone: {0}").format(v["safe_phone"]) if v["safe_phone"] else ""
        return [
            phone or self.tr("No safe phone: contact in person only"),
            message,
            self.tr("Safe times: {0}").format(v["safe_times"]) if v["safe_times"] else "",
            self.tr("A code word is recorded") if v["has_code_word"] else "",
            self.tr("Must not be told: {0}").format(v["do_not_tell"]) if v["do_not_tell"] else "",
        ]

    def _say_dependant(self, v: dict[str, Any]) -> list[str]:
        details = [str(v["age"]) if v["age"] is not None else "", v["relationship"]]
        details.append(self.tr("with her") if v["with_her"] else self.tr("not with her"))
        text = self.tr("{0} ({1})").format(v["name"], ", ".join(d for d in details if d))
        return [self.tr("{0} — {1}").format(text, v["notes"]) if v["notes"] else text]

    def _say_assessment(self, v: dict[str, Any]) -> list[str]:
        text = self.tr("{0}: {1}").format(domain_label(v["domain"]), need_label(v["need_level"]))
        if v["priority"]:
            text = self.tr("{0}, her priority {1}").format(text, v["priority"])
        return [self.tr("{0} — {1}").format(text, v["note"]) if v["note"] else text]

    def _say_strength(self, v: dict[str, Any]) -> list[str]:
        return [v["text"]]

    def _say_goal(self, v: dict[str, Any]) -> list[str]:
        if v["domain"]:
            return [self.tr("{0} ({1})").format(v["text"], domain_label(v["domain"]))]
        return [v["text"]]

    def _say_person(self, v: dict[str, Any]) -> list[str]:
        details = ", ".join(d for d in (v["role"], v["organisation"], v["phone"]) if d)
        safe = (
            self.tr("safe to contact") if v["safe_to_contact"] else self.tr("NOT safe to contact")
        )
        text = self.tr("{0} ({1})").format(v["name"], details) if details else v["name"]
        kind = person_kind_label(v["kind"])
        return [self.tr("{0}: {1} — {2}").format(kind, text, safe)]
