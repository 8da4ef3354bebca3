"""Independent tasks, run in this process, in a local process pool or on a Dask cluster.

Extraction (a file a task) and measure linking (a province a task) both go through `run`, so
where they run never changes what they give: each task is a pure function of its input, and
the results come back in the inputs' order.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sized
from concurrent.futures import ProcessPoolExecutor
from typing import Any, TypeVar

from policy_cascades.errors import PolicyCascadesError

In = TypeVar("In")
Out = TypeVar("Out")


def run(task: Callable[[In], Out], inputs: Iterable[In], workers: int = 1,
        scheduler: str | None = None) -> Iterator[Out]:
    """task(x) for each input, in order: here (`workers` 1), in a pool of `workers` local
    processes, or on the Dask cluster whose scheduler is at `scheduler` (tcp://host:8786; its
    workers need policy-cascades installed, and whatever files the inputs name). Inputs that
    are not a sized collection (a generator of large parts) are made as they are needed: one
    at a time here, two per process in a pool or per worker on a cluster."""
    if scheduler:
        try:
            from distributed import Client
        except ImportError as err:
            raise PolicyCascadesError('a Dask scheduler needs Dask: pip install '
                                      '"policy-cascades[cluster]"') from err
        try:
            client = Client(scheduler)  # type: ignore[no-untyped-call]
        except (OSError, ValueError, TypeError) as err:
            raise PolicyCascadesError(f"cannot reach the Dask scheduler at {scheduler!r}: "
                                      f"{err}") from err
        with client:
            if isinstance(inputs, Sized):  # many small tasks: sent at once
                for future in client.map(task, list(inputs), pure=False):
                    yield future.result()
            else:
                slots = 2 * max(1, len(client.scheduler_info()["workers"]))
                yield from _windowed(lambda item: client.submit(task, item, pure=False),
                                     inputs, slots)
    elif workers > 1 and isinstance(inputs, Sized):  # many small tasks: sent in chunks
        with ProcessPoolExecutor(workers) as pool:
            yield from pool.map(task, inputs, chunksize=max(1, len(inputs) // (8 * workers)))
    elif workers > 1:
        with ProcessPoolExecutor(workers) as pool:
            yield from _windowed(lambda item: pool.submit(task, item), inputs, 2 * workers)
    else:
        yield from map(task, inputs)


def _windowed(submit: Callable[[In], Any], inputs: Iterable[In], slots: int) -> Iterator[Out]:
    """The results of inputs made as asked for, at most `slots` of them submitted at a time,
    in order (`submit` returns a future: concurrent.futures' or Dask's)."""
    pending: deque[Any] = deque()
    for item in inputs:
        pending.append(submit(item))
        if len(pending) >= slots:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def cores() -> int:
    """The cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
