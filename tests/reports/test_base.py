"""The shared page and boxes: a long box runs on across pages, and what cannot be laid out is refused in Chinese."""

import datetime
import io

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.platypus import Table

from desktop.services.errors import RuleError
from reports.base import PEN_BOX, WRITING_LINE, build_pdf, content_width, day_text, moment_text, para, wide_field


def test_a_wide_box_longer_than_a_page_runs_on_across_pages():
    target = io.BytesIO()
    build_pdf(target, "测试", [wide_field("内容", "字" * 3000 + "完")])
    texts = [page.extract_text() for page in PdfReader(io.BytesIO(target.getvalue())).pages]
    assert len(texts) >= 2 and "完" in texts[-1]


def test_what_cannot_be_laid_out_is_a_chinese_refusal():
    with pytest.raises(RuleError) as refused:
        build_pdf(io.BytesIO(), "测试", [Table([["太高"]], rowHeights=[2000])])
    assert refused.value.message == "有一栏内容太长，一页放不下，无法打印；请缩短后再打印。"


def test_an_empty_wide_box_leaves_lines_to_write_on():
    assert wide_field("备注", "").wrap(content_width(), 800)[1] >= 3 * WRITING_LINE
    assert wide_field("备注", "", lines=2).wrap(content_width(), 800)[1] >= PEN_BOX  # two lines, room for the pen
    assert PEN_BOX >= 18 * mm


def test_a_long_label_stays_inside_its_box():
    box = wide_field("调查结果与原因", "", lines=1)
    label = box._cellvalues[0][0]
    _, label_height = label.wrap(24 * mm - 12, 800)
    assert box.wrap(content_width(), 800)[1] >= label_height + 6


def test_a_filled_box_grows_with_its_text():
    text = "字" * 400
    assert wide_field("内容", text, lines=2).wrap(content_width(), 800)[1] > 5 * WRITING_LINE


def test_no_line_starts_with_chinese_punctuation():
    text = "家中有事，需要换班。孩子生病，要去医院；交接工单3张：已交待清楚！还有问题吗？见《制度》"
    for width in range(40, 300):
        box = para(text)
        box.wrap(width, 1000)
        starts = ["".join(line[1])[:1] for line in box.blPara.lines]
        assert not set(starts) & set("，。；！：？、）》"), (width, starts)


def test_a_form_writes_its_dates_one_way():
    assert day_text(datetime.date(2026, 12, 8)) == "2026年12月8日"
    assert moment_text(datetime.datetime(2026, 12, 8, 9, 5)) == "2026年12月8日 09:05"
    assert day_text(None) == moment_text(None) == ""


def test_a_decisions_time_and_choice_stay_on_one_line():
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from reports.base import CELL_SIZE, FONT, choice_marks, decision_table

    table = decision_table("审批方", [["班长", choice_marks(["同意", "不同意"], None), "", "周主任",
                                       moment_text(datetime.datetime(2026, 12, 28, 16, 15))]])
    widths = table._colWidths
    assert stringWidth("2026年12月28日 16:15", FONT, CELL_SIZE) <= widths[4] - 12
    assert stringWidth(choice_marks(["同意", "不同意"], None), FONT, CELL_SIZE) <= widths[1] - 12


def test_a_label_longer_than_its_column_widens_the_column():
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from reports.base import FONT, field_grid

    grid = field_grid([("统计表报送期限", "2026年12月10日 前"), ("月份", "2026年11月")])
    assert grid._colWidths[0] >= stringWidth("统计表报送期限", FONT, 9) + 12
    assert sum(grid._colWidths) == pytest.approx(content_width())


def test_a_long_box_label_breaks_after_its_enumeration_commas():
    box = wide_field("市场行情、竞争对手动向、他司销售政策", "", label_width=28 * mm)
    label = box._cellvalues[0][0]
    label.wrap(28 * mm - 12, 800)
    assert [" ".join(word.text if hasattr(word, "text") else str(word) for word in line.words).replace(" ", "")
            if hasattr(line, "words") else "".join(line[1]) for line in label.blPara.lines] == [
        "市场行情、", "竞争对手动向、", "他司销售政策"]
