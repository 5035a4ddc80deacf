"""A 设置 page that is one form with a 保存 button: each refusal under its field, 已保存 once it is stored."""

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.services.errors import RuleError
from desktop.ui.widgets.forms import ErrorForm


class FormPage(QWidget):
    """Subclasses add their fields to `form` (and notes to `column`), call `finish()`, and store in `apply()`."""

    def __init__(self, width: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QHBoxLayout(self)
        self.width_limit = width
        self.box = box = QWidget()
        box.setMaximumWidth(width)
        outer.addWidget(box)
        outer.addStretch(1)
        self.column = QVBoxLayout(box)
        self.form = ErrorForm()

    def finish(self) -> None:
        self.form.add_general()
        self.column.addLayout(self.form)
        self.save_button = QPushButton(self.tr("保存"))
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self.save)
        self.saved_label = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.saved_label)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        self.column.addLayout(buttons)
        self.column.addStretch(1)
        # as narrow as the Chinese reads well, but never narrower than its fields and labels (English is longer)
        self.box.setMaximumWidth(max(self.width_limit, self.column.sizeHint().width()))

    def apply(self) -> None:
        raise NotImplementedError

    def save(self) -> None:
        self.saved_label.clear()
        try:
            self.apply()
        except RuleError as error:
            self.form.show_error(error)
            return
        self.form.clear_errors()
        self.saved_label.setText(self.tr("已保存。"))
