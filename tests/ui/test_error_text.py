"""What `core/` and `store/` refuse reaches the worker in her screen's language.

Their sentences are marked with `QT_TRANSLATE_NOOP("errors", ...)` (shelterplan/i18n.py)
and translated on the screen by `ui/error_text.py`; the command line keeps English.
"""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from shelterplan.core.consents import NoConsent
from shelterplan.core.rules import InvalidInput, require_text
from shelterplan.errors import NotABackup, ShelterplanError, UnlockDelayed
from shelterplan.i18n import QT_TRANSLATE_NOOP
from shelterplan.store.passphrases import WeakPassphrase, check_new_passphrase
from shelterplan.ui.admin import restore_dialog
from shelterplan.ui.admin.backups_dialog import BackupsDialog
from shelterplan.ui.admin.restore_dialog import RestoreDialog
from shelterplan.ui.error_text import error_text
from tests.helpers.desk import unlock_as_admin

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "shelterplan"
# What the worker can be told by the parts below the screen. Import refusals (core/exchange)
# are read on the command line by the agency's IT person, in English.
CHECKED = [PACKAGE / "errors.py", PACKAGE / "core", PACKAGE / "store", PACKAGE / "reports"]
SKIPPED = {PACKAGE / "core" / "exchange"}


def _sources() -> list[Path]:
    files: list[Path] = []
    for place in CHECKED:
        found = sorted(place.rglob("*.py")) if place.is_dir() else [place]
        files += [f for f in found if not any(s in f.parents for s in SKIPPED)]
    return files


def _refusal_names(trees: dict[Path, ast.Module]) -> set[str]:
    names = {"ShelterplanError"}
    grew = True
    while grew:
        grew = False
        for tree in trees.values():
            for node in ast.walk(tree):
                if (
                    isinstance(node, ast.ClassDef)
                    and node.name not in names
                    and any(isinstance(b, ast.Name) and b.id in names for b in node.bases)
                ):
                    names.add(node.name)
                    grew = True
    return names


def _unmarked(node: ast.expr) -> bool:
    """English written straight into a refusal: a literal, an f-string or a sum."""
    return (isinstance(node, ast.Constant) and isinstance(node.value, str)) or isinstance(
        node, ast.JoinedStr | ast.BinOp
    )


# Where the words put into "{what} cannot be empty." and "{what} must be one of: ..." go.
PHRASE_ARGUMENT = {"require_text": 1, "require_choice": 2}


def _unmarked_in(node: ast.AST, names: set[str]) -> list[ast.expr]:
    """The English that `node` hands to a refusal without marking it."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
        called = node.func.id
        if called in names:
            given = [*node.args[:1], *(k.value for k in node.keywords if k.arg == "message")]
            return [a for a in given if _unmarked(a)]
        where = PHRASE_ARGUMENT.get(called)
        if where is not None and len(node.args) > where and _unmarked(node.args[where]):
            return [node.args[where]]
    if isinstance(node, ast.ClassDef) and node.name in names:
        return [
            item.value
            for item in node.body
            if isinstance(item, ast.Assign)
            and [getattr(t, "id", None) for t in item.targets] == ["message"]
            and _unmarked(item.value)
        ]
    return []


def test_every_sentence_a_refusal_is_written_with_is_marked_for_translation():
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in _sources()}
    names = _refusal_names(trees)
    unmarked = [
        f"{path.name}:{found.lineno}"
        for path, tree in trees.items()
        for node in ast.walk(tree)
        for found in _unmarked_in(node, names)
    ]
    assert unmarked == []


def test_the_check_catches_a_sentence_left_unmarked():
    names = {"InvalidInput", "Full"}  # as _refusal_names finds them
    for written in (
        'raise InvalidInput(f"The code word is longer than {n} characters.")',
        'raise InvalidInput("Too long.")',
        'require_text(value, "The domain")',
        'class Full(InvalidInput):\n    message = "The disk is full."',
    ):
        assert any(_unmarked_in(n, names) for n in ast.walk(ast.parse(written))), written
    for written in (
        'raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Too long {n}."), n=1)',
        'require_text(value, QT_TRANSLATE_NOOP("errors", "The domain"))',
        "raise InvalidInput(problem)",
    ):
        assert not any(_unmarked_in(n, names) for n in ast.walk(ast.parse(written))), written


def test_every_marked_sentence_is_in_the_translators_files():
    """`scripts/translations.py update` was run after the last sentence was marked."""
    marked = {
        node.args[1].value
        for path in _sources()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call)
        and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP"
        and isinstance(node.args[1], ast.Constant)
    }
    assert NotABackup.message in marked and len(marked) > 100
    folder = PACKAGE.parents[1] / "resources" / "translations"
    for language in ("fr", "es"):
        root = ET.parse(folder / f"shelterplan_messages_{language}.ts").getroot()
        sources = {m.findtext("source") for m in root.iter("message")}
        assert sorted(marked - sources) == [], language


def _raised(call) -> ShelterplanError:  # type: ignore[no-untyped-def]
    with pytest.raises(ShelterplanError) as caught:
        call()
    return caught.value


def test_in_english_the_screen_shows_the_sentence_itself(qapp):
    refusal = _raised(lambda: require_text("  ", QT_TRANSLATE_NOOP("errors", "The domain")))
    assert error_text(refusal) == str(refusal) == "The domain cannot be empty."
    plain = ShelterplanError("Built without a marker.")
    assert error_text(plain) == "Built without a marker."


def test_refusals_and_the_words_put_into_them_follow_the_language(qapp, language):
    def tr(text: str) -> str:
        return QCoreApplication.translate("errors", text)

    empty = _raised(lambda: require_text("", QT_TRANSLATE_NOOP("errors", "The domain")))
    shown = error_text(empty)
    assert shown == tr("{what} cannot be empty.").format(what=tr("The domain"))
    assert "The domain" not in shown and "cannot be empty" not in shown

    wait = error_text(UnlockDelayed(29.2))
    assert "30" in wait and "Too many" not in wait and "{" not in wait

    short = _raised(lambda: check_new_passphrase("too short"))
    assert isinstance(short, WeakPassphrase)
    assert "12" in error_text(short) and "passphrase needs" not in error_text(short)

    consent = NoConsent("case_file")
    assert tr("keeping a file about her") in error_text(consent)
    assert "keeping a file" not in error_text(consent) and "She has" not in error_text(consent)

    # A worker's or a service's name is put in as it is, never looked up.
    named = error_text(NoConsent(service_name="The domain"))
    assert "The domain" in named


def test_a_translation_that_lost_its_placeholder_shows_the_english_sentence(qapp):
    class Broken(InvalidInput):
        pass

    refusal = Broken(QT_TRANSLATE_NOOP("errors", "At most {limit} characters."), limit=5)
    refusal.template = QT_TRANSLATE_NOOP("errors", "{missing} characters.")
    assert error_text(refusal) == "At most 5 characters."


def test_the_restore_window_says_not_a_backup_in_the_screen_language(
    qtbot, window, monkeypatch, tmp_path, language
):  # type: ignore[no-untyped-def]
    notes = tmp_path / "notes.txt"
    notes.write_text("not a backup")
    monkeypatch.setattr(restore_dialog, "choose_backup_file", lambda _parent: notes)
    unlock_as_admin(qtbot, window)
    backups = window.backup_reminder.open_dialog()
    assert isinstance(backups, BackupsDialog)
    qtbot.mouseClick(backups.restore_button, Qt.MouseButton.LeftButton)
    [dialog] = [d for d in window.findChildren(RestoreDialog) if d.isVisible()]
    expected = QCoreApplication.translate("errors", NotABackup.message)
    assert expected != NotABackup.message
    assert dialog.message.text() == expected
    folder = Path(__file__).resolve().parents[2] / "screenshots" / language
    folder.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(folder / "restore-not-a-backup.png"))
