"""Independent tasks, run in this process, in a local process pool or on a Dask cluster.

Extraction (a file a task) and measure linking (a province a task) both go through `run`, so
where they run never changes what they give: each task is a pure function of its input, and
the results come back in the inputs' order.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sized
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

from policy_cascades.errors import PolicyCascadesError

In = TypeVar("In")
Out = TypeVar("Out")


def run(task: Callable[[In], Out], inputs: Iterable[In], workers: int = 1,
        scheduler: str | None = None) -> Iterator[Out]:
    """task(x) for each input, in order: here (`workers` 1; inputs made one at a time, as the
    results are asked for), in a pool of `workers` local processes, or on the Dask cluster
    whose scheduler is at `scheduler` (tcp://host:8786; its workers need policy-cascades
    installed, and whatever files the inputs name)."""
    if scheduler:
        try:
            from distributed import Client
        except ImportError as err:
            raise PolicyCascadesError('a Dask scheduler needs Dask: pip install '
                                      '"policy-cascades[cluster]"') from err
        with Client(scheduler) as client:  # type: ignore[no-untyped-call]
            for future in client.map(task, list(inputs), pure=False):
                yield future.result()
    elif workers > 1:
        size = len(inputs) if isinstance(inputs, Sized) else 0
        with ProcessPoolExecutor(workers) as pool:
            yield from pool.map(task, inputs, chunksize=max(1, size // (8 * workers)))
    else:
        yield from map(task, inputs)


def cores() -> int:
    """The cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
