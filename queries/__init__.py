"""Named Cypher queries: one `.cypher` file per query, its header comment naming its parameters.

Each file starts with a header of `//` lines (aiosql keeps queries in files the same way):

    // name: documents_implementing
    // Documents that carry out the given document, newest first.   <- the description
    // params: id: str, limit: int = 50
    // example: policy-cascades query documents_implementing --param id=doc:国发〔2020〕6号

A parameter is `name: type`, the type one of TYPES, optionally `= default` (a JSON value):
a caller may leave out a parameter that has a default and must give every other one.

`run_named` runs a query on either store: the Cypher on Neo4j (`Neo4jStore.run_query`), on the
embedded store the query's Python twin, which computes the same rows from the stored graph.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from functools import cache
from importlib import resources
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from policy_cascades.errors import QueryParamError as QueryParamError
from policy_cascades.errors import StoreError, UnknownQuery
from policy_cascades.errors import UnknownNode as UnknownNode
from policy_cascades.graph.lookup import find_node
from policy_cascades.graph.memory_store import MemoryStore
from policy_cascades.graph.model import Label
from policy_cascades.graph.store import GraphStore
from policy_cascades.queries import twin_paths, twins
from policy_cascades.queries.view import View

TYPES = ("str", "int", "float", "bool", "list[str]")
DEFAULT_TIMEOUT = 30.0  # seconds, per query
_KEY = re.compile(r"^//\s*(name|params|example):\s*(.*)$")
_PARAM = re.compile(r"^([A-Za-z_]\w*)\s*:\s*(str|int|float|bool|list\[str\])\s*(?:=\s*(.+))?$")
_USED = re.compile(r"\$([A-Za-z_]\w*)")
_TRUE, _FALSE = {"true", "1", "yes", "on"}, {"false", "0", "no", "off"}


class NamedQuery(BaseModel):
    """One query file: its name (the file's stem), description, parameters and Cypher."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    doc: str
    params: dict[str, str]  # name -> type, in header order
    defaults: dict[str, Any] = Field(default_factory=dict)
    example: str
    text: str

    @property
    def summary(self) -> str:
        """The description's first line."""
        return self.doc.split("\n", 1)[0]

    @property
    def signature(self) -> str:
        """The parameters as the header declares them: `id: str, depth: int = 4`."""
        return ", ".join(
            f"{name}: {kind}" + (f" = {json.dumps(self.defaults[name], ensure_ascii=False)}"
                                 if name in self.defaults else "")
            for name, kind in self.params.items())


def parse_query(name: str, text: str) -> NamedQuery:
    """A NamedQuery from the text of `name`.cypher; ValueError names the file and field.

    Example:
        >>> q = parse_query("q", "// name: q\\n// Documents.\\n// params: limit: int = 5\\n"
        ...                 "// example: policy-cascades query q\\nMATCH (d:Document) RETURN d LIMIT $limit")
        >>> q.params, q.defaults
        ({'limit': 'int'}, {'limit': 5})
    """
    fields: dict[str, str] = {}
    doc: list[str] = []
    for line in text.splitlines():
        line = line.strip()
        if not line.startswith("//"):
            break
        found = _KEY.match(line)
        if found:
            fields[found.group(1)] = found.group(2).strip()
        else:
            doc.append(line[2:].strip())
    where = f"{name}.cypher"
    for key in ("name", "params", "example"):
        if key not in fields:
            raise ValueError(f"{where}: no `// {key}:` line in the header")
    if fields["name"] != name:
        raise ValueError(f"{where}: header says name {fields['name']!r}, the file is {name!r}")
    if not any(doc):
        raise ValueError(f"{where}: no description in the header")
    params, defaults = _parse_params(where, fields["params"])
    return NamedQuery(name=name, doc="\n".join(doc).strip(), params=params, defaults=defaults,
                      example=fields["example"], text=text)


def _parse_params(where: str, line: str) -> tuple[dict[str, str], dict[str, Any]]:
    params: dict[str, str] = {}
    defaults: dict[str, Any] = {}
    for part in _split_top_level(line):
        found = _PARAM.match(part)
        if not found:
            raise ValueError(f"{where}: bad parameter {part!r} (want `name: type [= json]`, "
                             f"type one of {', '.join(TYPES)})")
        name, kind, default = found.groups()
        if name in params:
            raise ValueError(f"{where}: parameter {name!r} declared twice")
        params[name] = kind
        if default is not None:
            try:
                defaults[name] = coerce(name, kind, json.loads(default))
            except (json.JSONDecodeError, QueryParamError) as err:
                raise ValueError(f"{where}: bad default for {name!r}: {err}") from err
    return params, defaults


def _split_top_level(line: str) -> list[str]:
    """Split at commas outside brackets and quotes (a default may be a JSON list)."""
    parts, depth, quoted, start = [], 0, False, 0
    for i, char in enumerate(line):
        if char == '"' and (i == 0 or line[i - 1] != "\\"):
            quoted = not quoted
        elif not quoted and char in "[{":
            depth += 1
        elif not quoted and char in "]}":
            depth -= 1
        elif not quoted and depth == 0 and char == ",":
            parts.append(line[start:i].strip())
            start = i + 1
    parts.append(line[start:].strip())
    return [p for p in parts if p]


@cache
def load_queries() -> dict[str, NamedQuery]:
    """Every query shipped in this package, by name."""
    found = {}
    for entry in sorted(resources.files(__name__).iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".cypher"):
            name = entry.name.removesuffix(".cypher")
            found[name] = parse_query(name, entry.read_text("utf-8"))
    return found


def get_query(name: str) -> NamedQuery:
    queries = load_queries()
    if name not in queries:
        raise UnknownQuery(f"no named query {name!r}; the queries are: {', '.join(queries)}")
    return queries[name]


def strip_cypher(text: str) -> str:
    """The Cypher with comments, string literals and `quoted names` blanked out."""
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        two = text[i:i + 2]
        if two == "//":
            end = text.find("\n", i)
            i = n if end < 0 else end
        elif two == "/*":
            end = text.find("*/", i + 2)
            i = n if end < 0 else end + 2
            out.append(" ")
        elif text[i] in "'\"`":
            quote, i = text[i], i + 1
            while i < n and text[i] != quote:
                i += 2 if text[i] == "\\" else 1
            i += 1
            out.append(quote * 2)
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def declared_vs_used(query: NamedQuery) -> tuple[set[str], set[str]]:
    """The parameters the header declares and the `$params` the Cypher itself uses."""
    return set(query.params), set(_USED.findall(strip_cypher(query.text)))


def coerce(name: str, kind: str, value: Any) -> Any:
    """`value` as the declared type (strings from a command line are converted)."""
    try:
        return _COERCE[kind](value)
    except (TypeError, ValueError) as err:
        raise QueryParamError(f"parameter {name!r} must be {kind}, not {value!r}") from err


def _to_str(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise TypeError(value)


def _to_int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise TypeError(value)
    if isinstance(value, float) and not value.is_integer():
        raise ValueError(value)
    return int(value)


def _to_float(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise TypeError(value)
    return float(value)


def _to_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
        return value.strip().lower() in _TRUE
    raise ValueError(value)


def _to_list(value: Any) -> list[str]:
    if isinstance(value, str):
        text = value.strip()
        if text.startswith("["):
            value = json.loads(text)
        else:
            return [part.strip() for part in text.split(",") if part.strip()]
    if not isinstance(value, list | tuple):
        raise TypeError(value)
    return [_to_str(item) for item in value]


_COERCE = {"str": _to_str, "int": _to_int, "float": _to_float, "bool": _to_bool,
           "list[str]": _to_list}


def bind(query: NamedQuery, params: Mapping[str, Any]) -> dict[str, Any]:
    """Every declared parameter with its value: given ones coerced, the rest defaulted."""
    unknown = sorted(set(params) - set(query.params))
    if unknown:
        raise QueryParamError(f"{query.name} has no parameter {', '.join(unknown)}; "
                              f"its parameters are {query.signature}")
    missing = [p for p in query.params if p not in params and p not in query.defaults]
    if missing:
        raise QueryParamError(f"{query.name} needs {', '.join(missing)}; "
                              f"its parameters are {query.signature}")
    return {p: coerce(p, kind, params[p]) if p in params else query.defaults[p]
            for p, kind in query.params.items()}


# The kinds of node each query's `id` names ("" means every document where the header allows it).
ID_LABELS: dict[str, tuple[Label, ...]] = {
    "adoption_lag": (Label.DOCUMENT,), "relay_fidelity": (Label.DOCUMENT,),
    "document_lineage": (Label.DOCUMENT,), "document_outline": (Label.DOCUMENT,),
    "agency_workload": (Label.AGENCY,), "neighbourhood": tuple(Label),
    "trace_up": (Label.MEASURE, Label.DOCUMENT), "trace_down": (Label.MEASURE, Label.DOCUMENT),
}


def resolve_ids(store: GraphStore, query: NamedQuery, values: dict[str, Any]) -> dict[str, Any]:
    """`values` with `id` turned into the node id it names: an id, a 文号, 文号#path or a national
    title#path, as `trace` accepts (graph.lookup.find_node). Raises UnknownNode."""
    ref = values.get("id")
    if ref is None or (ref == "" and query.defaults.get("id") == ""):
        return values
    node = find_node(store, ref)
    if node is None:
        raise UnknownNode(f"{query.name}: no node {ref!r} (give an id, a 文号, or 文号#path)")
    labels = ID_LABELS.get(query.name, tuple(Label))
    if node.label not in labels:
        raise UnknownNode(f"{query.name}: {ref!r} is a {node.label.value} ({node.id}); {query.name} "
                          f"takes {' or '.join(label.value for label in labels)} ids")
    return {**values, "id": node.id}


def run_named(store: GraphStore, name: str, params: Mapping[str, Any],
              timeout: float = DEFAULT_TIMEOUT) -> list[dict[str, Any]]:
    """Run a named query on any store: its Cypher on Neo4j, its Python twin on the embedded
    store (queries/twins.py, twin_paths.py), with the same rows either way
    (plain JSON-able dicts; nodes and relationships as {"id", "labels", ...} and
    {"type", "start", "end", ...}). Parameters are bound and `id` resolved before running.

    Raises UnknownQuery, QueryParamError (UnknownNode for an id that names no node), or
    StoreError (Neo4j failed)."""
    query = get_query(name)
    values = bind(query, params)
    if values.get("limit", 0) < 0:  # Cypher refuses a negative LIMIT; a twin would slice
        raise QueryParamError(f"{name}: limit must be 0 or more, not {values['limit']}")
    values = resolve_ids(store, query, values)
    runner = getattr(store, "run_query", None)
    if runner is not None:  # Neo4j
        rows: list[dict[str, Any]] = runner(query, values, timeout=timeout)
        return rows
    if not isinstance(store, MemoryStore):
        raise StoreError(f"the {store.name} store runs no named queries: it has neither Cypher "
                         "nor the embedded graph")
    return TWINS[name](View(store), values)


TWINS: dict[str, Callable[[View, dict[str, Any]], list[dict[str, Any]]]] = {
    "adoption_lag": twins.adoption_lag, "agency_workload": twins.agency_workload,
    "document_lineage": twin_paths.document_lineage,
    "document_outline": twins.document_outline, "neighbourhood": twin_paths.neighbourhood,
    "relay_fidelity": twins.relay_fidelity, "search": twins.search,
    "system_across_levels": twins.system_across_levels, "theme_coverage": twins.theme_coverage,
    "trace_down": twin_paths.trace_down, "trace_up": twin_paths.trace_up,
    "unimplemented": twins.unimplemented,
}
