"""繁体 pages (mirrors that convert a page to traditional characters): the words the header,
metadata and note rules look for, read in simplified form.

`simplified` maps character for character, so a position found in its output is the same
position in the text as printed: rules match on the simplified copy and cut the printed one
(a 繁体 title, issuer or agency stays as printed). Every character OpenCC maps to one simplified
form is mapped (loaders/data/hant.tsv, generated), so a place printed only in 繁体 (絳縣) is found
in the gazetteer as any other; a character that is also printed in simplified text (乾县) is not.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.resources import files

# The pairs OpenCC gives more than one simplified form, which the rules need in one: 關於 (於 is
# also a surname), 計劃, 開發, 線, 戰略, 効, 瀋陽, 諮詢, 鍾 (a 繁体 place name).
_AMBIGUOUS = "於于劃划開开線线戰战効效瀋沈諮咨鍾钟"
# A character many 繁体 mirrors print for another: 陜 (xiá, narrow) for 陝 (shǎn) in 陜西 — read as 陕.
_MISPRINTED = "陜陕"


def _pairs() -> dict[str, str]:
    """loaders/data/hant.tsv (generated from OpenCC's table) and the pairs above (ambiguous, misprinted)."""
    text = (files("policy_cascades.loaders") / "data" / "hant.tsv").read_text(encoding="utf-8")
    table: dict[str, str] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            traditional, form = line.split("\t")
            table[traditional] = form
    table.update(zip(_AMBIGUOUS[::2], _AMBIGUOUS[1::2], strict=True))
    table.update(zip(_MISPRINTED[::2], _MISPRINTED[1::2], strict=True))
    return table


_TABLE = str.maketrans(_pairs())
_ANY = re.compile("[" + "".join(sorted(chr(code) for code in _TABLE)) + "]")


@lru_cache(maxsize=16384)
def simplified(text: str) -> str:
    """The text with the rules' traditional characters mapped to simplified, same length.

    Example:
        >>> simplified("海南省人民政府辦公廳關於印發若干措施的通知")
        '海南省人民政府办公厅关于印发若干措施的通知'
    """
    return text.translate(_TABLE) if _ANY.search(text) else text  # most pages: one fast scan


def traditional_characters() -> frozenset[str]:
    """The characters `simplified` maps: OpenCC's traditional forms with one simplified form."""
    return _TRADITIONAL


_TRADITIONAL = frozenset(chr(code) for code in _TABLE)


def has_traditional(text: str) -> bool:
    """Whether `simplified` would change the text."""
    return _ANY.search(text) is not None


# Some mirrors gloss a converted character with its pinyin: 發(fā), 區(qū), 經(jīng), and a character of
# several readings with all of them: 爲(wéi / wèi), 一(yī / yì /yí).
# A syllable holds a vowel: (t/d), (km/h) and (kg) are units, not pinyin.
_SYLLABLE = r"(?=[a-zü\u00e0-\u00fc\u0101-\u01dc]*[aeiouü\u00e0-\u00fc\u0101-\u01dc])(?:[a-zü]|[\u00e0-\u00fc\u0101-\u01dc]){1,6}"
_PINYIN_GLOSS = re.compile(rf"(?<=[\u4e00-\u9fff])(?:\({_SYLLABLE}(?:\s*/\s*{_SYLLABLE})*\))+")  # 就(jiu)(jiu)業: twice


# The same mirrors print a comma before many punctuation marks: 一,、總體要求, 各縣,、市, 給你們,,請
_DOUBLED_MARK = re.compile(r"(?<=[\u4e00-\u9fff）)]),(?=[、，,。；;：:])")


def drop_pinyin_glosses(text: str) -> str:
    """The text without the pinyin a mirror printed after some characters, and without the comma
    such a mirror prints before a punctuation mark.

    Example:
        >>> drop_pinyin_glosses("州政發(fā)〔2020〕5號，湘西經(jīng)開區(qū)管委會(2020)")
        '州政發〔2020〕5號，湘西經開區管委會(2020)'
        >>> drop_pinyin_glosses("進一(yī / yì /yí)步支持，發布了(le/liǎo)，处理能力(t/d)，重量(kg)")
        '進一步支持，發布了，处理能力(t/d)，重量(kg)'
        >>> drop_pinyin_glosses("一,、總體要求(qiú)。各縣,、區(qū)人民政府,,市政府各部門:")
        '一、總體要求。各縣、區人民政府,市政府各部門:'
    """
    if "(" not in text:
        return text
    glossed = _PINYIN_GLOSS.sub("", text)
    return _DOUBLED_MARK.sub("", glossed) if len(glossed) < len(text) else glossed


# For `traditional`: the form a mirror prints of a simplified character with several (发: 發, 髮),
# and variant forms OpenCC reads but does not print (侷 for 局, 閤 for 合).
_PREFERRED = "發後復製準歷臺裏係雲隻鬆"
_VARIANTS = "侷閤麫"


@lru_cache(maxsize=1)
def _inverse() -> dict[int, str]:
    forms: dict[str, list[str]] = {}
    for trad, form in _pairs().items():
        if trad not in _VARIANTS:
            forms.setdefault(form, []).append(trad)
    chosen = {form: [t for t in trads if t in _PREFERRED] or trads for form, trads in forms.items()}
    return {ord(form): trads[0] for form, trads in chosen.items() if len(trads) == 1 and form != trads[0]}


def traditional(text: str) -> str:
    """The text with each simplified character that has one traditional form (or a preferred one)
    printed in it, same length: how a 繁体 mirror prints a page, for tests (`simplified` reads it back).

    Example:
        >>> traditional("海南省人民政府办公厅关于印发若干措施的通知")
        '海南省人民政府辦公廳關於印發若干措施的通知'
    """
    return text.translate(_inverse())
