"""The Safety plan and Referrals tabs, and the service directory dialog."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
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

from shelterplan.core import cases, directory, planning, safety_plan
from shelterplan.core.actors import actor_named
from shelterplan.store.casestore import CaseStore
from shelterplan.store.models import AuditEvent, Referral, Service, Worker
from shelterplan.ui.context import Desk
from shelterplan.ui.directory_dialog import DirectoryDialog, ServiceForm
from shelterplan.ui.messages import Messages
from shelterplan.ui.models.services_model import (
    COLUMN_DOMAIN,
    COLUMN_NAME,
    DomainRole,
    ServiceIdRole,
    ServicesModel,
)
from shelterplan.ui.vocab_labels import date_text
from shelterplan.ui.workspace.referrals_tab import COLUMN_OUTCOME, COLUMN_STATUS, ReferralsTab
from shelterplan.ui.workspace.safety_tab import SafetyTab

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
TODAY = date(2026, 11, 23)
WORKER, SUPERVISOR = "Élise Martin", "Claire Lefebvre"
LEGAL = "Aide juridique Montréal — bureau Rosemont"
SERVICES: tuple[dict[str, Any], ...] = (
    {
        "name": LEGAL,
        "domain": "legal",
        "address": "2955, boul. Rosemont, Montréal",
        "phone": "514-555-0199",
        "hours": "Lun–ven, 8 h 30 – 16 h 30",
        "eligibility": "Selon le revenu ; gratuit pour les prestataires d'aide sociale",
        "languages": "français, English",
        "notes": "Garde d'enfants, ordonnances de protection. Demander Me Ouellet.",
    },
    {
        "name": "SOS violence conjugale",
        "domain": "safety",
        "phone": "1-800-363-9010",
        "hours": "24 h sur 24, 7 jours sur 7",
        "languages": "français, English, español",
        "notes": "Ligne d'écoute et de référence ; trouve une place en maison d'hébergement.",
    },
    {
        "name": "Office municipal d'habitation de Montréal",
        "domain": "housing",
        "address": "415, rue Saint-Antoine Ouest, Montréal",
        "phone": "514-555-0123",
        "hours": "Lun–ven, 8 h 30 – 16 h 30",
        "eligibility": "Résidente du Québec depuis 12 mois ; priorité aux victimes de violence",
        "languages": "français, English",
    },
    {
        "name": "CLSC Rosemont",
        "domain": "physical_health",
        "address": "2909, rue Rachel Est, Montréal",
        "phone": "514-555-0166",
        "hours": "Lun–ven, 8 h – 20 h ; sam, 8 h 30 – 16 h 30",
        "languages": "français, English",
        "notes": "Sans rendez-vous le matin. Travailleuse sociale sur place.",
    },
    {
        "name": "Centre de femmes Au Cœur de l'Île",
        "domain": "social_support",
        "phone": "514-555-0177",
        "languages": "français, español, العربية",
        "notes": "Groupe de soutien le mardi soir ; halte-garderie sur place.",
    },
    {
        "name": "Moisson Montréal — dépannage alimentaire",
        "domain": "income",
        "phone": "514-555-0188",
        "eligibility": "Sur référence d'un organisme",
        "languages": "français",
    },
)
SAFETY = {
    "warning_signs": "Il boit le vendredi soir.\nTextos de numéros inconnus ; il passe devant "
    "l'école des enfants.",
    "safe_places": "Chez Sylvie (sa sœur), 4e étage, porte arrière.\nLe CLSC Rosemont pendant "
    "la journée.",
    "people_to_call": "Sylvie : 514-555-0142\nJosée (voisine) — seulement de jour",
    "code_word": "tournesol",
    "emergency_numbers": "911\nSOS violence conjugale : 1-800-363-9010\nMaison Hélène : "
    "514-555-0100",
    "documents_and_items": "Passeport, carte d'assurance maladie, carnets de vaccination des "
    "enfants.\nInsuline, clés de rechange et 100 $ chez Sylvie.",
    "children_safety": "Léo et Maya savent aller chez la voisine et composer le 911.\nL'école "
    "sait que seul Sylvie ou moi pouvons les chercher.",
    "work_safety": "La réception filtre les appels ; une collègue la raccompagne au métro.",
    "online_safety": "Nouveau téléphone ; partage de position désactivé ; Facebook en privé.",
}
ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleTextRole,
)


# --- set-up --------------------------------------------------------------------------
@pytest.fixture
def amelie(store: CaseStore) -> dict[str, str]:
    """Amélie's case, her worker, a supervisor and a small Montréal directory."""
    with store.session() as session:
        session.add_all([Worker(name=WORKER), Worker(name=SUPERVISOR, role="supervisor")])
    ids: dict[str, str] = {}
    with store.session() as session:
        worker, lead = actor_named(session, WORKER), actor_named(session, SUPERVISOR)
        case = cases.open_new_case(
            session, worker, cases.NewClient("Amélie", document_language="fr")
        )
        ids["case"] = case.id
        for details in SERVICES:
            entry = directory.add_service(session, lead, **details)
            ids[entry.name] = entry.service_id
        goal = planning.add_goal(session, worker, case.id, "Garder Léo et Maya avec moi")
        ids["goal"] = goal.id
    return ids


def _desk(store: CaseStore, name: str = WORKER) -> Desk:
    with store.session() as session:
        return Desk(store, actor_named(session, name), lambda: TODAY)


def _texts(model: QAbstractItemModel) -> Iterator[str]:
    for column in range(model.columnCount(QModelIndex())):
        yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
    for row in range(model.rowCount(QModelIndex())):
        for column in range(model.columnCount(QModelIndex())):
            for role in ROLES:
                yield str(model.index(row, column).data(role) or "")


def all_texts(widget: QWidget) -> str:
    """Every text a widget shows or holds: labels, editors, buttons and item models."""
    texts: list[str] = []
    for child in [widget, *widget.findChildren(QWidget)]:
        texts += [child.accessibleName(), child.accessibleDescription(), child.toolTip()]
        if isinstance(child, (QLabel, QLineEdit, QPushButton)):
            texts.append(child.text())
        if isinstance(child, (QTextEdit, QPlainTextEdit)):
            texts.append(child.toPlainText())
        if isinstance(child, QAbstractItemView) and child.model() is not None:
            texts += list(_texts(child.model()))
    return "\n".join(texts)


def _shown(qtbot: Any, widget: QWidget, width: int = 1000, height: int = 680) -> None:
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)


# --- the services model --------------------------------------------------------------
def test_services_model_passes_the_model_tester(qtbot, store, amelie):
    with store.session() as session:
        found = directory.search_services(session, "")
    model = ServicesModel()
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.load(found)
    assert model.rowCount() == len(SERVICES)
    model.clear()
    assert model.rowCount() == 0
    model.load(found)
    del tester
    first = model.index(0, COLUMN_NAME)
    assert first.data() == "Aide juridique Montréal — bureau Rosemont"
    assert first.data(ServiceIdRole) == amelie[LEGAL]
    assert model.index(0, COLUMN_DOMAIN).data() == "Legal and justice"
    assert first.data(DomainRole) == "legal"
    assert model.row_of(amelie["CLSC Rosemont"]) >= 0 and model.row_of("nope") == -1


# --- the safety plan -----------------------------------------------------------------
def _fill_safety(tab: SafetyTab) -> None:
    for name, editor in tab.editors.items():
        editor.setPlainText(SAFETY[name])
    tab.code_word_edit.setText(SAFETY["code_word"])


def test_safety_tab_saves_with_ctrl_s_and_shows_it_again(qtbot, store, amelie):
    desk = _desk(store)
    tab = SafetyTab()
    _shown(qtbot, tab)
    tab.load(desk, amelie["case"])
    assert "No safety plan yet" in tab.reviewed_label.text()
    assert not tab.save_button.isEnabled() and not tab.has_unsaved_changes()
    _fill_safety(tab)
    assert tab.has_unsaved_changes() and tab.save_button.isEnabled()
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    tab.editors["online_safety"].setFocus()
    with qtbot.waitSignal(tab.saved):
        qtbot.keyClick(
            tab.editors["online_safety"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
        )
    assert not tab.has_unsaved_changes()
    assert tab.reviewed_label.text() == f"Last reviewed on {date_text(TODAY)}"

    again = SafetyTab()
    _shown(qtbot, again)
    again.load(desk, amelie["case"])
    for name, editor in again.editors.items():
        assert editor.toPlainText() == SAFETY[name]
    with store.session() as session:
        assert safety_plan.reveal_code_word(session, desk.actor, amelie["case"]) == "tournesol"

    again.editors["work_safety"].setPlainText("Elle travaille de la maison pour l'instant.")
    assert again.save()
    with store.session() as session:
        view = safety_plan.safety_plan(session, desk.actor, amelie["case"])
        word = safety_plan.reveal_code_word(session, desk.actor, amelie["case"])
    assert view is not None and view.work_safety.startswith("Elle travaille")
    assert word == "tournesol"  # never shown, so never sent back, so kept


def test_the_code_word_is_hidden_until_show(qtbot, store, amelie):
    desk = _desk(store)
    with store.session() as session:
        safety_plan.save_safety_plan(session, desk.actor, amelie["case"], SAFETY, TODAY)
    tab = SafetyTab()
    _shown(qtbot, tab)
    tab.load(desk, amelie["case"])
    assert "tournesol" not in all_texts(tab)
    assert tab.code_word_edit.text() == "" and tab.code_word_edit.isReadOnly()
    assert "On file" in tab.code_word_edit.placeholderText()

    qtbot.mouseClick(tab.show_code_word, Qt.MouseButton.LeftButton)
    assert tab.code_word_edit.text() == "tournesol"
    assert tab.code_word_edit.echoMode() == QLineEdit.EchoMode.Normal
    assert not tab.code_word_edit.isReadOnly() and not tab.has_unsaved_changes()
    with store.session() as session:
        last = session.scalar(select(AuditEvent).order_by(AuditEvent.sequence.desc()))
    assert (last.action, last.worker_name) == ("safety_plan.code_word.show", WORKER)

    qtbot.mouseClick(tab.show_code_word, Qt.MouseButton.LeftButton)  # Hide: forgotten again
    assert "tournesol" not in all_texts(tab)
    assert tab.code_word_edit.echoMode() == QLineEdit.EchoMode.Password

    qtbot.mouseClick(tab.show_code_word, Qt.MouseButton.LeftButton)
    tab.code_word_edit.setText("girasol")
    qtbot.mouseClick(tab.show_code_word, Qt.MouseButton.LeftButton)  # a change stays, masked
    assert tab.code_word_edit.text() == "girasol"
    assert tab.code_word_edit.echoMode() == QLineEdit.EchoMode.Password
    assert tab.save()
    with store.session() as session:
        assert safety_plan.reveal_code_word(session, desk.actor, amelie["case"]) == "girasol"


def test_clear_keeps_unsaved_changes_and_leaves_no_client_text(qtbot, store, amelie):
    desk = _desk(store)
    tab = SafetyTab()
    _shown(qtbot, tab)
    tab.load(desk, amelie["case"])
    _fill_safety(tab)
    qtbot.mouseClick(tab.show_code_word, Qt.MouseButton.LeftButton)
    assert "Sylvie" in all_texts(tab) and "tournesol" in all_texts(tab)
    with qtbot.waitSignal(tab.saved):
        tab.clear()  # a lock: what was typed is saved, then wiped from the screen
    texts = all_texts(tab)
    for value in SAFETY.values():
        assert value not in texts
    assert not tab.has_unsaved_changes() and not tab.save_button.isEnabled()
    with store.session() as session:
        view = safety_plan.safety_plan(session, desk.actor, amelie["case"])
    assert view is not None and view.safe_places == SAFETY["safe_places"]


def test_a_failed_save_on_clear_is_reported_not_silent(qtbot, store, amelie):
    desk = _desk(store)
    tab = SafetyTab()
    _shown(qtbot, tab)
    tab.load(desk, amelie["case"])
    tab.editors["safe_places"].setPlainText("Chez Sylvie")
    with store.session() as session:  # meanwhile, a colleague closes the case
        cases.set_phase(session, desk.actor, amelie["case"], "closed")
    with qtbot.waitSignal(tab.save_failed) as failed:
        tab.clear()
    assert failed.args == ["This case is closed; reopen it before changing the safety plan."]
    assert "Sylvie" not in all_texts(tab)  # a lock always hides, even when saving failed
    tab.load(desk, amelie["case"])
    assert tab.editors["safe_places"].isReadOnly() and "closed" in tab.message.text()


# --- referrals -----------------------------------------------------------------------
@pytest.fixture
def shown_messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []

    def record(_parent: QWidget | None, _kind: Any, title: str, text: str) -> None:
        shown.append((title, text))

    monkeypatch.setattr(Messages, "show", staticmethod(record))
    return shown


def _open_directory(qtbot: Any, tab: ReferralsTab) -> DirectoryDialog:
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    dialog = tab.directory_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _referrals(store: CaseStore) -> list[Referral]:
    with store.session() as session:
        rows = session.scalars(select(Referral)).all()
        session.expunge_all()
    return list(rows)


def test_a_referral_that_shares_details_without_consent_is_refused_plainly(
    qtbot, store, amelie, shown_messages
):
    tab = ReferralsTab()
    _shown(qtbot, tab)
    tab.load(_desk(store), amelie["case"])
    assert tab.empty_note.isVisible() or not tab.isVisible()
    dialog = _open_directory(qtbot, tab)
    qtbot.keyClicks(dialog.search_edit, "juridique")
    dialog.search()
    assert dialog.model.rowCount() == 1
    assert dialog.selected_service().service_id == amelie[LEGAL]
    assert dialog.detail_labels["phone"].text() == "514-555-0199"
    dialog.share_check.setChecked(True)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)

    assert shown_messages == [
        (
            "Her consent is needed",
            f"She has not consented to sharing her details with {LEGAL}. Record her consent "
            "first, or make the referral without sharing details.",
        )
    ]
    assert _referrals(store) == [] and tab.table.rowCount() == 0
    assert dialog.isVisible()  # she can untick "share" or cancel

    dialog.share_check.setChecked(False)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    (made,) = _referrals(store)
    assert not made.shares_client_details and tab.table.rowCount() == 1


def test_with_consent_the_referral_is_made_and_its_status_saved(
    qtbot, store, amelie, shown_messages
):
    desk = _desk(store)
    with store.session() as session:
        consent = cases.record_consent(session, desk.actor, amelie["case"], "Partage", None, TODAY)
        consent.service_id = amelie[LEGAL]
    tab = ReferralsTab()
    _shown(qtbot, tab)
    tab.load(desk, amelie["case"])
    dialog = _open_directory(qtbot, tab)
    dialog.select_service(amelie[LEGAL])
    dialog.share_check.setChecked(True)
    assert dialog.goal_box.isVisible()
    assert dialog.goal_box.itemText(1) == "Garder Léo et Maya avec moi"
    dialog.goal_box.setCurrentIndex(1)
    with qtbot.waitSignal(tab.referral_made):
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert shown_messages == [] and tab.directory_dialog is None
    assert tab.table.item(0, COLUMN_STATUS).text() == "Proposed"
    assert _referrals(store)[0].goal_id == amelie["goal"]
    assert "Garder Léo et Maya avec moi" in tab.table.item(0, 0).text()

    tab.status_box.setCurrentIndex(tab.status_box.findData("completed"))
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert "outcome" in tab.message.text()  # completed wants the outcome in words
    assert _referrals(store)[0].status == "proposed"

    tab.outcome_edit.setPlainText("Me Ouellet prend le dossier de garde.")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    (stored,) = _referrals(store)
    assert (stored.status, stored.made_on) == ("completed", TODAY)
    assert (
        stored.outcome == "Me Ouellet prend le dossier de garde." and stored.shares_client_details
    )
    assert tab.table.item(0, COLUMN_OUTCOME).text() == stored.outcome
    assert tab.message.text() == "Referral updated."


def test_referrals_tab_clear_leaves_no_client_text(qtbot, store, amelie):
    desk = _desk(store)
    with store.session() as session:
        directory.refer_with_consent_check(
            session, desk.actor, amelie["case"], amelie["CLSC Rosemont"], amelie["goal"]
        )
    tab = ReferralsTab()
    _shown(qtbot, tab)
    tab.load(desk, amelie["case"])
    tab.outcome_edit.setPlainText("Rendez-vous pris pour Léo")
    assert "Garder Léo et Maya" in all_texts(tab)
    _open_directory(qtbot, tab)
    tab.clear()
    assert "Léo" not in all_texts(tab) and tab.directory_dialog is None


def test_only_supervisors_maintain_the_directory_from_the_dialog(
    qtbot, store, amelie, monkeypatch, shown_messages
):
    as_worker = DirectoryDialog(_desk(store))
    qtbot.addWidget(as_worker)
    assert as_worker.add_button.isHidden() and as_worker.remove_button.isHidden()
    assert as_worker.share_check.isHidden()  # browsing, not choosing

    dialog = DirectoryDialog(_desk(store, SUPERVISOR))
    qtbot.addWidget(dialog)
    assert not dialog.add_button.isHidden()
    typed = {"name": "Refuge des femmes de l'Ouest", "domain": "housing", "phone": "514-555-0111"}
    monkeypatch.setattr(ServiceForm, "ask", staticmethod(lambda _parent, _entry: dict(typed)))
    dialog.add_service()
    assert dialog.selected_service().name == typed["name"]
    typed["phone"] = "514-555-0112"
    dialog.edit_service()
    assert dialog.detail_labels["phone"].text() == "514-555-0112"
    monkeypatch.setattr(Messages, "ask", staticmethod(lambda *_args: True))
    dialog.remove_service()
    assert dialog.model.row_of(dialog.selected_service().service_id) >= 0
    with store.session() as session:
        removed = session.scalar(select(Service).where(Service.name == typed["name"]))
        assert removed.deleted_at is not None
    dialog.domain_box.setCurrentIndex(dialog.domain_box.findData("safety"))
    assert dialog.model.rowCount() == 1 and shown_messages == []


# --- screenshots ---------------------------------------------------------------------
def test_screenshots(qtbot, store, amelie):
    desk = _desk(store)
    with store.session() as session:
        safety_plan.save_safety_plan(session, desk.actor, amelie["case"], SAFETY, TODAY)
        consent = cases.record_consent(session, desk.actor, amelie["case"], "Partage", None, TODAY)
        consent.service_id = amelie[LEGAL]
    for name, status, outcome, share, goal in (
        ("SOS violence conjugale", "completed", "Place trouvée à la Maison Hélène", False, None),
        ("Office municipal d'habitation de Montréal", "made", None, False, None),
        (LEGAL, "accepted", "Premier rendez-vous le 2 décembre", True, "goal"),
        ("Centre de femmes Au Cœur de l'Île", "proposed", None, False, None),
    ):
        with store.session() as session:
            made = directory.refer_with_consent_check(
                session, desk.actor, amelie["case"], amelie[name], amelie.get(goal or ""), share
            )
            directory.set_referral_status(session, desk.actor, made.referral_id, status, outcome)
    SCREENSHOTS.mkdir(exist_ok=True)

    safety = SafetyTab()
    _shown(qtbot, safety)
    safety.load(desk, amelie["case"])
    qtbot.wait(50)
    assert safety.grab().save(str(SCREENSHOTS / "safety_tab.png"))

    referrals = ReferralsTab()
    _shown(qtbot, referrals)
    referrals.load(desk, amelie["case"])
    qtbot.wait(50)
    assert referrals.grab().save(str(SCREENSHOTS / "referrals_tab.png"))

    dialog = DirectoryDialog(_desk(store, SUPERVISOR), choose=True)
    _shown(qtbot, dialog, 940, 580)
    dialog.select_service(amelie[LEGAL])
    dialog.share_check.setChecked(True)
    qtbot.wait(50)
    assert dialog.grab().save(str(SCREENSHOTS / "directory_dialog.png"))
