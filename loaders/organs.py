"""The issuing bodies a header or signature prints: a line that is nothing but bodies, and the
bodies on it (中共某某县委办公室  某某县人民政府办公室, 省委省政府, glued or spaced)."""

from __future__ import annotations

import re

from policy_cascades.loaders.gazetteer import gazetteer
from policy_cascades.loaders.hant import simplified
from policy_cascades.loaders.text import squeeze, unspaced
from policy_cascades.loaders.title import BREADCRUMB
from policy_cascades.loaders.units import ENDS_AS_ORG

# A body's name: up to 24 words of place and function (a bracketed one among them: 恒口示范区
# (试验区), not a seal's (盖章)), then the word such a name ends with; or a department named with
# its level or place (某某自治县财政局, 市商务局, 省发展改革委: a bare 民政局 is a site's name, and 格局, 布局, 大厅
# are words, not bodies); or a branch of the central bank, which co-issues financial measures.
DEPARTMENT_END = r"(?<![格布大结当开展客舞餐常编])(?:局|厅|委)"  # a body's 局/厅/委, not 格局, 布局, 大厅, 常委 …

# A seal's remark after a signature or on its own line: 某县人民政府办公室（盖章）, (某市政务服务数据管理局代章) — the place of
# the seal, or a body lending it; never an issuer
_SEAL_WORDS = r"盖章|印章|公章|签章|[^（）()]{0,20}代章|章|印"
SEAL = re.compile(rf"(?<!\s)\s*[（(](?:{_SEAL_WORDS})[）)]$")


_LIMITED = r"(?:集团)?有限(?:责任)?公司"
_COMPANY = r"|[\u4e00-\u9fff]{2,20}" + _LIMITED  # on a line of signers only (not a site owner's name)
_ONE_COMPANY = re.compile(r"^(?:(?!公司)[\u4e00-\u9fff]){2,20}" + _LIMITED + "$")


def _org(lazy: bool) -> str:
    q = "?" if lazy else ""
    return (
        rf"(?:(?:(?:中共)?(?:[\u4e00-\u9fff]|[（(](?!{_SEAL_WORDS})[\u4e00-\u9fff]{{2,8}}[）)]){{0,24}}{q}"
        r"(?:人民政府办公室|人民政府办公厅|人民政府|政府办公室|政府办公厅|政府办|委员会|委办公室|委办|党委|省委|"
        r"市委|县委|区委|政府|指挥部|领导小组|办公室|办公厅|管委会|行政公署|工委|常委会|专班))"
        rf"|[\u4e00-\u9fff]{{0,20}}{q}[省市县区州旗盟][\u4e00-\u9fff]{{1,16}}{q}{DEPARTMENT_END}"
        rf"|中国人民银行[\u4e00-\u9fff]{{2,12}}{q}(?:中心支行|分行|支行|营业管理部)"
        # a central body's local office, or a state company signing with the departments (中国民用航空某省安全监督管理局,
        # 中国铁路某局集团有限公司, 某省机场集团有限公司: in a whole line's names only)
        rf"|中国[\u4e00-\u9fff]{{2,16}}{q}(?:监督管理局|管理局)" + ("" if lazy else _COMPANY) + ")"
    )


ORG = _org(lazy=True)  # a body inside a sentence: the shortest name that ends as one
# A body's whole name, matched once and as long as it goes (an atomic group): a line of many bodies,
# glued or spaced, is read one way only, in time linear in its length (backtracking over the ways
# to cut 市政府市政府… into names took seconds past twenty of them).
ORG_WHOLE = rf"(?>{_org(lazy=False)})"
ORG_LINE = re.compile(rf"^(?:{ORG_WHOLE}\s*)+$")

# A Party committee and its government, glued or spaced (省委省政府, 中共某自治州委某自治州人民政府, 某自治区党委
# 某自治区人民政府). 州委, 盟委, 旗委 end no body's name elsewhere (杭州委托, 某盟委员会 are no bodies).
PARTY_AND_GOVERNMENT = re.compile(r"^((?:中共)?[\u4e00-\u9fff]{0,14}?(?:[省市县区州盟旗]委|党委))([\u4e00-\u9fff]{0,14}?[省市县区州盟旗](?:人民)?政府)$")

# A page's metadata row is no signature, though its values name bodies: 所属机构 X 责任部门 X
_METADATA_LABEL = re.compile(r"公开方式|所属机构|责任部门|发布机构|发文机关|索引号|主题分类|信息来源|来源[:：]")

# A government or Party office named without its place (区人民政府办公室, 县委办公室): the short
# forms 省委, 市政府 and a named body (市委…指挥部) are not (region.complete_issuers completes it).
PLACELESS_ORGAN = re.compile(r"^(?:中共)?(?:省|自治区|市|州|盟|区|县|旗)(?:人民政府(?:办公室|办公厅)?|"
                               r"政府(?:办公室|办公厅)|委员会|委(?:办公室|办公厅))$")

# The word a body printed without its place starts with: its level (区 of 区人民政府办公室).
_PLACELESS_WORD = re.compile(r"^(?:中共)?(省|自治区|市|州|盟|区|县|旗)")

# A department, group or command printed without its place (县商务局, 市发展改革委, 省发展和改革委员会,
# 县稳就业工作领导小组办公室): its word is a level, and region.complete_issuers gives it its place. A
# Party committee's own body (市委…指挥部) and the short forms 省委, 市政府 are not; nor 市场监管局.
PLACELESS_BODY = re.compile(r"^(?:中共)?(省|自治区|市|州|盟|区|县|旗)(?!委|政府|人民|场|级|域|直|属|辖)"
                            r"[\u4e00-\u9fff]{1,24}(?:局|厅|委|委员会|领导小组|指挥部|工作组|专班)(?:办公室)?$")


def placeless_word(name: str) -> str | None:
    """The word a body printed without its place starts with, its level (区 of 区人民政府办公室, 县
    of 县商务局), or None for a body printed with its place. `name` in simplified form.

    Example:
        >>> placeless_word("中共县委办公室"), placeless_word("区人民政府办公室"), placeless_word("某县商务局")
        ('县', '区', None)
    """
    found = _PLACELESS_WORD.match(name)
    return found.group(1) if found and (PLACELESS_ORGAN.match(name) or PLACELESS_BODY.match(name)) else None


# What a page that lost characters leaves after a body's name: ? for each lost one, and perhaps a
# few characters printed again (某县人民政府办公室?公室, 中共某县委办公室????)
_LOST_TAIL = re.compile(r"\?+([\u4e00-\u9fff]{0,3})$")


def without_lost_tail(text: str) -> str:
    """A body's name alone on its line without what a page that lost characters left after it.

    Example:
        >>> without_lost_tail("某县人民政府办公室?公室"), without_lost_tail("中共某县委办公室????")
        ('某县人民政府办公室', '中共某县委办公室')
        >>> without_lost_tail("加强统筹?协调"), without_lost_tail("某县人民政府?通告")
        ('加强统筹?协调', '某县人民政府?通告')

    Only ? marks, or characters that repeat the name's end, are debris: 通告 after a ? is a word.
    """
    lost = _LOST_TAIL.search(text) if "?" in text else None
    if not lost or not text[:lost.start()].endswith(lost.group(1)):
        return text
    return text[:lost.start()] if is_org_line(text[:lost.start()]) else text


def is_org_line(text: str) -> bool:
    """Whether a line prints nothing but issuing bodies (not a metadata row nor a breadcrumb).

    Example:
        >>> is_org_line("中共某县委办公室  某县人民政府办公室"), is_org_line("发文机关：某县人民政府")
        (True, False)
        >>> is_org_line("某某体育官网入口·(中国)官方网站办公室")
        False
    """
    simple = simplified(text)
    return (bool(ORG_LINE.match(squeeze(simple))) and not _METADATA_LABEL.search(simple)
            and not _ONE_COMPANY.match(squeeze(simple))  # a company's name alone: the site's owner
            and not BREADCRUMB.search(simple)  # 首页 > 政府信息公开 > 政府: a breadcrumb
            and not is_website(simple))


def is_website(name: str) -> bool:
    """A website's name, where a spam mirror put it for the issuer's (某某官网入口·(中国)官方网站办公室):
    no body's."""
    return bool(_WEBSITE.search(simplified(name)))


_WEBSITE = re.compile(r"官网|官方网站|网站入口")  # not 政府网站与政务新媒体管理中心, a body


_GLUED_ORGS = re.compile(r"(?<=办公室|办公厅|辦公室|辦公廳)(?=.)|(?<=.)(?=中共)")


def orgs(text: str) -> list[str]:
    """Issuing bodies printed side by side: "中共高台县委办公室  高台县人民政府办公室", "省委省政府",
    "中共某区委办公室某区人民政府办公室" (glued: cut after 办公室/办公厅 and before 中共).

    Example:
        >>> orgs("省委省政府"), orgs("中共某区委办公室某区人民政府办公室")
        (['省委', '省政府'], ['中共某区委办公室', '某区人民政府办公室'])
    """
    out: list[str] = []
    for piece in _spaced_name_joined(re.split(r"[\s、，,]+", unspaced(text.strip()))):
        for part in (cut for glued in _GLUED_ORGS.split(piece) for cut in _at_places(glued)):
            pair = PARTY_AND_GOVERNMENT.match(part)
            out.extend(pair.groups() if pair else [part] if part else [])
    return out


# A body's last word printed apart from its name (…领导小组 办公室): no body of its own.
_BARE_BODY_WORD = re.compile(r"^(?:办公室|办公厅|领导小组|委员会|指挥部|管委会|工作组)$")


def _spaced_name_joined(pieces: list[str]) -> list[str]:
    """One body's name that the page set apart by spaces (西城区政府信息 与 政务公开 领导小组 办公室):
    a body's last word alone (领导小组, 办公室) joins the name before it, and so does a piece that
    opens with no place or the state when it or the name before it does not end as a body's name
    does (与, 政务公开; 江西省促进 中小企业发展工作领导小组; never 长沙市科协, 云南大学, 锡林郭勒盟行政公署,
    中华人民共和国长沙海关: a name of its own).

    Example:
        >>> _spaced_name_joined(["洪山区政府信息", "与", "政务公开", "领导小组", "办公室"])
        ['洪山区政府信息与政务公开领导小组办公室']
        >>> _spaced_name_joined(["长沙市财政局", "长沙市科协", "云南大学", "中华人民共和国长沙海关"])
        ['长沙市财政局', '长沙市科协', '云南大学', '中华人民共和国长沙海关']
    """
    out: list[str] = []
    for piece in pieces:
        plain = simplified(piece)
        if out and (_BARE_BODY_WORD.match(plain) or not _opens_a_name(plain) and (
                not ENDS_AS_ORG.search(plain) or not ENDS_AS_ORG.search(simplified(out[-1])))):
            out[-1] += piece
        else:
            out.append(piece)
    return out


def _opens_a_name(plain: str) -> bool:
    """Whether a piece of a signature line opens a body's name: with a place, 中共, 中华 or the
    state's words (_CENTRAL_BRANCH)."""
    return plain.startswith(("中共", "中华", *_CENTRAL_BRANCH)) or gazetteer().opens_with_place(plain)


_CENTRAL_BRANCH = ("国家", "中国", "中华人民共和国")
# The word a body's name ends with, when another body's name is glued right after it
_BODY_WORD = re.compile(r"(?:厅|局|委员会|人民政府|政府|管委会)$")


def _at_places(part: str) -> list[str]:
    """Bodies glued one after the other, each naming its place (湖南省科学技术厅湖南省工业和信息化厅,
    广州南沙开发区管理委员会广州市南沙区人民政府): cut where a place name starts right after a body's
    word and what follows is a body's name too.

    Example:
        >>> _at_places("湖南省科学技术厅湖南省工业和信息化厅"), _at_places("国家税务总局岳阳市税务局")
        (['湖南省科学技术厅', '湖南省工业和信息化厅'], ['国家税务总局岳阳市税务局'])
    """
    plain = simplified(part)
    if len(plain) < 8 or not _BODY_WORD.search(plain) or plain.startswith(_CENTRAL_BRANCH):
        return [part]  # most names: one body; 国家税务总局岳阳市税务局 is a central body's local branch
    for offset, _name in gazetteer().scan(plain):
        if offset and _BODY_WORD.search(plain[:offset]) and _BODY_WORD.search(plain[offset:]):
            return [part[:offset], *_at_places(part[offset:])]
    return [part]
