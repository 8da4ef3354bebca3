"""Tune the measure linker's threshold on half of the labelled pairs and score the other half.

    python tools/tune_linker.py

Prints, for each (THRESHOLD, RATIO) of a small grid, precision / recall / F1 on the even- and
odd-numbered pairs of tests/linking/measure_pairs.json, then the best setting on each half
with its score on the half it was not tuned on. Prints figures; changes nothing.
"""

from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import graph.link.measures as linker  # noqa: E402
from graph.pipeline import build_graph, corpus_files, extract, seed_corpus  # noqa: E402
from tests.linking.evaluate import PAIRS, Outcome, evaluate  # noqa: E402

Scores = tuple[float, float, float]


def _key(pair: dict) -> tuple:  # type: ignore[type-arg]
    return (pair["child"]["source"], pair["child"]["path"], pair["parent"]["source"],
            pair["parent"]["path"], pair["parent"].get("doc"))


def half_scores(outcome: Outcome, index: dict[tuple, int], half: int) -> Scores:  # type: ignore[type-arg]
    def count(pairs: list[dict]) -> int:  # type: ignore[type-arg]
        return sum(1 for p in pairs if index[_key(p)] % 2 == half)

    tp, fp, fn = count(outcome.tp), count(outcome.fp), count(outcome.fn)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def main() -> None:
    documents = extract(corpus_files([seed_corpus()])).documents
    index = {_key(p): i for i, p in enumerate(json.loads(PAIRS.read_text("utf-8"))["pairs"])}
    shipped = (linker.THRESHOLD, linker.RATIO)
    rows = []
    for threshold, ratio in itertools.product([0.15, 0.18, 0.21, 0.25, 0.30, 0.35], [0.6, 0.7, 0.85]):
        linker.THRESHOLD, linker.RATIO = threshold, ratio
        outcome = evaluate(build_graph(documents))
        even, odd = half_scores(outcome, index, 0), half_scores(outcome, index, 1)
        rows.append(((threshold, ratio), even, odd))
        print(f"{threshold:.2f} {ratio:.2f}  even P/R/F1 {even[0]:.3f}/{even[1]:.3f}/{even[2]:.3f}"
              f"  odd {odd[0]:.3f}/{odd[1]:.3f}/{odd[2]:.3f}", flush=True)
    linker.THRESHOLD, linker.RATIO = shipped
    for name, tune, test in (("even", 1, 2), ("odd", 2, 1)):
        best = max(rows, key=lambda r: r[tune][2])
        print(f"tuned on {name}: {best[0]} -> tuning half P/R {best[tune][0]:.3f}/{best[tune][1]:.3f}, "
              f"held-out half P/R {best[test][0]:.3f}/{best[test][1]:.3f}")


if __name__ == "__main__":
    main()
