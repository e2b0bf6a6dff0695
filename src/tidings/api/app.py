"""The web application: the HTTP API under /api/ and the workbench's pages, one process.

Security, in one place:
- bound to loopback by default; `tidings serve` refuses any other address without a token,
  and with a token every request must carry it (header, cookie or `?token=` once);
- every page is rendered by Jinja with autoescaping on; article text is untrusted input;
- filters reach SQLite only as parameters (`store/queries.py`);
- request bodies are limited in size and answered 413 beyond the limit.
"""
from __future__ import annotations

import hmac
import ipaddress
import threading
from pathlib import Path
from typing import Any, Callable, Optional

from fastapi import APIRouter, Depends, FastAPI, Path as PathParam, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..errors import InputError, StoreError, TidingsError
from ..store import queries as Q
from ..store.db import Store
from . import models as M

MAX_UPLOAD = 2_000_000  # bytes
TOKEN_COOKIE = "tidings_token"


class ApiError(Exception):
    def __init__(self, status: int, message: str):
        self.status = status
        self.message = message


class BodyLimit:
    """Answer 413 to a request body over `limit` bytes, declared or streamed."""

    def __init__(self, app: ASGIApp, limit: int):
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.limit:
            await _too_large(scope, send, self.limit)
            return
        seen = 0

        async def limited() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise _BodyTooLarge()
            return message

        try:
            await self.app(scope, limited, send)
        except _BodyTooLarge:
            await _too_large(scope, send, self.limit)


class _BodyTooLarge(Exception):
    pass


async def _too_large(scope: Scope, send: Send, limit: int) -> None:
    response = JSONResponse({"ok": False, "error": f"request body larger than {limit:,} bytes",
                             "status": 413}, status_code=413)
    await response(scope, _empty_receive, send)


async def _empty_receive() -> Message:
    return {"type": "http.request", "body": b""}


def is_loopback(host: str) -> bool:
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def create_app(db: str, *, token: str | None = None, max_upload: int = MAX_UPLOAD,
               pipeline: Callable[[], Any] | None = None) -> FastAPI:
    """The application for the database at `db`.

    `pipeline` returns the Pipeline that codes posted articles (loaded on first use)."""
    from ..pipeline import load_pipeline

    app = FastAPI(title="tidings", version="0.1.0",
                  description="Political event data from news: coded events (CAMEO, PLOVER), "
                              "quotes, amounts and places, with their evidence.",
                  docs_url="/api/docs", redoc_url=None, openapi_url="/openapi.json")
    app.state.db = db
    app.state.token = token
    lock = threading.Lock()
    get_pipeline = pipeline or load_pipeline

    # -- errors: one shape for every failure -------------------------------------------------

    def error_response(request: Request, status: int, message: str) -> Response:
        if request.url.path.startswith("/api/") or \
                "text/html" not in request.headers.get("accept", ""):
            return JSONResponse({"ok": False, "error": message, "status": status},
                                status_code=status)
        from ..web.pages import render_error

        return render_error(request, status, message)

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> Response:
        return error_response(request, exc.status, exc.message)

    @app.exception_handler(InputError)
    async def _input_error(request: Request, exc: InputError) -> Response:
        return error_response(request, 400, str(exc))

    @app.exception_handler(StoreError)
    async def _store_error(request: Request, exc: StoreError) -> Response:
        return error_response(request, 503, str(exc))

    @app.exception_handler(TidingsError)
    async def _tidings_error(request: Request, exc: TidingsError) -> Response:
        return error_response(request, 500, str(exc))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(x) for x in first.get("loc", []) if x != "body")
        return error_response(request, 422, f"invalid request: {where}: {first.get('msg', '')}")

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        return error_response(request, exc.status_code, str(exc.detail))

    # -- the token ------------------------------------------------------------------------

    @app.middleware("http")
    async def _check_token(request: Request, call_next: Callable[..., Any]) -> Response:
        if token is None or request.url.path.startswith("/static/"):
            return await call_next(request)
        offered = request.headers.get("x-tidings-token") or \
            request.cookies.get(TOKEN_COOKIE) or request.query_params.get("token") or ""
        auth = request.headers.get("authorization", "")
        if auth.lower().startswith("bearer "):
            offered = auth[7:].strip()
        if not hmac.compare_digest(offered.encode(), token.encode()):
            return error_response(request, 401, "a token is required: send it as "
                                                "'Authorization: Bearer TOKEN' or ?token=TOKEN")
        response = await call_next(request)
        if request.query_params.get("token"):
            response.set_cookie(TOKEN_COOKIE, token, httponly=True, samesite="strict")
        return response

    # -- the database ---------------------------------------------------------------------

    def store() -> Any:
        s = Store(app.state.db, readonly=True)
        try:
            yield s
        finally:
            s.close()

    errors = {status: {"model": M.Error, "description": text} for status, text in (
        (400, "bad request"), (401, "token missing or wrong"), (404, "not found"),
        (413, "request body too large"), (422, "invalid parameters"),
        (503, "database unavailable"))}
    api = APIRouter(prefix="/api", responses=errors)

    @api.post("/extract", response_model=M.ArticleRecord, summary="Code a posted article")
    def extract(body: M.ExtractIn) -> dict[str, Any]:
        if not body.text.strip():
            raise ApiError(400, "the text is empty")
        with lock:
            article = get_pipeline().extract(body.text, title=body.title,
                                             published=body.published, id="posted")
        return article.to_dict()

    def event_filter(
            actor: Optional[str] = Query(None, pattern=r"^[A-Za-z]{3,12}$"),
            source: Optional[str] = Query(None, pattern=r"^[A-Za-z]{3,12}$"),
            target: Optional[str] = Query(None, pattern=r"^[A-Za-z]{3,12}$"),
            dyad: Optional[str] = Query(None, pattern=r"^[A-Za-z]{3,12},[A-Za-z]{3,12}$"),
            code: Optional[str] = Query(None, pattern=r"^[0-9]{1,4}$"),
            root: Optional[str] = Query(None, pattern=r"^[0-9]{1,2}$"),
            quad_class: Optional[int] = Query(None, ge=1, le=4),
            status: Optional[str] = Query(None, pattern="^(actual|intended|threatened|refused)$"),
            date_from: Optional[str] = Query(None, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$"),
            date_to: Optional[str] = Query(None, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$"),
            text: Optional[str] = Query(None, max_length=200),
    ) -> Q.EventFilter:
        return Q.EventFilter(actor=actor, source=source, target=target, dyad=dyad, code=code,
                             root=root, quad_class=quad_class, status=status,
                             date_from=date_from, date_to=date_to, text=text)

    @api.get("/events", response_model=M.EventPage, summary="List and filter events")
    def events(f: Q.EventFilter = Depends(event_filter),
               limit: int = Query(50, ge=1, le=Q.MAX_LIMIT), offset: int = Query(0, ge=0, le=10**9),
               sort: str = Query("date", pattern="^(" + "|".join(Q.SORTABLE) + ")$"),
               order: str = Query("desc", pattern="^(asc|desc)$"),
               s: Store = Depends(store)) -> dict[str, Any]:
        return Q.list_events(s, f, limit, offset, sort, order == "desc")

    @api.get("/events/{event_id}", response_model=M.EventDetail, summary="One event")
    def event(event_id: int = PathParam(..., ge=1, le=2**62), s: Store = Depends(store)
              ) -> dict[str, Any]:
        found = Q.event_detail(s, event_id)
        if found is None:
            raise ApiError(404, f"no event {event_id}")
        return found

    @api.get("/articles", response_model=M.ArticlePage, summary="List articles")
    def articles(text: Optional[str] = Query(None, max_length=200),
                 limit: int = Query(50, ge=1, le=Q.MAX_LIMIT), offset: int = Query(0, ge=0, le=10**9),
                 s: Store = Depends(store)) -> dict[str, Any]:
        return Q.list_articles(s, limit, offset, text)

    @api.get("/articles/{article_id}", response_model=M.StoredArticle,
             summary="One article with its records")
    def article(article_id: str, s: Store = Depends(store)) -> dict[str, Any]:
        found = Q.get_article(s, article_id)
        if found is None:
            raise ApiError(404, f"no article {article_id!r}")
        return found

    @api.get("/dyads/{a}/{b}", response_model=M.DyadSeries,
             summary="Cooperation and conflict between two actors over time")
    def dyad(a: str = PathParam(..., pattern=r"^[A-Za-z]{3,12}$"),
             b: str = PathParam(..., pattern=r"^[A-Za-z]{3,12}$"),
             interval: str = Query("month", pattern="^(week|month|year)$"),
             s: Store = Depends(store)) -> dict[str, Any]:
        return Q.dyad_series(s, a, b, interval)

    @api.get("/actors", response_model=M.ActorPage, summary="Actors named in the store")
    def actors(text: Optional[str] = Query(None, max_length=100),
               limit: int = Query(50, ge=1, le=Q.MAX_LIMIT), offset: int = Query(0, ge=0, le=10**9),
               s: Store = Depends(store)) -> dict[str, Any]:
        return Q.list_actors(s, limit, offset, text)

    @api.get("/network", response_model=M.Network, summary="Actor network")
    def network(f: Q.EventFilter = Depends(event_filter),
                min_events: int = Query(1, ge=1, le=100000),
                limit: int = Query(200, ge=1, le=5000), s: Store = Depends(store)
                ) -> dict[str, Any]:
        return Q.actor_network(s, min_events, limit, f)

    @api.get("/quotes", response_model=M.QuotePage, summary="Quotes, by speaker")
    def quotes(speaker: Optional[str] = Query(None, max_length=100),
               article: Optional[str] = Query(None, max_length=300),
               limit: int = Query(50, ge=1, le=Q.MAX_LIMIT), offset: int = Query(0, ge=0, le=10**9),
               s: Store = Depends(store)) -> dict[str, Any]:
        return Q.list_quotes(s, speaker, limit, offset, article)

    @api.get("/failures", response_model=M.FailurePage, summary="Documents that failed")
    def failures(limit: int = Query(50, ge=1, le=Q.MAX_LIMIT), offset: int = Query(0, ge=0, le=10**9),
                 s: Store = Depends(store)) -> dict[str, Any]:
        return Q.list_failures(s, limit, offset)

    app.include_router(api)

    from ..web.pages import mount_pages

    mount_pages(app, store, lambda: get_pipeline(), lock)
    app.add_middleware(BodyLimit, limit=max_upload)  # type: ignore[arg-type]
    return app


def static_dir() -> Path:
    return Path(__file__).resolve().parents[1] / "web" / "static"
