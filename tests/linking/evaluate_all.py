"""Precision and recall of the inferred Measure -> Measure links over EVERYTHING the linker emits.

tests/linking/judgements.json lists randomly sampled child measures and, for each, every
measure of its candidate parent documents that it truly carries out (judged by reading all of
them, not a shortlist the linker proposed). Here:

- every inferred link (IMPLEMENTS or SIMILAR_TO with basis "inferred") from a judged child to a
  measure of one of its parent documents counts: precision = true links / all such links, so a
  wrong link lowers precision whether or not anybody listed that pair;
- a link is true when its parent is a true parent, a point of a true parent item, or the item
  directly holding a true parent point (the same tolerance counts a true parent as found);
- recall = true parents found / all true parents;
- children fall into FOLDS folds by a stable hash of their id (`fold`), so that a linker tuned
  on some folds reports on the others (in sample / out of sample);
- `labelled_pairs` yields the full labelled candidate set (every measure of every parent
  document of every judged child) for training a model.

The functions on Link / Judged / Outline are pure; `outline_of`, `inferred_links` and
`labelled_pairs` read a built graph. `python tools/eval_linking.py` prints the tables.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from policy_cascades.graph.model import Label, RelType, Subgraph
from policy_cascades.graph.national import SOURCE as NATIONAL

JUDGEMENTS = Path(__file__).with_name("judgements.json")
FOLDS = 5
THRESHOLDS = tuple(round(0.1 * i, 1) for i in range(1, 10))  # 0.1 .. 0.9
NATIONAL_GROUP = "national"


def fold(child_id: str, split: int = 0) -> int:
    """The fold of a child: stable across runs, machines and Python versions (not hash()).
    `split` 0 is the reported split; 1, 2 … are other random splits of the same children."""
    key = child_id if not split else f"{split}:{child_id}"
    return int(hashlib.sha1(key.encode("utf-8")).hexdigest(), 16) % FOLDS


@dataclass(frozen=True)
class Link:
    child: str
    parent: str
    score: float
    type: str = "IMPLEMENTS"
    method: str = ""


@dataclass
class Judged:
    """child id -> its true parents, and child id -> the parent documents judged for it; and
    `groups`: child id -> what it is folded by (`fold_of`), for children folded with others
    (the real documents' children by their document); a child not in it is folded alone."""
    parents: dict[str, frozenset[str]] = field(default_factory=dict)
    docs: dict[str, frozenset[str]] = field(default_factory=dict)
    groups: dict[str, str] = field(default_factory=dict)

    def fold_of(self, child_id: str, split: int = 0) -> int:
        """The child's fold: its group's (`groups`), or its own."""
        return fold(self.groups.get(child_id, child_id), split)

    def restrict(self, folds: Iterable[int], split: int = 0) -> Judged:
        keep = set(folds)
        return Judged({c: p for c, p in self.parents.items() if self.fold_of(c, split) in keep},
                      {c: d for c, d in self.docs.items() if self.fold_of(c, split) in keep},
                      {c: g for c, g in self.groups.items() if self.fold_of(c, split) in keep})


@dataclass(frozen=True)
class Outline:
    """What the tolerance and the grouping need of the graph: each measure's direct container
    measure, its kind, its document, and which documents are national."""
    container: Mapping[str, str] = field(default_factory=dict)
    kind: Mapping[str, str] = field(default_factory=dict)
    doc: Mapping[str, str] = field(default_factory=dict)
    national_docs: frozenset[str] = frozenset()

    def doc_of(self, measure_id: str) -> str:
        return self.doc.get(measure_id) or measure_id.split("#", 1)[0]


def load_judgements(path: Path = JUDGEMENTS) -> Judged:
    data = json.loads(Path(path).read_text("utf-8"))
    judged = Judged()
    for entry in data["children"]:
        judged.parents[entry["child"]] = frozenset(p["id"] for p in entry.get("parents", []))
        judged.docs[entry["child"]] = frozenset(entry.get("parent_docs", []))
    return judged


def load_strengths(path: Path = JUDGEMENTS) -> dict[tuple[str, str], str]:
    """(child, true parent) -> the judged strength: strong or partial."""
    data = json.loads(Path(path).read_text("utf-8"))
    return {(entry["child"], p["id"]): str(p.get("strength") or "")
            for entry in data["children"] for p in entry.get("parents", [])}


# -- scoring (pure) -----------------------------------------------------------------------------

def is_true(parent: str, truth: Iterable[str], outline: Outline) -> bool:
    """A true parent, a point of a true parent item, or the item directly holding a true point."""
    truth = set(truth)
    if parent in truth:
        return True
    if outline.kind.get(parent) == "point" and outline.container.get(parent) in truth:
        return True
    return any(outline.kind.get(t) == "point" and outline.container.get(t) == parent for t in truth)


def in_scope(link: Link, judged: Judged, outline: Outline) -> bool:
    """A link from a judged child to a measure of one of its parent documents (or national)."""
    if link.child not in judged.parents:
        return False
    doc = outline.doc_of(link.parent)
    return doc in judged.docs.get(link.child, ()) or doc in outline.national_docs


def judged_links(links: Iterable[Link], judged: Judged, outline: Outline) -> list[Link]:
    return [link for link in links if in_scope(link, judged, outline)]


@dataclass
class Tally:
    emitted: int = 0  # links emitted from judged children into their parent documents
    right: int = 0  # ... of them true
    truths: int = 0  # true parents
    found: int = 0  # ... of them found by some emitted link

    @property
    def precision(self) -> float:
        return self.right / self.emitted if self.emitted else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.truths if self.truths else 1.0

    def add(self, other: Tally) -> None:
        self.emitted += other.emitted
        self.right += other.right
        self.truths += other.truths
        self.found += other.found


PairKey = Callable[[str, str], str]


def doc_pair_key(outline: Outline, group_national: bool = True) -> PairKey:
    """(child, parent) -> 'child doc -> parent doc'; the national documents as one group."""
    def key(child: str, parent: str) -> str:
        doc = outline.doc_of(parent)
        if group_national and doc in outline.national_docs:
            doc = NATIONAL_GROUP
        return f"{outline.doc_of(child)} -> {doc}"
    return key


def tally(links: Iterable[Link], judged: Judged, outline: Outline,
          key: PairKey | None = None) -> dict[str, Tally]:
    """Per key (by default the document pair): emitted, true emitted, true parents, found."""
    key = key or doc_pair_key(outline)
    rows: dict[str, Tally] = defaultdict(Tally)
    emitted: dict[str, list[str]] = defaultdict(list)
    for link in judged_links(links, judged, outline):
        row = rows[key(link.child, link.parent)]
        row.emitted += 1
        row.right += is_true(link.parent, judged.parents[link.child], outline)
        emitted[link.child].append(link.parent)
    for child, truth in judged.parents.items():
        for parent in truth:
            row = rows[key(child, parent)]
            row.truths += 1
            row.found += any(is_true(p, {parent}, outline) for p in emitted.get(child, ()))
    return dict(sorted(rows.items()))


def pooled(rows: Mapping[str, Tally]) -> Tally:
    total = Tally()
    for row in rows.values():
        total.add(row)
    return total


@dataclass(frozen=True)
class CurvePoint:
    threshold: float
    emitted: int
    precision: float
    recall: float


def pr_curve(links: Sequence[Link], judged: Judged, outline: Outline,
             thresholds: Iterable[float] = THRESHOLDS) -> list[CurvePoint]:
    """Precision and recall when only links scored at least the threshold are kept."""
    links = judged_links(links, judged, outline)
    points = []
    for t in thresholds:
        total = pooled(tally([x for x in links if x.score >= t], judged, outline))
        points.append(CurvePoint(t, total.emitted, total.precision, total.recall))
    return points


@dataclass(frozen=True)
class Bin:
    low: float
    high: float
    count: int
    mean_score: float
    observed: float  # share of the bin's links that are true (nan when empty)


def calibration(links: Sequence[Link], judged: Judged, outline: Outline, bins: int = 10) -> list[Bin]:
    """Score bins -> how often a link of that bin is true: a calibrated score matches."""
    members: list[list[tuple[float, bool]]] = [[] for _ in range(bins)]
    for link in judged_links(links, judged, outline):
        i = min(int(link.score * bins), bins - 1) if link.score > 0 else 0
        members[i].append((link.score, is_true(link.parent, judged.parents[link.child], outline)))
    out = []
    for i, m in enumerate(members):
        mean = sum(s for s, _ in m) / len(m) if m else float("nan")
        observed = sum(ok for _, ok in m) / len(m) if m else float("nan")
        out.append(Bin(round(i / bins, 3), round((i + 1) / bins, 3), len(m), mean, observed))
    return out


# -- reading a graph ----------------------------------------------------------------------------

def outline_of(graph: Subgraph) -> Outline:
    measures = {i: n for i, n in graph.nodes.items() if n.label == Label.MEASURE}
    container = {r.end: r.start for r in graph.relationships.values()
                 if r.type == RelType.CONTAINS and r.start in measures and r.end in measures}
    national = frozenset(i for i, n in graph.nodes.items()
                         if n.label == Label.DOCUMENT and n.props.get("source") == NATIONAL)
    return Outline(container=container,
                   kind={i: str(n.props.get("kind") or "") for i, n in measures.items()},
                   doc={i: str(n.props.get("doc_id") or i.split("#", 1)[0]) for i, n in measures.items()},
                   national_docs=national)


def inferred_links(graph: Subgraph) -> list[Link]:
    """Every inferred Measure -> Measure IMPLEMENTS or SIMILAR_TO link of the graph."""
    out = []
    for rel in graph.relationships.values():
        if rel.type not in (RelType.IMPLEMENTS, RelType.SIMILAR_TO) or rel.props.get("basis") != "inferred":
            continue
        start, end = graph.nodes.get(rel.start), graph.nodes.get(rel.end)
        if start is None or end is None or start.label != Label.MEASURE or end.label != Label.MEASURE:
            continue
        out.append(Link(rel.start, rel.end, float(rel.props.get("score") or 0.0),
                        str(rel.type),
                        str(rel.props.get("method") or "")))
    return sorted(out, key=lambda x: (x.child, x.parent, x.type))


def labelled_pairs(graph: Subgraph, judged: Judged | None = None) -> Iterator[tuple[str, str, bool, int]]:
    """(child id, parent id, label, fold) for EVERY measure of every parent document of every
    judged child: the full labelled candidate set, not only the pairs the linker proposes."""
    judged = judged or load_judgements()
    outline = outline_of(graph)
    by_doc: dict[str, list[str]] = defaultdict(list)
    for measure_id in sorted(outline.kind):
        by_doc[outline.doc_of(measure_id)].append(measure_id)
    for child in sorted(judged.parents):
        k = fold(child)
        for doc in sorted(judged.docs.get(child, ())):
            for parent in by_doc.get(doc, ()):
                yield child, parent, is_true(parent, judged.parents[child], outline), k


# -- report -------------------------------------------------------------------------------------

def doc_names(graph: Subgraph) -> dict[str, str]:
    """Document id -> a short readable name (region and 文号 or the start of the title)."""
    names = {NATIONAL_GROUP: "national items"}
    for node_id, node in graph.nodes.items():
        if node.label == Label.DOCUMENT:
            p = node.props
            names[node_id] = f"{p.get('region') or '?'} {p.get('doc_number') or str(p.get('title') or '')[:10]}"
    return names


def rows_table(rows: Mapping[str, Tally], names: Mapping[str, str]) -> list[str]:
    out = [f"  {'child doc -> parent doc':<52} {'emitted':>7} {'true':>5} {'prec':>6} "
           f"{'parents':>7} {'found':>5} {'recall':>6}"]
    for key, r in rows.items():
        child, parent = key.split(" -> ")
        label = f"{names.get(child, child)} -> {names.get(parent, parent)}"
        out.append(f"  {label:<52} {r.emitted:>7} {r.right:>5} {r.precision:>6.3f} "
                   f"{r.truths:>7} {r.found:>5} {r.recall:>6.3f}")
    total = pooled(rows)
    out.append(f"  {'pooled':<52} {total.emitted:>7} {total.right:>5} {total.precision:>6.3f} "
               f"{total.truths:>7} {total.found:>5} {total.recall:>6.3f}")
    return out


def report(graph: Subgraph, judged: Judged | None = None,
           cross_validated: Sequence[Link] | None = None) -> str:
    """The tables for the graph's own links (the shipped linker, whose models were trained on
    every judged child: in sample) and, when given, for `cross_validated` links (each child's
    links from models fitted without its fold: out of sample). The per-fold table, the curve
    and the calibration use the out-of-sample links when there are any."""
    judged = judged or load_judgements()
    outline = outline_of(graph)
    links = inferred_links(graph)
    names = doc_names(graph)
    scoped = judged_links(links, judged, outline)
    outside = sum(1 for x in links if x.child in judged.parents) - len(scoped)
    lines = [f"judged children: {len(judged.parents)}, true parents: "
             f"{sum(len(p) for p in judged.parents.values())}; inferred Measure links in the graph: "
             f"{len(links)}, from judged children into their parent documents: {len(scoped)} "
             f"(+{outside} into other documents, not scored)"]
    parts = [("the shipped linker, all judged children (IN SAMPLE: its models were trained on them)",
              links)]
    if cross_validated is not None:
        parts.append(("cross-validated, all judged children (OUT OF SAMPLE: each child's links "
                      "come from models fitted without its fold)", list(cross_validated)))
    for title, part in parts:
        lines += ["", f"{title}"]
        lines += rows_table(tally(part, judged, outline), names)
    which, chosen = parts[-1]
    lines += ["", f"per fold (pooled; {which.split(',')[0]}): fold, children, emitted, precision, recall"]
    for k in range(FOLDS):
        part_judged = judged.restrict([k])
        t = pooled(tally(chosen, part_judged, outline))
        lines.append(f"  {k} {len(part_judged.parents):>4} {t.emitted:>6} {t.precision:>7.3f} {t.recall:>7.3f}")
    lines += ["", "precision-recall over the score: threshold, emitted, precision, recall"]
    for p in pr_curve(chosen, judged, outline):
        lines.append(f"  >= {p.threshold:.1f} {p.emitted:>6} {p.precision:>7.3f} {p.recall:>7.3f}")
    lines += ["", "calibration: score bin, links, mean score, observed precision"]
    for b in calibration(chosen, judged, outline):
        observed = "   -" if b.count == 0 else f"{b.observed:.3f}"
        mean = "   -" if b.count == 0 else f"{b.mean_score:.3f}"
        lines.append(f"  [{b.low:.1f}, {b.high:.1f}) {b.count:>6} {mean:>6} {observed:>6}")
    return "\n".join(lines)
