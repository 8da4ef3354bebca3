"""The document's own title among the header lines of a page that may print it several times.

A stored page prints the title as the page's <title>, a headline, a breadcrumb, a 标题 metadata
cell and the document's own title line (often broken over two or three lines, 通 知 letter-
spaced). Each printing is a candidate; a candidate is cleaned (category tags 【规范性文件】, a
trailing (文号) or 'English', the issuer printed before 关于/印发) and the document's own title
is the metadata 标题, else the last complete candidate of document form (关于…的通知/意见/方案).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from policy_cascades.loaders.gazetteer import gazetteer
from policy_cascades.loaders.hant import simplified
from policy_cascades.loaders.text import squeeze, unspaced
from policy_cascades.loaders.units import ORG_END

TITLE_END = re.compile(
    r"(通知|意见|方案|预案|决定|办法|措施|通告|公告|报告|批复|函|规定|细则|纲要|规划|计划|计[画畫]|要点|通报|清单|"
    r"分工|分解|指引|指南|条例|决议|分工表|分解表|任务表|责任表|一览表|情况表)(?:[（(][^（()）]{1,6}[）)]"
    r"|[（(](?:19|20)\d{2}\s*年?\s*[—\-–－~至到]+\s*(?:19|20)\d{2}\s*年?[）)]"  # （试行）, （2022—2025年）, （2021年—2025年）
    r"|[（(](?:19|20)\d{2}\s*年\s*修[订正]稿?[）)])?$"  # （2023年修订）
)
_TAGS = re.compile(r"^(?:【[^】]{1,12}】|\[[^\]]{1,12}\]|[（(]?(?:转|转载|原创)[）)])+")
# A site's category printed before the title, set off by a bar: 抗疫 | 某区十条措施, 政策解读｜…
# or 政策解读:…, or a news page's 原标题: before the title it reprints
_CATEGORY = re.compile(r"^[^|｜:：]{1,10}?\s*[|｜]\s*(?=\S)|^(?:(?:政策)?解读|原标题)\s*[:：]\s*(?=\S)")
_TRAILING_NUMBER = re.compile(r"[（(\[【〔]([^（()）\[\]【】]{0,20}?\d+\s*[号號])[）)\]】〕]$"
                              r"|[（(\[【]\s*([\u4e00-\u9fff]{1,12}\s*[\[［(（【﹝]\s*(?:19|20)\d{2}\s*[\]］)）】﹞]\s*"
                              r"第?\d{1,4}\s*[号號])\s*[）)\]】]$"  # (粤府[2021]22号): its own brackets inside
                              r"|[（(\[【]\s*([\u4e00-\u9fff]{1,12}\s*[〔\[［【﹝]\s*(?:19|20)\d{2}\s*[〕\]］】﹞]\s*"
                              r"第?\d{1,4})\s*[）)\]】]\s*([号號])$")  # (锦某通〔2022〕21)号: its 号 after its bracket
# A headline's verb before the title of what it issues (印发关于…的实施意见, 某市政府印发某市…行动计划),
# not a notice's title (印发关于…的实施方案的通知)
_HEADLINE_VERB = re.compile(r"^(?:印发|出台|发布)(?=关于(?!.*通知$)"
                            r"|(?!关于)[^《》]{6,}$(?<!通知)(?<!公告)(?<!通告)(?<!决定)(?<!的函)(?<!批复)(?<!通报))")
# 阳政办〔2019〕1号—区人民政府办公室关于…: a page title that leads with the 文号
_LEADING_NUMBER = re.compile(r"^([\u4e00-\u9fff]{1,10}\s*[〔\[【(（﹝]\s*(?:19|20)\d{2}\s*[〕\]】)）﹞]\s*第?\d{1,4}\s*[号號])"
                             r"\s*[—\-－–:：|\s]\s*(?=\S)")
# 关于…的通知 厦府办〔2019〕10号 (a headline with the 文号 after the title, unbracketed; the
# prefix may be glued to the title's last word, cut where the title ends as titles end)
_TRAILING_BARE_NUMBER = re.compile(r"([\u4e00-\u9fff]{2,12})\s*[〔\[［【(（﹝]\s*(?:19|20)\d{2}\s*[〕\]］】)）﹞]"
                                   r"\s*第?\d{1,4}\s*[号號]$")
_WITH_READING = re.compile(r"\s*[及和暨与][^，,。及和暨与]{0,4}(?:解读|解讀|图解|圖解)(?:材料)?\s*$")  # …的通知及政策解读
_TRAILING_LATIN = re.compile(r"[\sA-Za-z]+$")
_TRAILING_LABELLED = re.compile(r"\s*[【\[][^【】\[\]]{1,8}[:：][^【】\[\]]{0,30}[】\]]$")  # 【来源：…】
# a portal's 索引号 glued after the title by a dash: …的通知-113708280043358015/2023-00056
_TRAILING_INDEX = re.compile(r"\s*[-－—_]\s*[0-9A-Za-z]{6,}/\d{4,6}-\d{3,6}$")
# a portal's tag of the document's validity after its title: (已废止), 【失效】, [现行有效], 【全文失效】
_VALIDITY = r"[（(【\[](?:已|现行|現行|全文|部分)?(?:废止|廢止|失效|有效)[）)】\]]"  # 繁体 too: (現行有效)
_LEADING_VALIDITY = re.compile(rf"^{_VALIDITY}\s*")
_VALIDITY_TAG = re.compile(rf"\s*{_VALIDITY}$")
# A teaser's ellipsis: … printed as dots (...), one or more … or a row of 。
_ELLIPSIS = re.compile(r"\.{3,}|…+|。{3,}")
# a site's tag after a title it reprints whole or in part: (全文), (全文完整), (附全文), (完整版), (图解), (摘要)
_WHOLE_TEXT_TAG = re.compile(r"\s*[（(](?:附?全文(?:完整)?|完整版|附原文|图解|摘要|摘登|节选|節選)[）)]$")
_PART_LABEL = re.compile(r"(?<=[的知见案])\s*[（(]\d{1,2}\s*[.．、]\s*[^（）()]{1,10}篇[）)]$")
# the date a document was signed or adopted on, glued after its title in brackets: …的意见(2021年3月1日)
TITLE_DATE = re.compile(r"\s*[（(]\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*[）)]$")
_TRAILING_STAMP = re.compile(r"\s*(?:19|20)\d{2}[-./年]\d{1,2}[-./月]\d{1,2}日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?$")
# UI fragments a line may carry beside a title: 【字体：大 中 小】, [打印本页], 关闭窗口.
UI_FRAGMENT = re.compile(
    r"[【\[]?\s*字\s*[体号]\s*[:：]?\s*[【\[]?\s*大\s*[】\]]?\s*[【\[]?\s*中\s*[】\]]?\s*[【\[]?\s*小\s*[】\]]?\s*[】\]]?"
    r"|[【\[]\s*(?:打印(?:本页|此页|文章)?|关闭(?:窗口|本页)?|收藏|分享)\s*[】\]]|(?:打印本页|关闭窗口|我要打印|分享到[:：]?)")
_FILE_SUFFIX = re.compile(r"\.(?:docx?|wps|pdf|xlsx?|et|ofd|txt)$", re.I)
# between a browser title's title, section and site: 关于…的通知_某某门户网站, … - 某某网, …的通知-某某平台
_PAGE_TITLE = re.compile(r"\s*_\s*|\s+[-—–]\s+|(?<=[\u4e00-\u9fff])[-－](?=[\u4e00-\u9fff])")
# A character a page's encoding lost, printed as an ASCII ? between Chinese ones (关于印发?某县…方案)
_LOST_CHARACTER = re.compile(r"(?<=[\u4e00-\u9fff])[ \t]*\?+[ \t]*(?=[\u4e00-\u9fff])")  # 通 ? 知: spaced too
# A news page's words after the title it reprints: …的通知，内容如下： / ，全文如下：
LEAD_IN = re.compile(r"(?<=[的知见見案])\s*[，,]\s*(?:其)?(?:主要)?(?:内容|內容|全文|原文)如下\s*[：:]?\s*$")
# A notice's title run on into its addressees (a PDF's header joined over its lines): …的通知各街道办事处、…:
_INTO_ADDRESSEES = re.compile(r"(?<=的(?:通知|意见|意見|决定|決定|批复|通报|通報))\s*各[^。，,：:]{2,40}(?:[、，,]\s?[^。，,：:]{2,40}){0,5}[：:]")
# the words a notice's title opens its subject with (not a site's 关于我们 / 关于本站 link)
TITLE_START = re.compile(r"关于(?!我们|本站|本网)|(?:印发|转发|批转)(?![，,。：:；;]|信息(?:$|\s|[，,、]))")  # not 已于近日印发，全文如下：, nor an
# encyclopedia page's section 印发信息 (印发信息化…方案 opens a title)
_WRAPPED = re.compile(r"^(?:印发|转发)《(.+)》$")
# A headline that is the document's name in 《》 alone, perhaps with a tag after it: 《某市…实施方案》,
# 《…行动计划实施方案》(征求意见稿) — the tag is the title's when it is the document's own (_OWN_TAG), not when
# it is the page's ((全文), (附原文), (图解))
_QUOTED_ALONE = re.compile(r"^《([^《》]{4,80})》\s*([（(][^（）()]{1,16}[）)])?$")
# a tag of the document's own after its name (a draft's, a trial's, an edition's, its years': (公开征求意见稿),
# (2023年修订版), (2021—2025年)), not the page's ((附原文), (图解), (一))
_OWN_TAG = re.compile(r"^[（(](?:[^（）()]*(?:稿|版|草案|试行|暂行|修订|修正)"
                      r"|(?:19|20)\d{2}\s*[—\-–－~至到]+\s*(?:19|20)\d{2}\s*年?)[）)]$")
# A news lead's sentence naming what was issued or published, a clause after it (3月5日，某市政府网站
# 发布《关于…的实施意见》，明确提出…): the document is what is in 《》.
_LEAD_REPORT = re.compile(r"(?:印发|发布|公布|出台|下发|刊发)了?《([^《》]{4,80})》\s*[，,。]")
# A news headline naming the document it reports, the verb after it: 河北保定《某县…工作要点》发布(附全文)
# A news headline naming the body that published the document before its verb: 某省人民政府办公厅发布进一步…意见
# (a body's name, not a place: 河北发布… names no issuer), the title after it of six characters at least
_PUBLISHED_BY = re.compile(rf"^(.{{2,40}}?{ORG_END})(?:发布|出台)(?=.{{6,}}$)")
# The verb of a title that carries out another document (某市贯彻落实某省…关于…的实施方案), before its 关于
_CARRYING_OUT = re.compile(r"贯彻|落实")
# what may stand before that verb: nothing, or a place's name (a body's is the prefix), not a sentence's words
# (为深入学习贯彻…)
_PLACE_ALONE = re.compile(r"(?:[\u4e00-\u9fff]{1,10}(?:省|自治区|市|自治州|州|地区|盟|县|自治县|区|旗))?")
_BODY_AT_END = re.compile(ORG_END + "$")  # a body's name, not a place's (某省生态环境厅, not 河北保定市)
_HEADLINE_REPORT = re.compile(r"《([^《》]{4,80})》\s*(?:正式)?(?:印发|发布|公布|出台|出炉)\s*(?:[（(]附?全文[）)])?$")
# A government's website (某市政府网, 某省人民政府门户网站, 某市政府官网) and the verbs a page says it
# published a document with: a lead's words (document._SITE_PUBLISHED), or chrome atop a page.
GOVERNMENT_SITE = r"政府(?:门户)?(?:网站?|官网)"
PUBLISHING = "发布|公布|印发|刊发|刊登"
# What separates the steps of a page's breadcrumb: 首页 > 政府信息公开 > 政府文件 (› » ＞ alike).
_CRUMB = ">»›＞"
BREADCRUMB = re.compile(f"[{_CRUMB}]")
# Lines that are page chrome whatever else they hold (a breadcrumb's >, not the > that closes
# a <title> nested in a title, on its line or, broken, on the line above: …行动计划 / (2021-2023年)>的实施方案》).
CHROME_LINE = re.compile(
    rf"设为首页|加入收藏|(?<![\u4e00-\u9fff“\"])(?:无障碍(?:浏览|阅读|模式|版)?|长者版|长者模式|关怀版|关怀模式|适老版)"
    r"(?![\u4e00-\u9fff”\"])|"  # a portal's switches, words of their own (not 关怀版建设, 推行“长者模式”)
    rf"当前位置|您的位置|所在位置|现在位置|^[^<]*[{_CRUMB}](?![的》])|首页|上一篇|下一篇|"
    r"相关(?:文章|阅读|链接|新闻|文件)|【\s*大|字体|字号|打印|关闭窗口|浏览次数|点击数|点击量|阅读量|分享到|"
    r"^联系我们|网站地图|"  # a site's contact line atop the page (联系我们:027-…)
    # a content farm's lead around a reposted document (下面是小编为大家整理的…，供大家参考)
    r"小编|供大家参考|网友上传|不代表本站观点|"
    # a site's name opening its navigation line (某区政府网政务公开重点工作…公示: a breadcrumb that lost its >),
    # not a title's words on government sites (某省政府网站与政务新媒体 / 提质增效实施方案的通知)
    rf"^[\u4e00-\u9fff]{{2,12}}?{GOVERNMENT_SITE}(?!站?[与和及、])(?!\s*(?:于|近日|日前|正式)?\s*(?:{PUBLISHING}))"
)


@dataclass(frozen=True)
class Candidate:
    text: str  # cleaned: the title as the truth would print it
    prefix: str  # what stood before the title on its line (issuer or chrome)
    line: int  # index of its first line
    last_line: int  # index of its last line
    complete: bool
    doc_number: str | None = None  # a 文号 printed after it: 关于…的通知（粤府〔2021〕22号）
    opens_as_title: bool = False  # it starts with 关于/印发/转发/批转

    @property
    def document_form(self) -> bool:
        return self.complete and self.opens_as_title


def clean_title(raw: str, line: int = 0, last_line: int = 0) -> Candidate:
    """A printing of the title, cleaned (a 繁体 printing is read through `simplified` and kept
    as printed).

    Example:
        >>> c = clean_title("【规范性文件】长沙市人民政府办公厅关于印发X方案的通知（长政办发〔2020〕5号）")
        >>> c.text, c.prefix, c.doc_number
        ('关于印发X方案的通知', '长沙市人民政府办公厅', '长政办发〔2020〕5号')
    """
    text = unspaced(re.sub(r"\s+", " ", raw).strip().strip("|｜ "))  # a cell: 标题 | … |; 关 于 印 发
    text = text.rstrip(",，、;； ")  # …的通知, 某府发〔2025〕8号 …: a one-line page's comma before the 文号
    text = _FILE_SUFFIX.sub("", text)  # 2021年…责任分解表.docx: the attachment's file name
    text = _LOST_CHARACTER.sub("", text)  # 关于印发?某县…: a character the page's encoding lost
    teaser = [*_ELLIPSIS.finditer(text)]  # 本文摘要: …重要讲话指示批示... / 某省…工作要点: a teaser cut short, then the title
    if teaser and TITLE_END.search(simplified(text[teaser[-1].end():].strip())) and len(text[teaser[-1].end():].strip()) >= 6:
        text = text[teaser[-1].end():].strip()
    page = _PAGE_TITLE.split(text)  # a browser title: 关于…的通知_区政府办公室文件_某某门户网站
    if len(page) > 1 and TITLE_END.search(simplified(page[0])) and not TITLE_END.search(simplified(page[-1])):
        numbered = _TRAILING_BARE_NUMBER.fullmatch(page[1])  # …的通知-内政字〔2020〕68号: the 文号, kept
        text = f"{page[0]} {page[1]}" if numbered else page[0]  # not 关于印发…规划-实施方案的通知: what
        # follows a site's bar is no title
    text = _TRAILING_LABELLED.sub("", text)  # 关于…的通知【来源：市政府办】
    text = _TRAILING_INDEX.sub("", text)  # 关于…的通知-113708280043358015/2023-00056: the page's 索引号
    text = _VALIDITY_TAG.sub("", text)  # 关于…的通知(已废止)
    text = _WHOLE_TEXT_TAG.sub("", text)  # 某县…实施方案(全文完整): a site's tag
    text = _PART_LABEL.sub("", text)  # 关于印发…等11个专项规划的通知(1.民政篇): the site's part of a bundle
    text = TITLE_DATE.sub("", text)  # 关于…的意见(2021年3月1日)
    text = _WITH_READING.sub("", text)  # 关于…的通知及解读: the portal's entry, not the title
    text = without_report_words(text)  # 关于…的意见正式发布: a news headline's verb
    text = LEAD_IN.sub("", text)  # …的通知，内容如下： a news page's lead-in to the text it reprints
    text, number = _cut_bare_number(text)
    addressed = _INTO_ADDRESSEES.search(text)  # …的通知各街道办事处、区直机关各部门:为做好…: a PDF's lines run on
    if addressed:
        text = text[:addressed.start()]
    stamp = _TRAILING_STAMP.search(text)  # 关于…的通知 2020-05-03 09:30
    if stamp and stamp.start() > 0:
        text = text[: stamp.start()]
    simple = simplified(text)
    reported = _LEAD_REPORT.search(simple)
    lead = ""  # 市政府办公室印发《关于…》，要求…: the words before the verb (an issuer, perhaps)
    if reported and TITLE_END.search(reported.group(1)):
        lead = text[:reported.start()].strip()
        text, simple = text[reported.start(1):reported.end(1)], reported.group(1)
    headline = _HEADLINE_REPORT.search(simple) if not lead and "解读" not in simple else None
    if headline and TITLE_END.search(headline.group(1)):
        before = text[:headline.start(1) - 1].strip()  # a body (某省生态环境厅《…》印发) or the news's place
        lead = before if _BODY_AT_END.search(simplified(before)) else ""
        text, simple = text[headline.start(1):headline.end(1)], headline.group(1)
    if re.search(r"[\u4e00-\u9fff]", simple):
        latin = _TRAILING_LATIN.search(simple)
        if latin:
            text, simple = text[: latin.start()], simple[: latin.start()]
    found = _TRAILING_NUMBER.search(simple)
    group = next((g for g in (1, 2, 3) if found.group(g)), 0) if found else 0
    number = text[found.start(group):found.end(group)] + (found.group(4) or "") if found else number
    if found:
        text, simple = text[: found.start()].rstrip(), simple[: found.start()].rstrip()
    leading = _LEADING_NUMBER.match(simple)
    if leading:
        number = number or text[leading.start(1):leading.end(1)]
        text, simple = text[leading.end():], simple[leading.end():]
    tags = _TAGS.match(simple)
    if tags:
        text, simple = text[tags.end():], simple[tags.end():]
    category = _CATEGORY.match(simple)
    if category and not TITLE_START.search(simple, 0, category.end()):
        text, simple = text[category.end():], simple[category.end():]
    prefix = ""
    published = _PUBLISHED_BY.match(simple) if not TITLE_START.search(simple) else None
    if published and TITLE_END.search(simple):  # 某省人民政府办公厅发布进一步…的实施意见: a news headline
        prefix, text, simple = text[:published.end(1)], text[published.end():], simple[published.end():]
    start = TITLE_START.search(simple)
    carrying = _CARRYING_OUT.search(simple, 0, start.start()) if start and start.start() > 0 else None
    before = simple[:carrying.start()] if carrying else ""
    body = carrying is not None and bool(_BODY_AT_END.search(before))
    if carrying and (body or _PLACE_ALONE.fullmatch(before)):
        # 某市人民政府办公厅贯彻《国务院办公厅关于…的意见》的实施意见, 某市贯彻落实某省人民政府办公厅关于…的实施方案:
        # the title carries out another document, named after its verb; an issuer before the verb is the
        # prefix, a place is the title's (某市贯彻落实…)
        cut = carrying.start() if body else 0
        prefix, text, simple = text[:cut].strip(), text[cut:], simple[cut:]
    elif start and start.start() > 0:
        rest = simple[start.start():].rstrip()
        quoted = simple[start.start() - 1] == "《" and "》" in rest and not rest.endswith("》")
        cut = start.start() - quoted  # 《关于…意见》实施细则 keeps its 《; 《关于…细则》 loses both
        prefix, text, simple = text[:cut].strip(), text[cut:], simple[cut:]  # 《关于…意见》实施细则
    text, simple = squeeze(text), squeeze(simple)
    again = _printed_again(simple)  # 关于X的通知某市人民政府办公厅关于X的通知: a headline and the title
    if again:
        between, number = _without_number(text[again:len(text) - again], number)
        prefix, text, simple = prefix or between, text[-again:], simple[-again:]
    if simple.endswith("》") and simple.count("》") > simple.count("《"):
        text, simple = text[:-1], simple[:-1]  # 《关于…细则》: its 《 went with the prefix
    verb = _HEADLINE_VERB.match(simple) if TITLE_END.search(simple) else None  # 市委市政府印发关于…的实施意见
    if verb:
        text, simple = text[verb.end():], simple[verb.end():]
    wrapped = _WRAPPED.match(simple)
    if wrapped and (TITLE_END.search(wrapped.group(1)) or "》" not in wrapped.group(1)):
        # 省委省政府印发《关于…若干意见》: the document is what is printed
        text, simple = text[wrapped.start(1):wrapped.end(1)], wrapped.group(1)
    alone = _QUOTED_ALONE.match(simple)  # 《某市…实施方案》(征求意见稿)
    named = alone is not None and TITLE_END.search(alone.group(1)) is not None
    if alone is not None and named:
        own = bool(alone.group(2)) and bool(_OWN_TAG.match(alone.group(2)))
        tag, plain_tag = (text[alone.start(2):alone.end(2)], alone.group(2)) if own else ("", "")
        text, simple = text[alone.start(1):alone.end(1)] + tag, alone.group(1) + plain_tag
    complete = bool(TITLE_END.search(simple)) or named  # 《…方案》(修订草案征求意见稿): a long tag of its own
    opens = TITLE_START.match(simple) is not None or verb is not None  # 印发 opened it
    return Candidate(text, prefix or lead, line, last_line, complete, number, opens)


# A news headline's verb after the title it reports (…的意见正式发布, …行动方案(2024-2025年)发布), and a site's tag
# before it (【落实情况】…)
_TRAILING_REPORT = re.compile(r"\s*(?:正式)?(?:发布|發布|出台|出爐|出炉|公布)$")


def without_report_words(title: str) -> str:
    """A title without a site's leading tags and a news headline's verb after it, when what is
    left ends as a title does.

    Example:
        >>> without_report_words("某市噪声污染防治行动方案(2024-2025年)发布"), without_report_words("【落实情况】某局上半年工作要点")
        ('某市噪声污染防治行动方案(2024-2025年)', '某局上半年工作要点')
        >>> without_report_words("关于做好信息发布")
        '关于做好信息发布'
    """
    tags = _TAGS.match(simplified(title))
    if tags and tags.end() < len(title):
        title = title[tags.end():]
    verb = _TRAILING_REPORT.search(title)
    if verb and TITLE_END.search(simplified(title[:verb.start()])):
        title = title[:verb.start()]
    return title


def without_validity_tag(title: str) -> str:
    """A title taken from a page's first lines without the portal's validity tag before it ((失效)某区…要点).

    Example:
        >>> without_validity_tag("(失效)某区2020年政务公开工作要点")
        '某区2020年政务公开工作要点'
    """
    tag = _LEADING_VALIDITY.match(simplified(title))
    return title[tag.end():] if tag and tag.end() < len(title) else title


def without_province(title: str) -> str:
    """A title without the province a news headline prints before a city's or county's plan
    (四川省巴中市打赢碧水保卫战实施方案 -> 巴中市…, 广西玉林市… -> 玉林市…); a 直辖市 before its district
    (北京市朝阳区…) is kept. (parse_header takes it only when the page prints it so: some official titles,
    a national approval's, name the province too.)

    Example:
        >>> without_province("四川省巴中市打赢碧水保卫战实施方案")
        '巴中市打赢碧水保卫战实施方案'
    """
    places = gazetteer()
    simple = simplified(title)
    names = places.scan(simple[:24])
    if len(names) < 2 or names[0][0] != 0 or names[1][0] != len(names[0][1]):
        return title
    province, unit = names[0][1], names[1][1]
    provinces = [r for r in places.candidates(province) if r.level == "provincial" and not r.municipality]
    below = [r for r in places.candidates(unit) if r.name == unit and r.level in ("municipal", "county")
             and any(p.key in places.path(r.key) for p in provinces)]
    return title[len(province):] if below else title


def _printed_again(simple: str) -> int:
    """The length of a title that a line prints twice, an issuer (and its 文号) between
    (关于X的通知某市人民政府关于X的通知), or 0.

    Example:
        >>> _printed_again("关于X的通知某市人民政府关于X的通知"), _printed_again("关于转发省政府关于X的通知")
        (6, 0)
    """
    first = TITLE_START.search(simple)  # an issuer may stand before the first printing
    if first is None:
        return 0
    for found in TITLE_START.finditer(simple, first.start() + 1):
        tail = simple[found.start():]
        if simple.startswith(tail, first.start()) and found.start() - first.start() - len(tail) <= 60:
            return len(tail)
    return 0


_BARE_NUMBER = re.compile(r"[\u4e00-\u9fff]{2,12}[〔\[［【(（﹝](?:19|20)\d{2}[〕\]］】)）﹞]第?\d{1,4}[号號]")


def _without_number(between: str, number: str | None) -> tuple[str, str | None]:
    """What a line prints between two printings of its title, without the 文号 among it (阿腾党发
    〔2021〕50号中共某工作委员会 -> 中共某工作委员会), and that 文号 (or the one already found)."""
    found = _BARE_NUMBER.match(simplified(between))
    if found is None:
        return between, number
    return between[found.end():], number or between[:found.end()]


_DASHES = " —―─－-–"  # a dash between the title and its 文号 (―: gb2312's ——, ─: a box's)


def _cut_bare_number(text: str) -> tuple[str, str | None]:
    """A title line without the unbracketed 文号 printed after the title, and that 文号.

    Example:
        >>> _cut_bare_number("关于印发X措施的通知厦府办〔2019〕10号")
        ('关于印发X措施的通知', '厦府办〔2019〕10号')
        >>> _cut_bare_number("关于X的通知 2022-06-08 杨府发〔2022〕5号")
        ('关于X的通知 2022-06-08', '杨府发〔2022〕5号')
        >>> _cut_bare_number("关于印发《X要点》的通知——通政公字【2021】1号")
        ('关于印发《X要点》的通知', '通政公字【2021】1号')
        >>> _cut_bare_number("关于印发《X要点》的通知――通政公字【2021】1号")[0]
        '关于印发《X要点》的通知'
    """
    simple = simplified(text)
    found = _TRAILING_BARE_NUMBER.search(simple)
    if found is None or found.start() == 0:
        return text, None
    for cut in range(found.end(1) - 2, found.start(1) - 1, -1):  # the shortest prefix: the longest title
        if cut > 0 and (simple[cut - 1].isspace() or TITLE_END.search(simple[:cut].rstrip(_DASHES))):
            return text[:cut].rstrip(_DASHES), squeeze(text[cut:])
    return text, None


def choose(candidates: list[Candidate], labelled: Candidate | None) -> Candidate | None:
    """The metadata 标题 when it has document form, else the last complete candidate of document
    form, else the last complete one (unless the 标题 is it with its first words, which that printing
    lost), else the first."""
    if labelled is not None and labelled.document_form:
        return labelled
    for found in ([c for c in candidates if c.document_form], [c for c in candidates if c.complete]):
        if found:
            last = found[-1]  # the title printed again whole elsewhere: the last lost a character
            last = next((c for c in found if _lost_from(last.text, c.text)), last)
            # 标题:某市…第十四个五年规划纲要 above a printing that lost its first line (第十四个五年规划纲要)
            if labelled is not None and labelled.complete and squeeze(labelled.text) != squeeze(last.text) \
                    and squeeze(labelled.text).endswith(squeeze(last.text)):
                return labelled
            return last
    if labelled is not None and labelled.text:
        return labelled
    return candidates[0] if candidates else None


def _lost_from(short: str, full: str) -> bool:
    """Whether `short` is `full` with one or two characters lost (减税降费政工作 of 减税降费政策工作):
    a title split over lines in a red header may drop a character at the break.

    Example:
        >>> _lost_from("关于印发《减税政工作方案》的通知", "关于印发《减税政策工作方案》的通知")
        True
    """
    if not 1 <= len(full) - len(short) <= 2 or len(short) < 8:
        return False
    chars = iter(full)
    return all(ch in chars for ch in short)


def may_start(text: str) -> bool:
    """Whether a header line can open a title: it names 关于/印发/转发 or ends as titles end, or
    it is a news headline naming the document it reports (《…工作要点》发布(附全文)) or only quoting
    its name (《…实施方案》(征求意见稿))."""
    flat = TITLE_DATE.sub("", _FILE_SUFFIX.sub("", simplified(squeeze(text))))  # 某市…方案(2022年3月1日)
    headline = _HEADLINE_REPORT.search(flat) or _QUOTED_ALONE.match(flat)
    return bool(TITLE_START.search(flat) or TITLE_END.search(flat)
                or headline and TITLE_END.search(headline.group(1))) and title_length(flat) <= 120


def title_length(flat: str) -> int:
    """How long a line's title is: the line, or one printing of a title printed twice on it."""
    return _printed_again(flat) or len(flat)
