"""The month's roster prints with the CJK font embedded and its Chinese text extractable."""

import datetime
from pathlib import Path

from pypdf import PdfReader
from reportlab.lib.rl_accel import fp_str

from desktop.models import RosterEntry
from desktop.services.staffing import roster, swaps
from desktop.services.staffing.roster_cells import CellKind
from reports import roster as roster_pdf
from tests import leave_world, swap_world


def _filled_cells(target: Path, kind: CellKind) -> int:
    """How many cells the first page paints in the kind's colour."""
    colour = roster_pdf.KIND_COLOURS[kind]
    content = PdfReader(target).pages[0].get_contents().get_data().decode("latin-1")
    return content.splitlines().count(f"{fp_str(colour.red, colour.green, colour.blue)} rg")


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
    leave_world.approved(office_data, clerk, datetime.date(2026, 10, 12), datetime.date(2026, 10, 13))
    grid = roster.month_grid(2026, 10)
    assert grid.leave[(clerk.id, datetime.date(2026, 10, 13))] == "sick"
    assert (clerk.id, datetime.date(2026, 10, 14)) not in grid.leave
    assert (clerk2.id, datetime.date(2026, 10, 12)) not in grid.leave

    target = tmp_path / "roster.pdf"
    roster_pdf.build(target, grid, "测试分店")
    text = PdfReader(target).pages[0].extract_text()
    legend = "底色为节假日或周末（调休上班日不着色）；橙色为请假，“假”为请假且未排班；"
    assert legend in text
    assert text.count("假") == legend.count("假") + 2  # one mark for each of the two leave days


def test_a_shift_on_a_leave_day_prints_its_letter_on_the_leave_colour(office_data: dict, tmp_path: Path) -> None:
    clerk, day = office_data["clerk1"], datetime.date(2026, 10, 12)
    leave_world.approved(office_data, clerk, day)  # recorded before the night shift is rostered: asked in time
    RosterEntry.create(staff=clerk, day=day, shift=office_data["shifts"]["夜班"])
    target = tmp_path / "roster.pdf"
    roster_pdf.build(target, roster.month_grid(2026, 10), "测试分店")
    table = PdfReader(target).pages[0].extract_text().split("班次：")[0]
    assert "夜" in table and "假" not in table and "病" not in table
    assert _filled_cells(target, CellKind.LEAVE) == 1


def test_an_approved_swap_prints_on_the_swap_colour(office_data: dict, tmp_path: Path) -> None:
    swap_day, return_day = datetime.date(2026, 11, 25), datetime.date(2026, 12, 2)
    swap = swaps.submit(office_data["clerk1"], swap_world.build(office_data, swap_day, return_day))
    for leader in ("leader1", "leader2"):
        swaps.decide(office_data[leader], swap, True)
    target = tmp_path / "roster.pdf"
    roster_pdf.build(target, roster.month_grid(2026, 11), "测试分店")
    assert _filled_cells(target, CellKind.SWAPPED) == 2  # 王五 替班, 张三 换出
    assert "蓝色为经批准的换班（替班、还班，空白为换出）" in PdfReader(target).pages[0].extract_text().replace("\n", "")
