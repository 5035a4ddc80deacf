"""投诉统计: the month's 客诉案件统计表 and the week's callback satisfaction analysis on screen, printed and exported
to Excel, each drawn from the one layout the reporting service builds."""


from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services import clock
from desktop.services.reporting import catalog, complaint_statistics, periods
from desktop.services.reporting.layout import ReportLayout
from desktop.services.reporting.periods import Period
from desktop.ui.widgets import file_dialogs, printing, report_parts


def _body(layout: ReportLayout) -> QWidget:
    """The headline figures, then each table with its note."""
    body = QWidget()
    column = QVBoxLayout(body)
    column.setContentsMargins(0, 0, 0, 0)
    column.addLayout(report_parts.summary_grid(layout.summary))
    if layout.empty:
        column.addWidget(QLabel(layout.empty_text))
    for table in layout.tables:
        report_parts.add_table(column, table)
    report_parts.add_notes(column, layout.notes)
    return body


class StatisticsPage(QWidget):
    """One of the two reports: its period, its buttons and what the layout shows."""

    def __init__(self, period: Period, label: str, printable: bool) -> None:
        super().__init__()
        self.period = period
        self.layout_data = complaint_statistics.build(period)
        self.date = QDateEdit(QDate(period.first.year, period.first.month, period.first.day))
        self.date.setDisplayFormat("yyyy-MM" if period.kind == "monthly" else "yyyy-MM-dd")
        self.date.dateChanged.connect(self._date_changed)
        row = QHBoxLayout()
        row.addWidget(QLabel(label))
        row.addWidget(self.date)
        actions = [("print", self.tr("打印…"), self.print_report)] if printable else []
        self.buttons: dict[str, QPushButton] = {}
        for name, text, slot in [*actions, ("export", self.tr("导出到 Excel…"), self.export)]:
            self.buttons[name] = QPushButton(text)
            self.buttons[name].clicked.connect(slot)
            row.addWidget(self.buttons[name])
        row.addStretch()
        self.body = _body(report_parts.shown_layout(self.layout_data, self.layout_data.period))
        self.column = QVBoxLayout(self)
        self.column.addLayout(row)
        self.column.addWidget(self.body, 1)

    def _date_changed(self, date: QDate) -> None:
        self.show_period(periods.of(self.period.kind, date.toPython()))

    def show_period(self, period: Period) -> None:
        self.period, self.layout_data = period, complaint_statistics.build(period)
        body = _body(report_parts.shown_layout(self.layout_data, self.layout_data.period))
        self.column.replaceWidget(self.body, body)
        self.body.setParent(None)  # back to Python, which frees it with its tables
        self.body = body

    def tables(self) -> list[QTableWidget]:
        return self.body.findChildren(QTableWidget)

    def _file_name(self, suffix: str) -> str:
        return catalog.file_name(self.layout_data, self.period, suffix)

    def print_report(self) -> None:
        from reports import report_pages  # loaded on first print: ReportLab costs start-up time

        layout = self.layout_data
        printing.preview(self, layout.title, self._file_name("pdf"), lambda target: report_pages.build(target, layout))

    def export(self) -> None:
        path = file_dialogs.save_path(self, file_dialogs.EXPORTS, self.tr("保存"), self._file_name("xlsx"),
                                      "XLSX (*.xlsx)")
        if path:
            catalog.save_workbook(path if path.endswith(".xlsx") else f"{path}.xlsx", self.layout_data)


class StatisticsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("投诉统计"))
        self.resize(720, 560)
        today = clock.today()
        self.month = StatisticsPage(complaint_statistics.default_period("monthly", today), self.tr("结案月份"),
                                   printable=True)
        self.week = StatisticsPage(complaint_statistics.default_period("weekly", today), self.tr("所在周（任选一天）"),
                                   printable=False)
        tabs = QTabWidget()
        tabs.addTab(self.month, self.tr("客诉案件统计表（月）"))
        tabs.addTab(self.week, self.tr("回访满意度分析（周）"))
        QVBoxLayout(self).addWidget(tabs)
