"""The cascade linker: cross-document edges, from document references down to measure lineage.

Order matters: documents first (their declared IMPLEMENTS feed the measure score), then
themes (inferred themes feed it too), then measures.
"""

from __future__ import annotations

from policy_cascades.graph.build import DocumentGraph
from policy_cascades.graph.link.documents import link_documents
from policy_cascades.graph.link.measures import link_measures
from policy_cascades.graph.link.themes import correspondences, infer_themes
from policy_cascades.graph.model import Subgraph
from policy_cascades.graph.reader import GraphReader


def link_corpus(parts: list[DocumentGraph], graph: Subgraph, lineage: bool = True,
                workers: int = 1, scheduler: str | None = None) -> None:
    """Add to `graph` (the documents' own subgraphs, merged) everything the linker adds;
    without `lineage`, all but the Measure -> Measure links (what the link models are trained
    on). Measure lineage is linked a province a task, in `workers` local processes or on the
    Dask cluster at `scheduler` (graph/link/measures.py), with the same result either way.

    The graph is added to in place, not copied: a copy of a national corpus's graph for the
    lineage to read cost about 0.5 KB a measure (issue 12)."""
    out, declared = link_before_lineage(parts, graph)
    graph.merge(out)
    if lineage:
        graph.merge(link_measures(graph, declared, workers=workers, scheduler=scheduler))


def link_before_lineage(parts: list[DocumentGraph], graph: Subgraph | GraphReader
                        ) -> tuple[Subgraph, dict[str, set[str]]]:
    """What the linker adds before measure lineage (document references, themes), and each
    document's declared parents (doc ids): what link_measures starts from. `graph` holds the
    documents' own subgraphs, merged (or a store they were written into, graph/reader.py)."""
    out, declared = link_documents(parts)
    out.merge(correspondences())
    out.merge(infer_themes(graph))
    return out, declared
