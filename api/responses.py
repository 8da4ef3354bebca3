"""The error responses every operation declares in OpenAPI, and their bodies' shape.

Every error answers `{"detail": ...}`: a sentence, or for a 422 the list of the parameters
that are wrong (where, what, which rule; never the input itself).
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class ErrorPublic(BaseModel):
    detail: str = Field(description="what went wrong, in a sentence",
                        examples=["no document 'doc:nosuch' (give an id, a 文号 or 文号#path)"])


class ValidationIssue(BaseModel):
    loc: list[str | int] = Field(description="where: ['query', 'limit']")
    msg: str
    type: str


class ValidationErrorPublic(BaseModel):
    detail: list[ValidationIssue] | str = Field(
        description="the parameters that are wrong (the input is not echoed back)")


RETRY_AFTER = {"Retry-After": {"description": "seconds to wait before trying again",
                               "schema": {"type": "integer"}}}

ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorPublic, "description": "the request is well-formed but cannot be "
                                               "answered as asked (the message says why)"},
    404: {"model": ErrorPublic, "description": "no node for that id, 文号 or name"},
    413: {"model": ErrorPublic, "description": "the request body is over the size limit "
                                               "(MAX_BODY_BYTES) and was not read"},
    422: {"model": ValidationErrorPublic, "description": "a parameter is missing, malformed "
                                                         "or out of range"},
    503: {"model": ErrorPublic, "headers": RETRY_AFTER,
          "description": "the graph store (Neo4j) is unreachable or failed; retry after "
                         "Retry-After seconds"},
}
"""Declared on every operation (api.main includes each router with them)."""

CYPHER_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorPublic, "description": "the store is not Neo4j, or the server cannot "
                                               "run the statement (its reason is given)"},
    401: {"model": ErrorPublic, "description": "an API key is configured and the X-API-Key "
                                               "header is missing or wrong"},
    403: {"model": ErrorPublic, "description": "the statement could do more than read, and "
                                               "was not run"},
    429: {"model": ErrorPublic, "headers": RETRY_AFTER,
          "description": "too many /cypher calls at once; retry after Retry-After seconds"},
    504: {"model": ErrorPublic, "description": "the statement ran past the time limit and was "
                                               "stopped"},
}
"""What POST /cypher adds (or says more precisely)."""
