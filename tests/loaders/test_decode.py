from pathlib import Path

import pytest

from policy_cascades.errors import ParseError
from policy_cascades.loaders import read_document
from policy_cascades.loaders.decode import decode

DATA = Path(__file__).resolve().parents[1] / "data"


def test_decode_gb18030_bytes_gives_the_text() -> None:
    assert decode("周政字〔2020〕8号".encode("gb18030"), "x.txt") == "周政字〔2020〕8号"


def test_decode_utf8_with_bom_drops_the_bom() -> None:
    assert decode("\ufeff一、总体要求".encode(), "x.txt") == "一、总体要求"


def test_decode_crlf_becomes_newlines() -> None:
    assert decode("一、总体要求\r\n1.加强领导。".encode(), "x.txt") == "一、总体要求\n1.加强领导。"


@pytest.mark.parametrize("data", [b"", b"  \n\n ", "\u3000".encode()])
def test_decode_empty_file_names_the_file(data: bytes) -> None:
    with pytest.raises(ParseError, match=r"empty\.txt: the file is empty"):
        decode(data.replace("\u3000".encode(), b" "), "empty.txt")


def test_decode_binary_file_is_refused_with_its_name() -> None:
    with pytest.raises(ParseError, match=r"scan\.pdf: a binary file"):
        decode(b"%PDF-1.4\x00\x01\x02\x03" * 20, "scan.pdf")


def test_read_document_gb18030_file_parses_like_utf8() -> None:
    utf8 = read_document(DATA / "linzi_sample.txt")
    gbk = read_document(DATA / "linzi_sample.gb18030.txt")
    assert gbk.model_dump(exclude={"source"}) == utf8.model_dump(exclude={"source"})
    assert gbk.doc_number == "临政办字〔2020〕21号"


def test_read_document_missing_file_names_it(tmp_path: Path) -> None:
    with pytest.raises(ParseError, match="nope.txt: cannot read"):
        read_document(tmp_path / "nope.txt")


def test_read_document_without_outline_gives_no_measures_and_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "notice.txt"
    path.write_text("周村区人民政府\n关于放假的通知\n\n各单位：\n\n国庆节放假七天。\n", "utf-8")
    doc = read_document(path)
    assert (doc.title, doc.region, doc.measures) == ("关于放假的通知", "周村区", ())
    assert [w.field for w in doc.warnings] == ["measures", "doc_number", "date"]
