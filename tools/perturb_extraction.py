"""A metamorphic check of header extraction: real documents rewritten as real pages print them.

    python tools/perturb_extraction.py                    # dev and seed, a table transformation x field
    python tools/perturb_extraction.py --set seed         # one set
    python tools/perturb_extraction.py --verbose          # and each document a rewriting broke
    python tools/perturb_extraction.py --only hant,oneline   # only these rewritings

Each rewriting of a document with a truth file (dev, or the seed corpus with its golden files)
either leaves the header truth as it is or changes it in a way known in advance (a 繁体 page's
title is printed in 繁体): the record of the rewritten text is scored against that expected truth,
field by field (doc_number, issuers, level, region, region_path, date, title). A cell of the table
is the share right and, in brackets, the documents right on the text as collected that the
rewriting made wrong: a class of page the rules do not read yet. A rewriting that does not apply
to a document (no 文号 to re-bracket, no issuer line to move) leaves it out of that row.

The texts are in sample (dev and seed are read while rules are written), but the rewritings show
classes of page that their own texts do not: the figures say which rules hold under them, not how
well held-out documents are read. Rewritings (REWRITINGS):

  hant       every character with one traditional form printed in it (a 繁体 mirror)
  oneline    every line break removed, the lines glued or joined by a space (a data set's text)
  joinhead   the title's lines and the issuer and 文号 lines beside them joined into one headline
  chrome     page chrome above the text: a breadcrumb, 来源/作者/点击数, a later 发布时间, 字体【大 中 小】
  brackets   the 文号's 〔〕 printed as [], (), ﹝﹞ or 【】 in turn, with spaces inside
  notitle    the title line(s) dropped (the title is then not scored)
  placeless  an issuer above the addressees printed without its place (市人民政府办公室), the rest kept
  placelessall  every issuer line, the signature's too, printed without its place, when a 文号
             is printed (its prefix and the body then tell the place)
  metaissuer the issuer lines above the title moved to a '发文机关：' line at the top
  signonly   the issuer lines above the addressees dropped, the signature still printing them
  fromaddressees  the text from its addressee line on (the title then not scored), the signature
             still printing the issuers
  parentnamed  a sentence after the addressees naming the parent unit three times
  siteowner  a footer naming another province's site as the page's owner
  cndate     a signing date alone on its line printed in Chinese numerals (二〇二〇年五月八日)
  spacedsign the signature's issuer lines letter-spaced (a PDF's text layer)
  spacedhead the issuer and title lines above the addressees letter-spaced
  datefirst  the signature's date printed above its issuer lines
  nonumber   the lines printing the 文号 alone dropped (the 文号 then expected null)
  indent     every line indented with full-width spaces
  doublespace  a blank line after every line (a page that double-spaces)
  pdfwrap    every line of prose cut at 28 characters as a PDF's text layer gives it (GB/T 9704
             sets 28 a line; the title and lists of bodies are set apart and kept whole); then
             also with a paragraph's two-character indent and a page number every 22 lines
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from policy_cascades.loaders.document import parse_document  # noqa: E402
from policy_cascades.loaders.formats import read_text  # noqa: E402
from policy_cascades.loaders.hant import traditional  # noqa: E402
from policy_cascades.loaders.text import is_date_line  # noqa: E402
from tools.eval_extraction import REAL, real_cases, seed_cases  # noqa: E402
from tools.extraction_score import FIELDS, record_view, score_document, squeeze  # noqa: E402

Truth = dict[str, Any]
Rewriting = Callable[[str, Truth], Iterator[tuple[str, Truth]]]

_HEAD_LINES = 15  # how far down a header's issuer lines are looked for
_BRACKETS = ("[]", "()", "﹝﹞", "【】", "〔〕")


def hant(text: str, truth: Truth) -> Iterator[tuple[str, Truth]]:
    """The text in 繁体; the title, 文号 and issuers expected as printed, in 繁体 too."""
    printed = {name: truth[name] and traditional(truth[name]) for name in ("title", "doc_number")}
    yield traditional(text), {**truth, **printed, "issuers": [traditional(i) for i in truth["issuers"] or ()]}


def oneline(text: str, truth: Truth) -> Iterator[tuple[str, Truth]]:
    """Every line break removed: the lines glued, then the lines joined by a space."""
    for glue in ("", " "):
        yield re.sub(r"\s*\n\s*", glue, text.strip()), truth


def joinhead(text: str, truth: Truth) -> Iterator[tuple[str, Truth]]:
    """The title's lines and the issuer and 文号 lines next to them joined into one headline, a
    space between (某县人民政府办公室 关于印发…的通知 某政办发〔2020〕5号)."""
    lines = text.split("\n")
    pieces = sorted(_title_lines(lines, truth))
    if not pieces:
        return
    wanted = {squeeze(i) for i in truth.get("issuers") or ()} | {squeeze(truth.get("doc_number") or "-")}
    first, last = pieces[0], pieces[-1]
    while first > 0 and (not lines[first - 1].strip() or squeeze(lines[first - 1]) in wanted):
        first -= 1
    while last + 1 < len(lines) and (not lines[last + 1].strip() or squeeze(lines[last + 1]) in wanted):
        last += 1
    joined = [line.strip() for line in lines[first:last + 1] if line.strip()]
    if len(joined) >= 2:
        yield "\n".join([*lines[:first], " ".join(joined), *lines[last + 1:]]), truth


def _title_lines(lines: list[str], truth: Truth) -> dict[int, str]:
    """The header lines that are pieces of the title, when they make it up whole, each with the
    issuer printed before the title on it ('' when none: 某县人民政府关于…)."""
    title = squeeze(truth.get("title") or "")
    issuers = sorted((squeeze(i) for i in truth.get("issuers") or ()), key=len, reverse=True)
    found: dict[int, str] = {}
    for index, line in enumerate(lines[:_HEAD_LINES]):
        flat = squeeze(line)
        issuer = next((i for i in issuers if flat.startswith(i) and flat[len(i):]), "")
        if len(flat) - len(issuer) >= 4 and flat[len(issuer):] in title:
            found[index] = issuer
    whole = "".join(squeeze(lines[i])[len(issuer):] for i, issuer in found.items())
    return found if title and found and whole.endswith(title[-4:]) and len(whole) <= 2 * len(title) else {}


def chrome(text: str, truth: Truth) -> Iterator[tuple[str, Truth]]:
    """A breadcrumb, source, author, hits, a publication date after signing and the font bar."""
    signed = date.fromisoformat(truth["date"]) if truth.get("date") else date(2021, 6, 1)
    later = (signed + timedelta(days=23)).isoformat()
    source = "" if "来源" in text else "来源：办公室    "  # a page has one 来源
    bar = ["首页 > 政务公开 > 政策文件", f"{source}作者：管理员    点击数：1287",
           f"发布时间：{later}", "字体【大 中 小】  打印本页  关闭窗口"]
    yield "\n".join([*bar, text]), truth


def brackets(text: str, truth: Truth) -> Iterator[tuple[str, Truth]]:
    """The 文号 as printed with each other pair of brackets, spaces inside."""
    parts = re.fullmatch(r"(.+?)〔(\d{4})〕(\d+号)", truth.get("doc_number") or "")
    if parts is None:
        return
    prefix, year, serial = parts.groups()
    printed = re.compile(rf"{re.escape(prefix)}\s*[〔\[［(（【﹝]\s*{year}\s*[〕\]］)）】﹞]\s*"
                         rf"{re.escape(serial)}")
    if not printed.search(text):
        return
    for pair in _BRACKETS:
        yield printed.sub(f"{prefix} {pair[0]} {year} {pair[1]} {serial}", text), truth


def notitle(text: str, truth: Truth) -> Iterator[tuple[str, Truth]]:
    """The title dropped from the header lines that print it (an issuer before it kept); the title
    itself is then not scored."""
    lines = text.split("\n")
    pieces = _title_lines(lines, truth)
    if pieces:
        kept = [pieces[i] if i in pieces else line for i, line in enumerate(lines)]
        yield "\n".join(line for i, line in enumerate(kept) if i not in pieces or line), {**truth, "title": None}


def placeless(text: str, truth: Truth) -> Iterator[tuple[str, Truth]]:
    """Each issuer above the addressees, on its own line or before 关于 in the title, printed
    without its place (武汉市汉阳区人民政府办公室 -> 区人民政府办公室); the signature and the other
    clues kept."""
    changed = _strip_places(text, truth, everywhere=False)
    if changed != text:
        yield changed, truth


def placelessall(text: str, truth: Truth) -> Iterator[tuple[str, Truth]]:
    """Each issuer printed without its place wherever it stands alone or before 关于 (header and
    signature), when a 文号 is printed: its prefix and the body are the clues left."""
    changed = _strip_places(text, truth, everywhere=True)
    if truth.get("doc_number") and changed != text:
        # completed with the unit's own name (区… -> 汉阳区…, not 武汉市汉阳区…), unless the page still
        # prints the issuer's whole name elsewhere (a 来源 line, a title after another issuer):
        # then as printed there, as the truth files complete a placeless issuer
        own = truth["region_path"][0]
        places = _places(truth)
        issuers = [issuer if issuer in changed
                   else own + issuer[len(place):] if (place := next((p for p in places if issuer.startswith(p)), ""))
                   else issuer for issuer in truth.get("issuers") or ()]
        yield changed, {**truth, "issuers": issuers}


def _places(truth: Truth) -> list[str]:
    """The names an issuer may print its place by, longest first: 武汉市汉阳区, 汉阳区."""
    path = [p for p in truth.get("region_path") or () if p != "中国"]
    return ["".join(reversed(path[:n])) for n in range(len(path), 0, -1)]


def _strip_places(text: str, truth: Truth, everywhere: bool) -> str:
    path = [p for p in truth.get("region_path") or () if p != "中国"]
    places = _places(truth)
    word = re.search(r"(自治区|[省市县区州盟旗])$", path[0]) if path else None
    lines = text.split("\n")
    for index in range(len(lines) if everywhere else _head_end(lines)):
        for issuer in truth.get("issuers") or ():
            place = next((p for p in places if issuer.startswith(p)), None)
            line = squeeze(lines[index])
            if place and word and (line == issuer or line.startswith(issuer + "关于")):
                lines[index] = lines[index].replace(place, word.group(1), 1)
    return "\n".join(lines)


def metaissuer(text: str, truth: Truth) -> Iterator[tuple[str, Truth]]:
    """The issuer lines above the addressees dropped and a '发文机关：' line put on top."""
    issuers = [squeeze(i) for i in truth.get("issuers") or ()]
    if not issuers:
        return
    lines = text.split("\n")
    end = _head_end(lines)
    kept = [line for i, line in enumerate(lines) if not (i < end and squeeze(line) in issuers)]
    yield "\n".join([f"发文机关：{'、'.join(issuers)}", *kept]), truth


def _head_end(lines: list[str]) -> int:
    """The index of the addressee line (the first ending in ：), or 0 when the header has none."""
    return next((i for i, line in enumerate(lines[:40]) if line.rstrip().endswith(("：", ":"))), 0)


def signonly(text: str, truth: Truth) -> Iterator[tuple[str, Truth]]:
    """The issuer lines above the addressees dropped, when the signature below still prints them."""
    issuers = {squeeze(i) for i in truth.get("issuers") or ()}
    lines = text.split("\n")
    end = _head_end(lines)
    below = {squeeze(line) for line in lines[end:]}
    dropped = [i for i in range(end) if squeeze(lines[i]) in issuers]
    if dropped and issuers <= below:
        yield "\n".join(line for i, line in enumerate(lines) if i not in dropped), truth


def fromaddressees(text: str, truth: Truth) -> Iterator[tuple[str, Truth]]:
    """The text from its addressee line on (a page that lost its header), when the signature
    still prints the issuers and the 文号, if any, is printed below too; the title not scored."""
    lines = text.split("\n")
    end = _head_end(lines)
    rest = "\n".join(lines[end:])
    flat = squeeze(rest)
    issuers = [squeeze(i) for i in truth.get("issuers") or ()]
    number = truth.get("doc_number")
    if end and issuers and all(i in flat for i in issuers) and (not number or squeeze(number) in flat):
        yield rest, {**truth, "title": None}


def parentnamed(text: str, truth: Truth) -> Iterator[tuple[str, Truth]]:
    """A sentence after the addressees citing the parent unit's document and naming the parent
    three times (根据《某省人民政府关于…的通知》精神，结合某省部署…): a county's or a city's text."""
    path = [p for p in truth.get("region_path") or () if p != "中国"]
    lines = text.split("\n")
    end = _head_end(lines)
    if len(path) >= 2 and end:
        parent = path[1]
        cited = (f"根据《{parent}人民政府关于做好稳就业工作的通知》精神，结合{parent}部署，"
                 f"按照{parent}要求，制定本方案。")
        yield "\n".join([*lines[:end + 1], cited, *lines[end + 1:]]), truth


def siteowner(text: str, truth: Truth) -> Iterator[tuple[str, Truth]]:
    """A page footer naming another place's site as its owner (a repost)."""
    other = "海南省" if "海南省" not in (truth.get("region_path") or ()) else "青海省"
    yield text + f"\n主办：{other}人民政府办公厅  版权所有  {other}ICP备05000001号", truth


_CN_DIGITS = "〇一二三四五六七八九"


def _cn_number(n: int) -> str:
    tens, ones = divmod(n, 10)
    return ((_CN_DIGITS[tens] if tens > 1 else "") + ("十" if tens else "") + (_CN_DIGITS[ones] if ones else "")) or "〇"


def cndate(text: str, truth: Truth) -> Iterator[tuple[str, Truth]]:
    """The signing date printed in Chinese numerals (二〇二〇年五月八日), as many signatures are."""
    if not truth.get("date"):
        return
    year, month, day = (int(part) for part in truth["date"].split("-"))
    printed = re.compile(rf"^(\s*){year}\s*年\s*0?{month}\s*月\s*0?{day}\s*日(\s*)$", re.M)
    if printed.search(text):
        words = "".join(_CN_DIGITS[int(d)] for d in str(year)) + f"年{_cn_number(month)}月{_cn_number(day)}日"
        yield printed.sub(lambda m: m.group(1) + words + m.group(2), text), truth


def spacedsign(text: str, truth: Truth) -> Iterator[tuple[str, Truth]]:
    """The signature's issuer lines below the addressees letter-spaced, as a PDF's text layer
    prints them (某 某 县 人 民 政 府)."""
    issuers = {squeeze(i) for i in truth.get("issuers") or ()}
    lines = text.split("\n")
    end = _head_end(lines)
    changed = [" ".join(squeeze(line)) if i > end and squeeze(line) in issuers else line
               for i, line in enumerate(lines)]
    if end and changed != lines:
        yield "\n".join(changed), truth


def spacedhead(text: str, truth: Truth) -> Iterator[tuple[str, Truth]]:
    """The issuer and title lines above the addressees letter-spaced (a PDF's text layer)."""
    lines = text.split("\n")
    pieces = _title_lines(lines, truth)
    issuers = {squeeze(i) for i in truth.get("issuers") or ()}
    end = _head_end(lines)
    changed = [" ".join(squeeze(line)) if i < end and (i in pieces or squeeze(line) in issuers) else line
               for i, line in enumerate(lines)]
    if changed != lines:
        yield "\n".join(changed), truth


def datefirst(text: str, truth: Truth) -> Iterator[tuple[str, Truth]]:
    """The signature's date printed above its issuer lines instead of below them."""
    issuers = {squeeze(i) for i in truth.get("issuers") or ()}
    lines = text.split("\n")
    end = _head_end(lines)
    for index in range(end + 1, len(lines)):
        if is_date_line(lines[index].strip()):
            above = [i for i in range(max(end + 1, index - 4), index) if squeeze(lines[i]) in issuers]
            if above:
                moved = [line for i, line in enumerate(lines[:index]) if i not in above]
                signed = [lines[i] for i in above]
                yield "\n".join([*moved, lines[index], *signed, *lines[index + 1:]]), truth
            return


def nonumber(text: str, truth: Truth) -> Iterator[tuple[str, Truth]]:
    """Every line printing the 文号 alone dropped, when no other line prints it: the 文号 then
    expected null, the other fields unchanged."""
    number = squeeze(truth.get("doc_number") or "")
    lines = text.split("\n")
    alone = [i for i, line in enumerate(lines) if number and squeeze(line).strip("()（）") == number]
    if alone and sum(number in squeeze(line) for line in lines) == len(alone):
        yield "\n".join(line for i, line in enumerate(lines) if i not in alone), {**truth, "doc_number": None}


def indent(text: str, truth: Truth) -> Iterator[tuple[str, Truth]]:
    """Every non-empty line indented by two full-width spaces."""
    yield "\n".join("\u3000\u3000" + line if line.strip() else line for line in text.split("\n")), truth


_PROSE = re.compile(r"[，,。；;、]")
_HALF_WIDTH = re.compile(r"[A-Za-z0-9 .]")
_NO_LINE_START = "。，、；：）》”,;:)"  # the rules of Chinese line breaking: never first on a line


def hard_wrap(text: str, width: float = 28, indent: str = "") -> str:
    """Every line of prose (one with a comma or a stop) cut at `width` characters, Latin letters
    and digits counting half; no line starts with a closing mark (the character before goes down
    with it). Other lines (titles, bodies' names, dates) are kept whole, as a typesetter sets them.

    Example:
        >>> hard_wrap("一、稳就业，保居民就业。", width=5)
        '一、稳就\\n业，保居民\\n就业。'
    """
    out = []
    for line in text.split("\n"):
        rest = line.strip()
        if not _PROSE.search(rest):
            out.append(rest)
            continue
        rest = indent + rest
        while (cut := _cut(rest, width)) < len(rest):
            while cut > 1 and rest[cut] in _NO_LINE_START:
                cut -= 1
            out.append(rest[:cut])
            rest = rest[cut:]
        out.append(rest)
    return "\n".join(out)


def _cut(line: str, width: float) -> int:
    used = 0.0
    for k, char in enumerate(line):
        used += 0.5 if _HALF_WIDTH.match(char) else 1
        if used > width:
            return k
    return len(line)


def doublespace(text: str, truth: Truth) -> Iterator[tuple[str, Truth]]:
    """A blank line after every line that holds text, none elsewhere."""
    yield "\n\n".join(line for line in text.split("\n") if line.strip()), truth


def number_pages(text: str, per_page: int = 22) -> str:
    """A page's number (— 1 —) after every `per_page` lines, as a PDF copied to text keeps it."""
    out = []
    for k, line in enumerate(text.split("\n")):
        out.append(line)
        if k % per_page == per_page - 1:
            out.append(f"— {k // per_page + 1} —")
    return "\n".join(out)


def pdfwrap(text: str, truth: Truth) -> Iterator[tuple[str, Truth]]:
    """Prose cut at 28 characters a line; then also with a paragraph's two-character indent and
    a page number every 22 lines."""
    yield hard_wrap(text, 28), truth
    yield number_pages(hard_wrap(text, 28, "\u3000\u3000")), truth


REWRITINGS: dict[str, Rewriting] = {
    "hant": hant, "oneline": oneline, "joinhead": joinhead, "chrome": chrome, "brackets": brackets,
    "notitle": notitle, "placeless": placeless, "placelessall": placelessall, "metaissuer": metaissuer, "signonly": signonly,
    "fromaddressees": fromaddressees, "parentnamed": parentnamed, "siteowner": siteowner,
    "cndate": cndate, "spacedsign": spacedsign, "spacedhead": spacedhead,
    "datefirst": datefirst, "nonumber": nonumber, "indent": indent, "doublespace": doublespace,
    "pdfwrap": pdfwrap,
}


def header_view(text: str, source: str) -> dict[str, Any] | None:
    """The scored fields of a text's record, or None when the extractor gives no record."""
    try:
        return record_view(parse_document(text, source))
    except Exception:  # a crash is a wrong record under the rewriting, like a ParseError
        return None


def wrong_fields(record: dict[str, Any] | None, truth: Truth) -> set[str]:
    """The header fields of a record that differ from the truth (title skipped when null)."""
    score = score_document(record, {**truth, "items": []})
    return {name for name, tally in score.fields.items() if tally.total and not tally.right}


def cases(sets: list[str]) -> Iterator[tuple[str, str, Truth]]:
    """(name, text, truth) of every document with a truth file in the sets named."""
    for which in sets:
        pairs = seed_cases() if which == "seed" else real_cases(REAL / which)
        for path, truth in pairs:
            yield f"{which}/{path.name}", read_text(path), truth


def run(sets: list[str], names: list[str], verbose: bool) -> tuple[dict[str, dict[str, list[int]]], list[str]]:
    """Per rewriting and field: [right, total, broken]; and a line per document broken."""
    table = {name: {f: [0, 0, 0] for f in FIELDS} for name in ["none", *names]}
    notes: list[str] = []
    for source, text, truth in cases(sets):
        base = wrong_fields(header_view(text, source), truth)
        _count(table["none"], truth, base, base)
        for name in names:
            for variant, expected in REWRITINGS[name](text, truth):
                record = header_view(variant, source)
                wrong = wrong_fields(record, expected)
                _count(table[name], expected, wrong, base)
                for field in sorted(wrong - base):
                    if verbose:
                        got = None if record is None else record.get(field)
                        notes.append(f"- {name} {source} {field}: got {got!r}, want {expected.get(field)!r}")
    return table, notes


def _count(row: dict[str, list[int]], truth: Truth, wrong: set[str], base: set[str]) -> None:
    for field, cell in row.items():
        if field == "title" and truth.get("title") is None:
            continue
        cell[1] += 1
        cell[0] += field not in wrong
        cell[2] += field in wrong and field not in base


def render(table: dict[str, dict[str, list[int]]]) -> str:
    """The table as Markdown: a cell is the share right, (-n) the documents the rewriting broke."""
    lines = ["| rewriting | " + " | ".join(FIELDS) + " |", "|---" * (len(FIELDS) + 1) + "|"]
    for name, row in table.items():
        cells = [f"{100 * r / t:.1f}%" + (f" (-{b})" if b else "") if t else "–" for r, t, b in row.values()]
        lines.append(f"| {name} ({next(iter(row.values()))[1]}) | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", choices=("dev", "seed", "all"), default="all", dest="which")
    parser.add_argument("--only", default="", help="comma-separated rewritings (default: all)")
    parser.add_argument("--verbose", action="store_true", help="also each document a rewriting broke")
    args = parser.parse_args(argv)
    sets = ["dev", "seed"] if args.which == "all" else [args.which]
    names = [n.strip() for n in args.only.split(",") if n.strip()] or list(REWRITINGS)
    unknown = [n for n in names if n not in REWRITINGS]
    if unknown:
        parser.error(f"unknown rewriting(s): {', '.join(unknown)}; known: {', '.join(REWRITINGS)}")
    table, notes = run(sets, names, args.verbose)
    print(render(table))
    if notes:
        print("\n" + "\n".join(notes))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
