"""The month's roster prints with the CJK font embedded and its Chinese text extractable."""

import datetime
from pathlib import Path

from pypdf import PdfReader

from desktop.models import RosterEntry
from desktop.services import roster
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
