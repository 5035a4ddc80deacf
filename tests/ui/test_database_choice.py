"""Where the data lives: the first start's choice (本机文件 / 办公室服务器), the warning for a file on a network
share, and the retry when the server cannot be reached."""

import argparse
import gc
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop import app, engine
from desktop.services.files import location
from desktop.ui import database_choice
from desktop.ui.database_choice import DatabaseChoiceDialog
from desktop.ui.widgets import messages


@pytest.fixture(autouse=True)
def collected_here(qtbot: QtBot):
    """The dialogs and boxes of these tests are collected on this thread: a garbage collection that a later test's
    worker thread runs must not be the one that finalizes Qt objects (PySide crashes then)."""
    yield
    qtbot.wait(1)
    gc.collect()


def _args(db: object = None) -> argparse.Namespace:
    return argparse.Namespace(db=db, demo=False)


def _answer(monkeypatch: pytest.MonkeyPatch, *texts: str) -> list[str]:
    """The warnings are answered with these button texts in turn; returns what they said."""
    said, answers = [], list(texts)

    def click(parent: object, text: str, options: list[str]) -> int:
        said.append(text)
        return options.index(answers.pop(0))

    monkeypatch.setattr(messages, "choose", click)
    return said


def test_a_new_pc_chooses_its_own_file_and_keeps_the_choice(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = DatabaseChoiceDialog(tmp_path / "客服台.db")
    qtbot.addWidget(dialog)
    assert dialog.local.isChecked() and not dialog.fields.isEnabled()
    dialog.choose()
    assert dialog.target == tmp_path / "客服台.db" == database_choice.stored_target()
    assert app.choose_target(_args()) == tmp_path / "客服台.db"
    assert app.choose_target(_args(Path("别处.db"))) == Path("别处.db")  # --db wins


def test_the_server_is_chosen_only_once_it_answers(qtbot: QtBot, tmp_path: Path, pg_server) -> None:
    dialog = DatabaseChoiceDialog(tmp_path / "客服台.db")
    qtbot.addWidget(dialog)
    dialog.server.click()
    assert dialog.fields.isEnabled()
    qtbot.keyClicks(dialog.host, "127.0.0.1")
    qtbot.keyClicks(dialog.user, "kefutai")
    dialog.port.setValue(1)
    dialog.choose()
    assert dialog.target is None and "连接不上服务器" in dialog.status.text()
    dialog.port.setValue(pg_server.port)
    dialog.name.setText("postgres")
    dialog.choose()
    assert dialog.target == f"postgresql://kefutai@127.0.0.1:{pg_server.port}/postgres"
    assert database_choice.stored_target() == dialog.target


def test_an_address_with_odd_characters_in_the_password_is_quoted() -> None:
    address = database_choice.server_address(" nas ", 5432, "kefutai", "前台", "p@ss:w/rd")
    assert address == "postgresql://%E5%89%8D%E5%8F%B0:p%40ss%3Aw%2Frd@nas:5432/kefutai"
    assert engine.display_name(address) == "postgresql://%E5%89%8D%E5%8F%B0@nas:5432/kefutai"


def test_a_file_on_a_network_share_is_warned_about(qtbot: QtBot, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(location, "network_share", lambda path: "网络文件系统（cifs）")
    said = _answer(monkeypatch, "仍然打开（只有这台电脑使用）", "退出")
    shared = tmp_path / "共享" / "客服台.db"
    assert app.away_from_network_share(shared) == shared
    assert "网络文件系统（cifs）" in said[0] and "办公室服务器" in said[0]
    assert app.away_from_network_share(shared) is None
    assert app.away_from_network_share("postgresql://u@nas/kefutai") == "postgresql://u@nas/kefutai"


def test_a_server_that_is_off_is_retried_then_given_up(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    said = _answer(monkeypatch, "重试", "退出")
    monkeypatch.setattr(messages, "cannot_start", lambda parent, text: said.append(text))
    assert app.open_server("postgresql://kefutai@127.0.0.1:1/kefutai") is False
    assert len(said) == 3 and "连接不上办公室服务器 postgresql://kefutai@127.0.0.1:1/kefutai" in said[0]
    assert "客服台已退出" in said[2]
