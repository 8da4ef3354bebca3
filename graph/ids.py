"""Stable node ids, derived from content so that loading twice changes nothing.

Ids stay readable in Neo4j Browser: doc:周政字〔2020〕8号, doc:周政字〔2020〕8号#三.(一).15,
agency:周村区:区人力资源社会保障局, region:周村区, theme:保居民就业.
"""

from __future__ import annotations

import re


def title_key(title: str) -> str:
    """A title reduced to what identifies it: no spaces, quotes, brackets of either width.

    Example:
        >>> title_key("关于落实〈政府工作报告〉重点工作部门分工的意见") == title_key("关于落实<政府工作报告>重点工作部门分工的意见")
        True
    """
    return re.sub(r"[\s《》〈〉<>“”\"'‘’（）()【】\[\]]", "", title)


def region_id(name: str) -> str:
    return f"region:{name}"


def document_id(doc_number: str | None, title: str, region: str | None) -> str:
    """By 文号 when there is one; else by region and title (two regions may use one title)."""
    if doc_number:
        return f"doc:{doc_number}"
    return f"doc:{region or '?'}:{title_key(title)}"


def measure_id(doc_id: str, path: str) -> str:
    return f"{doc_id}#{path}"


def agency_id(region: str, canonical: str) -> str:
    return f"agency:{region}:{canonical}"


def person_id(region: str, name: str) -> str:
    return f"person:{region}:{name}"


def theme_id(name: str) -> str:
    return f"theme:{name}"
