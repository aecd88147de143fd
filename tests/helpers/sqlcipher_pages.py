"""Read a SQLCipher 4 file's pages in clear, as someone holding the data key could.

Searching the encrypted bytes for a canary proves nothing about erasure: SQLCipher hides
every page, freed or live. What erasure must also guarantee is that nobody who later gets
the key (a worker, a court order, a thief with a passphrase) finds her text in a page the
store no longer uses. So these helpers decrypt every page of the database file and every
frame of its write-ahead log, live or free, without SQLite's help.

Each page ends with a reserve (a 16-byte IV, then the page's HMAC: 32 bytes of SHA-256
in the current layout with 16 KiB pages, 64 of SHA-512 in the legacy one with 4 KiB
pages, see `shelterplan.store.cipher`); AES-256-CBC covers the rest; page 1 starts with
the 16-byte salt instead of SQLite's header. A raw key (x'...') is the AES key itself.
The layout is found from page 1, whose decrypted header states the page size and reserve.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from shelterplan.store.cipher import PROFILES, CipherProfile
from shelterplan.store.engine import data_key_of

WAL_HEADER = 32
FRAME_HEADER = 24


data_key = data_key_of  # the raw data key of a store engine


def _page(key: bytes, page: bytes, first: bool, layout: CipherProfile) -> bytes:
    end = layout.page_size - layout.reserve
    iv = page[end : end + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(page[16 if first else 0 : end]) + decryptor.finalize()


def layout_of(db_path: Path, key: bytes) -> CipherProfile:
    """The layout whose decryption of page 1 gives a SQLite header that says so."""
    with db_path.open("rb") as handle:
        head = handle.read(max(p.page_size for p in PROFILES))
    for layout in PROFILES:
        if len(head) < layout.page_size:
            continue
        header = _page(key, head[: layout.page_size], True, layout)  # from header byte 16
        stated = int.from_bytes(header[0:2], "big") or 65536
        if stated == layout.page_size and header[5:8] == b"@  ":
            return layout
    raise AssertionError("page 1 does not decrypt in any known layout")


def database_pages(path: Path, key: bytes, layout: CipherProfile) -> bytes:
    data = path.read_bytes() if path.exists() else b""
    size = layout.page_size
    return b"".join(
        _page(key, data[start : start + size], start == 0, layout)
        for start in range(0, len(data) - size + 1, size)
    )


def wal_pages(path: Path, key: bytes, layout: CipherProfile) -> bytes:
    data = path.read_bytes() if path.exists() else b""
    size = layout.page_size
    out = []
    start = WAL_HEADER
    while start + FRAME_HEADER + size <= len(data):
        number = int.from_bytes(data[start : start + 4], "big")
        frame = data[start + FRAME_HEADER : start + FRAME_HEADER + size]
        out.append(_page(key, frame, number == 1, layout))
        start += FRAME_HEADER + size
    return b"".join(out)


def clear_text(db_path: Path, key: bytes) -> bytes:
    """Every page of the file and of its -wal, decrypted, one after the other."""
    layout = layout_of(db_path, key)
    return database_pages(db_path, key, layout) + wal_pages(Path(f"{db_path}-wal"), key, layout)


def found(clear: bytes, canaries: list[str]) -> set[str]:
    """Canaries present as UTF-8 text, or lower-cased (as the full-text index keeps words)."""
    hits = set()
    for text in canaries:
        for form in (text, text.lower()):
            if form.encode("utf-8") in clear:
                hits.add(text)
    return hits
