"""The FastAPI app: policy cascades as JSON, from the 六保 directive down to a county's action.

Run it with `policy-cascades serve` (or `uvicorn policy_cascades.api.main:app`); OpenAPI docs at /docs.
The store is the embedded one (GRAPH_FILE, built from the seed corpus when missing),
or Neo4j when NEO4J_URI is set.
"""

from __future__ import annotations

import logging
import math
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from functools import partial

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi_offline import FastAPIOffline

from policy_cascades.api import VERSION
from policy_cascades.api.deps import LazyStore, SavedStore
from policy_cascades.api.limits import BodyLimit
from policy_cascades.api.responses import ERRORS
from policy_cascades.api.routes import (
    agencies,
    cypher,
    documents,
    graph,
    measures,
    regions,
    search,
    stats,
    themes,
    trace,
    ui,
)
from policy_cascades.errors import CypherError, CypherRefused, CypherTimeout, StoreError
from policy_cascades.graph.store import GraphStore
from policy_cascades.graph.stores import open_memory, open_neo4j
from policy_cascades.settings import Settings, get_settings

logger = logging.getLogger(__name__)


def open_store(settings: Settings) -> GraphStore:
    """Neo4j when NEO4J_URI is set (opened now if it can be, else on first use); else the
    embedded store from settings.graph_file."""
    if not settings.neo4j_uri:
        if not settings.graph_file.exists():
            store = open_memory(settings.graph_file)  # builds and saves the seed corpus
            if not settings.graph_file.exists():
                return store  # could not be saved: serve it from memory
        saved = SavedStore(settings.graph_file)
        try:
            saved.open()  # read it now rather than on the first request
        except StoreError as err:  # damaged: say so now, and 503 naming it until replaced
            logger.error("%s; serving 503 until the file is replaced", err)
        return saved
    password = settings.neo4j_password.get_secret_value() if settings.neo4j_password else None
    lazy = LazyStore("neo4j", partial(open_neo4j, settings.neo4j_uri, settings.neo4j_user,
                                      password, settings.neo4j_database))
    if not lazy.ping():
        logger.warning("Neo4j at %s is unreachable: serving 503 until it answers",
                       settings.neo4j_uri)
    return lazy


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    settings = app.dependency_overrides.get(get_settings, get_settings)()
    app.state.store = open_store(settings)
    try:
        yield
    finally:
        app.state.store.close()


def create_app() -> FastAPI:
    """A new app: its own dependency_overrides, so tests may run two side by side."""
    new = FastAPIOffline(  # /docs and /redoc with their assets served from the package
        title="policy-cascades",
        version=VERSION,
        summary="Chinese policy cascades as a graph: national 六保 directive -> 山东省 -> "
                "淄博市 -> a 周村区 department's action.",
        description="Node ids contain Chinese, 〔〕, # and dots: URL-encode them in paths and "
                    "query strings (`#` is `%23`). Lists take `limit` (default 50, at most "
                    "500) and `offset` and return `{data, count}`, count being the total. "
                    "Unknown ids answer 404, bad parameters 422, an unreachable store 503.",
        lifespan=lifespan,
    )
    new.add_exception_handler(StoreError, store_error)  # type: ignore[arg-type]
    new.add_exception_handler(CypherRefused, cypher_refused)  # type: ignore[arg-type]
    new.add_exception_handler(CypherError, cypher_error)  # type: ignore[arg-type]
    new.add_exception_handler(CypherTimeout, cypher_timeout)  # type: ignore[arg-type]
    new.add_exception_handler(RequestValidationError, invalid_request)  # type: ignore[arg-type]
    new.add_middleware(BodyLimit, settings=lambda: new.dependency_overrides.get(
        get_settings, get_settings)())
    for module in (documents, measures, agencies, regions, themes, trace, search, graph, stats,
                   cypher, ui):
        new.include_router(module.router, responses=ERRORS)
    return new


async def store_error(request: Request, err: StoreError) -> JSONResponse:
    logger.warning("%s %s: %s", request.method, request.url.path, err)
    retry_after = getattr(err, "retry_after", None) or 5
    return JSONResponse(status_code=503, content={"detail": f"the graph store failed: {err}"},
                        headers={"Retry-After": str(math.ceil(retry_after))})


async def cypher_refused(request: Request, err: CypherRefused) -> JSONResponse:
    return JSONResponse(status_code=403, content={"detail": f"refused: {err}"})


async def cypher_error(request: Request, err: CypherError) -> JSONResponse:
    return JSONResponse(status_code=400, content={"detail": str(err)})


async def cypher_timeout(request: Request, err: CypherTimeout) -> JSONResponse:
    return JSONResponse(status_code=504, content={"detail": str(err)})


async def invalid_request(request: Request, err: RequestValidationError) -> JSONResponse:
    """422 naming what is wrong, without echoing the input back (it may be megabytes)."""
    errors = [{key: value for key, value in error.items() if key in ("loc", "msg", "type")}
              for error in err.errors()[:20]]
    return JSONResponse(status_code=422, content={"detail": jsonable_encoder(errors)})


app = create_app()
