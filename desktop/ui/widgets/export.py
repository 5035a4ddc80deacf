"""File → 导出: save the rows of a list (as filtered) to an Excel file the user picks."""

import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.services import excel
from desktop.ui.widgets import messages
from desktop.ui.widgets.lazy_table import LazyTableModel


def export_model(parent: QWidget, model: LazyTableModel, title: str) -> None:
    default = f"{title}_{datetime.date.today():%Y%m%d}.xlsx"
    path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("export", "导出到 Excel"), default,
                                          "Excel (*.xlsx)")
    if not path:
        return
    if not path.endswith(".xlsx"):
        path += ".xlsx"
    rows = [model.display_row(row) for row in model.all_rows()]
    excel.write_sheet(path, title, model.headers(), rows)
    messages.info(parent, QCoreApplication.translate("export", "导出完成"),
                  QCoreApplication.translate("export", "已导出 %1 行到：").replace("%1", str(len(rows))) + f"\n{path}")
