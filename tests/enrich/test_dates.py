"""Event dates resolved against the publication date."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tidings.enrich.dates import resolve

REF = dt.date(2020, 9, 14)  # a Monday


@pytest.mark.parametrize("text,future,expected,precision", [
    ("on Monday", False, "2020-09-14", "day"),
    ("on Friday", False, "2020-09-11", "day"),
    ("on Friday", True, "2020-09-18", "day"),
    ("yesterday", False, "2020-09-13", "day"),
    ("last week", False, "2020-09-07", "week"),
    ("last month", False, "2020-08-01", "month"),
    ("last year", False, "2019-01-01", "year"),
    ("in July last year", False, "2019-07-01", "month"),
    ("in July", False, "2020-07-01", "month"),
    ("the next year", True, "2020-01-01", "year"),
    ("up to 2024", False, "2024-01-01", "year"),
    ("7 March 2003", False, "2003-03-07", "day"),
    ("March 7, 2003", False, "2003-03-07", "day"),
])
def test_dates_resolve_forms(text, future, expected, precision):
    when = resolve(text, REF, future)
    assert when is not None and when.iso == expected and when.precision == precision


def test_dates_events_get_dates(code):
    a = code("Russia pledged a loan to Belarus on Monday. Russia withdrew subsidies from "
             "Belarus last year.", published="2020-09-14")
    dates = {(e.code[:2], e.date, e.date_precision) for e in a.events}
    assert ("03", "2020-09-14", "day") in dates
    assert any(p == "year" and d == "2019-01-01" for _, d, p in dates)


def test_dates_no_expression_uses_publication_date(code):
    a = code("Egypt praised Jordan.", published="2021-05-05")
    assert (a.events[0].date, a.events[0].date_precision) == ("2021-05-05", "published")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80), st.booleans())
def test_dates_resolve_never_raises(text, future):
    resolve(text, REF, future)
    resolve(text, None, future)
