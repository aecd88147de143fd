"""Failures a user can cause or meet, each with one plain sentence that says what to do.

Messages never contain client data: they are written here, not built from SQL errors.
"""

from __future__ import annotations

from shelterplan.i18n import QT_TRANSLATE_NOOP


class ShelterplanError(Exception):
    """A known failure. `str(error)` is a sentence fit to show the worker, in English.

    The screen shows it in her language (`ui/error_text.py`): `template` is the sentence
    as marked for translation, `{placeholders}` and all, and `values` fill them in."""

    message = QT_TRANSLATE_NOOP("errors", "Something went wrong.")

    def __init__(self, message: str | None = None, **values: object) -> None:
        self.template: str = message or self.message
        self.values: dict[str, object] = values
        super().__init__(self.template.format(**values) if values else self.template)


class WrongPassphrase(ShelterplanError):
    message = QT_TRANSLATE_NOOP(
        "errors", "The name or passphrase is not right. Check the spelling and try again."
    )


class UnlockDelayed(ShelterplanError):
    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors", "Too many wrong passphrases. Wait {seconds} seconds and try again."
            ),
            seconds=int(seconds + 0.999),
        )


class StoreMissing(ShelterplanError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "There is no shelterplan store in this folder. "
        "Check the data folder, or create one with 'shelterplan init'.",
    )


class StoreExists(ShelterplanError):
    message = QT_TRANSLATE_NOOP(
        "errors", "A shelterplan store already exists in this folder; nothing was changed."
    )


class KeyFileMissing(ShelterplanError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "The key file (keyslots.json) is missing beside the database. "
        "Restore it from a backup; without it the store cannot be opened.",
    )


class KeyFileCorrupt(ShelterplanError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "The key file (keyslots.json) is damaged or not a shelterplan key file. "
        "Restore it from a backup.",
    )


class NotAStore(ShelterplanError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "This file is not a shelterplan store, or it does not belong to this key file. "
        "Check that you chose the right folder.",
    )


class StoreTampered(ShelterplanError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "The store failed its integrity check: it is damaged or has been altered. "
        "Do not write to it; restore the latest backup and tell your administrator.",
    )


class DeviceKeyUnavailable(ShelterplanError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "This store is tied to this laptop's system keyring, which is not available now. "
        "Log in to the desktop session normally, or use the recovery key.",
    )


class DiskFull(ShelterplanError):
    message = QT_TRANSLATE_NOOP(
        "errors", "The disk is full, so nothing was saved. Free some space and try again."
    )


class ReadOnly(ShelterplanError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "The data folder cannot be written to (read-only disk or missing permission). "
        "Nothing was saved; ask your administrator.",
    )


class StoreBusy(ShelterplanError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "The store is in use by another shelterplan window or program. Close it and try again.",
    )


class UpgradeFailed(ShelterplanError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "Updating the store to this version of shelterplan failed; the store was put back "
        "as it was. Use the previous version and tell your administrator.",
    )


class ImportRejected(ShelterplanError):
    """An import file was refused whole; the message names the problem."""


class NotABackup(ShelterplanError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "This file is not a shelterplan backup; nothing was changed. "
        "Choose a file named shelterplan-backup-….spbackup.",
    )


class BackupDamaged(ShelterplanError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "This backup file is damaged, incomplete or has been altered, so it cannot be "
        "restored; nothing was changed. Use another backup.",
    )


class BackupTooNew(ShelterplanError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "This backup was made by a newer version of shelterplan; nothing was changed. "
        "Install the newer version to restore it.",
    )


class BackupOfAnotherStore(ShelterplanError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "This backup is of a different shelterplan store than the one in this folder; "
        "nothing was changed. Restore it into an empty folder instead.",
    )


class NotFound(ShelterplanError):
    message = QT_TRANSLATE_NOOP("errors", "That record does not exist or was deleted.")


class NotAllowed(ShelterplanError):
    message = QT_TRANSLATE_NOOP("errors", "Your role does not allow this.")
