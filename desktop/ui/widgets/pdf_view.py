"""A PDF's pages on screen, each drawn afresh at the zoom shown (never a scaled bitmap), only those in view."""

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop.ui.widgets.pdf_pages import POINTS_PER_INCH, PdfPages

ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)
SPACING = 12  # between pages, and around them


class PdfView(QScrollArea):
    """The pages one under another on grey; 100 % is the paper's real size on this screen."""

    zoom_changed = Signal(float)

    def __init__(self, pages: PdfPages, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages = pages
        self.zoom = 1.0
        self.drawn: dict[int, float] = {}  # page index -> the zoom its picture was drawn at
        sheets = QWidget()
        sheets.setObjectName("pdf_sheets")
        sheets.setStyleSheet("#pdf_sheets { background: #808080; }")
        column = QVBoxLayout(sheets)
        column.setSpacing(SPACING)
        column.setContentsMargins(SPACING, SPACING, SPACING, SPACING)
        column.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.sheets: list[QLabel] = []
        for _ in range(len(pages)):
            sheet = QLabel()
            sheet.setStyleSheet("background: white;")
            column.addWidget(sheet)
            self.sheets.append(sheet)
        self.setWidget(sheets)
        self.setWidgetResizable(True)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.verticalScrollBar().valueChanged.connect(lambda _: self.draw_visible())
        self.set_zoom(1.0)

    def page_pixels(self, index: int, zoom: float | None = None) -> tuple[int, int]:
        """Page `index`'s size on screen at `zoom` (the current one by default), in logical pixels."""
        per_point = (self.zoom if zoom is None else zoom) * self.logicalDpiX() / POINTS_PER_INCH
        width, height = self.pages.size(index)
        return round(width * per_point), round(height * per_point)

    def set_zoom(self, zoom: float) -> None:
        self.zoom = min(max(zoom, ZOOMS[0]), ZOOMS[-1])
        for index, sheet in enumerate(self.sheets):
            sheet.setFixedSize(*self.page_pixels(index))
        self.draw_visible()
        QTimer.singleShot(0, self, self.draw_visible)  # again once the scroll range follows the new sizes
        self.zoom_changed.emit(self.zoom)

    def fit_width(self) -> None:
        room = self.viewport().width() - 2 * SPACING - self.verticalScrollBar().sizeHint().width()
        self.set_zoom(room / max(self.page_pixels(0, 1.0)[0], 1))

    def step(self, direction: int) -> None:
        """The next zoom of ZOOMS up (1) or down (-1)."""
        larger = [z for z in ZOOMS if z > self.zoom + 1e-6]
        smaller = [z for z in ZOOMS if z < self.zoom - 1e-6]
        chosen = (larger[:1] if direction > 0 else smaller[-1:]) or [self.zoom]
        self.set_zoom(chosen[0])

    def visible_pages(self) -> list[int]:
        top = self.verticalScrollBar().value()
        bottom = top + self.viewport().height()
        shown, y = [], SPACING
        for index in range(len(self.sheets)):
            height = self.page_pixels(index)[1]
            if y <= bottom and y + height >= top:
                shown.append(index)
            y += height + SPACING
        return shown

    def draw_visible(self) -> None:
        """Draw the pages in view at the zoom shown and let go of the pictures of the others."""
        shown = set(self.visible_pages())
        for index, sheet in enumerate(self.sheets):
            if index in shown and self.drawn.get(index) != self.zoom:
                sheet.setPixmap(self._picture(index))
                self.drawn[index] = self.zoom
            elif index not in shown and index in self.drawn:
                sheet.clear()
                del self.drawn[index]

    def _picture(self, index: int) -> QPixmap:
        ratio = self.devicePixelRatioF()
        image = self.pages.image(index, self.zoom * self.logicalDpiX() * ratio)
        picture = QPixmap.fromImage(image)
        picture.setDevicePixelRatio(ratio)
        return picture
