"""Raster icons for the installers, drawn from resources/icons/shelterplan.svg.

    python scripts/make_icons.py

Writes, next to the SVG:
- shelterplan-16.png ... shelterplan-512.png: the sizes Briefcase installs for Linux
  (`icon = "resources/icons/shelterplan"` in briefcase.toml; it appends -<size>.png);
- shelterplan.ico: Windows (16-256 px, PNG-compressed entries, readable since Vista);
- shelterplan.icns: macOS (16-1024 px, PNG entries: icp4...ic10).

Only PySide6 is needed (QSvgRenderer from QtSvg). Run it after changing the SVG and
commit the results (tests/packaging/test_icons.py checks they exist at the right sizes).
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SOURCE = ICONS / "shelterplan.svg"
LINUX_SIZES = (16, 32, 64, 128, 256, 512)  # Briefcase's linux system icon targets
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# (type code, pixel size) of the PNG-based icns entries.
ICNS_ENTRIES = (
    (b"icp4", 16),
    (b"ic11", 32),  # 16 @2x
    (b"icp5", 32),
    (b"ic12", 64),  # 32 @2x
    (b"ic07", 128),
    (b"ic13", 256),  # 128 @2x
    (b"ic08", 256),
    (b"ic14", 512),  # 256 @2x
    (b"ic09", 512),
    (b"ic10", 1024),  # 512 @2x
)


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    """The SVG drawn on a transparent size x size square, as PNG bytes."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError(f"could not encode the {size} px icon as PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding one PNG-compressed image per size."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        data = pngs[size]
        edge = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding PNG entries."""
    body = b"".join(
        code + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for code, size in ICNS_ENTRIES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def wanted_files() -> dict[Path, bytes]:
    """Every file this script writes, with its content."""
    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE} is not a valid SVG")
    sizes = sorted(set(LINUX_SIZES) | set(ICO_SIZES) | {size for _, size in ICNS_ENTRIES})
    pngs = {size: render_png(renderer, size) for size in sizes}
    files = {ICONS / f"shelterplan-{size}.png": pngs[size] for size in LINUX_SIZES}
    files[ICONS / "shelterplan.ico"] = ico_bytes({size: pngs[size] for size in ICO_SIZES})
    files[ICONS / "shelterplan.icns"] = icns_bytes(pngs)
    return files


def main() -> int:
    for path, data in wanted_files().items():
        if not path.exists() or path.read_bytes() != data:
            path.write_bytes(data)
            print(f"wrote {path.relative_to(ICONS.parents[1])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
