"""Fill a case through every use case, with recognisable canary strings."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy.orm import Session

from shelterplan.core import cases, client_copy, planning, versions
from shelterplan.core.actors import Actor, actor_named
from shelterplan.store.models import GoalReview


def canary(label: str) -> str:
    return f"CANARY{label}QZX"


def write_everything(session: Session, actor_name: str, tag: str = "") -> tuple[list[str], str]:
    """Create one full case; returns the canary strings written and the case id."""
    actor: Actor = actor_named(session, actor_name)
    c = lambda label: canary(label + tag)  # noqa: E731
    today = date(2026, 11, 23)
    case = cases.open_new_case(
        session,
        actor,
        cases.NewClient(
            preferred_name=c("Preferred"),
            legal_name=c("Legal"),
            pronouns="she/her",
            languages=["fr", "en"],
            document_language="fr",
            safe_phone=c("Phone"),
            may_leave_message=False,
            safe_times=c("SafeTimes"),
            code_word=c("CodeWord"),
            do_not_tell=c("DoNotTell"),
        ),
        program=c("Program"),
        opened_on=today,
    )
    cases.assess_domain(session, actor, case.id, "housing", c("Situation"), "high", 1, c("Risk"))
    cases.add_strength(session, actor, case.id, c("Strength"))
    cases.add_person(session, actor, case.id, "support", c("Sister"), c("Relation"), phone=c("P2"))
    cases.record_consent(session, actor, case.id, "share", c("Scope"), today)
    goal = planning.add_goal(session, actor, case.id, c("LongGoal"), domain="housing")
    sub = planning.add_goal(
        session, actor, case.id, c("SubGoal"), kind="intermediate", parent_id=goal.id
    )
    option = planning.add_option(
        session, actor, sub.id, c("Option"), c("Benefit"), c("Alt"), c("Cons")
    )
    planning.choose_option(session, actor, option.id, c("Reason"))
    step = planning.add_step(
        session,
        actor,
        sub.id,
        c("Action"),
        "client",
        today + timedelta(days=3),
        appointment_at=datetime(2026, 11, 26, 10, 30),
        appointment_place=c("Place"),
        instructions=c("Instructions"),
        documents_needed=c("Documents"),
    )
    planning.record_step_outcome(session, actor, step.id, "done", c("Outcome"), today)
    service = planning.add_service(session, c("Service"), address=c("Address"), phone="555-0100")
    planning.refer(session, actor, case.id, service.id, sub.id)
    cases.add_note(session, actor, case.id, c("Note"))
    review = planning.start_review(
        session, actor, case.id, today, c("Summary"), today + timedelta(days=30)
    )
    # What the review said per goal: the long-term goal kept, the goal on the way set aside.
    kept = dict(progress="good", helped=c("Helped"), hindered=c("Hindered"), decision="keep")
    aside = dict(progress="none", decision="set_aside", reason=c("AsideReason"))
    for goal_id, said in ((goal.id, kept), (sub.id, aside)):
        session.add(GoalReview(review_id=review.id, case_id=case.id, goal_id=goal_id, **said))
    sub.status = "set_aside"
    client_copy.set_left_off_her_copy(session, actor, "step", step.id, True)
    versions.freeze_plan_version(
        session,
        actor,
        case.id,
        signatories=[versions.Signatory("client", c("Signer"), (((0.1, 0.5), (0.9, 0.5)),))],
        pdf=f"%PDF-1.4 synthetic {c('Pdf')}".encode(),
    )
    labels = [
        "Preferred",
        "Legal",
        "Phone",
        "SafeTimes",
        "CodeWord",
        "DoNotTell",
        "Program",
        "Situation",
        "Risk",
        "Strength",
        "Sister",
        "Relation",
        "P2",
        "Scope",
        "LongGoal",
        "SubGoal",
        "Option",
        "Benefit",
        "Alt",
        "Cons",
        "Reason",
        "Action",
        "Place",
        "Instructions",
        "Documents",
        "Outcome",
        "Service",
        "Address",
        "Note",
        "Summary",
        "Helped",
        "Hindered",
        "AsideReason",
        "Signer",
        "Pdf",
    ]
    return [c(label) for label in labels], case.id
