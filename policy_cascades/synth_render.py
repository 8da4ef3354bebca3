"""Print a planned synthetic document as the genre prints it, and give each measure the
outline path the extractor will read.

Headers come in two shapes: 文号 first with the signature at the end (沂源县's 源政发〔2020〕11号),
or the issuer's 印发…的通知 with its signature and date before the measures it issues
(周村区's 周政字〔2020〕8号); a bundle of sub-plans prints only the 通知. Outlines come in four
(synth.SHAPES): 一、 > 1. numbered per section, 一、 > 1. numbered on through the document, 一、 >
（一） > 1., and sub-plans (保居民就业工作方案) > 一、 > 1. Notes take every form of
synth_people.FORMS; item markers, brackets and line breaks vary as in print.
"""

from __future__ import annotations

import random
import re

from policy_cascades.loaders.text import cn_numeral, match_marker
from policy_cascades.synth import SynthDoc, SynthMeasure
from policy_cascades.synth_bank import GENERIC_THEME, local, new_measure
from policy_cascades.synth_people import (
    FORMS,
    Duty,
    addressees,
    agency,
    bare_note,
    group_note,
    level_word,
    note,
    person,
    printed_name,
)

_SUBHEADS = ("强化政策支持", "加大工作力度", "优化服务保障", "狠抓工作落实", "创新工作机制", "突出重点领域")
_TITLE_ENDS = ("通知", "意见", "方案", "决定", "办法", "措施", "通告", "公告", "报告", "规定", "细则", "规划")
_TERMINAL = "。；;！!？?：:）)」”》】"
_FORM_WEIGHTS = (3, 3, 2, 3, 2, 1, 1, 1)


def render(rng: random.Random, doc: SynthDoc) -> None:
    """Set doc.text, and the path (and doc) of every measure."""
    form = rng.choices(FORMS, weights=_FORM_WEIGHTS)[0]
    body = _outline(rng, doc, form)
    wrapped = doc.shape != "plans" and rng.random() < 0.5
    lines = _wrapped_header(rng, doc) if wrapped else _front_header(rng, doc)
    lines += [_preamble(doc), *body]
    if form not in ("none", "own-line"):
        lines.append(f"各{'单位' if rng.random() < 0.5 else '部门'}要强化责任担当，按照职责分工抓好落实，"
                     "确保各项措施落地见效。")
    if not wrapped:
        lines += [doc.issuer, _date(rng, doc.date)]
    lines.append(rng.choice(("（此件公开发布）", "（此件依申请公开）", "")))
    gap = "\n\n" if rng.random() < 0.5 else "\n"
    doc.text = gap.join(_break(rng, line) for line in lines if line) + "\n"


def _front_header(rng: random.Random, doc: SynthDoc) -> list[str]:
    title = f"{printed_name(doc.region)}“{doc.round.key}”工作方案" if doc.shape == "plans" else ""
    if title:
        doc.title = f"关于印发《{title}》的通知"
    return [_number(rng, doc), doc.issuer, *_title_lines(rng, doc.title), addressees(doc.region)]


def _wrapped_header(rng: random.Random, doc: SynthDoc) -> list[str]:
    inner = doc.title.removeprefix("关于")
    doc.title = f"关于印发{inner}的通知"
    return [doc.issuer, *_title_lines(rng, doc.title), _number(rng, doc), addressees(doc.region),
            f"现将《{inner}》印发给你们，请认真贯彻落实。", doc.issuer, _date(rng, doc.date),
            rng.choice(("（此件公开发布）", "（此件依申请公开）")), inner]


def _number(rng: random.Random, doc: SynthDoc) -> str:
    assert doc.doc_number is not None
    return doc.doc_number.replace("〔", "[").replace("〕", "]") if rng.random() < 0.15 else doc.doc_number


def _title_lines(rng: random.Random, title: str) -> list[str]:
    cuts = [i for i in range(6, len(title) - 4) if not title[:i].endswith(_TITLE_ENDS)
            and title[i - 1] not in "《“" and title[i] not in "》”"]
    if cuts and rng.random() < 0.5:
        cut = rng.choice(cuts)
        return [title[:cut], title[cut:]]
    return [title]


def _date(rng: random.Random, iso: str) -> str:
    year, month, day = (int(x) for x in iso.split("-"))
    if rng.random() < 0.15:
        digits = "〇一二三四五六七八九"
        return f"{''.join(digits[int(c)] for c in str(year))}年{cn_numeral(month)}月{cn_numeral(day)}日"
    return f"{year}年{month}月{day}日"


def _preamble(doc: SynthDoc) -> str:
    parent = doc.parent
    if parent is None:
        source = ("国务院《政府工作报告》" if doc.round.root_title == "政府工作报告"
                  else f"党中央、国务院关于做好“{doc.round.key}”工作的决策部署")
        cited = f"为深入贯彻落实{source}要求"
    else:
        cited = f"为深入贯彻落实{_short(parent)}《{_inner(parent)}》（{parent.doc_number}）精神"
        grand = parent.parent
        if grand is not None and len(doc.region.code) and int(doc.region.code) % 3 == 0:
            cited = (f"按照{_short(grand)}《{_inner(grand)}》（{grand.doc_number}）和{_short(parent)}"
                     f"《{_inner(parent)}》（{parent.doc_number}）要求")
    closing = "制定本方案" if doc.shape == "plans" else "现提出如下措施"
    return f"{cited}，统筹做好疫情防控和经济社会发展工作，结合{printed_name(doc.region)}实际，{closing}。"


def _short(doc: SynthDoc) -> str:
    word = level_word(doc.region)
    return "地区行署" if word in ("地区", "盟") else f"{word}政府"


def _inner(doc: SynthDoc) -> str:
    return re.sub(r"^关于印发《?(.*?)》?的通知$", r"\1", doc.title)


# -- the outline --------------------------------------------------------------------------


def _outline(rng: random.Random, doc: SynthDoc, form: str) -> list[str]:
    lines: list[str] = []
    number = 0
    for index, block in enumerate(doc.blocks, start=1):
        block.doc = doc
        label = cn_numeral(index)
        if doc.shape == "plans":
            block.kind, block.path = "plan", f"P{index}"
            lines += [f"{block.theme}工作方案", f"为扎实做好{block.theme}工作，制定本方案。",
                      "一、主要任务"]
            doc.structure.append(_structural(doc, f"P{index}.一"))
            base = f"P{index}.一"
        else:
            block.path = label
            lines.append(f"{label}、{block.heading}")
            base = label
        if form == "group":
            lines.append(group_note(_duty(rng, doc, block)))
        if doc.shape != "runon":
            number = 0
        groups = _groups(rng, block.children) if doc.shape == "sub" else [block.children]
        for sub, items in enumerate(groups, start=1):
            path = base
            if doc.shape == "sub":
                path = f"{base}.({cn_numeral(sub)})"
                doc.structure.append(_structural(doc, path))
                lines.append(f"（{cn_numeral(sub)}）{_subhead(rng, doc, block)}")
            for item in items:
                number += 1
                item.doc, item.path = doc, f"{path}.{number}"
                lines += _item_lines(rng, doc, item, number, form)
    return lines


def _subhead(rng: random.Random, doc: SynthDoc, block: SynthMeasure) -> str:
    """A sub-section heading, topical as in print (（一）加大援企稳岗力度), from the document's
    share of the bank; a safeguard block's are generic."""
    if block.theme == GENERIC_THEME:
        return rng.choice(_SUBHEADS)
    return new_measure(rng, block.theme, doc.share)[0]


def _structural(doc: SynthDoc, path: str) -> SynthMeasure:
    return SynthMeasure("section", "", "", doc=doc, path=path)


def _groups(rng: random.Random, items: list[SynthMeasure]) -> list[list[SynthMeasure]]:
    groups, start = [], 0
    while start < len(items):
        size = rng.randint(2, 4)
        groups.append(items[start:start + size])
        start += size
    return groups


def _item_lines(rng: random.Random, doc: SynthDoc, item: SynthMeasure, number: int,
                form: str) -> list[str]:
    place = printed_name(doc.region)
    level = doc.region.level
    sentences = "。".join(local(s, place, level) for s in item.sentences)
    marker = rng.choice((f"{number}.", f"{number}．", f"{number}、")) if rng.random() < 0.3 else f"{number}."
    text = f"{marker}{local(item.heading, place, level)}。{sentences}。"
    duty = _duty(rng, doc, item)
    if form == "own-line":
        return [text, bare_note(duty)]
    if form in ("group", "none") or rng.random() < 0.08:
        return [text]
    return [text + note(form, duty)]


def _duty(rng: random.Random, doc: SynthDoc, m: SynthMeasure) -> Duty:
    leads, supports = m.duty if m.duty[0] else (["发改"], ["财政"])
    return Duty([agency(doc.region, s) for s in leads], [agency(doc.region, s) for s in supports],
                [person(rng) for _ in range(rng.randint(1, 2))])


def _break(rng: random.Random, line: str) -> str:
    """Now and then a long paragraph broken across two lines, as text copied from print is."""
    if len(line) < 80 or rng.random() > 0.1:
        return line
    for _ in range(5):
        cut = rng.randint(30, len(line) - 20)
        left, right = line[:cut], line[cut:]
        if (left[-1] not in _TERMINAL and not (left[-1].isascii() and right[0].isascii())
                and not match_marker(right) and not right.startswith(("（", "(", "—", "牵头", "责任"))):
            return f"{left}\n{right}"
    return line
