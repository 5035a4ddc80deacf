"""值班公平: a month's or a year's night, weekend, holiday and 调休-day shifts, swaps, covers and leave per person
beside the team's average; more than one's share is shaded. Printed and exported to Excel."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Staff
from desktop.services import clock, settings
from desktop.services.errors import RuleError
from desktop.services.files import excel
from desktop.services.staffing import fairness
from desktop.ui import service_text
from desktop.ui.staffing.common import team_combo
from desktop.ui.widgets import export, messages, printing
from desktop.ui.widgets.list_table import ROW_HEIGHT

HEAVIER = QColor("#F8D7DA")
AVERAGE = QColor("#EEF1F5")


class FairnessPage(QWidget):

    def __init__(self, user: Staff, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.result: fairness.Table | None = None
        today = clock.today()
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.year = QSpinBox()
        self.year.setRange(2000, today.year + 5)
        self.year.setValue(today.year)
        self.year.setSuffix(self.tr(" 年"))
        self.month = QComboBox()
        self.month.addItem(self.tr("全年"), None)
        for number in range(1, 13):
            self.month.addItem(self.tr("%1月").replace("%1", str(number)), number)
        self.month.setCurrentIndex(today.month)
        self.team = team_combo(self.tr("全部班组"))
        if user.team_id is not None:
            self.team.setCurrentIndex(max(self.team.findData(user.team_id), 0))
        for label, widget in ((self.tr("年份"), self.year), (self.tr("月份"), self.month),
                              (self.tr("班组"), self.team)):
            row.addWidget(QLabel(label))
            row.addWidget(widget)
        row.addStretch()
        self.print_button = QPushButton(self.tr("打印"))
        self.export_button = QPushButton(self.tr("导出 Excel…"))
        row.addWidget(self.print_button)
        row.addWidget(self.export_button)
        layout.addLayout(row)
        self.table = QTableWidget()
        self.table.setObjectName("fairness")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.table.horizontalHeader().setMinimumSectionSize(76)
        layout.addWidget(self.table)
        self.note = QLabel(self.tr("按排班表统计；底色为比班组平均多半个或以上"
                                   "（夜班、周末班、节假日班、调休日班、顶班）。"))
        self.note.setStyleSheet("color: #555;")
        layout.addWidget(self.note)
        self.year.valueChanged.connect(self.reload)
        self.month.currentIndexChanged.connect(self.reload)
        self.team.currentIndexChanged.connect(self.reload)
        self.print_button.clicked.connect(self.print_table)
        self.export_button.clicked.connect(self.export_excel)
        self.reload()

    def reload(self) -> None:
        try:
            self.result = fairness.table(self.user, self.year.value(), self.month.currentData(),
                                         self.team.currentData())
        except RuleError as error:
            self.result = None
            self.table.clear()
            self.note.setText(service_text.error_message(error))
            return
        keys = list(fairness.COLUMNS)
        headers = [self.tr("班组"), self.tr("姓名"), *(service_text.translated(fairness.COLUMNS[k]) for k in keys)]
        lines = []
        for block in self.result.blocks:
            lines += [(block.team, service_text.message(row.person), row.counts, row.heavier, False)
                      for row in block.rows]
            lines.append((block.team, self.tr("班组平均"), block.average, frozenset(), True))
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(lines))
        for index, (team, person, counts, heavier, average) in enumerate(lines):
            cells = [team, person, *(fairness.number_text(counts.value(k)) for k in keys)]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if average:
                    item.setBackground(QBrush(AVERAGE))
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                elif column >= 2 and keys[column - 2] in heavier:
                    item.setBackground(QBrush(HEAVIER))
                self.table.setItem(index, column, item)
        self.table.resizeColumnsToContents()

    def _file_name(self) -> str:
        return f"值班公平统计_{self.result.period}" if self.result else "值班公平统计"

    def print_table(self) -> None:
        if self.result is None:
            return
        result = self.result

        def write(target: Path) -> None:
            from reports import duty_fairness

            duty_fairness.build(target, result, settings.branch_name())

        printing.preview(self, self.tr("值班公平统计"), f"{self._file_name()}.pdf", write)

    def export_excel(self) -> None:
        if self.result is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出到 Excel"), f"{self._file_name()}.xlsx",
                                              "Excel (*.xlsx)")
        if not path:
            return
        self.write_excel(path if path.endswith(".xlsx") else path + ".xlsx")

    def write_excel(self, path: str) -> None:
        try:
            period = service_text.message(self.result.period)
            title = self.tr("值班公平统计（%1）").replace("%1", period)
            excel.write_sheet(path, period, fairness.headers(), fairness.sheet_rows(self.result),
                              export.heading(title, self.user))
        except (OSError, RuleError) as error:
            messages.refused(self, error if isinstance(error, RuleError) else RuleError(str(error)))
            return
        messages.info(self, self.tr("导出完成"), self.tr("已导出到：") + f"\n{path}")
