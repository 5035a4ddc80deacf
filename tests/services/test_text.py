"""Clean text: control, zero-width and byte-order characters go, lines are kept only where a form has them, and
one length check speaks Chinese."""

import pytest

from desktop.services import text
from desktop.services.errors import RuleError, ValidationErrors


def test_control_and_invisible_characters_are_removed_from_a_one_line_field():
    assert text.clean(" 张\x00三\x07\u200b\ufeff\u202e\x85 ") == "张三"
    assert text.clean("北京\n分店\t一部") == "北京 分店 一部"


def test_a_multi_line_field_keeps_its_lines_and_tabs_in_one_form():
    typed = "第一行\r\n第二行\r第三行\u2028\t第四行\x0b"
    assert text.clean(typed, multiline=True) == "第一行\n第二行\n第三行\n\t第四行"


def test_a_value_of_only_zero_width_spaces_is_empty():
    assert text.clean("\u200b\u200c\u200d\u2060") == ""
    assert text.clean(None) == ""


def test_the_limit_message_names_the_number_of_characters():
    assert text.limited("一二三", 3) is None
    assert str(text.limited("一二三四", 3)) == "不能超过 3 个字。"


def test_fields_are_cleaned_and_every_one_too_long_is_reported_under_its_name():
    errors: dict[str, str] = {}
    typed = {"name": " 王\x00五 ", "note": "甲\n乙" * 3}
    values = text.cleaned(typed, {"name": 2, "note": 5}, errors, multiline=("note",))
    assert values == {"name": "王五", "note": "甲\n乙" * 3}
    assert {field: str(said) for field, said in errors.items()} == {"note": "不能超过 5 个字。"}


def test_check_raises_every_message_at_once():
    with pytest.raises(ValidationErrors) as caught:
        text.check({"a": "12345", "b": "123"}, {"a": 4, "b": 2})
    assert caught.value.errors == {"a": "不能超过 4 个字。", "b": "不能超过 2 个字。"}


def test_a_one_line_value_is_cleaned_required_when_asked_and_a_reason_by_default():
    assert text.one_line(" 重复\x00登记\n原件 ", "作废必须填写原因。") == "重复登记 原件"
    assert text.one_line("\u200b", None) == ""
    with pytest.raises(RuleError) as missing:
        text.one_line("\u200b\u200b", "作废必须填写原因。")
    assert (missing.value.message, missing.value.field) == ("作废必须填写原因。", "reason")
    with pytest.raises(RuleError) as long:
        text.one_line("因" * 201, None, "remark")
    assert (long.value.message, long.value.field) == ("不能超过 200 个字。", "remark")
    assert text.one_line("早班", "请填写班次名称。", "name", 2) == "早班"
