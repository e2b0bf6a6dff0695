"""The gazetteer: a place name shared across countries means the one in the story's country."""
from __future__ import annotations

from tidings.actors.gazetteer import load_gazetteer, place_name


def test_gazetteer_prefers_the_story_country_for_shared_names():
    g = load_gazetteer()
    assert g.lookup("Hyderabad").country == "IND"          # the larger city by default
    assert g.lookup("Hyderabad", "PAK").country == "PAK"   # in a Pakistani story
    assert g.lookup("Tripoli", "LBN").country == "LBN"
    assert g.lookup("Birmingham", "ARG").country == "GBR"  # no Argentine namesake


def test_gazetteer_unknown_name_is_none():
    assert load_gazetteer().lookup("Notaplace Anywhere", "GBR") is None


def test_gazetteer_looks_a_word_up_by_the_whole_name_it_is_part_of(pipeline):
    doc = pipeline.nlp("He killed a deputy of Los Angeles County in March.")
    angeles = next(t for t in doc if t.text == "Angeles")
    los = next(t for t in doc if t.text == "Los")
    assert place_name(angeles) == "Los Angeles"  # the head before "County"
    assert place_name(los) is None  # a name's first word does not answer for it
    county = next(t for t in doc if t.text == "County")
    assert place_name(county) == "Los Angeles"
    assert load_gazetteer().lookup(place_name(county)).country == "USA"


def test_gazetteer_keeps_no_short_alternate_names():
    # "Yida", a refugee camp in South Sudan, is also listed as a name of Jeddah
    assert load_gazetteer().lookup("Yida") is None
