"""The print preview shows the PDF's own pages, prints them and saves the same bytes."""

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QAction, QImage
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot
from reportlab.platypus import PageBreak, Table

from desktop.ui.widgets import file_dialogs, messages, printing
from desktop.ui.widgets.pdf_pages import BAND_POINTS, MAX_PRINT_DPI
from reports.base import build_pdf, data_table, para
from tests.ui.saving import refusals


def _two_pages(target: io.BytesIO) -> None:
    build_pdf(target, "测试表", [para("第一页"), PageBreak(), para("第二页")], branch="测试分店")


def test_preview_has_every_page_and_saves_the_same_pdf(qtbot: QtBot, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    data = printing.pdf_bytes(_two_pages)
    dialog = printing.PdfPreview(data, "测试表", "测试表.pdf")
    qtbot.addWidget(dialog)
    assert len(dialog.view.sheets) == 2
    assert dialog.printer.pageLayout().orientation().name == "Portrait"

    monkeypatch.setattr(file_dialogs.QFileDialog, "getSaveFileName", lambda *args: (str(tmp_path / "saved"), ""))
    monkeypatch.setattr(messages, "info", lambda *args: None)
    saved = dialog.save_as()
    assert saved == tmp_path / "saved.pdf" and saved.read_bytes() == data


def test_a_form_saved_to_a_pulled_out_stick_is_refused_in_words(qtbot: QtBot, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = printing.PdfPreview(printing.pdf_bytes(_two_pages), "测试表", "测试表.pdf")
    qtbot.addWidget(dialog)
    gone = tmp_path / "U盘"  # the folder the dialog offered is no longer there
    refused = refusals(monkeypatch, gone / "测试表.pdf")
    assert dialog.save_as() is None
    assert len(refused) == 1 and "找不到" in refused[0] and "U盘可能已被拔出" in refused[0]


def test_printing_paints_each_page_at_the_printers_resolution(qtbot: QtBot, tmp_path: Path) -> None:
    data = printing.pdf_bytes(_two_pages)
    pages = printing.PdfPages(data)
    printer = printing.make_printer(pages, "测试表.pdf")
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(600)
    printing.paint(printer, pages)
    printed = PdfReader(tmp_path / "printed.pdf").pages
    assert len(printed) == 2
    widths = {image.image.width for image in printed[0].images}
    assert widths == {round(pages.size(0)[0] / 72 * MAX_PRINT_DPI)}  # every band at 600 dpi, the sheet's width
    assert len(printed[0].images) * BAND_POINTS >= pages.size(0)[1]


def _grid(target: io.BytesIO) -> None:
    build_pdf(target, "测试表", [data_table(["序号", "内容"], [[str(n), "内容"] for n in range(12)])] +
              [PageBreak(), para("下一页")] * 20)


def _dark_runs(image: QImage, x: int) -> int:
    """How many separate dark lines a vertical line at `x` crosses."""
    runs, dark = 0, False
    for y in range(image.height()):
        now = image.pixelColor(x, y).value() < 200
        runs += now and not dark
        dark = now
    return runs


def test_the_preview_draws_each_page_at_the_zoom_shown_with_every_table_line(qtbot: QtBot) -> None:
    dialog = printing.PdfPreview(printing.pdf_bytes(_grid), "测试表", "测试表.pdf")
    qtbot.addWidget(dialog)
    view = dialog.view
    for zoom in (1.0, 2.0):
        view.set_zoom(zoom)
        picture = view.sheets[0].pixmap()
        width, height = view.page_pixels(0)
        ratio = picture.devicePixelRatio()
        assert abs(picture.width() - width * ratio) <= 1 and abs(picture.height() - height * ratio) <= 1
        assert width == round(595.27 / 72 * view.logicalDpiX() * zoom)
        # a line down the 序号 column crosses the page header's rule, the table's top and its 13 row lines
        image = picture.toImage()
        assert _dark_runs(image, round(image.width() * 0.4)) == 15, zoom
    assert dialog.zoom_box.currentText() == "200%"
    assert len(view.drawn) <= 2  # of 21 pages only those in view are drawn


def test_the_zoom_goes_by_the_buttons_and_by_typing(qtbot: QtBot) -> None:
    dialog = printing.PdfPreview(printing.pdf_bytes(_two_pages), "测试表", "测试表.pdf")
    qtbot.addWidget(dialog)
    dialog.view.set_zoom(1.0)
    [zoom_in] = [action for action in dialog.findChildren(QAction) if action.text() == "放大"]
    zoom_in.trigger()
    assert dialog.view.zoom == 1.25 and dialog.zoom_box.currentText() == "125%"
    dialog.zoom_box.lineEdit().setText("300")
    dialog.zoom_box.lineEdit().editingFinished.emit()
    assert dialog.view.zoom == 3.0 and dialog.view.drawn[0] == 3.0


def test_a_form_that_cannot_be_laid_out_is_refused_in_chinese(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    refused: list[str] = []
    monkeypatch.setattr(messages, "refused", lambda parent, error: refused.append(error.message))
    monkeypatch.setattr(printing.PdfPreview, "exec", lambda self: pytest.fail("no preview of a failed PDF"))
    shown = printing.preview(None, "测试表", "测试表.pdf",
                             lambda target: build_pdf(target, "测试表", [Table([["太高"]], rowHeights=[2000])]))
    assert shown is None and refused == ["有一栏内容太长，一页放不下，无法打印；请缩短后再打印。"]
