"""Quotes and their speakers, one test per form the issue lists."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tidings.enrich.quotes import find_quotes


def quotes(code, text, published="2020-09-14"):
    a = code(text, published=published)
    return [(q.text, q.speaker.name if q.speaker else None, q.partial) for q in a.quotes]


def test_quotes_straight_and_curly_with_said_after(code):
    found = quotes(code, '"We will deliver on all our obligations," said Mr Putin. '
                         '“Russia remains a friend,” Mr Lukashenko said.')
    assert ("We will deliver on all our obligations,", "Vladimir Putin", False) in found
    assert ("Russia remains a friend,", "Alexander Lukashenko", False) in found


def test_quotes_split_by_attribution_are_two_records_same_speaker(code):
    found = quotes(code, '“A friend in need,” Mr Lukashenko said, “is a friend indeed '
                         'and we will not forget it.”')
    assert [s for _, s, _ in found] == ["Alexander Lukashenko", "Alexander Lukashenko"]
    assert found[1][0].startswith("is a friend indeed")


def test_quotes_pronoun_speaker_resolves_to_person(code):
    found = quotes(code, "Vladimir Putin met the Belarusian leader in Sochi. "
                         "\"This is a lesson for all of us,\" he said.")
    assert found == [("This is a lesson for all of us,", "Vladimir Putin", False)]


def test_quotes_pronoun_speaker_the_dictionary_does_not_know(code):
    # Named but not codable: the speaker keeps the name, with no actor code.
    a = code("Irene Khan spoke at a university. \"The human rights movement faces a crisis "
             "of confidence,\" she said.")
    assert [(q.speaker.name, q.speaker.code) for q in a.quotes if q.speaker] == \
        [("Irene Khan", "")]


def test_quotes_the_spokesman_is_the_one_named_before(code):
    a = code("A spokesman for the British Home Office said it was wrong. \"We are developing "
             "a programme for children,\" said the spokesman.")
    assert [q.speaker.code for q in a.quotes if q.speaker] == ["GBRGOV"]


def test_quotes_speaker_in_sentence_before_with_colon(code):
    found = quotes(code, 'Angela Merkel said: "We must stand together against this threat."',
                   published="2014-03-01")
    assert found[0][1] == "Angela Merkel"


def test_quotes_span_several_sentences_and_paragraphs(code):
    text = ('“The sanctions will stay. They are working,” Mr Putin said in remarks carried by '
            'state media.\n\n“We see no reason to change course now or later this year.”')
    found = quotes(code, text)
    assert found[0][0].startswith("The sanctions will stay. They are working")
    assert found[1][1] == "Vladimir Putin"


def test_quotes_partial_and_square_brackets(code):
    found = quotes(code, "Ms Tikhanovskaya called Mr Lukashenko an “illegitimate [ . . . ] "
                         "usurper” on Monday.")
    assert found == [("illegitimate [ . . . ] usurper", "Svetlana Tikhanovskaya", True)]


def test_quotes_no_speaker_stays_none(code):
    found = quotes(code, "The treaty created a “union state” that has never worked.")
    assert found == [("union state", None, True)]


def test_quotes_single_quote_marks(code):
    found = quotes(code, "Unions say they are 'deeply disappointed with the talks' after "
                         "the meeting.")
    assert found and found[0][0] == "deeply disappointed with the talks"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_quotes_finder_never_raises(text):
    for q in find_quotes(text, 0, len(text)):
        assert 0 <= q.start <= q.end <= len(text)
