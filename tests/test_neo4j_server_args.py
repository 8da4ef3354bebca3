"""tools/neo4j_server.py's command line for the harness (no server started): the page cache
a benchmark asks for through NEO4J_HARNESS_PAGECACHE reaches the harness, and a size it cannot
read is refused with the variable named."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.neo4j_fixtures import _load_server_module

server = _load_server_module()


@pytest.fixture(autouse=True)
def any_java(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command is built, not run: no JDK needed."""
    monkeypatch.setattr(server, "_tool", lambda name: f"/jdk/bin/{name}")


def command(tmp_path: Path) -> list[str]:
    return list(server._java_command(tmp_path, 0, -1))


def test_page_cache_default_left_to_the_harness(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEO4J_HARNESS_PAGECACHE", raising=False)
    assert "--pagecache" not in command(tmp_path)


def test_page_cache_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEO4J_HARNESS_PAGECACHE", " 2G ")
    args = command(tmp_path)
    assert args[args.index("--pagecache") + 1] == "2g"
    assert args[-1] == "--exit-on-stdin-eof"


@pytest.mark.parametrize("size", ["", "2 GB", "-1g", "1.5g", "2t", "0g", "99999999999g"])
def test_page_cache_unreadable_size_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            size: str) -> None:
    monkeypatch.setenv("NEO4J_HARNESS_PAGECACHE", size)
    with pytest.raises(server.Neo4jServerError, match="NEO4J_HARNESS_PAGECACHE"):
        command(tmp_path)
