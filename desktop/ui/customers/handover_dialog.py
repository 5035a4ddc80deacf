"""客户交接 (在职继承 / 离职继承): the supervisor picks whose customers move to whom, ticks all or some, gives the
reason, and prints the 交接清单; earlier hand-overs are listed below for reprinting."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models import CustomerHandOver, Staff
from desktop.services import settings
from desktop.services.customers import handover, pool_rules
from desktop.services.errors import Cancelled, RuleError
from desktop.services.staffing import people
from desktop.ui.service_text import message, translated
from desktop.ui.widgets import messages, printing
from desktop.ui.widgets.background import Progress
from desktop.ui.widgets.forms import ErrorForm
from desktop.ui.widgets.lazy_table import Column, LazyTableModel
from desktop.ui.widgets.list_table import list_table
from desktop.ui.widgets.progress import run_with_progress

BLOCKED_STYLE = "color: #999999;"


def print_sheet(parent: QWidget, user: Staff, hand_over_id: int) -> None:
    try:
        sheet = handover.sheet(user, hand_over_id)
    except RuleError as error:
        messages.refused(parent, error)
        return
    from reports import handover_list

    title = QCoreApplication.translate("HandOverDialog", "客户交接清单")
    printing.preview(parent, title, f"交接清单_{sheet.number}.pdf",
                     lambda target: handover_list.build(target, sheet, settings.branch_name()))


class HandOverDialog(QDialog):
    """`leaver`: `staff` is leaving (设置 → 员工 停用): 离职继承 of that person only, all ticked, their other
    follow-ups offered too; the hand-over deactivates them."""

    def __init__(self, user: Staff, staff: Staff | None = None, leaver: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.leaving = leaver and staff is not None
        self.record: CustomerHandOver | None = None
        self.holdings: list[handover.Holding] = []
        self.setWindowTitle(self.tr("客户交接"))
        self.resize(980, 700)
        layout = QVBoxLayout(self)
        rules = pool_rules.current()
        limit = (self.tr("同一客户 %1 天内最多在职交接 %2 次").replace("%1", str(rules.transfer_window))
                 .replace("%2", str(rules.transfer_limit)) if rules.transfer_limit else self.tr("在职交接次数不限"))
        intro = QLabel(self.tr("把一位员工名下的客户（连同家庭成员和未完成的跟进）交给另一位员工；接收人自交接日起重新"
                               "计算归属期限。%1（设置 → 客户规则）；离职继承不受限。").replace("%1", limit))
        intro.setObjectName("intro")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.form = ErrorForm()
        self.from_box, self.to_box, self.kind_box = QComboBox(), QComboBox(), QComboBox()
        for box, name in ((self.from_box, "from_staff"), (self.to_box, "to_staff"), (self.kind_box, "kind")):
            box.setObjectName(name)
        self._people = {person.id: person for person in people.all_staff()}
        for person in self._people.values():
            gone = "" if person.active else self.tr("（已停用）")
            self.from_box.addItem(f"{person.code} {person.name}{gone}", person.id)
        for person in people.active_staff():
            self.to_box.addItem(f"{person.code} {person.name}", person.id)
        for kind in handover.KINDS:
            self.kind_box.addItem(translated(kind), kind)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.form.add_field(self.tr("移交人"), self.from_box, "from_staff")
        self.form.add_field(self.tr("交接类型"), self.kind_box, "kind")
        self.form.add_field(self.tr("接收人"), self.to_box, "to_staff")
        self.form.add_field(self.tr("交接原因"), self.reason, "reason")
        layout.addLayout(self.form)
        layout.addLayout(self._customer_box(), 3)
        self.others = QCheckBox()
        self.others.setObjectName("other_follow_ups")
        layout.addWidget(self.others)
        self.form.add_general()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("交接并打印清单"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        layout.addLayout(self._history_box(), 2)
        if staff is not None:
            self.from_box.setCurrentIndex(self.from_box.findData(staff.id))
        if leaver or (staff is not None and not staff.active):
            self.kind_box.setCurrentIndex(self.kind_box.findData(handover.LEAVER))
        self.from_box.setEnabled(not self.leaving)
        self.kind_box.setEnabled(not self.leaving)
        self.from_box.currentIndexChanged.connect(lambda _: self.load())
        self.kind_box.currentIndexChanged.connect(lambda _: self.load())
        self.load()

    # building
    def _customer_box(self) -> QVBoxLayout:
        box = QVBoxLayout()
        row = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        row.addWidget(self.summary, 1)
        for text, ticked in ((self.tr("全选"), True), (self.tr("全不选"), False)):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, t=ticked: self.tick_all(t))
            row.addWidget(button)
        box.addLayout(row)
        titles = [self.tr("客户编号"), self.tr("客户名称"), self.tr("等级"), self.tr("联系电话"), self.tr("未完成跟进"),
                  self.tr("下次跟进"), self.tr("能否交接")]
        self.table = QTableWidget(0, len(titles))
        self.table.setObjectName("customers")
        self.table.setHorizontalHeaderLabels(titles)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate([130, 180, 50, 130, 80, 90]):
            self.table.setColumnWidth(column, width)
        self.table.itemChanged.connect(lambda _: self._count())
        box.addWidget(self.table, 1)
        return box

    def _history_box(self) -> QVBoxLayout:
        box = QVBoxLayout()
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("以往交接（选中后可重印交接清单）")), 1)
        again = QPushButton(self.tr("打印交接清单"))
        again.setObjectName("reprint")
        again.clicked.connect(self.reprint)
        row.addWidget(again)
        box.addLayout(row)
        columns = [Column(self.tr("交接单号"), lambda r: r.number),
                   Column(self.tr("类型"), lambda r: translated(r.kind)),
                   Column(self.tr("时间"), lambda r: r.at), Column(self.tr("移交人"), lambda r: r.from_name),
                   Column(self.tr("接收人"), lambda r: r.to_name), Column(self.tr("客户数"), lambda r: r.customers),
                   Column(self.tr("原因"), lambda r: r.reason)]
        self.history = LazyTableModel(columns, lambda page: handover.recent(self.user, page))
        self.history_table = list_table("hand_overs", self.history)
        self.history_table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate([110, 80, 140, 90, 90, 60]):
            self.history_table.setColumnWidth(column, width)
        box.addWidget(self.history_table, 1)
        self.history.reload()
        return box

    # showing
    def staff(self) -> Staff:
        return self._people[self.from_box.currentData()]

    def kind(self) -> str:
        return self.kind_box.currentData()

    def load(self) -> None:
        self.form.clear_errors()
        staff = self.staff()
        if self.to_box.currentData() == staff.id:  # nobody hands over to himself: the next person is offered
            self.to_box.setCurrentIndex((self.to_box.currentIndex() + 1) % max(self.to_box.count(), 1))
        self.holdings = handover.holdings(self.user, staff, self.kind())
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.holdings))
        for row, holding in enumerate(self.holdings):
            due = f"{holding.next_due:%Y-%m-%d}" if holding.next_due else ""
            state = message(holding.blocked) if holding.blocked else self.tr("可交接")
            values = [holding.number, holding.name, translated(holding.grade), translated(holding.phone),
                      str(holding.follow_ups or ""), due, state]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                item.setToolTip(value)
                self.table.setItem(row, column, item)
            first = self.table.item(row, 0)
            if holding.blocked:
                first.setFlags(Qt.ItemFlag.ItemIsSelectable)
                first.setCheckState(Qt.CheckState.Unchecked)
            else:
                first.setFlags(first.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                first.setCheckState(Qt.CheckState.Checked)
        self.table.blockSignals(False)
        others = handover.other_follow_ups(staff)
        leaver = self.kind() == handover.LEAVER
        self.others.setText(self.tr("同时交接移交人在其他客户上的未完成跟进（%1 条）").replace("%1", str(others)))
        self.others.setVisible(leaver and others > 0)
        self.others.setChecked(leaver and others > 0)
        self._count()

    def _count(self) -> None:
        blocked = sum(1 for h in self.holdings if h.blocked)
        text = self.tr("%1 名下 %2 位客户（家庭计一位），已选 %3 位").replace("%1", self.staff().name).replace(
            "%2", str(len(self.holdings))).replace("%3", str(len(self.chosen())))
        if not self.holdings:
            text = self.tr("%1 名下没有客户；请选择另一位移交人。").replace("%1", self.staff().name)
        if blocked:
            text += self.tr("；%1 位已达在职交接次数上限，暂不能在职交接").replace("%1", str(blocked))
        self.summary.setText(text)

    def chosen(self) -> list[int]:
        return [h.customer_id for row, h in enumerate(self.holdings)
                if self.table.item(row, 0) and self.table.item(row, 0).checkState() == Qt.CheckState.Checked]

    def tick_all(self, ticked: bool) -> None:
        for row, holding in enumerate(self.holdings):
            if not holding.blocked:
                self.table.item(row, 0).setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    # acting
    def submit(self) -> None:
        staff, receiver = self.staff(), self._people[self.to_box.currentData()]
        kind, chosen, reason = self.kind(), self.chosen(), self.reason.text()
        others = self.others.isVisible() and self.others.isChecked()
        def work(progress: Progress) -> CustomerHandOver:
            if self.leaving:
                return handover.leave_and_hand_over(self.user, staff, receiver, chosen, reason, others,
                                                    progress=progress)
            return handover.hand_over(self.user, staff, receiver, kind, chosen, reason, others, progress=progress)

        try:
            self.record = run_with_progress(self, self.tr("正在交接客户…"), work)
        except Cancelled:
            self.record = handover.latest_from(self.user, staff)
            messages.info(self, self.tr("客户交接"), self.tr("已取消：已交接的客户见交接清单，其余仍归原业务员。"))
        except RuleError as error:
            self.form.show_error(error)
            return
        if self.record is None:
            self.reject()
            return
        print_sheet(self, self.user, self.record.id)
        self.accept()

    def reprint(self) -> None:
        rows = self.history_table.selectionModel().selectedRows() if self.history_table.selectionModel() else []
        if rows:
            print_sheet(self, self.user, self.history.row_at(rows[0].row()).id)
