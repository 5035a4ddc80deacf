"""文件 → 备份到U盘/文件夹: USB sticks offered first, any folder choosable, and the backup settings."""

import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop import engine
from desktop.models import Staff
from desktop.services.errors import RuleError
from desktop.services.files import backup, eject, schedule
from desktop.ui.files.drives import removable_volumes
from desktop.ui.service_text import message
from desktop.ui.widgets import file_dialogs, messages
from desktop.ui.widgets.forms import ErrorForm
from desktop.ui.widgets.progress import run_with_progress

TARGET = Qt.ItemDataRole.UserRole  # (folder, create the folder on a stick's root)


class BackupDialog(QDialog):
    backed_up = Signal(object)  # BackupResult

    def __init__(self, user: Staff, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.db_path = engine.as_target(db_path)
        self.result: backup.BackupResult | None = None
        self.setWindowTitle(self.tr("备份到U盘/文件夹"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("程序运行时也可以备份。数据库会被完整复制到所选位置，读回校验通过后才以正式文件名保存；"
                               "任何一步出错都不会留下不完整的备份，也不会改动当前数据库。"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("备份到：")))
        self.targets = QListWidget()
        self.targets.setObjectName("targets")
        self.targets.setMinimumHeight(120)
        self.targets.itemDoubleClicked.connect(self.start_backup)
        layout.addWidget(self.targets)
        row = QHBoxLayout()
        refresh = QPushButton(self.tr("刷新"))
        refresh.clicked.connect(self.refresh_targets)
        choose = QPushButton(self.tr("选择其他文件夹…"))
        choose.clicked.connect(self._ask_folder)
        row.addWidget(refresh)
        row.addWidget(choose)
        row.addStretch()
        layout.addLayout(row)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        layout.addWidget(self._settings_box())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.start_button = buttons.addButton(self.tr("开始备份"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.start_button.setObjectName("start")
        self.start_button.setDefault(True)
        buttons.accepted.connect(self.start_backup)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh_targets()

    def _settings_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("自动备份与提醒"))
        column = QVBoxLayout(box)
        note = QLabel(self.tr("每天第一次使用和退出程序时，会自动在本机保存一份副本：%1").replace(
            "%1", str(schedule.automatic_folder(self.db_path))))
        note.setWordWrap(True)
        column.addWidget(note)
        self.settings_form = ErrorForm()
        self.remind_days = QSpinBox()
        self.remind_days.setRange(0, 999)
        self.remind_days.setSuffix(self.tr(" 天"))
        self.remind_days.setValue(schedule.setting("backup_remind_days"))
        self.auto_keep = QSpinBox()
        self.auto_keep.setRange(0, 999)
        self.auto_keep.setSuffix(self.tr(" 份"))
        self.auto_keep.setValue(schedule.setting("backup_auto_keep"))
        self.settings_form.add_field(self.tr("超过多少天未备份时提醒主任"), self.remind_days, "backup_remind_days")
        self.settings_form.add_field(self.tr("本机自动备份保留"), self.auto_keep, "backup_auto_keep")
        column.addLayout(self.settings_form)
        row = QHBoxLayout()
        self.settings_saved = QLabel()
        save = QPushButton(self.tr("保存设置"))
        save.clicked.connect(self.save_settings)
        row.addWidget(self.settings_saved, 1)
        row.addWidget(save)
        column.addLayout(row)
        return box

    def refresh_targets(self) -> None:
        self.targets.clear()
        for volume in removable_volumes():
            text = self.tr("U盘「%1」 %2 — 可用 %3 GB").replace("%1", volume.label).replace(
                "%2", str(volume.root)).replace("%3", f"{volume.free / 1e9:.1f}")
            if volume.read_only:
                text += self.tr("（只读）")
            self._add_target(text, volume.root / backup.USB_FOLDER, create=True)
        if not self.targets.count():
            hint = QListWidgetItem(self.tr("未发现U盘。请插入U盘后点击「刷新」，或选择其他文件夹。"))
            hint.setFlags(Qt.ItemFlag.NoItemFlags)
            self.targets.addItem(hint)
        last_at, last_place = schedule.last_backup()
        if last_place and Path(last_place).parent.is_dir():
            self._add_target(self.tr("上次备份的文件夹：%1").replace("%1", str(Path(last_place).parent)),
                             Path(last_place).parent, create=False, select=False)
        self._show_summary(last_at, last_place)

    def _show_summary(self, last_at: datetime.datetime | None, last_place: str) -> None:
        size = backup.database_size(self.db_path)
        last = (self.tr("%1 → %2").replace("%1", f"{last_at:%Y-%m-%d %H:%M}").replace("%2", last_place)
                if last_at else self.tr("从未备份"))
        self.summary.setText(self.tr("数据库：%1（%2 MB）\n上次备份：%3").replace(
            "%1", engine.display_name(self.db_path)).replace("%2", f"{size / 1e6:.1f}").replace("%3", last))

    def _add_target(self, text: str, folder: Path, create: bool, select: bool = True) -> None:
        if any(self.targets.item(row).data(TARGET) and Path(self.targets.item(row).data(TARGET)[0]) == folder
               for row in range(self.targets.count())):
            return
        item = QListWidgetItem(text)
        item.setData(TARGET, (str(folder), create))
        self.targets.addItem(item)
        if select and self.targets.currentItem() is None:
            self.targets.setCurrentItem(item)

    def choose_folder(self, folder: Path) -> None:
        """Offer `folder` as a target and select it."""
        self._add_target(self.tr("文件夹：%1").replace("%1", str(folder)), Path(folder), create=False, select=False)
        self.targets.setCurrentRow(self.targets.count() - 1)

    def _ask_folder(self) -> None:
        folder = file_dialogs.folder_path(self, file_dialogs.BACKUPS, self.tr("选择备份文件夹"))
        if folder:
            self.choose_folder(Path(folder))

    def start_backup(self) -> None:
        item = self.targets.currentItem()
        if item is None or not item.data(TARGET):
            messages.refused(self, RuleError(self.tr("请先选择备份位置：插入U盘并点击「刷新」，或选择其他文件夹。")))
            return
        folder, create = item.data(TARGET)
        try:
            result = run_with_progress(self, self.tr("正在备份…"), lambda progress: backup.make_backup(
                self.user, self.db_path, Path(folder), create_folder=create, progress=progress))
        except RuleError as error:
            messages.refused(self, error)
            return
        schedule.record_backup(self.user, result)
        self.result = result
        self.backed_up.emit(result)
        told = message(result.done_text())
        if create:  # a stick: let it go so that it can be pulled out
            root = Path(folder).parent
            ejected = run_with_progress(self, self.tr("正在弹出U盘…"), lambda progress: eject.eject(root))
            told += "\n\n" + (self.tr("U盘已弹出，现在可以拔下。") if ejected else
                                self.tr("现在可以拔下U盘：请先在系统中“弹出”或“安全删除”它，再拔下。"))
        messages.info(self, self.tr("备份完成"), told)
        self.accept()

    def save_settings(self) -> None:
        try:
            schedule.save_settings(self.user, self.remind_days.value(), self.auto_keep.value())
        except RuleError as error:
            self.settings_saved.clear()
            self.settings_form.show_error(error)
            return
        self.settings_form.clear_errors()
        self.settings_saved.setText(self.tr("设置已保存。"))
