"""Direct quotes and who said them.

Finds every quoted segment (straight or curly, double or single marks; quotes that run over
several sentences or paragraphs; quotes split by their attribution) and resolves its
speaker from the attribution in the same sentence ("said Mr Lukashenko", "he said"), the
sentence before ("Mr X said:") or the quote before it in the same run of speech. A speaker
that cannot be found stays None: no guessing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterator

from ..actors.successions import code_on
from ..document import ActorRef, Article, Quote

OPEN_CLOSE = {"“": "”", "‘": "’", "«": "»", "„": "“"}
SPEECH_VERBS = frozenset("""say tell add insist ask warn declare write claim note explain
stress argue reply respond state announce continue admit acknowledge complain suggest
believe think agree recall joke quip concede charge allege assert maintain predict promise
vow urge call describe brand label dub term accuse criticise criticize condemn denounce
praise hail confirm deny reveal report tweet post comment remark observe conclude declare
proclaim shout cry plead demand threaten tell advise recommend caution reiterate""".split())
PARTIAL_MAX_WORDS = 3
_WORD = re.compile(r"\w+(?:['’]\w+)*", re.UNICODE)


@dataclass
class RawQuote:
    start: int  # article offsets of the text inside the marks
    end: int

    def words(self, text: str) -> int:
        return len(_WORD.findall(text[self.start:self.end]))


def _double_marks(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """Every double quotation mark with its role: "open" or "close". A straight mark is an
    opener after a space or at the start, a closer before a space or punctuation."""
    marks = []
    for i in range(start, end):
        ch = text[i]
        if ch in ("“", "«", "„"):
            marks.append((i, "open"))
        elif ch in ("”", "»"):
            marks.append((i, "close"))
        elif ch == '"':
            before = text[i - 1] if i > start else " "
            after = text[i + 1] if i + 1 < end else " "
            if before.isspace() or before in "([{—–-:" or i == start:
                marks.append((i, "open"))
            elif after.isspace() or after in ".,;:!?)]}—–-" or i + 1 == end:
                marks.append((i, "close"))
            else:
                marks.append((i, "open" if not before.isalnum() else "close"))
    return marks


def _single_quotes(text: str, start: int, end: int, taken: list[tuple[int, int]]
                   ) -> list[RawQuote]:
    out = []
    i = start
    while i < end:
        ch = text[i]
        if ch in ("‘", "'") and (i == start or not text[i - 1].isalnum()) and \
                i + 1 < end and (text[i + 1].isalnum() or text[i + 1] in "[(") and \
                not any(a <= i < b for a, b in taken):
            closer = "’" if ch == "‘" else "'"
            k = i + 1
            close = -1
            while k < end:
                k = text.find(closer, k, end)
                if k == -1:
                    break
                after = text[k + 1] if k + 1 < len(text) else " "
                if not after.isalnum() and text[k - 1] not in " \n":
                    close = k
                    break
                k += 1
            if close != -1 and close - i < 600:
                out.append(RawQuote(i + 1, close))
                i = close + 1
                continue
        i += 1
    return out


def find_quotes(text: str, start: int, end: int) -> list[RawQuote]:
    """Quoted segments inside text[start:end] (one block).

    A quote left open runs to the next opening mark (writers reopen a quote at each new
    paragraph without closing the last) or to the end of the block."""
    out: list[RawQuote] = []
    open_at: int | None = None
    for i, role in _double_marks(text, start, end):
        if role == "open":
            if open_at is not None and i > open_at + 1:
                out.append(RawQuote(open_at + 1, i))
            open_at = i
        elif open_at is not None:
            if i > open_at + 1:
                out.append(RawQuote(open_at + 1, i))
            open_at = None
    if open_at is not None and end > open_at + 1:
        out.append(RawQuote(open_at + 1, end))
    taken = [(q.start - 1, q.end + 1) for q in out]
    out.extend(_single_quotes(text, start, end, taken))
    out.sort(key=lambda q: q.start)
    return [q for q in out if text[q.start:q.end].strip()]


@dataclass
class _Speaker:
    ref: ActorRef
    how: str


class QuoteFinder:
    """Finds quotes in an article's codable blocks and resolves their speakers."""

    def __call__(self, article: Article) -> list[Quote]:
        quotes: list[Quote] = []
        last_block_speaker: _Speaker | None = None  # the previous paragraph's last speaker
        recent: tuple[_Speaker, int] | None = None  # the last speaker and their sentence
        for pb in article.docs:
            block_quotes = find_quotes(article.text, pb.block.start, pb.block.end)
            opens_with_quote = self._continues(article, pb)
            block_speaker: _Speaker | None = None
            for raw in block_quotes:
                sent_index, _ = self._sentence(pb, raw.start - pb.block.start)
                speaker = self._speaker(article, pb, raw)
                if speaker is None and block_speaker is not None:
                    speaker = _Speaker(block_speaker.ref, "same speaker as the paragraph's "
                                                          "quote before")
                if speaker is None and opens_with_quote and last_block_speaker is not None:
                    speaker = _Speaker(last_block_speaker.ref, "speech continued from the "
                                                               "paragraph before")
                if speaker is None and recent is not None and \
                        raw.words(article.text) > PARTIAL_MAX_WORDS and \
                        pb.first_sentence - recent[1] <= 3:
                    speaker = _Speaker(recent[0].ref, "the last speaker, a few sentences "
                                                      "before")
                inner = article.text[raw.start:raw.end]
                q_text = inner.strip()
                lead = len(inner) - len(inner.lstrip())
                span = (raw.start + lead, raw.start + lead + len(q_text))
                partial = raw.words(article.text) <= PARTIAL_MAX_WORDS
                quotes.append(Quote(q_text, span, speaker.ref if speaker else None,
                                    partial=partial, sentence_index=sent_index,
                                    how=speaker.how if speaker else "no speaker found"))
                if speaker is not None and not partial:
                    block_speaker = speaker
                    recent = (speaker, sent_index)
            last_block_speaker = block_speaker if block_quotes else None
        return quotes

    # -- structure ---------------------------------------------------------------------

    @staticmethod
    def _sentence(pb: Any, offset: int) -> tuple[int, Any]:
        for k, sent in enumerate(pb.doc.sents):
            if sent.start_char <= offset < sent.end_char:
                return pb.first_sentence + k, sent
        sents = list(pb.doc.sents)
        return pb.first_sentence + len(sents) - 1, sents[-1] if sents else None

    @staticmethod
    def _whole_sentence(article: Article, pb: Any, raw: RawQuote) -> bool:
        inner = article.text[raw.start:raw.end]
        return bool(re.search(r"[.!?,]\s*$", inner.strip())) and len(_WORD.findall(inner)) > 1

    @staticmethod
    def _continues(article: Article, pb: Any) -> bool:
        """Does this block open with a quote mark (a quote continued from the last block)?"""
        head = article.text[pb.block.start:pb.block.start + 1]
        return head in ('"', "“", "‘", "'")

    @staticmethod
    def _same_run(article: Article, quotes: list[Quote], raw: RawQuote) -> bool:
        """Only text between the quote before and this one: "A," he said, "B"."""
        if not quotes:
            return False
        gap = article.text[quotes[-1].span[1]:raw.start]
        return len(_WORD.findall(gap)) <= 12

    # -- speakers ----------------------------------------------------------------------

    def _speaker(self, article: Article, pb: Any, raw: RawQuote) -> _Speaker | None:
        lo = raw.start - pb.block.start
        hi = raw.end - pb.block.start
        sents = list(pb.doc.sents)
        touched = [k for k, st in enumerate(sents) if st.start_char <= hi and st.end_char > lo]
        if not touched:
            return None
        inside = lambda t: lo <= t.idx < hi  # noqa: E731
        quote_tokens = [t for k in touched for t in sents[k] if inside(t)]
        # 1. A speech verb outside the quote, in a sentence the quote touches: the one
        #    that governs the quote first, then the nearest.
        verbs = [t for k in touched for t in sents[k] if not inside(t)
                 and t.lemma_.lower() in SPEECH_VERBS and t.pos_ in ("VERB", "AUX")]
        if quote_tokens:
            # the closest governing verb first: "recalls how X advised him: '...'"
            depth = {v.i: min((self._depth(v, q) for q in quote_tokens), default=99)
                     for v in verbs}
            governing = sorted((v for v in verbs if depth[v.i] < 99), key=lambda v: depth[v.i])
            rest = sorted((v for v in verbs if v not in governing),
                          key=lambda v: min(abs(v.i - quote_tokens[0].i),
                                            abs(v.i - quote_tokens[-1].i)))
            verbs = governing + rest
        for v in verbs:
            found = self._subject_speaker(article, pb, v)
            if found is not None:
                return found
        if verbs:
            return None
        # 2. "Mr X said:" ending the sentence before.
        first = touched[0]
        if first > 0 and sents[first - 1].text.rstrip().endswith(":"):
            for v in sents[first - 1]:
                if v.lemma_.lower() in SPEECH_VERBS:
                    found = self._subject_speaker(article, pb, v)
                    if found is not None:
                        return found
        # 3. A short attribution right after the quote: '... .' He added.
        last = touched[-1]
        if last + 1 < len(sents) and len(sents[last + 1]) <= 8:
            for v in sents[last + 1]:
                if v.lemma_.lower() in SPEECH_VERBS:
                    found = self._subject_speaker(article, pb, v)
                    if found is not None:
                        return found
        return None

    @staticmethod
    def _depth(v: Any, tok: Any) -> int:
        """Steps from tok up to v (99 when v does not govern tok)."""
        t = tok
        for step in range(1, 8):
            if t.head.i == t.i:
                return 99
            t = t.head
            if t.i == v.i:
                return step
        return 99

    @staticmethod
    def _governs(v: Any, tok: Any) -> bool:
        t = tok
        for _ in range(6):
            if t.head.i == t.i:
                return False
            t = t.head
            if t.i == v.i:
                return True
        return False

    def _subject_speaker(self, article: Article, pb: Any, v: Any) -> _Speaker | None:
        subjects = [c for c in v.children if c.dep_ in ("nsubj",)]
        if not subjects and v.dep_ in ("conj", "advcl", "xcomp"):
            subjects = [c for c in v.head.children if c.dep_ == "nsubj"]
        for s in subjects:
            ref = self._actor_at(article, pb, s)
            if ref is not None:
                return _Speaker(ref, f"subject of '{v.text}'")
        return None

    @staticmethod
    def _actor_at(article: Article, pb: Any, tok: Any) -> ActorRef | None:
        """The speaker a subject names: a coded actor, or at least a named person."""
        m = pb.actors.heads.get(tok.i) if pb.actors else None
        if m is None:
            for c in tok.children:
                if c.dep_ == "appos" and pb.actors:
                    m = pb.actors.heads.get(c.i)
                    if m is not None:
                        break
        if m is not None:
            root = m.first
            return ActorRef(code_on(m.code, article.published), root.name, m.text,
                            (m.start, m.end), m.entry)
        if tok.ent_type_ == "PERSON" or tok.pos_ == "PROPN":
            ent = next((e for e in pb.doc.ents if e.start <= tok.i < e.end), None)
            span = ent if ent is not None else pb.doc[tok.i:tok.i + 1]
            start = pb.block.start + span.start_char
            end = pb.block.start + span.end_char
            name = article.text[start:end]
            return ActorRef("", name, name, (start, end), f"local:{name}")
        return None


def iter_quote_words(text: str) -> Iterator[str]:
    yield from _WORD.findall(text)
