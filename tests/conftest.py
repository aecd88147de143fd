"""Test set-up: headless Qt, and for every test its own folders and in-memory keyring."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends.fail import Keyring as FailKeyring

from shelterplan.store.casestore import CaseStore

PASSPHRASE = "a long test passphrase"
ADMIN = "Ana Admin"


class MemoryKeyring(KeyringBackend):
    """An OS keyring stand-in that lives only in this test's memory."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.entries.pop((service, username), None)


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Own data/config folders and an in-memory keyring for each test."""
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(variable, str(tmp_path / variable.lower()))
    monkeypatch.delenv("SHELTERPLAN_PASSPHRASE", raising=False)
    monkeypatch.delenv("SHELTERPLAN_RECOVERY_KEY", raising=False)
    from PySide6.QtCore import QSettings

    QSettings.setPath(
        QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings")
    )
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> None:
    """No usable OS keyring: the store runs in passphrase-only mode."""
    keyring.set_keyring(FailKeyring())


@pytest.fixture
def store_folder(tmp_path: Path) -> Path:
    return tmp_path / "store"


@pytest.fixture
def new_store(store_folder: Path) -> Iterator[tuple[CaseStore, str]]:
    """A fresh store with one admin; yields it and its recovery key."""
    store, recovery_key = CaseStore.create(store_folder, ADMIN, PASSPHRASE)
    yield store, recovery_key
    store.close()


@pytest.fixture
def store(new_store: tuple[CaseStore, str]) -> CaseStore:
    return new_store[0]
