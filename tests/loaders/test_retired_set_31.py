"""Classes of misses met in eval31/ and eval32/ once they were retired to development (twentieth session), each
shown on a made-up text that names other places."""

from __future__ import annotations

from policy_cascades.loaders.notes import parse_note
from tests.loaders.made_up import parse as _doc

_EXCERPT = """
    (五)开展工业集聚区水污染整治。2017年底前,完成工业集聚区污水集中处理设施建设。(实施单位:各市、县(区)人民政府;牵头单位:环境保护厅;配合单位:商务厅、科技厅。)
    (六)强化城镇生活污染治理。加快城镇污水处理设施建设与改造。(实施单位:各市、县(区)人民政府;牵头单位:住房城乡建设厅;配合单位:发展改革委。)
    (七)推进农业农村污染防治。科学划定畜禽养殖禁养区。(实施单位:各市、县(区)人民政府;牵头单位:农牧厅;配合单位:环境保护厅。)
"""


def test_a_short_excerpt_of_numbered_paragraphs_is_laid_out_not_run_on() -> None:
    # Three long lines, each a numbered point with its note: not a text that lost its line breaks.
    doc = _doc(_EXCERPT)
    assert [m.path for m in doc.measures] == ["(五)", "(六)", "(七)"]


def test_implementing_units_are_a_notes_key_and_support_the_lead_named_after_them() -> None:
    doc = _doc(_EXCERPT)
    measure = doc.measures[0]
    assert measure.leads == ("环境保护厅",)
    assert set(measure.supports) == {"各市、县(区)人民政府", "商务厅", "科技厅"}
    assert measure.responsible == ()


def test_implementing_units_alone_are_responsible() -> None:
    duties = parse_note("实施单位:各市、县(区)人民政府")
    assert (duties.leads, duties.supports, duties.responsible) == ([], [], ["各市、县(区)人民政府"])


def test_a_header_run_together_on_one_line_after_a_news_lead_gives_title_and_doc_number() -> None:
    # A news page: its lead names the notice, then 原文如下: and the header on one line (issuer, title, 文号,
    # addressees, the notice's sentence).
    doc = _doc("""
        日前,陕西省人民政府关于印发陕西省扎实推进稳住经济一揽子政策措施行动计划的通知,通知指出,加快新能源建设。
        通知还指出,加快风电光伏等新能源发电并网。
        原文如下:
        陕西省人民政府 关于印发陕西省扎实推进稳住经济一揽子政策措施行动计划的通知 (陕政发〔2022〕11 号) 各设区市人民政府,省人民政府各工作部门: 现将《陕西省扎实推进稳住经济一揽子政策措施行动计划》印发给你们,请认真贯彻落实。
        陕西省人民政府
        2022年6月2日
        一、财税政策措施
        (一)加快留抵退税政策落实。
    """)
    assert doc.title == "关于印发陕西省扎实推进稳住经济一揽子政策措施行动计划的通知"
    assert doc.doc_number == "陕政发〔2022〕11号"
