"""The desktop entry and AppStream metainfo in installers/linux/, and the Briefcase
template that puts them (and the icons) into the Debian package."""

from __future__ import annotations

import re
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

from tests.packaging.host import require_tool

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "installers" / "linux"
APP_ID = "org.shelterplan.shelterplan"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
TEMPLATE = LINUX / "briefcase-template"
BUNDLE = TEMPLATE / "{{ cookiecutter.format }}"


def _toml(name: str) -> dict:
    with (ROOT / name).open("rb") as f:
        return tomllib.load(f)


def _complaints(output: str, pattern: str) -> list[str]:
    return [line for line in output.splitlines() if re.search(pattern, line)]


def test_desktop_entry_passes_desktop_file_validate() -> None:
    tool = require_tool("desktop-file-validate", "desktop-file-utils")
    done = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True, timeout=60)
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    assert not _complaints(output, r"\b(error|warning):"), output


def test_metainfo_passes_appstreamcli_validate() -> None:
    tool = require_tool("appstreamcli", "appstream")
    done = subprocess.run(
        [tool, "validate", "--no-net", "--no-color", str(METAINFO)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    assert not _complaints(output, r"^\s*[EW]:"), output


def test_metainfo_agrees_with_the_project() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == DESKTOP.name  # type: ignore[union-attr]
    assert root.findtext("project_license") == _toml("pyproject.toml")["project"]["license"]
    assert (
        root.findtext("project_license") == _toml("briefcase.toml")["tool"]["briefcase"]["license"]
    )
    newest = root.find("releases/release")
    assert newest is not None
    assert newest.get("version") == _toml("pyproject.toml")["project"]["version"]
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert re.search(r"^## (\S+)", changelog, re.M).group(1) == newest.get("version")  # type: ignore[union-attr]


def test_desktop_entry_names_the_installed_command_and_icon() -> None:
    entry = dict(
        line.split("=", 1)
        for line in DESKTOP.read_text(encoding="utf-8").splitlines()
        if "=" in line
    )
    assert entry["Exec"].split()[0] == "shelterplan"
    assert entry["Icon"] == APP_ID


def test_the_app_id_is_briefcases_bundle_identifier() -> None:
    settings = _toml("briefcase.toml")["tool"]["briefcase"]
    (app_name,) = settings["app"]
    assert f"{settings['bundle']}.{app_name}" == APP_ID


def test_the_template_installs_the_files_edited_here() -> None:
    """The template's desktop entry and metainfo are inserted from installers/linux/."""
    inserted = {}
    for path in BUNDLE.rglob("*"):
        if path.is_file() and "installer_file" in path.read_text(encoding="utf-8"):
            inserted[path.parent.name] = path.name.replace(
                "{{ cookiecutter.bundle_identifier }}", APP_ID
            )
    assert inserted == {"applications": DESKTOP.name, "metainfo": METAINFO.name}


def test_the_template_asks_for_the_icon_sizes_we_have() -> None:
    sizes = re.findall(r"^icon\.(\d+) =", (BUNDLE / "briefcase.toml").read_text(), re.M)
    assert sorted(map(int, sizes)) == [16, 32, 64, 128, 256, 512]
    icon = _toml("briefcase.toml")["tool"]["briefcase"]["app"]["shelterplan"]["icon"]
    for size in sizes:
        assert (ROOT / f"{icon}-{size}.png").is_file()


def test_briefcase_uses_our_template_for_linux_system() -> None:
    app = _toml("briefcase.toml")["tool"]["briefcase"]["app"]["shelterplan"]
    template = app["linux"]["system"]["template"]
    assert (ROOT / template / "cookiecutter.json").is_file()
    assert "resources" in app["sources"]  # fonts, translations, passwords beside the code
