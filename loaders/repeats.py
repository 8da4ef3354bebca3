"""A text that starts over: the same document printed twice in one file (a page that repeats
its article, two copies pasted together), or its headings printed first as a table of contents.

Read twice, its outline would give every measure again under numbers that restart; read once,
the second copy is left out and the document says where it began.
"""

from __future__ import annotations

import re

from policy_cascades.loaders.hant import simplified
from policy_cascades.loaders.text import (
    CN_NUMERAL,
    decimal_heading,
    match_marker,
    numbered,
    squeeze,
)
from policy_cascades.loaders.units import ENDS_AS_ORG

MIN_LINE = 12  # characters: shorter lines (dates, 通知, page numbers) repeat in any document
MIN_RUN = 5  # substantial lines in a row, as printed before
MIN_MARKED = 2  # ... of which outline entries: chrome or a title printed twice is not a repeat


def repeat_start(lines: list[str]) -> int | None:
    """The index of the line where the text starts over, if it does.

    Example:
        >>> body = ["关于做好稳就业工作的通知（第一稿）", "一、加大援企稳岗力度支持企业", "二、做好高校毕业生就业工作",
        ...         "三、强化困难人员就业帮扶", "四、加强组织领导和督促检查"]
        >>> repeat_start(["标题", *body, "2020年3月6日", "某某县人民政府办公室文件", *body])
        8
        >>> repeat_start(["标题", *body]) is None
        True
    """
    substantial = [(i, line.strip()) for i, line in enumerate(lines) if len(line.strip()) >= MIN_LINE]
    first: dict[str, int] = {}
    for k, (_, text) in enumerate(substantial):
        first.setdefault(text, k)
    for k, (_, text) in enumerate(substantial):
        j = first[text]
        if j < k and _run(substantial, j, k) >= MIN_RUN and _marked(substantial, k) >= MIN_MARKED:
            while j > 0 and k - 1 > j and substantial[j - 1][1] == substantial[k - 1][1]:
                j, k = j - 1, k - 1  # the copy's header and preamble came first
            return substantial[k][0]
    return None


def _run(substantial: list[tuple[int, str]], j: int, k: int) -> int:
    """How many substantial lines from k repeat those from j, in order (never past k)."""
    n = 0
    while k + n < len(substantial) and j + n < k and substantial[j + n][1] == substantial[k + n][1]:
        n += 1
    return n


def _marked(substantial: list[tuple[int, str]], k: int) -> int:
    return sum(1 for _, text in substantial[k:k + MIN_RUN] if match_marker(text))


MIN_CONTENTS = 4  # outline lines in a row that make a table of contents
_CONTENTS_LINE = 30  # characters at most: a heading, not an item's text


def _labelled_contents(lines: list[str], start: int) -> bool:
    """Whether the nearest line with text above `start` is a table of contents' label (目录, 目 录：), or the
    line above a short unnumbered entry under it (目录 / 前言 / 一、…)."""
    above = [squeeze(line) for line in reversed(lines[:start]) if not _lost(line)][:2]
    label = re.compile(r"目\s*[录錄][：:]?")
    return bool(above) and (bool(label.fullmatch(above[0])) or len(above) == 2 and len(above[0]) <= 6
                            and not re.search(r"[，,。；;：:]", above[0]) and bool(label.fullmatch(above[1])))


def _lost(line: str) -> bool:
    """A line with nothing on it, or only the marks of characters the page's encoding lost (??)."""
    return not re.search(r"[^\s?？]", line)


def contents_span(lines: list[str], decimal: bool = False) -> tuple[int, int] | None:
    """The lines [start, end) of a table of contents printed before the document: a run of
    short outline headings (blank lines between them or not) whose first heading the text
    prints again below it. Read as the outline, its numbers would push the real ones out.

    Example:
        >>> toc = ["目录：", "一、工作目标", "二、工作任务", "（一）稳定市场", "三、保障措施"]
        >>> contents_span([*toc, "某某市工作方案", "一、工作目标", "确保完成。", "二、工作任务"])
        (1, 5)
        >>> contents_span(["一、工作目标", "二、工作任务", "（一）稳定市场", "三、保障措施", "正文。"]) is None
        True
        >>> contents_span(["目录", "第一章 现状", "第一节 成效", "第二章 目标", "第一节 原则", "第一章 现状", "正文。"])
        (1, 5)

    In a text numbered decimally (`decimal`), its headings 1 总则, 1.1 编制目的 are outline lines too:
        >>> contents_span(["1 总则", "1.1 编制目的", "1.2 编制依据", "2 组织体系", "1 总则", "1.1 编制目的"], decimal=True)
        (0, 4)

    Under its 目录 label, a run of headings is one whatever follows it (an excerpt may stop inside it); without the
    label, a dozen headings or more with no text under any, three of them at the top level, running to the text's end:
        >>> contents_span(["目 录", "一、总体思路", "（一）指导思想", "（二）基本原则", "二、推进政务诚信", ""])
        (1, 6)
    """
    for start, line in enumerate(lines[:_CONTENTS_REACH]):
        head = squeeze(line)
        if _lost(line) or not numbered(head, decimal) or len(head) > _CONTENTS_LINE:
            continue
        end, count, tops, lost = start, 0, 0, 0
        while end < len(lines):
            text = squeeze(lines[end])
            blank = _lost(text)
            heading = not blank and numbered(text, decimal) and len(text) <= _CONTENTS_LINE and "。" not in text
            # a chapter's name that lost its number, before a decimal heading under it (总则 / 1.1 编制目的)
            chapter = not (blank or heading) and count > 0 and _lost_number(text) \
                and _numbered_next(lines, end, decimal, head)
            if not (blank or heading or chapter or (
                    _BARE_NUMBER.fullmatch(text) and all(_lost(later) for later in lines[end + 1:]))):
                break  # (a number alone on the text's last line: an entry the excerpt cut after its number)
            lost += chapter
            count += not blank
            tops += not blank and _top_heading(text, decimal)
            end += 1
        again = next((k for k in range(start + 1, end) if squeeze(lines[k]) == head), None)
        if again is not None and sum(1 for k in range(start, again) if lines[k].strip()) >= MIN_CONTENTS:
            return start, _with_parent(lines, start, again, head, decimal)  # the body starts again right under it
        if count >= MIN_CONTENTS and any(squeeze(later) == head for later in lines[end:]):
            return start, end
        if count >= MIN_CONTENTS and _labelled_contents(lines, start):
            return start, end  # under its 目录 label, whatever follows (an excerpt may stop inside it)
        if count >= _BARE_CONTENTS and tops >= 3 and not lost and all(_lost(later) for later in lines[end:]):
            return start, end  # headings alone to the text's end, no text under any: an excerpt of the contents
            # (not with names that lost their numbers among them: those make contents only under a label or above
            # the body that prints them again)
        return None  # only the first outline line may open a table of contents
    return None


def _lost_number(text: str) -> bool:
    """A chapter's name whose number the page lost (总则, 组织体系及职责 between 1.5 and 2.1): short, no sentence, no
    unit's name (县发展改革局 under its task is the task's unit, not a chapter)."""
    return (2 <= len(text) <= 12 and not re.search(r"[，,。；;：:、（）()\d]", text)
            and not ENDS_AS_ORG.search(simplified(text)))


def _numbered_next(lines: list[str], at: int, decimal: bool, first: str) -> bool:
    """Whether the next line with text after `at` is a decimal heading under a chapter (2.1 指挥机构 under the lost
    组织体系及职责), not the contents' `first` printed again (the body starting under its plan's title)."""
    later = next((squeeze(line) for line in lines[at + 1:] if not _lost(line)), "")
    found = decimal_heading(later, chapter=True) if later and later != first else None
    return found is not None and len(found.parts) >= 2 and len(later) <= _CONTENTS_LINE


def _with_parent(lines: list[str], start: int, again: int, head: str, decimal: bool) -> int:
    """Where the body starts again: at its first heading printed again (`again`), or at the chapter heading right
    above it that the contents did not print with its number (1 总则 above 1.1 编制目的, the contents' 总则 lost its 1)."""
    above = next((k for k in range(again - 1, start, -1) if not _lost(lines[k])), None)
    first = decimal_heading(head, chapter=True) if decimal else None
    if above is None or first is None or len(first.parts) < 2:
        return again
    found = decimal_heading(squeeze(lines[above]), chapter=True)
    if found is not None and found.parts == first.parts[:1] \
            and all(squeeze(lines[k]) != squeeze(lines[above]) for k in range(start, above)):
        return above
    return again


_BARE_NUMBER = re.compile(rf"\d{{1,2}}(?:[.．]\d{{1,2}}){{0,3}}[.．、]?|{CN_NUMERAL}、|第[一二三四五六七八九十百]{{1,4}}[章节篇]")
_CONTENTS_REACH = 150  # lines from the top in which a table of contents may start (after a cover and chrome)
_BARE_CONTENTS = 12  # headings in a row, with no text under any, that make a table of contents without its label


def _top_heading(text: str, decimal: bool) -> bool:
    """A heading of the outline's top level: a chapter or part (第一章), a section (一、), or a decimal outline's
    chapter (1 总则)."""
    marker = match_marker(text)
    if marker is not None:
        return marker.rank <= 1
    found = decimal_heading(text, chapter=True) if decimal else None
    return found is not None and len(found.parts) == 1
