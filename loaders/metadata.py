"""The metadata a web page prints above a document: 标题, 文号, 发文机关, 成文日期 … as values.

Portals and legal databases print them in every shape: `label: value` lines, tables flattened
with `|` or tabs, `【label】value` (法宝), bullets (`∙`, `•`, `-`), labels glued to their values
(`标题关于…`, `成文日期2020年11月19日`), letter-spaced labels (`文   号`), several pairs on one
line, and a value on the line after its label. A value is whatever stands between its label and
the next label or cell border; an empty one (`发文字号: 无`, `成文日期: |`) is no value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from policy_cascades.loaders.hant import simplified

# label -> field; spaces may separate the characters of a label (索 引 号, 文   号).
_LABELS = {
    "标题": "title", "题名": "title", "名称": "title", "文件名称": "title", "文章标题": "title", "中文名": "title",
    "文号": "doc_number", "发文字号": "doc_number", "字号": "doc_number", "发布文号": "doc_number",
    "文件编号": "doc_number", "发文文号": "doc_number", "备注/文号": "doc_number",  # 备注/文号: a disclosure table's cell
    "成文日期": "signed", "签发日期": "signed", "发文日期": "dispatched", "印发日期": "dispatched",
    "发文机关": "issuer", "制定机关": "issuer", "制发机关": "issuer", "制发单位": "issuer", "发文单位": "issuer", "发布机关": "issuer",
    "发文部门": "issuer", "印发机关": "issuer",
    "发布单位": "publisher", "发布机构": "publisher", "所属机构": "publisher", "发布者": "publisher",
    "来源": "source", "信息来源": "source", "文章来源": "source", "稿源": "source", "稿件来源": "source",
    "发布日期": "published", "发布时间": "published", "公布日期": "published",
    "公开日期": "published", "施行日期": "published", "生效日期": "published", "时间": "published",
    "发布于": "published", "发表于": "published", "发表日期": "published", "发文时间": "published",
    "索引号": "other", "信息分类": "other", "内容分类": "other", "主题分类": "other", "文件分类": "other", "分类": "other",
    "有效性": "other", "文件有效性": "other", "时效性": "other", "效力等级": "other", "废止日期": "other", "失效日期": "other", "实施日期": "other",
    "公开目录": "other", "公开形式": "other", "公开方式": "other", "公开范围": "other", "公开时限": "other", "生成日期": "other", "主题词": "other",
    "政策咨询机关": "other", "政策咨询电话": "other", "有效性状态": "other", "属性": "other",
    "备注": "other", "作者": "other", "浏览": "other", "评论": "other", "阅读次数": "other", "编辑": "other", "责任编辑": "other", "浏览次数": "other",
    "点击数": "other", "访问量": "other", "法宝引证码": "other", "体裁分类": "other",
    "组配分类": "other", "服务对象": "other", "公文种类": "other", "专业属性": "other",
    # a legal database's or a portal's list (•效力状态: •内容概述:; 发文机构:县政府网站, often the site, no issuer)
    "体裁": "other", "效力状态": "other", "内容概述": "other", "文件登记号": "other", "发文机构": "other",
    # a news site's summary of the article (核心提示:某省人民政府关于…的通知 各地级以上市…): no title
    "核心提示": "other", "摘要": "other", "内容摘要": "other", "内容提要": "other",
}


def _spaced(label: str) -> str:
    return r"\s*".join(re.escape(ch) for ch in label)


_LABEL_ALT = "|".join(_spaced(name) for name in sorted(_LABELS, key=len, reverse=True))
_GLUED_ALT = "|".join(_spaced(name) for name in ("标题", "题名", "文号", "发文字号", "发文机关",
                                                  "制定机关", "制发机关", "索引号"))
_DATED = "|".join(name for name, kind in _LABELS.items() if name.endswith("日期"))
# A label of four characters or more glued to the value before it, then its colon (…/2020-01322发布机构
# :某区人民政府办公室): a metadata block whose pairs run together on one line.
_RUN_TOGETHER_ALT = "|".join(_spaced(name) for name in sorted(_LABELS, key=len, reverse=True) if len(name) >= 4)
# A short label letter-spaced as a form prints it (文 號:, 标   题:), glued to the value before it
# (發布機構:省政府辦公廳文 號:冀政發〔2017〕9號): its spaces mark it a label, not the value's last word.
_LETTER_SPACED_ALT = "|".join(r"[ \u3000]+".join(map(re.escape, name)) for name in _LABELS if len(name) <= 3)
# A label stands at the start of a line or a cell (after | ∙ • - tab, two spaces or 】), in 【】
# or before a colon or a cell border; a few are glued to their value, or spaced from it without
# a colon, at the start of a line or cell (标题关于…, 制发机关  无锡市人民政府), and a …日期 label
# anywhere before the date it names (…28分成文日期2020年…).
_CELL_START = r"(?:^|(?<=[|｜∙•·\t】])|(?<=\s\s)|(?<=^-\s))"
_NUMBERED = r"\d{1,2}\.\s*(?=[【\[])"  # a numbered list's entry before a bracketed label: 4. [成文日期] …
LABEL = re.compile(
    rf"{_CELL_START}\s*(?:[-∙•·]\s*|{_NUMBERED})?(?:[【\[]\s*({_LABEL_ALT})\s*[】\]]|({_LABEL_ALT})\s*(?:[:：∶]|(?=[|｜\t]|$))"
    rf"|({_GLUED_ALT})(?=[\u4e00-\u9fff\d]|[ \u3000]+[^\s:：∶|｜]))|(?<=\s)({_LABEL_ALT})\s*[:：∶]"
    rf"|({_DATED})(?=\s*\d)|(?<=[\w\u4e00-\u9fff〕）)\]])({_RUN_TOGETHER_ALT}|{_LETTER_SPACED_ALT})\s*[:：∶]"
)
# A table flattened into lines of `label value label value` with single spaces and no colon
# (索引号 014437529/2018-00693 主题分类 城乡建设 / 发布单位 某市政府办 发文日期 2018-09-25): a line
# opening with a label spaced from its value, one of its labels at least three characters long,
# is such a row (_row_marks), and in it every label standing between spaces opens a pair.
_ROW_START = re.compile(rf"^\s*(?:{_LABEL_ALT})(?=[ \u3000]+[^\s:：∶|｜])")
_ROW_LABEL = re.compile(rf"(?:^\s*|(?<=[ \u3000]))({_LABEL_ALT})(?=[ \u3000]+\S|[ \u3000]*$)")
# What every labelled line has: a colon or cell border, a 【label】, a bullet, a …日期, or a glued
# label at its start (a cheap test before LABEL).
_HINT = re.compile(rf"[:：∶|｜\t【\[]|日期|^\s*[-∙•·]|^\s*(?:{_GLUED_ALT})")
_BELOW = ("title", "doc_number", "signed", "dispatched", "issuer")  # fields whose value may stand below them
_LIST_BULLET = re.compile(rf"^\s*[-∙•·]\s+|^\s*{_NUMBERED}")  # - 成文日期:, 4. [成文日期] …
# A numbered list's entry that is a metadata pair (4. [成文日期] 2020-07-27): page chrome, no measure
NUMBERED_PAIR = re.compile(rf"^\s*{_NUMBERED}[【\[]\s*(?:{_LABEL_ALT})\s*[】\]]")
_EMPTY = re.compile(r"^(?:无|暂无|-+|—+|/)?$")
_SPACE = re.compile(r"\s+")


@dataclass
class Metadata:
    """The values found, first one of each field kept; `lines` are the indexes that carry labels."""

    values: dict[str, str] = field(default_factory=dict)
    lines: set[int] = field(default_factory=set)
    # what a labelled line prints before its first label: 关于…的通知  发布时间：2020-05-03
    before: dict[int, str] = field(default_factory=dict)

    def get(self, name: str) -> str | None:
        return self.values.get(name)


def read_metadata(lines: list[str]) -> Metadata:
    """The metadata fields of the header lines.

    Example:
        >>> m = read_metadata(["标 题: | 关于做好就业工作的通知 | 发文字号: | 无 |", "成文日期2020年5月1日"])
        >>> m.get("title"), m.get("doc_number"), m.get("signed")
        ('关于做好就业工作的通知', None, '2020年5月1日')
        >>> read_metadata(["文号 锡政发〔2022〕15号", "制发机关  无锡市人民政府"]).values
        {'doc_number': '锡政发〔2022〕15号', 'issuer': '无锡市人民政府'}
    """
    meta = Metadata()
    for index, text in enumerate(lines):
        if "?" in text:  # 发?文?字?号?: a mirror that lost the blanks between a label's characters
            text = _LOST_BLANKS.sub(lambda m: m.group(0).replace("?", " "), text)
        if not text or not _maybe_labelled(text):
            continue
        marks = _marks(simplified(text))  # 標題, 發文字號: found in simplified form, cut as printed
        found = _pairs(text, marks)
        if not found:
            continue
        meta.lines.add(index)
        lead = text[: marks[0].start()].strip(" |｜-∙•·\t")
        if len(lead) >= 6:
            meta.before[index] = lead
        for name, value in found:
            if value is None and index + 1 < len(lines):
                value = _next_value(lines, index + 1, meta, name)
            if value and name != "other" and name not in meta.values:
                meta.values[name] = value
    dispatched = meta.values.pop("dispatched", None)  # 发文日期 / 印发日期: the signing date when no whole 成文日期
    if dispatched and not _WHOLE_DATE.search(meta.values.get("signed") or ""):  # is printed beside it (发文日期
        meta.values["signed"] = dispatched  # 2020年08月13日 … 成文日期 2020年08月12日: the 成文 one signs; not 1900-01-01)
    return meta


# Characters each followed by a '?' where a blank was lost (索???引??号?, 发?布?机?构?), two at least, or fewer
# before a label's last character and its colon (标??题:): a letter-spaced label; a lost character inside a word
# (问题导向?为主线) is no such run.
_LOST_BLANKS = re.compile(r"(?:[\u4e00-\u9fff][ \u3000]*\?+[ \u3000]*){2,}"
                          r"|(?:[\u4e00-\u9fff][ \u3000]*\?+[ \u3000]*)+(?=[\u4e00-\u9fff][ \u3000?]*[:：])")  # 标??题:


def _maybe_labelled(text: str) -> bool:
    if len(text) >= 600:
        return False
    simple = simplified(text)
    return _HINT.search(simple) is not None and LABEL.search(simple) is not None or bool(_row_marks(simple))


def _marks(simple: str) -> list[re.Match[str]]:
    """Where the labels of a line stand, in order."""
    marks = list(LABEL.finditer(simple))
    row = _row_marks(simple)
    if not row:
        return marks
    return sorted(row + [m for m in marks if not any(m.start() < r.end() and r.start() < m.end() for r in row)],
                  key=lambda m: m.start())


def is_row(text: str) -> bool:
    """Whether a line is a metadata table flattened into `label value label value` (公开方式 主动公开 …).

    Example:
        >>> is_row("备注/文号 公开时限 长期公开"), is_row("某区2022年重点工作完成情况")
        (True, False)
    """
    return bool(_row_marks(simplified(text)))


def _row_marks(simple: str) -> list[re.Match[str]]:
    """The labels of a line that is a flattened table row spaced without colons, else none: one
    label at least of three characters (索引号, 发布单位: not a table's 时间 地点 内容 备注), and
    every value short and no title (公开方式 主动公开 某某关于…的通知 is a header line, not a row)."""
    start = _ROW_START.match(simple)
    if not start:
        return []
    marks = list(_ROW_LABEL.finditer(simple))
    if not any(len(_SPACE.sub("", m.group(1))) >= 3 for m in marks):
        return []
    ends = [m.start() for m in marks[1:]] + [len(simple)]
    values = [simple[m.end():end].strip() for m, end in zip(marks, ends, strict=True)]
    if any(len(value) > _ROW_VALUE or "关于" in value for value in values):
        return []
    return marks


_ROW_VALUE = 30  # a row's value: a code, a date, a unit's name, a class — never a title


def _pairs(text: str, marks: list[re.Match[str]]) -> list[tuple[str, str | None]]:
    """(field, value) of each label of a line; a value None when it stands on the next line."""
    out: list[tuple[str, str | None]] = []
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        label = _SPACE.sub("", next(g for g in m.groups() if g))
        raw = text[m.end():end]
        name = _LABELS[label]
        # `发布单位 |` or `标题：` last on its line with nothing after it: the value is on the
        # next line (an empty cell before another label, `来源: | 作者:…`, is an empty value)
        bare = not raw.strip(" |｜") and i + 1 == len(marks) and ("|" in raw or name in _BELOW)
        out.append((name, None if bare else _value(raw)))
    return out


def _value(raw: str) -> str:
    cells = [c.strip(" -∙•·:：∶") for c in re.split(r"[|｜\t]", raw)]
    value = next((c for c in cells if c.strip()), "").strip()
    return "" if _EMPTY.match(value) else value


def _next_value(lines: list[str], index: int, meta: Metadata, name: str) -> str:
    """`发布单位 |` then `广东省人民政府` on its own line: the value printed below its label, when
    it looks like one (a 文号 has its year in brackets, a date its digits; the value of a field
    the record does not keep, 有效性 | then 有效, a few characters: a longer line below such a
    label, blank lines between or not, is the title under a table of metadata)."""
    for j in range(index, min(index + 2, len(lines))):
        text = _LIST_BULLET.sub("", lines[j]).strip(" |｜")  # - 成文日期: / - 2019-03-01
        if not text:
            continue
        fits = _FITS.get(name)
        if (_maybe_labelled(lines[j]) or (fits is not None and not fits.search(text))
                or name == "other" and len(text.strip()) > 20):
            return ""
        meta.lines.add(j)
        return _value(text)
    return ""


# A date with its year (1950 or later), month and day: 成文日期 1900-01-01 or 2021年05月 is no date a 发文日期 gives way to
_WHOLE_DATE = re.compile(r"(?:19[5-9]\d|20\d{2})\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}")
_DATE_VALUE = re.compile(r"^\s*(?:19|20)\d{2}\s*[-./年]")  # what a date field's value below its label opens with
_FITS = {"doc_number": re.compile(r"\d{4}\s*[〕\]］)）】﹞]"),
         "signed": _DATE_VALUE, "dispatched": _DATE_VALUE, "published": _DATE_VALUE}
