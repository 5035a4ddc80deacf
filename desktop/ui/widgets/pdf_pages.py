"""The report's own PDF pages as images (rasterised with pypdfium2), for the print preview, the printer and the
charts on screen: what is previewed and printed is exactly the PDF that is saved."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing

POINTS_PER_INCH = 72
PRINT_DPI = 300  # enough for crisp Chinese at 8 pt without huge page images


class PdfPages:
    def __init__(self, data: bytes) -> None:
        import pypdfium2  # only when something is printed: keeps it off the start-up path

        self.document = pypdfium2.PdfDocument(data)

    def __len__(self) -> int:
        return len(self.document)

    def landscape(self) -> bool:
        width, height = self.document[0].get_size()
        return width > height

    def image(self, index: int, dpi: float) -> QImage:
        bitmap = self.document[index].render(scale=dpi / POINTS_PER_INCH, prefer_bgrx=True)
        image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB32)
        return image.copy()  # the bitmap's memory goes with it


def paint(printer: QPrinter, pages: PdfPages) -> None:
    """Draw every page on the printer (or the print preview), each scaled to fill the sheet of paper."""
    dpi = min(printer.resolution(), PRINT_DPI)
    painter = QPainter(printer)
    try:
        for index in range(len(pages)):
            if index:
                printer.newPage()
            image = pages.image(index, dpi)
            target = printer.pageLayout().fullRectPixels(printer.resolution())
            painter.drawImage(QRectF(0, 0, target.width(), target.height()), image)
    finally:
        painter.end()


def drawing_image(drawing: "Drawing", dpi: float = 110) -> QImage:
    """A ReportLab chart as a picture for the screen: the same drawing the PDF prints."""
    from reportlab.graphics import renderPDF

    return PdfPages(renderPDF.drawToString(drawing)).image(0, dpi)
