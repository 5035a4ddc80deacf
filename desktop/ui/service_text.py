"""The services' Chinese names that the widgets show as labels (roles, contact kinds, ratings …), marked here for
lupdate so they can be translated; a service name without a translation is shown as it is."""

import datetime
import re
from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QComboBox

from desktop.services import dates
from desktop.services.errors import RuleError, ShortDay, Text, ValidationErrors, plain_fields

CONTEXT = "services"
SEPARATORS = {"　": "  ", "；": "; ", "，": ", ", "、": ", ", "：": ": ", "。": ". "}
LIST = re.compile(r"\{line0\}(?:[^{}]*\{line\d+\})*")  # the template errors.lines makes

MARKED = (
    # auth.ROLES
    QT_TRANSLATE_NOOP("services", "客服专员/业务员"),
    QT_TRANSLATE_NOOP("services", "班长"),
    QT_TRANSLATE_NOOP("services", "主任"),
    QT_TRANSLATE_NOOP("services", "管理员"),
    # contact_options.KINDS
    QT_TRANSLATE_NOOP("services", "外出拜访"),
    QT_TRANSLATE_NOOP("services", "来访接待"),
    QT_TRANSLATE_NOOP("services", "电话"),
    # contact_options.RATING_TITLES
    QT_TRANSLATE_NOOP("services", "产品质量"),
    QT_TRANSLATE_NOOP("services", "服务态度"),
    QT_TRANSLATE_NOOP("services", "产品知名度"),
    # contacts.CONTENT_TITLES, and the promise field the contact form adds
    QT_TRANSLATE_NOOP("services", "客户意见、建议、希望"),
    QT_TRANSLATE_NOOP("services", "市场行情、竞争对手动向、他司销售政策"),
    QT_TRANSLATE_NOOP("services", "活动效果"),
    QT_TRANSLATE_NOOP("services", "主要处理事项的经过及结果"),
    QT_TRANSLATE_NOOP("services", "其他报告事项"),
    QT_TRANSLATE_NOOP("services", "答应客户的事项"),
    # follow_ups.BUCKETS
    QT_TRANSLATE_NOOP("services", "已逾期"),
    QT_TRANSLATE_NOOP("services", "今日到期"),
    QT_TRANSLATE_NOOP("services", "未来7天"),
    # rotation.STATUSES
    QT_TRANSLATE_NOOP("services", "在岗"),
    QT_TRANSLATE_NOOP("services", "不在"),
    QT_TRANSLATE_NOOP("services", "接待中"),
    # roster_cells.LEAVE_MARK and REST
    QT_TRANSLATE_NOOP("services", "假"),
    QT_TRANSLATE_NOOP("services", "休息"),
    # login_log.OUTCOME_TEXT
    QT_TRANSLATE_NOOP("services", "登录成功"),
    QT_TRANSLATE_NOOP("services", "密码错误"),
    QT_TRANSLATE_NOOP("services", "无此登录名"),
    QT_TRANSLATE_NOOP("services", "账号已停用"),
    QT_TRANSLATE_NOOP("services", "错误次数过多，须等待"),
    # fairness.COLUMNS
    QT_TRANSLATE_NOOP("services", "班次"),
    QT_TRANSLATE_NOOP("services", "夜班"),
    QT_TRANSLATE_NOOP("services", "周末班"),
    QT_TRANSLATE_NOOP("services", "节假日班"),
    QT_TRANSLATE_NOOP("services", "调休日班"),
    QT_TRANSLATE_NOOP("services", "换班"),
    QT_TRANSLATE_NOOP("services", "顶班"),
    QT_TRANSLATE_NOOP("services", "请假天数"),
    # wording.CATEGORIES
    QT_TRANSLATE_NOOP("services", "答复客户"),
    QT_TRANSLATE_NOOP("services", "不成立答复"),
    QT_TRANSLATE_NOOP("services", "回访话术"),
    QT_TRANSLATE_NOOP("services", "拜访报告用语"),
    # customers.timeline.KINDS
    QT_TRANSLATE_NOOP("services", "拜访记录"),
    QT_TRANSLATE_NOOP("services", "跟进"),
    QT_TRANSLATE_NOOP("services", "投诉"),
    QT_TRANSLATE_NOOP("services", "归属"),
    QT_TRANSLATE_NOOP("services", "等级"),
    QT_TRANSLATE_NOOP("services", "重点客户"),
    QT_TRANSLATE_NOOP("services", "员工介绍"),
    QT_TRANSLATE_NOOP("services", "借阅"),
    # customers.handover.KINDS
    QT_TRANSLATE_NOOP("services", "在职继承"),
    QT_TRANSLATE_NOOP("services", "离职继承"),
    # audit_view: who did what when nobody logged in did it, and an empty value
    QT_TRANSLATE_NOOP("services", "（系统）"),
    QT_TRANSLATE_NOOP("services", "（空）"),
    # confidentiality.MASK: what a masked customer shows instead of a hidden field
    QT_TRANSLATE_NOOP("services", "（保密）"),
)


def translated(text: "str | Text") -> str:
    """A service's label (or message) in the interface's language; one without a translation as it is."""
    if isinstance(text, Text):
        return message(text)
    return QCoreApplication.translate(CONTEXT, text)


def _argument(value: Any, plain: bool) -> Any:
    if isinstance(value, Text):
        return message(value)
    if isinstance(value, str):
        return translated(value)  # a status or a role passed as plain text
    if plain and isinstance(value, datetime.date):
        return date_words(value)
    if plain and isinstance(value, ShortDay):
        return short_day_words(value.day)
    return value


def speaks_chinese() -> bool:
    """Whether the interface speaks the services' own language (no translation of the services is installed)."""
    return translated("日报") == "日报"


def date_words(value: datetime.date) -> str:
    """A date or moment as the interface writes it: 2026年12月8日 in Chinese, 8 Dec 2026 in English."""
    locale = QLocale()
    moment = isinstance(value, datetime.datetime)
    if speaks_chinese():
        return dates.moment_text(value) if moment else dates.day_text(value)
    day = locale.toString(QDate(value.year, value.month, value.day), "d MMM yyyy")
    return f"{day} {value:%H:%M}" if moment else day


def separator(chinese: str) -> str:
    """The punctuation between the items of a list (、，；：and the wide space) as the interface's language writes
    it."""
    return chinese if speaks_chinese() else "".join(SEPARATORS.get(mark, mark) for mark in chinese)


def joined(parts: Iterable[str], chinese: str = "；") -> str:
    """Shown texts one after the other, with the list punctuation of the interface's language."""
    return separator(chinese).join(parts)


def _template(text: Text) -> str:
    if LIST.fullmatch(text.template):  # errors.lines: only the punctuation between the lines is to translate
        return separator(text.template)
    return translated(text.template)


def short_day_words(value: datetime.date) -> str:
    """A day without its year as the interface writes it: 11月18日 in Chinese, 18 Nov in English."""
    if speaks_chinese():
        return dates.short_day(value)
    return QLocale().toString(QDate(value.year, value.month, value.day), "d MMM")


def message(text: "Text | str") -> str:
    """A service's message in the interface's language: the template translated, then its arguments filled in."""
    if isinstance(text, str):
        return translated(text)
    template = _template(text)
    if not text.args:
        return template
    try:
        plain = plain_fields(template)
        return template.format(**{key: _argument(value, key in plain) for key, value in text.args.items()})
    except (KeyError, IndexError, ValueError):  # a translation that lost an argument shows the Chinese rather than fail
        return str(text)


def error_message(error: RuleError) -> str:
    if isinstance(error, ValidationErrors):
        return joined(message(text) for text in error.texts.values())
    return message(error.text)


def field_messages(error: RuleError) -> dict[str | None, str]:
    """Each field's message of a refusal, translated: several for ValidationErrors, one otherwise."""
    if isinstance(error, ValidationErrors):
        return {field: message(text) for field, text in error.texts.items()}
    return {error.field: message(error.text)}


def fill(combo: QComboBox, values: Iterable[str] | Mapping[str, str]) -> None:
    """The services' choices, each shown in the interface's language and kept as the service's own value: a list of
    words, or a mapping of stored codes to the words shown for them."""
    pairs = values.items() if isinstance(values, Mapping) else [(value, value) for value in values]
    for value, word in pairs:
        combo.addItem(translated(word), value)


def choose(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def chosen(combo: QComboBox) -> str:
    """The service's value of the current choice (its text when the combo holds plain texts)."""
    value = combo.currentData()
    return combo.currentText() if value is None else value
