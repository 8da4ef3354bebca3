"""Draw more child measures to judge for tests/linking/judgements.json, at random, weighted
towards the child documents whose document pairs have the fewest judged children and the
lowest recall.

    python tools/sample_children.py --seed 20261204 > /tmp/sample.json
    python tools/sample_children.py --seed 20261205 --quotas 000=10 004=10 003=10

The population is the one of the first sample (judgements.json `about`): every measure of the
seed corpus's local documents, from the project's own extraction (build_graph with no
linking), not yet judged; per document about 15% are drawn from kinds section/plan and the rest
from item/point. QUOTAS is how many per child document: 沂源县 and 周村区 (their pairs into
山东省 had recall 0.27 and 0.34, into 淄博市 0.61 and 0.59, on 11-49 true parents) weigh
most, 淄博市 (into 山东省: 0.35 on 20) next, then 山东省 (into the national items: 0.45), and
高台县 (national only, recall 0.85) none. `--quotas` sets other numbers (a second draw, after
the first one's children were judged, draws from those still unjudged).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from policy_cascades.graph.model import Label  # noqa: E402
from policy_cascades.graph.pipeline import build_graph, corpus_files, extract, seed_corpus  # noqa: E402

JUDGEMENTS = ROOT / "tests" / "linking" / "judgements.json"
QUOTAS = {"000": 22, "004": 20, "003": 14, "002": 6, "001": 0}
SECTION_SHARE = 0.15


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--quotas", nargs="+", metavar="DOC=N",
                        help="children per document, by the source file's 3-digit prefix")
    args = parser.parse_args()
    quotas = dict(QUOTAS) if not args.quotas else {
        doc: int(n) for doc, n in (q.split("=", 1) for q in args.quotas)}
    judged = {c["child"] for c in json.loads(JUDGEMENTS.read_text("utf-8"))["children"]}
    graph = build_graph(extract(corpus_files([seed_corpus()])).documents, lineage=False)
    by_doc: dict[str, tuple[list[str], list[str]]] = {}
    for node_id in sorted(graph.nodes):
        node = graph.nodes[node_id]
        if node.label != Label.MEASURE or node_id in judged:
            continue
        prefix = str(node.props.get("source") or "")[:3]
        if prefix not in quotas:
            continue
        big, small = by_doc.setdefault(prefix, ([], []))
        (small if node.props.get("kind") in ("section", "plan") else big).append(node_id)
    rng = random.Random(args.seed)
    out = []
    for prefix, quota in quotas.items():
        big, small = by_doc.get(prefix, ([], []))
        n_small = min(len(small), round(quota * SECTION_SHARE))
        picked = rng.sample(small, n_small) + rng.sample(big, min(len(big), quota - n_small))
        out += [{"child": c, "source": graph.nodes[c].props.get("source")} for c in picked]
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
