"""Classes of misses met in eval24/ and eval25/ once they were retired to development (eighteenth
session), each shown on a made-up text that names other places."""

from __future__ import annotations

from tests.loaders.made_up import parse as _doc

_TASK_LIST = """
    中共岱山县委办公室  岱山县人民政府办公室关于印发《2021年岱山县乡村振兴任务清单》的通知
    各乡镇党委、政府,县属各单位:
    《2021年岱山县乡村振兴任务清单》已经县委、县政府同意,现印发给你们。
    中共岱山县委办公室  岱山县人民政府办公室
    2021年9月16日
    2021年岱山县乡村振兴任务清单

    考核项目

    序号

    考核指标

    考核内容

    单位

    年度目标

    责任部门

    评分部门

    农业高质高效

    1

    粮食播种面积

    万亩

    0.07

    县农业农村局

    市农业农村局

    2

    油菜面积

    万亩

    0

    县农业农村局

    市农业农村局

    3

    粮食总产量

    万吨

    2

    县农业农村局

    市农业农村局
    """


def test_a_task_list_with_assessment_columns_printed_one_cell_a_line() -> None:
    """考核项目 / 序号 / 考核指标 / 考核内容 / 单位 / 年度目标 / 责任部门 / 评分部门, one cell a line: each 序号
    opens an item; the 责任部门 cell names its units, the 评分部门 cell (who scores it) does not; a
    value cell that is a number (0, 2) is no row's 序号. (A scoring rubric with such columns and a
    分值 column still gives no items: tests/loaders/test_review_sixteenth.py.)"""
    doc = _doc(_TASK_LIST)
    assert [m.path for m in doc.measures] == ["1", "2", "3"]
    assert [m.responsible for m in doc.measures] == [("县农业农村局",)] * 3
    assert not any(m.leads or m.supports for m in doc.measures)


def test_a_bracket_of_bodies_holding_a_collective_with_its_own_bracket() -> None:
    """…落实行业指导责任。(各设区市、县(市、区)政府,某新区管委会,省有关部门): a bracket listing bodies alone,
    one of them a collective of levels with a bracket of its own (设区市 a level too), names the units
    responsible."""
    doc = _doc("""
        某省促进中小企业发展工作领导小组关于进一步推进中小微企业复工复产的通知
        各设区市人民政府,省直有关部门:
        现将有关事项通知如下。
        一、夯实复工复产推进责任
        1.强化统筹指导责任。加强分类指导,落实行业指导责任。(各设区市、县(市、区)政府,赣江新区管委会,省有关部门)
        2.实行分区分级推进。
        """)
    item = next(m for m in doc.measures if m.path == "一.1")
    assert item.responsible == ("各设区市、县(市、区)政府", "赣江新区管委会", "省有关部门")


def test_a_spaced_signature_whose_first_piece_is_no_whole_name() -> None:
    """湖南省促进 中小企业发展工作领导小组: the first piece ends as no body does, so the next joins it."""
    doc = _doc("""
        各市州人民政府,省直有关部门:
        现将有关事项通知如下,请认真贯彻落实。
        湖南省促进 中小企业发展工作领导小组
        2020年3月2日
        一、夯实复工复产推进责任
        1.强化统筹指导责任。
        """)
    assert doc.issuers == ("湖南省促进中小企业发展工作领导小组",)


def test_a_line_of_bodies_alone_after_a_measures_text_is_its_units_cell() -> None:
    """A table flattened one cell a line without its header: a line of bodies alone after a measure's
    text (市直各单位、各区政府(管委会)) names its units; a line of places (平江县、华容县) does not."""
    doc = _doc("""
        某市2019年政务公开工作要点
        一、着眼稳定预期,加强政策解读和回应关切

        (一)深入解读重要政策措施。

        认真落实政策解读工作细则,切实做到政策性文件与解读方案同步组织、同步审签。

        市直各单位、各区政府(管委会)

        (二)积极回应社会关切。

        参评范围包括以下县(市)区:

        平江县、华容县、湘阴县

        (三)加强政务舆情回应。
        """)
    duties = {m.path: m.responsible for m in doc.measures}
    assert duties["一.(一)"] == ("市直各单位", "各区政府(管委会)")
    assert duties["一.(二)"] == ()
