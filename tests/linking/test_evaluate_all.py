"""The evaluation over everything the linker emits: scoring on tiny synthetic inputs, and the
real judgements checked against the seed graph."""

import json
import math

import pytest

from policy_cascades.graph.model import Label, Subgraph
from tests.linking.evaluate import seed_graph
from tests.linking.evaluate_all import (
    FOLDS,
    JUDGEMENTS,
    Judged,
    Link,
    Outline,
    calibration,
    fold,
    inferred_links,
    is_true,
    labelled_pairs,
    load_judgements,
    outline_of,
    pooled,
    pr_curve,
    tally,
)

# A parent document P (item P#1 with points P#1.(1), P#1.(2); item P#2), a national document N
# (item N#1) and an unrelated document Q (item Q#1); the child document C.
OUTLINE = Outline(
    container={"P#1.(1)": "P#1", "P#1.(2)": "P#1"},
    kind={"P#1": "item", "P#1.(1)": "point", "P#1.(2)": "point", "P#2": "item", "N#1": "item",
          "Q#1": "item", "C#1": "item", "C#2": "item"},
    national_docs=frozenset({"N"}),
)


def judged(**parents: set[str]) -> Judged:
    return Judged({c.replace("_", "#"): frozenset(p) for c, p in parents.items()},
                  {c.replace("_", "#"): frozenset({"P", "N"}) for c in parents})


def test_a_wrong_link_lowers_precision_though_no_list_names_it() -> None:
    truth = judged(C_1={"P#2"})
    right = [Link("C#1", "P#2", 0.9)]
    assert pooled(tally(right, truth, OUTLINE)).precision == 1.0
    wrong = [*right, Link("C#1", "P#1", 0.4)]  # P#1 is in no list of pairs: it still counts
    total = pooled(tally(wrong, truth, OUTLINE))
    assert (total.emitted, total.right, total.precision) == (2, 1, 0.5)
    assert total.recall == 1.0


def test_a_child_without_true_parents_makes_every_link_it_emits_wrong() -> None:
    total = pooled(tally([Link("C#1", "N#1", 0.7)], judged(C_1=set()), OUTLINE))
    assert (total.emitted, total.right, total.truths) == (1, 0, 0)
    assert total.precision == 0.0


def test_links_outside_the_judged_children_and_their_parent_documents_are_not_scored() -> None:
    truth = judged(C_1={"P#2"})
    links = [Link("C#2", "P#1", 0.9), Link("C#1", "Q#1", 0.9), Link("C#1", "P#2", 0.9)]
    total = pooled(tally(links, truth, OUTLINE))
    assert (total.emitted, total.right) == (1, 1)


def test_point_and_item_tolerance() -> None:
    # a point of a true parent item is true; so is the item holding a true parent point
    assert is_true("P#1.(1)", {"P#1"}, OUTLINE)
    assert is_true("P#1", {"P#1.(2)"}, OUTLINE)
    # ... but not a sibling point, nor an unrelated item
    assert not is_true("P#1.(1)", {"P#1.(2)"}, OUTLINE)
    assert not is_true("P#2", {"P#1"}, OUTLINE)
    # recall uses the same tolerance: a link to the item finds the true point
    total = pooled(tally([Link("C#1", "P#1", 0.8)], judged(C_1={"P#1.(2)"}), OUTLINE))
    assert (total.right, total.found, total.truths) == (1, 1, 1)


def test_recall_counts_every_true_parent_found_or_not_per_document_pair() -> None:
    truth = judged(C_1={"P#2", "N#1"})
    rows = tally([Link("C#1", "P#2", 0.9)], truth, OUTLINE)
    assert rows["C -> P"].recall == 1.0
    assert rows["C -> national"].recall == 0.0 and rows["C -> national"].truths == 1
    assert pooled(rows).recall == 0.5


def test_fold_is_stable_and_spread() -> None:
    assert fold("doc:周政字〔2020〕8号#三.(一).15") == 4  # a fixed value: never depends on hash()
    assert fold("a") == 2 and fold("b") == 0
    ids = [f"doc:x#{i}" for i in range(500)]
    assert [fold(i) for i in ids] == [fold(i) for i in ids]
    counts = [sum(fold(i) == k for i in ids) for k in range(FOLDS)]
    assert min(counts) > 60, counts
    truth = judged(**{f"C_{i}": set() for i in range(40)})
    parts = [set(truth.restrict([k]).parents) for k in range(FOLDS)]
    assert set().union(*parts) == set(truth.parents)
    assert sum(len(p) for p in parts) == len(truth.parents)


def test_other_splits_are_other_partitions_of_the_same_children() -> None:
    ids = [f"doc:x#{i}" for i in range(500)]
    assert [fold(i, 0) for i in ids] == [fold(i) for i in ids]
    moved = sum(fold(i, 1) != fold(i) for i in ids)
    assert 300 < moved < 500  # about four in five change fold
    truth = judged(**{f"C_{i}": set() for i in range(40)})
    parts = [set(truth.restrict([k], split=2).parents) for k in range(FOLDS)]
    assert set().union(*parts) == set(truth.parents) and sum(map(len, parts)) == len(truth.parents)
    assert parts != [set(truth.restrict([k]).parents) for k in range(FOLDS)]


def test_pr_curve_and_calibration() -> None:
    truth = judged(C_1={"P#2"}, C_2={"P#1"})
    links = [Link("C#1", "P#2", 0.95), Link("C#1", "P#1", 0.35), Link("C#2", "P#1.(1)", 0.62),
             Link("C#2", "N#1", 0.15)]
    curve = {p.threshold: p for p in pr_curve(links, truth, OUTLINE)}
    assert (curve[0.1].emitted, curve[0.1].precision, curve[0.1].recall) == (4, 0.5, 1.0)
    assert (curve[0.5].emitted, curve[0.5].precision, curve[0.5].recall) == (2, 1.0, 1.0)
    assert (curve[0.9].emitted, curve[0.9].recall) == (1, 0.5)
    bins = calibration(links, truth, OUTLINE)
    assert len(bins) == 10 and sum(b.count for b in bins) == 4
    assert bins[9].count == 1 and bins[9].observed == 1.0
    assert bins[3].count == 1 and bins[3].observed == 0.0
    assert bins[0].count == 0 and math.isnan(bins[0].observed)


# -- the real judgements ----------------------------------------------------------------------

@pytest.fixture(scope="module")
def graph() -> Subgraph:
    return seed_graph()


def test_every_id_in_the_judgements_exists_in_the_seed_graph(graph: Subgraph) -> None:
    data = json.loads(JUDGEMENTS.read_text("utf-8"))
    children = data["children"]
    assert len(children) >= 250
    assert len({c["child"] for c in children}) == len(children)
    outline = outline_of(graph)
    for entry in children:
        child = graph.nodes.get(entry["child"])
        assert child is not None and child.label == Label.MEASURE, entry["child"]
        assert child.props.get("path") == entry["path"] and child.props.get("source") == entry["source"]
        for doc in entry["parent_docs"]:
            assert doc in graph.nodes and graph.nodes[doc].label == Label.DOCUMENT, doc
        for parent in entry["parents"]:
            node = graph.nodes.get(parent["id"])
            assert node is not None and node.label == Label.MEASURE, parent["id"]
            assert outline.doc_of(parent["id"]) in entry["parent_docs"], parent["id"]
            assert parent["strength"] in {"strong", "partial"} and parent["why"]
        assert entry["parents"] or entry.get("note"), entry["child"]


def test_the_judgements_cover_every_pair_of_levels(graph: Subgraph) -> None:
    truth = load_judgements()
    outline = outline_of(graph)
    rows = tally([], truth, outline)
    levels = {(graph.nodes[k.split(" -> ")[0]].props.get("level"),
               "national" if k.endswith("national") else graph.nodes[k.split(" -> ")[1]].props.get("level"))
              for k, r in rows.items() if r.truths}
    assert {("county", "municipal"), ("municipal", "provincial"), ("county", "provincial"),
            ("county", "national"), ("municipal", "national"), ("provincial", "national")} <= levels


def test_labelled_pairs_hold_every_candidate_and_every_true_parent(graph: Subgraph) -> None:
    truth = load_judgements()
    pairs = list(labelled_pairs(graph, truth))
    outline = outline_of(graph)
    per_doc = {}
    for m in outline.kind:
        per_doc[outline.doc_of(m)] = per_doc.get(outline.doc_of(m), 0) + 1
    assert len(pairs) == sum(per_doc.get(d, 0) for c in truth.parents for d in truth.docs[c])
    positives = {(c, p) for c, p, label, _ in pairs if label}
    assert all((c, p) in positives for c, ps in truth.parents.items() for p in ps)
    assert all(k == fold(c) for c, _, _, k in pairs[:500])


def test_the_report_runs_on_the_seed_graph(graph: Subgraph) -> None:
    from tests.linking.evaluate_all import report

    links = inferred_links(graph)
    assert all(0.0 <= x.score <= 1.0 for x in links)
    text = report(graph)
    assert "pooled" in text and "IN SAMPLE" in text and "calibration" in text


def test_children_grouped_by_their_document_share_a_fold_in_every_split() -> None:
    children = {f"doc:{d}#{i}": frozenset() for d in "abcdefghij" for i in range(6)}
    grouped = Judged(dict(children), {}, {c: c.split("#")[0] for c in children})
    for split in (0, 1, 2):
        parts = [grouped.restrict([k], split) for k in range(FOLDS)]
        assert sum(len(p.parents) for p in parts) == len(children)
        for part in parts:  # a document's six children all in one fold, with their groups
            docs = {c.split("#")[0] for c in part.parents}
            assert len(part.parents) == 6 * len(docs) and part.groups.keys() == part.parents.keys()
    alone = Judged(dict(children))  # without groups each child is folded by its own id
    assert {alone.fold_of(c) for c in children if c.startswith("doc:a#")} != {grouped.fold_of("doc:a#0")}
