"""Texts in traditional characters (graph/link/script.py) and the learned theme n-grams
(graph/link/centroids.py) on real documents."""

from pathlib import Path

import numpy as np
import pytest

from policy_cascades.graph.link.centroids import Centroids
from policy_cascades.graph.link.facts import Facts
from policy_cascades.graph.link.model import topic_model
from policy_cascades.graph.link.script import simplified
from policy_cascades.graph.link.topics import TOPIC_FEATURES, topic_rows
from policy_cascades.graph.model import Label, RelType, Subgraph
from policy_cascades.graph.pipeline import build_graph, extract
from tests.linking.evaluate import seed_graph

REAL = Path(__file__).parents[1] / "data" / "real"


@pytest.fixture(scope="module")
def jiangxi() -> Subgraph:
    """江西's 2022 relief measures, a page in traditional characters (增值稅留抵退稅)."""
    return build_graph(extract([REAL / "dev" / "jiangxi2022.txt"]).documents)


def _refund(graph: Subgraph) -> str:
    return next(i for i, n in sorted(graph.nodes.items()) if n.label == Label.MEASURE
                and "留抵退稅" in str(n.props.get("heading", "")))


def test_a_traditional_measure_is_read_in_simplified_characters_and_finds_its_theme(jiangxi: Subgraph) -> None:
    facts = Facts.of(jiangxi)
    refund = _refund(jiangxi)
    assert "增值税留抵退税" in facts.body(refund) and "留抵退税" in facts.heading(refund)
    assert "留抵退稅" in str(jiangxi.nodes[refund].props["heading"])  # the stored text is as printed
    rows = topic_rows(facts, topic_model().centroids)
    row = next(i for i, (c, t) in enumerate(zip(rows.child, rows.theme, strict=True))
               if c == refund and t == "保市场主体")
    assert rows.x[row, TOPIC_FEATURES.index("text_hits")] > 0
    assert rows.x[row, TOPIC_FEATURES.index("learned")] > 0
    themes = {str(jiangxi.nodes[r.end].props.get("heading")) for r in jiangxi.relationships.values()
              if r.start == refund and r.type == RelType.IMPLEMENTS and r.props.get("method") == "topic"}
    assert "保市场主体" in themes  # in sample: this child is one of the judged draws trained on


def test_no_seed_measure_is_converted() -> None:
    """The seed's texts are simplified: none holds enough traditional forms to be converted."""
    graph = seed_graph()
    texts = [f"{n.props.get('heading', '')}。{n.props.get('text', '')}" for n in graph.nodes.values()
             if n.label == Label.MEASURE]
    assert len(texts) > 500 and all(simplified(t) == t for t in texts)


def test_the_shipped_centroids_round_trip_and_point_to_their_theme() -> None:
    centroids = topic_model().centroids
    assert centroids is not None and len(centroids.themes) == 12
    again = Centroids.from_json(centroids.to_json())
    texts = ["落实失业保险稳岗返还政策，开展职业技能培训", "减免中小微企业房租，降低融资成本"]
    assert np.allclose(again.scores(texts), centroids.scores(texts))
    best = [centroids.themes[j] for j in centroids.scores(texts)[:, :6].argmax(axis=1)]
    assert best == ["保居民就业", "保市场主体"]
