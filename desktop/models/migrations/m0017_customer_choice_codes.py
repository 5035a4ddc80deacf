"""A customer's 类型, 来源 and 密级 are stored as codes (person, walk_in, confidential …) and shown as the office's
words in the interface's language; the rows written before keep their meaning. The audit log keeps the words it
recorded (it is history, and the viewer reads both)."""

from peewee import SqliteDatabase

from desktop.models.migrations import run_sql

SQL = """
UPDATE "customer" SET "kind" = CASE "kind" WHEN '个人' THEN 'person' WHEN '单位' THEN 'organisation' ELSE "kind" END;
UPDATE "customer" SET "source" = CASE "source" WHEN '来访' THEN 'walk_in' WHEN '电话' THEN 'phone'
  WHEN '转介绍' THEN 'referral' WHEN '网络' THEN 'online' WHEN '老客户' THEN 'returning' WHEN '其他' THEN 'other'
  ELSE "source" END;
UPDATE "customer" SET "confidentiality" = CASE "confidentiality" WHEN '秘密' THEN 'secret'
  WHEN '机密' THEN 'confidential' WHEN '绝密' THEN 'top_secret' ELSE "confidentiality" END;
"""


def apply(database: SqliteDatabase) -> None:
    run_sql(database, SQL)
