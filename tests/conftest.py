"""Shared pytest configuration. Add fixtures below the Neo4j section."""

# --- Neo4j: `--neo4j` option, `neo4j` marker, fixtures neo4j_settings, neo4j_uri,
# --- neo4j_driver and neo4j_db (see tests/neo4j_fixtures.py). Keep this line here.
pytest_plugins = ["tests.neo4j_fixtures"]
# --- end of the Neo4j section
