"""The printed 交接日志, 服务质量分析报告 and 值班公平统计: what they carry and where the pen goes."""

import datetime
import io

from pypdf import PdfReader

from desktop.services.staffing import duty_log, fairness, quality_report, shift_handover
from reports import duty_fairness, handover_log
from reports import quality_report as quality_paper
from tests.conftest import NOW
from tests.swap_world import put


def _text(target: io.BytesIO) -> str:
    return "".join(page.extract_text() for page in PdfReader(target).pages).replace("\n", "")


def test_the_handover_log_names_both_shifts_and_has_three_signatures(office_data: dict) -> None:
    put(office_data["clerk1"], NOW.date(), office_data["shifts"]["早班"])
    put(office_data["clerk2"], NOW.date(), office_data["shifts"]["中班"])
    draft = shift_handover.HandoverDraft(NOW.date(), office_data["shifts"]["早班"], equipment="3号机耳机杂音",
                                         staffing="无", notices="宽带提速",
                                         cases=[shift_handover.CaseDraft(note="传真机缺纸")])
    record = shift_handover.record(office_data["clerk1"], draft)
    shift_handover.acknowledge(office_data["clerk2"], record, "已阅")
    target = io.BytesIO()
    handover_log.build(target, shift_handover.sheet(office_data["clerk1"], shift_handover.get(record.id)), "测试分店")
    lines = {line.strip() for line in PdfReader(target).pages[0].extract_text().splitlines()}
    assert "通告、业务变更" in lines or {"通告、", "业务变更"} <= lines  # broken between its words, if at all
    text = _text(target)
    for expected in ["交接日志", f"第 {record.id} 号", "11月18日早班", "11月18日中班", "张三", "李四", "3号机耳机杂音",
                     "1. 传真机缺纸", "宽带提速", "已阅", "交班人签字", "接班人签字", "值班长签字"]:
        assert expected in text, expected


def test_the_quality_report_prints_the_figures_and_boxes_for_the_pen(office_data: dict) -> None:
    duty_log.save(office_data["leader1"], duty_log.DutyDraft(datetime.date(2026, 10, 9), office_data["shifts"]["早班"],
                                                             events="系统故障 20 分钟", consultations=120))
    target = io.BytesIO()
    paper = quality_report.paper(office_data["leader1"], office_data["team1"], 2026, 10, NOW.date())
    quality_paper.build(target, paper, "测试分店")
    text = _text(target)
    for expected in ["服务质量分析报告", "客服一班", "2026年10月", "2026年11月22日", "咨询", "120",
                     "10月9日早班：系统故障 20 分钟", "服务质量分析", "存在问题", "改进措施", "班长签字",
                     "客服部主任审阅", "22日前交客服部主任"]:
        assert expected in text, expected


def test_a_months_events_as_long_as_a_duty_log_allows_print_whole(office_data: dict) -> None:
    for day in (9, 10):
        events = ("系统故障二十分钟，" * 500)[:duty_log.LIMITS["events"] - 3] + f"终{day}"
        duty_log.save(office_data["leader1"], duty_log.DutyDraft(
            datetime.date(2026, 10, day), office_data["shifts"]["早班"], events=events, difficult="无"))
    target = io.BytesIO()
    paper = quality_report.paper(office_data["leader1"], office_data["team1"], 2026, 10, NOW.date())
    quality_paper.build(target, paper, "测试分店")
    text = _text(target)
    assert "终9" in text and "终10" in text and "客服部主任审阅" in text


def test_the_fairness_table_prints_each_team_with_its_average(office_data: dict) -> None:
    put(office_data["clerk1"], datetime.date(2026, 10, 10), office_data["shifts"]["夜班"])
    target = io.BytesIO()
    duty_fairness.build(target, fairness.table(office_data["supervisor"], 2026, 10), "测试分店")
    text = _text(target)
    for expected in ["2026年10月 值班公平统计", "客服一班", "客服二班", "张三（C001）", "班组平均", "调休日班", "1▲",
                     "制表人"]:
        assert expected in text, expected
