"""Office-wide settings (branch name, interface language) and the first-run set-up."""

from desktop.models import Setting, Staff, db
from desktop.services import audit, auth, passwords, text
from desktop.services.errors import RuleError, ValidationErrors
from desktop.services.staffing import people

DEFAULTS = {"branch_name": "", "language": "zh_CN", "min_rest_hours": "8", "idle_lock_minutes": "0"}
LANGUAGE_CODES = ("zh_CN", "en")
DIRECTOR = "center_director"  # the staff id of the 客服中心主任
BRANCH_LIMIT = 50  # the branch name heads every printed page and names every backup
MAX_IDLE_LOCK = 240  # minutes a desk may stay open untouched before it locks itself (0: never)


def get(key: str) -> str:
    row = Setting.get_or_none(Setting.key == key)
    return row.value if row else DEFAULTS.get(key, "")


def get_many(keys: list[str]) -> dict[str, str]:
    """Several settings in one query, by key ("" or the default for those never stored)."""
    stored = dict(Setting.select(Setting.key, Setting.value).where(Setting.key.in_(keys)).tuples())
    return {key: stored.get(key, DEFAULTS.get(key, "")) for key in keys}


def put(actor: Staff | None, key: str, value: str) -> None:
    """Store a setting; a person changing it needs 设置 rights (None: the program itself, at first run or demo)."""
    if actor is not None:
        auth.require(actor, "settings.open")
    if get(key) == value:  # unchanged, or the default it already has: nothing to store
        return
    with db.atomic():
        row = Setting.get_or_none(Setting.key == key)
        if row is None:
            audit.create(actor, Setting(key=key, value=value))
        else:
            audit.update(actor, row, value=value)


def save_interface(actor: Staff, branch: str, language: str, director_id: int | None = None,
                   idle_lock_minutes: int = 0) -> None:
    """The 界面 page: branch name, interface language (read at start-up, so it applies on the next start), the
    客服中心主任 (None: not named) and after how many idle minutes an open window locks itself."""
    auth.require(actor, "settings.open")
    branch = text.one_line(branch, "请填写分店名称。", "branch", BRANCH_LIMIT)
    if language not in LANGUAGE_CODES:
        raise RuleError("请选择界面语言。", "language")
    if director_id is not None and director_id not in {p.id for p in people.director_candidates()}:
        raise RuleError("客服中心主任须为在职的主任或管理员。", "director")
    if not 0 <= idle_lock_minutes <= MAX_IDLE_LOCK:
        raise RuleError("自动锁定时间应在 0 到 {MAX_IDLE_LOCK} 分钟之间（0 为不自动锁定）。",
                        "idle_lock_minutes", MAX_IDLE_LOCK=MAX_IDLE_LOCK)
    with db.atomic():
        put(actor, "branch_name", branch)
        put(actor, "language", language)
        put(actor, DIRECTOR, "" if director_id is None else str(director_id))
        put(actor, "idle_lock_minutes", str(idle_lock_minutes))


def idle_lock_minutes() -> int:
    return int(get("idle_lock_minutes"))


def branch_name() -> str:
    return get("branch_name")


def needs_first_run() -> bool:
    return not Staff.select().where(Staff.role == "admin").exists()


def first_run(branch: str, code: str, name: str, login: str, password: str) -> Staff:
    """Record the branch office's name and create the first administrator, all or nothing."""
    errors: dict[str, str] = {}
    values = text.cleaned({"branch": branch, "code": code, "name": name, "login": login},
                          {"branch": BRANCH_LIMIT, **people.LIMITS}, errors)
    for field, missing in [("branch", "请填写分店名称。"), ("code", "请填写工号。"), ("name", "请填写姓名。"),
                           ("login", "请填写登录名。")]:
        if not values[field]:
            errors[field] = missing
    if problem := auth.password_problem(password):
        errors["password"] = problem
    if errors:
        raise ValidationErrors(errors)
    with db.atomic():
        admin = audit.create(None, Staff(
            code=values["code"], name=values["name"], job_type="管理员", skill_level="高级工", role="admin",
            login=values["login"], **passwords.stored(password)))
        put(admin, "branch_name", values["branch"])
    return admin
