"""设置 → 工作日历: a year's holidays and make-up working days, edited by hand or re-read from the holiday library."""

from collections.abc import Sequence

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QLineEdit, QPushButton, QSpinBox, QWidget

from desktop.models import CalendarDay, Staff
from desktop.services import calendar, clock
from desktop.services.errors import RuleError
from desktop.services.paging import Page
from desktop.ui.admin.record_page import RecordPage, fill_combo, select_data
from desktop.ui.widgets import messages
from desktop.ui.widgets.forms import ErrorForm
from desktop.ui.widgets.lazy_table import Column


class CalendarPage(RecordPage):
    def __init__(self, user: Staff, parent: QWidget | None = None) -> None:
        self.year = clock.today().year  # fetch() reads it while the base class builds the list
        super().__init__(user, parent)
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(self.year)
        self.year_spin.setPrefix(self.tr("年份："))
        self.year_spin.valueChanged.connect(self.show_year)
        self.reseed_button = QPushButton(self.tr("从节假日库重新导入本年"))
        self.reseed_button.clicked.connect(self.reseed)
        note = QLabel(self.tr("国务院办公厅每年 11 月前后公布下一年的放假和调休安排，节假日库可能更新较晚："
                              "公布后请在此核对，缺少或不同的日期请手工修改。手工修改的日期不会被重新导入覆盖。"))
        note.setWordWrap(True)
        note.setStyleSheet("color: #666;")
        self.top.addWidget(self.year_spin)
        self.top.addWidget(self.reseed_button)
        self.top.addWidget(note, 1)

    def kinds(self) -> dict[str | None, str]:
        return {calendar.HOLIDAY: self.tr("节假日"), calendar.WORKDAY: self.tr("调休上班"),
                None: self.tr("普通日（按周一至周五）")}

    def columns(self) -> list[Column]:
        kinds = self.kinds()
        sources = {"library": self.tr("节假日库"), "manual": self.tr("手工")}
        return [
            Column(self.tr("日期"), lambda d: d.day),
            Column(self.tr("星期"), lambda d: self.tr("一二三四五六日")[d.day.weekday()]),
            Column(self.tr("类型"), lambda d: kinds.get(d.kind, d.kind)),
            Column(self.tr("名称"), lambda d: d.name),
            Column(self.tr("来源"), lambda d: sources.get(d.source, d.source)),
        ]

    def fetch(self, page: Page) -> Sequence[CalendarDay]:
        return calendar.days_in_year(self.year)[page.offset:page.offset + page.limit]

    def title_of(self, record: CalendarDay) -> str:
        return record.day.isoformat()

    def build_form(self, form: ErrorForm) -> None:
        self.day_edit = QDateEdit()
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        self.kind_combo = QComboBox()
        fill_combo(self.kind_combo, [(text, kind) for kind, text in self.kinds().items()])
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("如 国庆节、调休上班"))
        for widget, label, field in [(self.day_edit, self.tr("日期"), "day"),
                                     (self.kind_combo, self.tr("类型"), "kind"),
                                     (self.name_edit, self.tr("名称"), "name")]:
            widget.setObjectName(field)
            form.add_field(label, widget, field)

    def fill(self, record: CalendarDay | None) -> None:
        if record is None:
            today = QDate(clock.today())
            self.day_edit.setDate(today.addYears(self.year - today.year()))
            self.kind_combo.setCurrentIndex(0)
            self.name_edit.clear()
            return
        self.day_edit.setDate(QDate(record.day.year, record.day.month, record.day.day))
        select_data(self.kind_combo, None if record.kind == calendar.ORDINARY else record.kind)
        self.name_edit.setText(record.name)

    def submit(self) -> CalendarDay:
        day = self.day_edit.date().toPython()
        saved = calendar.set_day(self.user, day, self.kind_combo.currentData(), self.name_edit.text())
        if day.year != self.year:
            self.year_spin.setValue(day.year)
        return saved

    def show_year(self, year: int) -> None:
        self.year = year
        self.reload_list()
        self.start_new()

    def reseed(self) -> None:
        if not messages.confirm(self, self.tr("重新导入"), self.tr(
                "按节假日库更新 %1 年的节假日和调休上班日？手工修改过的日期保持不变。").replace("%1", str(self.year))):
            return
        try:
            changed = calendar.reseed_year(self.user, self.year)
        except RuleError as error:
            messages.refused(self, error)
            return
        self.reload_list()
        messages.info(self, self.tr("重新导入"), self.tr("已新增或更新 %n 天。", "", changed))
