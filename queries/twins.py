"""The Python twins of the named queries that count and group: each computes, from the embedded
graph, the rows its .cypher file gives on Neo4j (same columns, same order, same values).

A twin takes a View and the bound parameters (ids already resolved). The Cypher is the
specification; comments quote the clause a step follows where the rule is not obvious.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from policy_cascades.queries.bm25 import Index
from policy_cascades.queries.lucene import parse
from policy_cascades.queries.view import Row, View, asc, cypher_round, level_rank, wanted

DUTIES = ("LEADS", "SUPPORTS", "RESPONSIBLE_FOR")
Params = dict[str, Any]


def adoption_lag(v: View, p: Params) -> list[Row]:
    pairs: dict[tuple[str, str], list[Any]] = {}  # (child, parent) -> [declared, measure links]
    for e in v.edges("IMPLEMENTS"):
        if v.is_(e.start, "Document") and v.is_(e.end, "Document") and p["id"] in ("", e.end):
            pairs.setdefault((e.start, e.end), [False, 0])[0] = True
    if p["basis"] == "all":
        for e in v.edges("IMPLEMENTS"):
            child, parent = v.get(e.start, "doc_id"), v.get(e.end, "doc_id")
            if (v.is_(e.start, "Measure") and v.is_(e.end, "Measure") and p["id"] in ("", parent)
                    and None not in (child, parent) and child != parent
                    and v.is_(child, "Document") and v.is_(parent, "Document")):
                pairs.setdefault((child, parent), [False, 0])[1] += 1
    rows = []
    for (child, parent), (declared, links) in pairs.items():
        child_date, parent_date = v.get(child, "date"), v.get(parent, "date")
        if not (_iso_date(child_date) and _iso_date(parent_date)):
            continue
        days = (date.fromisoformat(child_date) - date.fromisoformat(parent_date)).days
        rows.append({**_document(v, "parent", parent), **_document(v, "child", child),
                     "days": days, "declared": declared, "measure_links": links})
    rows.sort(key=lambda r: (r["parent_date"], r["parent_id"], r["days"], r["child_id"]))
    return rows[:p["limit"]]


def _document(v: View, side: str, doc: str) -> Row:
    return {f"{side}_id": doc, **{f"{side}_{key}": v.get(doc, key)
                                  for key in ("doc_number", "title", "level", "region", "date")}}


def _iso_date(value: Any) -> bool:
    """`size(coalesce(d.date, '')) = 10`."""
    return isinstance(value, str) and len(value) == 10


def agency_workload(v: View, p: Params) -> list[Row]:
    roles: dict[str, list[str]] = {}
    for e in v.out(p["id"], *DUTIES) if v.is_(p["id"], "Agency") else []:
        if v.is_(e.end, "Measure") and e.type not in roles.setdefault(e.end, []):
            roles[e.end].append(e.type)
    groups: dict[str | None, list[tuple[str, dict[str, Any]]]] = defaultdict(list)
    for m in roles:
        about = [e for e in v.out(m, "ADDRESSES") if v.is_(e.end, "Theme")
                 and p["basis"] in ("all", e.props.get("basis"))]
        for e in about:  # OPTIONAL MATCH: a measure of no (such) theme comes under null
            groups[e.end].append((m, e.props))
        if not about:
            groups[None].append((m, {}))
    rows = []
    for theme, found in groups.items():
        found.sort(key=lambda pair: v.reading_key(pair[0]))
        measures = [{"id": m, "doc_number": v.get(m, "doc_number"), "path": v.get(m, "path"),
                     "heading": v.get(m, "heading"), "roles": roles[m],
                     "basis": about.get("basis"), "score": about.get("score")}
                    for m, about in found]
        rows.append({"theme": v.get(theme, "name"), "family": v.get(theme, "family"),
                     "count": len(measures), **_role_counts(measures), "measures": measures})
    rows.sort(key=lambda r: (-r["count"], asc(r["theme"])))
    return rows[:p["limit"]]


def _role_counts(measures: list[Row]) -> Row:
    return {column: sum(role in m["roles"] for m in measures)
            for column, role in (("leads", "LEADS"), ("supports", "SUPPORTS"),
                                 ("responsible", "RESPONSIBLE_FOR"))}


def document_outline(v: View, p: Params) -> list[Row]:
    found: list[tuple[str, int]] = []  # every CONTAINS path: (measure, its length)
    stack = [(p["id"], 0)] if v.is_(p["id"], "Document") else []
    while stack:
        node, depth = stack.pop()
        for e in v.out(node, "CONTAINS") if depth < 8 else []:
            if v.is_(e.end, "Measure"):
                found.append((e.end, depth + 1))
            stack.append((e.end, depth + 1))
    found.sort(key=lambda pair: (asc(v.get(pair[0], "line")), _path_key(v.get(pair[0], "path"))))
    rows = []
    for order, (m, depth) in enumerate(found[:p["limit"]]):
        rows.append({"order": order, "id": m, "path": v.get(m, "path"), "kind": v.get(m, "kind"),
                     "depth": depth, "heading": v.get(m, "heading"), "text": v.get(m, "text"),
                     "line": v.get(m, "line"), "deadline": v.get(m, "deadline"),
                     "leads": _names(v, m, "LEADS", "Agency"),
                     "supports": _names(v, m, "SUPPORTS", "Agency"),
                     "responsible": _names(v, m, "RESPONSIBLE_FOR", None),
                     "themes": sorted(v.get(e.end, "name") for e in v.out(m, "ADDRESSES")
                                      if v.is_(e.end, "Theme"))})
    return rows


def _path_key(path: str) -> list[tuple[int, str]]:
    """Each segment of an outline path as (its ASCII digits as a number, or -1; the segment)."""
    key = []
    for seg in path.split("."):
        digits = "".join(c for c in seg if "0" <= c <= "9")
        key.append((int(digits) if digits else -1, seg))
    return key


def _names(v: View, m: str, rel_type: str, label: str | None) -> list[Any]:
    names = [v.get(e.start, "name") for e in v.into(m, rel_type)
             if label is None or v.is_(e.start, label)]
    return sorted(names, key=asc)


def relay_fidelity(v: View, p: Params) -> list[Row]:
    groups: dict[tuple[Any, Any, Any], list[dict[str, Any]]] = defaultdict(list)
    for e in v.edges("IMPLEMENTS"):
        child, parent = e.start, e.end
        if (v.is_(child, "Measure") and v.is_(parent, "Measure")
                and wanted(v.get(child, "level"), p["levels"])
                and p["id"] in ("", v.get(parent, "doc_id"))
                and (p["basis"] == "all" or e.props.get("basis") == "declared")):
            key = (v.get(child, "region"), v.get(child, "level"), v.get(parent, "doc_id"))
            groups[key].append(e.props)
    rows = []
    for (region, level, directive), links in groups.items():
        if not v.is_(directive, "Document"):
            continue
        rows.append({"region": region, "level": level, "document_id": directive,
                     "doc_number": v.get(directive, "doc_number"), "title": v.get(directive, "title"),
                     "document_level": v.get(directive, "level"),
                     "document_region": v.get(directive, "region"),
                     "document_date": v.get(directive, "date"), "links": len(links),
                     "avg_verbatim_share": cypher_round(_avg(links, "verbatim_share"), 3),
                     "avg_score": cypher_round(_avg(links, "score"), 3),
                     **{kind: sum(r.get("reinvention") == kind for r in links)
                        for kind in ("copy", "adapt", "new")},
                     "declared": sum(r.get("basis") == "declared" for r in links)})
    rows.sort(key=lambda r: (asc(r["region"]), -r["links"], r["document_id"]))
    return rows[:p["limit"]]


def _avg(rows: list[dict[str, Any]], key: str) -> float | None:
    """Cypher's avg(): nulls skipped, null when nothing is left."""
    values = [r[key] for r in rows if r.get(key) is not None]
    return sum(values) / len(values) if values else None


def system_across_levels(v: View, p: Params) -> list[Row]:
    rows = []
    for a in v.ids("Agency"):
        if v.get(a, "system") != p["system"]:
            continue
        places: list[str | None] = [e.end for e in v.out(a, "IN") if v.is_(e.end, "Region")]
        for place in places or [None]:  # OPTIONAL MATCH (a)-[:IN]->(place:Region)
            if p["levels"] and v.get(place, "level") not in p["levels"]:
                continue
            duties = _duties(v, a, p["system"])
            in_line = sum(d.pop("in_line") for d in duties)
            rows.append({"level": v.get(place, "level"),
                         "region": _coalesce(v.get(place, "name"), v.get(a, "region")),
                         "id": a, "agency": v.get(a, "name"), "aliases": v.get(a, "aliases"),
                         "count": len(duties), **_role_counts(duties),
                         "implements_same_system": in_line, "measures": duties[:p["per_agency"]]})
    rows.sort(key=lambda r: (level_rank(r["level"], 4), asc(r["region"]), asc(r["agency"])))
    return rows[:p["limit"]]


def _coalesce(*values: Any) -> Any:
    return next((value for value in values if value is not None), None)


def _duties(v: View, agency: str, system: str) -> list[Row]:
    """The measures an agency has a duty for, in reading order, each with its roles and
    whether it carries out a measure some agency of the same system has a duty for."""
    roles: dict[str, list[str]] = defaultdict(list)
    for e in v.out(agency, *DUTIES):
        if v.is_(e.end, "Measure"):
            roles[e.end].append(e.type)
    duties = []
    for m in sorted(roles, key=v.reading_key):
        in_line = any(v.is_(up.end, "Measure") and any(
            v.is_(d.start, "Agency") and v.get(d.start, "system") == system
            for d in v.into(up.end, *DUTIES)) for up in v.out(m, "IMPLEMENTS"))
        duties.append({"id": m, "doc_number": v.get(m, "doc_number"), "path": v.get(m, "path"),
                       "heading": v.get(m, "heading"), "roles": roles[m], "in_line": in_line})
    return duties


def theme_coverage(v: View, p: Params) -> list[Row]:
    groups: dict[tuple[str, Any, Any], list[tuple[Any, Any]]] = defaultdict(list)
    for t in v.ids("Theme"):
        if v.get(t, "family") not in p["families"]:
            continue
        for e in v.into(t, "ADDRESSES"):
            if v.is_(e.start, "Measure") and p["basis"] in ("all", e.props.get("basis")):
                key = (t, v.get(e.start, "level"), v.get(e.start, "region"))
                groups[key].append((e.props.get("basis"), v.get(e.start, "doc_id")))
    rows = []
    for (t, level, region), found in groups.items():
        bases = [basis for basis, _ in found if basis is not None]  # collect() skips nulls
        rows.append({"family": v.get(t, "family"), "theme": v.get(t, "name"), "level": level,
                     "region": region, "measures": len(bases),
                     "documents": len({doc for _, doc in found if doc is not None}),
                     "explicit": bases.count("explicit"), "inferred": bases.count("inferred")})
    rows.sort(key=lambda r: (asc(r["family"]), asc(r["theme"]), level_rank(r["level"]),
                             asc(r["region"])))
    return rows[:p["limit"]]


def unimplemented(v: View, p: Params) -> list[Row]:
    items = [m for m in v.ids("Measure")
             if v.get(m, "kind") == "item" and v.get(m, "level") in p["levels"]]
    groups: dict[tuple[Any, Any], list[str]] = defaultdict(list)
    for m in sorted(items, key=v.reading_key):
        groups[(v.get(m, "region"), v.get(m, "level"))].append(m)
    rows = []
    for (region, level), found in groups.items():
        gaps = [{"id": m, "doc_number": v.get(m, "doc_number"), "path": v.get(m, "path"),
                 "heading": v.get(m, "heading")}
                for m in found if not _implemented(v, m, p["basis"])]
        rows.append({"region": region, "level": level, "items": len(found),
                     "unimplemented": len(gaps), "share": cypher_round(len(gaps) / len(found), 3),
                     "measures": gaps[:p["per_region"]]})
    rows.sort(key=lambda r: (level_rank(r["level"]), asc(r["region"])))
    return rows[:p["limit"]]


def _implemented(v: View, m: str, basis: str) -> bool:
    """(m)-[:CONTAINS*0..4]->(:Measure)<-[r:IMPLEMENTS]-(:Measure), r declared unless basis all."""
    layer, seen = [m], 0
    while layer and seen <= 4:
        for part in layer:
            if v.is_(part, "Measure") and any(
                    v.is_(e.start, "Measure") and (basis == "all" or e.props.get("basis") == "declared")
                    for e in v.into(part, "IMPLEMENTS")):
                return True
        layer = [e.end for part in layer for e in v.out(part, "CONTAINS")]
        seen += 1
    return False


def search(v: View, p: Params) -> list[Row]:
    """The measures Neo4j's fulltext index finds for q, with its scores (queries/lucene.py)."""
    query = parse(p["q"])
    index = Index.build((m, v.props(m)) for m in v.ids("Measure"))
    rows = []
    for m, score in index.search(query):
        if wanted(v.get(m, "level"), p["levels"]):
            text = v.get(m, "text")
            rows.append({"id": m, "level": v.get(m, "level"), "region": v.get(m, "region"),
                         "doc_number": v.get(m, "doc_number"), "path": v.get(m, "path"),
                         "heading": v.get(m, "heading"),
                         "snippet": text[:120] if isinstance(text, str) else None, "score": score})
    rows.sort(key=lambda r: (-r["score"], r["id"]))
    return rows[:p["limit"]]
