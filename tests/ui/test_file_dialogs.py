"""Qt's own dialogs speak Chinese, and file dialogs open in the folder last used for that kind of file, per person."""

from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from desktop.ui import i18n
from desktop.ui.widgets import export, file_dialogs, messages, printing, window_places
from desktop.ui.widgets.lazy_table import Column, LazyTableModel


def _texts(dialog: QFileDialog) -> list[str]:
    box = dialog.findChild(QDialogButtonBox)
    return [label.text() for label in dialog.findChildren(QLabel)] + [button.text() for button in box.buttons()]


def test_the_file_dialog_speaks_chinese_and_english_in_english(qtbot: QtBot) -> None:
    i18n.install("zh_CN")
    dialog = QFileDialog(None, "导出")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    assert _texts(dialog) == ["查找范围(&L)：", "文件名称(&N)：", "文件类型(&T)：", "打开(&O)", "取消"]
    i18n.install("en")
    try:
        english = QFileDialog(None, "Export")
        english.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(english)
        assert _texts(english)[:3] == ["&Look in:", "File &name:", "Files of &type:"]
    finally:
        i18n.install("zh_CN")


class Asked:
    """Stands in for the save dialog: notes the folder it was opened in and answers a file in `answer`."""

    def __init__(self, monkeypatch, answer: Path) -> None:
        self.opened_in: list[Path] = []
        self.answer = answer
        monkeypatch.setattr(file_dialogs.QFileDialog, "getSaveFileName", self)

    def __call__(self, parent, title, proposed, file_filter):
        self.opened_in.append(Path(proposed).parent)
        return str(self.answer / Path(proposed).name), file_filter


def _model() -> LazyTableModel:
    return LazyTableModel([Column("名称", lambda row: row)], lambda page: ["张三"] if page.offset == 0 else [])


def test_an_export_opens_where_the_last_export_went_and_a_pdf_where_the_last_pdf(qtbot: QtBot, office_data: dict,
                                                                               tmp_path: Path, monkeypatch) -> None:
    window_places.install(QApplication.instance()).person = office_data["clerk1"]
    exports, pdfs = tmp_path / "导出", tmp_path / "打印"
    exports.mkdir()
    pdfs.mkdir()
    asked = Asked(monkeypatch, exports)
    monkeypatch.setattr(messages, "info", lambda *args: None)
    export.export_model(None, _model(), "客户登记")
    assert any(exports.iterdir())
    assert asked.opened_in[0] != Path.cwd() and asked.opened_in[0] != exports  # Documents, the first time
    export.export_model(None, _model(), "客户登记")
    assert asked.opened_in[1] == exports
    asked.answer = pdfs
    first_pdf = printing.ask_save_path(None, "资料卡.pdf")
    assert asked.opened_in[2] != exports and first_pdf.parent == pdfs  # another kind of file, another folder
    printing.ask_save_path(None, "资料卡.pdf")
    assert asked.opened_in[3] == pdfs
    window_places.install(QApplication.instance()).person = office_data["clerk2"]
    printing.ask_save_path(None, "资料卡.pdf")
    assert asked.opened_in[4] not in (pdfs, exports, Path.cwd())  # another person's folders are not this one's
