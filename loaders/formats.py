"""Bytes -> text for the formats documents are published in, and the one reader that picks them.

The pure converters (`html_to_text`, `docx_to_text`, `pdf_to_text`, and `decode` for plain
text) take a file's bytes; `read_text` is the only function here that touches the file system.
"""

from __future__ import annotations

import io
import os
import re
import stat
from collections.abc import Callable
from pathlib import Path

from policy_cascades.errors import ParseError
from policy_cascades.loaders.decode import decode
from policy_cascades.loaders.webpage import html_to_text, tidy_line

__all__ = ["DOCUMENT_SUFFIXES", "SUFFIXES", "docx_to_text", "html_to_text", "pdf_to_text", "read_text"]

_CONVERT_WORD = "convert it first: libreoffice --headless --convert-to docx {name}"
_CANNOT = {
    ".doc": "a Word 97-2003 file (.doc) is not read; " + _CONVERT_WORD,
    ".wps": "a WPS Office file (.wps) is not read; " + _CONVERT_WORD,
    ".rtf": "an RTF file is not read; " + _CONVERT_WORD,
    ".ofd": ("an OFD file (the fixed-layout format of GB/T 33190) is not read; export it to PDF "
             "with an OFD reader or converter (e.g. 数科阅读器 or ofdrw) and load the PDF"),
    ".odt": "an OpenDocument text is not read; " + _CONVERT_WORD,
    ".caj": "a CAJ file is not read; print it to PDF with CAJViewer and load the PDF",
}
_PDF_EXTRA = "pip install 'policy-cascades[pdf]'"
_PAGE_NUMBER = re.compile(r"^[-—–－\s]*(?:第\s*)?\d{1,4}\s*(?:页)?(?:\s*/\s*共?\s*\d{1,4}\s*页?)?[-—–－\s]*$")


def _plain_text(data: bytes, source: str) -> str:
    return decode(data, source)


def docx_to_text(data: bytes, source: str = "<docx>") -> str:
    """The paragraphs and table rows of a Word (.docx) file, one per line, in reading order.

    Text boxes (where a 红头 or a 文号 often sits) come before the paragraph that anchors them;
    a table row becomes one line with its cells joined by a tab.

    Example:
        >>> import docx
        >>> buf = io.BytesIO(); d = docx.Document(); _ = d.add_paragraph("周政字〔2020〕8号")
        >>> d.save(buf); docx_to_text(buf.getvalue())
        '周政字〔2020〕8号\\n'
    """
    import docx
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as err:  # python-docx raises zipfile, KeyError and lxml errors alike
        raise ParseError(f"{source}: not a readable .docx file ({err})") from err
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            lines.extend(_table_lines(block))
        else:
            lines.extend(_textboxes(block._p))
            lines.append(block.text)
    return _finish(lines, source)


def _table_lines(table: object) -> list[str]:
    from docx.table import Table

    assert isinstance(table, Table)
    lines = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:  # a merged cell is returned once per grid column it spans
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            nested = [line for inner in cell.tables for line in _table_lines(inner)]
            cells.append(" ".join(p.text.strip() for p in cell.paragraphs if p.text.strip()))
            lines.extend(nested)
        lines.append("\t".join(cell for cell in cells if cell))
    return lines


def _textboxes(paragraph: object) -> list[str]:
    xpath = getattr(paragraph, "xpath", None)
    if xpath is None:
        return []
    found: list[str] = []
    for p in xpath(".//w:txbxContent/w:p"):  # a box is stored twice: DrawingML and a VML fallback
        text = "".join(p.xpath(".//w:t/text()")).strip()
        if text and text not in found:
            found.append(text)
    return found


def pdf_to_text(data: bytes, source: str = "<pdf>") -> str:
    """The text layer of a PDF, page by page, with page-number lines dropped.

    pdfplumber (pdfminer.six) is used rather than pypdf: on justified or letter-spaced Chinese,
    pypdf puts a space between every character, pdfplumber with a tolerance relative to the
    glyph size does not. A PDF without a text layer (a scan) needs OCR first.

    Example:
        >>> pdf_to_text(b"%PDF-1.4 nonsense", "scan.pdf")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        policy_cascades.errors.ParseError: scan.pdf: not a readable PDF (...)
    """
    try:
        import pdfplumber
        from pdfminer.pdfdocument import PDFPasswordIncorrect
    except ImportError as err:
        raise ParseError(f"{source}: reading PDF needs the 'pdf' extra: {_PDF_EXTRA}") from err
    lines: list[str] = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for page in pdf.pages:
                lines.extend((page.extract_text(x_tolerance_ratio=0.3) or "").splitlines())
    except PDFPasswordIncorrect as err:
        raise ParseError(f"{source}: the PDF is password-protected") from err
    except Exception as err:  # pdfminer raises PSException, ValueError, KeyError … on bad files
        raise ParseError(f"{source}: not a readable PDF ({type(err).__name__}: {err})") from err
    lines = [line for line in lines if not _PAGE_NUMBER.match(line)]
    if not any(line.strip() for line in lines):
        raise ParseError(f"{source}: the PDF has no text layer (a scan?); it needs OCR first, "
                         f"e.g. ocrmypdf -l chi_sim {Path(source).name} out.pdf")
    return _finish(lines, source)


def _finish(lines: list[str], source: str) -> str:
    kept = [tidy_line(line) for line in lines]
    text = "\n".join(line for line in kept if line)
    if not text:
        raise ParseError(f"{source}: the file has no text")
    return text + "\n"


_READERS: dict[str, Callable[[bytes, str], str]] = {
    ".txt": _plain_text,
    ".html": html_to_text,
    ".htm": html_to_text,
    ".shtml": html_to_text,
    ".xhtml": html_to_text,
    ".docx": docx_to_text,
    ".pdf": pdf_to_text,
}
SUFFIXES: tuple[str, ...] = tuple(_READERS)
"""The suffixes `read_text` reads (lower case)."""
DOCUMENT_SUFFIXES: tuple[str, ...] = SUFFIXES + tuple(_CANNOT)
"""What a corpus folder yields: the formats read and those refused with a conversion hint."""


def read_text(path: Path) -> str:
    """The text of one document file, chosen by its suffix; only regular files are opened.

    Example:
        >>> import tempfile
        >>> path = Path(tempfile.mkdtemp()) / "notice.doc"; _ = path.write_bytes(b"\\xd0\\xcf\\x11\\xe0")
        >>> read_text(path)  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        policy_cascades.errors.ParseError: .../notice.doc: a Word 97-2003 file (.doc) is not read; \
convert it first: libreoffice --headless --convert-to docx notice.doc
    """
    try:
        mode = os.stat(path).st_mode
    except OSError as err:
        raise ParseError(f"{path}: cannot read the file ({err.strerror})") from err
    if not stat.S_ISREG(mode):  # checked before anything opens it: opening a FIFO blocks
        raise ParseError(f"{path}: not a regular file ({_kind(mode)}); only files are read")
    suffix = path.suffix.lower()
    reader = _READERS.get(suffix)
    if reader is None:
        hint = _CANNOT.get(suffix)
        if hint is None:
            hint = (f"unknown format {suffix or '(no suffix)'}; policy-cascades reads "
                    f"{', '.join(SUFFIXES)}")
        raise ParseError(f"{path}: " + hint.format(name=path.name))
    return reader(read_regular_file(path), str(path))


def read_regular_file(path: Path) -> bytes:
    """A file's bytes, refusing at once anything but a regular file (a FIFO would block)."""
    try:
        mode = os.stat(path).st_mode
        if not stat.S_ISREG(mode):
            raise ParseError(f"{path}: not a regular file ({_kind(mode)}); only files are read")
        # O_NONBLOCK: should the path become a FIFO between stat and open, open still returns.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise ParseError(f"{path}: not a regular file; only files are read")
            return handle.read()
    except OSError as err:
        raise ParseError(f"{path}: cannot read the file ({err.strerror})") from err


def _kind(mode: int) -> str:
    kinds = ((stat.S_ISDIR, "a directory"), (stat.S_ISFIFO, "a FIFO"),
             (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
             (stat.S_ISSOCK, "a socket"))
    return next((name for test, name in kinds if test(mode)), "not a file")
