"""The shipped linker, out of sample: its links from children of the real documents of other
places (tests/data/real) into the national items, against tests/linking/real_judgements.json.

    python tools/eval_real_linking.py              # the tables
    python tools/eval_real_linking.py --verbose    # also every false link and every missed parent
    python tools/eval_real_linking.py --seed       # also the same national figure on the seed's children
    python tools/eval_real_linking.py --draw N     # only the N-th draw's children (draws 33 and later are
                                                   # held out: HELD_OUT_DRAWS)

Builds the graph of every real document WITH lineage (graph.pipeline.build_graph, the shipped
models: the pair model trained on the seed alone, the topic model on the seed and on the draws
of these judgements that are not held out, tools/train_linker.REAL_DRAWS, so that the held-out draw
is out of sample), resolves each judged child by its source
file (relative to tests/data/real) and outline path, so that an extractor change of a document's
id does not lose it (a child no longer extracted is reported and left out), and scores every
inferred Measure link (IMPLEMENTS or SIMILAR_TO) it emits into a national document: precision =
true links / all links emitted from the judged children into national documents; recall = true
parents found / true parents. A point is accepted for its item and the item for its point
(tests/linking/evaluate_all.is_true). Reported pooled; by the child's document level
(provincial / municipal / county / none); by strength (recall of strong and partial parents);
by the link's method (model: the pair model; topic: the topic model); by national document; by
draw; and a calibration table (links and share true per score bin). `--seed` adds the figure to
compare with: the same shipped linker's links into the national documents from the judged
children of the seed corpus (tests/linking/judgements.json, national parents only), for the 166
children the pair model was trained on and the 91 judged after (the fourth session's); the topic
model, which gives almost every national link, is trained on all 257 (in sample). `--draw N` scores only the children of draw N
(an entry's `draw`, else its `sample`: first 1, second 2). Draws 3 to 8 were each held out
until a later draw replaced them (each scored as such in BENCHMARKS.md), then trained on (6 and
7 together when the eighth came, 8 when the ninth came, 9 when the tenth came, 10 when the eleventh
came, 11 when the twelfth came, 12 when the thirteenth came, and so on: 17 when the eighteenth came,
22 and 23 when the twenty-fourth came, 24 to 26 when the twenty-seventh came, 27 and 28 when the
twenty-ninth came, 29 when the thirtieth came, 30 when the thirty-first came, 31 when the thirty-third came, 32 when the thirty-fifth came); each draw from the thirteenth to
the twenty-third, and the twenty-fifth, twenty-sixth, twenty-eighth to thirty-eighth, is drawn from documents none of whose measures had been judged (the twenty-fourth
and twenty-seventh are not: the pool of items of such documents had run dry). The draws held out now
(HELD_OUT_DRAWS) are read as a whole, not child by child: `--verbose` leaves its children out, and refuses
`--verbose --draw 33` … `--verbose --draw 38`.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from policy_cascades.graph.model import Label, Subgraph  # noqa: E402
from policy_cascades.graph.pipeline import build_graph, corpus_files, extract, seed_corpus  # noqa: E402
from tests.linking.evaluate_all import (  # noqa: E402
    JUDGEMENTS as SEED_JUDGEMENTS,
)
from tests.linking.evaluate_all import (  # noqa: E402
    Judged,
    Link,
    Outline,
    Tally,
    inferred_links,
    is_true,
    judged_links,
    load_judgements,
    outline_of,
    pooled,
    tally,
)
from tools.sample_real_children import real_documents  # noqa: E402

JUDGEMENTS = ROOT / "tests" / "linking" / "real_judgements.json"
BINS = ((0.0, 0.5), (0.5, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01))
DRAW_NAMES = {"first draw": 1, "second draw": 2}
HELD_OUT_DRAWS = frozenset({33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81})  # read as a whole only: --verbose leaves their children out


@dataclass
class Resolved:
    """The judgements mapped onto the graph's current measure ids."""
    judged: Judged  # child id -> true parents; parent documents: the national ones
    entries: dict[str, dict[str, object]]  # child id -> its judgement entry
    strengths: dict[tuple[str, str], str]  # (child id, parent id) -> strong / partial
    missing: list[dict[str, object]]  # entries whose (source, path) is no longer extracted


def draw_of(entry: Mapping[str, object]) -> int | None:
    """The draw an entry comes from: its `draw`, else the number its `sample` names."""
    value = entry.get("draw")
    if isinstance(value, int):
        return value
    return DRAW_NAMES.get(str(entry.get("sample") or "").split(":")[0])


def resolve(graph: Subgraph, files_of: Mapping[str, str], outline: Outline,
            path: Path = JUDGEMENTS, draw: int | None = None) -> Resolved:
    """Each judged child by (source, path) in the graph; its parents are national measure ids.
    With `draw`, only the children of that draw."""
    where = {(files_of.get(str(n.props.get("doc_id"))), str(n.props.get("path"))): i
             for i, n in graph.nodes.items() if n.label == Label.MEASURE}
    out = Resolved(Judged(), {}, {}, [])
    for entry in json.loads(path.read_text("utf-8"))["children"]:
        if draw is not None and draw_of(entry) != draw:
            continue
        child = where.get((entry["source"], entry["path"]))
        if child is None:
            out.missing.append(entry)
            continue
        out.judged.parents[child] = frozenset(p["id"] for p in entry["parents"])
        out.judged.docs[child] = outline.national_docs
        out.entries[child] = entry
        for p in entry["parents"]:
            out.strengths[(child, p["id"])] = p["strength"]
    return out


def level_key(resolved: Resolved) -> Callable[[str, str], str]:
    return lambda child, _parent: str(resolved.entries[child].get("level") or "none")


def _national_name(graph: Subgraph, doc_id: str) -> str:
    p = graph.nodes[doc_id].props
    return f"{p.get('doc_number') or str(p.get('title') or '')[:12]} {p.get('date') or ''}".strip()


def table(title: str, rows: Mapping[str, Tally], total: bool = True) -> list[str]:
    out = [title, f"  {'':<34} {'emitted':>7} {'true':>5} {'prec':>6} {'parents':>7} {'found':>5} {'recall':>6}"]
    for key, r in [*rows.items(), *([("pooled", pooled(rows))] if total else [])]:
        out.append(f"  {key:<34} {r.emitted:>7} {r.right:>5} {r.precision:>6.3f} "
                   f"{r.truths:>7} {r.found:>5} {r.recall:>6.3f}")
    return out


def by_strength(links: Iterable[Link], resolved: Resolved, outline: Outline) -> list[str]:
    emitted: dict[str, list[str]] = defaultdict(list)
    for link in links:
        emitted[link.child].append(link.parent)
    counts: Counter[tuple[str, bool]] = Counter()
    for (child, parent), strength in resolved.strengths.items():
        found = any(is_true(p, {parent}, outline) for p in emitted.get(child, ()))
        counts[(strength, found)] += 1
    out = ["recall by strength: true parents, found, recall"]
    for strength in ("strong", "partial"):
        n = counts[(strength, True)] + counts[(strength, False)]
        out.append(f"  {strength:<8} {n:>5} {counts[(strength, True)]:>5} "
                   f"{counts[(strength, True)] / n if n else float('nan'):>7.3f}")
    return out


def calibration(links: Iterable[Link], resolved: Resolved, outline: Outline) -> list[str]:
    out = ["calibration: score bin, links, mean score, share true"]
    for low, high in BINS:
        part = [x for x in links if low <= x.score < high]
        if not part and low == 0.0:
            continue
        right = sum(is_true(x.parent, resolved.judged.parents[x.child], outline) for x in part)
        mean = sum(x.score for x in part) / len(part) if part else float("nan")
        out.append(f"  {low:.1f}-{min(high, 1.0):.1f} {len(part):>6} {mean:>7.3f} "
                   f"{right / len(part) if part else float('nan'):>7.3f}")
    return out


def details(graph: Subgraph, links: Iterable[Link], resolved: Resolved, outline: Outline) -> list[str]:
    """Every false link and every missed true parent, with the child's heading."""
    def name(measure: str) -> str:
        doc, path = measure.split("#", 1)
        return f"{_national_name(graph, doc)}#{path} {graph.nodes[measure].props.get('heading')}"
    out = ["false links: score, method, child (source path: heading) -> parent"]
    emitted: dict[str, list[str]] = defaultdict(list)
    for x in sorted(links, key=lambda x: -x.score):
        emitted[x.child].append(x.parent)
        if not is_true(x.parent, resolved.judged.parents[x.child], outline):
            e = resolved.entries[x.child]
            out.append(f"  {x.score:.3f} {x.method:<5} {e['source']} {e['path']}: "
                       f"{str(e['heading'])[:40]} -> {name(x.parent)}")
    out.append("missed true parents: strength, child (source path: heading) -> parent")
    for (child, parent), strength in sorted(resolved.strengths.items()):
        if not any(is_true(p, {parent}, outline) for p in emitted.get(child, ())):
            e = resolved.entries[child]
            out.append(f"  {strength:<7} {e['source']} {e['path']}: {str(e['heading'])[:40]} -> {name(parent)}")
    return out


def _only(resolved: Resolved, children: set[str]) -> Resolved:
    """The judgements of `children` alone."""
    judged = Judged({c: p for c, p in resolved.judged.parents.items() if c in children},
                    {c: d for c, d in resolved.judged.docs.items() if c in children})
    return Resolved(judged,
                    {c: e for c, e in resolved.entries.items() if c in children},
                    {k: v for k, v in resolved.strengths.items() if k[0] in children},
                    resolved.missing)


def report(graph: Subgraph, files_of: Mapping[str, str], verbose: bool = False,
           draw: int | None = None) -> str:
    outline = outline_of(graph)
    resolved = resolve(graph, files_of, outline, draw=draw)
    judged = resolved.judged
    every = [x for x in inferred_links(graph) if x.child in judged.parents]
    links = judged_links(every, judged, outline)
    linked = {x.child for x in links}
    with_parent = [c for c, ps in judged.parents.items() if ps]
    scope = "" if draw is None else f"draw {draw} only: "
    lines = [f"{scope}judged children: {len(resolved.entries)} resolved by (source, path), "
             f"{len(resolved.missing)} no longer extracted; true parents: "
             f"{sum(map(len, judged.parents.values()))}; inferred links from them into national "
             f"documents: {len(links)} (+{len(every) - len(links)} into other real documents, not scored)",
             f"children with a true parent: {len(with_parent)}, of them with no national link at all: "
             f"{sum(c not in linked for c in with_parent)}; children with no true parent but a national "
             f"link: {sum(c in linked for c, ps in judged.parents.items() if not ps)}"]
    for e in resolved.missing:
        lines.append(f"  not extracted: {e['source']} {e['path']} ({e['child']})")
    lines += ["", *table("pooled", tally(links, judged, outline, lambda c, p: "judged children"), total=False)]
    lines += ["", *table("by the child's document level", tally(links, judged, outline, level_key(resolved)))]
    lines += ["", *by_strength(links, resolved, outline)]
    methods = sorted({x.method for x in links})
    lines += ["", *table("by method (recall: true parents found by that method's links)",
                         {m: pooled(tally([x for x in links if x.method == m], judged, outline,
                                          lambda c, p: "all")) for m in methods}, total=False)]
    def theme(_child: str, parent: str) -> str:
        return str(graph.nodes[parent].props.get("heading") or parent)[:12]
    lines += ["", *table("by national item (both 2020 六保 documents together)", tally(links, judged, outline, theme))]
    lines += ["", *table("by national document", tally(
        links, judged, outline, lambda c, p: _national_name(graph, outline.doc_of(p))))]
    draws = {c: f"draw {draw_of(e)}" for c, e in resolved.entries.items()}
    lines += ["", *table("by draw", tally(links, judged, outline, lambda c, p: draws[c]))]
    lines += ["", *calibration(links, resolved, outline)]
    if verbose:  # child by child, the held-out draws left out
        shown = {c for c, e in resolved.entries.items() if draw_of(e) not in HELD_OUT_DRAWS}
        lines += ["", *details(graph, [x for x in links if x.child in shown],
                               _only(resolved, shown), outline)]
    return "\n".join(lines)


def seed_national() -> str:
    """The shipped linker's links into the national documents from the seed's judged children,
    against their national parents: the first 166 and the 91 of the fourth session (both in
    sample for the topic model, trained on all 257)."""
    graph = build_graph(extract(corpus_files([seed_corpus()])).documents)
    outline = outline_of(graph)
    judged = load_judgements()
    later = {e["child"] for e in json.loads(SEED_JUDGEMENTS.read_text("utf-8"))["children"]
             if "fourth session" in str(e.get("sample") or "")}
    national = Judged({c: frozenset(p for p in ps if outline.doc_of(p) in outline.national_docs)
                       for c, ps in judged.parents.items()},
                      dict.fromkeys(judged.parents, outline.national_docs))
    links = judged_links(inferred_links(graph), national, outline)

    def part(c: str, _p: str) -> str:
        return "later 91 (in sample)" if c in later else "first 166 (in sample)"
    return "\n".join(table("the seed's children -> national documents, the same shipped linker",
                           tally(links, national, outline, part)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--verbose", action="store_true", help="list every false link and missed parent")
    parser.add_argument("--seed", action="store_true", help="also the national figure on the seed's children")
    parser.add_argument("--draw", type=int, help="only the children of this draw (3, 4: held out, no --verbose)")
    args = parser.parse_args(argv)
    if args.verbose and args.draw in HELD_OUT_DRAWS:
        parser.error(f"draw {args.draw} is held out: read its figures, not its children (no --verbose)")
    started = time.perf_counter()
    documents, files_of = real_documents()
    graph = build_graph(documents, lineage=True)
    print(f"graph of {len(documents)} real documents linked in {time.perf_counter() - started:.1f}s; "  # noqa: T201
          f"load average {os.getloadavg()[0]:.2f}")
    print(report(graph, files_of, args.verbose, args.draw))  # noqa: T201
    if args.seed:
        print()  # noqa: T201
        print(seed_national())  # noqa: T201
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
