"""Reply wording (话术): templates, their versions and their uses, with a few defaults in the seeds' words
(`002 四 1.1–1.2` the deadline told and the invalid complaint answered 婉转 so that the customer understands, `000 四`
the callback and its satisfaction question) for a new database and the demo."""

from peewee import SqliteDatabase

from desktop.models.migrations import run_sql

SQL = """
CREATE TABLE "wording_template" ("id" INTEGER NOT NULL PRIMARY KEY, "voided_at" DATETIME, "voided_by_id" INTEGER,
  "void_reason" VARCHAR(255), "category" VARCHAR(255) NOT NULL, "title" VARCHAR(255) NOT NULL,
  "version" INTEGER NOT NULL, "created_at" DATETIME NOT NULL, FOREIGN KEY ("voided_by_id") REFERENCES "staff" ("id"));
CREATE INDEX "wording_template_voided_by_id" ON "wording_template" ("voided_by_id");
CREATE INDEX "wording_template_category" ON "wording_template" ("category");
CREATE TABLE "wording_version" ("id" INTEGER NOT NULL PRIMARY KEY, "template_id" INTEGER NOT NULL,
  "number" INTEGER NOT NULL, "title" VARCHAR(255) NOT NULL, "body" TEXT NOT NULL, "edited_by_id" INTEGER,
  "edited_at" DATETIME NOT NULL, FOREIGN KEY ("template_id") REFERENCES "wording_template" ("id"),
  FOREIGN KEY ("edited_by_id") REFERENCES "staff" ("id"));
CREATE INDEX "wording_version_template_id" ON "wording_version" ("template_id");
CREATE INDEX "wording_version_edited_by_id" ON "wording_version" ("edited_by_id");
CREATE UNIQUE INDEX "wording_version_template_id_number" ON "wording_version" ("template_id", "number");
CREATE TABLE "wording_use" ("id" INTEGER NOT NULL PRIMARY KEY, "version_id" INTEGER NOT NULL,
  "actor_id" INTEGER NOT NULL, "at" DATETIME NOT NULL, "complaint_id" INTEGER, "contact_id" INTEGER,
  "field" VARCHAR(255) NOT NULL, "text" TEXT NOT NULL, FOREIGN KEY ("version_id") REFERENCES "wording_version" ("id"),
  FOREIGN KEY ("actor_id") REFERENCES "staff" ("id"), FOREIGN KEY ("complaint_id") REFERENCES "complaint" ("id"),
  FOREIGN KEY ("contact_id") REFERENCES "contact" ("id"));
CREATE INDEX "wording_use_version_id" ON "wording_use" ("version_id");
CREATE INDEX "wording_use_actor_id" ON "wording_use" ("actor_id");
CREATE INDEX "wording_use_at" ON "wording_use" ("at");
CREATE INDEX "wording_use_complaint_id" ON "wording_use" ("complaint_id");
CREATE INDEX "wording_use_contact_id" ON "wording_use" ("contact_id")
"""

# (category, title, body)
DEFAULTS = [
    ("reply", "告知处理结果",
     "{客户称呼}您好！关于您{受理日期}反映的问题（投诉单号 {编号}），经公司调查处理，结果如下：{处理结果}。"
     "给您带来的不便，我们深表歉意。三天之内我们会再与您联系，了解您对处理结果是否满意。感谢您对我们工作的支持！"),
    ("reply", "需要客户配合",
     "{客户称呼}您好，我是客服部{经办人}。您反映的问题（投诉单号 {编号}）已有处理结果：{处理结果}。"
     "办理时需要您配合的地方，我们会提前与您约定时间。如有疑问，请随时与我们联系。"),
    ("invalid", "婉转说明，取得谅解",
     "{客户称呼}您好！感谢您及时向我们反映情况。经核实，{不成立原因}。您的心情我们十分理解，也请您谅解。"
     "如您还有其他疑问或新的情况，欢迎随时与我们联系，我们一定认真对待。"),
    ("callback", "回访开场与满意度",
     "{客户称呼}您好，我是客服部{经办人}。您之前反映的问题（投诉单号 {编号}），我们已答复您：{处理结果}。"
     "想耽误您一分钟：问题现在解决了吗？您对这次处理是满意、基本满意，还是不满意？"),
    ("callback", "问题未解决时",
     "非常抱歉问题还没有彻底解决。我会把您的意见书面反馈给客服部主任，尽快再与您联系。"),
    ("visit", "走访经过",
     "走访{客户名称}，与{客户称呼}面谈，了解产品使用情况，听取意见和建议。"),
    ("visit", "答应事项跟进",
     "客户对我司产品和服务总体满意，答应客户的事项将按时跟进，{今天}起一周内回复客户。"),
]


def apply(database: SqliteDatabase) -> None:
    from desktop import engine

    run_sql(database, SQL)
    kind = engine.of(database)
    mark = kind.param
    now = "LOCALTIMESTAMP(0)" if kind is engine.POSTGRESQL else "datetime('now', 'localtime')"
    for category, title, body in DEFAULTS:
        database.execute_sql('INSERT INTO "wording_template" ("category", "title", "version", "created_at") '
                             f"VALUES ({mark}, {mark}, 1, {now})", (category, title))
        (template_id,) = database.execute_sql(
            f'SELECT MAX("id") FROM "wording_template" WHERE "title" = {mark}', (title,)).fetchone()
        database.execute_sql('INSERT INTO "wording_version" ("template_id", "number", "title", "body", "edited_by_id", '
                             f'"edited_at") VALUES ({mark}, 1, {mark}, {mark}, NULL, {now})',
                             (template_id, title, body))
