"""Full-text search over measures, ranked in Python so that every store ranks identically.

A store only finds candidates (GraphStore.search_candidates, a superset is fine); this
module keeps the measures whose heading and text contain every term, scores them and
cuts a snippet. Chinese has no spaces between words, so a term is matched as a substring.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from policy_cascades.graph.model import Node

HEADING_WEIGHT = 3
SNIPPET_CHARS = 80  # around the first match, as a reader of Chinese sees about a line
MAX_CANDIDATES = 10_000  # far more measures than the seed corpus holds (911)


@dataclass(frozen=True)
class Hit:
    """A measure found, its score, and (cut when read: a page shows a few of thousands of
    hits) the snippet around the first term."""

    measure: Node
    score: int
    terms: tuple[str, ...]

    @property
    def snippet(self) -> str:
        return _snippet(self.measure, self.terms)


def query_terms(query: str) -> list[str]:
    """The terms of a query: split on whitespace (full-width spaces too), repeats dropped.

    Example:
        >>> query_terms("稳岗返还　失业保险 稳岗返还")
        ['稳岗返还', '失业保险']
    """
    return list(dict.fromkeys(query.split()))


def score(measure: Node, terms: Sequence[str]) -> int | None:
    """Occurrences of the terms, those in the heading weighing HEADING_WEIGHT; None unless
    the heading and text together contain every term.

    Example:
        >>> from policy_cascades.graph.model import Label
        >>> m = Node(id="doc:周政字〔2020〕8号#三.(一).14", label=Label.MEASURE,
        ...          props={"heading": "落实稳岗返还政策", "text": "落实稳岗返还政策。对不裁员的企业返还失业保险费。"})
        >>> score(m, ["稳岗返还"]), score(m, ["稳岗返还", "社保"])
        (4, None)
    """
    heading, text = _fields(measure)
    if not all(term in f"{heading}\n{text}" for term in terms):
        return None
    return sum(HEADING_WEIGHT * heading.count(term) + text.count(term) for term in terms)


def snippet(measure: Node, terms: Sequence[str], width: int = SNIPPET_CHARS) -> str:
    """About `width` characters of the text around the first term found in it (the heading
    when the text has none), with an ellipsis where it was cut."""
    heading, text = _fields(measure)
    body = text or heading
    positions = [body.find(term) for term in terms if term in body]
    if not positions:
        return body[:width] + ("…" if len(body) > width else "")
    start = max(0, min(positions) - width // 4)
    end = min(len(body), start + width)
    start = max(0, end - width)
    return ("…" if start else "") + body[start:end] + ("…" if end < len(body) else "")


def rank(candidates: Sequence[Node], terms: Sequence[str]) -> list[Hit]:
    """Candidates containing every term, best score first, ties by id.

    Example:
        >>> rank([], ["稳岗返还"])
        []
    """
    hits = []
    for measure in candidates:
        value = score(measure, terms)
        if value is not None:
            hits.append(Hit(measure, value, tuple(terms)))
    hits.sort(key=lambda hit: (-hit.score, hit.measure.id))
    return hits


_snippet = snippet


def _fields(measure: Node) -> tuple[str, str]:
    return str(measure.props.get("heading") or ""), str(measure.props.get("text") or "")
