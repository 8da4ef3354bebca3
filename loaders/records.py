"""Typed records a loader extracts from one policy document.

These are plain values with no knowledge of graphs or stores: `graph/` turns them
into nodes and relationships. Every record keeps the 1-based `line` of the source
text it came from, so an error or a node can point back at the file.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Level = Literal["national", "provincial", "municipal", "county"]
MeasureKind = Literal["plan", "section", "item", "point"]
Relation = Literal["implements", "cites"]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Warning(Record):  # shadows builtins.Warning inside this module only, where it is unused
    """A field the extractor could not find or is unsure of; the document is kept.

    Example: field="region", message="朝阳区 is in 北京市 and in 长春市; no other clue tells which",
    line=None.
    """

    field: str
    message: str
    line: int | None = None


class Target(Record):
    """A quantitative target or deadline, kept verbatim with its number parsed.

    Example: 城镇新增就业 最低目标 6万人 -> text="最低目标：6万人", value=60000, unit="人".
    """

    text: str
    value: float | None = None
    unit: str = ""
    line: int


class Reference(Record):
    """Another document named in the text by 文号 and/or 《title》."""

    doc_number: str | None = None
    title: str | None = None
    issuer: str | None = None
    relation: Relation = "cites"
    line: int


class Measure(Record):
    """One node of the document's outline.

    `path` joins the outline's own labels with dots: 三.(一).15 is item 15 under
    section 三 and sub-section （一）; a bundled sub-plan is `P1`, `P2`...; an inline
    point （1） is `(1)`.
    """

    path: str
    kind: MeasureKind
    heading: str
    text: str
    line: int
    end_line: int
    leads: tuple[str, ...] = ()
    supports: tuple[str, ...] = ()
    responsible: tuple[str, ...] = ()
    persons: tuple[str, ...] = ()
    deadline: str | None = None
    targets: tuple[Target, ...] = ()
    themes: tuple[str, ...] = ()
    references: tuple[Reference, ...] = ()


class PolicyDocument(Record):
    """Everything extracted from one file."""

    source: str
    doc_number: str | None = None
    title: str
    issuers: tuple[str, ...] = ()
    level: Level | None = None
    region: str | None = Field(
        default=None, description="the region's key: its name, or parent + name when the name "
        "is not unique in China (长春市朝阳区); None when no clue tells")
    region_code: str | None = Field(default=None, description="GB/T 2260 code, e.g. 370306")
    region_path: tuple[str, ...] = Field(
        default=(), description="the region and its parents, e.g. 周村区, 淄博市, 山东省, 中国"
    )
    date: str | None = None
    addressees: tuple[str, ...] = ()
    references: tuple[Reference, ...] = ()
    themes: tuple[str, ...] = ()
    measures: tuple[Measure, ...] = ()
    warnings: tuple[Warning, ...] = ()

    def all_references(self) -> list[Reference]:
        """Every document this one names: its own references, then its measures', once each."""
        seen: dict[tuple[str | None, str | None], Reference] = {}
        for ref in (*self.references, *(r for m in self.measures for r in m.references)):
            key = (ref.doc_number, None) if ref.doc_number else (None, ref.title)
            old = seen.get(key)
            if old is None or (ref.relation == "implements" and old.relation == "cites"):
                seen[key] = ref if old is None else old.model_copy(update={"relation": "implements"})
        return list(seen.values())
