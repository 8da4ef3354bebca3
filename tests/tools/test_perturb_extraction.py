"""The rewritings of tools/perturb_extraction.py: each gives the text a real page prints and the
truth expected of it."""

from __future__ import annotations

from policy_cascades.loaders.hant import simplified
from tools.perturb_extraction import REWRITINGS, header_view, wrong_fields

TEXT = "\n".join([
    "某某县人民政府办公室",
    "关于印发稳就业工作方案的通知",
    "某政办发〔2020〕5号",
    "各乡镇人民政府，县政府各部门：",
    "现将《稳就业工作方案》印发给你们，请认真贯彻执行。",
    "一、稳定岗位",
    "某某县人民政府办公室",
    "2020年5月8日",
])
TRUTH = {"doc_number": "某政办发〔2020〕5号", "title": "关于印发稳就业工作方案的通知",
         "issuers": ["某某县人民政府办公室"], "level": "county", "region": "某某县",
         "region_path": ["某某县", "某某市", "中国"], "date": "2020-05-08"}


def _one(name: str) -> tuple[str, dict[str, object]]:
    return next(iter(REWRITINGS[name](TEXT, TRUTH)))


def test_hant_round_trips_and_expects_the_printed_forms() -> None:
    text, truth = _one("hant")
    assert text != TEXT and simplified(text) == TEXT
    assert truth["doc_number"] == "某政辦發〔2020〕5號" and truth["issuers"] == ["某某縣人民政府辦公室"]


def test_brackets_reprint_the_doc_number_with_every_pair() -> None:
    texts = [text for text, _ in REWRITINGS["brackets"](TEXT, TRUTH)]
    assert len(texts) == 5 and "某政办发 [ 2020 ] 5号" in texts[0] and "某政办发 【 2020 】 5号" in texts[3]


def test_placeless_strips_the_header_issuer_and_keeps_the_signature() -> None:
    text, truth = _one("placeless")
    assert text.split("\n")[0] == "县人民政府办公室" and text.split("\n")[6] == "某某县人民政府办公室"
    assert truth == TRUTH


def test_metaissuer_and_notitle_move_or_drop_header_lines() -> None:
    text, _ = _one("metaissuer")
    assert text.split("\n")[:2] == ["发文机关：某某县人民政府办公室", "关于印发稳就业工作方案的通知"]
    text, truth = _one("notitle")
    assert "关于印发稳就业工作方案的通知" not in text and truth["title"] is None


def test_chrome_and_joinhead_and_oneline() -> None:
    text, _ = _one("chrome")
    assert "发布时间：2020-05-31" in text and text.endswith(TEXT)
    text, _ = _one("joinhead")
    assert text.split("\n")[0] == "某某县人民政府办公室 关于印发稳就业工作方案的通知 某政办发〔2020〕5号"
    text, _ = _one("oneline")
    assert "\n" not in text


def test_wrong_fields_names_the_fields_a_record_misses() -> None:
    record = header_view(TEXT, "t.txt")
    assert record is not None
    assert wrong_fields({**record, "title": "x"}, {**record}) == {"title"}


def test_signature_rewritings_move_space_or_spell_the_date() -> None:
    text, _ = _one("datefirst")
    assert text.split("\n")[-2:] == ["2020年5月8日", "某某县人民政府办公室"]
    text, _ = _one("cndate")
    assert text.endswith("二〇二〇年五月八日")
    text, _ = _one("spacedsign")
    assert "某 某 县 人 民 政 府 办 公 室" in text.split("\n")[6]


def test_placelessall_nonumber_and_place_noise() -> None:
    text, truth = _one("placelessall")
    assert text.split("\n")[0] == text.split("\n")[6] == "县人民政府办公室"
    assert truth["issuers"] == ["某某县人民政府办公室"]
    text, truth = _one("nonumber")
    assert "某政办发" not in text and truth["doc_number"] is None
    text, _ = _one("parentnamed")
    assert text.split("\n")[4].count("某某市") == 3
    text, _ = _one("siteowner")
    assert text.split("\n")[-1].startswith("主办：海南省人民政府办公厅")
    text, _ = _one("spacedhead")
    assert text.split("\n")[1] == " ".join("关于印发稳就业工作方案的通知")
