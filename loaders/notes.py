"""Responsibility notes: （责任人：…；牵头单位：…）, （责任单位：X牵头，Y配合）, 牵头单位和责任人：市发展改革委陈思林.

Pure functions from a note's text to who leads, supports, is responsible, and which persons.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# A note is a bracketed group opening with one of these keys; half- and full-width alike.
_KEYS = r"(?:牵头单位和责任人|配合单位和责任人|责任单位和责任人|牵头单位|牵头部门|配合单位|配合部门|协办单位|责任单位|责任部门|主责单位|责任人)"
_NOTE_OPEN = re.compile(r"[（(]\s*" + _KEYS + r"\s*[：:]")
_FIELD = re.compile(_KEYS + r"\s*[：:]")
_SPLIT = re.compile(r"[、，,；;/]|\s+")
_GROUP_CARRY = re.compile(r"以下.*(不再逐条列出|均[需由应])")

# What an agency's name ends with; a personal name may follow it in "X和责任人" notes.
_ORG_END = (
    r"(?:局|委|厅|办|办公室|中心|支行|分行|行|院|部|会|处|公司|集团|队|大队|所|站|室|组|团|社|馆|"
    r"府|政府|分局|指挥部|管委会|街道|镇|乡|单位|部门|机构|园区)"
)
_AGENCY_PERSON = re.compile(r"^(.*?" + _ORG_END + r")([\u4e00-\u9fff]{2,3})(?:同志)?$")
_STRIP_SUFFIX = re.compile(r"(按照?职责分工(负责|落实)?|等(相关|有关)?(部门|单位)?|等)$")
_ROLE_SUFFIX = re.compile(r"(分别|共同)?(牵头|配合)(负责|落实)?$")


@dataclass
class Duties:
    """Who carries out a measure, as the notes print them."""

    leads: list[str] = field(default_factory=list)
    supports: list[str] = field(default_factory=list)
    responsible: list[str] = field(default_factory=list)
    persons: list[str] = field(default_factory=list)
    carried: list[str] = field(default_factory=list)  # units a note gives to every later item

    def __bool__(self) -> bool:
        return bool(self.leads or self.supports or self.responsible or self.persons)

    def merge(self, other: Duties) -> None:
        for name in ("leads", "supports", "responsible", "persons", "carried"):
            mine = getattr(self, name)
            mine.extend(x for x in getattr(other, name) if x not in mine)


@dataclass(frozen=True)
class NoteSpan:
    start: int
    end: int  # after the closing bracket (or the end of the text, if it never closes)
    body: str


def find_notes(text: str) -> list[NoteSpan]:
    """The bracketed responsibility notes in a paragraph, in order; brackets may nest.

    Example:
        >>> find_notes("加大稳岗返还。（责任人：刘伟；牵头单位：区人力资源社会保障局）")[0].body
        '责任人：刘伟；牵头单位：区人力资源社会保障局'
    """
    spans: list[NoteSpan] = []
    for m in _NOTE_OPEN.finditer(text):
        if spans and m.start() < spans[-1].end:
            continue
        depth, end = 0, len(text)
        for index in range(m.start(), len(text)):
            if text[index] in "（(":
                depth += 1
            elif text[index] in "）)":
                depth -= 1
                if depth == 0:
                    end = index + 1
                    break
        body = text[m.start() + 1 : end - 1 if end <= len(text) and text[end - 1] in "）)" else end]
        spans.append(NoteSpan(m.start(), end, body.strip()))
    return spans


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
    body = re.sub(r"\s+", "", body)
    keys = list(_FIELD.finditer(body))
    for index, key in enumerate(keys):
        end = keys[index + 1].start() if index + 1 < len(keys) else len(body)
        value = body[key.end() : end].strip("；;，,。 ")
        _parse_field(key.group(0).rstrip("：:"), value, duties)
    return duties


def _parse_field(key: str, value: str, duties: Duties) -> None:
    value, _, remark = value.partition("。")
    if key == "责任人":
        duties.persons.extend(n for n in (_clean(t) for t in _SPLIT.split(value)) if n)
        return
    default = (
        duties.leads if key.startswith("牵头")
        else duties.supports if key.startswith(("配合", "协办"))
        else duties.responsible
    )
    with_persons = key.endswith("和责任人")
    pending: list[str] = []
    for token in _SPLIT.split(value):
        token = token.strip()
        role = None
        suffix = _ROLE_SUFFIX.search(token)
        if suffix:
            role = duties.leads if suffix.group(2) == "牵头" else duties.supports
            token = token[: suffix.start()]
        name = _clean(token)
        if name and with_persons:
            name = _split_person(name, duties)
        if name:
            pending.append(name)
        if role is not None:
            _add(role, pending)
            pending = []
    # "X牵头，Y按照职责分工落实": once a lead is named, the units left over support it.
    _add(duties.supports if default is duties.responsible and duties.leads else default, pending)
    if remark and _GROUP_CARRY.search(remark):
        named = [u for u in duties.leads + duties.responsible + duties.supports if u[:2] in remark]
        duties.carried.extend(named)


def _split_person(token: str, duties: Duties) -> str:
    m = _AGENCY_PERSON.match(token)
    if not m or len(m.group(1)) < 2:
        return token
    if m.group(2) not in duties.persons:
        duties.persons.append(m.group(2))
    return m.group(1)


def _clean(token: str) -> str:
    token = token.strip(" ：:。；;，,、（）()\"“”")
    token = _STRIP_SUFFIX.sub("", token)
    return token.strip()


def _add(target: list[str], names: list[str]) -> None:
    target.extend(n for n in names if n not in target)
