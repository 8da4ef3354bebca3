"""`neo4j-admin` without a Neo4j installation: the harness's jars (tools/neo4j-harness, Maven
Central) hold the admin tool (org.neo4j:neo4j-command-line) and the bulk importer
(org.neo4j:neo4j-import-tool) of the same Neo4j version, so this runs them on the local JDK.

    python tools/neo4j_admin.py --home /tmp/pc-home database import full --nodes=… neo4j
    policy-cascades load --bulk /tmp/pc-home --neo4j-admin "python tools/neo4j_admin.py"

NEO4J_HOME (else --home) is where `database import full` writes: HOME/data/databases/<db> and
HOME/data/transactions/<db>. A Neo4j whose home that is then opens the database; the test
server does with `running_neo4j(copy_from=HOME)` (tools/neo4j_server.py).

Environment: JAVA_HOME as for tools/neo4j_server.py; NEO4J_ADMIN_JAVA_OPTS replaces the
default heap (-Xmx1g; the importer's page cache and buffers are off-heap).
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from neo4j_server import JVM_FLAGS, _tool, build_harness  # noqa: E402

ADMIN_CLASS = "org.neo4j.cli.AdminTool"
DEFAULT_JAVA_OPTS = "-Xmx1g"


def admin_command(args: list[str]) -> tuple[list[str], dict[str, str]]:
    """The java command line running `neo4j-admin ARGS` on the harness's jars, and its env."""
    target = build_harness()
    env = dict(os.environ)
    env["CLASSPATH"] = (target / "classpath.txt").read_text().strip()
    opts = shlex.split(os.environ.get("NEO4J_ADMIN_JAVA_OPTS", DEFAULT_JAVA_OPTS))
    return [_tool("java"), *opts, *JVM_FLAGS, ADMIN_CLASS, *args], env


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["--home"]:
        os.environ["NEO4J_HOME"] = str(Path(args[1]).resolve())
        args = args[2:]
    if not os.environ.get("NEO4J_HOME"):
        sys.stderr.write("neo4j_admin.py: set NEO4J_HOME or pass --home DIR first\n")
        return 2
    cmd, env = admin_command(args)
    return subprocess.run(cmd, env=env, stdin=subprocess.DEVNULL, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
