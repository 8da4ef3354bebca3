"""graph/tasks.run: the same results in the same order wherever tasks run; a scheduler it
cannot reach is a clear error."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from policy_cascades.errors import PolicyCascadesError
from policy_cascades.graph.tasks import run


def _lengths() -> Iterator[str]:  # inputs made as they are asked for, as linking's parts are
    yield from ("稳岗返还", "以工代训", "创业担保贷款贴息", "减免社会保险费", "应急转贷")


@pytest.mark.parametrize("workers", [1, 2])
def test_results_come_in_the_inputs_order(workers: int) -> None:
    expected = [4, 4, 8, 7, 4]
    assert list(run(len, list(_lengths()), workers)) == expected
    assert list(run(len, _lengths(), workers)) == expected


def test_a_scheduler_it_cannot_reach_is_a_clear_error() -> None:
    pytest.importorskip("distributed")
    with pytest.raises(PolicyCascadesError, match="cannot reach the Dask scheduler at 'nowhere'"):
        list(run(len, ["x"], scheduler="nowhere"))
