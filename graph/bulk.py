"""A first load of a large corpus through `neo4j-admin database import full` (issue 12 part 4).

The importer writes a new database's store files from CSV at a rate no transaction reaches,
but into a database that does not exist yet or is stopped (Neo4j Community: the server must
be down), with no constraints or indexes (`--schema` needs Enterprise's block format) and no
empty lists (an empty array cell is read as no value). So a bulk load has two steps:

1. `write_import_csv` + `run_import`: the graph as the importer's CSV, then the import into
   NEO4J_HOME/data/databases/<database>;
2. once a server has opened that database, `finish_import`: the store's schema
   (Neo4jStore.ensure_schema) and the empty lists, through the driver.

After both the database holds what Neo4jStore.write would have written (tests prove it).
Incremental loads go through the driver as before.
"""

from __future__ import annotations

import csv
import json
import logging
import os
import subprocess
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from policy_cascades.errors import StoreError
from policy_cascades.graph.model import Label, RelType, Subgraph

if TYPE_CHECKING:
    from policy_cascades.graph.neo4j_store import Neo4jStore

logger = logging.getLogger(__name__)

# A control character no text of a policy document holds; refused if one ever does.
ARRAY_DELIMITER = "\x1f"
EMPTY_LISTS = "empty_lists.json"
Signature = tuple[tuple[str, str], ...]  # (property, importer type) of one row, sorted


@dataclass
class ImportFiles:
    """The CSV files of one graph and how to import them."""

    folder: Path
    nodes: list[tuple[Label, Path]] = field(default_factory=list)
    relationships: list[tuple[RelType, Path]] = field(default_factory=list)
    multiline: bool = False  # a value holds a line break: the slower --multiline-fields parse
    rows: int = 0

    def arguments(self, database: str = "neo4j") -> list[str]:
        """`neo4j-admin` arguments importing these files into `database`, replacing it."""
        # The database name first: --nodes and --relationships take any number of files.
        args = ["database", "import", "full", database, "--overwrite-destination=true",
                "--array-delimiter=U+001F", "--id-type=string"]
        if self.multiline:
            args.append("--multiline-fields=true")
        args += [f"--nodes={label.value}={path}" for label, path in self.nodes]
        args += [f"--relationships={rel_type.value}={path}" for rel_type, path in self.relationships]
        return args


def _kind(key: str, value: Any, where: str) -> str:
    """The importer's type for one value ('' for an empty list, set later)."""
    if isinstance(value, list):
        if not value:
            return ""
        inner = {_kind(key, item, where) for item in value}
        if len(inner) != 1 or "[]" in next(iter(inner)):
            raise StoreError(f"{where}: {key} mixes types or nests lists; the importer "
                             "takes one type per array")
        if any(isinstance(item, str) and ARRAY_DELIMITER in item for item in value):
            raise StoreError(f"{where}: {key} holds U+001F, the array delimiter")
        return f"{inner.pop()}[]"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "long"
    if isinstance(value, float):
        return "double"
    if isinstance(value, str):
        return "string"
    raise StoreError(f"{where}: {key} is a {type(value).__name__}, which Neo4j cannot store")


def _cell(value: Any) -> str:
    if isinstance(value, list):
        return ARRAY_DELIMITER.join(_cell(item) for item in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return value if isinstance(value, str) else repr(value)


def _signature(props: dict[str, Any], where: str, empty: list[str]) -> Signature:
    kinds = []
    for key, value in sorted(props.items()):
        if value is None:
            continue  # not stored, as Neo4jStore.write
        kind = _kind(key, value, where)
        if kind:
            kinds.append((key, kind))
        else:
            empty.append(key)
    return tuple(kinds)


def _write(path: Path, header: list[str], rows: Iterable[list[str]]) -> bool:
    """Every cell quoted: "" is an empty string, so it stays one (an unquoted empty cell
    would be no value). Returns whether a value holds a line break."""
    multiline = False
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, quoting=csv.QUOTE_ALL, lineterminator="\n")
        writer.writerow(header)
        for row in rows:
            multiline = multiline or any("\n" in c or "\r" in c for c in row)
            writer.writerow(row)
    return multiline


def write_import_csv(graph: Subgraph, folder: Path) -> ImportFiles:
    """The graph as `neo4j-admin database import` CSV: one file per label or type and set of
    typed properties (a property's type is then exact row by row: 1 stays a long, 1.0 a
    double), plus EMPTY_LISTS for finish_import.

    Example:
        nodes_Document_0.csv: "id:ID","doc_number:string","in_corpus:boolean","line:long"
                              "doc:周政字〔2020〕8号","周政字〔2020〕8号","true","1"
    """
    folder.mkdir(parents=True, exist_ok=True)
    files = ImportFiles(folder)
    empty: dict[str, list[list[Any]]] = {"nodes": [], "relationships": []}
    groups: dict[tuple[Label, Signature], list[list[str]]] = defaultdict(list)
    for node in graph.nodes.values():
        keys: list[str] = []
        sig = _signature(node.props, node.id, keys)
        groups[(node.label, sig)].append([node.id, *(_cell(node.props[k]) for k, _ in sig)])
        if keys:
            empty["nodes"].append([node.label.value, node.id, keys])
    for index, ((label, sig), rows) in enumerate(sorted(groups.items())):
        path = folder / f"nodes_{label.value}_{index}.csv"
        header = ["id:ID", *(f"{k}:{kind}" for k, kind in sig)]
        files.multiline |= _write(path, header, rows)
        files.nodes.append((label, path))
        files.rows += len(rows)
    rel_groups: dict[tuple[RelType, Signature], list[list[str]]] = defaultdict(list)
    for rel in graph.relationships.values():
        keys = []
        sig = _signature(rel.props, f"{rel.type.value} {rel.start} -> {rel.end}", keys)
        rel_groups[(rel.type, sig)].append([rel.start, rel.end, *(_cell(rel.props[k]) for k, _ in sig)])
        if keys:
            ends = [graph.nodes[rel.start].label.value, rel.start, graph.nodes[rel.end].label.value, rel.end]
            empty["relationships"].append([rel.type.value, *ends, keys])
    for index, ((rel_type, sig), rows) in enumerate(sorted(rel_groups.items())):
        path = folder / f"rels_{rel_type.value}_{index}.csv"
        header = [":START_ID", ":END_ID", *(f"{k}:{kind}" for k, kind in sig)]
        files.multiline |= _write(path, header, rows)
        files.relationships.append((rel_type, path))
        files.rows += len(rows)
    (folder / EMPTY_LISTS).write_text(json.dumps(empty, ensure_ascii=False), "utf-8")
    return files


def run_import(files: ImportFiles, home: Path, admin: Sequence[str], database: str = "neo4j",
               timeout: float | None = None) -> str:
    """Run `ADMIN database import full …` with NEO4J_HOME=home; returns its output.

    `admin` is the neo4j-admin command: [HOME/bin/neo4j-admin] in an installation, or
    ["python", "tools/neo4j_admin.py"] (the harness's jars) in a checkout.

    Raises:
        StoreError: the importer failed; the message ends with its last lines.
    """
    home.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "NEO4J_HOME": str(home.resolve())}
    # the importer's report goes into the home it imports into, not the caller's working directory
    cmd = [*admin, *files.arguments(database), f"--report-file={home.resolve() / 'import.report'}"]
    logger.info("bulk import: %s", " ".join(cmd))
    try:
        done = subprocess.run(cmd, env=env, stdin=subprocess.DEVNULL, capture_output=True,
                              text=True, timeout=timeout, check=False)
    except (OSError, subprocess.TimeoutExpired) as err:
        raise StoreError(f"cannot run {' '.join(admin)}: {err}") from err
    output = done.stdout + done.stderr
    if done.returncode != 0:
        lines = [line for line in output.splitlines() if line.strip() and not line.startswith("\tat ")]
        tail = "\n".join(lines[-15:])
        raise StoreError(f"neo4j-admin database import failed (exit {done.returncode}) into "
                         f"{home}:\n{tail}")
    return output


def finish_import(store: Neo4jStore, folder: Path) -> int:
    """The schema and the empty lists the importer could not write; returns the lists set."""
    store.ensure_schema()
    return store.write_rows(empty_list_statements(folder))


def empty_list_statements(folder: Path) -> list[tuple[str, list[dict[str, Any]]]]:
    """The `UNWIND $rows …` statements setting the empty lists of EMPTY_LISTS, with their rows:
    a statement per label, and per relationship type and end labels."""
    empty = json.loads((folder / EMPTY_LISTS).read_text("utf-8"))
    by_label: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for label, node_id, keys in empty["nodes"]:
        by_label[Label(label).value].append({"id": node_id, "props": dict.fromkeys(keys, [])})
    by_group: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for rel_type, start_label, start, end_label, end, keys in empty["relationships"]:
        group = (RelType(rel_type).value, Label(start_label).value, Label(end_label).value)
        by_group[group].append({"start": start, "end": end, "props": dict.fromkeys(keys, [])})
    # Labels and types come from the enums above, never from the file as such.
    statements = [(f"UNWIND $rows AS row MATCH (n:`{label}` {{id: row.id}}) {_seek('n', label)} "
                   "SET n += row.props", rows) for label, rows in by_label.items()]
    statements += [(f"UNWIND $rows AS row {_end('a', a, 'start')} {_end('b', b, 'end')} "
                    f"MATCH (a)-[r:`{t}`]->(b) SET r += row.props", rows)
                   for (t, a, b), rows in by_group.items()]
    return statements


def _seek(var: str, label: str) -> str:
    """Seek the id index (right after an import the planner has no statistics)."""
    return f"USING INDEX SEEK {var}:`{label}`(id)"


def _end(var: str, label: str, key: str) -> str:
    """One end of a relationship found by its id, in a subquery of its own: with both ends
    bound, the relationship is found by Expand(Into), which walks from the end of lower
    degree. Matched as one pattern, the planner sought the end node and read every
    relationship into it: a national item's tens of thousands of SIMILAR_TO per row, 21-55 s
    a batch of 1,000 at 10,000 documents (0.1-0.2 s now), and `bulk finish` took 28 minutes."""
    return f"CALL (row) {{ MATCH ({var}:`{label}` {{id: row.{key}}}) {_seek(var, label)} RETURN {var} }}"
