"""Pure helpers on place names: one automaton for thousands of names, development-zone keys."""

from __future__ import annotations

import re
from collections.abc import Iterable

import ahocorasick_rs

# The words a development zone's name ends with, long form first; each maps to the short
# form its key uses (淄博高新技术产业开发区 and 淄博高新区 are one unit).
ZONE_WORDS = (
    ("高新技术产业开发区", "高新区"), ("高新技术开发区", "高新区"), ("高新区", "高新区"),
    ("经济技术开发区", "经开区"), ("经济开发区", "经开区"), ("经开区", "经开区"),
    ("综合实验区", "综合实验区"), ("示范区", "示范区"), ("试验区", "试验区"), ("实验区", "实验区"),
    ("新区", "新区"), ("开发区", "开发区"), ("工业园区", "工业园区"), ("管理区", "管理区"),
)
ZONE = re.compile(
    r"([\u4e00-\u9fff]{0,12}?(?:" + "|".join(w for w, _ in ZONE_WORDS) + r"))"
    r"(?=[（(]|管委会|管理委员会|党工委|党政|工作委员会|办公室|$"
    r"|[\u4e00-\u9fff]{2,10}(?:局|委员会)$)"  # a department of the zone: 广州开发区营商环境改革局
)


class NameIndex:
    """Every occurrence of any of thousands of names in a text, leftmost-longest, with an
    Aho-Corasick automaton built once (a scan costs about one step per character).

    Example:
        >>> NameIndex(["淄博", "淄博市", "周村区"]).scan("淄博市周村区")
        [(0, '淄博市'), (3, '周村区')]
    """

    def __init__(self, names: Iterable[str]) -> None:
        self.names = list(dict.fromkeys(names))
        self._automaton = ahocorasick_rs.AhoCorasick(
            self.names, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)

    def scan(self, text: str) -> list[tuple[int, str]]:
        return [(start, self.names[index])
                for index, start, _ in self._automaton.find_matches_as_indexes(text)]


def zone_name(text: str) -> str | None:
    """The development zone an issuer's name names: 安康市恒口示范区(试验区)党政综合办公室 ->
    安康市恒口示范区, 广州开发区营商环境改革局 (a department of the zone) -> 广州开发区; None when
    it names none.

    Example:
        >>> zone_name("广州开发区营商环境改革局"), zone_name("淄博高新区管委会"), zone_name("市财政局")
        ('广州开发区', '淄博高新区', None)
    """
    found = ZONE.search(text.removeprefix("中共"))  # 中共某某经济技术开发区工作委员会: its Party committee
    return found.group(1) if found else None


def zone_word(name: str) -> tuple[str, str, str]:
    """A name's stem, the zone word it ends with and that word's short form; ("name", "", "")
    when it ends with none.

    Example:
        >>> zone_word("福州高新技术产业开发区"), zone_word("福州市")
        (('福州', '高新技术产业开发区', '高新区'), ('福州市', '', ''))
    """
    for long, short in ZONE_WORDS:
        if name.endswith(long):
            return name[: -len(long)], long, short
    return name, "", ""


def zone_key(printed: str, city: str, city_short: tuple[str, ...] = (), short: bool = True) -> str:
    """A readable key for a zone: its own stem and the short word (恒口示范区), or the city's
    short name and the word when the zone has no stem of its own (淄博高新区); with short=False
    the word as printed (腾格里经济技术开发区: a zone the gazetteer does not list is named so).

    Example:
        >>> zone_key("淄博高新技术产业开发区", "淄博市", ("淄博",)), zone_key("安康市恒口示范区", "安康市")
        ('淄博高新区', '恒口示范区')
        >>> zone_key("阿拉善腾格里经济技术开发区", "阿拉善盟", ("阿拉善",), short=False)
        '腾格里经济技术开发区'
    """
    stem, long, abbreviation = zone_word(printed)
    word = abbreviation if short else long
    for prefix in sorted((city, *city_short), key=len, reverse=True):
        if prefix and stem.startswith(prefix):
            stem = stem[len(prefix):]
            break
    if len(stem) >= 2:
        return stem + word
    return (city_short[0] if city_short else city) + stem + word
