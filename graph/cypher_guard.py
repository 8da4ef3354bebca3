"""A first line of defence for user Cypher: refuse anything that could write, unrun.

The second line is the store's: it runs what passes in a READ transaction, where the
server itself refuses writes. This check reads the statement as tokens, so keywords
inside strings, comments and backticked names do not count, and it errs on the side of
refusing (a map key named `set` is refused; quote it as `set`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from errors import CypherRefused

WRITE_KEYWORDS = frozenset({
    "CREATE", "MERGE", "DELETE", "DETACH", "SET", "REMOVE", "DROP", "FOREACH", "LOAD",
    "ALTER", "RENAME", "GRANT", "DENY", "REVOKE", "START", "STOP", "TERMINATE", "USE",
    "DEALLOCATE", "REALLOCATE", "ENABLE", "DRYRUN", "PERIODIC",
})
# Procedures known to only read. Any other CALL of a procedure is refused (db.createLabel,
# apoc.create.node, apoc.cypher.runWrite, apoc.periodic.iterate, dbms.setConfigValue ...).
READ_PROCEDURES = frozenset(name.lower() for name in (
    "db.labels", "db.relationshipTypes", "db.propertyKeys", "db.info", "db.ping",
    "db.schema.visualization", "db.schema.nodeTypeProperties", "db.schema.relTypeProperties",
    "db.index.fulltext.queryNodes", "db.index.fulltext.queryRelationships",
    "db.index.vector.queryNodes", "db.index.vector.queryRelationships", "dbms.components",
    "apoc.meta.schema", "apoc.meta.stats", "apoc.meta.data", "apoc.help",
    "apoc.path.expand", "apoc.path.expandConfig", "apoc.path.subgraphNodes",
    "apoc.path.subgraphAll", "apoc.path.spanningTree",
))

_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"[^\W\d]\w*")  # Cypher names may be Chinese: 节点
_NUMBER = re.compile(r"[0-9][0-9A-Za-z_.]*")


@dataclass(frozen=True)
class Token:
    kind: str  # "word", "quoted" (a `backticked` name), "string", "number", "punct"
    text: str


def check_read_only(query: str) -> None:
    """Raise CypherRefused, naming the reason, unless `query` is one read-only statement.

    Example:
        >>> check_read_only("MATCH (d:Document {doc_number: '周政字〔2020〕8号'}) RETURN d.title")
        >>> check_read_only("match (d) detach delete d")
        Traceback (most recent call last):
        errors.CypherRefused: DETACH is not allowed: POST /cypher only reads
    """
    tokens = tokenize(query)
    if not any(t.kind != "punct" or t.text != ";" for t in tokens):
        raise CypherRefused("empty statement")
    for index, token in enumerate(tokens):
        before = tokens[index - 1].text if index else ""
        if token.kind == "punct" and token.text == ";" and index < len(tokens) - 1:
            raise CypherRefused("one statement at a time: remove the ';' between statements")
        if token.kind != "word" or before in (".", ":", "$"):
            continue  # property keys, labels, types, namespaces and parameters are names
        word = token.text.upper()
        if word in WRITE_KEYWORDS:
            raise CypherRefused(f"{word} is not allowed: POST /cypher only reads")
        if word == "TRANSACTIONS" and _words_before(tokens, index) & {"IN", "CONCURRENT"}:
            raise CypherRefused("CALL { ... } IN TRANSACTIONS is not allowed: it commits writes")
        if word == "CALL":
            _check_call(tokens, index)


def _check_call(tokens: list[Token], index: int) -> None:
    """CALL { ... } and CALL (x) { ... } are subqueries (their tokens are checked anyway);
    CALL name.space.proc must name a procedure known to only read."""
    parts: list[str] = []
    position = index + 1
    while position < len(tokens):
        token = tokens[position]
        if token.kind in ("word", "quoted") and (not parts or tokens[position - 1].text == "."):
            parts.append(token.text)
        elif not (token.kind == "punct" and token.text == "." and parts):
            break
        position += 1
    if not parts:
        return
    name = ".".join(parts)
    if name.lower() not in READ_PROCEDURES:
        raise CypherRefused(f"CALL {name} is not allowed: only procedures that read may be "
                            f"called ({', '.join(sorted(READ_PROCEDURES)[:4])}, ...)")


def _words_before(tokens: list[Token], index: int) -> set[str]:
    """The words among the three tokens before `index` (IN [n] [CONCURRENT] TRANSACTIONS)."""
    return {t.text.upper() for t in tokens[max(0, index - 3):index] if t.kind == "word"}


def tokenize(query: str) -> list[Token]:
    """Words, `quoted` names, strings (their content dropped) and punctuation; comments
    and whitespace dropped. Raises CypherRefused on an unterminated string or comment."""
    tokens: list[Token] = []
    position = 0
    while position < len(query):
        char, pair = query[position], query[position:position + 2]
        if space := _SPACE.match(query, position):
            position = space.end()
        elif pair == "//":
            end = query.find("\n", position)
            position = len(query) if end < 0 else end + 1
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
