#!/usr/bin/env bash
# Build the Debian package of shelterplan with Briefcase, without GitHub:
#
#     bash scripts/build_deb.sh
#
# The last line printed is the path of the .deb (in dist/). Install it with
#     sudo apt-get install ./dist/shelterplan_<version>-1~<vendor>-<codename>_<arch>.deb
#
# What it does: compiles the translations (.qm), makes build/briefcase-venv from the
# system /usr/bin/python3 (Briefcase's `linux system` backend builds with the system
# Python) with the pinned Briefcase of installers/requirements-packaging.txt, then runs
# `briefcase create`, `build` and `package linux system` non-interactively with our own
# template (installers/linux/briefcase-template). The app's dependencies come from PyPI
# (or the pip index configured on the machine) into the package.
#
# Needs a Debian or Ubuntu machine with the packages scripts/setup.sh installs
# (python3-venv, python3-dev, build-essential, dpkg-dev, git, the Qt runtime libraries),
# and a Python with PySide6 for the translations: .venv/bin/python (made by setup.sh), or
# the one named by SHELTERPLAN_TOOLS_PYTHON. Build output stays in build/ and dist/.
set -euo pipefail
cd "$(dirname "$0")/.."

SYSTEM_PYTHON=/usr/bin/python3
BUILD_VENV=build/briefcase-venv
TOOLS_PYTHON=${SHELTERPLAN_TOOLS_PYTHON:-.venv/bin/python}
BRIEFCASE=("$BUILD_VENV/bin/briefcase")
unset PYTHONPATH PYTHONHOME VIRTUAL_ENV

fail() { echo "build_deb: $*" >&2; exit 1; }

[ -x "$SYSTEM_PYTHON" ] || fail "no $SYSTEM_PYTHON: Briefcase builds Linux system packages with the system Python"
command -v dpkg-deb >/dev/null || fail "dpkg-deb is missing: this builds Debian packages (run scripts/setup.sh)"
[ -x "$TOOLS_PYTHON" ] || command -v "$TOOLS_PYTHON" >/dev/null \
  || fail "$TOOLS_PYTHON not found: run scripts/setup.sh, or set SHELTERPLAN_TOOLS_PYTHON to a Python with PySide6"

"$SYSTEM_PYTHON" scripts/sync_briefcase.py --check
for size in 16 32 64 128 256 512; do
  [ -f "resources/icons/shelterplan-$size.png" ] || fail "resources/icons/shelterplan-$size.png is missing: run python scripts/make_icons.py"
done
echo "build_deb: compiling translations"
"$TOOLS_PYTHON" scripts/translations.py compile

if [ ! -x "$BUILD_VENV/bin/python" ]; then
  echo "build_deb: making $BUILD_VENV from $SYSTEM_PYTHON"
  "$SYSTEM_PYTHON" -m venv "$BUILD_VENV" \
    || fail "could not make a venv with $SYSTEM_PYTHON: install python3-venv"
fi
"$BUILD_VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
  -r installers/requirements-packaging.txt

# A fresh bundle each time: `briefcase create` would otherwise ask before overwriting.
rm -rf build/shelterplan
rm -f dist/shelterplan_*.deb
"${BRIEFCASE[@]}" create linux system --no-input
"${BRIEFCASE[@]}" build linux system --no-input
"${BRIEFCASE[@]}" package linux system --adhoc-sign --no-input

shopt -s nullglob
debs=(dist/shelterplan_*.deb)
[ ${#debs[@]} -eq 1 ] || fail "expected one dist/shelterplan_*.deb, found ${#debs[@]}"
echo "build_deb: built $(du -h "${debs[0]}" | cut -f1) package:"
realpath "${debs[0]}"
