"""Words for the audit trail's action keys and record types, in the screen language.

The trail stores stable keys ("case.open"); a supervisor reads "Opened a case". The
source strings are marked with QT_TRANSLATE_NOOP under the "audit" context for
pyside6-lupdate and translated at call time. A key written by a newer version of the
app is shown as stored rather than hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "audit"

_ACTIONS = {
    "login": QT_TRANSLATE_NOOP("audit", "Signed in"),
    "login.failed": QT_TRANSLATE_NOOP("audit", "Failed to sign in (wrong name or passphrase)"),
    "login.recovery_key": QT_TRANSLATE_NOOP("audit", "Opened the store with the recovery key"),
    "lock": QT_TRANSLATE_NOOP("audit", "Locked the app"),
    "passphrase.change": QT_TRANSLATE_NOOP("audit", "Changed her passphrase"),
    "case.create": QT_TRANSLATE_NOOP("audit", "Opened a new case"),
    "case.open": QT_TRANSLATE_NOOP("audit", "Opened a case"),
    "case.share": QT_TRANSLATE_NOOP("audit", "Shared a case with a worker"),
    "case.phase": QT_TRANSLATE_NOOP("audit", "Moved a case to another phase"),
    "client.code_word.show": QT_TRANSLATE_NOOP("audit", "Showed a client's code word"),
    "consent.given": QT_TRANSLATE_NOOP("audit", "Recorded a consent"),
    "consent.withdrawn": QT_TRANSLATE_NOOP("audit", "Recorded a withdrawn consent"),
    "dependant.add": QT_TRANSLATE_NOOP("audit", "Added a child or dependant"),
    "dependant.update": QT_TRANSLATE_NOOP("audit", "Changed a child or dependant"),
    "dependant.remove": QT_TRANSLATE_NOOP("audit", "Removed a child or dependant"),
    "review.start": QT_TRANSLATE_NOOP("audit", "Held a review"),
    "review.assessment": QT_TRANSLATE_NOOP("audit", "Updated an assessment in a review"),
    "review.goal": QT_TRANSLATE_NOOP("audit", "Reviewed a goal"),
    "goal.achieved": QT_TRANSLATE_NOOP("audit", "Marked a goal as achieved"),
    "goal.set_aside": QT_TRANSLATE_NOOP("audit", "Set a goal aside"),
    "referral.create": QT_TRANSLATE_NOOP("audit", "Made a referral"),
    "referral.status": QT_TRANSLATE_NOOP("audit", "Updated a referral"),
    "plan.print": QT_TRANSLATE_NOOP("audit", "Printed a plan"),
    "progress.print": QT_TRANSLATE_NOOP("audit", "Printed her progress page"),
    "plan.provider_copy": QT_TRANSLATE_NOOP("audit", "Gave a provider a copy of her plan"),
    "progress.save_pdf": QT_TRANSLATE_NOOP("audit", "Saved her progress page as a PDF file"),
    "plan.save_pdf": QT_TRANSLATE_NOOP("audit", "Saved a plan as a PDF file"),
    "plan.reprint": QT_TRANSLATE_NOOP("audit", "Printed a signed plan again"),
    "plan.sign": QT_TRANSLATE_NOOP("audit", "Marked a plan as signed"),
    "plan.freeze": QT_TRANSLATE_NOOP("audit", "Kept a plan version"),
    "plan.client_copy": QT_TRANSLATE_NOOP("audit", "Changed what her copy of the plan shows"),
    "safety_plan.save": QT_TRANSLATE_NOOP("audit", "Saved a safety plan"),
    "safety_plan.review": QT_TRANSLATE_NOOP("audit", "Reviewed a safety plan"),
    "safety_plan.print": QT_TRANSLATE_NOOP("audit", "Printed a safety plan"),
    "safety_plan.save_pdf": QT_TRANSLATE_NOOP("audit", "Saved a safety plan as a PDF file"),
    "safety_plan.code_word.show": QT_TRANSLATE_NOOP("audit", "Showed a safety plan's code word"),
    "service.add": QT_TRANSLATE_NOOP("audit", "Added a service to the directory"),
    "service.update": QT_TRANSLATE_NOOP("audit", "Changed a service in the directory"),
    "service.remove": QT_TRANSLATE_NOOP("audit", "Removed a service from the directory"),
    "export": QT_TRANSLATE_NOOP("audit", "Exported the store to a file"),
    "import": QT_TRANSLATE_NOOP("audit", "Imported cases from a file"),
    "client.export": QT_TRANSLATE_NOOP("audit", "Exported a client's file for her"),
    "client.export.third_party": QT_TRANSLATE_NOOP(
        "audit", "Exported a client's file for a third party (with her consent)"
    ),
    "funder.export": QT_TRANSLATE_NOOP("audit", "Exported figures for a funder"),
    "client.erase": QT_TRANSLATE_NOOP("audit", "Erased a client's file at her request"),
    "client.erase.reapplied": QT_TRANSLATE_NOOP(
        "audit", "Erased again a client's file brought back by a restore"
    ),
    "retention.purge": QT_TRANSLATE_NOOP("audit", "Removed old closed cases"),
    "settings.agency": QT_TRANSLATE_NOOP("audit", "Changed the agency's details"),
    "settings.idle_lock": QT_TRANSLATE_NOOP("audit", "Changed when the app locks itself"),
    "settings.retention": QT_TRANSLATE_NOOP("audit", "Changed how long closed cases are kept"),
    "settings.backup_folder": QT_TRANSLATE_NOOP("audit", "Changed the backup folder"),
    "settings.backup_reminder": QT_TRANSLATE_NOOP("audit", "Changed the backup reminder"),
    "backup.create": QT_TRANSLATE_NOOP("audit", "Took a backup"),
    "backup.restore": QT_TRANSLATE_NOOP("audit", "Restored a backup"),
    "account.add": QT_TRANSLATE_NOOP("audit", "Added a worker account"),
    "account.disable": QT_TRANSLATE_NOOP("audit", "Disabled a worker account"),
    "account.reset_passphrase": QT_TRANSLATE_NOOP(
        "audit", "Reset a worker's passphrase with the recovery key"
    ),
    "account.rekey": QT_TRANSLATE_NOOP("audit", "Changed the store's encryption key"),
    "recovery_key.new": QT_TRANSLATE_NOOP("audit", "Made a new recovery key"),
    "store.create": QT_TRANSLATE_NOOP("audit", "Created the store"),
    "demo.populate": QT_TRANSLATE_NOOP("audit", "Added synthetic demo cases"),
    "audit.view": QT_TRANSLATE_NOOP("audit", "Read the audit trail"),
    "audit.verify": QT_TRANSLATE_NOOP("audit", "Checked the audit trail"),
}

_RECORDS = {
    "case": QT_TRANSLATE_NOOP("audit", "Case"),
    "client": QT_TRANSLATE_NOOP("audit", "Client"),
    "consent": QT_TRANSLATE_NOOP("audit", "Consent"),
    "review": QT_TRANSLATE_NOOP("audit", "Review"),
    "referral": QT_TRANSLATE_NOOP("audit", "Referral"),
    "dependant": QT_TRANSLATE_NOOP("audit", "Child or dependant"),
    "safety_plan": QT_TRANSLATE_NOOP("audit", "Safety plan"),
    "plan_version": QT_TRANSLATE_NOOP("audit", "Plan version"),
    "goal": QT_TRANSLATE_NOOP("audit", "Goal"),
    "step": QT_TRANSLATE_NOOP("audit", "Step"),
    "note": QT_TRANSLATE_NOOP("audit", "Note"),
    "person": QT_TRANSLATE_NOOP("audit", "Support person"),
    "assessment_item": QT_TRANSLATE_NOOP("audit", "Assessment"),
    "strength": QT_TRANSLATE_NOOP("audit", "Strength"),
    "goal_review": QT_TRANSLATE_NOOP("audit", "Goal review"),
    "per_case": QT_TRANSLATE_NOOP("audit", "Figures per case"),
    "service": QT_TRANSLATE_NOOP("audit", "Service in the directory"),
    "worker": QT_TRANSLATE_NOOP("audit", "Worker account"),
}


def known_actions() -> tuple[str, ...]:
    return tuple(_ACTIONS)


def action_words(key: str) -> str:
    source = _ACTIONS.get(key)
    return QCoreApplication.translate(CONTEXT, source) if source else key


def record_words(record_type: str | None) -> str:
    if not record_type:
        return ""
    source = _RECORDS.get(record_type)
    return QCoreApplication.translate(CONTEXT, source) if source else record_type
