"""A complaint's 渠道, 分类 and 严重程度 and a leave's 类型 are stored as codes (phone, quality, serious, sick …) and
shown as the office's words in the interface's language; the rows written before keep their meaning. A word no
release wrote is left as it is. The audit log keeps the words it recorded (it is history, and the viewer reads both)."""

from peewee import Database

from desktop.models.migrations import run_sql

SQL = """
UPDATE "complaint" SET "channel" = CASE "channel" WHEN '电话' THEN 'phone' WHEN '来访' THEN 'walk_in'
  WHEN '信函' THEN 'letter' WHEN '网络' THEN 'online' ELSE "channel" END;
UPDATE "complaint" SET "category" = CASE "category" WHEN '产品质量' THEN 'quality' WHEN '服务态度' THEN 'service'
  WHEN '交付' THEN 'delivery' WHEN '价格' THEN 'price' WHEN '售后维修' THEN 'repair' WHEN '其他' THEN 'other'
  ELSE "category" END;
UPDATE "complaint" SET "severity" = CASE "severity" WHEN '一般' THEN 'ordinary' WHEN '较大' THEN 'major'
  WHEN '严重' THEN 'serious' ELSE "severity" END;
UPDATE "leave" SET "kind" = CASE "kind" WHEN '事假' THEN 'personal' WHEN '病假' THEN 'sick' WHEN '公假' THEN 'official'
  WHEN '年假' THEN 'annual' WHEN '婚假' THEN 'marriage' WHEN '丧假' THEN 'bereavement' WHEN '其他' THEN 'other'
  ELSE "kind" END;
"""


def apply(database: Database) -> None:
    run_sql(database, SQL)
