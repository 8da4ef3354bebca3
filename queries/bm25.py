"""BM25 scoring of the measures for the `search` query's Python twin, as Lucene 9 scores them in
Neo4j's `measure_text` index: k1 1.2, b 0.75, float32 arithmetic, field lengths kept in
Lucene's one-byte norms, and a boolean query adding its required and its optional clauses'
scores each in double to a float32, then the two sums in float32 (Lucene's scorers). The
analyzer and the query come from queries/lucene.py.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from policy_cascades.queries.lucene import FIELDS, MUST, MUST_NOT, SHOULD, Query, analyze, f32

K1, B = 1.2, 0.75


@dataclass
class Index:
    """The fulltext index of the measures: per field, each document's terms with positions,
    and the collection statistics BM25 needs."""

    docs: dict[str, dict[str, list[tuple[str, int]]]]  # doc id -> field -> terms
    doc_freq: dict[tuple[str, str], int] = field(default_factory=dict)
    doc_count: dict[str, int] = field(default_factory=dict)
    total_terms: dict[str, int] = field(default_factory=dict)

    @classmethod
    def build(cls, documents: Iterable[tuple[str, dict[str, Any]]]) -> Index:
        index = cls({})
        for doc_id, props in documents:
            fields = {name: analyze(props[name]) for name in FIELDS if isinstance(props.get(name), str)}
            fields = {name: terms for name, terms in fields.items() if terms}
            if not fields:
                continue
            index.docs[doc_id] = fields
            for name, terms in fields.items():
                index.doc_count[name] = index.doc_count.get(name, 0) + 1
                index.total_terms[name] = index.total_terms.get(name, 0) + len(terms)
                for term in {t for t, _ in terms}:
                    index.doc_freq[(name, term)] = index.doc_freq.get((name, term), 0) + 1
        return index

    def search(self, query: Query) -> list[tuple[str, float]]:
        """The matching documents with their scores."""
        out = []
        for doc_id, fields in self.docs.items():
            found = self._score(query, fields, 1.0)
            if found is not None:
                out.append((doc_id, found))
        return out

    def _score(self, query: Query, fields: dict[str, list[tuple[str, int]]],
               boost: float) -> float | None:
        boost = f32(boost * query.boost)
        if query.kind == "bool":
            return self._score_bool(query.clauses, fields, boost)
        terms = [term for term, _ in query.terms]
        if any(self.doc_freq.get((query.field, term), 0) == 0 for term in terms):
            return None
        freq = _frequency(query.terms, fields.get(query.field, []))
        if not freq:
            return None
        idf = f32(math.fsum(self._idf(query.field, term) for term in terms))
        return self._bm25(query.field, idf, boost, freq, len(fields[query.field]))

    def _score_bool(self, clauses: Sequence[tuple[str, Query]],
                    fields: dict[str, list[tuple[str, int]]], boost: float) -> float | None:
        """As Lucene's scorers add: the required clauses (a conjunction) and the optional ones
        (a disjunction) each in double to a float, then the two in float (ReqOptSumScorer)."""
        scores: dict[str, list[float]] = {MUST: [], SHOULD: []}
        for occur, sub in clauses:
            found = self._score(sub, fields, boost)
            if found is not None and occur == MUST_NOT or found is None and occur == MUST:
                return None
            if found is not None and occur != MUST_NOT:
                scores[occur].append(found)
        optional = f32(math.fsum(scores[SHOULD])) if scores[SHOULD] else None
        if not scores[MUST]:  # no required clause (any there matched, or we returned)
            return optional
        required = f32(math.fsum(scores[MUST]))
        return required if optional is None else f32(required + optional)

    def _idf(self, name: str, term: str) -> float:
        count, freq = self.doc_count[name], self.doc_freq[(name, term)]
        return f32(math.log(1 + (count - freq + 0.5) / (freq + 0.5)))

    def _bm25(self, name: str, idf: float, boost: float, freq: int, length: int) -> float:
        avgdl = f32(self.total_terms[name] / self.doc_count[name])
        norm = f32(1.0 / f32(f32(K1) * f32(f32(1 - f32(B)) + f32(f32(f32(B) * _norm_length(length)) / avgdl))))
        weight = f32(boost * idf)
        return f32(weight - f32(weight / f32(1 + f32(freq * norm))))


def _frequency(terms: tuple[tuple[str, int], ...], tokens: list[tuple[str, int]]) -> int:
    """How often the terms occur at their relative positions (a term: how often it occurs)."""
    at = {pos: term for term, pos in tokens}
    first, first_pos = terms[0]
    return sum(all(at.get(pos + p - first_pos) == t for t, p in terms)
               for term, pos in tokens if term == first)


def _norm_length(length: int) -> int:
    """A field length as its one-byte norm keeps it (SmallFloat.intToByte4, then back)."""
    if length < 24:
        return length
    value = length - 24
    shift = value.bit_length() - 4
    encoded = value if shift < 0 else ((value >> shift) & 0x07) | ((shift + 1) << 3)
    bits, shift = encoded & 0x07, (encoded >> 3) - 1
    return 24 + (bits if shift == -1 else (bits | 0x08) << shift)
