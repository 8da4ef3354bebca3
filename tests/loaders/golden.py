"""Score the extractor against the hand-checked golden files: precision and recall per field.

Run `python -m tests.loaders.golden` for the report (it is also printed by the golden test).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from policy_cascades.loaders import PolicyDocument, read_document

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
CORPUS = Path(__file__).resolve().parents[2] / "loaders" / "data" / "corpus"
ROLES = ("leads", "supports", "responsible")
DOC_FIELDS = ("doc_number", "title", "issuers", "level", "region", "region_path", "date", "addressees")
_UNNUMBERED = re.compile(r"\d+[a-z]$")


@dataclass
class Score:
    name: str
    true_pos: int = 0
    found: int = 0
    expected: int = 0

    @property
    def precision(self) -> float:
        return self.true_pos / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.true_pos / self.expected if self.expected else 1.0

    def add(self, got: set[object], want: set[object]) -> None:
        self.true_pos += len(got & want)
        self.found += len(got)
        self.expected += len(want)


def _squeeze(value: object) -> object:
    if isinstance(value, str):
        return re.sub(r"\s+", "", value)
    if isinstance(value, list | tuple):
        return [_squeeze(v) for v in value]
    return value


def score_document(doc: PolicyDocument, gold: dict) -> dict[str, Score]:
    scores = {name: Score(name) for name in (
        "document fields", "items (path)", "outline (path+kind)", "agencies (all roles)",
        "leads", "supports", "responsible", "persons", "文号 references", "titled references",
        "reference relation", "themes", "headings")}
    got_doc = doc.model_dump()
    for field in DOC_FIELDS:
        same = _squeeze(got_doc[field]) == _squeeze(gold["document"][field])
        scores["document fields"].add({field} if same else {f"{field}?"}, {field})

    gold_measures = {m["path"]: m for m in gold["measures"]}
    numbered = [m for m in doc.measures if m.kind != "point" and not _UNNUMBERED.search(m.path)]
    scores["items (path)"].add(
        {m.path for m in numbered if m.kind == "item"},
        {p for p, m in gold_measures.items() if m["kind"] == "item"})
    scores["outline (path+kind)"].add({(m.path, m.kind) for m in numbered},
                                      {(p, m["kind"]) for p, m in gold_measures.items()})
    for m in numbered:
        if m.path in gold_measures:
            want = _squeeze(gold_measures[m.path]["heading"])
            scores["headings"].add({m.heading} if m.heading == want else {"?"}, {want})

    with_duties = [m for m in doc.measures if m.path in gold_measures]
    for role in (*ROLES, "persons"):
        got = {(m.path, name) for m in with_duties for name in getattr(m, role)}
        want = {(p, _squeeze(n)) for p, m in gold_measures.items() for n in m.get(role, [])}
        scores[role].add(got, want)
        if role != "persons":
            scores["agencies (all roles)"].add({(role, *g) for g in got}, {(role, *w) for w in want})

    refs = doc.all_references()
    got_numbers = {r.doc_number for r in refs if r.doc_number}
    want_numbers = {r["doc_number"] for r in gold["references"] if r.get("doc_number")}
    scores["文号 references"].add(got_numbers, want_numbers)
    got_titles = {_squeeze(r.title) for r in refs if r.title}
    want_titles = {_squeeze(r["title"]) for r in gold["references"] if r.get("title")}
    scores["titled references"].add(got_titles, want_titles)
    relation_of = {(r.doc_number or r.title): r.relation for r in refs}
    for r in gold["references"]:
        key = r.get("doc_number") or _squeeze(r.get("title"))
        if key in relation_of:
            right = relation_of[key] == r["relation"]
            scores["reference relation"].add({key} if right else {"?"}, {key})
    scores["themes"].add(set(doc.themes), set(gold["themes"]))
    return scores


def corpus_scores(corpus: Path = CORPUS) -> tuple[dict[str, dict[str, Score]], dict[str, Score]]:
    per_file: dict[str, dict[str, Score]] = {}
    total: dict[str, Score] = {}
    for gold_path in sorted(GOLDEN.glob("*.json")):
        gold = json.loads(gold_path.read_text("utf-8"))
        doc = read_document(corpus / gold["source"])
        per_file[gold["source"]] = scores = score_document(doc, gold)
        for name, s in scores.items():
            t = total.setdefault(name, Score(name))
            t.true_pos, t.found, t.expected = t.true_pos + s.true_pos, t.found + s.found, t.expected + s.expected
    return per_file, total


def report(corpus: Path = CORPUS) -> str:
    per_file, total = corpus_scores(corpus)
    names = list(total)
    lines = ["| field | " + " | ".join(f[:3] for f in per_file) + " | precision | recall |",
             "|---|" + "---|" * (len(per_file) + 2)]
    for name in names:
        cells = [f"{s[name].true_pos}/{s[name].expected}" for s in per_file.values()]
        lines.append(f"| {name} | " + " | ".join(cells)
                     + f" | {total[name].precision:.3f} | {total[name].recall:.3f} |")
    return "\n".join(lines)


if __name__ == "__main__":
    import sys

    sys.stdout.write(report() + "\n")
