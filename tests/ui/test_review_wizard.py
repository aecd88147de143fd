"""The review wizard, run end to end through its widgets, with a screenshot of each page.

Screenshots go to screenshots/review/ (git-ignored).
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWizard
from sqlalchemy import select

from shelterplan.core import cases, planning, versions
from shelterplan.core.actors import actor_named
from shelterplan.core.queries import Section
from shelterplan.store.casestore import CaseStore
from shelterplan.store.models import Case, Goal, GoalReview, Review, Step, WizardDraft
from shelterplan.ui.context import Desk
from shelterplan.ui.main_window import MainWindow
from shelterplan.ui.messages import Messages
from shelterplan.ui.models.today_model import SectionRole
from shelterplan.ui.printing.print_dialog import PrintDialog
from shelterplan.ui.wizards import launcher
from shelterplan.ui.wizards.review_wizard import ReviewFinished, ReviewWizard
from shelterplan.ui.wizards.step_wizard import StepWizard
from shelterplan.ui.workspace.case_workspace import CaseWorkspace
from tests.conftest import ADMIN
from tests.helpers.desk import CLIENTS, fill_three_cases, unlock_as_admin
from tests.ui.test_accessibility import _nameless

TODAY = date(2026, 11, 23)
OPENED = TODAY - timedelta(days=70)
SHOTS = Path(__file__).resolve().parents[2] / "screenshots" / "review"
HOME = "Un logement à moi, près de l'école de ma fille"
INCOME = "Un revenu stable pour payer le loyer"
SHELTER = "Une place en maison d'hébergement en attendant"
THEME = "Des rencontres avec une conseillère, pour moi"


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Messages the wizard shows; the test answers every question itself (yes)."""
    seen: list[str] = []
    monkeypatch.setattr(Messages, "show", staticmethod(lambda _p, _k, _t, text: seen.append(text)))
    monkeypatch.setattr(Messages, "ask", staticmethod(lambda _p, _t, text: True))
    return seen


@pytest.fixture
def desk(store: CaseStore) -> Desk:
    return Desk.for_store(store, today=lambda: TODAY)


@pytest.fixture
def plan(store: CaseStore) -> dict[str, str]:
    """Amélie, ten weeks in: one review behind her, a signed plan, steps of every kind."""
    ids: dict[str, str] = {}
    with store.session() as session:
        actor = actor_named(session, ADMIN)
        case = cases.open_new_case(
            session, actor, cases.NewClient("Amélie", document_language="fr"), opened_on=OPENED
        )
        ids["case"] = case.id
        cases.assess_domain(
            session, actor, case.id, "housing", "Hébergée chez sa sœur", "high", 1,
            assessed_on=OPENED,
        )  # fmt: skip
        cases.assess_domain(
            session, actor, case.id, "income", "Aucun revenu", "urgent", 2, assessed_on=OPENED
        )
        home = planning.add_goal(
            session, actor, case.id, HOME, domain="housing", target_on=TODAY + timedelta(180)
        )
        income = planning.add_goal(
            session, actor, case.id, INCOME, "intermediate", home.id, "income",
            TODAY + timedelta(60),
        )  # fmt: skip
        shelter = planning.add_goal(
            session, actor, case.id, SHELTER, "intermediate", home.id, "housing"
        )
        theme = planning.add_goal(
            session, actor, case.id, THEME, domain="mental_health", concurrent_theme=True
        )
        ids |= {"home": home.id, "income": income.id, "shelter": shelter.id, "theme": theme.id}
        for goal, action, due, status, on in (
            (income, "Demander l'aide sociale", -50, "done", -48),
            (income, "Rappeler l'agente d'aide sociale", -5, "done", -3),
            (income, "Apporter les papiers d'identité", -12, "missed", -10),
            (income, "Ouvrir un compte bancaire", -2, "", None),
            (income, "Remplir le formulaire de loyer", 5, "", None),
            (shelter, "Visiter la maison Marguerite", 3, "", None),
            (theme, "Premier rendez-vous au CLSC", -8, "done", -8),
        ):
            step = planning.add_step(session, actor, goal.id, action, due_on=TODAY + timedelta(due))
            if status:
                day = TODAY + timedelta(on)
                planning.record_step_outcome(session, actor, step.id, status, "ok", day)
            ids[action] = step.id
        planning.start_review(
            session, actor, case.id, TODAY - timedelta(15), "Ça avance", TODAY - timedelta(1)
        )
        versions.freeze_plan_version(
            session, actor, case.id, signatories=[versions.Signatory("client", "Amélie")]
        )
    return ids


def _shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(SHOTS / f"{name}.png"))


def _click(qtbot, wizard: QWizard, which: QWizard.WizardButton) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def _type(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type as a person would (QTest.keyClicks only knows ASCII, and she writes in French)."""
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def _open(qtbot, wizard: QWizard) -> QWizard:  # type: ignore[no-untyped-def]
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def _drafts(store: CaseStore) -> list[WizardDraft]:
    with store.session() as session:
        return list(session.scalars(select(WizardDraft)).all())


def _say(page, row: int, rating: str, decision: str, **typed: str) -> None:  # type: ignore[no-untyped-def]
    """Go over one goal through the form: pick it, rate it, type, decide."""
    page.list.setCurrentRow(row)
    form = page.form
    form.rating_buttons[rating].click()
    for name, text in typed.items():
        _type(getattr(form, name), text)
    form.decision_buttons[decision].click()


NEXT, BACK = QWizard.WizardButton.NextButton, QWizard.WizardButton.BackButton
COMMIT, FINISH = QWizard.WizardButton.CommitButton, QWizard.WizardButton.FinishButton


def test_a_review_end_to_end(qtbot, store, desk, plan, shown):
    wizard = _open(qtbot, ReviewWizard.start(desk, plan["case"]))
    results: list[object] = []
    wizard.finished_with.connect(results.append)
    assert _nameless(wizard) == []

    # 1. What happened since the last review, for every active goal.
    page = wizard.since_page
    assert wizard.currentPage() is page
    assert page.period.text() == (
        "Since the last review, on 8 Nov 2026: 2 steps done, 1 missed, 3 still open."
    )
    top = page.tree.topLevelItem(0)
    assert top.text(0) == f"{HOME} — no step of its own to look at"
    income = top.child(0)
    assert income.text(0) == f"{INCOME} — 1 done · 1 missed · 2 still open"
    lines = [income.child(i).text(0) for i in range(income.childCount())]
    assert lines == [
        "✓ Rappeler l'agente d'aide sociale — 20 Nov 2026",
        "✗ Apporter les papiers d'identité — 13 Nov 2026",
        "○ Ouvrir un compte bancaire — due 21 Nov 2026 (late)",
        "○ Remplir le formulaire de loyer — due 28 Nov 2026",
    ]  # the step done 48 days ago belonged to the last review
    assert page.tree.topLevelItemCount() == 2  # the theme stands on its own
    _shot(wizard, "review_1_since")
    _click(qtbot, wizard, NEXT)

    # 2. Goal by goal: nothing decided yet blocks, and shows the goal in question.
    page = wizard.goals_page
    assert wizard.currentPage() is page and page.list.count() == 4
    (draft,) = _drafts(store)  # saved on every page change
    assert draft.kind == "review" and draft.page == "goals" and draft.case_id == plan["case"]
    page.list.setCurrentRow(2)
    _click(qtbot, wizard, NEXT)
    assert wizard.currentPage() is page and page.problems.isVisible()
    assert f"Decide what happens to “{HOME}”" in page.problems.text()
    assert page.list.currentRow() == 0, "the first goal in question is shown"
    _say(page, 0, "some", "keep", helped="Sa sœur l'héberge", hindered="Les loyers sont chers")
    _say(page, 1, "achieved", "achieved", helped="L'agente a rappelé vite")
    _say(page, 2, "none", "amend", hindered="La liste d'attente est longue")
    _say(page, 3, "some", "set_aside")
    assert page.form.reason.isEnabled()
    _click(qtbot, wizard, NEXT)
    assert wizard.currentPage() is page
    assert f"Say why “{THEME}” is set aside" in page.problems.text()
    _type(page.form.reason, "Elle préfère attendre l'été")
    assert page.list.item(3).text() == f"{THEME} (alongside the plan)\n→ Set aside"
    assert page.list.item(1).text() == f"    {INCOME}\n    → Achieved"
    _shot(wizard, "review_2_goals")
    assert _nameless(wizard) == []
    _click(qtbot, wizard, NEXT)
    assert wizard.currentPage() is page, "warnings are shown once"
    assert "still has 2 open steps: they are cancelled" in page.problems.text()
    _shot(wizard, "review_2_goals_warning")
    _click(qtbot, wizard, NEXT)

    # 3. Her needs: the income need changed; the rest stays.
    page = wizard.needs_page
    assert wizard.currentPage() is page
    income_row = page.rows["income"]
    assert income_row.level.currentData() == "urgent"
    assert income_row.situation.text() == "Aucun revenu"
    assert page.rows["legal"].assessed.text() == "not assessed"
    income_row.level.setCurrentIndex(income_row.level.findData("low"))
    income_row.situation.selectAll()
    _type(income_row.situation, "Aide sociale reçue depuis le 1er")
    assert income_row.label.font().bold() and not page.rows["housing"].label.font().bold()
    _shot(wizard, "review_3_needs")
    assert _nameless(wizard) == []
    _click(qtbot, wizard, NEXT)

    # 4. The next review (after today) and her words.
    page = wizard.next_page
    assert wizard.currentPage() is page
    assert page.date.date() == QDate(2026, 12, 21)  # four weeks: the last date has passed
    assert page.date.minimumDate() == QDate(2026, 11, 24)
    _type(page.summary, "J'ai un revenu maintenant. Le logement, c'est encore dur.")
    _shot(wizard, "review_4_next")
    assert _nameless(wizard) == []
    _click(qtbot, wizard, NEXT)

    # 5. Read back, then saved on leaving the page (no way back after).
    page = wizard.summary_page
    assert wizard.currentPage() is page and page.isCommitPage()
    texts = []
    iterator = [page.tree.topLevelItem(i) for i in range(page.tree.topLevelItemCount())]
    while iterator:
        item = iterator.pop(0)
        texts.append(item.text(0))
        iterator[:0] = [item.child(i) for i in range(item.childCount())]
    assert f"“{INCOME}”: Achieved (progress: Reached)" in texts
    assert "Its 2 open steps will be cancelled." in texts
    assert f"“{THEME}”: Set aside (progress: Some progress)" in texts
    assert "Why it is set aside: Elle préfère attendre l'été" in texts
    assert "Income: Urgent → Low — Aide sociale reçue depuis le 1er" in texts
    assert "Next review: 21 Dec 2026" in texts
    assert wizard.button(COMMIT).text().replace("&", "") == "Save the review"
    _shot(wizard, "review_5_summary")
    assert _nameless(wizard) == []
    with store.session() as session:
        assert session.scalar(select(Review).where(Review.held_on == TODAY)) is None
    _click(qtbot, wizard, COMMIT)

    # 6. Saved: what now.
    page = wizard.done_page
    assert wizard.currentPage() is page
    assert not wizard.button(BACK).isEnabled() or not wizard.button(BACK).isVisible()
    assert _drafts(store) == []  # the draft went with the save
    status = page.status.text()
    assert "Her next review is on 21 Dec 2026." in status
    assert "She reached a goal: something to celebrate with her." in status
    assert "differs from the version she signed" in status
    assert page.amend_note.isVisible() and SHELTER in page.amend_note.text()
    assert page.add_steps.isVisible() and page.add_steps.isChecked()
    assert _nameless(wizard) == []
    _shot(wizard, "review_6_done")
    with qtbot.waitSignal(wizard.print_progress_requested):
        qtbot.mouseClick(page.print_progress, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(wizard.print_plan_requested):
        qtbot.mouseClick(page.print_plan, Qt.MouseButton.LeftButton)
    page.add_steps.setChecked(False)
    _click(qtbot, wizard, FINISH)

    (result,) = results
    assert isinstance(result, ReviewFinished)
    assert result.amend_goal_id == plan["shelter"] and not result.add_steps
    assert shown == []
    with store.session() as session:
        review = session.scalar(select(Review).where(Review.held_on == TODAY))
        assert review is not None and review.next_review_on == date(2026, 12, 21)
        assert review.summary == "J'ai un revenu maintenant. Le logement, c'est encore dur."
        said = {
            r.goal_id: r
            for r in session.scalars(select(GoalReview).where(GoalReview.review_id == review.id))
        }
        assert said[plan["home"]].helped == "Sa sœur l'héberge"
        assert said[plan["home"]].hindered == "Les loyers sont chers"
        assert said[plan["theme"]].reason == "Elle préfère attendre l'été"
        assert session.get(Goal, plan["income"]).status == "achieved"
        assert session.get(Step, plan["Ouvrir un compte bancaire"]).status == "cancelled"
        assert session.get(Case, plan["case"]).next_review_on == date(2026, 12, 21)


def test_back_keeps_what_was_typed_and_a_draft_resumes_where_it_stopped(
    qtbot, store, desk, plan, shown
):
    wizard = _open(qtbot, ReviewWizard.start(desk, plan["case"]))
    _click(qtbot, wizard, NEXT)
    page = wizard.goals_page
    _say(page, 0, "good", "keep", helped="Sa sœur")
    page.list.setCurrentRow(1)
    _click(qtbot, wizard, BACK)
    _click(qtbot, wizard, NEXT)
    page.list.setCurrentRow(0)
    assert page.form.helped.toPlainText() == "Sa sœur"
    assert page.form.rating_buttons["good"].isChecked()
    for row in range(1, 4):
        _say(page, row, "some", "keep")
    _click(qtbot, wizard, NEXT)
    assert wizard.currentPage() is wizard.needs_page
    wizard.close_for_lock()  # the app locks: everything typed stays as a draft
    (draft,) = _drafts(store)
    assert draft.page == "needs" and "Sa sœur" in draft.data

    # The next unlock offers it again, or the Review… action finds it for this case.
    opened = launcher.open_review_wizard(desk, plan["case"], None, lambda _r: None)  # type: ignore[arg-type]
    assert isinstance(opened, ReviewWizard)
    qtbot.addWidget(opened)
    assert opened.currentPage() is opened.needs_page
    assert opened.draft_id == draft.id
    _click(qtbot, opened, BACK)
    assert opened.currentPage() is opened.goals_page
    opened.goals_page.list.setCurrentRow(0)
    assert opened.goals_page.form.helped.toPlainText() == "Sa sœur"
    opened.close_for_lock()


def test_cancel_asks_and_keeps_a_draft_when_told(qtbot, store, desk, plan, monkeypatch):
    monkeypatch.setattr(Messages, "ask", staticmethod(lambda _p, _t, _x: False))
    wizard = _open(qtbot, ReviewWizard.start(desk, plan["case"]))
    _click(qtbot, wizard, NEXT)
    wizard.reject()
    assert len(_drafts(store)) == 1  # "No": kept as a draft to finish later


def test_a_closed_case_is_not_reviewed(qtbot, store, desk, plan, shown):
    with store.session() as session:
        cases.set_phase(session, actor_named(session, ADMIN), plan["case"], "closed")
    assert launcher.open_review_wizard(desk, plan["case"], None, lambda _r: None) is None  # type: ignore[arg-type]
    assert shown == ["This case is closed; reopen it before reviewing the plan."]


# --- from the case ------------------------------------------------------------------------
@pytest.fixture
def workspace(qtbot, desk, plan) -> CaseWorkspace:  # type: ignore[no-untyped-def]
    widget = CaseWorkspace()
    qtbot.addWidget(widget)
    widget.resize(1100, 720)
    widget.show()
    qtbot.waitExposed(widget)
    widget.open_case(desk, plan["case"])
    return widget


def _quick_review(qtbot, wizard: ReviewWizard, decisions: list[str]) -> None:  # type: ignore[no-untyped-def]
    _click(qtbot, wizard, NEXT)
    for row, decision in enumerate(decisions):
        _say(wizard.goals_page, row, "some", decision)
    _click(qtbot, wizard, NEXT)  # (warnings: none with "some" and keep/amend)
    _click(qtbot, wizard, NEXT)
    _type(wizard.next_page.summary, "On continue")
    _click(qtbot, wizard, NEXT)
    _click(qtbot, wizard, COMMIT)
    assert wizard.currentPage() is wizard.done_page


def _wizard(workspace: CaseWorkspace, kind: type) -> object:
    found = [w for w in workspace.findChildren(kind) if w.isVisible()]
    assert len(found) == 1
    return found[0]


def test_review_from_the_plan_tab_then_amend_and_print(qtbot, store, workspace, plan, shown):
    plan_tab = workspace.plan
    assert plan_tab.review_action.isEnabled() and plan_tab.progress_action.isEnabled()
    workspace.tabs.setCurrentWidget(workspace.versions)
    plan_tab.review_action.trigger()
    wizard = _wizard(workspace, ReviewWizard)
    assert isinstance(wizard, ReviewWizard)
    _quick_review(qtbot, wizard, ["keep", "keep", "amend", "keep"])

    # Her progress page and the updated plan print from the last page.
    qtbot.mouseClick(wizard.done_page.print_progress, Qt.MouseButton.LeftButton)
    dialog = workspace.printing._dialog
    assert isinstance(dialog, PrintDialog)
    assert dialog.windowTitle() == "Print her progress page"
    qtbot.waitUntil(lambda: dialog.rendered() is not None, timeout=5000)
    qtbot.wait(600)  # the preview draws its pages in the background
    _shot(dialog, "review_7_print_progress")
    dialog.close_for_lock()
    qtbot.mouseClick(wizard.done_page.print_plan, Qt.MouseButton.LeftButton)
    dialog = workspace.printing._dialog
    assert isinstance(dialog, PrintDialog) and dialog.windowTitle() == "Print the case plan"
    dialog.close_for_lock()

    _click(qtbot, wizard, FINISH)
    # The plan tab opens at the goal to amend, and the step wizard for it.
    assert workspace.tabs.currentWidget() is plan_tab
    assert plan_tab.selected_goal_id() == plan["shelter"]
    steps = _wizard(workspace, StepWizard)
    assert isinstance(steps, StepWizard) and steps.flow.goal_id == plan["shelter"]
    steps.close_for_lock()
    # The Reviews and versions tab lists the new review and what changed since signing.
    versions_tab = workspace.versions
    assert "On continue" in versions_tab.reviews.item(0).text()
    assert "print and sign a new version" in versions_tab.changes_status.text()


def test_progress_prints_from_the_plan_tab(qtbot, store, workspace, plan, shown):
    workspace.plan.progress_action.trigger()
    dialog = workspace.printing._dialog
    assert isinstance(dialog, PrintDialog) and dialog.windowTitle() == "Print her progress page"
    qtbot.waitUntil(lambda: dialog.rendered() is not None, timeout=5000)
    assert dialog.current_choice().language == "fr"  # her document language
    dialog.close_for_lock()


# --- from Today, and after a lock -----------------------------------------------------------
def test_a_review_due_on_today_opens_the_case_and_starts_it(
    qtbot, store, store_folder, shown, monkeypatch
):
    ids = fill_three_cases(store)
    name = CLIENTS[1]
    with store.session() as session:
        session.get(Case, ids[name]).next_review_on = date.today()
    store.close()
    window = MainWindow(store_folder)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    monkeypatch.setattr(Messages, "choose", staticmethod(lambda _p, _t, _x, _o: 0))  # resume
    unlock_as_admin(qtbot, window)
    window.desk.setCurrentIndex(window.TODAY)
    model = window.today.model
    section = next(
        model.index(row, 0)
        for row in range(model.rowCount())
        if model.index(row, 0).data(SectionRole) == Section.REVIEWS_DUE
    )
    window.today.tree.setCurrentIndex(model.index(0, 0, section))
    window.today.tree.setFocus()
    qtbot.keyClick(window.today.tree, Qt.Key.Key_Return)
    wizard = _wizard(window.workspace, ReviewWizard)
    assert isinstance(wizard, ReviewWizard) and wizard.flow.case_id == ids[name]
    assert window.desk.currentIndex() == window.CASE and window.workspace.case_id == ids[name]
    _click(qtbot, wizard, NEXT)

    # Locked mid-review: the next unlock resumes it, in her case.
    window.lock()
    assert not wizard.isVisible()
    unlock_as_admin(qtbot, window)
    qtbot.waitUntil(lambda: bool([w for w in window.findChildren(ReviewWizard) if w.isVisible()]))
    resumed = next(w for w in window.findChildren(ReviewWizard) if w.isVisible())
    assert resumed.flow.case_id == ids[name] and resumed.currentPage() is resumed.goals_page
    assert window.workspace.case_id == ids[name]
    _say(resumed.goals_page, 0, "good", "keep")
    _click(qtbot, resumed, NEXT)
    _click(qtbot, resumed, NEXT)
    _click(qtbot, resumed, NEXT)
    _click(qtbot, resumed, NEXT)  # (no words: warned once)
    _click(qtbot, resumed, COMMIT)
    with qtbot.waitSignal(window.workspace.review_saved):
        _click(qtbot, resumed, FINISH)
    # Today no longer lists her review: the next one is weeks away.
    sections = [window.today.model.index(r, 0).data(SectionRole) for r in range(model.rowCount())]
    assert Section.REVIEWS_DUE not in sections
