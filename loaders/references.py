"""References to other documents: by 文号, by 《title》, or both, and whether the text carries them out."""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.header import DOC_NUMBER, normalise_doc_number
from loaders.records import Reference
from loaders.text import half_width_digits, squeeze

_TITLE = re.compile(r"《([^《》]{2,120})》")
# "按照 …《A》、《B》和《C》要求", "深入贯彻《…》精神", "落实《…》": the text carries the document out.
_IMPLEMENTS_BEFORE = re.compile(r"(根据|按照|依据|贯彻落实|贯彻|落实|执行|遵照|推进实施|实施)")
_IMPLEMENTS_AFTER = re.compile(r"^[^。；;]{0,40}?(要求|精神|部署|规定|安排|落实)")
_ISSUER_BEFORE = re.compile(
    r"((?:中共)?[\u4e00-\u9fff]{0,14}?(?:国务院办公厅|国务院|党中央|中共中央|人民政府办公室|人民政府办公厅|"
    r"人民政府|政府办公室|政府办公厅|政府办|政府|委办|办公室|办公厅|指挥部|省委|市委|县委|区委|部|厅|局|委))"
    r"(?:[、和](?:[\u4e00-\u9fff]{0,14}?(?:政府办|政府|委办|办公室|办公厅|部|厅|局|委)))*$"
)
_NOT_ISSUER = re.compile(r"(按照|根据|依据|落实|贯彻|印发|宣传|认真|深入|全面|关于|制定|编制)")
_SENTENCE = re.compile(r"[。；;！？]")


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    doc_number: str | None
    title: str | None


def find_references(text: str, line: int, own_title: str = "") -> list[Reference]:
    """Every document a paragraph names, once each, in order.

    Example:
        >>> [r.doc_number for r in find_references("按照省政府《关于贯彻落实国务院<政府工作报告>若干措施的通知》（鲁政发〔2020〕10号）要求", 5)]
        ['鲁政发〔2020〕10号']
    """
    text = half_width_digits(text)
    hits = _pair(_titles(text, own_title), _numbers(text))
    refs: list[Reference] = []
    for hit in hits:
        refs.append(Reference(
            doc_number=hit.doc_number,
            title=hit.title,
            issuer=_issuer(text, hit.start),
            relation="implements" if _implements(text, hit) else "cites",
            line=line,
        ))
    return refs


def _titles(text: str, own_title: str) -> list[_Hit]:
    own = squeeze(own_title)
    hits = []
    for m in _TITLE.finditer(text):
        title = squeeze(m.group(1))
        if own and (title in own or own in title):
            continue  # the document naming itself: 现将《…》印发给你们
        if not _looks_like_document(title):
            continue
        hits.append(_Hit(m.start(), m.end(), None, title))
    return hits


def _looks_like_document(title: str) -> bool:
    # a 通行证 or a newspaper is not a document; a document names what kind of text it is
    return bool(re.search(
        r"(通知|意见|方案|决定|办法|措施|通告|公告|报告|批复|函|规定|细则|纲要|规划|条例|法|计划|"
        r"标准|指引|指南|清单|目录|要点|制度|机制|规则|章程|决议|纪要|政策|实施|行动|修订版|）)$",
        title,
    ))


def _numbers(text: str) -> list[_Hit]:
    return [_Hit(m.start(), m.end(), normalise_doc_number(m), None) for m in DOC_NUMBER.finditer(text)]


def _pair(titles: list[_Hit], numbers: list[_Hit]) -> list[_Hit]:
    """Join 《title》（文号） into one reference; keep the rest on their own."""
    used: set[int] = set()
    merged: list[_Hit] = []
    for t in titles:
        partner = next(
            (i for i, n in enumerate(numbers)
             if i not in used and 0 <= n.start - t.end <= 3), None)
        if partner is not None:
            used.add(partner)
            n = numbers[partner]
            merged.append(_Hit(t.start, n.end, n.doc_number, t.title))
        else:
            merged.append(t)
    merged.extend(n for i, n in enumerate(numbers) if i not in used)
    merged.sort(key=lambda h: h.start)
    return merged


def _issuer(text: str, start: int) -> str | None:
    before = squeeze(text[max(0, start - 30):start])
    before = re.split(r"[，,。；;：:（(“”\"]", before)[-1]
    m = _ISSUER_BEFORE.search(before)
    if not m:
        return None
    issuer = _NOT_ISSUER.split(m.group(0))[-1]
    return issuer if len(issuer) >= 2 else None


def _implements(text: str, hit: _Hit) -> bool:
    sentence_start = max((m.end() for m in _SENTENCE.finditer(text, 0, hit.start)), default=0)
    before = text[sentence_start:hit.start]
    if _IMPLEMENTS_BEFORE.search(before):
        return True
    return bool(_IMPLEMENTS_AFTER.match(text[hit.end:]) and re.search(r"(贯彻|落实|按照|根据)", before))


def unique(refs: list[Reference]) -> list[Reference]:
    """One reference per document (by 文号, else by title), the first mention kept.

    A later mention adds what the first lacked (the title to a bare 文号) and an
    `implements` anywhere wins over `cites`.
    """
    out: list[Reference] = []
    for ref in refs:
        same = next((i for i, r in enumerate(out) if _same(r, ref)), None)
        if same is None:
            out.append(ref)
            continue
        first = out[same]
        out[same] = first.model_copy(update={
            "doc_number": first.doc_number or ref.doc_number,
            "title": first.title or ref.title,
            "issuer": first.issuer or ref.issuer,
            "relation": "implements" if "implements" in (first.relation, ref.relation) else "cites",
        })
    return out


def _same(a: Reference, b: Reference) -> bool:
    if a.doc_number and b.doc_number:
        return a.doc_number == b.doc_number
    return bool(a.title and b.title and a.title == b.title)
