"""Render the application icon: resources/icons/liaison.svg -> PNG sizes (hicolor theme), liaison.ico (Windows), liaison.icns
(macOS). Run after changing the SVG:  .venv/bin/python packaging/icons/render.py

Qt's own SVG renderer (PySide6, already a dependency) draws the sizes, so no other tool is needed; Pillow
(reportlab's dependency) writes the .ico and .icns."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

HERE = Path(__file__).resolve().parent
APP_ID = "invalid.liaison.Liaison"  # the icon is named after the application id (Flatpak requires it)
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def render(svg: Path, size: int) -> QImage:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main(out: Path = HERE) -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    svg = HERE.parent.parent / "resources" / "icons" / "liaison.svg"
    pngs = {}
    for size in SIZES:
        path = out / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        if not render(svg, size).save(str(path), "PNG"):
            raise SystemExit(f"could not write {path}")
        pngs[size] = path
    big = Image.open(pngs[256])
    big.save(out / "liaison.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    Image.open(pngs[512]).save(out / "liaison.icns")
    print(f"wrote {len(pngs)} PNG sizes, liaison.ico and liaison.icns under {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE))
