"""What to do next, written over a list that has no rows, instead of an empty grid."""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel

HINT_STYLE = "color: #777; font-size: 14px; padding: 24px;"


class EmptyHint(QLabel):
    """Shown over `table`'s rows while its model has none; `text()` says what to do (it may read the filters)."""

    def __init__(self, table: QAbstractItemView, text: Callable[[], str]) -> None:
        super().__init__(table.viewport())
        self.setObjectName("empty_hint")
        self._table = table
        self._text = text
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setStyleSheet(HINT_STYLE)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        model = table.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            signal.connect(self.update_hint)
        table.viewport().installEventFilter(self)
        self.update_hint()

    def update_hint(self) -> None:
        empty = self._table.model().rowCount() == 0
        if empty:
            self.setText(self._text())
            self.setGeometry(self._table.viewport().rect())
        self.setVisible(empty)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(self._table.viewport().rect())
        return False
