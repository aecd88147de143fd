"""Accounts and roles: who sees which case, and what administrators can do to accounts."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from shelterplan.core import accounts, cases, queries
from shelterplan.core.actors import Actor, actor_named, may_see_case
from shelterplan.core.agency import set_agency_details
from shelterplan.core.directory import may_maintain_directory
from shelterplan.core.queries import CaseloadFilter, caseload_count, caseload_page
from shelterplan.core.rules import InvalidInput
from shelterplan.core.settings import set_idle_lock_minutes
from shelterplan.core.vocab import Role
from shelterplan.errors import NotAllowed, StoreTampered, WrongPassphrase
from shelterplan.store import device
from shelterplan.store.audit_chain import verify
from shelterplan.store.casestore import DB_FILE, CaseStore
from shelterplan.store.keyslots import FILE_NAME, KeySlots, RotationRefused
from shelterplan.store.models import AuditEvent, Worker
from shelterplan.store.passphrases import WeakPassphrase
from shelterplan.store.rekey import key_opens
from tests.conftest import ADMIN, PASSPHRASE

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
BEA, CLEO, SAM, ROSA = "Bea Worker", "Cleo Worker", "Sam Supervisor", "Rosa Admin"
PASSPHRASES = {
    BEA: "bea walks the dog at dawn",
    CLEO: "cleo's garden of blue tomatoes",
    SAM: "sam reads novels on the bus",
    ROSA: "rosa keeps the accounts tidy",
}
TODAY = __import__("datetime").date(2026, 11, 23)


def _admin(store: CaseStore) -> Actor:
    with store.session() as session:
        return actor_named(session, ADMIN)


def _actor(store: CaseStore, name: str) -> Actor:
    with store.session() as session:
        return actor_named(session, name)


@pytest.fixture
def agency(store: CaseStore) -> dict[str, str]:
    """Bea and Cleo (workers), Sam (supervisor), Rosa (the admin role); a case each for
    Bea and Cleo, and Cleo's case shared with Bea."""
    admin = _admin(store)
    roles = {BEA: "worker", CLEO: "worker", SAM: "supervisor", ROSA: "admin"}
    for name, role in roles.items():
        accounts.add_worker(store, admin, name, role, False, PASSPHRASES[name])
    with store.session() as session:
        bea, cleo = actor_named(session, BEA), actor_named(session, CLEO)
        ids = {
            "bea": cases.open_new_case(session, bea, cases.NewClient("Océane")).id,
            "cleo": cases.open_new_case(session, cleo, cases.NewClient("Beatriz")).id,
            "cleo-shared": cases.open_new_case(session, cleo, cases.NewClient("Amaia")).id,
        }
        cases.share_case(session, cleo, ids["cleo-shared"], bea.worker_id)
    return ids


def _sees(store: CaseStore, name: str, case_id: str) -> bool:
    with store.session() as session:
        return may_see_case(session, actor_named(session, name), case_id)


def _caseload(store: CaseStore, name: str, all_cases: bool = False) -> list[str]:
    with store.session() as session:
        actor = actor_named(session, name)
        rows = caseload_page(session, actor, CaseloadFilter(all_cases=all_cases), TODAY)
    return sorted(row.client_name for row in rows)


# --- roles ---------------------------------------------------------------------------
def test_the_first_account_is_a_supervisor_who_administers(store):
    admin = _admin(store)
    assert admin.role == Role.SUPERVISOR and admin.is_admin
    assert admin.administers and admin.sees_all_cases and admin.sees_case_content


def test_actor_stays_positional_and_administers_by_role_or_flag():
    assert Actor("w", "x", Role.WORKER).is_admin is False
    assert Actor("w", "x", Role.WORKER, True).administers
    assert Actor("w", "x", Role.ADMIN).administers
    assert not Actor("w", "x", Role.SUPERVISOR).administers
    assert queries.may_see_all(Actor("w", "x", Role.SUPERVISOR))
    assert not queries.may_see_all(Actor("w", "x", Role.ADMIN, True))
    assert not queries.may_see_all(Actor("w", "x", Role.WORKER, True))


def test_a_worker_sees_her_own_cases_and_those_shared_with_her(store, agency):
    assert _sees(store, BEA, agency["bea"]) and _sees(store, BEA, agency["cleo-shared"])
    assert not _sees(store, BEA, agency["cleo"])
    assert _caseload(store, BEA) == ["Amaia", "Océane"]
    assert _caseload(store, BEA, all_cases=True) == ["Amaia", "Océane"]
    with store.session() as session, pytest.raises(NotAllowed):
        cases.open_case(session, actor_named(session, BEA), agency["cleo"])


def test_a_supervisor_sees_every_case(store, agency):
    assert all(_sees(store, SAM, case_id) for case_id in agency.values())
    assert _caseload(store, SAM, all_cases=True) == ["Amaia", "Beatriz", "Océane"]
    with store.session() as session:
        cases.open_case(session, actor_named(session, SAM), agency["cleo"])


def test_the_admin_role_sees_no_case_and_cannot_open_or_create_one(store, agency):
    rosa = _actor(store, ROSA)
    assert rosa.administers and not rosa.sees_case_content
    assert not any(_sees(store, ROSA, case_id) for case_id in agency.values())
    assert _caseload(store, ROSA) == [] and _caseload(store, ROSA, all_cases=True) == []
    with store.session() as session:
        assert caseload_count(session, rosa, CaseloadFilter(all_cases=True), TODAY) == 0
        assert queries.deadlines(session, rosa, TODAY) == []
        assert queries.today_agenda(session, rosa, TODAY, all_cases=True).entries == ()
        with pytest.raises(NotAllowed, match="does not see case content"):
            cases.open_case(session, rosa, agency["bea"])
        with pytest.raises(NotAllowed):
            cases.open_new_case(session, rosa, cases.NewClient("Zoé"))
        with pytest.raises(InvalidInput, match="does not see case content"):
            cases.share_case(session, _admin(store), agency["bea"], rosa.worker_id)


def test_the_admin_role_cannot_export_case_files(store, agency, tmp_path):
    from shelterplan.core.exchange import write_export

    rosa = CaseStore.unlock(store.folder, ROSA, PASSPHRASES[ROSA])
    with rosa, pytest.raises(NotAllowed):
        write_export(rosa, tmp_path / "all.json")
    assert not (tmp_path / "all.json").exists()


def test_administrators_change_settings_and_the_directory_others_do_not(store, agency):
    with store.session() as session:
        for name in (ROSA, ADMIN):
            actor = actor_named(session, name)
            set_idle_lock_minutes(session, actor, 7)
            set_agency_details(session, actor, name="Maison Claire")
            assert may_maintain_directory(actor)
        for name in (BEA, SAM):
            with pytest.raises(NotAllowed):
                set_idle_lock_minutes(session, actor_named(session, name), 9)
        assert may_maintain_directory(actor_named(session, SAM))
        assert not may_maintain_directory(actor_named(session, BEA))


# --- accounts ------------------------------------------------------------------------
def test_only_administrators_manage_accounts(store, agency):
    for name in (BEA, SAM):
        actor = _actor(store, name)
        with pytest.raises(NotAllowed):
            accounts.accounts(store, actor)
        with pytest.raises(NotAllowed):
            accounts.add_worker(store, actor, "Dina", "worker", False, "dina's own long phrase")
        with pytest.raises(NotAllowed):
            accounts.disable_worker(store, actor, CLEO)
        with pytest.raises(NotAllowed):
            accounts.new_recovery_key(store, actor)
        with pytest.raises(NotAllowed):
            accounts.rotate_data_key(store, actor)


def test_added_workers_unlock_and_are_listed(store, agency, store_folder):
    listed = {a.name: a for a in accounts.accounts(store, _admin(store))}
    assert set(listed) == {ADMIN, BEA, CLEO, SAM, ROSA}
    assert listed[ROSA].role == Role.ADMIN and listed[ROSA].administers
    assert listed[BEA].role == Role.WORKER and not listed[BEA].is_admin
    assert all(a.active and a.can_unlock for a in listed.values())
    store.close()
    for name, passphrase in PASSPHRASES.items():
        CaseStore.unlock(store_folder, name, passphrase).close()


def test_adding_an_existing_name_is_refused(store, agency):
    with pytest.raises(InvalidInput, match="already an account"):
        accounts.add_worker(store, _admin(store), "  bea  WORKER", "worker", False, "x" * 20)


def test_a_disabled_worker_cannot_unlock_and_is_audited(store, agency, store_folder):
    admin = _admin(store)
    accounts.disable_worker(store, admin, "bea worker")
    assert BEA not in KeySlots.load(store_folder).worker_names()
    listed = {a.name: a for a in accounts.accounts(store, admin)}
    assert not listed[BEA].active and not listed[BEA].can_unlock
    with store.session() as session:
        bea_id = session.scalar(select(Worker.id).where(Worker.name == BEA))
        event = session.scalars(select(AuditEvent).order_by(AuditEvent.sequence.desc())).first()
        assert (event.action, event.worker_name, event.record_id) == (
            "account.disable",
            ADMIN,
            bea_id,
        )
        assert verify(session) is None
    store.close()
    with pytest.raises(WrongPassphrase):
        CaseStore.unlock(store_folder, BEA, PASSPHRASES[BEA])
    CaseStore.unlock(store_folder, CLEO, PASSPHRASES[CLEO]).close()


def test_disable_refuses_yourself_and_the_last_administrator(store, agency):
    admin = _admin(store)
    with pytest.raises(InvalidInput, match="your own account"):
        accounts.disable_worker(store, admin, ADMIN)
    accounts.disable_worker(store, admin, ROSA)
    with pytest.raises(InvalidInput, match="already disabled"):
        accounts.disable_worker(store, admin, ROSA)
    with pytest.raises(InvalidInput, match="last administrator"):
        accounts.disable_worker(store, accounts.RECOVERY_KEY_HOLDER, ADMIN)


def test_a_disabled_worker_can_be_added_again(store, agency, store_folder):
    admin = _admin(store)
    accounts.disable_worker(store, admin, BEA)
    again = accounts.add_worker(store, admin, BEA, "supervisor", False, "bea is back from leave")
    assert again.active and again.role == Role.SUPERVISOR and again.can_unlock
    store.close()
    CaseStore.unlock(store_folder, BEA, "bea is back from leave").close()


def test_reset_a_forgotten_passphrase_with_the_recovery_key(new_store, agency, store_folder):
    store, recovery_key = new_store
    admin = _admin(store)
    with pytest.raises(WrongPassphrase, match="recovery key"):
        accounts.reset_passphrase(
            store, admin, BEA, "AAAA-" * 12 + "AAAA", "bea's brand new phrase"
        )
    accounts.reset_passphrase(store, admin, BEA, recovery_key, "bea's brand new phrase")
    store.close()
    with pytest.raises(WrongPassphrase):
        CaseStore.unlock(store_folder, BEA, PASSPHRASES[BEA])
    CaseStore.unlock(store_folder, BEA, "bea's brand new phrase").close()


def test_the_only_administrator_resets_her_own_passphrase_with_the_recovery_key(
    new_store, store_folder
):
    store, recovery_key = new_store
    store.close()
    with CaseStore.unlock_with_recovery_key(store_folder, recovery_key) as opened:
        with opened.session() as session:
            actor = accounts.acting(session, opened)
        assert actor is accounts.RECOVERY_KEY_HOLDER
        accounts.reset_passphrase(opened, actor, ADMIN, recovery_key, "ana remembers this one")
        with opened.session() as session:
            event = session.scalars(
                select(AuditEvent).where(AuditEvent.action == "account.reset_passphrase")
            ).one()
            assert event.worker_name is None
    CaseStore.unlock(store_folder, ADMIN, "ana remembers this one").close()


def test_a_new_recovery_key_replaces_the_old_one(new_store, store_folder):
    store, old_key = new_store
    new_key = accounts.new_recovery_key(store, _admin(store))
    assert new_key != old_key
    assert new_key not in (store_folder / FILE_NAME).read_text()
    store.close()
    with pytest.raises(WrongPassphrase):
        CaseStore.unlock_with_recovery_key(store_folder, old_key)
    CaseStore.unlock_with_recovery_key(store_folder, new_key).close()


def test_audit_entries_never_hold_a_passphrase_or_key(new_store, agency):
    store, recovery_key = new_store
    admin = _admin(store)
    accounts.reset_passphrase(store, admin, CLEO, recovery_key, "cleo picks a new phrase")
    new_key = accounts.new_recovery_key(store, admin)
    with store.session() as session:
        events = list(session.scalars(select(AuditEvent)))
    text = json.dumps([[e.worker_name, e.action, e.record_type, e.record_id] for e in events])
    for secret in [*PASSPHRASES.values(), "cleo picks a new phrase", recovery_key, new_key]:
        assert secret not in text
    actions = [e.action for e in events]
    assert actions.count("account.add") == 4
    assert {"account.reset_passphrase", "recovery_key.new"} <= set(actions)


# --- rotating the data key -----------------------------------------------------------
def _data_key(folder: Path, name: str, passphrase: str) -> bytes:
    slots = KeySlots.load(folder)
    return slots.unlock_worker(name, passphrase, device.load_device_secret(slots.store_id))


def test_rotation_locks_out_the_old_key_and_everyone_remaining_still_unlocks(
    new_store, agency, store_folder, tmp_path
):
    store, _recovery_key = new_store
    old_key = _data_key(store_folder, BEA, PASSPHRASES[BEA])
    stolen = tmp_path / "bea-kept-this-keyslots.json"
    shutil.copy(store_folder / FILE_NAME, stolen)  # Bea keeps a copy before she leaves
    accounts.disable_worker(store, _admin(store), BEA, rotate_key=True)
    with store.session() as session:  # the open store goes on with the new key
        assert session.scalar(select(AuditEvent.action).order_by(AuditEvent.sequence.desc())) == (
            "account.rekey"
        )
        assert verify(session) is None
    store.close()
    assert not key_opens(store_folder / DB_FILE, old_key)
    # Her old key file and passphrase still give the old key, which opens nothing now.
    shutil.copy(stolen, store_folder / FILE_NAME)
    with pytest.raises(StoreTampered):
        CaseStore.unlock(store_folder, BEA, PASSPHRASES[BEA])


@pytest.fixture
def rotated(new_store, agency, store_folder):  # type: ignore[no-untyped-def]
    store, recovery_key = new_store
    old_key = _data_key(store_folder, ADMIN, PASSPHRASE)
    accounts.disable_worker(store, _admin(store), BEA)
    accounts.rotate_data_key(store, _admin(store))
    store.close()
    return old_key, recovery_key


def test_after_rotation_every_remaining_worker_and_the_recovery_key_unlock(rotated, store_folder):
    old_key, recovery_key = rotated
    assert not key_opens(store_folder / DB_FILE, old_key)
    new_key = _data_key(store_folder, ADMIN, PASSPHRASE)
    assert new_key != old_key and key_opens(store_folder / DB_FILE, new_key)
    for name in (CLEO, SAM, ROSA):
        CaseStore.unlock(store_folder, name, PASSPHRASES[name]).close()
    CaseStore.unlock(store_folder, ADMIN, PASSPHRASE).close()
    with CaseStore.unlock_with_recovery_key(store_folder, recovery_key) as opened:
        assert opened.integrity_problems() == []
    with pytest.raises(WrongPassphrase):
        CaseStore.unlock(store_folder, BEA, PASSPHRASES[BEA])
    assert not KeySlots.load(store_folder).rotation_staged


def test_a_rotation_cut_short_before_the_rekey_is_forgotten_at_the_next_unlock(
    store, agency, store_folder, monkeypatch
):
    import shelterplan.store.casestore as casestore

    def crash(*_args: object) -> None:
        raise KeyboardInterrupt  # as if the laptop died during the rekey

    monkeypatch.setattr(casestore, "rekey_database", crash)
    old_key = _data_key(store_folder, ADMIN, PASSPHRASE)
    with pytest.raises(KeyboardInterrupt):
        accounts.rotate_data_key(store, _admin(store))
    with store.session() as session:  # the store goes on with the old key
        assert actor_named(session, ADMIN)
    store.close()
    assert key_opens(store_folder / DB_FILE, old_key)
    assert not KeySlots.load(store_folder).rotation_staged


def test_a_rotation_cut_short_after_the_rekey_is_finished_at_the_next_unlock(
    store, agency, store_folder, monkeypatch
):
    """Step 1 saved both keys, the database was rekeyed, the final save never ran."""
    from shelterplan.store.rekey import rekey_database

    old_key = _data_key(store_folder, ADMIN, PASSPHRASE)
    slots = KeySlots.load(store_folder)
    new_key = bytes(32 * [7])
    slots.stage_rotation(old_key, new_key)
    slots.save(store_folder)
    store.close()
    rekey_database(store_folder / DB_FILE, old_key, new_key)
    CaseStore.unlock(store_folder, CLEO, PASSPHRASES[CLEO]).close()
    settled = KeySlots.load(store_folder)
    assert not settled.rotation_staged
    assert _data_key(store_folder, SAM, PASSPHRASES[SAM]) == new_key


def test_a_slot_renewed_while_a_rotation_was_half_done_does_not_undo_it(
    store, agency, store_folder
):
    """Each slot settles by its own key checks: Cleo's slot, rewritten with only the new
    key, must not make the unlock drop the new key from everyone else's slot."""
    from shelterplan.store.rekey import rekey_database

    old_key = _data_key(store_folder, ADMIN, PASSPHRASE)
    slots = KeySlots.load(store_folder)
    new_key = bytes(32 * [9])
    slots.stage_rotation(old_key, new_key)
    slots.add_worker(CLEO, PASSPHRASES[CLEO], new_key, device.load_device_secret(slots.store_id))
    slots.save(store_folder)
    store.close()
    rekey_database(store_folder / DB_FILE, old_key, new_key)
    CaseStore.unlock(store_folder, CLEO, PASSPHRASES[CLEO]).close()
    assert not KeySlots.load(store_folder).rotation_staged
    for name in (SAM, ROSA):
        CaseStore.unlock(store_folder, name, PASSPHRASES[name]).close()


def test_a_swapped_public_key_stops_a_rotation(store, agency, store_folder):
    """Someone who can write the key file but lacks the data key cannot make a rotation
    seal the new key to a key pair of their own."""
    document = json.loads((store_folder / FILE_NAME).read_text())
    slots = {s["worker"]: s for s in document["slots"]}
    slots[CLEO]["public_key"] = slots[SAM]["public_key"]
    (store_folder / FILE_NAME).write_text(json.dumps(document))
    store._slots = KeySlots.load(store_folder)  # as the next unlock would read it
    with pytest.raises(Exception) as caught:
        accounts.rotate_data_key(store, _admin(store))
    assert "key file" in str(caught.value)


# --- key files of the first format ---------------------------------------------------
@pytest.fixture
def old_store(tmp_path):  # type: ignore[no-untyped-def]
    """The fixture store of schema 0003: a version 1 key file, opened in a copy."""
    folder = tmp_path / "old"
    shutil.copytree(FIXTURES / "store-0003", folder)
    text = (FIXTURES / "store-0003" / "README.txt").read_text()
    fields = dict(
        line.rsplit(". ", 1)[-1].split(": ", 1) for line in text.splitlines() if ": " in line
    )
    return folder, fields["Worker"], fields["Passphrase"], fields["Recovery key"]


def test_an_old_key_file_opens_and_its_slot_is_renewed(old_store):
    folder, name, passphrase, recovery_key = old_store
    assert json.loads((folder / FILE_NAME).read_text())["version"] == 1
    with CaseStore.unlock(folder, name, passphrase) as store:
        with store.session() as session:
            actor = actor_named(session, name)
        assert actor.role == Role.SUPERVISOR and actor.is_admin  # migration 0004
        blockers = store.rotation_blockers()
        assert blockers is not None and "recovery key" in str(blockers)
        with pytest.raises(RotationRefused):
            accounts.rotate_data_key(store, actor)
    slots = KeySlots.load(folder)
    assert slots.legacy_workers() == [] and slots.legacy_recovery()
    CaseStore.unlock_with_recovery_key(folder, recovery_key).close()
    assert not KeySlots.load(folder).legacy_recovery()
    with CaseStore.unlock(folder, name, passphrase) as store:
        with store.session() as session:
            actor = actor_named(session, name)
        accounts.rotate_data_key(store, actor)
    CaseStore.unlock(folder, name, passphrase).close()
    CaseStore.unlock_with_recovery_key(folder, recovery_key).close()


# --- passphrase rules ----------------------------------------------------------------
WEAK = [
    ("short", "at least 12 characters"),
    ("  eleven char  ", "at least 12 characters"),
    ("qwertyuiopasdfghjkl", "too common"),
    ("  PasswordPassword ", "too common"),
    ("Correct Horse Battery Staple", "too common"),
    ("correcthorse batterystaple", "too common"),
    ("international", "too common"),
    ("iloveyou1234", "too common"),
    ("x" * 1001, "at most 1000"),
]


def test_weak_passphrases_are_refused_everywhere(store, tmp_path):
    admin = _admin(store)
    for passphrase, problem in WEAK:
        with pytest.raises(WeakPassphrase, match=problem):
            accounts.add_worker(store, admin, "Dina", "worker", False, passphrase)
        with pytest.raises(WeakPassphrase, match=problem):
            store.change_passphrase(PASSPHRASE, passphrase)
        with pytest.raises(WeakPassphrase, match=problem):
            accounts.reset_passphrase(store, admin, ADMIN, "AAAA", passphrase)
        with pytest.raises(WeakPassphrase, match=problem):
            CaseStore.create(tmp_path / "new", "Someone", passphrase)
        assert not (tmp_path / "new").exists()
    with store.session() as session:
        assert session.scalar(select(Worker).where(Worker.name == "Dina")) is None


def test_a_passphrase_cannot_be_her_name(store):
    with pytest.raises(WeakPassphrase, match="your name"):
        accounts.add_worker(
            store, _admin(store), "Marie-Claire Dubois", "worker", False, "marie-claire  dubois"
        )


def test_long_own_phrases_are_accepted(store):
    added = accounts.add_worker(
        store, _admin(store), "Dina", "worker", False, "dina's kettle sings at seven"
    )
    assert added.can_unlock


def test_the_shipped_list_of_common_passwords_is_read():
    from shelterplan.paths import resources_dir
    from shelterplan.store.passphrases import MIN_LENGTH, common_passphrases

    lines = (resources_dir() / "passwords" / "common-passwords.txt").read_text().splitlines()
    assert len(lines) > 10_000 and all(len(line) >= MIN_LENGTH for line in lines)
    assert len(common_passphrases()) > len(lines)  # each also without its spaces
    for ours in (PASSPHRASE, *PASSPHRASES.values(), "demo passphrase 2026"):
        assert accounts.new_passphrase_problem(ours) is None
