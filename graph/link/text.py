"""The phrases two measures share: the evidence a link shows (vectors.py does the similarity)."""

from __future__ import annotations

import re

_KEEP = re.compile(r"[\u4e00-\u9fff0-9A-Za-z]+")
_COMMON = frozenset("加强 推进 落实 进一步 积极 全面 做好 工作 开展 建立 完善 提高 提升 支持 强化 加大 实施 有关 相关 各类 及时 确保".split())


def shared_phrases(a: str, b: str, min_len: int = 3, top: int = 5) -> list[str]:
    """The longest substrings two texts share (at least `min_len` characters), longest first.

    Example:
        >>> shared_phrases("加大稳岗返还力度，返还失业保险费", "对不裁员企业返还失业保险费")
        ['返还失业保险费']
    """
    grams_b = {b[i:i + min_len] for i in range(len(b) - min_len + 1)}
    phrases: set[str] = set()
    start = None
    for i in range(len(a) - min_len + 2):
        hit = i <= len(a) - min_len and a[i:i + min_len] in grams_b and _KEEP.fullmatch(a[i:i + min_len])
        if hit and start is None:
            start = i
        elif not hit and start is not None:
            phrase = a[start:i + min_len - 1]
            while phrase and phrase not in b:  # runs of shared grams may not be one shared phrase
                phrase = phrase[:-1]
            if len(phrase) >= min_len and phrase not in _COMMON:
                phrases.add(phrase)
            start = None
    ranked = sorted(phrases, key=lambda p: (-len(p), p))
    out: list[str] = []
    for phrase in ranked:
        if not any(phrase in longer for longer in out):
            out.append(phrase)
    return out[:top]
