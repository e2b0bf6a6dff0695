"""Amounts: money ("$1.5bn", "£600m", "10 billion roubles") and counts of people
("46 people dead", "thousands of protesters"), normalised to numbers.

Money gets an ISO currency code and, where the shipped rate table covers the currency, its
value in US dollars at the rate of the publication year. A count says what it counts: the
people's noun ("protesters") or what happened to them ("dead", "injured", "arrested").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..datafiles import load_yaml
from ..document import Amount, Article
from ..errors import DataFileError

DATA = Path(__file__).parent / "data" / "currencies.yml"

SCALES = {
    "k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "million": 1e6,
    "millions": 1e6, "bn": 1e9, "b": 1e9, "billion": 1e9, "billions": 1e9, "tn": 1e12,
    "trillion": 1e12, "crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5,
}
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100, "a dozen": 12, "dozen": 12,
}
# Vague quantities, read as their lower bound of two units.
VAGUE = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000,
         "tens of thousands": 20000, "hundreds of thousands": 200000, "millions": 2000000}
PEOPLE = frozenset("""people persons person protesters protestors demonstrators soldiers troops
civilians police policemen officers students workers refugees prisoners hostages militants
rebels insurgents fighters villagers residents children women men migrants passengers
pilgrims worshippers supporters activists journalists members detainees casualties
victims bodies voters miners marines sailors peacekeepers citizens nationals tourists
Palestinians Israelis Iraqis Afghans""".lower().split())
OUTCOMES = {"kill": "dead", "die": "dead", "dead": "dead", "death": "dead",
            "wound": "injured", "injure": "injured", "hurt": "injured", "injured": "injured",
            "arrest": "arrested", "detain": "arrested", "jail": "arrested",
            "kidnap": "kidnapped", "abduct": "kidnapped", "missing": "missing",
            "displace": "displaced", "evacuate": "evacuated", "free": "released",
            "release": "released", "execute": "dead", "behead": "dead"}


@dataclass(frozen=True)
class Currency:
    code: str
    names: tuple[str, ...]
    symbols: tuple[str, ...]
    usd: tuple[tuple[int, float], ...]

    def rate(self, year: int | None) -> float | None:
        if not self.usd:
            return None
        if year is None:
            return self.usd[-1][1]
        return min(self.usd, key=lambda yr: abs(yr[0] - year))[1]


@lru_cache(maxsize=2)
def load_currencies(path: str | None = None) -> tuple[Currency, ...]:
    p = Path(path) if path else DATA
    items = load_yaml(p) or []
    problems: list[str] = []
    out = []
    for n, item in enumerate(items, 1):
        if not isinstance(item, dict) or not isinstance(item.get("code"), str):
            problems.append(f"entry {n}: needs a code")
            continue
        usd = item.get("usd") or {}
        if not isinstance(usd, dict) or not all(isinstance(v, (int, float)) for v in usd.values()):
            problems.append(f"entry {n} ({item['code']}): usd must map years to numbers")
            usd = {}
        out.append(Currency(item["code"], tuple(str(x).lower() for x in item.get("names") or []),
                            tuple(str(x) for x in item.get("symbols") or []),
                            tuple(sorted((int(k), float(v)) for k, v in usd.items()))))
    if problems:
        raise DataFileError(str(p), problems)
    return tuple(out)


class AmountFinder:
    def __init__(self, currencies: tuple[Currency, ...] | None = None):
        self.currencies = currencies or load_currencies()
        self.by_symbol = {s: c for c in self.currencies for s in c.symbols}
        self.by_name = {n: c for c in self.currencies for n in c.names}
        symbols = sorted(self.by_symbol, key=len, reverse=True)
        sym = "|".join(re.escape(s) for s in symbols)
        names = "|".join(re.escape(n) for n in sorted(self.by_name, key=len, reverse=True))
        scale = r"(?:bn|mn|mln|tn|m|b|k|billion|million|trillion|thousand|crores?|lakhs?)"
        num = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
        # "$1.5bn", "US$ 5 million", "£600m"
        self.symbol_first = re.compile(
            rf"(?<![\w$£€¥])(?P<sym>{sym})\s?(?P<num>{num})(?:\s?(?P<scale>{scale})\b)?", re.I)
        # "10 billion roubles", "1.13bn dollars"
        self.name_after = re.compile(
            rf"(?<![\w.])(?P<num>{num})(?:\s?(?P<scale>{scale}))?\s(?P<name>{names})\b", re.I)
        self.number = re.compile(num)

    # -- money ---------------------------------------------------------------------------

    def money(self, text: str, offset: int, year: int | None) -> list[Amount]:
        found: list[Amount] = []
        taken: list[tuple[int, int]] = []
        for pat, kind in ((self.symbol_first, "sym"), (self.name_after, "name")):
            for m in pat.finditer(text):
                s, e = m.start(), m.end()
                if any(s < b and a < e for a, b in taken):
                    continue
                if kind == "sym":
                    cur = self.by_symbol.get(m.group("sym")) or self.by_symbol.get(
                        m.group("sym").upper())
                    if cur is None or (m.group("sym") == "R" and not m.group("scale")):
                        continue
                else:
                    cur = self.by_name.get(m.group("name").lower())
                if cur is None:
                    continue
                value = float(m.group("num").replace(",", ""))
                scale = (m.group("scale") or "").lower()
                value *= SCALES.get(scale, 1.0)
                rate = cur.rate(year)
                usd = round(value * rate, 2) if rate is not None else None
                found.append(Amount(text[s:e], (offset + s, offset + e), value, cur.code,
                                    "money", usd=usd))
                taken.append((s, e))
        return found

    # -- counts of people ----------------------------------------------------------------

    def counts(self, doc: Any, base: int) -> list[Amount]:
        out: list[Amount] = []
        for tok in doc:
            if tok.lower_ not in PEOPLE and tok.lemma_.lower() not in PEOPLE:
                continue
            value, start = self._quantity(tok)
            if value is None:
                continue
            what = self._outcome(tok) or tok.lower_
            s = base + doc[start].idx
            e = base + tok.idx + len(tok.text)
            out.append(Amount(doc.text[doc[start].idx:tok.idx + len(tok.text)], (s, e),
                              float(value), what, "count", counts=what))
        return out

    def _quantity(self, noun: Any) -> tuple[float | None, int]:
        nums = [c for c in noun.children if c.dep_ == "nummod" or c.like_num]
        if nums:
            n = nums[0]
            words = [t for t in n.subtree if t.i <= n.i]
            return self._number_value(" ".join(t.lower_ for t in words)), min(t.i for t in words)
        # "thousands of protesters", "at least 46 people"
        head = noun.head
        if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.i != head.i:
            q = head.head
            phrase = " ".join(t.lower_ for t in q.subtree if t.i < head.i)
            for vague in sorted(VAGUE, key=len, reverse=True):
                if phrase.endswith(vague):
                    return float(VAGUE[vague]), min(t.i for t in q.subtree)
            if q.like_num:
                return self._number_value(q.lower_), q.i
        return None, noun.i

    def _number_value(self, words: str) -> float | None:
        words = words.replace("at least ", "").replace("more than ", "").replace(
            "about ", "").replace("nearly ", "").replace("some ", "").replace("over ", "").strip()
        m = self.number.search(words)
        if m:
            value = float(m.group(0).replace(",", ""))
            for scale, mult in SCALES.items():
                if re.search(rf"\b{scale}\b", words[m.end():]):
                    value *= mult
                    break
            return value
        total = 0.0
        for w in words.split():
            if w in NUMBER_WORDS:
                total = total * NUMBER_WORDS[w] if w in ("hundred",) and total else \
                    total + NUMBER_WORDS[w]
        return total or None

    @staticmethod
    def _outcome(noun: Any) -> str | None:
        # "46 people were killed", "seven people injured", "killed 10 soldiers"
        for t in (noun.head, *noun.children):
            lemma = t.lemma_.lower()
            if lemma in OUTCOMES:
                return OUTCOMES[lemma]
        if noun.head.head.i != noun.head.i and noun.head.head.lemma_.lower() in OUTCOMES:
            return OUTCOMES[noun.head.head.lemma_.lower()]
        return None

    # -- the article -----------------------------------------------------------------------

    def __call__(self, article: Article) -> list[Amount]:
        year = article.published.year if article.published else None
        amounts: list[Amount] = []
        for pb in article.docs:
            block_text = article.text[pb.block.start:pb.block.end]
            found = self.money(block_text, pb.block.start, year)
            found += self.counts(pb.doc, pb.block.start)
            for a in found:
                for k, sent in enumerate(pb.doc.sents):
                    if sent.start_char <= a.span[0] - pb.block.start < sent.end_char:
                        a.sentence_index = pb.first_sentence + k
                        break
            amounts.extend(sorted(found, key=lambda a: a.span))
        return amounts
