"""Themes: the 六保, 六稳 and 三促 items, and how far down the levels each one reaches."""

from __future__ import annotations

from collections import defaultdict
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path

from policy_cascades.api.deps import PageDep, StoreDep
from policy_cascades.api.models import CoveragePublic, ThemesPublic
from policy_cascades.graph.model import Label, Node, RelType
from policy_cascades.graph.store import GraphStore

router = APIRouter(prefix="/themes", tags=["themes"])

LEVELS = ["national", "provincial", "municipal", "county"]


@router.get("", response_model=ThemesPublic)
def list_themes(store: StoreDep, page: PageDep) -> dict[str, Any]:
    """Themes by id, each with the themes it corresponds to (稳就业 -> 保居民就业)."""
    themes, count = store.nodes(Label.THEME, limit=page.limit, offset=page.offset)
    return {"data": themes_json(store, themes), "count": count}


def themes_json(store: GraphStore, themes: list[Node]) -> list[dict[str, Any]]:
    corresponding: dict[str, list[str]] = defaultdict(list)
    for rel, other in store.edges([t.id for t in themes], "out", [RelType.CORRESPONDS_TO]):
        corresponding[rel.start].append(str(other.props.get("name", other.id)))
    return [{**t.to_json(), "corresponds_to": sorted(corresponding[t.id])} for t in themes]


@router.get("/{name:path}/coverage", response_model=CoveragePublic)
def read_coverage(store: StoreDep, name: Annotated[str, Path(
        description="a theme's name or id", examples=["保居民就业", "theme:保居民就业"])],
                  ) -> dict[str, Any]:
    """Measures addressing the theme, counted per level (national first) and region."""
    theme = store.node(name if name.startswith("theme:") else f"theme:{name}")
    if theme is None or theme.label != Label.THEME:
        raise HTTPException(404, f"no theme {name!r}")
    by_place: dict[str | None, dict[str | None, list[str]]] = defaultdict(lambda: defaultdict(list))
    measures = [m for _, m in store.edges([theme.id], "in", [RelType.ADDRESSES])
                if m.label == Label.MEASURE]
    for measure in measures:
        level, region = measure.props.get("level"), measure.props.get("region")
        by_place[level][region].append(measure.id)
    levels = sorted(by_place, key=lambda lv: (LEVELS.index(lv) if lv in LEVELS else len(LEVELS),
                                              lv or ""))
    return {"theme": themes_json(store, [theme])[0], "count": len(measures), "levels": [
        {"level": level, "count": sum(len(ids) for ids in by_place[level].values()),
         "regions": [{"region": region, "count": len(ids), "measures": sorted(ids)}
                     for region, ids in sorted(by_place[level].items(), key=lambda kv: kv[0] or "")]}
        for level in levels]}
