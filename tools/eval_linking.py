"""The measure-lineage evaluation over everything the linker emits, as tables.

    python tools/eval_linking.py                  # in sample and cross-validated tables
    python tools/eval_linking.py --pairs FILE     # also write the labelled candidate pairs (JSON lines)
    python tools/eval_linking.py --sample TEXT    # also the shipped linker on the children whose
                                                  # judgement's `sample` holds TEXT (judged after
                                                  # the shipped models were trained: out of sample)

Builds the seed graph (graph.pipeline.build_graph on the seed corpus), scores every inferred
Measure -> Measure link from the judged children of tests/linking/judgements.json (precision
counts every link into the child's parent documents, recall every true parent), per document
pair and pooled: in sample for the shipped models (trained on every judged child), out of sample
by cross-validation (the linker run five times, each time with both models fitted without one
fold of children, and scored on that fold; the thresholds are the shipped ones, chosen by
tools/train_linker.py on the same cross-validation), with a precision-recall curve and a
calibration table of the out-of-sample scores, and where recall is lost (each true parent:
found, capped, scored under the threshold, never a candidate, or not a child the linker links);
then the old figure on the 339 pairs listed in advance (tests/linking/measure_pairs.json).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from policy_cascades.graph.link.model import link_model, topic_model  # noqa: E402
from policy_cascades.graph.model import Subgraph  # noqa: E402
from policy_cascades.graph.pipeline import build_graph, corpus_files, extract, seed_corpus  # noqa: E402
from tests.linking import evaluate as listed  # noqa: E402
from tests.linking.evaluate_all import (  # noqa: E402
    JUDGEMENTS,
    Judged,
    doc_names,
    inferred_links,
    labelled_pairs,
    load_judgements,
    load_strengths,
    outline_of,
    report,
    rows_table,
    tally,
)
from tools.train_linker import Seed, cross_validated_links, losses_table, recall_losses  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--judgements", type=Path, default=JUDGEMENTS)
    parser.add_argument("--pairs", type=Path, help="write the labelled candidate pairs here (JSON lines)")
    parser.add_argument("--sample", help="also score the shipped linker on the children whose judgement's "
                                         "`sample` holds this text (children added after it was trained)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    graph = build_graph(extract(corpus_files([seed_corpus()])).documents)
    judged = load_judgements(args.judgements)
    print(f"seed graph built in {time.perf_counter() - started:.1f}s")  # noqa: T201
    seed = Seed()
    pair, topic = link_model(), topic_model()
    held = cross_validated_links(seed, judged, (pair.threshold, pair.per_document),
                                 (topic.threshold, topic.per_document))
    print(report(graph, judged, cross_validated=held))  # noqa: T201
    if args.sample:
        print()  # noqa: T201
        print(_added(graph, judged, args.judgements, args.sample))  # noqa: T201
    lost = recall_losses(seed, judged, (pair.threshold, pair.per_document),
                         (topic.threshold, topic.per_document))
    print()  # noqa: T201
    print(losses_table(seed, lost, load_strengths(args.judgements), doc_names(graph)))  # noqa: T201
    print("\nthe 339 pairs listed in advance (tests/linking/measure_pairs.json):")  # noqa: T201
    print(_listed(graph))  # noqa: T201
    if args.pairs:
        with args.pairs.open("w", encoding="utf-8") as out:
            n = 0
            for child, parent, label, k in labelled_pairs(graph, judged):
                out.write(json.dumps({"child": child, "parent": parent, "label": label, "fold": k},
                                     ensure_ascii=False) + "\n")
                n += 1
        print(f"\n{n} labelled pairs written to {args.pairs}")  # noqa: T201
    return 0


def _added(graph: Subgraph, judged: Judged, path: Path, sample: str) -> str:
    """The shipped linker's links (the graph's own) from the children judged in `sample` only:
    out of sample when the shipped models were trained before those children were judged."""
    entries = json.loads(path.read_text("utf-8"))["children"]
    added = {e["child"] for e in entries if sample in str(e.get("sample") or "")}
    part = Judged({c: p for c, p in judged.parents.items() if c in added},
                  {c: d for c, d in judged.docs.items() if c in added})
    lines = [f"the shipped linker on the {len(part.parents)} children of sample {sample!r} "
             f"({sum(map(len, part.parents.values()))} true parents; OUT OF SAMPLE if the shipped "
             "models were trained before they were judged)"]
    lines += rows_table(tally(inferred_links(graph), part, outline_of(graph)), doc_names(graph))
    return "\n".join(lines)


def _listed(graph: object) -> str:
    o = listed.evaluate(graph)  # type: ignore[arg-type]
    return (f"  true positives {len(o.tp)}, false positives {len(o.fp)}, false negatives {len(o.fn)}, "
            f"true negatives {o.tn}; precision {o.precision:.3f}, recall {o.recall:.3f}")


if __name__ == "__main__":
    raise SystemExit(main())
