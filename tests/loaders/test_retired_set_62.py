"""Classes of misses met in eval62 and eval63 (retired to development at the twenty-seventh session's start), each
shown on a made-up text that names other places."""

from __future__ import annotations

from tests.loaders.made_up import parse as _doc


def test_a_portals_label_holding_bu_men_is_no_addressee_line() -> None:
    # 部门解读： over the link to the interpretation: a label of the portal, not the notice's addressees,
    # so the header (metadata, title, 文号, 成文日期) below it is still read
    doc = _doc("""
        您当前的位置: 首页 > 政务公开 > 政策文件

        部门解读:

        关于《黔江区人民政府办公室关于做好2023年度为民办实事工作的通知》 政策解读

        文件下载:

        [ 索引号 ] 11500114000000/2023-00031 [ 发文字号 ] 黔江府办发〔2023〕9号
        [ 发布机构 ] 黔江区政府办公室 [ 有效性 ]
        [ 成文日期 ] 2023-03-10 [ 发布日期 ] 2023-03-13

        重庆市黔江区人民政府办公室关于做好2023年全区为民办实事工作的通知

        各街道办事处,各乡镇人民政府,区政府各部门,有关单位:

        为办好惠民利民实事,经区政府同意,现就有关事宜通知如下:

        一、提高政治站位
    """)
    assert doc.title == "关于做好2023年全区为民办实事工作的通知"
    assert doc.doc_number == "黔江府办发〔2023〕9号"
    assert doc.date == "2023-03-10"
    assert doc.addressees[0] == "各街道办事处"


def test_a_doc_number_glued_after_the_title_by_a_dash_is_the_documents() -> None:
    # a site's headline …的通知-某政字〔2021〕12号: the dash sets off the 文号, not a site's name
    doc = _doc("""
        广西壮族自治区人民政府关于印发 中国(凭祥)边境贸易示范区建设实施方案的通知-桂政字〔2021〕12号

        2021.05.04

        各市、县人民政府,自治区人民政府各组成部门、各直属机构:

        现将《中国(凭祥)边境贸易示范区建设实施方案》印发给你们,请认真贯彻落实。

        2021年4月20日

        一、总体要求
    """)
    assert doc.doc_number == "桂政字〔2021〕12号"
    assert doc.title == "关于印发中国(凭祥)边境贸易示范区建设实施方案的通知"



def test_a_pdfs_header_line_gives_its_spaced_doc_number_and_a_title_cut_before_the_addressees_it_runs_into() -> None:
    # a PDF's red header, 文号, issuer and title on one line, the serial spaced from its 号 (〔2019〕3 号); the
    # title's lines run on into the addressees and the preamble
    doc = _doc("""
        编辑: 某人 2017-11-24
        南宁市青秀区爱国卫生运动委员会文件 青爱卫〔2019〕3 号 南宁市青秀区爱国卫生运动委员会 关于印发《青秀区

        2019 年爱国卫生 工作要点》的通知 各街道办事处、区直机关各部门、各企业: 为做好

        2019 年爱国卫生工作, 现将 《青秀区

        2019 年爱国卫生工作要点》印发给你们,请认真组织 实施.

        (此件主动公开) 南宁市青秀区爱国卫生运动委员会

        2019 年5月23 日 抄送:区委各部门、各人民团体 南宁市青秀区爱国卫生运动委员会

        2019 年5月23 日印发 青秀区

        2019 年爱国卫生工作 要点 为贯彻落实上级精神,制定本要点。

        一、总体要求
    """)
    assert doc.doc_number == "青爱卫〔2019〕3号"
    assert doc.title == "关于印发《青秀区2019年爱国卫生工作要点》的通知"


def test_two_bodies_joined_by_he_before_a_duty_are_two_units() -> None:
    # from eval65: …各县〔市、区〕政府和市直相关单位按职责分别负责 — the duty after the last body does not hide it
    doc = _doc("""
        赣州市人民政府关于支持现代物流业发展若干政策措施的意见

        一、支持物流园区建设
        1.支持新上综合物流园区落户我市。(责任单位:市商务局牵头,各县〔市、区〕政府和市直相关单位按职责分别负责)
    """)
    item = next(m for m in doc.measures if m.path == "一.1")
    assert item.leads == ("市商务局",)
    assert item.supports == ("各县〔市、区〕政府", "市直相关单位")
