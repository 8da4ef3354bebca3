"""A realistic national corpus of policy cascades, with its true lineage, for measuring the
linker's precision and recall at any size (issue 12).

`generate(SynthConfig(provinces=3, seed=1))` picks provinces from the gazetteer and takes
their real prefecture- and county-level units (codes and names as in divisions.tsv; former
units and coded development zones left out). In each of up to ten campaigns (ROUNDS: the
2020 六保 of the 政府工作报告, the 2018 六稳, a 2020 稳就业保民生 follow-up, and seven more of
those years for corpora of the national size in measures), every region issues
one document carrying out its parent region's document of the same campaign, the province
carrying out the national 六保/六稳 items (graph/national.py). Measures copy, adapt, merge or
drop the parent's measures, and new local ones are added, in the proportions of OPS and
NEW_SHARE; the text comes from graph-free synth_bank and synth_people and is printed by
synth_render in the genre's shapes. The truth (which measure carries out which) is kept on
the measures and written beside the texts by `write_corpus`. A seed gives the same corpus.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from policy_cascades.graph.ids import document_id, measure_id
from policy_cascades.graph.national import national_documents
from policy_cascades.loaders.gazetteer import Region, gazetteer
from policy_cascades.synth_bank import GENERIC_THEME, Share, adapt, new_measure
from policy_cascades.synth_people import abbreviation, issuer

# What a lower level does with each parent item (drop: the item is not carried out).
OPS = {"copy": 0.30, "adapt": 0.35, "merge": 0.10, "drop": 0.25}
NEW_SHARE = 0.25  # new local items, as a share of the items carried over
SHAPES = ("flat", "runon", "sub", "plans")
EXCLUDED_PROVINCES = ("香港", "澳门", "台湾")
_RANK = {"provincial": 0, "municipal": 1, "county": 2}


@dataclass(frozen=True)
class Round:
    """One campaign: the national document it starts from, its items, and its titles."""

    key: str
    root_title: str
    root_date: str
    paths: tuple[str, ...]
    titles: tuple[str, ...]
    lag: tuple[int, int]  # days after the parent's document
    adapt_root: bool  # the national items have text a province can adapt


ROUNDS = (
    Round("六保", "政府工作报告", "2020-05-22", tuple(f"六保.{i}" for i in range(1, 7)),
          ("关于扎实做好“六保”工作的实施意见", "关于全力做好“六保”工作的若干措施"), (6, 30), True),
    Round("六稳", "中共中央政治局会议（分析研究当前经济形势，部署下半年经济工作）", "2018-07-31",
          tuple(f"六稳.{i}" for i in range(1, 7)),
          ("关于做好“六稳”工作的实施意见", "关于进一步做好“六稳”工作的若干措施"), (8, 40), False),
    Round("稳就业保民生", "政府工作报告", "2020-05-22", ("六保.1", "六保.2"),
          ("关于进一步稳就业保民生的若干措施", "关于做好稳就业保民生工作的通知"), (60, 120), True),
    # Further campaigns of the same years, for corpora of the national size in measures
    # (--rounds above 3; `bench` and the default stay at three).
    Round("六稳六保", "政府工作报告", "2020-05-22", tuple(f"六保.{i}" for i in range(1, 7)),
          ("关于做好“六稳”工作落实“六保”任务的实施意见", "关于扎实做好“六稳”工作全面落实“六保”任务的实施方案"),
          (30, 90), True),
    Round("稳外贸稳外资稳投资", "中共中央政治局会议（分析研究当前经济形势，部署下半年经济工作）", "2018-07-31",
          ("六稳.3", "六稳.4", "六稳.5"),
          ("关于做好稳外贸稳外资稳投资工作的若干措施", "关于进一步稳外贸稳外资扩大有效投资的实施意见"), (40, 120), False),
    Round("保市场主体", "政府工作报告", "2020-05-22", ("六保.3", "六保.5"),
          ("关于进一步支持市场主体纾困发展的若干措施", "关于稳定产业链供应链支持市场主体发展的若干措施"),
          (20, 80), True),
    Round("稳就业稳金融稳预期", "中共中央政治局会议（分析研究当前经济形势，部署下半年经济工作）", "2018-07-31",
          ("六稳.1", "六稳.2", "六稳.6"),
          ("关于做好当前和今后一个时期促进就业工作的实施意见", "关于稳就业稳金融稳预期的若干措施"), (90, 160), False),
    Round("保基本民生保基层运转", "政府工作报告", "2020-05-22", ("六保.2", "六保.4", "六保.6"),
          ("关于切实做好保基本民生和保基层运转工作的通知", "关于保障基本民生和粮食能源安全的若干措施"),
          (100, 180), True),
    Round("深化六稳", "中共中央政治局会议（分析研究当前经济形势，部署下半年经济工作）", "2018-07-31",
          tuple(f"六稳.{i}" for i in range(1, 7)),
          ("关于深入做好“六稳”工作的实施意见", "关于做好“六稳”工作推动经济高质量发展的若干措施"), (150, 300), False),
    Round("保居民就业", "政府工作报告", "2020-05-22", ("六保.1", "六保.3", "六保.5"),
          ("关于全力做好保居民就业工作的若干措施", "关于促进市场主体稳岗扩岗保居民就业的实施意见"),
          (120, 200), True),
)


@dataclass(frozen=True)
class SynthConfig:
    provinces: int = 2
    seed: int = 1
    cities: int | None = None  # at most this many prefecture-level units per province
    counties: int | None = None  # at most this many county-level units per parent
    rounds: int = 3


@dataclass(eq=False)
class SynthMeasure:
    """A measure of a synthetic document (or a national item), with its true parents."""

    kind: str  # plan / section / item
    theme: str
    heading: str
    sentences: list[str] = field(default_factory=list)
    op: str = "new"
    parents: list[SynthMeasure] = field(default_factory=list)
    children: list[SynthMeasure] = field(default_factory=list)
    duty: tuple[list[str], list[str]] = ([], [])  # (lead systems, support systems)
    doc: SynthDoc | None = None
    path: str = ""


@dataclass(eq=False)
class SynthDoc:
    region: Region
    round: Round
    doc_number: str | None
    title: str
    issuer: str
    date: str
    parent: SynthDoc | None
    shape: str = "flat"
    blocks: list[SynthMeasure] = field(default_factory=list)
    file: str = ""
    text: str = ""
    structure: list[SynthMeasure] = field(default_factory=list)  # sections with no lineage
    share: Share = field(default_factory=Share)  # the part of the bank it writes from

    @property
    def doc_id(self) -> str:
        return document_id(self.doc_number, self.title, self.region.key)


@dataclass
class Corpus:
    config: SynthConfig
    documents: list[SynthDoc]
    roots: dict[str, SynthMeasure]  # national items by path


def select_regions(config: SynthConfig) -> list[Region]:
    """The provinces drawn for the seed and their units, parents before children."""
    places = gazetteer()
    below: dict[str, list[Region]] = {}
    for region in sorted(places.regions.values(), key=lambda r: r.code):
        if region.parent and region.until is None and region.kind != "功能区" and region.code:
            below.setdefault(region.parent, []).append(region)
    provinces = [r for r in below["中国"] if not r.name.startswith(EXCLUDED_PROVINCES)]
    chosen = sorted(random.Random(config.seed).sample(provinces, min(config.provinces, len(provinces))),
                    key=lambda r: r.code)
    out: list[Region] = []
    for province in chosen:
        out.append(province)
        units = below.get(province.key, [])
        cities = [r for r in units if r.level == "municipal"][: config.cities]
        direct = [r for r in units if r.level == "county"][: config.counties]
        out.extend(cities + direct)
        for city in cities:
            out.extend(below.get(city.key, [])[: config.counties])
    return sorted(out, key=lambda r: (_RANK[r.level], r.code))


def generate(config: SynthConfig) -> Corpus:
    """The whole corpus: documents planned top-down and printed, truth on their measures."""
    from policy_cascades.synth_render import render

    roots = _roots()
    numbers: dict[str, int] = {}
    documents: list[SynthDoc] = []
    done: dict[tuple[str, str], SynthDoc] = {}  # (campaign, region) -> its document
    used: dict[str, set[str]] = {}  # region -> the bank texts its documents drew
    for region in select_regions(config):
        above = gazetteer().path(region.key)[1:]
        # Text of an ancestor region's document comes down only through the true lineage.
        avoid = frozenset().union(*(used.get(k, ()) for k in above))
        for round_ in ROUNDS[: config.rounds]:
            rng = random.Random(f"{config.seed}:{region.code}:{round_.key}")
            parent = next((done[round_.key, k] for k in above if (round_.key, k) in done), None)
            doc = _document(rng, region, round_, parent, numbers)
            doc.share = Share(avoid)
            doc.blocks = (_province_blocks(rng, doc, roots) if parent is None
                          else _child_blocks(rng, doc, parent))
            render(rng, doc)
            done[round_.key, region.key] = doc
            used.setdefault(region.key, set()).update(doc.share.used)
            documents.append(doc)
    documents.sort(key=lambda d: (ROUNDS.index(d.round), _RANK[d.region.level], d.region.code))
    for index, doc in enumerate(documents):
        doc.file = f"{index:05d}_{doc.region.code}_{doc.round.key}.txt"
    return Corpus(config, documents, roots)


def _roots() -> dict[str, SynthMeasure]:
    out: dict[str, SynthMeasure] = {}
    for doc in national_documents():
        if doc.title in {r.root_title for r in ROUNDS}:
            for m in doc.measures:
                if m.kind == "item" and m.path not in out:
                    root = SynthMeasure("item", m.heading, m.heading, m.text.split("。")[:-1],
                                        path=m.path)
                    root.doc = SynthDoc(gazetteer().regions["中国"], ROUNDS[0], doc.doc_number,
                                        doc.title, "国务院", doc.date or "", None)
                    out[m.path] = root
    return out


def _document(rng: random.Random, region: Region, round_: Round, parent: SynthDoc | None,
              numbers: dict[str, int]) -> SynthDoc:
    office = rng.random() < 0.3
    prefix = abbreviation(region) + ("政办发" if office else rng.choice(("政发", "政字")))
    after = date.fromisoformat(parent.date if parent else round_.root_date)
    when = after + timedelta(days=rng.randint(*round_.lag) // (1 if parent is None else 2))
    key = f"{prefix}{when.year}"
    numbers[key] = numbers.get(key, rng.randint(0, 20)) + rng.randint(1, 4)
    shape = rng.choice(SHAPES if len(round_.paths) > 2 else SHAPES[:3])
    return SynthDoc(region, round_, f"{prefix}〔{when.year}〕{numbers[key]}号", rng.choice(round_.titles),
                    issuer(region, office), when.isoformat(), parent, shape)


def _section_heading(rng: random.Random, theme: str) -> str:
    if theme == GENERIC_THEME:
        return rng.choice(("强化组织保障", "保障措施", "加强组织领导"))
    return rng.choice((theme, f"全力{theme}", f"扎实做好{theme}工作", f"千方百计{theme}"))


def _province_blocks(rng: random.Random, doc: SynthDoc, roots: dict[str, SynthMeasure]) -> list[SynthMeasure]:
    blocks = []
    for path in doc.round.paths:
        root = roots[path]
        block = SynthMeasure("section", root.theme, _section_heading(rng, root.theme), op="adapt",
                             parents=[root])
        share = doc.share
        if doc.round.adapt_root:
            heading, sentences = adapt(rng, new_measure(rng, root.theme, share)[0], root.sentences,
                                       root.theme, share)
            block.children.append(_item(rng, root.theme, heading, sentences, "adapt", [root]))
        for _ in range(rng.randint(3, 5) if len(doc.round.paths) > 2 else rng.randint(6, 9)):
            block.children.append(_item(rng, root.theme, *new_measure(rng, root.theme, share), "new", []))
        blocks.append(block)
    if doc.shape != "plans":
        generic = SynthMeasure("section", GENERIC_THEME, _section_heading(rng, GENERIC_THEME))
        generic.children = [_item(rng, GENERIC_THEME, *new_measure(rng, GENERIC_THEME, doc.share),
                                  "new", [])
                            for _ in range(rng.randint(2, 3))]
        blocks.append(generic)
    return blocks


def _child_blocks(rng: random.Random, doc: SynthDoc, parent: SynthDoc) -> list[SynthMeasure]:
    blocks = []
    for above in parent.blocks:
        if doc.shape == "plans" and above.theme == GENERIC_THEME:
            continue  # a bundle of sub-plans has no safeguard block: its items are dropped
        same = rng.random() < 0.5
        block = SynthMeasure("section", above.theme,
                             above.heading if same else _section_heading(rng, above.theme),
                             op="copy" if same else "adapt", parents=[above])
        block.children = _carry_items(rng, above, doc.share)
        blocks.append(block)
    return blocks


def _carry_items(rng: random.Random, above: SynthMeasure, share: Share) -> list[SynthMeasure]:
    items: list[SynthMeasure] = []
    queue = list(above.children)
    while queue:
        first = queue.pop(0)
        op = rng.choices(list(OPS), weights=list(OPS.values()))[0]
        if op == "merge" and not queue:
            op = "adapt"
        if op == "copy":
            items.append(_item(rng, first.theme, first.heading, list(first.sentences), "copy", [first],
                               first.duty))
        elif op == "adapt":
            items.append(_item(rng, first.theme, *adapt(rng, first.heading, first.sentences, first.theme,
                                                        share), "adapt", [first], first.duty))
        elif op == "merge":
            second = queue.pop(0)
            sentences = first.sentences[:2] + second.sentences[:2]
            items.append(_item(rng, first.theme, first.heading, sentences, "merge", [first, second],
                               first.duty))
    for _ in range(int(NEW_SHARE * len(items) + rng.random())):  # NEW_SHARE on average
        items.insert(rng.randint(0, len(items)),
                     _item(rng, above.theme, *new_measure(rng, above.theme, share), "new", []))
    return items or [_item(rng, above.theme, *new_measure(rng, above.theme, share), "new", [])]


def _item(rng: random.Random, theme: str, heading: str, sentences: list[str], op: str,
          parents: list[SynthMeasure], duty: tuple[list[str], list[str]] | None = None) -> SynthMeasure:
    from policy_cascades.synth_people import THEME_SYSTEMS

    if duty is None:
        systems = list(THEME_SYSTEMS.get(theme, ("发改", "财政", "统计")))
        chosen = rng.sample(systems, k=min(len(systems), rng.randint(1, 3)))
        split = rng.randint(1, len(chosen))
        duty = (chosen[:split], chosen[split:])
    return SynthMeasure("item", theme, heading, sentences, op, parents, duty=duty)


# -- writing ------------------------------------------------------------------------------


def truth_rows(corpus: Corpus) -> list[dict[str, Any]]:
    """One row per measure with a lineage and parent (two for a merge), one per new measure."""
    rows = []
    for doc in corpus.documents:
        for block in doc.blocks:
            for m in (block, *block.children):
                parents: list[SynthMeasure | None] = [*m.parents] or [None]
                for parent in parents:
                    rows.append({"child": _ref(m), "parent": _ref(parent) if parent else None,
                                 "op": m.op, "kind": m.kind, "theme": m.theme, "child_level": doc.region.level,
                                 "parent_level": parent.doc.region.level if parent and parent.doc else None})
    return rows


def _ref(m: SynthMeasure) -> dict[str, str]:
    assert m.doc is not None
    doc = m.doc
    return {"doc": doc.doc_number or doc.title, "path": m.path, "id": measure_id(doc.doc_id, m.path)}


def manifest_row(doc: SynthDoc) -> dict[str, Any]:
    measures = [m for b in doc.blocks for m in (b, *b.children)] + doc.structure
    return {
        "file": doc.file, "doc_number": doc.doc_number, "title": doc.title, "issuer": doc.issuer,
        "region": doc.region.key, "region_code": doc.region.code, "level": doc.region.level,
        "date": doc.date, "round": doc.round.key, "shape": doc.shape,
        "parent": doc.parent.doc_number if doc.parent else doc.round.root_title,
        "measures": {m.path: m.kind for m in measures},
    }


def write_corpus(corpus: Corpus, out: Path) -> dict[str, Any]:
    """corpus/*.txt, documents.jsonl (what each file should extract to), truth.jsonl, and
    summary.json (the configuration and counts); returns the summary."""
    (out / "corpus").mkdir(parents=True, exist_ok=True)
    for doc in corpus.documents:
        (out / "corpus" / doc.file).write_text(doc.text, encoding="utf-8")
    rows = truth_rows(corpus)
    _jsonl(out / "truth.jsonl", rows)
    _jsonl(out / "documents.jsonl", [manifest_row(d) for d in corpus.documents])
    summary = {
        "config": corpus.config.__dict__, "documents": len(corpus.documents),
        "by_level": Counter(d.region.level for d in corpus.documents),
        "measures": sum(len(manifest_row(d)["measures"]) for d in corpus.documents),
        "ops": Counter(r["op"] for r in rows if r["kind"] == "item"),
        "bytes": sum(len(d.text.encode("utf-8")) for d in corpus.documents),
    }
    (out / "summary.json").write_text(json.dumps(summary, ensure_ascii=False, indent=1), "utf-8")
    return summary


def _jsonl(path: Path, rows: list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
