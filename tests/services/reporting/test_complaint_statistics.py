"""The statistics dialog's two reports as layouts: the 客诉案件统计表 of a month and the week's callback analysis."""

import datetime as dt

from desktop.services.complaints import stats as complaint_stats
from desktop.services.complaints import workflow as c
from desktop.services.reporting import complaint_statistics, monthly, periods, weekly
from tests.complaint_world import take_to


def _replied_and_called(data: dict) -> None:
    complaint = take_to(c.REPLIED, data)
    c.record_callback(data["clerk3"], complaint, False, note="无人接听", now=dt.datetime(2026, 9, 15, 15))
    c.record_callback(data["clerk3"], complaint, True, "满意", True, now=dt.datetime(2026, 9, 16, 10))


def test_the_dialog_opens_on_the_month_and_the_week_whose_statistics_are_due() -> None:
    today = dt.date(2026, 11, 18)
    month = complaint_statistics.default_period("monthly", today)
    assert (month.kind, month.first, month.last) == ("monthly", dt.date(2026, 10, 1), dt.date(2026, 10, 31))
    week = complaint_statistics.default_period("weekly", today)
    assert (week.kind, week.first, week.last) == ("weekly", dt.date(2026, 11, 9), dt.date(2026, 11, 15))
    assert complaint_statistics.default_period("weekly", dt.date(2026, 11, 16)).first == dt.date(2026, 11, 9)
    assert complaint_statistics.default_period("monthly", dt.date(2027, 1, 1)).first == dt.date(2026, 12, 1)


def test_the_month_as_a_layout(office_data: dict) -> None:
    _replied_and_called(office_data)
    layout = complaint_statistics.build(periods.month(2026, 9))
    stats = complaint_stats.monthly(2026, 9)
    assert (layout.title, layout.period, layout.branch) == ("客诉案件统计表", "2026年9月结案案件", "测试分店")
    summary = {label: str(value) for label, value in layout.summary}
    assert summary["本月受理"] == "1 件" and summary["本月结案"] == "1 件"
    assert summary["超期答复"] == "0 件（0.0%）" and summary["报送期限"] == "2026年10月10日 前"
    assert dict(layout.summary)["平均处理时间"].value == stats.average_days
    table, by_handler, by_department = layout.tables
    assert by_handler.rows[0] == ["李四", 1, 1, 1, 0, 0, by_handler.rows[0][6], 0, by_handler.rows[0][8]]
    assert str(by_handler.rows[0][6]) == "100.0%" and by_handler.rows[-1][0] == "合计" and by_handler.total
    assert by_department.rows[0][0] == "质量管理部" and by_department.headers[0] == "责任部门"
    assert summary["回访满意率"] == "100.0%（1 个评价）" and summary["另立新单"] == "0 件（占结案 0.0%）"
    assert [chart.title for chart in layout.charts] == ["回访满意度（按经办人）", "回访满意度（按责任部门）"]
    share = table.rows[0][3]
    assert (share.value, str(share), share.number_format) == (1.0, "100.0%", "0.0%")
    assert table.headers == ["维度", "项目", "件数", "占比"]
    assert table.rows == complaint_stats.monthly_rows(stats)
    assert layout.signers == ["制表", "质量管理部", "客服部主任"]
    assert not layout.empty


def test_the_month_table_is_the_one_the_monthly_report_carries(office_data: dict, supervisor) -> None:
    _replied_and_called(office_data)
    table, *satisfaction = complaint_statistics.build(periods.month(2026, 9)).tables
    report = monthly.layout(monthly.build(supervisor, 2026, 9))
    carried = next(t for t in report.tables if str(t.title).startswith("客诉案件统计表"))
    assert (carried.headers, carried.rows, carried.widths) == (table.headers, table.rows, table.widths)
    assert [t for t in report.tables if str(t.title).startswith("回访满意度与另立新单")] == satisfaction


def test_an_empty_month_says_so(office_data: dict) -> None:
    layout = complaint_statistics.build(periods.month(2026, 12))
    assert layout.empty and "没有" in layout.empty_text
    assert [t.rows for t in layout.tables] == [[]] and layout.charts == []


def test_the_week_as_a_layout(office_data: dict) -> None:
    _replied_and_called(office_data)
    period = periods.week(dt.date(2026, 9, 17))
    layout = complaint_statistics.build(period)
    assert (layout.title, layout.period) == ("回访满意度分析", period.text)
    summary = {label: str(value) for label, value in layout.summary}
    assert summary["回访"] == "2 次" and summary["联系上"] == "1 次（72 小时内 1 次）"
    assert summary["报送期限"] == "2026年9月21日 18:00"
    week = complaint_stats.weekly_callbacks(period.first)
    assert layout.tables == [weekly.callbacks_table(week), *weekly.satisfaction_tables(week)]
    assert [row[:2] for row in layout.tables[1].rows] == [["李四", 1], ["合计", 1]]
    assert summary["本周结案"] == "1 件" and summary["另立新单"] == "0 件（占结案 0.0%）"
