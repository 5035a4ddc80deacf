"""The 客户登记 tab: a lazily loaded, filterable customer list searched as the clerk types, and its actions."""

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Staff
from desktop.services import auth
from desktop.services.customers import archive as customer_archive
from desktop.services.customers import lists, registration
from desktop.services.customers.lists import CustomerFilters, CustomerRow
from desktop.services.customers.search_keys import Span
from desktop.services.errors import RuleError
from desktop.services.paging import Page
from desktop.services.staffing import people
from desktop.ui.customers.dialogs import AccessLogDialog, ReassignDialog, ReviewDialog
from desktop.ui.customers.form import CustomerDialog
from desktop.ui.customers.handover_dialog import HandOverDialog
from desktop.ui.customers.import_dialog import ImportDialog
from desktop.ui.customers.key_customers_dialog import KeyCustomersDialog
from desktop.ui.customers.list_model import CustomerListModel
from desktop.ui.customers.page import CustomerPage, open_page, print_card
from desktop.ui.service_text import message, translated
from desktop.ui.widgets import messages
from desktop.ui.widgets.background import Job, failure_text
from desktop.ui.widgets.empty_hint import EmptyHint
from desktop.ui.widgets.export import export_model
from desktop.ui.widgets.filters import filter_combo, fit_placeholder
from desktop.ui.widgets.flow_layout import FlowLayout
from desktop.ui.widgets.kept_filters import keep, keep_sort_choice, kept_sort
from desktop.ui.widgets.lazy_table import Fetch, screenfuls
from desktop.ui.widgets.list_table import list_table
from desktop.ui.widgets.match_marks import MarkedTable

COUNT_CAP = 1000  # a search counts this many matches at most: "1 000+" says to type on
MARKED_COLUMNS = {0: "number", 1: "name", 3: "phone"}  # of list_model.columns(): where a search's match is marked
DUE_SORT = {"credit": "credit_review_due_on", "archive": "archive_check_due_on"}


class CustomersTab(QWidget):
    def __init__(self, user: Staff, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.filters = CustomerFilters()
        self.sort_key: str | None = None
        self.descending = False
        self.loading = False
        self._ticket = 0
        self._task: Job | None = None  # the page query running; at most one, the newest request runs after it
        self._again = False
        self._counting: Job | None = None
        self.page: CustomerPage | None = None  # the customer page opened last
        self._select_id: int | None = None  # a customer just saved, selected when the list comes back
        layout = QVBoxLayout(self)
        layout.addLayout(self._filter_bar())
        layout.addLayout(self._action_bar())
        self.model = CustomerListModel(self._service_fetch)
        self._marks: dict[int, dict[str, Span]] = {}
        self.table = list_table("customers", self.model, MarkedTable(self.match_span, MARKED_COLUMNS))
        # shown even for a page that fits: typing on would otherwise show and hide it, and each time the view would
        # be laid out and painted again at its new width
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self._restore_sort()
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self.table.horizontalHeader().setSectionsClickable(True)
        self.table.horizontalHeader().sectionClicked.connect(self.sort_by)
        self.table.doubleClicked.connect(lambda _: self.open_current())
        header = self.table.horizontalHeader()
        for column, width in enumerate([110, 200, 80, 120, 60, 60, 50, 80, 90, 110, 90, 90, 90]):
            self.table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))  # English titles are longer
        layout.addWidget(self.table, 1)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._offer_undo())
        self.model.modelReset.connect(self._offer_undo)
        self.model.followed.connect(self.recount)
        self.empty_hint = EmptyHint(self.table, self._empty_text)
        self.status = QLabel()
        self.status.setObjectName("status")
        layout.addWidget(self.status)
        self.typing = QTimer(self)  # every keystroke searches; keys already waiting are taken as one
        self.typing.setSingleShot(True)
        self.typing.setInterval(0)
        self.typing.timeout.connect(self.refresh)
        self.search.textChanged.connect(self.typing.start)
        keep(user, "customers", {"grade": self.grade_box, "credit": self.credit_box, "owner": self.owner_box,
                                 "status": self.status_box, "due": self.due_box, "mine": self.mine_box})
        self.refresh()

    # building
    def _filter_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setProperty("search", True)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("搜索：姓名任意部分 / 拼音或首字母（zs）/ 电话 / 客户编号"))
        fit_placeholder(self.search)
        grades = [(g, g) for g in registration.GRADES]
        self.grade_box = filter_combo("customer_grade", self.refresh, [(self.tr("客户等级：全部"), "")] + grades)
        self.credit_box = filter_combo("credit_grade", self.refresh, [(self.tr("信用等级：全部"), "")] + grades)
        self.owner_box = filter_combo("owner", self.refresh, [(self.tr("业务员：全部"), None)] + [
            (f"{p.code} {p.name}", p.id) for p in people.active_staff()])
        self.status_box = filter_combo("status", self.refresh, [(self.tr("在册客户"), "")] + [
            (translated(s), s) for s in registration.STATUSES] + [(self.tr("即将回公共池"), lists.STATUS_SOON),
                                                      (self.tr("全部（含归档、作废）"), "全部")])
        self.due_box = filter_combo("due", self.refresh, [
            (self.tr("复核：不限"), ""), (self.tr("信用复核到期"), "credit"), (self.tr("档案核定到期"), "archive")])
        self.mine_box = QCheckBox(self.tr("只看我的"))
        self.mine_box.setObjectName("mine")
        self.mine_box.toggled.connect(self.refresh)
        bar.addWidget(self.search, 3)
        for widget in (self.grade_box, self.credit_box, self.owner_box, self.status_box, self.due_box,
                       self.mine_box):
            bar.addWidget(widget)
        return bar

    def _action_bar(self) -> FlowLayout:
        bar = FlowLayout()
        actions = [
            (self.tr("登记新客户"), self.register_new, None),
            (self.tr("客户全貌"), self.open_current, None),
            (self.tr("修改资料"), self.edit_current, None),
            (self.tr("撤销修改"), self.undo_current, None),
            (self.tr("家庭关联"), self.link_household_current, None),
            (self.tr("从公共池申领"), self.claim_current, None),
            (self.tr("记录复核"), self.review_current, "customers.review"),
            (self.tr("改派"), self.reassign_current, "customers.reassign"),
            (self.tr("客户交接"), self.hand_over, "customers.hand_over"),
            (self.tr("重点客户"), self.show_key_customers, "customers.key_view"),
            (self.tr("归档"), self.archive_current, "customers.void"),
            (self.tr("作废"), self.void_current, "customers.void"),
            (self.tr("借阅记录"), self.show_access_log, "customers.access_log"),
            (self.tr("从 Excel 导入"), self.import_excel, "customers.register"),
            (self.tr("打印资料卡"), self.print_current, None),
        ]
        self.buttons: dict[str, QPushButton] = {}
        for text, slot, permission in actions:
            button = QPushButton(text, self)  # a child already: shown or hidden here, it is never a window of its own
            button.clicked.connect(lambda _=False, s=slot: s())
            button.setVisible(permission is None or auth.can(self.user, permission))
            bar.addWidget(button)
            self.buttons[text] = button
        return bar

    # the list
    def current_filters(self) -> CustomerFilters:
        return CustomerFilters(text=self.search.text(), customer_grade=self.grade_box.currentData(),
                               credit_grade=self.credit_box.currentData(), owner_id=self.owner_box.currentData(),
                               status=self.status_box.currentData(), mine=self.mine_box.isChecked(),
                               due=self.due_box.currentData())

    def refresh(self) -> None:
        """Query the first page on a worker thread, show it, then count; the newest request wins. While a page
        query runs, a newer request waits for it and then runs once, however many keys were typed meanwhile."""
        self.typing.stop()
        self._ticket += 1
        self.loading = True
        if not lists.finds_anyone(self.search.text()):  # too short to search: said at once, nothing queried
            self._show((self._ticket, self.current_filters(), []))
            return
        if self._task is not None:
            self._again = True
            return
        ticket, filters, user = self._ticket, self.current_filters(), self.user
        if filters.due and self.sort_key is None:
            self.sort_key = DUE_SORT[filters.due]
        self.model.set_order(self.sort_key, self.descending)
        self.model.first_page = screenfuls(self.table)
        page = Page(0, self.model.first_page, None, self.sort_key, self.descending)
        self.status.setText(self.tr("正在查询…"))
        self._task = Job(lambda _progress: (ticket, filters, lists.fetch(user, page, filters)))
        self._task.succeeded.connect(self._show)
        self._task.failed.connect(self._failed)
        self._task.finished.connect(self._page_done)
        self._task.start()

    def _page_done(self) -> None:
        self._task = None
        if self._again:
            self._again = False
            self.refresh()

    def _show(self, result: tuple) -> None:
        ticket, filters, rows = result
        if ticket != self._ticket:
            return  # a newer query was asked for while this one ran
        self.filters = filters
        self._marks = {}
        self.model.reload(self._prefetched(rows))
        # laid out and painted now, once: before the count's worker starts to compete with the paint, and without
        # the second paint the view's delayed layout would ask for
        self.table.doItemsLayout()
        self.table.viewport().repaint()
        if self._select_id is not None:
            self._select_saved()
        needed = lists.too_short(filters.text) if not rows else None
        if needed:
            self.loading = False
            self.empty_hint.update_hint()
            self.status.setText(self.tr("请继续输入：%1").replace("%1", message(needed)))
            return
        self.status.setText(self.tr("正在计数…"))
        self._count(ticket, filters)

    def _count(self, ticket: int, filters: CustomerFilters) -> None:
        cap, user = (COUNT_CAP if filters.text.strip() else None), self.user
        self._counting = Job(lambda _progress: (ticket, cap, lists.count(user, filters, cap=cap)))
        self._counting.succeeded.connect(self._show_count)
        self._counting.failed.connect(self._failed)
        self._counting.start()

    def recount(self) -> None:
        """Another desk wrote and the list was read again: the count under it is counted again (quietly: the label
        keeps the old count until the new one is known). A query already on its way counts by itself."""
        if not self.loading and lists.finds_anyone(self.filters.text) and not lists.too_short(self.filters.text):
            self._count(self._ticket, self.filters)

    def _show_count(self, result: tuple) -> None:
        ticket, cap, (total, households) = result
        if ticket != self._ticket:
            return
        self.loading = False
        self.empty_hint.update_hint()
        legend = self.tr("黄色：已回公共池　蓝色：机密客户（仅显示名称和编号）")
        if cap is not None and total > cap:
            self.status.setText(self.tr("共 %1+ 位客户，请继续输入缩小范围　%2").replace(
                "%1", f"{cap:,}".replace(",", " ")).replace("%2", legend))
            return
        self.status.setText(self.tr("共 %1 位客户（家庭成员合并后 %2 户）　%3").replace("%1", str(total)).replace(
            "%2", str(households)).replace("%3", legend))

    def _empty_text(self) -> str:
        if self.loading:
            return ""
        needed = lists.too_short(self.filters.text)
        if needed:
            return self.tr("请继续输入：%1").replace("%1", message(needed))
        if self.filters != CustomerFilters():
            return self.tr("没有符合条件的客户。可以换个写法（姓名任意部分、拼音首字母 zs、电话后四位、客户编号），"
                           "或放宽上面的筛选条件。")
        return self.tr("还没有客户。点击「登记新客户」（Ctrl+N）或「从 Excel 导入」开始建立客户档案。")

    def _failed(self, error: Exception) -> None:
        self.loading = False
        self.status.setText(failure_text(error, self.tr("查询失败：%1")))

    def match_span(self, index: QModelIndex) -> Span | None:
        """The characters of a name, number or phone cell the search text matched (lists.matched), or None."""
        field = MARKED_COLUMNS.get(index.column())
        if field is None or not self.filters.text.strip() or index.row() >= self.model.rowCount():
            return None
        row = self.model.row_at(index.row())
        if row.id not in self._marks:
            self._marks[row.id] = lists.matched(self.filters.text, row)
        return self._marks[row.id].get(field)

    def _service_fetch(self, page: Page) -> list[CustomerRow]:
        return lists.fetch(self.user, page, self.filters)

    def _prefetched(self, first: list[CustomerRow]) -> Fetch:
        waiting = [first]

        def fetch(page: Page) -> list[CustomerRow]:
            if waiting and page.offset == 0:
                return waiting.pop()
            return self._service_fetch(page)

        return fetch

    def sort_by(self, column: int) -> None:
        key = self.model.sort_key_of(column)
        if key is None:
            return
        self.descending = not self.descending if key == self.sort_key else False
        self.sort_key = key
        keep_sort_choice(self.user, "customers", key, self.descending)
        self._show_sort()
        self.refresh()

    def _restore_sort(self) -> None:
        """The person's last sort, or newest first."""
        kept = kept_sort(self.user, "customers")
        if kept and self.model.column_of(kept[0]) is not None:
            self.sort_key, self.descending = kept
        self._show_sort()

    def _show_sort(self) -> None:
        column = self.model.column_of(self.sort_key) if self.sort_key else None
        order = Qt.SortOrder.DescendingOrder if self.descending else Qt.SortOrder.AscendingOrder
        self.table.horizontalHeader().setSortIndicator(-1 if column is None else column, order)

    def current_row(self) -> CustomerRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _selected(self) -> CustomerRow | None:
        row = self.current_row()
        if row is None:
            messages.info(self, self.tr("客户登记"), self.tr("请先在列表中选择一位客户。"))
        return row

    def _attempt(self, action: Any, done: str = "") -> bool:
        """Run one service call; show a refusal, or refresh the list after a change."""
        try:
            action()
        except RuleError as error:
            messages.refused(self, error)
            return False
        if done:
            self.status.setText(done)
        self.refresh()
        return True

    # actions
    def registration_dialog(self) -> CustomerDialog:
        return CustomerDialog(self.user, None, self)

    def new_record(self) -> None:
        self.register_new()

    def register_new(self) -> None:
        dialog = self.registration_dialog()
        if dialog.exec():
            self.after_save(dialog.saved)
        elif dialog.open_instead is not None:
            self.open_record(dialog.open_instead)

    def after_save(self, customer: Any, done: str | None = None) -> None:
        """The new customer is selected in the list once it is read again, and the status bar says who was saved."""
        self._select_id = customer.id
        messages.saved(self, (done or self.tr("已登记 %1 %2")).replace("%1", customer.number).replace(
            "%2", customer.name))
        self.refresh()

    def _select_saved(self) -> None:
        row = next((i for i, r in enumerate(self.model.loaded_rows()) if r.id == self._select_id), None)
        self._select_id = None
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, 1))
            self.table.scrollTo(self.model.index(row, 1))

    def detail_dialog(self, row: CustomerRow) -> CustomerDialog | None:
        return self.customer_dialog(row.id)

    def customer_dialog(self, customer_id: int) -> CustomerDialog | None:
        try:
            customer = customer_archive.open_archive(self.user, customer_id)
        except RuleError as error:
            messages.refused(self, error)
            return None
        return CustomerDialog(self.user, customer, self)

    def open_current(self) -> None:
        row = self._selected()
        if row is not None:
            self.open_record(row.id)

    def open_record(self, customer_id: int | None) -> None:
        """Open the customer's page (from 今日, the list or a duplicate refusal); None only shows the tab."""
        if customer_id is not None:
            self.page = open_page(self, self.user, customer_id, self.refresh)

    def edit_current(self) -> None:
        row = self._selected()
        dialog = self.detail_dialog(row) if row is not None else None
        if dialog is not None and dialog.exec():
            self.after_save(dialog.saved, self.tr("已保存对 %1 %2 的修改（30 分钟内可撤销）"))
        elif dialog is not None and dialog.open_instead is not None:
            self.open_record(dialog.open_instead)

    def _offer_undo(self) -> None:
        """撤销修改 is offered for one's own last correction of the selected customer; otherwise it says why not."""
        row = self.current_row()
        refused = registration.undo_refusal(self.user, registration.get(row.id)) if row is not None else ""
        button = self.buttons[self.tr("撤销修改")]
        button.setEnabled(refused is None)
        button.setToolTip(message(refused) if refused else self.tr("撤销自己 30 分钟内对所选客户资料的最后一次修改"))

    def undo_current(self) -> None:
        row = self._selected()
        if row is None:
            return
        try:
            customer = registration.undo_last_edit(self.user, registration.get(row.id))
        except RuleError as error:
            messages.refused(self, error)
            return
        self.after_save(customer, self.tr("已撤销对 %1 %2 的上次修改"))

    def void_current(self, reason: str | None = None) -> None:
        row = self._selected()
        reason = reason or (row and messages.ask_reason(self, self.tr("作废客户"), self.tr(
            "作废 %1 %2 的原因（记录保留，号码可重新登记）：").replace("%1", row.number).replace("%2", row.name)))
        if row and reason:
            self._attempt(lambda: registration.void(self.user, registration.get(row.id), reason))

    def archive_current(self, reason: str | None = None) -> None:
        row = self._selected()
        reason = reason or (row and messages.ask_reason(self, self.tr("归档客户"), self.tr("归档原因：")))
        if row and reason:
            self._attempt(lambda: registration.archive(self.user, registration.get(row.id), reason))

    def link_household_current(self, reference: str | None = None) -> None:
        row = self._selected()
        reference = reference or (row and messages.ask_reason(self, self.tr("家庭关联"), self.tr(
            "%1 并入哪位家庭成员（配偶/父母/子女）的家庭？请输入其客户编号或电话：").replace("%1", row.name)))
        if row and reference:
            self._attempt(lambda: registration.link_household(self.user, registration.get(row.id), reference))

    def claim_current(self) -> None:
        row = self._selected()
        if row:
            self._attempt(lambda: registration.claim(self.user, registration.get(row.id)))

    def reassign_current(self) -> None:
        row = self._selected()
        if row and ReassignDialog(self.user, row, self).exec():
            self.refresh()

    def review_current(self) -> None:
        row = self._selected()
        if row and ReviewDialog(self.user, row, self).exec():
            self.refresh()

    def hand_over(self) -> None:
        if HandOverDialog(self.user, parent=self).exec():
            self.refresh()

    def show_key_customers(self) -> None:
        KeyCustomersDialog(self.user, self).exec()
        self.refresh()

    def show_access_log(self) -> None:
        try:
            dialog = AccessLogDialog(self.user, self)
        except RuleError as error:
            messages.refused(self, error)
            return
        dialog.exec()

    def import_excel(self) -> None:
        dialog = ImportDialog(self.user, self)
        if dialog.exec() and dialog.summary is not None:
            messages.info(self, self.tr("导入完成"), dialog.summary_text())
            self.refresh()

    # 文件 menu
    def export_excel(self) -> None:
        export_model(self, self.model, self.tr("客户登记"), self.user,
                     [self.search, self.grade_box, self.credit_box, self.owner_box, self.status_box, self.due_box,
                      self.mine_box])

    def print_current(self) -> None:
        row = self._selected()
        if row is not None:
            print_card(self, self.user, row.id, row.number)
