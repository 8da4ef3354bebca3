#!/usr/bin/env bash
# The one command that installs policy-cascades and runs its main job on a fresh machine:
#   bash scripts/run.sh              # load the seed corpus into the embedded store, serve the API
#   bash scripts/run.sh --port 8080  # arguments go to `policy-cascades serve`
# It makes .venv, installs the project, loads the shipped corpus (5 documents + the national
# directives) into var/graph.json.gz and serves http://127.0.0.1:8000 (docs at /docs).
# Set NEO4J_URI (NEO4J_USER, NEO4J_PASSWORD) to load into and serve from Neo4j instead.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if [[ ! -x .venv/bin/python ]]; then
    python3 -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e .
.venv/bin/policy-cascades load
echo "run.sh: the CLI is .venv/bin/policy-cascades (or: source .venv/bin/activate; policy-cascades --help)" >&2
exec .venv/bin/policy-cascades serve "$@"
