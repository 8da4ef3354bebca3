"""One policy document: text -> PolicyDocument (pure), and path -> PolicyDocument (reads the file)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from errors import ParseError
from loaders.decode import decode
from loaders.gazetteer import LEVEL_RANK, Gazetteer, Region, gazetteer
from loaders.header import Header, parse_header
from loaders.notes import Duties, strip_notes
from loaders.outline import Draft, Outline, build_outline, inline_points
from loaders.records import Measure, PolicyDocument, Reference
from loaders.references import find_references, unique
from loaders.targets import find_deadline, find_targets
from loaders.text import Paragraph, paragraphs, squeeze
from loaders.themes import explicit_themes

_LEVEL_WORDS = (("省", "provincial"), ("市", "municipal"), ("县", "county"), ("区", "county"))


def read_document(path: Path) -> PolicyDocument:
    """Read and parse one file (UTF-8 or GB18030)."""
    try:
        data = path.read_bytes()
    except OSError as err:
        raise ParseError(f"{path}: cannot read the file ({err.strerror})") from err
    return parse_document(decode(data, str(path)), source=path.name)


def parse_document(text: str, source: str) -> PolicyDocument:
    """Extract the records of one policy document.

    Example:
        >>> doc = parse_document(Path("004_65dc26d30b7e2b8f.txt").read_text(), "004.txt")  # doctest: +SKIP
        >>> doc.doc_number, doc.region, doc.measures[1].path
        ('周政字〔2020〕8号', '周村区', '一.1')
    """
    lines = text.split("\n")
    header = parse_header(lines)
    if not header.title:
        raise ParseError(f"{source}: no title found in the first lines")
    paras = paragraphs(lines, start=header.addressee_line or 0)
    outline = build_outline(paras)
    if not outline.measures:
        raise ParseError(f"{source}: no outline — no numbered measure (一、 （一） 1.) was found")
    region = _region(header, text, source)
    places = gazetteer()
    measures = tuple(_measures(outline, header.title))
    refs = _title_references(lines, header.title) + _preamble_references(outline, header)
    themes = _unique(t for m in measures if m.kind in ("plan", "section") for t in m.themes)
    return PolicyDocument(
        source=source,
        doc_number=header.doc_number,
        title=header.title,
        issuers=header.issuers,
        level=region.level,  # type: ignore[arg-type]
        region=region.name,
        region_path=places.path(region.name),
        date=header.date,
        addressees=header.addressees,
        references=tuple(unique(refs)),  # the document's own; measures keep theirs
        themes=(*explicit_themes(header.title), *(t for t in themes if t not in explicit_themes(header.title))),
        measures=measures,
    )


# -- region -------------------------------------------------------------------------------


def _region(header: Header, text: str, source: str) -> Region:
    places = gazetteer()
    for issuer in header.issuers:
        found = places.named_in(issuer)
        if found:
            return found
    if header.doc_number:
        found = places.by_doc_number(header.doc_number)
        if found:
            return found
    found = places.named_in(header.title.split("关于")[0]) if "关于" in header.title else None
    if found:
        return found
    level = _issuer_level(header)
    found = _most_mentioned(places, text, level)
    if found:
        return found
    raise ParseError(f"{source}: cannot tell which region issued the document (issuers: "
                     f"{'、'.join(header.issuers) or 'none found'})")


def _issuer_level(header: Header) -> str | None:
    for issuer in header.issuers:
        for word, level in _LEVEL_WORDS:
            if issuer.startswith(word) or issuer.startswith("中共" + word):
                return level
    return None


def _most_mentioned(places: Gazetteer, text: str, level: str | None) -> Region | None:
    counts = places.mentions(text)
    candidates = [(n, places.regions[name]) for name, n in counts.items()
                  if name != "中国" and (level is None or places.regions[name].level == level)]
    if not candidates:
        return None
    return max(candidates, key=lambda c: (c[0], -LEVEL_RANK[c[1].level]))[1]


# -- measures -----------------------------------------------------------------------------


def _measures(outline: Outline, own_title: str) -> Iterable[Measure]:
    for draft in outline.measures:
        yield _measure(draft, own_title)
        for label, line, body in inline_points(draft):
            yield Measure(
                path=f"{draft.path}.{label}", kind="point", heading=_heading(body), text=body,
                line=line, end_line=line, deadline=find_deadline(body),
                targets=tuple(find_targets(body, line)),
            )


def _measure(draft: Draft, own_title: str) -> Measure:
    duties = _duties(draft)
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
    also takes the notes of its points."""
    duties = Duties()
    duties.merge(draft.own)
    if draft.rank == 3:
        for child in draft.children:
            duties.merge(child.own)
        if not (duties.leads or duties.supports or duties.responsible):
            parent = draft.parent
            while parent is not None and not parent.group:
                parent = parent.parent
            if parent is not None:
                duties.merge(parent.group)
    return duties


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


def _preamble_references(outline: Outline, header: Header) -> list[Reference]:
    """References the document makes as a whole (before its outline); a measure keeps its own."""
    paras: list[Paragraph] = list(outline.preamble)
    refs = [r for p in paras for r in find_references(p.text, p.line)]
    return [r for r in refs if not _is_self(r, header.title)]


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
