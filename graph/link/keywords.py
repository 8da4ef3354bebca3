"""Theme keywords in texts, as arrays: one Aho-Corasick automaton over every theme's keywords,
names and aliases (loaders/data/themes.json), and a sparse words x themes weight matrix, so
that a list of texts becomes a (texts x themes) matrix of weighted hits from one scan each.
The topic model (graph/link/topics.py) reads a measure's themes with it, the pair model
(graph/link/pairs.py) compares the theme profiles of two measures."""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from functools import cache

import ahocorasick_rs
import numpy as np
from scipy import sparse

from policy_cascades.loaders.gazetteer import Theme, themes

CLAUSE = re.compile(r"[。；;！!？?]")


class Keywords:
    """Each theme's evidence in texts, as arrays with a column per theme of `columns`: its
    keywords count once, its name or an alias twice (a word can be a keyword of one theme and
    the name of another). `groups` (a number per column, by default one group) are the sets
    of themes whose weights `shares` divides among themselves (the 六保, the 六稳)."""

    def __init__(self, columns: list[Theme], groups: list[int] | None = None) -> None:
        automaton, weights = _words()
        self.automaton = automaton
        column = {t.name: j for j, t in enumerate(columns)}
        rows, cols, vals = [], [], []
        for w, pairs in enumerate(weights):
            for name, weight in pairs:
                if name in column:
                    rows.append(w)
                    cols.append(column[name])
                    vals.append(float(weight))
        self.matrix = sparse.csr_matrix((vals, (rows, cols)), shape=(len(weights), len(columns)),
                                        dtype=np.float32)
        self.family = np.array(groups if groups is not None else [0] * len(columns))

    def hits(self, texts: list[str]) -> np.ndarray:
        """(texts x themes) weighted keyword hits."""
        rows: list[int] = []
        cols: list[int] = []
        for i, text in enumerate(texts):
            found = [w for w, _, _ in self.automaton.find_matches_as_indexes(text, overlapping=True)]
            rows.extend([i] * len(found))
            cols.extend(found)
        return self._weighted(rows, cols, len(texts))

    def clauses(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Per text, each theme's best share in one of its clauses (split at 。；！？) and how
        many clauses it has hits in."""
        rows: list[int] = []
        cols: list[int] = []
        owner: list[int] = []
        for i, text in enumerate(texts):
            ends = [m.start() for m in CLAUSE.finditer(text)]
            seen: dict[int, int] = {}
            for w, start, _ in self.automaton.find_matches_as_indexes(text, overlapping=True):
                clause = bisect.bisect_right(ends, start)
                if clause not in seen:
                    seen[clause] = len(owner)
                    owner.append(i)
                rows.append(seen[clause])
                cols.append(w)
        hits = self._weighted(rows, cols, len(owner))
        share = self.shares(hits)
        best = np.zeros((len(texts), len(self.family)), np.float32)
        count = np.zeros((len(texts), len(self.family)), np.float32)
        if owner:
            np.maximum.at(best, np.array(owner), share)
            np.add.at(count, np.array(owner), (hits > 0).astype(np.float32))
        return best, count

    def shares(self, weights: np.ndarray) -> np.ndarray:
        """Each theme's weight over the total of its group's weights (0 when none)."""
        total = np.zeros_like(weights)
        for f in np.unique(self.family):
            mine = self.family == f
            total[:, mine] = weights[:, mine].sum(axis=1, keepdims=True)
        out: np.ndarray = np.divide(weights, total, out=np.zeros_like(weights), where=total > 0)
        return out

    def _weighted(self, rows: list[int], cols: list[int], n: int) -> np.ndarray:
        counts = sparse.csr_matrix((np.ones(len(rows), np.float32), (rows, cols)),
                                   shape=(n, self.matrix.shape[0]))
        return np.asarray((counts @ self.matrix).todense(), np.float32)



@cache
def _words() -> tuple[ahocorasick_rs.AhoCorasick, list[list[tuple[str, int]]]]:
    """One automaton over every theme's keywords, names and aliases, and what each word counts
    for (a word can be a keyword of one theme and the name of another)."""
    weight: dict[str, dict[str, int]] = defaultdict(dict)
    for theme in themes():
        for word in theme.keywords:
            weight[word][theme.name] = max(weight[word].get(theme.name, 0), 1)
        for word in (theme.name, *theme.aliases):
            weight[word][theme.name] = 2
    words = sorted(weight)
    automaton = ahocorasick_rs.AhoCorasick(words, matchkind=ahocorasick_rs.MatchKind.Standard)
    return automaton, [sorted(weight[w].items()) for w in words]
