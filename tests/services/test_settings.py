"""Office settings: the 界面 page's service and who may change settings."""

import pytest

from desktop.models import Staff
from desktop.services import audit, settings
from desktop.services.errors import PermissionDenied, RuleError, ValidationErrors


def test_supervisor_saves_branch_and_language(supervisor: Staff) -> None:
    settings.save_interface(supervisor, " 华东区宁波分店 ", "en")
    assert (settings.branch_name(), settings.get("language")) == ("华东区宁波分店", "en")
    assert audit.history("setting", "language")[-1].actor_id == supervisor.id


def test_saving_the_interface_as_it_is_writes_nothing(supervisor: Staff) -> None:
    settings.save_interface(supervisor, settings.branch_name(), settings.get("language"))  # the default language
    assert audit.history("setting", "language") == []
    assert [e.action for e in audit.history("setting", "branch_name")] == ["create"]


def test_interface_values_are_checked(supervisor: Staff) -> None:
    with pytest.raises(RuleError) as empty:
        settings.save_interface(supervisor, "  ", "zh_CN")
    assert empty.value.field == "branch"
    with pytest.raises(RuleError) as language:
        settings.save_interface(supervisor, "分店", "fr")
    assert language.value.field == "language"


def test_the_centre_director_is_a_supervisor_or_the_administrator(office_data: dict) -> None:
    supervisor = office_data["supervisor"]
    with pytest.raises(RuleError, match="客服中心主任须为") as clerk:
        settings.save_interface(supervisor, "分店", "zh_CN", office_data["clerk1"].id)
    assert clerk.value.field == "director" and settings.get(settings.DIRECTOR) == ""
    settings.save_interface(supervisor, "分店", "zh_CN", office_data["admin"].id)
    assert settings.get(settings.DIRECTOR) == str(office_data["admin"].id)


def test_the_branch_name_is_cleaned_and_fits_the_page_header(supervisor: Staff) -> None:
    with pytest.raises(RuleError) as invisible:
        settings.save_interface(supervisor, "\u200b\x00", "zh_CN")
    assert (invisible.value.field, invisible.value.message) == ("branch", "请填写分店名称。")
    with pytest.raises(RuleError) as long:
        settings.save_interface(supervisor, "店" * 51, "zh_CN")
    assert (long.value.field, long.value.message) == ("branch", "不能超过 50 个字。")
    settings.save_interface(supervisor, "宁波\x00分店\ufeff", "zh_CN")
    assert settings.branch_name() == "宁波分店"


def test_first_run_cleans_and_limits_every_field(fresh_db: object) -> None:
    with pytest.raises(ValidationErrors) as refused:
        settings.first_run("店" * 51, "\u200b", "名" * 31, "a\x00", "      ")
    assert refused.value.errors == {"branch": "不能超过 50 个字。", "code": "请填写工号。",
                                    "name": "不能超过 30 个字。", "password": "密码不能只有空格。"}
    admin = settings.first_run("新\x00分店", "A001\u200b", "管理员", "ad\x00min", "secret123")
    assert (settings.branch_name(), admin.code, admin.login) == ("新分店", "A001", "admin")


def test_clerk_may_not_change_settings(clerk: Staff) -> None:
    with pytest.raises(PermissionDenied):
        settings.put(clerk, "branch_name", "别的分店")
    with pytest.raises(PermissionDenied):
        settings.save_interface(clerk, "别的分店", "zh_CN")
    assert settings.branch_name() == "测试分店"


def test_program_itself_may_store_settings(office_data: dict) -> None:
    settings.put(None, "min_rest_hours", "10")
    assert settings.get("min_rest_hours") == "10"


def test_first_run_still_stores_the_branch(fresh_db: object) -> None:
    admin = settings.first_run("新分店", "A001", "管理员", "admin", "secret123")
    assert settings.branch_name() == "新分店"
    assert audit.history("setting", "branch_name")[0].actor_id == admin.id


def test_the_idle_lock_is_between_zero_and_four_hours(office_data: dict) -> None:
    supervisor = office_data["supervisor"]
    with pytest.raises(RuleError) as refused:
        settings.save_interface(supervisor, "测试分店", "zh_CN", idle_lock_minutes=241)
    assert refused.value.field == "idle_lock_minutes" and settings.idle_lock_minutes() == 0
    settings.save_interface(supervisor, "测试分店", "zh_CN", idle_lock_minutes=15)
    assert settings.idle_lock_minutes() == 15

