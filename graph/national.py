"""The national directives that every trace starts from, shipped as sourced data.

The 2020 政府工作报告 with its 六保, the 2018 六稳, 国发〔2020〕6号 … are not in the corpus;
graph/data/national.json holds them, each entry with its public source and date, and they
become records like any loaded document (source "national.json").
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from policy_cascades.loaders.records import Measure, PolicyDocument, Target

SOURCE = "national.json"


@cache
def _data() -> dict[str, Any]:
    return json.loads(resources.files("policy_cascades.graph").joinpath("data", SOURCE).read_text("utf-8"))  # type: ignore[no-any-return]


def national_documents() -> list[PolicyDocument]:
    """The national documents as records (ordered as in the file)."""
    return [_document(raw, index) for index, raw in enumerate(_data()["documents"])]


def national_urls() -> dict[tuple[str, str], str]:
    """(title, path) -> the public source an entry was taken from; path "" for the document."""
    urls: dict[tuple[str, str], str] = {}
    for raw in _data()["documents"]:
        urls[(raw["title"], "")] = raw.get("source", "")
        for m in raw.get("measures", []):
            urls[(raw["title"], m["path"])] = m.get("source") or raw.get("source", "")
    return urls


def _document(raw: dict[str, Any], index: int) -> PolicyDocument:
    measures = tuple(
        Measure(
            path=m["path"], kind=m.get("kind", "item"), heading=m["heading"], text=m.get("text", ""),
            line=index + 1, end_line=index + 1, leads=tuple(m.get("leads", ())),
            supports=tuple(m.get("supports", ())), themes=tuple(m.get("themes", ())),
            targets=tuple(Target(text=t["text"], value=t.get("value"), unit=t.get("unit", ""), line=index + 1)
                          for t in m.get("targets", ())),
        )
        for m in raw.get("measures", [])
    )
    return PolicyDocument(
        source=SOURCE, doc_number=raw.get("doc_number"), title=raw["title"],
        issuers=tuple(raw.get("issuers", ())), level="national", region="中国",
        region_path=("中国",), date=raw.get("date"), themes=tuple(raw.get("themes", ())),
        measures=measures,
    )
