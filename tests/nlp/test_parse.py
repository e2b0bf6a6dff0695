"""Parsing: lemmas the model gets wrong are set right from `nlp/data/lemmas.yml`."""
from __future__ import annotations

import pytest

from tidings.errors import DataFileError
from tidings.nlp.model import load_model
from tidings.nlp.parse import fix_lemmas, lemma_fixes


def test_misread_lemmas_are_set_right():
    doc = load_model()("Rebels retook the town, raped women and staged a rally.")
    fixed = {t.lower_: t.lemma_ for t in fix_lemmas(doc, lemma_fixes())}
    assert fixed["retook"] == "retake" and fixed["raped"] == "rape"
    assert fixed["staged"] == "stage"  # read "stag" by the model
    assert fixed["rebels"] == "rebel"  # other tokens keep the model's lemma


def test_lemma_file_must_map_forms_to_lemmas(tmp_path):
    bad = tmp_path / "lemmas.yml"
    bad.write_text("- retook\n- retake\n", encoding="utf-8")
    with pytest.raises(DataFileError):
        lemma_fixes(str(bad))
