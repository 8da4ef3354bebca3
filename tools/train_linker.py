"""Train the two link models on hand-judged children and report them on children they never saw.

    python tools/train_linker.py            # cross-validated report only
    python tools/train_linker.py --write    # ... and write graph/data/link_model.json and
                                            #     graph/data/topic_model.json
    python tools/train_linker.py --splits 5 # ... and the whole procedure on 5 other splits
    python tools/train_linker.py --sample T # ... and the figures on the children whose judgement's
                                            #     `sample` holds T alone (held-out folds too)

The judgements (tests/linking/judgements.json) list, for each sampled child measure, every
measure of its candidate parent documents that it truly carries out. Two models share them:

- the pair model scores (child, parent measure) candidates from graph/link/pairs.py; a pair is
  true when its parent is a true parent, a point of a true parent item, or the item holding a
  true parent point;
- the topic model scores (child, theme) rows from graph/link/topics.py; a row is true when a
  true parent of the child is a national item of that theme.

Children fall into five folds by a hash of their id (tests/linking/evaluate_all.fold). For each
model, every held-out score comes from a model fitted without the child's fold; the threshold
(and the cap per parent document or per theme family) is the one with the highest held-out
recall at a held-out precision of at least TARGET over the model's own links. The shipped models
are then fitted on every judged child with those settings.

A link's score is its model probability recalibrated (LinkModel.calibrated, Platt scaling):
logit(score) = a logit(p) + b, fitted on whether each link the cross-validated linker emitted
is true. The shipped (a, b) is fitted on the links of every fold; the out-of-sample report
recalibrates each fold's links with (a, b) fitted on the other folds' links only.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.preprocessing import StandardScaler  # noqa: E402

from policy_cascades.graph.link.facts import Facts  # noqa: E402
from policy_cascades.graph.link.measures import _closure, candidates, link_measures, select  # noqa: E402
from policy_cascades.graph.link.model import LinkModel  # noqa: E402
from policy_cascades.graph.link.pairs import FEATURES, Candidates, is_child  # noqa: E402
from policy_cascades.graph.link.topics import (  # noqa: E402
    TOPIC_FEATURES,
    TopicRows,
    select_topics,
    theme_items,
    topic_rows,
)
from policy_cascades.graph.model import Label, RelType, Subgraph  # noqa: E402
from policy_cascades.graph.pipeline import build_graph, corpus_files, extract, seed_corpus  # noqa: E402
from tests.linking.evaluate_all import (  # noqa: E402  (one judging rule for both tools)
    FOLDS,
    Judged,
    Link,
    Outline,
    doc_names,
    doc_pair_key,
    fold,
    inferred_links,
    is_true,
    judged_links,
    load_judgements,
    outline_of,
    pooled,
    rows_table,
    tally,
)

JUDGEMENTS = ROOT / "tests" / "linking" / "judgements.json"
DATA = ROOT / "graph" / "data"
TARGET = 0.85  # the least held-out precision a setting may have
RECALL_TIE = 0.01
THRESHOLDS = [round(x, 2) for x in np.arange(0.2, 0.91, 0.05)]
CAPS = (1, 2, 3)


class Seed:
    """The seed graph and what the models are trained from."""

    def __init__(self) -> None:
        self.graph = build_graph(extract(corpus_files([seed_corpus()])).documents, lineage=False)
        declared: dict[str, set[str]] = defaultdict(set)
        for rel in self.graph.relationships.values():
            if (rel.type == RelType.IMPLEMENTS and self.graph.nodes[rel.start].label == Label.DOCUMENT
                    and self.graph.nodes[rel.end].label == Label.DOCUMENT):
                declared[rel.start].add(rel.end)
        self.facts = Facts.of(self.graph)
        self.closure = _closure(declared)
        self.outline: Outline = outline_of(self.graph)
        self.items = theme_items(self.facts)
        self.theme_of = {item: theme for theme, ids in self.items.items() for item in ids}

    def split(self, truth: Judged) -> tuple[Judged, Judged]:
        """The judgements seen by each model: (true parents other than theme items, only them)."""
        pair = {c: frozenset(p for p in ps if p not in self.theme_of) for c, ps in truth.parents.items()}
        topic = {c: frozenset(p for p in ps if p in self.theme_of) for c, ps in truth.parents.items()}
        return Judged(pair, truth.docs), Judged(topic, truth.docs)


def pair_data(seed: Seed, truth: Judged) -> tuple[Candidates, np.ndarray]:
    """The candidate pairs of judged children into their judged documents, labelled."""
    found = candidates(seed.facts, seed.closure)
    keep = [i for i in range(len(found))
            if (child := found.ids[found.child[i]]) in truth.parents
            and seed.outline.doc_of(found.ids[found.parent[i]]) in truth.docs[child]]
    pairs = Candidates(found.ids, found.child[keep], found.parent[keep], found.x[keep])
    labels = np.array([is_true(pairs.ids[p], truth.parents[pairs.ids[c]], seed.outline)
                       for c, p in zip(pairs.child, pairs.parent, strict=True)], bool)
    return pairs, labels


def topic_data(seed: Seed, truth: Judged) -> tuple[TopicRows, np.ndarray]:
    """The (child, theme) rows of judged children, labelled."""
    rows = topic_rows(seed.facts)
    keep = [i for i, child in enumerate(rows.child) if child in truth.parents]
    judged = TopicRows([rows.child[i] for i in keep], [rows.theme[i] for i in keep], rows.x[keep])
    labels = np.array([any(seed.theme_of.get(p) == theme for p in truth.parents[child])
                       for child, theme in zip(judged.child, judged.theme, strict=True)], bool)
    return judged, labels


def fit(x: np.ndarray, labels: np.ndarray, features: tuple[str, ...]) -> LinkModel:
    scaler = StandardScaler().fit(x)
    scale = np.where(scaler.scale_ > 0, scaler.scale_, 1.0)
    model = LogisticRegression(C=0.5, max_iter=2000).fit((x - scaler.mean_) / scale, labels)
    return LinkModel(features=features, mean=tuple(float(v) for v in scaler.mean_),
                     scale=tuple(float(v) for v in scale),
                     coef=tuple(float(v) for v in model.coef_[0]),
                     intercept=float(model.intercept_[0]), threshold=0.5, per_document=2)


def held_out(x: np.ndarray, labels: np.ndarray, children: list[str],
             features: tuple[str, ...], split: int = 0) -> np.ndarray:
    """Each row's score from the model fitted on the other folds."""
    folds = np.array([fold(c, split) for c in children])
    scores = np.zeros(len(x))
    for k in range(FOLDS):
        train, test = folds != k, folds == k
        if test.any() and len(set(labels[train].tolist())) == 2:
            scores[test] = fit(x[train], labels[train], features).probabilities(x[test])
    return scores


def pair_links(pairs: Candidates, scores: np.ndarray, threshold: float, cap: int) -> list[Link]:
    return [Link(pairs.ids[pairs.child[i]], pairs.ids[pairs.parent[i]], float(scores[i]))
            for i in select(pairs, scores, threshold, cap)]


def topic_links(seed: Seed, rows: TopicRows, scores: np.ndarray, threshold: float,
                cap: int) -> list[Link]:
    return [Link(rows.child[i], item, float(scores[i]))
            for i in select_topics(rows, scores, threshold, cap) for item in seed.items[rows.theme[i]]]


Emit = Callable[[np.ndarray, float, int], list[Link]]


def sweep(name: str, emit: Emit, scores: np.ndarray, truth: Judged, seed: Seed,
          quiet: bool = False) -> tuple[float, int]:
    """Print held-out precision and recall per setting; return the setting of highest recall
    at precision >= TARGET, or, within RECALL_TIE of it, the one of highest precision (fewer
    links for the same finds)."""
    if not quiet:
        print(f"\n{name}, held out (5 folds by child): threshold, cap -> links, precision, recall")
    found: list[tuple[float, float, float, int]] = []  # recall, precision, threshold, cap
    for cap in CAPS:
        for threshold in THRESHOLDS:
            total = pooled(tally(emit(scores, threshold, cap), truth, seed.outline))
            if not quiet:
                print(f"  {threshold:.2f} {cap} -> {total.emitted:>4} {total.precision:.3f} {total.recall:.3f}")
            if total.precision >= TARGET:
                found.append((total.recall, total.precision, threshold, cap))
    if not found:
        return 0.9, 1
    best = max(recall for recall, _, _, _ in found)
    near = [f for f in found if f[0] >= best - RECALL_TIE]
    _, _, threshold, cap = max(near, key=lambda f: (f[1], f[0]))  # precision, then recall
    return threshold, cap


def train(seed: Seed, truth: Judged, pair_setting: tuple[float, int],
          topic_setting: tuple[float, int]) -> tuple[LinkModel, LinkModel]:
    """Both models fitted on `truth`, with the given (threshold, cap) settings."""
    pair_truth, topic_truth = seed.split(truth)
    pairs, labels = pair_data(seed, pair_truth)
    rows, row_labels = topic_data(seed, topic_truth)
    pair = replace(fit(pairs.x, labels, FEATURES), threshold=pair_setting[0], per_document=pair_setting[1])
    topic = replace(fit(rows.x, row_labels, TOPIC_FEATURES), threshold=topic_setting[0],
                    per_document=topic_setting[1])
    return pair, topic


def raw_links(seed: Seed, truth: Judged, pair_setting: tuple[float, int],
              topic_setting: tuple[float, int], split: int = 0) -> list[Link]:
    """Every inferred link of the judged children, each from the linker run with models
    fitted without the child's fold, scored by the models' probability (not recalibrated)."""
    out: list[Link] = []
    for k in range(FOLDS):
        models = train(seed, truth.restrict(set(range(FOLDS)) - {k}, split), pair_setting,
                       topic_setting)
        linked = Subgraph()
        linked.merge(seed.graph)
        linked.merge(link_measures(seed.graph, seed.closure, *models))
        held = truth.restrict([k], split)
        out += [x for x in inferred_links(linked) if x.child in held.parents]
    return out


def platt(links: list[Link], truth: Judged, outline: Outline) -> tuple[float, float]:
    """(a, b) of logit(score) = a logit(p) + b, fitted by logistic regression on whether each
    link into the child's judged documents is true (LinkModel.calibrated)."""
    scoped = judged_links(links, truth, outline)
    right = np.array([is_true(x.parent, truth.parents[x.child], outline) for x in scoped], bool)
    if len(set(right.tolist())) < 2:
        return 1.0, 0.0
    p = np.clip([x.score for x in scoped], 1e-6, 1 - 1e-6)
    model = LogisticRegression(C=100.0).fit(np.log(p / (1 - p))[:, None], right)
    return float(model.coef_[0][0]), float(model.intercept_[0])


def cross_validated_links(seed: Seed, truth: Judged, pair_setting: tuple[float, int],
                          topic_setting: tuple[float, int],
                          raw: list[Link] | None = None, split: int = 0) -> list[Link]:
    """Every inferred link of the judged children, each from the linker run with models
    fitted without the child's fold, and its score recalibrated by Platt scaling fitted on the
    links of the other folds: the out-of-sample output."""
    raw = raw if raw is not None else raw_links(seed, truth, pair_setting, topic_setting, split)
    out: list[Link] = []
    for k in range(FOLDS):
        others = truth.restrict(set(range(FOLDS)) - {k}, split)
        model = replace(LinkModel((), (), (), (), 0.0, 0.0, 1),
                        calibration=platt([x for x in raw if x.child in others.parents], others, seed.outline))
        held = [x for x in raw if fold(x.child, split) == k]
        scores = model.calibrated(np.array([x.score for x in held]))
        out += [replace(x, score=round(float(s), 3)) for x, s in zip(held, scores, strict=True)]
    return out


def sampled(path: Path, text: str) -> set[str]:
    """The children whose judgement's `sample` holds `text` (those added in one sampling)."""
    entries = json.loads(path.read_text("utf-8"))["children"]
    return {e["child"] for e in entries if text and text in str(e.get("sample") or "")}


def only(truth: Judged, children: set[str]) -> Judged:
    return Judged({c: p for c, p in truth.parents.items() if c in children},
                  {c: d for c, d in truth.docs.items() if c in children})


def other_splits(seed: Seed, truth: Judged, splits: int, focus: set[str] | None = None) -> str:
    """The whole procedure (held-out scores, settings by the sweep, the linker run per fold,
    nested calibration) on `splits` other random 5-fold splits of the same children: how much
    the reported split's figures owe to that one split. With `focus`, also the figures on
    those children alone."""
    pair_truth, topic_truth = seed.split(truth)
    pairs, labels = pair_data(seed, pair_truth)
    rows, row_labels = topic_data(seed, topic_truth)
    lines = ["other random splits (split, settings, held-out precision, recall):"]
    figures: list[tuple[float, float]] = []
    focused: list[tuple[float, float]] = []
    for split in range(1, splits + 1):
        pair_scores = held_out(pairs.x, labels, [pairs.ids[c] for c in pairs.child], FEATURES, split)
        topic_scores = held_out(rows.x, row_labels, rows.child, TOPIC_FEATURES, split)
        pair_setting = sweep("", lambda s, t, c: pair_links(pairs, s, t, c), pair_scores,
                             pair_truth, seed, quiet=True)
        topic_setting = sweep("", lambda s, t, c: topic_links(seed, rows, s, t, c), topic_scores,
                              topic_truth, seed, quiet=True)
        links = cross_validated_links(seed, truth, pair_setting, topic_setting, split=split)
        total = pooled(tally(links, truth, seed.outline))
        figures.append((total.precision, total.recall))
        lines.append(f"  {split} pair {pair_setting[0]:.2f} / {pair_setting[1]}, topic "
                     f"{topic_setting[0]:.2f} / {topic_setting[1]}: {total.precision:.3f} "
                     f"{total.recall:.3f}")
        if focus:
            part = pooled(tally(links, only(truth, focus), seed.outline))
            focused.append((part.precision, part.recall))
            lines[-1] += f"; the {len(focus)} sampled children alone {part.precision:.3f} {part.recall:.3f}"
    p, r = np.array(figures).T
    lines.append(f"  mean precision {p.mean():.3f} (min {p.min():.3f}), recall {r.mean():.3f} "
                 f"({r.min():.3f}-{r.max():.3f})")
    if focused:
        p, r = np.array(focused).T
        lines.append(f"  the sampled children alone: mean precision {p.mean():.3f} (min {p.min():.3f}), "
                     f"recall {r.mean():.3f} ({r.min():.3f}-{r.max():.3f})")
    return "\n".join(lines)


LOSSES = ("found", "capped", "under threshold", "no candidate", "not a child")


def recall_losses(seed: Seed, truth: Judged, pair_setting: tuple[float, int],
                  topic_setting: tuple[float, int]) -> dict[tuple[str, str], str]:
    """Where each true parent is lost, out of sample (held-out scores, 5 folds by child):
    found; capped (a candidate reaches the threshold but the cap per parent document or per
    theme family keeps others); under threshold (a candidate, or for a national theme item the
    (child, theme) row, scores under it); no candidate (no pair of the child with the parent,
    one of its points or its item among the pair model's TOP_K per ancestor region); not a
    child (the child is of a kind the linker never links). Keyed by (child, true parent)."""
    pair_truth, topic_truth = seed.split(truth)
    pairs, labels = pair_data(seed, pair_truth)
    rows, row_labels = topic_data(seed, topic_truth)
    pair_scores = held_out(pairs.x, labels, [pairs.ids[c] for c in pairs.child], FEATURES)
    topic_scores = held_out(rows.x, row_labels, rows.child, TOPIC_FEATURES)
    kept = set(select(pairs, pair_scores, *pair_setting).tolist())
    kept_rows = set(select_topics(rows, topic_scores, *topic_setting))
    by_child: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(pairs.child.tolist()):
        by_child[pairs.ids[c]].append(i)
    row_of = {(c, t): i for i, (c, t) in enumerate(zip(rows.child, rows.theme, strict=True))}
    out: dict[tuple[str, str], str] = {}
    for child, parents in truth.parents.items():
        for parent in parents:
            if not is_child(seed.facts, child):
                out[(child, parent)] = "not a child"
            elif parent in seed.theme_of:
                i = row_of[(child, seed.theme_of[parent])]
                out[(child, parent)] = ("found" if i in kept_rows else "capped"
                                        if topic_scores[i] >= topic_setting[0] else "under threshold")
            else:
                near = [i for i in by_child[child] if is_true(pairs.ids[pairs.parent[i]], {parent}, seed.outline)]
                out[(child, parent)] = ("no candidate" if not near else "found" if kept.intersection(near)
                                        else "capped" if pair_scores[near].max() >= pair_setting[0]
                                        else "under threshold")
    return out


def losses_table(seed: Seed, lost: dict[tuple[str, str], str], strengths: dict[tuple[str, str], str],
                 names: dict[str, str]) -> str:
    """The losses per document pair (and model: pair / topic), then pooled per judged strength."""
    key = doc_pair_key(seed.outline)
    rows: dict[str, Counter[str]] = defaultdict(Counter)
    for (child, parent), why in lost.items():
        model = "topic" if parent in seed.theme_of else "pair"
        rows[f"{key(child, parent)} -> {model}"][why] += 1
        rows[f"pooled, {strengths.get((child, parent)) or '?'}"][why] += 1
        rows["pooled"][why] += 1
    head = f"  {'child doc -> parent doc (model)':<46} {'parents':>7} " + " ".join(f"{x:>15}" for x in LOSSES)
    lines = ["where recall is lost, out of sample (held-out scores; found = the cross-validated "
             "table's found):", head]
    for name, counts in sorted(rows.items(), key=lambda kv: (kv[0].startswith("pooled"), kv[0])):
        parts = name.split(" -> ")
        label = (f"{names.get(parts[0], parts[0])} -> {names.get(parts[1], parts[1])} ({parts[2]})"
                 if len(parts) == 3 else name)
        lines.append(f"  {label:<46} {sum(counts.values()):>7} "
                     + " ".join(f"{counts[x]:>15}" for x in LOSSES))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help="write the two model files")
    parser.add_argument("--judgements", type=Path, default=JUDGEMENTS)
    parser.add_argument("--splits", type=int, default=0,
                        help="also run the whole procedure on this many other random splits")
    parser.add_argument("--sample", default="",
                        help="also report the children whose judgement's `sample` holds this text alone")
    args = parser.parse_args()
    truth = load_judgements(args.judgements)
    focus = sampled(args.judgements, args.sample)
    seed = Seed()
    pair_truth, topic_truth = seed.split(truth)
    pairs, labels = pair_data(seed, pair_truth)
    rows, row_labels = topic_data(seed, topic_truth)
    print(f"{len(truth.parents)} judged children; pair model: {len(pairs)} candidate pairs, "
          f"{labels.sum()} true, for {sum(map(len, pair_truth.parents.values()))} true parents; "
          f"topic model: {len(rows.child)} rows, {row_labels.sum()} true, for "
          f"{sum(map(len, topic_truth.parents.values()))} true national theme items")
    pair_scores = held_out(pairs.x, labels, [pairs.ids[c] for c in pairs.child], FEATURES)
    topic_scores = held_out(rows.x, row_labels, rows.child, TOPIC_FEATURES)
    pair_setting = sweep("pair model", lambda s, t, c: pair_links(pairs, s, t, c),
                         pair_scores, pair_truth, seed)
    topic_setting = sweep("topic model", lambda s, t, c: topic_links(seed, rows, s, t, c),
                          topic_scores, topic_truth, seed)
    print(f"\nchosen: pair model threshold {pair_setting[0]}, at most {pair_setting[1]} per parent "
          f"document; topic model threshold {topic_setting[0]}, at most {topic_setting[1]} "
          f"themes per family")
    raw = raw_links(seed, truth, pair_setting, topic_setting)
    held = cross_validated_links(seed, truth, pair_setting, topic_setting, raw)
    out_of_sample = pooled(tally(held, truth, seed.outline))
    print("\nthe whole linker, held out, per document pair:")
    print("\n".join(rows_table(tally(held, truth, seed.outline), doc_names(seed.graph))))
    if focus:
        print(f"... the {len(focus)} children of sample {args.sample!r} alone:")
        print("\n".join(rows_table(tally(held, only(truth, focus), seed.outline), doc_names(seed.graph))))
    calibration = platt(raw, truth, seed.outline)
    print(f"calibration (Platt, over the cross-validated links of every fold): "
          f"logit(score) = {calibration[0]:.3f} logit(p) + {calibration[1]:.3f}")
    pair, topic = (replace(m, calibration=calibration)
                   for m in train(seed, truth, pair_setting, topic_setting))
    linked = Subgraph()
    linked.merge(seed.graph)
    linked.merge(link_measures(seed.graph, seed.closure, pair, topic))
    in_sample = pooled(tally(inferred_links(linked), truth, seed.outline))
    figures = (f"Held out (5 folds, every link the linker emits): precision "
               f"{out_of_sample.precision:.3f}, recall {out_of_sample.recall:.3f}; in sample "
               f"{in_sample.precision:.3f}, {in_sample.recall:.3f}.")
    print(f"\nthe whole linker, {figures}")
    if args.splits:
        print(other_splits(seed, truth, args.splits, focus))
    if args.write:
        about = (f"trained by tools/train_linker.py on {len(truth.parents)} judged children "
                 f"(tests/linking/judgements.json). {figures}")
        for model, name, what in ((pair, "link_model.json", "graph/link/pairs.py"),
                                  (topic, "topic_model.json", "graph/link/topics.py")):
            model = replace(model, about=f"Logistic regression over {what} features, {about}")
            (DATA / name).write_text(json.dumps(model.to_json(), ensure_ascii=False, indent=1) + "\n")
            print(f"wrote graph/data/{name}")


if __name__ == "__main__":
    main()
