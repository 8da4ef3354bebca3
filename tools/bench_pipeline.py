"""Benchmark extraction and linking: the seed corpus, and a synthetic corpus ~100x larger.

    python tools/bench_pipeline.py [--scale 100] [--repeat 5]

Prints figures; asserts nothing. The synthetic corpus copies the seed documents' records
into invented regions (provinces > cities > counties), renaming the places in their text,
so that the number of documents grows while each region keeps a bounded set of ancestors —
which is how a real corpus grows, and what the linker's blocking relies on.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from policy_cascades.graph.pipeline import build_graph, corpus_files, extract, seed_corpus  # noqa: E402
from policy_cascades.loaders import PolicyDocument  # noqa: E402
from policy_cascades.loaders.gazetteer import Region, gazetteer  # noqa: E402


def _timed(fn, repeat: int) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def synthetic(seed: list[PolicyDocument], provinces: int, cities: int, counties: int) -> list[PolicyDocument]:
    """Copies of 002 per province, 003 per city, 000 and 004 per county, in invented regions."""
    by_level = {d.source[:3]: d for d in seed}
    places = gazetteer()
    docs: list[PolicyDocument] = []
    for p in range(provinces):
        province = f"合成{p}省"
        places.regions[province] = Region(province, province, "provincial", "中国")
        docs.append(_copy(by_level["002"], province, "山东省", f"{p}"))
        for c in range(cities):
            city = f"合成{p}-{c}市"
            places.regions[city] = Region(city, city, "municipal", province)
            docs.append(_copy(by_level["003"], city, "淄博市", f"{p}-{c}"))
            for k in range(counties):
                county = f"合成{p}-{c}-{k}县"
                places.regions[county] = Region(county, county, "county", city)
                docs.append(_copy(by_level["004"], county, "周村区", f"{p}-{c}-{k}a"))
                docs.append(_copy(by_level["000"], county, "沂源县", f"{p}-{c}-{k}b"))
    return docs


def _copy(doc: PolicyDocument, region: str, original: str, tag: str) -> PolicyDocument:
    short = original[:2]
    measures = tuple(m.model_copy(update={
        "text": m.text.replace(original, region).replace(short, region[:-1]),
        "heading": m.heading.replace(short, region[:-1]),
    }) for m in doc.measures)
    return doc.model_copy(update={
        "source": f"synthetic-{tag}.txt", "region": region, "region_path": gazetteer().path(region),
        "doc_number": f"合成{tag}〔2020〕1号", "title": f"{doc.title}（{region}）",
        "issuers": (f"{region}人民政府",), "references": (), "measures": measures,
    })


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=int, default=100, help="about how many times the seed corpus")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    files = corpus_files([seed_corpus()])
    extract(files)  # warm the reference data
    seconds, result = _timed(lambda: extract(files), args.repeat)
    seed = result.documents  # type: ignore[attr-defined]
    measures = sum(len(d.measures) for d in seed)
    print(f"extract seed corpus: {len(seed)} documents, {measures} measures, "
          f"{sum(f.stat().st_size for f in files) / 1024:.0f} KiB: {seconds * 1000:.0f} ms (median of {args.repeat})")

    seconds, graph = _timed(lambda: build_graph(seed), max(1, args.repeat // 2))
    print(f"build + link seed corpus: {seconds:.2f} s -> {len(graph.nodes)} nodes, "  # type: ignore[attr-defined]
          f"{len(graph.relationships)} relationships")  # type: ignore[attr-defined]

    # 10 provinces x 5 cities x k counties with two documents each: 60 + 100k documents
    counties = max(1, round((args.scale * len(seed) - 60) / 100))
    docs = synthetic(seed, provinces=10, cities=5, counties=counties)
    n_measures = sum(len(d.measures) for d in docs)
    start = time.perf_counter()
    big = build_graph(docs)
    seconds = time.perf_counter() - start
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"build + link synthetic corpus: {len(docs)} documents ({len(docs) / len(seed):.0f}x), "
          f"{n_measures} measures: {seconds:.1f} s -> {len(big.nodes)} nodes, {len(big.relationships)} "
          f"relationships; peak RSS {rss:.0f} MiB")
    print(f"linking cost per measure: synthetic {seconds / n_measures * 1e3:.2f} ms")


if __name__ == "__main__":
    main()
