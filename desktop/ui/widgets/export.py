"""File → 导出: save the rows of a list (as filtered and sorted) to an Excel file the user picks, reading and
writing in a worker thread so that a long list never freezes the window: rows stream from the service page by
page into a write-only workbook, so memory stays flat however long the list."""

import gc
from collections.abc import Iterator, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QComboBox, QDateTimeEdit, QLineEdit, QWidget

from desktop.models import Staff
from desktop.services import clock
from desktop.services.errors import RuleError, Text
from desktop.services.files import excel
from desktop.ui.service_text import translated
from desktop.ui.widgets import file_dialogs, messages
from desktop.ui.widgets.background import Progress
from desktop.ui.widgets.lazy_table import LazyTableModel
from desktop.ui.widgets.progress import run_with_progress


def _tr(text: str) -> str:
    return QCoreApplication.translate("export", text)


def described(filters: Sequence[QWidget]) -> str:
    """The filters as the list shows them: a drop-down's choice other than its first (all), a ticked box, a typed
    search, a date."""
    said = []
    for widget in filters:
        if isinstance(widget, QComboBox) and widget.currentIndex() > 0:
            said.append(widget.currentText())
        elif isinstance(widget, QAbstractButton) and widget.isCheckable() and widget.isChecked():
            said.append(widget.text().replace("&", ""))
        elif isinstance(widget, QLineEdit) and widget.text().strip():
            said.append(_tr("“%1”").replace("%1", widget.text().strip()))
        elif isinstance(widget, QDateTimeEdit) and widget.isEnabled():
            at_no_date = widget.specialValueText() and widget.dateTime() == widget.minimumDateTime()
            if not at_no_date:
                said.append(widget.text())
    return _tr("、").join(said)


def heading(title: str, user: Staff | None, filters: Sequence[QWidget] = ()) -> excel.Heading:
    """What, when, by whom and with which filters, in the interface's language, for the rows above the headers."""
    now = clock.now()
    when = _tr("%1年%2月%3日 %4").replace("%1", str(now.year)).replace("%2", str(now.month)).replace(
        "%3", str(now.day)).replace("%4", f"{now:%H:%M}")
    details = _tr("导出时间：%1　导出人：%2　筛选：%3").replace("%1", when).replace(
        "%2", user.name if user is not None else "").replace("%3", described(filters) or _tr("无（全部）"))
    return excel.Heading(title, details)


def write_model(path: str, model: LazyTableModel, title: str, top: excel.Heading | None = None,
                progress: Progress | None = None) -> int:
    """Every row of `model` into the workbook at `path`, off the window's thread: the number of rows written."""
    written = [0]

    def counted() -> Iterator[list[Any]]:
        for row in model.export_rows(progress):
            written[0] += 1
            yield [translated(v) if isinstance(v, str | Text) else v for v in row]

    # The collector leaves the export alone: its passes held the GIL, and froze the window, for 120 ms over a list
    # scrolled to its end, and a full pass over what the export itself had allocated for 21 ms. What the export
    # writes is freed by reference counting as it goes; what it left in cycles is collected when it ends.
    gc.freeze()
    gc.disable()
    try:
        excel.write_sheet(path, title, model.headers(), counted(), top)
    finally:
        gc.enable()
        gc.unfreeze()
    return written[0]


def export_model(parent: QWidget, model: LazyTableModel, title: str, user: Staff | None = None,
                 filters: Sequence[QWidget] = ()) -> None:
    """Every row of `model` under a heading that names the list, the moment, `user` and the `filters` shown."""
    top = heading(title, user, filters)
    default = f"{title}_{clock.today():%Y%m%d}.xlsx"
    path = file_dialogs.save_path(parent, file_dialogs.EXPORTS, _tr("导出到 Excel"), default, "Excel (*.xlsx)")
    if not path:
        return
    if not path.endswith(".xlsx"):
        path += ".xlsx"
    try:
        count = run_with_progress(parent, _tr("导出到 Excel"),
                                  lambda progress: write_model(path, model, title, top, progress))
    except RuleError as error:
        messages.refused(parent, error)
        return
    messages.info(parent, QCoreApplication.translate("export", "导出完成"),
                  QCoreApplication.translate("export", "已导出 %1 行到：").replace("%1", str(count)) + f"\n{path}")
