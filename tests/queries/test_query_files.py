"""The query files themselves, without a server: headers, declared vs used parameters, the
README listing, parameter binding, and the `query` command's errors."""

from __future__ import annotations

import re
import shlex
import textwrap
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest
from click.testing import CliRunner

from policy_cascades.cli import main
from policy_cascades.errors import UnknownQuery
from policy_cascades.graph.memory_store import MemoryStore
from policy_cascades.queries import (
    NamedQuery,
    QueryParamError,
    bind,
    declared_vs_used,
    get_query,
    load_queries,
    parse_query,
    run_named,
    strip_cypher,
)

README = Path(__file__).resolve().parents[2] / "README.md"
FILES = sorted(Path(str(resources.files("policy_cascades.queries"))).glob("*.cypher"))
REQUIRED = {"trace_down", "trace_up", "document_lineage", "document_outline", "agency_workload",
            "system_across_levels", "theme_coverage", "unimplemented", "adoption_lag", "search",
            "neighbourhood", "relay_fidelity"}


def example_params(query: NamedQuery) -> dict[str, str | list[str]]:
    """The --param pairs of a query's example call (a repeated key gives a list)."""
    words = shlex.split(query.example)
    assert words[:3] == ["policy-cascades", "query", query.name], query.example
    params: dict[str, str | list[str]] = {}
    for flag, pair in zip(words[3::2], words[4::2], strict=True):
        assert flag in ("--param", "-p"), query.example
        key, _, value = pair.partition("=")
        old = params.get(key)
        params[key] = value if old is None else [*(old if isinstance(old, list) else [old]), value]
    return params


def readme_section() -> str:
    text = README.read_text("utf-8")
    start = text.index("\n## Queries\n")
    end = text.find("\n## ", start + 1)
    return text[start:end if end > 0 else None]


# -- the shipped files --------------------------------------------------------------------


def test_queries_folder_holds_every_required_query() -> None:
    assert REQUIRED <= {path.stem for path in FILES}
    assert set(load_queries()) == {path.stem for path in FILES}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_query_file_header_names_doc_params_and_example(path: Path) -> None:
    query = parse_query(path.stem, path.read_text("utf-8"))
    assert query.name == path.stem
    assert query.doc and query.summary.endswith(".")
    assert query.params, "every query takes at least one parameter"
    assert query.example.startswith(f"policy-cascades query {query.name}")


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_query_file_declared_params_equal_used_params(path: Path) -> None:
    declared, used = declared_vs_used(parse_query(path.stem, path.read_text("utf-8")))
    assert declared == used


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_query_file_example_binds_to_the_declared_params(path: Path) -> None:
    query = parse_query(path.stem, path.read_text("utf-8"))
    given = example_params(query)
    required = {p for p in query.params if p not in query.defaults}
    assert required <= set(given), f"the example must give {sorted(required)}"
    assert set(bind(query, given)) == set(query.params)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_query_file_has_a_limit_parameter_and_no_apoc(path: Path) -> None:
    query = parse_query(path.stem, path.read_text("utf-8"))
    code = strip_cypher(query.text)
    assert "limit" in query.params and "$limit" in code
    assert "apoc." not in code.lower()


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_readme_lists_each_query_with_summary_and_params(path: Path) -> None:
    query = get_query(path.stem)
    row = next((line for line in readme_section().splitlines() if f"`{query.name}`" in line), None)
    assert row is not None, f"README.md ## Queries does not list {query.name}"
    assert query.summary in row and query.signature in row


# -- parsing and stripping ----------------------------------------------------------------


GOOD = textwrap.dedent("""\
    // name: q
    // Documents of a level.
    // Second line of the description.
    // params: level: str, kinds: list[str] = ["item", "section"], limit: int = 5
    // example: policy-cascades query q --param level=county
    MATCH (d:Document {level: $level}) RETURN d LIMIT $limit // $kinds only in a comment
    """)


def test_parse_query_reads_doc_params_defaults_and_example() -> None:
    query = parse_query("q", GOOD)
    assert query.doc == "Documents of a level.\nSecond line of the description."
    assert query.params == {"level": "str", "kinds": "list[str]", "limit": "int"}
    assert query.defaults == {"kinds": ["item", "section"], "limit": 5}
    assert query.signature == 'level: str, kinds: list[str] = ["item", "section"], limit: int = 5'
    assert declared_vs_used(query) == ({"level", "kinds", "limit"}, {"level", "limit"})


@pytest.mark.parametrize(("header", "message"), [
    ("// name: other\n// Doc.\n// params: a: str\n// example: x", "header says name 'other'"),
    ("// Doc.\n// params: a: str\n// example: x", "no `// name:` line"),
    ("// name: q\n// Doc.\n// example: x", "no `// params:` line"),
    ("// name: q\n// Doc.\n// params: a: str", "no `// example:` line"),
    ("// name: q\n// params: a: str\n// example: x", "no description"),
    ("// name: q\n// Doc.\n// params: a: dict\n// example: x", "bad parameter 'a: dict'"),
    ("// name: q\n// Doc.\n// params: a: int = x\n// example: x", "bad default for 'a'"),
    ("// name: q\n// Doc.\n// params: a: int = \"x\"\n// example: x", "bad default for 'a'"),
    ("// name: q\n// Doc.\n// params: a: int, a: str\n// example: x", "declared twice"),
])
def test_parse_query_bad_header_names_file_and_field(header: str, message: str) -> None:
    with pytest.raises(ValueError, match="q.cypher") as err:
        parse_query("q", header + "\nRETURN 1")
    assert message in str(err.value)


def test_strip_cypher_blanks_comments_strings_and_quoted_names() -> None:
    code = strip_cypher("MATCH (n {a: '$no // not a comment', b: \"$nor \\\" $x\"}) /* $c */\n"
                        "RETURN n.`$d` AS `$e`, $yes // $f")
    assert set(re.findall(r"\$(\w+)", code)) == {"yes"}
    assert "MATCH (n {a: '', b: \"\"})" in code


# -- binding ------------------------------------------------------------------------------


def test_bind_fills_defaults_and_coerces_strings() -> None:
    query = parse_query("q", GOOD)
    assert bind(query, {"level": "county", "limit": "7"}) == {
        "level": "county", "kinds": ["item", "section"], "limit": 7}
    assert bind(query, {"level": "county", "kinds": "item, point"})["kinds"] == ["item", "point"]
    assert bind(query, {"level": "county", "kinds": '["a,b"]'})["kinds"] == ["a,b"]
    assert bind(query, {"level": "county", "kinds": ""})["kinds"] == []


def test_bind_missing_param_is_named() -> None:
    with pytest.raises(QueryParamError, match="q needs level; its parameters are level: str"):
        bind(parse_query("q", GOOD), {"limit": 3})


def test_bind_unknown_param_is_named() -> None:
    with pytest.raises(QueryParamError, match="q has no parameter depth, zz"):
        bind(parse_query("q", GOOD), {"level": "county", "depth": 3, "zz": 1})


@pytest.mark.parametrize(("kind", "value", "want"), [
    ("int", "12", 12), ("int", 3.0, 3), ("float", "0.5", 0.5), ("float", 2, 2.0),
    ("bool", "true", True), ("bool", "No", False), ("bool", False, False),
    ("str", "周村区", "周村区"), ("str", 8, "8"), ("list[str]", ("a", "b"), ["a", "b"]),
])
def test_bind_coerces_each_declared_type(kind: str, value: object, want: object) -> None:
    query = NamedQuery(name="t", doc="T.", params={"v": kind}, example="", text="RETURN $v")
    got = bind(query, {"v": value})["v"]
    assert got == want and type(got) is type(want)


@pytest.mark.parametrize(("kind", "value"), [
    ("int", "two"), ("int", 1.5), ("int", True), ("float", "x"), ("bool", "maybe"),
    ("bool", 1), ("str", None), ("str", ["a"]), ("list[str]", 3), ("list[str]", "[1, 2"),
])
def test_bind_wrong_type_is_refused(kind: str, value: object) -> None:
    query = NamedQuery(name="t", doc="T.", params={"v": kind}, example="", text="RETURN $v")
    with pytest.raises(QueryParamError, match=re.escape(f"parameter 'v' must be {kind}")):
        bind(query, {"v": value})


def test_get_query_unknown_lists_the_names() -> None:
    with pytest.raises(UnknownQuery, match="no named query 'nope'; the queries are: .*trace_down"):
        get_query("nope")


def test_run_named_checks_params_before_the_store() -> None:
    with pytest.raises(QueryParamError, match="search needs q"):
        run_named(MemoryStore(), "search", {})


# -- the command --------------------------------------------------------------------------


@pytest.fixture
def no_neo4j(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    from policy_cascades.settings import get_settings

    monkeypatch.chdir(tmp_path)  # no .env
    monkeypatch.delenv("NEO4J_URI", raising=False)
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def test_cli_query_list_shows_every_query_with_params() -> None:
    result = CliRunner().invoke(main, ["query", "--list"])
    assert result.exit_code == 0, result.output
    for query in load_queries().values():
        assert f"{query.name}: {query.summary}" in result.output
        assert f"params: {query.signature}" in result.output


@pytest.mark.parametrize(("args", "message"), [
    (["query"], "give a query NAME"),
    (["query", "nope"], "no named query 'nope'"),
    (["query", "trace_down", "--param", "depth=2"], "trace_down needs id"),
    (["query", "trace_down", "-p", "id=x", "-p", "depth=two"], "parameter 'depth' must be int"),
    (["query", "search", "-p", "q"], "--param 'q': expected KEY=VALUE"),
])
@pytest.mark.usefixtures("no_neo4j")
def test_cli_query_errors_are_clear(args: list[str], message: str) -> None:
    result = CliRunner().invoke(main, args)
    assert result.exit_code != 0
    assert message in result.output
    assert "Traceback" not in result.output
