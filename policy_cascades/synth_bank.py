"""The synthetic corpus's stock of text: real measure sentences of the seed corpus, by theme,
and the text operations a lower level applies to a measure it carries out.

The bank (loaders/data/synth_bank.json, written by scripts/build_synth_bank.py) was read
from the five seed documents (loaders/data/corpus) through the extractor: every item's heading
and sentences, cleaned of its notes, inline points, 文号 and place names, filed under the
theme its sub-plan names (淄博市 and 高台县 bundle one sub-plan per 六保 area) or, failing
that, the theme whose keywords it names most. It is kept as a file so that a seed gives the
same corpus whatever later changes to the extractor read from the seed. A new local measure
is a heading and two to four sentences drawn from its theme; copy, adapt and merge rewrite a
parent measure the way a lower level does (全省 -> 全市, smaller figures, local sentences).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from functools import cache

from policy_cascades.graph.link.pairs import GENERIC
from policy_cascades.loaders.gazetteer import gazetteer, load_json, themes

GENERIC_THEME = "组织保障"
_PLAN_THEMES = {"强投资": "稳投资", "扩消费": "保市场主体", "稳外贸外资": "稳外贸"}
_NOISE = (
    re.compile(r"[（(][^（）()]*〔\d{4}〕[^（）()]*[）)]"),  # a 文号 in brackets
    re.compile(r"[（(]\s*\d{1,2}\s*[）)]|[①②③④⑤⑥⑦⑧⑨]"),  # inline point markers
    re.compile(r"[《》〈〉]"),
    re.compile(r"^落实措施[：:]"),
)
_SCOPE = {"provincial": ("全省", "省级", "各市"), "municipal": ("全市", "市级", "各区县"),
          "county": ("全县", "县级", "各镇街")}
_FIGURE = re.compile(r"(\d+(?:\.\d+)?)(万?)(人次|人|户|家|个|亩|吨|元|套|所|项)")


@dataclass
class Bank:
    """Headings and sentences by theme name (and GENERIC_THEME for safeguard blocks)."""

    headings: dict[str, list[str]] = field(default_factory=dict)
    sentences: dict[str, list[str]] = field(default_factory=dict)

    def add(self, theme: str, heading: str, sentences: list[str]) -> None:
        """File an item's heading and sentences under a theme, each text once in the bank (the
        seed documents quote the same national lines)."""
        seen = {x for pool in (*self.headings.values(), *self.sentences.values()) for x in pool}
        if heading not in seen:
            self.headings.setdefault(theme, []).append(heading)
        fresh = [x for x in dict.fromkeys(sentences) if x not in seen]
        self.sentences.setdefault(theme, []).extend(fresh)

    def pool(self, theme: str) -> str:
        """The theme whose text stands in for `theme` (a thin theme borrows a richer one)."""
        if len(self.sentences.get(theme, ())) >= 12:
            return theme
        borrowed = {"稳就业": "保居民就业", "稳投资": "保产业链供应链稳定", "稳金融": "保市场主体",
                    "稳外资": "稳外贸", "稳外贸": "保产业链供应链稳定", "稳预期": "保基层运转"}
        return self.pool(borrowed[theme]) if theme in borrowed else "保市场主体"


BANK_FILE = "synth_bank.json"


@cache
def bank() -> Bank:
    """The shipped bank (read once per process)."""
    data = load_json(BANK_FILE)
    return Bank(headings=data["headings"], sentences=data["sentences"])


def build_bank() -> Bank:
    """The bank read from the seed corpus with the current extractor."""
    from policy_cascades.graph.pipeline import corpus_files, extract, seed_corpus

    out = Bank()
    names = [t.name for t in themes() if t.family in ("六保", "六稳")]
    keywords = {t.name: t.keywords for t in themes() if t.name in names}
    for doc in extract(corpus_files([seed_corpus()])).documents:
        plans = {m.path: m.heading for m in doc.measures if m.kind == "plan"}
        for m in doc.measures:
            if m.kind != "item" or m.heading.startswith("关于"):
                continue
            sentences = [s for s in (clean(x) for x in m.text.split("。")[1:])
                         if len(s) >= 10 and _balanced(s)]
            heading = clean(m.heading)
            if not sentences or not 4 <= len(heading) <= 30:
                continue
            plan = plans.get(m.path.split(".", 1)[0], "")
            out.add(_theme_of(heading, " ".join(sentences), plan, keywords), heading, sentences)
    return out


def _balanced(text: str) -> bool:
    """Brackets closed within the sentence: an open one would run the paragraph on."""
    return text.count("（") + text.count("(") == text.count("）") + text.count(")")


def _theme_of(heading: str, text: str, plan: str, keywords: dict[str, tuple[str, ...]]) -> str:
    if GENERIC.search(heading):
        return GENERIC_THEME
    named = next((t for t in keywords if t in plan), None) or next(
        (v for k, v in _PLAN_THEMES.items() if k in plan), None)
    if named:
        return named
    scores = {t: sum(text.count(k) + 3 * heading.count(k) for k in kws) for t, kws in keywords.items()}
    best = max(scores, key=lambda t: scores[t])
    return best if scores[best] else GENERIC_THEME


def clean(text: str) -> str:
    """A sentence without notes, points, 文号, title brackets or real place names."""
    from policy_cascades.loaders.notes import strip_notes

    text = strip_notes(text)
    for pattern in _NOISE:
        text = pattern.sub("", text)
    places = gazetteer()
    for _, name in sorted(places.scan(text), reverse=True):
        if any(r.name == name and r.level != "national" for r in places.candidates(name)):
            text = text.replace(name, "{place}")
    return re.sub(r"\s+", "", text).strip("，,；;：: ")


def local(text: str, place: str, level: str) -> str:
    """Bank text placed in a region at a level: {place} filled, 全省/全市/全县 as fits."""
    text = text.replace("{place}", place)
    for scope in _SCOPE.values():
        for word, mine in zip(scope, _SCOPE[level], strict=True):
            text = text.replace(word, mine)
    return text


@dataclass
class Share:
    """What one document may write from: texts that no document of an ancestor region has
    used (`avoid`), each once (`used`), as long as the theme has such texts left."""

    avoid: frozenset[str] = frozenset()
    used: set[str] = field(default_factory=set)

    def draw(self, rng: random.Random, texts: list[str], k: int) -> list[str]:
        for pool in ([t for t in texts if t not in self.used and t not in self.avoid],
                     [t for t in texts if t not in self.used], texts):
            if len(pool) >= k:
                break
        chosen = rng.sample(pool, min(k, len(pool)))
        self.used.update(chosen)
        return chosen


def new_measure(rng: random.Random, theme: str, share: Share | None = None) -> tuple[str, list[str]]:
    """A new local measure: a heading of the theme and 2-4 of its sentences."""
    share = share or Share()
    pool = bank().pool(theme)
    heading = share.draw(rng, bank().headings[pool], 1)[0]
    return heading, share.draw(rng, bank().sentences[pool], rng.randint(2, 4))


def adapt(rng: random.Random, heading: str, sentences: list[str], theme: str,
          share: Share | None = None) -> tuple[str, list[str]]:
    """A parent measure as a lower level adapts it: some sentences kept, figures scaled down,
    a local sentence or two added, the heading sometimes reworded."""
    keep = [s for s in sentences if rng.random() < 0.7] or sentences[:1]
    keep = [_scale(rng, s) for s in keep]
    _, extra = new_measure(rng, theme, share)
    for sentence in extra[: rng.randint(1, 2)]:
        keep.insert(rng.randint(0, len(keep)), sentence)
    if rng.random() < 0.4:
        heading = rng.choice(("进一步", "扎实", "全力", "持续")) + heading
    return heading, keep


def _scale(rng: random.Random, sentence: str) -> str:
    factor = rng.choice((0.1, 0.2, 0.25, 0.3, 0.5))

    def smaller(m: re.Match[str]) -> str:
        value = float(m.group(1)) * factor
        shown = f"{value:.1f}".rstrip("0").rstrip(".") if value < 10 else str(round(value))
        return f"{shown}{m.group(2)}{m.group(3)}"

    return _FIGURE.sub(smaller, sentence)
