"""The report's own PDF pages as images (rasterised with pypdfium2), for the print preview, the printer and the
charts on screen: what is previewed and printed is exactly the PDF that is saved."""

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

POINTS_PER_INCH = 72
MAX_PRINT_DPI = 600  # every office printer prints at 600 dpi or less; above it the page is drawn scaled up
BAND_POINTS = 72  # a page is printed in bands an inch tall, so a 600 dpi page never sits whole in memory


class PdfPages:
    def __init__(self, data: bytes) -> None:
        import pypdfium2  # only when something is printed: keeps it off the start-up path

        self.document = pypdfium2.PdfDocument(data)

    def __len__(self) -> int:
        return len(self.document)

    def landscape(self) -> bool:
        width, height = self.size(0)
        return width > height

    def size(self, index: int) -> tuple[float, float]:
        """Page `index`'s width and height in points."""
        width, height = self.document[index].get_size()
        return width, height

    def image(self, index: int, dpi: float, top: float = 0, height: float | None = None,
              for_print: bool = False) -> QImage:
        """Page `index` drawn at `dpi`, whole or the band `height` points tall from `top` points down."""
        page_height = self.size(index)[1]
        height = page_height - top if height is None else min(height, page_height - top)
        bitmap = self.document[index].render(scale=dpi / POINTS_PER_INCH, prefer_bgrx=True,
                                             crop=(0, page_height - top - height, 0, top),
                                             optimize_mode="print" if for_print else None)
        image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB32)
        return image.copy()  # the bitmap's memory goes with it


def paint(printer: QPrinter, pages: PdfPages) -> None:
    """Draw every page on the printer at the printer's own resolution, each filling the sheet of paper."""
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    painter = QPainter(printer)
    try:
        for index in range(len(pages)):
            if index:
                printer.newPage()
            _paint_page(painter, printer, pages, index, dpi)
    finally:
        painter.end()


def _paint_page(painter: QPainter, printer: QPrinter, pages: PdfPages, index: int, dpi: float) -> None:
    sheet = printer.pageLayout().fullRectPixels(printer.resolution())
    height = pages.size(index)[1]
    scale = sheet.height() / height  # sheet pixels per point
    top = 0.0
    while top < height:
        band = pages.image(index, dpi, top, BAND_POINTS, for_print=True)
        band_height = min(BAND_POINTS, height - top)
        painter.drawImage(QRectF(0, top * scale, sheet.width(), band_height * scale), band)
        top += BAND_POINTS
