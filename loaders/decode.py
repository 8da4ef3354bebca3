"""Bytes -> text for documents that come as UTF-8 (with or without BOM) or GBK/GB18030."""

from __future__ import annotations

from errors import ParseError

_ENCODINGS = ("utf-8-sig", "gb18030")


def decode(data: bytes, source: str) -> str:
    """Decode a document's bytes, refusing empty and binary input.

    Example:
        >>> decode("周政字〔2020〕8号".encode("gb18030"), "x.txt")
        '周政字〔2020〕8号'
    """
    if not data.strip():
        raise ParseError(f"{source}: the file is empty")
    if b"\x00" in data[:4096]:
        raise ParseError(f"{source}: a binary file (NUL bytes), not a text document")
    for encoding in _ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_binary(text):
            break
        return text.replace("\r\n", "\n").replace("\r", "\n")
    raise ParseError(f"{source}: not text in UTF-8 or GB18030 (a binary file?)")


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f\v")
    return controls > len(sample) // 100
