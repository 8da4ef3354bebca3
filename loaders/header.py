"""The document's own fields: 文号, title, issuers, date, addressees, and where the body starts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice

from policy_cascades.loaders.gazetteer import Gazetteer, Region, gazetteer, number_prefix
from policy_cascades.loaders.hant import has_traditional, simplified
from policy_cascades.loaders.metadata import LABEL as METADATA_LABEL
from policy_cascades.loaders.metadata import Metadata, read_metadata
from policy_cascades.loaders.organs import (
    ORG_LINE,
    PARTY_AND_GOVERNMENT,
    PLACELESS_ORGAN,
    SEAL,
    is_org_line,
    orgs,
    without_lost_tail,
)
from policy_cascades.loaders.signature import ADDRESSEES, signature, signing_date
from policy_cascades.loaders.text import (
    double_spaced,
    half_width_digits,
    is_date_line,
    is_plan_title,
    match_marker,
    squeeze,
)
from policy_cascades.loaders.title import (
    BREADCRUMB,
    CHROME_LINE,
    LEAD_IN,
    TITLE_END,
    TITLE_START,
    UI_FRAGMENT,
    Candidate,
    choose,
    clean_title,
    may_start,
    title_length,
    without_province,
    without_validity_tag,
)
from policy_cascades.loaders.units import ENDS_AS_ORG

# 文号: 机关代字〔年份〕序号号, brackets of any width, 第 optional, spaces as printed: a page may
# letter-space the prefix (周 政 字〔2020〕8号) or the digits (〔20 21〕), so the prefix group takes
# the space-separated runs before the bracket and normalise_doc_number keeps those that belong.
_GAP = r"[ \t\u3000]"
_GAPS = re.compile(_GAP)
DOC_NUMBER = re.compile(
    rf"((?:[\u4e00-\u9fff]{{1,10}}{_GAP}{{1,2}}){{0,9}}[\u4e00-\u9fff]{{1,10}})\s*[〔\[［(（【﹝〖{{｛]\s*"
    rf"((?:19|20){_GAP}?\d{_GAP}?\d)\s*[〕\]］)）】﹞〗}}｝]\s*第?\s*(\d(?:{_GAP}?\d){{0,4}})\s*[号號]"
)
# Words of the sentence, the red header or a label that the prefix group may take in (按照国发…, 印发的…,
# …政府文 件 周 政 字…, 发文字号某政办发…): never part of a prefix. 和/及/与 are only cut where they join two 文号
# (…6号和鲁政发…): 和政发 is 和平区's prefix.
_LEADING_WORDS = re.compile(r"^(?:.*?(?:按照|根据|依据|落实|贯彻|印发|转发|参照|执行|的|文件|编号|字号|文号))+")
_JOINING_WORD = re.compile(r"[和及与]")
_AFTER_A_NUMBER = re.compile(r"[号號][\s)）\]］》」]*(?:文件|文)?\s*$")
_RED_HEADER = re.compile(r"^([^\s:：∶|｜•∙]{4,40}?(?:人民政府|政府|委员会|[省市县区州]委|办公室|办公厅))文件$")
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s*")  # a page converted to Markdown: # 关于…的通知
_BULLET = re.compile(r"^[•∙●▪]\s*")  # a bullet of a page's list (•  某市人民政府): no text of the line


@dataclass(frozen=True)
class Header:
    doc_number: str | None
    title: str
    issuers: tuple[str, ...]
    date: str | None
    addressees: tuple[str, ...]
    addressee_line: int | None  # 1-based; the body starts after it
    title_prefix: str = ""  # what the title line printed before 关于: an issuer, or 2022年红谷滩区
    posted: bool = False  # the issuers are only the page's publisher or source (发布机构, 来源)


def normalise_doc_number(match: re.Match[str]) -> str:
    """A 文号 as printed, with brackets 〔〕, half-width digits and no spaces or 第.

    Example:
        >>> normalise_doc_number(DOC_NUMBER.search("（淄金监发[2020]5 号）"))
        '淄金监发〔2020〕5号'
    """
    _, prefix = doc_number_prefix(match)
    suffix = "號" if match.group(0).endswith("號") else "号"  # a 繁体 page keeps its 號
    year, serial = squeeze(match.group(2)), int(squeeze(match.group(3)))
    return f"{prefix}〔{year}〕{serial}{suffix}"


def doc_number_prefix(match: re.Match[str]) -> tuple[int, str]:
    """Where a 文号's issuer prefix starts in the text, and the prefix without its spaces.

    The runs of the prefix group are read from the bracket back: one-character runs in a row are
    a letter-spaced prefix (周 政 字), and a single character at the bracket takes the run before
    it (周政 字); a longer run before a longer one, or before the letter-spaced ones, is the
    sentence's or the page's (通知 周政字, 文 件 周政字). Sentence words the group took in are then cut.

    Example:
        >>> doc_number_prefix(DOC_NUMBER.search("根据 周 政 字〔2020〕8号"))
        (3, '周政字')
    """
    runs = re.split(f"({_GAP}+)", match.group(1))  # run, gap, run, gap, …, run
    first = len(runs) - 1
    while first >= 2 and len(runs[first]) == 1 and (len(runs[first - 2]) == 1 or first == len(runs) - 1):
        first -= 2  # 周 政 字: single characters in a row; 周政 字: one left alone at the bracket
    start = match.start(1) + sum(len(piece) for piece in runs[:first])
    prefix = "".join(runs[first::2])
    cut = _LEADING_WORDS.match(prefix)
    skip = cut.end() if cut and cut.end() < len(prefix) else 0
    for joining in _JOINING_WORD.finditer(prefix, skip):
        before = match.string[:start] + prefix[:joining.start()]
        if joining.end() < len(prefix) and _AFTER_A_NUMBER.search(before):
            skip = joining.end()
    return start + _offset(match.string, start, skip), prefix[skip:]


def _offset(text: str, start: int, skip: int) -> int:
    """How far into the text `skip` characters of a space-free prefix reach."""
    position, seen = start, 0
    while seen < skip:
        seen += not text[position].isspace()
        position += 1
    while skip and position < len(text) and text[position].isspace():
        position += 1
    return position - start


def parse_header(lines: list[str]) -> Header:
    """Read the fields a policy document prints in its header and signature."""
    clean = [without_lost_tail(half_width_digits(SEAL.sub("", _BULLET.sub("", _MARKDOWN_HEADING.sub(
        "", line.strip().replace("\u3000", " ")))))) for line in lines]
    addressee = _addressee_index(clean)
    header_end = addressee if addressee is not None else _body_start(clean)
    meta = _with_box(read_metadata(clean[:_labelled_below(clean, header_end) if addressee is None else header_end]),
                     lines, clean, header_end if addressee is None else None)
    head = [(i, meta.before.get(i, "") if i in meta.lines else text)
            for i, text in _without_ui(clean[:header_end])]
    head = [(i, text) for i, text in head if text and not CHROME_LINE.search(simplified(text))]
    candidates, orgs_above = _candidates(head, 2 if double_spaced(clean) else 1)
    labelled = clean_title(meta.get("title") or "") if meta.get("title") else None
    chosen = choose(candidates, labelled)
    title = chosen.text if chosen else ""
    own = without_province(title)  # 四川省巴中市…方案, the plan's own name 巴中市…方案 printed below it
    title = own if own != title and any(squeeze(line) == own for line in clean[:60]) else title
    # the line the chosen title ends on (a 标题 label's title: where the page prints it too), for a date glued after it
    title_line = next((c.last_line for c in candidates if c.text == chosen.text), None) if chosen else None
    above = orgs_above.get(chosen.line, []) if chosen else []
    prefixed = _orgs_of(chosen)
    signed = signature(clean)
    if above and _offices_of(above, prefixed) and not set(above) & set(signed):
        above = []  # 某县人民政府 atop the page (its portal), 某县人民政府办公室关于… in the title: the office issues
    issuers = above or prefixed
    bare = [] if issuers else [org for k, (_, text) in enumerate(head)
                               if is_org_line(text) and not _banner(head, k) for org in orgs(text)]
    issuers = issuers or bare
    if bare and (_offices_of(bare, signed) or len(signed) > len(bare)):  # (a body named above the title issues it)
        issuers = signed  # 某市人民政府 atop the page, 某市人民政府办公室 under the text: the office signs; or
        # the site's owner on a line of its own, the Party committee and the government signing together
    lone = above or ([] if prefixed else bare)  # a body on a line of its own, not the title's prefix
    if (lone and signed and not _FORWARDS.search(title)
            and all(_body(body).endswith(("政府", "委")) for body in lone)  # a portal is a government's
            and all(_placed_elsewhere(body, office) for body in lone for office in signed)):
        issuers = signed  # 某市人民政府 atop the page (the portal reposting it), 某省人民政府办公厅 signing
        # (not under a title that forwards or issues a named document: the signature may be that document's)
    if issuers and all(PLACELESS_ORGAN.match(i) for i in issuers) and signed:
        issuers = signed  # 区人民政府办公室 in the title, 武汉市汉阳区人民政府办公室 under the text
    if len(signed) > len(issuers) > 0 and set(issuers) <= set(signed):
        issuers = signed  # issued jointly: the title prints the first body, the signature them all
    issuers = issuers or signed or _meta_issuer(meta)
    doc_number = (_doc_number(head, meta, candidates) or _doc_number_under_date(clean)
                  or _spaced_doc_number(clean[:header_end]))
    # a lead above the addressees (one below them is the body's), or among a page's first lines when it prints none
    lead = _lead_issuers(clean[:header_end if addressee is not None else max(header_end, _LEAD_LINES)])
    # the page's publisher, at worst: after a lead that names the issuer (近日,某区人民政府印发… under 发布机构 区府办)
    posted_by = [] if issuers or lead else _publisher_issuer(meta, doc_number) or _source_issuer(meta)
    opening = clean[header_end] if header_end < len(clean) else ""  # a plan's own name opening the body, if any
    own_name = title or (opening if is_plan_title(opening) else "")
    posted_by = [] if any(_placed_elsewhere(body, own_name) for body in posted_by) else posted_by
    issuers = issuers or lead or posted_by
    issuers = _fullest(issuers, [*_red_headers(head), *signed, *_meta_issuer(meta), *_publisher_issuer(meta, doc_number),
                                 *lead])
    issuers = _office_of_lead(issuers, clean[:40])
    return Header(
        doc_number=doc_number,
        title=title,
        issuers=tuple(dict.fromkeys(issuers)),
        date=signing_date(clean, meta, title_line),
        addressees=_split_addressees(clean[addressee]) if addressee is not None else (),
        addressee_line=addressee + 1 if addressee is not None else None,
        title_prefix=re.sub(r"^.*?[:：|]", "", chosen.prefix) if chosen else "",
        posted=bool(posted_by),
    )


_FORWARDS = re.compile(r"转发|批转|《")  # a title that forwards or issues a document it names
# A body's name in English under its Chinese one: the site's banner (The Information Office of …)
_ENGLISH_NAME = re.compile(r"^[A-Za-z][A-Za-z'’.,&() -]{12,}$")


def _banner(head: list[tuple[int, str]], k: int) -> bool:
    """Whether the body's name on head line k is a site's banner, its English name under it
    (某省人民政府新闻办公室 / The Information Office of …), not the document's red header.

    Example:
        >>> _banner([(0, "某省人民政府新闻办公室"), (1, "The Information Office of X Province")], 0)
        True
    """
    return k + 1 < len(head) and bool(_ENGLISH_NAME.match(head[k + 1][1].strip()))


def _offices_of(bodies: list[str], offices: list[str]) -> bool:
    """Whether `offices` (a signature's, or a title's prefix) name the office of each government or
    Party committee a header line names on its own (the portal's name atop the page), one name
    perhaps with its city's before it.

    Example:
        >>> _offices_of(["某市人民政府"], ["某市人民政府办公室"]), _offices_of(["某市人民政府"], ["某市财政局"])
        (True, False)
        >>> _offices_of(["黄浦区人民政府"], ["上海市黄浦区人民政府办公室"])
        True
        >>> _offices_of(["中共某市委", "某市人民政府"], ["中共某市委办公室", "某市人民政府办公室"])
        True
    """
    return bool(offices) and all(
        _body(body).endswith(("政府", "委"))  # a portal is named after a government, never after a 指挥部
        and any(_office_of(body, office) for office in offices) for body in bodies)


def _office_of(body: str, office: str) -> bool:
    """Whether `office` is the 办公室 or 办公厅 of `body`, either perhaps with its city's name before it."""
    name, own = _body(body), _body(office)
    core = next((own[:-len(end)] for end in ("办公室", "办公厅") if own.endswith(end)), "")
    return len(core) >= 3 and (core.endswith(name) or name.endswith(core))


def _red_headers(head: list[tuple[int, str]]) -> list[str]:
    """The bodies a red header prints (鞍山市立山区人民政府文件 -> 鞍山市立山区人民政府)."""
    return [found.group(1) for _, text in head if (found := _RED_HEADER.match(squeeze(text)))
            and not (_META_WORD.search(found.group(1)) and re.search(r"\S\s+\S", text))]  # 生成日期 2019-10-11 分类 行署办公室文件: a row


_META_WORD = re.compile(r"\d|分类|日期|时间|索引|主题|体裁|生成")  # a metadata row's labels, its fields set apart


def _fullest(issuers: list[str], printed: list[str]) -> list[str]:
    """Each issuer under the fullest name the page prints for it: a title line's 立山区人民政府 is
    the red header's 鞍山市立山区人民政府 (the same body, its city's name before it), a title's
    市政府 the 发文机关 line's 无锡市人民政府 (政府 the short form of 人民政府); a name printed in
    繁体 in the title and in simplified form under the text is the signature's.

    Example:
        >>> _fullest(["立山区人民政府", "市政府"], ["鞍山市立山区人民政府", "无锡市人民政府"])
        ['鞍山市立山区人民政府', '无锡市人民政府']
        >>> _fullest(["韶關市人民政府"], ["韶关市人民政府"])
        ['韶关市人民政府']
    """
    return [max((p for p in printed if _body(p).endswith(_body(name))), key=len, default=name)
            for name in issuers]


_PARTY_COMMITTEE = re.compile(r"^中共(.+?)委员会")


def _body(name: str) -> str:
    """A body's name compared: simplified, 人民政府 as 政府 (市政府 is 无锡市人民政府's short form),
    a Party committee as 党委 (自治区党委办公厅 is 中共宁夏回族自治区委员会办公厅's short form), a
    committee as 委 and 发展和改革 as 发展改革 (省发展改革委 is 某省发展和改革委员会's).

    Example:
        >>> _body("中共宁夏回族自治区委员会办公厅"), _body("无锡市人民政府")
        ('宁夏回族自治区党委办公厅', '无锡市政府')
        >>> _body("某省发展和改革委员会")
        '某省发展改革委'
    """
    name = _PARTY_COMMITTEE.sub(r"\1党委", simplified(squeeze(name)).replace("人民政府", "政府"))
    return _COMMITTEE.sub("委", name.replace("发展和改革", "发展改革"))


_COMMITTEE = re.compile(r"委员会(?=$|办公室|办公厅)")


# A news repost's lead names the issuing office the headline shortens: 省政府印发… above
# 近日，省政府办公厅印发…的通知.
_LEAD = re.compile(r"^(?:近日|日前|近期)[，,]\s*((?:省|自治区|市|州|盟|区|县|旗)[\u4e00-\u9fff]{2,12}?"
                   r"(?:办公厅|办公室))(?:印发|下发|出台)")
_SHORT_GOVERNMENT = re.compile(r"^(?:省|自治区|市|州|盟|区|县|旗)政府$")


_ANY_LEAD = re.compile(r"^(?:(?:近日|日前|近期)[，,]\s*(?:\S{2,12}(?:获悉|了解到)[，,]\s*)?(\S{2,40}?)(?:等\d{1,3}个?部门)?"
                       r"(?:已|于)?(?:正式)?"  # 近日，某网了解到，某省人民政府办公厅已正式印发…
                       # a joint issue's first body: (某网获悉，)(2月24日，)某省生态环境厅等7部门联合印发…; a body and the
                       # day it issued: 某市生态环境保护委员会办公室2023年10月9日印发…
                       r"|(?:\S{2,12}获悉[，,])?(?:(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日[，,])?\s*(\S{2,40}?)"
                       r"(?:等\d{1,3}个?部门|于?(?:19|20)\d{2}年\d{1,2}月\d{1,2}日))"
                       r"(?:联合)?(?:印发|下发|出台|发布)")


_LEAD_LINES = 5  # a news page's lead is among its first lines, though its sentence reads as the body's start


def _lead_issuers(head: list[str]) -> list[str]:
    """The bodies a news repost's lead names as issuing the document, when nothing else names
    an issuer (近日，某市人民政府办公室印发《…》; of a joint issue, 某厅等7部门联合印发《…》, the first it names):
    header lines only, never the body's preamble.

    Example:
        >>> _lead_issuers(["某市出台十条措施稳就业", "近日，岳阳市人民政府办公室印发《稳就业若干措施》。"])
        ['岳阳市人民政府办公室']
        >>> _lead_issuers(["日前，中共岳阳市委、岳阳市人民政府印发了《关于发展民营经济的实施意见》。"])
        ['中共岳阳市委', '岳阳市人民政府']
        >>> _lead_issuers(["某网获悉，2月24日，湖南省生态环境厅等7部门联合印发《湖南省噪声污染防治实施方案》。"])
        ['湖南省生态环境厅']
    """
    for text in head:
        lead = _ANY_LEAD.match(simplified(text.strip()))
        group = (1 if lead.group(1) else 2) if lead else 0
        names = re.split(r"[、，,]", text.strip()[lead.start(group):lead.end(group)]) if lead else []
        if names and all(is_org_line(simplified(name)) for name in names):
            return [org for name in names for org in orgs(name)]  # 中共某市委、某市人民政府: two
    return []


def _office_of_lead(issuers: list[str], lines: list[str]) -> list[str]:
    """A headline's short 省政府 as the office the lead names (近日，省政府办公厅印发…).

    Example:
        >>> _office_of_lead(["省政府"], ["省政府印发分解方案", "近日,省政府办公厅印发分解方案的通知。"])
        ['省政府办公厅']
    """
    if len(issuers) != 1 or not _SHORT_GOVERNMENT.match(simplified(issuers[0])):
        return issuers
    for text in lines:
        lead = _LEAD.match(simplified(text.strip()))
        if lead and lead.group(1).startswith(simplified(issuers[0])):
            return [text.strip()[lead.start(1):lead.end(1)]]
    return issuers


def _without_ui(lines: list[str]) -> list[tuple[int, str]]:
    """Header lines with the UI fragments beside a title cut out (【字体：大 中 小】, [打印])."""
    return [(i, UI_FRAGMENT.sub(" ", text).strip() if ("字" in text or "打印" in text or "关闭" in text
                                                      or "分享" in text or "收藏" in text) else text)
            for i, text in enumerate(lines)]


def _candidates(head: list[tuple[int, str]], step: int) -> tuple[list[Candidate], dict[int, list[str]]]:
    """Every printing of a title among the header lines (joined when broken over lines), and
    the issuers printed on their own lines right above each. Lines `step` apart are next to each
    other (2 on a page that double-spaces)."""
    out: list[Candidate] = []
    above: dict[int, list[str]] = {}
    bodies: list[str] = []
    k = 0
    while k < len(head):
        index, text = head[k]
        if is_org_line(text) and not DOC_NUMBER.search(text):
            bodies = [*bodies, *orgs(text)]
            k += 1
            continue
        if _is_stop(text) or not may_start(text):
            if not (DOC_NUMBER.search(text) and len(squeeze(text)) <= 30) and not _RED_WORD.match(text):
                bodies = []
            k += 1
            continue
        joined, j = text, k
        while (not (read := clean_title(joined)).complete or _left_open(joined) and _closed_below(head, j)
               or _ends_below(read.text, head, j)) and j + 1 < len(head) and j - k < 3:
            nxt = head[j + 1][1]
            if (_is_stop(nxt) or is_org_line(nxt) or _RED_HEADER.match(simplified(squeeze(nxt)))
                    or head[j + 1][0] != head[j][0] + 1 and _far(head, j) or _another_title(joined, nxt)):
                break
            if squeeze(nxt).startswith(squeeze(joined)):  # a headline cut short, then the title whole
                index, joined, j = head[j + 1][0], nxt, j + 1
                continue
            joined, j = joined + nxt, j + 1
        more = _continued_by(joined, head, j, step)  # 关于分解落实…政府工作报告 / 主要目标任务的通知
        if more:
            joined, j = joined + "".join(_with_opening(text) for _, text in head[j + 1:j + 1 + more]), j + more
        found = clean_title(joined, index, head[j][0])
        first = k  # a title broken over three lines, its first two opening none: 聊城市深化… / 推动… / 三年行动计划
        while (found.complete and not found.opens_as_title and first > 0 and k - first < 2
               and (first == k or not _opens_whole(joined))  # 镇江市推进… opens whole: no line above it
               and _opens_broken_title(head[first - 1], head[first][0], step, joined)):
            first, joined = first - 1, head[first - 1][1] + joined
            found = clean_title(joined, head[first][0], head[j][0])
        if (found.complete or found.opens_as_title) and not _cited_in_sentence(found.prefix):
            out.append(found)
            above[index] = bodies
        bodies = []
        k = j + 1 if found.complete else k + 1
    return out, above


# A sentence's clause that cites a title (…活力,根据《某省委关于…的意见》; 为贯彻落实某厅关于…的通知): the
# clause before the title opens with a citing word after a sentence's mark, or with 为 or 根据 (a title
# may open with 贯彻落实: 贯彻落实省政府办公厅《关于…》的通知)
_CITING_CLAUSE = re.compile(r"(?:[，,。；;]\s*(?:为了?)?(?:深入|认真)?(?:贯彻|落实|根据|按照|依据|遵照)"
                            r"|(?:^|\s)(?:为了?(?:深入|认真)?(?:贯彻|落实)|(?:根据|按照|依据|遵照)))[^，,。；;：:\s]*$"
                            r"|^\s*[)）]?\s*(?:、|和|及|以及)[^《》]{0,12}《")  # the next title a sentence cites: 、省政府《…》


def _cited_in_sentence(prefix: str) -> bool:
    """Whether the words before a title line's 关于 are a sentence citing it, not an issuer or chrome.

    Example:
        >>> _cited_in_sentence("为加快发展,根据《中共某省委、某省人民政府"), _cited_in_sentence("某市人民政府办公室")
        (True, False)
        >>> _cited_in_sentence("为贯彻落实某省人民政府办公厅"), _cited_in_sentence("贯彻落实某省政府办公厅")
        (True, False)
        >>> _cited_in_sentence("和《某市人民政府办公室"), _cited_in_sentence("、省政府《"), _cited_in_sentence("和平区人民政府")
        (True, True, False)
    """
    return bool(_CITING_CLAUSE.search(simplified(prefix)))


def _left_open(title: str) -> bool:
    """Whether a title leaves a 《 or < open: it goes on over the next line, even after a word that
    ends a title (《关于落实…<冰雪旅游发展行动计划 / (2021-2023年)>的实施方案》的通知).

    Example:
        >>> _left_open("《关于落实某部<某某行动计划"), _left_open("关于印发《某某行动计划》的通知")
        (True, False)
    """
    return any(title.count(opening) > title.count(closing) for opening, closing in _TITLE_MARKS)


_TITLE_MARKS = (("《", "》"), ("<", ">"), ("〈", "〉"))  # the marks a title opens and closes


def _ends_below(title: str, head: list[tuple[int, str]], j: int) -> bool:
    """Whether a 关于 title (as clean_title reads it: its issuer before 关于 cut off) that has not ended as its
    document's kind (…的通知, …的实施方案) goes on over the next line, which ends it so (关于印发…纲要(2015-2020年) /
    12个专项实施方案的通知; 关于开展2023年度防汛应急预案 / 演练活动的实施方案), though its first line ends as a plan's
    name does; not a line of another title (关于, 印发 …) nor a period line that lost its bracket (2020—2022年)的通知).

    Example:
        >>> _ends_below("关于印发某市建设纲要(2015-2020年)", [(0, ""), (1, "12个专项实施方案的通知")], 0)
        True
        >>> _ends_below("关于印发某市建设纲要", [(0, ""), (1, "某市人民政府办公厅关于做好春节安全工作的通知")], 0)
        False
    """
    plain = simplified(squeeze(title))
    below = simplified(squeeze(head[j + 1][1])) if j + 1 < len(head) else ""
    return (plain.startswith("关于") and not _OF_KIND_END.search(plain) and bool(_OF_KIND_END.search(below))
            and not TITLE_START.search(below) and title_length(below) <= 40
            and not re.match(r"(?:19|20)\d{2}", below))


# A title ending as its document's kind after 的 (…的通知, …的实施方案, …情况的报告)
_OF_KIND_END = re.compile("的[^，,。；;的]{0,10}" + TITLE_END.pattern)


def _closed_below(head: list[tuple[int, str]], j: int) -> bool:
    """Whether one of the two lines after head[j] closes a mark opened above it (…>的实施方案》的
    通知: a > or 》 before any < or 《 of its own), not a sentence quoting a title of its own."""
    for _, text in head[j + 1:j + 3]:
        for opening, closing in _TITLE_MARKS:
            close = text.find(closing)
            if close >= 0 and opening not in text[:close]:
                return True
    return False


_NOT_IN_TITLE_LINE = re.compile(r"[，,。；;：:（()）|｜【】\[\]<>]")


def _opens_broken_title(above: tuple[int, str], index: int, step: int, below: str = "") -> bool:
    """The line right above a plan's title that starts it, broken before its end: 苏尼特右旗国民经济
    和社会发展第十四个五年 / 规划和2035年远景目标纲要 — a short line of words alone (no punctuation,
    bracket or cell) as long as a broken line is (a category above a title, 奖励政策, is short),
    neither a title of its own, a body, a date nor an issuer. A blank line may stand between when
    the line below goes on mid-phrase: not when it opens as a whole title does, with a place or a
    year (某县2021年…实施方案 under a column's name, 巩固拓展脱贫攻坚成果专题)."""
    line, text = above
    flat = simplified(squeeze(text))
    if line == index - step and _place_alone(_YEAR.sub("", flat)) and not _opens_whole(below):
        return True  # 某市某区 / 国民经济和社会发展第十四个五年规划…纲要: the place the title names (after its year:
        # 2025年某省 / 全面强化…工作要点), on its own line
    reach = step if _opens_whole(below) else max(step, 2)
    return (index - reach <= line < index and 10 <= len(flat) <= 30 and not _NOT_IN_TITLE_LINE.search(flat)
            and not may_start(text) and not _is_stop(text) and not is_org_line(text)
            and not DOC_NUMBER.search(flat))


_YEAR = re.compile(r"^(?:19|20)\d{2}年")


def _place_alone(flat: str) -> bool:
    """Whether a line is only places' names, one after another (吐鲁番市高昌区, 某省某市).

    Example:
        >>> _place_alone("吐鲁番市高昌区"), _place_alone("高昌区人民政府"), _place_alone("")
        (True, False, False)
    """
    at = 0
    for offset, name in gazetteer().scan(flat):
        if offset != at:
            return False
        at += len(name)
    return 0 < at == len(flat)


def _opens_whole(title: str) -> bool:
    """Whether a title line opens as a whole title does: with a year or a place's name."""
    flat = simplified(squeeze(title))
    return bool(re.match(r"(?:19|20)\d{2}", flat)) or gazetteer().opens_with_place(flat[:12])


_NOTICE_END = re.compile(r"的(?:通知|意见|决定|批复|通告|公告)$")


def _another_title(joined: str, nxt: str) -> bool:
    """A line that opens a title of its own under one cut short (a side box of headlines: 关于揭晓2020年
    第二季度“某市 / 关于公布2020年第一季度某市…): both open with 关于, and no 《 is left open above."""
    first, second = simplified(squeeze(joined)), simplified(squeeze(nxt))
    return first.startswith("关于") and second.startswith("关于") and first.count("《") <= first.count("》")


# A plan's period in brackets on a line of its own under its title: (2018-2020年), （2021—2025年）
# (2018—2020年)的通知 too: the period, then the notice's end; a blank line may stand between them
# (a page may lose its opening bracket: 2019—2021年)的通知)
PERIOD_LINE = re.compile(r"^([（(]\s*)?(?:19|20)\d{2}\s*年?\s*[-—–－~～至到]\s*(?:(?:19|20)\d{2}|\d{2})\s*年?\s*[）)]"
                          r"(?:的(?:通知|意见|决定|批复))?$")


def _with_opening(text: str) -> str:
    """A period line that lost its opening bracket, given it back (2019—2021年)的通知 -> (2019—2021年)的通知).

    Example:
        >>> _with_opening("2019—2021年)的通知"), _with_opening("（2018-2020年）")
        ('(2019—2021年)的通知', '（2018-2020年）')
    """
    m = PERIOD_LINE.match(simplified(squeeze(text)))
    if not m or m.group(1):
        return text
    return ("（" if "）" in text else "(") + text.lstrip()


def _continued_by(title: str, head: list[tuple[int, str]], j: int, step: int) -> int:
    """How many of the lines after head[j] a title that looks complete (…政府工作报告) goes on over:
    one or two that end it as a notice's title does (主要目标任务的通知; 确定的2019年主要目标任务责任 /
    分解方案的通知), or one that joins a second plan to it (及重点任务分工), or the plan's period in
    brackets ((2018-2020年)), else none."""
    below = [simplified(squeeze(text)) for _, text in head[j + 1:j + 3]]
    if below and PERIOD_LINE.match(below[0]) and head[j + 1][0] - head[j][0] <= max(step, 2) \
            and clean_title(title).complete:
        return 1  # 某市生态河湖行动计划 / (2018-2020年): the plan's period on a line of its own
    if (below and below[0][:1] in "及暨和" and len(below[0]) <= 20 and head[j + 1][0] - head[j][0] <= step
            and not _is_stop(head[j + 1][1]) and clean_title(title + head[j + 1][1]).complete):
        return 1  # 某省2020年政务公开工作要点 / 及重点任务分工: a second plan joined to the first (…第十四个五年规划 /
        # 和二〇三五年远景目标纲要: the outline's second half)
    if (not any(_NOTICE_END.search(text) for text in [*below, "".join(below)])
            or _NOTICE_END.search(simplified(squeeze(title))) or not clean_title(title).complete):
        return 0  # (most titles: no notice's end on the two lines below)
    texts: list[str] = []
    for at in range(j + 1, min(j + 3, len(head))):
        nxt = head[at][1]
        if (head[at][0] - head[at - 1][0] > step or _is_stop(nxt) or is_org_line(nxt)
                or TITLE_START.search(simplified(squeeze(nxt)))):
            return 0
        texts.append(nxt)
        flat = simplified(squeeze("".join(texts)))
        if len(flat) > 40:
            return 0
        if _NOTICE_END.search(flat):
            return len(texts)
    return 0


def _far(head: list[tuple[int, str]], j: int) -> bool:
    return head[j + 1][0] - head[j][0] > 3


_RED_WORD = re.compile(r"^文\s*件$")


def _is_stop(text: str) -> bool:
    """A line that never continues a title: a 文号 (not a short title's headline, nor a title's
    last line, with its 文号 beside it), a date, a marker, the addressees, a sentence."""
    flat = simplified(squeeze(text))
    return bool((DOC_NUMBER.search(flat) and len(flat) <= 30 and not TITLE_START.search(flat)
                 and not _ends_title_before_number(flat))
                or is_date_line(flat)
                or match_marker(flat) or ADDRESSEES.match(flat) and not LEAD_IN.search(flat) or "。" in flat
                or _RED_WORD.match(flat) or title_length(flat) > 120)


def _ends_title_before_number(flat: str) -> bool:
    """A title's last line with the 文号 printed after it: …的若干意见 鄂政发〔2018〕26号."""
    found = clean_title(flat)
    return found.complete and found.doc_number is not None


def _orgs_of(chosen: Candidate | None) -> list[str]:
    """The issuers printed before 关于 in the title line: 长沙市人民政府办公厅关于印发…"""
    if chosen is None or not chosen.prefix:
        return []
    prefix = BREADCRUMB.split(re.sub(r"^.*?[:：|]", "", chosen.prefix))[-1].strip()  # after a breadcrumb
    # a whole headline in 《》, a 文号 before it: 成办发〔2019〕31号《某市人民政府办公厅关于…》
    prefix = re.sub(r"^.*[〕\]］)）】﹞]\s*\d{1,4}\s*[号號]", "", prefix).strip().lstrip("《")
    prefix = _TAG.sub("", prefix)  # “党政混合信息公开” 中共某区委办公室 某区人民政府办公室: a category's tag
    if ORG_LINE.match(simplified(prefix)) or PARTY_AND_GOVERNMENT.match(squeeze(simplified(prefix))):
        return orgs(prefix)  # (中共某自治州委 某自治州人民政府: a committee 州委 ends, read here only)
    return [prefix] if _PLACED_DEPARTMENT.match(simplified(prefix)) else []


# A category's tag in quotes or brackets before a headline's issuers
_TAG = re.compile(r"^[“\"「『【\[][^”\"」』】\]]{1,12}[”\"」』】\]]\s*")
# A department with its place before 关于 (湖南省人力资源和社会保障厅关于…): the issuer.
_PLACED_DEPARTMENT = re.compile(r"^[\u4e00-\u9fff]{1,10}(?:省|自治区|市|州|盟|县|区|旗)[\u4e00-\u9fff]{2,16}(?:局|厅)$")


# A 来源 line naming a body with its place (来源:辽阳市市场监管局, 某某经济技术开发区管理委员会): the
# issuer of last resort, when neither the header, the signature nor a 发文机关 line prints one. A
# placeless body (市财政局), a site or a newspaper is no such clue.
_SOURCE_BODY = re.compile(r"^[\u4e00-\u9fff]{1,12}[省市县区州盟旗][\u4e00-\u9fff]{0,12}(?:局|委|厅|办公室|人民政府)$"
                          r"|^[\u4e00-\u9fff]{2,16}(?:开发区|高新区|新区|园区|试验区|示范区)(?:管理委员会|管委会)$")


def _source_issuer(meta: Metadata) -> list[str]:
    """The bodies of a 来源 line when it names bodies with their place, one or several side by
    side (来源：合肥市经信局、合肥市财政局); the first word only when more follows (a date, a site).

    Example:
        >>> _source_issuer(Metadata({"source": "合肥市经信局、合肥市财政局"}))
        ['合肥市经信局', '合肥市财政局']
        >>> _source_issuer(Metadata({"source": "市财政局"})), _source_issuer(Metadata({"source": "人民网"}))
        ([], [])
        >>> _source_issuer(Metadata({"source": "某县人民政府办公室2017-03-28 09:16:05"}))
        ['某县人民政府办公室']
    """
    value = _GLUED_DATE.sub(" ", meta.get("source") or "").split()
    bodies = re.split(r"[、,，]", value[0]) if value else []
    return bodies if bodies and all(_placed_source(body) for body in bodies) else []


# A posting date glued to the source's name (来源:某县人民政府办公室2017-03-28 09:16:05)
_GLUED_DATE = re.compile(r"(?<=[\u4e00-\u9fff])(?=(?:19|20)\d\d[-年./]\d{1,2}[-月./]\d{1,2})")  # not 2021年第3期


def _placed_elsewhere(body: str, name: str) -> bool:
    """Whether a page's publisher or source names a body of another place than the one the document's own
    name opens with (湖南省…行动方案 posted by 来源:临澧县人民政府, 临澧县…方案 by 常德市农业农村局): the
    site that posted it, not its issuer.

    Example:
        >>> _placed_elsewhere("临澧县人民政府", "湖南省优化营商环境三年行动方案")
        True
        >>> _placed_elsewhere("临澧县农业农村局", "临澧县推进乡村振兴战略实施方案"), _placed_elsewhere("某县人民政府", "关于…")
        (False, False)
        >>> _placed_elsewhere("鄞州区人民政府", "宁波市鄞州区推进农村生活污水治理三年行动方案")
        False
    """
    places = gazetteer()
    own, found = _opening_places(simplified(squeeze(name)), places), _opening_places(simplified(body), places)
    if not own or not found:
        return False
    return not {r.key for r in own} & {r.key for r in found}


def _opening_places(text: str, places: Gazetteer) -> tuple[Region, ...]:
    """The most particular place of the run of places a name opens with (宁波市鄞州区… -> 鄞州区, 常德市临澧县农业
    农村局 -> 临澧县); () when it opens with none."""
    found: tuple[Region, ...] = ()
    end = 0
    for start, name in places.scan(text):
        regions = tuple(r for r in places.candidates(name) if r.key != "中国")
        if start != end or not regions:
            break
        found, end = regions, start + len(name)
    return found


def _placed_source(body: str) -> bool:
    plain = simplified(body)  # a 繁体 mirror's 某某開發區管理委員會 too
    return bool(_SOURCE_BODY.match(plain)) and not PLACELESS_ORGAN.match(plain) \
        and not plain.startswith(("省", "市", "县", "区"))


# A 发布机构 line naming one body (发布机构：某某县综合行政执法局, or placeless 市人社局, completed with
# the document's place later): the issuer when no header, signature or 发文机关 line prints one.
_PUBLISHER_BODY = re.compile(r"^[\u4e00-\u9fff]{1,20}(?:局|委|厅|办公室|人民政府|委员会|管委会|管理委员会)$")


def _publisher_issuer(meta: Metadata, doc_number: str | None) -> list[str]:
    """The body a 发布机构 line names, when it is a body's name; the short form of a government's office
    (姜堰区政府办) named in full (姜堰区人民政府办公室) when the 文号 is its office's (泰姜政办): a portal
    lists the office as the publisher of the government's own documents too; 某县人民政府(办公室) is the office
    then, or when no 文号 is printed, the government when the 文号 is the government's own (某政〔2023〕1号),
    else neither (a 县委办's or a 安委办's number: 某办发, 某安委办).

    Example:
        >>> _publisher_issuer({"publisher": "黟县人民政府(办公室)"}, "黟安委办〔2022〕8号")
        []
        >>> _publisher_issuer({"publisher": "某省人民政府(办公厅)"}, "某政办发〔2022〕8号")
        ['某省人民政府办公厅']
        >>> _publisher_issuer({"publisher": "某某区政府(办公室)"}, None)
        ['某某区人民政府办公室']
        >>> _publisher_issuer({"publisher": "区府办"}, None)
        ['区人民政府办公室']
    """
    value = (meta.get("publisher") or "").split()
    prefix = simplified(number_prefix(doc_number)) if doc_number else ""
    office = bool(re.search("[政府]办", prefix))  # a government office's 文号 (某政办发, 某府办)
    short = _SHORT_OFFICE.match(simplified(value[0])) if value else None  # 區府辦 too
    if short:  # with no 文号, the office, as for 某县人民政府(办公室) below
        return [short.group(1) + "人民政府办公室"] if office or not doc_number else []
    both = _GOVERNMENT_OR_OFFICE.match(simplified(value[0])) if value else None
    if both:  # 某县人民政府(办公室): the government or its office (the bracket's word as printed), as the 文号 tells;
        # with no 文号, the office (a portal's task splits and progress reports, published by the office)
        own = bool(re.search("[政府]", prefix))  # the government's or its office's 文号, not another body's
        government = value[0][:both.end(1)] + "人民政府"
        return [government + (value[0][both.end(2) + 1:-1] if office or not doc_number else "")] \
            if own or not doc_number else []
    plate = _SECOND_PLATE.match(simplified(value[0])) if value else None
    if plate and _PUBLISHER_BODY.match(plate.group(1)) and _PUBLISHER_BODY.match(plate.group(2)):
        return [value[0][:plate.end(1)]]  # 某市农业农村局(某市乡村振兴局): one body under two names, the first its own
    return value[:1] if value and _PUBLISHER_BODY.match(simplified(value[0])) else []


# A body named with the second name it also bears in brackets (两块牌子): 某市农业农村局(某市乡村振兴局)
_SECOND_PLATE = re.compile(r"^([^（）()]{2,20})[（(]([^（）()]{2,20})[）)]$")
_SHORT_OFFICE = re.compile(r"^([\u4e00-\u9fff]{0,12}[区县市旗州盟])政?府办$")  # 姜堰区政府办, 区府办
# A portal's publisher naming a government and its office at once: 某县人民政府(办公室)
_GOVERNMENT_OR_OFFICE = re.compile(r"^([\u4e00-\u9fff]{1,12}?)(人民政府|政府)[（(]办公[室厅][）)]$")


def _meta_issuer(meta: Metadata) -> list[str]:
    """The bodies of a 发文机关 line, one or several (中共某区委办公室、某区人民政府办公室)."""
    found = orgs(meta.get("issuer") or "")
    return found if found and all(is_org_line(name) for name in found) else []


def _doc_number(head: list[tuple[int, str]], meta: Metadata, candidates: list[Candidate]) -> str | None:
    doc_number = None
    for _, text in head:
        number = DOC_NUMBER.search(text)
        if number and len(squeeze(text)) <= 30 and not text.startswith("关于"):
            doc_number = normalise_doc_number(number)
    if doc_number is None:
        for value in (meta.get("doc_number"), *(c.doc_number for c in candidates)):
            number = DOC_NUMBER.search(value or "")
            if number:
                return normalise_doc_number(number)
    if doc_number is None:
        for k, (_, text) in enumerate(head):
            if k == 0:  # ★某政发〔2020〕4号 关于…: a site's list mark before the page's headline (not a list's below it)
                text = text.strip().lstrip(_BULLETS)
            leading = _NUMBER_BEFORE_TITLE.match(squeeze(text))
            number = DOC_NUMBER.fullmatch(leading.group(1)) if leading and may_start(leading.group(2)) else None
            if number:
                return normalise_doc_number(number)
            headline_number = _leading_a_headline(without_validity_tag(text.strip()),  # (失效)某政办发〔2020〕2号…
                                                  any("转发" in c.text for c in candidates))
            if headline_number:
                return headline_number
            outside = _HAO_OUTSIDE.match(squeeze(text))
            number = DOC_NUMBER.fullmatch(outside.group(1) + outside.group(2)) if outside else None
            if number:
                return normalise_doc_number(number)
            glued = _GLUED_DOC_NUMBER.match(squeeze(text))
            closed = re.search(r"[〕\]］)）】﹞]", text)  # a closing bracket printed, its 〔 lost
            if (glued and glued.group(3) and simplified(glued.group(1))[-1] not in _NUMBER_KIND
                    and (closed or not _department_prefix(simplified(glued.group(1))))):
                glued = None  # 截至2021）3: no 文号 with a bracket but not its 〔 unless a kind word (发, 函 …) ends its
                # prefix; with no bracket at all a department's short prefix does (某民202164), not 第四季度20213
            if glued and glued.group(3) and not closed and _dated(text, glued.group(4)):
                glued = None  # 某县政府办 20230308: a source and a posting date, not a 文号 that lost its brackets
            if glued:
                hao = "號" if has_traditional(glued.group(1)) else "号"  # a 繁体 page's 文号 ends in 號
                return f"{glued.group(1)}〔{glued.group(2) or glued.group(3)}〕{int(glued.group(4))}{hao}"
    return doc_number


def _leading_a_headline(text: str, forwarding: bool = False) -> str | None:
    """The 文号 of a headline led by it, glued to the title (某政办发[2020]35号某市…的通知): its prefix
    unspaced, the rest a whole title; on a page whose notice forwards a document, with an issuer
    before 关于, a notice's title (not 某省政办发〔2021〕12号某省人民政府办公厅关于…的实施意见: the
    document forwarded).

    Example:
        >>> _leading_a_headline("凌政办发[2020]35号凌海市推进义务教育均衡发展实施细则的通知")
        '凌政办发〔2020〕35号'
        >>> _leading_a_headline("晋政办发〔2021〕5号关于推进人居环境整治的实施意见印发以来,各地积极推进") is None
        True
    """
    number = DOC_NUMBER.match(text)
    if not number or _GAPS.search(number.group(1)) or not may_start(text[number.end():]):
        return None
    titled = clean_title(text[number.end():])
    if titled.complete and (not (titled.prefix and forwarding) or _NOTICE_END.search(simplified(titled.text))):
        return normalise_doc_number(number)
    return None


def _dated(text: str, serial: str) -> bool:
    """Whether a bracketless 文号's year and serial read rather as a date: spaced from its prefix,
    or a serial of four digits that is a month and a day (20230308), or one that opens with 0."""
    return bool(_GAPS.search(text.strip())) or serial.startswith("0") or (
        len(serial) == 4 and 1 <= int(serial[:2]) <= 12 and 1 <= int(serial[2:]) <= 31)


def _spaced_doc_number(lines: list[str]) -> str | None:
    """A 文号 standing apart between spaces on a long line above the addressees (a headline that
    joins the issuer, the 文号 and the title, or the page's chrome before them: 某市人民政府
    某政函〔2020〕32号 某市人民政府 关于印发…的通知).

    Example:
        >>> _spaced_doc_number(["某市人民政府 某政函〔2020〕32号 某市人民政府 关于印发措施的通知"])
        '某政函〔2020〕32号'
        >>> _spaced_doc_number(["某区委员会文件 某健促〔2019〕2 号 某区委员会 关于印发《某区"])
        '某健促〔2019〕2号'
        >>> _spaced_doc_number(["某县人民政府办公室关于印发某县贯彻落实 鄂政办发〔2021〕12 号 文件实施方案的通知"]) is None
        True
    """
    for text in lines:
        opening = TITLE_START.search(simplified(text))  # a 文号 between 关于/印发 and the title's end is a cited one
        for number in DOC_NUMBER.finditer(text):
            start, _ = doc_number_prefix(number)  # (its serial may be spaced from its 号: 〔2019〕2 号)
            if ((start == 0 or text[start - 1].isspace() or _NUMBER_LABEL.search(text, 0, start))
                    and text[number.end():number.end() + 1].strip() == ""
                    and not (opening and opening.start() < start
                             and not _TITLE_CLOSED.search(simplified(text[opening.start():start])))
                    and not _CITED_AROUND.search(simplified(text[:start]).rstrip() + "|" + text[number.end():].lstrip())):
                return normalise_doc_number(number)
    return None


# A 文号's label glued before it, apart from the rest of the line (… 发文字号某政办发〔2025〕13 号)
_NUMBER_LABEL = re.compile(r"(?:^|\s)(?:发文字号|文件编号|发文编号|文号|编号|字号)$")
# A title's end before a 文号 on the line (…的通知 某政发〔2020〕3号): the 文号 is not inside the title
_TITLE_CLOSED = re.compile(r"的(?:通知|意见|决定|批复|通报|函)|(?:方案|办法|规划|计划|要点|措施|细则|规定|规则|纲要)》?(?:\s|$)")
# The words around a cited 文号: 根据 / 落实 / 转发 before it, 文件 / 精神 / 要求 after it
_CITED_AROUND = re.compile(r"(?:根据|依据|按照|落实|贯彻|转发|执行|参照|对照)\|"
                           r"|\|(?:文件|精神|要求|规定|的通知|的意见)")


# A 文号 alone on its line that lost its 〕 and 号 with the page's rich text (南兴府办函〔202058),
# its 号 only (岳政办发〔2020〕5), its 〔 and 号 (皖人社發2021〕10) or both brackets and 号 (某办202211)
_GLUED_DOC_NUMBER = re.compile(r"^([\u4e00-\u9fff]{2,10})(?:[〔\[［(（【﹝]((?:19|20)\d{2})[〕\]］)）】﹞]?"
                               r"|((?:19|20)\d{2})[〕\]］)）】﹞]?)(\d{1,4})$")
_NUMBER_KIND = "发办函字规令通"  # the word a 文号's prefix ends with (皖人社发, 某政办, 某政函 …)
# The word a department's 文号 prefix may end with when no kind word follows it (浙民: 民政厅, 某财, 某教, 某卫 …)
_DEPARTMENT_WORD = "政民财教卫环农商工科建交水林文体社医审统税监信安法急委府"
# Words of a page's chrome or of a sentence that may stand before digits: 第四季度20213, 办公电话20123456, 公告202315
_NOT_A_PREFIX = re.compile("季度|电话|邮编|公告|公报|阅读|浏览|点击|编号|第|年")


def _department_prefix(prefix: str) -> bool:
    """Whether a 文号's prefix that lost its kind word (发, 函 …) reads as a department's or a government's
    own (某民, 某县政务公开): short, ending with a department's word or naming a government, no chrome's
    word in it.

    Example:
        >>> _department_prefix("浙民"), _department_prefix("中县政务公开"), _department_prefix("第四季度")
        (True, True, False)
    """
    return (len(prefix) <= 6 and (prefix[-1] in _DEPARTMENT_WORD or "政" in prefix)
            and not _NOT_A_PREFIX.search(prefix))


_BULLETS = "★☆●○◆◇■□▲△▶►•·※"  # a site's list marks
# A 文号 in brackets before the headline's issuer and title: (某政办〔2019〕1号)区人民政府办公室关于…
_NUMBER_BEFORE_TITLE = re.compile(r"^[（(]([^（()）]{4,30}?[号號])[）)](.{6,})$")
# A 文号 on its own line whose 号 fell after its bracket: (某乡振通〔2022〕21)号
_HAO_OUTSIDE = re.compile(r"^[（(]([^（()）]{4,30}?\d)[）)]([号號])$")
# A 文号 printed in brackets under the signing date, alone on its line: （岳政办发〔2020〕5号）
_NUMBER_UNDER_DATE = re.compile(r"^[（(]\s*(.{2,30}?[号號])\s*[）)]$")


def _doc_number_under_date(lines: list[str]) -> str | None:
    """A 文号 printed in brackets on one of the three lines under the first signing date.

    Example:
        >>> _doc_number_under_date(["…", "某县人民政府", "2020年5月8日", "（某政发〔2020〕5号）"])
        '某政发〔2020〕5号'
    """
    for index, text in enumerate(lines):
        if is_date_line(text):
            for below in lines[index + 1:index + 4]:
                bracketed = _NUMBER_UNDER_DATE.match(below.strip())
                number = DOC_NUMBER.fullmatch(bracketed.group(1)) if bracketed else None
                if number:
                    return normalise_doc_number(number)
            return None
    return None


HEAD_LINES = 40  # how far down a page its header may reach, in lines of more than a word (_reach)


def _reach(lines: list[str]) -> int:
    """The end of the first HEAD_LINES lines of more than four characters: a page's header sits in
    them, however many one-word lines of chrome come first (an accessibility toolbar: 拼音 / 读屏 /
    放大 / 缩小 …, one word a line).

    Example:
        >>> _reach(["拼音", "读屏"] * 30 + ["某市人民政府办公室关于印发方案的通知"] * 50) == 60 + HEAD_LINES
        True
    """
    seen = 0
    for index, text in enumerate(lines):
        seen += len(text.strip()) > 4
        if seen == HEAD_LINES:
            return index + 1
    return len(lines)


def _addressee_index(lines: list[str]) -> int | None:
    """The line of the addressees (各县（市、区）人民政府，市政府各部门：), in the header's reach; past
    the first HEAD_LINES lines, not below a numbered heading (a body's 责任单位如下： under 三、); never
    a numbered line itself (an article's lead-in 第四条 各级党委和政府的责任包括：)."""
    reach = _addressee_window(lines)
    for index, text in enumerate(lines[:reach]):
        simple = simplified(text)
        if (ADDRESSEES.match(simple) and ("各" in simple or "部门" in simple or "单位" in simple)
                and not _BODY_LABEL.match(squeeze(simple)) and not _metadata_row(simple) and _names_bodies(simple)
                and not match_marker(simple)):
            return index
    for index, text in enumerate(lines[:reach]):  # the addressees' colon lost in print
        if _BARE_ADDRESSEES.match(simplified(squeeze(text))):
            return index
    return None


def _names_bodies(text: str) -> bool:
    """Whether a line ending on a colon names bodies: its last name (after 、，和 …, brackets aside) ends as a
    body's does (…各部门, 有关单位（部门）, …和企业, 各盟行政公署) — not a portal's label that happens to hold 部门
    (部门解读： over the interpretation's link, 部门解读、专家解读：).

    Example:
        >>> [_names_bodies(t) for t in ("有关部门和单位：", "区政府各部门：", "有关部门（单位）：", "有关部门和企业：")]
        [True, True, True, True]
        >>> [_names_bodies(t) for t in ("部门解读：", "单位简介：", "部门解读、专家解读：")]
        [False, False, False]
    """
    flat = re.sub(r"[（(][^（）()]*[）)]|[^\u4e00-\u9fff]+$", "", squeeze(text).rstrip("：:"))  # (and marks: 机构@@)
    last = re.split(r"[、，,；;和及与]", flat)[-1]
    return bool(ENDS_AS_ORG.search(last) or _ADDRESSED_END.search(last))


# What else addressees end on besides a body's name: 各大企业, 有关个人, 各高等院校, 各盟行政公署, 各人民团体
_ADDRESSED_END = re.compile(r"(?:企业|个人|群众|居民|校|院|公署|团体|组织|村|社区|园)$")  # (院校, 高校, 工业园)


def _addressee_window(lines: list[str]) -> int:
    """The lines the addressees may stand in: the header's reach, but past the first HEAD_LINES lines not
    below a numbered heading that follows a title (the body's 三、… / …如下：; a sidebar's numbered news
    above the title is no body)."""
    reach, titled = _reach(lines), False
    for index in range(reach):
        if index >= HEAD_LINES and titled and match_marker(lines[index]):
            return index
        titled = titled or is_plan_title(lines[index]) or bool(_TITLE_LIKE.search(lines[index]))
    return reach


_TITLE_LIKE = re.compile(r"关于.{2,60}的(?:通知|意见|决定|方案|函)")


def _metadata_row(text: str) -> bool:
    """A line of metadata pairs ending on an empty label (信息分类:… 公开方式:主动公开 … 责任部门:): no
    addressees, though it ends with a colon after 部门."""
    return sum(1 for _ in islice(METADATA_LABEL.finditer(text), 2)) >= 2


# A metadata label alone on its line, its value on the next (• 发布单位: / 县政府办, - 发文单位: / - 某县…,
# 责任部门: / 市人民政府办公室): no addressees
_BODY_LABEL = re.compile(r"^(?:-\s*)?(?:发布|发文|制发|制定|主办|承办|公开|来源|责任)(?:单位|机构|机关|部门)[:：]$")
# 各镇人民政府，各街道办事处，区政府各部门 — a list of bodies opening with 各, without its colon.
_BARE_ADDRESSEES = re.compile(r"^各[^。：:；;]{1,30}(?:政府|部门|单位|办事处|管委会|机构)"
                              r"(?:[，,、][^。：:；;]{2,40}(?:政府|部门|单位|办事处|管委会|机构))+$")


# A preamble's opening words (为深入贯彻…, 根据…): a long line opening so, on a page that lost its
# punctuation (no 。 to tell a sentence, no comma either), is the body.
_PREAMBLE = re.compile(r"^(?:为|根据|按照|依据)")
_PUNCTUATION = re.compile(r"[，,。；;：:、]")  # a news lead (为…，省政府近日印发…) keeps its commas


def _labelled_below(clean: list[str], start: int) -> int:
    """Where the header's metadata ends when the body opens with the plan's own name (a plan printed
    without a covering notice): past the page's labelled lines right under that name (发布时间 … 来源:某县人民政府),
    blank lines between or not; `start` when none follows.

    Example:
        >>> _labelled_below(["某县气象发展实施方案", "", "2023-10-11 来源:某县人民政府 访问量:", "为深入贯彻…"], 0)
        3
        >>> _labelled_below(["某县气象发展实施方案", "一、总体要求"], 0)
        0
    """
    if start >= len(clean) or not is_plan_title(clean[start]):
        return start
    end = start
    for index in range(start + 1, min(start + 6, len(clean))):
        if not clean[index].strip():
            continue
        if not read_metadata([clean[index]]).values:
            break
        end = index + 1
    return end


def _with_box(meta: Metadata, lines: list[str], clean: list[str], opening: int | None) -> Metadata:
    """The header's metadata, and an encyclopedia entry's box printed between the plan's name that
    opens the page and its body (the name, an abstract of a sentence or of paragraphs above the box, then
    • 发布单位:… lines): the issuer, 文号 and
    signing date the box gives, where the header has none of its own. Only a box whose every labelled
    line is a bullet's, and only those fields: a repost's 信息来源 / 发布时间 line under a headline is
    the page's, not the document's.

    Example:
        >>> lines = ["某市加快数字政府建设实施方案", "某市人民政府办公室印发。", "• 发布单位:某市人民政府办公室",
        ...          "一、指导思想"]
        >>> _with_box(Metadata(), lines, lines, 0).values
        {'publisher': '某市人民政府办公室'}
        >>> lines[2] = "信息来源:某县人民政府办公室  发布时间:2024-05-06"
        >>> _with_box(Metadata(), lines, lines, 0).values
        {}
    """
    if opening is not None and opening < len(clean) and not _entry_name(clean[opening]):
        above = [i for i in range(max(0, opening - 3), opening) if clean[i].strip()]  # the body opens with the
        opening = above[-1] if above and _entry_name(clean[above[-1]]) else None  # abstract, the name above it
    if opening is None or opening >= len(clean) or not _entry_name(clean[opening]):
        return meta
    after = clean[opening + 1:]
    filled = [i for i, text in enumerate(after) if text.strip()][:_ABSTRACT + 1]
    first = next((i for i in filled if _BOX_BULLET.match(lines[opening + 1 + i].strip())), 0)  # printed, bullet kept
    skip = first if first and not any(match_marker(text) for text in after[:first]) else 0  # the abstract above
    after = after[skip:]
    box = read_metadata(after[:_body_start(after)])
    if (not box.lines or not all(_BOX_BULLET.match(lines[opening + 1 + skip + i].strip()) for i in box.lines)
            or "published" in box.values or "source" in box.values):
        return meta  # not a box of bullets, or a page's 发布时间 / 来源 lines: the repost's, not the document's
    values = {name: value for name, value in box.values.items() if name in _BOX_FIELDS}
    return Metadata({**values, **meta.values}, meta.lines, meta.before) if values else meta


def _entry_name(text: str) -> bool:
    """An encyclopedia entry's name: a plan's title, or a title's last word (…工作計畫, …实施意见)."""
    return is_plan_title(text) or bool(TITLE_END.search(simplified(squeeze(text))))


_BOX_FIELDS = ("publisher", "issuer", "doc_number", "signed")
_ABSTRACT = 4  # lines between an entry's name and its box: an abstract of a paragraph or two, a 基本介绍 label
_BOX_BULLET = re.compile(r"^[•∙●▪·\-]\s*")


def _body_start(lines: list[str]) -> int:
    reach = _reach(lines)
    for index, text in enumerate(lines[:reach]):
        if (match_marker(text) or is_plan_title(text) and not _issued_plan_headline(text)
                or (len(text) > 60 and "。" in text)
                or (len(text) > 40 and _PREAMBLE.match(text) and not _PUNCTUATION.search(text))):
            return index
    return reach  # no body in sight: the head is chrome, metadata and title


_BEFORE_ABOUT = re.compile(r"^(\S.{1,30}?)\s*关于")


def _issued_plan_headline(text: str) -> bool:
    """A plan's title printed after the body issuing it (某县文旅广电局 关于落实…的实施方案): the
    document's own headline, in the header, not an attached plan's title opening the body."""
    m = _BEFORE_ABOUT.match(text)
    return m is not None and is_org_line(m.group(1).strip())


def _split_addressees(text: str) -> tuple[str, ...]:
    parts = re.split(r"[，,、；;]", text.rstrip("：:"))
    return tuple(p.strip() for p in parts if p.strip())
