"""Peak memory of a whole `load` into the embedded store, phase by phase (issue 12).

    python tools/bench_memory.py --documents 1000 [--corpus DIR] [--json FILE]

Makes `bench`'s synthetic corpus of about that many documents (policy_cascades.bench.
config_for(N, 1), written by `policy-cascades synth`) in DIR, unless DIR already holds one;
then, in this process, runs the CLI's `load --replace --store memory --workers 1 DIR/corpus`
into a throw-away graph file. A thread samples VmRSS every 50 ms; VmHWM is read at the end.
Phases are marked by wrapping some of the pipeline's functions (whichever the code run has,
so that the tool measures older commits too): each row gives the phase's seconds, the
resident MiB when it was last left and the highest sampled during it (a phase met several
times, a store write of each province's links, is one row). Prints one Markdown table; run
it niced, one at a time, on a quiet machine: the figures are resident memory, not time.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def status(key: str) -> float:
    """A /proc/self/status figure (VmRSS, VmHWM) in MiB."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1]) / 1024
    return 0.0


class Phases:
    """The current phase and, per phase, its seconds, highest and last resident MiB; a thread
    samples VmRSS into the current phase every `every` seconds."""

    def __init__(self, every: float = 0.05) -> None:
        self.every = every
        self.rows: dict[str, dict[str, float]] = {}
        self.current, self.since = "imports", time.perf_counter()
        self.lock = threading.Lock()
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._sample, daemon=True)
        self.thread.start()

    def _sample(self) -> None:
        while not self.done.wait(self.every):
            rss = status("VmRSS")
            with self.lock:
                row = self._row(self.current)
                row["peak"] = max(row["peak"], rss)

    def _row(self, name: str) -> dict[str, float]:
        return self.rows.setdefault(name, {"seconds": 0.0, "end": 0.0, "peak": 0.0})

    def enter(self, name: str) -> str:
        """Close the current phase, start `name`; returns the phase left."""
        rss, now = status("VmRSS"), time.perf_counter()
        with self.lock:
            row = self._row(self.current)
            row["seconds"] += now - self.since
            row["end"], row["peak"] = rss, max(row["peak"], rss)
            left, self.current, self.since = self.current, name, now
        return left

    def stop(self) -> None:
        self.done.set()
        self.thread.join()
        self.enter("end")
        self.rows.pop("end", None)


def wrap(owner: Any, name: str, phases: Phases, before: str | None = None,
         after: str | None = None, back: bool = False, inside: str | None = None) -> None:
    """Mark `before` on entering owner.name and `after` on leaving it; `back`: return to the
    phase it was called in; `inside`: mark nothing when called in that phase."""
    fn = getattr(owner, name, None)
    if fn is None:
        return

    def wrapped(*args: Any, **kwargs: Any) -> Any:
        if inside is not None and phases.current == inside:
            return fn(*args, **kwargs)
        left = phases.enter(before) if before else None
        try:
            return fn(*args, **kwargs)
        finally:
            if back and left is not None:
                phases.enter(left)
            elif after:
                phases.enter(after)

    setattr(owner, name, wrapped)


def instrument(phases: Phases) -> Callable[[list[str]], Any]:
    """Import the pipeline, wrap the functions that mark phases, and return the CLI's main."""
    import policy_cascades.graph.link as link
    import policy_cascades.graph.link.measures as measures
    import policy_cascades.graph.link.pairs as pairs
    from policy_cascades import cli
    from policy_cascades.graph import pipeline
    from policy_cascades.graph.memory_store import MemoryStore

    documents = "documents' own subgraphs, written into the store one by one"
    wrap(cli, "extract", phases, before="records (extract)",
         after="documents' parts, merged into one graph")
    wrap(pipeline, "_write_documents", phases, before=documents)  # where the code has it
    for owner in (link, pipeline):  # where it is called from
        wrap(owner, "link_before_lineage", phases, before="documents and themes linked",
             after="facts and the corpus's TF-IDF spaces fitted")
    lineage = "measure lineage, a province a task"
    if hasattr(measures, "national_hubs"):  # older code: called last before the tasks
        wrap(measures, "national_hubs", phases, after=lineage)
    else:  # the spaces are fitted, and the hubs computed, in Fitted
        wrap(pairs.Fitted, "__init__", phases, after=lineage)
    wrap(MemoryStore, "write", phases, before="store write", back=True, inside=documents)
    wrap(MemoryStore, "save", phases, before="save")
    main: Callable[[list[str]], Any] = cli.main
    return main


def make_corpus(documents: int, out: Path) -> None:
    """bench's corpus of about `documents` documents, by the synth command, in a process of
    its own (the generator's objects must not count in the load's memory)."""
    code = ("import sys; from policy_cascades.bench import config_for; "
            "c = config_for(int(sys.argv[1]), 1); "
            "print(c.provinces, c.cities or 0, c.counties or 0, c.rounds)")
    shape = subprocess.run([sys.executable, "-c", code, str(documents)], cwd=ROOT, check=True,
                           capture_output=True, text=True).stdout.split()
    provinces, cities, counties, rounds = shape
    args = ["--provinces", provinces, "--seed", "1", "--rounds", rounds, "--out", str(out)]
    args += ["--cities", cities] if cities != "0" else []
    args += ["--counties", counties] if counties != "0" else []
    subprocess.run([sys.executable, "-m", "policy_cascades", "synth", *args], cwd=ROOT, check=True)


def measure(corpus: Path) -> dict[str, Any]:
    """Load `corpus` (a folder of documents) into a fresh embedded store, phases marked."""
    phases = Phases()
    main = instrument(phases)
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["GRAPH_FILE"] = str(Path(tmp) / "graph.json.gz")
        try:
            with contextlib.redirect_stdout(sys.stderr):  # the load's own counts
                main(["load", "--replace", "--store", "memory", "--workers", "1", str(corpus)],
                     standalone_mode=False)  # type: ignore[call-arg]
        finally:
            phases.stop()
    return {"seconds": time.perf_counter() - start, "peak_mib": status("VmHWM"),
            "phases": phases.rows}


def table(result: dict[str, Any]) -> str:
    lines = ["| phase | seconds | MiB at its end | highest MiB sampled |", "|---|---|---|---|"]
    for name, row in result["phases"].items():
        lines.append(f"| {name} | {row['seconds']:.1f} | {row['end']:,.0f} | {row['peak']:,.0f} |")
    lines.append(f"| **peak of the load (VmHWM)** | {result['seconds']:.0f} | | "
                 f"**{result['peak_mib']:,.0f}** |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--corpus", type=Path,
                        help="the corpus's folder (default: bench-memory-N under the temporary "
                             "directory; made when it holds no corpus/)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    corpus = args.corpus or Path(tempfile.gettempdir()) / f"bench-memory-{args.documents}"
    if not (corpus / "corpus").is_dir():
        make_corpus(args.documents, corpus)
    loadavg = Path("/proc/loadavg").read_text().split()[:3]
    result = measure(corpus / "corpus")
    result |= {"documents": args.documents, "loadavg_before": loadavg,
               "loadavg_after": Path("/proc/loadavg").read_text().split()[:3]}
    print(table(result))  # noqa: T201
    print(f"load average {' '.join(loadavg)} before, {' '.join(result['loadavg_after'])} "  # noqa: T201
          "after")
    if args.json:
        args.json.write_text(json.dumps(result, indent=1), "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
