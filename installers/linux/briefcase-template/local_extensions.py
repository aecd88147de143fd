"""Jinja filter of this template: `installer_file` inserts a file from installers/linux/.

The desktop entry and the AppStream metainfo are edited (and validated by the tests) in
installers/linux/; the template includes them as they are instead of keeping copies.
Cookiecutter puts the template folder on sys.path while it renders, so `_extensions`
in cookiecutter.json can name this module.
"""

from __future__ import annotations

from pathlib import Path

from jinja2.ext import Extension

INSTALLERS_LINUX = Path(__file__).resolve().parent.parent


def installer_file(name: str) -> str:
    return (INSTALLERS_LINUX / name).read_text(encoding="utf-8")


class InstallerFiles(Extension):
    def __init__(self, environment):  # type: ignore[no-untyped-def]
        super().__init__(environment)
        environment.filters["installer_file"] = installer_file
