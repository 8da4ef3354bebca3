"""The learning curve of the two link models: held-out recall at held-out precision >= 0.85
against the number of judged children each model is trained on.

    python tools/linker_curve.py                    # 6 random splits, the default sizes
    python tools/linker_curve.py --splits 10 --sizes 53 80 106 133 160 0

For each random 5-fold split by child (tests/linking/evaluate_all.fold, splits 1, 2, ...) and
each size, each fold's rows are scored by a model fitted on `size` children drawn at random
from the other folds (0: all of them; the draws are nested, a smaller size is a prefix of a
larger one's). Over the held-out scores of every fold, a model's figure is the highest recall
of any threshold and cap (tools/train_linker.THRESHOLDS, CAPS) whose precision over the
model's own links is at least TARGET, as tools/train_linker.py chooses them; `both` counts the
two models' links at their chosen settings together against every true parent (the linker
without running it: the same candidates, scores and selection, no calibration).
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from policy_cascades.graph.link.pairs import FEATURES  # noqa: E402
from policy_cascades.graph.link.topics import TOPIC_FEATURES  # noqa: E402
from tests.linking.evaluate_all import FOLDS, Judged, Link, fold, load_judgements, pooled, tally  # noqa: E402
from tools.train_linker import (  # noqa: E402
    CAPS,
    JUDGEMENTS,
    TARGET,
    THRESHOLDS,
    Emit,
    Seed,
    fit,
    pair_data,
    pair_links,
    topic_data,
    topic_links,
)

SIZES = (53, 80, 106, 133, 160, 0)


def scores_at(x: np.ndarray, labels: np.ndarray, children: list[str], features: tuple[str, ...],
              split: int, size: int) -> np.ndarray:
    """Each row's score from a model fitted on `size` children of the other folds (0: all)."""
    folds = np.array([fold(c, split) for c in children])
    names = np.array(children)
    out = np.zeros(len(x))
    for k in range(FOLDS):
        pool = sorted({c for c, f in zip(children, folds, strict=True) if f != k})
        random.Random(f"{split}:{k}").shuffle(pool)
        kept = set(pool[:size] if size else pool)
        train = np.isin(names, list(kept)) & (folds != k)
        test = folds == k
        if test.any() and len(set(labels[train].tolist())) == 2:
            out[test] = fit(x[train], labels[train], features).probabilities(x[test])
    return out


def best(emit: Emit, scores: np.ndarray, truth: Judged, seed: Seed) -> tuple[float, list[Link]]:
    """The highest recall at precision >= TARGET over every setting, and that setting's links."""
    found: tuple[float, float, list[Link]] = (0.0, 0.0, [])
    for cap in CAPS:
        for threshold in THRESHOLDS:
            links = emit(scores, threshold, cap)
            total = pooled(tally(links, truth, seed.outline))
            if total.precision >= TARGET and (total.recall, total.precision) > found[:2]:
                found = (total.recall, total.precision, links)
    return found[0], found[2]


def curve(seed: Seed, truth: Judged, splits: int, sizes: tuple[int, ...]) -> str:
    pair_truth, topic_truth = seed.split(truth)
    pairs, labels = pair_data(seed, pair_truth)
    rows, row_labels = topic_data(seed, topic_truth)
    pair_children = [pairs.ids[c] for c in pairs.child]
    table: dict[int, list[tuple[float, float, float]]] = {size: [] for size in sizes}
    for split in range(1, splits + 1):
        for size in sizes:
            ps = scores_at(pairs.x, labels, pair_children, FEATURES, split, size)
            ts = scores_at(rows.x, row_labels, rows.child, TOPIC_FEATURES, split, size)
            pr, p_links = best(lambda s, t, c: pair_links(pairs, s, t, c), ps, pair_truth, seed)
            tr, t_links = best(lambda s, t, c: topic_links(seed, rows, s, t, c), ts, topic_truth, seed)
            both = pooled(tally(p_links + t_links, truth, seed.outline))
            table[size].append((pr, tr, both.recall))
    train = len(truth.parents) * (FOLDS - 1) / FOLDS
    lines = [f"{len(truth.parents)} judged children, about {train:.0f} in the training folds; "
             f"held-out recall at precision >= {TARGET} (mean over {splits} splits, range):",
             f"  {'children':>8} {'pair':>20} {'topic':>20} {'both':>20}"]
    for size, got in table.items():
        cells = []
        for column in np.array(got).T:
            cells.append(f"{column.mean():.3f} ({column.min():.3f}-{column.max():.3f})")
        label = str(size) if size else f"all ~{train:.0f}"
        lines.append(f"  {label:>8} " + " ".join(f"{c:>20}" for c in cells))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--judgements", type=Path, default=JUDGEMENTS)
    parser.add_argument("--splits", type=int, default=6)
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    args = parser.parse_args()
    print(curve(Seed(), load_judgements(args.judgements), args.splits, tuple(args.sizes)))  # noqa: T201


if __name__ == "__main__":
    main()
