"""Demo customers: people and companies with Chinese names, unique phones, grades, owners and households."""

import datetime
import functools
import random
from decimal import Decimal

from desktop.demo import DemoContext, bulk
from desktop.demo.names import mobile, person_name
from desktop.models import Customer, CustomerPhone, CustomerSearchKey, Staff
from desktop.services.calendar import add_months
from desktop.services.customers.pool_rules import PoolSettings, ownership_end
from desktop.services.customers.registration import ARCHIVE_CHECK_MONTHS, CREDIT_REVIEW_MONTHS
from desktop.services.customers.search_keys import name_initials, name_keys, name_pinyin, phone_keys

DEFAULT_RULES = PoolSettings()  # a new office's database: the seeds' one month
CITIES = ["杭州", "宁波", "温州", "绍兴", "嘉兴", "湖州", "金华", "台州", "上海", "苏州"]
WORDS = ["宏达", "恒信", "华宇", "永泰", "金鼎", "瑞丰", "新源", "鸿运", "天成", "中和", "嘉禾", "利群", "东方", "明德",
         "润华", "盛世", "远航", "卓越", "安康", "百川"]
INDUSTRIES = [("科技", "信息技术"), ("贸易", "批发零售"), ("建材", "建筑"), ("电子", "制造业"),
              ("物流", "交通运输"), ("餐饮管理", "餐饮"), ("服饰", "纺织服装"), ("机械", "制造业"),
              ("房地产开发", "房地产"), ("食品", "食品")]
SUFFIXES = ["有限公司", "股份有限公司", "有限责任公司", "商行"]
NATURES = ["有限责任公司", "股份有限公司", "个人独资", "国有企业", "合伙企业"]
DEMANDS = ["三室两厅，约 120 平方米", "两室一厅，90 平方米左右", "办公用品批量采购", "年度维保合同", "新品试用 50 套",
           "商铺一间，临街", "四室两厅，预算宽裕", "设备升级改造", "员工福利采购", "复式，140 平方米以上"]
ROADS = ["文三路", "天目山路", "延安路", "解放路", "庆春路", "凤起路", "莫干山路", "江南大道", "钱江路", "体育场路"]
SOURCES = ["walk_in", "walk_in", "phone", "referral", "online", "online", "returning", "other"]  # codes, as stored
SALUTATIONS = ["先生", "女士"]
BATCH = 5000  # customers kept in memory between inserts


def _company(rng: random.Random) -> tuple[str, str]:
    word, (trade, industry) = rng.choice(WORDS), rng.choice(INDUSTRIES)
    return f"{rng.choice(CITIES)}{word}{trade}{rng.choice(SUFFIXES)}", industry


@functools.lru_cache(maxsize=100_000)
def _pinyin(name: str) -> str:
    return name_pinyin(name)


@functools.lru_cache(maxsize=100_000)
def _initials(name: str) -> str:
    return name_initials(name)


@functools.lru_cache(maxsize=100_000)
def _name_keys(name: str, personal: bool) -> frozenset[str]:
    return frozenset(name_keys(name, personal))


def _search_keys(name: str, personal: bool, phones: list[str]) -> set[str]:
    """customer_keys.search_keys, with the pinyin of names met before reused (names repeat in 100 000 customers)."""
    keys = set(_name_keys(name, personal))
    for phone in phones:
        keys |= phone_keys(phone)
    return keys


def _unique_phone(rng: random.Random, used: set[str], landline: bool) -> str:
    while True:
        number = f"0571{rng.randrange(8100_0000, 8999_9999)}" if landline else mobile(rng)
        if number not in used:
            used.add(number)
            return number


def _shown(number: str) -> str:
    return f"{number[:4]}-{number[4:]}" if number.startswith("0") else f"{number[:3]} {number[3:7]} {number[7:]}"


def _registered(rng: random.Random, today: datetime.date, total: int) -> list[datetime.datetime]:
    """Registration times over the last three years, in order (numbers rise with time)."""
    start = datetime.datetime.combine(today - datetime.timedelta(days=3 * 365), datetime.time(8))
    span = int((datetime.datetime.combine(today, datetime.time(8)) - start).total_seconds())
    return sorted(start + datetime.timedelta(seconds=rng.randrange(span)) for _ in range(total))


def _customer(rng: random.Random, context: DemoContext, owners: list[Staff], when: datetime.datetime,
              serials: dict[int, int], used: set[str]) -> tuple[dict, list[tuple[str, str]]]:
    company = rng.random() < 0.2
    owner = rng.choice(owners)
    if company:
        name, industry = _company(rng)
        contact = person_name(rng)
        salutation = contact[0] + rng.choice(SALUTATIONS)
    else:
        name, industry, contact = person_name(rng), "", ""
        salutation = name[0] + rng.choice(SALUTATIONS)
    phones = [_unique_phone(rng, used, landline=company)]
    if rng.random() < 0.1:
        phones.append(_unique_phone(rng, used, landline=False))
    serials[when.year] = serials.get(when.year, 0) + 1
    today = context.today
    follow_up = None
    if rng.random() < 0.75:
        follow_up = when + datetime.timedelta(days=rng.randrange(0, 400), hours=rng.randrange(8))
        if follow_up.date() >= today or (follow_up.date() < today - datetime.timedelta(days=60) and rng.random() < 0.6):
            follow_up = max(when, datetime.datetime.combine(today - datetime.timedelta(days=rng.randrange(1, 45)),
                                                            datetime.time(rng.randrange(9, 18))))
    credit = rng.choices("ABCD", weights=[15, 35, 35, 15])[0]
    reviewed = (today - datetime.timedelta(days=rng.randrange(0, 200))) if rng.random() < 0.6 else None
    reviewed = max(reviewed, when.date()) if reviewed else None
    checked = (today - datetime.timedelta(days=rng.randrange(0, 120))) if rng.random() < 0.5 else None
    checked = max(checked, when.date()) if checked else None
    pinyin = _pinyin(name)
    row = {
        "number": f"KH{when.year}{serials[when.year]:06d}", "kind": "organisation" if company else "person",
        "name": name,
        "salutation": salutation, "phone": _shown(phones[0]), "other_phones": "，".join(_shown(p) for p in phones[1:]),
        "wechat_email": f"wx_{phones[0][-6:]}" if rng.random() < 0.4 else "",
        "address": f"{rng.choice(CITIES)}市{rng.choice(ROADS)}{rng.randrange(1, 400)}号", "postcode": "310000",
        "legal_person": contact if company else "", "founded_on": None,
        "nature": rng.choice(NATURES) if company else "",
        "employees": rng.randrange(5, 2000) if company else None, "scale": "", "industry": industry,
        "registered_capital": f"{rng.choice([50, 100, 200, 500, 1000])} 万元" if company else "",
        "bank_account": "", "main_contact": contact, "main_contact_title": "采购经理" if company else "",
        "decision_maker": contact, "demand": rng.choice(DEMANDS),
        "budget": Decimal(rng.randrange(5, 500) * 10_000), "source": rng.choice(SOURCES), "referrer": None,
        "referral_expected_on": None, "customer_grade": rng.choices("ABCD", weights=[10, 35, 40, 15])[0],
        "credit_grade": credit, "credit_reviewed_on": reviewed, "archive_checked_on": checked,
        "credit_review_due_on": add_months(reviewed or when.date(), CREDIT_REVIEW_MONTHS[credit]),
        "archive_check_due_on": add_months(checked or when.date(), ARCHIVE_CHECK_MONTHS),
        "confidentiality": rng.choices(["secret", "confidential", "top_secret"], weights=[90, 8, 2])[0],
        "owner": owner.id,
        "registered_by": owner.id, "registered_at": when, "last_follow_up_at": follow_up,
        "ownership_until": None, "household": None, "note": "",
        "archived": False, "name_pinyin": pinyin, "name_initials": _initials(name),
    }
    row["ownership_until"] = ownership_end(row["customer_grade"], (follow_up or when).date(), DEFAULT_RULES)
    return row, [(p, _shown(p)) for p in phones]


def generate(context: DemoContext) -> None:
    rng = context.rng
    owners = list(Staff.select().where(Staff.job_type.in_(["业务员", "客服专员"]) & Staff.active))
    used: set[str] = set()
    serials: dict[int, int] = {}
    next_id = 1
    heads: list[dict] = []
    rows, phones, keys = [], [], []
    for when in _registered(rng, context.today, context.size.customers):
        row, numbers = _customer(rng, context, owners, when, serials, used)
        row["id"] = next_id
        if row["kind"] == "person" and heads and rng.random() < 0.03:
            head = rng.choice(heads)  # a spouse or parent registered earlier: one customer, one owner
            row.update(household=head["id"], owner=head["owner"], ownership_until=head["ownership_until"])
        elif row["kind"] == "person":
            heads.append(row)
            del heads[:-500]
        rows.append(row)
        phones += [{"customer": next_id, "number": shown, "phone_key": key} for key, shown in numbers]
        keys += [{"key": k, "customer": next_id} for k in _search_keys(row["name"], row["kind"] == "person",
                                                                        [key for key, _ in numbers])]
        next_id += 1
        if len(rows) >= BATCH:
            _flush(rows, phones, keys)
    _flush(rows, phones, keys)


def _flush(rows: list[dict], phones: list[dict], keys: list[dict]) -> None:
    bulk.insert(Customer, rows)
    bulk.insert(CustomerPhone, phones)
    bulk.insert(CustomerSearchKey, keys)
    rows.clear()
    phones.clear()
    keys.clear()
