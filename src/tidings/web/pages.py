"""The workbench's pages. Each page's data comes from `store/queries.py`, the same function
as its JSON twin under /api/, and each page links to that twin."""
from __future__ import annotations

import datetime as dt
import json
import threading
from pathlib import Path
from typing import Any, Callable
from urllib.parse import urlencode

from fastapi import Depends, FastAPI, File, Form, Request, UploadFile
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape

from ..errors import InputError
from ..store import queries as Q
from .highlight import Mark, highlight
from .layout import spring_layout

HERE = Path(__file__).parent
ENV = Environment(loader=FileSystemLoader(HERE / "templates"),
                  autoescape=select_autoescape(default=True, default_for_string=True))
QUAD_NAMES = {1: "Verbal cooperation", 2: "Material cooperation", 3: "Verbal conflict",
              4: "Material conflict"}
ENV.globals.update(QUAD_NAMES=QUAD_NAMES)


def render(name: str, status: int = 200, **context: Any) -> HTMLResponse:
    return HTMLResponse(ENV.get_template(name).render(**context), status_code=status)


def render_error(request: Request, status: int, message: str) -> HTMLResponse:
    return render("error.html", status=status, status_code=status, message=message,
                  json_url=None)


def _plotly_js() -> Path:
    import plotly

    return Path(plotly.__file__).parent / "package_data" / "plotly.min.js"


def article_marks(text: str, records: dict[str, Any]) -> list[Mark]:
    """Highlights for an article: actors, triggers, quotes and amounts."""
    marks: list[Mark] = []
    for m in records.get("mentions") or []:
        if m.get("code"):
            marks.append(Mark(m["start"], m["end"], "actor",
                              f"{m['code']} {m.get('name') or ''} ({m.get('via') or ''})"))
    for k, r in enumerate(records.get("reports") or []):
        marks.append(Mark(r["trigger_start"], r["trigger_end"], "trigger",
                          f"{r['code']} {r.get('status')}",
                          {"event": str(r.get("event_id", k))}))
    for q in records.get("quotes") or []:
        who = q.get("speaker_name") or "speaker unknown"
        marks.append(Mark(q["start"], q["end"], "quote", f"quote: {who}"))
    for a in records.get("amounts") or []:
        marks.append(Mark(a["start"], a["end"], "amount",
                          f"{a.get('value')} {a.get('currency') or a.get('counts') or ''}"))
    return marks


def records_from_article(d: dict[str, Any]) -> dict[str, Any]:
    """An extracted Article's dict in the shape the stored-article template reads."""
    reports = []
    for k, e in enumerate(d["events"]):
        reports.append({
            "event_id": k, "source_code": e["source"]["code"], "source_name": e["source"]["name"],
            "source_text": e["source"]["text"], "target_code": e["target"]["code"]
            if e["target"] else "", "target_name": e["target"]["name"] if e["target"] else "",
            "target_text": e["target"]["text"] if e["target"] else "", "code": e["code"],
            "name": e["name"], "status": e["status"], "sentence": e["sentence"],
            "trigger": e["trigger"]["text"], "trigger_start": e["trigger"]["span"][0],
            "trigger_end": e["trigger"]["span"][1], "date": e["date"],
            "date_precision": e["date_precision"], "why": e["why"],
            "confidence": e["confidence"], "amounts": e["amounts"], "place": e["place"],
            "plover": e["plover"], "goldstein": e["goldstein"]})
    quotes = [{"text": q["text"], "start": q["span"][0], "end": q["span"][1],
               "speaker_name": q["speaker"]["name"] if q["speaker"] else None,
               "speaker_code": q["speaker"]["code"] if q["speaker"] else None,
               "partial": q["partial"]} for q in d["quotes"]]
    amounts = [{"text": a["text"], "start": a["span"][0], "end": a["span"][1],
                "value": a["value"], "currency": a.get("currency"), "usd": a.get("usd"),
                "counts": a.get("counts"), "kind": a["kind"]} for a in d["amounts"]]
    return {"id": d["id"], "title": d["title"], "published": d["published"], "url": d["url"],
            "text": d["text"], "reports": reports, "quotes": quotes, "amounts": amounts,
            "mentions": d.get("mentions") or [], "blocks": d["blocks"],
            "failures": d["failures"]}


def mount_pages(app: FastAPI, store: Callable[..., Any], pipeline: Callable[[], Any],
                lock: threading.Lock) -> None:
    @app.get("/static/vendor/plotly.min.js", include_in_schema=False)
    def plotly_js() -> Response:
        return FileResponse(_plotly_js(), media_type="application/javascript")

    @app.get("/static/{name}", include_in_schema=False)
    def static(name: str) -> Response:
        path = HERE / "static" / name
        if "/" in name or name.startswith(".") or not path.is_file():
            return Response(status_code=404)
        media = {".css": "text/css", ".js": "application/javascript"}.get(path.suffix,
                                                                           "text/plain")
        return FileResponse(path, media_type=media)

    @app.get("/", include_in_schema=False)
    def home() -> Response:
        return RedirectResponse("/events", status_code=302)

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False)
    def events_page(request: Request, s: Any = Depends(store)) -> Response:
        params = {k: v for k, v in request.query_params.items() if v}
        f = Q.EventFilter.from_mapping(params)
        if f.quad_class:
            f.quad_class = int(f.quad_class)
        try:
            limit = int(params.get("limit", 50))
            offset = int(params.get("offset", 0))
        except ValueError:
            raise InputError("limit and offset must be numbers") from None
        sort = params.get("sort", "date")
        order = params.get("order", "desc")
        page = Q.list_events(s, f, limit, offset, sort, order == "desc")
        base = {k: v for k, v in params.items() if k not in ("offset", "token")}

        def link(**changes: Any) -> str:
            q = {**base, **{k: v for k, v in changes.items() if v is not None}}
            return "/events?" + urlencode(q)

        return render("events.html", page=page, f=f, params=params, sort=sort, order=order,
                      link=link, json_url="/api/events?" + urlencode(base))

    @app.get("/events/{event_id}", response_class=HTMLResponse, include_in_schema=False)
    def event_page(event_id: int, s: Any = Depends(store)) -> Response:
        e = Q.event_detail(s, event_id)
        if e is None:
            return render("error.html", status=404, status_code=404,
                          message=f"no event {event_id}", json_url=None)
        return render("event.html", e=e, json_url=f"/api/events/{event_id}")

    @app.get("/articles", response_class=HTMLResponse, include_in_schema=False)
    def articles_page(request: Request, s: Any = Depends(store)) -> Response:
        text = request.query_params.get("text") or None
        offset = int(request.query_params.get("offset") or 0)
        page = Q.list_articles(s, 50, offset, text)
        return render("articles.html", page=page, text=text or "",
                      json_url="/api/articles?" + urlencode({"text": text or ""}))

    @app.get("/articles/{article_id:path}", response_class=HTMLResponse,
             include_in_schema=False)
    def article_page(article_id: str, s: Any = Depends(store)) -> Response:
        a = Q.get_article(s, article_id)
        if a is None:
            return render("error.html", status=404, status_code=404,
                          message=f"no article {article_id!r}", json_url=None)
        body = highlight(a["text"], article_marks(a["text"], a))
        return render("article.html", a=a, body=body, stored=True,
                      json_url=f"/api/articles/{article_id}")

    @app.get("/dyads", response_class=HTMLResponse, include_in_schema=False)
    def dyads_page(request: Request) -> Response:
        a = (request.query_params.get("a") or "").upper()
        b = (request.query_params.get("b") or "").upper()
        interval = request.query_params.get("interval") or "month"
        if interval not in ("week", "month", "year"):
            interval = "month"
        for x in (a, b):
            if x and (not x.isalpha() or len(x) > 12):
                raise InputError(f"{x!r} is not an actor code")
        json_url = f"/api/dyads/{a}/{b}?interval={interval}" if a and b else None
        return render("dyads.html", a=a, b=b, interval=interval, json_url=json_url)

    @app.get("/network", response_class=HTMLResponse, include_in_schema=False)
    def network_page(request: Request, s: Any = Depends(store)) -> Response:
        try:
            min_events = max(1, int(request.query_params.get("min_events") or 1))
        except ValueError:
            raise InputError("min_events must be a number") from None
        net = Q.actor_network(s, min_events, 200)
        pos = spring_layout([n["id"] for n in net["nodes"]],
                            [(e["source"], e["target"], e["events"]) for e in net["edges"]])
        for n in net["nodes"]:
            n["x"], n["y"] = pos.get(n["id"], (0.0, 0.0))
        return render("network.html", net=net, min_events=min_events,
                      json_url=f"/api/network?min_events={min_events}")

    @app.get("/extract", response_class=HTMLResponse, include_in_schema=False)
    def extract_form() -> Response:
        return render("extract.html", json_url=None, result=None)

    @app.post("/extract", response_class=HTMLResponse, include_in_schema=False)
    async def extract_post(text: str = Form(""), title: str = Form(""),
                           published: str = Form(""),
                           file: UploadFile | None = File(None)) -> Response:
        if file is not None and file.filename:
            data = await file.read()
            from ..ingest.text import decode

            text = decode(data, file.filename)
            if file.filename.lower().endswith((".html", ".htm")):
                from ..ingest.html import read_html

                parsed = read_html(text, id=file.filename)
                text, title = parsed.text, ""
        if not text.strip():
            raise InputError("paste an article's text or choose a file")
        day = None
        if published.strip():
            try:
                day = dt.date.fromisoformat(published.strip())
            except ValueError:
                raise InputError("the publication date must be YYYY-MM-DD") from None
        with lock:
            article = pipeline().extract(text, title=title or None, published=day,
                                         id="pasted")
        d = records_from_article(article.to_dict())
        body = highlight(d["text"], article_marks(d["text"], d))
        return render("article.html", a=d, body=body, stored=False, json_url=None,
                      posted=json.dumps({"text": text[:200]}))
