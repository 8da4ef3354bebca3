"""The API's response shapes: the graph's nodes as JSON, with the properties DESIGN.md names.

A node is {"id", "labels", ...properties}; a property the graph does not hold for a node
is null here. Properties beyond the named ones pass through (extra="allow").
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

DOC_ID = "doc:周政字〔2020〕8号"
MEASURE_ID = "doc:周政字〔2020〕8号#三.(一).15"
AGENCY_ID = "agency:周村区:区人力资源社会保障局"


class NodePublic(BaseModel):
    model_config = ConfigDict(extra="allow")

    id: str
    labels: list[str]
    source: str | None = Field(None, description="the corpus file the node was read from")
    line: int | None = None


class DocumentPublic(NodePublic):
    model_config = ConfigDict(extra="allow", json_schema_extra={"examples": [{
        "id": DOC_ID, "labels": ["Document"], "doc_number": "周政字〔2020〕8号",
        "title": "印发关于强化统筹思维做好疫情防控形势下经济社会发展工作的政策措施的通知",
        "issuers": ["周村区人民政府"], "level": "county", "region": "周村区",
        "date": "2020-03-06", "in_corpus": True, "source": "004_65dc26d30b7e2b8f.txt", "line": 1}]})

    doc_number: str | None = Field(None, description="发文字号, when the document has one")
    title: str = ""
    issuers: list[str] = []
    level: str | None = None
    region: str | None = None
    date: str | None = None
    in_corpus: bool = Field(description="false for a document that is only cited")


class DocumentsPublic(BaseModel):
    data: list[DocumentPublic]
    count: int = Field(description="how many match, over all pages")


class MeasurePublic(NodePublic):
    model_config = ConfigDict(extra="allow", json_schema_extra={"examples": [{
        "id": MEASURE_ID, "labels": ["Measure"], "doc_id": DOC_ID,
        "doc_number": "周政字〔2020〕8号", "kind": "item", "path": "三.(一).15",
        "heading": "保障复产企业用工", "text": "保障复产企业用工。对保障疫情防控……",
        "level": "county", "region": "周村区", "date": "2020-03-06", "targets": []}]})

    doc_id: str
    doc_number: str | None = None
    kind: str = Field(description="plan, section, item or point")
    path: str = Field(description="the place in the outline, e.g. 三.(一).15")
    heading: str = ""
    text: str = ""
    level: str | None = None
    region: str | None = None
    date: str | None = None
    deadline: str | None = None
    targets: list[str] = []


class MeasureDetail(MeasurePublic):
    document: DocumentPublic | None = Field(None, description="the document it belongs to")


class MeasuresPublic(BaseModel):
    data: list[MeasurePublic]
    count: int


class AgencyPublic(NodePublic):
    model_config = ConfigDict(extra="allow", json_schema_extra={"examples": [{
        "id": AGENCY_ID, "labels": ["Agency"], "name": "区人力资源社会保障局",
        "canonical": "区人力资源社会保障局", "region": "周村区", "system": "人力资源社会保障",
        "aliases": ["区人力资源社会保障局"]}]})

    name: str = Field(description="as printed")
    canonical: str | None = None
    region: str | None = None
    system: str | None = Field(None, description="the functional line through every level")
    aliases: list[str] = []


class AgenciesPublic(BaseModel):
    data: list[AgencyPublic]
    count: int


class PersonPublic(NodePublic):
    name: str
    region: str | None = None


class RelationshipPublic(BaseModel):
    """A relationship and its properties. An inferred Measure -> Measure IMPLEMENTS or
    SIMILAR_TO (basis "inferred") carries `score`: the chance that the link is true, calibrated
    on hand-judged children the link models were not trained on (links scored about 0.8 were
    right about 8 times in 10; on other places' documents, under 0.8 about 2 in 3 and from 0.8
    about 9 in 10 over seventy-seven held-out draws: README, BENCHMARKS.md), with its `method`, `evidence`
    and `features`."""

    model_config = ConfigDict(extra="allow", json_schema_extra={"examples": [{
        "type": "LEADS", "start": AGENCY_ID, "end": MEASURE_ID,
        "source": "004_65dc26d30b7e2b8f.txt", "line": 79}]})

    type: str
    start: str
    end: str


class OutlineEntry(BaseModel):
    id: str
    kind: str
    path: str
    heading: str = ""
    line: int | None = None
    children: list[OutlineEntry] = []


class OutlinePublic(BaseModel):
    document: DocumentPublic
    data: list[OutlineEntry] = Field(description="top-level measures, each nesting its parts")
    count: int = Field(description="measures in the whole outline")


class LineageEntry(BaseModel):
    document: DocumentPublic
    distance: int = Field(description="steps from the document asked about")


class LineagePublic(BaseModel):
    document: DocumentPublic
    ancestors: list[LineageEntry] = Field(description="what it implements or cites, transitively")
    descendants: list[LineageEntry] = Field(description="what implements or cites it")
    relationships: list[RelationshipPublic]


class TracePathPublic(BaseModel):
    nodes: list[str]
    relationships: list[RelationshipPublic]


class TracePublic(BaseModel):
    root: dict[str, Any]
    direction: str
    depth: int
    basis: str
    min_score: float = Field(0.0, description="inferred links below this score were not followed")
    truncated: bool = Field(False, description="the walk stopped at its cap of distinct chains "
                                               "(500): raise min_score or lower depth to see all")
    nodes: dict[str, dict[str, Any]] = Field(description="every node on a path, by id")
    paths: list[TracePathPublic]
    offset: int = Field(0, description="the paths are the chains from this one on, in the "
                                       "walk's order (depth first, the same on every store)")
    more: bool = Field(False, description="another page of chains follows this one")
    count: int | None = Field(None, description="how many chains in all (up to the cap), when the "
                                                "walk reached its end; null when more follow (a page "
                                                "is computed at the source: limit, offset)")


class MeasureLineage(BaseModel):
    measure: MeasurePublic
    up: TracePublic = Field(description="what it carries out, up to the national directive")
    down: TracePublic = Field(description="what carries it out, down the levels")


class Responsibilities(BaseModel):
    measure: MeasurePublic
    lead: list[AgencyPublic] = Field(description="牵头单位")
    supporting: list[AgencyPublic] = Field(description="配合单位")
    responsible_agencies: list[AgencyPublic] = Field(description="责任单位, where no lead is named")
    responsible_persons: list[PersonPublic] = Field(description="责任人")


class MeasureRef(BaseModel):
    id: str
    doc_id: str
    doc_number: str | None = None
    path: str
    heading: str = ""
    kind: str
    level: str | None = None
    region: str | None = None
    date: str | None = None


class ThemeWorkload(BaseModel):
    theme: str | None = Field(description="the theme's name; null for measures with none")
    leads: list[MeasureRef]
    supports: list[MeasureRef]
    responsible_for: list[MeasureRef]


class WorkloadPublic(BaseModel):
    agency: AgencyPublic
    totals: dict[str, int] = Field(description="distinct measures per role")
    themes: list[ThemeWorkload]


class RegionTree(BaseModel):
    id: str
    name: str
    level: str | None = None
    children: list[RegionTree] = []


class RegionsPublic(BaseModel):
    data: list[RegionTree]
    count: int = Field(description="regions in the whole tree")


class ThemePublic(NodePublic):
    name: str
    family: str | None = Field(None, description="六保, 六稳, 三促 or other")
    corresponds_to: list[str] = Field([], description="themes it grew into (稳就业 -> 保居民就业)")


class ThemesPublic(BaseModel):
    data: list[ThemePublic]
    count: int


class RegionCoverage(BaseModel):
    region: str | None
    count: int
    measures: list[str]


class LevelCoverage(BaseModel):
    level: str | None
    count: int
    regions: list[RegionCoverage]


class CoveragePublic(BaseModel):
    theme: ThemePublic
    count: int = Field(description="measures addressing the theme")
    levels: list[LevelCoverage] = Field(description="national first, county last")


class SearchHit(BaseModel):
    measure: MeasurePublic
    score: int = Field(description="occurrences of the terms, x3 in the heading")
    snippet: str


class SearchPublic(BaseModel):
    data: list[SearchHit] = Field(description="the page asked for (limit, offset), best first")
    count: int = Field(description="how many measures match in all")


class Neighbourhood(BaseModel):
    nodes: list[dict[str, Any]]
    relationships: list[RelationshipPublic]
    truncated: bool = Field(description="true when the node cap cut the neighbourhood short")


class StatsPublic(BaseModel):
    nodes: dict[str, int] = Field(description="per label")
    relationships: dict[str, int] = Field(description="per type")


class HealthPublic(BaseModel):
    store: str = Field(examples=["memory"])
    reachable: bool
    version: str


class CypherRequest(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "query": "MATCH (d:Document {doc_number: $number}) RETURN d.title AS title",
        "parameters": {"number": "周政字〔2020〕8号"}}]})

    query: str = Field(min_length=1, max_length=20_000)
    parameters: dict[str, Any] = {}


class CypherResult(BaseModel):
    data: list[dict[str, Any]]
    count: int
    truncated: bool = Field(description="true when the row or byte limit cut the result")
