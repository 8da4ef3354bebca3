"""Train the link model on hand-judged children and report it on children it was not trained on.

    python tools/train_linker.py            # cross-validated report only
    python tools/train_linker.py --write    # ... and write graph/data/link_model.json

The judgements (tests/linking/judgements.json) list, for each sampled child measure, every
measure of its candidate parent documents that it truly carries out. Each candidate pair the
linker proposes for a judged child is labelled true when its parent is a true parent, a point
of a true parent item, or the item holding a true parent point. Children are split into five
folds by a hash of their id: every figure below the line "held out" comes from a model that
never saw that child. Precision counts every link the selection emits for the judged
children (whatever its parent); recall counts every true parent, found or not.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.preprocessing import StandardScaler  # noqa: E402

from policy_cascades.graph.link.facts import Facts  # noqa: E402
from policy_cascades.graph.link.measures import _closure, candidates, select  # noqa: E402
from policy_cascades.graph.link.model import LinkModel  # noqa: E402
from policy_cascades.graph.link.pairs import FEATURES, Candidates  # noqa: E402
from policy_cascades.graph.model import Label, RelType, Subgraph  # noqa: E402
from policy_cascades.graph.pipeline import build_graph, corpus_files, extract, seed_corpus  # noqa: E402
from tests.linking.evaluate_all import (  # noqa: E402  (one judging rule for both tools)
    FOLDS,
    Judged,
    Outline,
    fold,
    is_true,
    load_judgements,
    outline_of,
)

JUDGEMENTS = ROOT / "tests" / "linking" / "judgements.json"
MODEL = ROOT / "graph" / "data" / "link_model.json"
THRESHOLDS = [round(x, 2) for x in np.arange(0.2, 0.91, 0.05)]


def seed_facts() -> tuple[Facts, dict[str, set[str]], Subgraph]:
    graph = build_graph(extract(corpus_files([seed_corpus()])).documents)
    declared: dict[str, set[str]] = defaultdict(set)
    for rel in graph.relationships.values():
        if (rel.type == RelType.IMPLEMENTS and graph.nodes[rel.start].label == Label.DOCUMENT
                and graph.nodes[rel.end].label == Label.DOCUMENT):
            declared[rel.start].add(rel.end)
    return Facts.of(graph), _closure(declared), graph


def doc_of(measure_id: str) -> str:
    return measure_id.split("#", 1)[0]


def judged(found: Candidates, truth: Judged) -> Candidates:
    """The candidate pairs of judged children whose parent lies in a judged document."""
    keep = [i for i in range(len(found))
            if (child := found.ids[found.child[i]]) in truth.parents
            and (not truth.docs[child] or doc_of(found.ids[found.parent[i]]) in truth.docs[child])]
    return Candidates(found.ids, found.child[keep], found.parent[keep], found.x[keep])


def fit(x: np.ndarray, labels: np.ndarray) -> LinkModel:
    scaler = StandardScaler().fit(x)
    scale = np.where(scaler.scale_ > 0, scaler.scale_, 1.0)
    model = LogisticRegression(C=0.5, max_iter=2000).fit((x - scaler.mean_) / scale, labels)
    return LinkModel(features=FEATURES, mean=tuple(float(v) for v in scaler.mean_),
                     scale=tuple(float(v) for v in scale),
                     coef=tuple(float(v) for v in model.coef_[0]),
                     intercept=float(model.intercept_[0]), threshold=0.5, per_document=2)


def held_out(found: Candidates, labels: np.ndarray) -> np.ndarray:
    """Each pair's score from the model trained on the other folds."""
    folds = np.array([fold(found.ids[c]) for c in found.child])
    scores = np.zeros(len(found))
    for k in range(FOLDS):
        train, test = folds != k, folds == k
        if test.any() and len(set(labels[train].tolist())) == 2:
            scores[test] = fit(found.x[train], labels[train]).probabilities(found.x[test])
    return scores


def pair_key(facts: Facts, child: str, parent: str) -> str:
    def name(node_id: str) -> str:
        props = facts.measures[node_id].props
        return str(props.get("region") or "?")
    return f"{name(child)} -> {name(parent)}"


def report(facts: Facts, outline: Outline, truth: Judged, cands: Candidates, scores: np.ndarray,
           threshold: float, per_document: int) -> dict[str, tuple[int, int, int, int]]:
    """Per (child region -> parent region): emitted, true emitted, true parents, found."""
    rows: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    found: dict[str, set[str]] = defaultdict(set)
    for i in select(cands, scores, threshold, per_document):
        child, parent = cands.ids[cands.child[i]], cands.ids[cands.parent[i]]
        key = pair_key(facts, child, parent)
        rows[key][0] += 1
        if is_true(parent, truth.parents[child], outline):
            rows[key][1] += 1
            found[child].add(parent)
    for child, parents in truth.parents.items():
        for parent in parents:
            if parent not in facts.measures:
                continue
            key = pair_key(facts, child, parent)
            rows[key][2] += 1
            if any(is_true(f, {parent}, outline) for f in found[child]):
                rows[key][3] += 1
    return {k: (v[0], v[1], v[2], v[3]) for k, v in sorted(rows.items())}


def pooled(rows: dict[str, tuple[int, int, int, int]]) -> tuple[float, float]:
    emitted, right, true, hit = (sum(v[i] for v in rows.values()) for i in range(4))
    return (right / emitted if emitted else 1.0), (hit / true if true else 1.0)


def calibration(scores: np.ndarray, labels: np.ndarray) -> list[str]:
    lines = ["| score | pairs | true share |", "|---|---|---|"]
    for low in np.arange(0.0, 1.0, 0.1):
        inside = labels[(scores >= low) & (scores < low + 0.1)]
        if len(inside):
            lines.append(f"| {low:.1f}–{low + 0.1:.1f} | {len(inside)} | {inside.mean():.2f} |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help="write graph/data/link_model.json")
    parser.add_argument("--judgements", type=Path, default=JUDGEMENTS)
    args = parser.parse_args()
    truth = load_judgements(args.judgements)
    facts, closure, graph = seed_facts()
    outline = outline_of(graph)
    pairs = judged(candidates(facts, closure), truth)
    labels = np.array([is_true(pairs.ids[p], truth.parents[pairs.ids[c]], outline)
                       for c, p in zip(pairs.child, pairs.parent, strict=True)])
    print(f"{len(truth.parents)} judged children, {sum(map(len, truth.parents.values()))} true "
          f"parents; {len(pairs)} candidate pairs, {labels.sum()} true")
    covered = sum(any(is_true(pairs.ids[p], {t}, outline) for p in pairs.parent[
        [pairs.ids[c] == child for c in pairs.child]]) for child, ts in truth.parents.items()
        for t in ts)
    print(f"true parents among the candidates (the ceiling of recall): {covered}")
    out_of_sample = held_out(pairs, labels)
    best = None
    print("\nheld out (5 folds by child): threshold, per document -> precision, recall, "
          "worst pair precision, worst pair recall")
    for per_document in (1, 2, 3):
        for threshold in THRESHOLDS:
            rows = report(facts, outline, truth, pairs, out_of_sample, threshold, per_document)
            p, r = pooled(rows)
            worst_p = min((v[1] / v[0] for v in rows.values() if v[0] >= 3), default=1.0)
            worst_r = min((v[3] / v[2] for v in rows.values() if v[2] >= 3), default=1.0)
            print(f"  {threshold:.2f} {per_document} -> {p:.3f} {r:.3f} {worst_p:.3f} {worst_r:.3f}")
            if p >= 0.85 and (best is None or r > best[0]):
                best = (r, threshold, per_document)
    threshold, per_document = (best[1], best[2]) if best else (0.5, 1)
    rows = report(facts, outline, truth, pairs, out_of_sample, threshold, per_document)
    print(f"\nchosen: threshold {threshold}, at most {per_document} per parent document")
    print("| child -> parent | emitted | true | precision | true parents | found | recall |")
    print("|---|---|---|---|---|---|---|")
    for key, (emitted, right, true, hit) in rows.items():
        print(f"| {key} | {emitted} | {right} | {right / emitted if emitted else 1:.3f} | "
              f"{true} | {hit} | {hit / true if true else 1:.3f} |")
    p, r = pooled(rows)
    print(f"| pooled | | | {p:.3f} | | | {r:.3f} |")
    print("\ncalibration, held out:")
    print("\n".join(calibration(out_of_sample, labels)))
    final = fit(pairs.x, labels)
    in_sample = report(facts, outline, truth, pairs, final.probabilities(pairs.x), threshold, per_document)
    ip, ir = pooled(in_sample)
    print(f"\nin sample (trained on every judged child): precision {ip:.3f}, recall {ir:.3f}")
    if args.write:
        model = LinkModel(**{**final.__dict__, "threshold": threshold, "per_document": per_document,
                             "about": f"Logistic regression over graph/link/pairs.py features, "
                                      f"trained by tools/train_linker.py on {len(truth.parents)} "
                                      f"judged children ({len(pairs)} pairs). Held out (5 folds):"
                                      f" precision {p:.3f}, recall {r:.3f}; in sample "
                                      f"{ip:.3f}, {ir:.3f}."})
        MODEL.write_text(json.dumps(model.to_json(), ensure_ascii=False, indent=1) + "\n")
        print(f"wrote {MODEL.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
