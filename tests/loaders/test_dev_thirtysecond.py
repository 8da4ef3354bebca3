"""Classes of misses met in the dev batches of the thirty-second session, each shown on a made-up text that names
other places."""

from __future__ import annotations

from policy_cascades.loaders.organs import orgs
from tests.loaders.made_up import parse as _doc


def test_a_provinces_number_prefix_shared_with_units_of_other_levels_places_a_text_that_speaks_as_a_province() -> None:
    # 苏政发 fits 江苏省 and eight 苏 units of other levels, six of them in other provinces; the page prints no
    # title, issuer or signature, and the text speaks of itself as a province (全省, 省各委办厅局): the province,
    # not the region left open
    doc = _doc("""
        苏政发〔2019〕3号
        各设区市人民政府,省各委办厅局,省各直属单位:
        2019年,全省安全生产工作要坚持人民至上,全省各级各部门要压实责任,确保全省安全形势稳定。
        一、压实安全生产责任
        各级各部门要落实责任。
        """)
    assert (doc.region, doc.level) == ("江苏省", "provincial")



def test_a_number_prefix_shared_with_a_province_places_no_text_signed_by_a_placeless_city_office_in_it() -> None:
    # (a review's misfire) 宁政办发 fits 宁夏 and ten 宁 units; a county-level city's office signs without its
    # place, addressing its towns, about the province's census: the region stays open, the office stays the issuer
    doc = _doc("""
        宁政办发〔2023〕9号
        各镇人民政府、街道办事处,市直各有关单位:
        按照全省第五次经济普查工作部署,全省统一开展普查,为做好全省普查在我市的实施工作,现就有关事项通知如下:
        一、普查对象
        辖区内从事第二产业和第三产业的全部法人单位。(市统计局负责)
        市人民政府办公室
        2023年3月1日
        """)
    assert doc.issuers == ("市人民政府办公室",)
    assert doc.region is None

def test_a_one_line_pages_comma_after_the_title_is_no_part_of_it() -> None:
    doc = _doc("""
        赣州市人民政府关于印发赣州市区域合作深化行动方案的通知, 赣市府发〔2025〕8号 各县(市、区)人民政府,市政府各部门: 现将方案印发给你们,请认真贯彻执行。 赣州市人民政府 2025年3月1日 一、深化区域合作 加强合作。
        """)
    assert doc.title == "关于印发赣州市区域合作深化行动方案的通知"


def test_a_newspapers_abstract_tag_after_the_title_is_no_part_of_it() -> None:
    doc = _doc("""
        您所在的位置:某某网 >> 新闻 >> 党政要闻
        中共贵州省委 贵州省人民政府关于打赢脱贫攻坚战三年行动的实施意见(摘要)
        为如期打赢脱贫攻坚战,结合我省实际,提出如下实施意见。
        一、总体要求
        确保如期脱贫。
        """)
    assert doc.title == "关于打赢脱贫攻坚战三年行动的实施意见"


def test_an_autonomous_prefectures_party_committee_and_government_glued_are_two_issuers() -> None:
    assert orgs("中共黔南布依族苗族自治州委黔南布依族苗族自治州人民政府") == [
        "中共黔南布依族苗族自治州委", "黔南布依族苗族自治州人民政府"]
    assert orgs("宁夏回族自治区党委宁夏回族自治区人民政府") == ["宁夏回族自治区党委", "宁夏回族自治区人民政府"]
    doc = _doc("""
        中共黔南州委 黔南州人民政府 关于打赢精准脱贫攻坚战的意见
        为打赢精准脱贫攻坚战,提出如下意见。
        一、总体要求
        确保如期脱贫。
        """)
    assert doc.issuers == ("中共黔南州委", "黔南州人民政府")


def test_a_label_glued_before_the_doc_number_is_no_part_of_it() -> None:
    # a disclosure box whose labels lost their separators: 发文字号某政办发〔…〕 and 文件编号 某政办发〔…〕
    doc = _doc("""
        市人民政府办公室关于印发2025年度十堰市人民政府重大行政决策事项目录的通知
        来源:十堰市人民政府办公室    时间:2025-05-09
        文件名称市人民政府办公室关于印发2025年度十堰市人民政府重大行政决策事项目录的通知 文件类型十政办发
        发文单位十堰市人民政府办公室 发文字号十政办发〔2025〕13 号
        发文日期2025-05-09 09:51:26 发布日期2025-05-09 09:51:26
        各县(市、区)人民政府,市政府各部门:
        现将《2025年度十堰市人民政府重大行政决策事项目录》印发给你们,请认真贯彻执行。
        一、目录事项
        按目录执行。
        """)
    assert doc.doc_number == "十政办发〔2025〕13号"
    doc = _doc("""
        信息标题 关于印发尉犁县自然灾害综合风险普查工作方案的通知 文件编号 尉政办发〔2020〕34号
        各乡镇人民政府,县直各单位:
        现将方案印发给你们,请认真贯彻执行。
        一、工作目标
        完成普查。
        """)
    assert doc.doc_number == "尉政办发〔2020〕34号"


def test_a_metadata_lines_written_date_signs_before_its_dispatch_date() -> None:
    # 发文日期 (the day it went out or was posted) before 成文日期 on one metadata line: the 成文 date signs; a portal's
    # accessibility switch (长者模式) beside the government's name atop the page is no issuer
    doc = _doc("""
        无障碍浏览
        长者模式 禄丰市人民政府
        首页 >> 公开信息内容
        禄丰市人民政府关于进一步加快老龄事业发展的实施方案
        索引号:11532300015177503N-/2020-0813006 公文目录:政府文件 发文日期:2020年08月13日 主题词: 文  号:禄政发〔2020〕6号 成文日期:2020年08月12日 发布机构:禄丰市政府办
        各乡镇人民政府,市级有关部门:
        为加快老龄事业发展,现提出以下实施方案:
        一、进一步健全完善老年社会保障体系
        (一)完善养老保险制度。持续深入实施城乡居民基本养老保险。
        """)
    assert doc.date == "2020-08-12"
    assert doc.issuers == ("禄丰市人民政府",)
    doc = _doc("""
        禄丰市人民政府关于进一步加快老龄事业发展的实施方案
        发文日期:2020年08月13日 文  号:禄政发〔2020〕6号 发布机构:禄丰市政府办
        各乡镇人民政府,市级有关部门:
        为加快老龄事业发展,现提出以下实施方案:
        一、进一步健全完善老年社会保障体系
        """)
    assert doc.date == "2020-08-13"  # a 发文日期 alone still dates it


def test_a_title_on_barrier_free_environments_is_no_accessibility_switch() -> None:
    # 无障碍 opens a portal's switch (无障碍浏览, 无障碍 | 长者版), and a subject of titles (无障碍环境建设)
    doc = _doc("""
        无障碍浏览 长者版
        邵阳市人民政府办公室关于印发《邵阳市无障碍环境建设实施方案(2021-2025年)》的通知
        各县市区人民政府,市直有关单位:
        现将方案印发给你们,请认真组织实施。
        邵阳市人民政府办公室
        2021年9月1日
        一、工作目标
        无障碍环境建设全面推进。
        """)
    assert doc.title == "关于印发《邵阳市无障碍环境建设实施方案(2021-2025年)》的通知"
    assert not any(w.field == "title" for w in doc.warnings)


def test_a_news_leads_body_is_the_issuer_with_a_source_clause_or_a_day_before_its_verb() -> None:
    # 近日，某网了解到，X已正式印发《…》 and X2023年10月9日印发《…》: the body the lead names issues the document
    doc = _doc("""
        近日,中国环境网了解到,江西省人民政府办公厅已正式印发《关于建立健全生态保护补偿机制的实施意见》(赣府厅发〔2018〕1号):到2020年,实现我省森林、水流全覆盖。
        一、总体要求
        建立健全生态保护补偿机制。
        """)
    assert doc.issuers == ("江西省人民政府办公厅",)
    doc = _doc("""
        漳州市生态环境保护委员会办公室2023年10月9日印发《漳州市噪声污染防治行动方案(2023—2025年)》,以深入打好污染防治攻坚战。
        一、总体要求
        持续改善声环境质量。
        """)
    assert doc.issuers == ("漳州市生态环境保护委员会办公室",)


def test_a_lost_character_mark_between_spaced_characters_of_a_title_is_dropped() -> None:
    # a letter-spaced 通 知 whose blank the mirror's encoding lost: 通 ? 知
    doc = _doc("""
        晋城市应急管理局
        关于做好2022年应急管理工作的
        通 ? 知
        各县、区应急管理局,市局机关各科室:
        现就做好2022年应急管理工作通知如下:
        一、强化担当,全面压实安全生产责任
        压实责任。
        """)
    assert doc.title == "关于做好2022年应急管理工作的通知"


def test_a_date_under_a_heading_that_names_a_time_is_no_signing_date() -> None:
    # an event notice's 二、活动时间 / 2023年8月25日: the day of the campaign, the notice printing no signature
    doc = _doc("""
        各乡(镇)、各部门(单位):
        为进一步改善城乡环境卫生面貌,现将有关事项通知如下:
        一、活动主题
        爱国卫生运动 全民共同参与
        二、活动时间
        2023年8月25日
        三、活动内容
        (一)全面开展病媒生物防制工作。各乡(镇)要加强科普宣传。
        """)
    assert doc.date is None


def test_a_title_on_a_portals_elderly_friendly_version_is_no_accessibility_switch() -> None:
    # (a review's misfire) 关怀版, 适老版, 长者模式 are switches as words of their own, not inside a title
    for subject in ("政府网站和政务新媒体关怀版建设", "政务服务移动端适老版建设", "政务服务领域推行“长者模式”"):
        doc = _doc(f"""
            关怀版 | 无障碍
            嘉兴市人民政府办公室关于全面推进{subject}的通知
            各县(市、区)人民政府,市政府各部门:
            现将有关事项通知如下:
            一、工作任务
            全面推进建设。
            """)
        assert doc.title == f"关于全面推进{subject}的通知"


def test_a_placeholder_written_date_gives_way_to_the_dispatch_date() -> None:
    # (a review's misfire) 成文日期 1900-01-01 or a month alone is no date a 发文日期 beside it gives way to
    for written in ("1900-01-01", "2023年02月"):
        doc = _doc(f"""
            宁县人民政府办公室关于做好2023年全县春耕备耕工作的通知
            发文日期:2023-02-27 文号:宁政办发〔2023〕5号 成文日期:{written}
            各乡镇人民政府,县直各部门:
            现就做好春耕备耕工作通知如下:
            一、抓好农资供应
            保障供应。
            """)
        assert doc.date == "2023-02-27"
