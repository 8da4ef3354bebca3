"""Documents issued together: the titles of the sub-plans a text bundles (P1, P2 …).

A cover notice may issue several plans at once (现将《A》《B》印发给你们), list them as numbered
attachments (附件：1．A方案 2．B方案), or print measure sets one after another, each numbered from
一 again. Each such title heads a bundled sub-plan in the outline (loaders/outline.py).
"""

from __future__ import annotations

import re

from policy_cascades.loaders.hant import simplified
from policy_cascades.loaders.text import Paragraph, is_plan_title, match_marker, squeeze

ATTACHMENTS = re.compile(r"^[（(]?附\s*件\s*[：:]?\s*(?:\d{1,2}\s*[．.、])?")
ATTACHMENT_NAME = re.compile(r"^[^。；;，,：:]{2,80}$")  # a title, not a sentence


_TITLED = re.compile(r"《([^《》]{4,80})》")
_TITLE_MARKS = re.compile(r"[《》〈〉<>、，,]")  # and the marks between issuers printed or not


def title_key(text: str) -> str:
    """A plan's title as compared with the names a notice issues: without spaces, title marks and
    the marks between joint issuers (the notice's 《〈政府工作报告〉…方案》 heads its plan as
    《政府工作报告》…方案, its 《中共某区委、某区人民政府关于…》 as 中共某区委某区人民政府关于…).

    Example:
        >>> title_key("《政府工作报告》重点工作 分工方案") == title_key("〈政府工作报告〉重点工作分工方案")
        True
    """
    return _TITLE_MARKS.sub("", squeeze(text))
# the clause that names the plans as drawn up (结合我县实际,制定了《A》《B》,已经…,现印发给你们)
_DRAWN_UP = re.compile(r"(?:研究)?制[定订](?:了|出)?[、和及与\s]*")
_ISSUED = re.compile(r"印发|转发|印送|下发")  # the verb of a later clause (not 已经: 《A》实施以来,已经…)
_ISSUING = re.compile(rf"{_ISSUED.pattern}|已经")


def issued_together(paras: list[Paragraph]) -> set[str]:
    """The titles a cover notice issues together (现将《A》《B》印发给你们, 《A》和《B》已经…通过):
    each is a bundled sub-plan (P1, P2 …) where its title heads the text below, even when the
    excerpt shows only the first. Titles cited as a basis (根据《X》和《Y》) are not."""
    names = _attached(paras)
    for para in paras:
        if match_marker(para.text) or is_plan_title(para.text):
            break
        if "《" not in para.text:
            continue
        for sentence in re.split(r"[。；;]", para.text):
            sentence = _opening_lost(sentence)
            clauses = re.split(r"[，,]", sentence)
            for at, clause in enumerate(clauses):
                titles = _TITLED.findall(clause)
                if len(set(titles)) < 2:
                    continue
                # 印发 in the titles' clause (not inside a title cited), or, when the titles open
                # the sentence as its subject (《A》、《B》6个文件,已经…同意,现印发给你们), in a later
                # clause that names no other title; never after a basis cited (为贯彻落实《A》和《B》)
                rest = simplified(_TITLED.sub("", clause))
                own = _ISSUING.search(rest) or _DRAWN_UP.fullmatch(rest.strip())  # 制定了《A》《B》,…印发给你们
                subject = at == 0 and clause.lstrip().startswith("《")
                later = subject and any(_ISSUED.search(simplified(part)) and "《" not in part
                                        for part in clauses[at + 1:])
                if own or later:
                    names.update(title_key(t) for t in titles)
    return names


def cited_titles(paras: list[Paragraph]) -> set[str]:
    """Every title a cover notice names in 《》 before its outline (《2020年某市重点工作》已经…同意,现予印发):
    one of them printed again below, after the notice's end, heads the plan it issues.

    Example:
        >>> sorted(cited_titles([Paragraph("《2020年某市重点工作》已经研究同意,现予印发。", 1, 1)]))
        ['2020年某市重点工作']
    """
    names: set[str] = set()
    for para in paras:
        if match_marker(para.text):
            break
        names.update(title_key(t) for t in _TITLED.findall(para.text))
    return names


def _opening_lost(sentence: str) -> str:
    """A sentence whose first title lost its opening mark (2022年重点工作责任分解》和《…》已经…)
    with the mark given back, when what stands before the 》 is a plan's title.

    Example:
        >>> _opening_lost("2022年某某分工方案》和《某某项目清单》已经审议通过")
        '《2022年某某分工方案》和《某某项目清单》已经审议通过'
        >>> _opening_lost("根据省政府的部署》《某某规划》和《某某规划》的要求")
        '根据省政府的部署》《某某规划》和《某某规划》的要求'
    """
    close = sentence.find("》")
    if close > 0 and "《" not in sentence[:close] and _SET_TITLE.match(simplified(squeeze(sentence[:close]))):
        return "《" + sentence.lstrip()
    return sentence


_SET_TITLE = re.compile(r"^[^，,。；;：:、（）()]{6,40}(?:方案|若干措施|政策措施|实施意见|若干意见|工作要点|"
                        r"行动计划|任务清单|责任分解|任务分解|实施细则|办法)$")


def restarting_titles(paras: list[Paragraph]) -> set[str]:
    """Titles of measure sets printed one after another, each followed by numbering that starts
    again at 一 or 1 (a second item 1 in another sub-plan): two or more make a bundle."""
    found = []
    for para, after in zip(paras, paras[1:], strict=False):
        flat = squeeze(para.text)
        marker = match_marker(after.text)
        if marker and marker.number == 1 and not match_marker(para.text) and _SET_TITLE.match(flat):
            found.append(title_key(flat))
    return set(found) if len(set(found)) >= 2 else set()


# 现将…“七个脱贫攻坚行动计划”及…“九个行业扶贫专项方案”印发给你们: plans issued by their number
# (a count in a title cited, 《…8项民生工程…方案》, an ordinal, 第十四个五年规划, or a count that is not
# the object issued, 在10个工作日内制定方案 or 明确了三个方面12项措施, is none): the plans counted stand
# right before the verb or the next plans (“七个…行动计划”及…, …九个…专项方案”已经省政府同意)
_COUNTED = re.compile(r"(?<![第在])(?:[两二三四五六七八九十]|\d{1,2})个[^，,。；;《》“”]{0,30}?"
                      r"(?:计划|方案|意见|措施|细则|办法)[”」\"]?\s*(?:已经|已|现|印发|及|和|、|等)")


def counted_titles(paras: list[Paragraph]) -> set[str]:
    """When a cover notice issues its plans by their number (七个…行动计划, 等3个方案) rather than by
    their titles, the titles of measure sets printed below it, each followed (after a preamble of
    at most one paragraph) by numbering that starts at 一 or 1: each heads a sub-plan."""
    counted = False
    for para in paras:
        if match_marker(para.text):
            break
        simple = simplified(para.text)
        counted = counted or any(_COUNTED.search(clause) and _ISSUING.search(clause)
                                 for clause in re.split(r"[。；;]", simple) if "《" not in clause)
    if not counted:
        return set()
    found = set()
    for at, para in enumerate(paras):
        flat = squeeze(para.text)
        if match_marker(para.text) or not _SET_TITLE.match(simplified(flat)):
            continue
        for after in paras[at + 1:at + 3]:
            marker = match_marker(after.text)
            if marker:
                if marker.number == 1:
                    found.add(title_key(flat))
                break
    return found


def _attached(paras: list[Paragraph]) -> set[str]:
    """The titles of a numbered attachment list (附件：1．A方案 2．B方案), when it lists several."""
    names: list[str] = []
    listing = False
    for para in paras:
        if ATTACHMENTS.match(para.text):
            listing, names = True, []
            rest = ATTACHMENTS.sub("", para.text, count=1)
            if ATTACHMENT_NAME.match(rest):
                names.append(title_key(rest))
            continue
        marker = match_marker(para.text)
        if listing and marker and ATTACHMENT_NAME.match(marker.rest):
            names.append(title_key(marker.rest))
        elif listing:
            break
    return set(names) if len(names) >= 2 else set()
