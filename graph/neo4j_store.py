"""The production store: Neo4j 5 through the official driver (the only module importing it).

Writes are one managed transaction per Subgraph, sent as UNWIND batches grouped by label
and by (type, start label, end label); or, asked for (`batch_rows`), the same statements
committed in parts, guarded by a marker node (see Neo4jStore.write). Merging is computed in Python with
graph.model.merge_props from the properties read in that same transaction, so the result
equals MemoryStore's. Labels and types reach Cypher only from the Label/RelType enums.
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, Protocol, TypeVar

from neo4j import (
    Driver,
    GraphDatabase,
    ManagedTransaction,
    Query,
    Result,
    RoutingControl,
    Session,
    unit_of_work,
)
from neo4j.exceptions import (
    AuthError,
    ClientError,
    ConstraintError,
    DriverError,
    Neo4jError,
    ServiceUnavailable,
    SessionExpired,
)
from neo4j.graph import Node as GraphNode
from neo4j.graph import Path as GraphPath
from neo4j.graph import Relationship as GraphRelationship

from policy_cascades.errors import (
    CypherError,
    CypherRefused,
    CypherTimeout,
    StoreError,
    StoreUnavailable,
    TransactionTooLarge,
)
from policy_cascades.graph.cypher_guard import check_plan
from policy_cascades.graph.model import Label, Node, Relationship, RelType, Subgraph, merge_props
from policy_cascades.graph.national import SOURCE as NATIONAL
from policy_cascades.graph.search import MATCHES_CYPHER, SCORE_CYPHER, Found, Hit
from policy_cascades.graph.store import (
    TRACE_NODE_KEYS,
    TRACE_REL_KEYS,
    Direction,
    Neighbourhood,
    Progress,
    WriteSummary,
    changed_props,
    storable,
)

logger = logging.getLogger(__name__)

SEARCH_TIMEOUT = 30.0  # seconds the server may spend on one search (a hostile query is stopped)
BATCH = 1000
BOLT_SCHEMES = ("bolt:", "bolt+s:", "bolt+ssc:", "neo4j:", "neo4j+s:", "neo4j+ssc:")
T = TypeVar("T")
RelGroup = tuple[RelType, Label, Label]
Stored = tuple[Label, dict[str, Any]]  # a stored node's label and properties (no id)
# A load in parts is under way (or was interrupted) while this node exists. Not a Label:
# the graph never holds it (subgraph, stats and exports skip it).
LOAD_MARKER = "PolicyCascadesLoad"
_OUT_OF_MEMORY = "MemoryPoolOutOfMemoryError"  # the server's code for a transaction too large

INDEXED = {  # range indexes besides the id constraints (what queries and the API filter on)
    Label.DOCUMENT: ("doc_number", "level", "region"),
    Label.MEASURE: ("level", "region", "doc_id", "source"),  # source: the national items
    Label.AGENCY: ("name", "system", "region"),
    Label.REGION: ("name",),
    Label.THEME: ("name",),
    Label.PERSON: ("name",),
}
FULLTEXT = (
    "CREATE FULLTEXT INDEX measure_text IF NOT EXISTS FOR (n:Measure) ON EACH [n.heading, n.text] "
    "OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}"
)
_HAN = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,}$")
_SERVER_MESSAGE = re.compile(r"\{message: (.*?)\}(?: \{gql_status|$)", re.S)
_LUCENE_SPECIAL = re.compile(r'([+\-&|!(){}\[\]^"~*?:\\/])')


def redact(uri: str) -> str:
    """A URI (or a message holding one) fit for logs: a password in it is replaced by ***.

    Example:
        >>> redact("neo4j://neo4j:s3cret@db.example:7687")
        'neo4j://neo4j:***@db.example:7687'
    """
    return re.sub(r"([a-z0-9+.-]+://[^:/@\s'\"]*):[^@/\s'\"]*@", r"\1:***@", uri)


def _q(name: Label | RelType) -> str:
    """An enum member backticked for Cypher: the only names ever spliced into a query."""
    if not isinstance(name, Label | RelType):
        raise TypeError(f"not a Label or RelType: {name!r}")
    return f"`{name.value}`"


def _key(name: str) -> str:
    """A property key from a caller, quoted as a Cypher identifier (backticks doubled)."""
    return "`" + name.replace("`", "``") + "`"


def _batches(rows: list[T]) -> Iterator[list[T]]:
    for start in range(0, len(rows), BATCH):
        yield rows[start:start + BATCH]


class Neo4jStore:
    """GraphStore on Neo4j 5. Give it a URI and credentials (it then owns and closes the
    driver) or an existing Driver (the caller owns it, e.g. the API's lifespan)."""

    name = "neo4j"

    def __init__(self, uri: str | Driver, user: str | None = "neo4j", password: str | None = None,
                 database: str = "neo4j") -> None:
        self.database = database
        self._schema_ready = False
        if isinstance(uri, str):
            self.uri, self.user = redact(uri), user
            if not uri.startswith(BOLT_SCHEMES):
                raise StoreError(f"cannot use Neo4j URI {self.uri!r}: expected one of "
                                 f"{', '.join(s + '//' for s in BOLT_SCHEMES)}")
            auth = (user, password or "") if user is not None else None
            try:
                # fail in seconds, not the driver's default 30 s of retries: the API answers 503
                self.driver = GraphDatabase.driver(uri, auth=auth, connection_timeout=5.0,
                                                   max_transaction_retry_time=5.0)
            except (ValueError, DriverError, Neo4jError) as err:
                raise StoreError(f"cannot use Neo4j URI {self.uri}: {redact(str(err))}") from None
            self._owns_driver = True
            try:
                self._call(self.driver.verify_connectivity)  # fail now, with a clear message
            except StoreError:
                self.driver.close()
                raise
        else:
            self.uri, self.user = "the driver's server", None
            self.driver, self._owns_driver = uri, False

    def close(self) -> None:
        if self._owns_driver:
            self.driver.close()

    def ping(self) -> bool:
        try:
            self.driver.verify_connectivity()
        except (DriverError, Neo4jError, OSError):
            return False
        return True

    # -- plumbing -----------------------------------------------------------------------
    @contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except AuthError as err:
            who = f" for user {self.user!r}" if self.user else ""
            raise StoreError(f"Neo4j refused the credentials{who} at {self.uri}: "
                             f"{_reason(err)}") from err
        except (ServiceUnavailable, SessionExpired) as err:  # down, or a connection lost
            raise StoreUnavailable(f"cannot reach Neo4j at {self.uri}: {_reason(err)}") from err
        except (Neo4jError, DriverError) as err:
            raise StoreError(f"Neo4j at {self.uri} failed: {_reason(err)}") from err

    def _call(self, fn: Callable[..., T], *args: Any) -> T:
        with self._errors():
            return fn(*args)

    def _read(self, query: str, *, timeout_: float | None = None,
              **params: Any) -> list[Any]:
        """The records of a read statement; past `timeout_` seconds the server stops it, and
        CypherTimeout says so (the API's 504, not a store failure to retry)."""
        try:
            with self._errors():
                return list(self.driver.execute_query(
                    Query(query, timeout=timeout_), params, database_=self.database,
                    routing_=RoutingControl.READ).records)
        except StoreError as err:
            if timeout_ is not None:
                _raise_if_timed_out(err, timeout_)
            raise

    # -- schema -------------------------------------------------------------------------
    def ensure_schema(self) -> None:
        """Id uniqueness per label, range indexes, the CJK fulltext index (idempotent)."""
        statements = [f"CREATE CONSTRAINT {label.value.lower()}_id IF NOT EXISTS "
                      f"FOR (n:{_q(label)}) REQUIRE n.id IS UNIQUE" for label in Label]
        statements += [f"CREATE INDEX {label.value.lower()}_{prop} IF NOT EXISTS "
                       f"FOR (n:{_q(label)}) ON (n.{prop})"
                       for label, props in INDEXED.items() for prop in props]
        statements += [FULLTEXT, "CALL db.awaitIndexes(300)"]
        with self._errors():
            for statement in statements:
                self.driver.execute_query(statement, database_=self.database)
        self._schema_ready = True

    # -- writing ------------------------------------------------------------------------
    def write(self, graph: Subgraph, progress: Progress | None = None,
              batch_rows: int | None = None) -> WriteSummary:
        """One transaction: all or nothing. A graph larger than the server's transaction
        memory (`db.memory.transaction.total.max`) is refused whole: TransactionTooLarge,
        nothing written.

        With `batch_rows`, the same statements are committed every `batch_rows` rows
        written, for loads that one transaction cannot hold. A marker node (LOAD_MARKER) is
        written first and deleted with the last part: while it exists the graph holds part
        of a load (`interrupted_load`). Writes merge, so running the same load again
        completes it. Not for use beside concurrent writes (a part does not retry)."""
        if not self._schema_ready:
            self.ensure_schema()
        if batch_rows is not None:
            return self._in_parts(graph, progress, batch_rows, replace=False)
        summary = self._too_large(graph, lambda: self._retried(self._write_tx, graph, progress))
        logger.debug("wrote %d nodes, %d relationships: %s", len(graph.nodes),
                     len(graph.relationships), summary)
        return summary

    def _write_tx(self, tx: _Tx, graph: Subgraph,
                  progress: Progress | None, empty: bool = False) -> WriteSummary:
        # On an empty database (a first load, a replace) every row is new: nothing to look up.
        # (A load's marker does not count; it is not named, as an unknown label draws a warning.)
        empty = empty or all(r["labels"] == [LOAD_MARKER] for r in tx.run(
            "MATCH (n) RETURN labels(n) AS labels LIMIT 2"))
        ends = {end for rel in graph.relationships.values() for end in (rel.start, rel.end)}
        existing = {} if empty else _lookup_nodes(tx, sorted(set(graph.nodes) | ends))
        labels = _check(graph, existing)  # raises before anything is written
        counts = [0, 0, 0]
        _write_nodes(tx, graph, existing, counts, progress)
        _write_rels(tx, graph, existing, labels, counts, progress)
        nodes_created, rels_created, props_set = counts
        # MERGE (n {id: ...}) counts the id as a property set on create; ids are not counted.
        return WriteSummary(nodes_created, rels_created, props_set - nodes_created)

    def replace(self, graph: Subgraph, progress: Progress | None = None,
                batch_rows: int | None = None) -> WriteSummary:
        """The store holding `graph` and nothing else, in ONE transaction: killed or failed
        at any point, the database holds the old graph or the new one, never a part. With
        `batch_rows`: the old graph deleted and the new one written in parts, under the
        marker of `write` (an interruption leaves it: run the load again)."""
        if not self._schema_ready:
            self.ensure_schema()
        if batch_rows is not None:
            return self._in_parts(graph, progress, batch_rows, replace=True)

        def replace_tx(tx: _Tx) -> WriteSummary:
            tx.run("MATCH (n) DETACH DELETE n").consume()
            return self._write_tx(tx, graph, progress, empty=True)

        return self._too_large(graph, lambda: self._retried(replace_tx))

    def _too_large(self, graph: Subgraph, write: Callable[[], WriteSummary]) -> WriteSummary:
        """`write()`, its refusal by the server's transaction memory said in the user's terms."""
        try:
            return write()
        except StoreError as err:  # at a statement or at the commit
            cause = err.__cause__
            if not isinstance(cause, Neo4jError) or _OUT_OF_MEMORY not in (cause.code or ""):
                raise
            rows = len(graph.nodes) + len(graph.relationships)
            raise TransactionTooLarge(
                f"a load of {rows:,} rows is more than one transaction can hold on Neo4j at "
                f"{self.uri} ({_reason(cause)}); nothing was written. A first load of "
                "a large corpus: `policy-cascades bulk import` (README, Neo4j). Otherwise "
                "load in parts, each its own transaction: `policy-cascades load --batch-rows "
                "50000` (an interrupted load is then reported, and completed by running it "
                "again); or give the server more transaction memory "
                "(db.memory.transaction.total.max, and heap)") from cause

    def _in_parts(self, graph: Subgraph, progress: Progress | None, batch_rows: int,
                  replace: bool) -> WriteSummary:
        if batch_rows < 1:
            raise StoreError(f"batch_rows must be at least 1, not {batch_rows}")
        rows = len(graph.nodes) + len(graph.relationships)
        with self._errors(), self.driver.session(database=self.database) as session:
            session.execute_write(_mark, rows, replace)
            if replace:
                while session.execute_write(_delete_some, True):
                    pass
            parts = _Parts(session, batch_rows)
            try:
                summary = self._write_tx(parts, graph, progress, empty=replace)
                parts.run(f"MATCH (m:`{LOAD_MARKER}`) DELETE m").consume()
                parts.commit()
            finally:
                parts.close()
        logger.debug("wrote %d rows in %d transactions: %s", rows, parts.commits, summary)
        return summary

    def interrupted_load(self) -> dict[str, Any] | None:
        """What a load in parts that has not finished wrote of itself (started, rows,
        replace), or None: while it is not None the graph holds part of that load."""
        if LOAD_MARKER not in self._read("CALL db.labels() YIELD label RETURN collect(label) AS labels")[0]["labels"]:
            return None  # (naming a label the database never had draws a warning)
        records = self._read(f"MATCH (m:`{LOAD_MARKER}`) RETURN properties(m) AS props")
        return {key: plain(value) for key, value in records[0]["props"].items()} if records else None

    def _retried(self, work: Callable[..., WriteSummary], *args: Any) -> WriteSummary:
        """Run a write transaction; again (twice at most) when a concurrent write created one of
        the nodes it had looked up as absent and CREATEs (the id constraint refuses the copy)."""
        for attempt in range(3):
            try:
                with self._errors(), self.driver.session(database=self.database) as session:
                    return _transaction(session, work, *args)
            except StoreError as err:
                if attempt == 2 or not _lost_race(err):
                    raise
                logger.info("a concurrent write created some of these nodes first: again")
        raise AssertionError("unreachable")

    def clear(self) -> None:
        """Delete every relationship, then every node, 10,000 per transaction (schema stays)."""
        with self._errors(), self.driver.session(database=self.database) as session:
            while session.execute_write(_delete_some, False):
                pass

    def write_rows(self, statements: Sequence[tuple[str, list[dict[str, Any]]]]) -> int:
        """Run each `UNWIND $rows …` statement over its rows, in batches, one transaction per
        batch (graph.bulk.finish_import; the caller builds the Cypher from the enums).
        Returns the properties set."""
        def run(tx: ManagedTransaction, query: str, rows: list[dict[str, Any]]) -> int:
            return int(tx.run(query, rows=rows).consume().counters.properties_set)

        done = 0
        with self._errors(), self.driver.session(database=self.database) as session:
            for query, rows in statements:
                for batch in _batches(rows):
                    done += session.execute_write(run, query, batch)
        return done

    # -- reading ------------------------------------------------------------------------
    def node(self, node_id: str) -> Node | None:
        records = self._read(f"UNWIND $ids AS id CALL (id) {{ {_BY_ID} }} "
                             "RETURN labels(n) AS labels, properties(n) AS props", ids=[node_id])
        return _node(records[0]["labels"], records[0]["props"]) if records else None

    def nodes(self, label: Label, where: dict[str, Any] | None = None,
              limit: int | None = None, offset: int = 0) -> tuple[list[Node], int]:
        conditions, params = [], {}
        for index, (key, want) in enumerate((where or {}).items()):
            prop = f"n.{_key(key)}"
            if want is None:
                conditions.append(f"{prop} IS NULL")
                continue
            params[f"v{index}"] = want
            if key == "id" or key in INDEXED[label]:  # scalar by design: let the index serve
                conditions.append(f"{prop} = $v{index}")
            else:  # a list property matches when it contains the value
                conditions.append(f"$v{index} IN CASE WHEN {prop} IS :: LIST<ANY> "
                                  f"THEN {prop} ELSE [{prop}] END")
        where_clause = f"WHERE {' AND '.join(conditions)} " if conditions else ""
        record = self._read(
            f"MATCH (n:{_q(label)}) {where_clause}WITH n ORDER BY n.id "
            "WITH collect(n) AS found RETURN size(found) AS total, "
            "[x IN found[$offset..coalesce($stop, size(found))] | properties(x)] AS page",
            offset=offset, stop=None if limit is None else offset + limit, **params)[0]
        return [_node([label.value], props) for props in record["page"]], record["total"]

    def edges(self, node_ids: Sequence[str], direction: Direction = "both",
              types: Sequence[RelType] | None = None) -> list[tuple[Relationship, Node]]:
        pattern = {"out": "(n)-[r]->(m)", "in": "(n)<-[r]-(m)", "both": "(n)-[r]-(m)"}[direction]
        records = self._read(
            f"UNWIND range(0, size($ids) - 1) AS i WITH i, $ids[i] AS id "
            f"CALL (id) {{ {_BY_ID} }} MATCH {pattern} "
            "WHERE $types IS NULL OR type(r) IN $types "
            "RETURN i, CASE WHEN startNode(r) = n THEN 0 ELSE 1 END AS incoming, type(r) AS type, "
            "startNode(r).id AS start, endNode(r).id AS end, properties(r) AS props, "
            "labels(m) AS labels, properties(m) AS other",
            ids=list(node_ids), types=[t.value for t in types] if types else None)
        out: dict[tuple[str, str, str], tuple[Relationship, Node]] = {}
        # MemoryStore visits ids in order, out-edges before in-edges, the last visit winning
        for r in sorted(records, key=lambda r: (r["i"], r["incoming"])):
            rel = Relationship(type=RelType(r["type"]), start=r["start"], end=r["end"],
                               props=r["props"])
            out[rel.key] = (rel, _node(r["labels"], r["other"]))
        return [out[key] for key in sorted(out)]

    def neighbourhood(self, node_ids: Sequence[str], down: bool) -> Neighbourhood:
        """One statement (issue 12: one round trip per trace level): the batch, its CONTAINS
        closure through measures, and the five kinds of row of Neighbourhood, by `part`."""
        records = self._read(_NEIGHBOURHOOD[down], ids=list(node_ids), national=NATIONAL)
        found: list[dict[tuple[str, str, str], tuple[Relationship, Node]]] = [{} for _ in range(5)]
        for r in records:
            key = (r["type"], r["start"], r["end"])
            if key not in found[r["part"]]:  # projections: the walk's properties only
                rel = Relationship(type=RelType(r["type"]), start=r["start"], end=r["end"],
                                   props=_present(r["props"]))
                found[r["part"]][key] = (rel, _node(r["labels"], _present(r["other"])))
        return Neighbourhood(*([rows[k] for k in sorted(rows)] for rows in found))

    def items(self, node_ids: Sequence[str], rel_keys: Sequence[tuple[str, str, str]]
              ) -> tuple[list[Node], list[Relationship]]:
        index: dict[str, int] = {}
        keys = [[t, index.setdefault(a, len(index)), index.setdefault(b, len(index))]
                for t, a, b in rel_keys]  # each end once, by its place in `ends`
        records = self._read(_ITEMS, ids=list(node_ids), ends=list(index), rels=keys)
        nodes = {r["props"]["id"]: _node(r["labels"], r["props"]) for r in records if r["kind"] == 0}
        rels = {(r["type"], r["start"], r["end"]): r["props"] for r in records if r["kind"] == 1}
        return ([nodes[i] for i in node_ids if i in nodes],
                [Relationship(type=RelType(k[0]), start=k[1], end=k[2], props=rels[k])
                 for k in map(tuple, rel_keys) if k in rels])

    def subgraph(self) -> Subgraph:
        graph = Subgraph()
        for r in self._read("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props "
                            "ORDER BY n.id"):
            if any(label in Label.__members__.values() for label in r["labels"]):
                node = _node(r["labels"], r["props"])
                graph.nodes[node.id] = node
        for r in self._read("MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS start, "
                            "b.id AS end, properties(r) AS props"):
            if r["start"] in graph.nodes and r["end"] in graph.nodes:
                rel = Relationship(type=RelType(r["type"]), start=r["start"], end=r["end"],
                                   props=r["props"])
                graph.relationships[rel.key] = rel
        graph.relationships = dict(sorted(graph.relationships.items()))
        return graph

    def stats(self) -> dict[str, int]:
        # Only the types Neo4j knows: naming an unknown one draws a warning per query.
        known = set(self._read(_REL_TYPES)[0]["types"])
        parts = [f"MATCH (n:{_q(label)}) RETURN '{label.value}' AS name, count(n) AS count"
                 for label in Label]
        parts += [f"MATCH ()-[r:{_q(t)}]->() RETURN '{t.value}' AS name, count(r) AS count"
                  for t in RelType if t.value in known]
        records = self._read(" UNION ALL ".join(parts))
        return dict(sorted((r["name"], r["count"]) for r in records if r["count"]))

    def search(self, terms: Sequence[str], offset: int, limit: int) -> Found:
        """MemoryStore's answer, scored and paged on the server (graph.search.SCORE_CYPHER):
        only the page is sent back. Terms of two or more Han characters go through the CJK
        fulltext index (bigrams: a one-character or Latin term could miss there), every term
        through the exact CONTAINS filter."""
        indexed = [f'"{_escape(t)}"' for t in terms if _HAN.match(t)]
        source = ("CALL db.index.fulltext.queryNodes('measure_text', $lucene) YIELD node AS m"
                  if indexed else "MATCH (m:Measure)")
        records = self._read(
            f"{source} WITH m, coalesce(m.heading, '') AS h, coalesce(m.text, '') AS x "
            f"WHERE m:Measure AND {MATCHES_CYPHER} "
            f"WITH m, {SCORE_CYPHER} AS score ORDER BY score DESC, m.id "
            "WITH collect([m, score]) AS hits "
            "RETURN size(hits) AS total, "
            "[hit IN hits[$offset..$offset + $limit] | [properties(hit[0]), hit[1]]] AS page",
            lucene=" AND ".join(indexed), terms=list(terms), offset=offset, limit=limit,
            timeout_=SEARCH_TIMEOUT)
        if not records:
            return Found(0, [])
        return Found(records[0]["total"], [Hit(_node([Label.MEASURE.value], props), value,
                                               tuple(terms)) for props, value in records[0]["page"]])

    # -- named queries (queries/) -------------------------------------------------------
    def run_query(self, query: NamedCypher, params: dict[str, Any],
                  timeout: float = 30.0) -> list[dict[str, Any]]:
        """Run a named query in a READ transaction; rows as JSON-able dicts (see `plain`)."""
        # The text is a .cypher file shipped in queries/, never request data (a LiteralString).
        with self._errors():
            records = self.driver.execute_query(
                Query(query.text, metadata={"query": query.name}, timeout=timeout), params,
                database_=self.database, routing_=RoutingControl.READ).records
        return [{key: plain(record[key]) for key in record.keys()} for record in records]


    # -- analysts' Cypher (POST /cypher) ------------------------------------------------
    def read_cypher(self, query: str, parameters: dict[str, Any], timeout: float,
                    limit: int, max_bytes: int) -> tuple[list[dict[str, Any]], bool]:
        """Run one analyst's statement in a READ transaction with a server-side timeout,
        once the server's own plan of it (EXPLAIN) shows that it only reads
        (graph.cypher_guard.check_plan). Returns at most `limit` rows and about `max_bytes`
        of JSON, and whether a limit cut the result.

        Raises CypherRefused when the plan or the server refuses it, CypherTimeout when it
        runs past `timeout`, CypherError when the server cannot run it (syntax, names)."""

        @unit_of_work(timeout=timeout)
        def work(tx: ManagedTransaction) -> tuple[list[dict[str, Any]], bool]:
            # an analyst's text, checked by graph.cypher_guard before and after the parse
            summary = tx.run("EXPLAIN " + query, parameters).consume()
            check_plan(summary.query_type, summary.plan)
            rows: list[dict[str, Any]] = []
            size = 0
            for record in tx.run(query, parameters):
                row = {key: plain(record[key]) for key in record.keys()}
                size += len(json.dumps(row, ensure_ascii=False, default=str).encode())
                if len(rows) >= limit or size > max_bytes:
                    return rows, True
                rows.append(row)
            return rows, False

        try:
            with self._errors(), self.driver.session(database=self.database,
                                                     default_access_mode="READ") as session:
                return session.execute_read(work)
        except StoreError as err:
            _raise_if_timed_out(err, timeout)
            cause = err.__cause__
            if isinstance(cause, ClientError):
                code = cause.code or ""
                if code.endswith(("AccessMode", "Forbidden", "WriteOnReadOnlyAccessDbException")):
                    raise CypherRefused(f"Neo4j refused a write in a read transaction: {_reason(cause)}") from cause
                raise CypherError(f"Neo4j could not run the statement: {_reason(cause)}") from cause
            raise


def _raise_if_timed_out(err: StoreError, timeout: float) -> None:
    """CypherTimeout (the API's 504) when the server stopped the statement at its timeout."""
    cause = err.__cause__
    if isinstance(cause, ClientError) and "TransactionTimedOut" in (cause.code or ""):
        raise CypherTimeout(f"the statement ran past {timeout:g} s and was stopped") from cause


def _lost_race(err: BaseException) -> bool:
    """Whether the id constraint refused a node a concurrent write created first: a ConstraintError
    behind the error, directly or as what made a later result of the transaction fail (the driver's
    ResultFailedError, raised while the failed statement's result is read)."""
    seen: set[int] = set()
    cause: BaseException | None = err
    while cause is not None and id(cause) not in seen:
        if isinstance(cause, ConstraintError):
            return True
        seen.add(id(cause))
        cause = cause.__cause__ or cause.__context__
    return False


def _transaction(session: Session, work: Callable[..., WriteSummary], *args: Any) -> WriteSummary:
    """`work` in one transaction, committed; again after a transient error (a deadlock), at
    most four times in all, but not after the transaction memory's refusal: the driver's
    managed transactions send that one again too (its retry clock starts after the first
    attempt), and a large load would be sent twice to fail twice."""
    for attempt in range(4):
        try:
            with session.begin_transaction() as tx:
                summary = work(tx, *args)
                tx.commit()
            return summary
        except Neo4jError as err:
            if attempt == 3 or not err.is_retryable() or _OUT_OF_MEMORY in (err.code or ""):
                raise
            logger.info("transient error, the write is run again: %s", _reason(err))
            time.sleep(0.2 * 2 ** attempt)
    raise AssertionError("unreachable")


class _Tx(Protocol):
    """What the write statements need of a transaction: ManagedTransaction, or _Parts."""

    def run(self, query: str, parameters: dict[str, Any] | None = None,
            **kwparameters: Any) -> Result: ...


class _Parts:
    """The write statements run in several transactions: the current one is committed and
    a new one begun before a statement once `limit` rows have been sent in it."""

    def __init__(self, session: Session, limit: int) -> None:
        self.session, self.limit = session, limit
        self.tx, self.rows, self.commits = session.begin_transaction(), 0, 0

    def run(self, query: str, parameters: dict[str, Any] | None = None,
            **kwparameters: Any) -> Result:
        if self.rows >= self.limit:
            self.commit()
            self.tx, self.rows = self.session.begin_transaction(), 0
        self.rows += len(kwparameters.get("rows") or ())
        return self.tx.run(query, parameters, **kwparameters)

    def commit(self) -> None:
        self.tx.commit()
        self.commits += 1

    def close(self) -> None:
        self.tx.close()  # rolls back a part not committed


def _mark(tx: ManagedTransaction, rows: int, replace: bool) -> None:
    tx.run(f"MERGE (m:`{LOAD_MARKER}` {{id: 'load'}}) SET m.started = toString(datetime()), "
           "m.rows = $rows, m.replace = $replace", rows=rows, replace=replace).consume()


def _delete_some(tx: ManagedTransaction, keep_marker: bool) -> int:
    """Delete up to 10,000 relationships, or when none is left up to 10,000 nodes; how many
    were deleted. (DETACH DELETE of 10,000 nodes takes their relationships too: a hub's
    thousands at once, past a small server's transaction memory.)"""
    record = tx.run("MATCH ()-[r]->() WITH r LIMIT 10000 DELETE r RETURN count(*) AS deleted").single()
    if record and record["deleted"]:
        return int(record["deleted"])
    where = f"WHERE NOT n:`{LOAD_MARKER}` " if keep_marker else ""
    record = tx.run(f"MATCH (n) {where}WITH n LIMIT 10000 DELETE n RETURN count(*) AS deleted").single()
    return int(record["deleted"]) if record else 0


_REL_TYPES = "CALL db.relationshipTypes() YIELD relationshipType RETURN collect(relationshipType) AS types"

def _seek(var: str, label: Label) -> str:
    """A hint to seek the id index. Right after a large load the planner's statistics can be
    stale and it may choose to scan the whole index per row instead (seen: 1000 rows of
    Document-CONTAINS->Measure took 15 s instead of 0.1 s)."""
    return f"USING INDEX SEEK {var}:{_q(label)}(id)"


# A node by id whatever its label: one index seek per label (a label-less match would scan).
_BY_ID = " UNION ".join(f"MATCH (n:{_q(label)} {{id: id}}) {_seek('n', label)} RETURN n"
                        for label in Label)




def _neighbourhood(down: bool) -> str:
    """Neighbourhood's statement, one way. The closure is computed once; each UNION branch
    reads one kind of row from it (`part`: parts, implements, themes, corresponding, namers)."""
    def step(rel_type: RelType, forward: bool, var: str = "r") -> str:
        return f"-[{var}:{_q(rel_type)}]->" if forward else f"<-[{var}:{_q(rel_type)}]-"

    measure = _q(Label.MEASURE)
    themes = (f"UNWIND closure AS a MATCH (a:{measure}){step(RelType.ADDRESSES, True, '')}(t) "
              "WHERE a.source = $national WITH DISTINCT t ")
    branches = [
        f"UNWIND closure AS a MATCH (a:{measure}){step(RelType.CONTAINS, down)}(o:{measure})",
        f"UNWIND closure AS a MATCH (a){step(RelType.IMPLEMENTS, not down)}(o)",
        f"UNWIND closure AS a MATCH (a:{measure}){step(RelType.ADDRESSES, True)}(o) "
        "WHERE a.source = $national",
        f"{themes}MATCH (t){step(RelType.CORRESPONDS_TO, not down)}(o)",
        # from the few national items (an index seek), not from the theme, which tens of
        # thousands of measures address at 10,000 documents (reading each one's source was
        # most of a trace up: 0.5 s a statement)
        f"{themes}MATCH (t){step(RelType.CORRESPONDS_TO, not down, '')}(u) "
        "WITH collect(DISTINCT u) AS far WHERE size(far) > 0 "
        f"MATCH (o:{measure}) WHERE o.source = $national "
        f"MATCH (o){step(RelType.ADDRESSES, True)}(u) WHERE u IN far",
    ]
    contains = f"-[:{_q(RelType.CONTAINS)}*0..]->" if down else f"<-[:{_q(RelType.CONTAINS)}*0..]-"
    return (
        f"UNWIND $ids AS id CALL (id) {{ {_BY_ID} }} WITH DISTINCT n "
        f"OPTIONAL MATCH p = (n:{measure}){contains}(m:{measure}) "
        f"WHERE all(x IN nodes(p) WHERE x:{measure}) "
        "WITH collect(DISTINCT coalesce(m, n)) AS closure "
        "CALL (closure) { "
        + " UNION ALL ".join(f"{branch} RETURN {part} AS part, r, o"
                             for part, branch in enumerate(branches))
        + " } RETURN part, type(r) AS type, startNode(r).id AS start, endNode(r).id AS end, "
        f"r {{{_projection(TRACE_REL_KEYS)}}} AS props, labels(o) AS labels, "
        f"o {{.id, {_projection(TRACE_NODE_KEYS)}}} AS other"
    )


def _projection(keys: Sequence[str]) -> str:
    """A Cypher map projection of `keys` (a key the entity lacks comes back null)."""
    return ", ".join(f".{_key(k)}" for k in keys)


def _present(props: dict[str, Any]) -> dict[str, Any]:
    """A projection's values without the nulls of keys the entity does not have."""
    return {k: v for k, v in props.items() if v is not None}


_NEIGHBOURHOOD = {down: _neighbourhood(down) for down in (True, False)}

# The nodes of $ids whole, and the relationships whole of $rels ([type, i, j]: between the
# nodes $ends[i] and $ends[j]), in one statement (a trace's chains, GraphStore.items). Each end
# is looked up once, not once per relationship (a trace's chains share their nodes); with both
# ends bound the relationship is found by Expand(Into), from the end of lower degree.
_ITEMS = (
    "CALL () { "
    f"UNWIND $ids AS id CALL (id) {{ {_BY_ID} }} "
    "RETURN 0 AS kind, labels(n) AS labels, properties(n) AS props, "
    "null AS type, null AS start, null AS end "
    "UNION ALL "
    "UNWIND range(0, size($ends) - 1) AS i WITH i, $ends[i] AS id "
    f"OPTIONAL CALL (id) {{ {_BY_ID} }} WITH i, head(collect(n)) AS n ORDER BY i "
    "WITH collect([n]) AS found "
    "UNWIND $rels AS k WITH k, found[k[1]][0] AS a, found[k[2]][0] AS b "
    "MATCH (a)-[r]->(b) WHERE type(r) = k[0] "
    "RETURN 1 AS kind, null AS labels, properties(r) AS props, "
    "k[0] AS type, a.id AS start, b.id AS end "
    "} RETURN kind, labels, props, type, start, end"
)


def _reason(err: Exception) -> str:
    """The server's own message: str() of a server error wraps it in GQL codes and braces."""
    text = str(err)
    found = _SERVER_MESSAGE.search(text)
    return redact((found.group(1) if found else text).replace("\n", " "))


def _escape(term: str) -> str:
    """A term made literal for Lucene's query parser (inside a quoted phrase)."""
    return _LUCENE_SPECIAL.sub(r"\\\1", term)


def _node(labels: list[str], props: dict[str, Any]) -> Node:
    label = next(Label(name) for name in labels if name in Label.__members__.values())
    rest = {k: v for k, v in props.items() if k != "id"}
    return Node(id=props["id"], label=label, props=rest)


def _lookup_nodes(tx: _Tx, ids: list[str]) -> dict[str, Stored]:
    found: dict[str, Stored] = {}
    query = (f"UNWIND $ids AS id CALL (id) {{ {_BY_ID} }} "
             "RETURN id, labels(n) AS labels, properties(n) AS props")
    for batch in _batches(ids):
        for record in tx.run(query, ids=batch):
            node = _node(record["labels"], record["props"])
            if node.id in found:
                raise StoreError(f"node {node.id} is stored under two labels, "
                                 f"{found[node.id][0]} and {node.label}")
            found[node.id] = (node.label, node.props)
    return found


def _check(graph: Subgraph, existing: dict[str, Stored]) -> dict[str, Label]:
    """The label of every node the write touches; StoreError (before any write) as MemoryStore."""
    labels = {node_id: label for node_id, (label, _) in existing.items()}
    for node in graph.nodes.values():
        if labels.get(node.id, node.label) != node.label:
            raise StoreError(f"node {node.id} is already a {labels[node.id]}, not a {node.label}")
        labels[node.id] = node.label
    for rel in graph.relationships.values():
        for end in (rel.start, rel.end):
            if end not in labels:
                raise StoreError(f"{rel.type} {rel.start} -> {rel.end}: no node {end}")
    return labels


def _lookup_rels(tx: _Tx, group: RelGroup,
                 rels: list[Relationship]) -> dict[tuple[str, str, str], dict[str, Any]]:
    """Stored properties of these relationships of one group, by key."""
    rel_type, start, end = group
    query = (f"UNWIND $rows AS row MATCH (a:{_q(start)} {{id: row.start}})"
             f"-[r:{_q(rel_type)}]->(b:{_q(end)} {{id: row.end}}) "
             f"{_seek('a', start)} {_seek('b', end)} "
             "RETURN row.start AS start, row.end AS end, properties(r) AS props")
    found: dict[tuple[str, str, str], dict[str, Any]] = {}
    for batch in _batches([{"start": r.start, "end": r.end} for r in rels]):
        for record in tx.run(query, rows=batch):
            found.setdefault((rel_type.value, record["start"], record["end"]), record["props"])
    return found


def _write_nodes(tx: _Tx, graph: Subgraph, existing: dict[str, Stored],
                 counts: list[int], progress: Progress | None) -> None:
    # A node absent from `existing` was looked up in this transaction: CREATE it, no MERGE
    # (issue 12 part 4: MERGE's lookup and locks cost a third of a first load).
    new: dict[Label, list[dict[str, Any]]] = defaultdict(list)
    changed: dict[Label, list[dict[str, Any]]] = defaultdict(list)
    for node in graph.nodes.values():
        old = existing[node.id][1] if node.id in existing else None
        diff = changed_props(old, storable(merge_props(old or {}, node.props)))
        if old is None:
            new[node.label].append({"id": node.id, "props": diff})
        elif diff:  # an unchanged stored node needs no statement
            changed[node.label].append({"id": node.id, "props": diff})
    for label in sorted({node.label for node in graph.nodes.values()}):
        total = sum(1 for node in graph.nodes.values() if node.label is label)
        _send(tx, f"UNWIND $rows AS row CREATE (n:{_q(label)} {{id: row.id}}) SET n += row.props",
              new[label], len(new[label]), counts, progress)
        _send(tx, f"UNWIND $rows AS row MATCH (n:{_q(label)} {{id: row.id}}) {_seek('n', label)} "
              "SET n += row.props", changed[label], total - len(new[label]), counts, progress)


def _write_rels(tx: _Tx, graph: Subgraph, existing: dict[str, Stored],
                labels: dict[str, Label], counts: list[int], progress: Progress | None) -> None:
    known = set(tx.run(_REL_TYPES).single(strict=True)["types"])
    groups: dict[RelGroup, list[Relationship]] = defaultdict(list)
    for rel in graph.relationships.values():
        groups[(rel.type, labels[rel.start], labels[rel.end])].append(rel)
    for (rel_type, start, end), rels in sorted(groups.items()):
        stored = [r for r in rels if r.start in existing and r.end in existing]
        old_rels = _lookup_rels(tx, (rel_type, start, end), stored) \
            if stored and rel_type.value in known else {}
        new, changed = [], []
        for r in rels:
            old = old_rels.get(r.key)
            diff = changed_props(old, storable(merge_props(old or {}, r.props)))
            if old is None:  # looked up in this transaction (or an end is new): CREATE
                new.append({"start": r.start, "end": r.end, "props": diff})
            elif diff:
                changed.append({"start": r.start, "end": r.end, "props": diff})
        ends = (f"UNWIND $rows AS row MATCH (a:{_q(start)} {{id: row.start}}) {_seek('a', start)} "
                f"MATCH (b:{_q(end)} {{id: row.end}}) {_seek('b', end)} ")
        _send(tx, f"{ends}CREATE (a)-[r:{_q(rel_type)}]->(b) SET r += row.props",
              new, len(new), counts, progress)
        _send(tx, f"{ends}MATCH (a)-[r:{_q(rel_type)}]->(b) SET r += row.props",
              changed, len(rels) - len(new), counts, progress)


def _send(tx: _Tx, query: str, rows: list[dict[str, Any]], total: int,
          counts: list[int], progress: Progress | None) -> None:
    """Send `rows` in batches; `total` counts the rows skipped as unchanged too (progress)."""
    for batch in _batches(rows):
        counters = tx.run(query, rows=batch).consume().counters
        counts[0] += counters.nodes_created
        counts[1] += counters.relationships_created
        counts[2] += counters.properties_set
        if progress:
            progress(len(batch))
    if progress and total > len(rows):
        progress(total - len(rows))


class NamedCypher(Protocol):
    """What run_query needs of a queries.NamedQuery (graph/ does not import queries/)."""

    @property
    def name(self) -> str: ...

    @property
    def text(self) -> str: ...


def plain(value: Any) -> Any:
    """A value of a Cypher result as JSON-able Python: a node as {"id", "labels", ...properties},
    a relationship as {"type", "start", "end", ...properties} (its ends by their `id`, or their
    element id when the result did not carry them), a path as {"nodes", "relationships"},
    temporal values as ISO 8601 strings; lists and maps converted item by item."""
    if isinstance(value, GraphNode):
        props = {key: plain(item) for key, item in value.items()}
        return {"id": props.pop("id", value.element_id), "labels": sorted(value.labels), **props}
    if isinstance(value, GraphRelationship):
        return {"type": value.type, "start": _end_id(value.start_node),
                "end": _end_id(value.end_node), **{k: plain(v) for k, v in value.items()}}
    if isinstance(value, GraphPath):
        return {"nodes": [plain(n) for n in value.nodes],
                "relationships": [plain(r) for r in value.relationships]}
    if hasattr(value, "iso_format"):  # neo4j.time Date, Time, DateTime, Duration (a tuple)
        return value.iso_format()
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    return value


def _end_id(node: GraphNode | None) -> Any:
    return None if node is None else node.get("id", node.element_id)
