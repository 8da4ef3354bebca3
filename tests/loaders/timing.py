"""A time limit for the tests of inputs that once took minutes (a pattern backtracking)."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def at_most(seconds: int) -> Iterator[None]:
    """Fail instead of hanging: these inputs took minutes when a pattern backtracked (over every
    way to cut a list of bodies into names, over every start in a run of spaces); they take
    milliseconds now."""
    def stop(*_: object) -> None:
        raise TimeoutError(f"still running after {seconds} s")
    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
