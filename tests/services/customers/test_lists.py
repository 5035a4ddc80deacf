"""The customer list and search: pinyin, name parts, phone and number prefixes, filters, keyset paging."""


import datetime

import pytest

from bench.search import statements_of
from desktop.models import Staff
from desktop.services.customers import lists, pool_rules
from desktop.services.customers.lists import CustomerFilters
from desktop.services.paging import Page
from tests.customer_data import register

# ------------------------------------------------------------------------------------------------ search


@pytest.mark.parametrize("typed", ["zs", "ZS", "zhangsan", "zhang san", "zhangs", "张", "三", "张三", "5678",
                                   "138 1234", "+86 138", "５６７８", "١٣٨", "KH2026000001", "2026000001"])
def test_search_finds_by_pinyin_name_part_phone_and_number(clerk: Staff, typed: str) -> None:
    zhang = register(clerk)
    register(clerk, "李四", "13900001111")
    assert [c.id for c in lists.search(clerk, typed)] == [zhang.id]


def test_a_surname_with_two_readings_is_found_by_either(clerk: Staff) -> None:
    customer = register(clerk, "曾小贤")
    assert [c.id for c in lists.search(clerk, "zxx")] == [customer.id]
    assert [c.id for c in lists.search(clerk, "cengxiaoxian")] == [customer.id]


def test_the_list_filters_by_search_text_and_grade(clerk: Staff) -> None:
    register(clerk, customer_grade="A")
    register(clerk, "张珊", "13900001111", customer_grade="B")
    register(clerk, "李四", "13700001111", customer_grade="A")
    assert {r.name for r in lists.fetch(clerk, Page(), CustomerFilters(text="zs"))} == {"张三", "张珊"}
    assert [r.name for r in lists.fetch(clerk, Page(), CustomerFilters(text="zs", customer_grade="A"))] == ["张三"]
    assert lists.count(clerk, CustomerFilters(text="1111")) == (2, 2)


def test_one_letter_one_or_two_digits_or_a_bare_year_select_no_one(clerk: Staff) -> None:
    """Such prefixes match much of a large register (every mobile starts with 1): no one is searched for yet."""
    customer = register(clerk)
    for typed in ("z", "1", "13", "2026"):
        assert lists.search(clerk, typed) == []
        assert lists.fetch(clerk, Page(), CustomerFilters(text=typed)) == []
        assert lists.count(clerk, CustomerFilters(text=typed)) == (0, 0)
    assert [c.id for c in lists.search(clerk, "138")] == [customer.id]
    assert [c.id for c in lists.search(clerk, "20260")] == [customer.id]
    assert [c.id for c in lists.search(clerk, "zs")] == [customer.id]
    assert [c.id for c in lists.search(clerk, "张")] == [customer.id]  # one character is a name part


@pytest.mark.parametrize("typed", ["KH2", "KH2026", "kh20260", "KH2026000001"])
def test_a_customer_number_typed_with_kh_is_found_from_its_first_digits(clerk: Staff, typed: str) -> None:
    customer = register(clerk)  # KH2026000001
    register(clerk, "李四", "13900001111", now=datetime.datetime(2025, 3, 10, 10, 0))  # KH2025…
    assert customer.number.startswith("KH2026")
    assert [r.id for r in lists.fetch(clerk, Page(), CustomerFilters(text=typed))][-1:] == [customer.id]
    assert customer.id in [c.id for c in lists.search(clerk, typed)]
    assert lists.too_short(typed) is None


def test_a_capped_count_stops_after_the_cap(clerk: Staff) -> None:
    for index in range(5):
        register(clerk, f"张{index}", f"1390000000{index}")
    broad = CustomerFilters(text="zhang")
    assert lists.count(clerk, broad) == (5, 5)
    assert lists.count(clerk, broad, cap=3) == (4, 4)  # more than 3: "3+"
    assert lists.count(clerk, broad, cap=10) == (5, 5)
    assert lists.count(clerk, CustomerFilters(text="1390000000"), cap=3)[0] == 4


def test_the_list_pages_by_keyset_and_sorts(clerk: Staff) -> None:
    for index in range(5):
        register(clerk, f"客户{index}", f"1390000000{index}")
    first = lists.fetch(clerk, Page(limit=2), CustomerFilters())
    second = lists.fetch(clerk, Page(limit=2, offset=2, after=first[-1]), CustomerFilters())
    assert [r.name for r in first + second] == ["客户4", "客户3", "客户2", "客户1"]
    by_number = lists.fetch(clerk, Page(sort_key="number", descending=False), CustomerFilters())
    assert [r.number for r in by_number] == sorted(r.number for r in by_number)


@pytest.mark.parametrize(("typed", "needed"), [
    ("1", "电话至少输入 3 位数字"), ("13", "电话至少输入 3 位数字"), ("z", "拼音首字母至少输入 2 个"),
    ("KH", "客户编号至少输入 KH 后 1 位数字"),
])
def test_a_search_too_short_to_select_anyone_says_what_is_needed(typed: str, needed: str) -> None:
    assert needed in str(lists.too_short(typed))


@pytest.mark.parametrize("typed", ["", "138", "zs", "张", "KH20260", "13812345678"])
def test_a_search_long_enough_needs_no_hint(typed: str) -> None:
    assert lists.too_short(typed) is None


def test_the_warning_filter_lists_customers_lapsing_within_the_window(clerk: Staff, supervisor: Staff) -> None:
    """Registered 2026-10-20: a month runs to 11-20, two days after NOW; 2026-09-01's customer already lapsed."""
    soon = register(clerk, "林晓", "13900000031", now=datetime.datetime(2026, 10, 20, 9, 0))
    register(clerk, "周明", "13900000032", now=datetime.datetime(2026, 9, 1, 9, 0))
    register(clerk, "吴芳", "13900000033", now=datetime.datetime(2026, 11, 10, 9, 0))
    warned = lists.fetch(clerk, Page(0, 50), CustomerFilters(status=lists.STATUS_SOON))
    assert [row.id for row in warned] == [soon.id]
    pool_rules.save(supervisor, {pool_rules.WARNING_DAYS: 30})
    assert len(lists.fetch(clerk, Page(0, 50), CustomerFilters(status=lists.STATUS_SOON))) == 2


# ------------------------------------------------------------------------------------------------ ranking


def _ranked_register(clerk: Staff) -> dict[str, int]:
    """Registered oldest first, so that newest-first would put them the other way round."""
    people = [("张三", "13812345678"), ("周舒", "13900002222"), ("小张", "13700003333"),
              ("杭州华为电子商行", "13600004444"), ("张三丰", "13500005555")]
    return {name: register(clerk, name, phone, kind="单位" if "商行" in name else "个人").id for name, phone in people}


def test_results_rank_name_start_then_initials_then_anywhere_not_by_date(clerk: Staff) -> None:
    _ranked_register(clerk)
    expected = ["张三丰", "周舒", "张三", "杭州华为电子商行"]  # the three names start zs: newest first among them
    assert [c.name for c in lists.search(clerk, "zs")] == expected
    assert [r.name for r in lists.fetch(clerk, Page(), CustomerFilters(text="zs"))] == expected
    assert [r.name for r in lists.fetch(clerk, Page(), CustomerFilters(text="张"))] == ["张三丰", "张三", "小张"]
    assert [c.name for c in lists.search(clerk, "zhang")][:2] == ["张三丰", "张三"]


def test_an_exact_phone_or_number_comes_before_numbers_that_only_contain_it(clerk: Staff) -> None:
    first = register(clerk, "李四", "13812340000")
    register(clerk, "王五", "13912340000")  # 12340000 is its tail too
    register(clerk, "赵六", "13812340001")
    assert lists.search(clerk, "13812340000")[0].id == first.id
    assert lists.fetch(clerk, Page(), CustomerFilters(text="138 1234 0000"))[0].name == "李四"
    assert lists.search(clerk, first.number)[0].id == first.id


def test_a_sorted_search_keeps_the_chosen_order(clerk: Staff) -> None:
    _ranked_register(clerk)
    rows = lists.fetch(clerk, Page(sort_key="number"), CustomerFilters(text="zs"))
    assert [r.number for r in rows] == sorted(r.number for r in rows)


def test_ranked_pages_follow_on_without_repeats(clerk: Staff) -> None:
    _ranked_register(clerk)
    first = lists.fetch(clerk, Page(limit=2), CustomerFilters(text="zs"))
    second = lists.fetch(clerk, Page(offset=2, limit=2, after=first[-1]), CustomerFilters(text="zs"))
    assert [r.name for r in first + second] == ["张三丰", "周舒", "张三", "杭州华为电子商行"]


@pytest.mark.parametrize(("typed", "field", "span"), [
    ("zs", "name", (0, 2)), ("张", "name", (0, 1)), ("sanfeng", "name", (1, 3)), ("5555", "phone", (9, 13)),
    ("KH2026", "number", (0, 6)),
])
def test_what_matched_is_told_for_the_list_to_mark(clerk: Staff, typed: str, field: str, span: tuple) -> None:
    register(clerk, "张三丰", "135 0000 5555")
    row = lists.fetch(clerk, Page(), CustomerFilters())[0]
    assert lists.matched(typed, row)[field] == span


@pytest.mark.parametrize("typed", ["zs", "138", "KH2026"])
def test_one_keystroke_asks_the_database_six_times_at_most(clerk: Staff, typed: str) -> None:
    """The first page and the capped count of a search: the clerk's rights and the pool rules are read once each
    for the page and once for the count, not again by every part of the query (ten round trips to the server, 13
    for digits, before), and how broad the text is once for both."""
    register(clerk, "张三", "13812345678")
    lists._breadth.cache_clear()
    filters = CustomerFilters(text=typed)
    page = statements_of(lambda: lists.fetch(clerk, Page(0, 200), filters))
    count = statements_of(lambda: lists.count(clerk, filters, cap=1000))
    assert len(page) == 4 and len(count) == 2


@pytest.mark.parametrize("typed", ["zs", "张", "zhang", "138", "1381234", "138 1234", "13812340000", "0571", "KH2026",
                                   "kh 2026", "王"])
def test_a_broad_search_is_read_another_way_and_finds_the_same_pages(clerk: Staff, supervisor: Staff, typed: str,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """A match broader than lists.BROAD is read newest first instead of gathered: the same customers, in the same
    order, on every page, masked or left out as before (a 绝密 customer found only by its phone stays unfound)."""
    _ranked_register(clerk)
    register(clerk, "李四", "13812340000")
    register(clerk, "王五", "13912340000", other_phones="0571-88886666")
    register(supervisor, "王总", "13812349999", confidentiality="绝密", other_phones="0571-88880000")
    register(clerk, "张三", "13812340001", now=datetime.datetime(2026, 11, 17, 9, 0))

    def pages(actor: Staff) -> list[list[tuple[str, str, bool]]]:
        lists._breadth.cache_clear()
        filters = CustomerFilters(text=typed)
        first = lists.fetch(actor, Page(0, 3), filters)
        second = lists.fetch(actor, Page(3, 3, first[-1] if first else None), filters)
        count = lists.count(actor, filters, cap=1000)
        return [[(r.number, r.name, r.masked) for r in rows] for rows in (first, second)] + [[count]]

    gathered = {actor.id: pages(actor) for actor in (clerk, supervisor)}
    for limit in (1, 2):  # 2: a broad kind of match beside one that finds nobody ("KH2026", "0571"), read apart
        monkeypatch.setattr(lists, "BROAD", limit)
        monkeypatch.setattr(lists, "COUNT_BROAD", limit)
        assert {actor.id: pages(actor) for actor in (clerk, supervisor)} == gathered
    assert lists._breadth(typed).broad(1)
    if typed in ("KH2026", "0571"):
        assert set(lists._breadth(typed).scanned(2)) == {True, False}
    lists._breadth.cache_clear()
