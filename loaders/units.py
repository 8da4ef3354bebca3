"""The names of units in responsibility notes: what a unit's name is (…局, …委, 各县区人民政府),
and how a printed list of them splits (、，, and spaces, never inside brackets or a collective).

Pure functions; loaders/notes.py reads the notes that hold these lists.
"""

from __future__ import annotations

import re

from policy_cascades.loaders.hant import simplified

# What an agency's name ends with; a personal name may follow it in "X和责任人" notes.
ORG_END = (
    r"(?:局|委|厅|办|办公室|联|科协|政协|台|关|中心|支行|分行|行|院|部|会|处|(?<![土上官])司|公司|集团|队|大队|所|站|室|组|团|社|馆|党校|"
    r"府|政府|分局|指挥部|管委会|街道|镇|乡|单位|部门|机构|园区|专班|直属库|粮库)"  # 中储粮某某直属库
)
ENDS_AS_ORG = re.compile(ORG_END + r"(?:[（(〔][^（）()〔〕]{2,20}[）)〕])?$|[区县市省]$")  # 市商务局(市粮食局), 市府办〔市大数据局〕
# A note's label printed among units (…牵头单位及责任单位) is no unit.
# The role words a note's key opens with (牵头单位, 参加单位 …) and the rest of the key (牵头责任单位, 配合落实部门):
# notes.py's keys are these and a few more.
ROLE_KEY_WORDS = "牵头|配合|协办|协同|协助|责任|主责|主办|承办|参与|参加|落实|负责"
ROLE_KEY_TAIL = r"(?:责任|落实|实施|配合)?(?:单位|部门|处室)"
_LABEL = re.compile(rf"(?:{ROLE_KEY_WORDS}){ROLE_KEY_TAIL}")


# A level of government named bare, as a collective lists them: 县, 市(地), 县（市、区）.
_LEVEL = r"(?:省|自治区|设区的?市|市|州|盟|地区|地|县|区|特区|旗|乡|镇|街道|街办)"  # 特区: 贵州's county-level units
_BARE_LEVEL = re.compile(rf"{_LEVEL}(?:[（(〔]{_LEVEL}(?:[、，,]{_LEVEL})*[）)〕])?级?")  # 县级, 县〔市、区〕
# A kind of grassroots body named bare after a collective's 各 (各乡、街办、管理处; 各园区、管理处; 各办事处、场;
# 各平台、镇街: the zones' platforms and the towns and subdistricts)
_BARE_KIND = re.compile(r"管理处|办事处|[林农牧]?场|(?:开发|园|景|社)区(?:管委会)?|管委会?|平台|镇街|街镇")
_COLLECTIVE_HEAD = re.compile(rf"^各(?:{_LEVEL}{{0,2}}{_BARE_LEVEL.pattern}|{_BARE_KIND.pattern})$")  # 各县, 各县市 (of 各县市、区政府)
# The words after the units of a role group that lead (X牵头 / X主办) or support (Y配合 / Y参加 /
# Y协办), and a unit's role printed after its name: group 2 is the role word (市人民政府配合).
LEAD_WORD = "牵头|主办"
SUPPORT_WORD = "配合|参加|参与|协助|协办"
ROLE_TAIL = re.compile(rf"(分别|共同)?({LEAD_WORD}|{SUPPORT_WORD})(负责|落实|督导|督办|组织|实施)?$")  # 牵头督导, 牵头组织: leads
# The bodies a collective of levels ends with: 区政府, 县(市)政府(行署), 乡镇党委.
_LEVEL_BODY = re.compile(rf"{_BARE_LEVEL.pattern}(?:人民)?(?:政府|党委|党工委|管委会|行署|办事处)"
                         r"(?:[（(](?:行署|管委会)[）)])?")


# A deadline printed among the units (6月底完成, 长期) is no unit.
DEADLINE = re.compile(r"^(?:(?:19|20)\d{2}年)?(?:\d{1,2}月)?(?:底|末|上旬|中旬|下旬|前|底前|年底前?)?"
                      r"(?:前?完成|前)?$|^(?:长期|长期坚持|持续推进|持续开展)$")


# A collective of bodies: 各有关部门, 各县（市、区）人民政府, 各乡镇(街道), 各地 — never a clause
# that opens with 各 (各地要高度重视, 各部门切实负责).
COLLECTIVE = re.compile(r"^各[^，,。；;：:要应需须将把对按做切积认确抓]{0,24}?(?:" + ORG_END +
                        r"|[省市县区镇乡旗盟州街]|(?<!市)场|街道|街办|新区|地|地区|企业|机关)(?:[（(〔][^）)〕]{1,12}[）)〕])?$")

# Bodies named by the duty they bear, their scope before them: 负有安全生产监管职责的部门,
# 省、中直负有…职责的部门, 各县(市、区)负有…, 县级以上人民政府负有…, 市县两级负有…, 其他承担…任务的单位,
# 负有食品、药品安全监管职责的部门、单位 (one collective, though it holds 的 and 、).
_DUTY_HINT = re.compile("[负負]有|承[担擔]|具有")
_SCOPE = r"(?:[省市县区乡镇]直?|中直|驻[省市县区]|[省市县区]级(?:以上)?(?:人民政府|政府)?)(?:[（(][^（）()]{1,8}[）)])?"
DUTY_COLLECTIVE = re.compile(rf"^(?:各?{_SCOPE}(?:[、和及]?{_SCOPE})*(?:两级|三级|各级)?)?"
                             r"(?:各[\u4e00-\u9fff]{0,6}?|有关|相关|其他|其它)?(?:负有|承担|具有)[^，,。；;]{2,24}?"
                             r"(?:职责|职能|责任|任务)的(?:相关|有关)?(?:[省市县区]直)?(?:部门|单位|机关)(?:[和及、](?:部门|单位))?$")

# Words of a clause that no unit's name holds.
_CLAUSE_WORD = re.compile(r"[由的对将把需须]|要求|应当|给予|按照|通过|进行|实施|开展|确保|加强|推动")


def is_unit_name(name: str) -> bool:
    """Whether a name is printed as a unit's is: it ends as an agency's name (…局, …委,
    …管委会, 市商务局(市粮食局)) or is a collective of bodies (各县区人民政府, 各地).

    Example:
        >>> is_unit_name("市发展改革委"), is_unit_name("各乡镇(街道)"), is_unit_name("各地要高度重视")
        (True, True, False)
        >>> is_unit_name("资金由县财政局")
        False
    """
    simple = simplified(name)
    if _DUTY_HINT.search(simple) and DUTY_COLLECTIVE.match(simple):
        return True
    if len(simple) > 30 or _CLAUSE_WORD.search(simple):
        return False  # 资金由县财政局, 对符合条件的企业: a clause, not a name
    return bool(ENDS_AS_ORG.search(simple) or COLLECTIVE.match(simple))


def split_units(value: str) -> list[str]:
    """Split a list of units at 、，,；;/ and spaces, never inside brackets (各县（市、区）人民政府,
    各市〔特区、区〕人民政府) nor inside a collective that lists levels (各县、市、区政府,
    各市(地)、县(市)政府(行署)) or names bodies by their duty (省、中直负有…职责的部门); and after
    a collective a body's name follows with no mark between (区直各部门市生态环境局某某分局)."""
    return _join_collectives([part for token in _split_plain(value) for glued in _split_glued(token)
                              for part in _split_and(glued)])


# A collective of bodies (区直各部门, 各有关单位), then a body's name glued to it, opening with its level
_GLUED_AFTER_COLLECTIVE = re.compile(r"^(\S{0,6}?(?:各|有关|相关)(?:部门|单位))([省市县区州旗盟]\S{2,})$")


def _split_glued(token: str) -> list[str]:
    """A collective and the body glued after it: two units.

    Example:
        >>> _split_glued("县直各部门市自然资源局某某分局"), _split_glued("市直各部门")
        (['县直各部门', '市自然资源局某某分局'], ['市直各部门'])
    """
    m = _GLUED_AFTER_COLLECTIVE.match(token.strip())
    if m and is_unit_name(m.group(2)):
        return [m.group(1), m.group(2)]
    return [token]


def open_brackets(text: str, opens: str = "（(", closes: str = "）)") -> int:
    """How many more brackets `text` opens than it closes (below 0: closes more).

    Example:
        >>> open_brackets("各县（市、区"), open_brackets("局）"), open_brackets("各区政府〈含开发区", "〈(", "〉)")
        (1, -1, 1)
    """
    return sum(map(text.count, opens)) - sum(map(text.count, closes))


# The duty a note prints after its last unit, read off later (…和市直相关单位按职责分别负责)
_DUTY_TAIL = re.compile(r"按(?:各自)?职责(?:分工)?(?:分别)?(?:负责|落实|配合|推进)$")
_SAME_PLACE_BODY = re.compile(r"^(?:人民政府|政府|管委会|管理委员会)$")


def _split_and(token: str) -> list[str]:
    """Two bodies joined by 及 or 和 (市级各有关部门及各县市区政府, 市发改委和市财政局) are two
    units; a name holding 及 or 和 whose halves are not both bodies (市场监管及质量检测中心,
    人力资源和社会保障局, 楚雄高新区和禄丰…管委会) is one, and so is a place's Party body and its
    government named once (各县党委和人民政府, 高新区党工委和管委会). Each 及 / 和 is tried in turn, so a
    name holding 和 may come first (市人力资源和社会保障局和市财政局).

    Example:
        >>> _split_and("市人力资源和社会保障局和市财政局"), _split_and("市财政局和市人力资源和社会保障局")
        (['市人力资源和社会保障局', '市财政局'], ['市财政局', '市人力资源和社会保障局'])

    A role printed once after both (甲局和乙局分别牵头) is each one's, and a duty after the last (…按职责分别负责)
    does not hide the last body:
        >>> _split_and("区商务局和区口岸办分别牵头")
        ['区商务局分别牵头', '区口岸办分别牵头']
        >>> _split_and("各县（市、区）政府和市直相关单位按职责分别负责")
        ['各县（市、区）政府', '市直相关单位按职责分别负责']
        >>> _split_and("省财政厅等及各市政府")
        ['省财政厅', '各市政府']
    """
    for at, word in enumerate(token):
        if word not in "及和":
            continue
        left, right = token[:at], token[at + 1:]
        left = left[:-1] if left.endswith("等") and len(left) > 3 else left  # 省财政厅等及各市政府: the list's 等
        simple_left, simple_right = simplified(left), simplified(right)
        if _SAME_PLACE_BODY.match(simple_right):
            continue  # 各县党委和人民政府, 高新区党工委和管委会: the Party body and government of one place
        tail = ROLE_TAIL.search(simple_right)
        role = right[tail.start():] if tail and tail.start() >= 3 else ""  # 甲局和乙局分别牵头: both lead
        bare_right = _DUTY_TAIL.sub("", simple_right[:len(simple_right) - len(role)])  # (…单位按职责分别负责)
        if (len(left) >= 3 and (len(right) >= 3 or simple_right.startswith("各"))
                and ENDS_AS_ORG.search(simple_left)
                and (ENDS_AS_ORG.search(bare_right) or _CLASS_START.match(simple_right))
                and not _role_key(simple_right) and not _role_key(simple_left)):
            return [left + role, *_split_and(right)]
    return [token]


def _role_key(simple: str) -> bool:
    """Whether a name holds a role's key (配合单位, 责任部门) — not a class of bodies named by their role
    (各责任单位, 各产业链责任单位, 相关责任单位: a collective, or a class a note's reading drops)."""
    return _LABEL.search(simple) is not None and not _CLASS_START.match(simple)


_CLASS_START = re.compile(r"^(?:各|相关|有关|其他|其它)")


def _join_collectives(tokens: list[str]) -> list[str]:
    """各县 / 市 / 区政府 -> 各县、市、区政府: a 各 and a bare level, the bare levels after it and a
    level's body that closes them (区政府) are one collective name, and so are the kinds of body
    named bare after it (各乡、街办、管理处); 各区、市财政局 stays two. Then
    the bodies a duty names are joined (_join_duty_scopes)."""
    if not any(token.lstrip().startswith("各") for token in tokens):
        return _join_duty_scopes(tokens)
    out: list[str] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        index += 1
        if token.lstrip().startswith("各") and _COLLECTIVE_HEAD.match(simplified(token.strip())):
            parts = [token.strip()]
            while index < len(tokens):
                simple = ROLE_TAIL.sub("", simplified(tokens[index].strip()))  # 市人民政府配合
                if not (_BARE_LEVEL.fullmatch(simple) or _LEVEL_BODY.fullmatch(simple) or _BARE_KIND.fullmatch(simple)):
                    break
                parts.append(tokens[index].strip())
                index += 1
                if _LEVEL_BODY.fullmatch(simple):
                    break  # 区政府 closes the collective
            token = "、".join(parts)
        out.append(token)
    return _join_duty_scopes(out)


def _join_duty_scopes(tokens: list[str]) -> list[str]:
    """省 / 中直负有…职责的部门 -> 省、中直负有…职责的部门: the pieces a split at 、 made of the
    bodies a duty names (its scopes before it, a 、 inside the duty, 部门、单位 after it) are one
    collective, a role word after it or not.

    Example:
        >>> _join_duty_scopes(["省应急厅", "省", "中直负有安全生产监管职责的部门"])
        ['省应急厅', '省、中直负有安全生产监管职责的部门']
        >>> _join_duty_scopes(["省", "市", "县负有食品", "药品安全监管职责的部门配合"])
        ['省、市、县负有食品、药品安全监管职责的部门配合']
    """
    if not any(_DUTY_HINT.search(token) for token in tokens):
        return tokens  # (cheap: most lists name no duty)
    out: list[str] = []
    i = 0
    while i < len(tokens):
        for j in range(min(len(tokens), i + 5), i + 1, -1):  # the longest run of pieces that is one
            joined = "、".join(token.strip() for token in tokens[i:j])
            if DUTY_COLLECTIVE.match(ROLE_TAIL.sub("", simplified(joined))):
                out.append(joined)
                i = j
                break
        else:
            out.append(tokens[i])
            i += 1
    return out


def _split_plain(value: str) -> list[str]:
    if not any(ch in value for ch in _OPENS):
        return [piece for token in _PUNCT_SPLIT.split(value) for piece in _split_spaces(token)]
    out, depth, start = [], 0, 0
    for index, ch in enumerate(value):
        if ch in _OPENS:
            depth += 1
        elif ch in _CLOSES:
            depth = max(0, depth - 1)
        elif depth == 0 and _PUNCT_SPLIT.match(ch):
            out.append(value[start:index])
            start = index + 1
    return [piece for token in [*out, value[start:]] for piece in _split_spaces(token)]


_PUNCT_SPLIT = re.compile(r"[、，,；;/]")
_OPENS, _CLOSES = "（(〔〈", "）)〕〉"  # 各区人民政府〈含开发区、园区〉 is one unit


def _split_spaces(token: str) -> list[str]:
    """Spaces separate units (市财政局 市人社局) or are a PDF's line break inside a name (能 源局):
    split only when every part is a unit's name, else close the gap."""
    parts = token.split()
    if len(parts) <= 1:
        return [token]
    if all(is_unit_name(part) for part in parts):
        return parts
    return ["".join(parts)]
