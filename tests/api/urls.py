"""URLs for API tests: node ids and 文号 percent-encoded, as a client must send them."""

from __future__ import annotations

from urllib.parse import quote

ZHOUCUN = "周政字〔2020〕8号"  # 004: 周村区人民政府, 2020-03-06
ZHOUCUN_DOC = f"doc:{ZHOUCUN}"
HIRING = f"doc:{ZHOUCUN}#三.(一).15"  # 保障复产企业用工, led by 区人力资源社会保障局, 路德芝
STABLE_JOBS = f"doc:{ZHOUCUN}#三.(一).14"  # 加大稳岗返还
ZIBO_DOC = "doc:淄博市:关于印发淄博市六保三促工作方案修订版的通知"  # 003
NATIONAL_JOBS = "doc:中国:政府工作报告#六保.1"  # 保居民就业, the 2020 政府工作报告
HRSS = "agency:周村区:区人力资源社会保障局"


def enc(ref: str) -> str:
    """A path segment: every reserved character (#, :, /, parentheses) percent-encoded."""
    return quote(ref, safe="")
