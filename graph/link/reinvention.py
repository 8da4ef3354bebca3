"""How much a child measure copies its parent and what it adds: relaying (二传手) vs reproduction (再生产).

verbatim_share is the part of the child's text covered by local alignments with the parent's,
scored as Smith-Waterman scores them (match +2, mismatch -1, gap -1.5) and built from the
cheap prefilter's seeds: runs of 6 characters the two texts share (see local_alignments).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

MATCH, MISMATCH, GAP = 2.0, -1.0, 1.5
MIN_ALIGNED = 8  # characters: shorter local alignments are coincidence
SEED = 6
_MONEY = re.compile(r"\d+(?:\.\d+)?\s*(?:万|亿)?元")
_PUNCT = re.compile(r"[\s，。；：、,.;:（）()“”\"《》]")


@dataclass(frozen=True)
class Reinvention:
    verbatim_share: float  # of the child's characters, 0..1
    similarity: float  # the link's score
    reinvention: str  # copy / adapt / new
    adds: list[str]  # what the child adds of its own: targets, agencies, deadline, funds


def verbatim_share(child: str, parent: str) -> float:
    """Share of the child's characters inside local alignments with the parent (0..1).

    Example:
        >>> round(verbatim_share("对不裁员或少裁员的参保企业返还失业保险费的50%。加快全程网办",
        ...                      "加大稳岗返还力度。对不裁员或少裁员的参保企业，可返还失业保险费的50%"), 2)
        0.8
    """
    child, parent = _plain(child), _plain(parent)
    if not child:
        return 0.0
    covered = sum(end - start for start, end in local_alignments(child, parent))
    return min(1.0, covered / len(child))


def local_alignments(a: str, b: str) -> list[tuple[int, int]]:
    """Spans of `a` in local alignments with `b`, scored as Smith-Waterman scores them.

    Seed and extend: exact runs of at least SEED characters (the prefilter) are chained in
    order along both texts while the alignment score stays positive — a run adds MATCH per
    character, the stretch between two runs costs MISMATCH per substituted character and
    GAP per inserted or deleted one — which is the score a Smith-Waterman table would give
    that path, without filling the table. Chains shorter than MIN_ALIGNED are dropped.
    """
    chains: list[list[float]] = []  # [a_start, a_end, b_start, b_end, score]
    for a0, a1, b0, b1 in _runs(a, b):
        best = None
        for chain in chains[-8:]:
            if a0 < chain[1] or b0 < chain[3]:
                continue
            ga, gb = a0 - chain[1], b0 - chain[3]
            cost = min(ga, gb) * -MISMATCH + abs(ga - gb) * GAP
            if chain[4] - cost > 0 and (best is None or chain[4] - cost > best[1]):
                best = (chain, chain[4] - cost)
        if best is None:
            chains.append([a0, a1, b0, b1, MATCH * (a1 - a0)])
        else:
            chain, score = best
            chain[1], chain[3], chain[4] = a1, b1, score + MATCH * (a1 - a0)
    spans = sorted((int(c[0]), int(c[1])) for c in chains if c[1] - c[0] >= MIN_ALIGNED)
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _runs(a: str, b: str) -> list[tuple[int, int, int, int]]:
    """Maximal exact common runs of at least SEED characters, in order along `a`.

    A run starts at a pair of positions whose SEED characters are the same in both texts
    and whose preceding characters differ (or one text starts there); only the seeds both
    texts have are visited, and a run is stretched to its end by comparing slices.
    """
    (first_a, more_a), (first_b, more_b) = _seeds(a), _seeds(b)
    runs: list[tuple[int, int, int, int]] = []
    for gram in first_a.keys() & first_b.keys():
        if gram in more_a or gram in more_b:
            pairs = [(i, j) for i in more_a.get(gram, (first_a[gram],))
                     for j in more_b.get(gram, (first_b[gram],))]
        else:
            pairs = [(first_a[gram], first_b[gram])]
        for i, j in pairs:
            if i and j and a[i - 1] == b[j - 1]:
                continue  # inside a run that starts before
            n = _common(a, b, i, j)
            runs.append((i, i + n, j, j + n))
    return sorted(runs)


def _common(a: str, b: str, i: int, j: int) -> int:
    """The length of the common prefix of a[i:] and b[j:], known to be at least SEED."""
    low, high = SEED, min(len(a) - i, len(b) - j)
    step = SEED
    while low < high:  # gallop, then halve: most runs are short, a copied item is long
        probe = min(high, low + step)
        if a[i + low:i + probe] == b[j + low:j + probe]:
            low, step = probe, step * 2
        else:
            high, step = probe - 1, max(1, (probe - low) // 2)
    return low


@lru_cache(maxsize=16384)
def _seeds(b: str) -> tuple[dict[str, int], dict[str, tuple[int, ...]]]:
    """Where each SEED-character string starts in `b`: the first start of each, and every
    start of those that come back (a text is aligned several times: a child with each of its
    parents, a parent with many children, a national item with thousands)."""
    grams = [b[j:j + SEED] for j in range(len(b) - SEED + 1)]
    first = dict(zip(reversed(grams), range(len(grams) - 1, -1, -1), strict=True))
    more: dict[str, tuple[int, ...]] = {}
    if len(first) < len(grams):
        starts: dict[str, list[int]] = {}
        for j, gram in enumerate(grams):
            starts.setdefault(gram, []).append(j)
        more = {gram: tuple(js) for gram, js in starts.items() if len(js) > 1}
    return first, more


@lru_cache(maxsize=16384)
def _plain(text: str) -> str:
    """The text without spaces and punctuation."""
    return _PUNCT.sub("", text)


def forget() -> None:
    """Empty the alignment caches: a linking task's texts, no use to the next task (full, they
    hold about 350 MiB, whatever the corpus's size)."""
    _seeds.cache_clear()
    _plain.cache_clear()


def classify(share: float, similarity: float) -> str:
    if share >= 0.5:
        return "copy"
    if share >= 0.15 or similarity >= 0.35:
        return "adapt"
    return "new"


def additions(child: dict[str, object], parent: dict[str, object], agencies: int) -> list[str]:
    """What the child adds that the parent's text does not have."""
    parent_text = f"{parent.get('heading', '')}{parent.get('text', '')}"
    targets = child.get("targets") or []
    assert isinstance(targets, list)
    adds = [f"target: {t}" for t in targets if str(t) not in parent_text]
    deadline = child.get("deadline")
    if deadline and str(deadline) not in parent_text:
        adds.append(f"deadline: {deadline}")
    child_text = str(child.get("text", ""))
    adds.extend(f"funds: {m}" for m in dict.fromkeys(_MONEY.findall(child_text)) if m not in parent_text)
    if agencies:
        adds.append(f"agencies: {agencies}")
    return adds


def reinvention(child: dict[str, object], parent: dict[str, object], similarity: float,
                agencies: int) -> Reinvention:
    share = verbatim_share(str(child.get("text", "")), f"{parent.get('heading', '')}{parent.get('text', '')}")
    return Reinvention(round(share, 3), round(similarity, 3), classify(share, similarity),
                       additions(child, parent, agencies))
