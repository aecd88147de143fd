"""Qt Linguist sources (.ts) for the screen, and their compiled form (.qm).

    python scripts/translations.py update    # pyside6-lupdate: new strings into the .ts files
    python scripts/translations.py compile   # pyside6-lrelease: .ts -> .qm (setup.sh runs it)

The strings are split into a few .ts files per language (one per part of the UI), so
that several translators can work at once. English is the source language: it needs no
file. Printed documents have their own translator (src/shelterplan/reports/terms.py).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "src" / "shelterplan" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
COMPILED = TRANSLATIONS / "qm"
LANGUAGES = ("fr", "es")
PACKAGE = UI.parent
PARTS = {
    "wizards": [UI / "wizards"],
    "workspace": [UI / "workspace"],
    "desk": [p for p in UI.iterdir() if p.name not in ("wizards", "workspace")],
    # What core/ and store/ tell the worker (QT_TRANSLATE_NOOP("errors", ...), i18n.py).
    "messages": [PACKAGE / "errors.py", PACKAGE / "core", PACKAGE / "store", PACKAGE / "reports"],
}


def _tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 in this environment first.")
    return found


def _sources(paths: list[Path]) -> list[str]:
    files: list[str] = []
    for path in paths:
        files += [str(p) for p in sorted(path.rglob("*.py"))] if path.is_dir() else [str(path)]
    return [f for f in files if f.endswith(".py")]


def update() -> None:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for part, paths in PARTS.items():
        for language in LANGUAGES:
            target = TRANSLATIONS / f"shelterplan_{part}_{language}.ts"
            subprocess.run(
                [_tool("pyside6-lupdate"), *_sources(paths), "-no-obsolete", "-ts", str(target)],
                check=True,
            )


def compile_all() -> None:
    COMPILED.mkdir(parents=True, exist_ok=True)
    for source in sorted(TRANSLATIONS.glob("*.ts")):
        target = COMPILED / (source.stem + ".qm")
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)], check=True
        )


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "update":
        update()
    elif command == "compile":
        compile_all()
    else:
        raise SystemExit(__doc__)
