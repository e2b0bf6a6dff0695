"""The coding guide's section 5 scores."""
from __future__ import annotations

from tidings.evaluate.scoring import identity, quote_found, score_documents, speaker_right


def ev(src, code, tgt):
    return {"source": src, "target": tgt, "code": code}


def test_scoring_identity_rules():
    assert identity("RUSGOV") == "RUS" == identity("RUS")
    assert identity("IGOEUREEC") == "EEC" == identity("IGOEEC")
    assert identity("") == ""


def test_scoring_levels_and_one_to_one_matching():
    gold = {"id": "d", "events": [ev("RUSGOV", "0331", "BLR"), ev("USA", "1312", "BLR")]}
    out = {"id": "d", "events": [
        {"source": {"code": "RUS"}, "target": {"code": "BLRGOV"}, "code": "033"},
        {"source": {"code": "RUS"}, "target": {"code": "BLR"}, "code": "031"},  # duplicate
        {"source": {"code": "IGOEUREEC"}, "target": {"code": "BLR"}, "code": "130"},
    ]}
    s = score_documents([(gold, out)]).as_dict()
    assert s["standard"]["matched"] == 1          # one-to-one: the duplicate does not count
    assert s["strict"]["matched"] == 0            # roles differ (GOV vs bare)
    assert s["loose"]["matched"] == 2             # roots alone
    assert s["standard"]["precision"] == round(1 / 3, 4)
    assert s["standard"]["recall"] == 0.5
    assert s["by_root"]["03"]["matched"] == 1


def test_scoring_quotes_first_eight_words_and_speaker():
    assert quote_found("Russia remains committed to all of our agreements",
                       "“Russia remains committed to all of our agreements,” he")
    assert not quote_found("Russia remains committed", "Belarus remains")
    assert speaker_right({"speaker": "Vladimir Putin", "speaker_code": "RUSGOV"},
                         {"name": "Mr Putin", "code": "RUS"})
    assert not speaker_right({"speaker": "Vladimir Putin", "speaker_code": "RUSGOV"},
                             {"name": "Alexander Lukashenko", "code": "BLRGOV"})
