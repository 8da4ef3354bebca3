"""A government web page (HTML bytes) -> the text of its article, with the page chrome dropped.

lxml parses the page: python-docx needs it anyway, so reading HTML adds no dependency, and its
libxml2 parser copes with the tag soup of old CMS pages. What counts as chrome: scripts and
styles, <nav>/<aside>/<footer>, elements whose id or class says nav/menu/footer/breadcrumb/share,
blocks that are mostly links (menus, related-article lists), and UI lines (字体 大 中 小, 打印,
关闭窗口). What stays: the article, and the metadata table above it (索引号, 发文机关, 成文日期,
发布日期), one row a line, cells joined by a tab, as the header parser reads them.
"""

from __future__ import annotations

import codecs
import re
from typing import Any

from policy_cascades.errors import ParseError
from policy_cascades.loaders.decode import BOMS, decode

_DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "frame", "object", "embed",
              "svg", "canvas", "nav", "aside", "footer", "select", "button", "input", "textarea",
              "map", "audio", "video", "link", "meta", "title", "head")
_BLOCKS = frozenset(("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt",
                     "dd", "table", "tbody", "thead", "tfoot", "caption", "section", "article",
                     "main", "header", "blockquote", "pre", "center", "form", "address", "figure",
                     "figcaption", "hr", "body", "html", "fieldset", "legend"))
_CHROME_NAME = re.compile(
    r"^(?:nav\w*|\w*[-_]nav|menu\w*|\w*[-_]menu|footer\w*|\w*[-_]footer|foot|bottom|"
    r"bread\w*|crumbs?|\w*[-_]crumbs?|share\w*|sidebar|topbar|toolbar|copyright|"
    r"position|location|weizhi|dqwz|skip\w*|search\w*|login\w*)$", re.I)
_LINK_LIST_TAGS = frozenset(("ul", "ol", "dl", "div", "table", "tr", "td", "section", "p"))
_UI_LINE = re.compile(
    r"^(?:[【\[(（]?\s*(?:(?:字体|字号)\s*[：:]?(?:\s*[大中小])*|打印(?:本页|本文|文章|此页)?|"
    r"关闭(?:窗口|本页)?|收藏(?:本页)?|返回顶部|返回|分享到?[：:]?|扫一扫在?手机(?:上)?打开当前页|"
    r"扫一扫|保存|纠错|(?:浏览|点击|阅读)(?:次数|量)?[：:]\s*\d*|访问量[：:]\s*\d*)\s*[】\])）]?"
    r"|[\s|丨/·]+)+$")
_BREADCRUMB = re.compile(r"^(?:当前位置|您现在的位置|您当前的位置|您的位置|所在位置|现在位置)\s*[：:]")
_META_CHARSET = re.compile(
    rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)|<\?xml[^>]*encoding=["']([^"']+)""",
    re.I)
_GB = frozenset(("gb2312", "gbk", "gb_2312-80", "x-gbk", "cp936", "euc-cn", "gb18030", "csgb2312",
                 "x-euc-cn", "windows-936", "ms936"))
_HAN = "\u3400-\u9fff"
_SPACED = re.compile(rf"(?<![{_HAN}])(?:[{_HAN}][ \u3000]){{2,}}[{_HAN}](?![{_HAN}])"
                     rf"|(?<![{_HAN}])[{_HAN}][ \u3000]+[{_HAN}](?=[：:])")  # 标 题：
_SPACE = re.compile(r"[ \t\n\r\f]+")
_BLANK = re.compile(r"[^\S\t\n]+")
_TAB = re.compile(r" ?\t[\t ]*")


def html_to_text(data: bytes, source: str = "<html>") -> str:
    """The article of a web page as lines of text, page chrome dropped.

    Example:
        >>> html_to_text("<p>周政字〔2020〕8号</p><ul class='nav'><li>首页</li></ul>".encode())
        '周政字〔2020〕8号\\n'
    """
    import lxml.html
    from lxml import etree

    text = _decode(data, source)
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    try:
        root = lxml.html.document_fromstring(text.encode("utf-8"), parser=parser)
    except (etree.ParserError, ValueError) as err:
        raise ParseError(f"{source}: not a readable HTML page ({err})") from err
    _drop_chrome(root)
    out: list[str] = []
    _render(root, out)
    lines = (tidy_line(line) for line in "".join(out).split("\n"))
    kept = [line for line in lines
            if line and not _UI_LINE.match(line) and not _is_breadcrumb(line)]
    if not kept:
        raise ParseError(f"{source}: the page has no article text")
    return "\n".join(kept) + "\n"


def tidy_line(line: str) -> str:
    """One line with its spaces collapsed (tabs between table cells kept) and letter spacing closed."""
    line = _TAB.sub("\t", _BLANK.sub(" ", line)).strip()
    return letter_spacing(line)


def letter_spacing(line: str) -> str:
    """Close up Chinese printed with a space between characters (国 务 院, 索 引 号).

    Example:
        >>> letter_spacing("索 引 号：000014349 国 务 院 办公厅 标 题：")
        '索引号：000014349 国务院 办公厅 标题：'
    """
    return _SPACED.sub(lambda m: m.group(0).replace(" ", "").replace("\u3000", ""), line)


def _decode(data: bytes, source: str) -> str:
    """BOM first, then a declared charset (GB2312/GBK read as GB18030), then UTF-8/GB18030."""
    if data.startswith(BOMS):
        return decode(data, source)
    found = _META_CHARSET.search(data[:8192])
    declared = (found.group(1) or found.group(2)).decode("ascii", "replace").lower() if found else ""
    if declared in _GB:
        declared = "gb18030"
    try:
        codec = codecs.lookup(declared).name if declared else ""
    except LookupError:
        codec = ""
    if codec and codec != "utf-8" and data.strip():
        try:
            return data.decode(codec).replace("\r\n", "\n")
        except UnicodeDecodeError:
            pass  # the page's declaration is wrong (it happens): guess as for plain text
    return decode(data, source)


def _drop_chrome(root: Any) -> None:
    from lxml import etree

    for el in root.xpath("//" + " | //".join(_DROP_TAGS)):
        if el.tag == "head" or el.getparent() is not None:
            _remove(el)
    for el in root.xpath("//header[not(ancestor::article) and not(ancestor::main)]"):
        _remove(el)
    body = root.find("body")
    total = _text_len(body if body is not None else root)
    for el in list(root.iter(etree.Element)):
        if el.getparent() is None or not _attached(el, root):
            continue
        if total > 200 and _text_len(el) > total // 2:
            continue  # a wrapper of the article is never chrome, whatever its class says
        if _chrome_name(el) or _link_list(el):
            _remove(el)


def _chrome_name(el: Any) -> bool:
    names = f"{el.get('id') or ''} {el.get('class') or ''}".split()
    return any(_CHROME_NAME.match(name) for name in names)


def _link_list(el: Any) -> bool:
    if el.tag not in _LINK_LIST_TAGS:
        return False
    links = el.findall(".//a")
    if len(links) < 3:
        return False
    linked = sum(_text_len(a) for a in links)
    return linked >= 0.8 * max(_text_len(el), 1)


def _text_len(el: Any) -> int:
    return len(re.sub(r"\s+", "", el.text_content()))


def _attached(el: Any, root: Any) -> bool:
    while el is not None:
        if el is root:
            return True
        el = el.getparent()
    return False


def _remove(el: Any) -> None:
    el.drop_tree()  # keeps the element's tail text, which belongs to the parent


def _is_breadcrumb(line: str) -> bool:
    return bool(_BREADCRUMB.match(line)) and len(line) < 120


def _render(el: Any, out: list[str]) -> None:
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag == "br":
        out.append("\n")
    elif tag == "tr":
        out.append("\n" + _row(el) + "\n")
    elif tag == "pre":
        out.append("\n" + el.text_content() + "\n")
    elif tag:
        block = tag in _BLOCKS
        out.append("\n" if block else "")
        out.append(_SPACE.sub(" ", el.text or ""))
        for child in el:
            _render(child, out)
        out.append("\n" if block else "")
    out.append(_SPACE.sub(" ", el.tail or ""))


def _row(tr: Any) -> str:
    """A row of short cells is one line (cells tab-joined); a layout row keeps its lines."""
    cells = []
    for cell in tr:
        if isinstance(cell.tag, str) and cell.tag in ("td", "th"):
            parts: list[str] = [_SPACE.sub(" ", cell.text or "")]
            for child in cell:
                _render(child, parts)
            lines = (tidy_line(line.replace("\t", " ")) for line in "".join(parts).split("\n"))
            cells.append("\n".join(line for line in lines if line))
    cells = [cell for cell in cells if cell]
    if any("\n" in cell for cell in cells):
        return "\n".join(cells)
    return "\t".join(cells)
