"""What one copy of the plan shows, worked out from the snapshot (plain data, no layout).

The take-home copy leaves out everything marked "not for the client": a hidden goal
takes its steps, its intermediate goals (and theirs) and the referrals made for it
along. Goals are arranged as the plan was written, backwards: each long-term goal with
its intermediate goals under it; a goal whose parent is missing stands at the top. The
concurrent themes form their own list.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

Item = Mapping[str, Any]


@dataclass(frozen=True)
class GoalNode:
    goal: Item
    steps: list[Item]
    children: list[GoalNode] = field(default_factory=list)


@dataclass(frozen=True)
class PlanView:
    goals: list[GoalNode]  # the plan proper, long-term goals first-level
    themes: list[GoalNode]  # concurrent themes, "alongside the plan"
    referrals: list[Item]
    people: list[Item]


def _hidden_goal_ids(goals: list[Item]) -> set[str]:
    """Goals marked not-for-client, and every goal below one of them."""
    by_id = {goal.get("id"): goal for goal in goals}
    hidden: set[str] = set()
    for goal in goals:
        seen: set[object] = set()
        current: Item | None = goal
        while current is not None and current.get("id") not in seen:
            seen.add(current.get("id"))
            if current.get("not_for_client"):
                hidden.add(goal.get("id"))
                break
            current = by_id.get(current.get("parent_id"))
    return hidden


def _forest(goals: list[Item], full: bool) -> list[GoalNode]:
    """Goals as trees, in the order they were written; a parent-cycle cannot loop."""
    ids = {goal.get("id") for goal in goals}
    nodes = {
        goal.get("id"): GoalNode(
            goal=goal,
            steps=[
                step for step in goal.get("steps") or [] if full or not step.get("not_for_client")
            ],
        )
        for goal in goals
    }
    roots: list[GoalNode] = []
    for goal in goals:
        parent = goal.get("parent_id")
        node = nodes[goal.get("id")]
        if parent in ids and parent != goal.get("id") and not _loops(goal, nodes):
            nodes[parent].children.append(node)
        else:
            roots.append(node)
    return roots


def _loops(goal: Item, nodes: Mapping[Any, GoalNode]) -> bool:
    """Whether following parents from this goal comes back to it."""
    seen = {goal.get("id")}
    parent = goal.get("parent_id")
    while parent in nodes:
        if parent in seen:
            return True
        seen.add(parent)
        parent = nodes[parent].goal.get("parent_id")
    return False


def plan_view(snapshot: Mapping[str, Any], full: bool) -> PlanView:
    """The goals, themes, referrals and people this copy prints."""
    goals: list[Item] = list(snapshot.get("goals") or [])
    hidden = set() if full else _hidden_goal_ids(goals)
    shown = [goal for goal in goals if goal.get("id") not in hidden]
    themes = [goal for goal in shown if goal.get("concurrent_theme")]
    plan = [goal for goal in shown if not goal.get("concurrent_theme")]
    referrals = [
        referral
        for referral in snapshot.get("referrals") or []
        if full or not (referral.get("not_for_client") or referral.get("goal_id") in hidden)
    ]
    return PlanView(
        goals=_forest(plan, full),
        themes=_forest(themes, full),
        referrals=referrals,
        people=list(snapshot.get("people") or []),
    )
