"""设置 → 排班表: edit a month of the roster as a grid, save the edits at once, print the month."""


from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Staff
from desktop.services import clock, settings
from desktop.services.errors import RuleError
from desktop.services.staffing import people, roster
from desktop.ui.admin.record_page import fill_combo
from desktop.ui.admin.roster_grid import RosterModel, RosterView
from desktop.ui.service_text import joined, message
from desktop.ui.widgets import messages, printing


class RosterPage(QWidget):
    def __init__(self, user: Staff, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        today = clock.today()
        self.year, self.month = today.year, today.month
        self.team_id: int | None = None
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.prev_button = QPushButton(self.tr("◀ 上月"))
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.month_edit = QDateEdit(QDate(self.year, self.month, 1))
        self.month_edit.setDisplayFormat(self.tr("yyyy年M月"))
        self.month_edit.setCurrentSection(QDateEdit.Section.MonthSection)
        self.month_edit.dateChanged.connect(self._month_picked)
        self.next_button = QPushButton(self.tr("下月 ▶"))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.team_combo = QComboBox()
        self.team_combo.activated.connect(self._team_picked)
        self.save_button = QPushButton(self.tr("保存"))
        self.save_button.clicked.connect(self.save)
        self.print_button = QPushButton(self.tr("打印…"))
        self.print_button.clicked.connect(self.print_month)
        for widget in (self.prev_button, self.month_edit, self.next_button, QLabel(self.tr("班组：")),
                       self.team_combo):
            bar.addWidget(widget)
        bar.addStretch(1)
        self.status = QLabel()
        bar.addWidget(self.status)
        bar.addWidget(self.save_button)
        bar.addWidget(self.print_button)
        layout.addLayout(bar)
        self.model = RosterModel(self)
        self.model.changed.connect(self._show_status)
        self.view = RosterView(self.model)
        layout.addWidget(self.view, 1)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        layout.addWidget(self.legend)
        self._fill_teams()
        self.load()

    def _fill_teams(self) -> None:
        fill_combo(self.team_combo, [(self.tr("全部班组"), None)] + [(t.name, t.id) for t in people.teams()
                                                                     if t.active])

    def load(self) -> None:
        """Read the shown month (and team) from the database, dropping unsaved edits."""
        shifts = people.shifts(include_inactive=True)
        self.model.set_grid(roster.month_grid(self.year, self.month, self.team_id), shifts)
        self.view.fit_columns()
        keys = joined((f"{number}·{message(people.shift_label(s))}"
                        for number, s in enumerate(self.model.choices, start=1)))
        self.legend.setText(self.tr("%1。双击单元格选择班次，或选中单元格后输入班次首字或编号；"
                                    "0、Delete 或空格设为休息。粉色为周末和节假日，橙色为请假（“假”为请假且未排班），"
                                    "蓝色为经批准的换班，黄色为尚未保存的修改。").replace(
                                        "%1", keys))

    def can_leave(self) -> bool:
        """True when there is nothing unsaved, or the user agrees to drop it."""
        return not self.model.pending or messages.confirm(
            self, self.tr("未保存的修改"),
            self.tr("排班表有 %n 处修改尚未保存，放弃这些修改吗？", "", len(self.model.pending)))

    def refresh(self) -> None:
        self._fill_teams()
        if not self.model.pending:
            self.load()

    def show_month(self, year: int, month: int) -> None:
        if (year, month) == (self.year, self.month):
            return
        if self.can_leave():
            self.year, self.month = year, month
            self.load()
        self.month_edit.blockSignals(True)
        self.month_edit.setDate(QDate(self.year, self.month, 1))
        self.month_edit.blockSignals(False)

    def step(self, months: int) -> None:
        date = QDate(self.year, self.month, 1).addMonths(months)
        self.show_month(date.year(), date.month())

    def _month_picked(self, date: QDate) -> None:
        self.show_month(date.year(), date.month())

    def _team_picked(self) -> None:
        team_id = self.team_combo.currentData()
        if team_id != self.team_id and self.can_leave():
            self.team_id = team_id
            self.load()
        self.team_combo.setCurrentIndex(max(self.team_combo.findData(self.team_id), 0))

    def _show_status(self) -> None:
        count = len(self.model.pending)
        self.status.setText(self.tr("%n 处未保存", "", count) if count else "")
        self.save_button.setEnabled(bool(count))

    def save(self) -> None:
        try:
            roster.set_cells(self.user, self.model.pending)
        except RuleError as error:
            messages.refused(self, error)
            return
        self.load()

    def print_month(self) -> None:
        from reports import roster as roster_report

        if self.model.pending:
            messages.info(self, self.tr("打印排班表"), self.tr("请先保存排班表的修改，再打印。"))
            return
        name = self.tr("排班表_%1年%2月.pdf").replace("%1", str(self.year)).replace("%2", f"{self.month:02d}")
        grid = roster.month_grid(self.year, self.month, self.team_id)
        printing.preview(self, self.tr("排班表"), name,
                         lambda target: roster_report.build(target, grid, settings.branch_name()))
