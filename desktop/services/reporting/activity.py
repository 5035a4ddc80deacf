"""The figures the daily and weekly reports share: each day's totals and each person's work in a period, gathered
from the areas' own aggregates (one GROUP BY query per area, never a loop over records)."""

import datetime
from dataclasses import dataclass, fields

from desktop.models import Staff
from desktop.services.complaints import stats
from desktop.services.complaints.stats import CallbackDay, ComplaintDay
from desktop.services.contacts import follow_ups
from desktop.services.contacts import stats as contact_stats
from desktop.services.contacts.follow_ups import PersonFollowUps
from desktop.services.contacts.stats import KindCounts
from desktop.services.customers import lists
from desktop.services.reporting.periods import Period
from desktop.services.staffing import swaps


@dataclass(frozen=True)
class DayActivity:
    day: datetime.date | None  # None: the period's total
    contacts: KindCounts
    new_customers: int
    complaints: ComplaintDay
    overdue: int | None  # complaints overdue at the day's end (None: a day still to come)
    callbacks: CallbackDay
    swaps_approved: int

    @property
    def empty(self) -> bool:
        return not (self.contacts.total or self.new_customers or any(vars(self.complaints).values())
                    or self.overdue or self.callbacks.attempts or self.swaps_approved)


def _day_end(day: datetime.date, now: datetime.datetime) -> datetime.datetime | None:
    """The end of `day`, or `now` for today; None for a day that has not begun."""
    start = datetime.datetime.combine(day, datetime.time())
    if start > now:
        return None
    return min(start + datetime.timedelta(days=1), now)


def by_day(period: Period, now: datetime.datetime) -> list[DayActivity]:
    start, end = period.start, period.end
    contacts = contact_stats.by_day(start, end)
    registered = lists.registrations_by_day(start, end)
    complaints = stats.day_counts(start, end)
    callbacks = stats.callback_counts(start, end)
    approved = swaps.approved_by_day(start, end)
    ends = [moment for moment in (_day_end(day, now) for day in period.days) if moment is not None]
    overdue = stats.overdue_counts(ends) + [None] * (len(period.days) - len(ends))
    return [DayActivity(day, contacts.get(day, KindCounts()), registered.get(day, 0),
                        complaints.get(day, ComplaintDay()), late, callbacks.get(day, CallbackDay()),
                        approved.get(day, 0))
            for day, late in zip(period.days, overdue, strict=True)]


def _sum(items: list, kind: type) -> object:
    return kind(*(sum(getattr(item, f.name) for item in items) for f in fields(kind)))


def total(rows: list[DayActivity]) -> DayActivity:
    """The period's totals; complaints overdue as at the end of its last day that has begun."""
    overdue = [row.overdue for row in rows if row.overdue is not None]
    return DayActivity(None, _sum([r.contacts for r in rows], KindCounts), sum(r.new_customers for r in rows),
                       _sum([r.complaints for r in rows], ComplaintDay), overdue[-1] if overdue else None,
                       _sum([r.callbacks for r in rows], CallbackDay), sum(r.swaps_approved for r in rows))


@dataclass(frozen=True)
class PersonActivity:
    code: str
    name: str
    contacts: KindCounts
    new_customers: int
    complaints_received: int
    callbacks: int
    follow_ups: PersonFollowUps | None = None


def by_person(period: Period, now: datetime.datetime, with_follow_ups: bool = False) -> list[PersonActivity]:
    """Everybody who did something in the period, by 工号."""
    start, end = period.start, period.end
    contacts = {row.staff_id: row.counts for row in contact_stats.by_person(start, end)}
    registered = lists.registrations_by_person(start, end)
    complaints = stats.by_person(start, end)
    promised = {}
    if with_follow_ups:
        as_of = min(period.last + datetime.timedelta(days=1), now.date())
        promised = {row.staff_id: row for row in follow_ups.kept_and_missed(period.first, period.last, as_of)}
    ids = set(contacts) | set(registered) | set(complaints) | set(promised)
    people = Staff.select(Staff.id, Staff.code, Staff.name).where(Staff.id.in_(list(ids))).order_by(Staff.code)
    return [PersonActivity(p.code, p.name, contacts.get(p.id, KindCounts()), sum(registered.get(p.id, {}).values()),
                           *complaints.get(p.id, (0, 0)), promised.get(p.id)) for p in people]
