"""Statements that try to get more than a read out of POST /cypher: each payload (a file or
URL read, an admin command, a write, a disallowed procedure) in many disguises (comments
ended by \\r or \\u2028, nested block comments, string tricks, unicode escapes, backticked
keywords, mixed case, subqueries, UNION, prefixes). `bypasses(url, path)` builds them."""

from __future__ import annotations

import random
import re
from collections.abc import Callable

PAYLOADS = [
    "LOAD CSV FROM 'file://{path}' AS row RETURN row",
    "LOAD CSV WITH HEADERS FROM 'file:///{path}' AS row RETURN row",
    "LOAD CSV FROM '{url}' AS row RETURN row",
    "LOAD CSV FROM '{url}/' + 'x' AS row RETURN count(row) AS n",
    "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
    "CALL dbms.listConfig()",
    "CALL dbms.listConfig() YIELD name, value RETURN name, value",
    "SHOW SETTINGS",
    "SHOW USERS",
    "SHOW TRANSACTIONS",
    "SHOW PROCEDURES",
    "SHOW DATABASES",
    "CREATE (n:Intruder {{id: 'x'}}) RETURN n",
    "MATCH (n) DETACH DELETE n",
    "MATCH (n) SET n.hacked = true RETURN count(n)",
    "MERGE (n:Intruder {{id: 'y'}}) RETURN n",
    "CALL db.createLabel('Intruder')",
    "CALL db.clearQueryCaches()",
    "CALL dbms.components()",
    "CALL {{ CREATE (:Intruder) }} IN TRANSACTIONS",
]


def _comment_r(p: str) -> str:
    return "WITH 1 AS x //\r" + p


def _comment_u2028(p: str) -> str:
    return "WITH 1 AS x // note\u2028" + p


def _comment_u2029(p: str) -> str:
    return "RETURN 1 AS x //\u2029" + p


def _comment_nel(p: str) -> str:
    return "MATCH (n) WITH n LIMIT 1 //\u0085" + p


def _comment_vt_ff(p: str) -> str:
    return "WITH 1 AS x //\x0b\x0c" + p


def _block_nested(p: str) -> str:
    return "WITH 1 AS x /* /* */ " + p + " /* */"


def _block_then(p: str) -> str:
    return "/* a read */ " + p


def _string_escaped_quote(p: str) -> str:
    return "WITH 'it\\'s // not a comment' AS s " + p


def _string_backslash_end(p: str) -> str:
    return "WITH 'a\\\\' AS s " + p


def _string_double(p: str) -> str:
    return 'WITH "say \\"/*\\"" AS s ' + p


def _unicode_escape(p: str) -> str:
    word = re.match(r"[A-Za-z]+", p)
    if not word:
        return p
    return f"\\u{ord(p[0]):04x}" + p[1:]


def _unicode_escape_in_string(p: str) -> str:
    return "WITH '\\u0027 //' AS s " + p


def _backticked(p: str) -> str:
    return re.sub(r"^([A-Za-z]+)", r"`\1`", p)


def _mixed_case(p: str) -> str:
    rng = random.Random(p)
    outside = re.split(r"('[^']*')", p)
    return "".join(part if part.startswith("'") else
                   "".join(c.upper() if rng.random() < 0.5 else c.lower() for c in part)
                   for part in outside)


def _subquery(p: str) -> str:
    return "CALL { " + p + " } RETURN 1 AS one"


def _scoped_subquery(p: str) -> str:
    return "MATCH (n) WITH n LIMIT 1 CALL (n) { " + p + " } RETURN n"


def _union(p: str) -> str:
    return "RETURN 1 AS row UNION " + p


def _second_statement(p: str) -> str:
    return "RETURN 1; " + p


def _prefixed(p: str) -> str:
    return "CYPHER runtime=interpreted " + p


def _explain(p: str) -> str:
    return "EXPLAIN " + p


def _bom_and_nbsp(p: str) -> str:
    return "\ufeff" + p.replace(" ", "\u00a0", 1)


def _zero_width(p: str) -> str:
    return p[:2] + "\u200b" + p[2:]


def _after_read(p: str) -> str:
    return "MATCH (n) WITH count(n) AS c " + p


DISGUISES: list[Callable[[str], str]] = [
    lambda p: p, _comment_r, _comment_u2028, _comment_u2029, _comment_nel, _comment_vt_ff,
    _block_nested, _block_then, _string_escaped_quote, _string_backslash_end, _string_double,
    _unicode_escape, _unicode_escape_in_string, _backticked, _mixed_case, _subquery,
    _scoped_subquery, _union, _second_statement, _prefixed, _explain, _bom_and_nbsp,
    _zero_width, _after_read,
]


def bypasses(url: str, path: str) -> list[str]:
    """Every payload in every disguise (deduplicated), with `url` a listener of the test's
    and `path` a file whose content must never come back."""
    out: dict[str, None] = {}
    for payload in PAYLOADS:
        text = payload.format(url=url, path=path.lstrip("/") if "///" in payload else path)
        for disguise in DISGUISES:
            out[disguise(text)] = None
    return list(out)
