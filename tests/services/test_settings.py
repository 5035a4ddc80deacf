"""Office settings: the 界面 page's service and who may change settings."""

import pytest

from desktop.models import Staff
from desktop.services import audit, settings
from desktop.services.errors import PermissionDenied, RuleError


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
