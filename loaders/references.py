"""References to other documents: by 文号, by 《title》, or both, and whether the text carries them out."""

from __future__ import annotations

import re
from dataclasses import dataclass

from policy_cascades.loaders.gazetteer import gazetteer
from policy_cascades.loaders.header import DOC_NUMBER, doc_number_prefix, normalise_doc_number
from policy_cascades.loaders.records import Reference
from policy_cascades.loaders.text import half_width_digits, squeeze

_TITLE = re.compile(r"《([^《》]{2,120})》")
# "按照 …《A》、《B》和《C》要求", "深入贯彻《…》精神", "落实《…》": the text carries the document out.
_IMPLEMENTS_BEFORE = re.compile(r"(根据|按照|依据|贯彻落实|贯彻|落实|执行|遵照|推进实施|实施)")
_IMPLEMENTS_AFTER = re.compile(r"^[^。；;，,]{0,30}?(要求|精神|部署)|^[）)\s]{0,3}(落实|贯彻|精神|要求)")
_PRODUCES = re.compile(r"(制定|编制|出台|研究制定|修订|起草|编印|印发|对前期印发的)(完成|出台)?$")
_ISSUER_BEFORE = re.compile(
    r"((?:中共)?[\u4e00-\u9fff]{0,14}?(?:国务院办公厅|国务院|党中央|中共中央|人民政府办公室|人民政府办公厅|"
    r"人民政府|政府办公室|政府办公厅|政府办|政府|委办|办公室|办公厅|指挥部|省委|市委|县委|区委|部|厅|局|委))"
    r"(?:[、和](?:[\u4e00-\u9fff]{0,14}?(?:政府办|政府|委办|办公室|办公厅|部|厅|局|委)))*$"
)
_ISSUER_START = re.compile(r"中共|国务院|党中央|中央|国家|全国|财政部|[省市县区](?!场)")
_CLAUSE = re.compile(r"[。；;！？，,：:]|[（(]\d{1,2}[）)]")
_NOT_A_DOCUMENT = re.compile(r"(通行证|证|卡|日报|晚报|杂志|栏目|专栏|节目|APP|网|平台)$")


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
        if _NOT_A_DOCUMENT.search(title):
            continue
        hits.append(_Hit(m.start(), m.end(), None, title))
    return hits


_YEAR_IN_BRACKETS = re.compile(r"[〔\[［(（【﹝〖{｛]\s*(?:19|20)\s?\d\s?\d\s*[〕\]］)）】﹞〗}｝]")


def _numbers(text: str) -> list[_Hit]:
    if not _YEAR_IN_BRACKETS.search(text):
        return []  # no 〔2020〕, no 文号: skip the slow scan
    hits = []
    for m in DOC_NUMBER.finditer(text):
        hits.append(_Hit(doc_number_prefix(m)[0], m.end(), normalise_doc_number(m), None))
    return hits


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
    """The body printed just before a 《title》: 省政府《…》, 市委办、市政府办《…》."""
    before = squeeze(text[max(0, start - 30):start])
    before = re.split(r"[，,。；;：:（(“”\"]", before)[-1]
    m = _ISSUER_BEFORE.search(before)
    if not m:
        return None
    issuer = m.group(0)
    places = {start for start, _ in gazetteer().places_in(issuer)}
    begins = [i for i in range(len(issuer)) if _ISSUER_START.match(issuer, i) or i in places]
    return issuer[begins[0]:] if begins and len(issuer) - begins[0] >= 2 else None


def _implements(text: str, hit: _Hit) -> bool:
    """根据/按照/贯彻落实 … 《X》 … 要求/精神, or 抓好《X》落实; not 制定《X》 (a text still to write)."""
    clause_start = max((m.end() for m in _CLAUSE.finditer(text, 0, hit.start)), default=0)
    before = text[clause_start:hit.start]
    before = re.sub(r"[\u4e00-\u9fff、和及]{0,20}(?:政府|办公厅|办公室|政府办|委办|指挥部|国务院|部|厅|局|委)$", "", before) or before
    if _PRODUCES.search(before):
        return False
    return bool(_IMPLEMENTS_BEFORE.search(before) or _IMPLEMENTS_AFTER.match(text[hit.end:]))


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
