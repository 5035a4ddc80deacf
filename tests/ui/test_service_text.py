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


HISTORY = "the complaint's 处理记录: a note stored with the event, in the office's words, as the paper history reads"
# where a service writes Chinese with an f-string that is no message shown in the interface's language, and why
NOT_MESSAGES = {
    ("desktop/services/complaints/workflow.py", "approve"): HISTORY,
    ("desktop/services/complaints/workflow.py", "assess"): HISTORY,
    ("desktop/services/complaints/workflow.py", "close_unreachable"): HISTORY,
    ("desktop/services/complaints/workflow.py", "decide_close"): HISTORY,
    ("desktop/services/complaints/workflow.py", "dispatch"): HISTORY,
    ("desktop/services/complaints/workflow.py", "extend"): HISTORY,
    ("desktop/services/complaints/workflow.py", "investigate"): HISTORY,
    ("desktop/services/complaints/workflow.py", "merge"): HISTORY,
    ("desktop/services/complaints/workflow.py", "pause"): HISTORY,
    ("desktop/services/complaints/workflow.py", "receive"): HISTORY,
    ("desktop/services/complaints/workflow.py", "record_callback"): HISTORY,
    ("desktop/services/complaints/workflow.py", "record_meeting"): HISTORY,
    ("desktop/services/complaints/workflow.py", "redo"): HISTORY,
    ("desktop/services/complaints/workflow.py", "remind"): HISTORY,
    ("desktop/services/complaints/workflow.py", "reopen"): HISTORY,
    ("desktop/services/complaints/workflow.py", "resume"): HISTORY,
    ("desktop/services/complaints/workflow.py", "send_back"): HISTORY,
    ("desktop/services/complaints/workflow.py", "split"): HISTORY,
    ("desktop/services/complaints/workflow.py", "unmerge"): HISTORY,
    ("desktop/services/complaints/workflow.py", "void"): HISTORY,
    ("desktop/services/audit_view.py", "text"):
        "the change as the printed 操作日志 writes it (the audit page writes its own, translated)",
    ("desktop/services/contacts/records.py", "caller_number"):
        "the stored form of an extension number (分机 1234), part of the record",
    ("desktop/services/customers/handover.py", "_hand_over"):
        "an audit reason, stored (the timeline shows it translated by its prefix)",
    ("desktop/services/customers/handover.py", "_move"):
        "an audit reason, stored (the timeline shows it translated by its prefix)",
    ("desktop/services/customers/registration.py", "link_household"): "an audit reason, stored",
    ("desktop/services/customers/registration.py", "void"): "a voided phone's search key, no text anyone reads",
    ("desktop/services/dates.py", "day_text"):
        "how the office writes a date: the forms' and the Chinese messages' own writer",
    ("desktop/services/dates.py", "short_day"): "how the office writes a date without its year",
    ("desktop/services/files/backup.py", "write_backup"): "a file name",
    ("desktop/services/files/excel.py", "long_date"):
        "a workbook's heading date: workbooks stay Chinese like the forms",
    ("desktop/services/files/restore.py", "_keep_aside"): "a file name",
    ("desktop/services/files/restore.py", "_move_damaged_aside"): "a file name, and an OSError for the log",
    ("desktop/services/files/restore.py", "_restore_server"):
        "a file name, and the restore's note kept in the file's settings (never shown)",
    ("desktop/services/files/restore.py", "aside_folder"): "a folder name",
    ("desktop/services/files/restore.py", "candidates"): "a file name pattern",
    ("desktop/services/files/restore.py", "finish_restore"):
        "the restore's note kept in the restored file's settings, never shown",
    ("desktop/services/files/restore.py", "recover"):
        "the restore's note kept in the restored file's settings, never shown",
    ("desktop/services/files/schedule.py", "automatic_folder"): "a folder name",
    ("desktop/services/reporting/catalog.py", "save_workbook"):
        "a report workbook's heading: workbooks stay Chinese like the forms",
    ("desktop/services/reporting/periods.py", "day_text"):
        "a report's period as the printed report writes it (the window writes its own)",
    ("desktop/services/reporting/periods.py", "text"):
        "a report's period as the printed report writes it (the window writes its own)",
    ("desktop/services/staffing/covers.py", "decide"): "the roster change's audit reason, stored",
    ("desktop/services/staffing/leave.py", "_slip_notes"): "the printed 请假条's notes",
    ("desktop/services/staffing/leave.py", "slip"): "the printed 请假条's fields",
    ("desktop/services/staffing/quality_report.py", "figures"): "the printed 服务质量分析报告's lines",
    ("desktop/services/staffing/quality_report.py", "paper"): "the printed 服务质量分析报告's period",
    ("desktop/services/staffing/shift_handover.py", "staffing_lines"):
        "the 人员调班情况 written into the 交接日志's field, which the person edits, stores and prints",
    ("desktop/services/staffing/shift_handover.py", "staffing_text"):
        "the 人员调班情况 written into the 交接日志's field, which the person edits, stores and prints",
    ("desktop/services/staffing/swaps.py", "_apply_roster"): "the roster change's audit reason, stored",
    ("desktop/services/wording.py", "_day"): "a date filled into a 话术 template, Chinese text for the customer",
    ("desktop/services/wording.py", "replace"):
        "a placeholder filled into a 话术 template, Chinese text for the customer",
}


def test_no_f_string_in_the_services_has_chinese_words_except_where_no_message_is_written() -> None:
    """A rule failure returned or appended as an f-string (`return f"…"`, `messages.append(f"…")`) is as
    untranslatable as a raised one: every Chinese f-string of the services is found, wherever it is."""
    assert _tool().chinese_f_strings(NOT_MESSAGES) == []
