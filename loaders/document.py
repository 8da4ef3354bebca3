"""One policy document: text -> PolicyDocument (pure), and path -> PolicyDocument (reads the file)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from itertools import chain
from pathlib import Path

from policy_cascades.errors import ParseError
from policy_cascades.loaders.formats import read_text
from policy_cascades.loaders.forum import drop_forum_jammer
from policy_cascades.loaders.gazetteer import Region, gazetteer
from policy_cascades.loaders.hant import (
    drop_pinyin_glosses,
    has_traditional,
    simplified,
    traditional,
)
from policy_cascades.loaders.header import (
    DOC_NUMBER,
    PERIOD_LINE,
    normalise_doc_number,
    parse_header,
)
from policy_cascades.loaders.metadata import LABEL as METADATA_LABEL
from policy_cascades.loaders.metadata import is_row as is_metadata_row
from policy_cascades.loaders.notes import (
    FIRST_LEADS,
    SEMICOLON_LEADS,
    Duties,
    strip_notes,
    without_lead_repeats,
)
from policy_cascades.loaders.organs import (
    DEPARTMENT_END,
    ORG,
    ORG_LINE,
    ORG_WHOLE,
    PLACELESS_ORGAN,
    is_org_line,
    is_website,
    orgs,
    placeless_word,
)
from policy_cascades.loaders.outline import Draft, Outline, build_outline, inline_points
from policy_cascades.loaders.records import Measure, PolicyDocument, Reference, Warning
from policy_cascades.loaders.references import find_references, unique
from policy_cascades.loaders.region import complete_issuers, locate, printed_issuers
from policy_cascades.loaders.repeats import contents_span, repeat_start
from policy_cascades.loaders.runon import CHROME, META_LABEL, split_run_on
from policy_cascades.loaders.sharing import shared_file_page
from policy_cascades.loaders.tables import read_tables
from policy_cascades.loaders.targets import find_deadline, find_targets
from policy_cascades.loaders.text import (
    CITING_WORDS,
    Paragraph,
    dashed_numerals,
    drop_lost_indents,
    drop_markup,
    has_decimal_outline,
    is_plan_title,
    match_marker,
    paragraphs,
    plain_characters,
    plain_file_names,
    plain_labels,
    squeeze,
)
from policy_cascades.loaders.themes import explicit_themes
from policy_cascades.loaders.title import (
    BREADCRUMB,
    CHROME_LINE,
    GOVERNMENT_SITE,
    PUBLISHING,
    TITLE_END,
    TITLE_START,
    clean_title,
    without_province,
    without_report_words,
    without_validity_tag,
)
from policy_cascades.loaders.wrap import unwrap


def read_document(path: Path) -> PolicyDocument:
    """Read and parse one file: .txt (UTF-8, GB18030, UTF-16 with BOM), .html, .docx or .pdf."""
    return parse_document(read_text(path), source=path.name)


def parse_document(text: str, source: str) -> PolicyDocument:
    """Extract the records of one policy document; a missing piece is a warning, not an error.

    Example:
        >>> doc = parse_document(Path("004_65dc26d30b7e2b8f.txt").read_text(), "004.txt")  # doctest: +SKIP
        >>> doc.doc_number, doc.region, doc.measures[1].path  # doctest: +SKIP
        ('周政字〔2020〕8号', '周村区', '一.1')
    """
    if not text.strip():
        raise ParseError(f"{source}: no text")
    text = unwrap(plain_file_names(plain_labels(dashed_numerals(drop_lost_indents(drop_pinyin_glosses(
        drop_forum_jammer(shared_file_page(plain_characters(drop_markup(text))))))))))
    lines, cut_rows = read_tables(split_run_on(text).split("\n"))
    warnings: list[Warning] = [Warning(field="measures", line=row + 1, message=(
        "a table row is cut short of its cells by the excerpt's end: read as far as it goes"))
        for row in cut_rows]
    start = repeat_start(lines)
    if start is not None:
        warnings.append(Warning(field="text", line=start + 1, message=(
            f"the text starts over at line {start + 1} (the document printed twice?): "
            "read up to there")))
        lines = lines[:start]
    decimal = has_decimal_outline(lines)  # 1 总则 / 1.1 编制目的: an emergency plan's numbering
    contents = contents_span(lines, decimal)
    if contents is not None:
        warnings.append(Warning(field="measures", line=contents[0] + 1, message=(
            f"lines {contents[0] + 1}–{contents[1]} are a table of contents (its headings are printed "
            "again below, or it runs under its 目录 label to the text's end): not read as the outline")))
        lines = [*lines[:contents[0]], *([""] * (contents[1] - contents[0])), *lines[contents[1]:]]
    header = parse_header(lines)
    title = header.title or _fallback_title(lines, warnings)
    doc_number = header.doc_number or _run_in_number(lines)  # a header stored as one line: after its title
    paras = paragraphs(lines, start=header.addressee_line or 0, decimal=decimal)
    outline = build_outline(paras, decimal)
    warnings.extend(outline.warnings)
    if not outline.measures:
        warnings.append(Warning(field="measures", message="no numbered outline (一、 （一） 1.) "
                                "was found: the document has no measures"))
    measures = tuple(_measures(outline, title, _lead_rule(simplified(text))))
    places = gazetteer()
    titled = _run_in_issuers(lines) if header.posted else ()  # a title's issuer before the page's publisher
    issuers = (titled or header.issuers or printed_issuers(lines) or _run_in_issuers(lines) or _news_issuers(lines)
               or _site_issuers(lines, title) or _announcer(title))
    issuers = _unique(_from_its_place(without_province(name)) for name in issuers  # 江西景德镇市人民政府
                      if not is_website(name))  # a spam mirror's site name where the issuer's stood
    plain = [simplified(line) for line in lines] if has_traditional(text) else lines
    own_title = header.title or _plan_title(title)  # a text that starts at its plan's title
    placed = locate(plain, tuple(simplified(i) for i in issuers),  # (the page's publisher is no issuer for a central 文号)
                    simplified(header.title_prefix + own_title),  # 2022年红谷滩区关于…: a clue
                    doc_number and simplified(doc_number),
                    places,  # a 繁体 page: its places read in simplified form
                    units_level=units_level(measures), addressee_line=header.addressee_line,
                    posted=header.posted and not titled)
    if placed.region is None or placed.doubt:  # unknown, or placed by a weak clue (its towns)
        warnings.append(Warning(field="region", message=placed.doubt or "region unknown"))
    refs = _title_references(lines, title) + _preamble_references(outline, title)
    themes = _unique(t for m in measures if m.kind in ("plan", "section") for t in m.themes)
    region = placed.region
    hant = plain is not lines
    above = tuple(places.regions[k].name for k in places.path(region.key)[1:-1]) if region else ()
    issuers = complete_issuers(issuers, region, hant=hant, page="\n".join(lines),
                               above=tuple(map(traditional, above)) if hant else above)
    issuers = _of_its_level(issuers, region, warnings)
    warnings.extend(_header_warnings(doc_number, issuers, header.date))
    return PolicyDocument(
        source=source,
        doc_number=doc_number,
        title=title,
        issuers=issuers,
        level=placed.level,  # type: ignore[arg-type]
        region=region.key if region else None,
        region_code=region.code or None if region else None,
        region_path=places.path(region.key) if region else (),
        date=header.date,
        addressees=header.addressees,
        references=tuple(unique(refs)),  # the document's own; measures keep theirs
        themes=(*explicit_themes(title), *(t for t in themes if t not in explicit_themes(title))),
        measures=measures,
        warnings=tuple(warnings),
    )


def _of_its_level(issuers: tuple[str, ...], region: Region | None, warnings: list[Warning]) -> tuple[str, ...]:
    """The issuers without a placeless body of another level than the document's region: a city
    bureau's 市人社局 publishing a province's 皖人社发 document reposts it, and is no issuer.

    Example:
        >>> found: list[Warning] = []
        >>> _of_its_level(("市人力资源和社会保障局",), gazetteer().get("安徽省"), found), found[0].field
        ((), 'issuers')
    """
    if region is None:
        return issuers
    kept = []
    for name in issuers:
        word = placeless_word(simplified(name))
        if word and not region.name.endswith(word):
            warnings.append(Warning(field="issuers", message=f"{name} is printed without its place and is "
                                    f"not of {region.key}'s level: the page's publisher, not the issuer"))
            continue
        kept.append(name)
    return tuple(kept)


def _header_warnings(doc_number: str | None, issuers: tuple[str, ...], date: str | None) -> list[Warning]:
    """A warning for each header field left null, and for an issuer left without its place
    (区人民政府办公室 of a document whose region is unknown): never a silent gap.

    Example:
        >>> [w.field for w in _header_warnings(None, ("区人民政府办公室",), "2020-05-08")]
        ['doc_number', 'issuers']
    """
    out = []
    if doc_number is None:
        out.append(Warning(field="doc_number", message="no 文号 printed in the header: doc_number is null"))
    if not issuers:
        out.append(Warning(field="issuers", message="no issuer printed (no title prefix, red header, "
                           "signature, 发文机关 or 来源 line names one): issuers are empty"))
    out.extend(Warning(field="issuers", message=f"issuer {name} is printed without its place and "
                       "no clue settles the place: kept as printed")
               for name in issuers if PLACELESS_ORGAN.match(name))
    if date is None:
        out.append(Warning(field="date", message="no signing date printed (under a signature, in "
                           "brackets under the title or as 成文日期): date is null"))
    return out


_UNIT_LEVEL = {"省": "provincial", "自治区": "provincial", "市": "municipal", "州": "municipal",
               "盟": "municipal", "县": "county", "区": "county", "旗": "county"}
_UNIT_PREFIX = re.compile(r"^(自治区|省|市|州|盟|县|区|旗)(?!级|场|区县|县区)")


def units_level(measures: Iterable[Measure]) -> str | None:
    """The level of government whose units the notes name (省发展改革委, 省财政厅 -> provincial),
    when units are named three times at least and four in five of the units with a level word say
    one (each unit counted once there).

    Example:
        >>> m = Measure(path="一", kind="item", heading="", text="", line=1, end_line=1,
        ...             responsible=("省财政厅", "省人社厅", "省税务局", "各市州政府"))
        >>> units_level([m])
        'provincial'
    """
    named = [simplified(u) for m in measures for u in {*m.leads, *m.supports, *m.responsible}]
    levels = {unit: _UNIT_LEVEL[found.group(1)] for unit in named if (found := _UNIT_PREFIX.match(unit))}
    counts: dict[str, int] = {}
    for level in levels.values():  # each unit once: a collective named under every measure is one unit
        counts[level] = counts.get(level, 0) + 1
    total = sum(counts.values())
    best = max(counts, key=lambda level: counts[level]) if counts else None
    mentions = sum(unit in levels for unit in named)
    return best if best and mentions >= 3 and counts[best] >= 0.8 * total else None


def _plan_title(fallback: str) -> str:
    """A first line taken for the title that titles a plan (左权县市场主体倍增实施方案, a text that
    starts at its own plan's title): a title for the clues to the region; any other first line
    (a sentence, chrome) is none."""
    return fallback if is_plan_title(fallback) else ""


def _fallback_title(lines: list[str], warnings: list[Warning]) -> str:
    """No title in the header: the first of these found, flagged — a line naming the document
    before its 文号; the document a news report's lead names (近日，某办公室印发《…》); the page's
    first line of words when it reads as a title (no sentence punctuation, a title's length, not
    the page's section, nor words that are no title above a plan's title); a notice's own title
    run into other text on a line of the header (page chrome, its issuer, its 文号: a page stored
    as one line); the title of the plan a cover notice issues, printed on a line of its own (the
    notice's title lost, its plan's kept below the signature) or named in the notice's first
    sentence (现将《X》印发给你们); else the first line that is words, not page chrome, a table row
    or the addressees."""
    for find in (_numbered_title_line, _reported_title, _title_like_first_line, _run_in_title,
                 _plan_title_line, _first_line):
        found = find(lines)
        if found is not None:
            title, index, how = found
            title = without_report_words(without_validity_tag(_unwrapped(title))) + _period_below(lines, index, title)
            warnings.append(Warning(field="title", message=f"no title found; {how}: {title}",
                                    line=index + 1))
            return title
    warnings.append(Warning(field="title", message="no title found", line=None))
    return ""


def _unwrapped(title: str) -> str:
    """A headline a page wraps whole in 《》 without them (《2025年某区重点任务推进情况汇总表》); a title that
    only opens or ends with a name in 《》 is left as it is.

    Example:
        >>> _unwrapped("《2025年某区推进情况汇总表》"), _unwrapped("《某规划》实施方案")
        ('2025年某区推进情况汇总表', '《某规划》实施方案')
    """
    inner = title[1:-1]
    if title.startswith("《") and title.endswith("》") and "《" not in inner and "》" not in inner:
        return inner
    return title


_Found = tuple[str, int, str] | None  # (title, line index, how it was found)
_TITLE_REACH = 40  # a notice's title, or its plan's, is printed within its first lines
# 关于…的通知 ending where the title does: at the line's end, before a 文号, the addressees, a
# metadata label or chrome — not inside 《》 nor before a bracket (cited documents) nor before
# 要求/精神 (a sentence)
_RUN_IN = re.compile(
    r"关于[^。；;，,：:\s]{2,80}?的(?:通知|意见|决定|批复|实施方案|工作方案)"
    r"(?=$|\s|[|｜]|[\u4e00-\u9fff]{1,10}[〔\[［]\s*(?:19|20)\d\d|各|" + META_LABEL + r"|访问量|浏览|点击)")
# 现将《X》印发给你们 (the first of 《A》和《B》 when two are issued together; 繁体 too)
_ISSUED = re.compile(r"《([^《》]{4,60})》(?:[和及、]《[^《》]+》)*[^。《]{0,30}?(?:印发|印發|转发|轉發)[给給]?[你您][们們]")
_WORDS = re.compile(r"[\u4e00-\u9fff]{2}")  # a title has words (not a table's ---|--- row)
_SENTENCE = re.compile(r"[，,。；;：:！!？?]")  # a line with these is a sentence, not a title


# a news page's mark before the document it reprints (原文如下:, 全文如下：): no addressees
_LEAD_MARK = re.compile(r"(?:原文|全文|详情|内容)如下\s*[:：]\s*$")


def _run_in(lines: list[str]) -> tuple[int, int, int] | None:
    """关于…的通知 in a line of the header, above the addressees (a preamble cites documents by
    their titles, 关于…的通知（某政发〔2020〕1号）: no title ends before a bracket): its line,
    start and end."""
    for index, raw in enumerate(lines[:_TITLE_REACH]):
        plain = simplified(raw)
        if plain.rstrip().endswith(("：", ":")) and not _LEAD_MARK.search(plain):  # the addressees: the header is over
            return None
        for found in _RUN_IN.finditer(plain):
            start = max(plain.rfind(mark, 0, found.start()) for mark in _CLAUSE_MARKS) + 1
            before = plain[start:found.start()]  # the words before 关于, back to a stop, a space or a crumb
            if (plain.count("《", 0, found.start()) == plain.count("》", 0, found.start())
                    and not _CITING.search(before)  # 为贯彻落实某厅关于…的通知: cited
                    and not _NEXT_CITED.search(before)):  # (某政办发…号)和某办公室关于…: the next cited
                return index, found.start(), found.end()
    return None


def _run_in_title(lines: list[str]) -> _Found:
    found = _run_in(lines)
    if found is None:
        return None
    index, start, end = found
    return lines[index][start:end].strip(), index, "a notice's title run into its line is taken"


_NOT_CHROME = re.compile(r"中共|共青团|总局|中国|国家")  # words a body's name may start with
_CAMPAIGN = re.compile(r"建设|创建")  # a place in a campaign's name, its group's: 数字某省建设领导小组, 平安某市建设
_CAMPAIGN_WORD = re.compile(r"数字|平安|美丽|健康|法治|智慧|文明|幸福|生态|绿色|诚信|清廉|活力")  # the campaign's word before its place


def _from_its_place(name: str) -> str:
    """An issuer read with the chrome printed before it (公文时效巴彦淖尔市人民政府, 附件:《…》赤壁市
    人民政府办公室: a page stored as one line): from its first place name on, when what follows
    is a body's name and what precedes names no body.

    Example:
        >>> _from_its_place("公文时效巴彦淖尔市人民政府"), _from_its_place("中共某县委办公室")
        ('巴彦淖尔市人民政府', '中共某县委办公室')
        >>> _from_its_place("数字广西建设领导小组办公室")
        '数字广西建设领导小组办公室'
    """
    plain = simplified(name)
    for offset, _name in gazetteer().scan(plain):
        if offset == 0 or _NOT_CHROME.search(plain[:offset]) or (_CAMPAIGN_WORD.fullmatch(plain[:offset])
                                                                   and _CAMPAIGN.match(plain, offset + len(_name))):
            return name  # (数字广西建设领导小组办公室: the place inside a campaign's name, 数字广西建设)
        if ORG_LINE.match(plain[offset:]):
            return name[offset:]
        return name
    return name


def _run_in_issuers(lines: list[str]) -> tuple[str, ...]:
    """The bodies printed right before a run-in title (…规范性文件南昌市人民政府关于印发…的通知):
    from the first place name whose rest is bodies alone (the chrome before it is no part of a
    name), with 中共 before it kept."""
    found = _run_in(lines)
    if found is None:
        return ()
    index, start, _ = found
    before = simplified(lines[index][:start]).rstrip()
    for offset, _name in gazetteer().scan(before):
        offset -= 2 if before[:offset].endswith("中共") else 0
        if ORG_LINE.match(before[offset:]):
            return tuple(orgs(lines[index][offset:start]))
    return ()


def _run_in_number(lines: list[str]) -> str | None:
    """The 文号 printed in brackets right after a run-in title (某省人民政府 关于印发…的通知 (晋政发〔2022〕14 号)
    各市、县人民政府…: a header stored as one line), normalised.

    Example:
        >>> _run_in_number(["某省人民政府 关于印发某行动计划的通知 (晋政发〔2022〕14 号) 各市人民政府:现将…"])
        '晋政发〔2022〕14号'
    """
    found = _run_in(lines)
    if found is None:
        return None
    index, _, end = found
    number = _BRACKETED_NUMBER.match(lines[index], end)
    inner = DOC_NUMBER.fullmatch(number.group(1).strip()) if number else None
    return normalise_doc_number(inner) if inner else None


_BRACKETED_NUMBER = re.compile(r"\s*[（(]([^（）()]{6,30})[）)]")
_NEWS_LINES = 10  # a news report names the issuer in its lead, among a page's first lines
# 天津市人民政府印发通知, 近日，安徽省人民政府发布关于…的通知: a body that opens a clause and issues
# (not 印发的, a document it cited; not 据…网消息, the source)
# The body may be a department (黑龙江省商务厅下发《…》), which no header line names alone.
_NEWS_BODY = rf"(?>{ORG_WHOLE}|[\u4e00-\u9fff]{{2,24}}{DEPARTMENT_END})"  # read one way only
_NEWS_ISSUED = re.compile(rf"(?:^|[，,。；;：:]|近日|日前|刚刚|今天|今日)\s*({_NEWS_BODY}(?:、{_NEWS_BODY})*)"
                          r"(?:近日|日前|今天|今日|正式|联合)?(?:印发|发布|出台|下发|公布)了?(?!的)")
_NEWS_BODIES = re.compile(rf"{_NEWS_BODY}(?:、{_NEWS_BODY})*")


def _news_issuers(lines: list[str]) -> tuple[str, ...]:
    """The bodies a news report's lead says issued the document (刚刚，天津市人民政府印发通知),
    from the first place name on (the words before it are no part of a name)."""
    places = gazetteer()
    for _index, raw, _plain, found in _news_leads(lines):
        name = found.group(1)
        for offset, _name in places.scan(name):
            offset -= 2 if name[:offset].endswith("中共") else 0
            if _NEWS_BODIES.fullmatch(name[offset:]):
                start = found.start(1) + offset
                return tuple(orgs(raw[start:found.end(1)]))
    return ()


def _news_leads(lines: list[str], lead: re.Pattern[str] = _NEWS_ISSUED) -> Iterator[tuple[int, str, str, re.Match[str]]]:
    """Each body's issuing verb in a news lead among the first lines (or, with `lead`, another
    lead's words: a website that published a document), with its line's index, the line and its
    simplified copy; not those that name a document the text cites (根据…发布《…》要求)."""
    for index, raw in enumerate(lines[:_NEWS_LINES]):
        plain = simplified(raw)
        for found in lead.finditer(plain):
            if not _cited(plain, found):
                yield index, raw, plain, found


# An announcement titled by its issuer: 某省疫情防控指挥部通告, 某市人民政府公告（第3号）
_ANNOUNCED = re.compile(rf"^({ORG})(?:通告|公告|令)(?:[（(]第?[\d一二三四五六七八九十]{{1,4}}号[）)])?$")


def _announcer(title: str) -> tuple[str, ...]:
    """The issuer a 通告 or 公告 names in its title, when the name carries its place.

    Example:
        >>> _announcer("湖北省新型冠状病毒感染肺炎疫情防控指挥部通告"), _announcer("关于复工的通告")
        (('湖北省新型冠状病毒感染肺炎疫情防控指挥部',), ())
    """
    flat = squeeze(title)
    found = _ANNOUNCED.match(simplified(flat))
    if found is None or not any(gazetteer().scan(found.group(1))):
        return ()
    return (flat[:found.end(1)],)


_REPORTED = re.compile(r"《([^《》]{4,80})》")
# A document the text cites, not one a report says was issued: 为贯彻落实某厅印发《…》精神, 根据…要求
_CITING = re.compile(CITING_WORDS)
_NEXT_CITED = re.compile(r"[）)》]\s*(?:和|及|以及|、)")  # one more of the documents a sentence cites
_CLAUSE_MARKS = "。；;，,：: \t\u3000>»›＞|｜"  # what ends the clause before a run-in title
_CITED_AFTER = re.compile(r"[^。；;，,]{0,4}(?:精神|要求|部署|规定|有关)")


def _cited(plain: str, found: re.Match[str]) -> bool:
    """Whether a body's issuing verb in a lead names a document the text cites (为贯彻落实某厅下发
    《关于…的通知》精神): a citing word before the body, or 精神/要求 after the title."""
    title = _REPORTED.match(plain, found.end())
    return bool(_CITING.search(found.group(1)) or _CITING.search(plain[max(0, found.start() - 6):found.start(1)])
                or title and _CITED_AFTER.match(plain, title.end()))


# A government's website that published a document, opening a lead's clause (3月2日，某市政府网站
# 发布《…》, 市政府官网于4月8日发布《…》): the site names the document; the issuer is the body its
# title names, if any (_site_issuers), never the site.
_SITE_PUBLISHED = re.compile(rf"(?:^|[，,。；;：:]|近日|日前)\s*([\u4e00-\u9fff]{{0,20}}?{GOVERNMENT_SITE})"
                             rf"(?:于\d{{1,2}}月\d{{1,2}}日)?(?:近日|日前|正式)?(?:{PUBLISHING})了?(?=《)")


def _reported_title(lines: list[str]) -> _Found:
    """The document a news report's lead says a body issued (11日，某省商务厅下发《关于…的通知》)
    or a government's website published (某市政府网站发布《…》), by its title in 《》: the title,
    when it ends as a title does and is not cited."""
    places = gazetteer()
    own = _title_like_first_line(lines)  # 某区…实施方案 above the lead: the page's own title
    own_line = own[1] if own is not None and TITLE_END.search(simplified(own[0])) else len(lines)
    leads = chain(((lead, False) for lead in _news_leads(lines)),  # a body: placed by its name
                  ((lead, True) for lead in _news_leads(lines, _SITE_PUBLISHED)))  # a site: 市政府网站 too
    for (index, raw, plain, found), site in leads:
        title = _REPORTED.match(plain, found.end())
        if own_line < index:
            return None  # not 地区生产总值增长5%左右, a figure atop a news report
        if title and TITLE_END.search(title.group(1)) and (site or any(places.scan(found.group(1)))):
            return (clean_title(raw[title.start(1):title.end(1)]).text, index,  # its issuer before 关于 off
                    "the document a news report's lead names is taken")
    return None


def _site_issuers(lines: list[str], title: str) -> tuple[str, ...]:
    """The body the title names of the document a government's website published, when that
    document is the page's (`title`: 某市政府网站发布《某市人民政府关于…的意见》): 某市人民政府."""
    for _index, raw, plain, found in _news_leads(lines, _SITE_PUBLISHED):
        reported = _REPORTED.match(plain, found.end())
        cleaned = clean_title(raw[reported.start(1):reported.end(1)]) if reported else None
        if cleaned is None or cleaned.text != title:
            continue  # a document the page's lead cites, not the page's own
        prefix = cleaned.prefix
        if prefix and ORG_LINE.match(simplified(prefix)) and any(gazetteer().scan(simplified(prefix))):
            return tuple(orgs(prefix))
    return ()


def _period_below(lines: list[str], index: int, title: str) -> str:
    """The plan's period printed on a line of its own under a title taken from a line (某市…实施方案 /
    (2016-2020年)), past blank lines and the title printed again; else nothing.

    Example:
        >>> _period_below(["某市农业发展实施方案", "", "某市农业发展实施方案", "(2016-2020年)"], 0, "某市农业发展实施方案")
        '(2016-2020年)'
    """
    if re.search(r"[）)]$", title):  # its period (or another bracket) printed already
        return ""
    for raw in lines[index + 1:index + 6]:
        text = squeeze(raw)
        if not text or text == squeeze(title):
            continue
        return text if PERIOD_LINE.match(simplified(text)) and "的" not in text else ""
    return ""


def _plan_title_line(lines: list[str]) -> _Found:
    """A plan's title on a line of its own among the first lines (a cover notice whose own
    title the page lost), joined with the line above when it is broken over the two: the page's first
    line, or a line opening with a place's name (某省土壤污染 / 防治实施方案 under a site's teaser)."""
    plan = next((i for i, raw in enumerate(lines[:_TITLE_REACH])
                 if is_plan_title(raw) and len(squeeze(raw)) <= 60), None)
    if plan is None:
        return None
    title, start = squeeze(lines[plan]), plan
    first = next((i for i, line in enumerate(lines) if line.strip()), plan)
    above = squeeze(lines[plan - 1]) if plan > 0 else ""
    placed = (bool(above) and gazetteer().opens_with_place(simplified(above)[:12])  # a place's name,
              and not re.search(r"\s|\d", re.sub(r"(?:19|20)\d{2}年", "", lines[plan - 1].strip()))  # (not a
              # site's line, 某某新闻网 2023-05-12: a year of the title, 某市2022年推进…, is no date)
              and not _SITE_WORD.search(simplified(above)))
    if above and (first == plan - 1 or placed) and _plan_title_below(lines, plan - 1, above) == title:
        title, start = above + title, plan - 1  # 通山县2020年稳就业 / 工作实施方案
    return title, start, "the title of the plan it issues is taken"


# Words of a site's or a body's line above a plan's title, never of the title's first half: 某县政府信息公开, 某某新闻网
_SITE_WORD = re.compile(r"政府(?:信息|网|门户|公报)|新闻|网站|网$|信息公开|专栏|门户")
# words, then the document's own 文号 in brackets closing the line: 2021年重点工作任务（某政发〔2021〕2号）
_NUMBERED_TITLE = re.compile(r"^([^，,。；;：:！!？?|｜《》]{6,60}?)\s*[（(]\s*([^（）()]{2,24}[〔\[［【﹝(（]\s*(?:19|20)\d\d"
                            r"\s*[〕\]］】﹞)）]\s*第?\d{1,4}\s*[号號])\s*[）)]$")


def _numbered_title_line(lines: list[str]) -> _Found:
    """A line of the header that is words followed by a 文号 in brackets (a page title that
    prints the document's name and 文号 without 关于…的通知): the words."""
    for index, raw in enumerate(lines[:_TITLE_REACH]):
        found = _NUMBERED_TITLE.match(squeeze(raw))
        if found and _WORDS.search(found.group(1)) and not CHROME.search(simplified(found.group(1))):
            return found.group(1), index, "a line that names the document before its 文号 is taken"
        if squeeze(raw).endswith(("：", ":")):  # the addressees: the header is over
            return None
    return None


def _title_like_first_line(lines: list[str]) -> _Found:
    """The first line of words when it reads as a title (no sentence punctuation, no more than
    a title's length): the header did not take it, but nothing further down is likelier."""
    found = _first_line(lines)
    if found is None:
        return None
    line = squeeze(lines[found[1]])
    if _last_crumb(lines[:_TITLE_REACH]) == line:
        return None  # 电商进农村 above 当前位置: 首页->政务公开->电商进农村: the page's section
    plain = simplified(line)
    if not (TITLE_END.search(plain) or TITLE_START.search(plain)) and _plan_title_line(lines) is not None:
        return None  # 信息公开 above 某区…实施方案: words that are no title, a plan's title below
    return found if len(line) <= 60 and not _SENTENCE.search(line) else None


def _last_crumb(lines: list[str]) -> str | None:
    """The last name of the first breadcrumb among `lines` (当前位置: 首页->政务公开->电商进农村).

    Example:
        >>> _last_crumb(["电商进农村", "当前位置: 首页->政务公开->电商进农村"])
        '电商进农村'
    """
    for raw in lines:
        text = squeeze(raw)
        if len(BREADCRUMB.findall(text)) >= 2:
            return re.split(rf"[-=]?{BREADCRUMB.pattern}", text)[-1] or None
    return None


def _first_line(lines: list[str]) -> _Found:
    """The first line of words that is not page chrome, a table row, a 文号 or the addressees;
    when it is the notice's sentence 现将《X》印发给你们, X."""
    for index, raw in enumerate(lines):
        text = squeeze(raw)
        plain = simplified(text)
        if (len(text) >= 4 and _WORDS.search(text) and text.count("|") < 2
                and not CHROME.search(plain) and not CHROME_LINE.search(plain)
                and not DOC_NUMBER.fullmatch(text) and not METADATA_LABEL.match(plain)  # 公开方式:主动公开
                and not is_metadata_row(raw)  # 备注/文号 公开时限 长期公开: a table's row, spaced
                and not is_org_line(text)  # a body's name alone (the site's owner, a signature): no title
                and plain not in ("信息详情", "详细信息")  # a portal's heading over the document
                and not text.endswith((":", "："))):  # not the addressees
            issued = _ISSUED.search(text)
            if issued:  # 现将《X》印发给你们: the notice issues X
                return issued.group(1), index, "the title of the plan it issues is taken"
            glued = _glued_title(text)
            if glued:
                return glued, index, "the title its text is glued to is taken"
            return (text + _plan_title_below(lines, index, text))[:60], index, "the first line is taken as the title"
    return None


# A title glued to the text after it on one line (a page stored as one line): a notice's
# 关于…的通知 (the first 的 + genre word that is not inside a longer title: …的实施方案的通知), else a
# plan's title from the line's start to its genre word (某区…行动计划202X年是…)
_TAG = r"(?:[（(][^（()）]{1,12}[）)])?"  # （2023—2025年）, （试行） after the genre word
_GLUED_NOTICE = re.compile(
    r"关于[^，,。；;：:！!？?《》]{2,80}?的(?:通知|实施意见|意见|决定|实施方案|工作方案|行动方案|批复)" + _TAG + r"(?![的》（(])")
_GLUED_PLAN = re.compile(
    r"^(?!关于)(?:(?!要|认真|切实|执行情况)[^，,。；;：:！!？?《》]){6,60}?(?:方案|计划|要点|规划|纲要|措施|实施意见|实施细则)" + _TAG
    + r"(?![的》（(和及与暨等]|实施|工作|行动|编制|纲要|方案|执行|草案)")


def _glued_title(line: str) -> str | None:
    """The title a first line opens with when the line runs on into a sentence (关于…的实施意见
    某省是…大省，…; 某区…行动计划202X年是…开局之年，…), up to the title's genre word; none
    when the line has no sentence mark (it may be a title alone).

    Example:
        >>> _glued_title("某县关于做好2023年乡村振兴重点工作的实施意见本县是农业大县，要…")
        '关于做好2023年乡村振兴重点工作的实施意见'
        >>> _glued_title("某区城乡融合发展行动计划2021年是开局之年，…"), _glued_title("某县行动计划")
        ('某区城乡融合发展行动计划', None)
        >>> _glued_title("为贯彻《某省关于稳就业的实施意见》精神，…") is None
        True
    """
    head, *rest = _SENTENCE.split(line, 1)
    if not rest or _PREAMBLE_OPENING.match(head) or match_marker(head):
        return None  # a preamble's sentence, or an outline entry (一、将…方案…), is no title glued to its text
    found = _GLUED_NOTICE.search(head) or _GLUED_PLAN.search(head)
    if not found or re.search(r"[《〈<“\"]", head[:found.start()]):
        return None  # a title cited in a preamble's 《》, not the line's own
    return found.group(0)


_PREAMBLE_OPENING = re.compile(r"^(?:为|根据|按照|依据|近日|日前)")  # a preamble, not a title


def _plan_title_below(lines: list[str], index: int, first: str) -> str:
    """The rest of a plan's title broken over two lines (岳阳市2020年稳就业 / 工作实施方案): the
    line right below a first line of words alone, when it ends the title of a plan."""
    below = squeeze(lines[index + 1]) if index + 1 < len(lines) else ""
    if (len(first) <= 30 and not re.search(r"[，,。；;：:]", first) and not is_plan_title(first)
            and below and len(below) <= 20 and is_plan_title(first + below)):
        return below
    return ""


# -- measures -----------------------------------------------------------------------------


def _measures(outline: Outline, own_title: str, rule: Callable[[Duties], Duties]) -> Iterable[Measure]:
    for draft in outline.measures:
        points = inline_points(draft)
        # points that each print a note keep their own, and so does a point whose note another
        # point follows; a single note after the last point is the item's (it closes the whole
        # item), not that point's
        own_notes = sum(1 for point in points if point.duties) >= 2 or any(p.duties for p in points[:-1])
        yield _measure(draft, own_title, rule)
        for point in points:
            duties = rule(point.duties if own_notes else Duties())
            yield Measure(
                path=f"{draft.path}.{point.label}", kind="point", heading=_heading(point.text),
                text=point.text, line=point.line, end_line=point.line,
                leads=tuple(duties.leads), supports=tuple(duties.supports),
                responsible=tuple(duties.responsible), persons=tuple(duties.persons),
                deadline=find_deadline(point.text), targets=tuple(find_targets(point.text, point.line)),
            )


def _measure(draft: Draft, own_title: str, rule: Callable[[Duties], Duties]) -> Measure:
    duties = rule(_duties(draft))  # an item keeps the notes of its points too, as of its rank-4 children
    text = strip_notes(draft.text)
    heading = squeeze(draft.parts[0][1]) if draft.rank == 0 else _heading(strip_notes(draft.parts[0][1]))
    return Measure(
        path=draft.path,
        kind=draft.kind,  # type: ignore[arg-type]
        heading=heading,
        text=text,
        line=draft.line,
        end_line=draft.end_line,
        leads=tuple(duties.leads),
        supports=tuple(duties.supports),
        responsible=tuple(duties.responsible),
        persons=tuple(duties.persons),
        deadline=find_deadline(text),
        targets=tuple(t for line, part in draft.parts for t in find_targets(strip_notes(part), line)),
        themes=explicit_themes(heading),
        references=tuple(unique([r for line, part in draft.parts for r in find_references(part, line)
                                 if not _is_self(r, own_title)])),
    )


def _duties(draft: Draft) -> Duties:
    """A measure's own notes, else the group note of the nearest heading above it; an item
    also takes the notes of its points, and a heading without items its group note."""
    duties = Duties()
    duties.merge(draft.own)
    if draft.rank < 3 and not draft.children:
        duties.merge(draft.group)  # a note under a heading that no item followed: the heading's own
    if draft.rank == 3:
        for child in draft.children:
            duties.merge(child.own)
        if not (duties.leads or duties.supports or duties.responsible):
            parent = draft.parent
            while parent is not None and not parent.group:
                parent = parent.parent
            if parent is not None:
                duties.merge(parent.group)
    return without_lead_repeats(duties)


def _lead_rule(simple: str) -> Callable[[Duties], Duties]:
    """The document's own rule of who leads, if it prints one (列第一位者为牵头单位, 分号前为牵头单位),
    as a rewriting of each measure's duties; found in the text's simplified copy."""
    first, semicolon = FIRST_LEADS.search(simple), SEMICOLON_LEADS.search(simple)
    if first and semicolon:  # both printed: a note split by its semicolon reads by that rule
        return lambda duties: _semicolon_leads(duties) if duties.ahead else _first_leads(duties)
    if first:
        return _first_leads
    if semicolon:
        return _semicolon_leads
    return lambda duties: duties


def _semicolon_leads(duties: Duties) -> Duties:
    """The document's rule 分号前为牵头单位: the units of a note without a lead listed before its
    semicolon lead, the others support them."""
    if duties.leads or not duties.ahead:
        return duties
    return Duties(leads=[u for u in duties.responsible if u in duties.ahead],
                  supports=[*(u for u in duties.responsible if u not in duties.ahead), *duties.supports],
                  persons=list(duties.persons))


def _first_leads(duties: Duties) -> Duties:
    """The document's rule 列第一位者为牵头单位: the first unit of a note without a lead leads,
    the others support it."""
    if duties.leads or not duties.responsible:
        return duties
    return Duties(leads=duties.responsible[:1],
                  supports=[*duties.responsible[1:], *(u for u in duties.supports
                                                        if u not in duties.responsible)],
                  persons=list(duties.persons))


def _heading(text: str) -> str:
    text = squeeze(text)
    head = text.split("。", 1)[0]
    return head.rstrip("：:；;，,")


# -- references ---------------------------------------------------------------------------


def _title_references(lines: list[str], title: str) -> list[Reference]:
    """Documents the title itself names: 关于贯彻落实国务院《政府工作报告》具体措施的通知."""
    if "《" not in title:
        return []
    first = next((i + 1 for i, line in enumerate(lines) if "《" in line), 1)
    return [r for r in find_references(title, first) if not _is_self(r, title)]


def _preamble_references(outline: Outline, title: str) -> list[Reference]:
    """References the document makes as a whole (before its outline); a measure keeps its own."""
    paras: list[Paragraph] = list(outline.preamble)
    refs = [r for p in paras for r in find_references(p.text, p.line)]
    return [r for r in refs if not _is_self(r, title)]


def _is_self(ref: Reference, own_title: str) -> bool:
    """The document naming itself or what it issues: 现将《…》印发给你们."""
    if not ref.title or ref.doc_number:
        return False
    own = squeeze(own_title)
    if ref.title == own or f"印发《{ref.title}》" in own or f"转发《{ref.title}》" in own:
        return True
    bare = re.sub(r"^(关于)?(印发|转发)", "", own)
    bare = re.sub(r"的通知$", "", bare)
    return ref.title in (bare, bare.strip("《》"))


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))
