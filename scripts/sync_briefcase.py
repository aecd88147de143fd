"""Copy the Briefcase app definition from briefcase.toml into pyproject.toml.

    python scripts/sync_briefcase.py           # rewrite the generated region of pyproject.toml
    python scripts/sync_briefcase.py --check   # exit 1 if pyproject.toml is out of step

briefcase.toml is where the app definition is edited; Briefcase itself reads only
[tool.briefcase] in pyproject.toml. Its [tool.briefcase...] tables are copied 1:1 into a
region at the end of pyproject.toml, between two marker comments; the rest of
pyproject.toml is kept byte for byte. Briefcase's `version` must equal [project] version.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BRIEFCASE = ROOT / "briefcase.toml"
PYPROJECT = ROOT / "pyproject.toml"

BEGIN = (
    "# --- generated from briefcase.toml by scripts/sync_briefcase.py: "
    "edit briefcase.toml, then run it ---\n"
)
END = "# --- end of generated briefcase settings ---\n"

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\f": "\\f", "\r": "\\r"}


class SyncError(Exception):
    """briefcase.toml or pyproject.toml cannot be synced as they are."""


def _key(key: str) -> str:
    return key if _BARE_KEY.fullmatch(key) else _string(key)


def _string(text: str, multiline: bool = False) -> str:
    out = []
    for ch in text:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ch == "\n":
            out.append("\n" if multiline else "\\n")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    body = "".join(out)
    # The newline right after the opening """ is not part of the string.
    return f'"""\n{body}"""' if multiline else f'"{body}"'


def _value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return _string(value, multiline="\n" in value)
    if isinstance(value, list):
        items = [_value(item) for item in value]
        inline = "[" + ", ".join(items) + "]"
        if len(inline) <= 60 and "\n" not in inline:
            return inline
        return "[\n" + "".join(f"    {item},\n" for item in items) + "]"
    raise SyncError(f"briefcase.toml: unsupported value type {type(value).__name__}")


def _table(path: list[str], table: dict[str, object], lines: list[str]) -> None:
    scalars = {k: v for k, v in table.items() if not isinstance(v, dict)}
    subtables = {k: v for k, v in table.items() if isinstance(v, dict)}
    # A table holding only sub-tables needs no header of its own.
    if scalars or not subtables:
        if lines:
            lines.append("")
        lines.append("[" + ".".join(_key(part) for part in path) + "]")
        lines.extend(f"{_key(k)} = {_value(v)}" for k, v in scalars.items())
    for key, sub in subtables.items():
        _table([*path, key], sub, lines)  # type: ignore[arg-type]


def render_region(settings: dict[str, object]) -> str:
    """The generated region (markers included) holding `settings` as [tool.briefcase]."""
    lines: list[str] = []
    _table(["tool", "briefcase"], settings, lines)
    return BEGIN + "\n".join(lines) + "\n" + END


def briefcase_settings(briefcase_text: str) -> dict[str, object]:
    data = tomllib.loads(briefcase_text)
    if set(data) != {"tool"} or set(data["tool"]) != {"briefcase"}:
        raise SyncError("briefcase.toml must hold only [tool.briefcase...] tables")
    return data["tool"]["briefcase"]


def synced_pyproject(pyproject_text: str, briefcase_text: str) -> str:
    """pyproject.toml's text with its generated region made to match briefcase.toml."""
    settings = briefcase_settings(briefcase_text)
    project_version = tomllib.loads(pyproject_text).get("project", {}).get("version")
    if settings.get("version") != project_version:
        raise SyncError(
            f"briefcase.toml version {settings.get('version')!r} differs from "
            f"[project] version {project_version!r} in pyproject.toml: make them equal"
        )
    region = render_region(settings)
    start = pyproject_text.find(BEGIN)
    if start == -1:
        if "briefcase" in tomllib.loads(pyproject_text).get("tool", {}):
            raise SyncError(
                "pyproject.toml has [tool.briefcase] outside the generated region: remove it"
            )
        text = pyproject_text
        if text and not text.endswith("\n"):
            text += "\n"
        return text + ("\n" if text else "") + region
    end = pyproject_text.find(END, start)
    if end == -1:
        raise SyncError("pyproject.toml: end marker of the generated region is missing")
    outside = pyproject_text[:start] + pyproject_text[end + len(END) :]
    if "briefcase" in tomllib.loads(outside).get("tool", {}):
        raise SyncError("pyproject.toml has [tool.briefcase] outside the generated region")
    return pyproject_text[:start] + region + pyproject_text[end + len(END) :]


def sync(briefcase: Path = BRIEFCASE, pyproject: Path = PYPROJECT, check: bool = False) -> bool:
    """Bring `pyproject` in step with `briefcase` (or only compare, if `check`).

    Returns True when pyproject.toml was (or, with `check`, would be) changed.
    """
    current = pyproject.read_bytes().decode("utf-8")
    wanted = synced_pyproject(current, briefcase.read_bytes().decode("utf-8"))
    if wanted == current:
        return False
    if not check:
        pyproject.write_bytes(wanted.encode("utf-8"))
    return True


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args not in ([], ["--check"]):
        print("usage: python scripts/sync_briefcase.py [--check]", file=sys.stderr)
        return 2
    check = args == ["--check"]
    try:
        changed = sync(check=check)
    except (SyncError, tomllib.TOMLDecodeError) as exc:
        print(f"sync_briefcase: {exc}", file=sys.stderr)
        return 1
    if check and changed:
        print(
            "pyproject.toml [tool.briefcase] differs from briefcase.toml: "
            "run python scripts/sync_briefcase.py",
            file=sys.stderr,
        )
        return 1
    if changed:
        print("pyproject.toml: [tool.briefcase] updated from briefcase.toml")
    return 0


if __name__ == "__main__":
    sys.exit(main())
