"""Themes a heading names explicitly: 保居民就业工作方案, 以政策落实为重点稳就业."""

from __future__ import annotations

from functools import cache

from policy_cascades.loaders.gazetteer import Theme, themes
from policy_cascades.loaders.hant import simplified


def explicit_themes(heading: str) -> tuple[str, ...]:
    """The themes whose name or alias a heading prints (in simplified or 繁体), longest match first.

    Example:
        >>> explicit_themes("（一）以政策落实为重点稳就业"), explicit_themes("（二）保居民就業")
        (('稳就业',), ('保居民就业',))
    """
    heading = simplified(heading)
    found: list[str] = []
    taken = ""
    for theme in _longest_first():
        for name in (theme.name, *theme.aliases):
            if name in heading and name not in taken:
                found.append(theme.name)
                taken += "|" + name
                break
    return tuple(sorted(set(found), key=found.index))


@cache
def _longest_first() -> tuple[Theme, ...]:
    return tuple(sorted(themes(), key=lambda t: -max(len(n) for n in (t.name, *t.aliases))))
