"""The program's log: a rotating file in the data folder that also receives Qt's own warnings."""

import logging
import platform
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

from desktop import __version__
from desktop.paths import data_folder

MAX_BYTES = 1_000_000
BACKUP_COUNT = 5  # kefutai.log plus kefutai.log.1 … .5: a few weeks of an ordinary office's use
FORMAT = "%(asctime)s %(levelname)s [%(process)d] %(name)s: %(message)s"
QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
_handler: RotatingFileHandler | None = None


def default_log_file() -> Path:
    return data_folder() / "logs" / "kefutai.log"


def start(log_file: Path | None = None) -> Path:
    """Send the program's log (and Qt's) to a rotating file; returns the file's path."""
    global _handler
    log_file = log_file or default_log_file()
    log_file.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    _handler = RotatingFileHandler(log_file, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
    _handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(_handler)
    root.setLevel(logging.INFO)
    qInstallMessageHandler(_qt_message)
    logging.getLogger("kefutai").info("客服台 %s 启动（Python %s，PySide6 %s，%s）", __version__,
                                      platform.python_version(), pyside_version, platform.platform())
    return log_file


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    logging.getLogger("qt").log(QT_LEVELS.get(kind, logging.INFO), message)
