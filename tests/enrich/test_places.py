"""Places and where events happened."""
from __future__ import annotations


def test_places_event_place_is_the_city_not_the_country(code):
    a = code("Mr Lukashenko visited Mr Putin in the Black Sea resort town of Sochi on Monday.")
    e = next(e for e in a.events if e.code == "042")
    assert e.place is not None and e.place.name == "Sochi" and e.place.country == "RUS"
    assert e.place.feature in ("city", "capital") and e.place.latitude is not None


def test_places_country_is_never_a_centroid(code):
    a = code("Police arrested 20 protesters in Belarus.")
    for p in a.places:
        if p.feature == "country":
            assert p.latitude is None and p.longitude is None


def test_places_listed_with_gazetteer_data(code):
    a = code("Talks were held in Minsk and Vienna.")
    names = {p.name: p for p in a.places}
    assert names["Minsk"].country == "BLR" and names["Vienna"].country == "AUT"
    assert names["Vienna"].geonameid


def test_places_a_persons_name_is_no_place(code):
    article = code("President Bush spoke to reporters in Texas.", published="2004-10-29")
    assert [p.name for p in article.places] == ["Texas"]
