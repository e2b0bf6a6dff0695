"""Article text as HTML with its records highlighted. The text is untrusted: every piece of
it is escaped; only the tags written here are markup."""
from __future__ import annotations

from dataclasses import dataclass, field

from markupsafe import Markup, escape


@dataclass
class Mark:
    start: int
    end: int
    cls: str
    title: str = ""
    data: dict[str, str] = field(default_factory=dict)


def highlight(text: str, marks: list[Mark]) -> Markup:
    """Split the text at every mark boundary; each piece carries the classes of the marks
    that cover it, so overlapping marks (a name inside a quote) need no nesting."""
    marks = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:]):
        covering = [m for m in marks if m.start <= a and b <= m.end]
        piece = escape(text[a:b])
        if not covering:
            out.append(str(piece).replace("\n", "<br>"))
            continue
        classes = " ".join(sorted({m.cls for m in covering}))
        titles = "; ".join(m.title for m in covering if m.title)
        data = "".join(f' data-{escape(k)}="{escape(v)}"' for m in covering
                       for k, v in m.data.items())
        out.append(f'<span class="{escape(classes)}" title="{escape(titles)}"{data}>'
                   f'{str(piece).replace(chr(10), "<br>")}</span>')
    return Markup("".join(out))
