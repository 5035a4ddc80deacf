"""Unexpected exceptions: the traceback goes to the log and the user sees a calm message with the log's place."""

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from desktop import crash
from desktop.ui.widgets import messages


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Stands in for the message box: records the log file each message would have named."""
    calls: list[Path] = []
    monkeypatch.setattr(messages, "unexpected_error", lambda parent, log_file: calls.append(log_file))
    return calls


def broken_save() -> None:
    raise ZeroDivisionError("保存时出错")


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_button_is_logged_and_reported(qtbot, log_file: Path, shown: list[Path],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "excepthook", crash.CrashReporter(log_file).excepthook)
    button = QPushButton("保存")
    qtbot.addWidget(button)
    button.clicked.connect(broken_save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert shown == [log_file]
    text = log_file.read_text(encoding="utf-8")
    assert "CRITICAL" in text and "未处理的异常" in text
    assert "Traceback" in text and "in broken_save" in text and "ZeroDivisionError: 保存时出错" in text


def test_an_exception_in_a_worker_thread_is_reported_on_the_window_thread(
        qtbot, log_file: Path, shown: list[Path], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(threading, "excepthook", crash.CrashReporter(log_file).thread_excepthook)
    worker = threading.Thread(target=broken_save)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: shown == [log_file])
    assert "in broken_save" in log_file.read_text(encoding="utf-8")


def test_a_message_repeating_while_one_is_open_is_only_logged(qtbot, log_file: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    reporter = crash.CrashReporter(log_file)
    calls: list[Path] = []

    def show_and_fail_again(parent: object, path: Path) -> None:
        calls.append(path)
        try:
            broken_save()
        except ZeroDivisionError:
            reporter.excepthook(*sys.exc_info())

    monkeypatch.setattr(messages, "unexpected_error", show_and_fail_again)
    try:
        broken_save()
    except ZeroDivisionError:
        reporter.excepthook(*sys.exc_info())
    assert calls == [log_file]
    assert log_file.read_text(encoding="utf-8").count("未处理的异常") == 2


def test_the_message_is_calm_and_names_the_log(qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    boxes: list[tuple] = []
    monkeypatch.setattr(messages.QMessageBox, "warning", lambda *args: boxes.append(args))
    messages.unexpected_error(None, tmp_path / "kefutai.log")
    [(parent, title, text)] = boxes
    assert "意外问题" in title
    assert "没有完成" in text and "不会保存任何半截数据" in text
    assert str(tmp_path / "kefutai.log") in text


@pytest.mark.qt_no_exception_capture
def test_a_server_that_stopped_answering_is_named_as_such(qtbot, log_file: Path, fresh_db,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from peewee import OperationalError

    from desktop import engine

    told: list[str] = []
    monkeypatch.setattr(messages, "unexpected_error", lambda parent, log_file: told.append("unexpected"))
    monkeypatch.setattr(messages, "server_unreachable", lambda parent: told.append("server"))
    monkeypatch.setattr(sys, "excepthook", crash.CrashReporter(log_file).excepthook)
    button = QPushButton("保存")
    qtbot.addWidget(button)

    def save_without_server() -> None:
        raise OperationalError('connection to server at "192.168.1.10", port 5432 failed: Connection refused')

    button.clicked.connect(save_without_server)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert told == ["server" if engine.of(fresh_db) is engine.POSTGRESQL else "unexpected"]
