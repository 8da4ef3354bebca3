"""Who the synthetic corpus names: issuers, agencies of each functional system at each level,
persons, addressees, and the responsibility notes in every form the genre prints them.

Names follow the real conventions: 山东省人民政府 / 省人力资源社会保障厅, 淄博市人民政府 /
市发展改革委, 周村区人民政府 / 区财政局, 阿克苏地区行政公署办公室; a unit whose name is not
unique in China prints its parent too (长春市朝阳区人民政府).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from policy_cascades.loaders.gazetteer import Region

# system -> (provincial, municipal, county) name after the level word (省/市/区 …)
SYSTEMS: dict[str, tuple[str, str, str]] = {
    "人社": ("人力资源社会保障厅", "人力资源社会保障局", "人力资源社会保障局"),
    "发改": ("发展改革委", "发展改革委", "发展改革局"),
    "财政": ("财政厅", "财政局", "财政局"),
    "工信": ("工业和信息化厅", "工业和信息化局", "工业和信息化局"),
    "商务": ("商务厅", "商务局", "商务局"),
    "农业": ("农业农村厅", "农业农村局", "农业农村局"),
    "民政": ("民政厅", "民政局", "民政局"),
    "医保": ("医保局", "医保局", "医保局"),
    "税务": ("税务局", "税务局", "税务局"),
    "金融": ("地方金融监管局", "地方金融监管局", "政府金融办"),
    "市场": ("市场监管局", "市场监管局", "市场监管局"),
    "住建": ("住房城乡建设厅", "住房城乡建设局", "住房城乡建设局"),
    "交通": ("交通运输厅", "交通运输局", "交通运输局"),
    "教育": ("教育厅", "教育局", "教育和体育局"),
    "卫健": ("卫生健康委", "卫生健康委", "卫生健康局"),
    "自然": ("自然资源厅", "自然资源局", "自然资源局"),
    "粮食": ("粮食和储备局", "粮食和储备局", "粮食和储备局"),
    "扶贫": ("扶贫办", "扶贫办", "扶贫办"),
    "统计": ("统计局", "统计局", "统计局"),
    "应急": ("应急厅", "应急局", "应急局"),
}
THEME_SYSTEMS: dict[str, tuple[str, ...]] = {
    "保居民就业": ("人社", "财政", "教育", "发改", "扶贫"), "稳就业": ("人社", "财政", "教育", "扶贫"),
    "保基本民生": ("民政", "人社", "医保", "卫健", "住建", "财政"),
    "保市场主体": ("市场", "税务", "财政", "金融", "工信", "商务"),
    "保粮食能源安全": ("农业", "粮食", "发改", "自然"), "保产业链供应链稳定": ("工信", "发改", "商务", "交通"),
    "保基层运转": ("财政", "民政", "统计"), "稳金融": ("金融", "财政", "工信"),
    "稳外贸": ("商务", "税务", "交通"), "稳外资": ("商务", "发改", "市场"),
    "稳投资": ("发改", "财政", "自然", "住建"), "稳预期": ("发改", "统计", "工信"),
}
_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴孔汤"
_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华建国志红玉兰云海峰林波斌宇浩凯鹏飞春梅东晓晨亮琳"


def printed_name(region: Region) -> str:
    """How a region prints itself: its name, or parent + name when the name is shared."""
    return region.key if region.key != region.name else region.name


def level_word(region: Region) -> str:
    """The one word an agency of this region starts with: 省, 自治区, 市, 州, 区, 县, 旗 …"""
    name = region.name
    if region.level == "provincial":
        return "自治区" if name.endswith("自治区") else "市" if name.endswith("市") else "省"
    if region.level == "municipal":
        return "州" if name.endswith("州") and not name.endswith("市") else (
            "地区" if name.endswith("地区") else "盟" if name.endswith("盟") else "市")
    for word in ("区", "县", "市", "旗"):
        if name.endswith(word):
            return word
    return "县"


def issuer(region: Region, office: bool = False) -> str:
    """The issuing government: 山东省人民政府, 淄博市人民政府办公室, 阿克苏地区行政公署办公室."""
    name = printed_name(region)
    if region.level == "municipal" and name.endswith(("地区", "盟")):
        return f"{name}行政公署办公室"
    if office:
        return f"{name}人民政府{'办公厅' if region.level == 'provincial' else '办公室'}"
    return f"{name}人民政府"


def agency(region: Region, system: str) -> str:
    word = level_word(region)
    name = SYSTEMS[system][{"provincial": 0, "municipal": 1}.get(region.level, 2)]
    return f"{word}{name}"


def person(rng: random.Random) -> str:
    return rng.choice(_SURNAMES) + "".join(rng.choice(_GIVEN) for _ in range(rng.randint(1, 2)))


def addressees(region: Region) -> str:
    word = level_word(region)
    if region.level == "provincial":
        return f"各市人民政府，各县（市、区）人民政府，{word}政府各部门、各直属机构："
    if region.level == "municipal":
        return f"各区县人民政府，{word}政府各部门，各有关单位："
    return f"各镇人民政府、街道办事处，{word}政府各部门，各有关单位："


def abbreviation(region: Region) -> str:
    """The character a region's 文号 starts with: 鲁 for 山东省, 淄 for 淄博市."""
    # 和/及/与/的 open no 文号 here: the extractor reads them as joining words (和政发 -> 政发)
    usable: list[str] = [c for c in (*region.abbr, *region.name) if c not in "和及与的"]
    return usable[0]


@dataclass
class Duty:
    """Who carries out one measure, as the note will print it."""

    leads: list[str] = field(default_factory=list)
    supports: list[str] = field(default_factory=list)
    persons: list[str] = field(default_factory=list)


def duty(rng: random.Random, region: Region, theme: str) -> Duty:
    systems = THEME_SYSTEMS.get(theme, ("发改", "财政", "统计"))
    chosen = rng.sample(systems, k=min(len(systems), rng.randint(1, 3)))
    units = [agency(region, s) for s in chosen]
    split = rng.randint(1, len(units))
    return Duty(units[:split], units[split:], [person(rng) for _ in range(rng.randint(1, 2))])


# Note forms, as the seed corpus prints them (one form per document, some items varying).
FORMS = ("persons-leads", "lead-support", "units-half", "lead-person", "leads-supports",
         "own-line", "group", "none")


def note(form: str, d: Duty) -> str:
    """The note text of one measure in one of the inline FORMS ("" for none)."""
    leads, supports = "、".join(d.leads), "、".join(d.supports)
    if form == "persons-leads":
        return f"（责任人：{'、'.join(d.persons)}；牵头单位：{'、'.join(d.leads + d.supports)}）"
    if form == "lead-support":
        return f"（责任单位：{leads}牵头，{supports}配合）" if supports else f"（责任单位：{leads}）"
    if form == "units-half":
        return f"(责任单位:{'、'.join(d.leads + d.supports)})"
    if form == "lead-person":
        people = [*d.persons, *d.persons, *d.persons]
        first = "、".join(f"{u}{p}" for u, p in zip(d.leads, people, strict=False))
        rest = "、".join(f"{u}{p}" for u, p in zip(d.supports, people[len(d.leads):], strict=False))
        return f"（牵头单位和责任人：{first}" + (f"；配合单位和责任人：{rest}）" if rest else "）")
    if form == "leads-supports":
        return f"（牵头单位：{leads}" + (f"；配合单位：{supports}）" if supports else "）")
    return ""


def bare_note(d: Duty) -> str:
    """A note printed on its own line, without brackets (own-line form)."""
    return f"牵头单位：{'、'.join(d.leads)}" + (f"；配合单位：{'、'.join(d.supports)}" if d.supports else "")


def group_note(d: Duty) -> str:
    """A note under a heading that covers the items below it (group form)."""
    return f"（责任单位：{'、'.join(d.leads + d.supports)}）"

