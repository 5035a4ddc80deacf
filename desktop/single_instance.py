"""One running program per database file: a second start brings the running window to the front and quits.

The first program holds a QLockFile (in the temporary folder, named after the database's path) and listens on a
QLocalServer of the same name. A later start that cannot take the lock sends "show" to that server. After a crash
the lock file names a process that no longer runs, so QLockFile treats it as stale and the next start takes it.
The lock is taken at once; the server (and QtNetwork, 50 ms to import) comes a moment later, once the first
window is up: a later start that finds the lock taken retries for a few seconds before it gives up.
"""

import atexit
import hashlib
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDir, QLockFile, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from desktop.ui.widgets import messages

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalSocket

SHOW = b"show\n"
SHOWN = b"shown\n"
ATTEMPTS = 5  # the first program may hold the lock a moment before it listens
WAIT_MS = 1000
LISTEN_AFTER_MS = 300  # after the first window has painted
log = logging.getLogger(__name__)


def key_for(db_path: Path) -> str:
    """The same database file always gives the same name, however it was spelled on the command line."""
    from desktop import engine

    resolved = engine.display_name(db_path) if engine.is_server(db_path) else os.path.normcase(
        str(Path(db_path).resolve()))
    return "kefutai-" + hashlib.sha256(resolved.encode("utf-8")).hexdigest()[:20]


class RunningInstance(QObject):
    """Held by the first program while it runs: the lock, and the server a later start calls."""

    activated = Signal()

    def __init__(self, key: str, lock: QLockFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lock = lock
        self.key = key
        self.server = None
        self.activated.connect(bring_to_front)
        atexit.register(self.lock.unlock)
        QTimer.singleShot(LISTEN_AFTER_MS, self.listen)

    def listen(self) -> None:
        from PySide6.QtNetwork import QLocalServer

        if self.server is not None:
            return
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(self.key)  # a crashed program leaves its socket file behind on Linux
        if not self.server.listen(self.key):
            log.warning("无法监听 %s：%s", self.key, self.server.errorString())
        self.server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda socket=socket: self._read(socket))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: "QLocalSocket") -> None:
        if socket.canReadLine() and bytes(socket.readLine().data()) == SHOW:
            log.info("又一次启动了客服台：显示已打开的窗口")
            self.activated.emit()
            socket.write(SHOWN)
            socket.flush()


def claim(db_path: Path) -> RunningInstance | None:
    """Become the program for this database, or (returning None) ask the one already running to come forward."""
    key = key_for(db_path)
    lock = QLockFile(os.path.join(QDir.tempPath(), f"{key}.lock"))
    lock.setStaleLockTime(0)  # stale only when its process is gone: a program open all day keeps its lock
    if lock.tryLock(0):
        return RunningInstance(key, lock, QCoreApplication.instance())
    if lock.error() != QLockFile.LockError.LockFailedError:
        # no lock file can be made at all (temporary folder missing or read-only): letting the clerk work matters
        # more than guarding against a second window
        log.warning("无法创建锁文件 %s（%s），不检查客服台是否已经打开", lock.fileName(), lock.error())
        return RunningInstance(key, lock, QCoreApplication.instance())
    if not ask_to_show(key):
        messages.info(None, QCoreApplication.translate("single_instance", "客服台"), QCoreApplication.translate(
            "single_instance", "客服台已经打开了这个数据库（%1），但它没有回应。\n"
            "请在任务栏中找到客服台的窗口；如果找不到，请注销后重新登录电脑再打开。").replace("%1", str(db_path)))
    return None


def ask_to_show(key: str) -> bool:
    """Send "show" to the running program; True once it answers."""
    from PySide6.QtNetwork import QLocalSocket

    if sys.platform == "win32":
        import ctypes

        ctypes.windll.user32.AllowSetForegroundWindow(-1)  # ASFW_ANY: Windows lets only us hand over the focus
    for _ in range(ATTEMPTS):
        socket = QLocalSocket()
        socket.connectToServer(key)
        if socket.waitForConnected(WAIT_MS):
            socket.write(SHOW)
            socket.waitForBytesWritten(WAIT_MS)
            answered = socket.waitForReadyRead(WAIT_MS * 3) and bytes(socket.readLine().data()) == SHOWN
            socket.disconnectFromServer()
            return answered
        QThread.msleep(WAIT_MS // 5)
    return False


def front_window() -> QWidget | None:
    """The window the user should see: an open dialog (login, a form) first, else the main window."""
    modal = QApplication.activeModalWidget()
    if modal is not None:
        return modal
    windows = [widget for widget in QApplication.topLevelWidgets() if widget.isVisible()]
    main = [widget for widget in windows if isinstance(widget, QMainWindow)]
    return (main or windows or [None])[0]


def bring_to_front() -> None:
    window = front_window()
    if window is None:
        return
    window.setWindowState((window.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive)
    window.show()
    window.raise_()
    window.activateWindow()
