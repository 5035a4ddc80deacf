"""帮助 → 快捷键: the menu's shortcuts as the menus have them now, and the keys every form answers."""

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("快捷键"))
        self.resize(560, 520)
        rows = self._menu_rows(window) + self._form_rows()
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([self.tr("按键"), self.tr("作用")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (keys, meaning) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(meaning))
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    @staticmethod
    def _menu_rows(window: QMainWindow) -> list[tuple[str, str]]:
        rows = []
        for menu_action in window.menuBar().actions():
            menu = menu_action.menu()
            for action in menu.actions() if menu is not None else []:
                if not action.shortcut().isEmpty():
                    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                    title = menu.title().split("(")[0].replace("&", "")
                    rows.append((keys, f"{title} → {action.text().rstrip('…')}"))
        return rows

    def _form_rows(self) -> list[tuple[str, str]]:
        return [
            ("Ctrl+1 … Ctrl+5", self.tr("今日、拜访记录、客户登记、投诉处理、换班登记")),
            ("Ctrl+Enter", self.tr("保存表单")),
            ("Esc", self.tr("取消表单")),
            ("Tab / Shift+Tab", self.tr("下一个 / 上一个字段（多行文本框里也一样）")),
            ("F4", self.tr("在带「话术…」按钮的文本框里：选择并插入话术")),
            ("Enter", self.tr("在搜索框里：搜索；只有一个结果时直接选中")),
            ("↓ / ↑", self.tr("在搜索结果里上下选择")),
            ("1205 1430", self.tr("日期时间框：直接输入 12月5日 14:30，也可输入 12-05 14:30")),
        ]
