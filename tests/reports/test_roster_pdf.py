"""The month's roster prints with the CJK font embedded and its Chinese text extractable."""

import datetime
from pathlib import Path

from pypdf import PdfReader

from desktop.models import RosterEntry
from desktop.services.staffing import leave, roster
from reports import roster as roster_pdf


def test_roster_pdf_shows_people_shifts_and_branch(office_data: dict, tmp_path: Path) -> None:
    clerk = office_data["clerk1"]
    RosterEntry.create(staff=clerk, day=datetime.date(2026, 10, 8), shift=office_data["shifts"]["夜班"])
    target = tmp_path / "roster.pdf"
    roster_pdf.build(target, roster.month_grid(2026, 10), "测试分店")

    reader = PdfReader(target)
    text = "".join(page.extract_text() for page in reader.pages)
    for expected in ["2026年10月 排班表", "测试分店", "张三", "客服一班", "夜", "第 1 页 / 共"]:
        assert expected in text
    fonts = reader.pages[0]["/Resources"]["/Font"]
    descriptors = [font.get_object()["/FontDescriptor"] for font in fonts.values()
                   if "/FontDescriptor" in font.get_object()]
    assert any("/FontFile2" in descriptor for descriptor in descriptors)  # the TrueType font is embedded


def test_leave_shows_in_the_month_grid_and_the_print(office_data: dict, tmp_path: Path) -> None:
    clerk, clerk2 = office_data["clerk1"], office_data["clerk2"]
    RosterEntry.create(staff=clerk2, day=datetime.date(2026, 10, 12), shift=office_data["shifts"]["早班"])
    leader = office_data["leader1"]
    leave.record(leader, leave.LeaveForm(clerk.id, datetime.date(2026, 10, 12), datetime.date(2026, 10, 13), "病假",
                                         leader.id, "发烧"))
    grid = roster.month_grid(2026, 10)
    assert grid.leave_of(clerk, datetime.date(2026, 10, 13)) == "病假"
    assert grid.leave_of(clerk, datetime.date(2026, 10, 14)) is None
    assert grid.leave_of(clerk2, datetime.date(2026, 10, 12)) is None

    target = tmp_path / "roster.pdf"
    roster_pdf.build(target, grid, "测试分店")
    text = PdfReader(target).pages[0].extract_text()
    legend = "底色为节假日或周末（调休上班日不着色）；橙色为请假，“假”为请假且未排班"
    assert legend in text
    assert text.count("假") == legend.count("假") + 2  # one mark for each of the two leave days
