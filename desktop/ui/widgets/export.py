"""File → 导出: save the rows of a list (as filtered and sorted) to an Excel file the user picks, reading and
writing in a worker thread so that a long list never freezes the window: rows stream from the service page by
page into a write-only workbook, so memory stays flat however long the list."""

import gc
from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.services import clock
from desktop.services.errors import RuleError
from desktop.services.files import excel
from desktop.ui.widgets import messages
from desktop.ui.widgets.background import Progress
from desktop.ui.widgets.lazy_table import LazyTableModel
from desktop.ui.widgets.progress import run_with_progress


def export_model(parent: QWidget, model: LazyTableModel, title: str) -> None:
    default = f"{title}_{clock.today():%Y%m%d}.xlsx"
    path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("export", "导出到 Excel"), default,
                                          "Excel (*.xlsx)")
    if not path:
        return
    if not path.endswith(".xlsx"):
        path += ".xlsx"
    def work(progress: Progress) -> int:
        written = [0]

        def counted() -> Iterator[list[Any]]:
            for row in model.export_rows(progress):
                written[0] += 1
                yield row

        # While the export allocates, the garbage collector leaves what the program already holds alone: its full
        # passes over a list scrolled to the end (100 000 rows) held the GIL, and froze the window, 120 ms each.
        gc.freeze()
        try:
            excel.write_sheet(path, title, model.headers(), counted())
        finally:
            gc.unfreeze()
        return written[0]

    try:
        count = run_with_progress(parent, QCoreApplication.translate("export", "导出到 Excel"), work)
    except RuleError as error:
        messages.refused(parent, error)
        return
    messages.info(parent, QCoreApplication.translate("export", "导出完成"),
                  QCoreApplication.translate("export", "已导出 %1 行到：").replace("%1", str(count)) + f"\n{path}")
