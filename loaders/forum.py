"""Pages of web forums (Discuz and the like) that repost a document: against copying, the
forum scatters random strings of one- and two-character ASCII tokens through the post, on lines
of their own and glued before or after the text (: m/ j& y4 E# U" P! R為統籌…, 通告 ( f; r! a( p& T% H i).
Spam mirrors do the like with a mark of their own scattered after words, even inside labels
(一@@、总体要求@@). They are taken out before the rules read the text, each line kept in its place.
"""

from __future__ import annotations

import re

# Five or more tokens of one or two printable ASCII characters, a space apart: a forum's jammer
# string when at least three of them hold letters and two kinds of punctuation are among them
# (m/ j& y4 E# U" P!); a list of grades A B C D E, 5G AI IT OA VR, a table's | | | cells or a
# list of numbers 1 2 3 4 5 is none.
_TOKEN = r"[!-~]{1,2}"
_JAMMER = re.compile(rf"(?:^|(?<=\s)|(?<=[\u4e00-\u9fff]))(?:{_TOKEN} ){{4,}}{_TOKEN}(?=$|\s|[\u4e00-\u9fff])")
_LETTERS = re.compile(r"[A-Za-z]")
_PUNCTUATION = re.compile(r"[^A-Za-z0-9|]")
_LABEL = re.compile(r"\d{1,2}[.．、]?")  # 1. glued to the text after a jammer string: its label
_MARK = re.compile(r"@{2,}")  # a mirror's mark, scattered: no text of the genre prints @@
_MARKS = 5  # so many make a page marked so


def drop_forum_jammer(text: str) -> str:
    """The text without a forum's jammer strings (lines that were nothing else are left empty).

    Example:
        >>> drop_forum_jammer('某省指挥部通告 ( f; r! a( p& T% H i\\n: m/ j& y4 E# U" P! R为统筹推进')
        '某省指挥部通告\\n为统筹推进'
        >>> drop_forum_jammer("等级分为 A B C D E 五级; 实施 5G AI IT OA VR 等 & 新技术")
        '等级分为 A B C D E 五级; 实施 5G AI IT OA VR 等 & 新技术'
        >>> drop_forum_jammer("一@@、总体要求@@\\n(一@@)基本原则@@。坚持@@统筹@@推进@@")
        '一、总体要求\\n(一)基本原则。坚持统筹推进'
    """
    if len(_MARK.findall(text)) >= _MARKS:
        text = _MARK.sub("", text)
    if "& " not in text and "# " not in text and "; " not in text:  # most pages: no jammer at all
        return text

    def cut(m: re.Match[str]) -> str:
        tokens = m.group(0).split(" ")
        if sum(1 for token in tokens if _LETTERS.search(token)) < 3 or \
                len(set(_PUNCTUATION.findall(m.group(0).replace(" ", "")))) < 2:
            return m.group(0)
        return tokens[-1] if _LABEL.fullmatch(tokens[-1]) else ""

    lines = text.split("\n")
    for k, line in enumerate(lines):
        kept = _JAMMER.sub(cut, line)
        lines[k] = kept.rstrip() if kept != line else line
    return "\n".join(lines)
