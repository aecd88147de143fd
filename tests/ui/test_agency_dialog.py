"""The agency's details for printed plans, set by an administrator."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage

from shelterplan.core.actors import Actor, actor_named
from shelterplan.core.agency import agency_details
from shelterplan.core.vocab import Role
from shelterplan.store.casestore import CaseStore
from shelterplan.store.models import Worker
from shelterplan.ui.admin.agency_dialog import AgencyDialog
from shelterplan.ui.context import Desk
from shelterplan.ui.messages import Messages
from tests.conftest import ADMIN

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"


def _png() -> bytes:
    image = QImage(120, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#2f6f73"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def test_an_admin_sets_name_address_logo_and_paper(qtbot, store: CaseStore, tmp_path):
    with store.session() as session:
        desk = Desk(store, actor_named(session, ADMIN))
    dialog = AgencyDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name_edit.setText("Maison Synthétique")
    dialog.address_edit.setPlainText("1 rue Nulle\nMontréal")
    dialog.paper_box.setCurrentIndex(dialog.paper_box.findData("a4"))
    logo = tmp_path / "logo.png"
    logo.write_bytes(_png())
    assert dialog.use_logo_file(logo)
    SCREENSHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SCREENSHOTS / "agency_dialog.png"))
    dialog.save()
    assert dialog.result() == AgencyDialog.DialogCode.Accepted
    with store.session() as session:
        details = agency_details(session)
    assert details.name == "Maison Synthétique" and details.paper == "a4"
    assert details.address == "1 rue Nulle\nMontréal" and details.logo == logo.read_bytes()


def test_a_worker_is_refused_plainly_and_nothing_changes(qtbot, store, monkeypatch):
    with store.session() as session:
        worker = Worker(name="Wanda Worker", role="worker")
        session.add(worker)
        session.flush()
        desk = Desk(store, Actor(worker.id, worker.name, Role.WORKER))
    shown: list[str] = []
    monkeypatch.setattr(Messages, "show", lambda _p, _k, _t, text: shown.append(text))
    dialog = AgencyDialog(desk)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Elsewhere")
    dialog.save()
    assert shown and "administrator" in shown[0]
    with store.session() as session:
        assert agency_details(session).name == ""


def test_an_unreadable_logo_is_refused(qtbot, store, tmp_path, monkeypatch):
    with store.session() as session:
        desk = Desk(store, actor_named(session, ADMIN))
    shown: list[str] = []
    monkeypatch.setattr(Messages, "show", lambda _p, _k, _t, text: shown.append(text))
    dialog = AgencyDialog(desk)
    qtbot.addWidget(dialog)
    assert not dialog.use_logo_file(tmp_path / "missing.png")
    assert shown and "PNG or JPEG" in shown[0]
