"""Text stored without its line breaks (as data sets often keep documents): lines again.

Only text that has lost its layout is touched: fewer than five non-blank lines, or a line of
more than a thousand characters (then the whole text), or a line of more than 400 characters
that holds two outline markers or more, or of more than 250 that holds a notice's title and its
addressees (then that line: a page that stored the document as one paragraph under its own
chrome). It is cut after 。 ！ ？ and after a ； outside a note's brackets, after the addressees'
colon, around the 文号, before an outline marker (一、 （一） 1． 1、 （1）) that follows punctuation
or a space, and before one glued to the text before it that continues its form's numbering, so
that the header and the outline are found as in a laid-out text.
"""

from __future__ import annotations

import re

from policy_cascades.loaders.gazetteer import gazetteer
from policy_cascades.loaders.hant import simplified
from policy_cascades.loaders.text import CN_NUMERAL, NOT_AFTER_NUMERAL, PLAN_WORD, label_number
from policy_cascades.loaders.units import open_brackets

# Page chrome and metadata that is never a title: 来源, 作者, 点击数, 字体【大 中 小】, 打印 …
CHROME = re.compile(
    r"(来源|作者|编辑|责任编辑|发布时间|发布日期|浏览次数|点击数|访问量|字体|【大|打印|关闭|"
    r"索引号|分类|发文机关|发布机构|成文日期|主题分类|当前位置|所在位置|首页|返\s*回|分享)"
)
_MARKER = (rf"(?:{CN_NUMERAL}、|[（(]{CN_NUMERAL}[）)]|"
           r"\d{1,2}[．.、](?!\d)|[（(]\d{1,2}[）)])")
# The end of a body's name, when the signature's date is glued to it (…办公室2020年5月8日)
_BODY_END = r"(?:(?<=政府)|(?<=公室)|(?<=公厅)|(?<=委会)|(?<=员会)|(?<=[局委厅部组]))"
# Labels of a page's metadata that never open a sentence of the body, letter-spaced or not (文   号):
# each on a line of its own
_LABELS = ("发布时间", "发布日期", "发文日期", "成文日期", "发布机构", "发文机关", "制发机关", "索引号",
           "发文字号", "文号", "浏览量", "浏览次数", "点击数", "来源")
_SPACED_LABEL = re.compile("(" + "|".join(r"\s*".join(label) for label in _LABELS) + r")\s*(?=[:：])")
META_LABEL = "(?:" + "|".join(_LABELS[:-1]) + r"|(?<![金源料据])来源)[:：]"
# What a sentence goes on with after a date it holds (…局2021年3月31日前完成, …日召开的会议)
_GOES_ON = r"(?:召开|举行|印发|发布|出台|前|起|以来|以前|之前|之后|后|至|到|开始|期间|的|为|在|，|,|。)"
_CUTS = (
    (re.compile(r"(?<!\s)\s+((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)(?:\s+|$)"), "\n\\1\n"),  # a signing date
    # glued to its body, spaced by a PDF in part or not (…办公室2023年9月 20 日), not a date the sentence goes on
    # from (…由县教育局2023年9月20日前汇总)
    (re.compile(rf"{_BODY_END}((?:19|20)\d{{2}} ?年? ?\d{{1,2}} ?月? ?\d{{1,2}} ?日)(?!\s*{_GOES_ON})\s*"), "\n\\1\n"),
    # a signing date a PDF spaced out, after its body (…领导小组办公室 2020 年 12 月 2 日 — 1 —)
    # (not a date the sentence goes on from: …厅 2020 年 12 月 2 日 召开的会议, …局 2021 年 3 月 31 日 前完成)
    (re.compile(rf"{_BODY_END}\s+((?:19|20)\d{{2}} 年 \d{{1,2}} 月 \d{{1,2}} 日)(?:\s+|$)(?!\s*{_GOES_ON})"),
     "\n\\1\n"),
    # a PDF's page number between dashes (— 1 —, - 2 -): no text of the document's (not 0319 - 123 - 4567)
    (re.compile(r"(?<!\d)\s[—－-]\s?\d{1,3}\s?[—－-](?=\s|$)(?!\s*\d)"), "\n"),
    # a date in brackets under the title, glued to the preamble: (2020年2月26日)为深入贯彻…
    (re.compile(r"([（(]\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[）)])\s*(?=\S)"), "\n\\1\n"),
    # a signing date opening a sentence's line, glued to the plan's title after it (2020年7月8日西平县…), spaced
    # by a PDF or not; before 以 only when a plan's name follows (2023年6月30日以控制成本为核心…的具体措施, not 以及)
    (re.compile(rf"(?m)^((?:19|20)\d{{2}} ?年 ?\d{{1,2}} ?月 ?\d{{1,2}} ?日)"
                rf"(?!\s*(?:[起前至到后开—\-－~，,、]|以(?![^，,。；;、\s]{{2,40}}?{PLAN_WORD})))\s*(?=\S)"), "\\1\n"),
    # (the spaces before a label are left to the line's strip: a run of spaces matched at every
    # start would take quadratic time on a page padded with them)
    (re.compile(rf"[•∙]?(?={META_LABEL})"), "\n"),
    # a list's bullet before any label of a page's metadata (•颁布时间:, •效力状态:, •内容概述:): a line began there
    (re.compile(r"[•∙](?=\s*[\u4e00-\u9fff]{2,6}\s*[:：])"), "\n"),
    # a metadata date glued to what follows (成文日期: 2020-07-16乐安县人民政府关于…, 2021/09/26安徽省…)
    (re.compile(r"((?:19|20)\d{2}([-/.])\d{1,2}\2\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)\s*(?=[\u4e00-\u9fff])"
                r"(?![前后起至到止以])"),
     "\\1\n"),
    (re.compile(r"([（(]此件[^（()）]{2,12}[）)])\s*"), "\n\\1\n"),  # (此件公开发布), before an attached plan
    # a count or date label whose number the page left out, glued to what follows (浏览次数:新疆…文件,
    # 废止日期:四川省人民政府办公厅关于…)
    (re.compile(r"((?:浏览次数|浏览量|点击数|点击量|访问量|阅读量)[:：])\s*(?=[^\d\s])"
                r"|((?:[\u4e00-\u9fff]{2}(?:日期|时间))[:：])\s*(?=[\u4e00-\u9fff])"), "\\1\\2\n"),
    # a red header glued to its 文号 (…人民政府文件新政发〔2020〕16号)
    (re.compile(r"((?:政府|委员会|办公厅|办公室|[局厅委])文件)\s*"
                r"(?=[\u4e00-\u9fff]{1,10}\s*[〔\[［(（【﹝]\s*(?:19|20)\d{2})"), "\\1\n"),
    (re.compile(rf"(?<=[：:，,）)】])\s*(?={_MARKER})|(?<=\s)(?={_MARKER})"), "\n"),  # 】: after a note in 【】
    (re.compile(r"((?:19|20) ?\d ?\d\s*[〕\]］)）】]\s*第?\s*\d(?: ?\d){0,4}\s*[号號])"), "\\1\n"),
    (re.compile(r"(?<=[的])(通知|意见|方案|决定|办法|措施)\s+"), "\\1\n"),
    (re.compile(r"(各[^。：:\n]{2,80}[：:])"), "\n\\1\n"),
    # the addressees without their colon, the preamble after a space (各县区人民政府,市政府各部门 为贯彻…)
    (re.compile(r"(?m)(?:^|(?<=\s))(各[^。：:\n\s]{2,80}(?:政府|部[门門]|[单單]位|[办辦]事[处處]|管委[会會]|机构|機構))\s+"
                r"(?=[为為]|根据|根據|按照|依据|依據|现将|現將)"),
     "\n\\1\n"),
    (re.compile(r"[ \u3000]{2,}"), "\n"),
)


_SENTENCE_END = re.compile(r"([。；;！!？?])\s*(?=\S)")
_OPENERS, _CLOSERS = "（(【〔[", "）)】〕]"


def _cut_sentences(text: str) -> str:
    """A line break after each 。 ； ！ ？, but for a ； inside a bracket opened since the last full
    stop: a note's fields stay on its line (【牵头单位：X；责任单位：Y】).

    Example:
        >>> _cut_sentences("强化领导。【牵头单位：区农业农村局；责任单位：区委办】（二）落实责任；加强督查。")
        '强化领导。\\n【牵头单位：区农业农村局；责任单位：区委办】（二）落实责任；\\n加强督查。'
    """
    out, start, depth = [], 0, 0
    for m in _SENTENCE_END.finditer(text):
        piece = text[start:m.end(1)]
        depth += open_brackets(piece, _OPENERS, _CLOSERS)
        if m.group(1) in "。！!？?":
            if depth > 0 and _closes_before_next_stop(text, m.end()):
                out.append(text[start:m.end()])  # a note's remark after a full stop: （…下同。以下…）
                start = m.end()
                continue
            depth = 0
        elif depth > 0:
            out.append(text[start:m.end()])
            start = m.end()
            continue
        out.append(text[start:m.end(1)] + "\n")
        start = m.end()
    return "".join(out) + text[start:]


def _closes_before_next_stop(text: str, at: int, reach: int = 100) -> bool:
    """Whether a bracket closes after `at` before the next full stop, within `reach` characters."""
    ahead = text[at:at + reach]
    stop = min((i for i in (ahead.find(ch) for ch in "。！!？?") if i >= 0), default=len(ahead))
    return any(0 <= ahead.find(ch) < stop for ch in _CLOSERS)


# The forms of outline labels, highest first: 第一部分 一、 （一） 1． （1）; the number a label prints
_FORMS = (
    re.compile(rf"第({CN_NUMERAL})(?:部分|篇|章)(?=\s*[\u4e00-\u9fff“])"),
    re.compile(rf"(?<![第\u4e00-\u9fff、])({CN_NUMERAL})、"
               rf"|(?<=[\u4e00-\u9fff]){NOT_AFTER_NUMERAL}({CN_NUMERAL})、(?=\s*[\u4e00-\u9fff“])"),
    re.compile(rf"[（(]({CN_NUMERAL})[）)]"),
    re.compile(r"(?<![\d.．第])(\d{1,2})[．.、](?=\s*[\u4e00-\u9fff“《])"),  # not 2.5, nor 1. <tag>
    re.compile(r"[（(](\d{1,2})[）)]"),
)


def _cut_in_sequence(text: str) -> str:
    """A line break before each outline label glued to the text before it (…省地方金融监管局2．“最多
    跑一次”改革) that continues its form's numbering: the next number of a form already begun, or
    a form's first after a label of a higher form, or the next number of a form numbered across the
    higher form's sections (（五） under 一、, （六） under 二、). Labels out of sequence (2.5万, 一、二季度 read
    after 三、) are left in the text.

    Example:
        >>> _cut_in_sequence("重点工作1．稳企业。牵头单位：省财政厅2．促改革。牵头单位：省大数据局")
        '重点工作\\n1．稳企业。牵头单位：省财政厅\\n2．促改革。牵头单位：省大数据局'
        >>> _cut_in_sequence("一、调查 6（一）农用地 6（二）企业用地 7二、分类管理 9（三）划定类别 9")
        '一、调查 6\\n（一）农用地 6\\n（二）企业用地 7\\n二、分类管理 9\\n（三）划定类别 9'
    """
    found = sorted((m.start(), rank, label_number(next(g for g in m.groups() if g)), m.end())
                   for rank, form in enumerate(_FORMS) for m in form.finditer(text))
    expected = [{1} for _ in _FORMS]
    cuts = []
    for start, rank, number, end in found:
        if number not in expected[rank] or _CITED_NUMBER.search(text, max(0, start - 2), start) \
                or _CITED_AFTER.match(text, end):
            continue  # 第(六)项, 附件6.: a number cited, not a label
        expected[rank] = {number + 1}
        for lower in range(rank + 1, len(_FORMS)):  # a new section: its sub-labels start again, or go on
            expected[lower] = {1} | {n for n in expected[lower] if n > 1}  # numbered across sections
        cuts.append(start)
    out, last = [], 0
    for at in cuts:
        if at and text[at - 1] != "\n":
            out.append(text[last:at].rstrip() + "\n")
            last = at
    return "".join(out) + text[last:]


# What stands around a number cited in a sentence, not an outline label: 第(六)项, 第九十九条第(六)项, 附件6., 表2.
_CITED_NUMBER = re.compile(r"(?:第|附件|件|表|图)$")
_CITED_AFTER = re.compile(r"[项条款]")


def is_run_on(text: str) -> bool:
    """Text without its layout: almost no line breaks, or an enormous line — not a short excerpt whose
    lines are numbered paragraphs ((七)…。(牵头单位：…) / (八)…), all of them but one at most."""
    # (a table's bars alone, ||, are debris; a row of empty cells, |  |  |, is a table's layout)
    lines = [line for line in text.split("\n") if line.strip() and not _BARS.fullmatch(line.strip())]
    if not lines:
        return False
    piped = sum(line.count("|") >= 2 for line in lines)
    if len(lines) >= 3 and piped >= len(lines) - 1 and max(lines, key=len).count("|") >= 2:
        return False  # a table, a row a line (序号 | 内容与要求 | 责任单位 |): its rows are its layout (not a font bar)
    if max(len(line) for line in lines) > 1000:
        return True
    numbered = sum(bool(NUMBERED_LINE.match(line)) for line in lines)
    inner = any(_INNER_NUMBER.search(line, 1) for line in lines)  # 一、…(一)…(二)…: its points run on
    return len(lines) < 5 and not (numbered >= 2 and numbered >= len(lines) - 1 and not inner)


_BARS = re.compile(r"[|｜]+")
# A line that opens with an outline number (一、, (七), 3.): a numbered paragraph; one further in a line
_NUMBER = rf"(?:{CN_NUMERAL}、|[（(]{CN_NUMERAL}[）)]|\d{{1,2}}[.、．](?!\d))"
NUMBERED_LINE = re.compile(rf"^\s*{_NUMBER}")
_INNER_NUMBER = re.compile(rf"(?<=[。；;！!？?）)])\s*{_NUMBER}")


def split_run_on(text: str) -> str:
    """Lines again for text stored as one line; a laid-out text comes back unchanged.

    Example:
        >>> split_run_on("关于做好就业工作的通知 各镇街：现通知如下。一、稳岗位。二、保就业。")
        '关于做好就业工作的通知\\n各镇街：\\n现通知如下。\\n一、稳岗位。\\n二、保就业。'
    """
    if not text.strip():
        return text
    if not is_run_on(text):
        if not any(len(line) > _LONG_NOTICE for line in text.split("\n")):
            return text
        return "\n".join(_cut_long(line) for line in text.split("\n"))
    return _cut(text)


_LONG_NOTICE = 250  # a line so long that holds a notice's title and its addressees holds a whole notice


def _cut_long(line: str) -> str:
    """A long line of a laid-out page: cut whole when it holds a document, or from a section that
    a preamble ran on into (…制定本方案。 一、总体要求 （一）指导思想 …: the section set off by spaces,
    then its first point), the preamble before it left as it is."""
    if len(line) <= _LONG_NOTICE:
        return line
    if _holds_an_outline(line):
        return _cut(line)
    section = _SECTION_THEN_POINT.search(line)
    return f"{line[:section.start() + 1]}\n{_cut(line[section.start() + 1:])}" if section else line


def _cut(text: str) -> str:
    text = _SPACED_LABEL.sub(lambda m: re.sub(r"\s+", "", m.group(1)), text)
    text = _cut_sentences(_cut_in_sequence(text))
    for pattern, replacement in _CUTS:
        text = _sub_printed(pattern, replacement, text)
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    head = next((i for i, line in enumerate(lines[:_HEAD]) if _ADDRESSED.match(line) or _OPENS.match(line)),
                min(len(lines), _HEAD))
    return "\n".join([*(part for line in lines[:head] for part in _title_cut(line)), *lines[head:]])


def _sub_printed(pattern: re.Pattern[str], template: str, text: str) -> str:
    r"""`pattern.sub(template, text)` with the pattern matched on the simplified copy, so that a 繁体 page's
    words (…人民政府辦公廳2022年1月30日, 政府文件) are cut where a simplified page's are, and the groups
    put back as printed (`simplified` maps character for character). The template's group references
    (\1) are its only escapes, as _CUTS writes them.

    Example:
        >>> _sub_printed(re.compile(r"(?<=公厅)(\d{4}年)"), "\n\\1", "某市人民政府辦公廳2022年1月30日")
        '某市人民政府辦公廳\n2022年1月30日'
    """
    simple = simplified(text)
    if simple == text:
        return pattern.sub(template, text)
    out, last = [], 0
    for m in pattern.finditer(simple):
        def printed(ref: re.Match[str], m: re.Match[str] = m) -> str:
            start, end = m.span(int(ref.group(1)))
            return text[start:end] if start >= 0 else ""
        out += [text[last:m.start()], _GROUP_REF.sub(printed, template)]
        last = m.end()
    out.append(text[last:])
    return "".join(out)


_GROUP_REF = re.compile(r"\\(\d)")
_HEAD = 12  # lines above the addressees or the outline: the header of a text that lost its layout
_ADDRESSED = re.compile(r"^各[^。：:]{2,80}[：:]$")
_OPENS = re.compile(_MARKER)
# Where a header line glues the title to what follows: after a notice's title that is not a
# citation (…的通知》, …的通知要求), after a 《title》 printed before its issuer's line, before
# the preamble's first word (…实施细则为深入贯彻…), and before a 文号 glued to what precedes it
_TITLE_CUT = re.compile(
    r"(?<=的通知|的意见|的决定|的通告|的公告|的批复)(?![》〉）)」”，,、。；;]|要求|精神|\s*$)"
    r"|(?<=》)(?=《?[\u4e00-\u9fff]{2,30}?关于)"
    r"|(?<=打印|关闭|收藏|分享)(?=[\u4e00-\u9fff]{2,30}?关于)"  # a page's buttons glued to the title
    r"|(?<=通知|意见|方案|决定|办法|措施|细则|规划|纲要|清单)(?=\s*(?:为|根据|按照|现将))"
    r"|(?<=通知|意见|方案|决定|办法|措施|细则|规划|纲要|清单)(?=时间\s*[:：]\s*(?:19|20)\d{2})"  # …方案时间 : 2017-07-25
    # before a 文号 glued to a red header (…商务局文件长商发〔2020〕17号) or to a code or a space
    r"|(?:(?<=文件)|(?<=[A-Za-z0-9|｜])|(?<=\s))(?=[\u4e00-\u9fff]{1,10}\s*[〔\[［【﹝]\s*(?:19|20)\d{2}\s*[〕\]］】﹞])"
)


# A breadcrumb's last step glued to the title: 首页 > 政策 > 规范性文件石嘴山市人民政府关于…; one glued to a plan's
# own name is cut before the place that opens the name (首页 > 政务公开 > 公示公告某省…整改方案时间 : 2017-07-25)
_CRUMB_CUT = re.compile(r"(?<=文件|公告|法规|专题|动态|资讯|公开|新闻)(?=[\u4e00-\u9fff0-9]{2,30}?关于)")
# A plan's own name after the place that opens it (某省…整改方案), then chrome or the line's end
_PLAN_NAME = re.compile(rf"[\u4e00-\u9fff0-9“”]{{0,60}}?{PLAN_WORD}(?:(?![\u4e00-\u9fff])|(?=时间\s*[:：]))")


def _title_cut(line: str) -> list[str]:
    """A header line cut where it glues the title to what follows (read in simplified form)."""
    simple = simplified(line)
    crumb = re.search("[>»›＞]", simple)
    cuts = [m.start() for m in _TITLE_CUT.finditer(simple)]
    places = gazetteer().scan(simple)  # once, for both cuts that read the places
    about = [m.start() for m in _CRUMB_CUT.finditer(simple, crumb.end())][:1] if crumb else []
    cuts += about or (_plan_after_crumb(simple, places) if crumb else [])
    cuts += _issuer_starts(simple, places)
    cuts.sort()
    bounds = [0, *cuts, len(line)]
    return [line[a:b].strip() for a, b in zip(bounds, bounds[1:], strict=False) if line[a:b].strip()]


def _plan_after_crumb(simple: str, places: list[tuple[int, str]]) -> list[int]:
    """Where a plan's own name starts after a breadcrumb's last step glued to it: at the place that opens
    the name, a few characters after the last > (首页 > 政务公开 > 计划总结某县规范性文件…实施办法: before 某县).

    Example:
        >>> line = "首页 > 政务公开 > 计划总结临澧县规范性文件制定和备案审查工作实施办法时间 : 2021-07-25"
        >>> _plan_after_crumb(line, gazetteer().scan(line))
        [16]
    """
    last = max(m.end() for m in re.finditer("[>»›＞]", simple))
    return [start for start, name in places
            if last < start <= last + 12 and _PLAN_NAME.match(simple, start + len(name))][:1]


# A government or its office before 关于 (某省人民政府关于…, 某市人民政府办公室关于…)
_GOVERNMENT_ABOUT = re.compile(r"(?:人民政府|政府)(?:办公厅|办公室)?\s?关于")
# What ends a body's name or a list of bodies: the prefix then is an issuer too (中共某省委 某省人民政府关于…)
_BODY_BEFORE = re.compile(r"(?:[委厅局府室部会组]|[、，,\s])$")


def _issuer_starts(simple: str, found: list[tuple[int, str]]) -> list[int]:
    """Where a headline's issuer starts, when page chrome is glued before it on a line that lost its breaks
    (…首页 / 文件汇编/ 正文某省人民政府关于…): before the place whose government (or its office) the line
    names before 关于 — not when a body's name or another place ends right before it (中共某省委 某省人民政府,
    某省某市人民政府), nor at the line's start.

    Example:
        >>> def starts(line): return _issuer_starts(line, gazetteer().scan(line))
        >>> starts("首页 / 文件汇编/ 正文甘肃省人民政府关于贯彻粮食安全省长责任制的实施意见")
        [13]
        >>> starts("中共甘肃省委 甘肃省人民政府关于实施意见"), starts("湖北省武汉市人民政府关于…")
        ([], [])
    """
    ends = {start + len(name) for start, name in found}
    return [start for start, name in found
            if start > 0 and _GOVERNMENT_ABOUT.match(simple, start + len(name))
            and start not in ends and not _BODY_BEFORE.search(simple[:start])
            and not _IN_SENTENCE.search(simple[:start])][:1]


# What a headline's chrome never prints before its issuer: a title cited (《, 关于 …》), a sentence's words
_IN_SENTENCE = re.compile(r"《[^》]*$|[。；;，,：:]|根据|按照|贯彻|落实|关于|印发|转发")


# headings, not the inline points （1）（2） or items 1. that a laid-out paragraph may hold
_MARKER_IN_TEXT = re.compile(rf"(?<=[。；;：:\s])(?:{CN_NUMERAL}、|[（(]{CN_NUMERAL}[）)])")
_ITEM_IN_TEXT = re.compile(r"(?<=[。；;：:\s])\d{1,2}[.．](?!\d)")


def _holds_an_outline(line: str) -> bool:
    """A long line of a laid-out page that holds a whole document (a notice, its plan and the
    plan's outline, stored as one paragraph): two of a notice's own parts (…的通知, addressees
    各…：, a signing date), with or without an outline; or two headings (一、 （一）) or more after
    punctuation (or one, and items 1. 2. after it: an excerpt), and two sections (一、 … 二、), or
    items of sentences between the headings. A paragraph that enumerates inline (主要包括：（一）…；
    （二）…) is not cut.

    Example:
        >>> _holds_an_outline("主要包括：" + "（一）加强组织领导，" * 30 + "；（二）强化资金保障。")
        False
    """
    if len(line) <= _LONG_NOTICE:
        return False
    parts = {m.lastgroup for m in _NOTICE_PART.finditer(line)}
    if len(parts) >= 2 and (len(line) > 400 or "addressees" in parts):
        return True  # a notice's title and its addressees or signing date: a whole notice, outline or not; a
        # shorter line its addressees and its title or date (not a table's row naming a notice and its date)
    if len(line) <= 400:
        return False
    markers = list(_MARKER_IN_TEXT.finditer(line))
    if not markers:
        return False
    if len(markers) == 1:  # one section (an excerpt): its items 1. 2. after it count
        markers += [m for m in _ITEM_IN_TEXT.finditer(line) if m.start() > markers[0].start()]
        if len(markers) < 2:
            return False
    elif sum(m.group(0).endswith("、") for m in markers) >= 2 or _NOTICE_PART.search(line):
        return True  # two sections (一、 二、), or a notice's own parts
    # items, each a heading and sentences of its own, not a list of short phrases
    between = [line[a.end():b.start()] for a, b in zip(markers, markers[1:], strict=False)]
    return (any(len(text) > 80 and "。" in text for text in between)
            and not any(text.rstrip().endswith(("；", ";", "，", ",", "、")) for text in between))


# A section heading after a sentence's end, set off by spaces, then its first point (an excerpt that
# stops inside it): 。 一、总体要求 （一）指导思想
_SECTION_THEN_POINT = re.compile(rf"[。！？]\s+{CN_NUMERAL}、[^，,。；;：:、（）()\s]{{2,20}}\s+[（(]一[）)]")
_NOTICE_PART = re.compile(r"(?P<title>的(?:通知|意见|方案)(?=\s|各))"
                          # …,县政府各部门: (after a space, or glued to the 文号 or the title above them: …1号各县区
                          # 人民政府,…:, …的通知各乡镇人民政府,…:)
                          # (not a clause charging them: 各县(市、区)、市直各部门要认真落实以下要求：)
                          # (or opening the line, a body before 各: 市政府各部门、各单位:)
                          r"|(?P<addressees>(?:^[^\s。，,：:]{0,6}|\s|(?<=[号號])|(?<=的通知))各[^。，,：:要须请]{2,40}"
                          r"(?:[，,]\s?[^。，,：:要须请]{2,40}){0,3}[：:])"
                          # spaced by a PDF too; or followed by the public remark: 2020年1月23日(此件公开发布); or glued
                          # to the body signing (…区人民政府2021年11月29日…)
                          rf"|(?P<date>(?:\s|{_BODY_END})(?:19|20)\d{{2}}\s?年\s?\d{{1,2}}\s?月\s?\d{{1,2}}\s?日"
                          r"(?:\s|(?=[（(]此件)|(?<=日)(?![第召会前起以至到后开的在])(?=[\u4e00-\u9fff])))")
