"""A text whose lines were cut at a fixed width (a PDF's text layer, a page pasted from one) is read
as the text with its paragraphs whole: the same header, outline and agencies. Checked on every real
text the rules were written from (dev, the retired sets and the seed corpus, each cut at 28
characters a line as GB/T 9704 sets an official document, then also indented and with page
numbers between its lines: in sample), on a seed document set as a real multi-page PDF, and on the
classes of line a wrong join would swallow."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from policy_cascades.loaders.document import parse_document, read_document
from policy_cascades.loaders.formats import read_text
from policy_cascades.loaders.records import PolicyDocument
from policy_cascades.loaders.wrap import unwrap, wrap_width

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from tools.eval_extraction import REAL, RETIRED, SEED_CORPUS, real_cases, seed_cases  # noqa: E402
from tools.perturb_extraction import hard_wrap, number_pages  # noqa: E402

HEADER = ("doc_number", "title", "issuers", "region", "level", "date")


def _reading(doc: PolicyDocument) -> dict[str, object]:
    """The header fields, and each measure's path with its agencies."""
    out: dict[str, object] = {name: getattr(doc, name) for name in HEADER}
    out.update({m.path: (m.leads, m.supports, m.responsible) for m in doc.measures})
    return out


def _texts() -> list[Path]:
    cases = [case for name in ("dev", *RETIRED) for case in real_cases(REAL / name)]
    return [path for path, _truth in [*cases, *seed_cases()]]


@pytest.mark.parametrize(("indent", "paged"), [("", False), ("\u3000\u3000", True)])
def test_in_sample_texts_cut_at_28_characters_read_as_before(indent: str, paged: bool) -> None:
    kept = total = 0
    header_kept = header_total = 0
    for path in _texts():
        text = read_text(path)
        before = _reading(parse_document(text, path.name))
        wrapped = hard_wrap(text, 28, indent)
        after = _reading(parse_document(number_pages(wrapped) if paged else wrapped, path.name))
        for key, value in before.items():
            if key in HEADER:
                header_total += 1
                header_kept += after.get(key) == value
            else:
                total += 1
                kept += after.get(key) == value
    assert total > 1500
    # before the lines were joined back: 1623 of 1803 measures read as before (1610 indented; with
    # page numbers too, 1558), and 1386 of 1542 header fields
    assert kept / total >= 0.97, f"{kept}/{total} measures read as before"
    assert header_kept / header_total >= 0.96, f"{header_kept}/{header_total} header fields as before"


def test_texts_not_cut_at_a_width_are_left_as_they_are() -> None:
    unwrapped = [path for path in _texts() if wrap_width(read_text(path).split("\n")) is None]
    assert len(unwrapped) > 200
    assert [p.name for p in unwrapped if unwrap(read_text(p)) != read_text(p)] == []


def _pdf(lines: list[str], per_page: int = 22) -> bytes:
    """An A4 PDF set as an official document: 16-point type, 22 lines a page, a page number."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    page = canvas.Canvas(buf, pagesize=A4)
    for start in range(0, len(lines), per_page):
        page.setFont("STSong-Light", 16)
        for n, line in enumerate(lines[start:start + per_page]):
            page.drawString(70, 770 - 31 * n, line)
        page.drawCentredString(300, 40, f"— {start // per_page + 1} —")
        page.showPage()
    page.save()
    return buf.getvalue()


def test_a_seed_document_as_a_pdf_with_lines_cut_at_28_characters(tmp_path: Path) -> None:
    source = next(SEED_CORPUS.glob("004_*.txt"))  # 周村区: a county's notice, its notes across lines
    text = read_text(source)
    lines = [line for line in hard_wrap(text, 28).split("\n") if line.strip()]
    path = tmp_path / "zhoucun.pdf"
    path.write_bytes(_pdf(lines))
    assert read_text(path).count("\n") > text.count("\n")  # the PDF's lines are cut
    assert _reading(read_document(path)) == _reading(read_document(source))


def _doc(lines: list[str]) -> PolicyDocument:
    return parse_document("\n".join(lines), "page.txt")


BODY = [  # a paragraph cut at 28, then one more, as a PDF gives them
    "一、全力稳定和扩大就业。落实援企稳岗政策，对不裁员或少裁员的参",
    "保企业，返还其上年度实际缴纳失业保险费的50%，延续实施阶段性",
    "减免社会保险费政策，支持企业稳定岗位。（牵头单位：县人力资源",
    "社会保障局；配合单位：县财政局、县税务局）",
    "二、加大创业担保贷款支持力度。个人创业担保贷款最高额度提高到",
    "20万元，小微企业最高额度提高到300万元，按规定给予贴息。对符",
    "合条件的返乡入乡创业人员，给予一次性创业补贴。（牵头单位：县",
    "人力资源社会保障局；配合单位：县财政局、人民银行县支行）",
]


def test_a_note_cut_across_lines_is_read_whole() -> None:
    doc = _doc(["某县人民政府办公室关于印发稳就业若干措施的通知", "各乡镇人民政府，县直各部门：", *BODY])
    assert [(m.path, m.leads, m.supports) for m in doc.measures] == [
        ("一", ("县人力资源社会保障局",), ("县财政局", "县税务局")),
        ("二", ("县人力资源社会保障局",), ("县财政局", "人民银行县支行")),
    ]


def test_a_signature_and_a_list_of_bodies_are_not_joined_to_the_text() -> None:
    signed = ["某县人力资源和社会保障局 某县财政局 某县税务局 某县发展和改革局",
              "某县农业农村局 某县商务局 某县文化和旅游局 某县市场监督管理局",
              "某县人民政府办公室", "2020年5月8日"]
    lines = ["关于印发稳就业若干措施的通知", "某政办发〔2020〕5号", "各乡镇人民政府，县直各部门：",
             *BODY, *signed]
    text = unwrap("\n".join(lines))
    assert text.split("\n")[-len(signed):] == signed
    assert text.split("\n")[:2] == lines[:2]  # the title stays apart from its 文号


def test_a_page_chrome_line_is_not_joined_to_the_line_above() -> None:
    lines = [*BODY, "来源：某县人民政府办公室", "发布时间：2020-05-09"]
    assert unwrap("\n".join(lines)).split("\n")[-2:] == lines[-2:]
