"""Her children and dependants: listed, added, changed and removed after intake."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from shelterplan.core import cases, household
from shelterplan.core.actors import Actor, actor_named
from shelterplan.core.household import DependantEntry
from shelterplan.core.rules import InvalidInput
from shelterplan.core.wizards import intake_records
from shelterplan.errors import NotAllowed, NotFound
from shelterplan.store import audit_chain
from shelterplan.store.casestore import CaseStore
from shelterplan.store.models import AuditEvent, Dependant, Worker
from tests.conftest import ADMIN


@pytest.fixture
def admin(store: CaseStore) -> Actor:
    with store.session() as session:
        return actor_named(session, ADMIN)


@pytest.fixture
def case_id(store: CaseStore, admin: Actor) -> str:
    with store.session() as session:
        return cases.open_new_case(session, admin, cases.NewClient("Amélie")).id


def _add_two(store: CaseStore, admin: Actor, case_id: str) -> tuple[str, str]:
    with store.session() as session:
        leo = household.add_dependant(session, admin, case_id, " Léo ", 6, "son", True, "Asthma")
        maya = household.add_dependant(session, admin, case_id, "Maya", 9, "daughter", False)
        return leo.id, maya.id


def test_intake_uses_the_one_add_dependant():
    assert intake_records.add_dependant is household.add_dependant


def test_dependants_lists_live_rows_in_the_order_recorded(store, admin, case_id):
    with store.session() as session:
        assert household.dependants(session, admin, case_id) == []
    leo_id, maya_id = _add_two(store, admin, case_id)
    with store.session() as session:
        found = household.dependants(session, admin, case_id)
    assert found == [
        DependantEntry(leo_id, case_id, "Léo", 6, "son", True, "Asthma"),
        DependantEntry(maya_id, case_id, "Maya", 9, "daughter", False, None),
    ]
    with pytest.raises(AttributeError):
        found[0].name = "x"  # type: ignore[misc]


def test_update_replaces_every_detail(store, admin, case_id):
    leo_id, _ = _add_two(store, admin, case_id)
    with store.session() as session:
        entry = household.update_dependant(
            session,
            admin,
            leo_id,
            name="L.",
            age=7,
            relationship_to_her="  ",
            with_her=False,
            notes="Goes to his aunt's on weekends",
        )
    assert entry == DependantEntry(
        leo_id, case_id, "L.", 7, None, False, "Goes to his aunt's on weekends"
    )
    with store.session() as session:
        assert household.dependants(session, admin, case_id)[0] == entry
        assert session.get(Dependant, leo_id).row_version == 2


def test_remove_is_a_soft_delete(store, admin, case_id):
    leo_id, maya_id = _add_two(store, admin, case_id)
    with store.session() as session:
        household.remove_dependant(session, admin, leo_id)
    with store.session() as session:
        assert [d.dependant_id for d in household.dependants(session, admin, case_id)] == [maya_id]
        assert session.get(Dependant, leo_id).deleted_at is not None
    with store.session() as session, pytest.raises(NotFound):
        household.remove_dependant(session, admin, leo_id)
    with store.session() as session, pytest.raises(NotFound):
        household.update_dependant(
            session,
            admin,
            leo_id,
            name="Léo",
            age=6,
            relationship_to_her=None,
            with_her=True,
            notes=None,
        )


@pytest.mark.parametrize(
    ("name", "age", "message"),
    [("  ", 4, "name cannot be empty"), ("Léo", -1, "between 0 and 129"), ("Léo", 130, "129")],
)
def test_bad_input_is_refused_and_nothing_is_written(store, admin, case_id, name, age, message):
    leo_id, _ = _add_two(store, admin, case_id)
    with store.session() as session, pytest.raises(InvalidInput, match=message):
        household.add_dependant(session, admin, case_id, name, age)
    with store.session() as session, pytest.raises(InvalidInput, match=message):
        household.update_dependant(
            session,
            admin,
            leo_id,
            name=name,
            age=age,
            relationship_to_her=None,
            with_her=True,
            notes=None,
        )
    with store.session() as session:
        assert [d.name for d in household.dependants(session, admin, case_id)] == ["Léo", "Maya"]


def test_ages_at_the_edges_are_kept(store, admin, case_id):
    with store.session() as session:
        baby = household.add_dependant(session, admin, case_id, "Bébé", 0)
        elder = household.add_dependant(session, admin, case_id, "Grand-mère", 129, "mother")
        unknown = household.add_dependant(session, admin, case_id, "N.")
    with store.session() as session:
        ages = {d.dependant_id: d.age for d in household.dependants(session, admin, case_id)}
    assert ages == {baby.id: 0, elder.id: 129, unknown.id: None}


def test_a_closed_case_can_be_read_but_not_changed(store, admin, case_id):
    leo_id, _ = _add_two(store, admin, case_id)
    with store.session() as session:
        assert household.can_edit(session, admin, case_id)
        cases.set_phase(session, admin, case_id, "closed")
    with store.session() as session:
        assert not household.can_edit(session, admin, case_id)
        assert len(household.dependants(session, admin, case_id)) == 2
    with store.session() as session, pytest.raises(InvalidInput, match="closed"):
        household.add_dependant(session, admin, case_id, "Noé", 1)
    with store.session() as session, pytest.raises(InvalidInput, match="closed"):
        household.update_dependant(
            session,
            admin,
            leo_id,
            name="L.",
            age=6,
            relationship_to_her=None,
            with_her=True,
            notes=None,
        )
    with store.session() as session, pytest.raises(InvalidInput, match="closed"):
        household.remove_dependant(session, admin, leo_id)
    with store.session() as session:
        assert [d.name for d in household.dependants(session, admin, case_id)] == ["Léo", "Maya"]


def test_a_worker_without_the_case_sees_and_changes_nothing(store, admin, case_id):
    leo_id, _ = _add_two(store, admin, case_id)
    with store.session() as session:
        session.add(Worker(name="Bea Worker", role="worker"))
    with store.session() as session:
        bea = actor_named(session, "Bea Worker")
    calls = (
        lambda s: household.dependants(s, bea, case_id),
        lambda s: household.can_edit(s, bea, case_id),
        lambda s: household.add_dependant(s, bea, case_id, "Noé"),
        lambda s: household.update_dependant(
            s, bea, leo_id, name="X", age=None, relationship_to_her=None, with_her=True, notes=None
        ),
        lambda s: household.remove_dependant(s, bea, leo_id),
    )
    for call in calls:
        with store.session() as session, pytest.raises(NotAllowed):
            call(session)
    with store.session() as session:
        assert session.get(Dependant, leo_id).name == "Léo"
        assert session.get(Dependant, leo_id).deleted_at is None


def test_each_change_is_audited_by_record_type_and_id_only(store, admin, case_id):
    leo_id, maya_id = _add_two(store, admin, case_id)
    with store.session() as session:
        household.update_dependant(
            session,
            admin,
            leo_id,
            name="Léo-Paul",
            age=6,
            relationship_to_her="son",
            with_her=True,
            notes="Allergic to peanuts",
        )
        household.remove_dependant(session, admin, maya_id)
    with store.session() as session:
        events = session.scalars(
            select(AuditEvent)
            .where(AuditEvent.record_type == "dependant")
            .order_by(AuditEvent.sequence)
        ).all()
        assert [(e.action, e.record_id, e.worker_name) for e in events] == [
            ("dependant.add", leo_id, ADMIN),
            ("dependant.add", maya_id, ADMIN),
            ("dependant.update", leo_id, ADMIN),
            ("dependant.remove", maya_id, ADMIN),
        ]
        everything = " ".join(
            f"{e.action} {e.record_type} {e.record_id}"
            for e in session.scalars(select(AuditEvent)).all()
        )
        assert audit_chain.verify(session) is None
    for word in ("Léo", "Maya", "Asthma", "peanuts", "son", "daughter"):
        assert word not in everything
