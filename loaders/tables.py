"""Task tables flattened to text, read as items: cells joined by | or tabs (序号|工作任务|牵头单位),
by spaces (a row per line), or one cell a line (tables_as_items runs the three readers).

A 任务分工 table loses its grid when a page or a PDF is turned into text: each row becomes one
line whose cells are joined by | or tabs. A table is recognised by its header row: a column of
tasks (工作任务, 重点任务, 具体措施 …) and at least one column of units (牵头单位, 责任单位 …). Each
row under it with as many cells is rewritten, in place, as the numbered item with its note that
the outline reader knows: 1.落实稳岗返还政策（牵头单位：县人社局；配合单位：县财政局）; the header row
becomes a blank line. The number is
the row's 序号 when the table has one, else its place in the table. Lines keep their count, so
warnings still name the right line.
"""

from __future__ import annotations

import re

from policy_cascades.loaders.hant import simplified
from policy_cascades.loaders.notes import (
    bracket_trailing_note,
    cut_short,
    duty_sentence,
    is_note_key,
    is_role_key,
    is_role_list,
    is_unit_list,
)
from policy_cascades.loaders.text import CN_NUMERAL, match_marker
from policy_cascades.loaders.units import ENDS_AS_ORG, is_unit_name

_SEPARATOR = re.compile(r"\s*[|｜\t]\s*")
# A column of tasks: 重点任务, 工作内容, 项目名称, 实事项目, 具体工作任务和要求, and the steps beside them
# (工作举措及实施计划)
_TASK_COLUMN = re.compile(r"^(?:主要|重点|具体|督查|督办|决策)?(?:工作)?(?:任务|内容|措施|事项|举措|项目)(?:内容|名称)?"
                          r"(?:[和及与](?:要求|目标|标准))?$"
                          r"|^工作(?:任务|内容)$|^(?:民生)?实事(?:项目)?$|^目标名称$|^(?:主要)?目标[与和及]?任务$"
                          r"|^(?:工作|具体|主要)?(?:举措|措施)(?:及|和|与)(?:实施|进度|工作)?(?:计划|安排)$")
_RULE_CELL = re.compile(r"^:?-{2,}:?$|^$")  # a Markdown table's rule: ---, :---, ---:
_NUMBER_COLUMN = re.compile(r"^(?:序号|编号|序)$")
_ROW_NUMBER = re.compile(rf"^(?:\d{{1,3}}|{CN_NUMERAL}|[（(]\d{{1,3}}[）)])$")  # 1, 一, (1)


def tables_as_items(lines: list[str]) -> list[str]:
    """Every task table of the text read as items with notes, however it was flattened: cells
    joined by | or tabs, by spaces, or one cell a line."""
    return read_tables(lines)[0]


def read_tables(lines: list[str]) -> tuple[list[str], list[int]]:
    """tables_as_items, and the lines (0-based) of the rows the excerpt cut short of their cells:
    read as far as they go, each a doubtful piece the document's record should warn of.

    Example:
        >>> read_tables(["序号|工作任务|牵头单位|配合单位", "1|落实稳岗返还|县人社局"])[1]
        [1]
    """
    rows, cut = _rows_as_items(bordered_cells_as_rows(bar_closed_cells(lines)))
    return glued_rows_as_notes(stacked_rows_as_notes(spaced_rows_as_items(rows))), cut


_BARE_BORDER = re.compile(r"^\s*[|｜]+\s*$")
_CLOSED_CELL = re.compile(r"^([^|｜]*\S)\s*[|｜]\s*$")  # one cell, then the bar closing it
_CLOSED_CELLS = 6  # so many such lines make a table printed so, not a stray bar


def bar_closed_cells(lines: list[str]) -> list[str]:
    """A table printed one cell a line, each cell closed by a bar (序号 | / 工作任务 | / 责任单位 | /
    1 | / …), its rows opened by a bar alone, its empty cells bars alone (| / ||||||): the bars
    dropped, so that the reader of cells stacked one a line reads it. Not where lines of bars alone
    are half as many as the closed cells or more, or two lines of empty cells or more stand among
    the rows (cells merged over rows): a bordered table's (bordered_cells_as_rows).

    Example:
        >>> bar_closed_cells(["序号 |", "工作任务 |", "责任单位 |", "1 |", "加快改造低效竹林 |", "市林业局 |"])
        ['序号', '工作任务', '责任单位', '1', '加快改造低效竹林', '市林业局']
    """
    closed = [i for i, line in enumerate(lines) if _CLOSED_CELL.match(line)]
    bare = [i for i, line in enumerate(lines) if _BARE_BORDER.match(line)]
    spans = sum(1 for i in bare if lines[i].count("|") + lines[i].count("｜") >= 2)
    if len(closed) < _CLOSED_CELLS or len(closed) <= 2 * len(bare) or spans >= 2:
        return lines  # cells between lines of bars alone, or rows of empty cells under merged ones
        # (||||||, || between a row's parts): bordered_cells_as_rows reads those
    out = list(lines)
    for i in closed:
        out[i] = _CLOSED_CELL.match(lines[i]).group(1)  # type: ignore[union-attr]
    for i in bare:
        out[i] = ""  # a row's opening bar, or the bars of empty cells (||||||)
    return out


def bordered_cells_as_rows(lines: list[str]) -> list[str]:
    """A table printed one cell a line with its borders on lines of their own (工作任务 / | / 工作要求 /
    | / 牵头单位 / | / 责任单位 / | / 一、… / ||| / 1.… / | / …): rebuilt as rows of cells joined by |,
    each on its first line, the rest left blank, so that the | table reader reads it by its header.
    A border line of k bars closes a cell and k - 1 empty ones; a cell printed over several lines
    (one unit a line) is one cell. Only where the text has three such lines or more, under a header
    of three cells or more naming a column of units; else the text as it is.

    Example:
        >>> rows = bordered_cells_as_rows(["工作任务", "|", "要求", "|", "牵头单位", "|", "配合单位", "|",
        ...                                "1.公开规划", "|", "设立专题", "|", "|", "县发改局", "|"])
        >>> [row for row in rows if row]
        ['工作任务|要求|牵头单位|配合单位', '1.公开规划|设立专题||县发改局']
    """
    lines = _without_opening_bars(lines)
    borders = [i for i, line in enumerate(lines) if ("|" in line or "｜" in line) and _BARE_BORDER.match(line)]
    if len(borders) < 3:
        return lines
    cells: list[tuple[int, list[str]]] = []  # (the line a cell starts on, its lines)
    start = next((i for i in range(borders[0] - 1, -1, -1) if lines[i].strip()), None)
    if start is None:
        return lines
    previous = start - 1
    for border in borders:
        texts = [(i, lines[i].strip()) for i in range(previous + 1, border) if lines[i].strip()]
        if texts or cells:
            cells.append((texts[0][0] if texts else border, [t for _, t in texts]))
        cells.extend((border, []) for _ in range(len(lines[border].strip()) - 1))
        previous = border
    width = next((k for k, (_, texts) in enumerate(cells) if texts and (
        match_marker(texts[0]) or texts[0] == "1" and k and "".join(cells[0][1]) in ("序号", "序號"))), 0)
    header = ["".join(texts) for _, texts in cells[:width]]  # (a 序号 column's bare 1 opens the first row)
    if width < 3 or not any(is_role_key(re.sub(r"\s+", "", simplified(name))) for name in header):
        return lines
    out = list(lines)
    for i in range(start, borders[-1] + 1):
        out[i] = ""
    for at in range(0, len(cells), width):
        row = cells[at:at + width]
        out[row[0][0]] = "|".join(_cell_text(texts) for _, texts in row)
    return out


def _without_opening_bars(lines: list[str]) -> list[str]:
    """A bordered table whose rows each open with a bar of their own (| / 序号 / | / 事项 / | / 责任单位 / | / |
    / 1 / | …: a bar closing the row's last cell, then one opening the next): the opening bars blanked, the
    first row's too, so that each bar closes a cell. Only where two rows or more open so.

    Example:
        >>> _without_opening_bars(["目录", "|", "序号", "|", "事项", "|", "|", "1", "|", "规划", "|", "|", "2"])
        ['目录', '', '序号', '|', '事项', '|', '', '1', '|', '规划', '|', '', '2']
    """
    bars = [i for i, line in enumerate(lines) if line.strip() in ("|", "｜")]
    # a bar after a bar opens a row when a row number follows it (two bars with text after them are an empty cell)
    opening = [i for at, i in enumerate(bars) if at and bars[at - 1] == i - 1 and _opens_row(lines, i)]
    first = bars[0] if bars else None
    if len(opening) < 2 or first is None or _next_text(lines, first) not in ("序号", "序號"):
        return lines
    out = list(lines)
    for i in [first, *opening]:
        out[i] = ""
    return out


def _next_text(lines: list[str], at: int) -> str:
    return next((line.strip() for line in lines[at + 1:] if line.strip()), "")


def _opens_row(lines: list[str], at: int) -> bool:
    """Whether the text after a bar is a row's number (1, 2 …)."""
    return _next_text(lines, at).isdigit()


def _cell_text(texts: list[str]) -> str:
    """A cell's lines as one: units printed one a line joined by 、, other text run together."""
    if len(texts) > 1 and all(is_unit_name(text) for text in texts):
        return "、".join(texts)
    return "".join(texts)


# A table's header whose cells lost their borders, glued into one line: 序号…部署任务…落实措施牵头单位责任单位完成时限备注
_DEADLINE_WORDS = ("完成时", "完成時", "时间节点", "時間節點")
_GLUED_KEYS = re.compile(r"(?:牵头|配合|责任|协办|参与)(?:单位|部门)")
_GLUED_DEADLINE = re.compile(r"(?:(?:19|20)\d{2}年)?\d{1,2}月(?:底|末|上旬|中旬|下旬)?(?:前|底前)?(?:完成)?$|(?:长期坚持|长期|持续推进)$")
# A unit's name glued to the next (市行政审批局市司法局): it ends as a body's name does, and the next opens
# with a level's word
_GLUED_NAME = re.compile(r".+?(?:局|委|办|厅|中心|单位|部门|政府|管委会|办公室)(?=[省市区县各]|$)")


def glued_rows_as_notes(lines: list[str]) -> list[str]:
    """A task table whose cells lost their borders: under a header glued into one line that names its
    columns of units and a deadline (…落实措施牵头单位责任单位完成时限备注), each row's text ends with its
    unit cells and its deadline glued on (…督办。市行政审批局市司法局市级相关单位,各区县政府2022年9月底).
    The units after the row's last full stop are its note: the first unit in the first column of units,
    the others in the next (the cells' boundary is not printed), the deadline no unit.

    Example:
        >>> glued_rows_as_notes(["序号工作任务落实措施牵头单位责任单位完成时限",
        ...                      "(1)编制事项清单。市行政审批局市司法局,各区县政府2022年9月底"])[1]
        '(1)编制事项清单。（牵头单位：市行政审批局；责任单位：市司法局、各区县政府）'
    """
    if not any(word in line for line in lines for word in _DEADLINE_WORDS):
        return lines  # no column of deadlines named anywhere (most texts)
    keys: list[str] = []
    out = list(lines)
    for index, line in enumerate(lines):
        flat = re.sub(r"\s+", "", simplified(line))
        if not flat:
            continue
        if _TABLE_END.match(flat):
            keys = []
        found = _GLUED_KEYS.findall(flat)
        if (len(flat) <= 80 and found and re.search("完成时限|完成时间|时间节点", flat)
                and _TASK_WORD.search(flat) and not re.search("[。，,；;：:]", flat)):
            keys, out[index] = found[:2], ""  # the header: no text of the document's
            continue
        if keys:
            out[index] = _glued_note(line, keys) or line
    return out


def _glued_note(line: str, keys: list[str]) -> str | None:
    stop = max(line.rfind("。"), line.rfind("；"))
    if stop < 0:
        return None
    tail = _GLUED_DEADLINE.sub("", line[stop + 1:].strip())
    units = [name for part in re.split(r"[、，,]", tail) if part for name in _glued_names(part)]
    if not units or not all(is_unit_name(unit) for unit in units):
        return None
    first, rest = (units[:1], units[1:]) if len(keys) > 1 else (units, [])
    fields = [f"{keys[0]}：{'、'.join(first)}"] + ([f"{keys[1]}：{'、'.join(rest)}"] if rest else [])
    return f"{line[:stop + 1]}（{'；'.join(fields)}）"


def _glued_names(part: str) -> list[str]:
    """The units' names glued in a cell (市行政审批局市司法局), read in simplified form (a 繁体 mirror's
    市行政審批局市司法局 too) and cut as printed."""
    spans = [m.span() for m in _GLUED_NAME.finditer(simplified(part))]
    return [part[a:b] for a, b in spans] or [part]


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in _SEPARATOR.split(line.strip().strip("|｜"))]


def _closed_cells(line: str) -> list[str]:
    """The cells of a row closed by a bar, the empty ones before that bar kept (_cells drops them).

    Example:
        >>> _closed_cells("1 | 大力提振消费。 | ||"), _cells("1 | 大力提振消费。 | ||")
        (['1', '大力提振消费。', '', ''], ['1', '大力提振消费。', ''])
    """
    parts = [part.strip() for part in re.split(r"[|｜\t]", line.strip())]
    if line.strip()[:1] in ("|", "｜"):
        parts = parts[1:]  # the bar opening the row
    return parts[:-1] if len(parts) > 1 and not parts[-1] else parts  # the bar closing it


def rows_as_items(lines: list[str]) -> list[str]:
    """The lines, with every row of a task table rewritten as a numbered item with its note.

    Example:
        >>> rows_as_items(["序号|工作任务|牵头单位|配合单位", "1|落实稳岗返还|县人社局|县财政局"])[1]
        '1.落实稳岗返还（牵头单位：县人社局；配合单位：县财政局）'
    """
    return _rows_as_items(lines)[0]


def _rows_as_items(lines: list[str]) -> tuple[list[str], list[int]]:
    if not any("|" in line or "｜" in line or "\t" in line for line in lines):
        return lines, []
    lines = _rejoined_rows(lines)
    out, cut = list(lines), []
    header: list[str] | None = None
    closed_rows = False
    count = 0
    last = max((i for i, line in enumerate(lines) if line.strip()), default=-1)
    for index, line in enumerate(lines):
        if not _SEPARATOR.search(line.strip().strip("|｜")):
            if header is not None and line.strip()[-1:] in ("|", "｜"):
                out[index] = line.strip().strip("|｜").strip()  # a row of one cell (一、…|): a heading across the table
            elif line.strip():
                header = None  # the table has ended
            continue
        cells = _cells(line)
        if header is not None and all(_RULE_CELL.match(cell) for cell in cells):
            out[index] = ""  # | --- | :---: |: a Markdown table's rule under its header, no row
            continue
        names = [re.sub(r"\s+", "", simplified(cell)) for cell in cells]
        if _is_header(names):
            while names[-1] == "":
                names.pop()  # 时限要求 | ||: empty cells after the last column
            header, count = names, 0
            closed_rows = line.rstrip().endswith(("|", "｜"))  # every row closed by a bar, or none
            out[index] = ""  # the column names are no text of the document's
            continue
        if header is None:
            continue
        if closed_rows and len(cells) < len(header):
            cells = _closed_cells(line)  # 1 | 大力提振消费。 | ||: its empty cells before the closing bar
        if cells[0] and not any(cells[1:]):
            out[index] = cells[0]  # 二、重点… | |||: a heading across the table, its other cells empty
            continue
        while len(cells) > len(header) and cells[-1] == "":
            cells.pop()
        if (len(cells) == len(header) - 1 and not closed_rows and line.rstrip().endswith(("|", "｜"))
                and not (is_role_key(header[-1]) and is_unit_list(cells[-1]))):
            cells.append("")  # 1 | 加强… | 市政府办公室 | : the last cell empty (a header with no closing bar;
            # not a row whose first cell a spanning cell took: 2 | 做好… | 市司法局 |)
        # the text's last row may be cut short of its last cells: read with them empty
        spanned = next(((pad, found) for pad in range(len(header) if index == last else 1)
                        if (found := _under_spanning_headings(header, cells + [""] * pad, count + 1))), None)
        if spanned:
            pad, (columns, row) = spanned
            count += 1
            if pad:
                cut.append(index)
            # the note left open only when the excerpt cut a column of units or inside one
            open_note = bool(pad) and (any(is_role_key(name) for name in header[len(header) - pad:])
                                       or bool(cut_short(cells[-1])[1]))
            out[index] = _as_item(columns, row, count, cut=open_note)
            continue
        if len(cells) > len(header):
            continue
        if (2 <= len(cells) < len(header) and is_role_key(header[-1]) and is_unit_list(cells[-1])
                and _ITEM_LABEL.match(cells[0])):  # 2.建立… | 区财政局: a numbered task under a heading cell spanning rows
            cells = [""] * (len(header) - len(cells)) + cells
        if len(cells) < len(header) and not (len(cells) >= 2 and index == last and (
                _ROW_NUMBER.match(cells[0]) or any(_ITEM_LABEL.match(cell) for cell in cells[1:]))):
            continue  # a row short of cells is read only where the excerpt cuts it, at the end
        short = len(cells) < len(header)
        if short:
            cut.append(index)
        count += 1
        # the note left open when the excerpt cut a column of units or inside one (… | 市发)
        open_note = short and (any(is_role_key(name) for name in header[len(cells):])
                               or bool(cut_short(cells[-1])[1]))
        out[index] = _as_item(header, cells, count, cut=open_note)
    return out, cut


def _rejoined_rows(lines: list[str]) -> list[str]:
    """A header row a page broke over two lines at a cell's bar (工作任务 | 具体要求 / | 责任单位 |) joined again,
    the second line left blank so that the lines keep their numbers; not a row under a cell spanning rows
    (产业发展 | 1.加快… | 县发改局 then | 2.推进… | 县商务局: its first cell left empty), nor in a table whose rows
    all open with a bar (| a | b, Markdown's), where such a line is a row of its own.

    Example:
        >>> _rejoined_rows(["工作任务 | 具体要求", "| 责任单位 |", "1.加强… | 做好… | 市财政局 |"])
        ['工作任务 | 具体要求 | 责任单位 |', '', '1.加强… | 做好… | 市财政局 |']
        >>> _rejoined_rows(["产业发展 | 1.加快项目建设 | 县发改局", "| 2.推进招商引资 | 县商务局"])[1]
        '| 2.推进招商引资 | 县商务局'
    """
    out = list(lines)
    previous = None  # the last line with text
    for index, line in enumerate(lines):
        text = line.strip()
        if not text:
            continue
        if (previous is not None and text[0] in "|｜" and out[previous].strip()[0] not in "|｜"
                and out[previous].strip()[-1] not in "|｜" and _SEPARATOR.search(out[previous])):
            joined = f"{out[previous].rstrip()} {text}"
            if _is_header([re.sub(r"\s+", "", simplified(cell)) for cell in _cells(joined)]):
                out[previous], out[index] = joined, ""
                continue
        previous = index
    return out


def _under_spanning_headings(header: list[str], cells: list[str], count: int) -> tuple[list[str], list[str]] | None:
    """A row that prints the headings of the cells spanning it before its task (一、… | （一）… | 1 |
    加强… | 市发改委 | 全年, under 工作任务 | 具体要求 | 责任单位 | 时限要求): read from its right end,
    the cells under the note's columns are the note's, and the cells before them are the headings,
    the row's number and its task, rewritten as the item under its headings (一、…  （一）…  1.加强…).
    A task with no number of its own under a heading cell is numbered `count`, the row's place; a
    task alone in a row short of cells (those spanning it left out), its units printed, is read so
    too. None for a row with no heading nor number before its task, read as the header says.

    Example:
        >>> _under_spanning_headings(["工作任务", "具体要求", "责任单位"], ["（二）强化公开", "4.加强…", "区财政局"], 4)
        (['工作任务', '责任单位'], ['（二）强化公开  4.加强…', '区财政局'])
    """
    first = next((at for at, name in enumerate(header) if is_note_key(name)), 0)
    tail = len(header) - first
    if not first or len(cells) <= tail:
        return None
    lead, notes = cells[:-tail], cells[-tail:]
    headings = []
    while lead and _HEADING_CELL.match(lead[0]):
        headings.append(lead.pop(0).rstrip("。；;"))
    number = lead.pop(0) if len(lead) == 2 and _ROW_NUMBER.match(lead[0]) else ""
    # a row short of the cells spanning it: its task alone before its notes, their units printed
    short = len(lead) == 1 and len(cells) < len(header) and any(
        cell and is_role_key(name) for name, cell in zip(header[first:], notes, strict=True))
    spanned = headings or number or short
    if len(lead) != 1 or not spanned or not all(
            not cell or is_unit_list(cell) or is_role_list(cell) or not is_role_key(name)
            for name, cell in zip(header[first:], notes, strict=True)):
        return None
    number = number or str(count)  # （一）加强… | 集中发布…: a task without a number, numbered by its row
    task = lead[0] if _ITEM_LABEL.match(lead[0]) else f"{_marker(number)}{lead[0]}"
    return ["工作任务", *header[first:]], ["  ".join([*headings, task]), *notes]


# A heading cell: 一、… or （一）…, short and closed by 。 at most
_HEADING_CELL = re.compile(rf"^(?:{CN_NUMERAL}\s*[、.．]|[（(]{CN_NUMERAL}[）)])"
                           r"[^。；;：:]{2,40}[。；;]?$")


_SPACED_ROW = re.compile(r"^(?:(\S{1,24})\s+)?(\d{1,3})\s+(\S.{4,})$")


def spaced_rows_as_items(lines: list[str]) -> list[str]:
    """A table whose rows are lines with their cells joined by spaces: under a header line of
    short column names that has a 序号 (政策类别 序号 扶持政策事项 政策内容 实施部门), a line
    '[category] N text …' is item N, and units printed last after a key are its note. Unit columns
    between the task and later columns (序号 目标任务 责任单位 推进情况) are read where the row's cells
    list units; units a row breaks one a line after it are that row's.

    Example:
        >>> spaced_rows_as_items(["类别 序号 事项 内容 实施部门", "资金支持 1 建立帮扶机制 内容… 责任单位:市财政局"])[1]
        '1.建立帮扶机制 内容…（责任单位：市财政局）'
    """
    if not any("序号" in line or "序號" in line for line in lines):
        return lines
    out = list(lines)
    in_table, keys, inner = False, [], False
    last = max((i for i, line in enumerate(lines) if line.strip()), default=-1)
    for index, line in enumerate(lines):
        cells = simplified(line).split()  # 序號 in a 繁体 page
        glued = _glued_header(cells)  # …2018年2月24日 某市任务分解表 序号 名称 工作任务 牵头责任单位
        header = glued or (cells if _is_spaced_header(cells, line) else None)
        if header:  # the line blanked, or the paragraph run on into the header kept up to it
            in_table = True
            out[index] = line[:max(line.rfind("序号"), line.rfind("序號"))].rstrip() if glued else ""
            keys, inner = _unit_columns(header), False
            if not keys:
                keys, inner = _inner_unit_columns(header), True
            continue
        row = _SPACED_ROW.match(line.strip()) if in_table else None
        if row:
            noted = (_with_inner_unit_cells(row.group(3), keys, lines, out, index) if inner
                     else _with_unit_cells(row.group(3), keys, cut=index == last)
                     or _with_broken_unit_cells(row.group(3), keys, lines, out, index, last))
            out[index] = f"{row.group(2)}.{noted or bracket_trailing_note(row.group(3))}"
    return out


def _glued_header(cells: list[str]) -> list[str] | None:
    """The header cells a long paragraph ends with, from its 序号 on (a PDF's text that ran the
    notice, its signature and the table's header together), when they are a header's."""
    if len(cells) < 6 or "序号" not in cells[1:]:
        return None
    tail = cells[len(cells) - cells[::-1].index("序号") - 1:]
    return tail if _is_spaced_header(tail, " ".join(tail)) and is_role_key(tail[-1]) else None


def _is_spaced_header(cells: list[str], line: str) -> bool:
    """A header row of short column names with a 序号; longer names (具体实施措施和可检查的工作成果)
    when it names a column of units."""
    if not 3 <= len(cells) <= 12 or "序号" not in cells:
        return False
    if len(line) <= 80 and all(len(cell) <= 10 for cell in cells):
        return True
    return len(line) <= 120 and all(len(cell) <= 20 for cell in cells) and any(is_role_key(c) for c in cells)


def _unit_columns(names: list[str]) -> list[str]:
    """The columns of units a header ends with (… 牵头单位 参与单位 责任单位), in order."""
    keys: list[str] = []
    for name in reversed(names):
        if not is_role_key(name):
            break
        keys.insert(0, name)
    return keys


def _inner_unit_columns(names: list[str]) -> list[str]:
    """The first run of unit columns inside a header, after its task (… 目标任务 责任单位 推进情况)."""
    start = next((at for at, name in enumerate(names) if at and is_role_key(name)), len(names))
    keys: list[str] = []
    for name in names[start:]:
        if not is_role_key(name):
            break
        keys.append(name)
    return keys


def _with_inner_unit_cells(text: str, keys: list[str], lines: list[str], out: list[str], index: int) -> str | None:
    """A spaced row whose unit cells sit between its task and its later cells: the cells after the task
    that each list units are its note, the later cells go on after it. One unit column takes every
    unit cell in a row (区发展改革局 区统计局: a cell of two set apart by a space); several take theirs in
    order, an empty one last (区发改局 2024年底: the lead alone), and more cells than columns tell no
    column from another. Units the row breaks one a line after it (区农业农村委 / 区林业局 / …, its later
    cells on a line of their own) are added to its last unit cell, and their lines left blank."""
    cells = re.sub(r"(?<=[、，,])\s+", "", text).split()  # 区住建局、 区城管局: one cell
    at = next((at for at in range(1, len(cells)) if is_unit_list(cells[at])), None)
    if not keys or at is None:
        return None
    end = at
    while end < len(cells) and is_unit_list(cells[end]):
        end += 1
    units = cells[at:end]
    if len(keys) == 1:
        units = ["、".join(units)]
    elif len(units) > len(keys):
        return None
    if end == len(cells):
        follow = index + 1
        while follow < len(lines) and _lone_units(lines[follow]):
            units[-1] += "、" + lines[follow].strip()
            out[follow] = ""
            follow += 1
    note = "；".join(f"{key}：{cell}" for key, cell in zip(keys, units, strict=False))
    rest = " ".join(cells[end:])
    return " ".join(cells[:at]) + f"（{note}）" + (f" {rest}" if rest else "")


def _lone_units(line: str) -> bool:
    """A line holding only a unit's name or a list of them, no spaces (a cell broken off its row)."""
    plain = line.strip()
    return bool(plain) and " " not in plain and not match_marker(plain) and is_unit_list(plain)


def _with_unit_cells(text: str, keys: list[str], cut: bool) -> str | None:
    """A spaced row's last cells under the header's unit columns, as the row's note: its task
    cells hold spaces (加强水资源保 护), its unit cells none, so they are taken from the end, and
    only when each is a list of units. The text's last row may be cut inside its last cell (…、高):
    its note is left open, for the note reader to drop the cut unit."""
    cells = text.split()
    if not keys or len(cells) <= len(keys):
        return None
    units = cells[-len(keys):]
    if is_unit_list(cells[-len(keys) - 1]):
        return None  # 县发改局 县财政局 县自然资源局 under two columns: which cell holds two units is not told
    if keys[0].startswith("牵头") and units[0].startswith("各"):
        return None  # a lead column's cell is one body, not a collective (覆盖 各乡镇 县人社局: a task's words)
    whole = [is_unit_list(cell) for cell in units]
    open_end = cut and not whole[-1] and _units_before_cut(units[-1])
    if not all(whole[:-1]) or not (whole[-1] or open_end):
        return None
    note = "；".join(f"{key}：{cell}" for key, cell in zip(keys, units, strict=True))
    return " ".join(cells[:-len(keys)]) + f"（{note}" + ("" if open_end else "）")


def _with_broken_unit_cells(text: str, keys: list[str], lines: list[str], out: list[str], index: int,
                            last: int) -> str | None:
    """A spaced row under two unit columns whose units go on, one cell a line, on the lines after it
    (2 一般公共预算收入增长5%左右。 区财政局 / 区税务局 / 区政府有关部门,各乡镇人民政府…): the last
    of those lines is the second column's cell, the row's own unit cell and the lines before it the first
    column's; the lines are left blank. The text's last line may be cut inside its last unit: the note
    is left open, for the note reader to drop the cut unit."""
    cells = text.split()
    if len(keys) != 2 or len(cells) < 2 or not is_unit_list(cells[-1]) or is_unit_list(cells[-2]):
        return None
    follow, broken, cut = index + 1, [], False
    while follow < len(lines):
        lone = _lone_units(lines[follow])
        if not (lone or follow == last and _cut_units(lines[follow])) or _signs_above_date(lines, follow):
            break  # not a cell of units; or the notice's signature under its table, its date below it
        cut = not lone
        broken.append(lines[follow].strip())
        follow += 1
    if len(broken) < 2:
        return None  # … 区财政局 / 区税务局: a second lead or the partner column's cell, not told
    for at in range(index + 1, follow):
        out[at] = ""
    first = "、".join([cells[-1], *broken[:-1]])
    return " ".join(cells[:-1]) + f"（{keys[0]}：{first}；{keys[1]}：{broken[-1]}" + ("" if cut else "）")


def _signs_above_date(lines: list[str], at: int) -> bool:
    """Whether the next line with text after lines[at] is a date line (lines[at] a signature)."""
    below = next((line.strip() for line in lines[at + 1:] if line.strip()), "")
    return bool(_TABLE_END.match(below))


def _cut_units(line: str) -> bool:
    """A line of units the excerpt cuts inside its last one (区发改委,各乡镇人民政府、街道办事处,谯城经开)."""
    plain = line.strip()
    return " " not in plain and not match_marker(plain) and _units_before_cut(plain)


def _units_before_cut(cell: str) -> bool:
    """Whether a cell lists units up to its last one, which the excerpt may have cut (…、高)."""
    return is_unit_list(re.sub(r"[、，,][^、，,]*$", "", cell))


_TABLE_END = re.compile(r"^(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|附\s*件|抄送|[（(]此件)")
# (letter-spaced or not: 牵 头 部 门; 责任单位和工作要求)
_UNIT_WORD = re.compile(r"^\s*(?:\S\s?){0,6}(?:单\s?位|部\s?门|處\s?室|处\s?室|單\s?位|部\s?門)(?:[和及]\S{2,4})?\s*$")
_NUMBER_CELL = re.compile(r"^(\d{1,3})\s*[*＊]?$")  # 1, or 1* (a mark the table explains)


def stacked_rows_as_notes(lines: list[str]) -> list[str]:
    """A table flattened one cell a line (blank lines between cells or not): the header's cells
    stacked (序号 / 重点工作任务 / 牵头单位 / 配合单位 / 备注), then each row's cells. Under such a
    header a line that is only a list of units is the row's note for the next column of units,
    rewritten as one (牵头单位：市税务局。), and a 序号 cell on its own line numbers the task below it
    (1 / 加强… -> 1.加强…); the header lines become blank.

    Example:
        >>> stacked_rows_as_notes(["序号", "主要任务", "责任单位", "1", "落实稳岗返还。", "市人社局、市财政局"])[3:]
        ['', '1.落实稳岗返还。', '责任单位：市人社局、市财政局。']
    """
    if not any(len(line) <= 40 and _UNIT_WORD.search(line) for line in lines):
        return lines  # no short line names a column of units: no such table (most texts)
    out = list(lines)
    rows = [index for index, line in enumerate(lines) if line.strip()]
    keys: list[str] = []
    column = 0  # the column of units the next list of units fills, in the current row
    expected: int | None = None  # the next row's 序号, once a row printed one
    side_by_side = True  # no other column between the columns of units
    names: list[str] = []  # the header's cells, when it opens with 序号 (rows may then be read by position)
    whole = False  # a row of the table was read by position: the excerpt may cut the last one
    at = 0
    while at < len(rows):
        run = at
        while run < len(rows) and run - at < _HEADER_CELLS and (
                _is_column(lines[rows[run]]) or _is_fragment(lines, rows, run, at)
                or _is_broken_key(lines, rows, run, at)):
            run += 1
        cells = _joined_keys([lines[i] for i in rows[at:run]]) if run - at >= 3 else []
        header = _stacked_header(cells) if cells else None
        if header:
            (keys, side_by_side), column, expected, whole = header, 0, None, False
            names = [_column_name(cell) for cell in cells] if _NUMBER_COLUMN.match(_column_name(cells[0])) else []
            for index in rows[at:run]:
                out[index] = ""
            at = run
            continue
        index, line = rows[at], lines[rows[at]].strip()
        if keys and _TABLE_END.match(line):
            keys = []  # a date, 附件 or 抄送 line: the table is over (a signature is no note)
        number = _NUMBER_CELL.match(line) if keys else None
        if number and (expected is not None and int(number.group(1)) != expected):
            number = None  # a value cell (0, 2), not the next row's 序号
        if number and names and at + 1 < len(rows) and _whole_row(lines, rows, at, names, int(number.group(1)), whole):
            _by_column(lines, rows, at, names, int(number.group(1)), out)  # every cell printed, one a line
            at, column, expected, whole = at + len(names), 0, int(number.group(1)) + 1, True
            continue
        if number and at + 1 < len(rows):
            out[index] = ""
            task = _task_cell(lines, rows, at)
            out[rows[task]] = _numbered_task(lines[rows[task]], number.group(1))
            at, column, expected = task + 1, 0, int(number.group(1)) + 1
            continue
        if keys and (is_unit_list(line) or is_role_list(line)):  # 市发改局牵头落实;市工信局…分别落实
            key = keys[min(column, len(keys) - 1)]
            out[index] = f"{key}：{_spaced_units(line)}" + ("" if line.endswith(("。", "；")) else "。")
            column += 1
        elif keys and "要求" in keys[min(column, len(keys) - 1)] and (duties := duty_sentence(line)):
            out[index] = f"{duties}。"  # under 责任单位和工作要求: 区政府办会同各有关单位办理。
        elif side_by_side:
            column = 0  # a cell of another column ends the row's units (a task's, with no 序号 cell)
        at += 1
    return out


def _numbered_task(cell: str, number: str) -> str:
    """A task cell under its row's 序号 as an item (1 / 加强… -> 1.加强…); a cell that prints its own number
    (1.地区生产总值, under a heading cell 一、全年主要预期目标) stays as printed.

    Example:
        >>> _numbered_task("加强监测预警", "3"), _numbered_task("1.地区生产总值", "1")
        ('3.加强监测预警', '1.地区生产总值')
    """
    return cell.strip() if _ITEM_LABEL.match(cell.strip()) else f"{number}.{cell.strip()}"


def _task_cell(lines: list[str], rows: list[int], at: int) -> int:
    """The position in `rows` of the task the 序号 cell rows[at] numbers: the cell after it, or the one after
    that when the cell after it is a point's heading spanning its rows (1 / (一)围绕…做好信息公开 / 助力…:
    the heading stays a line of its own, over the task)."""
    task = at + 1
    if (_HEADING_CELL.match(lines[rows[task]].strip()) and task + 1 < len(rows)
            and not is_unit_list(lines[rows[task + 1]].strip())):  # 1 / (一)推进… / 区司法局: the task itself
        task += 1
    return task


def _whole_row(lines: list[str], rows: list[int], at: int, names: list[str], number: int, cut: bool) -> bool:
    """Whether the row whose 序号 cell is rows[at] prints a cell for each of the header's `names`,
    one a line: the next row's 序号, the table's end or the text's right after them, and no 序号
    among them; or, when `cut` may be (rows before it were whole), as many cells as the text has
    left."""
    width, following = len(names), str(number + 1)
    if at + width > len(rows) and not cut:
        return False
    inside = [lines[rows[at + k]].strip() for k in range(1, width) if at + k < len(rows)]
    after = lines[rows[at + width]].strip() if at + width < len(rows) else ""
    return (not after or after == following or bool(_TABLE_END.match(after))) and following not in inside


def _by_column(lines: list[str], rows: list[int], at: int, names: list[str], number: int, out: list[str]) -> None:
    """The row whose 序号 cell is rows[at], each cell read by its column: the number on the task
    cell after it (1 / 加强… -> 1.加强…), and a cell that lists units written under its column's
    name — a note under a column of units (责任单位：教体局。), and under another (建设地点：博望街道) no
    note a later rule could read it as."""
    out[rows[at]] = ""
    task = _task_cell(lines, rows, at)
    out[rows[task]] = _numbered_task(lines[rows[task]], str(number))
    for k in range(task - at + 1, min(len(names), len(rows) - at)):
        cell = lines[rows[at + k]].strip()
        if is_unit_list(cell) or is_role_list(cell):
            closing = "。" if is_role_key(names[k]) and not cell.endswith(("。", "；")) else ""
            out[rows[at + k]] = f"{names[k]}：{_spaced_units(cell)}{closing}"
        elif at + k == len(rows) - 1 and is_role_key(names[k]) and _cut_units(cell):
            out[rows[at + k]] = f"{names[k]}：{cell}"  # the excerpt ends inside the cell: left open, its cut unit dropped


# A header's cells stacked one a line are a dozen or so: a longer run of column-like lines is not
# searched whole from each of its lines (that took quadratic time)
_HEADER_CELLS = 24
# A header cell: a task column, or a word of one split over two lines (主要 / 任务), or 序号, 备注 …
_COLUMN = re.compile(r"^(?:序号|编号|备注|主要|重点|具体|工作|内容|事项|措施|举措|目标|任务|工作措施|重点工作(?:任务)?|进度(?:要求|安排|计划)"
                     r"|(?:内容|任务|工作)[与和及](?:要求|目标)|(?:进展|完成|推进|落实)情况|工作进展|完成(?:状态|进度)"
                     r"|(?:工作|完成)标准|考核(?:项目|指标|内容|标准|方式)|(?:计量)?单位"
                     r"|(?:(?:19|20)\d{2}年|年度)?(?:预期|主要|发展)?目标(?:任务|值)?"
                     # a project table's: 建设地点, 建设时间, 2024年建设内容, 年度投资金额（万元）
                     r"|(?:(?:19|20)\d{2}年|年度)?(?:建设|实施|计划|完成)?(?:地点|时间|时限|期限|内容|规模|性质)"
                     r"|(?:年度|计划|总)?投资(?:金额|额|规模)?)$"
                     rf"|{_TASK_COLUMN.pattern}")


# A column of persons beside the units (分管领导, 责任领导, 市政府分管领导 split over two lines)
_PERSON_COLUMN = re.compile(r"^\S{0,4}(?:领导|负责人|责任人|联系人)$")


def _is_fragment(lines: list[str], rows: list[int], run: int, at: int) -> bool:
    """A short header cell that names no known column but stands between two that do, in a run
    of header cells already started (市政府 above 分管领导: one cell printed over two lines)."""
    name = _column_name(lines[rows[run]])
    if not name or re.search(r"[\d。，,；;：:、]", name):
        return False
    after = lines[rows[run + 1]] if run + 1 < len(rows) else ""
    if run > at and len(name) <= 3 and _is_column(lines[rows[run - 1]] + lines[rows[run]]) \
            and not _is_column(lines[rows[run - 1]]):
        return True  # 要 内 容 under 主: the second half of a column's name printed over two lines
    if run > at and len(name) <= 3 and after and _is_column(lines[rows[run]] + after):
        return True  # 主 above 要 内 容: its first half
    return run > at and run + 1 < len(rows) and len(name) <= 6 and _is_column(after)


def _is_broken_key(lines: list[str], rows: list[int], run: int, at: int) -> bool:
    """A header cell of units printed over two lines (牵头责任 / 单位), either half; or a remark in
    brackets under a header cell (落实情况 / (全年))."""
    name = _column_name(lines[rows[run]])
    after = _column_name(lines[rows[run + 1]]) if run + 1 < len(rows) else ""
    before = _column_name(lines[rows[run - 1]]) if run > at else ""
    if run > at and _REMARK_CELL.match(lines[rows[run]].strip()):
        return True
    return bool(name) and len(name) <= 6 and (
        bool(after) and is_role_key(name + after) and not is_role_key(name)
        or bool(before) and is_role_key(before + name) and not is_role_key(before))


_REMARK_CELL = re.compile(r"^[（(](?![一二三四五六七八九十\d]{1,3}[）)])[^（）()]{1,6}[）)]$")  # not (一): a heading


def _joined_keys(cells: list[str]) -> list[str]:
    """Header cells with a key printed over two lines joined (牵头责任 / 单位 -> 牵头责任单位)."""
    out: list[str] = []
    for cell in cells:
        if out and (not is_role_key(_column_name(out[-1])) and is_role_key(_column_name(out[-1] + cell))
                    or not _is_column(out[-1]) and _is_column(out[-1] + cell)):  # 主 / 要 内 容 -> 主要内容
            out[-1] += cell
        else:
            out.append(cell)
    return out


def _column_name(cell: str) -> str:
    """A header cell as a column's name: 重点工作任务(杭州市2项配合工作) -> 重点工作任务."""
    return re.sub(r"[（(][^）)]*[）)]|\s+", "", simplified(cell))


def _is_column(cell: str) -> bool:
    """A header cell of a task table: 序号, 重点工作任务(…), 工作措施, 责任单位, 完成时限, 备注."""
    name = _column_name(cell)
    return bool(name) and (bool(_COLUMN.match(name)) or is_note_key(name) or bool(_PERSON_COLUMN.match(name))
                           or bool(_ASSESSOR_COLUMN.match(name)))


def _stacked_header(cells: list[str]) -> tuple[list[str], bool] | None:
    """The keys of the columns of units, in order, if these stacked lines are a task table's
    header (序号 / 工作任务 / 牵头单位 / 配合单位), and whether those columns stand side by side
    (no 责任人 or 完成时限 between them)."""
    names = [_column_name(cell) for cell in cells]
    at = [index for index, name in enumerate(names)
          if is_role_key(name) and not _PERSON_COLUMN.match(name) or _ASSESSOR_COLUMN.match(name)]
    roles = [index for index in at if is_role_key(names[index])]
    if any(_SCORE_COLUMN.match(name) for name in names):
        return None  # 考核内容 / 考核标准 / 分值: a scoring rubric, its rows no tasks
    if roles and len(at) <= 3 and _TASK_WORD.search("".join(names)):
        return [names[index] for index in at], at[-1] - at[0] == len(at) - 1
    return None


_SCORE_COLUMN = re.compile(r"^(?:分值|分数|得分|扣分|评分标准|计分(?:方法|标准)?)$")
# A column of the units that assess or score a task (评分部门, 考核单位), beside those that carry it
# out: its cells are no note of the task's (written as its text, under the column's name).
_ASSESSOR_COLUMN = re.compile(r"^(?:评分|考核|考评|评价)(?:责任)?(?:部门|单位)$")


_TASK_WORD = re.compile(r"任务|工作措施|举措|(?:重点|主要)工作|具体措施|内容|目标|实事|事项")


def _is_header(names: list[str]) -> bool:
    return (len(names) >= 2 and any(_TASK_COLUMN.match(n) for n in names)
            and any(is_note_key(n) for n in names))


_PLACE_START = "省市县区州旗盟镇乡街各团"


def _spaced_units(cell: str) -> str:
    """A cell of units set apart by spaces (县教体局 各相关乡镇政府), listed as a note lists them.

    Example:
        >>> _spaced_units("县教体局 各相关乡镇政府"), _spaced_units("县人民 政府")
        ('县教体局、各相关乡镇政府', '县人民 政府')
    """
    pieces = cell.split()  # a piece may list units of its own (市自规局、市住建局 市商务局)
    if len(pieces) > 1 and all(ENDS_AS_ORG.search(simplified(p)) or p.startswith("各") for p in pieces) and all(
            len(p) >= 4 or p[0] in _PLACE_START for p in pieces[1:]):  # not 中共某县委 宣传部: one name
        return "、".join(pieces)
    return cell


def _as_item(header: list[str], cells: list[str], count: int, cut: bool = False) -> str:
    """A row as the numbered item with its note the outline reader knows; the note of a row the
    excerpt `cut` is left open, for the note reader to drop the unit cut in two."""
    number, task, fields = str(count), "", []
    numbered = ""  # the cell after the task column opening an item of its own (1.加大…), under the task's heading
    numbered_row = False  # the row prints its own 序号
    for at, (name, cell) in enumerate(zip(header, cells, strict=False)):  # a row cut short has fewer cells
        if _NUMBER_COLUMN.match(name) and _ROW_NUMBER.match(cell):
            number, numbered_row = cell, True
        elif _TASK_COLUMN.match(name) and cell:
            task = f"{task}。{cell}" if task and not task.endswith(("。", "；")) else task + cell  # 实事项目, then its steps
        elif is_note_key(name) and cell and not _STATUS.match(simplified(cell)):  # a cell shifted into it: 已完成
            fields.append(f"{name}：{_spaced_units(cell)}")
        elif at and _TASK_COLUMN.match(header[at - 1]) and _ITEM_LABEL.match(cell):
            numbered = cell
    note = f"（{'；'.join(fields)}" + ("" if cut else "）") if fields else ""
    if numbered and not numbered_row and (not task or _GROUP_HEADING.match(task)):
        # （一）加强…。 | 1.加大… | 区财政局: the group's heading, then its item (two spaces part them for the
        # outline, text.split_glued_heading); a row under the spanning heading cell has the item alone
        return f"{task.rstrip('。；;')}  {numbered}{note}" if task else f"{numbered}{note}"
    if not numbered_row and (_ITEM_LABEL.match(task) or _HEADING_CELL.match(task.split("  ")[0])):
        # the task cell prints its own number (1.主动公开…), or its headings before it
        return f"{task}{note}"
    return f"{_marker(number)}{task}{note}"


def _marker(number: str) -> str:
    """A row's number as an outline label: 3 -> 3., 三 -> 三、, (3) as printed."""
    return number if number[:1] in "（(" else f"{number}." if number.isdigit() else f"{number}、"


_ITEM_LABEL = re.compile(r"^(?:\d{1,2}\s*[.．、](?!\d)|[（(]\d{1,2}[）)])")  # 1.加强…, (1)加强…
# How a task stands (a progress table's 落实情况 cell: 已完成, 正在推进, 持续推进中), never a unit
_STATUS = re.compile(r"^(?:已|已经|基本|全面|正在|持续|按期|按时|序时|未|尚未)?(?:完成|推进|落实|实施|办结|开展|启动)中?[。.]?$")
_GROUP_HEADING = re.compile(rf"^[（(]{CN_NUMERAL}[）)][^。；;：:（(\s]{{2,40}}[。；;]?$")
