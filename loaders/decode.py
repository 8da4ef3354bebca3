"""Bytes -> text for documents that come as UTF-8 (with or without BOM), GBK/GB18030, or UTF-16
or UTF-32 with a byte-order mark (Windows Notepad's "Unicode")."""

from __future__ import annotations

import codecs

from policy_cascades.errors import ParseError

_ENCODINGS = ("utf-8-sig", "gb18030")
# UTF-32 first: its little-endian BOM starts with UTF-16's.
_UNICODE_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                 (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
BOMS = (codecs.BOM_UTF8, *(bom for bom, _ in _UNICODE_BOMS))
"""The byte-order marks `decode` recognises."""


def decode(data: bytes, source: str) -> str:
    """Decode a document's bytes, refusing empty and binary input.

    Example:
        >>> decode("周政字〔2020〕8号".encode("gb18030"), "x.txt")
        '周政字〔2020〕8号'
    """
    encoding = next((name for bom, name in _UNICODE_BOMS if data.startswith(bom)), None)
    if encoding is not None:
        data = _from_unicode(data, encoding, source)
    if not data.strip():
        raise ParseError(f"{source}: the file is empty")
    if b"\x00" in data[:4096]:
        if _looks_utf16(data[:4096]):
            raise ParseError(f"{source}: UTF-16 text without a byte-order mark is not supported; "
                             "save it as UTF-8")
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


def _from_unicode(data: bytes, encoding: str, source: str) -> bytes:
    """UTF-16/32 text (BOM dropped) re-encoded as UTF-8, so the checks below apply to it too."""
    try:
        return data.decode(encoding).encode("utf-8")
    except UnicodeDecodeError as err:
        raise ParseError(f"{source}: starts with a {encoding.upper()} byte-order mark but is not "
                         f"{encoding.upper()} text ({err.reason} at byte {err.start})") from err


def _looks_utf16(sample: bytes) -> bool:
    """UTF-16 without BOM: NULs (nearly) all on one parity, each paired with an ASCII character."""
    sample = sample[: len(sample) // 2 * 2]
    even, odd = sample[0::2], sample[1::2]
    nuls, other = (odd, even) if odd.count(0) > even.count(0) else (even, odd)
    pairs = [b for n, b in zip(nuls, other, strict=True) if n == 0]
    return len(pairs) >= 4 and other.count(0) * 10 <= len(pairs) and all(
        b in _ASCII_TEXT for b in pairs)


_ASCII_TEXT = frozenset(b"\t\n\r" + bytes(range(0x20, 0x7F)))
