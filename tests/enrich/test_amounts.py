"""Amounts of money and counts of people."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tidings.enrich.amounts import AmountFinder

FINDER = AmountFinder()


@pytest.mark.parametrize("text,value,currency", [
    ("Russia will lend $1.5bn to Belarus.", 1.5e9, "USD"),
    ("a budget of £600m for schools", 6e8, "GBP"),
    ("a credit of 10 billion roubles", 1e10, "RUB"),
    ("$10bn in revenue up to 2024", 1e10, "USD"),
    ("aid worth US$5 million", 5e6, "USD"),
    ("fines of €2.3 billion", 2.3e9, "EUR"),
    ("sales rose to 1,250,000 dollars", 1.25e6, "USD"),
])
def test_amounts_money_forms(text, value, currency):
    (a,) = FINDER.money(text, 0, 2020)
    assert a.value == value and a.currency == currency
    assert text[a.span[0]:a.span[1]] == a.text


def test_amounts_usd_from_rate_table_by_year():
    (gbp,) = FINDER.money("£100m", 0, 2004)
    assert gbp.usd == pytest.approx(1.83e8)
    (usd,) = FINDER.money("$7m", 0, 2004)
    assert usd.usd == 7e6


def test_amounts_counts_of_people(code):
    a = code("Police arrested 120 protesters in Minsk, and at least 46 people were killed "
             "in clashes. Thousands of demonstrators marched.")
    counts = {(x.value, x.counts) for x in a.amounts if x.kind == "count"}
    assert (120.0, "arrested") in counts
    assert (46.0, "dead") in counts
    assert (2000.0, "demonstrators") in counts


def test_amounts_attach_to_their_event(code):
    a = code("Russia pledged a $1.5bn loan to Belarus on Monday.")
    (e,) = [e for e in a.events if e.code.startswith("033")]
    assert [x.text for x in e.amounts] == ["$1.5bn"] and e.amounts[0].usd == 1.5e9


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_amounts_money_never_raises(text):
    for a in FINDER.money(text, 0, None):
        assert a.value >= 0
