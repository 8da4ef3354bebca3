"""Agencies: which region an agency printed in a note belongs to, its full name, its system.

区人力资源社会保障局 of 周村区 and 市人社局 of 淄博市 are two agencies of one system
(人力资源社会保障). The rules follow the `matching` notes of loaders/data/agency_systems.json:
collectives (各镇人民政府) have no system; the longest system name inside the unit names
its system; a region named inside the unit wins, else the level prefix (区/县/市/省) places
it relative to the document's region; abbreviations and variants (人社局, 住房和城乡建设局) become the file's full form.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from policy_cascades.loaders.gazetteer import Gazetteer, gazetteer, load_json


@dataclass(frozen=True)
class AgencyName:
    printed: str
    canonical: str
    region: str
    system: str | None


@dataclass(frozen=True)
class _System:
    name: str
    names: tuple[str, ...]
    aliases: dict[str, str]
    suffix_only: bool


@dataclass(frozen=True)
class _Rules:
    systems: tuple[_System, ...]
    names: tuple[tuple[str, _System], ...]  # longest first
    level_prefixes: tuple[tuple[str, str], ...]  # longest first
    collective_starts: tuple[str, ...]
    collective_contains: tuple[str, ...]
    collective_exact: frozenset[str]


@cache
def _rules() -> _Rules:
    data = load_json("agency_systems.json")
    systems = tuple(
        _System(s["system"], tuple(s.get("names", ())), dict(s.get("aliases", {})),
                s.get("match") == "suffix")
        for s in data["systems"]
    )
    names = sorted(((n, s) for s in systems for n in s.names), key=lambda p: -len(p[0]))
    prefixes = sorted(((p["prefix"], p["level"]) for p in data["level_prefixes"]), key=lambda p: -len(p[0]))
    coll = data["collectives"]
    return _Rules(systems, tuple(names), tuple(prefixes), tuple(coll.get("starts_with", ())),
                  tuple(coll.get("contains", ())), frozenset(coll.get("exact", ())))


@cache
def resolve_agency(printed: str, doc_region: str) -> AgencyName:
    """Place an agency named in a document of `doc_region`.

    Example:
        >>> a = resolve_agency("县人社局", "沂源县")
        >>> a.canonical, a.region, a.system
        ('县人力资源社会保障局', '沂源县', '人力资源社会保障')
    """
    rules, places = _rules(), gazetteer()
    region, prefix = _place(printed, doc_region, places, rules)
    if _is_collective(printed, rules):
        return AgencyName(printed, printed, region, None)
    found = _system_of(printed, rules)
    if found is None:
        return AgencyName(printed, printed, region, None)
    _, system = found
    rest = printed[len(prefix):]
    canonical = prefix + system.aliases[rest] if rest in system.aliases else printed
    return AgencyName(printed, canonical, region, system.name)


def _place(printed: str, doc_region: str, places: Gazetteer, rules: _Rules) -> tuple[str, str]:
    """(region, printed prefix): 市人社局 in 沂源县 -> (淄博市, 市)."""
    named = places.named_in(printed, near=doc_region or None)
    if named is not None:
        prefix = next((name for start, name in places.scan(printed) if start == 0), "")
        return named.key, prefix
    for prefix, level in rules.level_prefixes:
        if printed.startswith(prefix):
            if level == "national":
                return "中国", ""
            one = prefix[0]  # 县 of 县委, 市 of 市政府: the level letter the name starts with
            return _ancestor_at(doc_region, level, places), one if one in "区县市省州" else ""
    return doc_region, ""


def _ancestor_at(region: str, level: str, places: Gazetteer) -> str:
    for name in places.path(region):
        known = places.get(name)
        if known and known.level == level:
            return name
    return region


def _is_collective(printed: str, rules: _Rules) -> bool:
    return (printed in rules.collective_exact or printed.startswith(rules.collective_starts)
            or any(part in printed for part in rules.collective_contains))


def _system_of(printed: str, rules: _Rules) -> tuple[str, _System] | None:
    for name, system in rules.names:
        if system.suffix_only:
            if printed.endswith(name):
                return name, system
        elif name in printed:
            return name, system
    return None
