"""文件 → 恢复: choose a backup, see what it holds (date, branch, counts), confirm, and log in again on it."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import engine
from desktop.models import Staff
from desktop.services import settings
from desktop.services.errors import RuleError
from desktop.services.files import backup, restore, schedule
from desktop.services.files.backup import BackupInfo
from desktop.ui.files.drives import removable_volumes
from desktop.ui.widgets import background, file_dialogs, messages
from desktop.ui.widgets.forms import ERROR_STYLE
from desktop.ui.widgets.progress import run_with_progress

PATH = Qt.ItemDataRole.UserRole
JOBS_WAIT_S = 5.0  # 今日 on a large office reads for a fifth of a second; a longer job (the daily check) is left


def backup_folders(db_path: Path) -> list[Path]:
    """Where backups are looked for: each stick (its 客服台备份 folder and root), the last target, the data folder."""
    folders = [folder for volume in removable_volumes() for folder in (volume.root / backup.USB_FOLDER, volume.root)]
    last_place = schedule.last_backup()[1]
    if last_place:
        folders.append(Path(last_place).parent)
    return [*folders, schedule.automatic_folder(db_path)]


class RestoreConfirmation(QDialog):
    """What the chosen backup holds, and what will happen to the current database."""

    def __init__(self, info: BackupInfo, db_path: Path, parent: QWidget | None = None,
                 replaced_text: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("确认恢复"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>用这个备份替换当前数据库？</b>")))
        form = QFormLayout()
        form.addRow(self.tr("备份时间："), QLabel(f"{info.made_at:%Y-%m-%d %H:%M}"))
        form.addRow(self.tr("分店："), QLabel(info.branch or self.tr("（未填写）")))
        form.addRow(self.tr("文件："), self._wrapped(str(info.path)))
        form.addRow(self.tr("大小："), QLabel(f"{info.size / 1e6:.1f} MB"))
        form.addRow(self.tr("完整性检查："), QLabel(self.tr("通过")))
        form.addRow(self.tr("结构版本："), QLabel(f"{info.schema_version}（{backup.SCHEMA_TEXT[info.schema]}）"))
        for name, label in backup.TABLE_LABELS.items():
            if name in info.counts:
                form.addRow(f"{label}：", QLabel(self.tr("%n 条", "", info.counts[name])))
        layout.addLayout(form)
        warning = self._wrapped(replaced_text or self.tr(
            "当前数据库会先另存到 %1，然后被替换。备份时间之后录入的内容不在这个备份里（仍保留在另存的文件中）。"
            "恢复后需要重新登录。").replace("%1", str(restore.aside_folder(db_path))))
        warning.setStyleSheet(ERROR_STYLE)
        layout.addWidget(warning)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm_button = buttons.addButton(self.tr("恢复"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm_button.setObjectName("confirm")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @staticmethod
    def _wrapped(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        return label


class RestoreDialog(QDialog):
    """Accepted once the program runs on the restored file (the caller then asks everyone to log in again)."""

    def __init__(self, user: Staff, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.db_path = engine.as_target(db_path)
        self.result: restore.RestoreResult | None = None
        self.setWindowTitle(self.tr("恢复"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("选择要恢复的备份。恢复前会先校验备份文件，并把当前数据库另存，不会丢失。"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.backups = QListWidget()
        self.backups.setObjectName("backups")
        self.backups.setMinimumHeight(160)
        self.backups.itemDoubleClicked.connect(self.check_selected)
        layout.addWidget(self.backups)
        row = QHBoxLayout()
        choose = QPushButton(self.tr("选择备份文件…"))
        choose.clicked.connect(self._ask_file)
        row.addWidget(choose)
        row.addStretch()
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.next_button = buttons.addButton(self.tr("下一步"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.next_button.setObjectName("next")
        buttons.accepted.connect(self.check_selected)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for path in backup.find_backups(backup_folders(self.db_path)):
            self.add_backup(path)
        if not self.backups.count():
            hint = QListWidgetItem(self.tr("没有找到备份。请插入存有备份的U盘，或点击「选择备份文件…」。"))
            hint.setFlags(Qt.ItemFlag.NoItemFlags)
            self.backups.addItem(hint)

    def add_backup(self, path: Path) -> None:
        item = QListWidgetItem(f"{backup.made_at_of(path, {}):%Y-%m-%d %H:%M}    {path.name}    （{path.parent}）")
        item.setData(PATH, str(path))
        item.setToolTip(str(path))
        self.backups.addItem(item)
        if self.backups.currentItem() is None or not self.backups.currentItem().data(PATH):
            self.backups.setCurrentItem(item)

    def choose_file(self, path: Path) -> None:
        self.add_backup(Path(path))
        self.backups.setCurrentRow(self.backups.count() - 1)

    def _ask_file(self) -> None:
        path = file_dialogs.open_path(self, file_dialogs.BACKUPS, self.tr("选择备份文件"), self.tr("客服台备份 (*.db)"))
        if path:
            self.choose_file(Path(path))

    def check_selected(self) -> None:
        item = self.backups.currentItem()
        if item is None or not item.data(PATH):
            messages.refused(self, RuleError(self.tr("请先选择一个备份。")))
            return
        path = Path(item.data(PATH))
        try:
            info = run_with_progress(self, self.tr("正在校验备份…"), lambda _progress: restore.check_restorable(path))
        except RuleError as error:
            messages.refused(self, error)
            return
        if self.confirm(info) and self.restore(info):
            self.accept()

    def confirm(self, info: BackupInfo) -> bool:
        return RestoreConfirmation(info, self.db_path, self).exec() == QDialog.DialogCode.Accepted

    def restore(self, info: BackupInfo) -> bool:
        try:
            prepared = run_with_progress(self, self.tr("正在准备恢复…"), lambda progress: restore.prepare_restore(
                self.user, info.path, self.db_path, progress))
            background.wait_for_running(JOBS_WAIT_S)  # the window's own reads on workers hold the file open
            self.result = restore.finish_restore(self.user, prepared)
        except RuleError as error:
            messages.refused(self, error)
            return False
        messages.info(self, self.tr("恢复完成"), self.tr(
            "已从备份恢复：\n%1\n\n恢复前的数据库已另存为：\n%2\n\n请重新登录。").replace(
            "%1", str(info.path)).replace("%2", str(self.result.aside)))
        return True


def log_in_again(window: QMainWindow) -> QMainWindow | None:
    """After a restore everyone logs in again, on the restored file, in a new main window."""
    from desktop.ui.login import LoginDialog
    from desktop.ui.session import hand_over

    login = LoginDialog(settings.branch_name(), window)
    if login.exec() != QDialog.DialogCode.Accepted:
        window.close()
        return None
    return hand_over(window, login.user)
