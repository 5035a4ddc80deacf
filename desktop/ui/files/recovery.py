"""Start-up with a damaged database file: say so plainly and offer the newest verified backup (or one chosen).

Every start checks the file here; the dialog's own modules (backups, restore, progress, file dialogs) are imported
only when a file is found damaged."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop import engine
from desktop.services.errors import RuleError, Text
from desktop.services.files import location, restore
from desktop.ui.service_text import message
from desktop.ui.widgets import messages

if TYPE_CHECKING:
    from desktop.services.files.backup import BackupInfo


class DamagedDatabaseDialog(QDialog):
    """Accepted once a backup has replaced the damaged file (which is kept aside), or, when the file is missing,
    once the person chose to start a new empty database."""

    def __init__(self, db_path: Path, problem: Text, newest: BackupInfo | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = engine.as_target(db_path)
        self.newest = newest
        self.setWindowTitle(self.tr("客服台 — 数据库无法使用"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        for text in self._texts(problem):
            label = QLabel(text)
            label.setWordWrap(True)
            layout.addWidget(label)
        buttons = QDialogButtonBox()
        if newest is not None:
            self.restore_newest = buttons.addButton(self.tr("恢复这个备份"), QDialogButtonBox.ButtonRole.AcceptRole)
            self.restore_newest.setObjectName("restore_newest")
            self.restore_newest.clicked.connect(lambda: self.recover_from(newest))
        choose = buttons.addButton(self.tr("选择备份文件…"), QDialogButtonBox.ButtonRole.ActionRole)
        choose.clicked.connect(self._ask_file)
        if not self.db_path.exists() and not self.db_path.is_symlink():
            self.start_anew = buttons.addButton(self.tr("新建空数据库"), QDialogButtonBox.ButtonRole.DestructiveRole)
            self.start_anew.setObjectName("start_anew")
            self.start_anew.setToolTip(self.tr("之前的数据库的副本会保留，不会被新数据库的自动备份轮换删除。"))
            self.start_anew.clicked.connect(self.accept)
        buttons.addButton(self.tr("退出"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _texts(self, problem: Text) -> list[str]:
        missing = not self.db_path.exists()
        texts = [self.tr("<b>数据库文件不见了</b>") if missing else self.tr("<b>数据库文件无法使用</b>"),
                 self.tr("%1\n文件：%2").replace("%1", message(problem)).replace("%2", str(self.db_path))]
        if not missing:
            kept = self.tr("这个文件不会被删除或覆盖：恢复时它会被移到 %1 保留，以便日后抢救其中的数据。")
            texts.append(kept.replace("%1", str(restore.aside_folder(self.db_path))))
        return texts + [self._newest_text()]

    def _newest_text(self) -> str:
        if self.newest is None:
            return self.tr("本机没有找到可用的自动备份。请插入存有备份的U盘，然后选择备份文件。")
        info = self.newest
        return self.tr("最新的已校验备份：%1　%2\n%3\n%4").replace("%1", f"{info.made_at:%Y-%m-%d %H:%M}").replace(
            "%2", info.branch).replace("%3", message(info.count_summary())).replace("%4", str(info.path))

    def _ask_file(self) -> None:
        from desktop.ui.widgets import file_dialogs

        path = file_dialogs.open_path(self, file_dialogs.BACKUPS, self.tr("选择备份文件"), self.tr("客服台备份 (*.db)"))
        if path:
            self.choose_file(Path(path))

    def choose_file(self, path: Path) -> None:
        from desktop.ui.files.restore_dialog import RestoreConfirmation
        from desktop.ui.widgets.progress import run_with_progress

        try:
            info = run_with_progress(self, self.tr("正在校验备份…"), lambda _progress: restore.check_restorable(path))
        except RuleError as error:
            messages.refused(self, error)
            return
        kept = self.tr("损坏的数据库文件会移到 %1 保留，然后用这个备份代替它。").replace(
            "%1", str(restore.aside_folder(self.db_path)))
        confirmation = RestoreConfirmation(info, self.db_path, self, replaced_text=kept)
        if confirmation.exec() == QDialog.DialogCode.Accepted:
            self.recover_from(info)

    def recover_from(self, info: BackupInfo) -> None:
        from desktop.ui.widgets.progress import run_with_progress

        try:
            result = run_with_progress(self, self.tr("正在恢复…"), lambda progress: restore.recover(
                self.db_path, info.path, progress))
        except RuleError as error:
            messages.refused(self, error)
            return
        messages.info(self, self.tr("已恢复"), self.tr("已从备份恢复：\n%1\n\n损坏的文件保留在：\n%2").replace(
            "%1", str(info.path)).replace("%2", str(result.aside)))
        self.accept()


def recover_if_damaged(db_path: Path) -> bool:
    """True when the file is sound (or new) or has just been recovered; False when the person chose to quit, or the
    place of the file must be put right first (a folder in its place, no permission to write), which no copy mends."""
    if trouble := location.problem(db_path):
        messages.cannot_start(None, QCoreApplication.translate("recovery", "%1\n\n文件：%2").replace(
            "%1", message(trouble)).replace("%2", str(db_path)))
        return False
    problem = restore.diagnose(db_path)
    if problem is None:
        return True
    dialog = DamagedDatabaseDialog(db_path, problem, restore.newest_verified(db_path))
    return dialog.exec() == QDialog.DialogCode.Accepted
