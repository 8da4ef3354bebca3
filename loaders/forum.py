"""Pages of web forums (Discuz and the like) that repost a document: against copying, the
forum scatters random strings of one- and two-character ASCII tokens through the post, on lines
of their own and glued before or after the text (: m/ j& y4 E# U" P! R為統籌…, 一、分区… H. z& i n).
They are taken out before the rules read the text, each line kept in its place.
"""

from __future__ import annotations

import re

# Five or more tokens of one or two printable ASCII characters, a space apart, and at least three
# of them letters: a forum's jammer string (a table's empty cells | | | | or a list of numbers
# 1 2 3 4 5 are not).
_TOKEN = r"[!-~]{1,2}"
_JAMMER = re.compile(rf"(?:(?<=^)|(?<=[\s\u3000])|(?<=[\u4e00-\u9fff]))(?:{_TOKEN} ){{4,}}{_TOKEN}"
                     r"(?=$|[\s\u3000]|[\u4e00-\u9fff])")
_LETTERS = re.compile(r"[A-Za-z]")


def drop_forum_jammer(text: str) -> str:
    """The text without a forum's jammer strings (lines that were nothing else are left empty).

    Example:
        >>> drop_forum_jammer('某省指挥部通告 ( f; r! a( p& T% H i\\n: m/ j& y4 E# U" P! R为统筹推进')
        '某省指挥部通告\\n为统筹推进'
        >>> drop_forum_jammer("| | | | | |\\n第 1 2 3 4 5 页")
        '| | | | | |\\n第 1 2 3 4 5 页'
    """
    if "& " not in text and "# " not in text and "; " not in text:  # most pages: no jammer at all
        return text

    def cut(m: re.Match[str]) -> str:
        letters = sum(1 for token in m.group(0).split(" ") if _LETTERS.search(token))
        return "" if letters >= 3 else m.group(0)

    lines = text.split("\n")
    for k, line in enumerate(lines):
        kept = _JAMMER.sub(cut, line)
        lines[k] = kept.strip() if kept != line else line
    return "\n".join(lines)
