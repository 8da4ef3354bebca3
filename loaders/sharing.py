"""Pages of document-sharing sites (文库: 三一办公, 第壹文秘, 人人文库 …): an uploaded Word or PDF
file shown as text under the site's line (in 繁体 on a mirror) 《X.docx》由会员分享，可在线阅读，更多相关《X.docx(18页珍藏版)》
请在…上搜索。, each page of the file opening with its number (1、 2、 …) glued to its text.

The site's line is the document's name (X, its file suffix dropped) and the page numbers are no
outline labels: both are rewritten before the rules read the text, each line kept in its place.
"""

from __future__ import annotations

import re

from policy_cascades.loaders.text import CN_NUMERAL

_SITE_LINE = re.compile(r"^\s*《(.+?)\.(?:docx?|pdf|wps|txt)》\s*由(?:会员|會員)分享.*$", re.M)
_PAGE_OPENING = re.compile(r"^(\s*)(\d{1,3})、")


def shared_file_page(text: str) -> str:
    """The text with a sharing site's line turned into the document's name and its pages'
    numbers (1、 2、 … opening lines, in order) taken off.

    Example:
        >>> page = ("《某县稳就业实施方案.docx》由会员分享，可在线阅读，更多相关《某县稳就业实施方案.docx"
        ...         "(3页珍藏版)》请在某某文库上搜索。\\n1、某县稳就业实施方案一、落实援企稳岗政策\\n2、（一）加大返还力度")
        >>> shared_file_page(page).split("\\n")
        ['某县稳就业实施方案', '某县稳就业实施方案一、落实援企稳岗政策', '（一）加大返还力度']
    """
    found = _SITE_LINE.search(text) if "分享" in text else None
    if found is None:
        return _without_chunk_numbers(text)
    text = text[:found.start()] + found.group(1) + text[found.end():]
    lines = text.split("\n")
    page = 1
    for k, line in enumerate(lines):
        opening = _PAGE_OPENING.match(line)
        if opening and int(opening.group(2)) == page:
            lines[k] = opening.group(1) + line[opening.end():]
            page += 1
    return "\n".join(lines)


_SENTENCE_END = "。；;！!？?：:）)」”》】"
# The document's own outline inside a chunk (…。一、总体要求…, 二、重点任务(一)…): a page of a file, not
# an item of a list numbered 1、 2、
_INNER_OUTLINE = re.compile(rf"[。；;\s]{CN_NUMERAL}、|[（(]{CN_NUMERAL}[）)]")
_LONG_CHUNK = 200  # a page of a file runs to hundreds of characters; an item's line seldom does


def _without_chunk_numbers(text: str) -> str:
    """A file cut into numbered chunks without the site's line: every line opens with the next
    number (1、 2、 …), each line but the last runs long and stops in the middle of a sentence,
    and the chunks hold the document's own outline (一、 （一）) — page numbers, taken off. A run of
    real items numbered 1、 2、 ends its sentences and holds no 一、 of its own.

    Example:
        >>> text = "1、某市工作方案 为提升服务。一、总体要求" + "，" * 200 + "\\n2、助力全省建设。二、重点任务"
        >>> _without_chunk_numbers(text).split("\\n")[1]
        '助力全省建设。二、重点任务'
    """
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < 2 or not all(_PAGE_OPENING.match(line) for line in lines):
        return text
    numbers = [int(m.group(2)) for line in lines if (m := _PAGE_OPENING.match(line))]
    broken = all(not before.rstrip().endswith(tuple(_SENTENCE_END)) for before in lines[:-1])
    if numbers != list(range(1, len(lines) + 1)) or not broken \
            or any(len(line) < _LONG_CHUNK for line in lines[:-1]) \
            or not any(_INNER_OUTLINE.search(line) for line in lines):
        return text
    return "\n".join(_PAGE_OPENING.sub(r"\1", line, count=1) for line in text.split("\n"))
