"""Towns (镇, 乡, 街道, 苏木) as a clue to the county that issued a document.

A county's own pages often print the issuer without its place (区政府, 县政府办公室) and never
name the county, yet their tables and notes name its towns (锦城街道, 昌化镇, 天目山镇). Town names
repeat across China (昌化镇 is in two counties, 城关镇 in hundreds), so names of more than COMMON
towns are left out, and a county is taken only when the text names at least MIN_TOWNS different
towns of it and clearly more than of any other county. loaders/data/towns.tsv (written by
scripts/build_gazetteer.py) lists about 40,000 towns; its index is built on first use, so a
document placed by other clues never pays for it.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache

from policy_cascades.loaders.gazetteer import data_text
from policy_cascades.loaders.placenames import NameIndex

MIN_TOWNS = 2
COMMON = 3  # a name of more towns than this (城关镇, 新城镇, 中心镇) is a common word, no clue


class Towns:
    """The county codes each town name belongs to, and an index to find the names in a text.

    Example:
        >>> t = Towns({"锦城街道": ("330112",), "昌化镇": ("330112", "469026"), "城关镇": ("1", "2")})
        >>> t.county("锦城街道、锦北街道、昌化镇、城关镇各负其责")
        ('330112', ('昌化镇', '锦城街道'))
        >>> t.county("昌化镇和城关镇") is None
        True
    """

    def __init__(self, counties: dict[str, tuple[str, ...]]) -> None:
        self.counties = counties
        self.index = NameIndex(counties)

    def county(self, text: str) -> tuple[str, tuple[str, ...]] | None:
        """The county code the text's town names point to, and those names; None when too few
        towns are named or two counties are close."""
        named: dict[str, set[str]] = defaultdict(set)
        for _, name in self.index.scan(text):
            for code in self.counties[name]:
                named[code].add(name)
        ranked = sorted(named.items(), key=lambda item: (-len(item[1]), item[0]))
        if not ranked or len(ranked[0][1]) < MIN_TOWNS:
            return None
        runner_up = len(ranked[1][1]) if len(ranked) > 1 else 0
        if len(ranked[0][1]) < 2 * runner_up:
            return None  # two counties are named almost as often: left open
        return ranked[0][0], tuple(sorted(ranked[0][1]))


@cache
def towns() -> Towns:
    """The towns of loaders/data/towns.tsv (one index per process, built on first use)."""
    counties: dict[str, list[str]] = defaultdict(list)
    rows = [line for line in data_text("towns.tsv").splitlines() if not line.startswith("#")]
    for line in rows[1:]:  # after the header: name, county
        name, code = line.split("\t")
        counties[name].append(code)
    return Towns({name: tuple(codes) for name, codes in counties.items() if len(codes) <= COMMON})
