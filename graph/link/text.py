"""The phrases two measures share: the evidence a link shows (vectors.py does the similarity)."""

from __future__ import annotations

import re
from functools import lru_cache

_KEEP = re.compile(r"[\u4e00-\u9fff0-9A-Za-z]+")
_COMMON = frozenset("加强 推进 落实 进一步 积极 全面 做好 工作 开展 建立 完善 提高 提升 支持 强化 加大 实施 有关 相关 各类 及时 确保".split())


def shared_phrases(a: str, b: str, min_len: int = 3, top: int = 5) -> list[str]:
    """The longest substrings two texts share (at least `min_len` characters), longest first.

    Example:
        >>> shared_phrases("加大稳岗返还力度，返还失业保险费", "对不裁员企业返还失业保险费")
        ['返还失业保险费']
    """
    grams_b = _grams(b, min_len)
    hits = [i for i, gram in _kept_grams(a, min_len) if gram in grams_b]
    phrases: set[str] = set()
    for start, end in _stretches(hits):  # never across punctuation: a gap of min_len + 1 at least
        phrase = a[start:end + min_len]
        while phrase and phrase not in b:  # runs of shared grams may not be one shared phrase
            phrase = phrase[:-1]
        if len(phrase) >= min_len and phrase not in _COMMON:
            phrases.add(phrase)
    ranked = sorted(phrases, key=lambda p: (-len(p), p))
    out: list[str] = []
    for phrase in ranked:
        if not any(phrase in longer for longer in out):
            out.append(phrase)
    return out[:top]


@lru_cache(maxsize=16384)
def _kept_grams(text: str, n: int) -> tuple[tuple[int, str], ...]:
    """The n-character substrings of a text's runs of CJK and alphanumerics, with where they
    start (a shared phrase never crosses punctuation; a child is linked to several parents)."""
    out: list[tuple[int, str]] = []
    for run in _KEEP.finditer(text):
        part, start = run.group(), run.start()
        out.extend(zip(range(start, start + len(part) - n + 1),
                       [part[i:i + n] for i in range(len(part) - n + 1)], strict=True))
    return tuple(out)


@lru_cache(maxsize=4096)
def _grams(text: str, n: int) -> frozenset[str]:
    """The n-character substrings of a text (a parent's are asked for by many children)."""
    return frozenset(text[i:i + n] for i in range(len(text) - n + 1))


def forget() -> None:
    """Empty the n-gram caches: a linking task's texts, no use to the next task (full, they
    hold about 350 MiB, whatever the corpus's size)."""
    _kept_grams.cache_clear()
    _grams.cache_clear()


def _stretches(positions: list[int]) -> list[tuple[int, int]]:
    """Runs of consecutive positions as (first, last)."""
    out: list[tuple[int, int]] = []
    for i in positions:
        if out and i == out[-1][1] + 1:
            out[-1] = (out[-1][0], i)
        else:
            out.append((i, i))
    return out
