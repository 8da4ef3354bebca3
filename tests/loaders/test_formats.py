"""The formats documents come in: .txt (UTF-8, GB18030, UTF-16), .html, .docx, .pdf; what is refused."""

import io
import os
import textwrap
import time
from pathlib import Path

import pytest

from policy_cascades.errors import ParseError
from policy_cascades.graph.pipeline import corpus_files
from policy_cascades.loaders import read_document
from policy_cascades.loaders.formats import docx_to_text, html_to_text, pdf_to_text, read_text

DATA = Path(__file__).resolve().parents[1] / "data" / "formats"

LINES = [
    "周村区人民政府",
    "周政字〔2020〕8号",
    "周村区人民政府关于印发支持企业复工复产若干措施的通知",
    "各镇人民政府、街道办事处，区政府各部门：",
    "现将《支持企业复工复产若干措施》印发给你们，请认真贯彻执行。",
    "一、加大财政支持力度",
    "1.对受疫情影响较大的中小企业，给予贷款贴息支持，贴息比例不超过50%。（责任单位：区财政局）",
    "2.落实社会保险费减免政策，阶段性减免企业基本养老保险、失业保险、工伤保险单位缴费部分。"
    "（责任单位：区人力资源社会保障局）",
]
TITLE = "关于印发支持企业复工复产若干措施的通知"
PATHS = ["一", "一.1", "一.2"]


def make_docx(lines: list[str], table: list[list[str]] | None = None) -> bytes:
    import docx

    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for row, values in zip(grid.rows, table, strict=True):
            for cell, value in zip(row.cells, values, strict=True):
                cell.text = value
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def make_pdf(lines: list[str], *, text: bool = True) -> bytes:
    """A PDF in STSong-Light (a CID font, not embedded, as older government PDFs are)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    page = canvas.Canvas(buf, pagesize=A4)
    if text:
        for n, line in enumerate(lines):
            page.setFont("STSong-Light", 10)
            page.drawString(40, 800 - 20 * n, line)
        page.drawCentredString(300, 30, "— 1 —")  # a page number, dropped
    else:
        page.rect(40, 400, 500, 400, fill=1)  # a scan: a picture and no text
    page.save()
    return buf.getvalue()


def check_fields(path: Path) -> None:
    doc = read_document(path)
    assert (doc.doc_number, doc.title) == ("周政字〔2020〕8号", TITLE)
    assert [m.path for m in doc.measures] == PATHS
    assert doc.source == path.name


# --- .txt -------------------------------------------------------------------------------------

@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "utf-16", "utf-16-be",
                                      "utf-32"])
def test_read_document_txt_in_each_encoding_gives_the_fields(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "zhoucun.txt"
    data = "\r\n".join(LINES).encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data  # Python's utf-16-be writes no BOM; Windows tools do
    path.write_bytes(data)
    check_fields(path)


def test_read_text_utf16_without_bom_is_refused_saying_so(tmp_path: Path) -> None:
    path = tmp_path / "nobom.txt"
    path.write_bytes("\n".join(LINES).encode("utf-16-le"))
    with pytest.raises(ParseError, match=r"nobom\.txt: UTF-16 text without a byte-order mark"):
        read_text(path)


# --- .html ------------------------------------------------------------------------------------

def test_html_to_text_gov_page_drops_chrome_keeps_metadata_and_article() -> None:
    text = html_to_text((DATA / "zhoucun_8.html").read_bytes(), "zhoucun_8.html")  # GB2312 page
    lines = text.splitlines()
    assert lines[:3] == ["索引号：\t11370306004287089E/2020-00145\t主题分类：\t综合政务",
                         "发文机关：\t周村区人民政府\t成文日期：\t2020-03-06",
                         "发文字号：\t周政字〔2020〕8号\t发布日期：\t2020-03-09"]
    assert "周村区人民政府\n关于印发支持企业复工复产若干措施的通知" in text  # <br> is a line break
    assert lines[-1] == LINES[-1]
    for chrome in ("首页", "政务公开", "当前位置", "字体", "浏览次数", "打印", "关闭窗口", "分享",
                   "相关文件", "共渡难关", "ICP", "主办单位", "统计代码", "line-height", "搜索"):
        assert chrome not in text, chrome


def test_read_document_gov_page_gives_number_and_measures() -> None:
    doc = read_document(DATA / "zhoucun_8.html")
    assert doc.doc_number == "周政字〔2020〕8号"
    assert [m.path for m in doc.measures] == PATHS
    assert doc.region == "周村区"


def test_read_document_gov_page_title_skips_metadata_table() -> None:
    assert read_document(DATA / "zhoucun_8.html").title == TITLE


def test_read_document_html_article_gives_the_fields(tmp_path: Path) -> None:
    body = "".join(f"<p>&nbsp;&nbsp;{line}</p>\n" for line in LINES)
    page = f"""<html><head><meta charset="utf-8"><script>var a = "首页";</script></head>
    <body><nav><a href="/">首页</a></nav><div class="article">{body}</div>
    <footer>版权所有</footer></body></html>"""
    path = tmp_path / "zhoucun.htm"
    path.write_text(page, "utf-8")
    check_fields(path)


@pytest.mark.parametrize(("declared", "encoding"), [("gbk", "gb18030"), ("utf-8", "gb18030"),
                                                    ("gb2312", "utf-8"), ("", "gb18030")])
def test_html_to_text_declared_or_wrong_charset_still_decodes(declared: str, encoding: str) -> None:
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={declared}">'
    page = f"<html><head>{meta if declared else ''}</head><body><p>周政字〔2020〕8号</p></body></html>"
    assert html_to_text(page.encode(encoding)) == "周政字〔2020〕8号\n"


def test_html_to_text_table_row_cells_are_tab_joined_and_br_breaks() -> None:
    page = ("<table><tr><th>序号</th><th>工作任务</th><th>牵头单位</th></tr>"
            "<tr><td>1</td><td>稳岗返还</td><td>区人社局</td></tr></table><p>一行<br>二行</p>")
    assert html_to_text(page.encode()) == "序号\t工作任务\t牵头单位\n1\t稳岗返还\t区人社局\n一行\n二行\n"


def test_html_to_text_layout_table_keeps_the_article_lines() -> None:
    cells = "".join(f"<p>{line}</p>" for line in LINES)
    page = f"<table><tr><td width='10'>&nbsp;</td><td>{cells}</td></tr></table>"
    assert html_to_text(page.encode()).splitlines() == LINES


def test_html_to_text_page_of_only_chrome_names_the_file() -> None:
    with pytest.raises(ParseError, match=r"menu\.html: the page has no article text"):
        html_to_text(b"<script>x()</script><ul class='nav'><li>a</li></ul>", "menu.html")


# --- .docx ------------------------------------------------------------------------------------

def test_read_document_docx_gives_the_fields(tmp_path: Path) -> None:
    path = tmp_path / "zhoucun.docx"
    path.write_bytes(make_docx(LINES))
    check_fields(path)


def test_docx_to_text_tables_are_rows_of_cells_in_order() -> None:
    data = make_docx(["一、重点任务"], [["序号", "工作任务", "牵头单位"], ["1", "稳岗返还", "区人社局"]])
    assert docx_to_text(data) == "一、重点任务\n序号\t工作任务\t牵头单位\n1\t稳岗返还\t区人社局\n"


def test_docx_to_text_not_a_zip_names_the_file() -> None:
    with pytest.raises(ParseError, match=r"fake\.docx: not a readable \.docx file"):
        docx_to_text(b"PK\x03\x04 not really", "fake.docx")


# --- .pdf -------------------------------------------------------------------------------------

def test_read_document_pdf_gives_the_fields(tmp_path: Path) -> None:
    path = tmp_path / "zhoucun.pdf"
    path.write_bytes(make_pdf(LINES))
    check_fields(path)
    assert "— 1 —" not in read_text(path)


def test_pdf_to_text_scan_without_text_layer_says_it_needs_ocr() -> None:
    with pytest.raises(ParseError, match=r"scan\.pdf: the PDF has no text layer .* needs OCR"):
        pdf_to_text(make_pdf([], text=False), "scan.pdf")


def test_pdf_to_text_broken_file_names_it() -> None:
    with pytest.raises(ParseError, match=r"broken\.pdf: not a readable PDF"):
        pdf_to_text(b"%PDF-1.4\n garbage", "broken.pdf")


def test_pdf_to_text_without_the_extra_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "pdfplumber", None)  # as if not installed
    with pytest.raises(ParseError, match=r"policy-cascades\[pdf\]"):
        pdf_to_text(make_pdf(LINES), "x.pdf")


# --- refused ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "hint"), [
    ("notice.doc", r"libreoffice --headless --convert-to docx notice\.doc"),
    ("notice.WPS", r"libreoffice --headless --convert-to docx notice\.WPS"),
    ("notice.ofd", r"OFD .* to PDF"),
    ("notice.rtf", r"libreoffice"),
    ("notice.xlsx", r"unknown format \.xlsx; policy-cascades reads \.txt, \.html"),
    ("notice", r"unknown format \(no suffix\)"),
])
def test_read_document_unsupported_format_says_how_to_convert(tmp_path: Path, name: str,
                                                               hint: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))  # an OLE2 header
    with pytest.raises(ParseError, match=rf"{name}: .*{hint}"):
        read_document(path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_read_document_fifo_named_txt_fails_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    start = time.monotonic()
    with pytest.raises(ParseError, match=r"pipe\.txt: not a regular file \(a FIFO\)"):
        read_document(fifo)
    assert time.monotonic() - start < 5


def test_read_document_device_fails_at_once() -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    with pytest.raises(ParseError, match=r"not a regular file \(a character device\)"):
        read_text(Path("/dev/zero"))


def test_read_document_directory_named_txt_is_refused(tmp_path: Path) -> None:
    (tmp_path / "folder.txt").mkdir()
    with pytest.raises(ParseError, match=r"folder\.txt: not a regular file \(a directory\)"):
        read_document(tmp_path / "folder.txt")


def test_read_document_empty_docx_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "blank.docx"
    path.write_bytes(make_docx([""]))
    with pytest.raises(ParseError, match=r"blank\.docx: the file has no text"):
        read_document(path)


# --- corpus folders ---------------------------------------------------------------------------

def test_corpus_files_folder_yields_each_document_format(tmp_path: Path) -> None:
    names = ["a.txt", "b.HTML", "c.htm", "d.docx", "e.pdf", "f.doc", "g.png", "h.json"]
    for name in names:
        (tmp_path / name).write_text("x", "utf-8")
    got = [p.name for p in corpus_files([tmp_path])]
    assert got == ["a.txt", "b.HTML", "c.htm", "d.docx", "e.pdf", "f.doc"]


def test_textwrap_inline_page_reads_like_a_shipped_one() -> None:
    page = textwrap.dedent("""\
        <html><body>
        <div class="breadcrumb">当前位置：首页 &gt; 政策文件</div>
        <div id="content"><p>周政字〔2020〕8号</p></div>
        <div class="bottom">网站地图 | 联系我们</div>
        </body></html>""")
    assert html_to_text(page.encode("gb18030")) == "周政字〔2020〕8号\n"
