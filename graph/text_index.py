"""The embedded store's search index: which measures hold each character (issue 12 part 3).

Search matches a term as a substring of a measure's heading and text (graph/search.py), so a
measure holding every term holds every character of them. The index keeps, per character,
the sorted positions of the measures that hold it (numpy int32: 4 bytes a posting), and a
search intersects the postings of the query's characters, rarest first, and the store
checks each candidate left (graph.search.score): the answer is exactly a scan's, for the cost
of what it finds.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

Ints = npt.NDArray[np.int64]


class TextIndex:
    """Postings by character over texts numbered 0..n-1 (the caller keeps them in id order).

    Example:
        >>> index = TextIndex(["落实稳岗返还政策", "返还失业保险费", "稳就业"])
        >>> index.candidates(["返还"]).tolist(), index.candidates(["稳", "返还"]).tolist()
        ([0, 1], [0])
    """

    def __init__(self, texts: Sequence[str]) -> None:
        self.size = len(texts)
        distinct = ["".join(set(text)) for text in texts]  # each character of a text once
        lengths = np.fromiter(map(len, distinct), dtype=np.int64, count=len(distinct))
        codes = np.frombuffer("".join(distinct).encode("utf-32-le"), dtype=np.uint32)
        owners = np.repeat(np.arange(len(texts), dtype=np.int32), lengths)
        order = np.argsort(codes, kind="stable")  # by character, then by text (stable)
        codes, self.texts = codes[order], owners[order]
        starts = np.flatnonzero(np.diff(codes)) + 1
        self.chars = codes[np.concatenate(([0], starts)).astype(np.int64)] if len(codes) \
            else codes
        self.bounds = np.concatenate(([0], starts, [len(codes)])).astype(np.int64)

    def postings(self, char: str) -> npt.NDArray[np.int32]:
        """The texts holding `char`, in order."""
        at = int(np.searchsorted(self.chars, ord(char)))
        if at == len(self.chars) or self.chars[at] != ord(char):
            return self.texts[:0]
        return self.texts[self.bounds[at]:self.bounds[at + 1]]

    def candidates(self, terms: Sequence[str]) -> Ints:
        """The texts holding every character of every term, in order (a superset of those
        holding every term)."""
        lists = sorted((self.postings(char) for char in {c for term in terms for c in term}),
                       key=len)
        if not lists:
            return np.arange(self.size, dtype=np.int64)
        found = lists[0]
        for other in lists[1:]:
            if not len(found):
                break
            found = np.intersect1d(found, other, assume_unique=True)
        return found.astype(np.int64)
