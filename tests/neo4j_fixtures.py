"""Fixtures for tests that need a real Neo4j 5: marker ``neo4j``, option ``--neo4j``.

Loaded as a pytest plugin from tests/conftest.py. Fixtures:

- ``neo4j_settings`` (session): a ``Neo4jSettings(uri, user, password, database)``.
- ``neo4j_uri`` (session): just the URI, e.g. ``"bolt://127.0.0.1:41234"``.
- ``neo4j_driver`` (session): one ``neo4j.Driver``, connectivity verified.
- ``neo4j_db`` (function): the same driver, on a database emptied of nodes, relationships,
  constraints and indexes (the built-in LOOKUP indexes stay) before the test.

Without ``--neo4j`` every test marked ``neo4j``, or using one of these fixtures, is skipped.
With it, ``NEO4J_URI`` (plus ``NEO4J_USER``, ``NEO4J_PASSWORD``, ``NEO4J_DATABASE``) names an
external server, which the tests EMPTY; set NEO4J_PASSWORD only for a server with authentication
on (the wrong-password test expects it to refuse one). Unset, tools/neo4j_server.py starts a
local Neo4j once per session with authentication on: user ``neo4j``, password
``LOCAL_PASSWORD``; tests connect with ``neo4j_settings`` (``.auth``, ``.env()``), never with
made-up credentials.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from neo4j import Driver

REPO_ROOT = Path(__file__).resolve().parent.parent
SERVER_MODULE = REPO_ROOT / "tools" / "neo4j_server.py"
NEO4J_FIXTURES = frozenset({"neo4j_settings", "neo4j_uri", "neo4j_driver", "neo4j_db"})
HOW_TO_GET_A_SERVER = (
    "needs Neo4j 5: run `bash scripts/test.sh` (starts a local server), or pass --neo4j "
    "(starts one with Java 17 + Maven, or uses NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD if set)"
)
RESET_BATCH = 10_000
# The local server's password (a throw-away server on loopback): auth on, so that CI checks
# that a wrong password is refused with a clear StoreError.
LOCAL_PASSWORD = "policy-cascades-test"


@dataclass(frozen=True)
class Neo4jSettings:
    """Where the test Neo4j is; ``password=None`` means connect without authentication."""

    uri: str
    user: str = "neo4j"
    password: str | None = None
    database: str = "neo4j"

    @property
    def auth(self) -> tuple[str, str] | None:
        return None if self.password is None else (self.user, self.password)

    def env(self) -> dict[str, str]:
        """NEO4J_* variables for monkeypatch.setenv, e.g. to build the app's Settings."""
        env = {"NEO4J_URI": self.uri, "NEO4J_USER": self.user, "NEO4J_DATABASE": self.database}
        if self.password is not None:
            env["NEO4J_PASSWORD"] = self.password
        return env


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("neo4j", "tests that need a real Neo4j 5")
    group.addoption(
        "--neo4j", action="store_true", default=False,
        help="run tests marked neo4j: against NEO4J_URI if set (its database is EMPTIED), "
             "else against a local server started by tools/neo4j_server.py",
    )
    group.addoption(
        "--neo4j-timeout", type=float, default=180.0, metavar="SECONDS",
        help="how long to wait for the local server to answer (default 180; the first "
             "Maven download has its own, longer limit)",
    )


def pytest_configure(config: pytest.Config) -> None:
    # Also declared in pyproject.toml; repeated so the plugin works on its own.
    config.addinivalue_line("markers", "neo4j: needs a real Neo4j 5 server (run with --neo4j)")


@pytest.hookimpl(tryfirst=True)  # before `-m "not neo4j"` deselects by marker
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    run = config.getoption("--neo4j")
    skip = pytest.mark.skip(reason=HOW_TO_GET_A_SERVER)
    for item in items:
        if NEO4J_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.neo4j)
        if not run and item.get_closest_marker("neo4j"):
            item.add_marker(skip)


def _load_server_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("neo4j_server", SERVER_MODULE)
    assert spec is not None and spec.loader is not None, SERVER_MODULE
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _say(config: pytest.Config, message: str) -> None:
    """Show a line now, even under -q and output capture (the first start can take minutes)."""
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    capture = config.pluginmanager.get_plugin("capturemanager")
    if reporter is None:
        return
    with capture.global_and_fixture_disabled() if capture else contextlib.nullcontext():
        reporter.write_line(message)


def _external_settings() -> Neo4jSettings | None:
    uri = os.environ.get("NEO4J_URI")
    if not uri:
        return None
    return Neo4jSettings(
        uri=uri,
        user=os.environ.get("NEO4J_USER") or "neo4j",
        password=os.environ.get("NEO4J_PASSWORD") or None,
        database=os.environ.get("NEO4J_DATABASE") or "neo4j",
    )


@pytest.fixture(scope="session")
def neo4j_settings(request: pytest.FixtureRequest) -> Iterator[Neo4jSettings]:
    """The external server from NEO4J_URI, or a local one started once for the session."""
    config = request.config
    if not config.getoption("--neo4j"):
        pytest.skip(HOW_TO_GET_A_SERVER)
    external = _external_settings()
    if external is not None:
        yield external
        return
    server = _load_server_module()
    _say(config, "\nstarting a local Neo4j 5 (tools/neo4j_server.py; the first run downloads "
                 "about 150 MB of jars into ~/.m2)")
    try:
        with server.running_neo4j(timeout=config.getoption("--neo4j-timeout"),
                                  password=LOCAL_PASSWORD) as uri:
            _say(config, f"Neo4j is up at {uri} (user {server.USER}, authentication on)")
            yield Neo4jSettings(uri, server.USER, LOCAL_PASSWORD, "neo4j")
    except server.Neo4jServerError as err:
        pytest.fail(f"could not start the local Neo4j: {err}", pytrace=False)


@pytest.fixture(scope="session")
def neo4j_uri(neo4j_settings: Neo4jSettings) -> str:
    return neo4j_settings.uri


@pytest.fixture(scope="session")
def neo4j_driver(neo4j_settings: Neo4jSettings) -> Iterator[Driver]:
    """One driver for the session; fails every test using it if Neo4j does not answer."""
    from neo4j import GraphDatabase

    settings = neo4j_settings
    driver = GraphDatabase.driver(settings.uri, auth=settings.auth)
    try:
        driver.verify_connectivity()
        driver.execute_query("RETURN 1", database_=settings.database)
    except Exception as err:  # any driver error means the same here: no usable server
        driver.close()
        pytest.fail(
            f"cannot use Neo4j at {settings.uri} (user {settings.user!r}, database "
            f"{settings.database!r}): {type(err).__name__}: {err}", pytrace=False,
        )
    yield driver
    driver.close()


def _quote(name: str) -> str:
    return "`" + name.replace("`", "``") + "`"


def reset_database(driver: Driver, database: str) -> None:
    """Drop every constraint and non-LOOKUP index, then delete all nodes in batches."""
    def run(query: str) -> list[str]:
        return [r[0] for r in driver.execute_query(query, database_=database).records]

    for name in run("SHOW CONSTRAINTS YIELD name RETURN name"):
        run(f"DROP CONSTRAINT {_quote(name)} IF EXISTS")
    for name in run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name"):
        run(f"DROP INDEX {_quote(name)} IF EXISTS")
    # Batched so a large test graph doesn't need one huge transaction; no CALL {} syntax,
    # which differs across 5.x versions.
    while run(f"MATCH (n) WITH n LIMIT {RESET_BATCH} DETACH DELETE n RETURN count(*)")[0]:
        pass


@pytest.fixture
def neo4j_db(neo4j_driver: Driver, neo4j_settings: Neo4jSettings) -> Driver:
    """The session driver, on a database emptied before this test."""
    reset_database(neo4j_driver, neo4j_settings.database)
    return neo4j_driver
