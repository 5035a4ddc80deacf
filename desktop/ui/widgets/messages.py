"""Every dialog box the program shows the user goes through here."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMainWindow, QMessageBox, QWidget

from desktop.services.errors import RuleError
from desktop.ui import service_text

SAVED_MS = 15_000


def info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def saved(widget: QWidget, text: str) -> None:
    """What was just saved, in the main window's status bar (no box to dismiss)."""
    window = widget.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, SAVED_MS)


def refused(parent: QWidget | None, error: RuleError) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("messages", "无法完成"), service_text.error_message(error))


def cannot_start(parent: QWidget | None, text: str) -> None:
    """Start-up stops: what is wrong and the way out (the program closes after this)."""
    QMessageBox.critical(parent, QCoreApplication.translate("messages", "客服台 — 无法启动"), text)


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def ask_reason(parent: QWidget | None, title: str, prompt: str) -> str | None:
    """A required reason (void, reassign, …); None when the user cancels."""
    text, ok = QInputDialog.getText(parent, title, prompt)
    return text.strip() if ok and text.strip() else None


def unexpected_error(parent: QWidget | None, log_file: Path) -> None:
    """An exception nobody expected: calm words, what happened to the data, and where the details are."""
    text = QCoreApplication.translate(
        "messages",
        "程序遇到了一个意外问题，刚才的操作没有完成。\n\n"
        "未完成的操作不会保存任何半截数据，之前已保存的记录都不受影响。您可以继续工作；"
        "如果问题反复出现，请重新启动客服台，并把下面的日志文件交给管理员。\n\n"
        "日志文件：%1").replace("%1", str(log_file))
    QMessageBox.warning(parent, QCoreApplication.translate("messages", "客服台 — 意外问题"), text)


def server_unreachable(parent: QWidget | None) -> None:
    """The office server did not answer during an action: nothing of it was saved; saving again once it is back
    works, the program connects again by itself."""
    text = QCoreApplication.translate(
        "messages",
        "连接不上办公室服务器，刚才的操作没有完成，也没有保存任何半截数据。\n\n"
        "请确认服务器电脑已开机、网络正常，然后再做一次（例如再点一次“保存”）；客服台会自动重新连接。")
    QMessageBox.warning(parent, QCoreApplication.translate("messages", "客服台 — 服务器连接中断"), text)


def choose(parent: QWidget | None, text: str, options: list[str]) -> int | None:
    """A warning with a button per option; the index of the one clicked (None: closed without choosing)."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("messages", "客服台"), text, parent=parent)
    buttons = [box.addButton(option, QMessageBox.ButtonRole.ActionRole) for option in options]
    box.exec()
    return buttons.index(box.clickedButton()) if box.clickedButton() in buttons else None
