"""The app makes no network connection at all.

A whole session (create and unlock a store, intake, plan, render and print the plan to
a PDF file, the main window unlocked by typing, the audit viewer, lock, backup) runs
with Python's sockets disabled: every attempt to connect, resolve a name or send a
datagram raises and is recorded, and the test asserts there were none. Local (AF_UNIX)
sockets are not network; they are recorded too, and none is needed either.

A second test runs the same session in a child process under `strace`, which sees the
system calls of the C++ side too (Qt, SQLCipher, fontconfig, libcups), and asserts that
no internet socket (AF_INET / AF_INET6) was used, with one exception found by this very
test: creating any `QPrinter` (even one that writes a PDF file) makes Qt's CUPS plugin
ask the machine's own print service for its printers, over loopback TCP to port 631
(`::1`, then `127.0.0.1`). That is the local print spooler, the path every print takes,
not the network; the test allows exactly that and nothing else (no other address, no
other port, no datagram, so no DNS). It is skipped where strace is missing or may not
trace.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.helpers.full_session import run_full_session

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Attempts:
    network: list[str] = field(default_factory=list)
    local: list[str] = field(default_factory=list)


class NetworkDisabled(OSError):
    pass


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Attempts:
    attempts = Attempts()
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def refuse(what: str) -> None:
        attempts.network.append(what)
        raise NetworkDisabled(f"network disabled in this test: {what}")

    def connect(self: socket.socket, address: object) -> None:
        if self.family == getattr(socket, "AF_UNIX", None):
            attempts.local.append(f"connect {address!r}")
            return real_connect(self, address)
        refuse(f"connect {address!r}")
        return None

    def connect_ex(self: socket.socket, address: object) -> int:
        if self.family == getattr(socket, "AF_UNIX", None):
            attempts.local.append(f"connect_ex {address!r}")
            return real_connect_ex(self, address)
        refuse(f"connect_ex {address!r}")
        return 1

    def sendto(self: socket.socket, *args: object) -> int:
        refuse(f"sendto {args[-1]!r}")
        return 0

    def lookup(name: str) -> object:
        def refused(*args: object, **_kwargs: object) -> object:
            refuse(f"{name} {args[:1]!r}")
            return None

        return refused

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket.socket, "sendto", sendto)
    for name in (
        "create_connection",
        "getaddrinfo",
        "gethostbyname",
        "gethostbyname_ex",
        "gethostbyaddr",
    ):
        monkeypatch.setattr(socket, name, lookup(name))
    return attempts


def test_the_guard_catches_attempts(no_network):
    """The guard itself works: an attempt is refused and recorded."""
    with pytest.raises(OSError), socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.connect(("192.0.2.1", 80))
    with pytest.raises(OSError):
        socket.create_connection(("example.org", 443))
    with pytest.raises(OSError):
        socket.getaddrinfo("example.org", 443)
    assert len(no_network.network) == 3
    no_network.network.clear()


def test_a_full_session_makes_no_connection(qtbot, no_network, tmp_path):
    result = run_full_session(tmp_path / "store", tmp_path / "out")
    assert result.printed_pages >= 1 and result.printed_file.read_bytes()[:5] == b"%PDF-"
    backup = result.backup_file.read_bytes()
    assert len(backup) > 4096 and b"SQLite format 3" not in backup  # encrypted inside
    assert result.caseload_rows == 1 and result.audit_rows > 5
    assert no_network.network == []
    assert no_network.local == []


def _strace_usable() -> bool:
    if shutil.which("strace") is None:
        return False
    probe = subprocess.run(
        ["strace", "-f", "-e", "trace=none", "true"], capture_output=True, timeout=30
    )
    return probe.returncode == 0


INTERNET = re.compile(r"\b(socket|connect|sendto|sendmsg|bind)\(.*\bAF_INET6?\b")
LOCAL_PRINT_SERVICE = re.compile(
    r"\bconnect\(\d+, \{sa_family=AF_INET6?, sin6?_port=htons\(631\), .*"
    r"(inet_addr\(\"127\.0\.0\.1\"\)|inet_pton\(AF_INET6, \"::1\")"
)
STREAM_SOCKET = re.compile(r"\bsocket\(AF_INET6?, SOCK_STREAM\b")


@pytest.mark.skipif(not _strace_usable(), reason="strace is missing or may not trace here")
def test_a_full_session_opens_no_internet_socket_at_the_system_call_level(tmp_path):
    trace = tmp_path / "network-calls.txt"
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",  # passphrase-only mode
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
    )
    env.pop("SHELTERPLAN_PASSPHRASE", None)
    result = subprocess.run(
        [
            "strace",
            "-f",
            "-qq",
            "-e",
            "trace=%network",
            "-o",
            str(trace),
            sys.executable,
            "-m",
            "tests.helpers.full_session",
            str(tmp_path / "session"),
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "done" in result.stdout
    calls = [
        line for line in trace.read_text(errors="replace").splitlines() if INTERNET.search(line)
    ]
    print_service = [line for line in calls if LOCAL_PRINT_SERVICE.search(line)]
    opened = [line for line in calls if STREAM_SOCKET.search(line)]
    others = [line for line in calls if line not in print_service and line not in opened]
    assert others == [], others[:10]
    # Each internet socket opened was one of those connections to the print service.
    assert len(opened) == len(print_service), calls[:20]
