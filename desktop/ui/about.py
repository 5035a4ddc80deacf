"""帮助 → 关于客服台: version, where the data is, the last backup, and the licences of everything bundled."""

import datetime
import html
import platform
from pathlib import Path

import holidays
import openpyxl
import peewee
import pypinyin
import PySide6
import reportlab
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__, engine
from desktop.logs import default_log_file
from desktop.paths import FONT_FILE, ICONS, data_folder
from desktop.services import settings

FONT_LICENCE = FONT_FILE.with_name("wqy-microhei-LICENSE.txt")


class AboutDialog(QDialog):
    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.setWindowTitle(self.tr("关于客服台"))
        self.resize(680, 520)
        layout = QVBoxLayout(self)
        layout.addLayout(self._heading())
        tabs = QTabWidget()
        tabs.addTab(self._facts(), self.tr("概况"))
        tabs.addTab(self._licences(), self.tr("许可证"))
        layout.addWidget(tabs)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        open_folder = buttons.addButton(self.tr("打开数据文件夹"), QDialogButtonBox.ButtonRole.ActionRole)
        open_folder.clicked.connect(self.open_data_folder)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _heading(self) -> QHBoxLayout:
        row = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(QPixmap(str(ICONS / "kefutai.png")).scaled(
            64, 64, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))
        row.addWidget(icon)
        title = QLabel(self.tr("<h2>客服台</h2>分店客服与销售部工作台"))
        row.addWidget(title, 1)
        return row

    def _value(self, name: str, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _facts(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(self.tr("版本"), self._value("version", __version__))
        form.addRow(self.tr("分店"), self._value("branch", settings.branch_name()))
        form.addRow(self.tr("数据库文件"), self._value("database", engine.display_name(self.db_path)))
        form.addRow(self.tr("数据文件夹"), self._value("data_folder", str(data_folder())))
        form.addRow(self.tr("日志文件"), self._value("log_file", str(default_log_file())))
        form.addRow(self.tr("最近一次备份"), self._value("last_backup", self.last_backup_text()))
        return page

    def last_backup_text(self) -> str:
        value = settings.get("last_backup_at")
        if not value:
            return self.tr("尚未备份")
        try:
            return datetime.datetime.fromisoformat(value).strftime("%Y-%m-%d %H:%M")
        except ValueError:
            return value

    def components(self) -> list[tuple[str, str, str, str]]:
        """Everything the bundle ships: name, version, licence, what it does here."""
        return [
            ("文泉驿微米黑 WenQuanYi Micro Hei", "0.2.0-beta", "Apache-2.0", self.tr("界面与打印字体")),
            ("Qt / PySide6", PySide6.__version__, "LGPL-3.0", self.tr("窗口界面")),
            ("Python", platform.python_version(), "PSF-2.0", self.tr("运行环境")),
            ("peewee", peewee.__version__, "MIT", self.tr("数据库访问")),
            ("ReportLab", reportlab.Version, "BSD", self.tr("PDF 表单与报表")),
            ("openpyxl", openpyxl.__version__, "MIT", self.tr("导出 Excel")),
            ("pypinyin", pypinyin.__version__, "MIT", self.tr("按拼音查找")),
            ("holidays", holidays.__version__, "MIT", self.tr("法定节假日")),
        ]

    def _licences(self) -> QTextBrowser:
        rows = "".join(
            "<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>" for row in self.components())
        header = "".join(f"<th align='left'>{html.escape(cell)}</th>" for cell in (
            self.tr("组件"), self.tr("版本"), self.tr("许可证"), self.tr("用途")))
        note = self.tr("Qt 与 PySide6 以独立的动态库随程序提供，可按 LGPL-3.0 自行替换为同版本的其他构建。")
        font_text = FONT_LICENCE.read_text(encoding="utf-8") if FONT_LICENCE.exists() else ""
        browser = QTextBrowser()
        browser.setObjectName("licences")
        browser.setOpenExternalLinks(True)
        browser.setHtml(
            f"<table cellspacing='0' cellpadding='4'><tr>{header}</tr>{rows}</table>"
            f"<p>{html.escape(note)}</p>"
            f"<h3>{html.escape(self.tr('字体许可证全文'))}</h3>"
            f"<pre style='white-space: pre-wrap'>{html.escape(font_text)}</pre>")
        return browser

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_folder())))
