#!/usr/bin/env bash
# The one command that installs what the tests need and runs them all, Neo4j tests included:
#   bash scripts/test.sh                 # whole suite
#   bash scripts/test.sh tests/graph -x  # arguments go to pytest
# It makes .venv (python3 -m venv) and installs the project with its test extras. Without
# NEO4J_URI the Neo4j tests run on a local Neo4j 5 that tools/neo4j_server.py builds (Maven,
# first run only) and starts on a JDK 17, with authentication on (user neo4j, the password
# in tests/neo4j_fixtures.py); on a machine without one, as root, it installs
# openjdk-17-jdk-headless and maven with apt-get. With NEO4J_URI set they use that server
# (NEO4J_USER, NEO4J_PASSWORD) and EMPTY its database. As root it also installs Debian's
# chromium for the viewer's test.
# pytest's exit code is the script's (5 = no tests ran = failure).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

say() { printf 'scripts/test.sh: %s\n' "$*" >&2; }

if [[ ! -x .venv/bin/python ]]; then
    say "creating .venv"
    python3 -m venv .venv
fi
# Reinstall only when pyproject.toml changed: the install is editable.
stamp=.venv/.policy-cascades-test-install
want="$(sha256sum pyproject.toml | cut -d' ' -f1)"
if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$want" ]]; then
    say "installing the project with its test extras into .venv"
    .venv/bin/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
    echo "$want" > "$stamp"
fi

if [[ -z "${NEO4J_URI:-}" ]] && ! { command -v javac && command -v mvn; } >/dev/null; then
    if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null; then
        say "installing a JDK 17 and Maven for the local Neo4j"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq openjdk-17-jdk-headless maven >/dev/null
    else
        say "the local Neo4j needs a JDK 17 and Maven (javac, mvn) on PATH, or set NEO4J_URI"
        exit 1
    fi
fi

# The viewer's test drives Debian's Chromium (never a downloaded browser); a CJK font makes
# its screenshot legible.
if ! command -v chromium >/dev/null || ! fc-list 2>/dev/null | grep -qi "wqy\|cjk"; then
    if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null; then
        say "installing Chromium and a CJK font for the viewer's browser test"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null
    else
        say "the viewer's browser test needs chromium (apt-get install chromium fonts-wqy-microhei)"
    fi
fi

# Graphviz renders the trace diagrams (`trace --format dot`) in their test.
if ! command -v dot >/dev/null && [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null; then
    say "installing Graphviz for the diagram test"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq graphviz >/dev/null
fi

exec .venv/bin/python -m pytest --neo4j -q "$@"
