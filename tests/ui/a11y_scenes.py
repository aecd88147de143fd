"""Every wizard page and dialog of the app, opened on synthetic data, for the accessibility
tests (names, tab order, focus, scaling, contrast).

Nothing here needs pytest: `scale150_child.py` uses it in a process of its own, where
Qt starts at 150 %. Widgets are handed to `keep` (qtbot.addWidget in a test) so that
they are closed and deleted afterwards.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog, QWidget, QWizard

from shelterplan.core import cases, planning
from shelterplan.core.actors import actor_named
from shelterplan.core.erasure import ErasurePreview
from shelterplan.core.plan_tree import PlanStep
from shelterplan.reports.model import SignatoryRole, SignatureBlock
from shelterplan.store.casestore import CaseStore
from shelterplan.ui.context import Desk
from shelterplan.ui.wizards.base import FlowPage, FlowWizard

Keep = Callable[[QWidget], object]

CLIENT = "Rosalind Canaryfield"  # synthetic: no real person
GOAL = "A flat of her own near the school"
FINGERPRINT = "1a2b3c4d5e6f" + "0" * 52


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def synthetic_case(store: CaseStore, today: date) -> dict[str, str]:
    """A case six weeks in, with a long-term goal, one on the way, an overdue step, a
    step due soon and a service in the directory; returns ids by name."""
    with store.session() as session:
        actor = actor_named(session, store.worker_name)
        planning.add_service(
            session, "Housing office (test)", domain="housing", phone="555-0101",
            address="1 Test Street", hours="Mon–Fri 9–5", languages="English, French",
        )  # fmt: skip
        case = cases.open_new_case(
            session,
            actor,
            cases.NewClient(CLIENT, document_language="en"),
            opened_on=today - timedelta(days=42),
        )
        cases.assess_domain(
            session, actor, case.id, "housing", "In the shelter until next month", "high", 1,
            assessed_on=today - timedelta(days=42),
        )  # fmt: skip
        home = planning.add_goal(
            session, actor, case.id, GOAL, domain="housing", target_on=today + timedelta(180)
        )
        income = planning.add_goal(
            session, actor, case.id, "A steady income", "intermediate", home.id, "income"
        )
        late = planning.add_step(
            session, actor, income.id, "Fill in the income support form", "client",
            today - timedelta(days=4),
        )  # fmt: skip
        planning.add_step(
            session, actor, home.id, "Visit two flats", "client", today + timedelta(days=3)
        )
        cases.add_note(session, actor, case.id, "First meeting: synthetic note")
        return {"case": case.id, "home": home.id, "income": income.id, "late_step": late.id}


def walk_wizard(wizard: FlowWizard) -> Iterator[tuple[str, FlowPage]]:
    """Each page the flow shows, in order, moving on without checking what is typed."""
    seen: set[int] = set()
    while wizard.currentId() not in seen:
        page = wizard.currentPage()
        assert isinstance(page, FlowPage)
        seen.add(wizard.currentId())
        settle()
        yield page.key, page
        wizard.moving_without_checks = True
        try:
            wizard.next()
        finally:
            wizard.moving_without_checks = False
        settle()


def wizards(desk: Desk, ids: dict[str, str], keep: Keep) -> Iterator[tuple[str, FlowWizard]]:
    """The intake, goal, step and review wizards, each shown at its first page."""
    from shelterplan.ui.wizards.goal_wizard import GoalWizard
    from shelterplan.ui.wizards.intake_wizard import IntakeWizard
    from shelterplan.ui.wizards.review_wizard import ReviewWizard
    from shelterplan.ui.wizards.step_wizard import StepWizard

    makers: list[tuple[str, Callable[[], FlowWizard]]] = [
        ("intake", lambda: IntakeWizard.start(desk)),
        ("goal", lambda: GoalWizard.start(desk, ids["case"])),
        ("step", lambda: StepWizard.start(desk, ids["income"])),
        ("review", lambda: ReviewWizard.start(desk, ids["case"])),
    ]
    for name, make in makers:
        wizard = make()
        keep(wizard)
        wizard.show()
        settle()
        yield name, wizard
        wizard.draft_id = None
        QWizard.reject(wizard)  # no question, no draft kept


def wizard_pages(desk: Desk, ids: dict[str, str], keep: Keep) -> Iterator[tuple[str, QWidget]]:
    """("intake/consent", the wizard showing that page), … for every page of every wizard."""
    for name, wizard in wizards(desk, ids, keep):
        for key, _page in walk_wizard(wizard):
            yield f"{name}/{key}", wizard
        if name == "review":
            # The last page comes only after the review is saved: show it as saved.
            yield from _review_done(wizard)


def _review_done(wizard: FlowWizard) -> Iterator[tuple[str, QWidget]]:
    done = getattr(wizard, "done_page", None)
    if done is None:
        return
    from shelterplan.core.reviews import ReviewSaved

    flow = wizard.flow
    goal_ids = [goal.goal_id for goal in getattr(flow.context, "goals", ())]
    decisions = {gid: {"decision": "amend" if n == 0 else "keep", "rating": "some"}
                 for n, gid in enumerate(goal_ids)}  # fmt: skip
    flow.set_values("goals", {"by_goal": decisions})
    later = flow.context.today + timedelta(days=60)  # type: ignore[attr-defined]
    flow.set_values("next", {"next_review_on": later.isoformat(), "summary": "Synthetic."})
    saved = ReviewSaved("synthetic", tuple(goal_ids[:1]), (), (), (), True, True)
    wizard.saved = saved  # type: ignore[attr-defined]
    wizard.next()  # the summary's commit sees it saved already: nothing is written
    settle()
    if wizard.currentPage() is done:
        yield "review/done", wizard


def dialogs(
    admin: Desk, worker: Desk, ids: dict[str, str], keep: Keep
) -> Iterator[tuple[str, QDialog]]:
    """Every dialog, shown and settled, one at a time (hidden after the caller's look)."""
    for name, cls, arguments in _dialog_makers(admin, worker, ids):
        dialog = cls(*arguments())
        keep(dialog)
        dialog.show()
        if name == "outcomes":
            dialog.refresh()  # as OutcomesDialog.show_for does: the figures, drawn
        if name == "restore" and admin is not None:
            dialog.set_file(_backup_of(admin))  # as start_restore does, once it is chosen
        settle()
        yield name, dialog
        panels = getattr(dialog, "panels", {})  # the dashboard: each figure's table too
        if panels:
            for panel in panels.values():
                panel.tabs.setCurrentIndex(panel.TABLE)
            settle()
            yield f"{name}/tables", dialog
        dialog.hide()


def _backup_of(desk: Desk) -> Path:
    from shelterplan.core.backups import backup_file_name, make_backup

    folder = desk.store.folder.parent / "a11y-backup"  # beside the test's store
    folder.mkdir(exist_ok=True)
    target = folder / backup_file_name()
    make_backup(desk.store, desk.actor, target)
    return target


def dialog_classes() -> list[str]:
    """The class of every dialog `dialogs` opens."""
    return [cls.__qualname__ for _name, cls, _arguments in _dialog_makers(None, None, {})]


Arguments = Callable[[], tuple[object, ...]]


def _dialog_makers(
    admin: Desk | None, worker: Desk | None, ids: dict[str, str]
) -> list[tuple[str, type[QDialog], Arguments]]:
    from shelterplan.ui.admin.accounts_dialog import (
        AccountsDialog,
        AddWorkerForm,
        RecoveryKeyDialog,
        ResetPassphraseForm,
    )
    from shelterplan.ui.admin.agency_dialog import AgencyDialog
    from shelterplan.ui.admin.backups_dialog import BackupsDialog
    from shelterplan.ui.admin.restore_dialog import RestoreDialog
    from shelterplan.ui.admin.retention_dialog import PurgePrompt, RetentionDialog
    from shelterplan.ui.audit.audit_dialog import AuditDialog
    from shelterplan.ui.crash import CrashDialog
    from shelterplan.ui.directory_dialog import DirectoryDialog, ServiceForm
    from shelterplan.ui.printing.choices import plan_print_options
    from shelterplan.ui.printing.print_dialog import PrintDialog
    from shelterplan.ui.printing.sign_dialog import SignDialog
    from shelterplan.ui.reports.dashboard import OutcomesDialog
    from shelterplan.ui.workspace.dependant_dialog import DependantDialog
    from shelterplan.ui.workspace.erase_action import ErasePrompt
    from shelterplan.ui.workspace.outcome_dialog import OutcomeDialog
    from tests.ui.printing.pdfs import make_rendered

    def today() -> date:
        return worker.today() if worker is not None else date.today()

    def step() -> PlanStep:
        return PlanStep(
            id=ids["late_step"], goal_id=ids["income"], action="Fill in the income support form",
            responsible="client", responsible_name=None, due_on=today() - timedelta(days=4),
            appointment_at=None, appointment_place=None, instructions=None, status="open",
            outcome=None, outcome_on=None, overdue=True,
        )  # fmt: skip

    blocks = [
        SignatureBlock(SignatoryRole.CLIENT, CLIENT),
        SignatureBlock(SignatoryRole.WORKER, "Wendy Worker"),
    ]

    def retention() -> object:
        from shelterplan.core.retention import RetentionPreview

        return RetentionPreview(2, today() - timedelta(days=730), 3, 2, 3, 1)

    def folder() -> object:
        return admin.store.folder if admin is not None else None

    def erasure() -> ErasurePreview:
        return ErasurePreview(ids["case"], (ids["case"],), (("cases", 1), ("steps", 2)))

    def render(choice: object) -> object:
        return make_rendered(2, getattr(choice, "language", "en"), frozenset())

    report = "Traceback (synthetic)\n  File x.py, line 1"
    key = "ABCD-EFGH-IJKL-MNOP-QRST-UVWX"
    print_args = ("Print the case plan", plan_print_options("en"), render, "case-plan.pdf")
    return [
        ("accounts", AccountsDialog, lambda: (admin,)),
        ("add_worker", AddWorkerForm, lambda: (None,)),
        ("reset_passphrase", ResetPassphraseForm, lambda: (None, "Wendy Worker")),
        ("recovery_key", RecoveryKeyDialog, lambda: (None, key)),
        ("agency", AgencyDialog, lambda: (admin,)),
        ("backups", BackupsDialog, lambda: (admin,)),
        ("restore", RestoreDialog, lambda: (folder(),)),
        ("retention", RetentionDialog, lambda: (admin,)),
        ("purge", PurgePrompt, lambda: (None, retention())),
        ("audit", AuditDialog, lambda: (admin,)),
        ("outcomes", OutcomesDialog, lambda: (admin,)),
        ("crash", CrashDialog, lambda: (report,)),
        ("directory", DirectoryDialog, lambda: (worker,)),
        ("directory_choose", DirectoryDialog, lambda: (worker, None, True)),
        ("service_form", ServiceForm, lambda: (None, None)),
        ("print", PrintDialog, lambda: (None, *print_args)),
        ("sign", SignDialog, lambda: (None, 3, FINGERPRINT, blocks, today())),
        ("dependant", DependantDialog, lambda: (None, None, lambda _values: None)),
        ("erase", ErasePrompt, lambda: (None, CLIENT, erasure())),
        ("outcome", OutcomeDialog, lambda: (None, step(), "done", today())),
    ]
