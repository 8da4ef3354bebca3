"""Train the two link models on hand-judged children and report them on children they never saw.

    python tools/train_linker.py              # cross-validated report only
    python tools/train_linker.py --write      # ... and write graph/data/topic_model.json
    python tools/train_linker.py --write --write-pair  # ... and graph/data/link_model.json
    python tools/train_linker.py --splits 5   # ... and the whole procedure on 5 other splits
    python tools/train_linker.py --sample T   # ... and the figures on the children whose judgement's
                                              #     `sample` holds T alone (held-out folds too)
    python tools/train_linker.py --shipped-losses  # ... and where the shipped topic model loses
                                                   #     the real children's theme rows
    python tools/train_linker.py --seed-only / --no-learned  # the topic model as before, to compare

What it trains on: the pair model on the seed's judged children (tests/linking/judgements.json);
the topic model on those AND on the judged children of the real documents of other places,
draws 1 to 32 of tests/linking/real_judgements.json (REAL_DRAWS; their (child, theme) rows come
from the graph of tests/data/real and the national documents, their true parents are national
measures). Draws 33 and later are held out and refused (tools/eval_real_linking.HELD_OUT_DRAWS). The
held-out report gives the seed's children (every link) and the real children (links into the
national documents) apart.

The judgements (tests/linking/judgements.json) list, for each sampled child measure, every
measure of its candidate parent documents that it truly carries out. Two models share them:

- the pair model scores (child, parent measure) candidates from graph/link/pairs.py; a pair is
  true when its parent is a true parent, a point of a true parent item, or the item holding a
  true parent point;
- the topic model scores (child, theme) rows from graph/link/topics.py; a row is true when a
  true parent of the child is a national item of that theme.

Children fall into five folds by a hash (tests/linking/evaluate_all.fold): the seed's by their
own id (its four child documents are too few to fold by), the real documents' children by their
document's (Judged.groups), so that a held-out real child's siblings never train the model that
scores it, as on a document nobody judged. For each model, every held-out score comes from a model
fitted without the child's fold; the threshold (and the cap per parent document or per theme
family) is the one with the highest held-out recall at a held-out precision of at least TARGET
over the model's own links (for the topic model, pooled and on the seed's and the real children
each). The topic model's learned n-grams (graph/link/centroids.py) are fitted inside each
training fold too (the training children's own columns cross-fitted over inner folds). The
shipped models are then fitted on every judged child with those settings.

A link's score is its model probability recalibrated (LinkModel.calibrated, Platt scaling):
logit(score) = a logit(p) + b, fitted on whether each link the cross-validated linker emitted
is true (the topic model's on its own links). The shipped (a, b) is fitted on the links of
every fold; the out-of-sample report recalibrates each fold's links with (a, b) fitted on the
other folds' links only.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.preprocessing import StandardScaler  # noqa: E402

from policy_cascades.graph.ids import record_id  # noqa: E402
from policy_cascades.graph.link.centroids import Centroids, fit_centroids  # noqa: E402
from policy_cascades.graph.link.facts import Facts  # noqa: E402
from policy_cascades.graph.link.measures import (  # noqa: E402
    _closure,
    candidates,
    link_measures,
    pair_model_may_link,
    select,
)
from policy_cascades.graph.link.model import LinkModel, link_model, topic_model  # noqa: E402
from policy_cascades.graph.link.pairs import FEATURES, Candidates, is_child  # noqa: E402
from policy_cascades.graph.link.topics import (  # noqa: E402
    FAMILIES,
    TOPIC_FEATURES,
    TopicRows,
    learned,
    select_topics,
    theme_items,
    topic_rows,
)
from policy_cascades.graph.model import Label, RelType, Subgraph  # noqa: E402
from policy_cascades.graph.pipeline import build_graph, corpus_files, extract, seed_corpus  # noqa: E402
from policy_cascades.loaders.gazetteer import themes  # noqa: E402
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
from tools.eval_real_linking import HELD_OUT_DRAWS, draw_of, resolve  # noqa: E402
from tools.eval_real_linking import JUDGEMENTS as REAL_JUDGEMENTS  # noqa: E402
from tools.sample_real_children import real_documents  # noqa: E402

JUDGEMENTS = ROOT / "tests" / "linking" / "judgements.json"
DATA = ROOT / "graph" / "data"
TARGET = 0.85  # the least held-out precision a setting may have
RECALL_TIE = 0.01
THRESHOLDS = [round(x, 2) for x in np.arange(0.2, 0.91, 0.05)]
CAPS = (1, 2, 3)
TOPIC_WIDTH = sum(t.family in FAMILIES for t in themes())  # rows per child (every theme has an item)
REAL_DRAWS = frozenset(range(1, 33))  # the real judgements' draws trained on (33 and later are held out)


class Corpus:
    """A graph without lineage and what the models read of it: its facts, the declared
    document closure, its outline, the national theme items and each item's theme."""

    def __init__(self, graph: Subgraph) -> None:
        self.graph = graph
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
        return Judged(pair, truth.docs, truth.groups), Judged(topic, truth.docs, truth.groups)


class Seed(Corpus):
    """The seed graph and what the models are trained from."""

    def __init__(self) -> None:
        super().__init__(build_graph(extract(corpus_files([seed_corpus()])).documents, lineage=False))


@dataclass
class Real:
    """The real documents of other places (tests/data/real) and the judgements of their
    children against the national measures (tests/linking/real_judgements.json), of the draws
    trained on (REAL_DRAWS; never the held-out ones)."""

    corpus: Corpus
    truth: Judged

    @classmethod
    def load(cls, draws: frozenset[int] = REAL_DRAWS) -> Real:
        """The graph of the real documents that hold a judged child of `draws` (so that
        documents collected later do not move the corpus's figures), and those children."""
        if draws & HELD_OUT_DRAWS:
            raise SystemExit(f"draws {sorted(draws & HELD_OUT_DRAWS)} are held out: never trained on")
        documents, files_of = real_documents()
        sources = {e["source"] for e in json.loads(REAL_JUDGEMENTS.read_text("utf-8"))["children"]
                   if draw_of(e) in draws}
        held = [d for d in documents if files_of.get(record_id(d)) in sources]
        corpus = Corpus(build_graph(held, lineage=False))
        truth = Judged()
        for draw in sorted(draws):
            part = resolve(corpus.graph, files_of, corpus.outline, draw=draw).judged
            truth.parents.update(part.parents)
            truth.docs.update(part.docs)
        truth.groups.update({c: corpus.outline.doc_of(c) for c in truth.parents})  # folded by document
        return cls(corpus, truth)

    def restrict(self, folds: Iterable[int], split: int = 0) -> Real:
        return Real(self.corpus, self.truth.restrict(folds, split))

    def topic(self) -> Real:
        """The same children, with only their national theme-item parents."""
        return Real(self.corpus, self.corpus.split(self.truth)[1])


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


def topic_data(seed: Corpus, truth: Judged) -> tuple[TopicRows, np.ndarray]:
    """The (child, theme) rows of judged children, labelled."""
    rows = topic_rows(seed.facts)
    keep = [i for i, child in enumerate(rows.child) if child in truth.parents]
    judged = TopicRows([rows.child[i] for i in keep], [rows.theme[i] for i in keep], rows.x[keep])
    labels = np.array([any(seed.theme_of.get(p) == theme for p in truth.parents[child])
                       for child, theme in zip(judged.child, judged.theme, strict=True)], bool)
    return judged, labels


def texts_of(seed: Seed, real: Real | None, children: Iterable[str]) -> dict[str, str]:
    """Child -> the text its learned topic evidence reads (Facts.body), from either graph."""
    out = {}
    for child in children:
        corpus = seed if child in seed.facts.measures else real.corpus if real else seed
        out[child] = corpus.facts.body(child)
    return out


def learned_x(rows: TopicRows, labels: np.ndarray, texts: dict[str, str], fitted: set[str],
              learn: bool = True, split: int = 0, groups: Mapping[str, str] | None = None
              ) -> tuple[np.ndarray, Centroids | None]:
    """The rows' features with the learned columns (graph/link/topics.learned), and the
    centroids fitted on the rows of the `fitted` children. The other children's columns come
    from those centroids; the `fitted` children's own from centroids fitted without their
    inner fold (5 folds by another hash, a child folded with its `groups` key), so that a model
    trained on them does not learn a column that has seen its own labels. Without `learn`, the
    columns stay 0 and no centroids."""
    if not learn or not len(rows.child):
        return rows.x, None
    k = TOPIC_WIDTH
    children, family = rows.child[::k], rows.theme[:k]
    assert rows.theme == family * len(children), "rows are child by child, the themes in one order"
    truth = labels.reshape(len(children), k)
    mine = np.array([c in fitted for c in children])
    inner = np.array([fold((groups or {}).get(c, c), 1000 + split) for c in children])
    x = rows.x.copy().reshape(len(children), k, len(TOPIC_FEATURES))
    columns = [TOPIC_FEATURES.index("learned"), TOPIC_FEATURES.index("learned_share")]

    def fill(centroids: Centroids, where: np.ndarray) -> None:
        if where.any():
            values = learned(centroids, [texts[c] for c in np.array(children)[where]], family)
            x[where, :, columns[0]], x[where, :, columns[1]] = values

    def fit_on(where: np.ndarray) -> Centroids:
        return fit_centroids([texts[c] for c in np.array(children)[where]], truth[where], family)

    full = fit_on(mine)
    fill(full, ~mine)
    for j in range(FOLDS):
        fill(fit_on(mine & (inner != j)), mine & (inner == j))
    return x.reshape(len(rows.child), len(TOPIC_FEATURES)), full


def fit_topic(rows: TopicRows, labels: np.ndarray, texts: dict[str, str], fitted: set[str],
              learn: bool = True, split: int = 0, groups: Mapping[str, str] | None = None) -> LinkModel:
    """The topic model fitted on the rows of the `fitted` children, with its centroids."""
    x, centroids = learned_x(rows, labels, texts, fitted, learn, split, groups)
    keep = np.array([c in fitted for c in rows.child])
    return replace(fit(x[keep], labels[keep], TOPIC_FEATURES), centroids=centroids)


def held_out_topic(rows: TopicRows, labels: np.ndarray, texts: dict[str, str],
                   learn: bool = True, split: int = 0, groups: Mapping[str, str] | None = None
                   ) -> np.ndarray:
    """Each topic row's score from the topic model (and centroids) fitted on the other folds
    (a child folded with its `groups` key: the real children by their document)."""
    folds = np.array([fold((groups or {}).get(c, c), split) for c in rows.child])
    scores = np.zeros(len(rows.child))
    for k in range(FOLDS):
        test = folds == k
        fitted = {c for c, f in zip(rows.child, folds, strict=True) if f != k}
        if test.any():
            model = fit_topic(rows, labels, texts, fitted, learn, split, groups)
            x, _ = learned_x(rows, labels, texts, fitted, learn, split, groups)
            scores[test] = model.probabilities(x[test])
    return scores


def topic_sets(seed: Seed, topic_truth: Judged, real: Real | None) -> tuple[TopicRows, np.ndarray]:
    """The topic rows of the seed's judged children, then (with `real`) those of the real
    documents' judged children (their national theme-item parents only), labelled."""
    rows, labels = topic_data(seed, topic_truth)
    if real is None:
        return rows, labels
    if real.corpus.items != seed.items:
        raise SystemExit("the national theme items differ between the seed and the real graph")
    more, more_labels = topic_data(real.corpus, real.topic().truth)
    return (TopicRows(rows.child + more.child, rows.theme + more.theme, np.vstack([rows.x, more.x])),
            np.concatenate([labels, more_labels]))


def joint(seed: Seed, truth: Judged, real: Real | None) -> tuple[Judged, Outline]:
    """The seed's and the real children's judgements, and the two graphs' outlines, as one
    (their measure ids never overlap; the national measures are the same in both)."""
    if real is None:
        return truth, seed.outline
    a, b = seed.outline, real.corpus.outline
    outline = Outline({**a.container, **b.container}, {**a.kind, **b.kind}, {**a.doc, **b.doc},
                      a.national_docs | b.national_docs)
    return (Judged({**truth.parents, **real.truth.parents}, {**truth.docs, **real.truth.docs},
                   {**truth.groups, **real.truth.groups}), outline)


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


def pair_links(seed: Seed, pairs: Candidates, scores: np.ndarray, threshold: float, cap: int) -> list[Link]:
    """The pair model's links as the linker emits them: none into the national documents (it is
    trained on those pairs too, but the national measures are linked by the topic model)."""
    return [Link(pairs.ids[pairs.child[i]], pairs.ids[pairs.parent[i]], float(scores[i]))
            for i in select(pairs, scores, threshold, cap)
            if pair_model_may_link(seed.facts, pairs.ids[pairs.parent[i]])]


def topic_links(seed: Seed, rows: TopicRows, scores: np.ndarray, threshold: float,
                cap: int) -> list[Link]:
    return [Link(rows.child[i], item, float(scores[i]))
            for i in select_topics(rows, scores, threshold, cap) for item in seed.items[rows.theme[i]]]


Emit = Callable[[np.ndarray, float, int], list[Link]]


def sweep(name: str, emit: Emit, scores: np.ndarray, truth: Judged, outline: Outline,
          quiet: bool = False, parts: dict[str, set[str]] | None = None) -> tuple[float, int]:
    """Print held-out precision and recall per setting (and per part of the children, when
    `parts` names them); return the setting of highest recall at precision >= TARGET (pooled
    over every judged child, and on each part alone), or, within RECALL_TIE of it, the one of
    highest precision (fewer links for the same finds). Recall is pooled."""
    if not quiet:
        print(f"\n{name}, held out (5 folds: seed by child, real by document): threshold, cap -> links, precision, recall"
              + "".join(f"; {part}: links, precision, recall" for part in parts or {}))
    found: list[tuple[float, float, float, int]] = []  # recall, precision, threshold, cap
    for cap in CAPS:
        for threshold in THRESHOLDS:
            links = emit(scores, threshold, cap)
            total = pooled(tally(links, truth, outline))
            each = [pooled(tally(links, only(truth, children), outline)) for children in (parts or {}).values()]
            if not quiet:
                print(f"  {threshold:.2f} {cap} -> {total.emitted:>4} {total.precision:.3f} {total.recall:.3f}"
                      + "".join(f"; {p.emitted:>4} {p.precision:.3f} {p.recall:.3f}" for p in each))
            if min(p.precision for p in [total, *each]) >= TARGET:
                found.append((total.recall, total.precision, threshold, cap))
    if not found:
        return 0.9, 1
    best = max(recall for recall, _, _, _ in found)
    near = [f for f in found if f[0] >= best - RECALL_TIE]
    _, _, threshold, cap = max(near, key=lambda f: (f[1], f[0]))  # precision, then recall
    return threshold, cap


def train(seed: Seed, truth: Judged, pair_setting: tuple[float, int],
          topic_setting: tuple[float, int], real: Real | None = None,
          learn: bool = True) -> tuple[LinkModel, LinkModel]:
    """Both models fitted on `truth` (the topic model on `real`'s children too, with its
    centroids unless not `learn`), with the given (threshold, cap) settings."""
    pair_truth, topic_truth = seed.split(truth)
    pairs, labels = pair_data(seed, pair_truth)
    rows, row_labels = topic_sets(seed, topic_truth, real)
    texts = texts_of(seed, real, rows.child[::TOPIC_WIDTH])
    pair = replace(fit(pairs.x, labels, FEATURES), threshold=pair_setting[0], per_document=pair_setting[1])
    topic = replace(fit_topic(rows, row_labels, texts, set(rows.child), learn,
                              groups=real.truth.groups if real else None),
                    threshold=topic_setting[0], per_document=topic_setting[1])
    return pair, topic


def run_linker(corpus: Corpus, models: tuple[LinkModel, LinkModel], children: Iterable[str]) -> list[Link]:
    """The inferred links of `children` in the corpus linked by `models`."""
    linked = Subgraph()
    linked.merge(corpus.graph)
    linked.merge(link_measures(corpus.graph, corpus.closure, *models))
    keep = set(children)
    return [x for x in inferred_links(linked) if x.child in keep]


def raw_links(seed: Seed, truth: Judged, pair_setting: tuple[float, int],
              topic_setting: tuple[float, int], split: int = 0, real: Real | None = None,
              learn: bool = True) -> list[Link]:
    """Every inferred link of the judged children (the seed's, and `real`'s in their graph),
    each from the linker run with models fitted without the child's fold, scored by the
    models' probability (not recalibrated)."""
    out: list[Link] = []
    for k in range(FOLDS):
        others = set(range(FOLDS)) - {k}
        models = train(seed, truth.restrict(others, split), pair_setting, topic_setting,
                       real.restrict(others, split) if real else None, learn)
        out += run_linker(seed, models, truth.restrict([k], split).parents)
        if real:
            out += run_linker(real.corpus, models, real.truth.restrict([k], split).parents)
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
                          raw: list[Link] | None = None, split: int = 0,
                          real: Real | None = None, learn: bool = True) -> list[Link]:
    """Every inferred link of the judged children, each from the linker run with models
    fitted without the child's fold, and its score recalibrated by Platt scaling fitted on the
    links of the other folds: the out-of-sample output."""
    raw = raw if raw is not None else raw_links(seed, truth, pair_setting, topic_setting, split, real, learn)
    everyone, outline = joint(seed, truth, real)
    out: list[Link] = []
    for k in range(FOLDS):
        others = everyone.restrict(set(range(FOLDS)) - {k}, split)
        model = replace(LinkModel((), (), (), (), 0.0, 0.0, 1),
                        calibration=platt([x for x in raw if x.child in others.parents], others, outline))
        held = [x for x in raw if everyone.fold_of(x.child, split) == k]
        scores = model.calibrated(np.array([x.score for x in held]))
        out += [replace(x, score=round(float(s), 3)) for x, s in zip(held, scores, strict=True)]
    return out


def sampled(path: Path, text: str) -> set[str]:
    """The children whose judgement's `sample` holds `text` (those added in one sampling)."""
    entries = json.loads(path.read_text("utf-8"))["children"]
    return {e["child"] for e in entries if text and text in str(e.get("sample") or "")}


def only(truth: Judged, children: set[str]) -> Judged:
    return Judged({c: p for c, p in truth.parents.items() if c in children},
                  {c: d for c, d in truth.docs.items() if c in children},
                  {c: g for c, g in truth.groups.items() if c in children})


def other_splits(seed: Seed, truth: Judged, splits: int, focus: set[str] | None = None,
                 real: Real | None = None, learn: bool = True) -> str:
    """The whole procedure (held-out scores, settings by the sweep, the linker run per fold,
    nested calibration) on `splits` other random 5-fold splits of the same children: how much
    the reported split's figures owe to that one split. With `focus`, also the figures on
    those children alone; with `real`, the topic model is trained on its children too and the
    figures on them are given apart."""
    pair_truth, topic_truth = seed.split(truth)
    pairs, labels = pair_data(seed, pair_truth)
    rows, row_labels = topic_sets(seed, topic_truth, real)
    texts = texts_of(seed, real, rows.child[::TOPIC_WIDTH])
    outline = joint(seed, truth, real)[1]
    topic_everyone = joint(seed, topic_truth, real and real.topic())[0]
    lines = ["other random splits (split, settings, held-out precision, recall):"]
    figures: list[tuple[float, float]] = []
    focused: list[tuple[float, float]] = []
    for split in range(1, splits + 1):
        pair_scores = held_out(pairs.x, labels, [pairs.ids[c] for c in pairs.child], FEATURES, split)
        topic_scores = held_out_topic(rows, row_labels, texts, learn, split, real.truth.groups if real else None)
        pair_setting = sweep("", lambda s, t, c: pair_links(seed, pairs, s, t, c), pair_scores,
                             pair_truth, seed.outline, quiet=True)
        topic_setting = sweep("", lambda s, t, c: topic_links(seed, rows, s, t, c), topic_scores,
                              topic_everyone, outline, quiet=True)
        links = cross_validated_links(seed, truth, pair_setting, topic_setting, split=split, real=real,
                                      learn=learn)
        total = pooled(tally(links, truth, seed.outline))
        figures.append((total.precision, total.recall))
        lines.append(f"  {split} pair {pair_setting[0]:.2f} / {pair_setting[1]}, topic "
                     f"{topic_setting[0]:.2f} / {topic_setting[1]}: seed {total.precision:.3f} "
                     f"{total.recall:.3f}")
        if real:
            part = pooled(tally(links, real.truth, outline))
            focused.append((part.precision, part.recall))
            lines[-1] += f"; real {part.precision:.3f} {part.recall:.3f}"
        elif focus:
            part = pooled(tally(links, only(truth, focus), seed.outline))
            focused.append((part.precision, part.recall))
            lines[-1] += f"; the {len(focus)} sampled children alone {part.precision:.3f} {part.recall:.3f}"
    p, r = np.array(figures).T
    lines.append(f"  seed: mean precision {p.mean():.3f} (min {p.min():.3f}), recall {r.mean():.3f} "
                 f"({r.min():.3f}-{r.max():.3f})")
    if focused:
        p, r = np.array(focused).T
        lines.append(f"  {'real' if real else 'the sampled children alone'}: mean precision "
                     f"{p.mean():.3f} (min {p.min():.3f}), recall {r.mean():.3f} ({r.min():.3f}-{r.max():.3f})")
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
    topic_scores = held_out_topic(rows, row_labels, texts_of(seed, None, rows.child[::TOPIC_WIDTH]))
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


EVIDENCE = ("head_hits", "text_hits", "named_own", "named_above", "above_share", "parts_hits",
            "clause_share", "related_share")
TOPIC_LOSSES = ("found", "capped", "0.3-thr.", "0.1-0.3", "< 0.1",
                "no keyword", "not a child")


def topic_losses(rows: TopicRows, scores: np.ndarray, setting: tuple[float, int], truth: Judged,
                 theme_of: dict[str, str], children: set[str]) -> str:
    """Where each true national theme-item parent of `children` is lost by the topic model at
    `setting`, per theme: found; capped (its row reaches the threshold, but the cap per family
    keeps a better theme); under the threshold, by score (0.3-thr., 0.1-0.3, < 0.1); not a child (no row: a kind the
    linker never links); no keyword (the row has no evidence
    of the theme at all: no keyword in the heading, text, clauses, held parts or the section
    above, no heading naming it, none of the other family's corresponding theme)."""
    kept = set(select_topics(rows, scores, *setting))
    row_of = {(c, t): i for i, (c, t) in enumerate(zip(rows.child, rows.theme, strict=True))}
    columns = [TOPIC_FEATURES.index(f) for f in EVIDENCE]
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for child in sorted(children):
        for theme in sorted({theme_of[p] for p in truth.parents.get(child, ()) if p in theme_of}):
            i = row_of.get((child, theme), -1)
            why = ("not a child" if i < 0 else "found" if i in kept else "capped" if scores[i] >= setting[0]
                   else "no keyword" if not rows.x[i, columns].any()
                   else "0.3-thr." if scores[i] >= 0.3
                   else "0.1-0.3" if scores[i] >= 0.1 else "< 0.1")
            counts[theme][why] += 1
            counts["pooled"][why] += 1
    head = f"  {'theme (child, theme) rows':<22} {'true':>5} " + " ".join(f"{x:>12}" for x in TOPIC_LOSSES)
    lines = [head]
    for theme, c in sorted(counts.items(), key=lambda kv: (kv[0] == "pooled", -sum(kv[1].values()))):
        lines.append(f"  {theme:<22} {sum(c.values()):>5} " + " ".join(f"{c[x]:>12}" for x in TOPIC_LOSSES))
    return "\n".join(lines)


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
    parser.add_argument("--write", action="store_true", help="write the topic model's file")
    parser.add_argument("--write-pair", action="store_true",
                        help="with --write, write the pair model's file too (retrained on every judged seed child)")
    parser.add_argument("--judgements", type=Path, default=JUDGEMENTS)
    parser.add_argument("--seed-only", action="store_true",
                        help="train the topic model on the seed's children alone (as before the real draws)")
    parser.add_argument("--splits", type=int, default=0,
                        help="also run the whole procedure on this many other random splits")
    parser.add_argument("--sample", default="",
                        help="also report the children whose judgement's `sample` holds this text alone")
    parser.add_argument("--shipped-losses", action="store_true",
                        help="also where the shipped topic model loses the real children's theme parents")
    parser.add_argument("--no-learned", action="store_true",
                        help="leave the topic model's learned columns out (no centroids)")
    args = parser.parse_args()
    learn = not args.no_learned
    truth = load_judgements(args.judgements)
    focus = sampled(args.judgements, args.sample)
    seed = Seed()
    real = None if args.seed_only else Real.load()
    pair_truth, topic_truth = seed.split(truth)
    pairs, labels = pair_data(seed, pair_truth)
    rows, row_labels = topic_sets(seed, topic_truth, real)
    topic_everyone, outline = joint(seed, topic_truth, real and real.topic())
    parts = {"seed": set(truth.parents), "real": set(real.truth.parents)} if real else None
    print(f"{len(truth.parents)} judged seed children"
          + (f" and {len(real.truth.parents)} real (draws {sorted(REAL_DRAWS)})" if real else "")
          + f"; pair model: {len(pairs)} candidate pairs, {labels.sum()} true, for "
          f"{sum(map(len, pair_truth.parents.values()))} true parents; topic model: {len(rows.child)} "
          f"rows, {row_labels.sum()} true, for {sum(map(len, topic_everyone.parents.values()))} true "
          "national theme items")
    if real and args.shipped_losses:
        shipped = topic_model()
        found = topic_rows(real.corpus.facts, shipped.centroids)  # its own learned columns filled in
        mine = [i for i, c in enumerate(found.child) if c in real.truth.parents]
        part = TopicRows([found.child[i] for i in mine], [found.theme[i] for i in mine], found.x[mine])
        print("\nthe shipped topic model on the real children of REAL_DRAWS (in sample: it was trained on "
              "them), where their true theme rows are lost:")
        own = part.x[:, [TOPIC_FEATURES.index(f) for f in shipped.features]]
        print(topic_losses(part, shipped.probabilities(own), (shipped.threshold, shipped.per_document),
                           real.truth, seed.theme_of, set(real.truth.parents)))
    pair_scores = held_out(pairs.x, labels, [pairs.ids[c] for c in pairs.child], FEATURES)
    texts = texts_of(seed, real, rows.child[::TOPIC_WIDTH])
    topic_scores = held_out_topic(rows, row_labels, texts, learn, groups=real.truth.groups if real else None)
    pair_setting = sweep("pair model", lambda s, t, c: pair_links(seed, pairs, s, t, c),
                         pair_scores, pair_truth, seed.outline)
    topic_setting = sweep("topic model", lambda s, t, c: topic_links(seed, rows, s, t, c),
                          topic_scores, topic_everyone, outline, parts=parts)
    print(f"\nchosen: pair model threshold {pair_setting[0]}, at most {pair_setting[1]} per parent "
          f"document; topic model threshold {topic_setting[0]}, at most {topic_setting[1]} "
          f"themes per family")
    for name, children in (parts or {"seed": set(truth.parents)}).items():
        print(f"\nwhere the topic model loses the {name} children's theme rows, held out:")
        print(topic_losses(rows, topic_scores, topic_setting, topic_everyone, seed.theme_of, children))
    raw = raw_links(seed, truth, pair_setting, topic_setting, real=real, learn=learn)
    held = cross_validated_links(seed, truth, pair_setting, topic_setting, raw, real=real, learn=learn)
    out_of_sample = pooled(tally(held, truth, seed.outline))
    print("\nthe whole linker, held out, per document pair:")
    print("\n".join(rows_table(tally(held, truth, seed.outline), doc_names(seed.graph))))
    if focus:
        print(f"... the {len(focus)} children of sample {args.sample!r} alone:")
        print("\n".join(rows_table(tally(held, only(truth, focus), seed.outline), doc_names(seed.graph))))
    if real:
        real_held = pooled(tally(held, real.truth, outline))
        print(f"the real children (draws {sorted(REAL_DRAWS)}), held out, into the national documents: "
              f"{real_held.emitted} links, {real_held.right} true, precision {real_held.precision:.3f}; "
              f"{real_held.truths} true parents, {real_held.found} found, recall {real_held.recall:.3f}")
    calibration = platt(raw, *joint(seed, truth, real))
    topic_calibration = platt([x for x in raw if x.method == "topic"], *joint(seed, truth, real))
    print(f"calibration (Platt, over the cross-validated links of every fold): "
          f"logit(score) = {calibration[0]:.3f} logit(p) + {calibration[1]:.3f}; the topic "
          f"model's links alone: {topic_calibration[0]:.3f}, {topic_calibration[1]:.3f}")
    pair, topic = train(seed, truth, pair_setting, topic_setting, real, learn)
    pair = replace(pair, calibration=calibration) if args.write_pair else link_model()
    topic = replace(topic, calibration=topic_calibration)
    in_sample = pooled(tally(run_linker(seed, (pair, topic), truth.parents), truth, seed.outline))
    figures = (f"Held out (5 folds: the seed's children by child, the real ones by document; every link the linker emits, the pair model retrained "
               f"per fold): the seed's children "
               f"precision {out_of_sample.precision:.3f}, recall {out_of_sample.recall:.3f}")
    if real:
        real_in = pooled(tally(run_linker(real.corpus, (pair, topic), real.truth.parents), real.truth, outline))
        figures += (f"; the real children's links into the national documents {real_held.precision:.3f}, "
                    f"{real_held.recall:.3f}. In sample (the shipped pair model): seed {in_sample.precision:.3f}, "
                    f"{in_sample.recall:.3f}; real {real_in.precision:.3f}, {real_in.recall:.3f}.")
    else:
        figures += f"; in sample {in_sample.precision:.3f}, {in_sample.recall:.3f}."
    print(f"\nthe whole linker, {figures}")
    if args.splits:
        print(other_splits(seed, truth, args.splits, focus, real, learn))
    if args.write:
        data = f"{len(truth.parents)} judged children (tests/linking/judgements.json)"
        about = {"link_model.json": f"trained by tools/train_linker.py on {data}. {figures}",
                 "topic_model.json": f"trained by tools/train_linker.py on {data}"
                 + (f" and {len(real.truth.parents)} judged children of real documents of other places "
                    f"(tests/linking/real_judgements.json draws {', '.join(map(str, sorted(REAL_DRAWS)))}; "
                    f"draw{'s' if len(HELD_OUT_DRAWS) > 1 else ''} "
                    f"{', '.join(map(str, sorted(HELD_OUT_DRAWS)))} held out)" if real else "") + f". {figures}"}
        for model, name, what in ((pair, "link_model.json", "graph/link/pairs.py"),
                                  (topic, "topic_model.json", "graph/link/topics.py"))[not args.write_pair:]:
            model = replace(model, about=f"Logistic regression over {what} features, {about[name]}")
            (DATA / name).write_text(json.dumps(model.to_json(), ensure_ascii=False, indent=1) + "\n")
            print(f"wrote graph/data/{name}")


if __name__ == "__main__":
    main()
