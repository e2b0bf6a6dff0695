"""The pipeline end to end: the bundled example, and bad input that must not stop a batch."""
from __future__ import annotations

from tidings import Article
from tidings.ingest import make_article


def test_pipeline_example_codes_the_loan_pledge(example_article):
    a = example_article
    assert a.ok and a.title.startswith("Putin pledges")
    loan = [e for e in a.events if e.code.startswith("033") and e.target
            and e.target.code.startswith("BLR") and e.source.code.startswith("RUS")]
    assert loan, [e.why for e in a.events]
    e = loan[0]
    assert e.status == "intended" and e.plover == "AGREE" and e.quad_class == 1
    assert a.text[e.source.span[0]:e.source.span[1]] == e.source.text
    assert any(x.currency == "USD" and x.usd == 1.5e9 for x in e.amounts)


def test_pipeline_example_codes_only_from_headline_standfirst_and_body(example_article):
    codable = [b for b in example_article.blocks if b.codable]
    for e in example_article.events:
        assert any(b.start <= e.trigger_span[0] < b.end for b in codable)
    kinds = {b.kind for b in example_article.blocks}
    assert {"image", "caption", "headline", "standfirst", "byline", "promo", "body"} <= kinds


def test_pipeline_no_event_from_bare_said(example_article):
    assert not any(e.root == "01" and e.code == "010" for e in example_article.events)
    assert len({(e.source.code, e.target.code if e.target else "", e.code, e.sentence_index)
                for e in example_article.events}) == len(example_article.events)


def test_pipeline_bad_documents_are_recorded_and_batch_goes_on(pipeline):
    docs = [
        make_article("", id="empty"),
        make_article("Die Regierung hat heute in Berlin beschlossen, dass die Steuern im "
                     "kommenden Jahr nicht erhöht werden sollen, sagte der Minister.", id="german"),
        make_article("Russia " + "pledged a loan to Serbia. " * 2_200_000, id="huge"),
        make_article("Russia pledged a loan to Serbia.", id="good", published="2020-01-01"),
    ]
    out = {a.id: a for a in pipeline.process(docs)}
    assert "empty" in out["empty"].failures[0].reason
    assert "English" in out["german"].failures[0].reason
    assert "too large" in out["huge"].failures[0].reason
    assert out["good"].ok and out["good"].events


def test_pipeline_article_dict_has_the_documented_fields(example_article):
    d = example_article.to_dict()
    assert {"id", "title", "published", "events", "quotes", "amounts", "places",
            "entities", "blocks", "failures"} <= set(d)
    ev = d["events"][0]
    for key in ("source", "target", "code", "root", "plover", "mode", "quad_class",
                "goldstein", "status", "sentence", "sentence_index", "trigger", "date",
                "confidence", "why"):
        assert key in ev
    assert {"code", "name", "span"} <= set(ev["source"])


def test_pipeline_extract_api_returns_article():
    import tidings

    a = tidings.extract("Egypt praised Jordan on Monday.", published="2021-03-03")
    assert isinstance(a, Article)
    assert a.events and a.events[0].date == "2021-03-01"
