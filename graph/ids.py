"""Stable node ids, derived from content so that loading twice changes nothing.

Ids stay readable in Neo4j Browser: doc:周政字〔2020〕8号, doc:周政字〔2020〕8号#三.(一).15,
agency:周村区:区人力资源社会保障局, region:周村区, theme:保居民就业.
"""

from __future__ import annotations

import re
from typing import Any, Protocol

from policy_cascades.loaders.text import is_plan_title


def title_key(title: str) -> str:
    """A title reduced to what identifies it: no spaces, quotes, brackets of either width.

    Example:
        >>> title_key("关于落实〈政府工作报告〉重点工作部门分工的意见") == title_key("关于落实<政府工作报告>重点工作部门分工的意见")
        True
    """
    return re.sub(r"[\s《》〈〉<>“”\"'‘’（）()【】\[\]]", "", title)


def region_id(name: str) -> str:
    return f"region:{name}"


def document_id(doc_number: str | None, title: str, region: str | None, source: str | None = None) -> str:
    """By 文号 when there is one; else by region and title (two regions may use one title), and by
    the file too when given (`source`: a title the header did not print tells no document apart).

    Example:
        >>> document_id(None, "一、总体要求", None, "a.txt")
        'doc:?:一、总体要求@a.txt'
    """
    if doc_number:
        return f"doc:{doc_number}"
    key = f"doc:{region or '?'}:{title_key(title)}"
    return f"{key}@{source}" if source else key


class _Record(Protocol):
    doc_number: str | None
    title: str
    region: str | None
    source: str
    warnings: tuple[Any, ...]


def record_id(doc: _Record) -> str:
    """The id of an extracted document: document_id, with its file's name when the header gave no
    title (a fallback, flagged by a warning on `title`) and the fallback does not read as a
    document's name (一、总体要求, a first heading; a sentence): two pages with no title and no 文号
    whose fallbacks agree are then two documents, not one; a plan's name found on the page's first
    line (某市…工作方案) still names its document, whatever file holds it; the same file loaded again
    keeps its id."""
    untitled = any(w.field == "title" for w in doc.warnings) and not is_plan_title(doc.title)
    return document_id(doc.doc_number, doc.title, doc.region, doc.source if untitled else None)


def measure_id(doc_id: str, path: str) -> str:
    return f"{doc_id}#{path}"


def agency_id(region: str, canonical: str) -> str:
    return f"agency:{region}:{canonical}"


def person_id(region: str, name: str) -> str:
    return f"person:{region}:{name}"


def theme_id(name: str) -> str:
    return f"theme:{name}"
