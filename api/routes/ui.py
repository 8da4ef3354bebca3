"""The cascade viewer at /, its assets, and the Neo4j Browser style and guide."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from fastapi import APIRouter, HTTPException
from fastapi.responses import FileResponse

router = APIRouter(tags=["viewer"], include_in_schema=False)
STATIC = Path(str(resources.files("api").joinpath("static")))
_TYPES = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
          ".css": "text/css; charset=utf-8", ".grass": "text/plain; charset=utf-8"}


@router.get("/")
def index() -> FileResponse:
    """The cascade viewer."""
    return FileResponse(STATIC / "index.html", media_type=_TYPES[".html"])


@router.get("/static/{name}")
def asset(name: str) -> FileResponse:
    """The viewer's script and style."""
    return _file(STATIC / name)


@router.get("/browser/{name}")
def browser_file(name: str) -> FileResponse:
    """Neo4j Browser's style (:style) and guide (:play); Browser fetches them cross-origin."""
    response = _file(STATIC / "browser" / name)
    response.headers["Access-Control-Allow-Origin"] = "*"
    return response


def _file(path: Path) -> FileResponse:
    if path.suffix not in _TYPES or not path.is_file() or path.parent not in (STATIC, STATIC / "browser"):
        raise HTTPException(404, f"no file {path.name}")
    return FileResponse(path, media_type=_TYPES[path.suffix])
