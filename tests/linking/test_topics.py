"""The topic model's evidence (graph/link/topics.py) and the calibrated scores of inferred links."""

import numpy as np
import pytest

from policy_cascades.graph.link.facts import Facts
from policy_cascades.graph.link.keywords import Keywords
from policy_cascades.graph.link.model import LinkModel, link_model, topic_model
from policy_cascades.graph.link.topics import FAMILIES, TOPIC_FEATURES, topic_rows
from policy_cascades.graph.model import Subgraph
from policy_cascades.loaders.gazetteer import themes
from tests.linking.evaluate import seed_graph

SHANDONG_FARMING = "doc:山东省:关于贯彻落实习近平总书记重要讲话精神统筹推进新冠肺炎疫情防控和经济社会发展工作的若干意见#三.(五)"


@pytest.fixture(scope="module")
def graph() -> Subgraph:
    return seed_graph()


def _family() -> list:  # type: ignore[type-arg]
    return [t for t in themes() if t.family in FAMILIES]


def test_a_heading_only_section_is_read_through_the_items_it_holds(graph: Subgraph) -> None:
    """切实抓好农业稳产保供 names no keyword of a theme; its items (粮食, 生猪, 菜篮子 …) do."""
    rows = topic_rows(Facts.of(graph))
    column = {name: i for i, name in enumerate(TOPIC_FEATURES)}
    mine = {theme: rows.x[i] for i, (child, theme) in enumerate(zip(rows.child, rows.theme, strict=True))
            if child == SHANDONG_FARMING}
    food = mine["保粮食能源安全"]
    assert food[column["head_hits"]] == 0 and food[column["text_hits"]] == 0
    assert food[column["parts_hits"]] > 0.3
    sixbao = [t.name for t in _family() if t.family == "六保"]
    assert food[column["parts_share"]] == max(mine[t][column["parts_share"]] for t in sixbao)


def test_one_clause_of_an_omnibus_item_counts_as_a_whole_clause() -> None:
    family = _family()
    words = Keywords(family, [FAMILIES.index(t.family) for t in family])
    text = ["减免中小微企业房租。落实稳岗返还政策"]
    share = dict(zip((t.name for t in family), words.shares(words.hits(text))[0], strict=True))
    best, count = words.clauses(text)
    clause = dict(zip((t.name for t in family), best[0], strict=True))
    clauses = dict(zip((t.name for t in family), count[0], strict=True))
    assert share["保居民就业"] == pytest.approx(1 / 3) and clause["保居民就业"] == 1.0
    assert clauses["保居民就业"] == 1 and clauses["保市场主体"] == 1 and clauses["保基本民生"] == 0


def test_inferred_scores_are_the_recalibrated_probabilities(graph: Subgraph) -> None:
    """Links are picked by the model's probability (>= threshold) and scored by the calibration
    fitted on held-out links: no emitted link scores under the threshold's calibrated value."""
    for model, method in ((link_model(), "model"), (topic_model(), "topic")):
        a, b = model.calibration
        assert a > 0 and (a, b) != (1.0, 0.0)
        floor = float(model.calibrated(np.array([model.threshold]))[0])
        scores = [float(r.props["score"]) for r in graph.relationships.values()
                  if r.props.get("basis") == "inferred" and r.props.get("method") == method]
        assert len(scores) > 100
        assert min(scores) >= round(floor, 3) - 0.001
        assert min(scores) < round(floor, 3) + 0.05  # the weakest links sit at the floor


def test_a_link_model_keeps_its_calibration_through_json() -> None:
    model = LinkModel(("cos",), (0.0,), (1.0,), (4.0,), -2.0, 0.5, 2, calibration=(0.5, 0.2))
    again = LinkModel.from_json(model.to_json())
    assert again == model
    old = model.to_json()
    del old["calibration"]  # a file written before calibration: scores are the probabilities
    p = np.array([0.3, 0.7])
    assert np.allclose(LinkModel.from_json(old).calibrated(p), p)
