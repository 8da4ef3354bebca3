"""How much a child measure copies its parent and what it adds: relaying (二传手) vs reproduction (再生产).

verbatim_share is the part of the child's text covered by local alignments with the parent's
(Smith-Waterman on characters), computed only around what a cheap prefilter finds: runs of
6 characters the two texts share.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

MATCH, MISMATCH, GAP = 2.0, -1.0, 1.5
MIN_ALIGNED = 8  # characters: shorter local alignments are coincidence
_SEED = 6
_WINDOW_GAP, _WINDOW_PAD = 40, 30  # seeds this close form one window; align a margin around it
_MONEY = re.compile(r"\d+(?:\.\d+)?\s*(?:万|亿)?元")
_PUNCT = re.compile(r"[\s，。；：、,.;:（）()“”\"《》]")


@dataclass(frozen=True)
class Reinvention:
    verbatim_share: float  # of the child's characters, 0..1
    similarity: float  # the link's score
    reinvention: str  # copy / adapt / new
    adds: list[str]  # what the child adds of its own: targets, agencies, deadline, funds


def local_alignment(a: str, b: str) -> tuple[int, int, int, int, float]:
    """Best local alignment of a and b: (a_start, a_end, b_start, b_end, score).

    Row by row with numpy: the within-row gap term is a running maximum.
    """
    if not a or not b:
        return 0, 0, 0, 0, 0.0
    codes_b = np.frombuffer(b.encode("utf-32-le"), dtype=np.uint32)
    cols = np.arange(1, len(b) + 1, dtype=np.float64)
    prev = np.zeros(len(b) + 1)
    best, best_i, best_j = 0.0, 0, 0
    rows: list[np.ndarray] = []
    for i, ch in enumerate(a, start=1):
        sub = np.where(codes_b == ord(ch), MATCH, MISMATCH)
        diag = prev[:-1] + sub
        up = prev[1:] - GAP
        h = np.maximum(0.0, np.maximum(diag, up))
        # left gaps: H[j] = max(H[j], max_k<j H[k] - GAP*(j-k))
        shifted = np.maximum.accumulate(np.concatenate(([0.0], h)) + GAP * np.arange(len(b) + 1))
        left = shifted[:-1] - GAP * cols
        row = np.concatenate(([0.0], np.maximum(h, left)))
        rows.append(row)
        j = int(row.argmax())
        if row[j] > best:
            best, best_i, best_j = float(row[j]), i, j
        prev = row
    # trace back through the stored rows to the start of the alignment
    i, j = best_i, best_j
    while i > 0 and j > 0 and rows[i - 1][j] > 0:
        score = rows[i - 1][j]
        above = rows[i - 2][j] if i >= 2 else 0.0
        diag = rows[i - 2][j - 1] if i >= 2 else 0.0
        # scores are sums of halves: exact in floating point, so == is safe
        if a[i - 1] == b[j - 1] and score == diag + MATCH:
            i, j = i - 1, j - 1
        elif i >= 2 and score == above - GAP:
            i -= 1
        elif score == rows[i - 1][j - 1] - GAP:
            j -= 1
        else:
            i, j = i - 1, j - 1
    return i, best_i, j, best_j, best


def verbatim_share(child: str, parent: str) -> float:
    """Share of the child's characters inside local alignments with the parent (0..1).

    The prefilter finds runs of 6 characters the two texts share (seeds) and groups them;
    Smith-Waterman then aligns each group's window of the child with the window of the
    parent its seeds point to, so long texts never meet in one quadratic table.
    """
    child, parent = _PUNCT.sub("", child), _PUNCT.sub("", parent)
    if not child:
        return 0.0
    covered: set[int] = set()
    for (c0, c1), (p0, p1) in _seed_windows(child, parent):
        a0, a1, _, _, score = local_alignment(child[c0:c1], parent[p0:p1])
        if a1 - a0 >= MIN_ALIGNED and score >= MIN_ALIGNED * MATCH * 0.6:
            covered.update(range(c0 + a0, c0 + a1))
    return min(1.0, len(covered) / len(child))


def _seed_windows(child: str, parent: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    where: dict[str, int] = {}
    for j in range(len(parent) - _SEED + 1):
        where.setdefault(parent[j:j + _SEED], j)
    hits = [(i, where[child[i:i + _SEED]]) for i in range(len(child) - _SEED + 1)
            if child[i:i + _SEED] in where]
    groups: list[list[tuple[int, int]]] = []
    for hit in hits:
        if groups and hit[0] - groups[-1][-1][0] <= _WINDOW_GAP:
            groups[-1].append(hit)
        else:
            groups.append([hit])
    windows = []
    for group in groups:
        c0, c1 = group[0][0], group[-1][0] + _SEED
        p0, p1 = min(j for _, j in group), max(j for _, j in group) + _SEED
        pad = _WINDOW_PAD
        windows.append(((max(0, c0 - pad), min(len(child), c1 + pad)),
                        (max(0, p0 - pad), min(len(parent), p1 + pad))))
    return windows


def classify(share: float, similarity: float) -> str:
    if share >= 0.5:
        return "copy"
    if share >= 0.15 or similarity >= 0.35:
        return "adapt"
    return "new"


def additions(child: dict[str, object], parent: dict[str, object], agencies: int) -> list[str]:
    """What the child adds that the parent's text does not have."""
    parent_text = f"{parent.get('heading', '')}{parent.get('text', '')}"
    adds = [f"target: {t}" for t in child.get("targets", []) or [] if str(t) not in parent_text]  # type: ignore[union-attr]
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
