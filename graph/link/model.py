"""The link models: logistic regressions over the pair features (graph/link/pairs.py) and over
the topic features (graph/link/topics.py), trained on hand-judged children by
tools/train_linker.py and shipped as graph/data/link_model.json and topic_model.json.

Its output is the link's `score`: the estimated chance that the parent is one the child
carries out, measured on held-out children (see the file's `about` and BENCHMARKS.md).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import numpy as np


@dataclass(frozen=True)
class LinkModel:
    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float
    threshold: float  # the least score a link is emitted at
    per_document: int  # at most this many parents of one document (topics: themes of one family) per child
    about: str = ""

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        """The chance that each pair is a true link, for a feature matrix whose columns are
        `features` (graph/link/pairs.py FEATURES).

        Example:
            >>> m = LinkModel(("cos",), (0.0,), (1.0,), (4.0,), -2.0, 0.5, 2)
            >>> [round(float(p), 2) for p in m.probabilities(np.array([[0.5], [1.0]]))]
            [0.5, 0.88]
        """
        if not len(x):
            return np.zeros(0)
        z = ((x - np.array(self.mean)) / np.array(self.scale)) @ np.array(self.coef)
        return np.asarray(1.0 / (1.0 + np.exp(-(z + self.intercept))))

    def to_json(self) -> dict[str, Any]:
        return {"about": self.about, "features": list(self.features), "mean": list(self.mean),
                "scale": list(self.scale), "coef": list(self.coef), "intercept": self.intercept,
                "threshold": self.threshold, "per_document": self.per_document}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> LinkModel:
        return cls(features=tuple(data["features"]), mean=tuple(data["mean"]),
                   scale=tuple(data["scale"]), coef=tuple(data["coef"]),
                   intercept=float(data["intercept"]), threshold=float(data["threshold"]),
                   per_document=int(data["per_document"]), about=str(data.get("about", "")))


@cache
def link_model() -> LinkModel:
    """The pair model (graph/link/pairs.py features)."""
    return _load("link_model.json")


@cache
def topic_model() -> LinkModel:
    """The topic model (graph/link/topics.py features)."""
    return _load("topic_model.json")


def _load(name: str) -> LinkModel:
    text = resources.files("policy_cascades.graph").joinpath("data", name).read_text("utf-8")
    return LinkModel.from_json(json.loads(text))
