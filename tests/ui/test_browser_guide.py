"""The Neo4j Browser files: browser/style.grass styles every label, browser/guide.html uses
only the schema's labels and types, and each of its queries answers on the seed corpus."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from policy_cascades.graph.model import Label, RelType

BROWSER = Path(__file__).resolve().parents[2] / "browser"
RUNNABLE = re.compile(r'<pre class="[^"]*\brunnable\b[^"]*">(.*?)</pre>', re.S)


def guide_queries() -> list[str]:
    text = (BROWSER / "guide.html").read_text("utf-8")
    return [html.unescape(block).strip() for block in RUNNABLE.findall(text)]


def grass_rules() -> dict[str, dict[str, str]]:
    """The rules of a GraSS file, read as Browser reads them: `selector { key: value; }`, braces
    inside quotes ('{caption}') being part of a value."""
    rules: dict[str, dict[str, str]] = {}
    selector, body, inside, quoted = "", "", False, False
    for char in (BROWSER / "style.grass").read_text("utf-8"):
        if char == "'" and inside:
            quoted = not quoted
        if char == "{" and not quoted:
            inside = True
        elif char == "}" and not quoted:
            props = (part.split(":", 1) for part in body.split(";") if ":" in part)
            rules[selector.strip()] = {k.strip(): v.strip() for k, v in props}
            selector, body, inside = "", "", False
        elif inside:
            body += char
        else:
            selector += char
    return rules


def test_grass_has_no_comments_which_browser_cannot_parse() -> None:
    text = (BROWSER / "style.grass").read_text("utf-8")
    assert "/*" not in text and "//" not in text.replace("://", "")
    assert text.count("{") == text.count("}")


def test_grass_colours_and_captions_every_label_and_thickens_implements() -> None:
    rules = grass_rules()
    colours = set()
    for label in Label:
        rule = rules[f"node.{label.value}"]
        assert {"color", "diameter", "caption"} <= set(rule), label
        colours.add(rule["color"])
    assert len(colours) == len(Label)  # one colour per label
    assert rules["node.Document"]["caption"] == "'{caption}'"  # 文号, or a short title
    assert rules["node.Measure"]["caption"] == "'{caption}'"  # region, path and heading
    assert rules["node.Agency"]["caption"] == "'{name}'"
    widths = {sel: int(r["shaft-width"].rstrip("px")) for sel, r in rules.items()
              if sel.startswith("relationship.")}
    assert widths["relationship.IMPLEMENTS"] == max(widths.values())
    assert {f"relationship.{t.value}" for t in RelType} <= set(rules)


def test_guide_is_a_carousel_of_slides_with_runnable_cypher() -> None:
    text = (BROWSER / "guide.html").read_text("utf-8")
    assert text.lstrip().startswith('<article class="guide">')
    assert text.count("<slide ") >= 8 and text.count("<slide ") == text.count("</slide>")
    assert len(guide_queries()) >= 12


def test_guide_queries_use_only_the_schema_labels_and_types() -> None:
    labels, types = {label.value for label in Label}, {t.value for t in RelType}
    for query in guide_queries():
        if query.startswith(":"):
            continue
        for name in re.findall(r"\(\w*:(\w+)", query):
            assert name in labels, (name, query)
        for group in re.findall(r"\[\w*:([\w|]+)", query):
            assert set(group.split("|")) <= types, (group, query)


@pytest.mark.neo4j
def test_guide_queries_answer_on_the_seed_corpus(neo4j_db, neo4j_settings) -> None:  # type: ignore[no-untyped-def]
    from policy_cascades.graph.neo4j_store import Neo4jStore
    from policy_cascades.graph.pipeline import build_graph, corpus_files, extract, seed_corpus

    store = Neo4jStore(neo4j_db, database=neo4j_settings.database)
    store.write(build_graph(extract(corpus_files([seed_corpus()])).documents))
    for query in guide_queries():
        if query.startswith(":"):  # a Browser command (:param), not Cypher
            continue
        records, _, _ = neo4j_db.execute_query(query, database_=neo4j_settings.database)
        assert records, f"no rows from the guide's query:\n{query}"
