"""Reference data shipped with the project: regions, agency systems, themes.

The JSON files live in loaders/data/ and are read once per process.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

LEVEL_RANK = {"national": 0, "provincial": 1, "municipal": 2, "county": 3}


def load_json(name: str) -> Any:
    return json.loads(resources.files("loaders").joinpath("data", name).read_text("utf-8"))


@dataclass(frozen=True)
class Region:
    name: str
    level: str
    parent: str | None
    short: tuple[str, ...]
    doc_prefixes: tuple[str, ...]


@dataclass(frozen=True)
class Gazetteer:
    regions: dict[str, Region]

    def get(self, name: str) -> Region | None:
        return self.regions.get(name)

    def path(self, name: str) -> tuple[str, ...]:
        """The region and its parents up to 中国: 周村区, 淄博市, 山东省, 中国."""
        out: list[str] = []
        current: str | None = name
        while current and current not in out:
            out.append(current)
            region = self.regions.get(current)
            current = region.parent if region else None
        if out[-1] != "中国":
            out.append("中国")
        return tuple(out)

    def mentions(self, text: str) -> dict[str, int]:
        """How often each known region is named in `text`, by full or short name."""
        counts: dict[str, int] = {}
        for region in self.regions.values():
            names = {region.name, *(s for s in region.short if len(s) >= 2)}
            n = sum(text.count(name) for name in names)
            if n:
                counts[region.name] = n
        return counts

    def named_in(self, text: str) -> Region | None:
        """The most specific region whose full name appears in `text` (an issuer's name)."""
        found = [r for r in self.regions.values() if r.name in text and r.name != "中国"]
        if not found:
            found = [r for r in self.regions.values()
                     if any(len(s) >= 2 and text.startswith(s) for s in r.short)]
        return max(found, key=lambda r: (LEVEL_RANK[r.level], len(r.name)), default=None)

    def by_doc_number(self, doc_number: str) -> Region | None:
        """The region a 文号's issuer prefix implies: 鲁政发〔2020〕10号 -> 山东省."""
        prefix = re.split(r"[〔\[［(（]", doc_number, maxsplit=1)[0]
        best: tuple[int, Region] | None = None
        for region in self.regions.values():
            for p in region.doc_prefixes:
                if prefix.startswith(p) and (best is None or len(p) > best[0]):
                    best = (len(p), region)
        return best[1] if best else None


@cache
def gazetteer() -> Gazetteer:
    data = load_json("regions.json")
    regions = {
        r["name"]: Region(
            name=r["name"], level=r["level"], parent=r.get("parent"),
            short=tuple(r.get("short", ())), doc_prefixes=tuple(r.get("doc_prefixes", ())),
        )
        for r in data["regions"]
    }
    return Gazetteer(regions)


@dataclass(frozen=True)
class Theme:
    name: str
    family: str
    aliases: tuple[str, ...]
    keywords: tuple[str, ...]
    corresponds_to: tuple[str, ...]


@cache
def themes() -> tuple[Theme, ...]:
    data = load_json("themes.json")
    return tuple(
        Theme(
            name=t["name"], family=t["family"], aliases=tuple(t.get("aliases", ())),
            keywords=tuple(t.get("keywords", ())),
            corresponds_to=tuple(_as_list(t.get("corresponds_to"))),
        )
        for t in data["themes"]
    )


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)
