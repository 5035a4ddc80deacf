"""The print preview shows the PDF's own pages, prints them and saves the same bytes."""

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from pytestqt.qtbot import QtBot
from reportlab.platypus import PageBreak, Table

from desktop.ui.widgets import messages, printing
from reports.base import build_pdf, para


def _two_pages(target: io.BytesIO) -> None:
    build_pdf(target, "测试表", [para("第一页"), PageBreak(), para("第二页")], branch="测试分店")


def test_preview_has_every_page_and_saves_the_same_pdf(qtbot: QtBot, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    data = printing.pdf_bytes(_two_pages)
    dialog = printing.PdfPreview(data, "测试表", "测试表.pdf")
    qtbot.addWidget(dialog)
    preview = dialog.findChild(QPrintPreviewWidget)
    preview.updatePreview()
    assert preview.pageCount() == 2
    assert dialog.printer.pageLayout().orientation().name == "Portrait"

    monkeypatch.setattr(printing.QFileDialog, "getSaveFileName", lambda *args: (str(tmp_path / "saved"), ""))
    monkeypatch.setattr(messages, "info", lambda *args: None)
    saved = dialog.save_as()
    assert saved == tmp_path / "saved.pdf" and saved.read_bytes() == data


def test_printing_paints_each_page(qtbot: QtBot, tmp_path: Path) -> None:
    data = printing.pdf_bytes(_two_pages)
    pages = printing.PdfPages(data)
    printer = printing.make_printer(pages, "测试表.pdf")
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printing.paint(printer, pages)
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == 2


def test_a_form_that_cannot_be_laid_out_is_refused_in_chinese(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    refused: list[str] = []
    monkeypatch.setattr(messages, "refused", lambda parent, error: refused.append(error.message))
    monkeypatch.setattr(printing.PdfPreview, "exec", lambda self: pytest.fail("no preview of a failed PDF"))
    shown = printing.preview(None, "测试表", "测试表.pdf",
                             lambda target: build_pdf(target, "测试表", [Table([["太高"]], rowHeights=[2000])]))
    assert shown is None and refused == ["有一栏内容太长，一页放不下，无法打印；请缩短后再打印。"]
