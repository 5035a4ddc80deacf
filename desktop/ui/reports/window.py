"""报表: the supervisor picks the daily, weekly or monthly report and its period, reads it on screen (figures,
charts, tables), previews the printed pages, prints them, or saves the PDF and the Excel workbook. The figures are
counted on a worker thread (a month of a large office takes most of a second), so the window opens at once."""

import datetime
import importlib
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Staff
from desktop.services import clock
from desktop.services.errors import RuleError
from desktop.services.files import whole_file
from desktop.services.reporting import catalog, periods
from desktop.services.reporting.layout import ReportLayout
from desktop.services.reporting.periods import Period
from desktop.ui.service_text import translated
from desktop.ui.widgets import file_dialogs, messages, report_parts
from desktop.ui.widgets.background import Job, failure_text
from desktop.ui.widgets.printing import PdfPreview, pdf_bytes, print_with_dialog

PDF_MODULES = {"daily": "daily_report", "weekly": "weekly_report", "monthly": "monthly_report"}  # in reports/
CHART_WIDTH = 380  # points: two charts side by side fit the window at the screen resolution below
CHART_DPI = 96


def _counted_and_drawn(user: Staff, period: Period) -> tuple[object, ReportLayout, ReportLayout, list[bytes]]:
    """On the worker: the report, its layout, the layout as the screen words it, and its charts drawn as the PDF
    draws them (ReportLab and its CJK font load here the first time: 0.6 s the window's thread no longer waits)."""
    from reportlab.graphics import renderPDF

    from reports import report_charts

    report, layout = catalog.build(user, period)
    shown = report_parts.shown_layout(layout, report_parts.period_words(period, layout.period))
    return report, layout, shown, [renderPDF.drawToString(report_charts.drawing(chart, CHART_WIDTH))
                                   for chart in shown.charts]


class ReportWindow(QWidget):
    def __init__(self, user: Staff, parent: QWidget | None = None, kind: str = "daily",
                 today: datetime.date | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.user = user
        self.today = today or clock.today()
        self.period: Period = periods.default("daily", self.today)
        self.layout_data: ReportLayout | None = None
        self.report: object = None
        self._pdf: bytes | None = None
        self.loading = False
        self._ticket = 0
        self._job: Job | None = None
        self.setWindowTitle(self.tr("报表"))
        self.resize(1100, 760)
        self.kind = QComboBox()
        self.kind.setObjectName("report_kind")
        for key, name in periods.KINDS.items():
            self.kind.addItem(translated(name), key)
        self.date = QDateEdit()
        self.date.setObjectName("report_date")
        self.date.setCalendarPopup(True)
        self.period_label = QLabel()
        self.period_label.setObjectName("report_period")
        self.pages = QTabWidget()
        self.pages.setObjectName("report_pages")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("报表")))
        bar.addWidget(self.kind)
        bar.addWidget(QLabel(self.tr("日期")))
        bar.addWidget(self.date)
        bar.addWidget(self.period_label, 1)
        self.report_buttons: list[QPushButton] = []  # they work on the report shown: off while one is counted
        for name, text, slot in (("preview", self.tr("打印预览…"), self.preview),
                                 ("print", self.tr("打印…"), self.print_report),
                                 ("save_pdf", self.tr("保存 PDF…"), self.ask_pdf),
                                 ("save_excel", self.tr("导出 Excel…"), self.ask_excel)):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            bar.addWidget(button)
            self.report_buttons.append(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.pages, 1)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.date.dateChanged.connect(self._date_changed)
        self.choose(kind)

    # ---------------------------------------------------------------------------------------------- the period
    def choose(self, kind: str, on: datetime.date | None = None) -> None:
        """Show the `kind` report for the period containing `on` (default: today, last week, last month)."""
        period = periods.of(kind, on) if on else periods.default(kind, self.today)
        self.kind.blockSignals(True)
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.kind.blockSignals(False)
        self.date.blockSignals(True)
        self.date.setDisplayFormat("yyyy-MM" if kind == "monthly" else "yyyy-MM-dd")
        self.date.setDate(QDate(period.first.year, period.first.month, period.first.day))
        self.date.blockSignals(False)
        self.show_period(period)

    def _kind_changed(self) -> None:
        self.choose(self.kind.currentData())

    def _date_changed(self, date: QDate) -> None:
        self.show_period(periods.of(self.kind.currentData(), date.toPython()))

    def show_period(self, period: Period) -> None:
        """Count the period's report on a worker thread and show it when it is ready; the newest request wins."""
        self._ticket += 1
        ticket, user = self._ticket, self.user
        self.period, self.loading = period, True
        self.period_label.setText(self.tr("正在统计 %1…").replace("%1", report_parts.period_words(period, period.text)))
        for button in self.report_buttons:
            button.setEnabled(False)
        self._job = Job(lambda _progress: (ticket, *_counted_and_drawn(user, period)))
        self._job.succeeded.connect(self._built)
        self._job.failed.connect(self._build_failed)  # a bound method: not called once the window is gone
        self._job.start()

    def _built(self, result: tuple) -> None:
        ticket, report, layout, shown, charts = result
        if ticket != self._ticket:
            return  # another period was asked for meanwhile
        self.report, self.layout_data, self._pdf = report, layout, None
        self.period_label.setText(shown.period)
        self._fill(shown, charts)
        for button in self.report_buttons:
            button.setEnabled(True)
        self.loading = False

    def _build_failed(self, error: Exception) -> None:
        if self.sender() is not self._job:
            return  # another period was asked for meanwhile
        self.loading = False
        self.period_label.setText("")
        refusal = error if isinstance(error, RuleError) else RuleError(failure_text(error, self.tr("报表统计失败：%1")))
        if self.isVisible():  # closed while counting: nobody is waiting for the answer
            messages.refused(self, refusal)

    # ---------------------------------------------------------------------------------------------- the screen
    def _overview(self, layout: ReportLayout, charts: list[bytes]) -> QWidget:
        from desktop.ui.widgets.pdf_pages import PdfPages

        page = QWidget()
        column = QVBoxLayout(page)
        title = QLabel(f"<h2>{layout.title}</h2>{layout.branch}　{layout.period}")
        title.setObjectName("report_title")
        column.addWidget(title)
        column.addLayout(report_parts.summary_grid(layout.summary))
        if layout.empty:
            nothing = QLabel(layout.empty_text)
            nothing.setObjectName("report_empty")
            nothing.setWordWrap(True)
            column.addWidget(nothing)
        grid = QGridLayout()
        for index, chart in enumerate(charts):
            picture = QLabel()
            picture.setObjectName(f"chart_{index}")
            picture.setPixmap(QPixmap.fromImage(PdfPages(chart).image(0, CHART_DPI)))
            grid.addWidget(picture, index // 2, index % 2)
        column.addLayout(grid)
        report_parts.add_notes(column, layout.notes)
        column.addStretch()
        scroll = QScrollArea()
        scroll.setWidget(page)
        scroll.setWidgetResizable(True)
        return scroll

    def _fill(self, layout: ReportLayout, charts: list[bytes]) -> None:
        while self.pages.count():
            page = self.pages.widget(0)
            self.pages.removeTab(0)
            page.setParent(None)  # back to Python, which frees it with its tables and pictures
        self.pages.addTab(self._overview(layout, charts), self.tr("概览"))
        for table in layout.tables:
            holder = QWidget()
            report_parts.add_table(QVBoxLayout(holder), table).setObjectName("report_table")
            self.pages.addTab(holder, report_parts.tab_name(table.title))

    def table_widgets(self) -> list[QTableWidget]:
        return [self.pages.widget(i).findChild(QTableWidget, "report_table") for i in range(1, self.pages.count())]

    # ---------------------------------------------------------------------------------------------- print and save
    def pdf_bytes(self) -> bytes:
        if self._pdf is None:
            module = importlib.import_module(f"reports.{PDF_MODULES[self.period.kind]}")
            self._pdf = pdf_bytes(lambda target: module.build(target, self.report))
        return self._pdf

    def preview_dialog(self) -> PdfPreview:
        """The print preview of the report's PDF pages (not yet shown)."""
        return PdfPreview(self.pdf_bytes(), self.layout_data.title, self._file_name("pdf"), self)

    def preview(self) -> None:
        self.preview_dialog().exec()

    def print_report(self) -> None:
        print_with_dialog(self, self.pdf_bytes(), self._file_name("pdf"))

    def _file_name(self, suffix: str) -> str:
        return catalog.file_name(self.layout_data, self.period, suffix)

    def save_pdf(self, path: Path) -> Path:
        data = self.pdf_bytes()
        return whole_file.written(path, lambda part: part.write_bytes(data))

    def save_excel(self, path: Path) -> Path:
        return catalog.save_workbook(path, self.layout_data, self.user)

    def _ask_path(self, suffix: str, kind: str) -> Path | None:
        folders = file_dialogs.PDFS if suffix == "pdf" else file_dialogs.EXPORTS
        path = file_dialogs.save_path(self, folders, self.tr("保存"), self._file_name(suffix), f"{kind} (*.{suffix})")
        if not path:
            return None
        return Path(path if path.endswith(f".{suffix}") else f"{path}.{suffix}")

    def ask_pdf(self) -> None:
        path = self._ask_path("pdf", "PDF")
        if path is None:
            return
        try:
            self.save_pdf(path)
        except RuleError as error:
            messages.refused(self, error)
            return
        messages.info(self, self.tr("已保存"), str(path))

    def ask_excel(self) -> None:
        path = self._ask_path("xlsx", "Excel")
        if path is None:
            return
        try:
            self.save_excel(path)
        except RuleError as error:
            messages.refused(self, error)
            return
        messages.info(self, self.tr("已导出"), str(path))
