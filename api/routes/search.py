"""Search: Chinese full text over the measures' headings and texts."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query

from policy_cascades.api.deps import PageDep, StoreDep
from policy_cascades.api.models import SearchPublic
from policy_cascades.graph.search import query_terms

router = APIRouter(prefix="/search", tags=["search"])
MAX_TERMS = 10  # each term is a pass over every match: a query of a hundred is no search


@router.get("", response_model=SearchPublic)
def search_measures(store: StoreDep, page: PageDep, q: Annotated[str, Query(
        min_length=1, max_length=200, examples=["稳岗返还", "稳岗返还 失业保险"],
        description=f"terms separated by spaces (at most {MAX_TERMS}); a measure must "
                    "contain every one")],
                    ) -> dict[str, Any]:
    """Measures containing every term, best first (x3 for the heading), ties by id; `count` is
    how many match in all, `data` the page asked for."""
    terms = query_terms(q)
    if not terms:
        raise HTTPException(422, "q has no terms: give at least one word")
    if len(terms) > MAX_TERMS:
        raise HTTPException(422, f"q has {len(terms)} terms: give at most {MAX_TERMS}")
    found = store.search(terms, page.offset, page.limit)
    return {"count": found.total, "data": [
        {"measure": hit.measure.to_json(), "score": hit.score, "snippet": hit.snippet}
        for hit in found.hits]}
