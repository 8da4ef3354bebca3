"""What the loader tests share: a made-up text parsed as a document (its indent taken off), and the
units of one of its measures."""

from __future__ import annotations

import textwrap

from policy_cascades.loaders.document import parse_document
from policy_cascades.loaders.records import PolicyDocument


def parse(text: str, source: str = "test.txt") -> PolicyDocument:
    """A made-up text, written indented in a test, parsed as a document."""
    return parse_document(textwrap.dedent(text).strip("\n"), source)


def units(doc: PolicyDocument, path: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The leads, supports and responsible units of the measure at `path`."""
    measure = next(m for m in doc.measures if m.path == path)
    return measure.leads, measure.supports, measure.responsible
