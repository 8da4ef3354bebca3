"""Properties packed for the embedded store (issue 12: under 2 GB at 10,000 documents).

A dict per node and per relationship, a list per list value and a string object per repeated
value made most of the store's memory (about 21 KB per measure with its links). Packed, a
node's or relationship's properties are its keys (one shared tuple per set of keys, not a
dict each) and its values, kept in the store's one tuple for the node or relationship, where

- a list of strings is one string of the items joined by a separator (`_Joined`), a list
  of anything else a tuple, and an empty list the one empty tuple;
- a long string (a document's stored record) is kept zlib-compressed (`_Zipped`);
- repeated short strings, numbers and lists of strings (dates, bases, methods, file names,
  region and document ids, scores, a link's evidence phrases) are one object each, shared
  through a `Sharer`.

`unpack` gives back a dict equal to the one packed, key order included. Pure: no I/O.
"""

from __future__ import annotations

import zlib
from typing import Any

Keys = tuple[str, ...]
Values = tuple[Any, ...]

SEP = "\x1f"  # ASCII unit separator: not in any extracted text (checked per list anyway)
LONG = 2048  # characters from which a string is kept compressed
SHORT = 48  # characters up to which a string is shared with its equals


class _Joined(str):
    """A list of strings, its items joined by SEP."""

    __slots__ = ()


class _Zipped(bytes):
    """A long string, UTF-8 and zlib-compressed."""

    __slots__ = ()


class Sharer:
    """One object per distinct short value: the first one seen stands for its equals. Kept
    for one load (a table of every value would cost what it saves); key tuples are shared
    for the store's life."""

    def __init__(self, shapes: dict[Keys, Keys]) -> None:
        self.shapes = shapes
        # by type, as 1 == 1.0 == True: each keeps its type (and 0.0 its sign: not shared)
        self.strings: dict[str, str] = {}
        self.floats: dict[float, float] = {}
        self.ints: dict[int, int] = {}
        self.joined: dict[str, _Joined] = {}  # lists of strings, by their joined text


def pack(props: dict[str, Any], sharer: Sharer, skip: frozenset[str] = frozenset(),
         nulls: bool = False) -> tuple[Keys, list[Any]]:
    """(keys, values) of `props`, None values (kept with `nulls`) and the keys in `skip` (a
    saved row's own fields) left out; the caller keeps the values in a tuple of its own (a
    node's or relationship's row)."""
    names: list[str] = []
    values: list[Any] = []
    for key, value in props.items():
        if (value is None and not nulls) or key in skip:
            continue
        names.append(key)
        kind = type(value)
        if kind is str:
            if len(value) <= SHORT:
                value = sharer.strings.setdefault(value, value)
            elif len(value) >= LONG:
                value = _Zipped(zlib.compress(value.encode("utf-8"), 1))
        elif kind is float:
            if value:
                value = sharer.floats.setdefault(value, value)
        elif kind is int:
            value = sharer.ints.setdefault(value, value)
        elif kind is list:
            value = _pack_list(value, sharer)
        values.append(value)
    keys = tuple(names)
    return sharer.shapes.setdefault(keys, keys), values


def _pack_list(items: list[Any], sharer: Sharer) -> Any:
    if not items:
        return ()
    if all(type(item) is str and SEP not in item for item in items):
        text = SEP.join(items)
        joined = sharer.joined.get(text)
        if joined is None:
            joined = sharer.joined[text] = _Joined(text)
        return joined
    return tuple([sharer.strings.setdefault(i, i) if type(i) is str and len(i) <= SHORT else i
                  for i in items])


def without_nulls(keys: Keys, row: Values, start: int, shapes: dict[Keys, Keys]
                  ) -> tuple[Keys, list[Any]] | None:
    """(keys, values) of the packed values row[start:] with their None values left out (the
    keys shared through `shapes`), or None when none is None."""
    values = row[start:]
    if not any(value is None for value in values):
        return None
    kept = [(key, value) for key, value in zip(keys, values, strict=True) if value is not None]
    names = tuple(key for key, _ in kept)
    return shapes.setdefault(names, names), [value for _, value in kept]


def unpack(keys: Keys, row: Values, start: int = 0) -> dict[str, Any]:
    """The properties whose values are row[start:], as a new dict (the caller may keep it;
    nothing shares it)."""
    props = dict(zip(keys, row[start:] if start else row, strict=True))
    for key, value in props.items():
        if type(value) in _PACKED:
            props[key] = unpack_value(value)
    return props


def unpack_value(value: Any) -> Any:
    kind = type(value)
    if kind is _Joined:  # split on the plain string: an item left whole stays a _Joined
        return str(value).split(SEP)
    if kind is tuple:
        return list(value)
    if kind is _Zipped:
        return zlib.decompress(value).decode("utf-8")
    return value


def get(keys: Keys, row: Values, key: str, start: int = 0) -> Any:
    """One property (None when absent) of values row[start:], without unpacking the rest."""
    try:
        return unpack_value(row[start + keys.index(key)])
    except ValueError:
        return None


_PACKED = (_Joined, tuple, _Zipped)
