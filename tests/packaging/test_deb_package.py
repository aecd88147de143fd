"""The Debian package end to end: build it with scripts/build_deb.sh, install it with
apt-get, start the installed `shelterplan` headless on a demo store up to the unlock
screen, then remove it.

Slow (a few minutes: Briefcase installs PySide6 into the package), marked `package`:
`pytest -m "not package"` leaves it out. It needs root and apt-get; without them it is
skipped, except in CI (CI=true), where it fails. The package is built with zstd
compression here to save time (DPKG_DEB_COMPRESSOR_TYPE, read by dpkg-deb); the default
build uses Debian's xz.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.packaging.host import require_tool, unavailable

pytestmark = pytest.mark.package

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "shelterplan"
APP_ID = "org.shelterplan.shelterplan"
LIB = Path("/usr/lib/shelterplan")
QT_MODULES_USED = [
    "QtCore",
    "QtGui",
    "QtWidgets",
    "QtSvg",
    "QtPdf",
    "QtPdfWidgets",
    "QtPrintSupport",
    "QtCharts",
]
QT_PLUGINS_LOADED = [
    "platforms",
    "platformthemes",
    "platforminputcontexts",
    "imageformats",
    "iconengines",
    "printsupport",
    "xcbglintegrations",
    "generic",
]
SHIPPED_LIB = re.compile(r"^\s*(lib(?:Qt6|icu|av|sw|pyside|shiboken)\S*) => not found", re.M)


def _run(args: list[str], timeout: float, **kwargs) -> subprocess.CompletedProcess[str]:  # type: ignore[no-untyped-def]
    return subprocess.run(args, capture_output=True, text=True, timeout=timeout, **kwargs)


def _status(package: str) -> str:
    done = _run(["dpkg-query", "-W", "-f=${db:Status-Status}", package], timeout=60)
    return done.stdout.strip() if done.returncode == 0 else "not-installed"


def _apt_env() -> dict[str, str]:
    return {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}


def _app_env(home: Path, **extra: str) -> dict[str, str]:
    """A plain desktop session's environment: no venv, no PYTHONPATH, no XDG overrides."""
    return {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        **extra,
    }


@pytest.fixture(scope="module")
def host() -> None:
    if not sys.platform.startswith("linux"):
        unavailable("the Debian package is built and installed on Linux only")
    require_tool("apt-get", "apt")
    require_tool("dpkg-deb", "dpkg")
    if os.geteuid() != 0:
        unavailable("installing a .deb with apt-get needs root")
    if not Path("/usr/bin/python3").exists():
        unavailable("Briefcase builds Linux system packages with /usr/bin/python3")
    if _status(PACKAGE) != "not-installed":
        unavailable(f"the {PACKAGE} package is installed already; this test would replace it")


def test_deb_builds_installs_starts_and_uninstalls(host, tmp_path: Path) -> None:
    started = time.monotonic()
    build = _run(
        ["bash", "scripts/build_deb.sh"],
        timeout=1800,
        cwd=ROOT,
        env={
            **os.environ,
            "SHELTERPLAN_TOOLS_PYTHON": sys.executable,  # has PySide6: compiles the .qm
            "DPKG_DEB_COMPRESSOR_TYPE": "zstd",
        },
    )
    assert build.returncode == 0, build.stdout[-4000:] + build.stderr[-4000:]
    deb = Path(build.stdout.strip().splitlines()[-1])
    assert deb.parent == ROOT / "dist" and deb.suffix == ".deb", build.stdout[-2000:]
    built = time.monotonic()
    fields = _run(["dpkg-deb", "-f", str(deb), "Package", "Version", "Depends"], timeout=60)
    assert f"Package: {PACKAGE}" in fields.stdout
    assert "libpython3" in fields.stdout

    try:
        install = _run(
            ["apt-get", "install", "-y", "--no-install-recommends", str(deb)],
            timeout=900,
            env=_apt_env(),
        )
        assert install.returncode == 0, install.stdout[-3000:] + install.stderr[-3000:]
        assert _status(PACKAGE) == "installed"
        _check_installed_files()
        _check_qt_libraries_resolve()
        _check_the_app_reaches_the_unlock_screen(tmp_path)
    finally:
        remove = _run(["apt-get", "remove", "-y", PACKAGE], timeout=900, env=_apt_env())
    assert remove.returncode == 0, remove.stdout[-3000:] + remove.stderr[-3000:]
    assert _status(PACKAGE) != "installed"
    assert not Path("/usr/bin/shelterplan").exists()
    assert not LIB.exists()
    print(
        f"\npackage test: {deb.name} ({deb.stat().st_size / 1e6:.0f} MB) built in "
        f"{built - started:.0f} s; install, start and removal took "
        f"{time.monotonic() - built:.0f} s"
    )


def _check_installed_files() -> None:
    listed = set(_run(["dpkg", "-L", PACKAGE], timeout=60).stdout.split())
    for path in [
        "/usr/bin/shelterplan",
        f"/usr/share/applications/{APP_ID}.desktop",
        f"/usr/share/metainfo/{APP_ID}.metainfo.xml",
        f"/usr/share/icons/hicolor/256x256/apps/{APP_ID}.png",
        "/usr/share/man/man1/shelterplan.1.gz",
        "/usr/share/doc/shelterplan/copyright",
        f"{LIB}/app/shelterplan/__main__.py",
        f"{LIB}/app/resources/fonts/DejaVuSans.ttf",
        f"{LIB}/app/resources/passwords/common-passwords.txt",
        f"{LIB}/app/resources/translations/qm/shelterplan_desk_fr.qm",
        f"{LIB}/app_packages/PySide6/__init__.py",
    ]:
        assert path in listed, f"{path} is not in the package"
    installers = ROOT / "installers" / "linux"
    for name, folder in [(".desktop", "applications"), (".metainfo.xml", "metainfo")]:
        installed = Path(f"/usr/share/{folder}/{APP_ID}{name}").read_text(encoding="utf-8")
        assert installed == (installers / f"{APP_ID}{name}").read_text(encoding="utf-8")
    assert not list((LIB / "app" / "resources" / "translations").glob("*.ts"))


def _check_qt_libraries_resolve() -> None:
    """Trimming PySide6 (the template's cleanup_paths) left every library the app loads."""
    pyside = LIB / "app_packages" / "PySide6"
    files = [pyside / f"{module}.abi3.so" for module in QT_MODULES_USED]
    for category in QT_PLUGINS_LOADED:
        files += sorted((pyside / "Qt" / "plugins" / category).glob("*.so"))
    for path in files:
        assert path.exists(), path
        missing = SHIPPED_LIB.findall(_run(["ldd", str(path)], timeout=60).stdout)
        assert not missing, f"{path.name} misses {missing}"


def _check_the_app_reaches_the_unlock_screen(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    shot = tmp_path / "unlock.png"
    run = _run(
        ["/usr/bin/shelterplan", "--demo"],
        timeout=300,
        cwd=tmp_path,
        env=_app_env(home, SHELTERPLAN_SMOKE_SCREENSHOT=str(shot), SHELTERPLAN_LANGUAGE="fr"),
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "showing unlockScreen; screenshot saved to" in run.stdout, run.stdout + run.stderr
    assert "no compiled translations" not in run.stderr  # the .qm files were found
    image = QImage(str(shot))
    assert not image.isNull() and image.width() > 300
    # The demo store went to the user's data folder (platformdirs: ~/.local/share).
    store = home / ".local" / "share" / "shelterplan" / "demo"
    assert (store / "shelterplan.db").is_file()
    # A PDF report: ReportLab with the packaged DejaVu fonts, Babel's French dates.
    pdf = tmp_path / "outcomes.pdf"
    report = _run(
        ["/usr/bin/shelterplan", "--demo", "outcomes", "--lang", "fr", "--pdf", str(pdf)],
        timeout=300,
        cwd=tmp_path,
        env=_app_env(home),
    )
    assert report.returncode == 0, report.stdout + report.stderr
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and b"DejaVu" in data
