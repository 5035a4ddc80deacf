"""The monthly 客诉案件统计表 and the weekly callback satisfaction analysis, with print and Excel export."""

import datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services import clock, settings
from desktop.services.complaints import stats as complaint_stats
from desktop.services.files import excel
from desktop.services.reporting import periods
from desktop.ui.widgets import printing

HEADERS = [QT_TRANSLATE_NOOP("StatisticsDialog", "维度"), QT_TRANSLATE_NOOP("StatisticsDialog", "项目"),
           QT_TRANSLATE_NOOP("StatisticsDialog", "件数"), QT_TRANSLATE_NOOP("StatisticsDialog", "占比")]


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    return table


def _fill(table: QTableWidget, rows: list[list[object]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(str(value)))
    table.resizeColumnsToContents()


class StatisticsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("投诉统计"))
        self.resize(720, 560)
        last_month = periods.default("monthly", clock.today()).first
        tabs = QTabWidget()
        tabs.addTab(self._monthly_page(last_month), self.tr("客诉案件统计表（月）"))
        tabs.addTab(self._weekly_page(), self.tr("回访满意度分析（周）"))
        QVBoxLayout(self).addWidget(tabs)
        self.show_month()
        self.show_week()

    def _monthly_page(self, month: datetime.date) -> QWidget:
        page = QWidget()
        self.month_edit = QDateEdit(QDate(month.year, month.month, 1))
        self.month_edit.setDisplayFormat("yyyy-MM")
        self.month_edit.dateChanged.connect(self.show_month)
        self.month_summary = QLabel()
        self.month_table = _table([self.tr(h) for h in HEADERS])
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("结案月份")))
        row.addWidget(self.month_edit)
        for text, slot in ((self.tr("打印…"), self.print_month), (self.tr("导出到 Excel…"), self.export_month)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch()
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(self.month_summary)
        layout.addWidget(self.month_table, 1)
        return page

    def _weekly_page(self) -> QWidget:
        page = QWidget()
        last_week = clock.today() - datetime.timedelta(days=7)
        self.week_edit = QDateEdit(QDate(last_week.year, last_week.month, last_week.day))
        self.week_edit.setDisplayFormat("yyyy-MM-dd")
        self.week_edit.dateChanged.connect(self.show_week)
        self.week_summary = QLabel()
        self.week_summary.setWordWrap(True)
        self.week_table = _table([self.tr("回访人"), self.tr("回访次数"), self.tr("联系上")])
        self.satisfaction_table = _table([self.tr("满意度"), self.tr("件数"), self.tr("占比")])
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("所在周（任选一天）")))
        row.addWidget(self.week_edit)
        export = QPushButton(self.tr("导出到 Excel…"))
        export.clicked.connect(self.export_week)
        row.addWidget(export)
        row.addStretch()
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(self.week_summary)
        layout.addWidget(self.satisfaction_table)
        layout.addWidget(self.week_table, 1)
        return page

    def _month(self) -> complaint_stats.MonthlyStatistics:
        date = self.month_edit.date()
        return complaint_stats.monthly(date.year(), date.month())

    def show_month(self) -> None:
        stats = self._month()
        self.month_summary.setText(self.tr("受理 %1 件，结案 %2 件，平均处理 %3 个工作日，最长 %4，超期答复 %5 件；"
                                           "报送期限 %6").replace("%1", str(stats.received)).replace(
            "%2", str(stats.closed)).replace("%3", f"{stats.average_days:.2f}").replace(
            "%4", f"{stats.maximum_days:.2f}").replace("%5", str(stats.overdue)).replace(
            "%6", f"{stats.report_due:%Y-%m-%d}"))
        _fill(self.month_table, complaint_stats.monthly_rows(stats))

    def _week(self) -> complaint_stats.CallbackWeek:
        return complaint_stats.weekly_callbacks(self.week_edit.date().toPython())

    def show_week(self) -> None:
        week = self._week()
        self.week_summary.setText(self.tr(
            "%1 起一周：回访 %2 次，联系上 %3 次（72 小时内 %4 次），未联系上 %5 次，问题未解决 %6 件，"
            "按无法联系结案 %7 件。报送期限 %8。").replace("%1", f"{week.week_start:%Y-%m-%d}").replace(
            "%2", str(week.attempts)).replace("%3", str(week.reached)).replace("%4", str(week.on_time)).replace(
            "%5", str(week.failed)).replace("%6", str(week.unsolved)).replace(
            "%7", str(week.closed_unreachable)).replace("%8", f"{week.report_due:%Y-%m-%d %H:%M}"))
        _fill(self.satisfaction_table, [[s.name, s.count, f"{s.share:.1%}"] for s in week.satisfaction])
        _fill(self.week_table, [[s.name, s.attempts, s.reached] for s in week.by_staff])

    def _ask_path(self, name: str, kind: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存"), str(Path.home() / f"{name}.{kind}"),
                                              f"{kind.upper()} (*.{kind})")
        if not path:
            return None
        return Path(path if path.endswith(f".{kind}") else f"{path}.{kind}")

    def print_month(self) -> None:
        from reports import complaint_statistics

        stats = self._month()
        name = f"客诉案件统计表_{stats.year}{stats.month:02d}"
        printing.preview(self, name, f"{name}.pdf",
                         lambda target: complaint_statistics.build(target, stats, settings.branch_name()))

    def export_month(self) -> None:
        stats = self._month()
        path = self._ask_path(f"客诉案件统计表_{stats.year}{stats.month:02d}", "xlsx")
        if path is not None:
            excel.write_sheet(path, "客诉案件统计表", HEADERS, complaint_stats.monthly_rows(stats))

    def export_week(self) -> None:
        week = self._week()
        path = self._ask_path(f"回访满意度分析_{week.week_start:%Y%m%d}", "xlsx")
        if path is None:
            return
        rows = [["满意度", s.name, s.count, f"{s.share:.1%}"] for s in week.satisfaction]
        rows += [["回访人", s.name, s.attempts, f"联系上 {s.reached}"] for s in week.by_staff]
        rows += [["合计", "回访次数", week.attempts, ""], ["合计", "联系上", week.reached, ""],
                 ["合计", "72小时内", week.on_time, ""], ["合计", "按无法联系结案", week.closed_unreachable, ""]]
        excel.write_sheet(path, "回访满意度分析", HEADERS, rows)
