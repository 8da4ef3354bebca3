"""Which region issued a document, from every clue its text gives, weighed together.

Clues, strongest first: the issuers printed in the header, a red header (XX人民政府文件), the
signature block and a 发文机关 line (tier 1); the places the title names, a 发布机构 line and
the 统一社会信用代码 in an 索引号 (tier 2); the 文号 prefix, a 来源 line and the places the
body names most (tier 3); last, when nothing names a county, the towns the text names
(loaders/towns.py). The candidates come from the strongest tier that names a place
(of the level an issuer printed without its place implies, and named with its word:
区人民政府办公室 -> a county whose name ends in 区); each
candidate scores the weight of every clue that names it or one of its parents; the highest
wins. Two candidates that tie are left open with a warning, never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from itertools import pairwise

from policy_cascades.loaders.gazetteer import (
    LEVEL_RANK,
    NATIONAL_PREFIXES,
    Gazetteer,
    Region,
    gazetteer,
    number_prefix,
)
from policy_cascades.loaders.hant import has_traditional, simplified, traditional
from policy_cascades.loaders.organs import PLACELESS_BODY, SEAL, placeless_word
from policy_cascades.loaders.placenames import ZONE_WORDS, zone_name, zone_word
from policy_cascades.loaders.text import (
    CITING_WORDS,
    PLAN_WORD,
    half_width_digits,
    is_date_line,
    unspaced,
)
from policy_cascades.loaders.title import BREADCRUMB
from policy_cascades.loaders.towns import towns
from policy_cascades.loaders.units import ENDS_AS_ORG

_ORGAN = re.compile(r"(人民政府|政府|委员会|党委|[省市县区州旗]委|办公室|办公厅|指挥部|管委会|局|厅)")
_RED_HEADER = re.compile(r"^(.{2,40}?)\s*文\s*件$")
_LABELLED = re.compile(r"[:：∶|｜•∙]")  # a metadata value (所属类目: …文件), not a red header
_META = re.compile(r"(发文机关|发文单位|制定机关|发布机构|发布单位|信息来源|来源|索引号)\s*"
                   r"[:：∶】|]*\s*([^\s:：|∙•【]{2,40})")
_META_WEIGHT = {"发文机关": (1, 4.0), "发文单位": (1, 4.0), "制定机关": (1, 4.0), "发布机构": (2, 3.0),
                "发布单位": (2, 3.0), "信息来源": (3, 1.0), "来源": (3, 1.0)}
_BEFORE_TITLE = re.compile(
    rf"^(?:[^:：|]{{0,6}}[:：|]+)?(?!为|{CITING_WORDS})([\u4e00-\u9fff]{{0,30}}?(?:人民政府办公室|人民政府办公厅|人民政府|"
    r"政府办公室|政府办公厅|委员会|办公室|办公厅))关于"
)  # 标题: 亳州市谯城区人民政府办公室关于印发…的通知 (not 为贯彻落实某某办公厅关于…, a cited one)
# A portal's name and address atop its page (某县人民政府 www.…, 某市政府门户网站 http://…): whose
# site posts the document: a weak clue, as a 文号 prefix is.
_PORTAL = re.compile(r"^\s*(?:[-•∙·]\s*)?([\u4e00-\u9fff]{2,20}?(?:人民政府|政府))(?:门户网站|网站|网)?\s+(?:https?://|www\.)")
_CREDIT_CODE = re.compile(r"(?<![0-9A-Z])1[1-9](\d{6})[0-9A-Z]{10}(?![0-9A-Z])")
_ZONE_WORDS = tuple(word for word, _ in ZONE_WORDS)
# An issuer printed without its place: the word it starts with gives the level.
_PLACELESS = re.compile(r"^(?:中共)?(省|自治区|市|州|盟|区|县|旗)(?:人民政府|政府|委|党委)")
_LEVELS_OF_WORD = {"省": ("provincial",), "自治区": ("provincial",), "州": ("municipal",),
                   "盟": ("municipal",), "市": ("municipal", "county", "provincial"), "区": ("county",),
                   "县": ("county",), "旗": ("county",)}  # 市: a prefecture, a 县级市 or 北京市


@dataclass(frozen=True)
class Clue:
    """A piece of evidence: the regions a line names (several when the name is ambiguous)."""

    kind: str
    tier: int
    weight: float
    regions: tuple[Region, ...]
    line: int | None = None


@dataclass(frozen=True)
class Placed:
    """The answer: a region, or None and why; the level may be known without the region."""

    region: Region | None
    level: str | None
    doubt: str | None = None  # a warning's message
    tied: tuple[Region, ...] = ()  # the candidates the clues fit equally, when left open


def locate(lines: list[str], issuers: tuple[str, ...], title: str, doc_number: str | None,
           places: Gazetteer, units_level: str | None = None,
           addressee_line: int | None = None, posted: bool = False) -> Placed:
    """Weigh every clue the text gives and place the document.

    Example:
        >>> g = gazetteer()
        >>> locate(["周村区人民政府", "关于…的通知"], ("周村区人民政府",), "关于…的通知",
        ...        "周政字〔2020〕8号", g).region.key
        '周村区'
    """
    if _national(() if posted else issuers, doc_number, places):  # a reposting page's publisher is no issuer
        return Placed(places.regions["中国"], "national")
    organs = _organs(lines, issuers)
    word = _placeless_word(organs)
    levels = _LEVELS_OF_WORD.get(word, ())
    clues = list(_clues(lines, organs, title, doc_number, places, addressee_line))
    if addressee_line is not None and 0 < addressee_line <= len(lines):
        units_level = units_level or _addressed_level(lines[addressee_line - 1])
    placed = _resolve(clues, word, places)
    placed = _own_name_below(placed, clues, places, lines)
    placed = _shared_name_by_own_level(placed, lines, clues, places)
    placed = _issuers_own(placed, organs, places)
    placed = _by_publisher_below(placed, clues, places, units_level)
    if placed.region is None and placed.tied:
        placed = _by_own_level(placed, lines, clues, places, units_level, word) or placed
    if placed.region is None and placed.tied and addressee_line is not None and 0 < addressee_line <= len(lines):
        placed = _by_addressed_districts(placed, lines[addressee_line - 1], places) or placed
    if doc_number and placed.region is not None:
        placed = _reposted(placed, clues, doc_number, places, levels)
    if doc_number and placed.region is not None and _weakest(clues, placed.region):
        placed = _below_by_prefix(placed, doc_number, places, word)
    if units_level and not levels and placed.region is not None \
            and _weakest(clues, placed.region) and not _fits_level(placed.region, units_level):
        placed = _at_level(placed.region, units_level, places)
    placed = _below_own_level(placed, lines, clues, places, levels)
    if placed.region is None and placed.level is None and units_level:
        placed = replace(placed, level=units_level)  # the level, at least, from the units
    if placed.region is None and placed.level is None:  # the level the text speaks of itself at
        placed = replace(placed, level=_own_level(lines) or _above_subordinates(lines))
    if placed.region is None and placed.level in (None, "county"):
        placed = _by_towns(lines, places, placed.tied) or placed
    elif (placed.region is not None and placed.region.level == "municipal" and not levels
          and _weakest(clues, placed.region)):  # a city named in passing: its county, by its towns
        below = _by_towns(lines, places)
        if below is not None and below.region and placed.region.key in places.path(below.region.key):
            placed = below
    if (placed.region is not None and placed.region.level == "municipal" and not levels
            and _weakest(clues, placed.region) and _named_as_superior(lines, placed.region)):
        placed = Placed(None, "county", f"the text names {placed.region.key} among the levels above it "
                        f"(省、{placed.region.name}): a county-level unit of it, which one is left open")
    if placed.region is not None and placed.region.level != "county":
        zone = _zone(organs, placed.region, places)
        if zone is not None:
            return Placed(zone, zone.level)
    return placed


def _own_name_below(placed: Placed, clues: list[Clue], places: Gazetteer, lines: list[str]) -> Placed:
    """A document placed by a title or mentions in a region above the one unit its text says it is
    made for (结合梁河县实际情况，特制定本实施细则 under a page's headline 云南省殡葬管理条例, the rule it is
    made under): that unit, unless an issuer's name places it where it was placed. Only where the
    sentence makes the document (…实际，制定/提出/特制定…), not where it asks a unit to act on its own
    circumstances (支持某县结合某县实际打造…).

    Example:
        >>> g = gazetteer()
        >>> province, county = g.get("云南省"), g.get("梁河县")
        >>> clues = [Clue("title", 1, 4.0, (province,)), Clue("own name", 2, 3.0, (county,), 1)]
        >>> _own_name_below(Placed(province, "provincial"), clues, g, ["结合梁河县实际情况,特制定本实施细则。"]).region.key
        '梁河县'
        >>> _own_name_below(Placed(province, "provincial"), clues, g, ["支持梁河县结合梁河县实际打造示范区。"]).region.key
        '云南省'
    """
    region = placed.region
    if region is None or any(c.kind == "issuer" and region in c.regions for c in clues):
        return placed
    own = _unique(r for c in clues if c.kind == "own name" and c.line is not None and 0 < c.line <= len(lines)
                  and _MAKES_OWN.search(simplified(lines[c.line - 1])) for r in c.regions)
    if len(own) != 1 or own[0] == region or region.key not in places.path(own[0].key):
        return placed
    return Placed(own[0], own[0].level)


# The sentence that makes a document for a unit's circumstances: 结合某县实际(情况)，(特/现)制定/提出/出台…
_MAKES_OWN = re.compile(r"结合[^，,。；;]{2,14}?(?:的)?(?:实际|实情)(?:情况)?[，,、\s]*(?:特|现|经研究|研究)?"
                        r"(?:制定|制订|提出|出台|印发|就)")


def _shared_name_by_own_level(placed: Placed, lines: list[str], clues: list[Clue], places: Gazetteer) -> Placed:
    """A name two nested units share (吉林 of 吉林省 and 吉林市), placed in the inner one: the outer one when the
    text speaks of its own unit at the outer one's level (全省, 我省 …).

    Example:
        >>> g = gazetteer()
        >>> clue = Clue("title", 1, 4.0, (g.get("吉林省"), g.get("吉林市")))
        >>> _shared_name_by_own_level(Placed(g.get("吉林市"), "municipal"), ["加强全省慢性病防控"], [clue], g).region.key
        '吉林省'
    """
    region = placed.region
    if region is None:
        return placed
    own = _own_level(lines, districts=_says_district(region, places))
    if own is None or _fits_level(region, own):
        return placed
    path = places.path(region.key)
    shared = [c for c in clues if region in c.regions and len(c.regions) > 1 and all(r.key in path for r in c.regions)]
    # (a name's units all on one line of descent: not a 文号 prefix's dozens of units, 新 of 新疆 among them)
    outer = _unique(r for c in shared for r in c.regions if r.level == own and r.key != region.key)
    if len(outer) != 1:
        return placed
    return Placed(outer[0], own, f"{region.key} and {outer[0].key} share the name the text gives, and it speaks of its "
                  f"own unit at the {own} level (全省, 全市 …): placed in {outer[0].key}")


def _up_to_own_level(placed: Placed, own: str, clues: list[Clue], places: Gazetteer) -> Placed:
    """A document placed by weak clues only in a unit below the level its text speaks of its own
    unit at (我市, and 永吉县 named beside its city as a target's place): the unit of that level
    holding it, when a clue names that unit too; else as placed."""
    assert placed.region is not None
    ancestor = _ancestor_at(placed.region, own, places)
    if ancestor is None or not any(ancestor in c.regions for c in clues):
        return placed
    return Placed(ancestor, own, f"only weak clues name {placed.region.key}, and the text speaks of its "
                  f"own unit at the {own} level (全市, 我省 …): placed in {ancestor.key}, which holds it and is named too")


def _issuers_own(placed: Placed, organs: list[tuple[str, int, float, int | None]], places: Gazetteer) -> Placed:
    """The place whose government every issuer is (甘肃省人民政府办公厅), not a place below it that only
    the title or the text names (a plan for the 兰州—西宁 city cluster). Not when an issuer is printed
    without its place (区人民政府) or is another body (a zone's committee, a bureau)."""
    if placed.region is None or not organs:
        return placed
    own = {_government_of(name, places) for name, tier, _, _ in organs if tier == 1}
    if len(own) != 1:
        return placed
    (key,) = own
    if key is None or key == placed.region.key or key not in places.path(placed.region.key):
        return placed
    return Placed(places.regions[key], places.regions[key].level)


def _by_publisher_below(placed: Placed, clues: list[Clue], places: Gazetteer, units_level: str | None) -> Placed:
    """A document no issuer, title or header places, that the text only names its superior in
    (全面落实青岛市委…的意见, 助力青岛市打造…): the unit below it that the page's 来源 or 发布机构 names
    (来源:胶州市海洋发展服务中心), when that is the one such unit — not when its notes' units are of
    another level (省财政厅牵头: a province's document a city's site reposted)."""
    if placed.region is None or any(c.tier < 3 or c.kind == "issuer" and placed.region in c.regions
                                    for c in clues):
        return placed
    below = {r.key for c in clues if c.kind == "issuer" for r in c.regions
             if r.key != placed.region.key and placed.region.key in places.path(r.key)}
    if len(below) != 1:
        return placed
    region = places.regions[below.pop()]
    if units_level and not _fits_level(region, units_level):
        return placed
    return Placed(region, region.level)


_GOVERNMENT = re.compile(r"^(.{2,20}?)(?:人民政府|政府)(?:办公厅|办公室)?$")


def _government_of(name: str, places: Gazetteer) -> str | None:
    """The region whose government (or its office) a body is, printed with its full name: 甘肃省人民政府
    办公厅 -> 甘肃省; None for any other body."""
    m = _GOVERNMENT.match(simplified(name))
    found = [r for r in places.candidates(m.group(1)) if r.name == m.group(1)] if m else []
    return found[0].key if len(found) == 1 else None


_CENTRAL = re.compile(r"^(?:中共中央|中央|国务院|国家|全国)")


def _national(issuers: tuple[str, ...], doc_number: str | None, places: Gazetteer) -> bool:
    """A document of the central Party or government: its issuers are all central bodies
    (国务院办公厅, 中共中央办公厅, 国家发展改革委) or its 文号 is theirs (国办发〔2020〕6号) and no
    issuer names a place (a local body's document with a cited 文号 taken for its own is local). A
    central body's local branch names its place (国家税务总局岳阳市税务局) and is local.

    Example:
        >>> g = gazetteer()
        >>> _national(("国务院办公厅",), None, g), _national((), "国办发〔2020〕6号", g)
        (True, True)
        >>> _national((), "湘政发〔2020〕1号", g), _national(("国家税务总局岳阳市税务局",), None, g)
        (False, False)
        >>> _national(("某市人民政府办公室", "葫芦岛市人民政府办公室"), "国办发〔2016〕31号", g)
        False
    """
    if doc_number and doc_number.startswith(NATIONAL_PREFIXES):  # (a cited one, when a local body issues it)
        return not any(places.places_in(name) for name in issuers)
    return bool(issuers) and all(_CENTRAL.match(name) and not places.places_in(name)
                                 for name in issuers)


def printed_issuers(lines: list[str]) -> tuple[str, ...]:
    """Issuers for a header that printed none: the signature, else a red header, else a
    发文机关 line; as printed ("区人民政府办公室" stays placeless: its place is the region's).

    Example:
        >>> printed_issuers(["关于…的通知", "一、…", "下陆区人民政府办公室", "2020年3月2日"])
        ('下陆区人民政府办公室',)
    """
    organs = _organs(lines, ())
    for wanted in (4.0, 5.0):
        found = [name for name, tier, weight, _ in organs if tier == 1 and weight == wanted
                 and _ORGAN.search(simplified(name)) and not _META.search(name) and not SEAL.match(name)]  # (某局代章): no issuer
        if found:
            return tuple(dict.fromkeys(found))
    for raw in lines[:40]:
        before = _BEFORE_TITLE.match(re.sub(r"\s+", "", raw))
        if before:
            return (before.group(1),)
    return ()


def _organs(lines: list[str], issuers: tuple[str, ...]) -> list[tuple[str, int, float, int | None]]:
    """(name, tier, weight, line) of every body the text prints as the document's issuer."""
    out: list[tuple[str, int, float, int | None]] = [(i, 1, 5.0, None) for i in issuers]
    head = [(i, raw.strip()) for i, raw in enumerate(lines[:30]) if raw.strip()]
    for (index, text), (_, after) in pairwise([*head, (0, "")]):
        red = _RED_HEADER.match(text) or (re.fullmatch(r"文\s*件", after) and re.match(r"(.+)", text))
        if (red and _ORGAN.search(simplified(red.group(1))) and len(red.group(1)) <= 40 and not BREADCRUMB.search(text)
                and not _LABELLED.search(red.group(1))):  # 所属类目: 区政府办公室文件: a category
            out.append((red.group(1), 1, 5.0, index + 1))
    for index, raw in enumerate(lines):
        if is_date_line(raw):
            for back in range(max(0, index - 3), index):
                text = lines[back].strip()
                if (2 < len(text) <= 40 and "。" not in text and _ORGAN.search(simplified(text))
                        and not text.startswith("各") and not text.endswith((":", "："))
                        and not BREADCRUMB.search(text)):
                    out.extend((p, 1, 4.0, back + 1) for p in unspaced(text).split() if _ORGAN.search(simplified(p))
                               and ENDS_AS_ORG.search(SEAL.sub("", simplified(p))))  # (not 附件:1.某县政府…目录标准)
    for index, raw in enumerate(lines[:12]):  # 某县人民政府 www.mouxian.gov.cn 发布时间: the portal's owner
        portal = _PORTAL.match(raw)
        if portal:
            out.append((portal.group(1), 3, 2.0, index + 1))
    for index, raw in enumerate(lines):
        for meta in _META.finditer(half_width_digits(raw)):
            if meta.group(1) in _META_WEIGHT:
                tier, weight = _META_WEIGHT[meta.group(1)]  # 发文机关：甲局、乙局: two bodies
                out.extend((name, tier, weight, index + 1) for name in re.split(r"[、，,]", meta.group(2)) if name)
    return out


def _placeless_word(organs: list[tuple[str, int, float, int | None]]) -> str:
    """The word a placeless issuer starts with (区 of 区人民政府办公室), or ''."""
    for name, tier, _, _ in organs:
        found = _PLACELESS.match(name) or PLACELESS_BODY.match(simplified(name))
        if found and tier == 1:
            return found.group(1)
    return ""


def _clues(lines: list[str], organs: list[tuple[str, int, float, int | None]], title: str,
           doc_number: str | None, places: Gazetteer,
           addressee_line: int | None = None) -> Iterable[Clue]:
    for name, tier, weight, line in organs:
        found = _named(name, places)
        if found:
            yield Clue("issuer", tier, weight, found, line)
    own, cited = _without_cited(title)  # 关于贯彻落实《湖南省人民政府关于…》的实施意见
    for _, regions in places.places_in(cited):
        yield Clue("mentions", 3, 0.5, regions)  # the parent's place, named in passing
    head, _, rest = own.partition("关于")
    for _, regions in places.places_in(head):
        yield Clue("title", 1, 4.0, regions)  # the issuer printed before 关于
    yield from _short_name_opening(head, "\n".join(lines[:60]), places)
    subject = rest or head
    for start, regions in places.places_in(subject):
        if _HELPED.search(subject[:start]):
            yield Clue("mentions", 3, 0.5, regions)  # 关于助力青岛市打造…: the place helped, not the issuer's
        else:
            yield Clue("title", 2, 2.0, regions)
    for index, raw in enumerate(lines[:40] + lines[-15:]):
        if "索引号" in raw:
            for code in _CREDIT_CODE.findall(raw):
                region = places.get(code)
                if region is not None:
                    yield Clue("索引号", 2, 3.0, (region,), index + 1)
    if doc_number:
        prefix = number_prefix(doc_number)
        found = tuple(places.doc_prefix_candidates(prefix))
        if found:
            yield Clue("文号", 3, 2.0, found)
            yield from _short_names_of(found, "\n".join(lines))
        named = tuple(places.doc_prefix_named(prefix))
        if named:  # 武昌政办: the prefix prints the unit's short name whole
            yield Clue("文号", 3, 2.0, named)
    yield from _own_names(lines[:60], places)
    body = ["" if _SITE_FOOTER.search(raw) else raw for raw in lines]  # the site's owner, not the issuer
    if addressee_line is not None and 0 < addressee_line <= len(lines):
        body[addressee_line - 1] = ""
        yield from _addressed(lines[addressee_line - 1], places)
    for key, count in places.mentions("\n".join(body)).items():
        yield Clue("mentions", 3, 0.5 * min(count, 6), (places.regions[key],))


def _short_name_opening(title: str, text: str, places: Gazetteer) -> Iterable[Clue]:
    """A county's short name opening a plan's own name before a verb (龙港打造…示范区县域样板的行动方案, 义乌推进…): its
    unit, as a title names its place — a clue places_in leaves out, short names being words too (平安建设, 太湖流域,
    西湖综合保护): only at the name's start, before a verb of action, when the name holds no other place and the
    text names the unit's city or province (温州 for 龙港市, not 葫芦岛 for 龙港区).

    Example:
        >>> [[r.key for r in c.regions] for c in _short_name_opening("义乌推进数字化改革实施方案", "金华市", gazetteer())]
        [['义乌市']]
        >>> list(_short_name_opening("东湖绿道提升三年行动方案", "武汉市", gazetteer()))
        []
    """
    found = next(((start, name) for start, name in places.scan(title) if start == 0), None)
    if found is None or not _PLAN_END.search(title) or places.places_in(title):
        return
    _, name = found
    if not _ACTION.match(title, len(name)):
        return
    named = set(places.mentions(text))  # the places the text names, by key
    regions = tuple(r for r in places.candidates(name) if r.level == "county" and name in r.short
                    and named & set(places.path(r.key)[1:]))
    if regions:
        yield Clue("title", 2, 2.0, regions)


# The verb a plan's name goes on with after the place that opens it (龙港打造…, 义乌推进…)
_ACTION = re.compile(r"(?:打造|推进|推动|深化|加快|加强|建设|实施|开展|创建|全面|持续|聚焦|促进|争创|争当|奋力|高质量)")
_PLAN_END = re.compile(rf"{PLAN_WORD}(?:[（(][^）)]*[）)])?$")  # …行动方案(2021-2025年)
_CITED = re.compile(r"《[^《》]*》")
# A title's verb whose object is another unit's place (关于助力某市打造…, 关于支持某区发展…, 服务某新区建设):
# the issuer helps that place, it is not that place
_HELPED = re.compile(r"(?:助力|支持|服务|融入|对接|援助|帮扶|对口支援|服从)$")
# The text naming its own unit: 结合成都高新区实际, 结合长沙实际 (not 结合我市实际: no place; not 结合省、市实际)
_OWN_NAME = re.compile(r"结合([\u4e00-\u9fff]{2,12}?)(?:的)?(?:实际|实情)")


def _own_names(lines: list[str], places: Gazetteer) -> Iterable[Clue]:
    """The unit the text names as its own where it says whose circumstances it is written for
    (…结合成都高新区实际，制定本方案): the place, or the development zone of the city it names.

    Example:
        >>> from policy_cascades.loaders.gazetteer import gazetteer
        >>> [r.key for c in _own_names(["结合成都高新区实际，制定本方案。"], gazetteer()) for r in c.regions]
        ['成都高新技术产业开发区']
        >>> list(_own_names(["结合我市实际，制定本方案。"], gazetteer()))
        []
    """
    for index, line in enumerate(lines):
        for m in _OWN_NAME.finditer(simplified(line)):
            name = m.group(1)
            if _NOT_ONE_PLACE.search(name):
                continue  # 结合忻州市和我县实际: the superior's and its own
            printed = zone_name(name)
            near = places.candidates(zone_word(printed)[0]) if printed else ()
            cities = [r for r in near if r.level == "municipal"] or [r for r in near if r.level == "provincial"]
            found = [(places.zone(printed, cities[0].key),)] if len(cities) == 1 and printed else \
                [regions for _, regions in places.places_in(name)]
            if len(found) == 1:
                yield Clue("own name", 2, 3.0, found[0], index + 1)


_NOT_ONE_PLACE = re.compile(r"^(?:[我本该][省市县区州旗镇乡]|各)|[和及与、](?:我|本)")  # not 太和县, 本溪


def _without_cited(title: str) -> tuple[str, str]:
    """A title without the documents it cites in 《》 (关于贯彻落实《湖南省人民政府关于…》的实施意见:
    湖南省 is the parent's place, not the issuer's), and those titles; a title that is only a
    wrapped title (《…工作方案》) is its own.

    Example:
        >>> _without_cited("关于贯彻落实《湖南省人民政府关于稳就业的意见》的实施意见")
        ('关于贯彻落实的实施意见', '《湖南省人民政府关于稳就业的意见》')
        >>> _without_cited("关于印发贯彻落实湖南省政府办公厅2022年政务公开工作要点任务分工的通知")
        ('关于印发贯彻落实2022年政务公开工作要点任务分工的通知', '湖南省政府办公厅')
    """
    if not re.search(r"(?:贯彻|落实|执行|转发|根据|按照)[^《》]{0,6}《", title):
        body = _CITED_BODY.search(title)  # 关于印发贯彻落实湖南省政府办公厅2022年…任务分工的通知
        return (title[:body.start(1)] + title[body.end(1):], body.group(1)) if body else (title, "")
    return _CITED.sub("", title), "".join(_CITED.findall(title))


# A body named right after the verb that carries out its document, without 《》: the parent's.
_CITED_BODY = re.compile(r"(?:贯彻落实|贯彻|落实|执行)([\u4e00-\u9fff]{2,12}?(?:省|自治区|市|州|盟|县|区)(?:人民政府|政府|委)"
                         r"(?:办公厅|办公室)?)")


def _reposted(placed: Placed, clues: list[Clue], doc_number: str, places: Gazetteer,
              levels: tuple[str, ...] = ()) -> Placed:
    """A superior's document on a subordinate's page: placed by the page's publisher alone (an
    索引号's credit code, a 发布机构 line, places named in passing) in a unit below the one unit its
    own 文号 prefix names, it is that unit's (皖人社发 on a city bureau's disclosure page -> 安徽省).
    Only a province's prefix says so (a city's character also starts its districts' prefixes: 深南教
    is 南山区's). A header, a signature, a red header or the title naming the unit keeps it, and so
    does an issuer printed without its place whose word names the unit's level (区人民政府办公室).

    Example:
        >>> g = gazetteer()
        >>> city = g.get("池州市")
        >>> _reposted(Placed(city, "municipal"), [Clue("索引号", 2, 3.0, (city,))], "皖人社发〔2021〕10号",
        ...           g).region.key
        '安徽省'
    """
    region = placed.region
    if region is None or any(region in c.regions and (c.tier == 1 or c.kind == "title") for c in clues):
        return placed
    prefix = number_prefix(doc_number)
    own = _unique([*places.doc_prefix_candidates(prefix), *places.doc_prefix_named(prefix)])
    if len(own) == 1 and own[0].level == "provincial" and own[0].key != region.key \
            and own[0].key in places.path(region.key) and (not levels or own[0].level in levels):
        return Placed(own[0], own[0].level)
    return placed


def _below_by_prefix(placed: Placed, doc_number: str, places: Gazetteer, word: str | None = None) -> Placed:
    """A document placed in a province or city by weak clues whose own 文号 prefix fits no
    unit of that place's path (平政办发 in 湖南省, whose abbreviation is 湘) but exactly one unit
    below it (平江县): that unit, with a warning (a region named only by its 文号 prefix) — not
    when the issuer printed without its place is of another kind and the prefix's character is in
    the region's own name (市政府办公室 and 通政办发 in 南通市, whose own series it is: no 通州区).

    Example:
        >>> g = gazetteer()
        >>> _below_by_prefix(Placed(g.get("湖南省"), "provincial"), "平政办发〔2020〕5号", g).region.key
        '平江县'
        >>> _below_by_prefix(Placed(g.get("南通市"), "municipal"), "通政办发〔2018〕1号", g, "市").region.key
        '南通市'
    """
    region = placed.region
    prefix = number_prefix(doc_number)
    if region is None or region.level == "county" or not prefix:
        return placed
    path = places.path(region.key)
    if any(prefix[0] in found.abbr for key in path if (found := places.get(key)) is not None):
        return placed  # 湘政发 in 湖南省, 鞍立政发 in 立山区 (its city's 鞍)
    below = [r for r in places.doc_prefix_candidates(prefix) if r.key != region.key
             and region.key in places.path(r.key)]
    if len(below) != 1:
        return placed
    unit = below[0]
    if word and not unit.name.endswith(word) and prefix[0] in region.name:
        return placed  # the prefix is the region's own too (通 of 南通), not a former 县级市's (章 of 章丘 in 济南)
    return Placed(unit, unit.level, f"no clue names the unit below {region.key}; placed in "
                  f"{unit.key} by the document's 文号 prefix ({prefix})")


# A page's footer names the site's owner (主办：长沙市人民政府办公厅, 版权所有, 湘ICP备…), who
# reposts documents of other places: no mention of the issuer's place.
_SITE_FOOTER = re.compile(r"主办[:：\s]|承办[:：\s]|版权所有|ICP备|公网安备|网站标识码|技术支持[:：\s]")


# The addressees name the issuer's own government's departments: 自治区政府各部门, 省直各单位, 市政府
# 各委办局, 县直各部门 — the level of the unit that sends the document.
_OWN_DEPARTMENTS = re.compile(r"(自治区|省|市|州|盟|县|区|旗)(?:(?:人民政府|政府|直)(?:各|所属|有关)*"
                              r"(?:部门|单位|委办局|委办厅局|工作部门|组成部门|直属机构|机关)"
                              r"|各委[、，,]?办)")  # 自治区各委、办、厅、局
# Townships addressed as the subordinate governments (各乡(镇)人民政府, 各镇人民政府、街道办事处), no county
_TOWNSHIPS_ONLY = re.compile(r"各(?:乡|镇|乡镇|乡[（(]镇[）)]|镇[（(]乡[）)])(?:人民政府|政府)")
_COUNTIES = re.compile(r"各[^，,：:；;]{0,6}(?:县|区)(?:[（(][^）)]{1,6}[）)])?(?:人民政府|政府)")
_DEPARTMENTS_LEVEL = {"自治区": "provincial", "省": "provincial", "市": "municipal", "州": "municipal",
                      "盟": "municipal", "县": "county", "区": None, "旗": "county"}  # 区直: a
# district's or (广西's 区直各部门) an autonomous region's, as 全区 is


def _addressed_level(line: str) -> str | None:
    """The level of the unit whose own departments the addressees name (…，自治区政府各部门、各直属
    机构： -> provincial), when they name one level only.

    Example:
        >>> _addressed_level("各市、县（区）人民政府，自治区政府各部门、各直属机构：")
        'provincial'
        >>> _addressed_level("各乡镇人民政府，县直各单位：")
        'county'
        >>> _addressed_level("各盟行政公署、市人民政府，自治区各委、办、厅、局：")
        'provincial'
        >>> _addressed_level("各乡(镇)人民政府、街道办事处,市直有关单位:")
        'county'
    """
    simple = simplified(line)
    found = {_DEPARTMENTS_LEVEL[m.group(1)] for m in _OWN_DEPARTMENTS.finditer(simple)}
    if found == {"municipal"} and _TOWNSHIPS_ONLY.search(simple) and not _COUNTIES.search(simple):
        return "county"  # 各乡(镇)人民政府、街道办事处,市直有关单位: a 县级市's own townships and departments
    return found.pop() if len(found) == 1 else None  # none, or 区 alone, or two levels: no clue


def _addressed(line: str, places: Gazetteer) -> Iterable[Clue]:
    """The places of the bodies a document is sent to (各市、自治州人民政府，兰州新区管委会：):
    clues as the places the body names are, but a unit addressed is below the issuer, so a
    place named only there is never a candidate while another clue of its tier names one (see
    _resolve); a zone printed after its place's name (咸宁高新区管委会) is that place's own, so
    the place is a mention like any other."""
    for body in re.split(r"[，,、；;：:]", line):
        zone = any(body[start + len(name):].startswith(_ZONE_WORDS)
                   for start, name in places.scan(body))
        for key, count in places.mentions(body).items():
            yield Clue("mentions" if zone else "addressee", 3, 0.5 * min(count, 6),
                       (places.regions[key],))


def _short_names_of(candidates: tuple[Region, ...], text: str) -> Iterable[Clue]:
    """The short names (嘉鱼 of 嘉鱼县) of the units a 文号 prefix fits, counted in the text: a
    county's short name alone is too common a word to be a clue (mentions leaves it out), but
    one that also fits the 文号 (嘉政办发 -> 嘉鱼县 among ten 嘉 units) is."""
    if len(candidates) < 2:
        return
    for region in candidates:
        count = sum(text.count(short) for short in region.short if len(short) >= 2)
        if count:
            yield Clue("mentions", 3, 0.5 * min(count, 6), (region,))


def _named(name: str, places: Gazetteer) -> tuple[Region, ...]:
    """The regions an issuer's name names, most specific place first; ambiguous ones all."""
    found = places.places_in(name)
    if not found:
        return ()
    exact = places.named_in(name)
    return (exact,) if exact is not None else found[-1][1]


def _resolve(clues: list[Clue], word: str, places: Gazetteer) -> Placed:
    levels = _LEVELS_OF_WORD.get(word, ())
    pool: list[Region] = []
    for tier in (1, 2, 3):
        pool = _unique(r for c in clues if c.tier == tier for r in c.regions
                       if not levels or r.level in levels and r.name.endswith(word))
        named = [r for r in pool if any(r in c.regions and c.kind != "addressee" for c in clues)]
        pool = named or pool  # a place only addressed is below the issuer, unless nothing else
        if pool:
            break
    level = levels[0] if len(levels) == 1 else None
    if not pool:
        return Placed(None, level, "no clue names the region that issued the document")
    own = {r.key: sum(c.weight for c in clues if r in c.regions and (tier < 3 or c.kind != "文号"))
           for r in pool}
    pool = [r for r in pool if own[r.key] >= 0.5 * max(own.values())]  # not named in passing
    paths = {r.key: set(places.path(r.key)) for r in pool}
    scores = {r.key: sum(c.weight for c in clues if any(x.key in paths[r.key] for x in c.regions))
              for r in pool}
    top = max(scores.values())
    best = [r for r in pool if scores[r.key] == top]
    best = [r for r in best if not any(r.key in paths[o.key] and o.key != r.key for o in best)]
    if len(best) == 1:
        return Placed(best[0], best[0].level)
    names = " or ".join(sorted(r.key for r in best))
    shared = {r.level for r in best}
    return Placed(None, shared.pop() if len(shared) == 1 else level,
                  f"the clues fit {names} equally; the region is left open", tuple(best))


# The words a text speaks of its own unit with: 全省, 省内, 本省, 我省 (a province's text), 全市 …
# (全区 is a district's and an autonomous region's alike: no clue; 全自治区, 结合自治区实际 are a region's own).
_OWN_LEVEL = {"provincial": re.compile(r"全省|省内|本省|我省|全自治区|本自治区|我自治区|结合自治区实际"),
              "municipal": re.compile(r"全市|本市|我市|全州|本州|我州|全盟"),
              "county": re.compile(r"全县|本县|我县|县内|全旗|本旗")}
_DISTRICT_WORDS = re.compile(r"全区(?!域)|本区(?!域)|我区")  # a district's, where _says_district (_own_level)


def _own_level(lines: list[str], districts: bool = False) -> str | None:
    """The level a text speaks of its own unit at (全省 … -> provincial), when one level's words
    outweigh every other's: 我县, 本市 (its own unit, named so) count twice, 全省 once. With
    `districts` (_says_district) 全区, 本区, 我区 are a district's words too.

    Example:
        >>> _own_level(["全省社会消费品零售总额增长10%，全省新增就业60万人", "武汉市、宜昌市"])
        'provincial'
        >>> _own_level(["进一步加强本区政务公开工作，推动全区工作"]), _own_level(["加强本区工作"], districts=True)
        (None, 'county')

    A cited title's words are its issuer's, not the text's:
        >>> _own_level(["根据《某省关于分解下达全省减贫任务的通知》，结合全县实际"])
        'county'
    """
    text = _CITED_TITLE.sub("", "\n".join(lines))  # 《…分解下达全省…的通知》: the cited issuer's words
    counts = {level: sum(2 if word[0] in "我本" else 1 for word in words.findall(text))
              for level, words in _OWN_LEVEL.items()}  # 我县 is the text's own unit; 全省 may be context
    if districts:
        counts["county"] += sum(2 if word[0] in "我本" else 1 for word in _DISTRICT_WORDS.findall(text))
    best = max(counts, key=lambda level: counts[level])
    others = [count for level, count in counts.items() if level != best]
    return best if counts[best] and counts[best] > max(others) else None


_CITED_TITLE = re.compile(r"《[^《》\n]{1,100}》")


def _says_district(region: Region, places: Gazetteer) -> bool:
    """Whether 全区, 本区, 我区 in a text placed in `region` speak of a district: within a 直辖市, or
    when the region is itself a district (市辖区) of a province that is no autonomous region.

    Example:
        >>> g = gazetteer()
        >>> _says_district(g.get("拱墅区"), g), _says_district(g.get("杭州市"), g), _says_district(g.get("青秀区"), g)
        (True, False, False)
    """
    if region.municipality:
        return True
    path = places.path(region.key)
    return (region.level == "county" and region.name.endswith("区") and len(path) > 2
            and not path[-2].endswith("自治区"))


# The units a text addresses or charges as its subordinates, by their level: a province's
# 各设区市 / 各市（州）, a city's 各县（市、区）, a county's 各乡镇 / 各街道.
_SUBORDINATES = (
    ("provincial", re.compile(r"各设区市|各地市|各市州|各市[（(]州[)）]|各州市|各盟市|各地[（(]州、市[)）]|各地州市")),
    ("municipal", re.compile(r"各县[（(]市、区[)）]|各县[（(]区[)）]|各县[（(]市[)）]|各县市区|各区县|各县区|各县市")),
    ("county", re.compile(r"各乡镇|各乡[（(]镇[)）]|各镇[（(]街道?[)）]|各街道|各镇街")),
)


def _above_subordinates(lines: list[str]) -> str | None:
    """The level of a unit whose text names its subordinates (各设区市 -> provincial, 各县（市、区）
    -> municipal, 各乡镇 -> county), the highest such level named: a level at least, when no clue
    names the place.

    Example:
        >>> _above_subordinates(["各设区市人民政府，区直各有关部门：", "各县（市、区）要…"])
        'provincial'
    """
    text = simplified("\n".join(lines))
    return next((level for level, words in _SUBORDINATES if words.search(text)), None)


def _by_own_level(placed: Placed, lines: list[str], clues: list[Clue], places: Gazetteer,
                  units_level: str | None = None, word: str = "") -> Placed | None:
    """Places the clues fit equally, told apart by the level the text speaks of itself at (or,
    when it says none, the level its notes name their units at: 省水利厅): the
    one of that level (海南: 海南省 or 海南藏族自治州, and the text says 省内), or the unit of that
    level that holds them all, when a clue names it too or the clues name three of its units or
    more (a province's plan naming its cities' targets one each: 全省 …), with a warning; else
    the region left open at that level (我市, and two counties named: the places of a study trip
    or a twinning are named so too)."""
    own = _own_level(lines)
    level = own or units_level
    if level is None:
        return None
    named = {r.key for c in clues for r in c.regions}
    fits = [r for r in placed.tied if r.level == level]
    if not fits:
        shared = set.intersection(*(set(places.path(r.key)) for r in placed.tied))
        holders = [r for key in shared if (r := places.get(key)) is not None and r.level == level]
        # the holder a clue names too, or the one that holds three tied units or more; by the notes'
        # level alone, one whose units the text names most of (a province's targets city by city,
        # not the three counties a city's 对口支援 names)
        fits = [r for r in holders if r.key in named or len(placed.tied) >= 3 and (
            own is not None or 2 * len(placed.tied) >= _units_of(r, placed.tied[0].level, places))]
    if not fits:  # 黔府发: 贵州省, named by its abbreviation, holds four of the five tied (黔江区 is 重庆's)
        named_at_level = [r for key in named if (r := places.get(key)) is not None and r.level == level]
        fits = [r for r in named_at_level
                if 2 * sum(r.key in places.path(t.key) for t in placed.tied) > len(placed.tied)]
    if not fits and not word and units_level in (None, level):
        # 晋政发 fits 山西省 and eight 晋 units of other levels: the one of the text's own level, when no issuer is
        # printed without its place (市人民政府办公室 may sign a county-level city's text about 全省) and the
        # addressees are no other level's
        fits = _unique(r for c in clues if c.kind == "文号" and set(placed.tied) <= set(c.regions)
                       for r in c.regions if r.level == level)
    if len(fits) != 1:  # the region left open, at the level the text speaks of itself at
        return replace(placed, level=level) if all(r.level != level for r in placed.tied) else None
    region = fits[0]
    tied = " or ".join(sorted(r.key for r in placed.tied))
    how = "the text speaks of its own unit at" if own else "its notes name their units at"
    return Placed(region, region.level, f"the clues fit {tied} equally; placed in {region.key} by "
                  f"the level {how} ({level})")


# The governments of a unit's subordinates its addressees name: 各区人民政府, 各县区政府, 各县（市、区）人民政府
_ADDRESSED_GOVERNMENTS = re.compile(r"各((?:[县市区旗][、]?){1,4}(?:[（(](?:[县市区旗][、]?){1,4}[）)])?)(?:人民)?政府")


def _by_addressed_districts(placed: Placed, addressees: str, places: Gazetteer) -> Placed | None:
    """Places the clues fit equally (武政办: 武汉市, 武威市, 武穴市 …), told apart by the addressees when
    they name the governments of districts alone (各区人民政府): the one tied city whose units are all
    districts (市辖区), with a warning; None when none or several are.

    Example:
        >>> g = gazetteer()
        >>> tied = (g.get("武汉市"), g.get("武威市"), g.get("武穴市"))
        >>> _by_addressed_districts(Placed(None, None, tied=tied), "各区人民政府，市人民政府各部门：", g).region.key
        '武汉市'
        >>> _by_addressed_districts(Placed(None, None, tied=tied), "各县区人民政府，市直各部门：", g) is None
        True
    """
    named = {ch for m in _ADDRESSED_GOVERNMENTS.finditer(simplified(addressees)) for ch in m.group(1) if ch in "县市区旗"}
    if named != {"区"}:
        return None
    fits = [r for r in placed.tied if r.level == "municipal" and (units := _current_units(r, places))
            and all(u.kind == "市辖区" for u in units)]
    if len(fits) != 1:
        return None
    tied = " or ".join(sorted(r.key for r in placed.tied))
    return Placed(fits[0], fits[0].level, f"the clues fit {tied} equally; placed in {fits[0].key}, the one of them "
                  "whose units are all districts, as its addressees (各区人民政府) are")


def _current_units(region: Region, places: Gazetteer) -> list[Region]:
    """The units in force right below a region (not its former ones, nor the zones it names)."""
    return [r for r in places.regions.values() if r.parent == region.key and r.until is None and r.kind != "功能区"]


def _units_of(region: Region, level: str, places: Gazetteer) -> int:
    """How many units of a level the region holds right below it (a province's cities)."""
    return sum(1 for r in places.regions.values() if r.parent == region.key and r.level == level)


def _below_own_level(placed: Placed, lines: list[str], clues: list[Clue], places: Gazetteer,
                     levels: tuple[str, ...] = ()) -> Placed:
    """A document placed by weak clues only (a cited document's 晋发, a place named in passing) in
    a region above the level its text speaks of its own unit at (全县, 我县): a unit of that level
    within the region, which one left open (the towns it names may tell, _by_towns); in a unit
    below that level, up to the unit of that level holding it when a clue names it (_up_to_own_level),
    unless the addressees or an issuer printed without its place (`levels`) say its own level.

    Example:
        >>> from policy_cascades.loaders.gazetteer import gazetteer
        >>> province = gazetteer().get("山西省")
        >>> clue = Clue("mentions", 3, 1.0, (province,))
        >>> _below_own_level(Placed(province, "provincial"), ["结合我县实际，全县市场主体"], [clue], gazetteer()).level
        'county'
    """
    region = placed.region
    if region is None or not _weakest(clues, region):
        return placed
    own = _own_level(lines, districts=_says_district(region, places))
    if own is None or _fits_level(region, own) or (own == "municipal" and region.name.endswith("市")):
        return placed  # 北京市 says 全市 of itself
    if LEVEL_RANK[own] < LEVEL_RANK[region.level]:
        if _above_subordinates(lines) == region.level or region.level in levels:
            return placed  # it addresses a county's own units (各乡镇, 各街道), or its issuer printed
            # without its place says its level (市人民政府办公厅): it quotes its superior's 全省
        return _up_to_own_level(placed, own, clues, places)
    if LEVEL_RANK[own] == LEVEL_RANK[region.level]:
        return placed
    named = _unique(r for c in clues for r in c.regions if r.level == own and region.key in places.path(r.key))
    if len(named) == 1 and all(r.key in places.path(named[0].key) or named[0].key in places.path(r.key)
                               for c in clues for r in c.regions) and not _named_as_other(lines, named[0]):
        # 我县, and the one county of the city the text names, every place it names on that county's
        # line (河南省, 安阳市, 内黄县工业污染深度治理年)
        return Placed(named[0], own, f"only weak clues name {region.key}, and the text speaks of its own unit "
                      f"at the {own} level (全县, 我县 …): placed in {named[0].key}, the one unit of it the text names")
    unit = _one_child_named(lines, region, own, places)
    if unit is not None:  # 本区 in 北京市's text, and 门头沟 the one district it names
        return Placed(unit, own, f"only weak clues name {region.key}, and the text speaks of its own unit "
                      f"at the {own} level (全区, 本区 …): placed in {unit.key}, the one unit right below it "
                      "whose short name the text names")
    return Placed(None, own, f"only weak clues name {region.key}, and the text speaks of its own unit "
                  f"at the {own} level (全县, 我市 …): a {own} unit of it, which one is left open")


def _one_child_named(lines: list[str], region: Region, level: str, places: Gazetteer) -> Region | None:
    """The one unit of `level` right below the region whose short name the text names as a word of
    its own (门头沟 of 门头沟区 before a mark or 区: not 黄浦 of 黄浦江, 和平 of 和平稳定; a short name of two
    characters only before 区), not as another place (学习…经验, 依托…); None when it names none or several."""
    text = "\n".join(lines)
    named = []
    for unit in (r for r in places.regions.values() if r.parent == region.key and r.level == level):
        shorts = tuple(short for short in unit.short if len(short) >= 2)
        words = re.compile("|".join(re.escape(s) + ("区" if len(s) == 2 else r"(?:区|(?![\u4e00-\u9fff]))")
                                    for s in shorts)) if shorts else None
        if words is not None and words.search(text) and not _named_as_other(lines, unit, shorts):
            named.append(unit)
    return named[0] if len(named) == 1 else None


# The words that name a place other than the text's own: a model to learn from, a trip's end, a
# neighbour (学习茶陵县经验, 赴炎陵县考察, 与醴陵市交界)
_OTHER_PLACE = (re.compile(r"(?:学习|借鉴|赴|到|与|向|同|参照|对接|对标|比照|和|依托|毗邻|协同|至)$"),
                re.compile(r"^(?:交界|接壤|经验|做法|学习|考察|对接|等地|等城市|等省|等县)"))


def _named_as_other(lines: list[str], region: Region, names: tuple[str, ...] = ()) -> bool:
    """Whether the text names the region (by its name, or by `names`) only as another place
    (学习…经验, 赴…考察, 与…交界, 与惠州等城市)."""
    text = "\n".join(lines)
    spots = [(m.start(), m.end()) for name in names or (region.name,) for m in re.finditer(re.escape(name), text)]
    return bool(spots) and all(_OTHER_PLACE[0].search(text[max(0, start - 4):start])
                               or _OTHER_PLACE[1].match(text[end:end + 4]) for start, end in spots)


def _by_towns(lines: list[str], places: Gazetteer, tied: tuple[Region, ...] = ()) -> Placed | None:
    """A county placed by the towns its text names, with a warning: when no clue named it, or
    when the clues fit several places equally (鼓楼区: four counties) and it is one of them."""
    found = towns().county("\n".join(lines))
    region = places.get(found[0]) if found else None
    if found is None or region is None:
        return None
    path = places.path(region.key)
    if tied and not any(r.key in path for r in tied):
        return None  # the towns point away from every place the clues name: left open
    why = f"the clues fit {' or '.join(sorted(r.key for r in tied))} equally" if tied else "no clue names the county"
    return Placed(region, "county", f"{why}; placed in {region.key} by the towns the text names "
                  f"({'、'.join(found[1])})")


def _named_as_superior(lines: list[str], region: Region) -> bool:
    """Whether the text names a city among the levels above its own (结合国家、省、某某市的政策和我市
    实际; 争取国家、省、某某市专项资金): the document is then a county-level unit's under it.

    Example:
        >>> _named_as_superior(["结合省、德州市政策清单和我市实际"], Region(key="德州市", name="德州市",
        ...                     level="municipal", parent="山东省"))
        True
    """
    pattern = re.compile(rf"(?:国家|中央|省|自治区)[、，,]\s*{re.escape(region.name)}")
    return any(pattern.search(simplified(line)) for line in lines)


def _weakest(clues: list[Clue], region: Region) -> bool:
    """Whether only the weakest clues (the 文号 prefix, a 来源 line, places named in passing)
    name the region the document was placed in."""
    return not any(c.tier < 3 and region in c.regions for c in clues)


def _fits_level(region: Region, level: str) -> bool:
    """Whether a region is of the level its notes' units name; 市… units are a county-level
    city's (余姚市's 市财政局) as well as a prefecture's."""
    return region.level == level or (level == "municipal" and region.level == "county"
                                     and region.name.endswith("市"))


def _at_level(region: Region, level: str, places: Gazetteer) -> Placed:
    """A document placed by weak clues only, whose notes name the units of another level: up
    to the ancestor of that level (兰州新区 named in passing, 省…厅 in the notes -> 甘肃省); a
    lower level is left open (the county of 邯郸市's units 县…局 is not named)."""
    ancestor = _ancestor_at(region, level, places)
    if ancestor is not None:
        return Placed(ancestor, level)
    return Placed(None, level, f"the notes name {level} units, and no clue names which {level} "
                  f"unit of {region.key} issued the document; the region is left open")


def _ancestor_at(region: Region, level: str, places: Gazetteer) -> Region | None:
    for key in places.path(region.key):
        found = places.get(key)
        if found is not None and found.level == level:
            return found
    return None


def _zone(organs: list[tuple[str, int, float, int | None]], city: Region,
          places: Gazetteer) -> Region | None:
    """A development zone of `city` printed as the issuer: 淄博高新区管委会 -> 淄博高新区; of a
    province, a new area it runs (河北雄安新区管理委员会 -> 雄安新区)."""
    if city.level not in ("municipal", "provincial"):
        return None
    for name, tier, _, _ in organs:
        printed = zone_name(name) if tier == 1 else None
        if printed:
            named = places.named_in(printed)
            if named is not None and LEVEL_RANK[named.level] > LEVEL_RANK[city.level]:
                return None  # a unit the gazetteer lists (济南高新技术产业开发区): placed already
            return places.zone(printed, city.key)
    return None


def _as_printed_above(name: str, page: str, above: tuple[str, ...]) -> str:
    """`name` with the names of the ancestors it is printed under on the page, the most of them
    first (湖北省武汉市江夏区…, else 武汉市江夏区…), or `name` when the page never prints them."""
    party = "中共" if name.startswith("中共") else ""
    for depth in range(len(above), 0, -1):
        longer = party + "".join(reversed(above[:depth])) + name[len(party):]
        if longer in page:
            return longer
    return name


def _unique(regions: Iterable[Region]) -> list[Region]:
    return list({r.key: r for r in regions}.values())


def _by_short_name(plain: str, region: Region) -> str:
    """The region's short name a body's name opens with, when not its full name: 黑龙江 of 黑龙江人民政府."""
    if plain.startswith(region.name):
        return ""
    places = gazetteer()
    return next((short for short in region.short  # (a short name with its level word, 察右前旗, is as printed;
                 if len(short) >= 2 and not short.endswith(("省", "市", "县", "区", "旗", "州", "盟"))
                 and plain.startswith(short) and len(places.candidates(short)) == 1), "")  # one of two 吉林 is not)


_SHORT_FORM = re.compile(r"(省|市|州|盟|县|区|旗)政府")  # a government's short form


def complete_issuers(issuers: tuple[str, ...], region: Region | None,
                     hant: bool = False, page: str = "", above: tuple[str, ...] = ()) -> tuple[str, ...]:
    """An issuer printed without its place, completed with the document's region when the word
    it starts with is the region's own (区人民政府办公室 of 下陆区 -> 下陆区人民政府办公室, 县商务局 ->
    某县商务局, 市就业工作领导小组办公室); a Party committee's body (市委…指挥部) and the short form 省委 stay
    as printed, and the short form of the region's own government as the only issuer (省政府) is named in full
    (某省人民政府). When the page prints the completed name elsewhere under the
    names of the region's ancestors (`above`, nearest first: a 来源 line's 武汉市江夏区人民政府办公室),
    the name is taken as printed there. The short form of the region's own government (某区政府办公室)
    is named in full (某区人民政府办公室), and its Party committee's office printed without 中共 (某区委办公室)
    with it.

    Example:
        >>> r = Region(key="下陆区", name="下陆区", level="county", parent="黄石市")
        >>> complete_issuers(("区人民政府办公室", "区委", "区政府办公室", "区商务局"), r)
        ('下陆区人民政府办公室', '区委', '下陆区商务局')
        >>> complete_issuers(("区政府",), r)
        ('下陆区人民政府',)
        >>> complete_issuers(("下陆区政府办公室", "下陆区政府", "下陆区委办公室"), r)
        ('下陆区人民政府办公室', '下陆区人民政府', '中共下陆区委办公室')
        >>> complete_issuers(("人民政府办公室",), r)
        ('下陆区人民政府办公室',)
        >>> complete_issuers(("下陆人民政府",), Region(key="下陆区", name="下陆区", level="county", parent="黄石市",
        ...                                           short=("下陆",)))
        ('下陆区人民政府',)
        >>> complete_issuers(("行署办公室",), Region(key="某地区", name="某地区", level="municipal", parent="新疆维吾尔自治区"))
        ('某地区行政公署办公室',)
        >>> complete_issuers(("区人民政府办公室",), r, page="来源：湖北省黄石市下陆区人民政府办公室",
        ...                  above=("黄石市", "湖北省"))
        ('湖北省黄石市下陆区人民政府办公室',)
    """
    if region is None:
        return issuers
    out = []
    for name in issuers:
        plain = simplified(name)  # a 繁体 page's 區人民政府辦公室: completed in 繁体
        place = traditional(region.name) if hant or has_traditional(name) else region.name
        word = placeless_word(plain)
        if word and region.name.endswith(word):
            party = "中共" if name.startswith("中共") else ""
            rest = name[len(party) + len(word):]
            # a Party committee's full name opens with 中共: 县委办公室 -> 中共某某县委办公室
            rest = re.sub(r"^政府(?=办公|辦公)", "人民政府", rest)  # 省政府办公厅 -> 某省人民政府办公厅
            name = ("中共" if rest.startswith("委") else party) + place + rest
            name = _as_printed_above(name, page, above)
        elif re.fullmatch(r"(?:人民)?政府办公室", plain) or region.level == "provincial" and re.fullmatch(
                r"(?:人民)?政府办公厅", plain):
            # 人民政府办公厅: the page lost the place before it (a red header's image): the region's
            # (a 办公厅 is a province's; a bare 人民政府 is left as printed: the region may be another body's)
            name = place + re.sub(r"^政府", "人民政府", name)
        elif (len(issuers) == 1 and (short := _SHORT_FORM.fullmatch(plain)) and region.name.endswith(short.group(1))
              and not re.search(re.escape(place) + r"人民政府\s*[：:，,、]", page)):  # (新密市人民政府: an addressee)
            # 省政府 the only issuer (the title's 省政府关于…): the region's government (a news headline's joint
            # 省委省政府 stays as printed, as the seed's golden files have it)
            name = place + "人民政府"
        elif region.name.endswith(("地区", "盟")) and (office := re.fullmatch(r"行(?:政公)?署(办公室)?", plain)):
            # 行署办公室 of 阿勒泰地区: the prefecture's administrative office (行政公署), named in full
            name = place + ("行政公署辦公室" if hant and office.group(1) else "行政公署办公室" if office.group(1)
                            else "行政公署")
        elif (stem := _by_short_name(plain, region)) and re.fullmatch(r"(?:人民)?政府(?:办公室|办公厅)?", plain[len(stem):]):
            # 黑龙江人民政府: a news page's short name of the place (黑龙江, 青海) before the government's name
            name = place + re.sub(r"^政府", "人民政府", name[len(stem):])
        elif re.fullmatch(re.escape(simplified(region.name)) + "政府(?:办公室|办公厅)?", plain):
            # 德令哈市政府办公室: the short form of the region's government or its office, named in full
            at = len(region.name)
            name = name[:at] + "人民" + name[at:]
        elif re.fullmatch(re.escape(simplified(region.name)) + "委(?:办公厅|办公室)", plain):
            name = "中共" + name  # 某省委办公厅 printed without it: a Party committee's full name opens with 中共
        out.append(name)
    return tuple(dict.fromkeys(out))  # two printed forms of one body complete to one name
