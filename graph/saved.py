"""The saved graph file (the export JSON, gzip when the name ends with .gz), written one row a
line and read back row by row.

    {"nodes": [
    {"id": …, "labels": […], …},
    …
    ],
    "relationships": [
    {"type": …, "start": …, "end": …, …}
    ]}

is still one JSON document, equal to export_json's; written so, it is read a line at a time
(issue 12): parsing the whole file first made objects of several times the store's size (5 GB
at 10,000 documents) and left the process's memory fragmented by them after they were
freed. A file in any other layout (one line, indented, hand-made) is parsed whole.
"""

from __future__ import annotations

import gzip
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

Row = dict[str, Any]
KEYS = ("nodes", "relationships")
_DECODER = json.JSONDecoder()


def write(path: Path, nodes: Iterable[Row], relationships: Iterable[Row]) -> None:
    """Write the file atomically: a reader (the API) or a kill mid-write never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.name}.",
                                     delete=False) as tmp:
        with _text(tmp, path) as out:
            for number, (key, rows) in enumerate(zip(KEYS, (nodes, relationships), strict=True)):
                out.write(("{" if number == 0 else ",\n") + f'"{key}": [')
                separator = "\n"
                for row in rows:
                    out.write(separator + json.dumps(row, ensure_ascii=False))
                    separator = ",\n"
                out.write("\n]")
            out.write("}")
        tmp.flush()
        os.fsync(tmp.fileno())
    os.replace(tmp.name, path)


def _text(raw: IO[bytes], path: Path) -> IO[str]:
    if path.suffix == ".gz":
        return gzip.open(raw, "wt", encoding="utf-8")
    return open(raw.fileno(), "w", encoding="utf-8", closefd=False)


def rows(path: Path) -> Iterator[tuple[str, Row]]:
    """("nodes", row) … then ("relationships", row) …, in the file's order. Raises OSError,
    EOFError (truncated), ValueError (bad JSON, UTF-8 or gzip), KeyError (no such key)."""
    with _open(path) as lines:
        first = lines.readline()
        if first.rstrip("\n") != '{"nodes": [':
            data = json.loads(first + lines.read())
            for key in KEYS:
                for row in data[key]:
                    yield key, row
            return
        yield from _lines(lines)


def _lines(lines: IO[str]) -> Iterator[tuple[str, Row]]:
    key = "nodes"
    for line in lines:
        if line.startswith("]"):
            if key == "relationships":
                if line.rstrip("\n") != "]}" or lines.read():
                    raise ValueError("text after the relationships")
                return
            if line.rstrip("\n") != "],":
                raise ValueError("no relationships after the nodes")
            if next(lines, "").rstrip("\n") != '"relationships": [':
                raise ValueError("no relationships after the nodes")
            key = "relationships"
            continue
        row, end = _DECODER.raw_decode(line)
        if line[end:] not in (",\n", "\n", ",", "") or not isinstance(row, dict):
            raise ValueError(f"a {key} row is not one JSON object a line")
        yield key, row
    raise EOFError


def _open(path: Path) -> IO[str]:
    if path.suffix == ".gz":
        return gzip.open(path, "rt", encoding="utf-8")
    return open(path, encoding="utf-8")


def load(path: Path) -> dict[str, list[Row]]:
    """The whole file at once: {"nodes": [...], "relationships": [...]}."""
    data: dict[str, list[Row]] = {key: [] for key in KEYS}
    for key, row in rows(path):
        data[key].append(row)
    return data
