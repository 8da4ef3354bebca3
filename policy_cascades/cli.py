"""The `policy-cascades` command: extract, load, export, stats, trace, serve.

A thin layer: it parses arguments, opens a store and calls library code. Errors leave
through ClickException with the file or server they concern.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import click

from policy_cascades.cli_bulk import bulk
from policy_cascades.errors import PolicyCascadesError
from policy_cascades.graph import render
from policy_cascades.graph.export import WRITERS
from policy_cascades.graph.lookup import find_node
from policy_cascades.graph.memory_store import MemoryStore, graph_file_lock
from policy_cascades.graph.model import Subgraph
from policy_cascades.graph.pipeline import (
    Extraction,
    corpus_files,
    default_workers,
    extract,
    seed_corpus,
    stored_documents,
    with_stored,
    write_graph,
)
from policy_cascades.graph.store import GraphStore
from policy_cascades.graph.stores import open_memory, open_neo4j
from policy_cascades.graph.trace import trace_down, trace_up
from policy_cascades.loaders.records import PolicyDocument
from policy_cascades.settings import get_settings


def _out(text: str) -> None:
    click.echo(text)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-v", "--verbose", is_flag=True, help="Log what happens (to stderr).")
@click.option("--neo4j-uri", metavar="URI", help="Use this Neo4j (else NEO4J_URI; unset: the embedded store).")
@click.option("--neo4j-user", metavar="USER", help="Else NEO4J_USER (default neo4j).")
@click.option("--neo4j-password", metavar="PASSWORD", help="Else NEO4J_PASSWORD.")
@click.option("--neo4j-database", metavar="NAME", help="Else NEO4J_DATABASE (default neo4j).")
def main(verbose: bool, neo4j_uri: str | None, neo4j_user: str | None, neo4j_password: str | None,
         neo4j_database: str | None) -> None:
    """Trace how Chinese policy cascades down the levels of government.

    Quick start: `policy-cascades load` builds the shipped seed corpus into the embedded
    store, `policy-cascades serve` serves the API on it (http://127.0.0.1:8000/docs).
    Neo4j is used instead when NEO4J_URI is set, or --neo4j-uri given (or --store neo4j).
    """
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    flags = {"NEO4J_URI": neo4j_uri, "NEO4J_USER": neo4j_user, "NEO4J_PASSWORD": neo4j_password,
             "NEO4J_DATABASE": neo4j_database}
    given = {name: value for name, value in flags.items() if value}
    if given:  # flags win over the environment; settings (and `serve`) read the environment
        os.environ.update(given)
        get_settings.cache_clear()


# -- extract ------------------------------------------------------------------------------


_WORKERS_OPTION = click.option(
    "--workers", type=click.IntRange(min=1),
    help="Local processes for the independent tasks: parsing a file, linking a province's "
         "measures (default: one per core for 100 files or 20,000 measures or more, else 1).")
_SCHEDULER_OPTION = click.option(
    "--scheduler", metavar="ADDRESS",
    help="Run those tasks on a Dask cluster instead (tcp://host:8786; its workers must see "
         'the files; needs pip install "policy-cascades[cluster]"). The result is the same.')


def _extract(files: list[Path], workers: int | None, scheduler: str | None,
             progress: Callable[[Path], None] | None = None) -> Extraction:
    try:
        return extract(files, progress, workers or default_workers(len(files)), scheduler)
    except PolicyCascadesError as err:
        raise click.ClickException(str(err)) from err


@main.command("extract")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="One stable JSON document for all files.")
@_WORKERS_OPTION
@_SCHEDULER_OPTION
def extract_command(files: tuple[Path, ...], as_json: bool, workers: int | None,
                    scheduler: str | None) -> None:
    """Extract the records of policy documents (FILES or folders of *.txt)."""
    result = _extract(corpus_files(files), workers, scheduler)
    if as_json:
        _out(json.dumps({
            "documents": [d.model_dump(mode="json") for d in result.documents],
            "failures": [{"file": str(f), "error": e} for f, e in result.failures],
        }, ensure_ascii=False, indent=1))
    else:
        for doc in result.documents:
            _out(_summary(doc))
            _warn(doc)
    for _path, error in result.failures:
        click.echo(f"failed: {error}", err=True)
    if result.failures:
        sys.exit(1)


def _warn(doc: object) -> None:
    """Each warning of a document kept with a missing or doubtful field, on stderr."""
    for warning in getattr(doc, "warnings", ()):
        where = f"{doc.source}:{warning.line}" if warning.line else doc.source  # type: ignore[attr-defined]
        click.echo(f"warning: {where}: {warning.field}: {warning.message}", err=True)


def _summary(doc: object) -> str:
    from policy_cascades.loaders.records import PolicyDocument

    assert isinstance(doc, PolicyDocument)
    kinds: dict[str, int] = {}
    for m in doc.measures:
        kinds[m.kind] = kinds.get(m.kind, 0) + 1
    lines = [f"{doc.source}: {doc.doc_number or '(no 文号)'} {doc.title}",
             f"  issued by {'、'.join(doc.issuers)} ({doc.level}, {' < '.join(doc.region_path)}) on {doc.date}",
             "  measures: " + ", ".join(f"{n} {k}s" for k, n in kinds.items()),
             f"  references: {len(doc.all_references())}; themes: {'、'.join(doc.themes) or '-'}"]
    return "\n".join(lines)


# -- stores -------------------------------------------------------------------------------


def _store(kind: str | None, saved: bool = False) -> GraphStore:
    """The store to use; `saved`: the embedded one must have been loaded already (a command
    that reads says so, instead of building the seed corpus behind the user's back)."""
    settings = get_settings()
    kind = kind or settings.store
    if saved and kind != "neo4j" and not settings.graph_file.exists():
        raise click.ClickException(
            f"no saved graph at {settings.graph_file} (GRAPH_FILE): load one first with "
            "`policy-cascades load [PATHS]` (no PATHS: the shipped seed corpus)")
    try:
        if kind == "neo4j":
            if not settings.neo4j_uri:
                raise click.ClickException("--store neo4j needs NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD)")
            password = settings.neo4j_password.get_secret_value() if settings.neo4j_password else None
            return open_neo4j(settings.neo4j_uri, settings.neo4j_user, password, settings.neo4j_database)
        return open_memory(settings.graph_file)
    except PolicyCascadesError as err:
        raise click.ClickException(str(err)) from err


_STORE_OPTION = click.option("--store", "store_kind", type=click.Choice(["memory", "neo4j"]),
                             help="Default: neo4j when NEO4J_URI is set, else memory (GRAPH_FILE).")


@main.command("load")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@_STORE_OPTION
@click.option("--replace", is_flag=True, help="Drop what the store holds (default: add to it).")
@click.option("--batch-rows", type=click.IntRange(min=1), metavar="N",
              help="Neo4j: commit every N rows (default: the whole load in one transaction). "
                   "For a load larger than the server's transaction memory; an interrupted "
                   "load is reported and completed by running it again.")
@_WORKERS_OPTION
@_SCHEDULER_OPTION
def load_command(paths: tuple[Path, ...], store_kind: str | None, replace: bool,
                 batch_rows: int | None, workers: int | None, scheduler: str | None) -> None:
    """Load documents (default: the shipped seed corpus) into a store, linked into cascades.

    The documents already stored are linked with the new ones as if all had been loaded at
    once (each Document keeps its extracted record for this), so loading a county's plan
    later links it to its city's and province's measures. Loading the same files twice
    changes nothing.

    On Neo4j a load is one transaction (killed or failed, the graph is as it was); with
    --batch-rows it is committed in parts, and an interrupted one is reported here and by
    `stats` until a load finishes.
    """
    settings = get_settings()
    kind = store_kind or settings.store
    if batch_rows is not None and kind != "neo4j":
        raise click.UsageError("--batch-rows is for the neo4j store (the embedded store "
                               "writes its file whole)")
    files = corpus_files(paths or (seed_corpus(),))
    with click.progressbar(length=len(files), label="extracting", file=sys.stderr) as bar:
        result = _extract(files, workers, scheduler, progress=lambda _: bar.update(1))
    for _path, error in result.failures:
        click.echo(f"skipped: {error}", err=True)
    for doc in result.documents:
        _warn(doc)
    loaded = len(result.documents)
    with _graph_file_lock(settings.graph_file if kind == "memory" else None):
        stored, after, before = _load(result.documents, kind, replace, batch_rows, workers,
                                      scheduler)
    _out(f"loaded {loaded} documents ({len(result.failures)} failed) into {kind}, "
         f"linked with {stored} stored ones")
    _out(f"  {'':16} {'added':>7} {'total':>7}")
    for name in sorted(after):
        _out(f"  {name:16} {after[name] - before.get(name, 0):>7} {after[name]:>7}")
    if result.failures:
        sys.exit(1)


@contextlib.contextmanager
def _graph_file_lock(path: Path | None) -> Iterator[None]:
    """Loads into one graph file take turns (read, merge, write), so none is lost."""
    if path is None:
        yield
        return
    with graph_file_lock(path):
        yield


def _load(documents: list[PolicyDocument], kind: str, replace: bool, batch_rows: int | None = None,
          workers: int | None = None, scheduler: str | None = None
          ) -> tuple[int, dict[str, int], dict[str, int]]:
    """Link `documents` with the stored ones and write the graph: (stored documents linked
    with, counts after, counts before). Takes the records: `documents` is emptied
    (write_graph drops them once documents and themes are linked)."""
    settings = get_settings()
    try:
        if kind == "memory":
            saved = settings.graph_file.exists() and not replace
            store: GraphStore = MemoryStore.open(settings.graph_file) if saved else MemoryStore()
        else:
            store = _store(kind)
        before = store.stats()
        _warn_interrupted(store, "this load writes the graph whole again")
        stored, missing = ([], []) if replace else stored_documents(store)
        if missing:
            click.echo(f"warning: {len(missing)} stored documents carry no record (loaded by an "
                       "older version): the new documents are linked among themselves only; "
                       "load everything again with --replace to link across all", err=True)
        records, linked = with_stored(stored, documents), len(stored)
        documents.clear()
        del stored
        whole = replace or bool(linked and not missing)  # the graph is written whole again
        if isinstance(store, MemoryStore):
            if whole:
                store = MemoryStore()  # the old one, its records read, is not needed
            # each piece packed into the store as it comes; saved (atomically) at the end
            write_graph(records, store, workers=workers, scheduler=scheduler)
            store.save(settings.graph_file)
        else:
            _write_neo4j(store, records, whole, batch_rows, workers, scheduler)
        after = store.stats()
        store.close()
    except PolicyCascadesError as err:
        raise click.ClickException(str(err)) from err
    return linked, after, before


def _write_neo4j(store: GraphStore, records: list[PolicyDocument], whole: bool,
                 batch_rows: int | None, workers: int | None, scheduler: str | None) -> None:
    """The graph built whole, then written in one transaction (in parts with `batch_rows`):
    a failed or killed load leaves the graph as it was."""
    graph = Subgraph()
    write_graph(records, graph, workers=workers, scheduler=scheduler)
    rows = len(graph.nodes) + len(graph.relationships)
    parts = {} if batch_rows is None else {"batch_rows": batch_rows}
    with click.progressbar(length=rows, label=f"writing to {store.name}", file=sys.stderr) as bar:
        if not whole:
            store.write(graph, bar.update, **parts)
            return
        replace = getattr(store, "replace", None)
        if replace is None:
            raise click.ClickException(f"the {store.name} store cannot replace its graph atomically")
        replace(graph, bar.update, **parts)  # one transaction unless in parts (batch_rows)


def _warn_interrupted(store: GraphStore, then: str) -> None:
    """Say so when a Neo4j load in parts did not finish: the graph holds part of it."""
    interrupted = getattr(store, "interrupted_load", None)
    found = interrupted() if interrupted is not None else None
    if found:
        click.echo(f"warning: a load in parts ({found.get('rows', '?')} rows, started "
                   f"{found.get('started', '?')}) did not finish: the graph holds part of it; "
                   f"{then}", err=True)


@main.command("stats")
@_STORE_OPTION
def stats_command(store_kind: str | None) -> None:
    """Count nodes per label and relationships per type."""
    store = _store(store_kind, saved=True)
    try:
        _warn_interrupted(store, "run that load again to complete it")
        for name, count in store.stats().items():
            _out(f"{name:16} {count}")
    finally:
        store.close()


@main.command("export")
@click.option("--format", "fmt", type=click.Choice(sorted(WRITERS)), default="json", show_default=True)
@click.option("--out", "out", type=click.Path(path_type=Path), required=True,
              help="A file (json, graphml) or a folder (csv, for neo4j-admin database import).")
@_STORE_OPTION
def export_command(fmt: str, out: Path, store_kind: str | None) -> None:
    """Export the whole graph."""
    store = _store(store_kind, saved=True)
    try:
        written = WRITERS[fmt](store.subgraph(), out)
    finally:
        store.close()
    for path in written:
        _out(str(path))


# -- trace --------------------------------------------------------------------------------


@main.command("trace")
@click.argument("node")
@click.option("--up", "direction", flag_value="up", help="From a local action up to its origin.")
@click.option("--down", "direction", flag_value="down", default=True, help="From a directive down (default).")
@click.option("--depth", default=4, show_default=True, type=click.IntRange(1, 10))
@click.option("--basis", type=click.Choice(["all", "declared"]), default="all", show_default=True)
@click.option("--format", "fmt", type=click.Choice(["text", "tree", "json", "mermaid", "dot"]),
              default="text", show_default=True,
              help="text: one chain a line; tree: indented (coloured on a terminal); mermaid, dot: diagrams.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="Write to this file instead.")
@click.option("--min-score", type=click.FloatRange(0.0, 1.0), default=0.0, show_default=True,
              help="Follow inferred links only at or above this score (the chance, measured on "
                   "held-out judged links, that such a link is true).")
@click.option("--limit", type=click.IntRange(min=1), default=None,
              help="Only this many chains (a page, walked no further than it needs); "
                   "all of them by default (up to 500).")
@click.option("--offset", type=click.IntRange(min=0), default=0, show_default=True,
              help="Skip this many chains first (chains come in the walk's order).")
@_STORE_OPTION
def trace_command(node: str, direction: str, depth: int, basis: str, fmt: str, out: Path | None,
                  min_score: float, limit: int | None, offset: int, store_kind: str | None) -> None:
    """Trace a cascade from NODE: an id, a 文号, or 文号#path (政府工作报告#六保.1).

    Example: policy-cascades trace "周政字〔2020〕8号#三.(一).15" --up --format tree
    """
    store = _store(store_kind, saved=True)
    try:
        found = find_node(store, node)
        if found is None:
            raise click.ClickException(f"no node {node!r} (try an id, a 文号, or 文号#path)")
        walk = trace_down if direction == "down" else trace_up
        trace = walk(store, found.id, depth, basis, min_score,  # type: ignore[arg-type]
                     limit=limit, offset=offset)
    finally:
        store.close()
    assert trace is not None
    if fmt == "json":
        text = json.dumps(trace.to_json(), ensure_ascii=False, indent=1)
    elif fmt == "tree":
        text = render.tree(trace, color=out is None and sys.stdout.isatty(), style=click.style)
    elif fmt in render.FORMATS:
        text = render.FORMATS[fmt](trace)
    else:
        text = "\n".join(" -> ".join(render.label(trace.nodes[n]) for n in path.nodes)
                         for path in trace.paths) or f"nothing {direction} from {found.id}"
    if out is not None:
        out.write_text(text if text.endswith("\n") else text + "\n", "utf-8")
        _out(str(out))
    else:
        _out(text.rstrip("\n"))


# -- query --------------------------------------------------------------------------------


@main.command("query")
@click.argument("name", required=False)
@click.option("--param", "-p", "pairs", multiple=True, metavar="KEY=VALUE",
              help="A parameter (repeatable). A list: KEY=a,b or the KEY given again.")
@click.option("--list", "list_queries", is_flag=True, help="List the named queries and stop.")
@click.option("--timeout", default=30.0, show_default=True, type=click.FloatRange(min=0.1),
              help="Seconds before Neo4j stops the query.")
@_STORE_OPTION
def query_command(name: str | None, pairs: tuple[str, ...], list_queries: bool, timeout: float,
                  store_kind: str | None) -> None:
    """Run the named query NAME (queries/*.cypher) and print its rows as JSON: the Cypher on
    Neo4j, its Python twin on the embedded store (the same rows). An `id` parameter takes
    what `trace` takes: an id, a 文号, or 文号#path."""
    from policy_cascades.queries import bind, get_query, load_queries, run_named

    if list_queries:
        for query in load_queries().values():
            _out(f"{query.name}: {query.summary}\n    params: {query.signature}")
        return
    if not name:
        raise click.UsageError("give a query NAME (policy-cascades query --list shows them)")
    try:
        params = _query_params(pairs)
        bind(get_query(name), params)  # a bad name or parameter fails before opening a store
    except PolicyCascadesError as err:
        raise click.ClickException(str(err)) from err
    store = _store(store_kind)
    try:
        rows = run_named(store, name, params, timeout=timeout)
    except PolicyCascadesError as err:
        raise click.ClickException(str(err)) from err
    finally:
        store.close()
    _out(json.dumps(rows, ensure_ascii=False, indent=1))


def _query_params(pairs: tuple[str, ...]) -> dict[str, str | list[str]]:
    """KEY=VALUE pairs; a KEY given twice collects its values into a list."""
    from policy_cascades.queries import QueryParamError

    params: dict[str, str | list[str]] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise QueryParamError(f"--param {pair!r}: expected KEY=VALUE")
        key = key.strip()
        if key in params:
            old = params[key]
            params[key] = [*(old if isinstance(old, list) else [old]), value]
        else:
            params[key] = value
    return params


# -- serve --------------------------------------------------------------------------------


@main.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Worker processes (about one per core): each serves the whole API, on "
                   "its own copy of the embedded graph or its own Neo4j driver.")
def serve_command(host: str, port: int, workers: int) -> None:
    """Serve the API (OpenAPI docs at /docs) on the configured store."""
    import uvicorn

    settings = get_settings()
    if workers > 1 and settings.store == "memory" and not settings.graph_file.exists():
        open_memory(settings.graph_file)  # the seed corpus, built once, not by each worker
    uvicorn.run("policy_cascades.api.main:app", host=host, port=port, workers=workers)


# -- synth (issue 12) ---------------------------------------------------------------------


@main.command("synth")
@click.option("--provinces", default=2, show_default=True, type=click.IntRange(1, 34),
              help="How many provinces to draw (with the seed) from the gazetteer's 31 mainland ones.")
@click.option("--seed", default=1, show_default=True, type=int, help="The same seed gives the same corpus.")
@click.option("--out", "out", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder to write corpus/*.txt, documents.jsonl, truth.jsonl and summary.json to.")
@click.option("--cities", type=click.IntRange(0), help="At most this many prefecture-level units per province (default: all).")
@click.option("--counties", type=click.IntRange(0), help="At most this many county-level units per parent (default: all).")
@click.option("--rounds", default=3, show_default=True, type=click.IntRange(1, 10),
              help="Campaigns, one document per region each: 六保 (2020), 六稳 (2018), 稳就业保民生 (2020); "
                   "4 to 10 add seven more campaigns of those years (31 provinces at 10: about the "
                   "national size, 770,000 measures).")
def synth_command(provinces: int, seed: int, out: Path, cities: int | None, counties: int | None,
                  rounds: int) -> None:
    """Write a synthetic national corpus with its true measure lineage.

    Real regions and codes from the gazetteer; each region issues one document per campaign
    carrying out its parent region's (the province: the national 六保/六稳 items), in the
    genre's shapes (文号, headers, outlines, notes, references). truth.jsonl gives, for every
    measure, the parent measure(s) it copies, adapts or merges, or none (new); load
    OUT/corpus like any folder. Example: policy-cascades synth --provinces 3 --seed 7 --out /tmp/syn
    """
    from policy_cascades.synth import SynthConfig, generate, write_corpus

    config = SynthConfig(provinces=provinces, seed=seed, cities=cities, counties=counties, rounds=rounds)
    summary = write_corpus(generate(config), out)
    levels = ", ".join(f"{n} {level}" for level, n in summary["by_level"].items())
    ops = ", ".join(f"{n} {op}" for op, n in summary["ops"].items())
    _out(f"{summary['documents']} documents ({levels}), {summary['measures']} measures, "
         f"{summary['bytes'] / 1e6:.1f} MB in {out / 'corpus'}; items: {ops}")


@main.command("bench")
@click.option("--sizes", default="100,1000", show_default=True, metavar="N,N…",
              help="Corpus sizes in documents (about; e.g. 100,1000,10000 — 10,000 is about the national size).")
@click.option("--seed", default=1, show_default=True, type=int, help="The synthetic corpora's seed.")
@click.option("--requests", default=100, show_default=True, type=click.IntRange(1),
              help="Timed calls per trace/search kind.")
@click.option("--no-api", is_flag=True, help="Skip the API start-up timing.")
@click.option("--neo4j", "neo4j", is_flag=True,
              help="Also load each graph into Neo4j and time trace/search there: NEO4J_URI's "
                   "database is EMPTIED; unset, a throw-away local server is started.")
def bench_command(sizes: str, seed: int, requests: int, no_api: bool, neo4j: bool) -> None:
    """Benchmark the pipeline on synthetic national corpora; print one Markdown table.

    Per size, in a process of its own: extraction documents/s and MB/s, linking time and
    ms per measure (and its growth per 10x), the linker's precision and recall against the
    corpus's true lineage, peak RSS, embedded-store load rows/s, p50/p95 of trace up, trace
    down and search, and the API's start-up on the saved graph. Sizes of 10,000 take many
    minutes and GiBs.
    """
    from policy_cascades.bench import run, table

    try:
        wanted = [int(x.replace("_", "")) for x in sizes.split(",") if x.strip()]
    except ValueError as err:
        raise click.BadParameter(f"{sizes!r}: expected sizes like 100,1000", param_hint="--sizes") from err
    try:
        rows = run(wanted, seed, requests, api=not no_api, neo4j=neo4j,
                   progress=lambda line: click.echo(line, err=True))
    except RuntimeError as err:
        raise click.ClickException(str(err)) from err
    _out(table(rows))


main.add_command(bulk)  # bulk import|finish: policy_cascades/cli_bulk.py


if __name__ == "__main__":
    main()
