"""The outline of a document body: sub-plans, sections, items and points, with their notes.

`build_outline` walks the paragraphs once, keeping a stack of open outline levels
(一、 > （一） > 1. > （1）, with bundled sub-plans above them), and attaches each
responsibility note to the item it closes, to a group of items, or to a section.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from policy_cascades.loaders.bundles import (
    ATTACHMENT_NAME,
    ATTACHMENTS,
    cited_titles,
    counted_titles,
    issued_together,
    restarting_titles,
    title_key,
)
from policy_cascades.loaders.hant import simplified
from policy_cascades.loaders.metadata import NUMBERED_PAIR
from policy_cascades.loaders.notes import (
    Duties,
    cut_doubt,
    cut_short,
    find_notes,
    is_duty_clause,
    is_note_line,
    is_unit_list,
    only_rules,
    parse_note,
    strip_notes,
)
from policy_cascades.loaders.organs import is_org_line
from policy_cascades.loaders.records import Warning
from policy_cascades.loaders.targets import COUNT_WORDS, MAGNITUDES
from policy_cascades.loaders.text import (
    ATTACHMENT_LABEL,
    CIRCLED,
    CN_NUMERAL,
    CONTENTS_LABEL,
    LOST_NUMERAL,
    STEPS_LABEL,
    Marker,
    Paragraph,
    cn_number,
    cn_numeral,
    decimal_heading,
    half_width_digits,
    is_date_line,
    is_elision,
    is_plan_title,
    is_yearless_date,
    match_marker,
    numbered,
    squeeze,
    unclosed_point,
)
from policy_cascades.loaders.title import TITLE_END
from policy_cascades.loaders.units import ORG_END, split_units

# A mark inside a sentence: not one that ends a listed attachment (…方案；2．…, …清单。)
_SENTENCE_MARK = re.compile(r"[。，,；;](?!\s*(?:\d{1,2}\s*[.．、]|$))")
_KIND = {0: "plan", 1: "section", 2: "section", 3: "item", 4: "point", 5: "point"}
_MAX_SKIP = 3
# The title of an attached list of tasks, under its 附件 label (…重大行政决策事项目录, …完成情况汇总表): its rows are
# measures; a form's (…申报书, …登记表) are blanks to fill
_TASK_LIST = re.compile(r"(?:目录|清单|台账|(?:汇总|分解|任务|分工|安排|进度|计划|责任|明细|一览|情况)表)$")
_END_MATTER = re.compile(r"^[（(]?(此件|抄送|附件[：:]|联系人|信息公开)")
_INLINE_POINT = r"[（(]\s*{n}\s*[）)]"
_INLINE_CIRCLED = "{c}"  # ①②③ inside an item's text: its points, when no （1）（2） are printed
# Steps 1. 2. 3. printed inside an item numbered 1. 2. 3. (a task table's 工作举措 cell:
# '1.4月底前…。 2.8月底前…'): each opens the text or follows a full stop or a space, and the
# item's own number style says they are no sibling items (those would not restart at 1).
_INLINE_STEP = r"(?:^|(?<=[。；;!！?？\s]))\s*{n}[.．](?!\s*$)"
# 2.50个小区 after item 1: a quantity (targets' words, or a span of time: 4月底前) glued to the number.
_GLUED_NUMBER = re.compile(rf"^(\d{{1,3}})[.．](\d{{1,5}}\s*(?:{MAGNITUDES}|{COUNT_WORDS}|月|年|小时).*)$", re.S)
_CLOSING = tuple("。；;！!？?）)」”》】")


@dataclass
class Draft:
    """A measure while the outline is being read."""

    rank: int
    label: str
    number: int
    path: str
    line: int
    end_line: int
    parts: list[tuple[int, str]] = field(default_factory=list)  # (line, text)
    own: Duties = field(default_factory=Duties)  # notes printed in this measure's own text
    group: Duties = field(default_factory=Duties)  # notes that cover the items below it
    children: list[Draft] = field(default_factory=list)
    parent: Draft | None = None
    unnumbered: int = 0
    decimal: tuple[int, ...] = ()  # a decimal heading's number (2.3.1 -> (2, 3, 1)); () for any other
    noted_inside: bool = False  # its notes are keyed fields inside its sentences: its text may go on below them

    @property
    def kind(self) -> str:
        return "section" if self.rank == 0 and not self.is_plan else _KIND[self.rank]

    @property
    def is_plan(self) -> bool:
        """A bundled sub-plan (P1, P2 …), not a part or chapter (第一部分, 第三章, or a bare 一 whose own
        outline starts again at 一: rank 0 too, but its numbers run on across parts, as articles do
        across chapters)."""
        return self.rank == 0 and self.label.startswith("P")

    @property
    def text(self) -> str:
        return "".join(part for _, part in self.parts)


@dataclass
class Outline:
    measures: list[Draft] = field(default_factory=list)
    preamble: list[Paragraph] = field(default_factory=list)
    carried: dict[str, list[str]] = field(default_factory=dict)  # plan path -> units
    warnings: list[Warning] = field(default_factory=list)  # text placed with doubt, numbers astray


_DIVISIONS = re.compile(r"^第[一二三四五六七八九十百]{1,4}(篇|编|部分|章|节)$")
_DIVISION_DEPTH = {"篇": 0, "编": 0, "部分": 1, "章": 1, "节": 2}


_ARTICLE = re.compile(r"^第.+条$")


def _opens_points(article: Draft) -> bool:
    """An article that leads into points below it: a heading alone (第二条  规划原则) or a
    sentence ending in a colon (第二条 申请条件：), not a finished one (第二条 本办法自发布之日起施行。)."""
    text = article.text.rstrip()
    return text.endswith(("：", ":")) or not re.search(r"[。；;！!？?]", text)


def _division_depth(label: str) -> int | None:
    """How deep a part, chapter or section label divides a document: 第一篇 0, 第二章 1, 第三节 2;
    None for any other label (a bundled plan's P1, 一, (一) …).

    Example:
        >>> _division_depth("第一篇"), _division_depth("第十二章"), _division_depth("P1")
        (0, 1, None)
    """
    m = _DIVISIONS.match(label)
    return _DIVISION_DEPTH[m.group(1)] if m else None


def build_outline(paras: list[Paragraph], decimal: bool = False) -> Outline:
    """Read the outline of a document body from its paragraphs (in order); with `decimal`, the body
    numbers its headings decimally (1 总则, 1.1 编制目的: text.has_decimal_outline)."""
    names = issued_together(paras) | restarting_titles(paras) | counted_titles(paras)
    paras = _split_run_on_titles(_join_broken_titles(paras, names), names)
    named = any(title_key(p.text) in names for p in paras)
    bundled = named or len(_plan_titles(paras)) >= 2
    reader = _Reader(bundled, names, cited_titles(paras))
    reader.last = paras[-1] if paras else None
    reader.bare_end = _bare_end(paras)
    reader.entries = _contents_entries(paras, decimal)
    reader.chapters = _chapter_heads(paras) if decimal else None
    for para in paras:
        reader.feed(para)
    reader.finish()
    return reader.outline


def _chapter_heads(paras: list[Paragraph]) -> set[int]:
    """The lines of a decimal outline's chapter heads: a number and a short heading alone (1 总则, 2.组织体系)
    with the number's first decimal (1.1, 2.1) among the next few paragraphs, before any other such head.

    Example:
        >>> sorted(_chapter_heads([Paragraph("1 总则", 1, 1), Paragraph("1.1 编制目的", 2, 2),
        ...                        Paragraph("2 领导小组", 3, 3), Paragraph("3 工作要求", 4, 4)]))
        [1]
    """
    out: set[int] = set()
    for at, para in enumerate(paras):
        head = decimal_heading(para.text, chapter=True)
        if head is None or len(head.parts) != 1:
            continue
        for later in paras[at + 1:at + 7]:
            found = decimal_heading(later.text, chapter=True)
            if found is not None and found.parts == (*head.parts, 1):
                out.add(para.line)
            if found is not None:
                break
    return out


def _continues(last: tuple[int, ...] | None, parts: tuple[int, ...]) -> bool:
    """Whether a decimal number follows the last one taken: the next at its depth or at one above it (a few
    skipped, as an excerpt may), perhaps its first decimal (2.1 after 1.2 under a chapter printed 第2章), or the
    last one's first decimal; any number when none was taken yet.

    Example:
        >>> _continues((2, 2), (2, 3)), _continues((2, 2), (3,)), _continues((2, 2), (2, 2, 1)), _continues((2, 2), (1,))
        (True, True, True, False)
        >>> _continues((1, 2), (2, 1)), _continues((1, 2), (2, 2))
        (True, False)
    """
    if last is None or parts[:len(last)] == last and len(parts) > len(last) and set(parts[len(last):]) == {1}:
        return True
    return any(parts[:depth] == last[:depth] and len(parts) > depth and 0 < parts[depth] - last[depth] <= _MAX_SKIP + 1
               and set(parts[depth + 1:]) <= {1} for depth in range(len(last)))


def _join_broken_titles(paras: list[Paragraph], names: set[str]) -> list[Paragraph]:
    """A bundled plan's title printed over two lines (河南省高效统筹疫情防控和 / 经济社会发展工作方案)
    as one paragraph, when the two make a title the cover notice issues.

    Example:
        >>> [p.text for p in _join_broken_titles(
        ...     [Paragraph("某省稳就业", 5, 5), Paragraph("工作方案", 6, 6), Paragraph("一、总体要求", 7, 7)],
        ...     {"某省稳就业工作方案"})]
        ['某省稳就业工作方案', '一、总体要求']
    """
    if not names:
        return paras
    out: list[Paragraph] = []
    for para in paras:
        last = out[-1] if out else None
        if (last is not None and title_key(last.text) not in names
                and title_key(last.text + para.text) in names):
            out[-1] = Paragraph(last.text.rstrip() + para.text.strip(), last.line, para.end_line)
        else:
            out.append(para)
    return out


# How a plan's own text opens below its title: a purpose or a basis, the times, or its first heading
_OPENS_PREAMBLE = re.compile(rf"(?:为|根据|按照|依据|遵照|近年来|当前|目前|随着|(?:19|20)\d{{2}}年|{CN_NUMERAL}、"
                             r"|[（(]一[）)]|第一[章条部])")


def _contents_entries(paras: list[Paragraph], decimal: bool = False) -> set[int]:
    """The lines of a table of contents' entries (no measures, when they open with a number): under a
    目录 line, every line ending with a page number (…新优势- 26 -, …新优势……26); and, when two lines or
    more end with leader dots and a page number (a table of contents, not an ellipsis typed as ......),
    a heading ending with leader dots (第一节  发展基础………6), or broken over two lines whose second is
    only the rest of a heading and its dots (第一章  全面建成… / 新征程…………6); and either way a heading
    right after an entry that ends the text (the excerpt cut its dots or its page number off). In a text
    numbered decimally (`decimal`), its headings (1 总则 1, 1.1 编制目的 1) are numbered headings too.

    Example:
        >>> paras = [Paragraph("第一章  发展基础………………6", 1, 1), Paragraph("第二章  全面建成", 2, 2),
        ...          Paragraph("新征程………………9", 3, 3), Paragraph("第三章  主要目标", 4, 4)]
        >>> sorted(_contents_entries(paras))
        [1, 2, 3, 4]
    """
    label = next((at for at, p in enumerate(paras) if CONTENTS_LABEL.match(simplified(p.text.strip()))), None)
    entries = {p.line for p in paras[label:] if _PAGED_HEADING.search(p.text[-40:])} if label is not None else set()
    if sum(bool(_PAGED_LEADERS.search(p.text[-40:])) for p in paras) >= 2:
        for at, para in enumerate(paras):
            if _LEADERS.search(para.text[-40:]):
                entries.add(para.line)
                if at and not numbered(para.text, decimal) and _heading_like(paras[at - 1].text):
                    entries.add(paras[at - 1].line)
    entries |= _spaced_page_run(paras, decimal)
    if len(paras) >= 2 and paras[-2].line in entries and len(paras[-2].text) <= 60 \
            and numbered(paras[-1].text, decimal) and _heading_like(paras[-1].text):  # not a body paragraph's footer
        entries.add(paras[-1].line)
    return entries


# A heading's page number after a space, with no leader dots: 一、发展基础 1, (一)完善市政基础体系 30
_SPACED_PAGE = re.compile(r"[^\s\d]\s+(\d{1,3})$")


def _spaced_page_run(paras: list[Paragraph], decimal: bool = False) -> set[int]:
    """A table of contents printed without its 目录 label or leader dots: three numbered headings or more in a row,
    each ending with a page number after a space, the numbers never going down.

    Example:
        >>> paras = [Paragraph(t, n, n) for n, t in enumerate(["一、发展基础 1", "(一)主要成就 1", "二、总体要求 5",
        ...                                                     "一、发展基础", "(一)主要成就。十三五期间成效明显。"], 1)]
        >>> sorted(_spaced_page_run(paras))
        [1, 2, 3]
    """
    out: set[int] = set()
    run: list[tuple[int, int]] = []  # (line, page)
    for para in [*paras, Paragraph("", -1, -1)]:
        text = para.text.strip()
        page = _SPACED_PAGE.search(text) if numbered(text, decimal) and _heading_like(text) else None
        if page and (not run or int(page.group(1)) >= run[-1][1]):
            run.append((para.line, int(page.group(1))))
            continue
        if len(run) >= 3:
            out.update(line for line, _ in run)
        run = [(para.line, int(page.group(1)))] if page else []
    return out


def _heading_like(text: str) -> bool:
    return len(text) <= 60 and not re.search("[。；;]", text)


def _split_run_on_titles(paras: list[Paragraph], names: set[str]) -> list[Paragraph]:
    """A bundled plan's title that the text below ran on into (its line ends without punctuation,
    and a title holding 《》 is no plan title by its form) apart from that text again, when that
    text opens as a plan's does (为…, 根据…, 一、…), not a sentence about the plan (…方案明确的任务).

    Example:
        >>> [p.text for p in _split_run_on_titles([Paragraph("贯彻《某方案》分工方案为深入贯彻…", 5, 7)],
        ...                                        {"贯彻某方案分工方案"})]
        ['贯彻《某方案》分工方案', '为深入贯彻…']
    """
    if not names:
        return paras
    out: list[Paragraph] = []
    for para in paras:
        key = title_key(para.text)
        name = next((n for n in names if key.startswith(n) and key != n), None)
        if name is None or para.text.lstrip().startswith(("《", "〈")):
            out.append(para)  # (《A》《B》印发给你们: the notice's sentence naming its plans)
            continue
        end = next((at for at in range(len(name), len(para.text)) if title_key(para.text[:at]) == name), None)
        if end is None or not _OPENS_PREAMBLE.match(simplified(para.text[end:].lstrip())):
            out.append(para)
        else:
            out += [Paragraph(para.text[:end].rstrip(), para.line, para.line),
                    Paragraph(para.text[end:].strip(), para.line, para.end_line)]
    return out


def _plan_titles(paras: list[Paragraph]) -> set[str]:
    """The distinct plan titles the paragraphs print, read in simplified characters: a plan's
    title printed twice (a page's headline above the document's own, or repeated at its foot)
    is one plan, not a bundle of two.

    A page's title that dropped a year or a level's word of the document's own (潍坊政务公开工作要点
    实施方案 above 潍坊市2017年政务公开工作要点实施方案) is that title too (_shortened).

    Example:
        >>> len(_plan_titles([Paragraph("稳就业工作方案", 1, 1), Paragraph("穩就業工作方案", 3, 3)]))
        1
        >>> len(_plan_titles([Paragraph("某市政务公开实施方案", 1, 1), Paragraph("某市2017年政务公开实施方案", 2, 2)]))
        1
    """
    titles = {simplified(squeeze(p.text)) for p in paras if is_plan_title(p.text)}
    return {t for t in titles if not any(_shortened(t, other) for other in titles)}


def _shortened(short: str, full: str) -> bool:
    """Whether `short` is `full` with only a year or a level's word dropped inside it (潍坊… of
    潍坊市2017年…), its characters in order, not its start (稳就业 is no shortened 稳定和扩大就业).

    Example:
        >>> _shortened("某市政务公开实施方案", "某市2017年政务公开实施方案"), _shortened("某区稳就业工作方案", "某区稳定和扩大就业工作方案")
        (True, False)
    """
    if len(short) >= len(full) or full.startswith(short):
        return False
    at, dropped = 0, []
    for ch in full:
        if at < len(short) and ch == short[at]:
            at += 1
        else:
            dropped.append(ch)
    return at == len(short) and all(ch in _DROPPABLE for ch in dropped)


_DROPPABLE = set("0123456789年省市县区州盟旗")


# Under a 目录 line, a heading with its page number after it is an entry of the table of contents:
# …新优势- 26 -, …新优势……26 (without 目录 above, a page's footer glued to a heading: left in it)
_PAGED_HEADING = re.compile(r"(?:[-—–－]\s*\d{1,3}\s*[-—–－]|[…．.·]{3,}\s*\d{1,3})\s*$")
# What may close a page after its text, a line of its own: the editor's name, the page's footer
# (分享到, 【打印本页】【关闭窗口】, 上一篇) — never chrome's words inside a sentence (老字号, 3D打印)
_FOOTER = re.compile(r"^[（(【\[]?\s*(?:(?:责任)?编辑|审核|校对|来源)[:：]|^(?:分享到|【?\s*打印|【?\s*关闭|上一篇|"
                     r"下一篇|返回顶部|扫一扫|【\s*大)")


def _bare_end(paras: list[Paragraph]) -> int | None:
    """The line of a bare number (4. and nothing after it) that nothing but end matter follows
    — a date, a signature, (此件公开发布), the editor's name, the page's footer: the text stops
    before its entry, so it opens no measure (nor takes the signature below it for its heading).

    Example:
        >>> _bare_end([Paragraph("2.举办促销活动。", 1, 1), Paragraph("3.", 2, 2), Paragraph("（责任编辑：张三）", 3, 3)])
        2
        >>> _bare_end([Paragraph("2.", 1, 1), Paragraph("举办促销活动。", 2, 2)]) is None
        True
    """
    for para in reversed(paras):
        marker = match_marker(para.text)
        if marker is not None and (not marker.rest.strip()  # 3. alone, or joined with the line below it
                                   or para.end_line > para.line and _end_matter(marker.rest)):
            return para.line
        if not _end_matter(para.text):
            return None
    return None


def _end_matter(text: str) -> bool:
    """A date, a signature, (此件公开发布), the editor's name or the page's footer."""
    simple = simplified(text).strip()
    return bool(is_date_line(text) or is_yearless_date(text) or _END_MATTER.match(simple) or is_org_line(text)
                or _FOOTER.search(simple))


# A heading followed by a table of contents' leader dots (with its page number or not), 目录 or not:
# 第一节  发展基础………………, 新征程…………6
_LEADERS = re.compile(r"[…．.·]{6,}\s*\d{0,3}\s*$")
_PAGED_LEADERS = re.compile(r"[…．.·]{6,}\s*\d{1,3}\s*$")


class _Reader:
    def __init__(self, bundled: bool, names: set[str] | None = None, cited: set[str] | None = None) -> None:
        self.bundled = bundled
        self.names = names or set()
        self.cited = cited or set()  # the titles the cover notice names in 《》
        self.outline = Outline()
        self.root = Draft(rank=-1, label="", number=0, path="", line=0, end_line=0)
        self.stack: list[Draft] = [self.root]
        self.current: Draft | None = None
        self.closed = False  # after a signature date or 抄送: loose text until the next marker
        self.plans = 0
        self.pending: Paragraph | None = None  # text after a finished item, waiting for its note
        self.excerpt = False  # the outline's first number was not 1
        self.entries: set[int] = set()  # the lines of a table of contents' entries (_contents_entries)
        self.attachments = False  # after 附件：, numbered titles list the attachments
        self.last: Paragraph | None = None  # the text's last paragraph: a note there may be cut
        self.bare_end: int | None = None  # the line of a bare number the text ends on (_bare_end)
        self.noted = False  # the paragraph before was a note of the current measure
        self.chapters: set[int] | None = None  # a decimal outline's chapter heads (their lines); None: no such outline
        self.last_decimal: tuple[int, ...] | None = None  # the number of the last decimal heading taken
        self.after_end: list[Paragraph] = []  # text after the closing date: an attached plan's title?
        # A note line after a run of items without notes, and the run before its item: it covers
        # them when the run ends with it (the next is a heading above, or the end). When the next
        # item is a sibling it covers them only if the list closes groups so more than once (1, 2,
        # note A, 3, 4, note B): a single note amid a list is its item's (8, 9, 10, note, 11).
        self.group_note: tuple[list[Draft], Duties] | None = None
        self.amid: list[tuple[list[Draft], Duties]] = []  # group notes a sibling followed
        self.closing: Counter[int] = Counter()  # group notes a heading or the end followed, by parent

    # -- feeding ----------------------------------------------------------------------
    def feed(self, para: Paragraph) -> None:
        text = para.text
        if is_elision(text):
            return  # …… or （略）: the page left something out
        pending, self.pending = self.pending, None
        listed = match_marker(text) if self.attachments else None
        if listed and ATTACHMENT_NAME.match(listed.rest):
            return  # 附件：1．…方案 2．…清单: the list of attachments, not the outline nor the plans' heads
        if self.bundled and (is_plan_title(text) or title_key(text) in self.names):
            self._place_remark(pending)
            self.plans += 1
            self._open(Marker(0, f"P{self.plans}", self.plans, text), para)
            return
        if NUMBERED_PAIR.match(simplified(text)):
            return  # 4. [成文日期] 2020-07-27: a page's metadata printed as a numbered list, no measure
        if self.chapters is not None and self._feed_decimal(para, pending):
            return
        marker = (match_marker(text) or self._lost_numeral(text) or self._glued_number(text)
                  or self._unclosed_point(text))
        if marker and para.line in self.entries:
            self._warn(f"a table of contents' entry (a page number ends it) is no measure: {squeeze(text)[:30]}",
                       para.line)
            return
        if marker and para.line == self.bare_end:
            printed = squeeze(text).removesuffix(squeeze(marker.rest)) or marker.label
            self._warn(f"the text ends on a bare number ({printed}): the excerpt stops before its entry, "
                       "which is left out", para.line)
            if marker.rest.strip():
                self.closed = True  # the signature below it: loose text from here
            return
        self.attachments = False
        if marker and self.closed:
            self._open_attached_plan(marker)  # after the notice's own end, a plan and its 一
        if marker:
            self._open_part(marker)
        if marker and self._accepts(marker):
            self._place_remark(pending)
            self._check_skip(marker, para)
            self._open(marker, para)
            return
        if is_date_line(text) or is_yearless_date(text) or _END_MATTER.match(text):
            self._place_remark(pending)
            # (附件： alone on its line stays, the label above an attached title: _attached_title)
            self.closed, self.after_end = True, [para] if ATTACHMENT_LABEL.match(squeeze(text)) else []
            # 附件：1．…方案；2．…清单 lists them; not a 附件 line the plan's title and preamble ran on into
            # (a mark inside a sentence: …社会信用体系建设,加快建立…)
            self.attachments = bool(ATTACHMENTS.match(text)) and not _SENTENCE_MARK.search(text)
            return
        if self.current is None or self.closed:
            self._place_remark(pending)
            if self.current is None:
                self.outline.preamble.append(para)
            elif _body_like(text) or marker:
                self._after_the_end(para, marker)
            else:
                self.after_end.append(para)  # a signature, a short title line
            return
        self._feed_body(para, marker, pending)

    def _feed_decimal(self, para: Paragraph, pending: Paragraph | None) -> bool:
        """A heading of a decimal outline (1 总则, 1.1 编制目的, 2.3.1 …) that continues the last one taken,
        opened under the heading its number continues (under the plan or the top when none is open), its
        path its number whole; whether it was. Any other number is left to the outline's other markers
        (a list 1. 2. 3. under 2.2 职责 is its items)."""
        found = decimal_heading(para.text, chapter=para.line in (self.chapters or ()))
        if found is None or para.line in self.entries or not _continues(self.last_decimal, found.parts):
            return False
        self.attachments = False
        self._place_remark(pending)
        marker = Marker(1, ".".join(map(str, found.parts)), found.parts[-1], found.rest)
        if self.closed and self.last_decimal is None:
            self._open_attached_plan(marker)  # after a notice's own end, the plan it issues (P1)
        parent = next((d for d in reversed(self.stack) if d.decimal and d.decimal == found.parts[:-1]), None) \
            or next((d for d in reversed(self.stack) if d.rank == 0), self.root)
        above = parent
        while above.decimal and above.parent is not None:
            above = above.parent  # 1.1's path is its number whole under the plan, not 1.1.1
        path = f"{above.path}.{marker.label}" if above.path else marker.label
        self._open(marker, para, parent=parent, path=path, decimal=found.parts)
        self.last_decimal = found.parts
        return True

    def _feed_body(self, para: Paragraph, marker: Marker | None, pending: Paragraph | None) -> None:
        """A paragraph inside the outline that opens no measure: a note, more of the current
        measure, or a number the outline cannot take."""
        current, text = self.current, para.text
        assert current is not None
        if marker:
            self._astray(marker, para)  # then read as any paragraph of the measure before it
        noted, self.noted = self.noted, False
        note = self._is_note_paragraph(text)
        cell = (noted or marker is None and pending is None and _units_cell(text)) and is_unit_list(text)
        # a clause alone that only says who does the item (区数据局牵头会区各单位负责。): its note
        cell = cell or marker is None and current.rank >= 3 and len(text) <= 80 and is_duty_clause(text)
        if note or cell:  # a note, or units alone: the next cell under one, or the cell of a measure's units
            if pending is not None:  # 004 二: an un-numbered action, then its own note
                self._open_unnumbered(current, pending)
            self._attach_note(text if note else f"责任单位：{text}", para)
            self.noted = True
        else:
            self._continue(text, para, pending)

    # -- text and numbers astray -------------------------------------------------------
    def _warn(self, message: str, line: int, field: str = "measures") -> None:
        self.outline.warnings.append(Warning(field=field, message=message, line=line))

    def _siblings(self, rank: int, label: str = "") -> list[Draft]:
        parent = self._parent_for(rank, label)
        return [c for c in parent.children if c.rank == rank and not c.unnumbered]

    def _check_skip(self, marker: Marker, para: Paragraph) -> None:
        """An accepted number that skips some (一 then 四: the text between may be lost), or
        that goes back into such a gap (一, 四, 三: a number misprinted)."""
        siblings = self._siblings(marker.rank, marker.label) if marker.rank else []
        if not siblings:
            if self._first_lost(marker):
                self._warn(f"the outline's numbering starts at {marker.label}: its first is not in "
                           "the text (lost?)", para.line)
            return
        last = max(siblings, key=lambda s: s.number)
        if marker.number - last.number > 1:
            self._warn(f"the outline's numbering skips from {last.label} to {marker.label}",
                       para.line)
        elif marker.number < siblings[-1].number:
            self._warn(f"the outline's numbering goes back from {siblings[-1].label} to "
                       f"{marker.label} (a number misprinted?)", para.line)

    def _astray(self, marker: Marker, para: Paragraph) -> None:
        """A number the outline cannot take (repeated, going back, too far ahead): its paragraph
        follows the measure before it (in its text, or with a note of its own as an unnumbered
        measure after it), and the reader is told."""
        assert self.current is not None
        if marker.rank == 4 and re.search(_INLINE_POINT.format(n=marker.number - 1), self.current.text):
            return  # （1） inline in the item's text, （2） opening a paragraph: points of the item
        siblings = self._siblings(marker.rank, marker.label)
        last = siblings[-1] if siblings else None
        how = ("repeats" if any(s.number == marker.number for s in siblings)
               else "goes back" if last and marker.number < last.number else "skips too far")
        after = f" after {last.label}" if last else ""
        self._warn(f"outline number {marker.label}{after} {how}: not read as a numbered measure; "
                   f"its text follows {self.current.path}", para.line)

    def _open_part(self, marker: Marker) -> None:
        """一 right under a bare 一 (a heading line, no sentence, nothing under it yet: 一、市政府重点工作任务,
        then a table whose rows start again at 一、主要预期目标): the first heads a part of the document,
        whose own outline the second opens (一.一), as a chapter's would."""
        current = self.current
        if (marker.rank != 1 or marker.number != 1 or current is None or current.rank != 1
                or current.number != 1 or current.children or current.parent is not self.root
                or len(current.parts) != 1 or re.search(r"[。；;，,：:]", current.text)
                or squeeze(marker.rest) == squeeze(current.text)):  # the same heading printed twice
            return
        current.rank = 0  # numbers run on within it, as within a chapter

    def _open_attached_plan(self, marker: Marker) -> None:
        """After the notice's own outline and its signing date, a plan's title (one to three short
        lines, below its 附件1 label if any; a paragraph of preamble under it or not; ending as a title
        does, or named by the notice in 《》) and its outline
        starting again at 一: the attached plan opens as a sub-plan (P1), so that its numbers do not
        collide with the notice's. A list numbered 1. 2. … under such a title (a table's rows) is the
        attachment's own, at the top, not the last section's."""
        if self.bundled or marker.number != 1 or not self.outline.measures:
            return
        lines, title = self._attached_title(rows=marker.rank != 1)
        if not lines:
            return
        if marker.rank != 1:
            self.stack = [self.root]
            return
        self.outline.preamble = [p for p in self.outline.preamble if p not in lines]
        taken = {p.line for p in lines}
        self.outline.warnings = [w for w in self.outline.warnings
                                 if not (w.line in taken and w.message.startswith("text after"))]
        self.plans += 1
        self._open(Marker(0, f"P{self.plans}", self.plans, title),
                   Paragraph(title, lines[0].line, lines[-1].end_line))

    def _attached_title(self, rows: bool = False) -> tuple[list[Paragraph], str]:
        """The lines of a title printed after the notice's end, above the number that follows (one to
        three short lines, below its 附件1 label if any, a paragraph of preamble under them or not),
        when they end as a title does, are the very name the notice issues (《2020年某市重点工作》), or stand
        right under a 附件 label above a table's rows (`rows`: 1. 2. follow) or naming a list of tasks, with
        the title they print; no lines when there is none."""
        lines: list[Paragraph] = []
        after = [p for p in reversed(self.after_end) if p.line not in self.entries]  # not its table of contents
        if len(after) >= 2 and "。" in after[0].text and not match_marker(after[0].text):
            after = after[1:]  # the plan's preamble, right under its title
        # the lines stand right under a 附件 label: the attachment's title when rows numbered 1. 2. follow (a table's)
        # or it names a list of tasks (…事项 / 目录), not a form's whose parts are blanks to fill (…申报书: 一、企业情况)
        labelled = False
        for para in after:
            flat = squeeze(para.text)
            labelled = bool(ATTACHMENT_LABEL.match(flat))
            if (len(lines) == 3 or len(flat) > 40 or re.search("[。；;，,：:]", flat) or match_marker(flat)
                    or labelled):
                break
            lines.insert(0, para)
        title = "".join(squeeze(p.text) for p in lines)
        listed = labelled and (rows or _TASK_LIST.search(simplified(title)))  # rows under it, or a list's name
        if not lines or not 6 <= len(title) <= 60 or not (
                listed or TITLE_END.search(title) or title_key(title) in self.cited):
            return [], ""
        return lines, title

    def _after_the_end(self, para: Paragraph, marker: Marker | None) -> None:
        """Text of the body after the closing date or end matter, before any new number: a
        sentence, or a number the outline cannot take (一、 again: an attached plan?)."""
        self.after_end.append(para)
        self.outline.preamble.append(para)
        what = f"outline number {marker.label} not taken" if marker else "text"
        self._warn(f"{what} after the end of the outline (a date line or end matter) is in no "
                   f"measure; kept with the preamble: {squeeze(para.text)[:30]}", para.line)

    def _place_remark(self, pending: Paragraph | None) -> None:
        """A paragraph after an item and its note that no note of its own followed: a number the
        outline could not take stays in the measure before it; a remark on the whole
        (各部门要强化统筹…) is the document's own text, like its preamble."""
        if pending is None:
            return
        if self.current is not None and match_marker(pending.text):
            self.current.parts.append((pending.line, pending.text))
            self.current.end_line = max(self.current.end_line, pending.end_line)
        else:
            self.outline.preamble.append(pending)

    def _doubt(self, duties: Duties, para: Paragraph) -> None:
        for doubt in duties.doubts:
            self._warn(doubt, para.end_line, field="agencies")

    def _accepts(self, marker: Marker) -> bool:
        if marker.rank == 0:
            return True
        siblings = self._siblings(marker.rank, marker.label)
        if siblings:  # the next number, or a few skipped (an excerpt, an elision ……)
            if any(s.number == marker.number for s in siblings):
                return False  # a number repeated (二 misprinted 四, then the real 四)
            return (0 < marker.number - siblings[-1].number <= _MAX_SKIP + 1
                    or marker.rank <= 2 and _fills_gap(marker, siblings))
        if marker.number == 1:
            return True
        if self.current is None and not self.outline.measures:
            self.excerpt = True  # an excerpt that starts mid-way: the numbers as printed (二.(七))
            return True
        if self.excerpt and self._last_number(marker.rank) == 0:
            return True  # and the first number of each level below it
        # numbering that runs on across sections (004: items 14.. under 三.(一)), a few skipped
        # as between siblings (an excerpt's elision: 22, then 六、 and 26), or a label lost in
        # print (、目标任务): accept the next numbers of this rank in the plan
        last = self._last_number(marker.rank)
        return (0 < marker.number - last <= _MAX_SKIP + 1 if last else marker.number == 1) \
            or self._first_lost(marker)

    def _first_lost(self, marker: Marker) -> bool:
        """The first number of a level (not a point) is 2: its 1 was lost (a table cell the page
        dropped, a heading the excerpt cut)."""
        return marker.number == 2 and 1 <= marker.rank <= 3 and self._last_number(marker.rank) == 0

    def _lost_numeral(self, text: str) -> Marker | None:
        m = LOST_NUMERAL.match(text)
        if not m:
            return None
        number = self._last_number(1) + 1
        return Marker(1, cn_numeral(number), number, m.group(1))

    def _unclosed_point(self, text: str) -> Marker | None:
        """(二加强…: a point whose label lost its closing bracket, read as (二) when it is the
        next number of the points before it ((一 first under a heading of its own)."""
        m = unclosed_point(text)
        if not m:
            return None
        number = cn_number(m.group(1))
        siblings = self._siblings(2, f"({m.group(1)})")
        if number != (siblings[-1].number + 1 if siblings else 1) or number == 1 and not self._heading_open():
            return None
        return Marker(2, f"({m.group(1)})", number, m.group(2))

    def _heading_open(self) -> bool:
        """A section heading (一、) is the measure open, with no point under it yet."""
        return self.current is not None and self.current.rank == 1 and not self.current.children

    def _glued_number(self, text: str) -> Marker | None:
        """2.50个小区… after item 1: the item's number glued to a quantity that opens its text
        (not 2.50), read as item 2 when it is the next number of the items before it."""
        m = _GLUED_NUMBER.match(half_width_digits(text[:8]) + text[8:])
        siblings = self._siblings(3, m.group(1)) if m else []
        if not m or not siblings or int(m.group(1)) != siblings[-1].number + 1:
            return None
        return Marker(3, m.group(1), int(m.group(1)), m.group(2))

    def _parent_for(self, rank: int, label: str = "") -> Draft:
        """The open measure a new one of this rank goes under; a part, chapter or section
        (rank 0) goes under a larger one still open (第一节 under 第一章 under 第一篇), an item 1.
        or a point (一) under an article (第二条, of the items' rank) still open that leads into
        them, and an article only under a part, chapter or sub-plan (never under a point)."""
        depth = _division_depth(label)
        article = bool(_ARTICLE.match(label))
        for draft in reversed(self.stack):
            if article and draft.rank > 0:
                continue  # 第五条 after 第四条's (二), or after points of no article: not under them
            if draft.rank < rank:
                return draft
            if ((rank == 3 and label.isdigit() or rank == 2) and _ARTICLE.match(draft.label)
                    and _opens_points(draft)):
                return draft
            if depth is not None and draft.rank == rank:
                above = _division_depth(draft.label)
                if above is not None and above < depth:
                    return draft
        return self.root

    def _last_number(self, rank: int) -> int:
        plan = next((d for d in self.stack if d.is_plan), self.root)
        numbers = [d.number for d in _walk(plan) if d.rank == rank and not d.unnumbered]
        return numbers[-1] if numbers else 0

    def _open(self, marker: Marker, para: Paragraph, parent: Draft | None = None, path: str | None = None,
              decimal: tuple[int, ...] = ()) -> None:
        parent = parent or self._parent_for(marker.rank, marker.label)
        if marker.rank == 0:
            self.last_decimal = None  # a plan's decimal outline starts again
        if self.group_note is not None:
            run, duties = self.group_note
            self.group_note = None
            if run[0].parent is parent and run[0].rank == marker.rank:
                self.amid.append((run, duties))
            else:
                self._close_group(run, duties)
        while self.stack[-1] is not parent:
            self.stack.pop()
        path = path or (f"{parent.path}.{marker.label}" if parent.path else marker.label)
        draft = Draft(marker.rank, marker.label, marker.number, path, para.line, para.end_line,
                      parts=[(para.line, marker.rest)], parent=parent, decimal=decimal)
        self._absorb_notes(draft, marker.rest, para)
        parent.children.append(draft)
        self.outline.measures.append(draft)
        self.stack.append(draft)
        self.current = draft
        self.closed = False

    # -- notes ------------------------------------------------------------------------
    def _is_note_paragraph(self, text: str) -> bool:
        notes = find_notes(text)
        if notes and notes[0].start == 0:
            return True
        return is_note_line(text) and len(text) < 200

    def _attach_note(self, text: str, para: Paragraph) -> None:
        current = self.current
        assert current is not None
        duties = _parse_all(text, at_end=para is self.last)
        self._doubt(duties, para)
        current.end_line = para.end_line
        if find_notes(text) and strip_notes(text):  # a note, then more of the item: "…）(3)推进实施…"
            current.parts.append((para.line, text))
        if current.rank < 3 and not _items(current):
            current.group.merge(duties)  # a note under a heading covers the items below it
            return
        if current.rank < 3:
            current.own.merge(duties)
            return
        run = self._noteless_run(current)
        if current.own.leads and duties.responsible and not duties.leads:  # a second cell under a lead's
            duties.supports.extend(u for u in duties.responsible if u not in duties.supports)
            duties.responsible = []  # (各镇(街区)分别落实 under X牵头落实;Y…分别落实): they support it
        current.own.merge(duties)
        if len(run) >= 2:  # a note closing a group of items that had none, unless a sibling follows
            self.group_note = (run[1:], duties)
        self._carry(duties)

    def _noteless_run(self, current: Draft) -> list[Draft]:
        if _all_units(current.own) or current.parent is None:
            return [current]
        run: list[Draft] = []
        for sibling in reversed(current.parent.children):
            if sibling.rank != current.rank or _has_notes(sibling):
                break
            run.append(sibling)
        return run

    def _absorb_notes(self, draft: Draft, text: str, para: Paragraph) -> None:
        if notes := find_notes(text):
            draft.noted_inside = all(note.inside for note in notes)
            duties = _parse_all(text)
            self._doubt(duties, para)
            draft.own.merge(duties)
            self._carry(duties)

    def _carry(self, duties: Duties) -> None:
        if duties.carried:
            plan = next((d for d in self.stack if d.is_plan), self.root)
            self.outline.carried.setdefault(plan.path, []).extend(duties.carried)

    # -- continuation -----------------------------------------------------------------
    def _continue(self, text: str, para: Paragraph, pending: Paragraph | None) -> None:
        current = self.current
        assert current is not None
        if (current.rank >= 3 and _has_notes(current) and not current.noted_inside
                and not STEPS_LABEL.match(simplified(text[:8]))):
            if pending is not None:
                para = Paragraph(pending.text + text, pending.line, para.end_line)
            if find_notes(para.text):
                self._open_unnumbered(current, para)
            else:  # a closing remark, unless a note follows (then an un-numbered action)
                self.pending = para
            return
        current.parts.append((para.line, text))
        current.end_line = para.end_line
        self._absorb_notes(current, text, para)

    def _open_unnumbered(self, after: Draft, para: Paragraph) -> None:
        """An un-numbered paragraph with a note of its own, after a finished item (004: 二.13a)."""
        parent = after.parent or self.root
        base = next(c for c in reversed(parent.children) if not c.unnumbered)
        count = sum(1 for c in parent.children if c.unnumbered and c.number == base.number) + 1
        label = f"{base.label}{chr(ord('a') + count - 1)}"
        marker = Marker(after.rank, label, base.number, para.text)
        self._open(marker, para)
        assert self.current is not None
        self.current.unnumbered = count

    def _close_group(self, run: list[Draft], duties: Duties) -> None:
        _cover(run, duties)
        self.closing[id(run[0].parent)] += 1

    def finish(self) -> None:
        self._place_remark(self.pending)
        self.pending = None
        if self.group_note is not None:
            self._close_group(*self.group_note)
        amid = Counter(id(run[0].parent) for run, _ in self.amid)
        for run, duties in self.amid:
            if amid[id(run[0].parent)] + self.closing[id(run[0].parent)] >= 2:
                _cover(run, duties)
        for plan_path, units in self.outline.carried.items():
            _apply_carried(self.outline.measures, plan_path, units)


def _cover(run: list[Draft], duties: Duties) -> None:
    """A group note's duties given to the items of the run it closes."""
    for draft in run:
        draft.own.merge(duties)


def _fills_gap(marker: Marker, siblings: list[Draft]) -> bool:
    """A heading number that goes back into numbers skipped before (一, 四, then 三): a
    misprint, not a list inside an item (whose 1 or 一 is taken)."""
    taken = {s.number for s in siblings}
    return marker.number not in taken and min(taken) < marker.number < max(taken)


def _body_like(text: str) -> bool:
    """A paragraph that reads as the body's (sentences), not as end matter (a signature, 抄送,
    an attachment name, a page number, page chrome)."""
    flat = squeeze(text)
    return len(flat) >= 20 and ("。" in flat or "；" in flat)


def _apply_carried(measures: list[Draft], plan_path: str, units: list[str]) -> None:
    started = False
    for draft in measures:
        if plan_path and not draft.path.startswith(plan_path + "."):
            continue
        if draft.rank != 3:
            continue
        if not started:
            started = any(u in _all_units(draft.own) for u in units)
            continue
        for unit in units:
            if unit not in _all_units(draft.own):
                draft.own.responsible.append(unit)


def _units_cell(text: str) -> bool:
    """A paragraph of several units, or of a collective, alone after a measure's text (市直各单位、
    各区政府(管委会)): the cell of its units in a table flattened one cell a line."""
    units = split_units(text.rstrip("。；;"))
    return (len(text) <= 80 and (text.startswith("各") or len(units) >= 2)
            and all(_BODY.search(simplified(u)) or u.startswith("各") for u in units)  # bodies, not places
            and not all(_COUNTED.match(u) for u in units))  # 14个市政府,省政府53个部门: a scope, counted


_BODY = re.compile(ORG_END + r"(?:[（(][^（）()]{1,8}[）)])?$")  # a body's name (各区政府(管委会)), not a place's
_COUNTED = re.compile(r"^\D{0,4}\d+\s*个")  # bodies counted (14个市政府, 省政府53个部门和单位)


def _parse_all(text: str, at_end: bool = False) -> Duties:
    """The duties of every note in a text, with the doubts their reading raised. A note on its
    own line that ends the text without punctuation (责任单位：财政局、发改局、经) is read as cut."""
    duties = Duties()
    matches = find_notes(text)
    # 责任单位：A；B。（分号前面为牵头单位，下同）: the line's key holds the note, the bracket only a rule
    bodies = [m.body for m in matches if not only_rules(m.body)] or [text]
    if not matches and at_end and not text.rstrip().endswith(_CLOSING):
        body, cut = cut_short(text)
        bodies = [body]
        duties.doubts.append(cut_doubt(cut) if cut else "a note ends the text unfinished: its last unit is "
                             "kept, as it ends as an agency name does")
    for body in bodies:
        parsed = parse_note(body)
        duties.merge(parsed)
        duties.doubts.extend(parsed.doubts)
    for m in matches:
        if m.cut:
            duties.doubts.append(cut_doubt(m.cut))
        elif m.unclosed and m.body:
            duties.doubts.append("a note never closes: its last unit is kept, as it ends as an "
                                 "agency name does")
    return duties


def _all_units(duties: Duties) -> list[str]:
    return duties.leads + duties.supports + duties.responsible


def _has_notes(draft: Draft) -> bool:
    """Whether units are named for the measure (a person alone, 牵头市领导：…, does not close it)."""
    return bool(_all_units(draft.own)) or any(_has_notes(c) for c in draft.children)


def _items(draft: Draft) -> list[Draft]:
    return [d for d in _walk(draft) if d.rank == 3]


def _walk(draft: Draft) -> list[Draft]:
    out: list[Draft] = []
    for child in draft.children:
        out.append(child)
        out.extend(_walk(child))
    return out


@dataclass(frozen=True)
class Point:
    """A point printed inside an item's text: （1）…（2）…, with the notes printed inside it."""

    label: str
    line: int
    text: str
    duties: Duties
    start: int  # where its marker stands in the item's text


def inline_points(draft: Draft) -> list[Point]:
    """Points printed inside an item's text: （1）…（2）…, each with its own notes."""
    if draft.rank != 3 or any(c.rank == 4 for c in draft.children):
        return []
    text = draft.text
    label = "({n})"
    starts = _inline_markers(text, _INLINE_POINT)
    if len(starts) < 2 and draft.label.isdigit():
        label, starts = "{n}", _inline_markers(text, _INLINE_STEP)
    if len(starts) < 2 and CIRCLED[0] in text:
        label, starts = "({n})", _inline_markers(text, _INLINE_CIRCLED)
    if len(starts) < 2:
        return []
    offsets = _line_offsets(draft)
    points = []
    for index, (n, start, end) in enumerate(starts):
        stop = starts[index + 1][1] if index + 1 < len(starts) else len(text)
        segment = text[end:stop]
        duties = _parse_all(segment) if find_notes(segment) else Duties()
        points.append(Point(label.format(n=n), _line_at(offsets, start), strip_notes(segment).strip(),
                            duties, start))
    return points


def _inline_markers(text: str, pattern: str) -> list[tuple[int, int, int]]:
    """(number, start, end of marker) of the points 1, 2, 3 … printed in a row inside a text."""
    starts: list[tuple[int, int, int]] = []
    position, number = 0, 1
    while True:
        circled = CIRCLED[number - 1] if number <= len(CIRCLED) else "(?!)"  # ⑳ is the last
        m = re.compile(pattern.format(n=number, c=circled)).search(text, position)
        if not m:
            return starts
        starts.append((number, m.start(), m.end()))
        position, number = m.end(), number + 1


def _line_offsets(draft: Draft) -> list[tuple[int, int]]:
    offsets, position = [], 0
    for line, part in draft.parts:
        offsets.append((position, line))
        position += len(part)
    return offsets


def _line_at(offsets: list[tuple[int, int]], position: int) -> int:
    line = offsets[0][1]
    for start, number in offsets:
        if start <= position:
            line = number
    return line
