"""Scoring of extracted records against hand-written truth files: pure functions, no I/O.

A record and a truth file are both plain dicts here (see `record_view` for the record side):

    {"doc_number": ..., "title": ..., "issuers": [...], "level": ..., "region": ...,
     "region_path": [...], "date": ...,
     "items" (truth) / "measures" (record): [{"path": ..., "leads": [...], "supports": [...],
                                              "responsible": [...]}, ...]}

`score_document(record, truth)` scores one document (`record=None` when the extractor gave no
record: every field is then wrong and nothing is found); `total` pools documents; `table` and
`as_json` present a pooled scorecard. The rules:

- a header field is right when it equals the truth after normalising: whitespace squeezed out
  of strings, a title and the issuers read without a mirror's pinyin glosses (實(shí)施 = 實施)
  and in simplified characters (a 繁体 page's names as printed = a truth file's simplified ones,
  辦公廳 = 办公厅: the same name, either form may be written); issuers compared as sets, a body of the
  region named with its ancestors' names before it as the same body without them (天津市和平区人民政府办公室 =
  和平区人民政府办公室 for 和平区); region_path as a list; a development zone's name compared by its short word
  (福州高新技术产业开发区 = 福州高新区: the one unit, named long in a truth file and by its
  gazetteer key in a record). A truth title of null (no title is
  printed) takes the document out of the title count, since a record always has a title.
- items: recall of the truth paths; precision over every extracted measure (an extracted path
  that is not a truth path, or a second measure with the same path, is a false positive). Paths
  are compared in simplified characters (a truth file keeps a 繁体 label as printed, 第一條, where
  a record writes 第一条).
- agencies: (path, name) pairs, roles pooled, names read as titles are (發(fā) = 發 = 发); a
  record's agencies are a measure's
  leads + supports + responsible. Pairs on measures whose path is no truth path can never match,
  so they count as false positives.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from policy_cascades.loaders.hant import drop_pinyin_glosses, simplified
from policy_cascades.loaders.placenames import zone_word

FIELDS = ("doc_number", "issuers", "level", "region", "region_path", "date", "title")
ROLES = ("leads", "supports", "responsible")
_SPACE = re.compile(r"\s+")


@dataclass
class Tally:
    """Right answers out of the documents that count for one field."""

    right: int = 0
    total: int = 0

    @property
    def rate(self) -> float:
        return self.right / self.total if self.total else 1.0

    def add(self, other: Tally) -> None:
        self.right += other.right
        self.total += other.total


@dataclass
class PR:
    """Precision and recall counts: true positives, items found, items expected."""

    true_pos: int = 0
    found: int = 0
    expected: int = 0

    @property
    def precision(self) -> float:
        return self.true_pos / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.true_pos / self.expected if self.expected else 1.0

    def add(self, other: PR) -> None:
        self.true_pos += other.true_pos
        self.found += other.found
        self.expected += other.expected


@dataclass
class DocScore:
    """The score of one document, or of several pooled."""

    documents: int = 0
    records: int = 0
    fields: dict[str, Tally] = field(default_factory=lambda: {f: Tally() for f in FIELDS})
    items: PR = field(default_factory=PR)
    agencies: PR = field(default_factory=PR)
    misses: list[str] = field(default_factory=list)

    def add(self, other: DocScore) -> None:
        self.documents += other.documents
        self.records += other.records
        for name, tally in other.fields.items():
            self.fields[name].add(tally)
        self.items.add(other.items)
        self.agencies.add(other.agencies)


def squeeze(value: Any) -> Any:
    """Strip all whitespace from a string; lists and tuples become lists of squeezed values."""
    if isinstance(value, str):
        return _SPACE.sub("", value)
    if isinstance(value, list | tuple):
        return [squeeze(v) for v in value]
    return value


def field_right(name: str, got: Any, want: Any, place: Sequence[str] = ()) -> bool:
    """Whether an extracted header field equals the truth after normalisation; `place` is the truth's
    region_path (the region first), by which a body of the region named with its ancestors' names
    before it is the same body named without them.

    Example:
        >>> field_right("issuers", ("市政府", "市委"), ["市委", "市 政府"])
        True
        >>> field_right("title", "某市碧水保衛戰實施方案", "某市碧水保衛(wèi)戰(zhàn)實(shí)施方案")
        True
        >>> field_right("issuers", ["某省人民政府辦公廳"], ["某省人民政府办公厅"])
        True
        >>> field_right("issuers", ["某区人民政府办公室"], ["某市某区人民政府办公室"], ["某区", "某市", "中国"])
        True
    """
    if name == "issuers":
        return {_own(_name(n), place) for n in got or ()} == {_own(_name(n), place) for n in want or ()}
    if name == "region_path":
        return [_unit(n) for n in squeeze(list(got or []))] == [_unit(n) for n in squeeze(list(want or []))]
    if name == "region":
        return bool(_unit(squeeze(got)) == _unit(squeeze(want)))
    if name == "title" and isinstance(got, str) and isinstance(want, str):
        return _name(got) == _name(want)
    return bool(squeeze(got) == squeeze(want))


def _name(text: str) -> str:
    """A name or title squeezed, without a mirror's pinyin glosses, in simplified characters.

    Example:
        >>> _name("市發(fā)改委 ")
        '市发改委'
    """
    return simplified(drop_pinyin_glosses(squeeze(text)))


def _own(name: str, place: Sequence[str]) -> str:
    """A body of the region named without its ancestors' names before it (天津市和平区人民政府办公室 ->
    和平区人民政府办公室 for 和平区; 湖北省武汉市江夏区… -> 江夏区…): the same body, named long or short. Only
    a name that goes on with the region's own name is cut (天津市人民政府 stays).

    Example:
        >>> _own("某省某市某县人民政府", ["某县", "某市", "某省", "中国"]), _own("某市人民政府", ["某县", "某市", "中国"])
        ('某县人民政府', '某市人民政府')
    """
    if not place:
        return name
    own, above = _name(place[0]), [_name(p) for p in reversed(place[1:])]
    for ancestor in above:
        if name.startswith(ancestor) and name[len(ancestor):].startswith((own, *above)):
            name = name[len(ancestor):]
    return name


def _path(path: str) -> str:
    """A measure's path in simplified characters.

    Example:
        >>> _path("第二章.第四條.(一)")
        '第二章.第四条.(一)'
    """
    return simplified(path)


def _unit(name: Any) -> Any:
    """A unit's name with a development zone's long word short (…高新技术产业开发区 -> …高新区).

    Example:
        >>> _unit("福州高新技术产业开发区"), _unit("福州市")
        ('福州高新区', '福州市')
    """
    if not isinstance(name, str):
        return name
    stem, long, short = zone_word(name)
    return stem + short if long else name


def item_pr(measures: Sequence[Mapping[str, Any]], items: Sequence[Mapping[str, Any]]) -> PR:
    """Items found: recall of truth paths; precision over every extracted measure."""
    want = {_path(item["path"]) for item in items}
    counts = Counter(_path(m["path"]) for m in measures)
    true_pos = sum(1 for path in counts if path in want)
    return PR(true_pos=true_pos, found=sum(counts.values()), expected=len(want))


def agency_pairs(entries: Iterable[Mapping[str, Any]]) -> set[tuple[str, str]]:
    """The (path, agency name) pairs of measures or truth items, roles pooled, names read as
    `_name` reads them (市發(fā)改委 = 市发改委: a truth file may keep them as printed or not).

    Example:
        >>> sorted(agency_pairs([{"path": "一", "responsible": ["市發(fā)改委", "市 财政局"]}]))
        [('一', '市发改委'), ('一', '市财政局')]
    """
    return {(_path(e["path"]), _name(name)) for e in entries for role in ROLES
            for name in e.get(role) or ()}


def agency_pr(measures: Sequence[Mapping[str, Any]], items: Sequence[Mapping[str, Any]]) -> PR:
    """Agency precision and recall over (path, name) pairs."""
    got, want = agency_pairs(measures), agency_pairs(items)
    return PR(true_pos=len(got & want), found=len(got), expected=len(want))


def score_document(record: Mapping[str, Any] | None, truth: Mapping[str, Any]) -> DocScore:
    """Score one extracted record (None: the extractor gave none) against its truth file."""
    score = DocScore(documents=1, records=int(record is not None))
    items = truth.get("items") or []
    for name in FIELDS:
        if name == "title" and truth.get("title") is None:
            continue
        right = record is not None and field_right(name, record.get(name), truth.get(name),
                                                   truth.get("region_path") or ())
        score.fields[name] = Tally(right=int(right), total=1)
        if not right:
            got = None if record is None else record.get(name)
            score.misses.append(f"{name}: got {got!r}, want {truth.get(name)!r}")
    measures = [] if record is None else list(record.get("measures") or [])
    score.items = item_pr(measures, items)
    score.agencies = agency_pr(measures, items)
    if record is not None:
        score.misses += differences(measures, items)
    return score


def differences(measures: Sequence[Mapping[str, Any]], items: Sequence[Mapping[str, Any]],
                limit: int = 8) -> list[str]:
    """Lines naming the truth paths and agency pairs missed, and what was extracted in excess."""
    got_paths = [_path(m["path"]) for m in measures]
    want_paths = [_path(i["path"]) for i in items]
    got_pairs, want_pairs = agency_pairs(measures), agency_pairs(items)
    found = {
        "items missed": [p for p in want_paths if p not in got_paths],
        "measures not in truth": [p for p in got_paths if p not in want_paths],
        "agencies missed": sorted(want_pairs - got_pairs),
        "agencies in excess": sorted(got_pairs - want_pairs),
    }
    return [f"{label}: {_some(values, limit)}" for label, values in found.items() if values]


def _some(values: Sequence[Any], limit: int) -> str:
    shown = ", ".join(str(v) for v in values[:limit])
    return shown + (f" … (+{len(values) - limit})" if len(values) > limit else "")


def total(scores: Iterable[DocScore]) -> DocScore:
    """Pool document scores."""
    pooled = DocScore()
    for s in scores:
        pooled.add(s)
    return pooled


def unit_names(path: list[str]) -> list[str]:
    """A region path of gazetteer keys as the units are named: a key that carries its parent's
    name to tell two units of one name apart (北京市通州区, beside 南通市's 通州区) is named
    without it, as truth files name units.

    Example:
        >>> unit_names(["北京市通州区", "北京市", "中国"])
        ['通州区', '北京市', '中国']
    """
    return [key[len(parent):] if index + 1 < len(path) and key.startswith(parent := path[index + 1])
            and len(key) > len(parent) else key for index, key in enumerate(path)]


def record_view(doc: Any, drop_points: bool = False) -> dict[str, Any]:
    """A plain dict of the fields scored, from a PolicyDocument (or anything with model_dump).

    `drop_points` leaves out measures of kind `point` (the seed golden files do not list them).
    """
    data = doc.model_dump() if hasattr(doc, "model_dump") else dict(doc)
    view = {name: data.get(name) for name in FIELDS}
    view["issuers"] = list(view["issuers"] or ())
    view["region_path"] = unit_names(list(view["region_path"] or ()))
    if view["region"] and view["region_path"]:
        view["region"] = view["region_path"][0]
    view["measures"] = [
        {"path": m["path"], **{role: list(m.get(role) or ()) for role in ROLES}}
        for m in data.get("measures") or () if not (drop_points and m.get("kind") == "point")]
    return view


def rows(score: DocScore) -> list[tuple[str, str, str]]:
    """(measure, count, figure) rows of a pooled scorecard."""
    out = [("records produced", f"{score.records}/{score.documents}",
            _pct(score.records / score.documents if score.documents else 1.0))]
    for name in FIELDS:
        t = score.fields[name]
        out.append((name, f"{t.right}/{t.total}", _pct(t.rate)))
    i, a = score.items, score.agencies
    out += [("items found (recall)", f"{i.true_pos}/{i.expected}", _pct(i.recall)),
            ("items (precision)", f"{i.true_pos}/{i.found}", _pct(i.precision)),
            ("agencies recall", f"{a.true_pos}/{a.expected}", f"{a.recall:.3f}"),
            ("agencies precision", f"{a.true_pos}/{a.found}", f"{a.precision:.3f}")]
    return out


def table(title: str, score: DocScore) -> str:
    """A pooled scorecard as a Markdown table."""
    lines = [f"### {title}", "", "| field | right / total | score |", "|---|---|---|"]
    lines += [f"| {name} | {count} | {figure} |" for name, count, figure in rows(score)]
    return "\n".join(lines)


def as_json(score: DocScore) -> dict[str, Any]:
    """A pooled scorecard as JSON-ready data."""
    return {
        "documents": score.documents, "records": score.records,
        "fields": {n: {"right": t.right, "total": t.total, "rate": round(t.rate, 4)}
                   for n, t in score.fields.items()},
        "items": _pr_json(score.items), "agencies": _pr_json(score.agencies),
    }


def _pr_json(pr: PR) -> dict[str, Any]:
    return {"true_pos": pr.true_pos, "found": pr.found, "expected": pr.expected,
            "precision": round(pr.precision, 4), "recall": round(pr.recall, 4)}


def _pct(rate: float) -> str:
    return f"{100 * rate:.1f}%"
