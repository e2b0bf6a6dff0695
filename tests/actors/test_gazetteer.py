"""The gazetteer: a place name shared across countries means the one in the story's country."""
from __future__ import annotations

from tidings.actors.gazetteer import load_gazetteer


def test_gazetteer_prefers_the_story_country_for_shared_names():
    g = load_gazetteer()
    assert g.lookup("Hyderabad").country == "IND"          # the larger city by default
    assert g.lookup("Hyderabad", "PAK").country == "PAK"   # in a Pakistani story
    assert g.lookup("Tripoli", "LBN").country == "LBN"
    assert g.lookup("Birmingham", "ARG").country == "GBR"  # no Argentine namesake


def test_gazetteer_unknown_name_is_none():
    assert load_gazetteer().lookup("Notaplace Anywhere", "GBR") is None
