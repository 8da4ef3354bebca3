"""The built wheel installs one top-level name, `policy_cascades`, and runs from a fresh venv.

The wheel is built from this checkout (pip, build isolation), installed without dependencies
into a new venv; a .pth line lends that venv the test venv's site-packages for the
dependencies only (a plain path line: the editable install's own .pth there is not processed).
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(out),
                    str(ROOT)], check=True, timeout=300)
    [built] = out.glob("policy_cascades-*.whl")
    return built


def test_the_wheel_has_one_top_level_package_with_its_data(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert {name.split("/")[0] for name in names} == {
        "policy_cascades", f"{wheel.name.split('-')[0]}-{wheel.name.split('-')[1]}.dist-info"}
    for subpackage in ("graph", "graph/link", "loaders", "api", "api/routes", "queries"):
        assert f"policy_cascades/{subpackage}/__init__.py" in names, subpackage
    for data in ("loaders/data/divisions.tsv", "graph/data/link_model.json",
                 "queries/trace_up.cypher", "api/static/index.html"):
        assert f"policy_cascades/{data}" in names, data
    assert any(name.startswith("policy_cascades/loaders/data/corpus/") for name in names)


def test_the_installed_wheel_runs_from_a_fresh_venv(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                               check=True, capture_output=True, text=True).stdout.strip())
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(site),
                    str(wheel)], check=True, timeout=300)
    installed = {p.name for p in site.iterdir() if not p.name.startswith("_")} - {"bin"}  # the script
    assert {name for name in installed if not name.endswith((".dist-info", ".pth"))} == {"policy_cascades"}
    (site / "zz_dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n", "utf-8")

    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "NEO4J_URI")}
    env["GRAPH_FILE"] = str(tmp_path / "graph.json.gz")
    run = subprocess.run([str(python), "-c", (
        "import policy_cascades, policy_cascades.graph.link.model as m; print(policy_cascades.__file__);"
        "import importlib.util as u; print(u.find_spec('graph'), u.find_spec('settings'), u.find_spec('cli'))")],
        cwd=tmp_path, env=env, check=True, capture_output=True, text=True)
    where, missing = run.stdout.splitlines()
    assert Path(where).is_relative_to(site)
    assert missing == "None None None"
    stats = subprocess.run([str(python), "-m", "policy_cascades", "load"], cwd=tmp_path, env=env,
                           capture_output=True, text=True, timeout=600)
    assert stats.returncode == 0, stats.stderr
    assert (tmp_path / "graph.json.gz").exists()
