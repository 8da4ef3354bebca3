"""The cascade viewer at /, its assets under /static/, and the Neo4j Browser style and guide
under /browser/ (for `:style <url>` and `:play <url>`, which Browser fetches cross-origin)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from fastapi import APIRouter, HTTPException
from fastapi.responses import FileResponse

router = APIRouter(tags=["viewer"], include_in_schema=False)

STATIC = Path(str(resources.files("policy_cascades.api").joinpath("static")))
# browser/ sits beside api/ in the source tree; an installed copy finds it in the working directory.
BROWSER_DIRS = (Path(__file__).resolve().parents[2] / "browser", Path.cwd() / "browser")
TYPES = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
         ".css": "text/css; charset=utf-8", ".grass": "text/plain; charset=utf-8",
         ".md": "text/markdown; charset=utf-8"}


@router.get("/")
def read_viewer() -> FileResponse:
    """The cascade viewer."""
    return _file(STATIC, "index.html")


@router.get("/static/{name}")
def read_asset(name: str) -> FileResponse:
    """The viewer's script and style."""
    return _file(STATIC, name)


@router.get("/browser/{name}")
def read_browser_file(name: str) -> FileResponse:
    """Neo4j Browser's style (style.grass) and guide (guide.html), readable cross-origin."""
    folder = next((d for d in BROWSER_DIRS if d.is_dir()), BROWSER_DIRS[0])
    response = _file(folder, name)
    response.headers["Access-Control-Allow-Origin"] = "*"
    return response


def _file(folder: Path, name: str) -> FileResponse:
    """A file directly in `folder`, of a known type; 404 for anything else (no ../)."""
    path = folder / name
    if "/" in name or "\\" in name or name.startswith(".") or path.suffix not in TYPES \
            or not path.is_file():
        raise HTTPException(404, f"no file {name!r}")
    return FileResponse(path, media_type=TYPES[path.suffix], headers={"Cache-Control": "no-cache"})
