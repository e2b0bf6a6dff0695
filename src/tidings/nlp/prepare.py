"""Text to parse: same-length repairs, so every offset the parser gives is an article offset.

News text scraped from feeds has detached clitics ("Malaysia 's", "can 't") and Title Case
headlines ("Putin Faults Georgia On Tactics") that throw the tagger off. The repairs below
never change the text's length, so token offsets still point into `Article.text`.
"""
from __future__ import annotations

import re

_DETACHED = re.compile(r" (['’](?:s|t|re|ve|ll|d|m))\b")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_FUNCTION = frozenset("""a an the and or but of in on at to for from by with as into over
after before about against between under near off up down out amid despite during via
without within is are was were be been being it its he she they we you his her their our
says said say set sets new vs than then that this these those not no""".split())


def reattach_clitics(text: str) -> str:
    """"Malaysia 's" -> "Malaysia's " (same length)."""
    return _DETACHED.sub(lambda m: m.group(1) + " ", text)


def is_title_case(text: str) -> bool:
    words = [w for w in _WORD.findall(text) if len(w) > 3]
    if len(words) < 3:
        return False
    caps = sum(1 for w in words if w[0].isupper())
    return caps / len(words) >= 0.6


def _stems(word: str) -> list[str]:
    w = word.lower()
    out = [w]
    for suffix, repl in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"),
                         ("ing", ""), ("ing", "e")):
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            out.append(w[: -len(suffix)] + repl)
    return out


def truecase_headline(text: str, known_words: frozenset[str],
                      name_words: frozenset[str]) -> str:
    """Lower-case the common words of a Title Case headline, keeping names as written.

    `name_words`: words that are part of a known actor name ("Bush", "Georgia").
    """
    if not is_title_case(text):
        return text
    chars = list(text)
    first = True
    for m in _WORD.finditer(text):
        word = m.group(0)
        if first:
            first = False
            continue
        if not word[0].isupper() or word.isupper():
            continue
        low = word.lower()
        if low in ("said", "says", "say"):  # "Three Said Killed": a verb, not Mr Said
            chars[m.start()] = low[0]
            continue
        if word in name_words:
            continue
        if low in _FUNCTION or any(s in known_words for s in _stems(word)):
            chars[m.start()] = low[0]
    return "".join(chars)
