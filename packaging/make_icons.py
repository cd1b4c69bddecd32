"""The application icon in PNG sizes and as .ico, drawn from resources/icons/briefing.svg.

Run with the project's environment: `python packaging/make_icons.py` (needs PySide6 and Pillow).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "briefing.svg"))
    pngs = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = ICONS / f"briefing-{size}.png"
        image.save(str(path))
        pngs.append(path)
    from PIL import Image

    largest = Image.open(ICONS / "briefing-256.png")
    largest.save(ICONS / "briefing.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    del app
    print("\n".join(str(p) for p in [*pngs, ICONS / "briefing.ico"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
