"""A page in 繁体 is read as its simplified text is: the same outline, the same agencies (read in
simplified characters), persons and themes. Checked on every real text the rules were written
from (dev, the retired sets and the seed corpus, rewritten character by character into 繁体: in
sample) and on made-up pages for each class a 繁体 page broke."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pytest

from policy_cascades.loaders.document import parse_document
from policy_cascades.loaders.formats import read_text
from policy_cascades.loaders.hant import simplified, traditional
from policy_cascades.loaders.records import PolicyDocument

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from tools.eval_extraction import REAL, RETIRED, real_cases, seed_cases  # noqa: E402


def _reading(doc: PolicyDocument) -> dict[str, object]:
    """What the body gives, in simplified characters: each measure's agencies, persons, themes."""
    out: dict[str, object] = {"region": doc.region, "level": doc.level}
    for m in doc.measures:
        out[m.path] = (*(tuple(map(simplified, names)) for names in (m.leads, m.supports, m.responsible, m.persons)),
                       m.themes)
    return out


def _texts() -> list[Path]:
    cases = [case for name in ("dev", *RETIRED) for case in real_cases(REAL / name)]
    return [path for path, _truth in [*cases, *seed_cases()]]


def test_every_in_sample_text_reads_the_same_in_traditional_characters() -> None:
    texts = _texts()
    assert len(texts) > 200
    differ = []
    for path in texts:
        text = read_text(path)
        if _reading(parse_document(text, path.name)) != _reading(parse_document(traditional(text), path.name)):
            differ.append(path.name)
    assert differ == []


def _doc(text: str) -> PolicyDocument:
    return parse_document(textwrap.dedent(text).strip("\n"), "page.txt")


@pytest.mark.parametrize("write", [str, traditional])
def test_a_heading_that_names_a_theme_in_either_script(write: object) -> None:
    doc = _doc(write("""
        某县人民政府办公室关于做好稳就业工作的通知
        各乡镇人民政府：
        一、全力保居民就业
        （一）落实援企稳岗政策。
        """))  # type: ignore[operator]
    assert [m.themes for m in doc.measures] == [("保居民就业",), ()]


@pytest.mark.parametrize("write", [str, traditional])
def test_places_sharing_one_head_in_either_script(write: object) -> None:
    """A task table flattened one cell a line whose 配合单位 cell prints two districts with one
    head (荔湾区、黄埔区政府): both are governments, in 繁体 as well."""
    doc = _doc(write("""
        某市人民政府办公室关于印发重点工作任务分工的通知
        各区人民政府，市政府各部门：
        序号
        重点工作
        牵头单位
        配合单位
        1
        支持科技创新平台建设。
        市科技局
        市财政局，荔湾区、黄埔区政府
        """))  # type: ignore[operator]
    [item] = doc.measures
    assert tuple(map(simplified, item.supports)) == ("市财政局", "荔湾区政府", "黄埔区政府")


@pytest.mark.parametrize("write", [str, traditional])
def test_a_task_table_with_its_cells_joined_by_spaces_in_either_script(write: object) -> None:
    doc = _doc(write("""
        某市小微企业扶持政策事项清单
        政策类别 序号 扶持政策事项 政策内容 实施部门
        财政支持 1 建立帮扶机制 畅通诉求渠道，及时协调解决企业困难。 责任单位:市工业和信息化局
        2 给予贷款贴息 对新增贷款给予财政贴息。 责任单位:市财政局、市发展改革委
        """))  # type: ignore[operator]
    assert [m.path for m in doc.measures] == ["1", "2"]
    assert [tuple(map(simplified, m.responsible)) for m in doc.measures] == [
        ("市工业和信息化局",), ("市财政局", "市发展改革委")]
