"""Draw child measures of the real documents of other places (tests/data/real) to judge against
the national items, at random with a fixed seed: an out-of-sample check of the linker.

    python tools/sample_real_children.py > /tmp/real_sample.json
    python tools/sample_real_children.py --n 100 --seed 20261206
    python tools/sample_real_children.py --n 100 --seed 20261207 --more   # a second draw
    python tools/sample_real_children.py --n 80 --seed 20261208 --more --per-document 4  # a third
    python tools/sample_real_children.py --n 80 --seed 20261209 --more --per-document 6 --fill  # a fourth
    python tools/sample_real_children.py --n 80 --seed 20261210 --more --fresh --per-document 4 --fill  # a fifth
    python tools/sample_real_children.py --n 80 --seed 20261211 --more --fresh --per-document 4 --fill  # a sixth

`--more` draws from the measures not yet in tests/linking/real_judgements.json (matched by
source and path), its documents' judged children counting towards the cap of PER_DOCUMENT
(`--per-document`).

The population: every measure of every real document (tests/data/real/dev, eval, eval2 …; none
from the seed's 山东省 or 甘肃省张掖市 documents, none used to build the linker), from the project's
own extraction (build_graph with no lineage), the documents of national level left out (their
measures are not children of the national items), and measures with neither heading nor text
left out. SECTION_SHARE of the draw comes from kinds section/plan and the rest from item/point,
as the seed sample's; at most PER_DOCUMENT children per document. Each drawn child is printed
with its source file relative to tests/data/real, its path and its id at drawing time, so that
tests/linking/real_judgements.json can resolve it by (source, path) after an extractor change.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from policy_cascades.graph.ids import record_id  # noqa: E402
from policy_cascades.graph.model import Label, Subgraph  # noqa: E402
from policy_cascades.graph.pipeline import build_graph, corpus_files, extract  # noqa: E402
from policy_cascades.loaders.records import PolicyDocument  # noqa: E402

REAL = ROOT / "tests" / "data" / "real"
JUDGEMENTS = ROOT / "tests" / "linking" / "real_judgements.json"
SEED = 20261206
COUNT = 100
SECTION_SHARE = 0.15
PER_DOCUMENT = 2


def real_files() -> list[Path]:
    """Every real document's text, set by set (dev, eval, eval2 …), in a stable order."""
    return corpus_files(sorted(p for p in REAL.iterdir() if p.is_dir()))


def real_documents() -> tuple[list[PolicyDocument], dict[str, str]]:
    """The extracted real documents, and document id -> its file relative to tests/data/real
    (the first file when two pages give one document). A measure's `source` is only the file's
    name, and two sets hold a sichuan.txt, so the file is known through the document."""
    files = real_files()
    result = extract(files)
    failed = {Path(f) for f, _ in result.failures}
    read = [f for f in files if f not in failed]
    if len(read) != len(result.documents):
        raise SystemExit(f"{len(read)} files read but {len(result.documents)} documents")
    files_of: dict[str, str] = {}
    for path, doc in zip(read, result.documents, strict=True):
        files_of.setdefault(record_id(doc),
                            path.relative_to(REAL).as_posix())
    return result.documents, files_of


def draw(graph: Subgraph, seed: int = SEED, count: int = COUNT,
         judged: frozenset[str] = frozenset(), per_document: int = PER_DOCUMENT,
         fill: bool = False, fresh: bool = False) -> list[str]:
    """Measure ids drawn: SECTION_SHARE of section/plan, the rest item/point, at most
    `per_document` per document (the `judged` ones, never drawn again, count towards it), each
    pool shuffled by the seeded generator. With `fill`, when a pool runs out under the cap
    before its quota, the shortfall is taken from the other pool, continuing its shuffled order
    (without `fill` the draw is as before, shorter than `count`). With `fresh`, only from
    documents none of whose measures is `judged`: a draw that shares no document with the
    judgements a model is trained on, so that a held-out child's siblings never train it."""
    small: list[str] = []
    big: list[str] = []
    per_doc: Counter[str] = Counter()
    for node_id in sorted(graph.nodes):
        node = graph.nodes[node_id]
        p = node.props
        if node.label != Label.MEASURE or p.get("level") == "national" or p.get("source") == "national.json":
            continue
        if node_id in judged:
            per_doc[str(p.get("doc_id"))] += 1
            continue
        if not str(p.get("heading") or "").strip() and not str(p.get("text") or "").strip():
            continue
        (small if p.get("kind") in ("section", "plan") else big).append(node_id)
    if fresh:
        small = [i for i in small if not per_doc[str(graph.nodes[i].props.get("doc_id"))]]
        big = [i for i in big if not per_doc[str(graph.nodes[i].props.get("doc_id"))]]
    rng = random.Random(seed)
    picked: list[str] = []
    orders: list[list[str]] = []
    n_small = round(count * SECTION_SHARE)
    for pool, quota in ((small, n_small), (big, count - n_small)):
        order = list(pool)
        rng.shuffle(order)
        orders.append(order)
        taken = 0
        for node_id in order:
            if taken == quota:
                break
            doc = str(graph.nodes[node_id].props.get("doc_id"))
            if per_doc[doc] >= per_document:
                continue
            per_doc[doc] += 1
            picked.append(node_id)
            taken += 1
    if fill:
        chosen = set(picked)
        for order in orders:
            for node_id in order:
                if len(picked) >= count:
                    break
                doc = str(graph.nodes[node_id].props.get("doc_id"))
                if node_id in chosen or per_doc[doc] >= per_document:
                    continue
                per_doc[doc] += 1
                picked.append(node_id)
                chosen.add(node_id)
    return picked


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--n", type=int, default=COUNT)
    parser.add_argument("--more", action="store_true", help="skip the children already judged")
    parser.add_argument("--per-document", type=int, default=PER_DOCUMENT,
                        help="at most this many children of one document, the judged ones included")
    parser.add_argument("--fill", action="store_true",
                        help="when a kind's pool runs out under the cap, take the rest of --n from the other kind")
    parser.add_argument("--fresh", action="store_true",
                        help="with --more, draw only from documents none of whose measures is judged yet")
    args = parser.parse_args()
    if args.fresh and not args.more:
        parser.error("--fresh needs --more (the judged children say which documents are not fresh)")
    documents, files_of = real_documents()
    graph = build_graph(documents, lineage=False)
    judged: frozenset[str] = frozenset()
    if args.more:
        done = {(c["source"], c["path"]) for c in json.loads(JUDGEMENTS.read_text("utf-8"))["children"]}
        judged = frozenset(
            i for i, n in graph.nodes.items() if n.label == Label.MEASURE
            and (files_of.get(str(n.props.get("doc_id"))), n.props.get("path")) in done)
        if len(judged) != len(done):
            raise SystemExit(f"{len(done) - len(judged)} judged children no longer extracted")
    out = []
    for node_id in draw(graph, args.seed, args.n, judged, args.per_document, args.fill, args.fresh):
        p = graph.nodes[node_id].props
        out.append({"source": files_of.get(str(p.get("doc_id")), str(p.get("source"))),
                    "path": p.get("path"), "child": node_id, "kind": p.get("kind"),
                    "level": p.get("level"), "region": p.get("region"),
                    "heading": p.get("heading"), "text": p.get("text")})
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
