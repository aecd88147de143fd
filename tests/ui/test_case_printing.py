"""Printing, signing and re-printing from the case workspace, as a worker does it."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from shelterplan.core import planning
from shelterplan.core.actors import actor_named
from shelterplan.core.safety_plan import save_safety_plan
from shelterplan.reports.model import SignatoryRole, SignatureBlock
from shelterplan.store.casestore import CaseStore
from shelterplan.store.models import AuditEvent, PlanVersion, Step
from shelterplan.ui.context import Desk
from shelterplan.ui.messages import Messages
from shelterplan.ui.printing.choices import POCKET_CARD, TAKE_HOME
from shelterplan.ui.workspace.case_workspace import CaseWorkspace
from tests.conftest import ADMIN
from tests.ui.printing.test_print_dialog import pdf_printer
from tests.ui.test_workspace_tabs import all_texts, build_realistic_case

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
SIGNATURE = (((0.1, 0.2), (0.5, 0.05), (0.9, 0.25)),)


@pytest.fixture
def workspace(qtbot, store: CaseStore, monkeypatch):  # type: ignore[no-untyped-def]
    case_id, worker = build_realistic_case(store)
    with store.session() as session:
        desk = Desk(store, actor_named(session, worker), date.today)
    view = CaseWorkspace()
    qtbot.addWidget(view)
    view.resize(1100, 760)
    view.show()
    qtbot.waitExposed(view)
    view.open_case(desk, case_id)
    asked: list[str] = []
    monkeypatch.setattr(Messages, "ask", lambda _p, title, _t: asked.append(title) or True)
    monkeypatch.setattr(Messages, "show", lambda *args: asked.append(args[2]))
    view.asked = asked  # type: ignore[attr-defined]
    return view, case_id, worker


def _dialog(qtbot, view):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: view.printing._dialog is not None and view.printing._dialog.isVisible())
    dialog = view.printing._dialog
    qtbot.waitUntil(lambda: dialog.rendered() is not None)
    return dialog


def _text(data: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def _signers(view, worker):  # type: ignore[no-untyped-def]
    def answer(printed):  # type: ignore[no-untyped-def]
        assert printed.signatures[0].name == "Amélie"  # prefilled with her preferred name
        return (
            (
                SignatureBlock(SignatoryRole.CLIENT, "Amélie", strokes=SIGNATURE),
                SignatureBlock(SignatoryRole.WORKER, worker),
            ),
            date.today(),
        )

    view.printing.ask_signatures = answer


def test_print_then_sign_freezes_the_printed_plan(qtbot, workspace, store, tmp_path: Path):
    view, case_id, worker = workspace
    view.tabs.setCurrentWidget(view.plan)
    view.plan.print_action.trigger()
    dialog = _dialog(qtbot, view)
    assert dialog.language_box.currentData() == "fr"  # her document language
    shown = dialog.rendered()
    assert "Amélie" in _text(shown.data)
    SCREENSHOTS.mkdir(exist_ok=True)
    dialog.resize(1100, 760)
    qtbot.wait(50)
    dialog.grab().save(str(SCREENSHOTS / "print_plan_dialog.png"))
    out = tmp_path / "printer.pdf"
    dialog.choose_printer = lambda: pdf_printer(out)
    _signers(view, worker)
    dialog.print_document()

    assert len(PdfReader(str(out)).pages) == shown.pages
    assert view.asked == ["Sign the plan"]
    assert view.printing._dialog is None  # signing closed the dialog
    assert view.tabs.currentWidget() is view.versions
    with store.session() as session:
        version = session.scalars(select(PlanVersion).order_by(PlanVersion.number.desc())).first()
        actions = session.scalars(select(AuditEvent.action)).all()
        assert version.signed_at is not None and version.language == "fr"
        stored = version.pdf
    assert "plan.print" in actions and "plan.sign" in actions
    assert "Amélie" in _text(stored)
    assert "No changes since version" in view.versions.changes_status.text()

    # Re-printing the signed version shows exactly the stored bytes.
    view.versions.reprint_button.click()
    again = _dialog(qtbot, view)
    assert again.rendered().data == stored

    # A change after signing starts a new draft: the versions tab says what changed.
    with store.session() as session:
        actor = actor_named(session, worker)
        goal_id = session.scalars(select(Step.goal_id).where(Step.case_id == case_id)).first()
        planning.add_step(session, actor, goal_id, "Appeler l'OMH pour le dossier", "client")
    view.reload()
    assert "Appeler l'OMH" in all_texts(view.versions)


def test_take_home_copy_is_not_offered_for_signing(qtbot, workspace, store, tmp_path):
    view, _case_id, _worker = workspace
    with store.session() as session:
        before = session.scalars(select(PlanVersion.id)).all()
    view.plan.print_action.trigger()
    dialog = _dialog(qtbot, view)
    dialog.flag_boxes[TAKE_HOME].setChecked(True)
    qtbot.waitUntil(
        lambda: dialog.rendered() is not None and dialog.current_choice().has(TAKE_HOME)
    )
    dialog.choose_printer = lambda: pdf_printer(tmp_path / "home.pdf")
    view.printing.ask_signatures = lambda _p: pytest.fail("her copy is never signed")
    dialog.print_document()
    assert view.asked == []
    with store.session() as session:
        assert session.scalars(select(PlanVersion.id)).all() == before


def test_locking_closes_print_and_forgets_the_document(qtbot, workspace):
    view, _case_id, _worker = workspace
    view.plan.print_action.trigger()
    dialog = _dialog(qtbot, view)
    view.clear()
    assert not dialog.isVisible()
    assert view.printing._dialog is None and view.printing._printed is None
    assert "Amélie" not in all_texts(view)


def test_her_safety_plan_prints_discreetly(qtbot, workspace, store):
    view, case_id, worker = workspace
    with store.session() as session:
        save_safety_plan(
            session, actor_named(session, worker), case_id, {"safe_places": "Chez ma sœur"}
        )
    view.reload()
    view.tabs.setCurrentWidget(view.safety)
    view.safety.print_button.click()
    dialog = _dialog(qtbot, view)
    text = _text(dialog.rendered().data)
    assert "Chez ma sœur" in text
    assert "Maison Hélène" not in text  # her program's (the shelter's) name stays off
    dialog.flag_boxes[POCKET_CARD].setChecked(True)
    qtbot.waitUntil(
        lambda: dialog.rendered() is not None and dialog.current_choice().has(POCKET_CARD)
    )
    qtbot.waitUntil(
        lambda: PdfReader(io.BytesIO(dialog.rendered().data)).pages[0].mediabox.width < 400
    )


def test_a_copy_for_a_provider_needs_her_consent(qtbot, workspace, store, tmp_path):
    from shelterplan.core import cases, directory

    view, case_id, worker = workspace
    with store.session() as session:
        actor = actor_named(session, worker)
        lead = actor_named(session, ADMIN)
        service = directory.add_service(session, lead, name="Aide juridique Montréal")
        directory.refer_with_consent_check(session, actor, case_id, service.service_id)
    view.reload()
    view.tabs.setCurrentWidget(view.referrals)
    view.referrals.table.setCurrentCell(0, 0)
    view.referrals.copy_button.click()
    assert view.printing._dialog is None  # no consent to share with this provider
    assert view.asked == ["No copy for this provider"]

    with store.session() as session:
        consent = cases.record_consent(
            session, actor_named(session, worker), case_id, "Partage", None, date.today()
        )
        consent.service_id = service.service_id
    view.referrals.copy_button.click()
    dialog = _dialog(qtbot, view)
    text = _text(dialog.rendered().data)
    assert "Amélie" in text
    assert "Marc G." not in text  # her safety notes never go to a provider
    dialog.choose_printer = lambda: pdf_printer(tmp_path / "copy.pdf")
    dialog.print_document()
    with store.session() as session:
        actions = session.scalars(select(AuditEvent.action)).all()
    assert "plan.provider_copy" in actions
