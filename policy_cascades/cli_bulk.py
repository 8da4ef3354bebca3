"""`policy-cascades bulk import|finish`: a first load of a large corpus into a new Neo4j
database through `neo4j-admin database import full` (graph/bulk.py); incremental loads stay
with `policy-cascades load`."""

from __future__ import annotations

import shlex
import shutil
import sys
import time
from pathlib import Path

import click

from policy_cascades.errors import PolicyCascadesError
from policy_cascades.graph.bulk import finish_import, run_import, write_import_csv
from policy_cascades.graph.pipeline import (
    build_graph,
    corpus_files,
    default_workers,
    extract,
    seed_corpus,
)
from policy_cascades.settings import get_settings


@click.group("bulk")
def bulk() -> None:
    """A first load through neo4j-admin's importer: `bulk import`, start Neo4j, `bulk finish`."""


def _admin(admin: str | None, home: Path) -> list[str]:
    if admin:
        return shlex.split(admin)
    for candidate in (home / "bin" / "neo4j-admin", shutil.which("neo4j-admin")):
        if candidate and Path(candidate).exists():
            return [str(candidate)]
    raise click.ClickException(
        f"no neo4j-admin in {home / 'bin'} nor on PATH: pass --neo4j-admin COMMAND (in a "
        'checkout: --neo4j-admin "python tools/neo4j_admin.py", the test server\'s jars)')


@bulk.command("import")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--home", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="NEO4J_HOME: the database is written to HOME/data/databases/DATABASE.")
@click.option("--database", default="neo4j", show_default=True,
              help="Replaced if it exists; Neo4j must not be running it.")
@click.option("--neo4j-admin", "admin", metavar="COMMAND",
              help="The neo4j-admin to run (default: HOME/bin/neo4j-admin, else on PATH).")
@click.option("--csv-dir", type=click.Path(file_okay=False, path_type=Path),
              help="Where the CSV goes (default: HOME/import/policy-cascades).")
def import_command(paths: tuple[Path, ...], home: Path, database: str, admin: str | None,
                   csv_dir: Path | None) -> None:
    """Import documents (default: the seed corpus) into a NEW database, replacing it.

    Then start Neo4j on HOME and run `policy-cascades bulk finish CSV_DIR` (the schema and
    the empty lists, which the importer cannot write)."""
    command = _admin(admin, home)
    files = corpus_files(paths or (seed_corpus(),))
    try:
        result = extract(files, workers=default_workers(len(files)))
        for _path, error in result.failures:
            click.echo(f"skipped: {error}", err=True)
        graph = build_graph(result.documents)
        started = time.perf_counter()
        written = write_import_csv(graph, csv_dir or home / "import" / "policy-cascades")
        run_import(written, home, command, database)
    except PolicyCascadesError as err:
        raise click.ClickException(str(err)) from err
    seconds = time.perf_counter() - started
    click.echo(f"imported {len(graph.nodes)} nodes and {len(graph.relationships)} relationships "
               f"of {len(result.documents)} documents into {database} in {seconds:.1f} s "
               f"({written.rows / seconds:,.0f} rows/s)")
    click.echo(f"next: start Neo4j on {home}, then `policy-cascades bulk finish {written.folder}`")
    if result.failures:
        sys.exit(1)


@bulk.command("finish")
@click.argument("csv_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
def finish_command(csv_dir: Path) -> None:
    """On the running Neo4j (NEO4J_URI or --neo4j-uri): create the schema and the empty lists."""
    from policy_cascades.graph.neo4j_store import Neo4jStore

    settings = get_settings()
    if not settings.neo4j_uri:
        raise click.ClickException("bulk finish needs NEO4J_URI (or --neo4j-uri)")
    password = settings.neo4j_password.get_secret_value() if settings.neo4j_password else None
    try:
        store = Neo4jStore(settings.neo4j_uri, settings.neo4j_user, password,
                           database=settings.neo4j_database)
        try:
            done = finish_import(store, csv_dir)
            stats = store.stats()
        finally:
            store.close()
    except PolicyCascadesError as err:
        raise click.ClickException(str(err)) from err
    click.echo(f"schema created, {done} empty lists set")
    for name, count in stats.items():
        click.echo(f"  {name:16} {count:>7}")
