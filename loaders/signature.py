"""The signature block: the bodies printed over the signing date, and the date itself (under
the signature, in brackets under the title, or the page's 成文日期), never a publication date."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import chain

from policy_cascades.loaders.hant import simplified
from policy_cascades.loaders.metadata import Metadata
from policy_cascades.loaders.organs import is_org_line, orgs
from policy_cascades.loaders.text import (
    PUBLIC_REMARK,
    cn_number,
    half_width_digits,
    is_date_line,
    is_yearless_date,
    iso_date,
    numeric_date,
    squeeze,
)
from policy_cascades.loaders.title import CHROME_LINE, TITLE_DATE

# A bare 日期 stamp is the page's posting date; it stands for the document's date only on a news
# page that reports the issuing (省委省政府印发《…》 as its headline, the document not printed as
# itself); 发布日期/发布时间 never do.
_STAMP_DATE = re.compile(r"(?<![布表开告间成文])日期\s*[:：∶]\s*((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})")
_NEWS_HEADLINE = re.compile(r"^[^关《》。，,：:]{2,30}?(?:联合)?(?:印发|出台|发布|下发)了?《")

_DATE = re.compile(r"((?:19|20)\d{2})\s*(?:年|[-./])\s*(\d{1,2})\s*(?:月|[-./])\s*(\d{1,2})")

_SIGNED_LINE = re.compile(r"^(\S.{1,60}?)\s+((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
                          r"|(?:19|20)\d{2}-\d{1,2}-\d{1,2})$")  # 某县人民政府  2020-05-22 too

# A date printed on one line with the 文号, under the title (a Party document's layout:
# 2020年2月10日      某委发〔2020〕4号), either way round: the signing date.
_YMD = r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
_NUMBER = r"[\u4e00-\u9fff]{1,12}\s*[〔\[［(（【﹝]\s*(?:19|20)\d{2}\s*[〕\]］)）】﹞]\s*第?\s*\d{1,5}\s*[号號]"
_DATE_BESIDE_NUMBER = (re.compile(rf"^{_YMD}\s+{_NUMBER}$"), re.compile(rf"^{_NUMBER}\s+{_YMD}$"))

_BRACKETED_DATE = re.compile(r"^[（(]\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*[）)]$")
# The date a plan was adopted on, under its title, in brackets or after a dash and over one or two
# lines: (2021年2月28日某区第一届人民代表大会第六次会议通过), ——2021年6月22日某市第二届人民代表大会 / 第二次会议通过;
# a clue after the page's 成文日期 (a 规章's bracket goes on to the day it was published: not read).
_ADOPTED = (re.compile(rf"^[（(]\s*{_YMD}[^。，,；;（）()]{{2,50}}?会议?(?:审议|审查)?(?:通过|批准)\s*[）)]$"),
            re.compile(rf"^[—－-]{{1,2}}\s*{_YMD}[^。，,；;（）()]{{2,50}}?会议?(?:审议|审查)?(?:通过|批准)$"))

# A body printed under the bodies it belongs to, on a signature line of its own and without a
# place: the leading group of a county's Party committee and government is one issuer (not a
# national body's name, 中国银行保险监督管理委员会, among a joint notice's departments).
_GROUP_OF_ABOVE = re.compile(r"^(?!中国|国家|中华)[^省市县区州旗盟]{2,20}(?:领导小组|委员会|指挥部|工作组)(?:办公室)?$")
# A body's name broken before its group: the rest on the line below (领导小组办公室), and the first line
# a place and a subject, no verb's sentence (某省生态环境保护)
_BARE_GROUP = re.compile(r"^(?:领导小组|委员会|指挥部|工作组)(?:办公室)?$")
_PLACED_SUBJECT = re.compile(r"^[\u4e00-\u9fff]{1,10}(?:省|自治区|市|州|盟|县|区|旗)[\u4e00-\u9fff]{2,12}$")


# A department with its place (湖南省教育厅, 某市市场监督管理局) or a national body's local office
# (中华人民共和国长沙海关): joint issuers sign so, several to a line.
_DEPARTMENT = re.compile(r"^(?:中华人民共和国[\u4e00-\u9fff]{1,12}|[\u4e00-\u9fff]{1,10}?(?:省|市|自治区|州|县|区|盟|旗)"
                         r"[\u4e00-\u9fff]{1,16})(?:厅|局|委员会|委|部|海关|办公室|分行)$")  # 部: 中共某省委组织部


def _departments_line(text: str) -> bool:
    """A signature line of two or more departments side by side (湖南省教育厅  湖南省财政厅).

    Example:
        >>> _departments_line("某省教育厅 某省财政厅 中华人民共和国某某海关"), _departments_line("某省教育厅")
        (True, False)
    """
    return len(text.split()) >= 2 and _all_departments(text)


def _all_departments(text: str) -> bool:
    """A signature line of departments alone, one or several (江西省乡村振兴局).

    Example:
        >>> _all_departments("某省乡村振兴局"), _all_departments("现印发给你们")
        (True, False)
    """
    return _every_part(text, lambda part: bool(_DEPARTMENT.match(part)))


def _every_part(text: str, fits: Callable[[str], bool]) -> bool:
    """Whether a line holds words set apart by spaces and each of them `fits` (in simplified characters)."""
    parts = simplified(text).split()
    return bool(parts) and all(fits(part) for part in parts)


def signature(lines: list[str]) -> list[str]:
    """The bodies printed above the first date line: one line, or one per line (a joint
    Party and government signature); else those printed right under it; else those above a
    date in numerals (2020-05-08).

    Example:
        >>> signature(["现印发给你们。", "中共某县委办公室", "某县人民政府办公室", "2020年5月22日"])
        ['中共某县委办公室', '某县人民政府办公室']
    """
    return _signature_at(lines, numeric=False) or _signature_at(lines, numeric=True)


_NEAR = 8  # the signature's last line is among the 8 non-blank lines above its date
_LONGEST = 30  # a signature runs to 30 non-blank lines at most


def _signature_at(lines: list[str], numeric: bool) -> list[str]:
    for index, text in enumerate(lines):
        signed_line = _SIGNED_LINE.match(text)
        if signed_line and is_org_line(signed_line.group(1)):
            return orgs(signed_line.group(1))  # 某某县人民政府  2020年5月22日 on one line
        if _signed_numeric(lines, index) if numeric else _signed_date(lines, index):
            # The non-blank lines above the date (blank ones may fall between): the signature
            # starts among the _NEAR nearest, and a joint notice's runs on up while its lines are
            # bodies, up to _LONGEST of them (fourteen departments a line each are seen).
            above = [t for t in lines[max(0, index - 2 * _LONGEST):index] if t][-_LONGEST:]
            found: list[str] = []
            joint = any(_departments_line(t) for t in above[-_NEAR:])  # departments several to a line,
            for back, previous in enumerate(reversed(above)):  # the last of them alone on its line
                if len(found) == 1 and (_BARE_GROUP.match(simplified(found[0])) or _GROUP_OF_ABOVE.match(simplified(found[0]))) \
                        and _PLACED_SUBJECT.match(simplified(squeeze(previous))) and not is_org_line(previous):
                    found = [squeeze(previous) + found[0]]  # 某省生态环境保护 / 领导小组办公室, 某市第一次全国自然灾害 /
                    continue  # 综合风险普查领导小组办公室: one name broken over two lines
                if not (is_org_line(previous) or _departments_line(previous)
                        or joint and _DEPARTMENT.match(squeeze(simplified(previous)))):
                    if found or back >= _NEAR - 1:
                        break
                    continue
                if len(found) == 1 and _GROUP_OF_ABOVE.match(simplified(found[0])):
                    found = [squeeze(previous) + found[0]]  # 中共某县委某县人民政府 / 优化营商环境领导小组
                    continue
                found = orgs(previous) + found
            if found:
                return found
            after = _signed_below(lines, index)
            if after:
                return after
    return []


def _signed_date(lines: list[str], index: int) -> bool:
    """A date line as a signature prints it (2020年5月8日, one glued to its body, or one whose year
    the page lost: 年5月8日, or 5月8日 right under a body's name)."""
    text = lines[index]
    if is_date_line(text) or _GLUED.match(text.strip()) or _SPACED.match(text.strip()):
        return True
    if _MONTH_DAY.match(text.strip()):  # 11月23日 under 某市人民政府办公室: the year printed nowhere
        return is_org_line(_line_above(lines, index).strip())
    return text.lstrip().startswith("年") and is_yearless_date(text, above=_line_above(lines, index))


_MONTH_DAY = re.compile(r"^\d{1,2}\s*月\s*\d{1,2}\s*日$")


def _line_above(lines: list[str], index: int) -> str:
    """The nearest line with text among the three above line `index` ("" if none)."""
    return next((t for t in reversed(lines[max(0, index - 3):index]) if t.strip()), "")


# A heading that names a time (二、活动时间, 完成时限：): the date below it is its content, never a signing date
_TIME_HEADING = re.compile(r"(?:时间|時間|时限|時限|日期|时间安排|時間安排)\s*[：:]?\s*$")


# A page's metadata line beside a date (来源:…, 【字体:…, 打印, 浏览次数): the date is the page's, not a signing date
_CHROME_BESIDE = re.compile(rf"{CHROME_LINE.pattern}|^[•·\s]*(?:来源|作者|发布时间|发布日期|浏览)\s*[:：]")


def _among_chrome(lines: list[str], index: int) -> bool:
    """Whether a date line among the page's first lines has the page's metadata right under it (• 2023年09月15日
    / • 来源: 某市应急管理局, 【字体…): the page's posting date, not one printed under a title or a signature.

    Example:
        >>> _among_chrome(["某市燃气安全整治方案", "", "• 2023年09月15日", "• 来源: 某市应急管理局"], 2)
        True
        >>> _among_chrome(["某市…实施方案", "某市农业局", "2016年10月8日", "为推动落实…"], 2)
        False
        >>> _among_chrome(["特此通告。", "某县人民政府", "2021年12月20日", "【打印本页】【关闭窗口】"], 2)
        False
    """
    below = next((simplified(t) for t in lines[index + 1:index + 4] if t.strip()), "")
    signed = is_org_line(_line_above(lines, index).strip())  # a signature's date, its body above it
    return index < _HEAD_LINES and not signed and bool(below and _CHROME_BESIDE.search(below))


_HEAD_LINES = 15  # a page's metadata stands among its first lines


def _signed_numeric(lines: list[str], index: int) -> bool:
    """A date in numerals (2020-05-08) on the line right under a body's name: a signature's."""
    if numeric_date(lines[index]) is None:
        return False
    return is_org_line(_line_above(lines, index).strip())


def _signed_below(lines: list[str], index: int) -> list[str]:
    """The bodies printed right under a date line that none is printed above: a signature
    after its date (2020年5月8日 / 平江县人民政府办公室), one or two lines."""
    below = [text for text in lines[index + 1:index + 4] if text][:2]
    signed = below[:1] if below and is_org_line(below[0]) else []
    if signed and len(below) == 2 and is_org_line(below[1]):
        signed = below  # 中共某县委办公室 / 某县人民政府办公室
    return [org for text in signed for org in orgs(text)]


# A line ending with a colon, no sentence before it: the addressees' shape (header.py reads them too)
ADDRESSEES = re.compile(r"^[^。]{2,200}[：:]$")


def _is_addressee_line(flat: str) -> bool:
    """The addressees' line (各县区人民政府，市直各部门：, or one body: 县自然资源局：): a date above it is
    the page's, unless no date follows."""
    return bool(ADDRESSEES.match(flat)) and ("各" in flat or bool(re.search(r"[、，,]", flat))
                                                 or is_org_line(flat[:-1]))


def signing_date(lines: list[str], meta: Metadata, title_line: int | None = None) -> str | None:
    """The signing date: after the addressees, the first date line under a signature, else the first
    (before another document's addressees: a forwarding notice's own, not the forwarded one's);
    else one above them (a page's posting date under the headline gives way to it); else in brackets under
    the title (on a line of its own, or glued after the title on its last line, `title_line`) or beside the
    文号 on one line, else the page's 成文日期/发文日期, else a news page's bare 日期 stamp; never a
    publication date.

    Example:
        >>> signing_date(["某县人民政府", "二〇二〇年五月二十二日"], Metadata())
        '2020-05-22'

    A date the calendar has not, wherever it is printed, is passed over for the next clue:
        >>> signing_date(["（2020年2月31日）"], Metadata({"signed": "2020年3月2日"}))
        '2020-03-02'
    """
    posted = after = None  # the first date above the addressees (a posting date?), the first below
    addressed = False
    for index, text in enumerate(lines):  # a date the calendar has not (a typo) is no date: read on
        found = _iso(text) if is_date_line(text) and not _TIME_HEADING.search(_line_above(lines, index)) else None
        signed_line = None if found else _SIGNED_LINE.match(text)
        if signed_line and is_org_line(signed_line.group(1)):
            found = _iso(signed_line.group(2))
        if found and addressed and (signed_line or is_org_line(_line_above(lines, index))):
            return found  # under the signature (not a meeting's date in the body)
        if found and not addressed:
            posted = posted or (None if _among_chrome(lines, index) else found)
        elif found:
            after = after or found
        addressee = _is_addressee_line(squeeze(text))
        if addressee and after:
            break  # another document's addressees: the date of the one before stands (a forwarding notice)
        addressed = addressed or addressee
    if after or posted:
        return after or posted
    numeric = next((i for i in range(len(lines)) if _signed_numeric(lines, i)), None)
    if numeric is not None:
        return numeric_date(lines[numeric])
    glued = _glued_signing_date(lines, meta.get("published"))
    if glued:
        return glued
    clues = chain((_ymd(_BRACKETED_DATE.match(text)) for text in lines[:40]),
                  [_ymd(TITLE_DATE.search(lines[title_line])) if title_line is not None else None],
                  (_ymd(form.match(text.strip())) for text in lines[:40] for form in _DATE_BESIDE_NUMBER),
                  [_ymd(_DATE.search(meta.get("signed") or ""))],
                  (_adopted(text, _next_words(lines, index)) for index, text in enumerate(lines[:40])),
                  (_ymd(_STAMP_DATE.search(simplified(text))) for text in _news_head(lines)))  # 發佈日期
    return next((found for found in clues if found), None)


def _next_words(lines: list[str], index: int) -> str:
    """The line after lines[index], past one blank line (a page that double-spaces), or ""."""
    return next((line for line in lines[index + 1:index + 3] if line.strip()), "")


def _adopted(text: str, after: str) -> str | None:
    """The date a plan was adopted on, printed on this line or broken over it and the next.

    Example:
        >>> _adopted("——2021年12月11日某市第二届人民代表大会", "第二次会议通过")
        '2021-12-11'
    """
    if text.lstrip()[:1] not in "（(—－-":
        return None
    return next((found for line in (text, text + after) for form in _ADOPTED
                 if (found := _ymd(form.match(simplified(squeeze(line)))))), None)


def _news_head(lines: list[str]) -> list[str]:
    """The first lines of a news page reporting the issuing of a document (its headline, among
    the first ten lines, under the page's chrome: 省委省政府印发《…》), where a 日期 stamp dates the
    document; none on a page that prints the document itself (its stamp is the posting date).

    Example:
        >>> _news_head(["省委省政府印发《关于稳就业的若干意见》", "来源: 日期:2020-02-29"])[1]
        '来源: 日期:2020-02-29'
        >>> _news_head(["某市人民政府办公室关于印发行动方案的通知", "日期:2022-06-06"])
        []
    """
    if any(_NEWS_HEADLINE.match(simplified(squeeze(text))) for text in lines[:10]):
        return lines[:10]
    return []

_GLUED = re.compile(r"^((?:19|20)\d{2})年?(\d{2,4})日?$")  # 2020212, 2021年727
_SPACED = re.compile(r"^((?:19|20)\d{2})\s*(\d{1,2})\s+(\d{1,2})$")  # 20197 9: 年 and 月 lost, a space left for one


def glued_date(text: str, published: str | None = None) -> str | None:
    """A signing date whose 年月日 the page lost (2020212 under the signature): the date when
    only one reading is a date, or only one is not after the page's publication date; else None
    (2019116 is 1月16日 or 11月6日).

    Example:
        >>> glued_date("2020212"), glued_date("20200305"), glued_date("2019116")
        ('2020-02-12', '2020-03-05', None)
        >>> glued_date("2019116", published="2019-01-20 04:42")
        '2019-01-16'
        >>> glued_date("20197 9"), glued_date("2019 11 6")
        ('2019-07-09', '2019-11-06')
    """
    spaced = _SPACED.match(text)
    if spaced:
        return _ymd(spaced)
    m = _GLUED.match(text)
    if not m:
        return None
    year, rest = m.group(1), m.group(2)
    cuts = {2: (1,), 3: (1, 2), 4: (2,)}[len(rest)]
    readings = [iso_date(int(year), int(rest[:cut]), int(rest[cut:])) for cut in cuts
                if len(rest) == 4 or not rest[cut:].startswith("0")]
    valid = [found for found in readings if found]
    on_or_before = _DATE.search(published or "")
    if len(valid) > 1 and on_or_before:
        limit = _ymd(on_or_before)
        valid = [found for found in valid if limit is None or found <= limit]
    return valid[0] if len(valid) == 1 else None


def _glued_signing_date(lines: list[str], published: str | None) -> str | None:
    """A date that lost its 年月日, on the line under a signature, or under the notice's closing
    sentence where the page lost the signature (…请认真组织实施。 / 2019610), an 附件 line between them
    or not (…请认真贯彻落实。 / 附件：某某方案 / 202235).

    Example:
        >>> _glued_signing_date(["现将方案印发给你们，请认真贯彻落实。", "附件：某省营商环境总体方案", "202235"], None)
        '2022-03-05'
    """
    above = ""
    for text in lines:
        stripped = text.strip()
        glued = stripped[:2] in ("19", "20") and above and (_GLUED.match(stripped) or _SPACED.match(stripped))
        if glued and (is_org_line(above) or _all_departments(above) or _bodies_line(above)
                      or above.endswith("。") and _GLUED.match(stripped)):  # 2019 3 20 under a sentence: a row
            found = glued_date(stripped, published)
            if found:
                return found
        if not _ATTACHMENT_LINE.match(stripped):  # the notice's 附件 list: the sentence above it closes the notice
            above = stripped or above
    return None


_ATTACHMENT_LINE = re.compile(r"^附\s*件\s*\d*\s*[：:]")


def _bodies_line(text: str) -> bool:
    """A signature line of bodies set apart by spaces, or of one body whose place a mirror's spam replaced, each
    part ending as a body's name does (某县医疗保障局 某县总工会; 365bet注册开户办公室): above a date, it signs.

    Example:
        >>> _bodies_line("某某县医疗保障局 某某县总工会"), _bodies_line("请认真贯彻落实")
        (True, False)
    """
    return len(text.split()) <= 4 and _every_part(text, lambda part: len(part) <= 30 and bool(_SIGNING_BODY.search(part)))


# The end of a name that signs a notice: a government, its office, a bureau, a committee — not a hospital, a firm or
# a school (a table's row under 县人民医院 or 某某有限公司 holds its own dates and sums)
_SIGNING_BODY = re.compile(r"(?:人民政府|政府|办公室|办公厅|委员会|管委会|[局厅委办]|总工会|联合会)$")


def _ymd(m: re.Match[str] | None) -> str | None:
    """The year, month and day groups of a match as ISO; None for no match or a day the
    calendar has not (2020年2月31日: a typo is no date, and the next clue is read)."""
    return iso_date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def _iso(text: str) -> str | None:
    """A date line's date as ISO; None when it names no day of the calendar."""
    text = PUBLIC_REMARK.sub("", half_width_digits(squeeze(text)))  # (此件公开发布) 2021年6月25日
    numeric = numeric_date(text)
    if numeric:
        return numeric
    m = re.match(r"^\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*(?:日|$)", text)  # 2018年5月29: 日 lost
    if m:
        return iso_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.match(r"^(.{4})年(.+)月(.+)日", text.strip())
    if not m:
        return None
    year, month, day = m.groups()
    digits = "".join(str(cn_number(ch)) for ch in year)
    return iso_date(int(digits), cn_number(month), cn_number(day)) if digits.isdigit() else None
