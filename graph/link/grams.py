"""Character n-grams of texts as sparse count matrices, each distinct word analysed once.

The matrices are those of scikit-learn's CountVectorizer(analyzer="char_wb",
preprocessor=runs), to the bit: the n-grams of each word (a run of CJK and alphanumerics)
padded with a space at each end, a word shorter than the n-gram counted once whole, the
columns in code-point order of the n-grams, and, in a fitted matrix, a row's entries in the
order the corpus first showed their n-grams (scikit-learn leaves them so, and the float32 sums
of every product downstream follow that order). What differs is the work: a text is cut
into its words once, each distinct word's n-grams are found once, with numpy, and a text's
counts are its word counts times its words' n-gram counts, one sparse product. Policy texts
repeat their words (a 30,000-measure corpus has 4.3 million characters in words, 160,000 in
distinct words), so the Python-level analysis of every character is what this saves.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

SPACE = 32
_SLOTS = 4  # characters packed into a key, 16 bits each (the words' characters are below U+A000)
_POSITION = 19  # bits for a position inside a padded word


class Words:
    """Texts as bags of words (their runs after `clean`), the words numbered in the order the
    texts first use them: `bags` is a (texts x words) count matrix."""

    def __init__(self, texts: Sequence[str], clean: Callable[[str], str]) -> None:
        index: dict[str, int] = {}
        columns: list[int] = []
        indptr = [0]
        for text in texts:
            columns.extend([index.setdefault(w, len(index)) for w in clean(text).split()])
            indptr.append(len(columns))
        self.words = list(index)
        self.bags = sparse.csr_matrix(
            (np.ones(len(columns), np.float32), np.array(columns, np.int32),
             np.array(indptr, np.int64)), shape=(len(texts), len(self.words)))
        self.bags.sum_duplicates()


@dataclass(frozen=True)
class Grams:
    """The n-grams of some words: `keys` sorted (code points packed, 16 bits each, a shorter
    n-gram padded with zeros, so that keys sort as the strings do), `counts` a (words x keys)
    count matrix, and per key `first`, where the words first show it: (word, n, position)."""

    keys: np.ndarray  # uint64
    counts: sparse.csr_matrix
    first: np.ndarray  # int64: word << 21 | (n - lo) << 19 | position


def word_grams(words: list[str], lo: int, hi: int) -> Grams:
    """The char_wb n-grams (lo <= n <= hi) of each word, in scikit-learn's way."""
    assert 2 <= lo <= hi <= _SLOTS
    joined = " " + "  ".join(words) + " "  # every word with a space each side, none shared
    codes = np.frombuffer(joined.encode("utf-32-le"), np.uint32).astype(np.int64)
    assert not len(codes) or int(codes.max()) < 1 << 16
    letter = codes != SPACE
    starts = np.flatnonzero(letter[1:] & ~letter[:-1]) + 1  # each word's first character
    word_of = np.cumsum(np.concatenate([[0], letter[1:] & ~letter[:-1]]))  # position -> word + 1
    padded = np.array([len(w) + 2 for w in words], np.int64)
    assert not len(padded) or int(padded.max()) < 1 << _POSITION
    keys, owner, first = [], [], []
    for n in range(lo, hi + 1):
        m = len(codes) - n + 1
        if m <= 0:
            continue
        inside = letter[:m] | letter[n - 1:m + n - 1] if n == 2 else np.ones(m, bool)
        for k in range(1, n - 1):  # no space but at the two ends
            inside &= letter[k:m + k]
        at = np.flatnonzero(inside)
        word = word_of[at + 1] - 1  # the window starts at the word's leading space or in it
        keys.append(_pack(codes, at, n))
        owner.append(word)
        first.append(word << 21 | (n - lo) << _POSITION | (at - (starts[word] - 1)))
    short = np.flatnonzero(padded < lo)  # counted once, whole, at the first n
    if len(short):
        keys.append(np.array([gram_key(f" {words[w]} ") for w in short], np.uint64))
        owner.append(short)
        first.append(short << 21)
    key = np.concatenate(keys) if keys else np.zeros(0, np.uint64)
    word = np.concatenate(owner) if owner else np.zeros(0, np.int64)
    order = np.concatenate(first) if first else np.zeros(0, np.int64)
    unique, inverse = np.unique(key, return_inverse=True)
    inverse = inverse.ravel()
    seen = np.full(len(unique), np.iinfo(np.int64).max, np.int64)
    np.minimum.at(seen, inverse, order)
    pairs, counts = np.unique(word * max(len(unique), 1) + inverse, return_counts=True)
    rows, cols = np.divmod(pairs, max(len(unique), 1))
    matrix = sparse.csr_matrix((counts.astype(np.float32), (rows, cols)),
                               shape=(len(words), len(unique)))
    return Grams(unique, matrix, seen)


def fit_counts(words: Words, lo: int, hi: int
               ) -> tuple[np.ndarray, sparse.csr_matrix, np.ndarray]:
    """The vocabulary (sorted keys), the count matrix of CountVectorizer.fit_transform (within
    a row, the entries in the order the texts first showed their n-grams), and the columns in
    that order."""
    grams = word_grams(words.words, lo, hi)
    by_first = np.argsort(grams.first)  # the n-grams in the order they were first seen
    product = (words.bags @ grams.counts[:, by_first]).tocsr()
    product.sort_indices()
    if not product.nnz:
        return grams.keys, sparse.csr_matrix(product.shape, dtype=np.float32), by_first
    # the product's data kept, not copied, and its columns mapped straight to int32: a copy
    # of each, and the columns as int64, were most of fitting a national corpus's peak
    columns = by_first.astype(np.int32)[product.indices]
    return grams.keys, sparse.csr_matrix(
        (product.data.astype(np.float32, copy=False), columns, product.indptr.astype(np.int32)),
        shape=product.shape), by_first


def transform_counts(words: Words, vocabulary: np.ndarray, lo: int, hi: int) -> sparse.csr_matrix:
    """The count matrix of CountVectorizer.transform: columns of `vocabulary` (sorted keys),
    n-grams outside it dropped, a row's entries sorted."""
    grams = word_grams(words.words, lo, hi)
    column = np.searchsorted(vocabulary, grams.keys)
    known = column < len(vocabulary)
    known[known] = vocabulary[column[known]] == grams.keys[known]
    counts = grams.counts.tocoo()
    keep = known[counts.col]
    mapped = sparse.csr_matrix((counts.data[keep], (counts.row[keep], column[counts.col[keep]])),
                               shape=(len(words.words), len(vocabulary)), dtype=np.float32)
    out = (words.bags @ mapped).tocsr()
    out.sort_indices()
    return sparse.csr_matrix((out.data.astype(np.float32, copy=False),
                              out.indices.astype(np.int32, copy=False),
                              out.indptr.astype(np.int32, copy=False)), shape=out.shape)


def _pack(codes: np.ndarray, at: np.ndarray, n: int) -> np.ndarray:
    key = np.zeros(len(at), np.uint64)
    for k in range(n):
        key |= codes[at + k].astype(np.uint64) << np.uint64(16 * (_SLOTS - 1 - k))
    return key


def gram_key(gram: str) -> int:
    """The key of an n-gram as the vocabularies hold it (code points packed, 16 bits each).

    Example:
        >>> gram_text(gram_key(" 稳岗"))
        ' 稳岗'
    """
    return sum(ord(c) << 16 * (_SLOTS - 1 - k) for k, c in enumerate(gram))


def gram_text(key: int) -> str:
    """The n-gram a key packs (gram_key's inverse: zeros after a short n-gram)."""
    codes = [(key >> 16 * (_SLOTS - 1 - k)) & 0xFFFF for k in range(_SLOTS)]
    return "".join(chr(c) for c in codes if c)
