"""Text similarity for Chinese without a model: character bigram TF-IDF and shared phrases."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping

_KEEP = re.compile(r"[\u4e00-\u9fff0-9A-Za-z]+")
Vector = dict[str, float]


def bigrams(text: str) -> list[str]:
    """Character bigrams within runs of CJK and alphanumerics (punctuation breaks a run).

    Example:
        >>> bigrams("稳岗返还，50%")
        ['稳岗', '岗返', '返还', '50']
    """
    return ngrams(text, 2)


def ngrams(text: str, n: int) -> list[str]:
    """Character n-grams within runs of CJK and alphanumerics."""
    grams: list[str] = []
    for run in _KEEP.findall(text):
        grams.extend(run[i:i + n] for i in range(len(run) - n + 1))
    return grams


class TfIdf:
    """Bigram TF-IDF over a collection; vectors are L2-normalised so a dot product is a cosine."""

    def __init__(self, texts: Mapping[str, str]) -> None:
        self.counts = {key: Counter(bigrams(text)) for key, text in texts.items()}
        df: Counter[str] = Counter()
        for counts in self.counts.values():
            df.update(counts.keys())
        n = max(len(texts), 1)
        self.idf = {gram: math.log((1 + n) / (1 + d)) + 1 for gram, d in df.items()}
        self.vectors = {key: self._vector(counts) for key, counts in self.counts.items()}

    def _vector(self, counts: Counter[str]) -> Vector:
        vec = {g: (1 + math.log(c)) * self.idf.get(g, 1.0) for g, c in counts.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {g: v / norm for g, v in vec.items()}


def cosine(a: Vector, b: Vector) -> float:
    """Dot product of two normalised vectors, over the bigrams they share."""
    return sum(a[g] * b[g] for g in a.keys() & b.keys())


class InvertedIndex:
    """Postings of informative bigrams, for sparse dot products against one block of vectors."""

    def __init__(self, vectors: Mapping[str, Vector], max_share: float = 0.2) -> None:
        df: Counter[str] = Counter()
        for vec in vectors.values():
            df.update(vec.keys())
        cap = max(5, int(len(vectors) * max_share))  # a bigram in most texts says little
        self.postings: dict[str, list[tuple[str, float]]] = {}
        for key, vec in vectors.items():
            for gram, weight in vec.items():
                if df[gram] <= cap:
                    self.postings.setdefault(gram, []).append((key, weight))

    def top(self, query: Vector, k: int, allowed: Iterable[str] | None = None) -> list[tuple[str, float]]:
        scores: dict[str, float] = {}
        for gram, weight in query.items():
            for key, other in self.postings.get(gram, ()):
                scores[key] = scores.get(key, 0.0) + weight * other
        ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
        if allowed is not None:
            keep = set(allowed)
            ranked = [(key, s) for key, s in ranked if key in keep]
        return ranked[:k]


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
