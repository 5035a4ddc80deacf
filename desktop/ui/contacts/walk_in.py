"""One-step registration of a walk-in or caller who is not registered yet (the customer rules all apply)."""

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.models import Customer, Staff
from desktop.services.customers import registration
from desktop.services.errors import RuleError
from desktop.ui.service_text import choose, chosen, fill
from desktop.ui.widgets.forms import ErrorForm


class WalkInDialog(QDialog):
    def __init__(self, user: Staff, source: str = "walk_in", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.saved: Customer | None = None
        self.setWindowTitle(self.tr("新客户登记"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("登记后即归属于您；同一电话已登记的客户会被拒绝并显示归属。"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.form = ErrorForm()
        self.edits: dict[str, QLineEdit] = {}
        for field, text in [("name", self.tr("名称 *")), ("salutation", self.tr("称呼")),
                            ("phone", self.tr("联系电话 *")), ("demand", self.tr("需求/意向"))]:
            edit = QLineEdit()
            edit.setObjectName(field)
            self.edits[field] = edit
            self.form.add_field(text, edit, field)
        self.edits["salutation"].setPlaceholderText(self.tr("例如 张先生"))
        self.source = QComboBox()
        self.source.setObjectName("source")
        fill(self.source, registration.SOURCES)
        choose(self.source, source)
        self.form.add_field(self.tr("来源"), self.source, "source")
        self.form.add_general()
        layout.addLayout(self.form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("登记"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        values = {field: edit.text() for field, edit in self.edits.items()}
        try:
            self.saved = registration.register(self.user, registration.CustomerForm(source=chosen(self.source),
                                                                              **values))
        except RuleError as error:
            self.form.show_error(error)
            return
        self.accept()
