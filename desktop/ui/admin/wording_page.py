"""设置 → 话术: the supervisor's reply wording by category; saving an edit makes the next version (what was already
sent keeps its words), the versions are listed under the form, and a template no longer wanted is 停用."""

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from desktop.models import WordingTemplate
from desktop.services import wording
from desktop.services.paging import Page
from desktop.services.wording import WordingForm
from desktop.ui import service_text
from desktop.ui.admin.record_page import RecordPage, select_data
from desktop.ui.service_text import translated
from desktop.ui.widgets.forms import ErrorForm, saved
from desktop.ui.widgets.lazy_table import Column

CENTER = Qt.AlignmentFlag.AlignCenter
NOTE_STYLE = "color: #666;"


class WordingPage(RecordPage):
    def columns(self) -> list[Column]:
        return [
            Column(self.tr("类别"), lambda t: translated(wording.CATEGORIES[t.category].name)),
            Column(self.tr("标题"), lambda t: t.title),
            Column(self.tr("版本"), lambda t: self.tr("第 %1 版").replace("%1", str(t.version)), align=CENTER),
            Column(self.tr("使用次数"), lambda t: self.counts.get(t.id, 0), align=CENTER),
            Column(self.tr("状态"), lambda t: self.tr("已停用") if t.voided_at else self.tr("使用中"), align=CENTER),
        ]

    def fetch(self, page: Page) -> Sequence[WordingTemplate]:
        self.counts = wording.use_counts(self.user)
        return wording.templates(self.user)[page.offset:page.offset + page.limit]

    def title_of(self, record: WordingTemplate) -> str:
        return record.title

    def build_form(self, form: ErrorForm) -> None:
        self.category_combo = QComboBox()
        for key, category in wording.CATEGORIES.items():
            self.category_combo.addItem(translated(category.name), key)
        self.category_combo.currentIndexChanged.connect(self._category_changed)
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(wording.TITLE_LIMIT)
        self.body_edit = QPlainTextEdit()
        self.body_edit.setTabChangesFocus(True)
        self.body_edit.setMinimumHeight(130)
        for widget, label, field in [(self.category_combo, self.tr("类别"), "category"),
                                     (self.title_edit, self.tr("标题"), "title"),
                                     (self.body_edit, self.tr("话术内容"), "body")]:
            widget.setObjectName(field)
            form.add_field(label, widget, field)
        self.placeholder_combo = QComboBox()
        self.placeholder_combo.setObjectName("placeholder")
        insert = QPushButton(self.tr("插入占位符"))
        insert.setObjectName("insert_placeholder")
        insert.clicked.connect(self.insert_placeholder)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.placeholder_combo, 1)
        line.addWidget(insert)
        form.addRow(self.tr("占位符"), row)
        hint = QLabel(self.tr("占位符写成 {客户称呼} 这样，使用时按投诉单或客户填好；保密客户的电话等不会填入。"
                              "保存修改即产生新版本，已经发出的答复不受影响。"))
        hint.setWordWrap(True)
        hint.setStyleSheet(NOTE_STYLE)
        form.addRow(hint)
        self.versions_list = QListWidget()
        self.versions_list.setObjectName("versions")
        self.versions_list.setMaximumHeight(90)
        self.versions_list.currentItemChanged.connect(self._version_picked)
        self.old_body = QPlainTextEdit()
        self.old_body.setObjectName("old_body")
        self.old_body.setReadOnly(True)
        self.old_body.setMaximumHeight(80)
        self.old_body.setPlaceholderText(self.tr("选中一个版本，查看它当时的内容"))
        form.addRow(self.tr("历史版本"), self.versions_list)
        form.addRow("", self.old_body)
        self.retire_button = QPushButton(self.tr("停用…"))
        self.retire_button.setObjectName("retire")
        self.retire_button.clicked.connect(self.ask_retire)
        self.buttons.insertWidget(1, self.retire_button)

    def _category_changed(self) -> None:
        category = wording.CATEGORIES[self.category_combo.currentData()]
        self.placeholder_combo.clear()
        service_text.fill(self.placeholder_combo, category.placeholders)  # shown translated, inserted as written

    def insert_placeholder(self) -> None:
        self.body_edit.insertPlainText("{" + service_text.chosen(self.placeholder_combo) + "}")
        self.body_edit.setFocus()

    def fill(self, record: WordingTemplate | None) -> None:
        if record is not None:
            record = WordingTemplate.get_by_id(record.id)  # the version another window may have saved
            self.current = record
        current = wording.current_version(record) if record else None
        select_data(self.category_combo, record.category if record else "reply")
        self._category_changed()
        self.category_combo.setEnabled(record is None)
        self.title_edit.setText(current.title if current else "")
        self.body_edit.setPlainText(current.body if current else "")
        self.versions_list.clear()
        self.old_body.clear()
        for version in wording.versions(self.user, record) if record else []:
            who = version.edited_by.name if version.edited_by else self.tr("程序预置")
            item = QListWidgetItem(self.tr("第 %1 版  %2  %3").replace("%1", str(version.number))
                                   .replace("%2", f"{version.edited_at:%Y-%m-%d %H:%M}").replace("%3", who))
            item.setData(Qt.ItemDataRole.UserRole, version.body)
            self.versions_list.addItem(item)
        retired = record is not None and record.voided_at is not None
        self.retire_button.setEnabled(record is not None and not retired)
        self.save_button.setEnabled(not retired)

    def _version_picked(self, item: QListWidgetItem | None) -> None:
        self.old_body.setPlainText(item.data(Qt.ItemDataRole.UserRole) if item else "")

    def submit(self) -> WordingTemplate:
        form = WordingForm(self.category_combo.currentData(), self.title_edit.text(), self.body_edit.toPlainText())
        return wording.save(self.user, form, self.current, self.current.version if self.current else None)

    def ask_retire(self) -> None:
        reason, ok = QInputDialog.getText(self, self.tr("停用话术"), self.tr("停用原因"))
        if ok:
            self.retire(reason)

    def retire(self, reason: str) -> None:
        if saved(self.form, lambda: wording.retire(self.user, self.current, reason)) is None:
            return
        self.model.reload()
        self.edit(self.current)
