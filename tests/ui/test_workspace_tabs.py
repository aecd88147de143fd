"""The case workspace tabs other than the plan: overview, assessment, notes, versions."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)
from sqlalchemy import select

from shelterplan.core import cases, planning, versions, workspace
from shelterplan.core.actors import actor_named
from shelterplan.store.casestore import CaseStore
from shelterplan.store.models import Consent, Step, Worker
from shelterplan.ui.context import Desk
from shelterplan.ui.models.assessment_model import (
    COLUMN_NEED,
    AssessmentModel,
    NeedLevelRole,
    PressingRole,
)
from shelterplan.ui.models.notes_model import BodyRole, NoteIdRole, NotesModel
from shelterplan.ui.models.versions_model import (
    COLUMN_SIGNED_AT,
    COLUMN_SIGNED_BY,
    SignedRole,
    VersionsModel,
)
from shelterplan.ui.vocab_labels import date_text
from shelterplan.ui.workspace.assessment_tab import AssessmentTab
from shelterplan.ui.workspace.notes_tab import NotesTab
from shelterplan.ui.workspace.overview_tab import OverviewTab
from shelterplan.ui.workspace.versions_tab import VersionsTab
from tests.conftest import ADMIN
from tests.helpers.content import canary, write_everything

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
TODAY = date(2026, 11, 23)
TABS = (OverviewTab, AssessmentTab, NotesTab, VersionsTab)
ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.UserRole,
)


@pytest.fixture
def full_case(store: CaseStore) -> str:
    with store.session() as session:
        _, case_id = write_everything(session, ADMIN)
    return case_id


@pytest.fixture
def desk(store: CaseStore) -> Desk:
    return Desk.for_store(store, today=lambda: TODAY)


def _model_texts(model: QAbstractItemModel) -> Iterator[str]:
    # a list model hides columnCount (private in C++): it has one column
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
    for column in range(columns):
        yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
    for row in range(model.rowCount(QModelIndex())):
        for column in range(columns):
            index = model.index(row, column)
            for role in ROLES:
                yield str(model.data(index, role) or "")


def all_texts(widget: QWidget) -> str:
    """Every text a tab shows or exposes: labels, editors, buttons and item models."""
    texts: list[str] = []
    for child in [widget, *widget.findChildren(QWidget)]:
        texts += [child.accessibleName(), child.accessibleDescription(), child.toolTip()]
        if isinstance(child, (QLabel, QLineEdit, QPushButton)):
            texts.append(child.text())
        if isinstance(child, (QTextEdit, QPlainTextEdit)):
            texts.append(child.toPlainText())
        if isinstance(child, QAbstractItemView) and child.model() is not None:
            texts += list(_model_texts(child.model()))
    return "\n".join(texts)


def _label(tab: QWidget, name: str) -> QLabel:
    label = tab.findChild(QLabel, name)
    assert label is not None, name
    return label


# --- item models -------------------------------------------------------------------------
def test_item_models_pass_the_model_tester(qtbot, store, desk, full_case):
    with store.session() as session:
        cases.assess_domain(session, desk.actor, full_case, "safety", "Threats", "urgent", 2)
        cases.add_note(session, desk.actor, full_case, "Second note")
        found = workspace.assessment(session, desk.actor, full_case)
        notes = workspace.notes_timeline(session, desk.actor, full_case)
        history = workspace.reviews_and_versions(session, desk.actor, full_case)
    pairs = (
        (AssessmentModel(), found.items),
        (NotesModel(), notes),
        (VersionsModel(), history.versions),
    )
    for model, rows in pairs:
        tester = QAbstractItemModelTester(
            model, QAbstractItemModelTester.FailureReportingMode.Fatal
        )
        model.load(rows)
        assert model.rowCount() == len(rows) > 0
        model.clear()
        assert model.rowCount() == 0
        model.load(rows)
        del tester

    assessment_model, notes_model, versions_model = (model for model, _ in pairs)
    urgent = assessment_model.index(0, COLUMN_NEED)
    assert urgent.data(NeedLevelRole) == "urgent" and urgent.data(PressingRole) is True
    assert urgent.data().startswith("⚠") and "Urgent" in urgent.data()
    assert urgent.data(Qt.ItemDataRole.FontRole).bold()
    assert notes_model.index(0).data(BodyRole) == "Second note"
    assert notes_model.index(0).data(NoteIdRole) == notes[0].note_id
    assert versions_model.index(0, 0).data(SignedRole) is True
    assert canary("Signer") in versions_model.index(0, COLUMN_SIGNED_BY).data()


# --- overview ----------------------------------------------------------------------------
def test_overview_puts_safe_contact_first_and_hides_the_code_word(qtbot, desk, full_case):
    tab = OverviewTab()
    qtbot.addWidget(tab)
    tab.resize(1000, 680)
    tab.load(desk, full_case)
    tab.show()
    qtbot.waitExposed(tab)

    no_messages = _label(tab, "safeRule_no_messages")
    assert no_messages.text() == "Do not leave messages"
    assert no_messages.font().bold() and no_messages.isVisible()
    assert tab.safe_panel.isAncestorOf(no_messages)
    panel_top = tab.safe_panel.mapTo(tab, tab.safe_panel.rect().topLeft()).y()
    details_top = tab.details.mapTo(tab, tab.details.rect().topLeft()).y()
    assert panel_top < details_top
    assert canary("DoNotTell") in _label(tab, "safeRule_do_not_tell").text()
    assert "Code word on file" in all_texts(tab)
    assert _label(tab, "clientName").text() == canary("Preferred")

    assert canary("CodeWord") not in all_texts(tab)
    qtbot.mouseClick(tab.show_code_word, Qt.MouseButton.LeftButton)
    assert tab.code_word_value.text() == canary("CodeWord")
    assert tab.code_word_value.isVisible()
    qtbot.mouseClick(tab.show_code_word, Qt.MouseButton.LeftButton)
    assert canary("CodeWord") not in all_texts(tab)
    assert not tab.code_word_value.isVisible()


# --- notes -------------------------------------------------------------------------------
def test_notes_tab_adds_a_note_with_ctrl_return(qtbot, store, desk, full_case):
    tab = NotesTab()
    qtbot.addWidget(tab)
    tab.load(desk, full_case)
    tab.show()
    qtbot.waitExposed(tab)
    assert tab.model.rowCount() == 1

    tab.editor.setFocus()
    tab.editor.insertPlainText("Appelé Sylvie")  # QTest types ASCII only
    qtbot.keyClicks(tab.editor, " : tout va bien.")
    with qtbot.waitSignal(tab.note_added) as added:
        qtbot.keyClick(tab.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert tab.model.rowCount() == 2
    assert tab.model.index(0).data(BodyRole) == "Appelé Sylvie : tout va bien."
    assert tab.model.index(0).data(NoteIdRole) == added.args[0]
    assert tab.editor.toPlainText() == ""
    with store.session() as session:
        stored = workspace.notes_timeline(session, desk.actor, full_case)
    assert stored[0].body == "Appelé Sylvie : tout va bien."


def test_an_empty_note_saves_nothing(qtbot, store, desk, full_case):
    tab = NotesTab()
    qtbot.addWidget(tab)
    tab.load(desk, full_case)
    qtbot.keyClicks(tab.editor, "   ")
    qtbot.keyClick(tab.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert "empty" in tab.message.text()
    assert tab.model.rowCount() == 1
    with store.session() as session:
        assert len(workspace.notes_timeline(session, desk.actor, full_case)) == 1


# --- versions ----------------------------------------------------------------------------
def test_versions_tab_shows_the_signed_version_then_the_changes(qtbot, store, desk, full_case):
    tab = VersionsTab()
    qtbot.addWidget(tab)
    tab.load(desk, full_case)
    assert tab.model.rowCount() == 1
    assert tab.model.index(0, COLUMN_SIGNED_AT).data() != "Draft — not signed"
    assert tab.changes_status.text() == "No changes since version 1 was signed."
    assert tab.changes.count() == 0
    assert tab.reviews.count() == 1 and canary("Summary") in tab.reviews.item(0).text()

    with store.session() as session:
        step = session.scalar(select(Step).where(Step.case_id == full_case))
        step.due_on = date(2026, 12, 4)
        planning.add_goal(session, desk.actor, full_case, "Reprendre mes études")
    tab.load(desk, full_case)
    changes = [tab.changes.item(row).text() for row in range(tab.changes.count())]
    assert "Since version 1 was signed (2 changes)" in tab.changes_status.text()
    assert changes[0] == "New goal: Reprendre mes études"
    assert "due date" in changes[1] and date_text(date(2026, 12, 4)) in changes[1]

    with store.session() as session:
        versions.freeze_plan_version(session, desk.actor, full_case)
    tab.load(desk, full_case)
    assert tab.model.index(0, COLUMN_SIGNED_AT).data() == "Draft — not signed"
    assert tab.model.index(0, COLUMN_SIGNED_BY).data() == "—"


# --- clearing ----------------------------------------------------------------------------
@pytest.mark.parametrize("tab_type", TABS, ids=lambda t: t.__name__)
def test_clear_leaves_no_client_text(qtbot, desk, full_case, tab_type):
    tab = tab_type()
    qtbot.addWidget(tab)
    tab.load(desk, full_case)
    if isinstance(tab, OverviewTab):
        tab.show_code_word.click()
    if isinstance(tab, NotesTab):
        qtbot.keyClicks(tab.editor, canary("Draft"))
    assert "CANARY" in all_texts(tab)
    tab.clear()
    assert "CANARY" not in all_texts(tab)


def test_a_tab_that_may_not_see_the_case_shows_nothing(qtbot, store, desk, full_case):
    from shelterplan.errors import NotAllowed

    with store.session() as session:
        session.add(Worker(name="Bea Worker", role="worker"))
    with store.session() as session:
        other = Desk(store, actor_named(session, "Bea Worker"), lambda: TODAY)
    for tab_type in TABS:
        tab = tab_type()
        qtbot.addWidget(tab)
        tab.load(desk, full_case)
        with pytest.raises(NotAllowed):
            tab.load(other, full_case)
        assert "CANARY" not in all_texts(tab)


# --- screenshots -------------------------------------------------------------------------
def test_screenshots_of_a_realistic_case(qtbot, store):
    case_id, worker = build_realistic_case(store)
    with store.session() as session:
        desk = Desk(store, actor_named(session, worker), lambda: TODAY)
    SCREENSHOTS.mkdir(exist_ok=True)
    for name, tab_type in zip(("overview", "assessment", "notes", "versions"), TABS, strict=True):
        tab = tab_type()
        qtbot.addWidget(tab)
        tab.resize(1000, 680)
        tab.load(desk, case_id)
        tab.show()
        qtbot.waitExposed(tab)
        qtbot.wait(50)  # let deferred layouts (wrapped lists, row heights) settle
        assert tab.grab().save(str(SCREENSHOTS / f"workspace_{name}.png"))


def test_realistic_case_reads_back(store):
    """The screenshot case is itself a small check of the read models."""
    case_id, worker = build_realistic_case(store)
    with store.session() as session:
        actor = actor_named(session, worker)
        overview = workspace.case_overview(session, actor, case_id)
        consents = session.scalars(select(Consent).where(Consent.case_id == case_id)).all()
    states = sorted(c.state_on(TODAY) for c in overview.consents)
    assert len(consents) == 3 and [s.value for s in states] == ["expired", "valid", "withdrawn"]
    assert overview.lead_worker == worker
    assert overview.rules[0] == workspace.SafeContactRule.DO_NOT_TELL


# --- a realistic synthetic case (for the screenshots) ------------------------------------
def build_realistic_case(store: CaseStore) -> tuple[str, str]:
    """Amélie, at a Montréal shelter for two months: returns the case id and her worker."""
    worker, colleague = "Élise Martin", "Claire Lefebvre"
    with store.session() as session:
        session.add_all([Worker(name=worker, role="worker"), Worker(name=colleague)])
    with store.session() as session:
        actor, other = actor_named(session, worker), actor_named(session, colleague)
        case = cases.open_new_case(
            session,
            actor,
            cases.NewClient(
                preferred_name="Amélie",
                legal_name="Amélie Tremblay-Gagnon",
                pronouns="elle / she",
                birth_date=date(1989, 5, 14),
                languages=["fr", "en"],
                document_language="fr",
                may_leave_message=False,
                safe_times="En semaine, 10 h – 14 h, quand les enfants sont à l'école",
                code_word="tournesol",
                do_not_tell="son ex-conjoint (Marc G.) ni sa famille à Laval",
            ),
            program="Maison Hélène — hébergement d'urgence",
            opened_on=date(2026, 9, 14),
        )
        case_id = case.id
        cases.share_case(session, actor, case_id, other.worker_id)
        for domain, situation, need, priority, risks in (
            (
                "safety",
                "Son ex-conjoint a menacé de venir à la maison d'hébergement.",
                "urgent",
                1,
                "Il connaît l'adresse de sa sœur.",
            ),
            ("housing", "Hébergement d'urgence jusqu'au 15 décembre.", "high", 2, None),
            ("legal", "Garde des enfants à régler ; ordonnance de protection.", "high", 3, None),
            ("income", "Aucun revenu depuis son départ.", "moderate", 4, None),
            ("children", "Léo (6 ans) et Maya (9 ans), inscrits à l'école.", "moderate", 2, None),
            ("mental_health", "Dort mal ; aimerait un groupe de soutien.", "low", 5, None),
            ("immigration", None, "none", None, None),
        ):
            cases.assess_domain(
                session, actor, case_id, domain, situation, need, priority, risks, TODAY
            )
        for strength in (
            "Très organisée : elle garde tous ses papiers",
            "Un réseau solide : sa sœur Sylvie et une voisine",
            "Parle français, anglais et un peu d'espagnol",
            "Mère attentive ; les enfants vont bien à l'école",
        ):
            cases.add_strength(session, actor, case_id, strength)
        for kind, name, role, org, phone, safe, share in (
            ("support", "Sylvie Tremblay", "sœur", None, "514-555-0142", True, True),
            ("support", "Josée Paquette", "voisine", None, None, False, False),
            ("team", "Dre Nadia Benali", "médecin de famille", "CLSC Rosemont", None, True, True),
            ("team", "Me Julie Ouellet", "avocate", "Aide juridique Montréal", None, True, True),
        ):
            cases.add_person(session, actor, case_id, kind, name, role, org, phone, safe, share)
        cases.record_consent(
            session,
            actor,
            case_id,
            "Partage avec l'aide juridique",
            "Situation familiale et documents de garde",
            date(2026, 9, 15),
            date(2027, 3, 15),
        )
        cases.record_consent(
            session, actor, case_id, "Partage avec l'OMH", None, date(2026, 5, 2), date(2026, 11, 1)
        )
        dpj = cases.record_consent(
            session, actor, case_id, "Partage avec la DPJ", "Suivi des enfants", date(2026, 9, 20)
        )
        dpj.withdrawn_on = date(2026, 10, 30)

        home = planning.add_goal(
            session,
            actor,
            case_id,
            "Un appartement à moi, pour moi et les enfants",
            domain="housing",
            target_on=date(2027, 6, 30),
        )
        income = planning.add_goal(
            session, actor, case_id, "Avoir un revenu stable", "intermediate", home.id, "income"
        )
        steps = [
            planning.add_step(
                session,
                actor,
                income.id,
                "Remplir la demande d'aide sociale",
                "client",
                date(2026, 9, 30),
            ),
            planning.add_step(
                session,
                actor,
                home.id,
                "Inscription sur la liste de l'OMH",
                "worker",
                date(2026, 10, 10),
            ),
            planning.add_step(
                session,
                actor,
                home.id,
                "Visiter deux logements à Rosemont",
                "client",
                date(2026, 12, 5),
            ),
        ]
        versions.freeze_plan_version(
            session,
            actor,
            case_id,
            signatories=[
                versions.Signatory("client", "Amélie"),
                versions.Signatory("worker", worker),
            ],
            signed_at=datetime(2026, 9, 22, 15, 10),
        )
        planning.record_step_outcome(
            session, actor, steps[0].id, "done", "Demande envoyée", date(2026, 9, 29)
        )
        planning.start_review(
            session,
            actor,
            case_id,
            date(2026, 10, 15),
            "Sécurité stabilisée ; la demande d'aide sociale est envoyée. Priorité : logement.",
            date(2026, 12, 10),
        )
        versions.freeze_plan_version(
            session,
            actor,
            case_id,
            signatories=[
                versions.Signatory("client", "Amélie"),
                versions.Signatory("worker", worker),
            ],
            signed_at=datetime(2026, 10, 15, 14, 40),
        )
        planning.record_step_outcome(
            session, actor, steps[1].id, "done", "Inscrite, 14 mois d'attente", date(2026, 10, 12)
        )
        steps[2].due_on = date(2026, 12, 12)
        planning.add_goal(
            session,
            actor,
            case_id,
            "Reprendre une formation en secrétariat",
            "intermediate",
            income.id,
            "education_employment",
        )
        versions.freeze_plan_version(session, actor, case_id)  # printed, not yet signed
        for when, who, body in (
            (
                datetime(2026, 9, 14, 19, 20),
                actor,
                "Arrivée ce soir avec Léo et Maya. Fatiguée mais soulagée. Chambre 4.",
            ),
            (
                datetime(2026, 9, 22, 15, 30),
                actor,
                "Plan signé ensemble. Elle veut d'abord un revenu, puis un logement près "
                "de l'école des enfants.",
            ),
            (
                datetime(2026, 10, 3, 11, 5),
                other,
                "Appel de Sylvie (sœur) : tout va bien. Rappel : ne jamais laisser de "
                "message sur le cellulaire d'Amélie.",
            ),
            (
                datetime(2026, 11, 18, 10, 45),
                actor,
                "Rendez-vous avec Me Ouellet confirmé pour le 26 novembre. Amélie apportera "
                "les bulletins des enfants et la lettre de l'école.",
            ),
            (
                datetime(2026, 11, 21, 9, 15),
                other,
                "Bonne nouvelle : la demande d'aide "
                "sociale est acceptée, premier versement le 1er décembre.",
            ),
        ):
            cases.add_note(session, who, case_id, body, when)
    return case_id, worker
