"""从 Excel 导入客户: choose the file, map its columns, preview every row's check, import the valid rows."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Staff
from desktop.services.customers import excel_import
from desktop.services.customers.excel_import import ImportSummary, RowCheck, Sheet
from desktop.ui.service_text import message
from desktop.ui.widgets.background import Progress, failure_text
from desktop.ui.widgets.progress import run_with_progress

BAD = QColor("#FBE3E3")
DUPLICATE = QColor("#FFF4DC")
ERROR_STYLE = "color: #c0392b;"


class ImportDialog(QDialog):
    def __init__(self, user: Staff, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.sheet: Sheet | None = None
        self.checks: list[RowCheck] = []
        self.summary: ImportSummary | None = None
        self.mapping_boxes: dict[str, QComboBox] = {}
        self.setWindowTitle(self.tr("从 Excel 导入客户"))
        self.resize(1000, 720)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.choose_button = QPushButton(self.tr("选择文件…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.file_label = QLabel(self.tr("请选择客户表格（.xlsx，第一行为列标题）。"))
        top.addWidget(self.choose_button)
        top.addWidget(self.file_label, 1)
        layout.addLayout(top)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.mapping_group = QGroupBox(self.tr("列对应（* 为必选）"))
        self.mapping_layout = QGridLayout(self.mapping_group)
        layout.addWidget(self.mapping_group)
        self.preview = QTableWidget(0, 4)
        self.preview.setHorizontalHeaderLabels([self.tr("行号"), self.tr("名称"), self.tr("电话"), self.tr("检查结果")])
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.preview.verticalHeader().hide()
        layout.addWidget(self.preview, 1)
        self.counts = QLabel()
        self.counts.setObjectName("counts")
        layout.addWidget(self.counts)
        buttons = QHBoxLayout()
        self.check_button = QPushButton(self.tr("检查"))
        self.check_button.clicked.connect(self.run_check)
        self.import_button = QPushButton(self.tr("导入有效行"))
        self.import_button.clicked.connect(self.run_import)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.reject)
        buttons.addStretch(1)
        for button in (self.check_button, self.import_button, close):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self._set_ready()

    def _set_ready(self) -> None:
        self.check_button.setEnabled(self.sheet is not None)
        self.import_button.setEnabled(any(result.ok for result in self.checks))

    # step 1: the file
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择客户表格"), "", "Excel (*.xlsx);;*")
        if path:
            self.load(path)

    def load(self, path: str | Path) -> None:
        self.checks = []
        self.preview.setRowCount(0)
        self.counts.clear()
        self.sheet = self._run(self.tr("正在读取表格…"), lambda progress: excel_import.read_workbook(path, progress))
        if self.sheet is None:
            self._set_ready()
            return
        self.file_label.setText(self.tr("%1：工作表「%2」，%3 行数据").replace("%1", Path(path).name).replace(
            "%2", self.sheet.name).replace("%3", str(len(self.sheet.rows))))
        self._build_mapping(excel_import.guess_mapping(self.sheet.headers))
        self._set_ready()

    # step 2: the columns
    def _build_mapping(self, guessed: dict[str, int]) -> None:
        while self.mapping_layout.count():
            self.mapping_layout.takeAt(0).widget().deleteLater()
        self.mapping_boxes.clear()
        for index, (field, title) in enumerate(excel_import.FIELDS.items()):
            label = QLabel(title + (" *" if field in excel_import.REQUIRED else ""))
            box = QComboBox()
            box.setObjectName(f"map_{field}")
            box.addItem(self.tr("（不导入）"), None)
            for column, header in enumerate(self.sheet.headers):
                box.addItem(header, column)
            box.setCurrentIndex(box.findData(guessed[field]) if field in guessed else 0)
            self.mapping_boxes[field] = box
            row, col = divmod(index, 4)
            self.mapping_layout.addWidget(label, row, col * 2)
            self.mapping_layout.addWidget(box, row, col * 2 + 1)

    def mapping(self) -> dict[str, int]:
        return {field: box.currentData() for field, box in self.mapping_boxes.items() if box.currentData() is not None}

    # step 3: the preview
    def run_check(self) -> None:
        sheet, mapping, user = self.sheet, self.mapping(), self.user
        checks = self._run(self.tr("正在检查每一行…"), lambda _progress: excel_import.check(user, sheet, mapping))
        if checks is not None:
            self.show_checks(checks)

    def show_checks(self, checks: list[RowCheck]) -> None:
        self.checks = checks
        self.preview.setRowCount(len(checks))
        for row, result in enumerate(checks):
            color = None if result.ok else (DUPLICATE if result.duplicate or result.pending else BAD)
            values = [str(result.row_number), result.form.name, result.form.phone,
                      self.tr("可导入") if result.ok else message(result.message())]
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if color is not None:
                    item.setBackground(color)
                self.preview.setItem(row, column, item)
        good = sum(result.ok for result in checks)
        duplicates = sum(bool(result.duplicate) for result in checks)
        pending = sum(bool(result.pending) for result in checks)
        counts = self.tr("共 %1 行：可导入 %2 行，重复 %3 行，有错误 %4 行（有问题的行不会导入）。").replace(
            "%1", str(len(checks))).replace("%2", str(good)).replace("%3", str(duplicates)).replace(
            "%4", str(len(checks) - good - duplicates - pending))
        if pending:
            counts += self.tr("另有 %1 行的号码正在由其他席位导入，请在其导入完成后重新检查这些行。").replace(
                "%1", str(pending))
        self.counts.setText(counts)
        self._set_ready()

    # step 4: the import
    def run_import(self) -> None:
        checks, user = self.checks, self.user
        summary = self._run(self.tr("正在导入…"), lambda progress: excel_import.import_rows(user, checks,
                                                                                          progress=progress))
        if summary is not None:
            self.imported(summary)

    def imported(self, summary: ImportSummary) -> None:
        """The tab shows the summary once the dialog has closed."""
        self.summary = summary
        self.accept()

    def summary_text(self) -> str:
        first, last = self.summary.numbers
        return self.tr("已导入 %1 位客户（客户编号 %2 至 %3），跳过 %4 行。").replace(
            "%1", str(self.summary.imported)).replace("%2", first).replace("%3", last).replace(
            "%4", str(self.summary.skipped))

    def _run(self, text: str, work: Callable[[Progress], Any]) -> Any:
        """Slow work off the window's thread behind the progress dialog; a refusal, a cancel or an unexpected error
        is shown above the preview and gives None."""
        self.message.clear()
        try:
            return run_with_progress(self, text, work)
        except Exception as error:
            self.message.setText(failure_text(error, self.tr("发生意外错误：%1")))
            return None
