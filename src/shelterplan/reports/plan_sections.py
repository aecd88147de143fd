"""The sections of the printed plan, each a list of flowables (empty when nothing to say)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from reportlab.platypus import Flowable, Indenter, Spacer

from shelterplan.reports.blocks import (
    Block,
    Cell,
    LeadIn,
    Sheet,
    data_table,
    height_of,
    muted_note,
    panel,
    room_for,
    with_heading,
)
from shelterplan.reports.look import ACCENT, ACCENT_LIGHT, MUTED, Run
from shelterplan.reports.plan_view import GoalNode, Item, PlanView

_MAX_INDENT_DEPTH = 3


def _all_steps(nodes: Sequence[GoalNode]) -> list[Item]:
    steps: list[Item] = []
    for node in nodes:
        steps += node.steps
        steps += _all_steps(node.children)
    return steps


def _step_columns(view: PlanView) -> tuple[bool, ...]:
    """Which step columns print: the same in every goal's table, so that they line up;
    a column nobody filled in anywhere in the plan is left out."""
    steps = _all_steps(view.goals) + _all_steps(view.themes)

    def used(*fields: str) -> bool:
        return any(step.get(name) for step in steps for name in fields)

    return (
        True,
        used("responsible", "responsible_name"),
        used("due_on"),
        used("appointment_at", "appointment_place"),
        True,
    )


def goals_section(sh: Sheet, view: PlanView, full: bool) -> list[Flowable]:
    t = sh.terms
    shown = _step_columns(view)
    if view.goals:
        goals = [_goal_tree(sh, node, 0, full, shown) for node in view.goals]
    else:
        # A plan with no goals yet still prints, and says why the page is short.
        note = muted_note(sh, t.text("section.goals_empty"))
        goals = [Block([note], height_of(note, sh.width))]
    story = with_heading(sh, t.text("section.goals"), *goals)
    if view.themes:
        intro = sh.ink.para(sh.st.body_muted, t.text("section.alongside_intro"))
        themes = [_goal_tree(sh, node, 0, full, shown) for node in view.themes]
        themes[0] = Block(
            [intro, *themes[0].flowables], height_of(intro, sh.width) + themes[0].lead
        )
        story += with_heading(sh, t.text("section.alongside"), *themes)
    return story


def _goal_tree(sh: Sheet, node: GoalNode, depth: int, full: bool, shown: tuple[bool, ...]) -> Block:
    """A goal and, indented under it, its intermediate goals (and theirs)."""
    step = sh.st.body_size * 1.6
    indent = step if 0 < depth <= _MAX_INDENT_DEPTH else 0.0
    width = sh.width - step * min(depth, _MAX_INDENT_DEPTH)
    goal = _goal(sh, node, depth, width, full, shown)
    space = Spacer(1, sh.st.gap * (1.3 if depth == 0 else 0.8))
    story: list[Flowable] = [Indenter(left=indent)] if indent else []
    story += [space, *goal.flowables]
    for child in node.children:
        story += _goal_tree(sh, child, depth + 1, full, shown).flowables
    if indent:
        story.append(Indenter(left=-indent))
    lead = space.height + goal.lead
    # The room asked for here keeps the goal's header with its first step.
    return Block([room_for(lead), *story], lead)


def _goal(
    sh: Sheet, node: GoalNode, depth: int, width: float, full: bool, shown: tuple[bool, ...]
) -> Block:
    t, st, goal = sh.terms, sh.st, node.goal
    kind = "goal.intermediate" if goal.get("kind") == "intermediate" else "goal.long_term"
    kind_runs: list[str | Run] = [t.text(kind)]
    domain = t.vocab("domain", goal.get("domain"))
    if domain:
        kind_runs.append(Run("  ·  " + domain, color=MUTED))
    if full and goal.get("not_for_client"):
        kind_runs.append(Run("  ·  " + t.text("label.not_for_client"), color=MUTED))
    words = (goal.get("in_her_words") or "").strip()
    option: Mapping[str, Any] = goal.get("chosen_option") or {}
    header: Cell = [
        *sh.cell(*kind_runs, style="kind"),
        *sh.cell(t.quote(words) if words else None, style="goal" if depth == 0 else "subgoal"),
        *sh.facts(
            [
                ("goal.target", t.date(goal.get("target_on"))),
                ("goal.status", t.vocab("goal_status", goal.get("status"))),
            ]
        ),
        *_labelled(sh, "goal.chosen_option", option.get("description")),
        *_labelled(sh, "goal.reason", option.get("reason")),
    ]
    lead_in = LeadIn(
        cell=header,
        style=[
            ("LINEBEFORE", (0, 0), (0, 0), *((3, ACCENT) if depth == 0 else (2, ACCENT_LIGHT))),
            ("LEFTPADDING", (0, 0), (0, 0), st.body_size * 0.9),
            ("RIGHTPADDING", (0, 0), (0, 0), 0),
            ("TOPPADDING", (0, 0), (0, 0), st.body_size * 0.15),
            ("BOTTOMPADDING", (0, 0), (0, 0), st.body_size * 0.3),
        ],
        empty=sh.cell(t.text("goal.no_steps"), style="cell_muted"),
    )
    columns = [
        (t.text("step.action"), 0.3),
        (t.text("step.who"), 0.17),
        (t.text("step.due"), 0.15),
        (t.text("step.appointment"), 0.22),
        (t.text("step.status"), 0.16),
    ]
    rows = [_step_row(sh, step, full) for step in node.steps]
    notes = [
        [
            (t.text("step.instructions"), step.get("instructions") or ""),
            (t.text("step.documents"), step.get("documents_needed") or ""),
        ]
        for step in node.steps
    ]
    return data_table(sh, columns, rows, width, lead_in, notes, shown)


def _labelled(sh: Sheet, key: str, value: str | None) -> Cell:
    if not value:
        return []
    return sh.cell(Run(sh.terms.labelled(key), bold=True), " " + value, style="body")


def _step_row(sh: Sheet, step: Item, full: bool) -> list[Cell]:
    t = sh.terms
    short = not sh.st.large  # narrow columns; large print has the room for the months
    hidden = full and step.get("not_for_client")
    status = t.vocab("step_status", step.get("status"))
    return [
        sh.lines(
            step.get("action"),
            Run(t.text("label.not_for_client"), italic=True, color=MUTED, scale=0.91)
            if hidden
            else None,
        ),
        sh.lines(
            t.vocab("responsible", step.get("responsible")),
            sh.muted(step.get("responsible_name")),
        ),
        sh.lines(t.date(step.get("due_on"), short=short)),
        sh.lines(
            t.appointment(step.get("appointment_at"), short=short),
            sh.muted(step.get("appointment_place")),
        ),
        sh.lines(
            Run(status, bold=True) if status else None,
            sh.muted(step.get("outcome")),
            sh.muted(t.date(step.get("outcome_on"), short=short)),
        ),
    ]


def referrals_section(sh: Sheet, referrals: Sequence[Item], full: bool) -> list[Flowable]:
    if not referrals:
        return []
    t = sh.terms
    columns = [
        (t.text("referral.service"), 0.24),
        (t.text("referral.address"), 0.24),
        (t.text("referral.phone"), 0.15),
        (t.text("referral.hours"), 0.18),
        (t.text("referral.status"), 0.19),
    ]
    rows: list[list[Cell]] = []
    for referral in referrals:
        service = sh.cell(Run(referral.get("service") or "", bold=True))
        if full and referral.get("not_for_client"):
            service += sh.cell(Run(t.text("label.not_for_client"), italic=True), style="cell_muted")
        status = sh.cell(t.vocab("referral_status", referral.get("status")))
        status += sh.cell(referral.get("outcome"), style="cell_muted")
        rows.append(
            [
                service,
                sh.cell(referral.get("address")),
                sh.cell(referral.get("phone")),
                sh.cell(referral.get("hours")),
                status,
            ]
        )
    return with_heading(sh, t.text("section.services"), data_table(sh, columns, rows, sh.width))


def people_section(sh: Sheet, people: Sequence[Item]) -> list[Flowable]:
    if not people:
        return []
    t = sh.terms
    columns = [
        (t.text("people.name"), 0.26),
        (t.text("people.relationship"), 0.26),
        (t.text("people.organisation"), 0.28),
        (t.text("people.phone"), 0.2),
    ]
    groups = [("support", "people.group.support"), ("team", "people.group.team")]
    known = {kind for kind, _ in groups}
    blocks: list[Block] = []
    for kind, key in [*groups, ("", "")]:
        members = [
            person
            for person in people
            if (person.get("kind") == kind if kind else person.get("kind") not in known)
        ]
        if not members:
            continue
        rows = [
            [
                sh.cell(Run(person.get("name") or "", bold=True)),
                sh.cell(person.get("relationship_or_role")),
                sh.cell(person.get("organisation")),
                sh.cell(person.get("phone")),
            ]
            for person in members
        ]
        table = data_table(sh, columns, rows, sh.width)
        if key:
            title = sh.ink.para(sh.st.subsection, t.text(key))
            lead = height_of(title, sh.width) + table.lead
            table = Block([room_for(lead), title, *table.flowables], lead)
        blocks.append(table)
    return with_heading(sh, t.text("section.people"), *blocks)


def safety_notes_section(sh: Sheet, notes: Mapping[str, Any] | None) -> list[Flowable]:
    """How to reach her safely: on the agency's copy only (the caller decides)."""
    if not notes:
        return []
    t = sh.terms
    leave = notes.get("may_leave_message")
    answer = "answer.unknown" if leave is None else "answer.yes" if leave else "answer.no"
    pairs = [
        ("safety_notes.safe_phone", notes.get("safe_phone")),
        ("safety_notes.safe_times", notes.get("safe_times")),
        ("safety_notes.do_not_tell", notes.get("do_not_tell")),
    ]
    filled = [(t.text(key), str(value)) for key, value in pairs if value]
    if not filled and leave is None:
        return []
    filled.insert(1, (t.text("safety_notes.may_leave_message"), t.text(answer)))
    return [panel(sh, t.text("section.safety_notes"), filled)]


def next_review_section(sh: Sheet, next_review_on: str | None) -> list[Flowable]:
    when = sh.terms.date(next_review_on)
    if not when:
        return []
    text = sh.terms.text("section.next_review_text", date=when)
    sentence = sh.ink.para(sh.st.body, text)
    return with_heading(
        sh, sh.terms.text("section.next_review"), Block([sentence], height_of(sentence, sh.width))
    )
