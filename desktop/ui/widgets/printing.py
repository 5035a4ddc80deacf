"""文件 → 打印 for every form and report: the PDF's own pages in a print preview, printed or saved from there."""

import io
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QKeySequence, QPageLayout, QPageSize, QShowEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QComboBox, QDialog, QToolBar, QVBoxLayout, QWidget

from desktop.services.errors import RuleError
from desktop.services.files import whole_file
from desktop.ui.widgets import file_dialogs, messages
from desktop.ui.widgets.pdf_pages import PdfPages, paint
from desktop.ui.widgets.pdf_view import ZOOMS, PdfView

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
    path = file_dialogs.save_path(parent, file_dialogs.PDFS, title, file_name, "PDF (*.pdf)")
    if not path:
        return None
    return Path(path if path.lower().endswith(".pdf") else f"{path}.pdf")


class PdfPreview(QDialog):
    """The print preview of a finished PDF: its pages drawn at the zoom shown, printed at the printer's resolution
    or saved as the same PDF."""

    def __init__(self, data: bytes, title: str, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self.file_name = file_name
        self.pages = PdfPages(data)
        self.printer = make_printer(self.pages, file_name)
        self.setWindowTitle(QCoreApplication.translate("printing", "打印预览 — %1").replace("%1", title))
        self.view = PdfView(self.pages)
        self.zoom_box = QComboBox()
        self.zoom_box.setObjectName("zoom")
        self.zoom_box.setEditable(True)
        self.zoom_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.zoom_box.lineEdit().editingFinished.connect(self._typed_zoom)
        for zoom in ZOOMS:
            self.zoom_box.addItem(f"{zoom:.0%}", zoom)
        self.zoom_box.activated.connect(lambda index: self.view.set_zoom(self.zoom_box.itemData(index)))
        self.view.zoom_changed.connect(self._show_zoom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._toolbar())
        layout.addWidget(self.view, 1)
        self.resize(900, 1000)
        self._show_zoom(self.view.zoom)

    def _toolbar(self) -> QToolBar:
        bar = QToolBar()
        view = self.view
        actions = [
            (QCoreApplication.translate("printing", "打印…"), self.print_pages, QKeySequence.StandardKey.Print),
            (QCoreApplication.translate("printing", "另存为 PDF…"), self.save_as, QKeySequence.StandardKey.Save),
            None,
            (QCoreApplication.translate("printing", "缩小"), lambda: view.step(-1), QKeySequence.StandardKey.ZoomOut),
            (QCoreApplication.translate("printing", "放大"), lambda: view.step(1), QKeySequence.StandardKey.ZoomIn),
            (QCoreApplication.translate("printing", "适合宽度"), view.fit_width, None),
            (QCoreApplication.translate("printing", "实际大小"), lambda: view.set_zoom(1.0), None),
        ]
        for entry in actions:
            if entry is None:
                bar.addSeparator()
                continue
            text, slot, key = entry
            action = bar.addAction(text, slot)
            if key is not None:
                action.setShortcut(key)
        bar.addWidget(self.zoom_box)
        return bar

    def _show_zoom(self, zoom: float) -> None:
        self.zoom_box.setCurrentIndex(self.zoom_box.findData(zoom))
        self.zoom_box.setEditText(f"{zoom:.0%}")

    def _typed_zoom(self) -> None:
        digits = self.zoom_box.currentText().strip().rstrip("%").strip()
        if digits.isdigit():
            self.view.set_zoom(int(digits) / 100)
        else:
            self._show_zoom(self.view.zoom)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.view.fit_width()

    def print_pages(self) -> None:
        if QPrintDialog(self.printer, self).exec() == QPrintDialog.DialogCode.Accepted:
            paint(self.printer, self.pages)

    def save_as(self) -> Path | None:
        path = ask_save_path(self, self.file_name)
        if path is None:
            return None
        try:
            whole_file.written(path, lambda part: part.write_bytes(self.data))
        except RuleError as error:
            messages.refused(self, error)
            return None
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
