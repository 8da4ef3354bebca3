"""Responsibility notes: （责任人：…；牵头单位：…）, （责任单位：X牵头，Y配合）, 牵头单位和责任人：市发展改革委陈思林.

Pure functions from a note's text to who leads, supports, is responsible, and which persons.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from policy_cascades.loaders.gazetteer import gazetteer
from policy_cascades.loaders.hant import simplified
from policy_cascades.loaders.placenames import ZONE_WORDS
from policy_cascades.loaders.units import (
    COLLECTIVE,
    DEADLINE,
    ENDS_AS_ORG,
    LEAD_WORD,
    ORG_END,
    ROLE_KEY_TAIL,
    ROLE_KEY_WORDS,
    ROLE_TAIL,
    SUPPORT_WORD,
    is_unit_name,
    open_brackets,
    split_units,
)

# Characters of the note keys as a 繁体 mirror prints them (牽頭單位, 責任單位, 負責).
# Rules match a simplified copy of the text (hant.simplified: 牽頭單位 -> 牵头单位, same length)
# and cut the text as printed.
# A note is a bracketed group opening with one of these keys; half- and full-width alike.
# A key may join two role words (牵头责任单位, 协同责任单位, 配合落实单位; 数据提供单位 supports) and
# name the level whose unit it is (省牵头单位 in a city's table of a provincial task).
_KEY_LEVEL = r"(?:主要|其他|总|[省市县区州])"  # 省牵头单位, 主要责任单位: a key's qualifier
_UNIT_KEYS = (rf"(?:{_KEY_LEVEL}?(?:{ROLE_KEY_WORDS}|实施|数据提供)"
              rf"{ROLE_KEY_TAIL}(?:[和及](?:责任人|负责人|责任|工作要求))?"
              r"|责任主体|部门分工|任务分工|分工)")
# Other fields a note may print beside its units: read as the end of a field, no agency.
_OTHER_KEYS = (r"(?:完成时限|完成时间|完成期限|时间节点|时限要求|时限|进度安排"
               r"|完成情况|进展情况|推进情况|落实情况|办理情况)")  # a progress table's cells too
_PERSON_KEYS = r"(?:责任人|负责人|(?:牵头|分管|责任|联系|包抓)?(?:负责)?[省市县区州]?(?:级)?领导(?:同志)?)"
_KEYS = rf"(?:{_UNIT_KEYS}|{_PERSON_KEYS})"
_OPEN, _CLOSE = "（(〔【[", "）)〕】]"
# (预期性指标，牵头单位：…): a short tag may come before the first key
_NOTE_OPEN = re.compile(r"[（(〔【\[]\s*(?:[^，,：:；;（）()〔〕【】\[\]]{2,8}[，,；;]\s*)?" + _KEYS + r"\s*[：:]")
_FIELD = re.compile(rf"(?:{_KEYS}|{_OTHER_KEYS})\s*[：:]")
_OTHER_KEY = re.compile(_OTHER_KEYS + "$")
# A key printed in 【】 without a colon: 【责任单位】市发展改革委、市财政局
_TAGGED = re.compile(r"【\s*(" + _KEYS + r")\s*】\s*([^【。\n]*)")
_ROLE_TAG = re.compile(rf"[（(〔\[]({LEAD_WORD}|配合|协办)(?:督导|督办)?[）)〕\]]$")  # 市发展改革委（牵头）
_PERSON_KEY = re.compile(_PERSON_KEYS + "$")
_UNIT_KEY = re.compile(_UNIT_KEYS)
# A note on its own line: 责任单位：…, 牵头单位和责任人：…, 部门分工：X牵头，Y配合。
_BARE_NOTE = re.compile(r"^(?:" + _KEYS + r"[^：:]{0,6}[：:]|【" + _KEYS + "】)")


def is_note_key(name: str) -> bool:
    """A column or field name a note prints its units or persons under: 牵头单位, 责任领导, 完成时限."""
    return bool(re.fullmatch(rf"{_KEYS}|{_OTHER_KEYS}", simplified(name)))


def is_role_key(name: str) -> bool:
    """A note key that names who carries a measure out (牵头单位, 责任领导), not when (完成时限)."""
    return bool(re.fullmatch(_KEYS, simplified(name)))


_TRAILING_KEY = re.compile(r"\s(" + _KEYS + r")\s*[：:]")


def bracket_trailing_note(text: str) -> str:
    """A row that prints its units last, after a space and a key, gets them as a note:
    落实… 辽市政发[2020]3号 责任单位:各县(市)区政府,市财政局 -> 落实… 辽市政发[2020]3号（责任单位：…）.

    Example:
        >>> bracket_trailing_note("建立帮扶机制 责任单位:市财政局、市人社局")
        '建立帮扶机制（责任单位：市财政局、市人社局）'
    """
    found = list(_TRAILING_KEY.finditer(simplified(text)))
    if not found:
        return text
    start = found[0].start()
    return f"{text[:start].rstrip()}（{found[0].group(1)}：{text[found[0].end():].strip()}）"


def is_unit_list(text: str) -> bool:
    """A line that is only a list of units (市税务局等，各县、市、区政府，咸宁高新区管委会): every
    part ends as an agency's name does or is a collective (各…)."""
    flat = _without_rules(re.sub(r"\s+", "", text)).rstrip("。；;")  # A；B。（分号前为牵头单位）: units
    if not flat or len(flat) > 150 or re.search(r"[。：:]", flat):
        return False
    return all(u and is_unit_name(u) for u in (_unsuffixed(u) for u in split_units(flat)))


def is_role_list(text: str) -> bool:
    """A cell that lists units with their role words, in groups (市发改局牵头落实;市工信局、市教体局按
    职责分工分别落实): every unit named as an agency is, and a role word printed.

    Example:
        >>> is_role_list("市发改局牵头落实;市工信局、市教体局按职责分工分别落实"), is_role_list("加强统筹协调落实")
        (True, False)
    """
    simple = simplified(re.sub(r"\s+", "", text)).rstrip("。；;")
    if not simple or len(simple) > 200 or re.search(r"[。：:]", simple) or not _ROLE_WORDS.search(simple):
        return False
    units = _listed_units(simple)
    return bool(units) and all(is_unit_name(u) for u in units)


# The duty a table's cell of units and requirements gives them (…办理, …做好发布工作, …负责指导)
_DUTY_VERB = re.compile(rf"(?:{LEAD_WORD}|{SUPPORT_WORD})?(?:办理|负责|落实|承办|实施|执行|做好|推进|开展|组织|指导|督促|统筹|抓好)"
                        rf"|(?:{LEAD_WORD}|{SUPPORT_WORD})$")


# The rule a unit acts by, printed between it and its duty: 按照职责分工, 按照“谁起草、谁解读”原则
_BY_RULE = re.compile(r"(?:按照?|根据|依据)[^，,；;]{0,24}?(?:原则|要求|规定|职责分工|职责|职能)(?:分工)?$")


def duty_sentence(text: str) -> str | None:
    """A table's cell that names its units in sentences of duties, under a column of units and
    requirements (责任单位和工作要求): the units with their roles, as a note's fields. A clause
    naming units before its duty gives them the duty's role (X牵头办理: leads; X会同Y办理: X leads,
    Y supports; else responsible); units listed bare take the role of the clause after them
    (X、Y，以及A、B办理); a clause naming no units (在工作中加强…) is a requirement. None when the
    first clause names no units.

    Example:
        >>> duty_sentence("某区政府办会同各有关单位、各镇（街）办理。")
        '牵头单位：某区政府办；配合单位：各有关单位、各镇（街）'
        >>> duty_sentence("区发改局、区财政局，以及各镇（街）办理。")
        '责任单位：区发改局、区财政局、各镇（街）'
        >>> duty_sentence("区发改局牵头办理，在工作中加强与上级单位沟通对接。"), duty_sentence("加强统筹办理")
        ('牵头单位：区发改局', None)
        >>> duty_sentence("市发改委负责牵头，各县（市、区）政府按照“谁起草、谁解读”原则配合。")
        '牵头单位：市发改委；配合单位：各县（市、区）政府'
        >>> duty_sentence("市发改委负责，各县（市、区）政府配合。")
        '责任单位：市发改委；配合单位：各县（市、区）政府'
    """
    flat = re.sub(r"\s+", "", text).rstrip("。；;")
    simple = simplified(flat)
    if len(simple) > 200 or "：" in simple or ":" in simple or not _DUTY_VERB.search(simple):
        return None
    roles: dict[str, list[str]] = {"牵头单位": [], "责任单位": [], "配合单位": []}
    pending: list[str] = []
    for number, clause in enumerate(re.split(r"[，,；;。]", flat)):
        plain = simplified(clause)
        lead_in = re.match(r"(?:以及|和|及|并由|由)", plain)
        start = lead_in.end() if lead_in else 0
        duty = _DUTY_VERB.search(plain, start)
        head = _BY_RULE.sub("", clause[start:duty.start() if duty else len(clause)])  # 按照职责分工, 按照“…”原则
        joined = head.split("会同", 1)
        groups = [[u.strip() for u in split_units(part) if u.strip()] for part in joined]
        if not all(group and all(is_unit_name(u) for u in group) for group in groups):
            if number == 0:
                return None
            continue  # a requirement: 在工作中加强与上级单位沟通对接
        if not duty:
            pending += groups[0]  # X、Y，以及A、B办理: listed before the duty they share
            continue
        words = plain[duty.start():duty.end() + 2]  # 牵头办理, 负责牵头, 配合做好
        if len(groups) == 2:
            roles["牵头单位"] += pending + groups[0]
            roles["配合单位"] += groups[1]
        else:
            role = ("牵头单位" if re.search(LEAD_WORD, words) else "配合单位" if re.search(SUPPORT_WORD, words)
                    else "责任单位")
            roles[role] += pending + groups[0]
        pending = []
    roles["责任单位"] += pending
    fields = [f"{key}：{'、'.join(units)}" for key, units in roles.items() if units]
    return "；".join(fields) or None


def is_note_line(text: str) -> bool:
    """A line that is a note of its own: 责任单位：…, 分管省领导：…, 牵 头 单 位 ： …"""
    return bool(_BARE_NOTE.match(simplified(re.sub(r"\s+", "", text[:30]))))
# A note without a key: （市发展改革委、市财政局负责）, （X牵头，Y配合）, （X牵头，Y参加）.
# Its units may hold a bracket of their own (各乡镇(街道)), and 〔〕 [] enclose it as well as （）.
_KEYLESS_INNER = r"(?:[^（）()〔〕\[\]：:。]|[（(〔][^（）()〔〕：:。]{1,12}[）)〕])"  # ；between role groups
# The words a remark after a note's units opens with (以下均需…不再列出, 第一位为牵头部门，下同, 注：,
# and a deadline: 2020年6月底前完成, 6月底前, 长期坚持, 完成时限：10月): one list for keyed and keyless notes.
# Not 其中: …，其中市发改委牵头 names a lead.
_REMARK_WORDS = (r"以下|下同|不再|均需|注[：:]|第一|首位|排名|排在|列在|列第|" + _OTHER_KEYS + r"\s*[：:]"
                 r"|(?:19|20)\d{2}年|\d{1,2}月(?:底|末|份|中旬|上旬|下旬|\d{1,2}日)|长期坚持|持续推进"
                 r"|(?:年内|年底前?|年末|全年|本年度)(?:完成|推进|持续|实施|落实|见效|基本)")  # a deadline
# …负责;以下均需各县政府负责,不再列出) or …负责,第一位为牵头部门,下同): a remark after the units, which
# is no role group of its own (…牵头；Y、Z配合 and …负责;各市州政府负责实施,以下不再列出 keep their
# groups): after 。 the rest is a remark; after ；，, only what opens with a remark's word is.
# (X牵头，A、B、C): the units after a lead with no role word of their own support it
_KEYLESS = re.compile(rf"[（(〔\[]\s*({_KEYLESS_INNER}{{2,120}}?(?:{LEAD_WORD}|负责|落实|{SUPPORT_WORD})(?:实施|落实|督导|督办|组织)?"
                      rf"(?:(?:(?<={LEAD_WORD})|(?<=督导)|(?<=督办)|(?<=牵头组织))[，,](?!\s*(?:{_REMARK_WORDS})){_KEYLESS_INNER}{{2,120}}?)?)\s*"
                      rf"(?:(?:[；;，,](?=\s*(?:{_REMARK_WORDS}))|。)"
                      r"((?:[^（）()〔〕\[\]]|[（(〔][^（）()〔〕\[\]]{1,30}[）)〕]){0,120}?))?\s*[）)〕\]]")  # …(含…管委会)落实, 各县〔区〕; …负责。)
_REMARK_START = re.compile(rf"^(?:{_REMARK_WORDS})")
_COLLECTIVE_HEAD = re.compile(r"(?:人民政府|政府|办事处|管委会)$")  # what a collective's short form leaves out
_GROUP_CARRY = re.compile(r"以下.*(不再(?:逐条|一一|逐一|重复)列出|均[需由应须要])")

# What no personal name holds: a collective's 各 / 全 (全区经济运行各专班 is one unit), or a
# group's word at its end (专班, 小组).
_NO_PERSON = re.compile(r"^[各全]|[各专]班|组$")
_POST = re.compile(r"(?:书记|主任|长|负责人|负责同志)$")  # a post a collective's note names after it
_AGENCY_PERSON = re.compile(r"^(.*?" + ORG_END + r")([\u4e00-\u9fff]{2,3})(?:同志)?$")
_PLACE = re.compile(r"^[\u4e00-\u9fff]{2,12}(区|县|园区)$")
_SHARED_HEAD = re.compile(r"(管委会|人民政府|政府)$")
_GENERIC = ("单位", "部门")
_DIRECT = re.compile(r"^[省市县区州旗]直$")  # 县直 alone: the bodies of a level, named with the class after it
# A class of units that names no body: 相关成员单位, 有关部门, 其他责任单位 (without 各, a place or a
# body before it: 区级相关部门, 各相关单位 and 市有关部门 name the bodies of a level).
_NO_BODY = re.compile(r"^(?:其他|其它)?(?:相关|有关)?(?:成员|责任|配合)?(?:单位|部门)$")
_STRIP_SUFFIX = re.compile(r"(按照?职[责能](?:职[责能])?(?:分工)?(分别|共同)?(负责|落实|牵头)?|等[^等]{0,16}(部门|单位)"
                           r"|等(?:负有|承担|具有)[^等]{2,24}?的[^等]{0,6}?(?:部门|单位|机关)"  # 等负有…职责的部门
                           r"|(分别|共同|具体|参照)?(?:负责|落实)(?:落实|督导|督办)?|参照执行|等|自行)$")  # 各地自行: no body


def _unsuffixed(unit: str) -> str:
    """A unit without the duty words printed after it (各县区政府按职能分别落实 -> 各县区政府), found in
    a simplified copy (按職能分別落實 too) and cut as printed."""
    m = _STRIP_SUFFIX.search(simplified(unit))
    return unit[:m.start()] if m else unit


# (参照落实: the towns follow the city's lead: 各镇(街)参照落实)
_ROLE_WORDS = re.compile(rf"(分别|共同|具体|参照)?({LEAD_WORD}|负责|落实|{SUPPORT_WORD})(实施|组织|(?<=牵头|配合|负责)督[导办])?")
# A document rule printed inside a note: （列第一位者为牵头或汇总单位，下同）; the rule itself is
# read once per document (FIRST_LEADS), the remark is no agency.
_IN_REMARK = r"(?:[^（）()]|[（(][^（）()]{1,6}[）)])"  # a remark's words, a short bracket among them: 各市(州)
_RULE_REMARK = re.compile(rf"[（(]{_IN_REMARK}*(?:第一位|第一个|首位|下同|分号之?前){_IN_REMARK}*[）)]|[，,]?下同"
                          r"|[，,；;]?(?:(?:列|排)[在名]?(?:第一位|首位|第一个|第一)|第一位)[^，,；;（）()]{0,12}"
                          r"(?:牵头|主责)(?:单位|部门)?|[，,；;]?分号之?前[^，,；;（）()]{0,8}(?:牵头|主责)(?:单位|部门)?")
_RULE_ANCHOR = re.compile("第一|首位|下同|分号之?前")  # what every branch of _RULE_REMARK holds
FIRST_LEADS = re.compile(r"(?:(?:列|排)(?:在|名)?(?:第一位|首位|第一个|第一)(?:的|者)?|第一位?)(?:责任)?(?:单位|部门)?"
                         r"(?:为|是)(?:牵头|主责)")  # read in a simplified copy
# The rule （分号前为牵头单位，下同）: the units before a note's semicolon lead, those after it support.
SEMICOLON_LEADS = re.compile(r"分号(?:之)?前[面边]?的?(?:单位|部门)?(?:为|是)?(?:牵头|主责)")  # in a simplified copy


@dataclass
class Duties:
    """Who carries out a measure, as the notes print them."""

    leads: list[str] = field(default_factory=list)
    supports: list[str] = field(default_factory=list)
    responsible: list[str] = field(default_factory=list)
    persons: list[str] = field(default_factory=list)
    carried: list[str] = field(default_factory=list)  # units a note gives to every later item
    ahead: list[str] = field(default_factory=list)  # units of a note without a lead listed before its ；
    # what the reader should be warned of: a unit cut off, a name that does not end as one
    # (never merged: the outline turns them into warnings where the note is read)
    doubts: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.leads or self.supports or self.responsible or self.persons)

    def merge(self, other: Duties) -> None:
        for name in ("leads", "supports", "responsible", "persons", "carried", "ahead"):
            mine = getattr(self, name)
            mine.extend(x for x in getattr(other, name) if x not in mine)


@dataclass(frozen=True)
class NoteSpan:
    start: int
    end: int  # after the closing bracket (or the end of the text, if it never closes)
    body: str
    cut: str = ""  # a note that never closes: its last unit, cut off by the text's end
    unclosed: bool = False  # the text (or its item) ends inside the note
    inside: bool = False  # a keyed field inside a sentence (_inline_fields): the item's text goes on after it


def find_notes(text: str) -> list[NoteSpan]:
    """The bracketed responsibility notes in a paragraph, in order; brackets may nest.

    Example:
        >>> find_notes("加大稳岗返还。（责任人：刘伟；牵头单位：区人力资源社会保障局）")[0].body
        '责任人：刘伟；牵头单位：区人力资源社会保障局'
    """
    return list(_notes_of(text))


@lru_cache(maxsize=4096)
def _notes_of(text: str) -> tuple[NoteSpan, ...]:
    """find_notes, once per text: an item's text is read for notes several times."""
    spans: list[NoteSpan] = []
    simple = simplified(text)
    for m in _NOTE_OPEN.finditer(simple):
        if spans and m.start() < spans[-1].end:
            continue
        depth, end = 0, len(text)
        for index in range(m.start(), len(text)):
            if text[index] in _OPEN:
                depth += 1
            elif text[index] in _CLOSE:
                depth -= 1
                if depth == 0:
                    end = index + 1
                    break
        closed = end <= len(text) and text[end - 1] in _CLOSE
        body = text[m.start() + 1 : end - 1 if closed else end]
        kept, cut = (body.strip(), "") if closed else cut_short(body)
        spans.append(NoteSpan(m.start(), end, kept, cut, unclosed=not closed))
    if _KEYLESS_HINT.search(simple):
        spans = sorted(spans + _keyless(text, simple, spans), key=lambda span: span.start)
    if (not spans or not spans[-1].unclosed) and _opens_at_end(simple):
        spans += _cut_keyless(text, simple, spans)
    if not spans and "【" in simple:
        spans = [NoteSpan(m.start(), m.end(), f"{m.group(1)}：{text[m.start(2):m.end(2)]}")
                 for m in _TAGGED.finditer(simple)]
    if not spans:
        spans = _trailing_fields(text, simple)
    if not spans and ("牵头" in simple[-140:] or "负责" in simple[-12:]):
        spans = _closing_clause(text, simple)
    if "。" in simple and ("(" in simple or "（" in simple):
        within = [w for w in _roleless_within(text, simple) if all(w.end <= s.start or w.start >= s.end for s in spans)]
        spans = sorted(spans + within, key=lambda span: span.start)
    if (not spans or spans[-1].end < len(text) and not spans[-1].unclosed) and simple.rstrip("。；; ").endswith(("）", ")")):
        spans += [r for r in _roleless(text, simple) if not spans or r.start >= spans[-1].end]
    return tuple(spans or _inline_fields(text, simple))  # the last resort: a field inside the text


# A note's fields after the item's last sentence, without brackets, up to the end of the text:
# …依法处置隐性债务。牵头单位:省财政厅;责任单位:省发改委、各市州政府。
_TRAILING_FIELDS = re.compile(rf"(?<=[。；;！!？?])\s*(?={_UNIT_KEYS}\s*[：:])")


def _trailing_fields(text: str, simple: str) -> list[NoteSpan]:
    """A keyed note printed after the item's last sentence without brackets, running to the end
    of the text: read when no sentence follows it and every unit in it is named as an agency is.

    Example:
        >>> [s.body for s in find_notes("化解隐性债务。牵头单位:省财政厅;责任单位:省审计厅、各市州政府。")]
        ['牵头单位:省财政厅;责任单位:省审计厅、各市州政府']
    """
    m = _TRAILING_FIELDS.search(simple)
    if not m or _BARE_NOTE.match(re.sub(r"\s+", "", simple[:30])):
        return []  # 牵头单位：…；配合单位：… on its own line is one note, from its first key
    if _ROLE_KEY_BEFORE.search(simple, _sentence_start(simple, m.start()), m.start()):
        return []  # …,牵头部门:X;配合单位:Y。: the note opens inside the sentence (_inline_fields); not
        # after a 完成时限 field (…。完成时限:全年;责任单位:…: a table's row)
    body = text[m.end():].rstrip("。；; \n")
    if re.search(r"[。！!？?]", body) or len(body) > 400:
        return []
    duties = parse_note(body)
    units = duties.leads + duties.supports + duties.responsible
    if not units or not all(is_unit_name(_unsuffixed(u)) for u in units):
        return []
    return [NoteSpan(m.start(), len(text), body, unclosed=False)]


# Keyed fields inside a sentence of the item's text, without brackets, after a comma, up to the
# sentence's end, more text after it: 农村道路畅通工程,牵头部门:市交通局。建设进度相对较慢。, or
# …,牵头单位:县交通运输局;配合单位:县财政局。 (a field opening a sentence is read by the other rules:
# _trailing_fields, a note's line)
_INLINE_FIELD = re.compile(rf"(?<=[，,])\s*{_UNIT_KEYS}\s*[：:][^。！!？?\n]{{2,200}}?(?=[。！!？?]|$)")
_KEY_BEFORE = re.compile(rf"(?:{_KEYS}|{_OTHER_KEYS})\s*[：:]")
_ROLE_KEY_BEFORE = re.compile(rf"{_KEYS}\s*[：:]")


def _inline_fields(text: str, simple: str) -> list[NoteSpan]:
    """Keyed notes printed inside a sentence without brackets, each up to the sentence's end, when
    nothing else reads as a note: each opening with the first field of its sentence (a field after
    another one is the rest of a note read otherwise), its fields naming only units, as agencies are
    named (a 完成时限 field any value).

    Example:
        >>> [s.body for s in find_notes("农村道路畅通工程,牵头部门:市交通局。建设进度较慢的为某县。")]
        ['牵头部门:市交通局']
        >>> [s.body for s in find_notes("新建公路,牵头单位:县交通局;配合单位:县财政局、县自然资源局。年底完成。")]
        ['牵头单位:县交通局;配合单位:县财政局、县自然资源局']
        >>> _inline_fields("加强统筹,牵头单位:要切实履行职责。", "加强统筹,牵头单位:要切实履行职责。")
        []

    The comma before the note goes with it (the text reads 农村道路畅通工程。建设进度较慢…).
    """
    out = []
    for m in _INLINE_FIELD.finditer(simple):
        if (_KEY_BEFORE.search(simple, _sentence_start(simple, m.start()), m.start())
                or not _fields_of_units(simple[m.start():m.end()])):
            return []
        out.append(NoteSpan(m.start() - 1, m.end(), text[m.start():m.end()].strip(" ，,；;"), inside=True))
    return out


def _sentence_start(simple: str, at: int) -> int:
    """Where the sentence holding position `at` starts: after the last full stop before it."""
    return max(simple.rfind(mark, 0, at) for mark in "。！!？?") + 1


def _fields_of_units(note: str) -> bool:
    """Whether every unit field of a run of keyed fields lists units only (其他 fields: any value)."""
    keys = list(_KEY_BEFORE.finditer(note))
    ends = [k.start() for k in keys[1:]] + [len(note)]
    for key, end in zip(keys, ends, strict=True):
        value = note[key.end():end].strip(" ，,；;")
        if _UNIT_KEY.match(key.group(0)) and not is_unit_list(value):
            return False
    return bool(keys)


# after a sentence, or a paragraph of its own; a remark may follow the units, after a full stop too (…区政府,列第一位的为牵头
# 单位,下同。以下均需各县市、区政府落实,不再列出)
_ROLELESS = re.compile(r"(?:(?<=[。；;！？!?])|^)\s*[（(]((?:[^（）()：:。]|[（(][^（）()：:。]{1,8}[）)]){4,160}?)"
                       rf"((?:[，,；;。]\s*(?:{_REMARK_WORDS})[^（）()：:]{{0,80}})?)。?[）)][。；;\s]*$")
_BODY_END = re.compile(ORG_END + r"(?:[（(][^（）()]{2,20}[）)])?$")


def _roleless(text: str, simple: str) -> list[NoteSpan]:
    """A bracket that closes an item and lists only bodies, without a key or a role word
    (…。（市发展改革委、市财政局、各县区政府）): the units responsible. Every part must name a body
    (…局, …委, …管委会, 各…), never only a place (（济南市、青岛市）) or a word (（试行）)."""
    m = _ROLELESS.search(simple, max(0, len(simple) - 200))
    if not m:
        return []
    by = 1 if m.group(1).startswith("由") else 0  # （由市政府负责）: 由 is no part of the unit's name
    if not _only_bodies(_bare_units(m.group(1)[by:])):
        return []
    start = m.start(1) - 1
    return [NoteSpan(start, len(text), "责任单位：" + text[m.start(1) + by:m.end(2)])]


def _bare_units(listed: str) -> list[str]:
    """The parts of a bracket's list, without the duty words printed after each."""
    return [_unsuffixed(u) for u in split_units(listed) if u.strip()]


def _only_bodies(units: list[str]) -> bool:
    """Whether every part of a list names a body (…局, …委, …管委会, 各…), never only a place
    (济南市、青岛市) or a word (试行)."""
    bodies = [len(u) >= 3 and bool(_BODY_END.search(u) or COLLECTIVE.match(u) or _shares_body(u, after))
              for u, after in zip(units, [*units[1:], ""], strict=True)]
    # a development zone named as a unit among bodies (…、济南高新区、某某先行区): as many bodies as
    # zones at least, so that a bracket of places names no unit (nor of areas: 城东片区, 自然保护区)
    zones = [not body and len(u) >= 4 and simplified(u).endswith(_ZONE_ENDS) for u, body in zip(units, bodies, strict=True)]
    return bool(units) and all(b or z for b, z in zip(bodies, zones, strict=True)) and sum(bodies) >= max(1, sum(zones))


# A bracket after a sentence that lists only bodies, text going on after it (…名录。（区金融办、区财政局。）坚持…):
# one of several notes inside one paragraph, each after the sentence it charges
_BRACKETED_LIST = r"((?:[^（）()：:。]|[（(][^（）()：:。]{1,8}[）)]){4,160}?)"  # a short bracket inside: 各县(市)
_ROLELESS_WITHIN = re.compile(rf"(?<=[。；;！？!?])\s*[（(]{_BRACKETED_LIST}。?[）)](?=\s*[^\s。；;）)])")
# …or before the full stop of the sentence it charges (…落实情况(区发展改革委、区财政局)。做好…), not after a body's
# name it glosses (各县区政府(管委会)。)
_ROLELESS_BEFORE_STOP = re.compile(rf"(?<![。；;！？!?\s])\s*[（(]{_BRACKETED_LIST}[）)](?=[。；;])")


def _roleless_within(text: str, simple: str) -> list[NoteSpan]:
    """The brackets inside a paragraph, each after a sentence, that list only bodies without a key or a
    role word (…公司名录。（区金融办、区财政局、区房管局。）坚持…): each the units responsible for its
    sentence, as a keyless note is.

    Example:
        >>> [s.body for s in find_notes("公开名录。(区金融办、区财政局。)发布计划。(区环保局)")]
        ['责任单位：区金融办、区财政局', '责任单位：区环保局']
    """
    out: list[NoteSpan] = []
    before_stop = [m for m in _ROLELESS_BEFORE_STOP.finditer(simple)
                   if not _GLOSSED.search(simple[max(0, m.start() - 12):m.start()].rstrip())]
    for m in sorted([*_ROLELESS_WITHIN.finditer(simple), *before_stop], key=lambda m: m.start()):
        units = _bare_units(m.group(1))
        if (_NOT_A_NOTE.match(m.group(1)) or m.group(1).startswith(("由", "请")) or not _only_bodies(units)
                or any(u.startswith("原") for u in units)):
            continue  # （由市政府负责）: a sentence, not a list of units; （原县农委）: a body's former name
        if all(_GOVERNMENT_BODY.search(simplified(u)) or COLLECTIVE.match(simplified(u)) for u in units):
            out.append(NoteSpan(m.start(1) - 1, m.end(), "责任单位：" + text[m.start(1):m.end(1)]))
    return out


# What a bracket right after it glosses, not charges: a body's name (各县区政府(管委会), 县农业农村局(原县农牧局)) or a
# title cited (《关于…的意见》(省委办公厅、省政府办公厅))
_GLOSSED = re.compile(r"(?:局|委|办|厅|部|院|政府|管委会|委员会|办公室|》|”)$")
# A bracket that lists examples or a group's members, not who is charged: （如…）, （包括…）, （成员单位包括…）
_NOT_A_NOTE = re.compile(r"^(?:如|例如|比如|包括|含|其中|即|成员单位|以下简称)|简称")
# Within a paragraph only government bodies make a note: not towns, firms, banks, hospitals or research
# institutes a sentence names (（碣石镇、甲子镇）, （某某研究院、某某研究中心）)
_GOVERNMENT_BODY = re.compile(r"(?:局|委|办|厅|部|政府|管委会|委员会|办公室|办事处|分局|妇联|残联|工商联|科协|文联|工会"
                              r"|大队|支队|^[省市县区州旗][^、，,]{1,10}中心)$"
                              r"|^[省市县区州旗][^、，,]{0,8}各(?:有关|相关)?(?:部门|单位)$")  # 区政府各部门: the body's departments


_ZONE_ENDS = (*(word for word, _ in ZONE_WORDS), "经开区", "先行区", "合作区", "保税区")
_PLACE_BODY = re.compile(r"^[\u4e00-\u9fff]{1,8}([县市区旗州])(?:人民政府|政府)$")


def _shares_body(unit: str, after: str) -> bool:
    """A place whose body the next unit names for both (托克托县、清水河县人民政府: the first
    county's 人民政府 elided), so a bracket of them names bodies; the place must be one the
    gazetteer knows (试点县、某某县人民政府 names no 试点县人民政府)."""
    m = _PLACE_BODY.match(simplified(after))
    plain = simplified(unit)
    return m is not None and plain.endswith(m.group(1)) and 2 <= len(unit) <= 9 and bool(gazetteer().candidates(plain))


_CLAUSE_ROLE = re.compile(r"^由?(.{2,120}?)(?:分别|共同)?牵头(?:负责|落实)?"
                          r"(?:[，,](.{2,120}?)(?:配合|参与|按职责分工负责|按职责分工落实))?$"
                          r"|^由?(.{2,120}?)(?:按照?职责)?(?:分工)?(?:分别|共同|具体)?负责(?:落实|实施)?$")


def _closing_clause(text: str, simple: str) -> list[NoteSpan]:
    """A note printed as the item's last sentence, without brackets: …。市发展改革委牵头，市财政局、
    各区政府配合。 or …。由市财政局、市税务局负责。 — read only when every unit in it is named as an
    agency is."""
    stripped = simple.rstrip("。；; \n")
    cut = max(stripped.rfind("。"), stripped.rfind("；"), stripped.rfind(";"))
    if cut < 0 or not is_duty_clause(stripped[cut + 1:].strip()):
        return []
    printed = text[cut + 1:len(stripped)].strip()
    return [NoteSpan(cut + 1, len(text), "责任单位：" + printed.removeprefix("由"))]


def is_duty_clause(clause: str) -> bool:
    """A clause that only says which units do the work, every unit named as an agency is (市发展改革委
    牵头，市财政局配合; 由市财政局负责; 区数据局牵头会区各单位负责), read in a simplified copy.

    Example:
        >>> is_duty_clause("区数据局牵头会区各单位负责。"), is_duty_clause("各地要负责。")
        (True, False)
    """
    m = _CLAUSE_ROLE.match(_jointly(simplified(clause).rstrip("。；; ")))  # X牵头会同Y负责 as X牵头，Y配合
    units = [_unsuffixed(u) for part in m.groups() if part for u in split_units(part)] if m else []
    return bool(units) and all(is_unit_name(u) for u in units)


_BY_DUTY = re.compile(r"按照?职[责能](?:分工)?|分工(?=负责|落实)")  # 按照职能分别落实 too
_LAST_DUTY = re.compile(r"(?:按照?职[责能])?(?:分工)?(?:分别|共同|具体|参照)?(?:负责|落实)(?:实施|落实)?$")
_KEYLESS_HINT = re.compile(rf"(?:{LEAD_WORD}|负责|落实|{SUPPORT_WORD})[^（）()]{{0,80}}[）)〕\]]")


# The start of a note's duty words, cut by the excerpt's end: 等, 按职责分, 等按职, the first
# character of a duty verb (…人民政府负, …局牵); and 会同 with what the cut left of the unit after
# it (会同有), not a whole unit (会同市税务局) nor 会同县 (a county).
_CUT_DUTY = re.compile(r"(?:等|按照?|等按照?)(?:职(?:责(?:分工?)?)?)?$|等?(?:按照?职责分工|分别|共同|具体|组织)?(?:负(?:责落?)?|落实?|牵头?|配合?)$")
_BODY_LAST = "局厅委办府会室队心行部司组"  # the characters a body's name ends with
_JOINED_WORDS = "会同[^、，,；;]{0,12}"  # 会同 and what a cut left of the unit after it
_JOINED_CUT = re.compile(rf"(?<=[{_BODY_LAST}]){_JOINED_WORDS}$(?<![{_BODY_LAST}])")
# 各县区人, 各乡镇人民政, 各街道办事: a collective cut inside the name of its bodies
_CUT_COLLECTIVE = re.compile(r"^各.*(?:人民政?|(?<![责负])人|[有相]关部|办事)$")  # not 各县区主要负责人, 各园区管委
# 市住建局等政府各有关, 市总工会等群团组: a class of units after 等, cut before its 部门 or 组织
_CUT_CLASS = re.compile(rf"(?<=[{_BODY_LAST}])等(?:[^、，,；;等]{{1,10}}$(?<![{_BODY_LAST}门位构])"
                        r"|(?:相关|有关|其他|其它|群团|各)[^、，,；;等]{0,6}$(?<!部门)(?<!单位)(?<!组织)(?<!机构))")


# A name the excerpt cut inside 社会 or 行政 (省人力资源社, 市行): it ends on a character that ends bodies'
# names too (合作社, 银行), but here opens the word the cut broke
_CUT_IN_WORD = re.compile(r"(?:资源和?社|^[省市县区]人社|^[省市县区]行)$")


def cut_short(body: str) -> tuple[str, str]:
    """A note that never closes: the last unit of a note the excerpt cut (省财政厅、省税,
    牵头单位：区发展改 or 省税务局\ufffd) is left out and returned apart; one that ends as an agency
    name does stays.

    Example:
        >>> cut_short("责任人：刘伟；牵头单位：区发展改")
        ('责任人：刘伟；牵头单位：', '区发展改')
        >>> cut_short("市财政局、市税务局会同有")
        ('市财政局、市税务局', '会同有')
        >>> cut_short("省商务厅、省统计局等按职责分")
        ('省商务厅、省统计局', '等按职责分')
        >>> cut_short("市商务局、市工商联等部门和各乡镇人民政府负")
        ('市商务局、市工商联等部门和各乡镇人民政府', '负')
        >>> cut_short("市发展改革委牵头，市住建局等政府各有关")
        ('市发展改革委牵头，市住建局', '等政府各有关')
        >>> cut_short("市财政局牵头，市总工会等群团组")
        ('市财政局牵头，市总工会', '等群团组')
        >>> cut_short("市工信局、各县区人")
        ('市工信局', '各县区人')
        >>> cut_short("市财政局、各县人民政府负责落实")
        ('市财政局、各县人民政府负责落实', '')
        >>> cut_short("省发展改革委、省人力资源社")
        ('省发展改革委', '省人力资源社')
    """
    body = body.strip()
    last = re.split(r"[：:]", split_units(body)[-1])[-1] if body else ""  # 各县（市、区） whole
    simple = simplified(last)
    duty = _LAST_DUTY.search(simple)  # …管委会负责落实: whole duty words after a whole name, nothing cut
    if duty and duty.start() >= 2 and ENDS_AS_ORG.search(simple[:duty.start()]):
        return body, ""
    # 市税务局会同有, 省统计局等按职责分: the unit is whole, what the cut left of the words after it not
    after = _JOINED_CUT.search(simple) or _CUT_DUTY.search(simple) or _CUT_CLASS.search(simple)
    head = simple[:after.start()].removesuffix("牵头") if after else ""  # the unit before the cut words
    if after and after.start() >= 2 and (ENDS_AS_ORG.search(head) or COLLECTIVE.match(head)):  # 各县(市、区)具体负
        return body[: len(body) - len(last) + after.start()], last[after.start():]
    if last and ("\ufffd" in last or len(simple) < 2 or _opened(last) or _CUT_COLLECTIVE.search(simple)
                 or _CUT_IN_WORD.search(simple) or not (ENDS_AS_ORG.search(simple) or simple.startswith("各"))):
        return body[: len(body) - len(last)].rstrip("、，,；; "), last.replace("\ufffd", "").rstrip("、，,；; ")
    whole = body.rstrip("、，,；; ")
    before = re.split(r"[：:]", split_units(whole)[-1])[-1] if whole and whole != body else ""
    if before and _opened(before):  # 各区人民政府〈含开发区、 then the cut: inside its bracket
        return whole[: len(whole) - len(before)].rstrip("、，,；; "), before
    return body, ""


def cut_doubt(cut: str) -> str:
    """The warning for what `cut_short` left out of a note the excerpt cut: a unit's name, or only
    the words after the last unit (会同有, 等按职责分, 等负责), the units all kept.

    Example:
        >>> cut_doubt("区发展改")
        'a note never closes: its last unit 区发展改 is cut off and left out'
        >>> cut_doubt("等负责")
        'a note never closes: the words after its last unit (等负责) are cut off; its units are kept'
    """
    simple = simplified(cut)
    if _CUT_DUTY.fullmatch(simple) or re.fullmatch(_JOINED_WORDS, simple):
        return f"a note never closes: the words after its last unit ({cut}) are cut off; its units are kept"
    return f"a note never closes: its last unit {cut} is cut off and left out"


def _opened(name: str) -> bool:
    """A name the excerpt cut inside its bracket: 各区人民政府〈含开发区."""
    return open_brackets(name, "（(〈<【[", "）)〉>】]") > 0


def _listed_units(simple: str) -> list[str]:
    """The units a keyless note lists, its role words and duties taken off: 省财政厅、省人社厅等按职责
    分工负责;各市州政府负责实施 -> 省财政厅, 省人社厅, 各市州政府 (read in a simplified copy)."""
    return [_unsuffixed(unit) for unit in split_units(_ROLE_WORDS.sub("", _BY_DUTY.sub("", simple)))
            if unit]


# The leaders a keyless note names by office before its units (（分管副省长、协管副秘书长负责，
# 省发展改革委牵头，…）): persons, read as the note's 责任人.
_LEADER = r"[\u4e00-\u9fff]{0,8}?(?:副?(?:省长|市长|县长|区长|州长|旗长|主席|秘书长)|领导(?:同志)?)"
_LEADERS_FIRST = re.compile(rf"^\s*({_LEADER}(?:、{_LEADER})*)(?:分别|共同)?(?:负责|牵头)?[，,；;]\s*")


def _leaders_first(inner: str) -> tuple[str, int]:
    """The leaders a note names before its units, and where its units start (0: none named).

    Example:
        >>> _leaders_first("分管副省长、协管副秘书长负责，省发展改革委牵头")
        ('分管副省长、协管副秘书长', 15)
    """
    m = _LEADERS_FIRST.match(inner)
    return (m.group(1), m.end()) if m else ("", 0)


# What a clause after a lead may say that names no unit though it ends as one: who supervises
# (县政府督查室督办, 常务副县长督办, 县领导领办), what the task touches (涉及县财政局), or what is
# to be done (每季度召开一次联席会, 在县城设立创业服务中心, 抽调骨干组建专班: a verb, a time or a place)
_NO_UNIT = re.compile(r"(?:督办|领办|督导|督查)$|^(?:涉及|包括|会同|在|于|每|按季|按月)"
                      r"|召开|组建|设立|成立|抽调|整合|建立|开展|举办")

# X牵头, then a clause (…牵头，每季度召开一次联席会): the lead's part of a keyless note
_LEAD_THEN_CLAUSE = re.compile(rf"([^，,；;]{{2,40}}?(?:{LEAD_WORD})(?:组织|负责)?)[，,；;]")
# (由X牵头，Y、Z参与): a lead after 由, then its partners — a note, unlike a sentence (由市政府负责)
_BY_LEAD = re.compile(rf"由[^，,；;]{{2,40}}?(?:{LEAD_WORD})(?:组织|负责|实施)?(?:[，,；;][^，,；;]{{2,}}|$)")  # (由X牵头实施) too


def _all_listed_units(units: list[str]) -> bool:
    """Whether every piece of a keyless note is a unit: named as an agency is, or a place named
    bare before the unit whose body it shares (临汾、侯马、洪洞经济开发区管委会).

    Example:
        >>> _all_listed_units(["市经信委", "临汾", "侯马", "洪洞经济开发区管委会"])
        True
        >>> _all_listed_units(["市经信委", "临汾"]), _all_listed_units(["临汾", "每季度召开一次联席会"])
        (False, False)
    """
    for index, unit in enumerate(units):
        if is_unit_name(unit) and not _NO_UNIT.search(unit):
            continue
        after = units[index + 1] if index + 1 < len(units) else ""
        if not (_bare_place(unit) and (_bare_place(after) or is_unit_name(after) and not _NO_UNIT.search(after)
                                       and "等" not in after)):  # 长安、新华等重点商圈所在区政府: no shared body
            return False
    return True


def _bare_place(name: str) -> bool:
    """A place's short name alone (临汾, 侯马): no body's name."""
    return 2 <= len(name) <= 4 and bool(gazetteer().candidates(name))


def _keyless(text: str, simple: str, keyed: list[NoteSpan]) -> list[NoteSpan]:
    """Notes without a key, （市发展改革委、市财政局负责）: read as 责任单位 when every unit in
    them is named as an agency is (…局, …委, 各地), never for (按要求落实) or (逐步负责)."""
    out = []
    for m in _KEYLESS.finditer(simple):
        if any(span.start <= m.start() < span.end for span in keyed):
            continue
        by = _BY_LEAD.match(m.group(1))  # （由X牵头，Y参与）: a lead and its partners, after 由
        if m.group(1).startswith(("由", "请")) and not by:
            continue  # （由市政府负责）: a sentence, not a list of units
        leaders, skip = _leaders_first(m.group(1)) if not by else ("", 1)
        units = _listed_units(m.group(1)[skip:])
        end = m.end(1)
        if not _all_listed_units(units):
            # （由X牵头，每季度召开一次联席会）: the clause after the lead says what to do; the lead alone
            lead = _LEAD_THEN_CLAUSE.match(m.group(1), skip)
            units = _listed_units(m.group(1)[skip:lead.end(1)]) if lead else []
            end = m.start(1) + lead.end(1) if lead else end
        if units and _all_listed_units(units):
            duty = _LAST_DUTY.search(m.group(1), 0, end - m.start(1))
            end = duty.start() + m.start(1) if duty else end
            remark = "。" + text[m.start(2):m.end(2)] if m.group(2) else ""
            persons = f"责任人：{text[m.start(1):m.start(1) + len(leaders)]}；" if leaders else ""
            kept, at = [], m.start(1) + skip
            for duty in _CLAUSE_DUTY.finditer(simple, at, end):  # each clause's duty off (X分工负责，Y), as simplified
                kept.append(text[at:duty.start()])
                at = duty.end()
            units_text = "".join(kept) + text[at:end]
            out.append(NoteSpan(m.start(), m.end(), persons + "责任单位：" + units_text + remark))
    return out


# A clause's duty inside a keyless note, before the next clause (县有关部门分工负责，各乡镇负责落实): no unit's words
_CLAUSE_DUTY = re.compile(r"(?:按照?职[责能])?(?:分工)?(?:分别|共同|具体)?(?:负责|落实)(?:实施|落实)?(?=[，,；;])")


# A bracket opened inside the last unit's name of a note the excerpt cut (…,各市、县〔)
_CUT_INNER = re.compile(r"[（(〔][^（）()〔〕]{0,6}$")
# A note the excerpt cut, in （） or 〔〕, a short bracket inside it (各县(市、区)人民政府) or not
_OPEN_AT_END = re.compile(r"[（(〔]((?:[^（）()〔〕：:。]|[（(][^（）()〔〕]{1,16}[）)]){4,200})$")
_OPEN_REMARK = re.compile(rf"[〔\[](?=\s*(?:{_REMARK_WORDS}))[^〔〕\[\]]*$"  # 〔以下均需…, cut with the note it sits in
                          rf"|。\s*(?:{_REMARK_WORDS})[^。〔〕]*$"  # …负责落实。以下均需…落实, cut
                          r"|(?<=负责|落实|配合)。(?:[^。〔〕（）()]|[（(][^。（）()]{1,6}[）)])*$")  # …负责。各县(市)政府均为, cut
# the document's rule after the units of a note the excerpt cut: …等负责。列第一位者为牵头单位，下
_OPEN_RULE = re.compile(r"[。；;，,]\s*(?:(?:列|排)[在名]?(?:第一位|首位|第一个|第一)|第一位)[^（）()。]{0,20}$")


def _opens_at_end(simple: str) -> bool:
    """Whether the text's last 400 characters open more brackets （ ( 〔 than they close (cheap)."""
    return open_brackets(simple[-400:], "（(〔", "）)〕") > 0


def _cut_keyless(text: str, simple: str, found: list[NoteSpan]) -> list[NoteSpan]:
    """A keyless note the excerpt cut (…。（省财政厅、省人社厅牵头，省工信厅、人行南昌中): read like a
    closed one, its last unit left out when it does not end as a unit's name; one cut before
    its role word (…。（市政府办公室、市) when it lists units after a sentence; one of several role sentences
    read as one note, or, if that reads no units, up to its first sentence."""
    joined, joined_simple = _sentences_joined(text, simple)
    if joined_simple != simple:
        read = _cut_keyless_once(joined, joined_simple, found)
        if read:
            return read
    return _cut_keyless_once(text, simple, found)


def _cut_keyless_once(text: str, simple: str, found: list[NoteSpan]) -> list[NoteSpan]:
    remark = _OPEN_REMARK.search(simple) or _OPEN_RULE.search(simple)
    if remark:
        text, simple = text[:remark.start()], simple[:remark.start()]
    end = len(text)  # the note runs to the text's end, a cut gloss with it
    gloss = _CUT_GLOSS.search(simple)  # 省工業(ye: a pinyin gloss the excerpt cut
    if gloss:
        text, simple = text[:gloss.start()], simple[:gloss.start()]
    inner = _CUT_INNER.search(simple)  # …等参与,各市、县〔: a bracket inside the last unit's name, cut with it
    inner_cut = ""
    if inner and open_brackets(simple[max(0, inner.start() - 400):inner.start()], "（(〔", "）)〕") > 0:
        text, simple, inner_cut = text[:inner.start()], simple[:inner.start()], text[inner.start():]
    m = _OPEN_AT_END.search(simple)
    if not m or not (re.search(rf"{LEAD_WORD}|配合|协办|负责", m.group(1)) or _cut_list(simple, m)):
        return []
    if found and m.start() < found[-1].end:
        return []
    leaders, skip = _leaders_first(m.group(1))
    body, cut = cut_short("责任单位：" + text[m.start(1) + skip:].replace("\n", ""))
    if inner_cut and not cut:  # the name the bracket opened in is cut, whole as it looks (各市、县)
        last = split_units(body.split("：", 1)[1])[-1] if body.split("：", 1)[1] else ""
        body, cut = body[:len(body) - len(last)].rstrip("、，,；; "), last + inner_cut
    units = _listed_units(simplified(body.split("：", 1)[1]))
    if not units or not all(is_unit_name(u) for u in units):
        return []
    persons = f"责任人：{text[m.start(1):m.start(1) + len(leaders)]}；" if leaders else ""
    return [NoteSpan(m.start(), end, persons + body, cut, unclosed=True)]


# The note the excerpt cut, from its bracket: its sentences, each ending in a role word but the cut last
_OPEN_SENTENCES = re.compile(r"[（(〔]((?:[^（）()〔〕：:]|[（(][^（）()〔〕]{1,16}[）)]){4,300})$")
_ROLE_END = re.compile(rf"(?:{LEAD_WORD}|配合|协办|参与|负责|落实)(?:实施|落实)?$")
_ROLE_IN = re.compile(rf"{LEAD_WORD}|配合|协办|参与|负责|落实")
_REMARK_IN = re.compile(_REMARK_WORDS)


def _sentences_joined(text: str, simple: str) -> tuple[str, str]:
    """A cut note of several sentences, each a role clause (（省发展改革委负责。省财政厅、省商务厅配合 …):
    read as one note, its sentences joined as its clauses are (。 -> ；); else as printed.

    Example:
        >>> _sentences_joined("推进。（省发展改革委负责。省财政厅配合", "推进。（省发展改革委负责。省财政厅配合")[0]
        '推进。（省发展改革委负责；省财政厅配合'
    """
    m = _OPEN_SENTENCES.search(simple)
    if not m or "。" not in m.group(1):
        return text, simple
    parts = m.group(1).split("。")
    if (not all(_ROLE_END.search(part) for part in parts[:-1]) or not _ROLE_IN.search(parts[-1])
            or any(_REMARK_IN.search(part) for part in parts[1:])):
        return text, simple  # …负责。以下均需…落实 / …。列第一位者为牵头单位: a remark after the note
    stops = [m.start(1) + i for i, ch in enumerate(m.group(1)) if ch == "。"]
    chars, plain = list(text), list(simple)
    for at in stops:
        chars[at] = plain[at] = "；"
    return "".join(chars), "".join(plain)


_CUT_GLOSS = re.compile(r"(?<=[\u4e00-\u9fff])\((?:[a-zü]|[\u00e0-\u00fc\u0101-\u01dc]){0,6}$")


def _cut_list(simple: str, m: re.Match[str]) -> bool:
    """A bracket opened after a sentence (or on a line of its own) that lists units and is cut
    before its role word (…。（市政府办公室、市): a note, its complete units responsible."""
    return (m.start() == 0 or simple[m.start() - 1] in "。；;") and "、" in m.group(1)


def strip_notes(text: str) -> str:
    for span in reversed(find_notes(text)):
        text = text[: span.start] + text[span.end :]
    return text.strip()


def parse_note(body: str) -> Duties:
    """Parse the inside of one note.

    Example:
        >>> d = parse_note("责任单位：县人力资源社会保障局牵头，县财政局配合")
        >>> d.leads, d.supports
        (['县人力资源社会保障局'], ['县财政局'])
    """
    duties = Duties()
    body = _without_rules(re.sub(r"\s+", "", body))
    keys = list(_FIELD.finditer(simplified(body)))
    for index, key in enumerate(keys):
        end = keys[index + 1].start() if index + 1 < len(keys) else len(body)
        value = body[key.end() : end].strip("；;，,。 ")
        _parse_field(key.group(0).rstrip("：:"), value, duties)
    for role in (duties.leads, duties.supports, duties.responsible):  # 各级总河湖长, 河长, 分管副县长: posts
        posts = [name for name in role if simplified(name).endswith("长")]
        _add(duties.persons, posts)
        role[:] = [name for name in role if name not in posts]
    led = bool(duties.leads) and any(re.match(rf"{_KEY_LEVEL}?(?:牵头|主办)", key.group(0))
                                     and _UNIT_KEY.match(key.group(0))
                                     for key in keys)  # a unit's key: 牵头单位, not a person's (牵头市领导)
    if led and duties.responsible:  # (实施单位：A；牵头单位：B): a lead's key after theirs, A supports it
        _add(duties.supports, duties.responsible)
        duties.responsible.clear()
    duties.doubts.extend(f"agency name {name} looks cut or broken ({why}); kept as printed"
                         for name in (*duties.leads, *duties.supports, *duties.responsible)
                         if (why := suspect_unit(name)))
    return duties


def only_rules(body: str) -> bool:
    """A bracket that prints only a document rule (（分号前面为牵头单位，下同）): no note of units.

    Example:
        >>> only_rules("分号前面为牵头单位,下同"), only_rules("责任单位：市林业局;各镇政府,下同")
        (True, False)
    """
    if not _RULE_ANCHOR.search(simplified(body)):
        return False
    rest = simplified(_without_rules(re.sub(r"\s+", "", body)))
    return not _FIELD.sub("", rest).strip("，,。；;")  # nor a key alone (责任单位：（下同）)


def _without_rules(text: str) -> str:
    """The text without the document rules printed in it (（列第一位者为牵头单位，下同）): read once
    per document (FIRST_LEADS, SEMICOLON_LEADS), no agency."""
    if _RULE_ANCHOR.search(simplified(text)):  # most notes hold no rule: skip the long pattern
        for m in reversed(list(_RULE_REMARK.finditer(simplified(text)))):
            text = text[:m.start()] + text[m.end():]  # the simplified copy has the same length
    return text


def suspect_unit(name: str) -> str:
    """Why a unit's name looks broken (cut mid-word, an unclosed bracket), or "" when it does not.

    Example:
        >>> suspect_unit("区发展改"), suspect_unit("各县（市、区"), suspect_unit("区发展改革局")
        ('it does not end as an agency name does', 'an unclosed bracket', '')
    """
    simple = simplified(name)
    if open_brackets(simple) != 0:
        return "an unclosed bracket"
    if not (ENDS_AS_ORG.search(simple) or simple.startswith("各") or "、" in simple):
        return "it does not end as an agency name does"
    return ""


# X会同Y, X牵头会同Y (会商, 会签), X牵头会Y: X leads and Y joins it (省财政厅会同有关部门和各市政府负责): read as
# X牵头，Y配合, Y up to the clause's end (a comma, ；) and without its duty word. 会同 is the verb only after a body's name (县财政局会同
# 县税务局); else it is 会同县, a county of 湖南 (会同县财政局, 怀化市会同县发改局).
_AFTER_BODY = f"(?<=[{_BODY_LAST}])"
_JOINTLY = re.compile(rf"{_AFTER_BODY}(?:牵头会[同商签]|牵头会(?![办议谈审])|会同)([^；;，,]+?)(?:{SUPPORT_WORD}|(?:分别|共同)?(?:负责|落实))?(?=$|[；;，,])")


_SUPPORT_KEYS = ("配合", "协办", "协同", "协助", "参与", "参加", "数据提供")


# X牵头 glued to the units after it (省残联、省卫生健康委牵头省教育厅、省民政厅按职责分工负责): a comma lost
_LEAD_THEN_UNITS = re.compile(r"(?<=[局厅委办府会室队心行部司组联])牵头(?=(?:[省市县区州盟旗][\u4e00-\u9fff]{1,14}?"
                              r"(?:局|厅|委|办|室|会|中心|政府|部|联)|各[\u4e00-\u9fff]{1,10}?(?:机关|部门|单位|政府|街道|乡镇))"
                              r"(?:[、，,；;]|按|等|分别|共同|负责|配合|落实|$))")


def _jointly(value: str) -> str:
    """X会同Y as X牵头，Y配合 (found in a simplified copy, which has the same length); X牵头 glued to
    the units after it as X牵头，….

    Example:
        >>> _jointly("市财政局会同市税务局负责，各县区政府落实")
        '市财政局牵头，市税务局配合，各县区政府落实'
        >>> _jointly("会同县财政局、县税务局")
        '会同县财政局、县税务局'
        >>> _jointly("区数据局牵头会区各单位、各镇街负责")
        '区数据局牵头，区各单位、各镇街配合'
        >>> _jointly("省残联、省卫健委牵头省教育厅、省民政厅按职责分工负责")
        '省残联、省卫健委牵头，省教育厅、省民政厅按职责分工负责'
    """
    for m in reversed(list(_LEAD_THEN_UNITS.finditer(simplified(value)))):  # a line break lost the comma after the lead
        value = value[:m.end()] + "，" + value[m.end():]
    simple = simplified(value)
    if "会" not in simple:
        return value
    out, last = [], 0
    for m in _JOINTLY.finditer(simple):
        out += [value[last:m.start()], "牵头，", value[m.start(1):m.end(1)], "配合"]
        last = m.end()
    return "".join(out) + value[last:]


_DUTY_END = re.compile(r"(?:负责|落实)$")  # X负责 in X负责，Y配合: a duty closing X's group


def _parse_field(key: str, value: str, duties: Duties) -> None:
    value, _, remark = value.partition("。")
    key = re.sub(r"^(?:主要|其他|总|[省市县区州](?=牵头|配合|责任|协同|协办|参与|主责))", "", simplified(key))
    # 配合单位：A会同B: both support, as the key says; elsewhere A leads
    value = re.sub(f"{_AFTER_BODY}会同", "、", value) if key.startswith(_SUPPORT_KEYS) else _jointly(value)
    if _OTHER_KEY.match(key):
        return
    if _PERSON_KEY.match(key) and not _UNIT_KEY.match(key):
        duties.persons.extend(n for n in (_clean(t) for t in split_units(value)) if n)
        return
    default = (
        duties.leads if key.startswith(("牵头", "主办"))
        else duties.supports if key.startswith(_SUPPORT_KEYS)
        else duties.responsible
    )
    tokens = split_units(value)
    for k, token in enumerate(tokens):  # 各县市区，以下均需各县市区落实，不再逐条列出: a remark
        if _REMARK_START.match(simplified(token.strip())):
            tokens, remark = tokens[:k], "，".join(tokens[k:]) + (f"。{remark}" if remark else "")
            break
    pending: list[str] = []
    for token in _shared_heads(tokens):
        token = token.strip()
        if not token or ("月" in token or "期" in token or "持续" in token) and DEADLINE.match(token):
            continue  # （…管委会，6月底完成）: a deadline printed among the units
        if token.startswith("其中"):  # 各区政府，其中市发改委牵头: the units before keep the key's role
            _add(default, pending)
            pending, token = [], token[2:]
        role = None
        suffix = ROLE_TAIL.search(simplified(token))
        tag = _ROLE_TAG.search(simplified(token))
        if suffix:
            role = duties.leads if re.fullmatch(LEAD_WORD, suffix.group(2)) else duties.supports
            token = token[: suffix.start()]
        elif tag:
            role = duties.leads if re.fullmatch(LEAD_WORD, tag.group(1)) else duties.supports
            token = token[: tag.start()]
        name = _clean(_unsuffixed(token.strip()))  # 各县区政府落实: no person named 落实
        if len(name) >= 2 and not _NO_BODY.match(simplified(name)):  # 市 alone: a name the excerpt cut
            pending.append(_split_person(name, duties))
        if role is not None:
            _add(role, pending)
            pending = []
        elif not duties.leads and _DUTY_END.search(simplified(token)):
            _add(default, pending)  # X负责，Y配合: X keeps the key's role, Y supports
            pending = []
    # "X牵头，Y按照职责分工落实": once a lead is named, the units left over support it.
    _add(duties.supports if default is duties.responsible and duties.leads else default, pending)
    if default is duties.responsible and not duties.leads and re.search("[；;]", value):
        first = re.split("[；;]", value, maxsplit=1)[0]  # the units a rule 分号前为牵头单位 makes leads
        ahead = [u for u in (_clean(_unsuffixed(t.strip())) for t in _shared_heads(split_units(first)))
                 if u in duties.responsible]
        if len(ahead) < len(duties.responsible):  # units after the semicolon too (not a deadline alone)
            _add(duties.ahead, ahead)
    if any(token.strip().startswith("其中") for token in tokens):  # A、B负责，其中A牵头: A leads only
        default[:] = [unit for unit in default if unit not in duties.leads or default is duties.leads]
    carrying = next((m for s in re.split("。", remark or "") if (m := _GROUP_CARRY.search(s))), None)
    if carrying:  # the units the carrying sentence names whole, from its 以下 (not another sentence's: 简称省、部)
        carry = carrying.string[carrying.start():]
        named = [u for u in duties.leads + duties.responsible + duties.supports
                 if u in carry or (u.startswith("各") and _COLLECTIVE_HEAD.sub("", u) in carry)]  # 各镇 of 各镇人民政府
        duties.carried.extend(named)


def _shared_heads(tokens: list[str]) -> list[str]:
    """Units printed with one shared head: 高新区、经济开发区、文昌湖区管委会 -> three 管委会 (in
    繁体 too); and a generic tail kept with its unit: 市有关部门、单位.

    Example:
        >>> _shared_heads(["荔湾区", "黃埔區政府"])
        ['荔湾区政府', '黃埔區政府']
    """
    out: list[str] = []
    places: list[str] = []
    for token in (t.strip() for t in tokens):
        if not token:
            continue
        simple = simplified(token)  # 黃埔區、南沙區政府 as 黄埔区、南沙区政府
        if simple in _GENERIC and out or out and _DIRECT.match(simplified(out[-1])) and simple.endswith(_GENERIC):
            out[-1] = f"{out[-1]}、{token}"  # 市有关部门、单位; 县直、驻县有关单位: one collective
            continue
        if _PLACE.match(simple):
            places.append(token)
            continue
        head = _SHARED_HEAD.search(simple)
        if places and head:
            out.extend(place + token[head.start(1):] for place in places)
        else:
            out.extend(places)
        places = []
        out.append(token)
    return out + places


def _split_person(token: str, duties: Duties) -> str:
    """Take a person's name off "市发展改革委陈思林" (the note says 牵头单位和责任人)."""
    simple = simplified(token)  # 市財政廳 ends as an agency does
    if ENDS_AS_ORG.search(simple):
        return token
    m = _AGENCY_PERSON.match(simple)
    if not m or len(m.group(1)) < 2 or _NO_PERSON.search(m.group(2)):
        return token
    if simple.startswith("各") and not _POST.search(m.group(2)):
        return token  # 各乡镇场街: a collective names no person, only a post (各乡镇党委书记)
    person = token[m.start(2):m.end(2)]
    if person not in duties.persons:
        duties.persons.append(person)
    return token[: m.end(1)]


_REMARK = re.compile(rf"[（(〈](?:{_IN_REMARK}*?(仅|只|提供|含|负责)|(?=以下|不再)){_IN_REMARK}*[）)〉]")


_MARK = "★☆▲△※●◆"  # a table's mark before a unit (★区发改委: most often its lead), no part of the name


def _clean(token: str) -> str:
    token = _REMARK.sub("", token).strip(" ：:。；;，,、").strip(_MARK)
    token = _unbalanced_brackets(token)
    if token.count("“") != token.count("”"):
        token = token.strip("“”\"")
    for _ in range(3):  # 市税务局等按职责分工负责: the duty, then 等
        suffix = _STRIP_SUFFIX.search(simplified(token))
        if not suffix or not suffix.group(0):
            break
        token = token[: suffix.start()]
    return token.strip()


def _unbalanced_brackets(token: str) -> str:
    """Brackets that belong to the note, not the name: 各街办(新区) stays whole, 局） loses its ）."""
    if "(" not in token and ")" not in token and "（" not in token and "）" not in token:
        return token.strip()
    opens = token.count("(") + token.count("（")
    closes = token.count(")") + token.count("）")
    while closes > opens and token[-1:] in ("）", ")"):
        token, closes = token[:-1], closes - 1
    while opens > closes and token[:1] in ("（", "("):
        token, opens = token[1:], opens - 1
    return token.strip()


# The words a body's name may open with before its own name: its level, or a region's (自治区财政厅)
_LEVEL_PREFIX = re.compile(r"^(?:自治区|省|市|县|区|州|盟|旗|[\u4e00-\u9fff]{1,8}?(?:省|自治区|市|县|区|州|盟|旗))$")


def without_lead_repeats(duties: Duties) -> Duties:
    """A measure's duties (changed in place) with its leads not named again among its other units:
    财政厅 in the partners of one note of a measure whose other note names 自治区财政厅 to lead is
    that lead.

    Example:
        >>> without_lead_repeats(Duties(leads=["自治区财政厅"], supports=["财政厅", "科技厅"])).supports
        ['科技厅']
    """
    if not duties.leads:
        return duties
    leads = [simplified(lead) for lead in duties.leads]

    def repeats(unit: str) -> bool:
        unit = simplified(unit)
        return any(lead == unit or lead.endswith(unit) and len(unit) >= 3
                   and _LEVEL_PREFIX.match(lead[: len(lead) - len(unit)]) for lead in leads)
    duties.supports = [u for u in duties.supports if not repeats(u)]
    duties.responsible = [u for u in duties.responsible if not repeats(u)]
    return duties


def _add(target: list[str], names: list[str]) -> None:
    target.extend(n for n in names if n not in target)

