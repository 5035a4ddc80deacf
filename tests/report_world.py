"""A small fixed week for the report tests, with the figures of Tuesday 2026-09-15 counted by hand.

On Tuesday (D): 赵六 visits 明远 (urgent report) and 新源 (promises a follow-up on Wednesday that nobody keeps);
张三 receives 明远 at the desk and takes an anonymous call; 李四 phones 安康; a voided call counts nowhere.
张三 registers 明远 and 李四 registers 新源 (安康 was registered on Monday). Complaints: K1 received 09:00 and
dispatched 09:20; K2 received 10:00 and dispatched 11:30 (late); K3 (received Monday) is called back satisfied and
closes; K5 (received Monday) is called back without reaching anyone; K4 (received Friday 09-11, 一般, due Monday
10:00) is still waiting: overdue at the day's end. One swap gets its second approval at 14:00."""

import datetime

from desktop.models import Customer, Staff
from desktop.services.complaints import workflow
from desktop.services.contacts import records
from desktop.services.customers import registration
from desktop.services.staffing import swaps
from tests import complaint_world, swap_world
from tests.contact_data import record

D = datetime.date(2026, 9, 15)
MONDAY = datetime.date(2026, 9, 14)


def at(day: datetime.date, hour: int, minute: int = 0) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time(hour, minute))


def _customer(actor: Staff, name: str, phone: str, source: str, when: datetime.datetime) -> Customer:
    return registration.register(actor, registration.CustomerForm(name=name, phone=phone, source=source), now=when)


def _contacts(data: dict, people: dict[str, Customer]) -> None:
    sales, clerk1, clerk2 = data["sales1"], data["clerk1"], data["clerk2"]
    record(sales, people["明远"], at(D, 9, 30), purpose="客户保养-联络感情", market="同行本月推出新款",
           urgent=True, urgent_category="同行新产品上市", opinions="希望缩短交货期", quality_rating="良好")
    record(sales, people["新源"], at(D, 14), purpose="开发新客户", opinions="希望缩短交货期",
           next_follow_up_on=D + datetime.timedelta(days=1))
    record(clerk1, people["明远"], at(D, 11), "reception", purpose="新产品推广")
    record(clerk1, None, at(D, 15), "phone", purpose="售后服务", caller_name="王先生")
    record(clerk2, people["安康"], at(D, 16), "phone", purpose="客户保养-联络感情")
    record(clerk2, people["安康"], at(MONDAY, 16), "phone", purpose="客户保养-联络感情")
    voided = record(clerk1, None, at(D, 17), "phone", purpose="其他", caller_name="李女士")
    records.void(clerk1, voided, "重复登记")


def _complaints(data: dict) -> dict[str, object]:
    clerk1, clerk2 = data["clerk1"], data["clerk2"]
    k1 = complaint_world.take_to(workflow.DISPATCHED, data, received_at=at(D, 9))
    k2 = complaint_world.take_to(workflow.ASSESSED, data, received_at=at(D, 10))
    workflow.dispatch(clerk1, k2, "质量管理部", clerk2.id, now=at(D, 11, 30))
    k3 = complaint_world.take_to(workflow.REPLIED, data, received_at=at(MONDAY, 10))
    workflow.record_callback(clerk2, k3, True, "满意", True, now=at(D, 10))
    k5 = complaint_world.take_to(workflow.REPLIED, data, received_at=at(MONDAY, 9))
    workflow.record_callback(clerk2, k5, False, now=at(D, 15))
    k4 = workflow.receive(clerk1, complaint_world.form(received_at=at(datetime.date(2026, 9, 11), 10)),
                            now=at(datetime.date(2026, 9, 11), 10))
    return {"k1": k1, "k2": k2, "k3": k3, "k4": k4, "k5": k5}


def _swap(data: dict) -> None:
    draft = swap_world.build(data, datetime.date(2026, 9, 22), datetime.date(2026, 9, 29))
    swap = swaps.submit(data["clerk1"], draft, now=at(D, 9))
    swaps.decide(data["leader1"], swap, True, now=at(D, 10))
    swaps.decide(data["leader2"], swap, True, now=at(D, 14))


def build(data: dict) -> dict[str, object]:
    clerk1, clerk2 = data["clerk1"], data["clerk2"]
    people = {
        "安康": _customer(clerk1, "绍兴安康贸易", "13900000003", "电话", at(MONDAY, 9)),
        "明远": _customer(clerk1, "杭州明远贸易", "13900000001", "来访", at(D, 9)),
        "新源": _customer(clerk2, "台州新源电子", "13900000002", "电话", at(D, 10)),
    }
    _contacts(data, people)
    _swap(data)
    return {**people, **_complaints(data)}


# the hand-counted figures of D
SUMMARY = [
    ("外出拜访", "2 次"), ("来访接待", "1 次"), ("电话记录", "2 条（未登记来电 1 条）"), ("新客户", "2 户"),
    ("投诉受理", "2 件"), ("投诉派发", "2 件（超过60分钟 1 件）"), ("投诉结案", "1 件"), ("日终超期投诉", "1 件"),
    ("回访", "2 次（联系上 1 次）"), ("回访满意度", "满意 1，基本满意 0，不满意 0"), ("换班批准", "1 起"),
    ("紧急报告", "1 份"),
]
PEOPLE_HEADERS = ["工号", "姓名", "外出拜访", "来访接待", "电话", "合计", "新客户", "受理投诉", "回访"]
PEOPLE = [
    ["C001", "张三", 0, 1, 1, 2, 1, 2, 0],
    ["C002", "李四", 0, 0, 1, 1, 1, 0, 2],
    ["S001", "赵六", 2, 0, 0, 2, 0, 0, 0],
    ["合计", "", 2, 1, 2, 5, 2, 2, 2],
]
PURPOSES = [
    ["客户保养-联络感情", 1, 0, 1, 2],
    ["开发新客户", 1, 0, 0, 1],
    ["新产品推广", 0, 1, 0, 1],
    ["售后服务", 0, 0, 1, 1],
    ["合计", 2, 1, 2, 5],
]
