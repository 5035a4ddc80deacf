"""The rotating log file in the data folder."""

import logging
from pathlib import Path

from PySide6.QtCore import qWarning

from desktop import __version__, logs


def test_start_writes_the_version_and_qt_warnings_to_the_file(log_file: Path) -> None:
    logging.getLogger("desktop.test").info("一条记录")
    qWarning("Qt 的警告")
    text = log_file.read_text(encoding="utf-8")
    assert f"客服台 {__version__} 启动" in text
    assert "INFO" in text and "desktop.test: 一条记录" in text
    assert "WARNING" in text and "qt: Qt 的警告" in text


def test_starting_again_writes_each_line_once(log_file: Path) -> None:
    again = logs.start(log_file)
    logging.getLogger("desktop.test").info("只写一次")
    assert again == log_file
    assert log_file.read_text(encoding="utf-8").count("只写一次") == 1


def test_the_default_log_lives_in_the_data_folder() -> None:
    assert logs.default_log_file().parent.parent == logs.data_folder()
