"""文件 → 打印 for every form and report: the PDF's own pages in Qt's print preview, printed or saved from there."""

import io
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QToolBar, QWidget

from desktop.services.errors import RuleError
from desktop.ui.widgets import messages
from desktop.ui.widgets.pdf_pages import PdfPages, paint

Build = Callable[[io.BytesIO], None]


def pdf_bytes(build: Build) -> bytes:
    buffer = io.BytesIO()
    build(buffer)
    return buffer.getvalue()


def make_printer(pages: PdfPages, file_name: str) -> QPrinter:
    """An A4 printer without margins (the PDF has its own), turned to match the pages."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)
    printer.setDocName(file_name)
    orientation = QPageLayout.Orientation.Landscape if pages.landscape() else QPageLayout.Orientation.Portrait
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation, QMarginsF(0, 0, 0, 0)))
    return printer


def ask_save_path(parent: QWidget, file_name: str) -> Path | None:
    title = QCoreApplication.translate("printing", "保存 PDF")
    path, _ = QFileDialog.getSaveFileName(parent, title, str(Path.home() / file_name), "PDF (*.pdf)")
    if not path:
        return None
    return Path(path if path.lower().endswith(".pdf") else f"{path}.pdf")


class PdfPreview(QPrintPreviewDialog):
    """The print preview of a finished PDF, with 另存为 PDF beside Qt's own print button."""

    def __init__(self, data: bytes, title: str, file_name: str, parent: QWidget | None = None) -> None:
        self.data = data
        self.file_name = file_name
        self.pages = PdfPages(data)
        self.printer = make_printer(self.pages, file_name)  # the dialog does not own its printer
        super().__init__(self.printer, parent)
        self.setWindowTitle(QCoreApplication.translate("printing", "打印预览 — %1").replace("%1", title))
        self.paintRequested.connect(lambda printer: paint(printer, self.pages))
        save = self.findChild(QToolBar).addAction(QCoreApplication.translate("printing", "另存为 PDF…"))
        save.triggered.connect(self.save_as)
        self.resize(900, 1000)

    def save_as(self) -> Path | None:
        path = ask_save_path(self, self.file_name)
        if path is not None:
            path.write_bytes(self.data)
            messages.info(self, QCoreApplication.translate("printing", "已保存"), str(path))
        return path


def preview(parent: QWidget | None, title: str, file_name: str, build: Build) -> PdfPreview | None:
    """Build the PDF in memory and show it as it will print (or say in Chinese why it cannot be printed)."""
    try:
        data = pdf_bytes(build)
    except RuleError as error:
        messages.refused(parent, error)
        return None
    dialog = PdfPreview(data, title, file_name, parent)
    dialog.exec()
    return dialog


def print_with_dialog(parent: QWidget, data: bytes, file_name: str) -> None:
    """Straight to Qt's print dialog (the system's printers), no preview."""
    pages = PdfPages(data)
    printer = make_printer(pages, file_name)
    if QPrintDialog(printer, parent).exec() == QPrintDialog.DialogCode.Accepted:
        paint(printer, pages)
