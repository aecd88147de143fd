"""Restoring a backup from the window: what the screens need besides widgets.

The flow, the same from the Backups dialog (signed in) and from the unlock screen (no
one signed in, perhaps no store at all on a new laptop):

1. **The file** — `preview_backup` reads what the backup says about itself before any
   secret is given (when it was made, which administrators' passphrases it holds) and
   refuses at once a file that is not a backup, is cut short, is too new, or is a backup
   of another store than the one in the folder.
2. **The secret** — the recovery key, or an administrator's name and passphrase
   (`RestoreAnswers`), and an explicit confirmation of what is replaced.
3. **Checking** — `prepare` runs every check that leaves the current store alone (a
   thread of the window); the store now in use is kept as it is meanwhile.
4. **The swap** — the window closes the current store (it locks), then `complete`
   (core/backups.complete_restore) carries the erasures over and puts the backup in
   place; the replaced store is kept in a dated folder beside it. The worker then signs
   in to the restored store.

Every refusal is a ShelterplanError with one plain message, and leaves the folder as it
was.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from shelterplan.core.backups import (
    PreparedRestore,
    RestoreResult,
    complete_restore,
    prepare_restore,
)
from shelterplan.core.rules import InvalidInput
from shelterplan.errors import BackupOfAnotherStore, KeyFileCorrupt, KeyFileMissing
from shelterplan.i18n import QT_TRANSLATE_NOOP
from shelterplan.store import backup_file, keyslots
from shelterplan.store.casestore import DB_FILE
from shelterplan.store.keyslots import KeySlots


class SecretKind(enum.Enum):
    RECOVERY_KEY = "recovery_key"
    ADMIN_PASSPHRASE = "admin_passphrase"


@dataclass(frozen=True)
class BackupPreview:
    """What a backup file says about itself, read without any key (its manifest is
    proven by its MAC later, once the secret is given)."""

    file: Path
    created_at: datetime  # naive UTC
    size: int
    admin_names: tuple[str, ...]  # the administrators whose passphrases it holds
    replaces_store: bool  # the folder has a store now, which the backup will replace


def folder_has_store(folder: Path) -> bool:
    """True when there is a store database in `folder` (False on a new laptop)."""
    return (folder / DB_FILE).is_file()


def preview_backup(folder: Path, file: Path) -> BackupPreview:
    """Check `file` as far as it can be without a secret. Refuses (ShelterplanError) a
    file that is not a shelterplan backup, a damaged or truncated one, one made by a newer
    version, and a backup of another store than the one in `folder`."""
    manifest = backup_file.read_manifest(file)
    replaces = folder_has_store(folder)
    if replaces:
        try:
            store_id = KeySlots.load(folder).store_id
        except (KeyFileMissing, KeyFileCorrupt, OSError):
            store_id = None  # a damaged store: the backup may replace it (it is kept)
        if store_id is not None and store_id != manifest.store_id:
            raise BackupOfAnotherStore()
    slots = manifest.keyslots.get("slots", [])
    names = sorted(
        {
            " ".join(str(slot.get("worker", "")).split())
            for slot in slots
            if isinstance(slot, dict) and slot.get("kind") == "worker" and slot.get("worker")
        },
        key=keyslots.normalise_name,
    )
    return BackupPreview(file, manifest.created_at, manifest.file_size, tuple(names), replaces)


@dataclass
class RestoreAnswers:
    """What the administrator gave: which secret, the secret itself, and her
    confirmation that the store in the folder is to be replaced."""

    kind: SecretKind = SecretKind.RECOVERY_KEY
    recovery_key: str = field(default="", repr=False)
    admin_name: str = ""
    passphrase: str = field(default="", repr=False)
    confirmed: bool = False

    def secret_given(self) -> bool:
        if self.kind is SecretKind.RECOVERY_KEY:
            return bool(self.recovery_key.strip())
        return bool(self.admin_name.strip()) and bool(self.passphrase)

    def ready(self) -> bool:
        """Everything needed to start: a secret and the confirmation."""
        return self.secret_given() and self.confirmed

    def arguments(self) -> dict[str, object]:
        """The secret as `prepare_restore` takes it."""
        if self.kind is SecretKind.RECOVERY_KEY:
            return {"recovery_key": self.recovery_key.strip()}
        return {"admin": (" ".join(self.admin_name.split()), self.passphrase)}


def prepare(
    folder: Path, preview: BackupPreview, answers: RestoreAnswers, still_open: bool
) -> PreparedRestore:
    """Step 3: every check, with nothing of the current store changed or closed."""
    if not answers.confirmed:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors", "Confirm that the store is to be replaced first. Nothing was changed."
            )
        )
    if not answers.secret_given():
        if answers.kind is SecretKind.RECOVERY_KEY:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "Type the recovery key. Nothing was changed.")
            )
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors", "Type an administrator's name and passphrase. Nothing was changed."
            )
        )
    return prepare_restore(folder, preview.file, still_open=still_open, **answers.arguments())  # type: ignore[arg-type]


def complete(prepared: PreparedRestore, now: datetime | None = None) -> RestoreResult:
    """Step 4, once every connection to the current store is closed."""
    return complete_restore(prepared, now)


__all__ = [
    "BackupPreview",
    "RestoreAnswers",
    "SecretKind",
    "complete",
    "folder_has_store",
    "prepare",
    "preview_backup",
]
