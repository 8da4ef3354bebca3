"""The project's exceptions: one root, one subclass per kind of failure."""


class PolicyCascadesError(Exception):
    """Root of every error this project raises on purpose."""


class ParseError(PolicyCascadesError):
    """A document could not be read or parsed; the message names the file (and line)."""


class StoreError(PolicyCascadesError):
    """A store failed: Neo4j unreachable, credentials refused, a write rolled back."""


class TransactionTooLarge(StoreError):
    """A one-transaction write refused by the server's transaction memory limit: nothing was
    written. The message says what to do instead (bulk import, a load in parts)."""


class StoreUnavailable(StoreError):
    """The store cannot be reached now (Neo4j down, a connection lost): it may come back.
    `retry_after` is when to ask again, in seconds, if known."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class UnknownQuery(PolicyCascadesError):
    """A named query that is not in queries/."""


class QueryParamError(PolicyCascadesError, ValueError):
    """The parameters given to a named query are missing, unknown or of the wrong type."""


class UnknownNode(QueryParamError):
    """A named query's id names no node the store holds (an id, a 文号, 文号#path), or a
    node of a kind the query does not take."""


class CypherError(PolicyCascadesError):
    """A Cypher statement the server could not run: a syntax error, an unknown name."""


class CypherRefused(PolicyCascadesError):
    """A Cypher statement refused before (or instead of) running: it could write."""


class CypherTimeout(PolicyCascadesError):
    """A Cypher statement stopped by the server for running past its time limit."""
