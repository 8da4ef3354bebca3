"""Texts read in simplified characters: a measure printed in traditional ones (a page of a
government site's traditional version: 發揮小微企業就業主渠道作用) is compared with the others, and
searched for the theme keywords, as the same text in simplified ones.

The character map is the loaders' (loaders/hant.py: OpenCC's table, loaders/data/hant.tsv), so
extraction and linking read 繁体 alike. A text is converted only when at least SHARE of its CJK
characters, and two at least, are in the map, so that a simplified text that holds one such
character (著 in 显著) is left as it is. A short text (a heading) is judged by the measure's
whole text.
"""

from __future__ import annotations

import re

from policy_cascades.loaders.hant import simplified as _mapped
from policy_cascades.loaders.hant import traditional_characters

SHARE = 0.05
_CJK = re.compile(r"[\u4e00-\u9fff]")


def simplified(text: str, whole: str | None = None) -> str:
    """The text in simplified characters when it (or `whole`, the text it is part of) is
    written in traditional ones; else as is.

    Example:
        >>> simplified("發揮小微企業就業主渠道作用")
        '发挥小微企业就业主渠道作用'
        >>> simplified("成效显著，落实稳岗返还")
        '成效显著，落实稳岗返还'
        >>> simplified("免租減租支持", whole="免租減租支持。對承租區屬國企物業的租戶")
        '免租减租支持'
    """
    judged = text if whole is None else whole
    forms = traditional_characters().intersection(judged)  # one set lookup a character: most texts have none
    found = sum(judged.count(c) for c in forms)
    if found < 2 or found < SHARE * len(_CJK.findall(judged)):
        return text
    return _mapped(text)
