#!/usr/bin/env bash
# Prepare a fresh Debian/Ubuntu machine (with Python 3.11+) to run and test shelterplan:
# the Qt runtime libraries and tools through apt (only those missing), then a virtual
# environment in .venv with shelterplan and its test tools. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
APT_PACKAGES=(
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
  libxcb-randr0 libxcb-render-util0 libxcb-xinerama0 libxcb-image0 libxkbcommon0
  libegl1 libgl1 libfontconfig1 libdbus-1-3 libglib2.0-0 fonts-dejavu-core poppler-utils
  # The Linux package (scripts/build_deb.sh): Briefcase builds it with the system Python,
  # a C compiler and dpkg-deb, and checks the package's Depends (libcups2...) are installed;
  # tests/packaging validates the desktop entry and metainfo.
  python3-venv python3-dev build-essential dpkg-dev git desktop-file-utils appstream libcups2
)

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "setup: need root (or sudo) to install: ${*: -1}" >&2; return 1; fi
}

apt_install() {
  command -v apt-get >/dev/null || { echo "setup: no apt-get here; install the Qt runtime libraries by hand: $*" >&2; return 0; }
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
}

missing=()
if command -v dpkg >/dev/null; then
  for package in "${APT_PACKAGES[@]}"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  apt_install "${missing[@]}"
fi

"$PYTHON" - <<'PY' || { echo "setup: shelterplan needs Python 3.11 or newer" >&2; exit 1; }
import sys
raise SystemExit(0 if sys.version_info >= (3, 11) else 1)
PY

if [ ! -x .venv/bin/python ]; then
  if ! "$PYTHON" -m venv .venv 2>/dev/null; then
    rm -rf .venv
    version=$("$PYTHON" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
    apt_install "python${version}-venv" || apt_install python3-venv
    "$PYTHON" -m venv .venv
  fi
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".[test]"
.venv/bin/python scripts/translations.py compile  # French and Spanish screens (.qm)
echo "setup: ready (.venv)"
