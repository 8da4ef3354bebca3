"""Named queries on the embedded store, without a server: every query answers from its Python
twin, ids resolve as `trace` resolves them, bad ids and bad search syntax fail with messages
that name them, and `policy-cascades query` works on the default (embedded) store.

That each twin gives the Cypher's rows is tests/queries/test_twins_neo4j.py (needs --neo4j).
"""

from __future__ import annotations

import json
import shlex
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from policy_cascades.cli import main
from policy_cascades.errors import QueryParamError, UnknownNode
from policy_cascades.graph.memory_store import MemoryStore
from policy_cascades.graph.pipeline import build_graph, corpus_files, extract, seed_corpus
from policy_cascades.queries import ID_LABELS, TWINS, load_queries, run_named
from policy_cascades.queries.lucene import analyze

ITEM_15 = "doc:周政字〔2020〕8号#三.(一).15"


@pytest.fixture(scope="module")
def seed_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    store = MemoryStore()
    store.write(build_graph(extract(corpus_files([seed_corpus()])).documents))
    path = tmp_path_factory.mktemp("graph") / "graph.json.gz"
    store.save(path)
    return path


@pytest.fixture(scope="module")
def memory(seed_file: Path) -> MemoryStore:
    return MemoryStore.open(seed_file)


@pytest.fixture
def embedded(seed_file: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The CLI on the embedded store holding the seed corpus, whatever NEO4J_URI is set."""
    from policy_cascades.settings import get_settings

    monkeypatch.setenv("GRAPH_FILE", str(seed_file))
    monkeypatch.delenv("NEO4J_URI", raising=False)
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def test_every_query_has_a_twin_and_every_id_a_kind() -> None:
    queries = load_queries()
    assert set(TWINS) == set(queries)
    assert set(ID_LABELS) == {name for name, q in queries.items() if "id" in q.params}


@pytest.mark.parametrize("name", sorted(load_queries()))
def test_query_example_answers_on_the_embedded_store(memory: MemoryStore, name: str) -> None:
    query = load_queries()[name]
    params: dict[str, Any] = {}
    for pair in shlex.split(query.example)[4::2]:
        key, _, value = pair.partition("=")
        params[key] = value
    rows = run_named(memory, name, params)
    assert rows, f"{name}'s example answers nothing on the embedded store"
    json.dumps(rows, ensure_ascii=False)


@pytest.mark.parametrize("ref", ["周政字〔2020〕8号#三.(一).15", f" {ITEM_15} "])
def test_an_id_takes_what_trace_takes(memory: MemoryStore, ref: str) -> None:
    rows = run_named(memory, "trace_up", {"id": ref, "levels": ["national"]})
    assert rows == run_named(memory, "trace_up", {"id": ITEM_15, "levels": ["national"]})
    assert {r["region"] for r in rows} == {"中国"}


@pytest.mark.parametrize("name", ["trace_down", "trace_up"])
def test_min_score_follows_only_links_scored_at_least_it(memory: MemoryStore, name: str) -> None:
    ref = "政府工作报告#六保.1" if name == "trace_down" else ITEM_15
    every = run_named(memory, name, {"id": ref, "limit": 10_000})
    sure = run_named(memory, name, {"id": ref, "min_score": 0.9, "limit": 10_000})
    assert 0 < len(sure) < len(every)
    assert {r["id"] for r in sure} <= {r["id"] for r in every}
    inferred = [e for r in sure for e in r["edges"] if e["type"] == "IMPLEMENTS" and e["basis"] == "inferred"]
    assert inferred and all(e["score"] >= 0.9 for e in inferred)


def test_a_document_id_by_its_wenhao_or_national_title(memory: MemoryStore) -> None:
    outline = run_named(memory, "document_outline", {"id": "周政字〔2020〕8号", "limit": 3})
    assert outline == run_named(memory, "document_outline", {"id": "doc:周政字〔2020〕8号", "limit": 3})
    assert [r["path"] for r in outline] == ["一", "一.1", "一.2"]
    down = run_named(memory, "trace_down", {"id": "政府工作报告#六保.1", "levels": ["county"]})
    assert {r["region"] for r in down} >= {"周村区", "沂源县"}


@pytest.mark.parametrize(("name", "ref"), [("trace_up", "周政字〔2020〕8号#九.99"),
                                           ("neighbourhood", "doc:nothing"),
                                           ("adoption_lag", "国发〔2099〕1号")])
def test_an_id_that_names_nothing_is_an_error_naming_it(memory: MemoryStore, name: str,
                                                        ref: str) -> None:
    with pytest.raises(UnknownNode, match=f"{name}: no node '{ref}'"):
        run_named(memory, name, {"id": ref})


def test_an_id_of_the_wrong_kind_says_which_kinds(memory: MemoryStore) -> None:
    with pytest.raises(UnknownNode, match="is a Measure .*; document_outline takes Document ids"):
        run_named(memory, "document_outline", {"id": ITEM_15})


def test_an_empty_id_where_the_header_allows_it_means_every_document(memory: MemoryStore) -> None:
    every = run_named(memory, "adoption_lag", {"id": ""})
    assert len({r["parent_id"] for r in every}) > 1


def test_a_negative_limit_is_refused_on_every_store(memory: MemoryStore) -> None:
    with pytest.raises(QueryParamError, match="theme_coverage: limit must be 0 or more, not -1"):
        run_named(memory, "theme_coverage", {"limit": -1})


@pytest.mark.parametrize(("q", "message"), [
    ("稳岗 AND (", "it ends where a term was expected"),
    ('"稳岗返还', "a \" is not closed"),
    ("heading:稳岗", "uses ':'"),
    ("稳岗*", "uses '*'"),
])
def test_search_syntax_the_twin_cannot_run_is_named(memory: MemoryStore, q: str, message: str) -> None:
    with pytest.raises(QueryParamError, match="search: ") as err:
        run_named(memory, "search", {"q": q})
    assert message in str(err.value)


def test_search_not_excludes_and_phrases_are_stricter(memory: MemoryStore) -> None:
    loose = run_named(memory, "search", {"q": "稳岗返还", "limit": 1000})
    phrase = run_named(memory, "search", {"q": '"稳岗返还"', "limit": 1000})
    assert phrase and {r["id"] for r in phrase} < {r["id"] for r in loose}
    without = run_named(memory, "search", {"q": "稳岗返还 -失业保险", "limit": 1000})
    assert without and all("失业保险" not in memory.prop(r["id"], "text")
                           for r in without)


def test_analyze_bigrams_cjk_runs_and_keeps_words_whole() -> None:
    assert [t for t, _ in analyze("稳岗返还，ＧＤＰ增长5.5%")] == \
        ["稳岗", "岗返", "返还", "gdp", "增长", "5.5"]
    assert analyze("the 就") == [("就", 1)]  # a stop word leaves a gap; a lone character stays


# -- the command ---------------------------------------------------------------------------


@pytest.mark.usefixtures("embedded")
def test_cli_query_runs_on_the_embedded_store() -> None:
    result = CliRunner().invoke(main, ["query", "trace_up", "-p", "id=周政字〔2020〕8号#三.(一).15",
                                       "-p", "levels=national", "-p", "depth=1"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert [r["path"] for r in rows] == ["六稳.1"] and rows[0]["region"] == "中国"


@pytest.mark.usefixtures("embedded")
def test_cli_query_unknown_id_exits_non_zero_naming_it() -> None:
    result = CliRunner().invoke(main, ["query", "document_lineage", "-p", "id=源政发〔2020〕99号"])
    assert result.exit_code != 0
    assert "document_lineage: no node '源政发〔2020〕99号'" in result.output
    assert "Traceback" not in result.output
