"""The examples in the docstrings are true: every module's doctests run (a stale example misleads
the next maintainer more than a missing one)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

_PACKAGES = ("loaders", "graph", "queries", "api")


def _modules() -> list[str]:
    names = []
    for package in _PACKAGES:
        module = importlib.import_module(f"policy_cascades.{package}")
        names.append(module.__name__)
        names.extend(info.name for info in pkgutil.walk_packages(module.__path__, f"{module.__name__}."))
    return sorted(names)


@pytest.mark.parametrize("name", _modules())
def test_the_docstring_examples_hold(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS, verbose=False)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples in {name} fail"


def test_the_examples_are_found() -> None:
    finder = doctest.DocTestFinder()
    examples = sum(len(test.examples) for name in _modules()
                   for test in finder.find(importlib.import_module(name)))
    assert examples > 50  # the docstrings hold many examples: a broken finder would run none
