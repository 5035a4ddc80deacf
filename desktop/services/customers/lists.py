"""Finding customers: the as-you-type search over the indexed search keys, and the paged, filtered customer list."""

import datetime
import functools
import operator
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from peewee import JOIN, SQL, Case, Expression, Select, Value, fn

from desktop import engine
from desktop.models import Customer, CustomerPhone, CustomerSearchKey, Staff
from desktop.services import clock
from desktop.services.customers import confidentiality, pool_rules
from desktop.services.customers.confidentiality import MASK, visible
from desktop.services.customers.pool_rules import PoolSettings
from desktop.services.customers.registration import (
    STATUS_ARCHIVED,
    STATUS_POOL,
    STATUS_VALID,
    STATUS_VOID,
    owner_status,
)
from desktop.services.customers.search_keys import Span, compact, digits_match, digits_of, name_match, prefix_bounds
from desktop.services.errors import Text, msg
from desktop.services.paging import Page


def _key_prefix(column: Any, text: str) -> Expression:
    low, high = prefix_bounds(text)
    return (column >= low) & (column < high)


# Shorter prefixes select most of the register, which no one is looking for and which costs a scan of it:
MIN_PHONE_DIGITS = 3  # every mobile number starts with 1, most with 13–19
MIN_NUMBER_DIGITS = 5  # customer numbers are KH + year + serial: the year alone is a third of the register
MIN_KH_DIGITS = 1  # typed with its KH, a number is looked for from its first digit ("KH2025": that year's customers)
MIN_LETTERS = 2  # one pinyin letter starts a key of a third of the register (z: zhang, zhao, zhou, …)


def too_short(text: str) -> Text | None:
    """What a search too short to select anyone needs (the minimums above), or None if it is long enough."""
    word = compact(text)
    digits = digits_of(text)
    if word.upper().startswith("KH") and len(word) < 2 + MIN_KH_DIGITS:
        return msg("客户编号至少输入 KH 后 {digits} 位数字", digits=MIN_KH_DIGITS)
    if digits and len(digits) < MIN_PHONE_DIGITS:
        return msg("电话至少输入 {digits} 位数字（客户编号至少 {number_digits} 位）", digits=MIN_PHONE_DIGITS,
                   number_digits=MIN_NUMBER_DIGITS)
    if word and word.isascii() and word.isalpha() and len(word) < MIN_LETTERS:
        return msg("拼音首字母至少输入 {letters} 个（如 zs 找张三），汉字一个即可", letters=MIN_LETTERS)
    return None


def _by_hidden_field(query: Any, column: Any, allowed: Expression | None) -> Any:
    """`query` (customer ids matched through a field other than name and number) without the customers the actor
    sees masked (`allowed`: confidentiality.found_by_hidden_fields, read once a search), so that a masked customer
    cannot be found, or its number rebuilt, digit by digit."""
    return query if allowed is None else query.join(Customer, on=(column == Customer.id)).where(allowed)


def _searches_names(word: str, digits: str | None) -> bool:
    return bool(word) and (not digits or len(digits) >= 4) and not (word.isascii() and len(word) < MIN_LETTERS)


@dataclass(frozen=True)
class _Match:
    """One kind of match of what was typed: the customers named by `customer` in the rows of `model` whose `key`
    starts with `prefix`."""
    model: Any
    key: Any
    customer: Any
    prefix: str

    def ids(self) -> Any:
        """The matched customer ids, read from the key's index."""
        return self.model.select(self.customer).where(_key_prefix(self.key, self.prefix))

    def on_row(self, newest_first: bool = True) -> Expression:
        """The same match tested on the list's own customer row: a broad match finds its first page sooner by
        reading the register newest first than by gathering all its ids. A match on the row's own column reads
        its index for what is not read `newest_first` (a capped count)."""
        if self.model is Customer:
            return _key_prefix(engine.unindexed(self.key) if newest_first else self.key, self.prefix)
        return fn.EXISTS(self.model.select(SQL("1")).where(
            (self.customer == Customer.id) & _key_prefix(self.key, self.prefix)))


def _matches(text: str) -> tuple[list[_Match], list[_Match]]:
    """What a clerk typed as kinds of match, best first: those by name or number, and those by a field a masked
    customer hides (phone digits)."""
    by_name: list[_Match] = []
    by_hidden: list[_Match] = []
    word = compact(text)
    digits = digits_of(text)
    if digits and len(digits) >= MIN_PHONE_DIGITS:
        by_hidden.append(_Match(CustomerPhone, CustomerPhone.phone_key, CustomerPhone.customer, digits))
    if digits and len(digits) >= MIN_NUMBER_DIGITS:
        by_name.append(_Match(Customer, Customer.number, Customer.id, "KH" + digits))
    if word.upper().startswith("KH") and len(word) >= 2 + MIN_KH_DIGITS:
        by_name.append(_Match(Customer, Customer.number, Customer.id, word.upper()))
    if _searches_names(word, digits):
        keys = _Match(CustomerSearchKey, CustomerSearchKey.key, CustomerSearchKey.customer, digits or word)
        # a key of digits only is a phone tail (names are not numbers)
        (by_hidden if digits else by_name).append(keys)
    return by_name, by_hidden


def _matching_ids(allowed: Expression | None, text: str, limit: int | None) -> list[Any]:
    """Subqueries of customer ids matching what a clerk typed, the masked customers the actor may not find so
    left out."""
    by_name, by_hidden = _matches(text)
    queries = [*(m.ids() for m in by_name), *(_by_hidden_field(m.ids(), m.customer, allowed) for m in by_hidden)]
    return [query.limit(limit) if limit else query for query in queries]


def _tiers(allowed: Expression | None, text: str, scanned: Sequence[bool] = ()) -> list[list[Expression]]:
    """What makes a matched customer fit what was typed better than a match anywhere, best first: its exact number
    or one of its phones; its name (or the name's pinyin) starting with the text; the initials of the name's start.
    Each is an index range or lookup, so that the picker reads the best few without ranking every match, except
    the tiers `scanned` (too broad for their index: `_breadth`)."""
    word, digits = compact(text), digits_of(text)
    exact = [Customer.number == word.upper()]
    if digits:
        phone = CustomerPhone.select(CustomerPhone.customer).where(CustomerPhone.phone_key == digits)
        exact += [Customer.number == "KH" + digits,
                  engine.among(Customer.id, _by_hidden_field(phone, CustomerPhone.customer, allowed))]
    if not _searches_names(word, digits):
        return [exact]

    def starts(tier: int, column: Any) -> Expression:
        return _key_prefix(engine.unindexed(column) if tier < len(scanned) and scanned[tier] else column, word)

    return [exact, [starts(1, Customer.name), starts(1, Customer.name_pinyin)], [starts(2, Customer.name_initials)]]


# Where reading the register newest first until enough are found costs what gathering every match does: about
# √(rows wanted × customers) of the large demo, for a page of 200 and for a count capped at 1 000.
BROAD = 4_000
COUNT_BROAD = 10_000


@dataclass(frozen=True)
class _Breadth:
    """How much of the register what was typed selects: the index entries of each kind of match (`_matches`, by
    name then by hidden field), counted no further than COUNT_BROAD, and whether each tier has BROAD or more."""
    entries: tuple[int, ...]
    tiers: tuple[bool, ...]

    def broad(self, limit: int) -> bool:
        return sum(self.entries) >= limit

    def scanned(self, limit: int) -> tuple[bool, ...]:
        """Which kinds of match are tested on each row read (`_matching`) when `limit` or more entries make the
        text broad: the broad ones, and a narrow one beside them is gathered ("KH2025": a year of numbers, and no
        name key); all of them when none is broad alone."""
        if not self.broad(limit):
            return ()
        each = tuple(count >= limit for count in self.entries)
        return each if any(each) else (True,) * len(each)


@functools.lru_cache(maxsize=256)
def _breadth(text: str) -> _Breadth:
    """Counted in one statement from the indexes: a broad match finds its first page (or its capped count) sooner
    by reading the register newest first (`_Match.on_row`) than by gathering all its ids, as does a broad tier by
    reading it without its index. Kept for the count that follows the page, and for the same text typed again: it
    chooses how to read, never what is found, so a breadth grown stale costs time only."""
    def counted(query: Any, limit: int) -> Any:
        return fn.COALESCE(Select([query.limit(limit).alias("found")], [fn.COUNT(SQL("*"))]), 0)

    matches = sum(_matches(text), [])
    if not matches:
        return _Breadth((), ())
    tiers = _tiers(None, text)  # the exact tier, the only one that depends on the actor, is one or two: not counted
    columns = [*(counted(match.ids(), max(BROAD, COUNT_BROAD)) for match in matches),
               *(counted(Customer.select(SQL("1")).where(functools.reduce(operator.or_, parts)), BROAD)
                 for parts in tiers[1:])]
    counts = Select(columns=columns).bind(Customer._meta.database).tuples().get()
    in_tiers = counts[len(matches):]
    return _Breadth(tuple(counts[:len(matches)]), (False, *(count >= BROAD for count in in_tiers)))


def _rank(allowed: Expression | None, text: str) -> Case:
    """A matched customer's tier (`_tiers`); after them, a match anywhere."""
    tiers = _tiers(allowed, text)
    return Case(None, [(part, rank) for rank, parts in enumerate(tiers) for part in parts], len(tiers))


def _newest(condition: Expression, leaving: list[int], limit: int) -> list[int]:
    query = (Customer.select(Customer.id).where(condition & Customer.voided_at.is_null() & Customer.id.not_in(leaving))
             .order_by(Customer.id.desc()).limit(limit))
    return [cid for (cid,) in query.tuples()]


def finds_anyone(text: str) -> bool:
    """Whether what was typed is searched for at all (not too short for every kind of match); an empty text lists
    everyone."""
    by_name, by_hidden = _matches(text)
    return not compact(text) or bool(by_name or by_hidden)


def _matching(allowed: Expression | None, text: str, scanned: Sequence[bool] = (),
              newest_first: bool = True) -> Expression:
    """The list's condition for what a clerk typed: the customer is among the ids every kind of match gathers (one
    index range each, put together: an OR of several IN lists would make the server read the whole register), or,
    for the kinds `scanned` (`_Breadth`, in `_matches`' order), tested on the row. The confidentiality of a
    customer found by a hidden field is checked on the list's own row rather than joined into the subquery: a
    broad prefix ("057") matches thousands, and only the first page's rows need checking. `newest_first`:
    `_Match.on_row`."""
    by_name, by_hidden = _matches(text)
    if not by_name and not by_hidden:
        return Customer.id.is_null()
    tested = list(scanned) or [False] * (len(by_name) + len(by_hidden))
    names = list(zip(by_name, tested[:len(by_name)], strict=True))
    hidden = list(zip(by_hidden, tested[len(by_name):], strict=True))

    def found(matches: list[tuple[_Match, bool]]) -> Expression:
        parts = [match.on_row(newest_first) for match, scan in matches if scan]
        gathered = [match.ids() for match, scan in matches if not scan]
        if gathered:
            parts.append(engine.among(Customer.id, functools.reduce(operator.add, gathered)))  # UNION ALL
        return functools.reduce(operator.or_, parts)

    if allowed is None or not by_hidden:
        return found(names + hidden)
    if not by_name:
        return found(hidden) & allowed
    return found(names + hidden) & (allowed | found(names))


def search(actor: Staff, text: str, limit: int = 20) -> list[Customer]:
    """Customers (not voided) whose name part, pinyin, initials, phone digits or number starts with `text`, best
    match first (`_tiers`, newest first in each), as `actor` may see them: a confidential customer is masked, and
    found only by its name or number."""
    allowed = confidentiality.found_by_hidden_fields(actor)
    matches = _matching_ids(allowed, text, None) if compact(text) else []
    if not matches:
        return []
    found: list[int] = []
    for parts in _tiers(allowed, text):
        tier: set[int] = set()
        for part in parts:  # one query each, so that each reads its own index
            tier.update(_newest(part, found, limit - len(found)))
        found += sorted(tier, reverse=True)[:limit - len(found)]
    for query in matches:  # then newest first among the first few of each kind: too many to rank them all
        if len(found) >= limit:
            break
        found += _newest(Customer.id.in_([cid for (cid,) in query.limit(limit * 4).tuples()]), found,
                         limit - len(found))
    by_id = {c.id: c for c in Customer.select().where(Customer.id.in_(found))}
    return [visible(actor, by_id[i]) for i in found]


@dataclass
class CustomerFilters:
    text: str = ""
    customer_grade: str = ""
    credit_grade: str = ""
    owner_id: int | None = None
    status: str = ""  # "": every customer in service (not archived or voided); else one of STATUSES; "全部"
    mine: bool = False
    due: str = ""  # "credit": credit re-survey due; "archive": quarterly archive check due


@dataclass(frozen=True)
class CustomerRow:
    id: int
    number: str
    name: str
    salutation: str
    phone: str
    customer_grade: str
    credit_grade: str
    confidentiality: str
    owner_name: str
    last_follow_up_at: datetime.datetime | None
    status: str
    registered_at: datetime.datetime
    credit_review_due_on: datetime.date | None
    archive_check_due_on: datetime.date | None
    household_id: int | None
    masked: bool


SORT_COLUMNS = {
    "number": Customer.number, "name": Customer.name_pinyin, "customer_grade": Customer.customer_grade,
    "credit_grade": Customer.credit_grade, "confidentiality": Customer.confidentiality, "owner": Staff.name,
    "last_follow_up_at": Customer.last_follow_up_at, "registered_at": Customer.registered_at,
    "credit_review_due_on": Customer.credit_review_due_on, "archive_check_due_on": Customer.archive_check_due_on,
}
VISIBLE_SORT_KEYS = ("number", "name", "confidentiality", "registered_at")
ROW_COLUMNS = [Customer.id, Customer.number, Customer.name, Customer.salutation, Customer.phone,
               Customer.customer_grade, Customer.credit_grade, Customer.confidentiality, Staff.name,
               Customer.last_follow_up_at, Customer.registered_at, Customer.credit_review_due_on,
               Customer.archive_check_due_on, Customer.household, Customer.owner, Customer.ownership_until,
               Customer.voided_at, Customer.archived]


STATUS_SOON = "即将回公共池"  # a filter, not a status: owned customers inside the pool rules' warning window


def _status_condition(status: str, today: datetime.date, rules: Callable[[], PoolSettings]) -> Expression | None:
    """The list's status filter; the pool rules (`rules()`) are read only by the filters that need them."""
    in_service = Customer.voided_at.is_null() & ~Customer.archived
    conditions: dict[str, Callable[[], Expression]] = {
        "": lambda: in_service,
        STATUS_VALID: lambda: in_service & ~pool_rules.lapsed(today, rules(), bulk=True),
        STATUS_POOL: lambda: in_service & pool_rules.lapsed(today, rules(), bulk=True),
        STATUS_SOON: lambda: in_service & pool_rules.lapsing_soon(today, rules()),
        STATUS_ARCHIVED: lambda: Customer.voided_at.is_null() & Customer.archived,
        STATUS_VOID: lambda: Customer.voided_at.is_null(False),
    }
    return conditions[status]() if status in conditions else None


OWNERSHIP_STATUSES = (STATUS_VALID, STATUS_POOL, STATUS_SOON)  # they tell the owner and the last follow-up


def _hidden_conditions(filters: CustomerFilters, actor: Staff, allowed: Expression | None,
                       today: datetime.date) -> list[Expression]:
    """The filters on fields a masked customer hides, which then leave it out."""
    conditions = []
    if filters.customer_grade:
        conditions.append(Customer.customer_grade == filters.customer_grade)
    if filters.credit_grade:
        conditions.append(Customer.credit_grade == filters.credit_grade)
    if filters.owner_id is not None:
        conditions.append(Customer.owner == filters.owner_id)
    if filters.mine:
        conditions.append(Customer.owner == actor.id)
    if filters.due == "credit":
        conditions.append(Customer.credit_review_due_on <= today)
    elif filters.due == "archive":
        conditions.append(Customer.archive_check_due_on <= today)
    if allowed is not None and (conditions or filters.status in OWNERSHIP_STATUSES):
        conditions.append(allowed)
    return conditions


def _filtered(columns: list[Any], filters: CustomerFilters, actor: Staff, allowed: Expression | None,
              today: datetime.date, rules: Callable[[], PoolSettings], scanned: Sequence[bool] = (),
              counting: bool = False) -> Any:
    """The customers the filters leave, with their owner joined for the owner's name and sort; `scanned`:
    `_matching`'s. For `counting`, in no order: no owners (no condition needs them, and without them the count
    reads the in-service index alone), and a match on the row's own column reads its index."""
    query = Customer.select(*columns)
    if not counting:
        query = query.join(Staff, JOIN.LEFT_OUTER, on=(Customer.owner == Staff.id))
    conditions = [_status_condition(filters.status, today, rules), *_hidden_conditions(filters, actor, allowed, today)]
    if filters.text.strip():
        conditions.append(_matching(allowed, filters.text, scanned, newest_first=not counting))
    for condition in conditions:
        if condition is not None:
            query = query.where(condition)
    return query


def _spared(today: datetime.date, rules: PoolSettings) -> Any:
    """1 for a row whose ownership ran out but which the pool rules exempt (looked up only for those rows)."""
    condition = pool_rules.exempt(rules)
    if condition is None:
        return SQL("0")
    return Case(None, [((Customer.ownership_until < today) & condition, 1)], 0)


def _row(values: tuple, hides: Callable[[str], bool], today: datetime.date) -> CustomerRow:
    (cid, number, name, salutation, phone, grade, credit, secrecy, owner_name, follow_up, registered, credit_due,
     archive_due, household, owner_id, until, voided_at, archived, spared) = values
    stand_in = Customer(owner=owner_id, ownership_until=until, voided_at=voided_at, archived=archived)
    status = owner_status(stand_in, today, bool(spared))
    if hides(secrecy):
        shown_status = MASK if status in OWNERSHIP_STATUSES else status
        return CustomerRow(cid, number, name, "", MASK, "", "", secrecy, "", None, shown_status, registered, None,
                           None, household, True)
    return CustomerRow(cid, number, name, salutation, phone, grade, credit, secrecy, owner_name or "", follow_up,
                       status, registered, credit_due, archive_due, household, False)


def _sort_column(allowed: Expression | None, key: str | None) -> Any:
    """The column to sort by; a column a masked customer hides sorts it as unknown (first, or last descending)."""
    column = SORT_COLUMNS.get(key or "")
    if column is None or key in VISIBLE_SORT_KEYS:
        return column
    return column if allowed is None else Case(None, [(allowed, column)], None)


def _ranked_ids(filtered: Callable[[], Any], tiers: list[list[Expression]], rank: Case, page: Page,
                last: int | None) -> Any:
    """The ids of a search's page, best match first (`_rank`, newest first in each tier), as one statement: each
    tier is read apart, newest first and only as far as the page's end, so that a broad match ("057", "zh": 20 000
    customers) is not ranked whole; the tier's own condition lets it read its index. With `last`, the tiers after
    it are left out (a broad tier fills the page alone: the narrower ones after it would be read to their end)."""
    wanted = page.offset + page.limit
    conditions = [*(functools.reduce(operator.or_, tier) for tier in tiers), None]
    parts = []
    for tier, condition in enumerate(conditions if last is None else conditions[:last + 1]):
        query = filtered().select(Customer.id, Value(tier).alias("tier")).where(rank == tier)
        if condition is not None:
            query = query.where(condition)
        parts.append(Select([query.order_by(Customer.id.desc()).limit(wanted).alias(f"tier{tier}")],
                            [SQL("*")]))
    best = functools.reduce(operator.add, parts).alias("best")  # UNION ALL
    return (Select([best], [best.c.id]).order_by(best.c.tier, best.c.id.desc()).offset(page.offset)
            .limit(page.limit))


def fetch(actor: Staff, page: Page, filters: CustomerFilters, today: datetime.date | None = None) -> list[CustomerRow]:
    """One page of the customer list: unless sorted, the best matches of a search first (`_rank`), else newest
    first; confidential rows masked for `actor`."""
    if not finds_anyone(filters.text):
        return []
    today = today or clock.today()
    sees_all = confidentiality.sees_all(actor)  # the actor's rights and the pool rules: read once a page
    allowed = confidentiality.hidden_fields_condition(sees_all)
    rules = pool_rules.current()
    columns = [*ROW_COLUMNS, _spared(today, rules)]
    column = _sort_column(allowed, page.sort_key)
    hides = confidentiality.hider(actor, sees_all)
    if column is None and not compact(filters.text):
        query = _filtered(columns, filters, actor, allowed, today, lambda: rules)
        if page.after is not None:
            query = query.where(Customer.id < page.after.id)
        query = query.order_by(Customer.id.desc()).limit(page.limit)
        return [_row(values, hides, today) for values in query.tuples()]
    if column is None:
        rank = _rank(allowed, filters.text)
        order = [rank, Customer.id.desc()]
        breadth = _breadth(compact(filters.text))
    else:
        order = [engine.in_order(column, page.descending), Customer.id.desc() if page.descending else Customer.id.asc()]
        breadth = _Breadth((), ())

    def rows(page_ids: Any) -> list[CustomerRow]:
        query = (Customer.select(*columns).join(Staff, JOIN.LEFT_OUTER, on=(Customer.owner == Staff.id))
                 .where(engine.among(Customer.id, page_ids)).order_by(*order))
        return [_row(values, hides, today) for values in query.tuples()]

    if not breadth.broad(BROAD):
        # the page's ids sorted first, then only their rows read: sorting whole rows made a broad match read every
        # matched row's columns and pool exemptions before the sort
        return rows(_filtered([Customer.id], filters, actor, allowed, today, lambda: rules)
                    .order_by(*order).offset(page.offset).limit(page.limit))
    tiers = _tiers(allowed, filters.text, breadth.tiers)

    def ranked(last: int | None) -> list[CustomerRow]:
        return rows(_ranked_ids(lambda: _filtered([Customer.id], filters, actor, allowed, today, lambda: rules,
                                                  breadth.scanned(BROAD)), tiers, rank, page, last))

    first_broad = next((tier for tier, broad in enumerate(breadth.tiers) if broad), None)
    found = ranked(first_broad)
    if first_broad is not None and len(found) < page.limit:
        found = ranked(None)  # the broad tier, thinned by the filters, did not fill the page: every tier is read
    return found


def matched(text: str, row: CustomerRow) -> dict[str, Span]:
    """What of the row a search for `text` matched, by field ("number", "name", "phone"), for the list to mark."""
    word, digits = compact(text), digits_of(text)
    spans = {"name": name_match(text, row.name),
             "number": digits_match(digits, row.number) if digits else name_match(word, row.number),
             "phone": digits_match(digits, row.phone) if digits and not row.masked else None}
    return {field: span for field, span in spans.items() if span is not None}


def count(actor: Staff, filters: CustomerFilters, today: datetime.date | None = None,
          cap: int | None = None) -> tuple[int, int]:
    """(customers, households): family members linked into one household count once in the second figure.
    With `cap`, at most cap + 1 customers are counted (and their households): more than `cap` means "cap+"."""
    if not finds_anyone(filters.text):
        return 0, 0
    today = today or clock.today()
    allowed, rules = confidentiality.found_by_hidden_fields(actor), functools.cache(pool_rules.current)
    if cap is None:
        query = _filtered([fn.COUNT(Customer.id), fn.COUNT(fn.DISTINCT(fn.COALESCE(Customer.household, Customer.id)))],
                          filters, actor, allowed, today, rules, counting=True)
    else:
        scanned = _breadth(compact(filters.text)).scanned(COUNT_BROAD) if compact(filters.text) else ()
        found = _filtered([Customer.id, Customer.household], filters, actor, allowed, today, rules, scanned,
                          counting=True).limit(cap + 1).alias("found")
        query = Select([found], [fn.COUNT(found.c.id),
                                 fn.COUNT(fn.DISTINCT(fn.COALESCE(found.c.household_id, found.c.id)))]).bind(
                                     Customer._meta.database)
    customers, households = query.tuples().get()
    return customers, households


def registrations_by_day(start: datetime.datetime, end: datetime.datetime) -> dict[datetime.date, int]:
    """New customers registered on each day of [start, end) (voided registrations do not count)."""
    day = engine.day(Customer.registered_at)
    query = (Customer.select(day, fn.COUNT(Customer.id))
             .where(Customer.voided_at.is_null() & (Customer.registered_at >= start) & (Customer.registered_at < end))
             .group_by(day).tuples())
    return dict(query)


def registrations_by_person(start: datetime.datetime, end: datetime.datetime) -> dict[int, dict[str, int]]:
    """登记人 id -> {来源: new customers} for [start, end)."""
    query = (Customer.select(Customer.registered_by, Customer.source, fn.COUNT(Customer.id))
             .where(Customer.voided_at.is_null() & (Customer.registered_at >= start) & (Customer.registered_at < end))
             .group_by(Customer.registered_by, Customer.source).tuples())
    people: dict[int, dict[str, int]] = {}
    for staff_id, source, count in query:
        people.setdefault(staff_id, {})[source] = count
    return people
