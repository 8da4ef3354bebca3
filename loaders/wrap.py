"""Lines cut at a fixed width, as a PDF's text layer gives them (and pages pasted from one), joined
back into their paragraphs before the header and the outline read them.

A text is taken as hard-wrapped when many of its prose lines (lines with a comma, a stop or an
enumeration mark: not a title, a list of bodies or a signature) are "full": as wide as one another,
give or take a character pushed down or hung out by the rules of Chinese line breaking. A full prose
line runs on into the next one unless that one opens a paragraph of its own (an outline marker, a
note, a date, an attachment label), is page chrome (来源：, 成文日期：), a 文号 or a body's name, or
the paragraph already ends with its note. Page numbers between the lines (— 2 —) are taken out, and
on a page that double-spaces a wrapped line runs on across the blank line below it. Nothing else is
joined: a text that is not hard-wrapped is left as it is (but for its page numbers).
"""

from __future__ import annotations

import re
from statistics import median

from policy_cascades.loaders.hant import simplified
from policy_cascades.loaders.header import DOC_NUMBER
from policy_cascades.loaders.notes import find_notes
from policy_cascades.loaders.organs import is_org_line
from policy_cascades.loaders.runon import CHROME
from policy_cascades.loaders.text import (
    ATTACHMENT_LABEL,
    NOTE_START,
    double_spaced,
    match_marker,
    opens_paragraph,
)
from policy_cascades.loaders.units import open_brackets

MIN_WIDTH = 14
"""Narrower lines say nothing of a wrap: red-header lines, titles, signatures."""
MIN_FULL_LINES = 6
MIN_FULL_SHARE = 0.5
"""Of the lines at least MIN_WIDTH wide, the share that must be full for the text to count as
hard-wrapped; in a text broken only at paragraph ends, line widths spread out far more."""
MIN_CUT_SHARE = 0.5
"""Of the full lines, the share that must end mid-sentence (not with 。；）): a list of short items,
each a sentence ending with its note, can be as even in width as a wrap."""
_SLACK = 3.0
"""A full line is within this much of the wrap width: a paragraph's first line is indented by two,
a character is pushed down to the next line (no line may start with 。，、) or hung out past the
margin, and a line with many punctuation marks holds more characters where they are set narrow."""
_HALF_WIDTH = re.compile(r"[A-Za-z0-9 .]")
_PROSE = re.compile(r"[，,。；;、]")
# A page's number printed between its lines, as PDFs and pages copied from them carry it:
# — 2 —, -2-, 第2页, 第 2 页 共 5 页. Not a bare 2: a section number on its own line (formats.pdf_to_text
# drops bare numbers too, which is safe only on a PDF's own text layer, where no outline label
# stands alone).
_PAGE_NUMBER = re.compile(r"^[ \t\u3000]*(?:[-—–－]+[ \t\u3000]*\d{1,3}[ \t\u3000]*[-—–－]+"
                          r"|第[ \t\u3000]*\d{1,3}[ \t\u3000]*页(?:[ \t\u3000]*共[ \t\u3000]*\d{1,3}[ \t\u3000]*页)?)"
                          r"[ \t\u3000]*$", re.M)
_OPENING = tuple("《“‘（([〔【")  # a line ending so is not a paragraph's end
_ENDS = tuple("。；;！？!?）)”")
"""A line ending so may end its paragraph: it runs on only if it is as wide as the widest."""


def width(line: str) -> float:
    """A line's printed width in Chinese characters: Latin letters, digits and spaces count half;
    punctuation counts whole, since pages often turn full-width ，（ into their ASCII forms.

    Example:
        >>> width("2020年3月19日"), width("（一）加快返岗就业,")
        (6.5, 10.0)
    """
    halves = len(_HALF_WIDTH.findall(line))
    return len(line) - halves / 2


def wrap_width(lines: list[str]) -> float | None:
    """The width the text's lines were cut at, or None when they were not cut at one.

    Example:
        >>> body = ["一、" + "稳就业，" * 6, "保就业，" * 6 + "落实", "稳岗，" * 8 + "扩岗", "工作。",
        ...         "二、" + "保居民，" * 6, "保民生，" * 6 + "促进", "就业，" * 8 + "稳岗", "扩岗。", "三、其他。"]
        >>> wrap_width(body)
        26.0
        >>> wrap_width(["一、稳就业。", "二、" + "保" * 30 + "。", "三、" + "市" * 19 + "。"]) is None
        True
    """
    prose = [(w, line.rstrip().endswith(_ENDS)) for w, line in ((width(line.strip()), line) for line in lines
                                                              if _PROSE.search(line) and not _ROW.match(line))
             if w >= MIN_WIDTH]
    if len(prose) < MIN_FULL_LINES:
        return None
    full = _densest_window(sorted(prose), 2 * _SLACK)
    if len(full) < MIN_FULL_LINES or len(full) < MIN_FULL_SHARE * len(prose):
        return None
    if sum(1 for _, ends in full if not ends) < MIN_CUT_SHARE * len(full):
        return None  # full lines that each end a sentence: a list of short items, not a wrap
    return median(w for w, _ in full)  # the window's middle, not its edge: most full lines are at the wrap


def _densest_window(widths: list[tuple[float, bool]], span: float) -> list[tuple[float, bool]]:
    """The most widths (sorted, each with what its line ends with) that lie within `span` of one
    another: one pass, two ends."""
    best = (0, 0)
    low = 0
    for high, (w, _) in enumerate(widths):
        while w - widths[low][0] > span:
            low += 1
        if high + 1 - low > best[1] - best[0]:
            best = (low, high + 1)
    return widths[best[0]:best[1]]


def unwrap(text: str) -> str:
    """The text with each hard-wrapped paragraph on one line; the lines it took in are left
    blank, so every line keeps its number.

    Example:
        >>> lines = ["一、" + "稳就业，" * 6, "保就业，" * 6 + "落实", "稳岗，" * 8 + "扩岗", "工作。",
        ...          "二、" + "保居民，" * 6, "保民生，" * 6 + "促进", "就业，" * 8 + "稳岗", "扩岗。", "三、其他。"]
        >>> [len(line) for line in unwrap("\\n".join(lines)).split("\\n")]
        [81, 0, 0, 0, 81, 0, 0, 0, 5]
    """
    paged = bool(_PAGE_NUMBER.search(text))
    if paged:
        text = _PAGE_NUMBER.sub("", text)  # a page's number between its lines: the line left blank
    lines = text.split("\n")
    at = wrap_width(lines)
    if at is None:
        return text
    spaced = double_spaced(lines)
    out = list(lines)
    head = 0  # the line the paragraph being rebuilt is gathered on
    in_body = False  # past the addressees or the first prose line: a full line without a comma is prose too
    for k, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        if out[k].strip():  # not taken into the paragraph above
            head = k
        wide = width(line)
        full = abs(wide - at) <= _SLACK and (wide >= at - 0.5 or not line.endswith(_ENDS))
        in_body = in_body or (bool(_PROSE.search(line)) and wide >= MIN_WIDTH) or line.endswith(("：", ":"))
        nxt = _next_line(lines, k, spaced or paged)
        if (nxt < len(lines) and full and in_body and not _is_list(line) and not _ends_with_note(out[head])
                and _continues(lines[nxt].strip(), open_brackets(out[head]) > 0 or line.endswith(_OPENING))):
            out[head] = out[head].rstrip() + lines[nxt].strip()
            out[nxt] = ""
    return "\n".join(out)


def _next_line(lines: list[str], k: int, across_blanks: bool) -> int:
    """The next line after line k that holds text: the one below, or, where blank lines carry no
    meaning (a page that double-spaces, a page break's number taken out), the next filled one."""
    nxt = k + 1
    if across_blanks:
        while nxt < len(lines) and not lines[nxt].strip() and nxt - k <= 4:
            nxt += 1
    return nxt if nxt < len(lines) and lines[nxt].strip() else len(lines)


def _ends_with_note(paragraph: str) -> bool:
    """Whether a paragraph ends with a responsibility note: a note closes its item."""
    text = paragraph.rstrip().rstrip("。；;")
    if not text.endswith(("）", ")", "〕", "]")):
        return False
    notes = find_notes(text)
    return bool(notes) and notes[-1].end >= len(text)


_LIST = re.compile(r"[\u4e00-\u9fff][ \t\u3000]+[\u4e00-\u9fff]")


# A table's row printed on one line, its cells set apart by spaces after its bare number (1 某目标。 区发改局 …)
_ROW = re.compile(r"^\s*\d{1,3}[ \t\u3000]+\S+[ \t\u3000]+\S")


def _is_list(line: str) -> bool:
    """Names set side by side with spaces (a row of signing bodies), or a table's row of cells set
    apart by spaces, not a line of prose."""
    return len(_LIST.findall(line)) >= 2 or bool(_ROW.match(line))


def _continues(line: str, in_brackets: bool) -> bool:
    """Whether the line after a full one can be the rest of its paragraph: inside brackets (a
    note cut at 牵头单位和 | 责任人：…) or opening a note in brackets (…的租金。| （责任人：…）),
    anything but an outline marker."""
    if in_brackets or NOTE_START.match(simplified(line[:8])):
        return bool(line) and not match_marker(line)
    return bool(line) and not (
        opens_paragraph(line) or ATTACHMENT_LABEL.match(line) or CHROME.match(simplified(line))
        or DOC_NUMBER.fullmatch(line) or is_org_line(line) or _is_list(line))
