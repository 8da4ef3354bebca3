"""The link models: logistic regressions over the pair features (graph/link/pairs.py) and over
the topic features (graph/link/topics.py), trained on hand-judged children by
tools/train_linker.py and shipped as graph/data/link_model.json and topic_model.json.

Its output, recalibrated, is the link's `score`: the estimated chance that the parent is one
the child carries out. The model's probability picks the links (`threshold`, `per_document`);
`calibration` (a, b) then maps it to the score, logit(score) = a logit(p) + b, fitted on the
links the linker emitted for held-out children (Platt scaling over the cross-validation folds:
see the file's `about` and BENCHMARKS.md), so that links scored about 0.8 are right about 80%
of the time.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import numpy as np

from policy_cascades.graph.link.centroids import Centroids


@dataclass(frozen=True)
class LinkModel:
    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float
    threshold: float  # the least model probability a link is emitted at (before calibration)
    per_document: int  # at most this many parents of one document (topics: themes of one family) per child
    about: str = ""
    calibration: tuple[float, float] = (1.0, 0.0)  # (a, b): logit(score) = a logit(p) + b
    centroids: Centroids | None = None  # the topic model's learned theme n-grams (its `learned` columns)

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

    def calibrated(self, p: np.ndarray) -> np.ndarray:
        """The score of links of model probability `p` (the links' chance of being true).

        Example:
            >>> m = LinkModel(("cos",), (0.0,), (1.0,), (4.0,), -2.0, 0.5, 2, calibration=(0.5, 0.0))
            >>> [round(float(s), 2) for s in m.calibrated(np.array([0.5, 0.9]))]
            [0.5, 0.75]
        """
        a, b = self.calibration
        q = np.clip(np.asarray(p, dtype=float), 1e-6, 1 - 1e-6)
        return np.asarray(1.0 / (1.0 + np.exp(-(a * np.log(q / (1 - q)) + b))))

    def to_json(self) -> dict[str, Any]:
        return {"about": self.about, "features": list(self.features), "mean": list(self.mean),
                "scale": list(self.scale), "coef": list(self.coef), "intercept": self.intercept,
                "threshold": self.threshold, "per_document": self.per_document,
                "calibration": list(self.calibration),
                **({"centroids": self.centroids.to_json()} if self.centroids else {})}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> LinkModel:
        return cls(features=tuple(data["features"]), mean=tuple(data["mean"]),
                   scale=tuple(data["scale"]), coef=tuple(data["coef"]),
                   intercept=float(data["intercept"]), threshold=float(data["threshold"]),
                   per_document=int(data["per_document"]), about=str(data.get("about", "")),
                   calibration=_pair(data.get("calibration", (1.0, 0.0))),
                   centroids=Centroids.from_json(data["centroids"]) if "centroids" in data else None)


@cache
def link_model() -> LinkModel:
    """The pair model (graph/link/pairs.py features)."""
    return _load("link_model.json")


@cache
def topic_model() -> LinkModel:
    """The topic model (graph/link/topics.py features)."""
    return _load("topic_model.json")


def _pair(values: Any) -> tuple[float, float]:
    a, b = values
    return float(a), float(b)


def _load(name: str) -> LinkModel:
    text = resources.files("policy_cascades.graph").joinpath("data", name).read_text("utf-8")
    return LinkModel.from_json(json.loads(text))
