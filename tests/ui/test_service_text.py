"""Services say things in Chinese templates with arguments; the interface shows them in its language."""

import importlib.util
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.services import auth
from desktop.services.errors import RuleError, ValidationErrors, msg
from desktop.ui import i18n, service_text

ROOT = Path(__file__).resolve().parents[2]


def _tool():  # noqa: ANN202 - the module of tools/service_texts.py
    spec = importlib.util.spec_from_file_location("service_texts", ROOT / "tools" / "service_texts.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def english() -> Iterator[None]:
    i18n.install("en")
    yield
    i18n.install("zh_CN")


def test_every_message_template_of_the_services_is_marked() -> None:
    """A new RuleError or msg() in a service fails here until tools/update_translations has run."""
    tool = _tool()
    assert (ROOT / "desktop" / "ui" / "service_messages.py").read_text(encoding="utf-8") == tool.marked_source()


def test_no_service_message_is_an_f_string() -> None:
    """An f-string's words cannot be looked up: a message is a template with named arguments."""
    assert _tool().f_strings() == []


def test_a_message_without_arguments_keeps_its_braces() -> None:
    assert str(RuleError("日期「{x}」无法识别。").text) == "日期「{x}」无法识别。"
    assert service_text.message(msg("日期「{x}」无法识别。")) == "日期「{x}」无法识别。"


@pytest.mark.usefixtures("english")
def test_a_refusal_is_translated_with_its_arguments() -> None:
    error = RuleError("班组 {name} 已存在。", "name", name="一班")
    assert error.message == "班组 一班 已存在。"  # the Chinese, for the log
    assert service_text.error_message(error) == "Team 一班 already exists."


@pytest.mark.usefixtures("english")
def test_each_field_of_validation_errors_is_translated() -> None:
    error = ValidationErrors({"code": "请填写工号。", "login": msg("登录名 {login} 已被使用。", login="li")})
    assert error.errors == {"code": "请填写工号。", "login": "登录名 li 已被使用。"}
    assert service_text.field_messages(error) == {"code": "Please enter the staff number.",
                                                  "login": "The login li is already in use."}


@pytest.mark.usefixtures("english")
def test_an_argument_that_is_a_service_name_is_translated_too() -> None:
    text = auth.refusal("staff.manage")
    assert service_text.message(text).startswith("You are not allowed to")
    assert "Administrator" in service_text.message(text) or "Supervisor" in service_text.message(text)
