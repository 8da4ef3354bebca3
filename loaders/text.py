"""Text primitives: width normalisation, outline markers, and paragraphs rebuilt from broken lines."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from policy_cascades.loaders.gazetteer import gazetteer
from policy_cascades.loaders.hant import simplified
from policy_cascades.loaders.notes import find_notes, is_note_key, is_note_line, is_unit_list
from policy_cascades.loaders.units import ENDS_AS_ORG, open_brackets

CN_DIGITS = "〇零一二三四五六七八九十百"
# A Chinese numeral of 1 to 99 as an outline label or a month prints it (三, 十二, 二十一): not a run
# of numeral characters that names no number (十三五、规划: the 13th five-year plan's name)
CN_NUMERAL = "(?:[二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])"
# Not right after a numeral character that would make the label a longer run naming no number (十三五、,
# 十一五、): the guard of a label glued after a word (之一二、 and 合一三、 are labels; 一 alone is a word's end)
NOT_AFTER_NUMERAL = r"(?<![二三四五六七八九十])(?<!十一)"
_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_CN_VALUES = {"〇": 0, "零": 0, "○": 0, "Ｏ": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
              "八": 8, "九": 9}


def cn_numeral(value: int) -> str:
    """A Chinese numeral for 1..99, as outline labels print them: 三, 十二, 二十.

    Example:
        >>> cn_numeral(3), cn_numeral(12), cn_numeral(20)
        ('三', '十二', '二十')
    """
    digits = "零一二三四五六七八九"
    tens, ones = divmod(value, 10)
    if not tens:
        return digits[ones]
    return ("" if tens == 1 else digits[tens]) + "十" + (digits[ones] if ones else "")


_ANY_FULLWIDTH_DIGIT = re.compile("[０-９]")


def half_width_digits(text: str) -> str:
    if not _ANY_FULLWIDTH_DIGIT.search(text):
        return text  # the common case, and translate() is slow on long text
    return text.translate(_FULLWIDTH_DIGITS)


# Characters that print nothing: zero-width spaces and joiners, direction marks, a byte-order mark
# inside the text, soft hyphens (web pages carry them from their editors and from &#8203;)
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")


def plain_characters(text: str) -> str:
    """The text as the rules read it: line breaks as \\n (a string may come with \\r\\n or \\r),
    characters that print nothing taken out, full-width digits as ASCII ones (２０２０年 -> 2020年).

    Example:
        >>> plain_characters("\\u200b一、稳就业\\r\\n１．落实２０２０年政策\\r")
        '一、稳就业\\n1．落实2020年政策\\n'
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return half_width_digits(_INVISIBLE.sub("", text))


def double_spaced(lines: list[str]) -> bool:
    """Whether a page puts a blank line after nearly every line, so that its blank lines say
    nothing (a title broken over two lines has one between them too).

    Example:
        >>> double_spaced(["关于印发", "", "方案的通知", "", "各乡镇：", "", "一、总体要求", "", "二、任务"])
        True
    """
    filled = [k for k, line in enumerate(lines[:-1]) if line.strip()]
    return len(filled) >= 4 and sum(not lines[k + 1].strip() for k in filled) >= 0.8 * len(filled)


# An outline label whose 一 a PDF turned into the dash it looks like: —、总体要求, （—）指导思想, 十—、
_DASHED_ONE = re.compile(r"^([ \t\u3000]*[（(]?(?:[二三四五六七八九]?十)?)[—－](?=[、）)])", re.M)


def dashed_numerals(text: str) -> str:
    """Outline labels whose 一 was printed as a dash, with their 一 again (at a line's start only).

    Example:
        >>> dashed_numerals("—、总体要求\\n（—）指导思想\\n十—、加强组织领导\\n——坚持稳中求进")
        '一、总体要求\\n（一）指导思想\\n十一、加强组织领导\\n——坚持稳中求进'
    """
    return _DASHED_ONE.sub(r"\1一", text) if "—" in text or "－" in text else text


# A page's markup stored as its text: <p>…</p>, <p style="…">, <br/>, <div> end paragraphs; <strong>,
# <span>, <font> … are dropped (never <政府工作报告>, a title's marks around words).
_PARAGRAPH_TAG = re.compile(r"</?(?:p|div|li|tr|h[1-6])(?:\s[^<>]*)?>|<br\s*/?>", re.I)
_INLINE_TAG = re.compile(r"</?(?:strong|b|span|em|i|u|font|a|sup|sub|td|th|table|tbody|ul|ol)(?:\s[^<>]*)?>", re.I)
_MARKUP = re.compile(r"</p>|<br\s*/?>", re.I)


def drop_markup(text: str) -> str:
    """A text holding a page's paragraph markup (three </p> or <br/> at least) as lines of text:
    a line where a paragraph tag stood, the other tags and the entities (&nbsp;) gone.

    Example:
        >>> drop_markup('<p>各市人民政府:</p><p style="text-align: right;"> 某省人民政府</p><p><br/></p>'
        ...             '<p><strong> 一、指导思想</strong></p>')
        '\\n各市人民政府:\\n\\n 某省人民政府\\n\\n\\n\\n\\n 一、指导思想\\n'
        >>> drop_markup("关于印发<政府工作报告>重点工作分工的通知")
        '关于印发<政府工作报告>重点工作分工的通知'
        >>> drop_markup("某省“治污降霾·保卫蓝天”<br>2016年工作方案")
        '某省“治污降霾·保卫蓝天”2016年工作方案'
    """
    if len(_MARKUP.findall(text)) < 3:  # a stray tag the page left (某省“治污降霾”<br>2016年工作方案): gone
        return _MARKUP.sub("", text) if "<" in text else text
    return html.unescape(_INLINE_TAG.sub("", _PARAGRAPH_TAG.sub("\n", text)))


# ??一、 or ??? 某市人民政府办公室 (spaces after them too, or a long run pushing a signature right:
# ?????????? ?某市人民政府), and a line of nothing but ?s
_LOST_INDENT = re.compile(r"^(?:[ \t\u3000]*[?？]){1,60}[ \t\u3000]*(?=[^\s?？])|^(?:[ \t\u3000]*\?){1,60}[ \t\u3000]*$", re.M)


def drop_lost_indents(text: str) -> str:
    """Question marks that stand for an indent lost in a page's encoding (??一、…, ??(一)…: two
    full-width spaces saved as ?), taken off the start of lines; and those that stand for a space.

    Example:
        >>> drop_lost_indents("??一、让企业办事更省心\\n??1.加强系统集成。")
        '一、让企业办事更省心\\n1.加强系统集成。'
        >>> drop_lost_indents("?\\n??? 某市人民政府办公室\\n???? 2019年8月26日")
        '\\n某市人民政府办公室\\n2019年8月26日'
        >>> drop_lost_indents("?????????????????? ?某市人民政府\\n????????????? 2018年12月24日")
        '某市人民政府\\n2018年12月24日'

    On a page where a third of the lines or more end with one (and some right after a stop or a
    colon, where no question ends), a ? at a line's end, before a table cell's | or beside a space
    stands for a space lost too (every line ending in an unrendered non-breaking space):

        >>> drop_lost_indents("各镇人民政府:?\\n现将分工印发给你们。?\\n序号? | 任务? |\\n1? | 沈 ?昱 |")
        '各镇人民政府:\\n现将分工印发给你们。\\n序号 | 任务 |\\n1 | 沈 昱 |'
    """
    if "?" not in text and "？" not in text:
        return text
    text = _LOST_INDENT.sub("", text)
    filled = [line.rstrip(" \t") for line in text.split("\n") if line.strip()]
    if (len(filled) >= 4 and sum(line.endswith("?") for line in filled) >= len(filled) / 3
            and sum(bool(_AFTER_STOP.search(line)) for line in filled) >= 2):
        text = _LOST_SPACE.sub("", text)  # many lines end with ?: a space the page lost, not a question
    return text


_AFTER_STOP = re.compile(r"[。：:；;，,）)]\?$")  # 单位:? or 落实。?: no question ends so
# On such a page, a ? at a line's end, before a cell's | or beside a space
_LOST_SPACE = re.compile(r"\?+(?=[ \t]*(?:$|\|))|(?<=[ \t])\?+|\?+(?=[ \t])", re.M)


# A line that is an attachment's file name, numbered as a page's list of links numbers them:
# 2.某市实施规划.pdf, 附件1：某县工作方案.docx
_FILE_SUFFIX_END = re.compile(r"\.(?:docx?|wps|pdf|xlsx?|et|ofd)[ \t]*$", re.M | re.I)  # the common case: none
_FILE_NAME_LINE = re.compile(r"^[ \t\u3000]*(?:附件\s*\d{0,2}\s*[:：.．、]?\s*)?(?:\d{1,2}\s*[.．、]\s*)?"
                             r"([^\n/\\]{0,60}?[\u4e00-\u9fff][^\n/\\]{2,80}?)\.(?:docx?|wps|pdf|xlsx?|et|ofd)[ \t]*$",
                             re.M | re.I)


def plain_file_names(text: str) -> str:
    """A line that is an attachment's file name, as the name alone: not an outline item (2.) and,
    when nothing else is, the document's title.

    Example:
        >>> plain_file_names("2.某市新旧动能转换实施规划.pdf\\n一、总体要求")
        '某市新旧动能转换实施规划\\n一、总体要求'
    """
    return _FILE_NAME_LINE.sub(r"\1", text) if _FILE_SUFFIX_END.search(text) else text


# Outline labels printed as one enclosed-number character: ⒈ (DIGIT ONE FULL STOP) for 1.,
# ⑴ (PARENTHESIZED DIGIT ONE) for (1), ㈠ (PARENTHESIZED IDEOGRAPH ONE) for (一). A ① (CIRCLED DIGIT
# ONE) stays as printed: opening a line it is a point's label of its own (_MARKERS), inside a sentence
# one of a run of points (outline.inline_points reads ①②… when no (1)(2) are printed).
_DIGIT_STOP = {chr(0x2488 + k): f"{k + 1}." for k in range(20)}  # ⒈ … ⒛
_PARENTHESIZED = {chr(0x2474 + k): f"({k + 1})" for k in range(20)}  # ⑴ … ⒇
_IDEOGRAPH = {chr(0x3220 + k): f"({'一二三四五六七八九十'[k]})" for k in range(10)}  # ㈠ … ㈩
CIRCLED = "".join(chr(0x2460 + k) for k in range(20))  # ① … ⑳
_ENCLOSED = {**_DIGIT_STOP, **_PARENTHESIZED, **_IDEOGRAPH}
_ANY_ENCLOSED = re.compile("[" + "".join(_ENCLOSED) + CIRCLED + "]")
_ENCLOSED_TABLE = str.maketrans(_ENCLOSED)


def plain_labels(text: str) -> str:
    """Labels printed as one enclosed-number character, written as the labels they stand for:
    ⒈ -> 1., ⑴ -> (1), ㈠ -> (一); ① stays as printed (a point's label, as truth files write it).

    Example:
        >>> plain_labels("⒈稳就业。\\n⑵保民生；㈢稳外贸\\n①减租金，含②")
        '1.稳就业。\\n(2)保民生；(三)稳外贸\\n①减租金，含②'
    """
    if not _ANY_ENCLOSED.search(text):
        return text  # the common case: one fast scan
    return text.translate(_ENCLOSED_TABLE)


# A decimal heading (1.1 编制目的, 2.3.1预警发布: an emergency plan's numbering): its number whole, then its words,
# after a space or glued to it — glued, not a quantity's unit nor a deadline (2.5万元, 3.10公里, 10.1前, 4.5级)
_QUANTITY = r"万|亿|千|百|元|倍|个|米|吨|亩|级|公里|公顷|公斤|左右|以上|以下|以内"
_DECIMAL_HEADING = re.compile(rf"^(\d{{1,2}}(?:[.．]\d{{1,2}}){{1,3}})(?:[ \t\u3000]+|(?!{_QUANTITY}|[前后](?:完成)?\s*$))"
                              r"(?=[\u4e00-\u9fff\u2160-\u216b])(.*)$", re.S)  # a heading's words, or Ⅰ级 … Ⅻ
# A decimal outline's chapter head: its number (a stop after it or not), a short heading alone (1 总则, 2.组织体系)
_CHAPTER_HEADING = re.compile(rf"^(\d{{1,2}})[.．]?[ \t\u3000]*(?!{_QUANTITY})"
                              r"([\u4e00-\u9fff][^。；;，,：:！？!?]{1,30})$")


@dataclass(frozen=True)
class DecimalHeading:
    parts: tuple[int, ...]  # 2.3.1 -> (2, 3, 1)
    rest: str  # the words after the number


def decimal_heading(paragraph: str, chapter: bool = False) -> DecimalHeading | None:
    """The decimal number a paragraph opens with (1.1 编制目的 -> (1, 1)), or with `chapter` a chapter's
    number before a short heading alone (1 总则 -> (1,)); None for anything else. Read only in a text
    with a decimal outline (has_decimal_outline): elsewhere 2.5 or 10.1 is a quantity or a date.

    Example:
        >>> decimal_heading("2.3.1 预警发布").parts, decimal_heading("1.2分类分级").rest
        ((2, 3, 1), '分类分级')
        >>> decimal_heading("3.10公里农村公路"), decimal_heading("1 总则", chapter=True).parts
        (None, (1,))
    """
    text = half_width_digits(paragraph[:12]) + paragraph[12:]
    found = _DECIMAL_HEADING.match(text)
    if found:
        return DecimalHeading(tuple(int(n) for n in re.split(r"[.．]", found.group(1))), found.group(2).strip())
    head = _CHAPTER_HEADING.match(text.strip()) if chapter else None
    return DecimalHeading((int(head.group(1)),), head.group(2).strip()) if head else None


def numbered(text: str, decimal: bool = False) -> bool:
    """Whether a paragraph opens with an outline number; in a text numbered decimally (`decimal`), a decimal
    heading's too (1 总则, 1.1 编制目的).

    Example:
        >>> numbered("一、总体要求"), numbered("1 总则"), numbered("1 总则", decimal=True)
        (True, False, True)
    """
    return match_marker(text) is not None or decimal and decimal_heading(text, chapter=True) is not None


def has_decimal_outline(lines: Iterable[str]) -> bool:
    """Whether a text numbers its outline decimally: it prints the first and second decimals under one
    number (1.1 and 1.2, or 2.3.1 and 2.3.2) at the starts of lines.

    Example:
        >>> has_decimal_outline(["1 总则", "1.1 编制目的", "为做好…", "1.2 编制依据"]), has_decimal_outline(["2.5万元"])
        (True, False)
    """
    seen = {found.parts for line in lines if (found := decimal_heading(line.strip()))}
    return any(parts[-1] == 1 and (*parts[:-1], 2) in seen for parts in seen)


def squeeze(text: str) -> str:
    """Drop all whitespace: Chinese text has none of its own, only layout spaces."""
    return re.sub(r"\s+", "", text)


# A name letter-spaced by a PDF's text layer: 某 某 县 人 民 政 府 (bodies two or more spaces apart)
_LETTER_SPACED = re.compile(r"(?<!\S)(?:[\u4e00-\u9fff] ){3,}[\u4e00-\u9fff](?!\S)")


def unspaced(text: str) -> str:
    """A line with its letter-spaced words closed up (某 某 县 人 民 政 府 -> 某某县人民政府); two
    bodies set two or more spaces apart stay apart.

    Example:
        >>> unspaced("中 共 某 县 委 办 公 室   某 县 人 民 政 府 办 公 室")
        '中共某县委办公室   某县人民政府办公室'
    """
    return _LETTER_SPACED.sub(lambda m: m.group(0).replace(" ", ""), text)


def cn_number(numeral: str) -> int:
    """Value of a Chinese numeral up to 999.

    Example:
        >>> cn_number("十五"), cn_number("二十三"), cn_number("三")
        (15, 23, 3)
    """
    total, current = 0, 0
    for ch in numeral:
        if ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = _CN_VALUES[ch]
    return total + current


# Outline markers in the order of GB/T 9704: 一、 > （一） > 1. > （1）.
# Rank 0 is a part or chapter (第一部分, 第三章) or a bundled sub-plan (a title line of its own,
# see is_plan_title).
@dataclass(frozen=True)
class Marker:
    rank: int
    label: str  # the path segment: 三, (一), 15, (1), 第三条
    number: int
    rest: str  # the paragraph after the marker


_MARKERS: tuple[tuple[int, re.Pattern[str]], ...] = (
    # a part, chapter or section holds the 一、 headings below it: rank 0, like a bundled plan
    # (nested among themselves by outline._division_depth: 篇 > 章 > 节)
    (0, re.compile(r"^第([一二三四五六七八九十百]{1,4})(?:章|部分|篇|编|节)\s*(.*)$", re.S)),
    (1, re.compile(rf"^({CN_NUMERAL})\s*[、.．]\s*(.*)$", re.S)),
    (2, re.compile(rf"^[（(]\s*({CN_NUMERAL})\s*[）)]\s*[、.．]?\s*(.*)$", re.S)),
    (3, re.compile(r"^第([一二三四五六七八九十百]{1,4})条\s*(.*)$", re.S)),
    # 1。 a full stop for .; 1*. 2★. a mark between the number and its stop (a pilot's tasks)
    # 1.2019年，…: a label glued to the year its sentence opens with (no decimal is followed by 年)
    (3, re.compile(r"^(\d{1,3})\s*[*＊★☆]?\s*(?:[.．](?!\d)|[.．](?=(?:19|20)\d{2}年)|、|。(?=\S))\s*(.*)$", re.S)),
    (4, re.compile(r"^[（(]\s*(\d{1,2})\s*[）)]\s*(.*)$", re.S)),
    (2, re.compile(rf"^({CN_NUMERAL})[）)]\s*(.*)$", re.S)),  # 三）: its （ lost in print
    # ① opening a line: a point's label, a level below (1) when the text prints both (一、 (一) 1. (1) ①)
    (5, re.compile(rf"^([{CIRCLED}])\s*(.*)$", re.S)),
)


# The formal numerals (大写) some documents number with, the 繁体 of a marker's words, and the
# small or half-width stops some pages print after a number (1﹒, 一﹑).
_PLAIN_MARKER = {"壹": "一", "贰": "二", "貳": "二", "叁": "三", "參": "三", "肆": "四", "伍": "五",
                 "陆": "六", "陸": "六", "柒": "七", "捌": "八", "玖": "九", "拾": "十",
                 "條": "条", "節": "节", "編": "编",
                 "﹒": "．", "﹑": "、", "｡": "．"}  # small and half-width forms of a marker's stop
_MARKER_CHARS = re.compile("[" + "".join(_PLAIN_MARKER) + "]")
_MARKER_FIRST = frozenset("第一二三四五六七八九十（(0123456789０１２３４５６７８９" + "".join(_PLAIN_MARKER) + CIRCLED)


def _plain_marker_char(m: re.Match[str]) -> str:
    return _PLAIN_MARKER[m.group(0)]


def label_number(raw: str) -> int:
    """The value of a label's number, Arabic (12) or Chinese (十二).

    Example:
        >>> label_number("12"), label_number("十二")
        (12, 12)
    """
    return int(raw) if raw.isdigit() else cn_number(raw)


def match_marker(paragraph: str) -> Marker | None:
    """The outline marker a paragraph opens with, if any.

    Example:
        >>> match_marker("（一）以政策落实为重点稳就业。").label
        '(一)'
        >>> match_marker("第三條 適用範圍").label, match_marker("貳、保就業").label
        ('第三条', '二')
        >>> match_marker("1.加强干部队伍建设。").rest
        '加强干部队伍建设。'
    """
    if not paragraph or paragraph[0] not in _MARKER_FIRST:
        return None  # most paragraphs: no marker can start with their first character
    # a marker is at the start: its digits half-width, its numerals plain (壹 -> 一), 條 -> 条
    printed = half_width_digits(paragraph[:12]) + paragraph[12:]
    text = _MARKER_CHARS.sub(_plain_marker_char, printed[:12]) + printed[12:]  # the same length
    for index, (rank, pattern) in enumerate(_MARKERS):
        m = pattern.match(text)
        if not m:
            continue
        raw = m.group(1)
        rest = printed[m.start(2):].strip()  # the words after the marker as printed: 队伍, not 队五
        if rank == 5:
            return Marker(rank=5, label=raw, number=ord(raw) - 0x245F, rest=rest)
        number = label_number(raw)
        if index == 0:
            label = text[: m.start(2)].strip()  # 第三章, 第一部分
        elif index == 3:
            label = f"第{raw}条"
        elif rank in (2, 4):
            label = f"({raw})"
        else:
            label = raw
        return Marker(rank=rank, label=label, number=number, rest=rest)
    return None


# The word a plan's own name ends with (…实施方案, …若干措施, …工作要点, …任务清单)
PLAN_WORD = r"(?:方案|措施|意见|计划|办法|细则|要点|规划|清单)"
_PLAN_TITLE = re.compile(r"^(关于)?(?:《[^《》]{2,20}》)?[^，,。；;：:（(《]{2,38}(工作|实施|行动|分工|分解|落实)方案$")


def is_plan_title(paragraph: str) -> bool:
    """A line that titles a bundled sub-plan: 关于保居民就业工作方案, 扩消费工作方案 (行動方案 too),
    《政府工作报告》重点工作任务分工方案, 重点工作责任分工抓落实方案 — not a news headline that reports one
    (某省发布…实施方案).

    Example:
        >>> is_plan_title("全面推进某省数字政府建设三年行动实施方案"), is_plan_title("广西发布全面推进数字政府建设实施方案")
        (True, False)
    """
    flat = simplified(squeeze(paragraph))
    found = _PLAN_TITLE.match(flat)
    if found and found.group(2) in ("分工", "分解", "落实") and match_marker(paragraph):
        return False  # 二、制定责任分工方案: a heading that names a task, not a plan issued with others
    return found is not None and not _reported(flat)


# A news headline's reporter and verb before the plan it reports: 某省发布…方案, 某市人民政府印发…方案
_REPORTER = re.compile(r"^([\u4e00-\u9fff]{2,14}?)(?:正式|近日|日前)?(?:发布|出台|公布|印发)(?!的)")


def _reported(flat: str) -> bool:
    """Whether a line opens with a place or a body and a verb of issuing, as a news headline does."""
    m = _REPORTER.match(flat)
    if m is None:
        return False
    who = m.group(1)
    return bool(ENDS_AS_ORG.search(who)) or any(offset == 0 and len(name) == len(who)
                                                for offset, name in gazetteer().scan(who))


# What a signing date may carry after it on its line: (此件公开发布), (星期五); the first before it too
# ((此件公开发布) 2021年6月25日); and a run of ?s where spaces were lost (2021年6月18日??????).
_PUBLIC = r"[（(]此件[^（）()]{2,8}[）)]"
_DATE_REMARK = _PUBLIC + r"|[（(](?:星期[一二三四五六日天]|周[一二三四五六日])[）)]"
PUBLIC_REMARK = re.compile("^" + _PUBLIC)
_DATE_LINE = re.compile(
    r"^(?:" + _PUBLIC + r")?((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})(?:日(?:" + _DATE_REMARK + r")?(?:[?？]{2,})?)?$"
    rf"|^[〇零○Ｏ一二三四五六七八九]{{4}}年{CN_NUMERAL}月{CN_NUMERAL}日(?:"
    + _DATE_REMARK + r")?$"  # 二○二○年: ○ for 〇
)
_YEARLESS_DATE = re.compile(r"^年\d{1,2}月\d{1,2}日$")


def is_date_line(paragraph: str) -> bool:
    """A line that is a date alone, as a signature prints it.

    Example:
        >>> is_date_line("2020年5月8日"), is_date_line("二○二○年五月八日"), is_date_line("2020-05-08")
        (True, True, False)
        >>> is_date_line("2 0 2 0 年 5 月 8 日"), is_date_line("2020年5月8日（此件公开发布）")
        (True, True)

    A page that lost the closing 日 still prints a date alone:
        >>> is_date_line("2020年5月28"), is_date_line("2020年5月28（此件公开发布）")
        (True, False)
    """
    if "年" not in paragraph or len(paragraph) > 60:
        return False  # most paragraphs: no date line
    return bool(_DATE_LINE.match(half_width_digits(squeeze(paragraph))))  # 2 0 2 0 年: a PDF's


_NUMERIC_DATE_LINE = re.compile(r"^((?:19|20)\d{2})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})$")


def numeric_date(paragraph: str) -> str | None:
    """A line that is a date in numerals alone (2020-05-08, 2020.5.8, 2020/5/8), as ISO; a page
    may print a signature's date so, but a list of links prints such dates too: only a date
    under a signature is one (header.py).

    Example:
        >>> numeric_date("2020.5.8"), numeric_date("2020-05-08 10:30")
        ('2020-05-08', None)
    """
    m = _NUMERIC_DATE_LINE.match(half_width_digits(paragraph.strip()))
    return iso_date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


# A signing date that lost its 年月日 (2020420, 20200420) or is printed in numerals (2020-04-20).
_BARE_DATE = re.compile(r"^(?:19|20)\d{2}年?(?:0?[1-9]|1[0-2])(?:0?[1-9]|[12]\d|3[01])日?$")


def is_yearless_date(paragraph: str, above: str = "") -> bool:
    """A signing date's line whose year the page lost (年2月22日): a date line where the line
    above does not end with the year's digits (…完成时间为2021 / 年6月30日 is one sentence broken).

    Example:
        >>> is_yearless_date("年2月22日"), is_yearless_date("年2月22日", above="完成时间为2021")
        (True, False)
    """
    if not paragraph.lstrip().startswith("年"):
        return False  # nearly every line: no such date
    return bool(_YEARLESS_DATE.match(squeeze(paragraph))) and not above.rstrip()[-1:].isdigit()


def is_bare_date(paragraph: str) -> bool:
    """A line that is a date without its 年月日 or in numerals alone, as a signature may print it.

    Example:
        >>> is_bare_date("2020420"), is_bare_date("2020-04-20"), is_bare_date("2020年")
        (True, True, False)
    """
    flat = paragraph.strip()
    if len(flat) > 20 or flat[:1] not in "12１２":
        return False  # most paragraphs: no date can start with their first character
    flat = half_width_digits(flat)
    return bool(_BARE_DATE.match(flat) or numeric_date(flat))


def iso_date(year: int, month: int, day: int) -> str | None:
    """The date as ISO, None when the calendar has no such day (a typo: 2020-13-08, 2月31日).

    Example:
        >>> iso_date(2020, 5, 8), iso_date(2020, 2, 31), iso_date(2020, 13, 8)
        ('2020-05-08', None, None)
    """
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


@dataclass(frozen=True)
class Paragraph:
    text: str
    line: int  # 1-based first line
    end_line: int


_TERMINAL = "。；;！!？?：:）)」”》】"
NOTE_START = re.compile(r"^[（(]\s*(责任|牵头|配合|主责|协办)")


LOST_NUMERAL = re.compile(r"^、\s*([^，,。；;]{2,20})$")  # "、目标任务": the 三 lost in print
# A point's label that lost its closing bracket, its heading run on: (二加强… (not (一是…, (一般…, (三年…)
_UNCLOSED_POINT = re.compile(rf"^[（(]({CN_NUMERAL})(?![一二三四五六七八九十）)是般些起直致定样体切律年月日个项次类种])"
                             r"([\u4e00-\u9fff].*)$", re.S)


def unclosed_point(text: str) -> re.Match[str] | None:
    """A point's label that lost its closing bracket ((二加强…: its numeral, then its heading), in a
    paragraph whose brackets do not close: (三级医院要发挥带动作用。) is a bracketed sentence.

    Example:
        >>> unclosed_point("(二加强信息公开。(区财政局负责)").group(1), unclosed_point("(三级医院要发挥作用。)")
        ('二', None)
    """
    m = _UNCLOSED_POINT.match(text)
    return m if m and _unbalanced(text) else None


# …… or （略）, or a site's paywall cut: ……(某某网省略584字,正式会员可完整阅读)……
# The verbs a sentence cites a document with (为贯彻落实《…》, 根据某厅关于…的通知): a title after
# them is cited, not the text's own.
CITING_WORDS = "贯彻|落实|根据|按照|依据|遵照|执行|对照"


_ELISION = re.compile(r"^[…\.。·\s]*(?:[（(]?略[）)]?|省略)?[…\.。·\s]*$"
                      r"|^[…\.。·]{2,}.{0,80}(?:省略|略去|略)\S{0,40}[…\.。·]{2,}$")


def is_elision(text: str) -> bool:
    """A line that says text was left out here (never an item's continuation).

    Example:
        >>> is_elision("……"), is_elision("……(某某网省略584字,正式会员可完整阅读)……"), is_elision("……等")
        (True, True, False)
    """
    return bool(_ELISION.match(text.strip()))


# A labelled paragraph of a task's steps under its notes (落实措施：发改局：…（1）…): the task's text,
# never the rest of the note line above it
STEPS_LABEL = re.compile(r"^(?:落实|工作|具体|推进|主要)(?:措施|举措)\s*[：:]")
CONTENTS_LABEL = re.compile(r"^目\s*录\s*[：:]?$")  # a table of contents' own heading line
# A remark on what stands above it, never a piece of a title: (注:A类指责任目标；…), 说明：…
_REMARK_OPENING = re.compile(r"^[（(]?\s*(?:注|备注|说明)\s*[：:]")


def opens_paragraph(text: str) -> bool:
    head = simplified(text[:8])  # the opening words the rules below read, in simplified form
    return bool(
        match_marker(text) or LOST_NUMERAL.match(text) or NOTE_START.match(head)
        or _REMARK_OPENING.match(head) or STEPS_LABEL.match(head) or CONTENTS_LABEL.match(simplified(text))
        or (text[:1] in "…." and is_elision(text))
        or text.startswith("——")
        or is_note_line(text) or is_note_key(text.strip())  # 责任单位 alone: a key its colon lost
        or is_plan_title(text) or is_date_line(text) or is_bare_date(text)
        or bool(ATTACHMENT_LABEL.match(text.strip()))  # 附件 alone: the label above an attached title
    )


def _next_cell(note: str, line: str) -> bool:
    """A line of units alone under a note line that ends with a whole name (配合单位：…、县农业局 /
    各乡镇(街道)、某某管理办): the table's next cell, printed one a line, not the note's wrap.

    Example:
        >>> _next_cell("配合单位:县发改委、县农业局", "各乡镇(街道)、县建管办")
        True
        >>> _next_cell("配合单位:县发改委、", "县农业局")
        False
    """
    return bool(ENDS_AS_ORG.search(simplified(note.rstrip()))) and is_note_line(note) and is_unit_list(line)


def _unbalanced(text: str) -> bool:
    return open_brackets(text) > 0


ATTACHMENT_LABEL = re.compile(r"^附\s*件\s*\d{0,2}\s*[：:]?$")  # 附件1 on a line above its title


# The title of a plan standing on its own line (平江县2020年政务公开工作要点): finished, though it
# ends without punctuation, so the preamble below is not run into it.
_SET_TITLE_LINE = re.compile(r"^[^，,。；;：:、（）()《》]{6,40}(?:工作要点|行动计划)$")


def _unfinished(text: str) -> bool:
    if (is_plan_title(text) or is_date_line(text) or is_bare_date(text) or is_yearless_date(text)
            or ATTACHMENT_LABEL.match(text)
            or _SET_TITLE_LINE.match(simplified(squeeze(text)))):
        return False
    if _unbalanced(text[1:] if unclosed_point(text) else text):  # (二加强…: its label's bracket never closes
        return True
    marker = match_marker(text) or LOST_NUMERAL.match(text)
    if isinstance(marker, Marker) and not marker.rest.strip():
        return True  # a bare number on its own line: its heading is on the next line
    if marker and len(text) <= 40 and "。" not in text:
        return False  # a heading of its own: 一、工作目标
    return not text.endswith(tuple(_TERMINAL))


def paragraphs(lines: list[str], start: int = 0, decimal: bool = False) -> list[Paragraph]:
    """Rebuild paragraphs from `lines[start:]`, joining a paragraph broken across lines.

    A paragraph is continued on the next non-blank line when it is visibly unfinished
    (an open bracket, or no closing punctuation) and that line does not open a paragraph
    of its own (an outline marker, a responsibility note, a sub-plan title, a date; in a text
    numbered decimally, `decimal`, a decimal heading: 1 总则, 1.1 编制目的).
    """
    def heading(text: str) -> bool:
        return decimal and decimal_heading(text, chapter=True) is not None

    result: list[Paragraph] = []
    for number, raw in enumerate(lines[start:], start=start + 1):
        text = raw.strip().replace("\u3000", " ").strip()
        if not text:
            continue
        for piece in (p for part in split_after_notes(text) for glued in split_glued_heading(part)
                      for p in split_run_on_siblings(glued)):
            if (result and _unfinished(result[-1].text) and not opens_paragraph(piece) and not heading(piece)
                    and not (heading(result[-1].text) and len(result[-1].text) <= 40)
                    and not is_yearless_date(piece, above=result[-1].text)
                    and not _next_cell(result[-1].text, piece)):
                last = result[-1]
                result[-1] = Paragraph(_join(last.text, piece), last.line, number)
            else:
                result.append(Paragraph(piece, number, number))
    return result


_GLUED_HEADING = re.compile(rf"(?<=[\u4e00-\u9fff])(?<![第之]){NOT_AFTER_NUMERAL}(?!一、)({CN_NUMERAL})、"  # 二、 on
                            r"([^，,。；;：:、（）()“”\d]{2,15})$")


# 一、大力促进农村劳动力转移就业（一）加快农民工返岗就业。: a heading run on into its first item; or,
# after a wide gap, into an item of the next rank (二、保障物资供给   3.加强物资供给。), which an
# excerpt may have numbered on from the section before
_HEADING_THEN_FIRST = re.compile(rf"^({CN_NUMERAL}\s*[、.．][^。；;：:（(]{{2,40}}?)(?=[（(]\s*一\s*[）)])"
                                 rf"|^({CN_NUMERAL}\s*[、.．][^。；;：:（(\s]{{2,40}})\s{{2,}}"
                                 rf"(?=[（(]{CN_NUMERAL}[）)]\S|\d{{1,2}}\s*[.．、](?!\d)\S)"
                                 rf"|^([（(]{CN_NUMERAL}[）)][^。；;：:（(\s]{{2,40}})\s{{2,}}(?=\d{{1,2}}\s*[.．、](?!\d)\S)")


def split_glued_heading(text: str) -> list[str]:
    """A section heading that lost the line break before it: …的企业二、支持措施 -> the sentence,
    then 二、支持措施. Only a short heading ending the line, after 20 characters of text.

    A heading run on into its first item is cut before the item as well.

    Example:
        >>> split_glued_heading("注册在本区受到疫情影响生产经营遇到困难的企业和个体工商户二、支持措施")
        ['注册在本区受到疫情影响生产经营遇到困难的企业和个体工商户', '二、支持措施']
        >>> split_glued_heading("一、促进转移就业（一）加快返岗就业。")
        ['一、促进转移就业', '（一）加快返岗就业。']
        >>> split_glued_heading("二、保障物资供给   3.加强物资供给。")
        ['二、保障物资供给', '3.加强物资供给。']
        >>> split_glued_heading("第一篇  开启新征程,全面建设新时代 第一章  发展基础")
        ['第一篇  开启新征程,全面建设新时代', '第一章  发展基础']
        >>> split_glued_heading("总体要求是:坚持以人民为中心,助力服务型政府建设。 一、围绕筑牢工作基础深入推进政务公开")
        ['总体要求是:坚持以人民为中心,助力服务型政府建设。', '一、围绕筑牢工作基础深入推进政务公开']
    """
    part = _PART_THEN_CHAPTER.match(simplified(text)) if text[:1] == "第" else None
    if part and not _CHAPTER.search(text, part.end() + 3):  # a flattened contents lists more chapters
        return [text[:part.end(1)], *split_glued_heading(text[part.end():])]
    run_on = _HEADING_THEN_FIRST.match(text) if text[:1] in f"{CN_DIGITS}（(" else None
    if run_on:
        heading = next(group for group in run_on.groups() if group)
        return [heading, *split_glued_heading(text[run_on.end():])]
    spaced = _SPACED_HEADING.search(text, 20)
    if spaced and not _INLINE_LIST.search(text, 0, spaced.start()):
        # …胜利召开。 一、围绕筑牢工作基础深入推进政务公开: a sentence, a gap, the heading; not the last
        # of a list printed inline (三点要求: 一、提高认识。 二、压实责任。 三、强化督查)
        return [text[:spaced.start()], text[spaced.start(1):]]
    if len(text) < 23 or "、" not in text[-17:]:
        return [text]
    m = _GLUED_HEADING.search(text, len(text) - 20)
    if not m or m.start() < 20:
        return [text]
    return [text[:m.start()], text[m.start():]]


_INLINE_LIST = re.compile(rf"[。；;：:]\s*{CN_NUMERAL}、")  # a list's number inside a paragraph
# A section heading after a finished sentence and a gap, ending the line (…召开。 一、围绕…推进政务公开)
_SPACED_HEADING = re.compile(rf"(?<=[。；;！!？?])[ \t\u3000]+({CN_NUMERAL}[、.．][^。；;：:，,（）()\s]{{2,30}})$")
# A part's heading and its first chapter's on one line, set off by spaces: 第一篇  …新征程 第一章  发展基础
_CHAPTER = re.compile(rf"\s第{CN_NUMERAL}章\s")
_PART_THEN_CHAPTER = re.compile(rf"^(第{CN_NUMERAL}(?:篇|编|部分)\s+[^。；;：:\s]{{2,60}})\s+"
                                rf"(?=第{CN_NUMERAL}章\s)")


# The next heading of a paragraph's own form, run on after a full stop: （一）…。（二）…
_SIBLING_FORMS = {1: r"(?<=[。；;！!？?])\s*{n}\s*[、．.]", 2: r"(?<=[。；;！!？?])\s*[（(]\s*{n}\s*[）)]"}


def split_run_on_siblings(text: str) -> list[str]:
    """A paragraph that opens with a heading (一、 or （一）) and runs on after a full stop into the
    next ones of the same form (（一）…。（二）…。（三）…: a section's entries printed on one line)
    is one paragraph per heading. Only the numbers that follow in order split; points （1） and
    items 1. stay inline (outline.inline_points reads them).

    Example:
        >>> split_run_on_siblings("（一）编制规划。（二）推进改革，扩大开放。（四）其他")
        ['（一）编制规划。', '（二）推进改革，扩大开放。（四）其他']
    """
    if len(text) < 8 or text[:1] not in "（(一二三四五六七八九十":
        return [text]
    marker = match_marker(text)
    if marker is None or marker.rank not in _SIBLING_FORMS or cn_numeral(marker.number + 1) not in text:
        return [text]
    pieces, start, number = [], 0, marker.number + 1
    while True:
        pattern = _SIBLING_FORMS[marker.rank].format(n=cn_numeral(number))
        found = re.compile(pattern).search(text, start + 2)
        if found is None:
            break
        pieces.append(text[start:found.start()].strip())
        start, number = found.start(), number + 1
    return [*pieces, text[start:].strip()] if pieces else [text]


_MARKER_AFTER_CLOSE = re.compile(rf"[）)〕\]]\s*(?:{CN_NUMERAL}[、.．)）]|[（(]{CN_NUMERAL}[）)]"
                                 r"|\d{1,3}\s*[.．、])")


def split_after_notes(text: str) -> list[str]:
    """A line that runs on after an item's note into the next item is two paragraphs:
    …。（责任单位：县人社局）2.加大创业担保贷款贴息… -> the item with its note, then item 2. Only a
    marker of an item or a heading (一、 （一） 1.) splits; （1） points stay inline.

    Example:
        >>> split_after_notes("落实稳岗返还。（责任单位：县人社局）2.加大贴息。")
        ['落实稳岗返还。（责任单位：县人社局）', '2.加大贴息。']
    """
    if not _MARKER_AFTER_CLOSE.search(text):
        return [text]
    pieces, start = [], 0
    for span in find_notes(text):
        if span.unclosed or span.end >= len(text):
            continue
        after = text[span.end:].lstrip()
        marker = match_marker(after)
        if marker and marker.rank <= 3 and marker.rest:
            pieces.append(text[start:span.end].strip())
            start = len(text) - len(after)
    if not pieces:
        return [text]
    rest = [*pieces[1:], text[start:]]
    return [*_first_item_apart(pieces[0], rest[0]), *rest]


_FIRST_OF_FORM = {1: r"一\s*、", 2: r"[（(]\s*一\s*[）)]", 3: r"1\s*[.．、](?!\d)"}


def _first_item_apart(first: str, second: str) -> list[str]:
    """The first piece of a line split after its notes, when the second opens the form's item 2 and
    the first holds item 1 after its heading's sentence ((一)某某信息公开。1.制定…（责任单位：…） -> the
    heading, then item 1).

    Example:
        >>> _first_item_apart("（一）推进信息公开。1.制定计划。（责任单位：区发改委）", "2.做好推介。")
        ['（一）推进信息公开。', '1.制定计划。（责任单位：区发改委）']
    """
    marker = match_marker(second)
    if marker is None or marker.number != 2 or marker.rank not in _FIRST_OF_FORM:
        return [first]
    found = re.compile(rf"(?<=[。；;！!？?])\s*{_FIRST_OF_FORM[marker.rank]}").search(first)
    if found is None or not match_marker(first):
        return [first]
    return [first[:found.start()].strip(), first[found.start():].strip()]


def _join(left: str, right: str) -> str:
    if left and right and left[-1].isascii() and right[0].isascii() and left[-1].isalnum():
        return f"{left} {right}"
    return left + right
