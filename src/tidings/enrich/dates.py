"""When events happened: time expressions resolved against the publication date.

"on Monday", "yesterday", "last month", "last year", "in July last year", "7 March 2003",
"for the next year", "up to 2024". Each event gets a `date` (the first day of the period)
and a `date_precision` (day, week, month, year); with no expression of its own it gets the
publication date with precision `published`.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
_YEAR = r"(?:19|20)\d{2}"


@dataclass(frozen=True)
class When:
    start: dt.date
    precision: str  # day | week | month | year
    text: str

    @property
    def iso(self) -> str:
        return self.start.isoformat()


def _week_start(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())


def _month_shift(d: dt.date, months: int) -> dt.date:
    y, m = divmod(d.month - 1 + months, 12)
    return dt.date(d.year + y, m + 1, 1)


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def resolve(text: str, ref: dt.date | None, future: bool = False) -> When | None:
    """One time expression, read against the reference (publication) date."""
    t = " ".join(text.lower().replace(",", " ").split())
    t = re.sub(r"^(on|in|at|by|during|since|from|until|till|up to|for|of|over|early|late|"
               r"earlier|later)\s+", "", t)
    # Absolute dates first: they need no reference.
    m = re.search(rf"\b(\d{{1,2}})(?:st|nd|rd|th)? (\w+)\.? ({_YEAR})\b", t)
    if m and m.group(2) in MONTHS:
        d = _safe_date(int(m.group(3)), MONTHS[m.group(2)], int(m.group(1)))
        if d:
            return When(d, "day", text)
    m = re.search(rf"\b(\w+)\.? (\d{{1,2}})(?:st|nd|rd|th)? ({_YEAR})\b", t)
    if m and m.group(1) in MONTHS:
        d = _safe_date(int(m.group(3)), MONTHS[m.group(1)], int(m.group(2)))
        if d:
            return When(d, "day", text)
    m = re.search(rf"\b(\w+)\.? ({_YEAR})\b", t)
    if m and m.group(1) in MONTHS:
        return When(dt.date(int(m.group(2)), MONTHS[m.group(1)], 1), "month", text)
    m = re.fullmatch(rf"(?:the )?(?:year )?({_YEAR})s?", t) or \
        re.fullmatch(rf"(?:the end of |the start of |mid-|early |late )?({_YEAR})", t)
    if m:
        return When(dt.date(int(m.group(1)), 1, 1), "year", text)
    if ref is None:
        return None
    if t in ("today", "tonight", "this morning", "this afternoon", "this evening", "now"):
        return When(ref, "day", text)
    if t in ("yesterday", "last night", "yesterday morning", "yesterday afternoon",
             "yesterday evening"):
        return When(ref - dt.timedelta(days=1), "day", text)
    if t in ("tomorrow", "tomorrow morning"):
        return When(ref + dt.timedelta(days=1), "day", text)
    m = re.fullmatch(r"(?:(last|next|this|on) )?(\w+?)s?(?: (morning|afternoon|evening|night))?", t)
    if m and m.group(2) in WEEKDAYS:
        wd = WEEKDAYS[m.group(2)]
        which = m.group(1)
        if which == "next" or (future and which != "last"):
            delta = (wd - ref.weekday()) % 7 or (7 if which == "next" else 0)
            return When(ref + dt.timedelta(days=delta), "day", text)
        delta = (ref.weekday() - wd) % 7
        if which == "last" and delta == 0:
            delta = 7
        return When(ref - dt.timedelta(days=delta), "day", text)
    week = {"this week": 0, "earlier this week": 0, "later this week": 0, "last week": -1,
            "the past week": 0, "past week": 0, "the last week": 0, "next week": 1,
            "the week": 0, "the coming week": 1, "the next week": 1}
    if t in week:
        return When(_week_start(ref) + dt.timedelta(weeks=week[t]), "week", text)
    month = {"this month": 0, "earlier this month": 0, "later this month": 0,
             "last month": -1, "next month": 1, "the past month": 0, "the last month": 0,
             "the coming month": 1, "the next month": 1, "the month": 0}
    if t in month:
        return When(_month_shift(ref, month[t]), "month", text)
    year = {"this year": 0, "earlier this year": 0, "later this year": 0, "last year": -1,
            "next year": 1, "the next year": 0, "the coming year": 0, "the past year": 0,
            "the last year": 0, "a year ago": -1, "the year": 0}
    if t in year:
        return When(dt.date(ref.year + year[t], 1, 1), "year", text)
    m = re.fullmatch(r"(\w+) (last|next|this) year", t)
    if m and m.group(1) in MONTHS:
        y = ref.year + {"last": -1, "next": 1, "this": 0}[m.group(2)]
        return When(dt.date(y, MONTHS[m.group(1)], 1), "month", text)
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)? (\w+)|(\w+) (\d{1,2})(?:st|nd|rd|th)?", t)
    if m:
        day, mon = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        if mon in MONTHS:
            d = _safe_date(ref.year, MONTHS[mon], int(day))
            if d and d > ref + dt.timedelta(days=7) and not future:
                d = _safe_date(ref.year - 1, MONTHS[mon], int(day))
            if d:
                return When(d, "day", text)
    if t in MONTHS and len(t) > 3:
        mon = MONTHS[t]
        y = ref.year
        if not future and mon > ref.month:
            y -= 1
        if future and mon < ref.month:
            y += 1
        return When(dt.date(y, mon, 1), "month", text)
    m = re.fullmatch(r"(\d+|a|one|two|three|four|five|six|seven|eight|nine|ten) "
                     r"(day|week|month|year)s? ago", t)
    if m:
        n = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
             "seven": 7, "eight": 8, "nine": 9, "ten": 10}.get(m.group(1)) or int(m.group(1))
        unit = m.group(2)
        if unit == "day":
            return When(ref - dt.timedelta(days=n), "day", text)
        if unit == "week":
            return When(_week_start(ref - dt.timedelta(weeks=n)), "week", text)
        if unit == "month":
            return When(_month_shift(ref, -n), "month", text)
        return When(dt.date(ref.year - n, 1, 1), "year", text)
    return None


TIME_WORDS = frozenset("today tonight yesterday tomorrow".split()) | set(WEEKDAYS)


def event_time(trigger: Any, ref: dt.date | None, future: bool) -> When | None:
    """The time expression that belongs to an event's trigger word, resolved."""
    sent = trigger.sent
    candidates = []
    for ent in sent.ents:
        if ent.label_ in ("DATE", "TIME"):
            candidates.append((ent.root, ent.text))
    for tok in sent:
        if tok.lower_ in TIME_WORDS and not any(tok.i >= e.start and tok.i < e.end
                                                for e in sent.ents):
            candidates.append((tok, tok.text))
    best = None
    for root, text in candidates:
        dist = _governed_by(root, trigger)
        if dist is None:
            continue
        if best is None or dist < best[0]:
            best = (dist, text)
    if best is None:
        return None
    return resolve(best[1], ref, future)


def _governed_by(tok: Any, trigger: Any) -> int | None:
    """Steps from `tok` up to `trigger`, not crossing another clause's verb."""
    t, steps = tok, 0
    while steps < 8:
        if t.i == trigger.i:
            return steps
        if t.head.i == t.i:
            return None
        if t is not tok and t.pos_ in ("VERB", "AUX") and t.dep_ in ("relcl", "ccomp",
                                                                      "advcl", "acl"):
            return None
        t = t.head
        steps += 1
    return None
