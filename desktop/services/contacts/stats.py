"""Contact figures for the reports, each one SQL aggregate over a period [start, end) of 日期时间: contacts by day,
by person and by purpose, the visit report form's ratings, and what customers said (意见) and reported of the
market (`001 第8篇 第九条/第十条`). Voided records count nowhere."""

import datetime
from dataclasses import dataclass

from peewee import Case, Field, fn

from desktop import engine
from desktop.models import Contact, Staff
from desktop.services.contacts.options import KINDS, PURPOSES, RATING_SCALES, RATING_TITLES

Moment = datetime.datetime


@dataclass(frozen=True)
class KindCounts:
    visits: int = 0  # 外出拜访
    receptions: int = 0  # 来访接待
    phones: int = 0  # 电话记录
    anonymous_phones: int = 0  # phone records without a registered customer
    urgent: int = 0  # 巡访紧急报告

    @property
    def total(self) -> int:
        return self.visits + self.receptions + self.phones


@dataclass(frozen=True)
class PersonContacts:
    staff_id: int
    code: str
    name: str
    counts: KindCounts


@dataclass(frozen=True)
class PurposeContacts:
    purpose: str
    counts: KindCounts


@dataclass(frozen=True)
class RatingSummary:
    field: str
    title: str
    rated: int  # visits with this rating filled in
    average: float | None  # of the scores, None when nothing was rated
    counts: dict[str, int]  # choice -> visits, in the form's order


@dataclass(frozen=True)
class TextCount:
    text: str
    count: int


def _live(start: Moment, end: Moment) -> object:
    return (Contact.started_at >= start) & (Contact.started_at < end) & Contact.voided_at.is_null()


def _count_if(condition: object) -> fn:
    return fn.SUM(Case(None, [(condition, 1)], 0))


def _kind_sums() -> list[fn]:
    anonymous = (Contact.kind == "phone") & Contact.customer.is_null()
    return [*(_count_if(Contact.kind == kind) for kind in KINDS), _count_if(anonymous),
            _count_if(Contact.urgent == True)]  # noqa: E712 (peewee expression)


def _counts(values: tuple) -> KindCounts:
    return KindCounts(*(int(v or 0) for v in values))


def by_day(start: Moment, end: Moment) -> dict[datetime.date, KindCounts]:
    """Each day that has contacts, with its counts by kind."""
    day = engine.day(Contact.started_at)
    query = Contact.select(day, *_kind_sums()).where(_live(start, end)).group_by(day).tuples()
    return {row[0]: _counts(row[1:]) for row in query}


def by_person(start: Moment, end: Moment) -> list[PersonContacts]:
    """Every 接待/拜访人 with contacts in the period, by 工号."""
    query = (Contact.select(Staff.id, Staff.code, Staff.name, *_kind_sums())
             .join(Staff, on=(Contact.staff == Staff.id)).where(_live(start, end))
             .group_by(Staff.id, Staff.code, Staff.name).order_by(Staff.code).tuples())
    return [PersonContacts(sid, code, name, _counts(rest)) for sid, code, name, *rest in query]


def by_purpose(start: Moment, end: Moment) -> list[PurposeContacts]:
    """The purposes that occur, in the form's order."""
    query = Contact.select(Contact.purpose, *_kind_sums()).where(_live(start, end)).group_by(Contact.purpose).tuples()
    found = {purpose: _counts(rest) for purpose, *rest in query}
    order = {purpose: index for index, purpose in enumerate(PURPOSES)}
    return [PurposeContacts(p, found[p]) for p in sorted(found, key=lambda p: (order.get(p, len(order)), p))]


def _score(column: Field, scale: dict[str, int]) -> Case:
    return Case(column, list(scale.items()), None)


def ratings(start: Moment, end: Moment) -> list[RatingSummary]:
    """产品质量, 服务态度, 产品知名度 of the period's visits: how often each choice was ticked and the average score,
    all in one pass."""
    columns: list[fn] = []
    for name, scale in RATING_SCALES.items():
        column = getattr(Contact, name)
        columns += [fn.COUNT(column), fn.AVG(_score(column, scale))]
        columns += [_count_if(column == choice) for choice in scale]
    values = list(Contact.select(*columns).where(_live(start, end) & (Contact.kind == "visit")).tuples().get())
    summaries = []
    for name, scale in RATING_SCALES.items():
        rated, average, *counts = values[:2 + len(scale)]
        values = values[2 + len(scale):]
        summaries.append(RatingSummary(name, RATING_TITLES[name], int(rated or 0),
                                       round(average, 1) if average is not None else None,
                                       dict(zip(scale, (int(c or 0) for c in counts), strict=True))))
    return summaries


def common_texts(field: str, start: Moment, end: Moment, limit: int = 15) -> tuple[int, list[TextCount]]:
    """How many contacts wrote something in `field` (opinions, market …), and the texts written most often."""
    column = getattr(Contact, field)
    text = fn.trim(column)
    written = _live(start, end) & (text != "")
    total = Contact.select(fn.COUNT(Contact.id)).where(written).scalar() or 0
    query = (Contact.select(text, fn.COUNT(Contact.id)).where(written).group_by(text)
             .order_by(fn.COUNT(Contact.id).desc(), text).limit(limit).tuples())
    return total, [TextCount(t, n) for t, n in query]
