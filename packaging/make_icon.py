"""Draw the application icon (客 on a blue tile, in the bundled font) as PNG, ICO and SVG under resources/icons.

Run once after changing the design: `QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icon.py`.
"""

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QImage, QLinearGradient, QPainter, QPainterPath
from PySide6.QtSvg import QSvgGenerator

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
FONT_FILE = ROOT / "resources" / "fonts" / "wqy-microhei.ttf"
DESIGN = 256.0  # every shape is drawn in a 256×256 square and scaled to the requested size
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def glyph_path(family: str) -> QPainterPath:
    """客 as an outline, centred in the tile, so the SVG does not depend on fonts installed on the viewer."""
    font = QFont(family)
    font.setPixelSize(168)
    path = QPainterPath()
    path.addText(QPointF(0, 0), font, "客")
    box = path.boundingRect()
    return path.translated(DESIGN / 2 - box.center().x(), DESIGN / 2 - box.center().y() + 4)


def paint(painter: QPainter, glyph: QPainterPath) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    gradient = QLinearGradient(0, 0, 0, DESIGN)
    gradient.setColorAt(0, QColor("#2f80c9"))
    gradient.setColorAt(1, QColor("#1a5a96"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(gradient)
    painter.drawRoundedRect(QRectF(8, 8, DESIGN - 16, DESIGN - 16), 44, 44)
    painter.setBrush(QColor("#ffffff"))
    painter.drawPath(glyph)


def render_png(glyph: QPainterPath, size: int) -> QImage:
    image = QImage(QSize(size, size), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.scale(size / DESIGN, size / DESIGN)
    paint(painter, glyph)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def write_ico(path: Path, images: list[QImage]) -> None:
    """A Windows icon holding one PNG-compressed image per size (the format Windows Vista and later read)."""
    blobs = [png_bytes(image) for image in images]
    header = struct.pack("<HHH", 0, 1, len(blobs))
    offset = len(header) + 16 * len(blobs)
    entries = b""
    for image, blob in zip(images, blobs, strict=True):
        side = image.width() % 256  # 0 stands for 256 in the directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
    path.write_bytes(header + entries + b"".join(blobs))


def write_svg(path: Path, glyph: QPainterPath) -> None:
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(int(DESIGN), int(DESIGN)))
    generator.setViewBox(QRectF(0, 0, DESIGN, DESIGN))
    generator.setTitle("客服台")
    painter = QPainter(generator)
    paint(painter, glyph)
    painter.end()


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    families = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(FONT_FILE)))
    if not families:
        print(f"cannot load {FONT_FILE}", file=sys.stderr)
        return 1
    glyph = glyph_path(families[0])
    ICONS.mkdir(parents=True, exist_ok=True)
    render_png(glyph, 256).save(str(ICONS / "kefutai.png"))
    write_ico(ICONS / "kefutai.ico", [render_png(glyph, size) for size in ICO_SIZES])
    write_svg(ICONS / "kefutai.svg", glyph)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
