"""The contact form (客户拜访记录表): kind, customer or caller, people, time, purpose, content, the three scored
ratings, urgent report and the next follow-up; each refusal appears under its field."""

import datetime

from PySide6.QtCore import QDate, QDateTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Contact, Customer, Staff
from desktop.services import clock, wording
from desktop.services.contacts import follow_ups, records
from desktop.services.contacts.options import KINDS, PURPOSES, RATING_SCALES, RATING_TITLES, URGENT_CATEGORIES
from desktop.services.contacts.records import CONTENT_FIELDS, CONTENT_TITLES, ContactForm
from desktop.services.errors import RuleError, ValidationErrors
from desktop.services.staffing import people
from desktop.services.wording import Pick
from desktop.ui.contacts.walk_in import WalkInDialog
from desktop.ui.service_text import choose, chosen, field_messages, fill, message, translated
from desktop.ui.widgets.customer_picker import CustomerPicker
from desktop.ui.widgets.forms import ErrorForm
from desktop.ui.widgets.wording_picker import WordingButton, with_button

NOTE_STYLE = "color: #555;"


def to_datetime(value: QDateTime) -> datetime.datetime:
    return value.toPython().replace(second=0, microsecond=0)


class ContactDialog(QDialog):
    """A new contact of `kind` (prefilled by `staff` and `customer`), or an existing one to correct."""

    def __init__(self, user: Staff, kind: str = "visit", contact: Contact | None = None,
                 staff: Staff | None = None, customer: Customer | None = None, note: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.contact = contact
        self.saved: Contact | None = None
        self.forms: dict[str, ErrorForm] = {}
        self.picks: list[Pick] = []
        self.rows: dict[str, QWidget] = {}  # each field's row, beside its label
        self.setWindowTitle(self.tr("新增拜访记录") if contact is None else
                            self.tr("拜访记录 %1").replace("%1", f"{contact.id:06d}"))
        self.resize(980, 720)
        outer = QVBoxLayout(self)
        if note:
            hint = QLabel(note)
            hint.setObjectName("note")
            hint.setStyleSheet(NOTE_STYLE)
            outer.addWidget(hint)
        body = QWidget()
        columns = QHBoxLayout(body)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addWidget(self._who_group(), 1)
        columns.addWidget(self._content_group(), 1)
        scroll = QScrollArea()  # taller than a 1366×768 screen with every message line; Tab scrolls to the field
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        if contact is not None:
            self.fill(records.form_of(contact), contact.customer if contact.customer_id else None)
        else:
            self.fill(ContactForm(kind=kind, staff_id=(staff or user).id, started_at=clock.now(),
                                  purpose=PURPOSES[0]), customer)

    # building
    def _add(self, form: ErrorForm, label: str, widget: QWidget, field: str) -> QWidget:
        widget.setObjectName(field)
        self.forms[field] = form
        self.rows[field] = form.add_field(label, widget, field)
        return self.rows[field]

    def _kind_row(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.kind_buttons = QButtonGroup(self)
        for kind, text in KINDS.items():
            button = QRadioButton(translated(text))
            button.setObjectName(f"kind_{kind}")
            button.setProperty("kind", kind)
            self.kind_buttons.addButton(button)
            row.addWidget(button)
            button.toggled.connect(self._kind_changed)
        row.addStretch()
        return box

    def _staff_combo(self, empty: str | None) -> QComboBox:
        combo = QComboBox()
        if empty is not None:
            combo.addItem(empty, None)
        named = (self.contact.staff_id, self.contact.assistant_id) if self.contact else ()
        for person in people.active_staff(*named):
            combo.addItem(f"{person.code} {person.name}", person.id)
        return combo

    def _who_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("方式、客户与人员"))
        form = ErrorForm(box)
        self._add(form, self.tr("方式"), self._kind_row(), "kind")
        picker_row = QWidget()
        line = QHBoxLayout(picker_row)
        line.setContentsMargins(0, 0, 0, 0)
        self.picker = CustomerPicker(self.user)
        self.picker.setObjectName("customer_picker")
        self.picker.picked.connect(self._customer_picked)
        self.register_button = QPushButton(self.tr("新客户登记…"))
        self.register_button.setObjectName("register_customer")
        self.register_button.clicked.connect(self.register_walk_in)
        line.addWidget(self.picker, 1)
        line.addWidget(self.register_button)
        self._add(form, self.tr("客户"), picker_row, "customer")
        self.after_visit = QLabel()
        self.after_visit.setObjectName("after_visit")
        self.after_visit.setStyleSheet(NOTE_STYLE)
        form.addRow("", self.after_visit)
        self.caller_name, self.caller_phone = QLineEdit(), QLineEdit()
        self.caller_phone.setPlaceholderText(self.tr("手机、带区号的座机，或 分机 1234"))
        self.caller_rows = [self._add(form, self.tr("来电人"), self.caller_name, "caller_name"),
                            self._add(form, self.tr("来电号码"), self.caller_phone, "caller_phone")]
        self.staff = self._staff_combo(None)
        self._add(form, self.tr("接待/拜访人"), self.staff, "staff")
        self.assistant = self._staff_combo(self.tr("（无）"))
        self._add(form, self.tr("协助人"), self.assistant, "assistant")
        self.visited_person, self.visited_title = QLineEdit(), QLineEdit()
        self.visited_rows = [self._add(form, self.tr("拜访对象"), self.visited_person, "visited_person"),
                             self._add(form, self.tr("职务"), self.visited_title, "visited_title")]
        self.started_at = QDateTimeEdit()
        self.started_at.setCalendarPopup(True)
        self.started_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self._add(form, self.tr("日期时间"), self.started_at, "started_at")
        self.duration = QSpinBox()
        self.duration.setRange(0, 24 * 60)
        self.duration.setSuffix(self.tr(" 分钟"))
        self.duration.setSpecialValueText(self.tr("未填"))
        self._add(form, self.tr("时长"), self.duration, "duration_minutes")
        self.purpose = QComboBox()
        fill(self.purpose, PURPOSES)
        self._add(form, self.tr("目的"), self.purpose, "purpose")
        self.ratings: dict[str, QComboBox] = {}
        for field, scale in RATING_SCALES.items():
            combo = QComboBox()
            combo.addItem(self.tr("（未评）"), None)
            for choice, points in scale.items():
                label = self.tr("%1（%2 分）").replace("%1", translated(choice)).replace("%2", str(points))
                combo.addItem(label, choice)
            self.ratings[field] = combo
            self._add(form, translated(RATING_TITLES[field]), combo, field)
        form.add_general()
        return box

    def _content_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("内容与后续"))
        form = ErrorForm(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.texts: dict[str, QPlainTextEdit] = {}
        for field in [*CONTENT_FIELDS, "promised"]:
            edit = QPlainTextEdit()
            edit.setFixedHeight(54)
            edit.setTabChangesFocus(True)
            self.texts[field] = edit
            title = CONTENT_TITLES.get(field, "答应客户的事项")
            button = WordingButton(self.user, "visit", edit, field, self.picks, self._wording_context, self)
            row = with_button(edit, button)
            self._add(form, translated(title), row, field)
            row.setObjectName(f"{field}_row")
            edit.setObjectName(field)
        self.urgent = QCheckBox(self.tr("巡访紧急报告（主任立即可见）"))
        self.urgent_category = QComboBox()
        self.urgent_category.addItem(self.tr("（请选择类别）"), None)
        for category in URGENT_CATEGORIES:
            self.urgent_category.addItem(translated(category), category)
        self.urgent.toggled.connect(self.urgent_category.setEnabled)
        self._add(form, self.tr("紧急"), self.urgent, "urgent")
        self._add(form, self.tr("紧急类别"), self.urgent_category, "urgent_category")
        follow_row = QWidget()
        line = QHBoxLayout(follow_row)
        line.setContentsMargins(0, 0, 0, 0)
        self.follow_up = QCheckBox(self.tr("需要跟进"))
        self.follow_up.setObjectName("follow_up")
        self.next_follow_up_on = QDateEdit()
        self.next_follow_up_on.setObjectName("next_follow_up_date")
        self.next_follow_up_on.setCalendarPopup(True)
        self.next_follow_up_on.setDisplayFormat("yyyy-MM-dd")
        self.follow_up.toggled.connect(self.next_follow_up_on.setEnabled)
        line.addWidget(self.follow_up)
        line.addWidget(self.next_follow_up_on, 1)
        self._add(form, self.tr("下次跟进日期"), follow_row, "next_follow_up_on")
        return box

    # behaviour
    def kind(self) -> str:
        checked = self.kind_buttons.checkedButton()
        return checked.property("kind") if checked else "visit"

    def set_kind(self, kind: str) -> None:
        for button in self.kind_buttons.buttons():
            button.setChecked(button.property("kind") == kind)

    def _kind_changed(self) -> None:
        """A phone record speaks of the call: 来电人 and 接听人, 通话结果; no one was visited."""
        phone = self.kind() == "phone"
        for row in self.caller_rows:
            self.forms["caller_name"].setRowVisible(row, phone)
        for row in self.visited_rows:
            self.forms["visited_person"].setRowVisible(row, not phone)
        self._relabel("staff", self.tr("接听人") if phone else self.tr("接待/拜访人"))
        self._relabel("effect", self.tr("通话结果") if phone else translated(CONTENT_TITLES["effect"]))
        if self.contact is None:
            self.setWindowTitle(self.tr("新增电话记录") if phone else self.tr("新增拜访记录"))
        for field in RATING_SCALES:
            self.ratings[field].setEnabled(records.takes_ratings(self.kind()))

    def _relabel(self, field: str, text: str) -> None:
        label = self.forms[field].labelForField(self.rows[field])
        if isinstance(label, QLabel):
            label.setText(text)

    def _customer_picked(self, customer: Customer | None) -> None:
        if customer is None:
            self.after_visit.clear()
            return
        count = follow_ups.counts_after_visit({customer.id}).get(customer.id, 0)
        self.after_visit.setText(self.tr("来访后") + message(follow_ups.after_visit_text(count)))

    def _wording_context(self) -> dict:
        """A visit phrase is filled from the customer chosen (as this person may see it)."""
        customer = self.picker.chosen
        return {"customer_id": customer.id if customer else None}

    def register_walk_in(self) -> None:
        dialog = self.walk_in_dialog()
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.picker.choose(dialog.saved)

    def walk_in_dialog(self) -> WalkInDialog:
        return WalkInDialog(self.user, "phone" if self.kind() == "phone" else "walk_in", self)

    # values
    def fill(self, form: ContactForm, customer: Customer | None) -> None:
        self.set_kind(form.kind)
        self._kind_changed()
        self.picker.choose(customer)
        self.caller_name.setText(form.caller_name)
        self.caller_phone.setText(form.caller_phone)
        self.staff.setCurrentIndex(max(self.staff.findData(form.staff_id), 0))
        self.assistant.setCurrentIndex(max(self.assistant.findData(form.assistant_id), 0))
        self.visited_person.setText(form.visited_person)
        self.visited_title.setText(form.visited_title)
        self.started_at.setDateTime(QDateTime(form.started_at or clock.now()))
        self.duration.setValue(form.duration_minutes or 0)
        choose(self.purpose, form.purpose)
        for field, combo in self.ratings.items():
            combo.setCurrentIndex(max(combo.findData(getattr(form, field)), 0))
        for field, edit in self.texts.items():
            edit.setPlainText(getattr(form, field))
        self.urgent.setChecked(form.urgent)
        self.urgent_category.setEnabled(form.urgent)
        self.urgent_category.setCurrentIndex(max(self.urgent_category.findData(form.urgent_category), 0))
        self.follow_up.setChecked(form.next_follow_up_on is not None)
        self.next_follow_up_on.setEnabled(form.next_follow_up_on is not None)
        self.next_follow_up_on.setDate(QDate(form.next_follow_up_on or records.default_follow_up(form.started_at)))

    def form(self) -> ContactForm:
        kind = self.kind()
        customer = self.picker.chosen
        return ContactForm(
            kind=kind, customer_id=customer.id if customer else None,
            caller_name=self.caller_name.text() if kind == "phone" else "",
            caller_phone=self.caller_phone.text() if kind == "phone" else "",
            staff_id=self.staff.currentData(), assistant_id=self.assistant.currentData(),
            visited_person=self.visited_person.text(), visited_title=self.visited_title.text(),
            started_at=to_datetime(self.started_at.dateTime()), duration_minutes=self.duration.value() or None,
            purpose=chosen(self.purpose),
            **{field: edit.toPlainText() for field, edit in self.texts.items()},
            **{field: combo.currentData() if records.takes_ratings(kind) else None
               for field, combo in self.ratings.items()},
            urgent=self.urgent.isChecked(), urgent_category=self.urgent_category.currentData(),
            next_follow_up_on=self.next_follow_up_on.date().toPython() if self.follow_up.isChecked() else None,
        )

    def show_error(self, error: RuleError) -> None:
        errors = {field or "": text for field, text in field_messages(error).items()}
        general = self.forms["purpose"]
        grouped: dict[int, tuple[ErrorForm, dict[str, str]]] = {}
        for form in set(self.forms.values()):
            form.clear_errors()
            grouped[id(form)] = (form, {})
        for field, said in errors.items():
            form = self.forms.get(field, general)
            grouped[id(form)][1][field if field in self.forms else ""] = said
        for form, mine in grouped.values():
            if mine:
                form.show_error(ValidationErrors(mine))

    def error_text(self, field: str) -> str:
        return self.forms[field].error_text(field)

    def save(self) -> None:
        try:
            form = self.form()
            if self.contact is None:
                self.saved = wording.save_with_uses(self.user, self.picks, lambda: records.record(self.user, form))
            else:
                self.saved = wording.save_with_uses(self.user, self.picks,
                                                    lambda: records.update(self.user, self.contact, form))
        except RuleError as error:
            self.show_error(error)
            return
        self.accept()

