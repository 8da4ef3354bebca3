"""The document's own fields: 文号, title, issuers, date, addressees, and where the body starts."""

from __future__ import annotations

import re
from dataclasses import dataclass

from policy_cascades.loaders.text import (
    cn_number,
    half_width_digits,
    is_date_line,
    is_plan_title,
    match_marker,
    squeeze,
)

# 文号: 机关代字〔年份〕序号号, brackets of any width, 第 optional, spaces as printed.
DOC_NUMBER = re.compile(
    r"([\u4e00-\u9fff]{1,10})\s*[〔\[［(（【]\s*((?:19|20)\d{2})\s*[〕\]］)）】]\s*第?\s*(\d{1,5})\s*号"
)
_LEADING_WORDS = re.compile(r"^(?:.*?(?:按照|根据|依据|落实|贯彻|印发|转发|参照|执行|和|及|与|、|的))+")
_ORG = (
    r"(?:中共)?[\u4e00-\u9fff]{0,24}?(?:人民政府办公室|人民政府办公厅|人民政府|政府办公室|政府办公厅|"
    r"政府办|委员会|委办公室|委办|党委|省委|市委|县委|区委|政府|指挥部|办公室|办公厅|管委会)"
)
_ORG_LINE = re.compile(rf"^(?:{_ORG}\s*)+$")
_WEB_STAMP = re.compile(r"(来源|发布时间|作者|字体|点击数|浏览次数|日期|发布日期)\s*[:：∶]")
_STAMP_DATE = re.compile(r"(?:发布时间|日期|发布日期)\s*[:：∶]\s*((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})")
_TITLE_END = re.compile(r"(通知|意见|方案|决定|办法|措施|通告|公告|报告|批复|函|规定|细则|纲要|规划|（修订版）)$")
_PAIR = re.compile(r"^((?:中共)?[\u4e00-\u9fff]{0,8}?[省市县区]委)([\u4e00-\u9fff]{0,8}?[省市县区](?:人民)?政府)$")
_WRAPPER = re.compile(r"^印发《(.+)》$")
_ADDRESSEES = re.compile(r"^[^。]{2,200}[：:]$")


@dataclass(frozen=True)
class Header:
    doc_number: str | None
    title: str
    issuers: tuple[str, ...]
    date: str | None
    addressees: tuple[str, ...]
    addressee_line: int | None  # 1-based; the body starts after it


def normalise_doc_number(match: re.Match[str]) -> str:
    """A 文号 as printed, with brackets 〔〕, half-width digits and no spaces or 第.

    Example:
        >>> normalise_doc_number(DOC_NUMBER.search("（淄金监发[2020]5 号）"))
        '淄金监发〔2020〕5号'
    """
    prefix = _LEADING_WORDS.sub("", match.group(1)) or match.group(1)
    return f"{prefix}〔{match.group(2)}〕{int(match.group(3))}号"


def parse_header(lines: list[str]) -> Header:
    """Read the fields a policy document prints in its header and signature."""
    clean = [half_width_digits(line.strip().replace("\u3000", " ")) for line in lines]
    addressee = _addressee_index(clean)
    header_end = addressee if addressee is not None else _body_start(clean)
    head = [(i, text) for i, text in enumerate(clean[:header_end]) if text]

    doc_number = None
    issuers: list[str] = []
    title_lines: list[str] = []
    for _, text in head:
        if _WEB_STAMP.search(text):
            continue
        number = DOC_NUMBER.search(text)
        if number and len(squeeze(text)) <= 30 and not text.startswith("关于"):
            doc_number = normalise_doc_number(number)
        elif _ORG_LINE.match(squeeze(text)) and not title_lines:
            issuers.extend(_orgs(text))
        else:
            title_lines.append(text)
    title, prefix_issuers = _title(title_lines)
    issuers = issuers or prefix_issuers or _signature(clean)
    return Header(
        doc_number=doc_number,
        title=title,
        issuers=tuple(dict.fromkeys(issuers)),
        date=_date(clean),
        addressees=_split_addressees(clean[addressee]) if addressee is not None else (),
        addressee_line=addressee + 1 if addressee is not None else None,
    )


def _addressee_index(lines: list[str]) -> int | None:
    for index, text in enumerate(lines[:40]):
        if _ADDRESSEES.match(text) and ("各" in text or "部门" in text or "单位" in text):
            return index
    return None


def _body_start(lines: list[str]) -> int:
    for index, text in enumerate(lines[:40]):
        if match_marker(text) or is_plan_title(text) or (len(text) > 60 and "。" in text):
            return index
    return min(len(lines), 10)


def _orgs(text: str) -> list[str]:
    """Issuing bodies printed side by side: "中共高台县委办公室  高台县人民政府办公室", "省委省政府"."""
    out: list[str] = []
    for piece in re.split(r"[\s、，,]+", text.strip()):
        pair = _PAIR.match(piece)
        out.extend(pair.groups() if pair else [piece] if piece else [])
    return out


def _title(lines: list[str]) -> tuple[str, list[str]]:
    """The first complete title among the header lines, less the issuers printed before it."""
    candidates: list[str] = []
    current = ""
    for text in lines:
        current += squeeze(text)
        wrapped = "印发《" in current and current.endswith("》") and current.count("《") == current.count("》")
        if _TITLE_END.search(current) or wrapped:
            candidates.append(current)
            current = ""
    if current:
        candidates.append(current)
    if not candidates:
        return "", []
    title = candidates[0]
    issuers: list[str] = []
    first = re.sub(r"\s+", " ", lines[0]) if lines else ""
    split = re.match(rf"^((?:{_ORG}\s*)+?)(?=关于|印发)", first)
    if split:
        issuers = _orgs(split.group(1))
        title = title[len(squeeze(split.group(1))):]
    news = _WRAPPER.match(title)  # 省委省政府印发《…若干意见》: the document is what is printed
    if news:
        title = news.group(1)
    return title, issuers


def _signature(lines: list[str]) -> list[str]:
    for index, text in enumerate(lines):
        if is_date_line(text):
            for previous in reversed(lines[max(0, index - 3):index]):
                if previous and _ORG_LINE.match(squeeze(previous)):
                    return _orgs(previous)
    return []


def _date(lines: list[str]) -> str | None:
    for text in lines:
        if is_date_line(text):
            return _iso(text)
    for text in lines[:10]:
        stamp = _STAMP_DATE.search(text)
        if stamp:
            return f"{stamp.group(1)}-{int(stamp.group(2)):02d}-{int(stamp.group(3)):02d}"
    return None


def _iso(text: str) -> str:
    m = re.match(r"^\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日", text)
    if m:
        return f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
    year, month, day = re.match(r"^(.{4})年(.+)月(.+)日", text.strip()).groups()  # type: ignore[union-attr]
    digits = "".join(str(cn_number(ch)) for ch in year)
    return f"{digits}-{cn_number(month):02d}-{cn_number(day):02d}"


def _split_addressees(text: str) -> tuple[str, ...]:
    parts = re.split(r"[，,、；;]", text.rstrip("：:"))
    return tuple(p.strip() for p in parts if p.strip())
