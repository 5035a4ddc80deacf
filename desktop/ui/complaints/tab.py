"""The 投诉处理 tab: the filterable tracking list on the left, the chosen complaint on the right."""

import io
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Complaint, Staff
from desktop.services import clock, settings
from desktop.services.complaints import deadlines, lists, workflow
from desktop.services.complaints.lists import ComplaintFilter
from desktop.services.paging import Page
from desktop.ui.complaints.actions import StepDialog
from desktop.ui.complaints.detail import ComplaintDetailView
from desktop.ui.complaints.form import ComplaintFormDialog
from desktop.ui.complaints.merge import MergeDialog
from desktop.ui.complaints.statistics import StatisticsDialog
from desktop.ui.customers.page import open_page
from desktop.ui.service_text import error_message, translated
from desktop.ui.widgets import messages, printing
from desktop.ui.widgets.empty_hint import EmptyHint
from desktop.ui.widgets.export import export_model
from desktop.ui.widgets.kept_filters import keep, keep_sort
from desktop.ui.widgets.lazy_table import FIRST_PAGE, Column, LazyTableModel
from desktop.ui.widgets.list_table import fixed_widths, list_table

ROW_COLOURS = {deadlines.OVERDUE: QColor("#F8D7DA"), deadlines.CLOSE: QColor("#FFE8B3")}
TITLE = QT_TRANSLATE_NOOP("ComplaintsTab", "客户抱怨案件登记追踪表")
COLUMN_WIDTHS = (90, 110, 150, 70, 60, 120, 120, 80, 105)  # of _columns(), as their contents were sized


class ComplaintsTab(QWidget):
    def __init__(self, user: Staff, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.dialog: StepDialog | ComplaintFormDialog | None = None  # the step or form being filled in
        self._build_filters()
        self.model = LazyTableModel(self._columns(), self._fetch, self._row_colour, self, first_page=FIRST_PAGE)
        self.table = list_table("complaints", self.model)
        self.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        keep_sort(user, "complaints", self.table)
        fixed_widths(self.table, COLUMN_WIDTHS)
        self.table.setSortingEnabled(True)  # sorts, and so loads the first page
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.empty_hint = EmptyHint(self.table, lambda: self.tr(
            "没有符合条件的投诉。客户来投诉时按 Ctrl+N 受理登记，或放宽上面的筛选条件。"))
        self.detail = ComplaintDetailView(user)
        self.detail.step_requested.connect(self.start_step)
        self.detail.open_requested.connect(self.open_complaint)
        self.detail.customer_requested.connect(self.open_customer)
        self.detail.shown.connect(self._offer_reminder)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([640, 600])
        layout = QVBoxLayout(self)
        layout.addLayout(self.filter_row)
        layout.addLayout(self._button_row())
        layout.addWidget(splitter, 1)
        self._loaded()

    # ------------------------------------------------------------ building
    def _build_filters(self) -> None:
        self.status_box = QComboBox()
        self.status_box.addItem(self.tr("全部状态"), None)
        self.status_box.addItem(self.tr("未结案"), "open")
        self.status_box.addItem(self.tr("等待中（暂停计时）"), workflow.PAUSED)
        for key, text in workflow.STATUS_TEXT.items():
            self.status_box.addItem(translated(text), key)
        self.category_box = QComboBox()
        self.category_box.addItem(self.tr("全部分类"), None)
        for code, category in workflow.CATEGORIES.items():
            self.category_box.addItem(translated(category), code)
        self.month_box = QComboBox()
        self._fill_months()
        self.overdue_check = QCheckBox(self.tr("只看超期"))
        self.mine_check = QCheckBox(self.tr("我负责的"))
        self.search_edit = QLineEdit()
        self.search_edit.setProperty("search", True)
        self.search_edit.setPlaceholderText(self.tr("编号、投诉人或电话"))
        self.filter_row = QHBoxLayout()
        for widget in (self.status_box, self.category_box, self.month_box, self.overdue_check, self.mine_check,
                       self.search_edit):
            self.filter_row.addWidget(widget)
        keep(self.user, "complaints", {"status": self.status_box, "category": self.category_box,  # before the
                                       "overdue": self.overdue_check, "mine": self.mine_check})  # first load
        for box in (self.status_box, self.category_box, self.month_box):
            box.currentIndexChanged.connect(self.reload)
        self.overdue_check.toggled.connect(self.reload)
        self.mine_check.toggled.connect(self.reload)
        self.search_edit.returnPressed.connect(self.reload)

    def _fill_months(self) -> None:
        self.month_box.blockSignals(True)
        current = self.month_box.currentData()
        self.month_box.clear()
        self.month_box.addItem(self.tr("全部月份"), None)
        for month in lists.months():
            self.month_box.addItem(f"{month[:4]}-{month[4:]}", month)
        self.month_box.setCurrentIndex(max(0, self.month_box.findData(current)))
        self.month_box.blockSignals(False)

    def _button_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        actions: list[tuple[str, str, Callable[[], None]]] = [
            ("new", self.tr("受理投诉…"), self.new_complaint),
            ("print_form", self.tr("打印投诉记录表"), self.print_current),
            ("print_copies", self.tr("打印五联抱怨处理表"), lambda: self.print_form(copies=True)),
            ("print_reminder", self.tr("打印催办单"), self.print_reminder),
            ("print_list", self.tr("打印追踪表"), self.print_list),
            ("statistics", self.tr("统计…"), self.show_statistics),
        ]
        self.action_buttons: dict[str, QPushButton] = {}
        for name, text, slot in actions:
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(lambda _=False, s=slot: s())
            self.action_buttons[name] = button
            row.addWidget(button)
        row.addStretch()
        return row

    def _columns(self) -> list[Column]:
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return [
            Column(self.tr("编号"), lambda c: c.number, "number"),
            Column(self.tr("受理时间"), lambda c: c.received_at, "received"),
            Column(self.tr("客户"), lambda c: c.complainant),
            Column(self.tr("分类"), lambda c: workflow.label("category", c.category)),
            Column(self.tr("严重程度"), lambda c: workflow.label("severity", c.severity)),
            Column(self.tr("状态"), lists.status_label, "status"),
            Column(self.tr("责任人"), lambda c: " ".join(
                part for part in (translated(c.department), c.assignee.name if c.assignee_id else "") if part)),
            Column(self.tr("期限"), lambda c: f"{c.next_due_at:%m-%d %H:%M}" if c.next_due_at else "", "due"),
            Column(self.tr("剩余时间"), lambda c: lists.time_left(c).text, None, right),
        ]

    # ------------------------------------------------------------ the list
    def filters(self) -> ComplaintFilter:
        return ComplaintFilter(
            status=self.status_box.currentData(), overdue=self.overdue_check.isChecked(),
            assignee_id=self.user.id if self.mine_check.isChecked() else None,
            category=self.category_box.currentData(), month=self.month_box.currentData(),
            text=self.search_edit.text())

    def _fetch(self, page: Page) -> list[Complaint]:
        descending = page.descending if page.sort_key else True
        return lists.page(self.filters(), page.offset, page.limit, page.sort_key, descending, page.after)

    @staticmethod
    def _row_colour(complaint: Complaint) -> QColor | None:
        return ROW_COLOURS.get(lists.time_left(complaint).urgency)

    def reload(self) -> None:
        self.model.reload()
        self._loaded()

    def _loaded(self) -> None:
        if self.model.rowCount():
            self.table.selectRow(0)
        else:
            self.detail.show_complaint(None)

    def current(self) -> Complaint | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _row_changed(self) -> None:
        complaint = self.current()
        self.detail.show_complaint(complaint.id if complaint else None)

    def open_record(self, complaint_id: int | None) -> None:
        if complaint_id is not None:
            self.open_complaint(complaint_id)

    def open_complaint(self, complaint_id: int) -> None:
        """Show `complaint_id`: select it in the list when it is loaded, otherwise show it alone."""
        for row, complaint in enumerate(self.model.loaded_rows()):
            if complaint.id == complaint_id:
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                return
        self.detail.show_complaint(complaint_id)

    def open_customer(self, customer_id: int) -> None:
        """客户全貌 of the complaint's customer; a complaint filed from there shows in this list."""
        self.dialog = open_page(self, self.user, customer_id, self.reload)

    def _refresh(self, complaint_id: int) -> None:
        self._fill_months()
        self.model.reload()
        self.open_complaint(complaint_id)

    # ------------------------------------------------------------ steps
    def new_record(self) -> None:
        self.new_complaint()

    def new_complaint(self) -> None:
        self._open_form(ComplaintFormDialog(self.user, parent=self))

    def start_step(self, action: str) -> None:
        complaint = self.detail.detail.complaint if self.detail.detail else None
        if complaint is None:
            return
        if action in ("reopen", "split"):
            self._open_form(ComplaintFormDialog(self.user, original=complaint, parent=self, kind=action))
            return
        if action == "merge":
            self.dialog = MergeDialog(self.user, complaint, self)
            self.dialog.accepted.connect(lambda: self._saved(self.dialog.survivor, self.tr("已合并到 %1 %2")))
            self.dialog.open()
            return
        self.dialog = StepDialog(self.user, complaint, action, self)
        self.dialog.accepted.connect(lambda: self._step_done(action, complaint))
        self.dialog.open()

    def _open_form(self, dialog: ComplaintFormDialog) -> None:
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._saved(dialog.saved, self.tr("已受理投诉 %1 %2")))
        dialog.open()

    def _saved(self, complaint: Complaint, done: str) -> None:
        """The complaint saved is selected in the list, and the status bar says what was saved."""
        self._refresh(complaint.id)
        messages.saved(self, done.replace("%1", complaint.number).replace("%2", complaint.complainant))

    def _step_done(self, action: str, complaint: Complaint) -> None:
        self._saved(complaint, self.tr("已保存 %1 %2 的「%3」").replace("%3", translated(workflow.ACTIONS[action][2])))
        if action == "remind":
            self.print_reminder()

    # ------------------------------------------------------------ print and export
    def _save_pdf(self, name: str, build: Callable[[io.BytesIO], None]) -> None:
        printing.preview(self, name, f"{name}.pdf", build)

    def print_current(self) -> None:
        self.print_form(copies=False)

    def print_form(self, copies: bool) -> None:
        from reports import complaint_form

        detail = self.detail.detail
        if detail is None:
            return
        name = ("客户抱怨处理表_" if copies else "客户投诉记录及处理意见表_") + detail.complaint.number
        self._save_pdf(name, lambda target: complaint_form.build(target, detail, settings.branch_name(), copies))

    def _offer_reminder(self) -> None:
        detail = self.detail.detail
        refusal = lists.reminder_print_refusal(self.user, detail) if detail else None
        button = self.action_buttons["print_reminder"]
        button.setEnabled(detail is not None and refusal is None)
        button.setToolTip(error_message(refusal) if refusal else "")

    def print_reminder(self) -> None:
        """Print the latest recorded reminder; an overdue complaint never reminded is reminded first."""
        from reports import reminder_notice

        detail = self.detail.detail
        if detail is None:
            return
        if not detail.reminders:
            self.start_step("remind")
            return
        notice = lists.reminder_notice(detail)
        self._save_pdf(f"催办单_{detail.complaint.number}",
                       lambda target: reminder_notice.build(target, detail, notice, settings.branch_name()))

    def print_list(self) -> None:
        from reports import complaint_list

        items = self.model.all_rows()
        subtitle = "　".join(box.currentText() for box in (self.status_box, self.category_box, self.month_box))
        self._save_pdf(f"{TITLE}_{clock.today():%Y%m%d}",
                       lambda target: complaint_list.build(target, items, settings.branch_name(), subtitle))

    def export_excel(self) -> None:
        export_model(self, self.model, self.tr(TITLE), self.user,
                     [self.search_edit, self.status_box, self.category_box, self.month_box, self.overdue_check,
                      self.mine_check])

    def show_statistics(self) -> None:
        self.dialog = StatisticsDialog(self)
        self.dialog.open()
