"""In English every text a person reads is English, except the office's own data: names and stored free text."""

import datetime
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from peewee import CharField, Model, TextField
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from desktop.models import (
    CalendarDay,
    CallbackAttempt,
    Complaint,
    ComplaintEvent,
    ComplaintMeeting,
    Contact,
    Customer,
    DutyLog,
    Handover,
    KeyCustomer,
    Leave,
    QualityReport,
    Shift,
    Staff,
    Swap,
    Team,
    WordingTemplate,
    WordingVersion,
)
from desktop.services import clock, settings
from desktop.services.complaints import workflow
from desktop.services.customers import archive, handover, key_customers, referrals, registration, timeline
from desktop.services.staffing import covers, duty_log, leave, quality_report, shift_handover, swap_rules, swaps
from desktop.ui import i18n
from desktop.ui.about import AboutDialog
from desktop.ui.admin.settings_dialog import SettingsDialog
from desktop.ui.admin.setup_checklist import SetupChecklistDialog
from desktop.ui.complaints.detail import ComplaintDetailView
from desktop.ui.complaints.form import ComplaintFormDialog
from desktop.ui.contacts.form import ContactDialog
from desktop.ui.customers.form import CustomerDialog
from desktop.ui.customers.handover_dialog import HandOverDialog
from desktop.ui.customers.key_customers_dialog import KeyCustomersDialog
from desktop.ui.customers.page import CustomerPage
from desktop.ui.files.backup_dialog import BackupDialog
from desktop.ui.login import LoginDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.password_dialog import ChangePasswordDialog
from desktop.ui.reports.window import ReportWindow
from desktop.ui.staffing.leave import LeavePage
from desktop.ui.staffing.leave_form import LeaveDialog
from desktop.ui.staffing.swap_form import SwapFormDialog
from desktop.ui.staffing.tab import SwapsTab
from desktop.ui.today.tab import TodayTab
from tests import complaint_world, contact_data, leave_world
from tests.swap_world import put
from tests.ui.english_scan import ROWS, chinese

CHOICES = {"kind", "source", "confidentiality", "status", "category", "severity", "channel", "cause_kind",
           "department", "purpose", "satisfaction", "half", "urgent_category", "customer_grade", "credit_grade",
           "job_type", "skill_level", "role", "closed_as"}  # stored choices, shown translated: not free text


@pytest.fixture
def english() -> Iterator[None]:
    i18n.install("en")
    yield
    i18n.install("zh_CN")


def _data() -> list[str]:
    """The office's names: people, teams, shifts (and the letter of each on the roster), customers, the days of its
    calendar, the branch; and a language's own name in the language picker."""
    shifts = [s.name for s in Shift.select()]
    return [*(s.name for s in Staff.select()), *(t.name for t in Team.select()), *shifts, *(s[:1] for s in shifts),
            *(c.name for c in Customer.select()), *(d.name for d in CalendarDay.select()), settings.branch_name(),
            *i18n.LANGUAGES.values()]


TYPED_IN = (Customer, Contact, Complaint, CallbackAttempt, ComplaintMeeting, Swap, Leave, Handover, DutyLog,
            QualityReport, KeyCustomer, WordingTemplate, WordingVersion)  # the business rows people type into


def _free_text(models: tuple[type[Model], ...] = (*TYPED_IN, ComplaintEvent)) -> list[str]:
    """What people typed, and (unless left out of `models`) the complaints' history written with it: every text
    column of the business rows that is not a choice."""
    found = []
    for model in models:
        fields = [f for f in model._meta.sorted_fields
                  if isinstance(f, CharField | TextField) and f.name not in CHOICES]
        for row in model.select(*fields).tuples():
            found += [value for value in row if value]
    return found


def _left(widget: QWidget, *files: Path) -> list[tuple[str, str]]:
    """What is still Chinese in `widget` apart from the office's data and the names of its `files`."""
    return chinese(widget, _data() + _free_text() + [str(path) for path in files])


@pytest.fixture
def world(office_data: dict) -> dict:
    """A customer, a visit, complaints at several steps of their handling: lists with rows in them."""
    buyer = contact_data.customer(office_data["clerk1"])
    contact_data.record(office_data["sales1"], buyer, clock.now() - datetime.timedelta(days=1))
    for state in (workflow.RECEIVED, workflow.DISPATCHED, workflow.APPROVED):
        complaint_world.take_to(state, office_data)
    return office_data


@pytest.mark.usefixtures("english", "office_data")
def test_the_login_is_english(qtbot: QtBot) -> None:
    dialog = LoginDialog(settings.branch_name())
    qtbot.addWidget(dialog)
    assert _left(dialog) == []


@pytest.mark.usefixtures("english")
def test_each_main_tab_is_english(qtbot: QtBot, world: dict, db_path: Path) -> None:
    window = MainWindow(world["supervisor"], db_path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.today.tree.topLevelItemCount() > 0, timeout=10000)  # the day, read on a worker
    left = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(10)
        left += [(window.tabs.tabText(index), *found) for found in _left(window.tabs.widget(index))]
    assert left == []


@pytest.mark.usefixtures("english")
def test_each_settings_page_is_english(qtbot: QtBot, office_data: dict) -> None:
    dialog = SettingsDialog(office_data["admin"])
    qtbot.addWidget(dialog)
    left = []
    for name in dialog.pages:
        left += [(name, *found) for found in _left(dialog.show_page(name))]
    assert left == []


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize("kind", ["daily", "weekly", "monthly"])
def test_the_report_window_is_english(qtbot: QtBot, office_data: dict, kind: str) -> None:
    window = ReportWindow(office_data["supervisor"], kind=kind)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not window.loading, timeout=20000)  # the figures are counted on a worker
    assert _left(window) == []


DIALOGS: dict[str, Callable[[dict, Path], QWidget]] = {
    "new customer": lambda data, _: CustomerDialog(data["clerk1"]),
    "a customer": lambda data, _: CustomerDialog(data["clerk1"], Customer.get()),
    "new visit": lambda data, _: ContactDialog(data["sales1"]),
    "new complaint": lambda data, _: ComplaintFormDialog(data["clerk1"]),
    "swap request": lambda data, _: SwapFormDialog(data["clerk1"]),
    "leave request": lambda data, _: LeaveDialog(data["clerk1"]),
    "backup": lambda data, path: BackupDialog(data["supervisor"], path),
    "password": lambda data, _: ChangePasswordDialog(data["clerk1"]),
    "about": lambda _, path: AboutDialog(path),
    "customer hand-over": lambda data, _: HandOverDialog(data["supervisor"], data["clerk1"]),
    "key customers": lambda data, _: KeyCustomersDialog(data["supervisor"]),
    "first-run checklist": lambda data, _: SetupChecklistDialog(data["admin"], lambda page: None, lambda: None),
}


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize("name", list(DIALOGS))
def test_the_common_dialogs_are_english(qtbot: QtBot, world: dict, db_path: Path, name: str) -> None:
    dialog = DIALOGS[name](world, db_path)
    qtbot.addWidget(dialog)
    assert _left(dialog, db_path, db_path.parent / "自动备份") == []


@pytest.fixture
def books(world: dict) -> dict:
    """A hand-over log, a duty log, a month's quality report and a key customer: the shift books with rows."""
    today = clock.today()
    put(world["clerk1"], today, world["shifts"]["早班"])
    put(world["clerk2"], today, world["shifts"]["中班"])
    shift_handover.record(world["clerk1"], shift_handover.HandoverDraft(today, world["shifts"]["早班"],
                                                                         equipment="正常"))
    duty_log.save(world["leader1"], duty_log.DutyDraft(today, world["shifts"]["早班"], events="平稳",
                                                        consultations=12))
    quality_report.save(world["leader1"], 2026, 10, "本月投诉减少", "", "")
    key_customers.mark(world["supervisor"], Customer.get(), key_customers.KeyCustomerForm(reason="大单", target="50万",
                                                                                         action_plan="每月拜访"))
    return world


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize("who", ["leader1", "supervisor"])
def test_the_shift_books_are_english(qtbot: QtBot, books: dict, who: str) -> None:
    """交接日志, 值班日志, 服务质量分析报告 and 值班公平 in 换班登记, as a team leader and the supervisor see them."""
    tab = SwapsTab(books[who])
    qtbot.addWidget(tab)
    tab.show()
    left = []
    for index in range(tab.pages.count()):
        tab.pages.setCurrentIndex(index)
        qtbot.wait(10)
        left += [(tab.pages.tabText(index), *found) for found in _left(tab.pages.widget(index))]
    assert left == []


@pytest.mark.usefixtures("english")
def test_the_new_customer_screens_with_rows_are_english(qtbot: QtBot, books: dict) -> None:
    for dialog in (HandOverDialog(books["supervisor"], books["clerk1"]), KeyCustomersDialog(books["supervisor"])):
        qtbot.addWidget(dialog)
        dialog.show()
        assert _left(dialog) == []


def _cut_placeholders(root: QWidget) -> list[str]:
    """The placeholders that do not fit their box as laid out."""
    cut = []
    for edit in root.findChildren(QLineEdit):
        text = edit.placeholderText()
        if text and edit.isVisible() and edit.fontMetrics().horizontalAdvance(text) > edit.width() - 12:
            cut.append(f"{text} ({edit.fontMetrics().horizontalAdvance(text)} > {edit.width()})")
    return cut


@pytest.mark.usefixtures("english")
def test_no_placeholder_is_cut_off_at_1366_by_768(qtbot: QtBot, world: dict, db_path: Path) -> None:
    window = MainWindow(world["supervisor"], db_path)
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    cut = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(20)
        cut += _cut_placeholders(window)
    assert cut == [], cut


TYPED = ["客户转向同事", "区域调整", "调岗", "合作结束"]  # the reasons typed below: stored free text of the audit


def _story(data: dict) -> Customer:
    """One customer with every sort of timeline entry: a referral that lapsed and one kept, a visit with ratings
    and a promise, a follow-up done and one due, a complaint, a credit review, a key-customer mark taken back, a
    release, a claim, a hand-over, a reassignment, a lapse back to the pool and a claim after it, a lapse today, and
    the supervisor's openings of the (then) confidential archive."""
    clerk, other, sales, boss = data["clerk1"], data["clerk2"], data["sales1"], data["supervisor"]
    at = lambda month, day, hour=9: datetime.datetime(2026, month, day, hour, 0)  # noqa: E731
    clock.freeze(at(7, 1))
    customer = registration.register(clerk, registration.CustomerForm(
        name="林晓", phone="13900000077", source="转介绍", referrer_id=sales.id,
        referral_expected_on=datetime.date(2026, 7, 3)))
    clock.freeze(at(7, 5))
    referrals.register(clerk, registration.get(customer.id), sales.id, datetime.date(2026, 7, 7))
    contact_data.record(clerk, registration.get(customer.id), at(7, 7, 10), kind="reception")
    contact_data.record(clerk, registration.get(customer.id), at(7, 10), quality_rating="优良", promised="送样品",
                        next_follow_up_on=datetime.date(2026, 7, 15))
    contact_data.record(clerk, registration.get(customer.id), at(7, 14), kind="phone")
    clock.freeze(at(7, 20))
    complaint = workflow.receive(clerk, complaint_world.form(received_at=at(7, 20), customer_id=customer.id))
    workflow.assess(boss, complaint, False, "非本公司产品", "已向客户说明")
    registration.record_credit_review(boss, registration.get(customer.id), "A")
    mark = key_customers.mark(boss, registration.get(customer.id), key_customers.KeyCustomerForm(
        reason="大单", target="50万", action_plan="每月拜访"))
    clock.freeze(at(7, 22))
    key_customers.unmark(boss, mark, "合作结束")
    clock.freeze(at(7, 25))
    registration.release(clerk, registration.get(customer.id), "客户转向同事")
    registration.claim(other, registration.get(customer.id))
    clock.freeze(at(7, 27))
    handover.hand_over(boss, other, sales, handover.IN_SERVICE, [customer.id], "调岗")
    clock.freeze(at(7, 28))
    registration.reassign(boss, registration.get(customer.id), clerk, "区域调整")
    clock.freeze(at(10, 1))  # 张三's month ran out in August: back in the pool, claimed by 李四
    registration.claim(other, registration.get(customer.id))
    registration.update(boss, registration.get(customer.id), registration.CustomerForm(
        **{**registration.form_of(registration.get(customer.id)).__dict__, "confidentiality": "confidential"}))
    archive.open_archive(boss, customer.id, "修改资料")
    registration.update(boss, registration.get(customer.id), registration.CustomerForm(
        **{**registration.form_of(registration.get(customer.id)).__dict__, "confidentiality": "secret"}))
    contact_data.record(other, registration.get(customer.id), at(10, 2), kind="phone",
                        next_follow_up_on=datetime.date(2026, 10, 5))  # due, never done; 李四's month lapses too
    clock.freeze(datetime.datetime(2026, 11, 18, 10, 30))
    return registration.get(customer.id)


@pytest.mark.usefixtures("english")
def test_the_customer_page_is_english_with_every_kind_of_entry(qtbot: QtBot, office_data: dict) -> None:
    customer = _story(office_data)
    page = CustomerPage(office_data["supervisor"], customer.id)
    qtbot.addWidget(page)
    page.show()
    kinds = {page.model.row_at(row).kind for row in range(page.model.rowCount())}
    assert kinds == set(timeline.KINDS)
    tags = " ".join(str(page.model.row_at(row).title) for row in range(page.model.rowCount()))
    assert page.model.rowCount() < ROWS
    found = [(where, text) for where, text in chinese(page, _data() + _free_text() + TYPED)]
    assert found == [], tags


TODAY_VIEWERS = ("clerk1", "clerk2", "sales1", "leader1", "supervisor")


def _busy_day(data: dict) -> None:
    """A day with something in every group of 今日 for one of TODAY_VIEWERS: follow-ups due, complaints at every
    step, swaps, a cover and leave waiting, hand-overs to acknowledge, the month's quality report, customers
    lapsing, referrals expected and lapsed, reviews due, an urgent report, points behind and no backup."""
    clerk, other, sales = data["clerk1"], data["clerk2"], data["sales1"]
    now, today = clock.now(), clock.today()
    day = datetime.timedelta(days=1)
    for offset, name in [(-2, "逾期客户"), (0, "今天客户"), (3, "三天后客户")]:
        contact_data.record(clerk, contact_data.customer(clerk, name), now - 5 * day,
                            next_follow_up_on=today + offset * day, promised="寄样品")
    soon = contact_data.customer(clerk, "快过期客户")
    registration.register(clerk, registration.CustomerForm(name="介绍客户", phone="13900000078", source="referral",
                                                           referrer_id=sales.id, referral_expected_on=today + day))
    clock.freeze(now - 10 * day)
    registration.register(clerk, registration.CustomerForm(name="失效客户", phone="13900000079", source="referral",
                                                           referrer_id=sales.id, referral_expected_on=today - 8 * day))
    clock.freeze(now)
    contact_data.record(sales, soon, now - 2 * datetime.timedelta(hours=1), urgent=True,
                        urgent_category="同行新产品上市")
    Customer.update(ownership_until=today + 2 * day, credit_review_due_on=today - day,
                    archive_check_due_on=today).where(Customer.id == soon.id).execute()
    received = now - datetime.timedelta(days=3)
    workflow.receive(clerk, complaint_world.form(received_at=now - datetime.timedelta(minutes=20)),
                     now=now - datetime.timedelta(minutes=20))
    for state in (workflow.DISPATCHED, workflow.PROPOSED, workflow.REPLIED):
        complaint_world.take_to(state, data, received_at=received)
    unhappy = complaint_world.take_to(workflow.REPLIED, data, received_at=received)
    workflow.record_callback(clerk, unhappy, True, "不满意", False, note="仍漏水")
    waiting = complaint_world.take_to(workflow.DISPATCHED, data, received_at=received)
    workflow.pause(other, waiting, workflow.WAITING_CUSTOMER, "等客户寄回配件", today - day,
                   now=received + datetime.timedelta(hours=2))
    early, middle = data["shifts"]["早班"], data["shifts"]["中班"]
    swap_day = today + 7 * day
    put(clerk, swap_day, early)
    put(data["clerk3"], swap_day + day, early)
    swaps.submit(clerk, swap_rules.SwapDraft(clerk, data["clerk3"], swap_day, early, swap_day + day, early,
                                             reason="家中有事", handover="交接工单 3 张"))
    put(clerk, today + 9 * day, early)
    covers.submit(other, covers.CoverDraft(clerk, other, today + 9 * day, early, True))
    leave.apply(clerk, leave_world.draft(clerk, today + 14 * day))
    leave_world.approved(data, other, today - 5 * day)
    put(clerk, today - day, early)
    put(other, today - day, middle)
    shift_handover.record(clerk, shift_handover.HandoverDraft(today - day, early, equipment="正常"),
                          now=now - day + datetime.timedelta(hours=5))
    put(clerk, today, early)
    put(other, today, middle)
    shift_handover.record(clerk, shift_handover.HandoverDraft(today, early, equipment="打印机缺纸"))


@pytest.mark.usefixtures("english")
def test_today_with_every_group_filled_is_english(qtbot: QtBot, office_data: dict) -> None:
    _busy_day(office_data)
    filled: set[str] = set()
    seen: set[str] = set()
    left = []
    for who in TODAY_VIEWERS:
        tab = TodayTab(office_data[who])
        qtbot.addWidget(tab)
        tab.refresh()
        seen |= {g.key for g in tab.day.groups}
        filled |= {g.key for g in tab.day.groups if g.items}
        left += [(who, *found) for found in _left(tab)]
    assert seen - filled == set()
    assert left == [], "\n".join(sorted({text for *_, text in left}))


def _cut_labels(root: QWidget) -> list[str]:
    """The visible one-line labels and check boxes whose text is wider than they are as laid out."""
    cut = []
    for label in root.findChildren(QLabel):
        text = label.text()
        if label.isVisible() and text and "\n" not in text and not label.wordWrap() \
                and label.fontMetrics().horizontalAdvance(text) > label.contentsRect().width():
            cut.append(f"{text} ({label.fontMetrics().horizontalAdvance(text)} > {label.contentsRect().width()})")
    for box in root.findChildren(QCheckBox):
        if box.isVisible() and box.text() and box.sizeHint().width() > box.width():
            cut.append(f"{box.text()} ({box.sizeHint().width()} > {box.width()})")
    return cut


@pytest.mark.usefixtures("english")
def test_no_settings_page_cuts_a_label_or_a_check_box(qtbot: QtBot, office_data: dict) -> None:
    dialog = SettingsDialog(office_data["admin"])
    qtbot.addWidget(dialog)
    dialog.resize(1200, 700)
    dialog.show()
    cut = []
    for name in dialog.pages:
        page = dialog.show_page(name)
        qtbot.wait(10)
        cut += [(name, found) for found in _cut_labels(page)]
    assert cut == []


@pytest.mark.usefixtures("english")
def test_the_quality_report_page_shows_its_due_date_whole_at_1366_by_768(qtbot: QtBot, world: dict,
                                                                         db_path: Path) -> None:
    window = MainWindow(world["leader1"], db_path)
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    window.tabs.setCurrentIndex(window.tabs.count() - 1)  # 换班登记
    swaps = window.tabs.currentWidget().content()
    swaps.pages.setCurrentWidget(swaps.quality)
    qtbot.wait(20)
    assert swaps.quality.state.text().startswith("To be handed to the supervisor")
    assert _cut_labels(swaps.quality) == []


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize("who", ["clerk1", "leader1", "supervisor"])
def test_every_tab_fits_a_1366_pixel_screen(qtbot: QtBot, world: dict, db_path: Path, who: str) -> None:
    """Once a tab is built, its page's minimum width is the window's: a row of English buttons wider than the
    screen pushes the whole window, the status bar and every other tab past its right edge."""
    window = MainWindow(world[who], db_path)
    qtbot.addWidget(window)
    window.show()
    wide = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(10)
        page = window.tabs.currentWidget()
        inner = getattr(page.content(), "pages", None) if hasattr(page, "content") else None
        for sub in range(inner.count() if inner is not None else 0):
            inner.setCurrentIndex(sub)
            qtbot.wait(10)
        if page.minimumSizeHint().width() > 1366 - 20:
            wide.append((window.tabs.tabText(index), page.minimumSizeHint().width()))
    assert wide == []
    assert window.minimumSizeHint().width() <= 1366


HISTORY_TYPED = ["非本公司产品", "请尽快", "方案不具体", "多次未接", "重新查明原因", "同意结案", "等客户寄回配件",
                 "配件已寄回", "需第三方检测", "催一下", "同一件事", "不是同一件事", "另一台也漏水", "录入错误"]


def _every_kind_of_history(data: dict) -> list[Complaint]:
    """Complaints whose histories hold a step of every kind the program writes, with what people typed in it."""
    clerk, handler, leader, boss = data["clerk1"], data["clerk2"], data["leader1"], data["supervisor"]
    now = clock.now()
    invalid = workflow.receive(clerk, complaint_world.form(received_at=now), now=now)
    workflow.assess(clerk, invalid, False, "非本公司产品", "已婉转说明", now=now)
    late = complaint_world.take_to(workflow.ASSESSED, data)
    workflow.dispatch(clerk, late, "质量管理部", handler.id, "请尽快", now=now)
    sent_back = complaint_world.take_to(workflow.PROPOSED, data)
    workflow.send_back(leader, sent_back, "方案不具体")
    unreached = complaint_world.take_to(workflow.REPLIED, data)
    workflow.record_callback(clerk, unreached, False)
    workflow.record_callback(clerk, unreached, False, wrong_contact=True)
    workflow.close_unreachable(clerk, unreached, "多次未接")
    again = workflow.reopen_form(unreached)
    again.content = "仍然漏水"
    workflow.reopen(boss, unreached, again)
    unhappy = complaint_world.take_to(workflow.REPLIED, data)
    workflow.record_callback(clerk, unhappy, True, "不满意", False)
    workflow.redo(boss, unhappy, "重新查明原因")
    workflow.pause(handler, unhappy, workflow.WAITING_THIRD_PARTY, "需第三方检测", clock.today())
    workflow.resume(handler, unhappy, "配件已寄回")
    workflow.extend(boss, unhappy, 5, "等客户寄回配件")
    workflow.remind(leader, unhappy, "催一下", now=unhappy.due_at + datetime.timedelta(hours=2))
    closed = complaint_world.take_to(workflow.REPLIED, data)
    workflow.record_callback(clerk, closed, True, "不满意", True)
    workflow.decide_close(boss, closed, "同意结案")
    happy = complaint_world.take_to(workflow.REPLIED, data)
    workflow.record_callback(clerk, happy, True, "满意", True)
    serious = complaint_world.take_to(workflow.APPROVED, data, severity=workflow.SERIOUS)
    one = complaint_world.take_to(workflow.RECEIVED, data)
    other = complaint_world.take_to(workflow.RECEIVED, data)
    survivor = workflow.merge(boss, one, other, "同一件事")
    duplicate = other if survivor.id == one.id else one
    workflow.unmerge(boss, duplicate, "不是同一件事")
    workflow.merge(boss, one, other, "同一件事")
    form = workflow.split_form(survivor)
    form.content = "另一台也漏水"
    workflow.split(clerk, survivor, form)
    voided = complaint_world.take_to(workflow.DISPATCHED, data)
    workflow.void(boss, voided, "录入错误")
    return [invalid, late, sent_back, unreached, unhappy, closed, happy, serious, survivor, duplicate, voided]


@pytest.mark.usefixtures("english")
def test_a_complaints_history_of_every_kind_of_step_is_english(qtbot: QtBot, office_data: dict) -> None:
    """The program's words in 处理经过 (承诺…前答复客户, 派发至…, 第 1 次催办…) are English; what people typed in
    them (a reason, an opinion) stays as typed."""
    complaints = _every_kind_of_history(office_data)
    view = ComplaintDetailView(office_data["supervisor"])
    qtbot.addWidget(view)
    typed = [*HISTORY_TYPED, *_free_text(TYPED_IN)]
    left, actions = [], set()
    for complaint in complaints:
        view.show_complaint(complaint.id)
        actions |= {event.action for event in view.detail.events}
        left += [(complaint.number, *found) for found in chinese(view, _data() + typed)]
    assert actions >= {*workflow.ACTIONS} - {"close_unreachable", "decide_close", "callback"} | {"receive", "close",
                                                                                                 "escalate"}
    assert left == [], "\n".join(sorted({text for *_, text in left}))


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize("who", ["leader1", "supervisor"])
def test_the_leave_page_with_leave_at_every_step_is_english(qtbot: QtBot, office_data: dict, who: str) -> None:
    """请假: pending at the first and a later level, approved, refused, a half day, sick leave without its certificate
    (未交) and with it."""
    clerk, other = office_data["clerk1"], office_data["clerk2"]
    today, day = clock.today(), datetime.timedelta(days=1)
    leave.apply(clerk, leave_world.draft(clerk, today + 7 * day))
    later = leave.apply(clerk, leave_world.draft(clerk, today + 9 * day, today + 12 * day))
    leave.decide(office_data["leader1"], later, True)
    refused = leave.apply(other, leave_world.draft(other, today + 3 * day))
    leave.decide(office_data["leader1"], refused, False, "人手不够")
    leave.apply(other, leave_world.draft(other, today + 5 * day, half="上午"))
    leave_world.approved(office_data, clerk, today - 6 * day, today - 5 * day)
    shown = leave_world.approved(office_data, other, today - 9 * day, today - 8 * day)
    leave.record_certificate(office_data["leader1"], shown, today)
    page = LeavePage(office_data[who])
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() >= 6
    left = _left(page)
    assert left == [], "\n".join(sorted({text for *_, text in left}))


@pytest.mark.usefixtures("english")
def test_the_audit_log_says_the_programs_reasons_in_english(qtbot: QtBot, office_data: dict) -> None:
    _story(office_data)
    dialog = SettingsDialog(office_data["admin"])
    qtbot.addWidget(dialog)
    page = dialog.show_page("audit")
    rows = {str(page.model.row_at(row).reason): row for row in range(page.model.rowCount())}
    column = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())].index(
        "Reason")
    shown = {page.model.index(rows[reason], column).data() for reason in ("从公共池申领", "释放到公共池：客户转向同事")}
    assert shown == {"Claimed from the open pool", "Released to the open pool: 客户转向同事"}  # what was typed as typed
    page.view.setCurrentIndex(page.model.index(rows["释放到公共池：客户转向同事"], 0))
    assert "Released to the open pool: 客户转向同事" in page.detail.toPlainText()
    detail = page.detail.toPlainText()
    for words in sorted({*_data(), "客户转向同事"}, key=len, reverse=True):
        detail = detail.replace(words, "")
    assert not re.search(r"[\u4e00-\u9fff]", detail), page.detail.toPlainText()
