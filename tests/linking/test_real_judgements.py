"""tests/linking/real_judgements.json is well formed: every child names an existing real
document and an outline path, once; every parent is a measure of the national documents
(graph/national.py), with a strength of strong or partial and a reason."""

from __future__ import annotations

import json
from pathlib import Path

from policy_cascades.graph.ids import document_id, measure_id
from policy_cascades.graph.national import national_documents

HERE = Path(__file__).resolve().parent
REAL = HERE.parent / "data" / "real"
JUDGEMENTS = HERE / "real_judgements.json"


def _national_ids() -> set[str]:
    return {measure_id(document_id(d.doc_number, d.title, d.region), m.path)
            for d in national_documents() for m in d.measures}


def test_the_real_judgements_are_well_formed() -> None:
    data = json.loads(JUDGEMENTS.read_text("utf-8"))
    assert isinstance(data["about"], str) and "20261206" in data["about"]
    children = data["children"]
    assert len(children) >= 100
    national = _national_ids()
    assert len(national) == 25
    keys = set()
    for entry in children:
        assert (REAL / entry["source"]).is_file(), entry["source"]
        assert entry["path"] and entry["child"].endswith("#" + entry["path"])
        assert isinstance(entry["heading"], str)
        keys.add((entry["source"], entry["path"]))
        ids = [p["id"] for p in entry["parents"]]
        assert len(ids) == len(set(ids)), entry["child"]
        for parent in entry["parents"]:
            assert parent["id"] in national, parent["id"]
            assert parent["strength"] in ("strong", "partial")
            assert parent["why"]
        assert entry["parents"] or entry.get("note"), entry["child"]
    assert len(keys) == len(children)  # each child once
