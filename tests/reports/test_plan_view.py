"""Which goals, steps and referrals each copy shows, and how the goals nest."""

from __future__ import annotations

from typing import Any

from shelterplan.reports.plan_view import GoalNode, plan_view
from tests.helpers.plan_samples import sample_snapshot


def _ids(nodes: list[GoalNode]) -> list[Any]:
    return [node.goal["id"] for node in nodes]


def test_the_full_copy_nests_intermediate_goals_under_their_long_term_goal() -> None:
    view = plan_view(sample_snapshot(), full=True)
    assert _ids(view.goals) == ["g-housing", "g-legal"]
    assert _ids(view.goals[0].children) == ["g-income", "g-shelter"]
    assert _ids(view.goals[1].children) == ["g-legal-papers"]
    assert _ids(view.themes) == ["g-counselling"]
    assert len(view.referrals) == 3
    assert "s-landlord-check" in [step["id"] for step in view.goals[0].steps]


def test_the_take_home_copy_drops_hidden_goals_with_all_below_them() -> None:
    view = plan_view(sample_snapshot(), full=False)
    assert _ids(view.goals) == ["g-housing"]
    assert "s-landlord-check" not in [step["id"] for step in view.goals[0].steps]
    # The referral made for the hidden goal goes too, not only the hidden referral.
    assert [r["service"] for r in view.referrals] == [
        "Office municipal d'habitation",
        "Centre Nouvelle Étape",
    ]


def test_a_goal_whose_parent_is_missing_stands_at_the_top() -> None:
    snapshot = sample_snapshot()
    snapshot["goals"] = [g for g in snapshot["goals"] if g["id"] != "g-housing"]
    view = plan_view(snapshot, full=True)
    assert _ids(view.goals)[:2] == ["g-income", "g-shelter"]


def test_a_cycle_of_parents_cannot_loop() -> None:
    snapshot = sample_snapshot()
    a, b = snapshot["goals"][1], snapshot["goals"][2]
    a["parent_id"], b["parent_id"] = b["id"], a["id"]
    snapshot["goals"][0]["parent_id"] = snapshot["goals"][0]["id"]
    for full in (True, False):
        view = plan_view(snapshot, full)
        assert {"g-housing", "g-income", "g-shelter"} <= set(_ids(view.goals))


def test_an_empty_snapshot_gives_an_empty_view() -> None:
    view = plan_view({}, full=False)
    assert view.goals == view.themes == view.referrals == view.people == []
