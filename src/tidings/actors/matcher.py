"""Find the dictionary's names in a parsed text: one spaCy PhraseMatcher over every form.

Finding only: which entries a span could name. Choosing between them (a surname shared by
two people, a capital that is only a place) is the resolver's job.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .dictionary import ActorDictionary, Form


@dataclass(frozen=True)
class Hit:
    start: int  # token index in the doc
    end: int  # exclusive
    text: str
    forms: tuple[Form, ...]  # every entry this text could name


def _variants(form: Form) -> set[str]:
    text = form.text
    out = {text}
    if text[:1].islower():
        out.add(text[:1].upper() + text[1:])
    if form.kind in ("name", "demonym", "capital") and len(text) > 3:
        out.add(text.upper())  # "PAKISTANI troops", all-capital headlines and datelines
    return out


class DictionaryMatcher:
    """Case-sensitive matching of names, acronyms, demonyms, capitals and surnames."""

    def __init__(self, nlp: Any, dictionary: ActorDictionary):
        from spacy.matcher import PhraseMatcher

        self.dictionary = dictionary
        self.by_text: dict[str, list[Form]] = {}
        for form in dictionary.forms:
            for v in _variants(form):
                self.by_text.setdefault(v, []).append(form)
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        tokenizer = nlp.tokenizer
        # Add in chunks: one pattern list per key would be slow with thousands of keys.
        for text in self.by_text:
            self.matcher.add(text, [tokenizer(text)])
        self.name_words = frozenset(
            w for f in dictionary.forms for w in f.text.replace("-", " ").split() if w[:1].isupper()
        )

    def find(self, doc: Any) -> list[Hit]:
        """Longest non-overlapping matches, in text order."""
        from spacy.util import filter_spans

        strings = doc.vocab.strings
        spans = []
        for match_id, start, end in self.matcher(doc):
            span = doc[start:end]
            span.label_ = strings[match_id]
            spans.append(span)
        hits = []
        for span in sorted(filter_spans(spans), key=lambda s: s.start):
            key = span.label_
            forms = tuple(self.by_text.get(key, ()))
            if forms:
                hits.append(Hit(span.start, span.end, span.text, forms))
        return hits
