"""Full-text search over measures: what matches, how it scores, and the snippet shown.

Each store ranks in place (GraphStore.search): it finds the measures whose heading or text
contains each term, scores them by `score` (Neo4j by the same sum in Cypher, SCORE_CYPHER),
orders them best first, ties by id, and returns one page and the total. Only the page leaves
the store, so a common word over a national corpus costs what it finds, not what it sends, and
the best hits are the best of all matches, not of a first few thousand. Chinese has no spaces
between words, so a term is matched as a substring.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from dataclasses import dataclass

from policy_cascades.graph.model import Node

HEADING_WEIGHT = 3
SNIPPET_CHARS = 80  # around the first match, as a reader of Chinese sees about a line

# `score` in Cypher, over `h` (the heading) and `x` (the text), for the terms $terms (each in
# `h` or `x`: MATCHES_CYPHER). A term's occurrences are what replacing it removes, divided by
# its length: the same non-overlapping, left-to-right count as Python's str.count, in whatever
# unit size() counts.
SCORE_CYPHER = ("reduce(s = 0, t IN $terms | s "
                f"+ {HEADING_WEIGHT} * ((size(h) - size(replace(h, t, ''))) / size(t)) "
                "+ (size(x) - size(replace(x, t, ''))) / size(t))")
MATCHES_CYPHER = "all(t IN $terms WHERE h CONTAINS t OR x CONTAINS t)"


@dataclass(frozen=True)
class Hit:
    """A measure found, its score, and (cut when read: a page shows a few of thousands of
    hits) the snippet around the first term."""

    measure: Node
    score: int
    terms: tuple[str, ...]

    @property
    def snippet(self) -> str:
        return snippet(self.measure, self.terms)


@dataclass(frozen=True)
class Found:
    """A page of hits, best first, and how many measures match in all."""

    total: int
    hits: list[Hit]


def query_terms(query: str) -> list[str]:
    """The terms of a query: split on whitespace (full-width spaces too), repeats dropped.

    Example:
        >>> query_terms("稳岗返还　失业保险 稳岗返还")
        ['稳岗返还', '失业保险']
    """
    return list(dict.fromkeys(query.split()))


def score(heading: str, text: str, terms: Sequence[str]) -> int | None:
    """Occurrences of the terms, those in the heading weighing HEADING_WEIGHT; None unless
    each term is in the heading or the text. Terms hold no whitespace (query_terms), so none
    can run from the heading on into the text.

    Example:
        >>> heading, text = "落实稳岗返还政策", "落实稳岗返还政策。对不裁员的企业返还失业保险费。"
        >>> score(heading, text, ["稳岗返还"]), score(heading, text, ["稳岗返还", "社保"])
        (4, None)
    """
    total = 0
    for term in terms:
        found = HEADING_WEIGHT * heading.count(term) + text.count(term)
        if not found:
            return None
        total += found
    return total


def page(scored: Sequence[tuple[int, str]], offset: int, limit: int) -> list[tuple[int, str]]:
    """Of (score, id) pairs, the page at `offset`: best score first, ties by id.

    Example:
        >>> page([(1, "b"), (5, "c"), (1, "a"), (2, "d")], 1, 2)
        [(2, 'd'), (1, 'a')]
    """
    best = heapq.nsmallest(offset + limit, ((-value, node_id) for value, node_id in scored))
    return [(-negated, node_id) for negated, node_id in best[offset:]]


def snippet(measure: Node, terms: Sequence[str], width: int = SNIPPET_CHARS) -> str:
    """About `width` characters of the text around the first term found in it (the heading
    when the text has none), with an ellipsis where it was cut."""
    heading, text = fields(measure)
    body = text or heading
    positions = [body.find(term) for term in terms if term in body]
    if not positions:
        return body[:width] + ("…" if len(body) > width else "")
    start = max(0, min(positions) - width // 4)
    end = min(len(body), start + width)
    start = max(0, end - width)
    return ("…" if start else "") + body[start:end] + ("…" if end < len(body) else "")


def fields(measure: Node) -> tuple[str, str]:
    """A measure's heading and text, '' where it has none."""
    return str(measure.props.get("heading") or ""), str(measure.props.get("text") or "")
