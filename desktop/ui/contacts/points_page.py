"""拜访积分: the month's points per salesperson against the 30-point bar, and one salesperson's visit plan
against the actual visits month by month (访问计划完成表)."""


from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Staff
from desktop.services import clock, settings
from desktop.services.contacts import visit_points
from desktop.services.contacts.visit_points import TARGET
from desktop.services.errors import RuleError
from desktop.services.files import excel
from desktop.services.paging import Page
from desktop.ui.widgets import export, file_dialogs, messages, printing
from desktop.ui.widgets.customer_picker import CustomerPicker
from desktop.ui.widgets.lazy_table import Column, LazyTableModel
from desktop.ui.widgets.list_table import list_table

FLAGGED = QColor("#FBE3E3")



def _month_cell(row: visit_points.PlanRow, month: int) -> str:
    planned, actual = row.planned[month], row.actual[month]
    return f"{planned}/{actual}" if planned or actual else ""


def plan_columns() -> list[Column]:
    """访问计划完成表: a salesperson may have thousands of customers, so the rows are shown page by page."""
    month = QCoreApplication.translate("PlanColumns", "%1月")
    months = [Column(month.replace("%1", str(m + 1)), lambda r, m=m: _month_cell(r, m),
                     align=Qt.AlignmentFlag.AlignCenter) for m in range(12)]
    return [Column(QCoreApplication.translate("PlanColumns", "客户"), lambda r: r.customer_name),
            Column(QCoreApplication.translate("PlanColumns", "联系人"), lambda r: r.main_contact),
            Column(QCoreApplication.translate("PlanColumns", "电话"), lambda r: r.phone), *months]


class PointsPage(QWidget):
    """Empty until refresh(), which the contacts tab calls each time the page is shown (not at start-up)."""

    def __init__(self, user: Staff, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.rows: list[visit_points.PointsRow] = []
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("月份")))
        self.month = QDateEdit(QDate(clock.today()))
        self.month.setObjectName("points_month")
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setCalendarPopup(True)
        self.month.dateChanged.connect(self.refresh)
        bar.addWidget(self.month)
        self.summary = QLabel()
        self.summary.setObjectName("points_summary")
        bar.addWidget(self.summary, 1)
        print_button = QPushButton(self.tr("打印积分表…"))
        print_button.clicked.connect(self.print_current)
        bar.addWidget(print_button)
        layout.addLayout(bar)
        self.points_model = QStandardItemModel(self)
        self.points_table = list_table("points_table", self.points_model)
        self.points_table.clicked.connect(self._pick_salesperson)
        layout.addWidget(self.points_table, 1)
        layout.addLayout(self._plan_bar())
        self.plan_staff: int | None = None  # whose year plan the table pages through
        self.plan_model = LazyTableModel(plan_columns(), self._plan_page, parent=self)
        self.plan_table = list_table("plan_table", self.plan_model)
        layout.addWidget(self.plan_table, 1)

    def _plan_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.plan_title = QLabel()
        bar.addWidget(self.plan_title)
        self.salesperson = QComboBox()
        self.salesperson.setObjectName("plan_salesperson")
        self.salesperson.currentIndexChanged.connect(self.refresh_plan)
        bar.addWidget(self.salesperson)
        bar.addStretch()
        bar.addWidget(QLabel(self.tr("本月计划：客户")))
        self.plan_customer = CustomerPicker(self.user)
        self.plan_customer.setObjectName("plan_customer")
        bar.addWidget(self.plan_customer, 1)
        self.planned = QSpinBox()
        self.planned.setObjectName("planned")
        self.planned.setRange(0, visit_points.MAX_PLANNED)
        self.planned.setSuffix(self.tr(" 次"))
        bar.addWidget(self.planned)
        save = QPushButton(self.tr("保存计划"))
        save.setObjectName("save_plan")
        save.clicked.connect(self.save_plan)
        bar.addWidget(save)
        return bar

    def year_month(self) -> tuple[int, int]:
        day = self.month.date()
        return day.year(), day.month()

    def refresh(self) -> None:
        year, month = self.year_month()
        self.rows = visit_points.month_points(year, month)
        self.points_model.clear()
        self.points_model.setHorizontalHeaderLabels(
            [self.tr("工号"), self.tr("姓名"), self.tr("班组"), self.tr("外出拜访"), self.tr("来访接待"),
             self.tr("积分"), self.tr("差额"), self.tr("计划拜访"), self.tr("标记")])
        for row in self.rows:
            items = [QStandardItem(str(v)) for v in self._values(row)]
            for item in items:
                if row.flagged:
                    item.setBackground(FLAGGED)
            self.points_model.appendRow(items)
        flagged = sum(1 for r in self.rows if r.flagged)
        self.summary.setText(self.tr("每人每月至少 %1 分；%2 人少 3 分及以上（红色）。").replace(
            "%1", str(TARGET)).replace("%2", str(flagged)))
        chosen = self.salesperson.currentData()
        self.salesperson.blockSignals(True)
        self.salesperson.clear()
        for row in self.rows:
            self.salesperson.addItem(f"{row.code} {row.name}", row.staff_id)
        self.salesperson.setCurrentIndex(max(self.salesperson.findData(chosen or self.user.id), 0))
        self.salesperson.blockSignals(False)
        self.refresh_plan()

    def _pick_salesperson(self) -> None:
        index = self.points_table.currentIndex()
        if index.isValid():
            self.salesperson.setCurrentIndex(index.row())

    def refresh_plan(self) -> None:
        year, _ = self.year_month()
        self.plan_title.setText(self.tr("%1年 访问计划完成表：").replace("%1", str(year)))
        staff_id = self.salesperson.currentData()
        self.plan_staff = staff_id
        self.plan_model.reload()
        self.plan_table.setToolTip(self.tr("每格为 计划/实际 拜访次数"))

    def _plan_page(self, page: Page) -> list[visit_points.PlanRow]:
        if self.plan_staff is None:
            return []
        return visit_points.plan_year(self.user, self.plan_staff, self.year_month()[0], page)

    def save_plan(self) -> None:
        staff_id, customer = self.salesperson.currentData(), self.plan_customer.chosen
        if staff_id is None or customer is None:
            messages.info(self, self.tr("访问计划"), self.tr("请选择业务员，并从列表中选择客户。"))
            return
        year, month = self.year_month()
        try:
            visit_points.set_plan(self.user, staff_id, customer, year, month, self.planned.value())
        except RuleError as error:
            messages.refused(self, error)
            return
        self.refresh()

    def print_current(self) -> None:
        from reports import visit_points as points_pdf

        year, month = self.year_month()
        rows = self.rows
        printing.preview(self, self.tr("业务积分表"), f"业务积分表_{year}{month:02d}.pdf",
                         lambda target: points_pdf.build(target, year, month, rows, settings.branch_name()))

    def _values(self, row: visit_points.PointsRow) -> list[object]:
        """One row as shown and as exported (the counts as numbers)."""
        return [row.code, row.name, row.team, row.visits, row.receptions, row.points, row.short or "",
                row.planned or "", self.tr("少 %n 分", "", row.short) if row.flagged else ""]

    def export_excel(self) -> None:
        year, month = self.year_month()
        path = file_dialogs.save_path(self, file_dialogs.EXPORTS, self.tr("导出到 Excel"),
                                      f"业务积分_{year}{month:02d}.xlsx", "Excel (*.xlsx)")
        if path:
            headers = [self.points_model.headerData(c, Qt.Orientation.Horizontal)
                       for c in range(self.points_model.columnCount())]
            rows = [self._values(row) for row in self.rows]
            title = self.tr("%1年%2月业务积分").replace("%1", str(year)).replace("%2", str(month))
            try:
                excel.write_sheet(path, title, headers, rows, export.heading(title, self.user))
            except RuleError as error:
                messages.refused(self, error)
                return
            messages.info(self, self.tr("导出完成"), path)

