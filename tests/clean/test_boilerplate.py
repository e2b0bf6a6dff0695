"""Telling a scraped article's parts apart."""
from __future__ import annotations

import pytest

from tidings.clean.boilerplate import clean_article
from tidings.ingest import make_article

SCRAPED = """https://images.example.org/raw/photo-123.jpg?width=700
The two presidents at a summit in Minsk last spring © EXAMPLE/AFP/Getty

Ministers agree new trade pact

Deal to lower tariffs on grain and steel

by

The trade ministers of Kazakhstan and Uzbekistan signed an agreement on Tuesday.

Recommended

Analysis
Why the Caspian route matters

Officials said the pact would take effect next year.
"""


def kinds(article):
    return [(b.kind, article.text[b.start:b.end][:25]) for b in article.blocks]


def test_boilerplate_tells_parts_apart():
    a = clean_article(make_article(SCRAPED))
    found = [k for k, _ in kinds(a)]
    assert found == ["image", "caption", "headline", "standfirst", "byline", "body",
                     "promo", "promo", "promo", "body"]
    assert a.title == "Ministers agree new trade pact"


def test_boilerplate_splits_wire_dateline():
    a = clean_article(make_article("KABUL (Reuters) - Afghan police arrested two men.",
                                   title="Police arrest two"))
    assert a.dateline == "KABUL"
    dl = next(b for b in a.blocks if b.kind == "dateline")
    assert a.text[dl.start:dl.end].startswith("KABUL (Reuters)")
    body = next(b for b in a.blocks if b.codable and b.kind != "headline")
    assert a.text[body.start:body.end].startswith("Afghan police")


@pytest.mark.parametrize("text, place", [
    ("WASHINGTON, Sept. 30, 2004 -- A car bomb exploded in Baghdad.", "WASHINGTON"),
    ("MOSCOW, Nov. 3 - Russia said talks would resume.", "MOSCOW"),
])
def test_boilerplate_splits_dateline_with_date(text: str, place: str) -> None:
    a = clean_article(make_article(text))
    assert a.dateline == place
    body = next(b for b in a.blocks if b.codable)
    assert a.text[body.start:body.end][0] in "AR"


def test_boilerplate_trims_agency_tag_from_headline():
    a = clean_article(make_article("Text.", title="Rebels seize town (Reuters)"))
    head = next(b for b in a.blocks if b.kind == "headline")
    assert a.text[head.start:head.end] == "Rebels seize town"


WRAPPED = """The Farm Bureau also urged Agriculture Secretary Richard
Lyng to adjust the loan rate for 1987 crop soybeans as much as
he deems possible under the farm bill.
    "We are solidly opposed to opening up the 1985 farm bill,"
said Dean Kleckner, president. "The current farm bill has been
in place for just a little over a year."
"""


def test_boilerplate_joins_hard_wrapped_lines_into_paragraphs():
    a = clean_article(make_article(WRAPPED, title="FARM BUREAU OPPOSES CHANGES"))
    bodies = [a.text[b.start:b.end] for b in a.blocks if b.kind == "body"]
    assert bodies[0].startswith("The Farm Bureau") and bodies[0].endswith("farm bill.")
    assert "Richard\nLyng" in bodies[0]
    # an indented line opens a new paragraph; a quote ending in a comma runs on
    assert bodies[1].startswith('"We are') and bodies[1].endswith('a year."')
    # an article whose lines end in full stops keeps its lines apart
    b = clean_article(make_article(SCRAPED))
    assert [k for k, _ in kinds(b)].count("body") == 2
