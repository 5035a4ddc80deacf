"""今日: each person's groups, who sees what, the counts per tab, and the visit-points pace."""

import datetime

import pytest

from desktop.models import Customer
from desktop.services import calendar, clock, today
from desktop.services.complaints import workflow as c
from desktop.services.contacts import urgent_reports
from desktop.services.customers import pool_rules
from tests.complaint_world import T0, form, take_to
from tests.contact_data import customer, record

NOW = datetime.datetime(2026, 9, 16, 9, 0)  # the day after T0, a Wednesday
HOURS_2 = datetime.timedelta(hours=2)


def groups(person, now=NOW) -> dict[str, today.Group]:
    return {g.key: g for g in today.my_day(person, now).groups}


def texts(group: today.Group) -> list[str]:
    return [item.text for item in group.items]


def test_my_follow_ups_fall_into_overdue_today_and_the_next_seven_days(office_data, clerk) -> None:
    sales = office_data["sales1"]
    for offset, name in [(-2, "逾期客户"), (0, "今天客户"), (3, "三天后客户"), (9, "九天后客户")]:
        record(sales, customer(clerk, name), NOW - datetime.timedelta(days=5),
               next_follow_up_on=NOW.date() + datetime.timedelta(days=offset), promised="寄样品")
    day = groups(sales)
    assert texts(day["follow_ups_overdue"]) == ["逾期客户"]
    assert day["follow_ups_overdue"].items[0].detail == "逾期 2 天：寄样品"
    assert texts(day["follow_ups_today"]) == ["今天客户"] and texts(day["follow_ups_week"]) == ["三天后客户"]
    assert groups(clerk)["follow_ups_overdue"].count == 0  # another person's follow-ups are not mine
    assert "team_follow_ups_overdue" not in groups(clerk)


def test_a_team_leader_sees_the_team_and_the_supervisor_the_department(office_data, clerk) -> None:
    sales = office_data["sales1"]  # in 客服二班
    record(sales, customer(clerk), NOW - datetime.timedelta(days=5),
           next_follow_up_on=NOW.date() - datetime.timedelta(days=1))
    assert groups(office_data["leader2"])["team_follow_ups_overdue"].count == 1
    assert groups(office_data["leader1"])["team_follow_ups_overdue"].count == 0
    assert groups(office_data["supervisor"])["team_follow_ups_overdue"].title == "全部门逾期跟进"
    assert groups(office_data["supervisor"])["team_follow_ups_overdue"].count == 1


def test_complaints_assigned_new_waiting_for_approval_and_for_the_callback(office_data) -> None:
    investigating = take_to(c.DISPATCHED, office_data)
    proposed = take_to(c.PROPOSED, office_data)
    received = NOW - datetime.timedelta(minutes=50)
    new = c.receive(office_data["clerk1"], form(received_at=received), now=received)
    replied = take_to(c.REPLIED, office_data, received_at=T0 + datetime.timedelta(hours=1))
    handler = groups(office_data["clerk2"])
    assert texts(handler["complaints_mine"]) == [f"{investigating.number} 陈先生：产品质量"]
    assert handler["complaints_new"].count == 0  # 李四 received none of them
    receiver = groups(office_data["clerk1"])
    assert [i.record_id for i in receiver["complaints_new"].items] == [new.id]
    assert receiver["complaints_new"].items[0].detail == "待判断　派发还剩 10 分钟"
    assert receiver["complaints_new"].items[0].urgency == "close"
    assert [i.record_id for i in receiver["callbacks_due"].items] == [replied.id]
    assert "complaints_approval" not in receiver
    leader = groups(office_data["leader1"])
    assert [i.record_id for i in leader["complaints_approval"].items] == [proposed.id]
    assert leader["complaints_new"].count == 1  # a team leader watches every new complaint's dispatch clock
    boss = groups(office_data["supervisor"], NOW + datetime.timedelta(days=2))
    overdue = {i.record_id for i in boss["complaints_overdue"].items}
    assert {investigating.id, proposed.id, new.id} <= overdue
    assert all(i.urgency == "overdue" for i in boss["complaints_overdue"].items)


def test_pool_warnings_reviews_urgent_reports_and_the_backup_reminder(office_data, clerk, supervisor) -> None:
    mine = customer(clerk, "快过期客户")
    Customer.update(ownership_until=NOW.date() + datetime.timedelta(days=2)).where(Customer.id == mine.id).execute()
    far = customer(clerk, "还早客户")
    Customer.update(ownership_until=NOW.date() + datetime.timedelta(days=20)).where(Customer.id == far.id).execute()
    Customer.update(credit_review_due_on=NOW.date()).where(Customer.id == far.id).execute()
    day = groups(clerk)
    assert texts(day["pool_soon"]) == [f"{mine.number} 快过期客户"]
    assert str(day["pool_soon"].items[0].detail) == "归属至 2026年9月18日，3 天后回公共池"  # in the pool on the 19th
    Customer.update(ownership_until=NOW.date()).where(Customer.id == mine.id).execute()
    assert str(groups(clerk)["pool_soon"].items[0].detail) == "今天是归属的最后一天，明天回公共池"
    Customer.update(ownership_until=NOW.date() + datetime.timedelta(days=2)).where(Customer.id == mine.id).execute()
    pool_rules.save(supervisor, {pool_rules.WARNING_DAYS: 30})  # the office's own warning window
    assert groups(clerk)["pool_soon"].title == "我的客户：30天内将回公共池"
    assert groups(clerk)["pool_soon"].count == 2
    assert "reviews_due" not in day  # a clerk does not record reviews
    assert texts(groups(office_data["leader1"])["reviews_due"]) == [f"{far.number} 还早客户"]
    assert texts(groups(office_data["leader2"])["reviews_due"]) == []  # 张三 is in the other team
    record(office_data["sales1"], mine, NOW - datetime.timedelta(hours=2), urgent=True,
           urgent_category="同行新产品上市")
    boss = groups(supervisor)
    assert boss["urgent_unread"].count == 1
    urgent_reports.mark_all_read(supervisor)
    assert groups(supervisor)["urgent_unread"].count == 0
    first_day = groups(supervisor, clock.now())["backup"]
    assert first_day.count == 1 and "从未备份" in str(first_day.items[0].detail)  # never copied: from the first day
    assert "backup" not in day and "urgent_unread" not in day


def test_tab_counts_add_up_what_waits_but_not_what_is_only_shown(office_data, clerk) -> None:
    sales = office_data["sales1"]
    record(sales, customer(clerk, "甲"), NOW - datetime.timedelta(days=5), next_follow_up_on=NOW.date())
    record(sales, customer(clerk, "乙"), NOW - datetime.timedelta(days=5),
           next_follow_up_on=NOW.date() + datetime.timedelta(days=2))
    assert today.counts(sales, NOW) == {"contacts": 1, "customers": 0, "complaints": 0, "staffing": 0}


def test_empty_groups_say_so(office_data, clerk) -> None:
    day = today.my_day(clerk, NOW)
    assert all(g.count == 0 and g.items == [] and g.empty_text for g in day.groups)


@pytest.mark.parametrize("day, passed, total, expected", [
    (datetime.date(2026, 9, 1), 0, 22, 0),  # the 1st: nobody is behind yet
    (datetime.date(2026, 9, 16), 11, 22, 15),
    (datetime.date(2026, 9, 30), 21, 22, 28),  # the last day: within a day's points of 30
    (datetime.date(2026, 10, 12), 3, 18, 5),  # 国庆: 10-01…10-07 rest, Saturday 10-10 a 调休 working day
])
def test_the_visit_points_pace(fresh_db, day, passed, total, expected) -> None:
    assert today.pace(day) == today.Pace(expected, passed, total)


def test_salespeople_behind_pace_show_on_the_supervisors_day(office_data, clerk, supervisor) -> None:
    clock.freeze(NOW)
    sales = office_data["sales1"]
    record(sales, customer(clerk), datetime.datetime(2026, 9, 2, 10, 0))
    behind = groups(supervisor)["points_behind"]
    assert [(i.text, i.detail) for i in behind.items] == [("赵六", "1 分，按进度应有 15 分")]
    assert calendar.is_working_day(NOW.date())


def test_a_confidential_customer_s_dates_stay_off_a_clerk_s_and_team_leader_s_day(office_data, clerk,
                                                                                 supervisor) -> None:
    secret = customer(clerk, "王总")
    Customer.update(confidentiality="top_secret", ownership_until=NOW.date() + datetime.timedelta(days=2),
                    credit_review_due_on=NOW.date()).where(Customer.id == secret.id).execute()
    assert groups(clerk)["pool_soon"].count == 0
    assert groups(office_data["leader1"])["reviews_due"].count == 0
    assert texts(groups(supervisor)["reviews_due"]) == [f"{secret.number} 王总"]


def test_a_plan_waits_on_the_day_of_whoever_may_approve_it_never_its_proposer(office_data) -> None:
    leader, boss = office_data["leader1"], office_data["supervisor"]
    complaint = take_to(c.INVESTIGATED, office_data)
    c.propose(leader, complaint, "免费更换", now=T0 + datetime.timedelta(hours=3))
    assert groups(leader)["complaints_approval"].count == 0  # his own plan goes to the 主任
    assert [i.record_id for i in groups(boss)["complaints_approval"].items] == [complaint.id]
    assert groups(office_data["leader2"])["complaints_approval"].count == 0


def test_news_says_once_what_arrived_or_turned_more_urgent(office_data, clerk) -> None:
    leader = office_data["leader1"]
    complaint = take_to(c.DISPATCHED, office_data)
    handler = office_data["clerk2"]
    quiet = today.my_day(handler, T0 + datetime.timedelta(hours=1))
    amber = today.my_day(handler, T0 + datetime.timedelta(hours=19))  # less than a quarter of the day left
    late = today.my_day(handler, T0 + datetime.timedelta(hours=25))
    assert today.news(quiet, quiet) == []
    assert today.news(quiet, amber) == [f"指派给我的投诉：{complaint.number} 陈先生：产品质量（调查中　剩 5小时0分）"]
    assert len(today.news(amber, late)) == 1 and "超期" in str(today.news(amber, late)[0])
    assert today.news(late, late) == []
    before = today.my_day(leader, NOW)
    c.investigate(handler, complaint, "密封圈老化", "供应商", now=NOW)
    c.propose(handler, complaint, "免费更换密封圈", now=NOW)
    arrived = today.news(before, today.my_day(leader, NOW))
    assert [str(line).split("：")[0] for line in arrived] == ["待我审批的处理方案"]


def test_leave_waits_on_the_day_of_each_level_in_turn_and_missing_certificates_on_the_team_leaders(
        office_data, clerk) -> None:
    from desktop.services.staffing import leave
    from tests.leave_world import approved, draft
    leader, supervisor = office_data["leader1"], office_data["supervisor"]
    request = leave.apply(clerk, draft(clerk, datetime.date(2026, 9, 25)), NOW)
    assert texts(groups(leader)["leave_approval"]) == ["张三 9月25日 事假（1 天）"]
    assert groups(supervisor)["leave_approval"].count == 0
    assert groups(clerk)["my_leave"].count == 1 and "leave_approval" not in groups(clerk)
    leave.decide(leader, request, True, now=NOW)
    assert groups(leader)["leave_approval"].count == 0
    assert groups(supervisor)["leave_approval"].items[0].detail == "班长 同意（李班长）；客服部主任 待审批"
    approved(office_data, office_data["clerk2"], datetime.date(2026, 9, 14))
    assert texts(groups(leader)["leave_certificates"]) == ["李四 9月14日 病假（1 天）"]
    assert today.counts(leader, NOW)["staffing"] == 2  # and August's 服务质量分析报告, due by the 22nd


def test_a_cover_waits_on_the_absent_persons_team_leader(office_data, clerk) -> None:
    from desktop.services.staffing import covers
    from tests import swap_world
    day = datetime.date(2026, 9, 23)
    swap_world.put(clerk, day, office_data["shifts"]["早班"])
    covers.submit(office_data["clerk2"], covers.CoverDraft(clerk, office_data["clerk2"], day,
                                                           office_data["shifts"]["早班"], False), NOW)
    assert texts(groups(office_data["leader1"])["covers_approval"]) == ["李四 顶 张三 9月23日早班（主动顶班）"]
    assert groups(office_data["leader2"])["covers_approval"].count == 0


def test_a_pause_past_its_expected_date_is_red_on_the_handlers_day_and_the_supervisor_sees_every_pause(
        office_data) -> None:
    handler, boss = office_data["clerk2"], office_data["supervisor"]
    late = take_to(c.DISPATCHED, office_data)
    c.pause(handler, late, c.WAITING_CUSTOMER, "等客户寄回配件", datetime.date(2026, 9, 15), now=T0 + HOURS_2)
    on_time = take_to(c.INVESTIGATED, office_data)
    c.pause(handler, on_time, c.WAITING_THIRD_PARTY, "等物流公司查件", datetime.date(2026, 9, 18), now=T0 + HOURS_2)
    mine = groups(handler)
    assert [i.record_id for i in mine["complaints_waiting_late"].items] == [late.id]
    item = mine["complaints_waiting_late"].items[0]
    assert (item.detail, item.urgency) == ("等待客户　超过预计答复日 1 天", "overdue")
    assert mine["complaints_mine"].count == 0  # a paused complaint is not waiting on the handler
    assert "complaints_paused" not in mine
    assert groups(office_data["clerk1"])["complaints_waiting_late"].count == 0
    paused = groups(boss)["complaints_paused"]
    assert [i.record_id for i in paused.items] == [late.id, on_time.id]
    assert [i.urgency for i in paused.items] == ["overdue", "ok"]
    assert "resume" in c.allowed_actions(boss, on_time)
    assert today.counts(handler, NOW)["complaints"] == 1
    assert today.counts(boss, NOW)["complaints"] == 0  # the supervisor's list is for information
