"""The actor dictionary files: shipped data loads; bad files report every problem at once."""
from __future__ import annotations

import datetime as dt

import pytest

from tidings.actors import dictionary as D
from tidings.errors import DataFileError


def test_dictionary_ships_countries_igos_people_and_agents():
    d = D.load_dictionary()
    assert len(d.countries) >= 240
    assert d.countries["BLR"].name == "Belarus"
    codes = {e.code for e in d.entries.values() if e.kind == "organisation"}
    assert {"IGOUNO", "IGOEUREEC", "IGOWSTNAT", "IGOAFRAFU", "IGOMEAARL"} <= codes
    people = [e for e in d.entries.values() if e.kind == "person"]
    assert len(people) > 1000
    assert {a.role for a in d.agents} >= {"GOV", "MIL", "COP", "OPP", "REB", "CVL"}


def test_dictionary_person_role_changes_with_date():
    d = D.load_dictionary()
    putin = d.entries["person:vladimir-putin"]
    assert putin.code_on(dt.date(2010, 1, 1)) == "RUSGOV"
    assert putin.role_on(dt.date(2010, 1, 1)).title == "prime minister"


def test_dictionary_reports_all_problems_of_a_file(tmp_path):
    bad = tmp_path / "people.yml"
    bad.write_text(
        "- {id: Bad Id, name: X, surname: X, roles: [{code: RUSGOV}]}\n"
        "- {id: ok-one, name: Y, surname: Y, roles: [{code: XXXGOV, from: 2020-13-01}]}\n"
        "- {id: ok-two, name: Z, roles: [{code: RUSFOO}]}\n", encoding="utf-8")
    with pytest.raises(DataFileError) as exc:
        D.load_dictionary([str(bad)])
    problems = exc.value.problems
    assert len(problems) >= 4
    text = str(exc.value)
    assert "lower-case slug" in text and "XXX" in text and "not a date" in text
    assert "surname is required" in text and "FOO" in text


def test_dictionary_extra_file_adds_people(tmp_path):
    extra = tmp_path / "mine.yml"
    extra.write_text("- {id: ivan-testov, name: Ivan Testov, surname: Testov, gender: m,\n"
                     "   roles: [{code: BLROPP, title: activist, from: 2019-01-01}]}\n",
                     encoding="utf-8")
    d = D.load_dictionary([str(extra)])
    assert d.entries["person:ivan-testov"].code_on(dt.date(2020, 1, 1)) == "BLROPP"


def test_dictionary_government_office_wins_over_a_role_held_at_once():
    d = D.load_dictionary()
    musharraf = d.entries["person:pervez-musharraf"]
    # Army chief (1998-2007) and president (2001-2008) at once: the presidency codes him.
    assert musharraf.code_on(dt.date(2004, 10, 1)) == "PAKGOV"
    assert musharraf.code_on(dt.date(1999, 1, 1)) == "PAKMIL"


def test_authored_things_file_is_validated(tmp_path):
    from tidings.actors.authorship import load_authorship

    shipped = load_authorship()
    assert "plan" in shipped.nouns and "announce" in shipped.verbs
    bad = tmp_path / "authored.yml"
    bad.write_text("nouns: plan\nverbs: {announce: 1}\n", encoding="utf-8")
    with pytest.raises(DataFileError) as exc:
        load_authorship(str(bad))
    assert len(exc.value.problems) == 2
    assert "ban" in shipped.state_made <= shipped.nouns
    bad.write_text("nouns: [plan]\nverbs: [announce]\nstate_made: [law]\n", encoding="utf-8")
    with pytest.raises(DataFileError) as exc:
        load_authorship(str(bad))
    assert exc.value.problems == ["state_made: 'law' is not in nouns"]
    # a kind groups names of one thing; each must be a known noun
    assert shipped.key("scheme") == shipped.key("proposal") != shipped.key("ban")
    bad.write_text("nouns: [plan]\nverbs: [announce]\nkinds: {proposal: [plan, scheme]}\n",
                   encoding="utf-8")
    with pytest.raises(DataFileError) as exc:
        load_authorship(str(bad))
    assert exc.value.problems == ["kinds: proposal: 'scheme' is not in nouns"]


def test_country_codes_follow_the_article_day(tmp_path):
    import datetime as dt

    from tidings.actors.successions import code_on, load_successions

    table = load_successions()
    assert code_on("DEUGOV", dt.date(1987, 3, 2), table) == "GMWGOV"
    assert code_on("DEUGOV", dt.date(1991, 3, 2), table) == "DEUGOV"
    assert code_on("SRB", dt.date(1990, 1, 1), table) == "YUG"
    assert code_on("SRB", dt.date(2004, 1, 1), table) == "SCG"
    assert code_on("SRBGOV", dt.date(2008, 1, 1), table) == "SRBGOV"
    assert code_on("IGOUNO", dt.date(1987, 1, 1), table) == "IGOUNO"
    assert code_on("GEOGOV", None, table) == "GEOGOV"
    bad = tmp_path / "successions.yml"
    bad.write_text("- {code: DEU, until: someday, then: GMW}\n- {code: DE, until: 1990-01-01, "
                   "then: GMW}\n", encoding="utf-8")
    with pytest.raises(DataFileError) as exc:
        load_successions(str(bad))
    assert len(exc.value.problems) == 2
