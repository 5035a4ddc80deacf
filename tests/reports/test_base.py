"""The shared page and boxes: a long box runs on across pages, and what cannot be laid out is refused in Chinese."""

import io

import pytest
from pypdf import PdfReader
from reportlab.platypus import Table

from desktop.services.errors import RuleError
from reports.base import build_pdf, wide_field


def test_a_wide_box_longer_than_a_page_runs_on_across_pages():
    target = io.BytesIO()
    build_pdf(target, "测试", [wide_field("内容", "字" * 3000 + "完")])
    texts = [page.extract_text() for page in PdfReader(io.BytesIO(target.getvalue())).pages]
    assert len(texts) >= 2 and "完" in texts[-1]


def test_what_cannot_be_laid_out_is_a_chinese_refusal():
    with pytest.raises(RuleError) as refused:
        build_pdf(io.BytesIO(), "测试", [Table([["太高"]], rowHeights=[2000])])
    assert refused.value.message == "有一栏内容太长，一页放不下，无法打印；请缩短后再打印。"
