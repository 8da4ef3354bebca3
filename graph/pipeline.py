"""Files -> records -> one linked graph: the data flow of the whole project in one place."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from policy_cascades.errors import ParseError
from policy_cascades.graph.build import RECORD, DocumentGraph, document_to_subgraph
from policy_cascades.graph.ids import record_id
from policy_cascades.graph.link import link_before_lineage
from policy_cascades.graph.link.facts import Facts
from policy_cascades.graph.link.measures import province_links
from policy_cascades.graph.memory_store import MemoryStore
from policy_cascades.graph.model import Label, Node, Subgraph
from policy_cascades.graph.national import SOURCE as NATIONAL
from policy_cascades.graph.national import national_documents, national_urls
from policy_cascades.graph.store import GraphStore
from policy_cascades.graph.tasks import cores, run
from policy_cascades.loaders import PolicyDocument, read_document
from policy_cascades.loaders.formats import DOCUMENT_SUFFIXES

logger = logging.getLogger(__name__)


def seed_corpus() -> Path:
    """The five documents the project ships as its sample data."""
    return Path(str(resources.files("policy_cascades.loaders").joinpath("data", "corpus")))


def corpus_files(paths: Iterable[Path]) -> list[Path]:
    """Files named, and the documents of folders named, in a stable order.

    A folder yields what `read_document` reads (.txt .html .htm .docx .pdf) and the formats it
    refuses with a conversion hint (.doc .wps .ofd …), so that these are reported, not skipped.
    """
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.iterdir() if p.suffix.lower() in DOCUMENT_SUFFIXES))
        else:
            files.append(path)
    return files


@dataclass
class Extraction:
    documents: list[PolicyDocument] = field(default_factory=list)
    failures: list[tuple[Path, str]] = field(default_factory=list)  # (file, message)


def extract(files: Sequence[Path], progress: Callable[[Path], None] | None = None,
            workers: int = 1, scheduler: str | None = None) -> Extraction:
    """Parse every file; a file that fails is reported and the others go on.

    Files are independent tasks: with `workers` > 1 they are parsed in a local process pool,
    with `scheduler` (a Dask scheduler address, tcp://host:8786) on that Dask cluster, whose
    workers must see the same files. The result is the same either way, in the files' order.
    """
    out = Extraction()
    for path, (doc, error) in zip(files, run(parse_file, files, workers, scheduler), strict=True):
        if doc is not None:
            out.documents.append(doc)
        else:
            logger.warning("%s", error)
            out.failures.append((path, str(error)))
        if progress:
            progress(path)
    return out


def default_workers(files: int) -> int:
    """A process per core once there are enough files to pay for starting them (about 50
    a process), else 1."""
    return max(1, min(cores(), files // 50))


Parsed = tuple[PolicyDocument | None, str | None]


def parse_file(path: Path) -> Parsed:
    """One task: the record of a file, or why it has none. A fault of the extractor itself on
    one file is that file's failure too, named, so that the other files still load."""
    try:
        return read_document(path), None
    except ParseError as err:
        return None, str(err)
    except Exception as err:  # noqa: BLE001 - a bug met on one file must not end the load
        logger.debug("extracting %s failed", path, exc_info=True)
        return None, (f"{path}: the extractor failed on this file ({type(err).__name__}: {err}); "
                      "the other files are loaded: please report this one")


def build_graph(documents: Sequence[PolicyDocument], national: bool = True,
                lineage: bool = True, workers: int | None = None,
                scheduler: str | None = None) -> Subgraph:
    """The documents' own subgraphs (with the national directives), linked into cascades
    (without `lineage`, no Measure -> Measure links: what the link models are trained on).

    Lineage is linked a province a task: in `workers` local processes (default: one per core
    for a corpus large enough to pay for them, link_workers) or on the Dask cluster at
    `scheduler`; the graph is the same either way. It is write_graph's pieces, merged (the
    caller's `documents` are left as they were)."""
    graph = Subgraph()
    write_graph(list(documents), graph, national, lineage, workers, scheduler)
    return graph


def write_graph(records: list[PolicyDocument], into: Subgraph | MemoryStore,
                national: bool = True, lineage: bool = True, workers: int | None = None,
                scheduler: str | None = None) -> None:
    """build_graph's graph, written into `into` (a Subgraph merges it, the embedded store
    packs it) in pieces as they are made: each document's own subgraph, then every link but
    measure lineage (references, themes: read from what was written, graph/reader.py), then
    each province's lineage links (the nodes they join are all written by then). Written in
    turn, the pieces are build_graph's graph: into the store, inside MemoryStore.loading, up
    to the lineage, so that its merges are a Subgraph's.

    So a load into the embedded store never holds the documents' graph as Node and
    Relationship objects (4.4 KB a measure at 10,000 documents, and the holes they left when
    freed), nor its links (issue 12). It takes `records`: the list is emptied, each record
    is dropped once its document's subgraph is written but for what the linker reads of it
    (DocumentGraph.for_linking: no measures), and that once documents and themes are linked
    (each Document keeps its record as `_record`); the lineage reads the measures' facts."""
    write, loading = ((into.merge, nullcontext) if isinstance(into, Subgraph)
                      else (into.write, into.loading))
    with loading():
        parts = _write_documents(records, national, write)
        out, declared = link_before_lineage(parts, into)
        del parts
        write(out)
        del out
    if lineage:  # the measures' facts, read from what was written (a store's when asked)
        facts = Facts.of(into)
        if workers is None:
            workers = link_workers(len(facts.measures))
        for links in province_links(facts, declared, workers=workers, scheduler=scheduler):
            write(links)
            del links  # not held while the next province is linked


def _write_documents(records: list[PolicyDocument], national: bool,
                     write: Callable[[Subgraph], object]) -> list[DocumentGraph]:
    """Each document's own subgraph (the national directives' first), written as it is made,
    and each document's part as the linker reads it (DocumentGraph.for_linking: its record
    but for the measures, its references). Empties `records`."""
    documents = [*(national_documents() if national else []), *unique_documents(records)]
    records.clear()
    documents.reverse()
    parts: list[DocumentGraph] = []
    while documents:  # each record dropped once written, so that later ones reuse its memory
        part = document_to_subgraph(documents.pop())
        write(part.graph)
        if part.doc.source == NATIONAL:
            write(_urls(part))
        parts.append(part.for_linking())
    return parts


def link_workers(measures: int) -> int:
    """A process per core once a corpus has enough measures to pay for shipping each province
    to a process (about 20,000), else 1."""
    return max(1, min(cores(), measures // 20_000))


def unique_documents(documents: Sequence[PolicyDocument]) -> list[PolicyDocument]:
    """The documents, each once: a record with the same region, title and outline as an earlier
    one, under another id (a 文号 printed oddly in one copy, a repost without it) or the same (one
    page saved twice), is the same document, left out with a warning instead of loaded twice."""
    seen: dict[tuple[object, ...], PolicyDocument] = {}
    by_id: dict[str, PolicyDocument] = {}
    out = []
    for doc in documents:
        key = _fingerprint(doc)
        first = seen.get(key) if key else None
        if first is not None and first.date and doc.date and first.date != doc.date:
            first = None  # the same outline signed on another day: a yearly notice of another year
        if first is not None:  # (under another id, or under the same: one page saved twice)
            logger.warning("%s: the same document as %s (same region, title and outline), "
                           "loaded once as %s", doc.source, first.source, _doc_id(first))
            continue
        if key:
            seen.setdefault(key, doc)
        _warn_shared_id(doc, by_id.setdefault(_doc_id(doc), doc))
        out.append(doc)
    return out


def _warn_shared_id(doc: PolicyDocument, first: PolicyDocument) -> None:
    """Say so when two files give one document id (no 文号, the same region and title) but not the same
    outline or date: the graph holds them as one document, its measures those of both."""
    if first is not doc and first.source != doc.source and (
            _fingerprint(first) != _fingerprint(doc) or first.date != doc.date):
        logger.warning("%s: no 文号 and the same region and title as %s, but another outline or date: both "
                       "are loaded as one document, %s (its measures those of both)", doc.source, first.source,
                       _doc_id(doc))


def _fingerprint(doc: PolicyDocument) -> tuple[object, ...] | None:
    """What makes two records the same document; None when there is too little to tell."""
    if len(doc.measures) < 3:
        return None
    return (doc.region, "".join(doc.title.split()),
            tuple((m.path, m.heading) for m in doc.measures))


def stored_documents(store: GraphStore) -> tuple[list[PolicyDocument], list[str]]:
    """The records of the documents a store holds (the national ones aside: build_graph adds
    them), and the ids of stored documents that carry no record (loaded by an old version)."""
    records, missing = [], []
    for node in store.nodes(Label.DOCUMENT, {"in_corpus": True})[0]:
        if node.props.get("source") == NATIONAL:
            continue
        raw = node.props.get(RECORD)
        if not isinstance(raw, str):
            missing.append(node.id)
            continue
        try:
            records.append(PolicyDocument.model_validate_json(raw))
        except ValueError:
            missing.append(node.id)
    return records, missing


def with_stored(stored: Sequence[PolicyDocument],
                new: Sequence[PolicyDocument]) -> list[PolicyDocument]:
    """Stored and new records, one per document id: a document loaded again replaces its
    stored record."""
    by_id = {_doc_id(doc): doc for doc in stored}
    for doc in new:
        key = _doc_id(doc)
        old = by_id.get(key)
        if old is not None and old.source != doc.source:
            logger.warning("%s: the same document id as the stored %s (%s): its record replaces the stored one",
                           doc.source, old.source, key)
        by_id[key] = doc
    return [by_id[key] for key in sorted(by_id)]


def _doc_id(doc: PolicyDocument) -> str:
    return record_id(doc)


def _urls(part: DocumentGraph) -> Subgraph:
    """The public source of each national document and item, as its `url`."""
    urls = national_urls()
    out = Subgraph()
    for node in part.graph.nodes.values():
        if node.label in (Label.DOCUMENT, Label.MEASURE):
            url = urls.get((part.doc.title, node.props.get("path", "")))
            if url:
                out.add_node(Node(id=node.id, label=node.label, props={"url": url}))
    return out
