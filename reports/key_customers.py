"""重点客户管理表 (`003`): the customers the office manages closely, each with its sales target, why it is a key
customer, the actions to reach the target, and room for the 客户服务部经理 and 总经理 to write their advice."""

import io
from pathlib import Path

from desktop.services.customers.key_customers import KeyRow
from reports.base import build_pdf, content_width, data_table, gap, para, signature_lines

TITLE = "重点客户管理表"
PEN_ROOM = [("TOPPADDING", (0, 1), (-1, -1), 12), ("BOTTOMPADDING", (0, 1), (-1, -1), 12)]  # advice by hand


def build(target: str | Path | io.BytesIO, rows: list[KeyRow], branch: str) -> None:
    """`rows` as key_customers.rows gave them, masked already; the advice columns stay open for the pen where
    nothing was written."""
    width = content_width(wide=True)
    lines = [[index, f"{row.number}\n{row.name}", row.owner_name, row.target, row.reason, row.action_plan,
              row.manager_advice, row.director_advice] for index, row in enumerate(rows, start=1)]
    headers = ["序号", "重点管理客户", "归属业务员", "销售额目标", "将其设为重点客户的原因", "实现目标的行动措施",
               "客户服务部经理建议", "总经理建议"]
    shares = [0.05, 0.13, 0.08, 0.1, 0.16, 0.2, 0.14, 0.14]
    story = [
        data_table(headers, lines, [width * share for share in shares], PEN_ROOM),
        gap(2),
        para(f"共 {len(rows)} 位重点客户。重点客户的投诉 100% 回访（002 3.4.2），不回公共池。", "small"),
        gap(6),
        signature_lines(["客户服务部经理", "总经理"], width),
    ]
    build_pdf(target, TITLE, story, branch=branch, wide=True)
