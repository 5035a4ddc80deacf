"""A tab page that builds its contents the first time it is shown, so that start-up builds only the first tab."""

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyTab(QWidget):
    def __init__(self, build: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build = build
        self._content: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def content(self) -> QWidget:
        """The real page, built now if it was not yet."""
        if self._content is None:
            self._content = self._build()
            self.layout().addWidget(self._content)
        return self._content

    def is_built(self) -> bool:
        return self._content is not None

    def showEvent(self, event: QShowEvent) -> None:
        self.content()
        super().showEvent(event)
