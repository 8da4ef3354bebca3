"""A file holding the document twice is read once, with a warning where the copy begins."""

from __future__ import annotations

from policy_cascades.graph.pipeline import corpus_files, seed_corpus
from policy_cascades.loaders import parse_document


def test_a_document_printed_twice_is_read_once() -> None:
    path = next(p for p in corpus_files([seed_corpus()]) if p.name.startswith("004"))
    text = path.read_text("utf-8")
    once = parse_document(text, "once.txt")
    twice = parse_document(text + "\n" + text, "twice.txt")
    assert twice.measures == once.measures
    [warning] = [w for w in twice.warnings if w.field == "text"]
    first = next(i for i, line in enumerate(text.split("\n")) if len(line.strip()) >= 12)
    assert warning.line == len(text.split("\n")) + 1 + first  # the copy's first full line
    assert not [w for w in once.warnings if w.field == "text"]


def test_the_seed_and_real_documents_do_not_start_over() -> None:
    from pathlib import Path

    real = Path(__file__).resolve().parents[1] / "data" / "real"
    files = [*corpus_files([seed_corpus()]), *sorted(real.glob("*/*.txt"))]
    assert len(files) > 40
    for path in files:
        doc = parse_document(path.read_text("utf-8"), path.name)
        assert not [w for w in doc.warnings if w.field == "text"], path.name



_PLAN = """\
某县人民政府办公室
各镇人民政府，县直各有关部门：
现将《{title}》印发给你们，请认真贯彻执行。
{title}
一、总体要求
二、重点任务
（一）落实援企稳岗政策。
（二）加大职业技能培训力度。
{foot}"""


def test_a_plan_title_printed_twice_is_one_plan_not_a_bundle() -> None:
    """A page that prints the plan's title again below the plan (a repost's footer, a PDF's running
    head; in 繁体 as well) holds one plan: its entries keep their own paths (一, 二.(一)), not P1 /
    P2.一 as a bundle of two plans would give them."""
    title = "某县稳就业工作方案"
    once = parse_document(_PLAN.format(title=title, foot=""), "once.txt")
    assert [m.path for m in once.measures] == ["一", "二", "二.(一)", "二.(二)"]
    for foot in (title, "某縣穩就業工作方案"):
        page = parse_document(_PLAN.format(title=title, foot=foot), "page.txt")
        assert [m.path for m in page.measures] == [m.path for m in once.measures]


def test_two_different_plan_titles_still_bundle() -> None:
    two = parse_document("某县人民政府办公室\n各镇人民政府：\n稳就业工作方案\n一、援企稳岗\n"
                         "保市场主体工作方案\n一、减税降费\n", "two.txt")
    assert [m.path for m in two.measures] == ["P1", "P1.一", "P2", "P2.一"]
