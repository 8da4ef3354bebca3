"""Classes of misses met in eval30/ once it was retired to development (twentieth session), each shown on a
made-up text that names other places."""

from __future__ import annotations

from tests.loaders.made_up import parse as _doc


def test_a_headline_that_only_quotes_the_documents_name_gives_it_as_title_with_its_tag() -> None:
    # A news page's headline is the plan's name in 《》, a draft's mark after it; no notice title is printed.
    doc = _doc("""
        首页 > 新闻 > 正文
        《宁夏回族自治区农村供水保障三年行动方案》(征求意见稿)
        时间:2023-04-11 10:20
        来源:自治区水利厅
        三、保障措施
        (十)加强组织领导。各地要建立工作机制。(自治区水利厅牵头;自治区财政厅参与)
    """)
    assert doc.title == "宁夏回族自治区农村供水保障三年行动方案(征求意见稿)"


def test_a_quoted_name_that_says_the_page_holds_all_of_it_drops_that_tag() -> None:
    doc = _doc("""
        《安顺市城中村改造实施方案》(全文)
        发布时间:2023-08-02
        一、总体要求
        坚持稳中求进。
    """)
    assert doc.title == "安顺市城中村改造实施方案"
