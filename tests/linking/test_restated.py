"""Links by a restated target (graph/link/restated.py): a measure that sets a figure for an
indicator a national item that stands for no theme sets (国发〔2020〕6号 一.(一).2's 城镇新增就业,
城镇调查失业率, 城镇登记失业率) carries that item out."""

import textwrap

from policy_cascades.graph.link.restated import SCORE, indicator
from policy_cascades.graph.model import RelType, Subgraph
from policy_cascades.graph.pipeline import build_graph
from policy_cascades.loaders import parse_document

TARGETS = "doc:国发〔2020〕6号#一.(一).2"


def _graph() -> Subgraph:
    page = parse_document(textwrap.dedent("""\
        某县人民政府办公室关于印发某县2021年就业工作要点的通知
        某政办发〔2021〕3号
        各乡镇人民政府，县政府各部门：
        1．稳定就业局势。全年城镇新增就业2500人以上，城镇登记失业率控制在4%以内。
        2．完成年度城镇新增就业人数和城镇调查失业率目标任务。
        3．城鎮調查失業率控制在5.5%左右。
        4．加强公共卫生体系建设。新建村卫生室12个。
        5．将城镇新增就业纳入2021年度考核,城镇调查失业率每月1次分析研判。
        6．对城镇新增就业困难人员给予1000元补贴。
        7．明确目标任务。
        （1）全年城镇新增就业5万人。
        某县人民政府办公室
        2021年3月1日
        """), "mou.txt")
    return build_graph([page])


def _linked(graph: Subgraph) -> dict[str, dict[str, object]]:
    """Child path -> the props of its link to 一.(一).2."""
    return {str(graph.nodes[r.start].props["path"]): r.props for r in graph.relationships.values()
            if r.end == TARGETS and r.type in (RelType.IMPLEMENTS, RelType.SIMILAR_TO)}


def test_a_measure_restating_a_national_indicator_with_a_figure_carries_out_its_item() -> None:
    linked = _linked(_graph())
    # 2 names the indicators with no figure, 5 and 6 with figures of other units (a year, a count, money);
    # 4 names none; 7 holds the point that restates one
    assert set(linked) == {"1", "3", "7.(1)"}
    assert linked["1"]["method"] == "target" and linked["1"]["score"] == SCORE
    assert linked["1"]["evidence"] == ["城镇新增就业"]
    assert linked["3"]["evidence"] == ["城镇调查失业率"]  # read in simplified characters


def test_an_indicator_is_a_targets_words_before_its_figure() -> None:
    assert indicator("城镇登记失业率5.5%左右") == ("城镇登记失业率", "%")
    assert indicator("新建高标准农田8000万亩") == ("新建高标准农田", "亩")
    assert indicator("赤字率拟按3.6%以上安排") == ("赤字率拟按", "%")
    assert indicator("发行1万亿元抗疫特别国债") is None  # too short to tell an indicator
