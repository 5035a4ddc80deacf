"""The login log for the supervisor: who tried to log in, when, and what happened (auth.login writes it)."""

from peewee import JOIN

from desktop.models import LoginEvent, Staff
from desktop.services import auth

OUTCOME_TEXT = {
    "ok": "登录成功", "wrong_password": "密码错误", "unknown": "无此登录名", "inactive": "账号已停用",
    "locked": "错误次数过多，须等待",
}


def entries(actor: Staff, limit: int, after: LoginEvent | None = None) -> list[LoginEvent]:
    """The next `limit` tries, newest first, after the last one already shown (keyset on at, id)."""
    auth.require(actor, "logins.view")
    query = LoginEvent.select(LoginEvent, Staff).join(Staff, on=LoginEvent.staff, join_type=JOIN.LEFT_OUTER)
    if after is not None:
        query = query.where((LoginEvent.at < after.at) | ((LoginEvent.at == after.at) & (LoginEvent.id < after.id)))
    return list(query.order_by(LoginEvent.at.desc(), LoginEvent.id.desc()).limit(limit))
