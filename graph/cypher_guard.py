"""What an analyst's Cypher may do on POST /cypher: read the graph, nothing else.

Two checks, both allow-lists, and a statement runs only when it passes both:

1. `check_read_only(query)` reads the text as tokens (strings, comments and backticked names
   do not count as keywords). The statement must start with a reading clause (MATCH,
   OPTIONAL MATCH, WITH, UNWIND, RETURN, CALL); no keyword that writes, loads, administers
   or switches database may appear; a CALL may name only a procedure known to read; a
   namespaced function only a namespace known to be pure. Anything the lexer might read
   differently from the server is refused outright: a backslash or an unusual space or
   line separator outside a string, an unterminated string or comment. A `//` comment ends
   at the first character any Cypher parser takes as a line end (\\n, \\r, \\u2028 ...),
   so a comment never hides text the server would run.
2. `check_plan(query_type, plan)` judges the server's own parse: the store runs
   `EXPLAIN <query>` first, and every operator of the plan must be a reading operator
   (no LoadCSV, no ShowSettings, no TerminateTransactions, no Create ...), every
   ProcedureCall a procedure of the allow-list, and the query type `r` (read only).

The store then runs what passed in a READ transaction with a timeout and row and byte
limits; the shipped server configurations forbid file URLs in LOAD CSV besides.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from policy_cascades.errors import CypherRefused

# The first word of the statement: a reading clause.
FIRST_WORDS = frozenset({"MATCH", "OPTIONAL", "WITH", "UNWIND", "RETURN", "CALL"})
# Words that never appear in a read: they write, load, administer, or change the context.
REFUSED_WORDS = frozenset({
    "CREATE", "MERGE", "DELETE", "DETACH", "SET", "REMOVE", "DROP", "FOREACH", "LOAD", "CSV",
    "INSERT", "ALTER", "GRANT", "DENY", "REVOKE", "TERMINATE", "USE", "SHOW", "EXPLAIN",
    "PROFILE", "CYPHER", "PERIODIC", "TRANSACTIONS",
})  # (administration commands that can only begin a statement are refused by FIRST_WORDS)
# Procedures known to only read the graph's own data. Any other CALL is refused
# (db.createLabel, dbms.*, apoc.load.*, apoc.cypher.*, apoc.periodic.* ...).
READ_PROCEDURES = frozenset(name.lower() for name in (
    "db.labels", "db.relationshipTypes", "db.propertyKeys", "db.ping",
    "db.schema.visualization", "db.schema.nodeTypeProperties", "db.schema.relTypeProperties",
    "db.index.fulltext.queryNodes", "db.index.fulltext.queryRelationships",
))
# Namespaces of built-in functions that compute on values and touch nothing else.
FUNCTION_NAMESPACES = frozenset({
    "date", "datetime", "localdatetime", "localtime", "time", "duration", "point",
})
# Operators of Neo4j 5 plans that only read (the part before '@', as EXPLAIN names them).
READ_OPERATORS = frozenset({
    "ProduceResults", "Projection", "Filter", "Limit", "ExhaustiveLimit", "Skip", "Sort",
    "Top", "PartialSort", "PartialTop", "Distinct", "OrderedDistinct", "EagerAggregation",
    "OrderedAggregation", "Aggregation", "Eager", "CacheProperties", "Argument",
    "ArgumentTracker", "Unwind", "Optional", "Anti", "EmptyResult", "EmptyRow",
    "ProjectEndpoints", "Union", "OrderedUnion", "NullifyMetadata", "Input",
    "AllNodesScan", "NodeByLabelScan", "NodeByIdSeek", "NodeByElementIdSeek",
    "NodeIndexSeek", "NodeUniqueIndexSeek", "MultiNodeIndexSeek", "NodeIndexSeekByRange",
    "NodeUniqueIndexSeekByRange", "NodeIndexContainsScan", "NodeIndexEndsWithScan",
    "NodeIndexScan", "IntersectionNodeByLabelsScan", "UnionNodeByLabelsScan",
    "SubtractionNodeByLabelsScan", "NodeCountFromCountStore", "RelationshipCountFromCountStore",
    "DirectedAllRelationshipsScan", "UndirectedAllRelationshipsScan",
    "DirectedRelationshipTypeScan", "UndirectedRelationshipTypeScan",
    "DirectedUnionRelationshipTypesScan", "UndirectedUnionRelationshipTypesScan",
    "DirectedRelationshipIndexSeek", "UndirectedRelationshipIndexSeek",
    "DirectedRelationshipUniqueIndexSeek", "UndirectedRelationshipUniqueIndexSeek",
    "DirectedRelationshipIndexScan", "UndirectedRelationshipIndexScan",
    "DirectedRelationshipIndexSeekByRange", "UndirectedRelationshipIndexSeekByRange",
    "DirectedRelationshipIndexContainsScan", "UndirectedRelationshipIndexContainsScan",
    "DirectedRelationshipIndexEndsWithScan", "UndirectedRelationshipIndexEndsWithScan",
    "DirectedRelationshipByIdSeek", "UndirectedRelationshipByIdSeek",
    "DirectedRelationshipByElementIdSeek", "UndirectedRelationshipByElementIdSeek",
    "Expand(All)", "Expand(Into)", "OptionalExpand(All)", "OptionalExpand(Into)",
    "VarLengthExpand(All)", "VarLengthExpand(Into)", "VarLengthExpand(Pruning)",
    "VarLengthExpand(Pruning,BFS)", "BFSPruningVarLengthExpand", "Repeat(Trail)",
    "Repeat(Walk)", "Trail", "ShortestPath", "StatefulShortestPath(All)",
    "StatefulShortestPath(Into)", "Apply", "SemiApply", "AntiSemiApply", "LetSemiApply",
    "LetAntiSemiApply", "SelectOrSemiApply", "SelectOrAntiSemiApply", "LetSelectOrSemiApply",
    "LetSelectOrAntiSemiApply", "ConditionalApply", "AntiConditionalApply", "RollUpApply",
    "CartesianProduct", "NodeHashJoin", "NodeLeftOuterHashJoin", "NodeRightOuterHashJoin",
    "ValueHashJoin", "TriadicSelection", "TriadicBuild", "TriadicFilter", "ProcedureCall",
})

# Whitespace a statement may hold outside strings; anything else (\u2028, \u00a0, \v, zero
# width characters ...) might end a comment or split a word for the server and not for us.
_SPACES = " \t\n\r"
_LINE_ENDS = re.compile("[\n\r\u2028\u2029\u0085\x0b\x0c]")
_WORD = re.compile(r"[^\W\d]\w*")  # Cypher names may be Chinese: 节点
_NUMBER = re.compile(r"[0-9][0-9A-Za-z_.]*")
_PROCEDURE = re.compile(r"^\s*([\w.]+)\s*\(")


@dataclass(frozen=True)
class Token:
    kind: str  # "word", "quoted" (a `backticked` name), "string", "number", "punct"
    text: str


def check_read_only(query: str) -> None:
    """Raise CypherRefused, naming the reason, unless `query` reads as one read-only statement.

    Example:
        >>> check_read_only("MATCH (d:Document {doc_number: '周政字〔2020〕8号'}) RETURN d.title")
        >>> check_read_only("match (d) detach delete d")
        Traceback (most recent call last):
        policy_cascades.errors.CypherRefused: DETACH is not allowed: POST /cypher only reads
    """
    tokens = tokenize(query)
    while tokens and tokens[-1] == Token("punct", ";"):
        tokens.pop()
    if not tokens:
        raise CypherRefused("empty statement")
    first = tokens[0]
    if first.kind != "word" or first.text.upper() not in FIRST_WORDS:
        raise CypherRefused(f"a statement must start with one of {', '.join(sorted(FIRST_WORDS))}"
                            f" (it starts with {first.text!r})")
    for index, token in enumerate(tokens):
        before = tokens[index - 1] if index else Token("punct", "")
        if token == Token("punct", ";"):
            raise CypherRefused("one statement at a time: remove the ';' between statements")
        if token.kind not in ("word", "quoted") or before.text in (".", ":", "$"):
            continue  # property keys, labels, types, namespaces and parameters are names
        if _dotted_call(tokens, index) and before.text.upper() != "CALL":
            _check_function(tokens, index)
        word = token.text.upper() if token.kind == "word" else ""
        if word in REFUSED_WORDS:
            raise CypherRefused(f"{word} is not allowed: POST /cypher only reads")
        if word == "CALL":
            _check_call(tokens, index)


def check_plan(query_type: str | None, plan: Mapping[str, Any] | None) -> None:
    """Raise CypherRefused unless the server's plan for the statement only reads.

    `query_type` and `plan` are what Neo4j's EXPLAIN reports (the driver's
    `ResultSummary.query_type` and `.plan`).

    Example:
        >>> check_plan("r", {"operatorType": "ProduceResults@neo4j", "args": {}, "children": [
        ...     {"operatorType": "LoadCSV@neo4j", "args": {}, "children": []}]})
        Traceback (most recent call last):
        policy_cascades.errors.CypherRefused: the plan uses LoadCSV, which POST /cypher does not run
    """
    if query_type != "r":
        raise CypherRefused(f"the server reports query type {query_type!r}: only reads ('r') run")
    if not plan:
        raise CypherRefused("the server gave no plan for the statement")
    for operator in _operators(plan):
        name = str(operator.get("operatorType", "")).split("@", 1)[0]
        if name not in READ_OPERATORS:
            raise CypherRefused(f"the plan uses {name or 'an unnamed operator'}, which "
                                "POST /cypher does not run")
        if name == "ProcedureCall":
            _check_procedure_details(operator.get("args") or {})


def _operators(plan: Mapping[str, Any]) -> Iterator[Mapping[str, Any]]:
    stack = [plan]
    while stack:
        operator = stack.pop()
        yield operator
        stack.extend(operator.get("children") or ())


def _check_procedure_details(args: Mapping[str, Any]) -> None:
    details = str(args.get("Details") or args.get("details") or "")
    match = _PROCEDURE.match(details)
    name = match.group(1) if match else details
    if name.lower() not in READ_PROCEDURES:
        raise CypherRefused(f"the plan calls {name or 'an unnamed procedure'}, which is not "
                            "a procedure known to only read")


def _check_call(tokens: list[Token], index: int) -> None:
    """CALL { ... } and CALL (x) { ... } are subqueries (their tokens are checked anyway);
    CALL name.space.proc must name a procedure known to only read."""
    name = ".".join(_dotted_name(tokens, index + 1))
    if name and name.lower() not in READ_PROCEDURES:
        raise CypherRefused(f"CALL {name} is not allowed: only procedures that read may be "
                            f"called ({', '.join(sorted(READ_PROCEDURES)[:4])}, ...)")


def _check_function(tokens: list[Token], index: int) -> None:
    parts = _dotted_name(tokens, index)
    if parts[0].lower() not in FUNCTION_NAMESPACES:
        raise CypherRefused(f"the function {'.'.join(parts)} is not allowed: namespaced "
                            f"functions only from {', '.join(sorted(FUNCTION_NAMESPACES))}")


def _dotted_name(tokens: list[Token], start: int) -> list[str]:
    """The parts of a name such as db.index.fulltext.queryNodes that starts at `start`."""
    parts: list[str] = []
    position = start
    while position < len(tokens):
        token = tokens[position]
        if token.kind in ("word", "quoted") and (not parts or tokens[position - 1].text == "."):
            parts.append(token.text)
        elif not (token == Token("punct", ".") and parts):
            break
        position += 1
    return parts


def _dotted_call(tokens: list[Token], index: int) -> bool:
    """Whether a dotted name that starts at `index` is called: ns.fn( ... )."""
    parts = _dotted_name(tokens, index)
    after = index + 2 * len(parts) - 1
    return len(parts) > 1 and after < len(tokens) and tokens[after] == Token("punct", "(")


def tokenize(query: str) -> list[Token]:
    """Words, `quoted` names, strings (their content dropped) and punctuation; comments
    and whitespace dropped. Raises CypherRefused on what it cannot read for sure."""
    tokens: list[Token] = []
    position = 0
    while position < len(query):
        char, pair = query[position], query[position:position + 2]
        if char in _SPACES:
            position += 1
        elif pair == "//":
            line_end = _LINE_ENDS.search(query, position)
            position = len(query) if line_end is None else line_end.end()
        elif pair == "/*":
            end = query.find("*/", position + 2)
            if end < 0:
                raise CypherRefused("unterminated /* comment")
            position = end + 2
        elif char in "'\"`":
            text, position = _quoted(query, position)
            tokens.append(Token("quoted" if char == "`" else "string", text))
        elif match := (_WORD.match(query, position) or _NUMBER.match(query, position)):
            tokens.append(Token("word" if match.re is _WORD else "number", match.group()))
            position = match.end()
        elif char == "\\" or char.isspace() or not char.isprintable():
            raise CypherRefused(f"character {char!r} (U+{ord(char):04X}) at position "
                                f"{position} is not allowed outside a string")
        else:
            tokens.append(Token("punct", char))
            position += 1
    return tokens


def _quoted(query: str, start: int) -> tuple[str, int]:
    """The content of the string or name opening at `start`, and the position after it.
    Strings escape with a backslash; names double the backtick (``)."""
    quote, out, position = query[start], [], start + 1
    while position < len(query):
        char = query[position]
        if quote != "`" and char == "\\":
            out.append(query[position:position + 2])
            position += 2
        elif char == quote and quote == "`" and query[position + 1:position + 2] == "`":
            out.append("`")
            position += 2
        elif char == quote:
            return "".join(out), position + 1
        else:
            out.append(char)
            position += 1
    raise CypherRefused(f"unterminated {'name' if quote == '`' else 'string'} starting "
                        f"at character {start}")
