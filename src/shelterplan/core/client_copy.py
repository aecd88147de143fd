"""What goes on her take-home copy: goals, steps and referrals can be left off it.

A worker may hold back an item from the copy the client takes home (for example a step
that names the shelter's own follow-up, or a goal not yet talked through). The agency's
copy always shows everything. Leaving an item off changes the plan, so the next printed
version says so in its fingerprint.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from shelterplan.core.actors import Actor, require_case_access
from shelterplan.core.rules import InvalidInput, get_live
from shelterplan.core.vocab import Phase
from shelterplan.i18n import QT_TRANSLATE_NOOP
from shelterplan.store import audit_chain
from shelterplan.store.models import Case, Goal, Referral, Step

_KINDS: dict[str, type[Goal] | type[Step] | type[Referral]] = {
    "goal": Goal,
    "step": Step,
    "referral": Referral,
}


def set_left_off_her_copy(
    session: Session, actor: Actor, kind: str, record_id: str, left_off: bool
) -> None:
    """Leave a goal, step or referral off (or put it back on) her take-home copy."""
    model = _KINDS.get(kind)
    if model is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "Only goals, steps and referrals can be left off her copy.")
        )
    record = get_live(session, model, record_id)
    case = get_live(session, Case, record.case_id)
    require_case_access(session, actor, case.id)
    if case.phase == Phase.CLOSED:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "This case is closed; reopen it before changing the plan.")
        )
    if record.not_for_client != left_off:
        record.not_for_client = left_off
        audit_chain.append(session, "plan.client_copy", actor.name, kind, record_id)
