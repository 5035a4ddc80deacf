"""The printed 操作日志: a selection of entries, each change in the office's words, whatever its length."""

import datetime as dt
import io

from pypdf import PdfReader

from desktop.services.audit_view import AuditLine, FieldChange
from reports import audit_log


def test_a_change_of_the_longest_text_runs_on_across_pages() -> None:
    old, new = "漏水" * 999 + "终一", "渗水" * 999 + "终二"  # a complaint's content, 2 000 characters each way
    line = AuditLine(1, dt.datetime(2026, 11, 18, 9, 5, 7), "张三", "修改", "投诉单", "202611-007",
                     "客户补充说明", [FieldChange("投诉内容", old, new)])
    target = io.BytesIO()
    audit_log.build(target, [line], "测试分店")
    pages = [page.extract_text() for page in PdfReader(target).pages]
    text = "".join(pages).replace("\n", "")
    assert len(pages) > 1 and "终一" in text and "终二" in text and "202611-007" in text
    assert "张三" in pages[0] and "202611-007" in pages[0]  # the row's start says whose change it is
