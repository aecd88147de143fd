"""The goal and step wizards, filled through their widgets, with screenshots of each page."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QEvent, Qt, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWizard
from sqlalchemy import select

from shelterplan.core import cases, planning
from shelterplan.core.actors import actor_named
from shelterplan.core.drafts import pending_drafts
from shelterplan.store.casestore import CaseStore
from shelterplan.store.models import Goal, Option, Referral, Step, WizardDraft
from shelterplan.ui.context import Desk
from shelterplan.ui.messages import Messages
from shelterplan.ui.wizards.goal_wizard import GoalWizard
from shelterplan.ui.wizards.step_wizard import StepWizard
from tests.conftest import ADMIN

TODAY = date(2026, 11, 23)
SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
HOME = "Un logement à moi, près de l'école de ma fille"
INCOME = "Un revenu stable pour payer le loyer"
SHELTER = "Une place en maison d'hébergement en attendant"


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Messages the wizards show; the test answers every question itself."""
    seen: list[str] = []
    monkeypatch.setattr(Messages, "show", staticmethod(lambda _p, _k, _t, text: seen.append(text)))
    return seen


@pytest.fixture
def desk(store: CaseStore) -> Desk:
    return Desk.for_store(store, today=lambda: TODAY)


@pytest.fixture
def case_id(store: CaseStore) -> str:
    with store.session() as session:
        actor = actor_named(session, ADMIN)
        case = cases.open_new_case(
            session, actor, cases.NewClient("Amélie", document_language="fr"), opened_on=TODAY
        )
        planning.add_goal(
            session, actor, case.id, "Garder mes enfants avec moi", domain="children",
            target_on=TODAY + timedelta(days=365),
        )  # fmt: skip
        for name, domain, details in (
            ("Office municipal d'habitation", "housing", "1400 rue Sanguinet · 514 555-0101"),
            ("Aide sociale — bureau Centre-Sud", "income", "2100 rue Ontario Est · 514 555-0134"),
            ("Maison Marguerite (2e étape)", "housing", "Adresse confidentielle · 514 555-0190"),
            ("Centre Dollard-Cormier", "substance_use", "950 rue de Louvain Est · 514 555-0177"),
        ):
            address, phone = details.split(" · ")
            planning.add_service(
                session, name, domain=domain, address=address, phone=phone,
                hours="lun.–ven. 8 h 30–16 h 30", languages="français, anglais, espagnol",
            )  # fmt: skip
        return case.id


def _shot(wizard: QWizard, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    assert wizard.grab().save(str(SCREENSHOTS / f"{name}.png"))


def _click(qtbot, wizard: QWizard, which: QWizard.WizardButton) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def _type(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type as a person would; QTest.keyClicks only knows ASCII, and she writes in French."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def _open(qtbot, wizard: QWizard) -> QWizard:  # type: ignore[no-untyped-def]
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def _set_date(optional, day: date) -> None:  # type: ignore[no-untyped-def]
    optional.check.setChecked(True)
    optional.edit.setDate(QDate(day.year, day.month, day.day))


def _drafts(store: CaseStore) -> list[WizardDraft]:
    with store.session() as session:
        return list(session.scalars(select(WizardDraft)).all())


# --- the goal wizard ---------------------------------------------------------------------
def test_goal_wizard_end_to_end(qtbot, store, desk, case_id, shown):
    wizard = _open(qtbot, GoalWizard.start(desk, case_id))
    results: list[object] = []
    wizard.finished_with.connect(results.append)
    next_button, finish = QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton

    # 1. The long-term goal first, in her words.
    page = wizard.long_term_page
    assert wizard.currentPage() is page and page.existing_radio.isVisible()
    _type(page.words, HOME)
    page.domain.setCurrentIndex(page.domain.findData("housing"))
    _set_date(page.target, TODAY + timedelta(days=180))
    _shot(wizard, "goal_1_long_term")
    _click(qtbot, wizard, next_button)

    # 2. Then the goals on the way there; one set after the target is refused.
    page = wizard.intermediate_page
    assert wizard.currentPage() is page
    assert HOME in page.heading.text()
    (draft,) = _drafts(store)  # saved on every page change, with what was typed
    assert draft.page == "intermediate" and HOME in draft.data
    form = page.goals.form
    qtbot.mouseClick(page.goals.add_button, Qt.MouseButton.LeftButton)
    _type(form.words, INCOME)
    form.domain.setCurrentIndex(form.domain.findData("income"))
    _set_date(form.target, TODAY + timedelta(days=200))
    qtbot.mouseClick(page.goals.add_button, Qt.MouseButton.LeftButton)
    _type(form.words, SHELTER)
    form.domain.setCurrentIndex(form.domain.findData("housing"))
    _set_date(form.target, TODAY + timedelta(days=21))
    assert page.goals.list.count() == 2
    _click(qtbot, wizard, next_button)
    assert wizard.currentPage() is page, "an error blocks the page"
    assert page.problems.isVisible()
    assert "after the long-term goal's target date (22 May 2027)" in page.problems.text()
    assert page.goals.current_row() == 0, "the goal in question is shown"
    _shot(wizard, "goal_2_intermediate")
    _set_date(form.target, TODAY + timedelta(days=90))
    _click(qtbot, wizard, next_button)

    # 3. Options for the income goal, with her choice and why.
    page = wizard.options_page
    assert wizard.currentPage() is page
    assert page.goal_box.count() == 3
    page.goal_box.setCurrentIndex(1)
    options = page.options
    qtbot.mouseClick(options.add_button, Qt.MouseButton.LeftButton)
    _type(options.form.description, "Demander l'aide sociale")
    _type(options.form.benefits, "Un revenu dès le mois prochain")
    _type(options.form.alternatives, "Chercher un emploi tout de suite")
    _type(options.form.consequences, "Montant bas; rendez-vous à l'agent")
    qtbot.mouseClick(options.add_button, Qt.MouseButton.LeftButton)
    _type(options.form.description, "Emploi à temps partiel à la boulangerie")
    _type(options.form.benefits, "Elle aime ce travail")
    _type(options.form.consequences, "Horaires difficiles avec l'école")
    options.list.setCurrentRow(0)
    options.form.chosen.click()
    _type(options.form.reason, "Le plus rapide; l'emploi viendra après")
    assert options.list.item(0).text().startswith("Her choice: ")
    _shot(wizard, "goal_3_options")
    _click(qtbot, wizard, next_button)

    # 4. Services from the directory become proposed referrals.
    page = wizard.services_page
    assert wizard.currentPage() is page
    names = [page.services.item(row).text() for row in range(page.services.count())]
    welfare = next(row for row, text in enumerate(names) if text.startswith("Aide sociale"))
    housing = next(row for row, text in enumerate(names) if text.startswith("Office"))
    for row in (welfare, housing):
        page.services.setCurrentRow(row)
        page.services.item(row).setCheckState(Qt.CheckState.Checked)
    page.services.setCurrentRow(welfare)
    assert page.goal_box.currentText().endswith(INCOME), "suggested by domain"
    assert page.services.item(welfare).text().endswith(f"— for “{INCOME}”")
    assert page.details["address"].text() == "2100 rue Ontario Est"
    _shot(wizard, "goal_4_services")
    _click(qtbot, wizard, next_button)

    # 5. A concurrent theme that runs alongside.
    page = wizard.concurrent_page
    assert wizard.currentPage() is page
    qtbot.mouseClick(page.themes.add_button, Qt.MouseButton.LeftButton)
    _type(page.themes.form.words, "Suivi pour ma consommation d'alcool")
    page.themes.form.domain.setCurrentIndex(page.themes.form.domain.findData("substance_use"))
    _shot(wizard, "goal_5_concurrent")
    _click(qtbot, wizard, next_button)

    # 6. The summary, then Finish.
    page = wizard.summary_page
    assert wizard.currentPage() is page
    top = page.tree.topLevelItem(0)
    assert top.text(0).startswith(f"Long-term goal: {HOME}")
    lines = [top.child(i).text(0) for i in range(top.childCount())]
    assert "Referral proposed: Office municipal d'habitation" in lines
    _shot(wizard, "goal_6_summary")
    _click(qtbot, wizard, finish)

    assert shown == [] and len(results) == 1
    assert _drafts(store) == [], "the draft goes once the goals are saved"
    with store.session() as session:
        goals = {g.in_her_words: g for g in session.scalars(select(Goal))}
        home, income, shelter = goals[HOME], goals[INCOME], goals[SHELTER]
        assert sorted(results[0]) == sorted(
            [home.id, income.id, shelter.id, goals["Suivi pour ma consommation d'alcool"].id]
        )
        assert (home.kind, home.parent_id) == ("long_term", None)
        assert income.parent_id == home.id and shelter.parent_id == home.id
        assert income.target_on == TODAY + timedelta(days=90)
        theme = goals["Suivi pour ma consommation d'alcool"]
        assert theme.concurrent_theme and theme.domain == "substance_use"
        options = session.scalars(select(Option)).all()
        assert {o.description: (o.chosen, o.reason, o.goal_id) for o in options} == {
            "Demander l'aide sociale": (True, "Le plus rapide; l'emploi viendra après", income.id),
            "Emploi à temps partiel à la boulangerie": (False, None, income.id),
        }
        referrals = session.scalars(select(Referral)).all()
        assert sorted((r.goal_id, r.status) for r in referrals) == sorted(
            [(income.id, "proposed"), (home.id, "proposed")]
        )


def test_back_keeps_what_was_typed_and_cancel_asks(qtbot, store, desk, case_id, monkeypatch):
    wizard = _open(qtbot, GoalWizard.start(desk, case_id))
    _type(wizard.long_term_page.words, HOME)
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    page = wizard.intermediate_page
    qtbot.mouseClick(page.goals.add_button, Qt.MouseButton.LeftButton)
    _type(page.goals.form.words, INCOME)
    _click(qtbot, wizard, QWizard.WizardButton.BackButton)
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert page.goals.list.count() == 1 and page.goals.form.words.text() == INCOME
    asked: list[str] = []
    monkeypatch.setattr(Messages, "ask", staticmethod(lambda _p, title, _t: asked.append(title)))
    wizard.reject()  # "No": keep it as a draft
    assert asked == ["Close the wizard?"]
    with store.session() as session:
        (draft,) = pending_drafts(session, desk.actor)
    assert draft.kind == "goals" and draft.case_id == case_id
    again = _open(qtbot, GoalWizard.resume(desk, draft))
    assert again.currentPage() is again.intermediate_page
    assert again.intermediate_page.goals.records()[0]["words"] == INCOME


def test_skipping_services_means_no_referrals(qtbot, desk, case_id, shown):
    wizard = _open(qtbot, GoalWizard.start(desk, case_id))
    _type(wizard.long_term_page.words, HOME)
    for _ in range(4):  # no goals on the way is only a warning: Next twice goes on
        _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    page = wizard.services_page
    assert wizard.currentPage() is page
    skip = wizard.button(GoalWizard.SKIP_BUTTON)
    assert skip.isVisible() and skip.text() == "No &services now"
    page.services.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(skip, Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.concurrent_page
    assert wizard.flow.referrals() == []


# --- the step wizard ---------------------------------------------------------------------
@pytest.fixture
def goal_id(store: CaseStore, case_id: str) -> str:
    with store.session() as session:
        actor = actor_named(session, ADMIN)
        return planning.add_goal(
            session, actor, case_id, INCOME, domain="income", target_on=TODAY + timedelta(days=30)
        ).id


def test_step_wizard_warns_once_then_goes_on_and_saves(qtbot, store, desk, goal_id, shown):
    wizard = _open(qtbot, StepWizard.start(desk, goal_id))
    results: list[object] = []
    wizard.finished_with.connect(results.append)
    page = wizard.steps_page
    assert INCOME in page.heading.text()
    assert page.steps.list.count() == 1, "a first step is ready to type"
    form = page.steps.form
    _type(form.action, "Remplir la demande d'aide sociale")
    _set_date(form.due, TODAY - timedelta(days=2))
    _type(form.documents, "Formulaire SR-0001, relevé bancaire, bail")
    qtbot.mouseClick(page.steps.add_button, Qt.MouseButton.LeftButton)
    _type(form.action, "Rendez-vous avec l'agente d'aide sociale")
    form.responsible.setCurrentIndex(form.responsible.findData("provider"))
    _type(form.responsible_name, "Mme Tremblay, bureau Centre-Sud")
    _set_date(form.due, TODAY + timedelta(days=9))
    form.appointment.setChecked(True)
    form.appointment_day.setDate(QDate(2026, 12, 2))
    form.appointment_time.setTime(QTime(9, 30))
    _type(form.place, "2100 rue Ontario Est, 3e étage")
    _type(form.instructions, "Arriver 15 minutes avant; apporter une pièce d'identité")
    qtbot.mouseClick(page.steps.add_button, Qt.MouseButton.LeftButton)
    _type(form.action, "L'accompagner au rendez-vous")
    form.responsible.setCurrentIndex(form.responsible.findData("support_person"))
    _type(form.responsible_name, "Sa sœur Lise")
    _set_date(form.due, TODAY + timedelta(days=9))
    _shot(wizard, "steps_1_steps")

    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is page, "a warning is shown once"
    assert page.problems.isVisible()
    assert (
        "Step 1 (“Remplir la demande d'aide sociale”) is due on 21 Nov 2026, which has "
        "already passed." in page.problems.text()
    )
    assert "Press Next again" in page.problems.text()
    assert page.steps.current_row() == 0, "the step in question is shown"
    _shot(wizard, "steps_1_steps_warning")
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.summary_page, "a second Next goes on"
    assert len(_drafts(store)) == 1
    tree = wizard.summary_page.tree
    assert tree.topLevelItemCount() == 3
    second = tree.topLevelItem(1)
    assert second.text(0) == (
        "Rendez-vous avec l'agente d'aide sociale — Mme Tremblay, bureau Centre-Sud "
        "(Provider), by 2 Dec 2026"
    )
    assert [second.child(i).text(0) for i in range(second.childCount())] == [
        "Appointment: 2 Dec 2026 at 09:30, 2100 rue Ontario Est, 3e étage",
        "For her: Arriver 15 minutes avant; apporter une pièce d'identité",
    ]
    _shot(wizard, "steps_2_summary")
    _click(qtbot, wizard, QWizard.WizardButton.FinishButton)

    assert shown == [] and len(results) == 1 and _drafts(store) == []
    with store.session() as session:
        steps = session.scalars(select(Step).order_by(Step.position)).all()
        assert [s.id for s in steps] == results[0]
        assert [s.due_on for s in steps] == [
            TODAY - timedelta(days=2), TODAY + timedelta(days=9), TODAY + timedelta(days=9),
        ]  # fmt: skip
        assert steps[0].documents_needed == "Formulaire SR-0001, relevé bancaire, bail"
        assert (steps[1].responsible, steps[1].appointment_at) == (
            "provider", datetime(2026, 12, 2, 9, 30),
        )  # fmt: skip
        assert steps[2].responsible_name == "Sa sœur Lise"


def test_an_empty_step_is_an_error_that_blocks(qtbot, desk, goal_id, shown):
    wizard = _open(qtbot, StepWizard.start(desk, goal_id))
    for _ in range(2):
        _click(qtbot, wizard, QWizard.WizardButton.NextButton)
        assert wizard.currentPage() is wizard.steps_page
    assert "Step 1 does not say what is done yet" in wizard.steps_page.problems.text()
    wizard.steps_page.steps.remove()
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.steps_page.problems.text() == "Add at least one step."
