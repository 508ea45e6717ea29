"""The FastAPI application: a JSON API over a store, exports, ingest by POST, and the dashboard.

    from accord.serve import create_app
    app = create_app("accord.duckdb")                 # read-only
    app = create_app("accord.duckdb", token="s3cret") # POST /api/articles with a Bearer token

Every endpoint validates its parameters; a bad request gets a 4xx answer with a JSON body
``{"error": "...", "detail": ...}``, never a 500.
"""

import hmac
import json
import logging
from collections.abc import Iterator
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal

import duckdb
from fastapi import Depends, FastAPI, Path as PathParam, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, StreamingResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from accord import __version__
from accord.export import Selection, SelectionError, gdelt_lines, plover_records
from accord.store import StoreError

from . import queries
from .ingest import CodingFailed, Ingester, Rejected
from .limits import BodySizeLimit
from .models import (ActorPage, ArticleIn, ArticleOut, ArticlePage, DyadPage, ErrorOut, EventPage, IngestOut,
                     InfoOut, QuotePage, SeriesOut)
from .store import ServerStore

log = logging.getLogger("accord.serve")

DEFAULT_MAX_LIMIT = 1000
DEFAULT_MAX_BODY = 1_000_000
MAX_EXPORT_ROWS = 10_000_000
STATIC_DIR = Path(str(resources.files("accord.serve") / "static"))

_ERRORS = {status: {"model": ErrorOut, "description": text} for status, text in (
    (400, "A parameter has a value that cannot be used (e.g. a malformed date)."),
    (404, "A named actor or article is not in the store."),
    (422, "The request does not match the parameter types or limits."),
)}

# Free-text filters: bounded length; their values are only ever bound as SQL parameters.
Text = Annotated[str | None, Query(min_length=1, max_length=200)]
DateParam = Annotated[str | None, Query(min_length=1, max_length=40,
                                        description="ISO 8601 date or date-time, inclusive.")]
ActorParam = Annotated[str | None, Query(min_length=1, max_length=100,
                                         description="Actor code (RUS), code with sector (RUSGOV) or part of a name.")]
CodePath = Annotated[str, PathParam(min_length=1, max_length=32, pattern=r"^[A-Za-z0-9_-]+$",
                                    description="Actor code, e.g. RUS or XSO.")]
Interval = Literal["day", "week", "month"]
AllEvents = Annotated[bool, Query(description="Also count negated, hypothetical and future events and "
                                              "events of near-duplicate articles.")]


def _error(status: int, message: str, detail: Any = None, headers: dict | None = None) -> JSONResponse:
    body: dict[str, Any] = {"error": message}
    if detail is not None:
        body["detail"] = detail
    return JSONResponse(body, status_code=status, headers=headers)


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        problems = []
        for err in exc.errors():
            loc = [p for p in err.get("loc", ()) if p not in ("query", "path", "header")]
            if err.get("type") == "json_invalid":
                where, problem = "body", "not valid JSON"
            else:
                where = ".".join(str(p) for p in loc if p != "body" and not isinstance(p, int)) or \
                    ("body" if "body" in loc else "")
                problem = err.get("msg", "invalid")
            problems.append({"field": where or None, "problem": problem})
        summary = "; ".join(f"{p['field']}: {p['problem']}" if p["field"] else p["problem"] for p in problems)
        return _error(422, f"invalid request: {summary}", problems)

    @app.exception_handler(HTTPException)
    async def _http(_: Request, exc: HTTPException) -> JSONResponse:
        return _error(exc.status_code, str(exc.detail), headers=getattr(exc, "headers", None))

    @app.exception_handler(SelectionError)
    async def _selection(_: Request, exc: SelectionError) -> JSONResponse:
        return _error(400, str(exc))

    @app.exception_handler(queries.NotFound)
    async def _not_found(_: Request, exc: queries.NotFound) -> JSONResponse:
        return _error(404, str(exc))

    @app.exception_handler(queries.TooManyPeriods)
    async def _too_many(_: Request, exc: queries.TooManyPeriods) -> JSONResponse:
        return _error(400, str(exc))

    @app.exception_handler(duckdb.Error)
    async def _db(request: Request, exc: duckdb.Error) -> JSONResponse:
        # Values reach DuckDB only as parameters, so a conversion/range error is a bad value.
        if isinstance(exc, (duckdb.ConversionException, duckdb.OutOfRangeException, duckdb.InvalidInputException)):
            return _error(400, f"a parameter value cannot be used: {exc}")
        log.error("store error on %s %s", request.method, request.url.path, exc_info=exc)
        return _error(500, "internal error in the store")


def create_app(db: str | Path, *, token: str | None = None, max_limit: int = DEFAULT_MAX_LIMIT,
               max_body_bytes: int = DEFAULT_MAX_BODY) -> FastAPI:
    """The app over the store at ``db``; writable (POST /api/articles) only when ``token`` is set."""
    if token is not None and not token.strip():
        raise ValueError("the token must not be empty")
    store = ServerStore(db, writable=token is not None)
    ingester = Ingester(store) if token is not None else None

    @asynccontextmanager
    async def lifespan(_: FastAPI):
        store.open()
        yield
        store.close()

    app = FastAPI(
        title="accord",
        version=__version__,
        description="Political event data coded by accord: events, quotes, actors, dyads over time, "
                    "exports (PLOVER, GDELT 2.0), and ingest of new articles when a token is set.",
        lifespan=lifespan,
        # The interactive docs pages load their scripts from a CDN; the spec is at /openapi.json.
        docs_url=None,
        redoc_url=None,
    )
    app.state.store = store
    app.add_middleware(BodySizeLimit, max_bytes=max_body_bytes)
    _install_error_handlers(app)
    _install_security_headers(app)

    def connection() -> Iterator[duckdb.DuckDBPyConnection]:
        with store.connection() as con:
            yield con

    params = _Params(Annotated[duckdb.DuckDBPyConnection, Depends(connection)], max_limit)
    _add_reading_routes(app, params, read_only=token is None, max_body_bytes=max_body_bytes)
    _add_dyad_routes(app, params)
    _add_export_routes(app, params, store)
    _add_ingest_route(app, ingester, token)
    _add_dashboard(app)
    return app


class _Params:
    """Parameter types that depend on the server's settings: a store connection per request and
    the page-size limit."""

    def __init__(self, con: Any, max_limit: int):
        self.max_limit = max_limit
        self.con = con
        self.limit = Annotated[int, Query(ge=1, le=max_limit, description=f"At most {max_limit}.")]
        self.offset = Annotated[int, Query(ge=0, le=1_000_000_000)]
        self.export_limit = Annotated[int | None, Query(ge=1, le=MAX_EXPORT_ROWS,
                                                        description="At most this many events.")]


def _install_security_headers(app: FastAPI) -> None:
    @app.middleware("http")
    async def _headers(request: Request, call_next):
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault(
            "Content-Security-Policy",
            "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            "frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
        return response


def _add_reading_routes(app: FastAPI, params: _Params, *, read_only: bool, max_body_bytes: int) -> None:
    """Store info and lists of articles, events, quotes and actors."""
    Con, Limit, Offset = params.con, params.limit, params.offset

    @app.get("/api/info", response_model=InfoOut, tags=["store"])
    def info(con: Con) -> dict[str, Any]:
        """Version, whether the server accepts articles, limits, and row counts."""
        return {"version": __version__, "read_only": read_only, "max_limit": params.max_limit,
                "max_body_bytes": max_body_bytes, "counts": queries.counts(con)}

    @app.get("/api/articles", response_model=ArticlePage, responses=_ERRORS, tags=["articles"])
    def list_articles(con: Con, q: Text = None, actor: ActorParam = None, since: DateParam = None,
                      until: DateParam = None, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
        """Articles, newest first. ``q`` searches title and text; ``actor`` keeps articles with an
        event involving that actor; ``since``/``until`` filter on the article date."""
        if actor is not None:
            queries.require_actor(con, actor)
        return queries.articles(con, q=q, actor=actor, since=since, until=until, limit=limit, offset=offset)

    @app.get("/api/articles/{article_id:path}", response_model=ArticleOut, responses=_ERRORS, tags=["articles"])
    def get_article(con: Con, article_id: Annotated[str, PathParam(min_length=1, max_length=500)]) -> dict[str, Any]:
        """One article with its text and the spans of its events (sentence, trigger, actors),
        quotes (content, cue, speaker) and places."""
        return queries.article(con, article_id)

    @app.get("/api/events", response_model=EventPage, responses=_ERRORS, tags=["events"])
    def list_events(
        con: Con,
        actor: ActorParam = None,
        recipient: ActorParam = None,
        involving: Annotated[str | None, Query(min_length=1, max_length=100,
                                               description="Actor in either role.")] = None,
        type: Annotated[str | None, Query(min_length=1, max_length=32, pattern=r"^[A-Za-z_]+$",
                                          description="PLOVER event type, e.g. AGREE.")] = None,
        cameo: Annotated[str | None, Query(min_length=1, max_length=4, pattern=r"^[0-9]+$",
                                           description="CAMEO code or prefix, e.g. 05.")] = None,
        quad_class: Annotated[int | None, Query(ge=1, le=4)] = None,
        since: DateParam = None,
        until: DateParam = None,
        q: Annotated[str | None, Query(min_length=1, max_length=200,
                                       description="Words in the event's sentence.")] = None,
        article_id: Annotated[str | None, Query(min_length=1, max_length=500)] = None,
        limit: Limit = 100,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        """Events by date. ``actor``/``recipient`` match that role, ``involving`` either."""
        for role, value in (("actor", actor), ("recipient", recipient), (None, involving)):
            if value is not None:
                queries.require_actor(con, value, role)
        filters = queries.EventFilters(actor=actor, recipient=recipient, involving=involving, event_type=type,
                                       cameo=cameo, quad_class=quad_class, since=since, until=until, q=q,
                                       article_id=article_id)
        return queries.events(con, filters, limit=limit, offset=offset)

    @app.get("/api/quotes", response_model=QuotePage, responses=_ERRORS, tags=["quotes"])
    def list_quotes(con: Con, speaker: Text = None, actor: ActorParam = None, since: DateParam = None,
                    until: DateParam = None,
                    q: Annotated[str | None, Query(min_length=1, max_length=200,
                                                   description="Words in the quote.")] = None,
                    article_id: Annotated[str | None, Query(min_length=1, max_length=500)] = None,
                    limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
        """Quotes by article date. ``speaker`` matches the speaker's name or mention, ``actor``
        the speaker's actor code or name."""
        if actor is not None:
            queries.require_speaker_actor(con, actor)
        return queries.quotes(con, speaker=speaker, actor=actor, since=since, until=until, q=q,
                              article_id=article_id, limit=limit, offset=offset)

    @app.get("/api/actors", response_model=ActorPage, responses=_ERRORS, tags=["actors"])
    def list_actors(con: Con, q: Text = None,
                    role: Annotated[Literal["actor", "recipient"] | None, Query()] = None,
                    limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
        """Actor codes with their event counts and names, most active first."""
        return queries.actors(con, q=q, role=role, limit=limit, offset=offset)


def _add_dyad_routes(app: FastAPI, params: _Params) -> None:
    """Pairs of actors, their series over time and the events behind each point."""
    Con, Limit, Offset = params.con, params.limit, params.offset

    @app.get("/api/dyads", response_model=DyadPage, responses=_ERRORS, tags=["dyads"])
    def list_dyads(con: Con, involving: Annotated[str | None, Query(min_length=1, max_length=32,
                                                                    pattern=r"^[A-Za-z0-9_-]+$")] = None,
                   since: DateParam = None, until: DateParam = None,
                   min_events: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
                   all_events: AllEvents = False, limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
        """Pairs of actor codes (a < b) that interact: a→b, b→a or jointly, with counts and mean
        Goldstein score. Each event counts once per pair."""
        code = queries.require_code(con, involving) if involving is not None else None
        return queries.dyads(con, involving=code, since=since, until=until, min_events=min_events,
                             all_events=all_events, limit=limit, offset=offset)

    @app.get("/api/dyads/{a}/{b}/series", response_model=SeriesOut, responses=_ERRORS, tags=["dyads"])
    def dyad_series(con: Con, a: CodePath, b: CodePath, interval: Interval = "month",
                    since: DateParam = None, until: DateParam = None, all_events: AllEvents = False) -> dict[str, Any]:
        """Per period: events by QuadClass, Goldstein sum and mean; the tone measure is the mean
        Goldstein score (cooperation_share is given too). Periods without events are included
        with zero counts. A period's events: /api/dyads/{a}/{b}/events?since=START&until=END."""
        return queries.series(con, queries.require_code(con, a), queries.require_code(con, b),
                              interval=interval, since=since, until=until, all_events=all_events)

    @app.get("/api/dyads/{a}/{b}/events", response_model=EventPage, responses=_ERRORS, tags=["dyads"])
    def dyad_events(con: Con, a: CodePath, b: CodePath, since: DateParam = None, until: DateParam = None,
                    all_events: AllEvents = False, limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
        """The events counted for the dyad (both directions and joint), by date."""
        filters = queries.EventFilters(dyad=(queries.require_code(con, a), queries.require_code(con, b)),
                                       since=since, until=until, counted_only=not all_events)
        return queries.events(con, filters, limit=limit, offset=offset)


def _selection(con: duckdb.DuckDBPyConnection, since: str | None, until: str | None,
               actor: str | None) -> Selection:
    selection = Selection(since=since, until=until, actor=actor)
    selection.clauses()  # a malformed date fails here, before the response starts
    if actor is not None:
        queries.require_actor(con, actor)
    return selection


def _stream(lines: Iterator[str]) -> Iterator[bytes]:
    for line in lines:
        yield line.encode("utf-8")


def _add_export_routes(app: FastAPI, params: _Params, store: ServerStore) -> None:
    """PLOVER and GDELT exports, streamed from a connection of their own."""
    Con, ExportLimit = params.con, params.export_limit

    @app.get("/api/export/plover", response_class=StreamingResponse, tags=["export"],
             responses={200: {"content": {"application/x-ndjson": {"schema": {"type": "string"}}},
                              "description": "PLOVER JSON Lines, one event per line."}, **_ERRORS})
    def export_plover(con: Con, since: DateParam = None, until: DateParam = None, actor: ActorParam = None,
                      limit: ExportLimit = None) -> StreamingResponse:
        """Events as PLOVER JSON Lines (see docs/serve.md). ``actor`` matches either role."""
        selection = _selection(con, since, until, actor)

        def lines() -> Iterator[str]:
            with store.connection() as own:
                for record in plover_records(own, selection, limit):
                    yield json.dumps(record, ensure_ascii=False) + "\n"

        return StreamingResponse(_stream(lines()), media_type="application/x-ndjson",
                                 headers={"Content-Disposition": 'attachment; filename="accord-plover.jsonl"'})

    @app.get("/api/export/gdelt", response_class=StreamingResponse, tags=["export"],
             responses={200: {"content": {"text/tab-separated-values": {"schema": {"type": "string"}}},
                              "description": "GDELT 2.0 Event rows, 61 tab-separated columns."}, **_ERRORS})
    def export_gdelt(con: Con, since: DateParam = None, until: DateParam = None, actor: ActorParam = None,
                     limit: ExportLimit = None, header: bool = False) -> StreamingResponse:
        """Events as GDELT 2.0 Event rows (no header row unless ``header``)."""
        selection = _selection(con, since, until, actor)

        def lines() -> Iterator[str]:
            with store.connection() as own:
                yield from gdelt_lines(own, selection, limit, header)

        return StreamingResponse(_stream(lines()), media_type="text/tab-separated-values; charset=utf-8",
                                 headers={"Content-Disposition": 'attachment; filename="accord-gdelt.tsv"'})


def _add_ingest_route(app: FastAPI, ingester: Ingester | None, token: str | None) -> None:
    bearer = HTTPBearer(auto_error=False, description="The token given to `accord serve --token`.")

    @app.post("/api/articles", response_model=IngestOut, status_code=201, tags=["articles"],
              responses={200: {"model": IngestOut, "description": "Already stored; nothing changed."},
                         401: {"model": ErrorOut, "description": "No bearer token."},
                         403: {"model": ErrorOut, "description": "Read-only server, or wrong token."},
                         413: {"model": ErrorOut, "description": "Body over the size limit."},
                         422: {"model": ErrorOut, "description": "Not an article accord can code."}})
    def post_article(body: ArticleIn,
                     credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> Any:
        """Code an article and store it (only when the server was started with a token)."""
        if ingester is None:
            raise HTTPException(403, "this server is read-only: start it with --token to accept articles")
        if credentials is None:
            raise HTTPException(401, "missing bearer token (Authorization: Bearer TOKEN)",
                                headers={"WWW-Authenticate": "Bearer"})
        if not hmac.compare_digest(credentials.credentials.encode(), token.encode()):
            raise HTTPException(403, "wrong token")
        try:
            outcome = ingester.ingest(body.model_dump(exclude_none=True))
        except Rejected as exc:
            return _error(422, f"article not accepted: {exc}")
        except CodingFailed as exc:
            return _error(500, f"could not code the article: {exc}")
        except StoreError as exc:
            return _error(500, f"could not store the article: {exc}")
        payload = {"id": outcome.id, "stored": outcome.stored, "duplicate_of": outcome.duplicate_of,
                   "events": outcome.events, "quotes": outcome.quotes, "locations": outcome.locations,
                   "url": f"/api/articles/{outcome.id}"}
        return JSONResponse(payload, status_code=201 if outcome.stored else 200)


def _add_dashboard(app: FastAPI) -> None:
    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html", media_type="text/html")

    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
