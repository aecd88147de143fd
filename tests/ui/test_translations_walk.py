"""Every screen under pseudo-localisation: no word escapes tr(), and none is cut off.

A walk goes over the unlock screen, the caseload, Today, every tab of a full case, every
page of the intake, goal, step and review wizards, and every dialog (printing, signing,
the household form, erasure, the step outcome, the directory, agency details, accounts,
backups, restore, retention, the audit trail, the outcome dashboard, the crash report).
Under the pseudo translator (SHELTERPLAN_LANGUAGE=pseudo) each translated string is
accented, in brackets and about 40 % longer, as French and Spanish often are:

- `test_no_word_escapes_translation_on_any_screen`: a label, button, group title, tab,
  placeholder or tooltip, and also an accessible name, window title, combo choice or
  column title, holds English words outside the brackets: it did not go through tr().
  Data (the canary strings of `tests/helpers/content.py`, names, what the walk types,
  dates) is allowed.
- `test_no_word_is_cut_off_on_any_screen`: at each screen's default size, every shown
  one-line label, button, group title, tab and empty field's placeholder is as wide as
  its text, wrapped labels as tall as their lines, no toolbar hides actions behind », no
  form scrolls sideways, no window has to grow, and the caseload's search field keeps
  room to type. Screenshots go to `screenshots/pseudo/`.

Then the screen in French: dates and times in Today, the caseload, the plan, notes, the
step wizard and the backups dialog follow the locale the screen language sets.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QDate, QLocale, QModelIndex, Qt, QTime
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolBar,
    QWidget,
    QWizard,
)
from sqlalchemy import select

from shelterplan.core import cases, household, planning, safety_plan
from shelterplan.core.actors import actor_named
from shelterplan.core.backups import LAST_BACKUP_AT
from shelterplan.core.plan_tree import PlanStep
from shelterplan.core.retention import RetentionPreview
from shelterplan.core.settings import put_setting
from shelterplan.store.casestore import CaseStore
from shelterplan.store.models import PlanVersion
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
from shelterplan.ui.caseload_view import CaseloadView
from shelterplan.ui.context import Desk
from shelterplan.ui.crash import CrashDialog
from shelterplan.ui.directory_dialog import DirectoryDialog, ServiceForm
from shelterplan.ui.main_window import MainWindow
from shelterplan.ui.messages import Messages
from shelterplan.ui.models.caseload_model import COL_NEXT_DUE
from shelterplan.ui.models.plan_tree_model import COL_DUE
from shelterplan.ui.printing.sign_dialog import SignDialog
from shelterplan.ui.reports.dashboard import OutcomesDialog
from shelterplan.ui.today_view import TodayView
from shelterplan.ui.translations import LOCALES, install_translators
from shelterplan.ui.vocab_labels import time_text, utc_datetime_text
from shelterplan.ui.wizards.goal_wizard import GoalWizard
from shelterplan.ui.wizards.intake_wizard import IntakeWizard
from shelterplan.ui.wizards.review_wizard import ReviewWizard
from shelterplan.ui.wizards.step_wizard import StepWizard
from shelterplan.ui.workspace.erase_action import ErasePrompt
from shelterplan.ui.workspace.outcome_dialog import OutcomeDialog
from shelterplan.ui.workspace.plan_tab import PlanTab
from tests.conftest import ADMIN
from tests.helpers.content import write_everything
from tests.helpers.desk import fill_three_cases, unlock_as_admin
from tests.helpers.pseudo import clipped, escaped, pseudo_language, shot
from tests.ui.test_intake_wizard import FILLERS

TODAY = date.today()
# Data shown as it is stored, not UI words: names, the canary strings of a full case,
# what the walk types, language names (each in its own language) and shortcuts.
DATA = (
    re.compile(r"CANARY\w*QZX"),
    re.compile(r"\b[0-9a-f]{4}(?: [0-9a-f]{4})+\b"),  # a plan's fingerprint
    "Canary",
    ADMIN,
    "Amélie",
    "Léo",
    "Maya",
    "English",
    "Français",
    "Español",
    "she/her",
    "555-0100",
    "ABCD-EFGH",
    "Un logement à moi, près de l'école",
    "Un revenu stable",
    "Remplir la demande d'aide sociale",
    "Remplir la demande",
    "Maison Marguerite",
)
SEARCH_MIN_WIDTH = 240  # px: room to type a name and see it
Look = Callable[[str, QWidget], None]

# Every dialog and wizard class under src/shelterplan/ui, and whether the walk shows it.
WALKED = {
    "AccountsDialog",
    "AddWorkerForm",
    "AgencyDialog",
    "AuditDialog",
    "BackupsDialog",
    "CrashDialog",
    "DependantDialog",
    "DirectoryDialog",
    "ErasePrompt",
    "GoalWizard",
    "IntakeWizard",
    "OutcomeDialog",
    "OutcomesDialog",
    "PrintDialog",
    "PurgePrompt",
    "RecoveryKeyDialog",
    "ResetPassphraseForm",
    "RestoreDialog",
    "RetentionDialog",
    "ReviewWizard",
    "ServiceForm",
    "SignDialog",
    "StepWizard",
}
NOT_SHOWN_ALONE = {"_PassphraseForm", "FlowWizard"}  # bases of the classes above


@pytest.fixture
def pseudo(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    with pseudo_language(qapp):
        yield


@pytest.fixture
def quiet(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Messages, "ask", staticmethod(lambda *_args: False))
    monkeypatch.setattr(Messages, "show", staticmethod(lambda *_args: None))


def full_store(store: CaseStore) -> str:
    """Three cases with overdue steps (Today has lines) and one case with everything:
    goals, steps, notes, referrals, household, safety plan, a review, a signed version."""
    fill_three_cases(store)
    with store.session() as session:
        _, case_id = write_everything(session, ADMIN)
        actor = actor_named(session, ADMIN)
        household.add_dependant(session, actor, case_id, "Léo", 6, "son", True, "Asthma")
        household.add_dependant(session, actor, case_id, "Maya", 9, "daughter", False)
        safety_plan.save_safety_plan(
            session,
            actor,
            case_id,
            {"warning_signs": "CANARYWarningQZX", "safe_places": "CANARYPlaceQZX"},
        )
    return case_id


@pytest.fixture
def window(qtbot, store, store_folder, quiet) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """The main window at its default size, unlocked, with the full case in the store."""
    full_store(store)
    store.close()
    main = MainWindow(store_folder)
    qtbot.addWidget(main)
    main.resize(1100, 720)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.lock()


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _full_case_id(window: MainWindow) -> str:
    assert window.desk_context is not None
    with window.desk_context.session() as session:
        version = session.scalars(select(PlanVersion)).first()
        assert version is not None
        return version.case_id


def _show(qtbot, widget: QWidget) -> QWidget:  # type: ignore[no-untyped-def]
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    _settle()
    return widget


def _next(wizard: QWizard) -> None:
    """Next page; a warning shown once is passed by pressing Next again."""
    page = wizard.currentPage()
    wizard.next()
    if wizard.currentPage() is page:
        wizard.next()
    assert wizard.currentPage() is not page, page.problems.text()


def _close(widget: QWidget) -> None:
    if isinstance(widget, QDialog):
        widget.reject()
    widget.close()


def walk_desk(qtbot, window: MainWindow, look: Look) -> str:  # type: ignore[no-untyped-def]
    """The unlock screen, the caseload, Today and each tab of the full case."""
    look("unlock", window)
    unlock_as_admin(qtbot, window)
    _settle()
    look("caseload", window)
    window.desk.setCurrentIndex(window.TODAY)
    _settle()
    look("today", window)
    case_id = _full_case_id(window)
    window.open_case(case_id)
    tabs = window.workspace.tabs
    keys = ("overview", "safety", "assessment", "plan", "referrals", "notes", "versions")
    for index, key in enumerate(keys):
        tabs.setCurrentIndex(index)
        _settle()
        look(f"case_{index + 1}_{key}", window)
    return case_id


def walk_wizards(qtbot, window: MainWindow, case_id: str, look: Look) -> None:  # type: ignore[no-untyped-def]
    """Every page of the intake, goal, step and review wizards."""
    desk = window.desk_context
    assert desk is not None
    intake = _show(qtbot, IntakeWizard.start(desk))
    for number, fill in enumerate(FILLERS, 1):
        fill(qtbot, intake.currentPage())
        _settle()
        look(f"intake_{number}_{intake.currentPage().key}", intake)
        _next(intake)
    _settle()
    look(f"intake_9_{intake.currentPage().key}", intake)
    intake.close_for_lock()

    goals = _show(qtbot, GoalWizard.start(desk, case_id))
    goals.long_term_page.new_radio.click()
    goals.long_term_page.words.setText("Un logement à moi, près de l'école")
    target = TODAY + timedelta(days=180)
    goals.long_term_page.target.edit.setDate(QDate(target.year, target.month, target.day))
    for number, name in enumerate(
        ("long_term", "intermediate", "options", "services", "concurrent", "summary"), 1
    ):
        page = goals.currentPage()
        if name == "intermediate":
            page.goals.add_button.click()
            page.goals.form.words.setText("Un revenu stable")
        if name == "options":
            page.goal_box.setCurrentIndex(page.goal_box.count() - 1)
            page.options.add_button.click()
            page.options.form.description.setText("Maison Marguerite")
        if name == "services" and page.services.count():
            page.services.setCurrentRow(0)
            page.services.item(0).setCheckState(Qt.CheckState.Checked)
        _settle()
        look(f"goal_{number}_{name}", goals)
        if name != "summary":
            _next(goals)
    goals.close_for_lock()

    with desk.session() as session:
        goal_id = planning.add_goal(session, desk.actor, case_id, "Un revenu stable").id
    steps = _show(qtbot, StepWizard.start(desk, goal_id))
    steps.currentPage().steps.form.action.setText("Remplir la demande d'aide sociale")
    steps.currentPage().steps.form.appointment.setChecked(True)
    _settle()
    look("steps_1_steps", steps)
    _next(steps)
    _settle()
    look("steps_2_summary", steps)
    steps.close_for_lock()

    review = _show(qtbot, ReviewWizard.start(desk, case_id))
    look("review_1_since", review)
    _next(review)
    page = review.goals_page
    for row in range(page.list.count()):
        page.list.setCurrentRow(row)
        page.form.rating_buttons["some"].click()
        page.form.decision_buttons["keep"].click()
    _settle()
    look("review_2_goals", review)
    for number, name in ((3, "needs"), (4, "next"), (5, "summary"), (6, "done")):
        _next(review)
        _settle()
        look(f"review_{number}_{name}", review)
    assert review.currentPage() is review.done_page
    review.close()


def walk_dialogs(qtbot, window: MainWindow, case_id: str, look: Look, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Every dialog, opened the way the worker opens it where it does not block."""
    desk = window.desk_context
    assert desk is not None
    workspace = window.workspace
    printing = workspace.printing

    for name, open_print in (
        ("print_plan", printing.print_plan),
        ("print_progress", printing.print_progress),
        ("print_safety_plan", printing.print_safety_plan),
    ):
        open_print()
        dialog = printing._dialog
        assert dialog is not None, name
        qtbot.waitExposed(dialog)
        _settle()
        look(name, dialog)
        dialog.reject()
        _settle()
    with desk.session() as session:
        version_id = session.scalars(select(PlanVersion.id)).first()
    printing.reprint_version(str(version_id))
    assert printing._dialog is not None
    qtbot.waitExposed(printing._dialog)
    _settle()
    look("print_signed_version", printing._dialog)
    printing._dialog.reject()
    _settle()

    def modal(name: str) -> Callable[[QDialog], int]:
        """Stands in for exec(): shows the dialog, looks at it, then cancels it."""

        def shown(dialog: QDialog) -> int:
            dialog.show()
            qtbot.waitExposed(dialog)
            _settle()
            look(name, dialog)
            return int(QDialog.DialogCode.Rejected)

        return shown

    monkeypatch.setattr(SignDialog, "exec", modal("sign"))
    printing.sign_plan()
    monkeypatch.setattr(ErasePrompt, "exec", modal("erase"))
    workspace.overview.file_actions.erase_file()

    box = workspace.overview.household
    box.add_dependant()
    assert box.form_dialog is not None
    qtbot.waitExposed(box.form_dialog)
    _settle()
    look("dependant", box.form_dialog)
    box.form_dialog.reject()
    _settle()

    step = PlanStep(
        "s1", "g1", "Remplir la demande", "client", None, TODAY, None, None, None,
        "open", None, None, False,
    )  # fmt: skip
    standalone: list[tuple[str, Callable[[], QDialog]]] = [
        ("step_outcome", lambda: OutcomeDialog(window, step, "missed", TODAY)),
        ("directory", lambda: DirectoryDialog(desk, window)),
        ("directory_choose", lambda: DirectoryDialog(desk, window, choose=True)),
        ("service_form", lambda: ServiceForm(window, None)),
        ("agency", lambda: AgencyDialog(desk, window)),
        ("accounts", lambda: AccountsDialog(desk, window)),
        ("add_worker", lambda: AddWorkerForm(window)),
        ("reset_passphrase", lambda: ResetPassphraseForm(window, ADMIN)),
        ("recovery_key", lambda: RecoveryKeyDialog(window, "ABCD-EFGH-IJKL-MNOP")),
        ("backups", lambda: BackupsDialog(desk, window)),
        ("restore", lambda: RestoreDialog(window._folder, window)),
        ("retention", lambda: RetentionDialog(desk, window)),
        ("purge", lambda: PurgePrompt(window, RetentionPreview(7, TODAY, 5, 3, 4, 1))),
        ("audit", lambda: AuditDialog(desk, window)),
        ("outcomes", lambda: OutcomesDialog(desk, window)),
        ("crash", lambda: CrashDialog("shelterplan 0\nTraceback: ValueError", window)),
    ]
    for name, make in standalone:
        dialog = make()
        _show(qtbot, dialog)
        if isinstance(dialog, OutcomesDialog):
            dialog.refresh()
        if isinstance(dialog, AddWorkerForm | ResetPassphraseForm):
            dialog.passphrase_edit.setText("too short")  # the rule is said as she types
        _settle()
        look(name, dialog)
        _close(dialog)
        _settle()


def walk_everything(qtbot, window: MainWindow, look: Look, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    case_id = walk_desk(qtbot, window, look)
    walk_dialogs(qtbot, window, case_id, look, monkeypatch)
    walk_wizards(qtbot, window, case_id, look)


# --- the checks ---------------------------------------------------------------------------
def test_no_word_escapes_translation_on_any_screen(qtbot, pseudo, window, monkeypatch):
    problems: dict[str, list[str]] = {}
    seen: list[str] = []

    def look(name: str, widget: QWidget) -> None:
        seen.append(name)
        found = escaped(widget, DATA, spoken=True)
        if found:
            problems[name] = found

    walk_everything(qtbot, window, look, monkeypatch)
    assert len(seen) >= 55, seen  # every screen above was looked at
    assert problems == {}, "\n".join(f"{k}: {v}" for k, v in problems.items())


def test_no_word_is_cut_off_on_any_screen(qtbot, pseudo, window, monkeypatch):
    problems: dict[str, list[str]] = {}
    first_size: dict[int, tuple[int, int]] = {}

    def look(name: str, widget: QWidget) -> None:
        shot(widget, name)
        found = clipped(widget)
        size = first_size.setdefault(id(widget), (widget.width(), widget.height()))
        if widget.width() > size[0] or widget.height() > size[1]:  # a page did not fit
            found.append(f"the window grew from {size} to {widget.width(), widget.height()}")
        if name == "caseload":
            width = window.caseload.search_edit.width()
            if width < SEARCH_MIN_WIDTH:
                found.append(f"search field {width} px < {SEARCH_MIN_WIDTH} px")
        if found:
            problems[name] = found

    walk_everything(qtbot, window, look, monkeypatch)
    assert problems == {}, "\n".join(f"{k}: {v}" for k, v in problems.items())


def test_the_escape_check_catches_english_words_inside_and_around_translated_ones(qtbot, pseudo):
    root = QWidget()
    qtbot.addWidget(root)
    signed_in = QApplication.translate("MainWindow", "Signed in as {0}").format(ADMIN)
    QLabel(signed_in + " · offline mode", root)  # an English piece glued to a tr() one
    QLabel(signed_in, root)  # data inside a translated sentence: fine
    combo = QComboBox(root)
    combo.addItems([QApplication.translate("CaseloadView", "My cases"), "All cases"])
    QLineEdit(root).setAccessibleName("Search cases")
    assert escaped(root, (ADMIN,)) == [f"QLabel: {signed_in + ' · offline mode'!r}"]
    assert escaped(root, (ADMIN,), spoken=True)[1:] == [
        "QComboBox: 'All cases'",
        "QLineEdit: 'Search cases'",
    ]


def test_the_clipping_check_catches_each_kind_of_cut(qtbot, pseudo):
    tr = QApplication.translate
    root = QWidget()
    qtbot.addWidget(root)
    row = QHBoxLayout(root)
    label = QLabel(tr("MainWindow", "Signed in as {0}"))
    button = QPushButton(tr("MainWindow", "&Lock"))
    search = QLineEdit()
    search.setPlaceholderText(tr("CaseloadView", "Search names, aliases and notes"))
    note = QLabel(tr("MainWindow", "Lock now (Ctrl+L): hides every client detail"))
    note.setWordWrap(True)
    bar = QToolBar()
    for text in ("&Find a client", "&New client…", "&Lock", "&Audit trail…"):
        bar.addAction(tr("MainWindow", text))
    for widget in (label, button, search, note, bar):
        row.addWidget(widget)
    root.resize(2000, 200)
    root.show()
    _settle()
    assert clipped(root) == []
    root.setFixedSize(120, 30)  # far smaller than the layout's minimum: everything is cut
    _settle()
    kinds = [line.split(" ")[0] for line in clipped(root)]
    assert kinds == ["QLabel", "QPushButton", "QLineEdit", "QLabel", "toolbar"], kinds


def test_every_dialog_and_wizard_is_walked():
    """A new dialog or wizard under ui/ is added to the walk (or said not to be shown)."""
    import ast

    ui = Path(__file__).resolve().parents[2] / "src" / "shelterplan" / "ui"
    found: set[str] = set()
    for source in ui.rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases = {ast.unparse(base) for base in node.bases}
                if bases & {"QDialog", "QWizard", "_PassphraseForm", "FlowWizard"}:
                    found.add(node.name)
    assert found - NOT_SHOWN_ALONE - WALKED == set()


# --- dates follow the screen language --------------------------------------------------
MONDAY = date(2026, 11, 23)


@pytest.fixture
def screen_language(qapp, tmp_path) -> Iterator[Callable[[str], None]]:  # type: ignore[no-untyped-def]
    """Choose the screen language as the app does at start (no compiled words here:
    dates come from the locale, not from the translations)."""
    before, installed = QLocale(), []

    def choose(code: str) -> None:
        installed.extend(install_translators(qapp, code, tmp_path))

    yield choose
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


@pytest.mark.parametrize("code", ["en", "fr", "es"])
def test_the_screen_language_sets_the_locale(screen_language, code):
    screen_language(code)
    assert QLocale().name() == QLocale(LOCALES[code]).name()


def _texts(model: QAbstractItemModel, parent: QModelIndex | None = None) -> list[str]:
    parent = parent or QModelIndex()
    found: list[str] = []
    for row in range(model.rowCount(parent)):
        for column in range(model.columnCount(parent)):
            index = model.index(row, column, parent)
            found.append(str(index.data() or ""))
            if column == 0:
                found += _texts(model, index)
    return found


def test_dates_and_times_follow_the_screen_language(qtbot, store, screen_language):
    """In French, Today, the caseload and the plan write dates and times the French way
    ("lundi 23 novembre 2026", "26 nov. 2026", "10 h 30"), not in English or ISO."""
    with store.session() as session:
        actor = actor_named(session, ADMIN)
        case = cases.open_new_case(session, actor, cases.NewClient("Amélie"), opened_on=MONDAY)
        goal = planning.add_goal(session, actor, case.id, "Un logement à moi")
        late = planning.add_step(
            session, actor, goal.id, "Appeler l'OMH", due_on=date(2026, 11, 20)
        )
        visit = planning.add_step(
            session,
            actor,
            goal.id,
            "Visiter la maison Marguerite",
            due_on=date(2026, 11, 26),
            appointment_at=datetime(2026, 11, 26, 10, 30),
        )
    screen_language("fr")
    desk = Desk.for_store(store, today=lambda: MONDAY)

    today = TodayView()
    qtbot.addWidget(today)
    today.load(desk)
    assert "lundi 23 novembre 2026" in today.title.text()
    agenda = _texts(today.model)
    assert any("10 h 30" in text for text in agenda), agenda
    assert any("20 nov. 2026" in text for text in agenda), agenda

    caseload = CaseloadView()
    qtbot.addWidget(caseload)
    caseload.load(desk)
    qtbot.waitUntil(lambda: caseload.model.rowCount() == 1)
    assert caseload.model.index(0, COL_NEXT_DUE).data() == "20 nov. 2026"

    plan = PlanTab()
    qtbot.addWidget(plan)
    plan.load(desk, case.id)
    due = plan.model.index_for_step(visit.id, COL_DUE).data()
    assert due == "26 nov. 2026", due
    assert "20 nov. 2026" in plan.model.index_for_step(late.id, COL_DUE).data()
    shown = " ".join(_texts(plan.model))
    assert not re.search(r"\b(Nov|November)\b|2026-11-|\d{1,2}:\d{2}", shown), shown
    assert time_text(datetime(2026, 11, 26, 10, 30)) == "10 h 30"


def test_every_moment_shown_follows_the_screen_language(qtbot, store, screen_language):
    """Notes, signed versions and the audit trail (utc_datetime_text), the step wizard's
    read-back and the last backup: no ISO date and no English clock in French."""
    with store.session() as session:
        put_setting(session, LAST_BACKUP_AT, datetime(2026, 11, 20, 14, 5).isoformat())
        actor = actor_named(session, ADMIN)
        case = cases.open_new_case(session, actor, cases.NewClient("Amélie"), opened_on=MONDAY)
        goal_id = planning.add_goal(session, actor, case.id, "Un revenu stable").id
    screen_language("fr")
    desk = Desk.for_store(store, today=lambda: MONDAY)
    moment = utc_datetime_text(datetime(2026, 11, 20, 14, 5))
    assert re.fullmatch(r"20 nov\. 2026, \d\d h \d\d", moment), moment

    backups = BackupsDialog(desk)
    qtbot.addWidget(backups)
    last = backups.last_label.text()
    assert "20 nov. 2026" in last and " h " in last and "2026-11" not in last, last

    steps = StepWizard.start(desk, goal_id)
    qtbot.addWidget(steps)
    form = steps.currentPage().steps.form
    form.action.setText("Rendez-vous à l'aide sociale")
    form.action.textEdited.emit(form.action.text())
    form.appointment.setChecked(True)
    form.appointment_day.setDate(QDate(2026, 12, 2))
    form.appointment_time.setTime(QTime(9, 30))
    steps.show()
    _next(steps)
    tree = steps.summary_page.tree
    lines = [
        tree.topLevelItem(0).child(i).text(0) for i in range(tree.topLevelItem(0).childCount())
    ]
    assert any("2 déc. 2026" in line and "09 h 30" in line for line in lines), lines
    steps.close_for_lock()
