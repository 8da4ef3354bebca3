"""A text that starts over: the same document printed twice in one file (a page that repeats
its article, two copies pasted together).

Read twice, its outline would give every measure again under numbers that restart; read once,
the second copy is left out and the document says where it began.
"""

from __future__ import annotations

from policy_cascades.loaders.text import match_marker

MIN_LINE = 12  # characters: shorter lines (dates, 通知, page numbers) repeat in any document
MIN_RUN = 5  # substantial lines in a row, as printed before
MIN_MARKED = 2  # ... of which outline entries: chrome or a title printed twice is not a repeat


def repeat_start(lines: list[str]) -> int | None:
    """The index of the line where the text starts over, if it does.

    Example:
        >>> body = ["关于做好稳就业工作的通知（第一稿）", "一、加大援企稳岗力度支持企业", "二、做好高校毕业生就业工作",
        ...         "三、强化困难人员就业帮扶", "四、加强组织领导和督促检查"]
        >>> repeat_start(["标题", *body, "2020年3月6日", "某某县人民政府办公室文件", *body])
        8
        >>> repeat_start(["标题", *body]) is None
        True
    """
    substantial = [(i, line.strip()) for i, line in enumerate(lines) if len(line.strip()) >= MIN_LINE]
    first: dict[str, int] = {}
    for k, (_, text) in enumerate(substantial):
        first.setdefault(text, k)
    for k, (_, text) in enumerate(substantial):
        j = first[text]
        if j < k and _run(substantial, j, k) >= MIN_RUN and _marked(substantial, k) >= MIN_MARKED:
            while j > 0 and k - 1 > j and substantial[j - 1][1] == substantial[k - 1][1]:
                j, k = j - 1, k - 1  # the copy's header and preamble came first
            return substantial[k][0]
    return None


def _run(substantial: list[tuple[int, str]], j: int, k: int) -> int:
    """How many substantial lines from k repeat those from j, in order (never past k)."""
    n = 0
    while k + n < len(substantial) and j + n < k and substantial[j + n][1] == substantial[k + n][1]:
        n += 1
    return n


def _marked(substantial: list[tuple[int, str]], k: int) -> int:
    return sum(1 for _, text in substantial[k:k + MIN_RUN] if match_marker(text))
