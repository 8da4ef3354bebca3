"""Candidate (child, parent) measure pairs and the features the link model scores, as arrays.

Candidates are blocked by region ancestry: a 周村区 measure is compared only with measures of
淄博市, 山东省 and the national level, one sparse block product per (region, ancestor), and
keeps the TOP_K nearest parents in each ancestor region. Everything after the block products
is vectorised (numpy / scipy), so the cost per measure stays flat as the corpus grows. The
features say how alike the two texts are, how much the parent stands out among its own
document's measures for this child, and how generic the parent is:

- cos, head_cos, context_cos: TF-IDF cosines of bodies, of headings, and of the headings of
  the two nearest sections around each (a child under 稳就业 looks for parents under 就业);
- clause_cos: the child's cosine to the nearest clause (split at 。；) of the parent: a child
  that restates one clause of a long omnibus parent item;
- csls: cos corrected for hubness (CSLS: 2cos - r_child - r_parent, r being the mean of each
  side's HUB_K nearest cosines): a generic parent item that is near every child scores less;
- best_margin, rank_inv: the parent's cosine minus the best other measure of its document,
  and 1 / its rank there: a true parent usually stands out;
- phrase: shared 4-grams (10 of them, a 13-character phrase, count fully);
- p_generic, p_section, p_point, c_section, c_point: what kind of measures they are (a 保障措施
  / 组织领导 / 工作目标 block is rarely what an action carries out);
- system, theme, theme_national: a shared agency system, a shared theme, and for a national
  item the child's own evidence for that item's theme;
- theme_cos: the cosine of the two bodies' theme profiles (the weighted hits of every theme's
  keywords, graph/link/keywords.py): 粮油 and 生猪 share no character, but both are keywords
  of 保粮食能源安全;
- declared: the child's document declares it carries out the parent's (directly or not);
- national: the parent is a national item; log_len: the parent's length.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

import numpy as np
from scipy import sparse

from policy_cascades.graph.link.facts import Facts
from policy_cascades.graph.link.grams import Words, fit_counts
from policy_cascades.graph.link.keywords import Keywords
from policy_cascades.graph.link.vectors import Comparable, Remade, Rows, Space, Texts, runs
from policy_cascades.graph.national import SOURCE as NATIONAL
from policy_cascades.loaders.gazetteer import themes as all_themes

TOP_K = 8  # candidate parents per child and ancestor region
HUB_K = 10
PHRASE_FULL = 10
# Pairs per vectorised step. A step gathers each pair's two rows of the bodies' 4-grams (a few
# hundred entries each): 200,000 pairs a step held 800 MiB for an instant, the peak of a whole
# load (issue 12); 20,000 hold a tenth of it and run no slower. Each pair's features are its
# own two rows', so the step's size never changes them.
CHUNK = 20_000
CLAUSE_CHUNK = 5_000  # pairs per step of clause products (each pair a row per parent clause)
GENERIC = re.compile(
    "保障措施|组织领导|组织保障|工作目标|目标任务|总体要求|指导思想|基本原则|工作要求|督导|督查|"
    "考核|宣传|加强领导|责任落实|工作机制|主要目标|工作任务$|主要任务$|重点任务$|信息公开|政务公开")
FEATURES = ("cos", "head_cos", "csls", "best_margin", "rank_inv", "phrase", "p_generic",
            "p_section", "p_point", "c_section", "c_point", "system", "theme",
            "theme_national", "declared", "national", "log_len", "context_cos", "clause_cos",
            "theme_cos")


@dataclass(frozen=True)
class Pair:
    child: str
    parent: str
    features: dict[str, float]


@dataclass
class Candidates:
    """Candidate pairs as arrays: measure indices into `ids` and one feature row each."""

    ids: list[str]
    child: np.ndarray  # int32
    parent: np.ndarray  # int32
    x: np.ndarray  # float32, (pairs, len(FEATURES))

    def __len__(self) -> int:
        return len(self.child)

    def pair(self, i: int) -> Pair:
        return Pair(self.ids[self.child[i]], self.ids[self.parent[i]],
                    {name: float(v) for name, v in zip(FEATURES, self.x[i], strict=True)})


def is_child(facts: Facts, node_id: str) -> bool:
    """Local measures that can carry something out: items, points and sections (a section
    heading such as 坚决打赢脱贫攻坚战 carries out the section of that name above)."""
    props = facts.measures[node_id].props
    return props.get("source") != NATIONAL and props.get("kind") in ("item", "point", "section")


def is_parent(facts: Facts, node_id: str) -> bool:
    """Measures a child may carry out, but for the national theme items (六保.1 保居民就业),
    which graph/link/topics.py links by subject, not by text."""
    props = facts.measures[node_id].props
    return not facts.is_theme_item(node_id) and props.get("kind") in ("item", "section", "point") and len(
        props.get("text", "") + props.get("heading", "")) >= 8


def candidate_pairs(facts: Facts, declared: dict[str, set[str]],
                    ancestors: Callable[[str], tuple[str, ...]],
                    spaces: Spaces | None = None,
                    hubs: dict[str, float] | None = None) -> Candidates:
    """Every candidate pair with its features. `declared` maps a document to every document
    it carries out (closure); `ancestors` gives a region's ancestors, nearest first.

    A linking task passes the `spaces` of its measures (their rows of the whole corpus's
    TF-IDF spaces, Spaces.rows) and the `hubs` of the parents that children outside it
    compare with too (the national ones: national_hubs), so that its pairs and features are
    those of the whole corpus's, to the bit."""
    spaces = spaces if spaces is not None else Spaces.of(facts)
    table = _Table(facts, spaces)
    found = _Found(len(table.ids))
    for region, kids in table.children.items():
        for ancestor in ancestors(region):
            above = table.parents.get(ancestor)
            if above is not None:
                found.block(spaces.bodies.block_rows(kids, above), kids, above, table.doc)
    hub_parent = found.hub_parent()
    for node_id, hub in (hubs or {}).items():
        hub_parent[table.row[node_id]] = hub
    child, parent = np.array(found.child, np.int32), np.array(found.parent, np.int32)
    x = np.zeros((len(child), len(FEATURES)), np.float32)
    column = {name: i for i, name in enumerate(FEATURES)}
    cos = np.array(found.cos, np.float32)
    x[:, column["cos"]] = cos
    x[:, column["csls"]] = 2 * cos - found.hub_child()[child] - hub_parent[parent]
    x[:, column["best_margin"]] = found.margin
    x[:, column["rank_inv"]] = 1.0 / np.array(found.rank, np.float32)
    table.pair_features(x, column, child, parent, declared, spaces)
    x[:, column["clause_cos"]] = _Clauses(spaces).nearest(child, parent, cos)
    return Candidates(table.ids, child, parent, x)


def national_hubs(facts: Facts, bodies: Comparable, chunk: int = 20_000) -> dict[str, float]:
    """The hubness (mean of the HUB_K nearest child cosines) of each national parent over
    every child of the corpus (`bodies`: every measure's row, in facts.order): a national
    item is the ancestor of every region's measures, so no linking task of one province
    sees all of its children."""
    ids = facts.order
    kids = np.array([i for i, m in enumerate(ids) if is_child(facts, m)], np.int32)
    above = np.array([i for i, m in enumerate(ids) if is_parent(facts, m)
                      and facts.measures[m].props.get("source") == NATIONAL], np.int32)
    tops = np.zeros((len(above), HUB_K), np.float32)
    for start in range(0, len(kids), chunk):
        sims = bodies.block_rows(kids[start:start + chunk], above)
        _keep_top(tops, np.arange(len(above)), sims.T)
    return {ids[i]: float(hub) for i, hub in zip(above.tolist(), _hub(tops), strict=True)}


@dataclass
class Spaces:
    """Some measures' rows (in facts.order) of the corpus's TF-IDF spaces: their bodies,
    their headings, the headings of the two sections around each, and, for a parent of
    several clauses, those clauses (rows `clause_start[i]:clause_end[i]` of `clauses`);
    `seen` is the bodies' columns in the order the corpus first showed them."""

    bodies: Rows
    heads: Rows
    context: Rows
    clauses: sparse.csr_matrix
    clause_start: np.ndarray  # int64
    clause_end: np.ndarray  # int64
    seen: np.ndarray

    @classmethod
    def of(cls, facts: Facts) -> Spaces:
        """Every measure's rows: the corpus in one piece."""
        return Fitted(facts).spaces(np.arange(len(facts.order)))


class Fitted:
    """The corpus's TF-IDF spaces (bodies, headings, the two sections around each), fitted
    once on every measure and kept without their rows (a few bytes a column, where the rows
    took about 2.4 KB a measure for a whole load: issue 12): `spaces` makes some measures'
    rows again from their texts, the same to the bit (what a linking task carries: rows, not
    the vocabulary); `hubs` is national_hubs over every child of the corpus, computed while
    the bodies' counts were at hand."""

    def __init__(self, facts: Facts) -> None:
        if type(facts.__dict__.get("vectors")) is Rows:
            raise TypeError("the spaces are fitted on a corpus's own facts, not on a part's")
        self.facts = facts
        size = len(facts.order)
        self.bodies = Space.counted(Texts(size, self._body))
        self.hubs = national_hubs(facts, Remade(self.bodies, Texts(size, self._body)))
        self.heads = Space.counted(Texts(size, self._head))
        self.context = Space.counted(Texts(size, self._context))

    def _body(self, i: int) -> str:
        return self.facts.body(self.facts.order[i])

    def _head(self, i: int) -> str:
        return str(self.facts.measures[self.facts.order[i]].props.get("heading", ""))

    def _context(self, i: int) -> str:
        measures = self.facts.measures
        return "。".join(measures[c].props.get("heading", "")
                        for c in self.facts.containers[self.facts.order[i]][:2])

    def spaces(self, index: np.ndarray) -> Spaces:
        """The rows of the measures `index` (rows of facts.order, rising), their parents'
        clauses put in the bodies' space here (a row's entries do not depend on the others)."""
        ids = self.facts.order
        bodies = [self._body(i) for i in index.tolist()]
        texts: list[str] = []
        owners: list[int] = []
        for position, i in enumerate(index.tolist()):
            if not is_parent(self.facts, ids[i]):
                continue
            clauses = [c for c in _CLAUSE.split(bodies[position]) if len(c) >= MIN_CLAUSE]
            if len(clauses) > 1:
                texts.extend(clauses)
                owners.extend([position] * len(clauses))
        owner = np.array(owners, np.int64)
        return Spaces(self.bodies.rows(bodies),
                      self.heads.rows([self._head(i) for i in index.tolist()]),
                      self.context.rows([self._context(i) for i in index.tolist()]),
                      self.bodies.transform(texts),
                      np.searchsorted(owner, np.arange(len(index)), side="left"),
                      np.searchsorted(owner, np.arange(len(index)), side="right"),
                      self.bodies.seen)


_CLAUSE = re.compile(r"[。；;！!？?]")
MIN_CLAUSE = 8


class _Clauses:
    """The clauses of the parents that have several, as TF-IDF rows in the bodies' space,
    grouped by measure."""

    def __init__(self, spaces: Spaces) -> None:
        self.bodies = spaces.bodies.matrix
        self.matrix = spaces.clauses
        self.seen = spaces.seen
        self.start, self.end = spaces.clause_start, spaces.clause_end

    def nearest(self, child: np.ndarray, parent: np.ndarray, cos: np.ndarray) -> np.ndarray:
        """For each pair, the child body's highest cosine to a clause of the parent (a parent of
        one clause: `cos`, the cosine to its body).

        The float32 sums are those of scipy's elementwise product of the whole rows, bit for
        bit. scikit-learn keeps a body's n-grams in the order the corpus first showed them, and
        scipy multiplies such unsorted rows meeting the body's entries last first: so the
        columns are renumbered last seen first, where every row is sorted and scipy merges
        sorted rows in that same order, and the child's row is first cut down to the n-grams
        of its parent's clauses (a tenth of it, often). A chunk whose rows were sorted as they
        were (which scipy multiplies in column order) is multiplied whole, as before."""
        out = cos.astype(np.float32, copy=True)
        ordered = _sorted_rows(self.bodies)
        for lo in range(0, len(child), CLAUSE_CHUNK):
            c, p = child[lo:lo + CLAUSE_CHUNK], parent[lo:lo + CLAUSE_CHUNK]
            counts = (self.end[p] - self.start[p]).astype(np.int64)
            has = counts > 0
            if not has.any():
                continue
            if ordered[c[has]].all():
                dots = _dots(self.bodies[c[has]], self.matrix, self.start[p[has]], counts[has])
            else:
                bodies, clauses, union = self.last_seen_first
                rows = bodies[c[has]].multiply(union[p[has]])
                dots = _dots(rows, clauses, self.start[p[has]], counts[has])
            first = np.cumsum(counts[has]) - counts[has]
            out[lo:lo + len(c)][has] = np.maximum.reduceat(dots, first)
        return out

    @cached_property
    def last_seen_first(self) -> tuple[sparse.csr_matrix, sparse.csr_matrix, sparse.csr_matrix]:
        """The bodies and the clauses with their columns numbered last seen first, rows sorted,
        and per measure 1 at the n-grams of its clauses."""
        number = np.empty(len(self.seen), np.int32)
        number[self.seen] = np.arange(len(self.seen) - 1, -1, -1, dtype=np.int32)
        bodies, clauses = (sparse.csr_matrix((m.data.copy(), number[m.indices], m.indptr.copy()),
                                             shape=m.shape)
                           for m in (self.bodies, self.matrix))
        bodies.sort_indices()
        clauses.sort_indices()
        owner = np.repeat(np.arange(len(self.start)), self.end - self.start)
        of = sparse.csr_matrix((np.ones(len(owner), np.float32), (owner, np.arange(len(owner)))),
                               shape=(len(self.start), clauses.shape[0]))
        pattern = clauses.copy()
        pattern.data[:] = 1
        union = (of @ pattern).tocsr()
        union.data[:] = 1
        union.sort_indices()
        return bodies, clauses, union


def _dots(rows: sparse.csr_matrix, clauses: sparse.csr_matrix, start: np.ndarray,
          counts: np.ndarray) -> np.ndarray:
    """Row i of `rows` times each of its counts[i] clauses from start[i], in a row."""
    total = int(counts.sum())
    first = np.cumsum(counts) - counts
    clause = np.repeat(start, counts) + (np.arange(total) - np.repeat(first, counts))
    repeated = rows[np.repeat(np.arange(len(start)), counts)]
    return np.asarray(repeated.multiply(clauses[clause]).sum(axis=1), np.float32).ravel()


def _sorted_rows(matrix: sparse.csr_matrix) -> np.ndarray:
    """Per row: its column indices strictly increase (what scipy calls canonical)."""
    rising = np.diff(matrix.indices) > 0
    row = np.repeat(np.arange(matrix.shape[0]), np.diff(matrix.indptr))
    falls = np.flatnonzero(~rising & (row[1:] == row[:-1])) + 1
    out = np.ones(matrix.shape[0], bool)
    out[row[falls]] = False
    return out


class _Table:
    """Per-measure arrays and matrices, by index."""

    def __init__(self, facts: Facts, spaces: Spaces) -> None:
        self.ids = facts.order
        self.row = {node_id: i for i, node_id in enumerate(self.ids)}
        props = [facts.measures[i].props for i in self.ids]
        self.bodies = [facts.body(i) for i in self.ids]
        self.words = Words(self.bodies, runs)  # the bodies cut into words
        docs = [p.get("doc_id", "") for p in props]
        self.doc_ids = sorted(set(docs))
        doc_index = {d: i for i, d in enumerate(self.doc_ids)}
        self.doc = np.array([doc_index[d] for d in docs], np.int32)
        kind = [p.get("kind") for p in props]
        self.kind = {k: np.array([x == k for x in kind], np.float32)
                     for k in ("section", "point")}
        self.generic = np.array([bool(GENERIC.search(p.get("heading", ""))) for p in props],
                                np.float32)
        self.national = np.array([p.get("source") == NATIONAL for p in props], np.float32)
        self.log_len = np.log1p([len(p.get("text", "")) for p in props]).astype(np.float32) / 8
        kids: dict[str, list[int]] = defaultdict(list)
        above: dict[str, list[int]] = defaultdict(list)
        for i, node_id in enumerate(self.ids):
            region = props[i].get("region") or ""
            if is_child(facts, node_id):
                kids[region].append(i)
            if is_parent(facts, node_id):
                above[region].append(i)
        self.children: dict[str, np.ndarray] = {r: np.array(v, np.int32) for r, v in kids.items()}
        self.parents: dict[str, np.ndarray] = {r: np.array(v, np.int32) for r, v in above.items()}
        self.themes = _incidence([facts.themes[i] | facts.explicit_own[i] for i in self.ids])
        self.theme_scores = _incidence([facts.themes[i] for i in self.ids],
                                       lambda j, t: facts.theme_score.get((self.ids[j], t), 0.0),
                                       self.themes[1])
        self.systems = _incidence([facts.systems[i] for i in self.ids])
        profile = Keywords(list(all_themes())).hits(self.bodies)
        norm = np.linalg.norm(profile, axis=1, keepdims=True)
        self.profile = np.divide(profile, norm, out=np.zeros_like(profile), where=norm > 0)

    def pair_features(self, x: np.ndarray, column: dict[str, int], child: np.ndarray,
                      parent: np.ndarray, declared: dict[str, set[str]], spaces: Spaces) -> None:
        heads, context = spaces.heads, spaces.context
        keys, gram_rows, _ = fit_counts(self.words, 4, 4)  # binary 4-gram counts of the bodies
        gram_rows.data[:] = 1
        gram_rows.sort_indices()  # integer sums: any order; sorted rows multiply by merging
        themes, scores, systems = self.themes[0], self.theme_scores[0], self.systems[0]
        for start in range(0, len(child), CHUNK):
            c, p = child[start:start + CHUNK], parent[start:start + CHUNK]
            rows = slice(start, start + len(c))
            x[rows, column["head_cos"]] = heads.pairwise_rows(c, p)
            x[rows, column["context_cos"]] = context.pairwise_rows(c, p)
            if len(keys):
                shared = _rowwise(gram_rows, c, p)
                x[rows, column["phrase"]] = np.minimum(1.0, shared / PHRASE_FULL)
            x[rows, column["system"]] = _rowwise(systems, c, p) > 0
            x[rows, column["theme"]] = _rowwise(themes, c, p) > 0
            x[rows, column["theme_cos"]] = np.einsum("ij,ij->i", self.profile[c], self.profile[p])
            national = self.national[p]
            best = _rowwise_max(scores[c].multiply(themes[p]))
            x[rows, column["theme_national"]] = best * national
            x[rows, column["p_generic"]] = self.generic[p]
            x[rows, column["p_section"]] = self.kind["section"][p]
            x[rows, column["p_point"]] = self.kind["point"][p]
            x[rows, column["c_section"]] = self.kind["section"][c]
            x[rows, column["c_point"]] = self.kind["point"][c]
            x[rows, column["national"]] = national
            x[rows, column["log_len"]] = self.log_len[p]
            x[rows, column["declared"]] = self._declared(c, p, declared)

    def _declared(self, c: np.ndarray, p: np.ndarray, declared: dict[str, set[str]]) -> np.ndarray:
        pairs = self.doc[c].astype(np.int64) * len(self.doc_ids) + self.doc[p]
        unique, inverse = np.unique(pairs, return_inverse=True)
        n = len(self.doc_ids)
        hits = np.array([self.doc_ids[u % n] in declared.get(self.doc_ids[u // n], ())
                         for u in unique], np.float32)
        return hits[inverse] if len(unique) else np.zeros(0, np.float32)


def _incidence(sets: list[set[str]], value: Callable[[int, str], float] | None = None,
               vocabulary: dict[str, int] | None = None
               ) -> tuple[sparse.csr_matrix, dict[str, int]]:
    """A measures x names matrix: 1 (or value(row, name)) where the measure has the name."""
    vocab = vocabulary if vocabulary is not None else {
        name: i for i, name in enumerate(sorted(set().union(*sets)))}
    rows, cols, vals = [], [], []
    for i, names in enumerate(sets):
        for name in names:
            if name in vocab:
                rows.append(i)
                cols.append(vocab[name])
                vals.append(1.0 if value is None else value(i, name))
    shape = (len(sets), max(len(vocab), 1))
    return sparse.csr_matrix((vals, (rows, cols)), shape=shape, dtype=np.float32), vocab


def _rowwise(matrix: sparse.csr_matrix, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Dot product of row a[i] with row b[i], for every i."""
    if not len(a):
        return np.zeros(0, np.float32)
    out: np.ndarray = np.asarray(matrix[a].multiply(matrix[b]).sum(axis=1), np.float32).ravel()
    return out


def _rowwise_max(matrix: sparse.spmatrix) -> np.ndarray:
    if not matrix.shape[0]:
        return np.zeros(0, np.float32)
    out: np.ndarray = np.asarray(matrix.max(axis=1).todense(), np.float32).ravel()
    return out


class _Found:
    """Candidates gathered block by block, with each side's nearest cosines for hubness."""

    def __init__(self, size: int) -> None:
        self.child: list[int] = []
        self.parent: list[int] = []
        self.cos: list[float] = []
        self.margin: list[float] = []
        self.rank: list[int] = []
        self.top_child = np.zeros((size, HUB_K), np.float32)
        self.top_parent = np.zeros((size, HUB_K), np.float32)

    def block(self, sims: np.ndarray, kids: np.ndarray, above: np.ndarray,
              doc: np.ndarray) -> None:
        """The TOP_K nearest parents of each child in one (region, ancestor) block, with
        their standing within their own document."""
        _keep_top(self.top_child, kids, sims)
        _keep_top(self.top_parent, above, sims.T)
        k = min(TOP_K, sims.shape[1])
        top = np.argpartition(-sims, k - 1, axis=1)[:, :k]
        values = np.take_along_axis(sims, top, axis=1)
        rows = np.repeat(np.arange(len(kids)), k)
        cols = top.ravel()
        cos = values.ravel()
        keep = cos > 0
        rows, cols, cos = rows[keep], cols[keep], cos[keep]
        margin = np.zeros(len(cos), np.float32)
        rank = np.ones(len(cos), np.int32)
        parent_docs = doc[above]
        for d in np.unique(parent_docs[cols]):
            in_doc = np.flatnonzero(parent_docs == d)
            sub = sims[:, in_doc]
            best = sub.max(axis=1)
            second = np.partition(sub, -2, axis=1)[:, -2] if len(in_doc) > 1 else \
                np.zeros(len(kids), np.float32)
            mine = np.flatnonzero(parent_docs[cols] == d)
            r, c = rows[mine], cos[mine]
            other = np.where(c >= best[r], second[r], best[r])
            margin[mine] = c - other
            rank[mine] = 1 + (sub[r] > c[:, None]).sum(axis=1)
        self.child.extend(kids[rows].tolist())
        self.parent.extend(above[cols].tolist())
        self.cos.extend(cos.tolist())
        self.margin.extend(margin.tolist())
        self.rank.extend(rank.tolist())

    def hub_child(self) -> np.ndarray:
        return _hub(self.top_child)

    def hub_parent(self) -> np.ndarray:
        return _hub(self.top_parent)


def _hub(tops: np.ndarray) -> np.ndarray:
    """The mean of each row's nearest cosines, summed in one order whatever order the blocks
    came in (a task sees some of a national parent's blocks; the whole, all)."""
    return np.asarray(np.sort(tops, axis=1).mean(axis=1))


def _keep_top(tops: np.ndarray, index: np.ndarray, sims: np.ndarray) -> None:
    """Merge each row's HUB_K largest values of `sims` into tops[index]."""
    if sims.shape[1] == 0:
        return
    k = min(HUB_K, sims.shape[1])
    best = -np.partition(-sims, k - 1, axis=1)[:, :k]
    merged = np.concatenate([tops[index], best], axis=1)
    tops[index] = -np.partition(-merged, HUB_K - 1, axis=1)[:, :HUB_K]
