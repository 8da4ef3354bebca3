"""Lucene's side of the `search` query, in Python: the `cjk` analyzer and the classic query
syntax, as Neo4j's `measure_text` fulltext index (Lucene 9) has them; queries/bm25.py scores
the parsed query, so that the embedded store ranks and scores measures exactly as Neo4j does.

- Analyzer (CJKAnalyzer): words as Unicode word breaking has them (StandardTokenizer), full-width
  ASCII folded and lower-cased, runs of CJK characters as overlapping bigrams (a lone one
  as itself), English stop words dropped with a gap in positions.
- Queries (MultiFieldQueryParser over heading and text, default OR): terms, "phrases",
  AND / OR / NOT / && / || / ! / + / -, and (groups); bare terms in a row are analysed as one
  text (split_on_whitespace is off), an operator followed by a space is a term of no words.
  Fields, wildcards, fuzzy, boosts and ranges are refused with an error that says so.
- Rewrites: as BooleanQuery.rewrite, nested disjunctions flattened and repeated clauses
  merged into one with a summed boost (they change how scores round).
"""

from __future__ import annotations

import re
import struct
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace

from policy_cascades.errors import QueryParamError

FIELDS = ("heading", "text")
STOP_WORDS = frozenset(
    "a and are as at be but by for if in into is it no not of on or s such t that the their "
    "then there these they this to was will with www".split())
_SPACE = " \t\n\r\u3000"
_SPECIAL = '+-!():^[]"{}~*?\\/'
_MID_LETTER = set(":·\u0387\u05f4\u2027\ufe13\ufe55\uff1a")
_MID_NUM_LET = set(".'\u2018\u2019\u2024\ufe52\uff07\uff0e")
_MID_NUM = set(",;\u037e\u0589\u060c\u060d\u066c\u07f8\u2044\ufe10\ufe14\ufe50\ufe54\uff0c\uff1b")
_CJK = re.compile("[\u2e80-\u2fdf\u3005-\u3007\u3021-\u3029\u3038-\u303b\u3040-\u30ff\u3100-\u312f"
                  "\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
                  "\U00020000-\U0003134f]")
MUST, SHOULD, MUST_NOT = "MUST", "SHOULD", "MUST_NOT"


def f32(value: float) -> float:
    """`value` rounded to a Java float."""
    return float(struct.unpack("f", struct.pack("f", value))[0])


# -- the analyzer -----------------------------------------------------------------------


def analyze(text: str) -> list[tuple[str, int]]:
    """The terms of `text` with their positions, as the cjk analyzer emits them.

    Example:
        >>> analyze("落实稳岗返还政策，2020年GDP")
        [('落实', 0), ('实稳', 1), ('稳岗', 2), ('岗返', 3), ('返还', 4), ('还政', 5), ('政策', 6), ('2020', 7), ('年', 8), ('gdp', 9)]
    """
    out: list[tuple[str, int]] = []
    position = -1
    gap = 0
    for word, cjk in _words(text):
        if cjk:
            grams = [word] if len(word) == 1 else [word[i:i + 2] for i in range(len(word) - 1)]
        else:
            grams = [word.translate(_FOLD).lower()]
        for gram in grams:
            if not cjk and gram in STOP_WORDS:
                gap += 1
                continue
            position += 1 + gap
            gap = 0
            out.append((gram, position))
    return out


_FOLD = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}


def _kind(char: str) -> str:
    if _CJK.match(char):
        return "C"
    if char.isdecimal():
        return "N"
    if char.isalpha() or unicodedata.category(char) == "Nl":  # Ⅳ is a letter here
        return "A"
    if char == "_":
        return "E"
    return "M" if char in _MID_LETTER | _MID_NUM_LET | _MID_NUM else ""


def _words(text: str) -> Iterable[tuple[str, bool]]:
    """Runs of CJK characters (flagged) and words of letters and digits, in order."""
    kinds = [_kind(c) for c in text]
    i, n = 0, len(text)
    while i < n:
        kind = kinds[i]
        if kind == "C":
            j = i
            while j < n and kinds[j] == "C":
                j += 1
            yield text[i:j], True
        elif kind in ("A", "N", "E"):
            j = i + 1
            while j < n:
                if kinds[j] in ("A", "N", "E"):
                    j += 1
                elif j + 1 < n and _joins(kinds[j - 1], text[j], kinds[j + 1]):
                    j += 2
                else:
                    break
            yield text[i:j], False
        else:
            j = i + 1
        i = j


def _joins(before: str, mid: str, after: str) -> bool:
    """Whether a punctuation mark between two word characters keeps them one word (UAX #29)."""
    if before == after == "A":
        return mid in _MID_LETTER or mid in _MID_NUM_LET
    if before == after == "N":
        return mid in _MID_NUM or mid in _MID_NUM_LET
    return False


# -- queries ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Query:
    """A term (one term), a phrase (terms at positions) or a boolean query (clauses)."""

    kind: str  # "term", "phrase", "bool"
    field: str = ""
    terms: tuple[tuple[str, int], ...] = ()
    clauses: tuple[tuple[str, Query], ...] = ()
    boost: float = 1.0

    def boosted(self, boost: float) -> Query:
        return replace(self, boost=f32(self.boost * boost))


NOTHING = Query("bool")


def parse(text: str) -> Query:
    """The query Neo4j's fulltext index runs for `text`, rewritten as Lucene rewrites it.
    Raises QueryParamError for a syntax error or syntax the embedded store does not run."""
    parser = _Parser(_lex(text), text)
    query = parser.query()
    if parser.tokens:
        raise parser.error(f"unexpected {parser.tokens[0][1]!r}")
    return _rewrite(query) if query is not None else NOTHING


def _lex(text: str) -> list[tuple[str, str]]:
    if re.search(r"(?<!\\)(\\\\)*\\$", text):
        raise QueryParamError(f"search: cannot parse q {text!r}: it ends with a lone \\")
    tokens, i, n = [], 0, len(text)
    while i < n:
        char = text[i]
        if char in _SPACE:
            i += 1
        elif char in "+-!" and text[i + 1:i + 2] in tuple(_SPACE):
            tokens.append(("TERM", char))  # a bare operator is a term (of no words)
            i += 1
        elif char in "()+-!":
            tokens.append(({"(": "(", ")": ")", "+": "+", "-": "-", "!": "NOT"}[char], char))
            i += 1
        elif text.startswith(("&&", "||"), i):
            tokens.append(("AND" if char == "&" else "OR", text[i:i + 2]))
            i += 2
        elif char == '"':
            end = i + 1
            while end < n and text[end] != '"':
                end += 2 if text[end] == "\\" else 1
            if end >= n:
                raise QueryParamError(f"search: cannot parse q {text!r}: a \" is not closed")
            tokens.append(("QUOTED", _unescape(text[i + 1:end])))
            i = end + 1
        elif char in _SPECIAL and char != "\\":
            raise _unsupported(text, char)
        else:
            end = i
            while end < n and text[end] not in _SPACE and (text[end] not in _SPECIAL or text[end] in "+-\\"):
                end += 2 if text[end] == "\\" else 1
            if end < n and text[end] in ":^~*?[]{}/":
                raise _unsupported(text, text[end])
            word = text[i:end]
            tokens.append((word if word in ("AND", "OR", "NOT") else "TERM", _unescape(word)))
            i = end
    return tokens


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text, flags=re.S)


def _unsupported(text: str, char: str) -> QueryParamError:
    return QueryParamError(
        f"search: q {text!r} uses {char!r}: on the embedded store a query holds terms, "
        '"phrases", AND / OR / NOT, + / - and (groups), not fields, wildcards, fuzzy, '
        "boosts or ranges (Neo4j runs those)")


@dataclass
class _Parser:
    """Lucene's classic QueryParser grammar (Query := Modifiers Clause (Conjunction Modifiers
    Clause)*) and its addClause rules with the default operator OR."""

    tokens: list[tuple[str, str]]
    text: str

    def error(self, what: str) -> QueryParamError:
        return QueryParamError(f"search: cannot parse q {self.text!r}: {what}")

    def query(self) -> Query | None:
        """The clauses up to the end or a `)`, as one boolean query (a single clause is
        unwrapped by the rewrite, as Lucene returns it alone); None when all were stop words."""
        clauses: list[tuple[str, Query]] = []
        conj = ""
        while True:
            if not conj and self._bare_terms_ahead():
                clauses += self._multi_term()
            else:
                mods = self._take("+", "-", "NOT")
                self._add(clauses, conj, mods, self._clause())
            if not self.tokens or self.tokens[0][0] == ")":
                break
            conj = self._take("AND", "OR")
        return Query("bool", clauses=tuple(clauses)) if clauses else None

    def _bare_terms_ahead(self) -> bool:
        """Two terms next, the second not followed by AND or OR (QueryParser's MultiTerm)."""
        return self._kind(0) == self._kind(1) == "TERM" and self._kind(2) not in ("AND", "OR")

    def _kind(self, at: int) -> str:
        return self.tokens[at][0] if at < len(self.tokens) else "EOF"

    def _multi_term(self) -> list[tuple[str, Query]]:
        """Bare terms in a row, analysed as one text (split_on_whitespace is off), their
        per-position clauses added to the query's own (addMultiTermClauses)."""
        words = [self.tokens.pop(0)[1], self.tokens.pop(0)[1]]
        while self._kind(0) == "TERM" and self._kind(1) not in ("AND", "OR"):
            words.append(self.tokens.pop(0)[1])
        query = _field_query(analyze(" ".join(words)), quoted=False)
        return [] if query is None else [(SHOULD, q) for _, q in query.clauses]

    def _take(self, *kinds: str) -> str:
        if self.tokens and self.tokens[0][0] in kinds:
            return self.tokens.pop(0)[0]
        return ""

    def _clause(self) -> Query | None:
        if not self.tokens:
            raise self.error("it ends where a term was expected")
        kind, value = self.tokens.pop(0)
        if kind == "(":
            inner = self.query()
            if not self._take(")"):
                raise self.error("a ( is not closed")
            return inner
        if kind not in ("TERM", "QUOTED"):
            raise self.error(f"unexpected {value!r}")
        return _field_query(analyze(value), quoted=kind == "QUOTED")

    @staticmethod
    def _add(clauses: list[tuple[str, Query]], conj: str, mods: str, query: Query | None) -> None:
        if clauses and conj == "AND" and clauses[-1][0] != MUST_NOT:
            clauses[-1] = (MUST, clauses[-1][1])
        if query is None:
            return
        prohibited = mods in ("-", "NOT")
        required = mods == "+" or (conj == "AND" and not prohibited)
        clauses.append((MUST if required else MUST_NOT if prohibited else SHOULD, query))


def _field_query(terms: list[tuple[str, int]], quoted: bool) -> Query | None:
    """MultiFieldQueryParser.getFieldQuery: the text's query in each field, grouped term by
    term across the fields (a phrase or a single term: one clause per field)."""
    if not terms:
        return None
    if len(terms) == 1 or quoted:
        kind = "phrase" if len(terms) > 1 else "term"
        start = terms[0][1]
        shifted = tuple((term, pos - start) for term, pos in terms)
        per_field = [Query(kind, name, shifted) for name in FIELDS]
        return Query("bool", clauses=tuple((SHOULD, q) for q in per_field))
    groups = [Query("bool", clauses=tuple((SHOULD, Query("term", name, ((term, 0),)))
                                          for name in FIELDS)) for term, _ in terms]
    return Query("bool", clauses=tuple((SHOULD, g) for g in groups))


def _rewrite(query: Query) -> Query:
    """BooleanQuery.rewrite until nothing changes."""
    while True:
        new = _rewrite_once(query)
        if new == query:
            return query
        query = new


def _rewrite_once(query: Query) -> Query:
    """One step of BooleanQuery.rewrite: the first of its rules that changes something."""
    if query.kind != "bool":
        return query
    if not query.clauses:
        return NOTHING
    if len(query.clauses) == 1:
        occur, only = query.clauses[0]
        return NOTHING if occur == MUST_NOT else only.boosted(query.boost)
    for step in (lambda cs: tuple((o, _rewrite_once(q)) for o, q in cs), _merge, _flatten):
        clauses = step(query.clauses)
        if clauses != query.clauses:
            return replace(query, clauses=clauses)
    return query


def _merge(clauses: tuple[tuple[str, Query], ...]) -> tuple[tuple[str, Query], ...]:
    """Repeated clauses as one: SHOULD and MUST ones with their boosts summed."""
    boosts: dict[tuple[str, Query], float] = {}
    for occur, q in clauses:
        key = (occur, replace(q, boost=1.0) if occur != MUST_NOT else q)
        boosts[key] = boosts.get(key, 0.0) + (q.boost if occur != MUST_NOT else 0.0)
    if len(boosts) == len(clauses):
        return clauses
    return tuple((occur, q if occur == MUST_NOT or boost == 1.0 else q.boosted(boost))
                 for (occur, q), boost in boosts.items())


def _flatten(clauses: tuple[tuple[str, Query], ...]) -> tuple[tuple[str, Query], ...]:
    """SHOULD clauses that are themselves pure disjunctions, inlined (for block-max WAND)."""
    flat: list[tuple[str, Query]] = []
    for occur, q in clauses:
        pure = q.kind == "bool" and q.boost == 1.0 and bool(q.clauses) and \
            all(o == SHOULD for o, _ in q.clauses)
        flat += q.clauses if occur == SHOULD and pure else ((occur, q),)
    return tuple(flat)
