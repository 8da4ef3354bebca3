"""A throw-away Neo4j 5 Community server for tests and local use, without Docker.

It runs ``tools/neo4j-harness`` (``org.neo4j.test:neo4j-harness`` and one main class) on the
local JDK. The first run fetches the jars (about 150 MB) into the local Maven repository
(``~/.m2``); later runs build nothing and start in seconds. Authentication is off unless a
password is given: then it is on, and the user ``neo4j`` has that password from the first
start (set as ``neo4j-admin dbms set-initial-password`` does, before the databases exist).

As a library (stdlib only)::

    from neo4j_server import running_neo4j

    with running_neo4j(timeout=180) as uri:   # "bolt://127.0.0.1:41234"
        ...                                   # connect with any user/password, or auth=None
    with running_neo4j(password="s3cret-pw") as uri:
        ...                                   # auth=("neo4j", "s3cret-pw"); others refused

From a shell, for a person who wants a local server until Ctrl-C::

    python tools/neo4j_server.py                 # random free ports
    python tools/neo4j_server.py --bolt-port 7687 --http-port 7474
    python tools/neo4j_server.py --password s3cret-pw   # authentication on

Environment:
    JAVA_HOME                 JDK to use (17 or 21); else ``java``/``javac`` on PATH.
    NEO4J_HARNESS_JAVA_OPTS   JVM options replacing the default
                              ``-Xmx2g -XX:TieredStopAtLevel=1 -XX:+UseSerialGC``.
    NEO4J_HARNESS_PAGECACHE   the page cache (``512m``, ``2g``); default ``128m``, enough
                              for test databases, not for a benchmark's large store.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import hashlib
import logging
import os
import re
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

logger = logging.getLogger(__name__)

HARNESS_DIR = Path(__file__).resolve().parent / "neo4j-harness"
TARGET_DIR = HARNESS_DIR / "target"
MAIN_CLASS = "policycascades.harness.HarnessMain"
# C1 only and the serial GC: on 2 cores this halves start-up CPU (14 s -> 8 s) and made a
# 20k-node MERGE workload twice as fast; test sessions are too short for C2 to pay off.
DEFAULT_JAVA_OPTS = "-Xmx2g -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
# What Neo4j 5's own launcher passes (neo4j.conf server.jvm.additional); without the
# --add-opens a bare `java` fails with "module java.base does not open java.nio".
JVM_FLAGS = (
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Dlog4j2.disable.jmx=true",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+ExitOnOutOfMemoryError",
)
LOG_TAIL_LINES = 40
USER = "neo4j"  # the one user of Neo4j Community; a password is given to it
MIN_PASSWORD_LENGTH = 8  # Neo4j 5's dbms.security.auth_minimum_password_length


class Neo4jServerError(RuntimeError):
    """The harness could not be built or did not start."""


def _tool(name: str) -> str:
    java_home = os.environ.get("JAVA_HOME")
    if java_home and (Path(java_home) / "bin" / name).exists():
        return str(Path(java_home) / "bin" / name)
    found = shutil.which(name)
    if found is None:
        raise Neo4jServerError(
            f"`{name}` not found: install a JDK 17 and Maven "
            "(apt-get install openjdk-17-jdk-headless maven) or set JAVA_HOME"
        )
    return found


def _tail(path: Path, lines: int = LOG_TAIL_LINES) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return f"({path} not readable)"
    return "\n".join(text.splitlines()[-lines:]) or f"({path} is empty)"


def _sources_digest() -> str:
    digest = hashlib.sha256()
    sources = [HARNESS_DIR / "pom.xml", *sorted((HARNESS_DIR / "src").rglob("*.java"))]
    for path in sources:
        digest.update(path.relative_to(HARNESS_DIR).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _is_built(digest: str) -> bool:
    stamp, classpath = TARGET_DIR / "build.stamp", TARGET_DIR / "classpath.txt"
    if not stamp.exists() or stamp.read_text().strip() != digest or not classpath.exists():
        return False
    # The local Maven repository may have been cleared since the last build.
    return all(Path(jar).exists() for jar in classpath.read_text().strip().split(os.pathsep))


def _run_logged(cmd: list[str], log: Path, timeout: float) -> int:
    shown = ["CLASSPATH" if arg.count(os.pathsep) > 3 else arg for arg in cmd]
    started = time.monotonic()
    with log.open("ab") as out:
        out.write(f"\n$ {shlex.join(shown)}\n".encode())
        out.flush()
        try:
            code = subprocess.run(
                cmd, cwd=HARNESS_DIR, stdin=subprocess.DEVNULL, stdout=out,
                stderr=subprocess.STDOUT, timeout=timeout, check=False,
            ).returncode
        except subprocess.TimeoutExpired as err:
            raise Neo4jServerError(
                f"{cmd[0]} took longer than {timeout:.0f} s; its log {log} ends with:\n{_tail(log)}"
            ) from err
        out.write(f"(exit code {code} after {time.monotonic() - started:.1f} s)\n".encode())
    return code


def _resolve_classpath(log: Path, timeout: float) -> None:
    goal = ["-B", "-q", "dependency:build-classpath", "-Dmdep.outputFile=target/classpath.txt"]
    mvn = _tool("mvn")
    # Offline first: on a warm ~/.m2 it asks no server and takes a few seconds.
    if _run_logged([mvn, "-o", *goal], log, timeout) == 0:
        return
    logger.info("fetching the Neo4j harness jars into the local Maven repository (once)")
    if _run_logged([mvn, *goal], log, timeout) != 0:
        raise Neo4jServerError(f"Maven could not resolve the Neo4j harness; {log} ends with:\n"
                               f"{_tail(log)}")


def _compile(log: Path, timeout: float) -> None:
    classes = TARGET_DIR / "classes"
    shutil.rmtree(classes, ignore_errors=True)
    sources = [str(p) for p in sorted((HARNESS_DIR / "src").rglob("*.java"))]
    classpath = (TARGET_DIR / "classpath.txt").read_text().strip()
    cmd = [_tool("javac"), "--release", "17", "-d", str(classes), "-cp", classpath, *sources]
    if _run_logged(cmd, log, timeout) != 0:
        raise Neo4jServerError(f"javac failed; {log} ends with:\n{_tail(log)}")


def build_harness(timeout: float = 1800.0) -> Path:
    """Resolve the jars and compile the main class unless already done; return target/.

    A content hash of pom.xml and the Java sources decides whether to rebuild. A file lock
    keeps concurrent test sessions from building at the same time.
    """
    TARGET_DIR.mkdir(parents=True, exist_ok=True)
    with (TARGET_DIR / "build.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        digest = _sources_digest()
        if _is_built(digest):
            return TARGET_DIR
        started = time.monotonic()
        log = TARGET_DIR / "build.log"
        log.unlink(missing_ok=True)
        (TARGET_DIR / "build.stamp").unlink(missing_ok=True)
        _resolve_classpath(log, timeout)
        _compile(log, timeout)
        (TARGET_DIR / "build.stamp").write_text(digest + "\n")
        logger.info("built the Neo4j harness in %.1f s", time.monotonic() - started)
    return TARGET_DIR


def _java_command(run_dir: Path, bolt_port: int, http_port: int,
                  copy_from: Path | None = None, password: str | None = None) -> list[str]:
    opts = shlex.split(os.environ.get("NEO4J_HARNESS_JAVA_OPTS", DEFAULT_JAVA_OPTS))
    copy = ["--copy-from", str(copy_from.resolve())] if copy_from is not None else []
    auth = ["--initial-password", password] if password is not None else []
    cache = _page_cache(os.environ.get("NEO4J_HARNESS_PAGECACHE"))
    return [
        _tool("java"), *opts, *JVM_FLAGS, MAIN_CLASS,
        "--bolt-port", str(bolt_port), "--http-port", str(http_port),
        "--uri-file", str(run_dir / "uri"), "--workdir", str(run_dir / "db"), *copy, *auth,
        *cache, "--exit-on-stdin-eof",
    ]


def _page_cache(size: str | None) -> list[str]:
    """The harness's --pagecache argument for NEO4J_HARNESS_PAGECACHE (none when unset).

    Example:
        >>> _page_cache("2g"), _page_cache(None)
        (['--pagecache', '2g'], [])
    """
    if size is None:
        return []
    if not re.fullmatch(r"[1-9]\d{0,5}[kmg]?", size.strip().lower()):  # up to 999999g: no overflow
        raise Neo4jServerError(f"NEO4J_HARNESS_PAGECACHE={size!r}: give a size such as 512m or 2g")
    return ["--pagecache", size.strip().lower()]


def _read_uris(uri_file: Path) -> list[str] | None:
    try:
        return uri_file.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return None


def _answers(uri: str) -> bool:
    parts = urlsplit(uri)
    try:
        with socket.create_connection((parts.hostname, parts.port), timeout=1.0):
            return True
    except OSError:
        return False


def _failure(message: str, run_dir: Path) -> Neo4jServerError:
    logs = [run_dir / "server.log", *sorted(run_dir.glob("db/*/neo4j.log"))]
    tails = "\n".join(f"--- {path} (last lines) ---\n{_tail(path)}" for path in logs)
    return Neo4jServerError(f"{message}\nKept {run_dir} for a look.\n{tails}")


def _wait_until_ready(proc: subprocess.Popen[bytes], run_dir: Path, timeout: float) -> list[str]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        code = proc.poll()
        if code is not None:
            raise _failure(f"the Neo4j harness exited with code {code} before it answered", run_dir)
        uris = _read_uris(run_dir / "uri")
        if uris and _answers(uris[0]):
            return uris
        time.sleep(0.2)
    raise _failure(f"the Neo4j harness did not answer on Bolt within {timeout:.0f} s", run_dir)


def _stop(proc: subprocess.Popen[bytes], grace: float = 30.0) -> None:
    if proc.poll() is not None:
        return
    # The JVM's shutdown hook closes the database on SIGTERM; the group takes any children too.
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        logger.warning("the Neo4j harness ignored SIGTERM for %.0f s; killing it", grace)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


@contextlib.contextmanager
def running_neo4j(
    timeout: float = 180.0,
    *,
    bolt_port: int = 0,
    http_port: int = 0,
    build_timeout: float = 1800.0,
    copy_from: Path | None = None,
    password: str | None = None,
) -> Iterator[str]:
    """Build the harness if needed, start it, and yield its Bolt URI once the port answers.

    Args:
        timeout: seconds to wait for the started server's Bolt port (the build has its own).
        bolt_port: Bolt port on 127.0.0.1; 0 picks a free one.
        http_port: HTTP port on 127.0.0.1; 0 picks a free one, -1 switches HTTP off.
        build_timeout: seconds for each Maven or javac step; the first fetch is the slow one.
        copy_from: a NEO4J_HOME whose data/ (databases/neo4j, transactions/neo4j, e.g. from
            `neo4j-admin database import full`; see tools/neo4j_admin.py) the server starts
            on, copied; the original is left as it is.
        password: None (the default) runs with authentication off, any credentials accepted;
            a string (8 characters or more) turns it on, with user ``neo4j`` (USER) holding
            this password from the first start: a wrong password is refused.

    Raises:
        Neo4jServerError: the build failed, or the server exited or did not answer in time;
            the message ends with the tail of the server's logs.
    """
    if password is not None and len(password) < MIN_PASSWORD_LENGTH:
        raise Neo4jServerError(f"the Neo4j password needs at least {MIN_PASSWORD_LENGTH} characters")
    target = build_harness(timeout=build_timeout)
    run_dir = Path(tempfile.mkdtemp(prefix="neo4j-harness-"))
    env = dict(os.environ)
    env["CLASSPATH"] = os.pathsep.join(
        [str(target / "classes"), (target / "classpath.txt").read_text().strip()]
    )
    with (run_dir / "server.log").open("wb") as log:
        proc = subprocess.Popen(
            _java_command(run_dir, bolt_port, http_port, copy_from, password), cwd=run_dir, env=env,
            stdin=subprocess.PIPE, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )
    started = time.monotonic()
    ready = crashed = False
    try:
        uris = _wait_until_ready(proc, run_dir, timeout)
        ready = True
        logger.info("Neo4j harness answered on %s after %.1f s (log: %s)",
                    uris[0], time.monotonic() - started, run_dir / "server.log")
        yield uris[0]
    finally:
        crashed = ready and proc.poll() is not None
        if crashed:
            logger.warning("the Neo4j harness exited early with code %s; kept its logs in %s",
                           proc.returncode, run_dir)
        if proc.stdin is not None:
            # The server also exits on EOF, so it dies with us even if we are killed.
            with contextlib.suppress(OSError):
                proc.stdin.close()
        _stop(proc)
        if ready and not crashed:
            shutil.rmtree(run_dir, ignore_errors=True)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bolt-port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--http-port", type=int, default=0, help="0 picks a free port, -1 none")
    parser.add_argument("--timeout", type=float, default=180.0, help="seconds to wait for Bolt")
    parser.add_argument("--password", help=f"turn authentication on: user {USER} gets this "
                                           "password (8+ characters); default: auth off")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    # Stop cleanly on Ctrl-C, kill and a closed terminal alike, even if started with SIGINT
    # ignored (as `cmd &` does in a script).
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, _interrupt)
    try:
        with running_neo4j(args.timeout, bolt_port=args.bolt_port, http_port=args.http_port,
                           password=args.password) as uri:
            print(uri, flush=True)  # noqa: T201  (the one line a caller or a person needs)
            auth = "auth off" if args.password is None else f"auth on, user {USER}"
            logger.info("Neo4j is up (%s); export NEO4J_URI=%s; Ctrl-C stops it", auth, uri)
            while True:
                time.sleep(3600)
    except KeyboardInterrupt:
        logger.info("stopped")
    except Neo4jServerError as err:
        logger.error("%s", err)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
