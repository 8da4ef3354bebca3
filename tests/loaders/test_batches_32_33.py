"""Classes of misses met in dev batches 32 and 33 at first sight (fourteenth session), each shown
on a made-up text that names other places."""

from __future__ import annotations

from tests.loaders.made_up import parse as _doc


def test_a_stacked_table_whose_unit_column_is_printed_over_two_lines() -> None:
    """序号 / 督查内容 / 牵头责任 / 单位 / 协同责任单位 / 落实情况 / (全年) / 完成状态, then each row's
    cells one a line: the rows are items, their unit cells their notes."""
    doc = _doc("""
        2021年度市政府重点工作落实情况的通报

        序号

        督查内容

        牵头责任

        单位

        协同责任单位

        落实情况

        (全年)

        完成状态

        1

        地区生产总值增长8.5%以上。

        市发改委

        市政府各部门、各直属机构。

        全年地区生产总值增长11%,增幅高于全省平均水平。

        已完成

        2

        规上工业增加值增长9.5%以上。

        市经信局

        市发改委、市税务局、某某供电公司等。

        全年规上工业增加值同比增长15.5%。

        已完成
        """)
    first, second = doc.measures
    assert (first.path, first.leads, first.supports) == ("1", ("市发改委",), ("市政府各部门", "各直属机构"))
    assert (second.path, second.leads, second.supports) == ("2", ("市经信局",), ("市发改委", "市税务局", "某某供电公司"))


def test_a_keyless_note_whose_first_county_shares_the_next_ones_government() -> None:
    """（信丰县、大余县人民政府，市发展改革委、商务局等）: bodies, the first county's 人民政府 elided;
    a word that is no place (试点县) shares no government."""
    text = """
        一、推动区域协同发展
        1.推动工业园区开展产业合作试点,共同搭建产业合作平台。({first}、大余县人民政府,市发展改革委、区域经济合作局、商务局等)
        2.推进西部城区一体化建设。(市发展改革委)
        """
    item = _doc(text.format(first="信丰县")).measures[1]
    assert {"大余县人民政府", "市发展改革委", "区域经济合作局", "商务局"} <= set(item.responsible)
    assert len(item.responsible) == 5
    assert not any("试点县" in name for name in _doc(text.format(first="试点县")).measures[1].responsible)


def test_a_city_that_never_names_itself_is_left_open_at_its_own_level() -> None:
    """我市 of itself and two counties named in a note (信丰县 and 大余县, both 赣州市's): the region
    is left open — a study trip or a twinning names places so too — but at the level the text
    speaks of itself at, municipal, not the counties'."""
    body = """
        各县(市、区)人民政府,市政府各部门:
        为加快发展,结合我市实际,提出如下实施意见。
        一、推动区域协同发展
        1.推动工业园区开展产业合作试点。({counties},市发展改革委、商务局等)
        """
    for counties in ("信丰县、大余县人民政府", "信丰县、南城县人民政府"):
        doc = _doc(body.format(counties=counties))
        assert (doc.region, doc.level) == (None, "municipal")
