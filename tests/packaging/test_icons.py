"""The installer icons made by scripts/make_icons.py from resources/icons/shelterplan.svg."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize("size", [16, 32, 64, 128, 256, 512])
def test_linux_png_of_each_size(size: int) -> None:
    image = QImage(str(ICONS / f"shelterplan-{size}.png"))
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()
    assert image.pixelColor(0, 0).alpha() == 0  # transparent outside the rounded square
    assert image.pixelColor(size // 2, size // 2).alpha() == 255


def test_windows_ico_holds_png_images_up_to_256() -> None:
    data = (ICONS / "shelterplan.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = []
    for index in range(count):
        width, _h, _c, _r, _p, _b, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        assert data[offset : offset + 8] == PNG_SIGNATURE
        assert offset + length <= len(data)
        sizes.append(width or 256)
    assert {16, 32, 48, 256} <= set(sizes)


def test_macos_icns_holds_png_images_up_to_1024() -> None:
    data = (ICONS / "shelterplan.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack_from(">I", data, 4)[0] == len(data)
    kinds, offset = [], 8
    while offset < len(data):
        kind, length = data[offset : offset + 4], struct.unpack_from(">I", data, offset + 4)[0]
        assert data[offset + 8 : offset + 16] == PNG_SIGNATURE
        kinds.append(kind)
        offset += length
    assert offset == len(data)
    assert {b"icp4", b"icp5", b"ic07", b"ic08", b"ic09", b"ic10"} <= set(kinds)
