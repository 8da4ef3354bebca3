"""The README's console examples are what the CLI prints on the seed corpus, so they cannot rot."""

from __future__ import annotations

import re
import shlex
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from policy_cascades.cli import main

README = Path(__file__).resolve().parents[1] / "README.md"
EXAMPLE = re.compile(r"```console\n\$ (policy-cascades [^\n]+)\n(.*?)```", re.S)


@pytest.fixture(scope="module")
def seed_graph_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("readme") / "graph.json.gz"


@pytest.fixture
def embedded(seed_graph_file: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    from policy_cascades.settings import get_settings

    monkeypatch.setenv("GRAPH_FILE", str(seed_graph_file))
    monkeypatch.delenv("NEO4J_URI", raising=False)
    get_settings.cache_clear()
    if not seed_graph_file.exists():
        assert CliRunner().invoke(main, ["load"]).exit_code == 0
    yield seed_graph_file
    get_settings.cache_clear()


def test_the_readme_has_console_examples() -> None:
    assert EXAMPLE.findall(README.read_text("utf-8"))


@pytest.mark.parametrize("command, printed", EXAMPLE.findall(README.read_text("utf-8")))
def test_a_readme_console_example_is_what_the_cli_prints(embedded: Path, command: str,
                                                         printed: str) -> None:
    result = CliRunner().invoke(main, shlex.split(command)[1:])
    assert result.exit_code == 0, result.output
    assert result.output == printed
