"""Linking cost alone, in CPU time, and whether a change keeps the links the same.

    python tools/bench_linking.py --documents 1000 [--repeat 3] [--save FILE] [--compare FILE]

Makes the bench's synthetic corpus of about that many documents (policy_cascades.bench.
config_for, seed 1), extracts it and links its documents and themes once, keeps that graph in
a pickle under the temporary directory (--cache), and then times `link_measures` alone: CPU
time (time.process_time; wall time on a shared machine is noise), best of --repeat runs, the
alignment caches emptied before each. --save writes every Measure -> Measure link (child,
parent, type, score to 1e-9, and every property) as JSON lines; --compare reads such a file
and says whether the links are the same, or how many were lost, gained and changed.
"""

from __future__ import annotations

import argparse
import gc
import json
import pickle
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.setrecursionlimit(100_000)  # pickling the graph's nested models

from policy_cascades.graph.link import measures as linker  # noqa: E402
from policy_cascades.graph.model import Subgraph  # noqa: E402


def prepared(documents: int, cache: Path) -> tuple[Subgraph, dict[str, set[str]]]:
    """The synthetic corpus's graph before measure lineage, and its declared lineage."""
    path = cache / f"linking-{documents}.pkl"
    if path.exists():
        with path.open("rb") as f:
            loaded: tuple[Subgraph, dict[str, set[str]]] = pickle.load(f)
        return loaded
    from policy_cascades.bench import config_for
    from policy_cascades.graph.build import document_to_subgraph
    from policy_cascades.graph.link import link_before_lineage
    from policy_cascades.graph.national import national_documents
    from policy_cascades.graph.pipeline import corpus_files, extract
    from policy_cascades.synth import generate, write_corpus

    with tempfile.TemporaryDirectory() as tmp:
        write_corpus(generate(config_for(documents, 1)), Path(tmp))
        extraction = extract(corpus_files([Path(tmp) / "corpus"]))
    parts = [document_to_subgraph(d) for d in [*national_documents(), *extraction.documents]]
    graph = Subgraph()
    for part in parts:
        graph.merge(part.graph)
    out, declared = link_before_lineage(parts, graph)
    graph.merge(out)
    with path.open("wb") as f:
        pickle.dump((graph, declared), f, protocol=5)
    return graph, declared


def timed(graph: Subgraph, declared: dict[str, set[str]], repeat: int
          ) -> tuple[list[float], list[list[Any]]]:
    """CPU seconds of each run, and the last run's links (with their unrounded scores)."""
    from policy_cascades.graph.link import reinvention, text

    scores: dict[tuple[str, str], float] = {}
    add_link = linker._add_link

    def recording(out: Subgraph, facts: Any, child: str, parent: str, score: float,
                  *args: Any, **kwargs: Any) -> None:
        scores[(child, parent)] = score
        add_link(out, facts, child, parent, score, *args, **kwargs)

    linker._add_link = recording  # type: ignore[assignment]
    times = []
    try:
        for _ in range(repeat):
            for cached in (reinvention._seeds, reinvention._plain, text._grams, text._kept_grams):
                cached.cache_clear()
            scores.clear()
            gc.collect()
            start = time.process_time()
            found = linker.link_measures(graph, declared)
            times.append(time.process_time() - start)
    finally:
        linker._add_link = add_link  # type: ignore[assignment]
    rows = [[r.start, r.end, r.type.value, round(scores[(r.start, r.end)], 9), r.props]
            for r in found.relationships.values()]
    return times, sorted(rows, key=lambda r: (r[0], r[1], r[2]))


def compared(expected: list[list[Any]], found: list[list[Any]]) -> str:
    if expected == found:
        return f"same links ({len(found):,})"
    old = {tuple(r[:3]): r for r in expected}
    new = {tuple(r[:3]): r for r in found}
    changed = sum(1 for k in old.keys() & new.keys() if old[k] != new[k])
    return (f"DIFFERENT: {len(old.keys() - new.keys()):,} lost, {len(new.keys() - old.keys()):,} "
            f"new, {changed:,} changed of {len(expected):,}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()))
    parser.add_argument("--save", type=Path, help="write the links here (JSON lines)")
    parser.add_argument("--compare", type=Path, help="links saved before, to compare with")
    args = parser.parse_args(argv)
    graph, declared = prepared(args.documents, args.cache)
    measures = sum(1 for n in graph.nodes.values() if n.label.value == "Measure")
    times, rows = timed(graph, declared, args.repeat)
    best = min(times)
    print(f"{measures:,} measures, {len(rows):,} links: link_measures best of {len(times)} "  # noqa: T201
          f"{best:.2f} s CPU, {1000 * best / measures:.3f} ms per measure "
          f"(runs: {', '.join(f'{t:.2f}' for t in times)})")
    lines = [json.dumps(r, ensure_ascii=False, sort_keys=True) for r in rows]
    if args.save:
        args.save.write_text("".join(line + "\n" for line in lines), "utf-8")
    if args.compare:
        expected = [json.loads(line) for line in args.compare.read_text("utf-8").splitlines()]
        verdict = compared(expected, [json.loads(line) for line in lines])
        print(verdict)  # noqa: T201
        return 0 if verdict.startswith("same") else 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
