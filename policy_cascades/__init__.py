"""policy-cascades: a knowledge graph of Chinese policy cascades.

One installed namespace. The repository keeps its top-level folders graph/, loaders/, api/ and
queries/ (the design card's layout); policy_cascades/ links them in as subpackages, so they import
as `policy_cascades.graph`, `policy_cascades.loaders`, `policy_cascades.api`,
`policy_cascades.queries`, and nothing else lands at the top level of site-packages.

In a notebook: `import policy_cascades as pc; g = pc.load()` (policy_cascades/notebook.py).
`load`, `connect` and `Graph` are imported on first use, so `import policy_cascades` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from policy_cascades.notebook import Graph, connect, load

__all__ = ["Graph", "connect", "load"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from policy_cascades import notebook

        return getattr(notebook, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
