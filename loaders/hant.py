"""繁体 pages (mirrors that convert a page to traditional characters): the words the header,
metadata and note rules look for, read in simplified form.

`simplified` maps character for character, so a position found in its output is the same
position in the text as printed: rules match on the simplified copy and cut the printed one
(a 繁体 title, issuer or agency stays as printed). Only the vocabulary of those rules is mapped
(关於/印發, 通知/意見/辦法, 人民政府辦公廳, 標題/發文字號, 牽頭單位/負責 …), not the whole script.
"""

from __future__ import annotations

import re
from functools import lru_cache

_PAIRS = (
    "關关於于發发轉转報报規规劃划計计點点條条決决議议見见辦办廳厅員员會会黨党縣县區区揮挥門门"
    "單单責责負负頭头牽牵協协領领導导與与參参處处實实號号標标題题時时間间來来佈布機机構构類类"
    "開开務务記记級级體体現现頒颁產产業业穩稳將将進进強强動动貫贯徹彻質质聯联統统鄉乡鎮镇屬属"
    "專专項项節节總总額额補补費费價价應应環环衛卫醫医療疗險险農农運运輸输電电網网銀银證证監监"
    "審审檢检組组織织傳传團团婦妇殘残書书據据數数錄录復复歸归讓让過过還还為为對对後后當当該该"
    "廠厂勞劳崗岗貸贷擔担職职補补貼贴購购銷销貨货維维護护設设備备際际線线極极優优勢势營营鏈链"
    "糧粮儲储換换變变難难緊紧張张積积獎奖勵励戰战場场眾众効效廣广東东華华雲云貴贵遼辽寧宁"
    "蘇苏陝陕內内臺台灣湾齊齐爾尔烏乌魯鲁陽阳龍龙馬马錫锡瀋沈慶庆邊边濱滨鄭郑漢汉贛赣閩闽豐丰"
    "湯汤義义權权稱称創创圍围紀纪習习慣惯擴扩學学認认識识進进黃黄財财稅税資资億亿萬万愛爱國国"
    "郵邮訊讯氣气礦矿漁渔鐵铁鋼钢熱热幣币題题響响極极維维諮咨詢询電电話话屆届務务級级軍军"
    # place names, for the region clues of a 繁体 page (東莞市 -> 东莞市)
    "瓊琼滬沪晉晋隴陇粵粤長长許许濟济寶宝雞鸡蘭兰嶺岭臨临麥麦興兴嶽岳潯浔鍾钟撫抚饒饶鷹鹰婁娄懷怀"
    "紹绍溫温麗丽倉仓無无連连揚扬蕪芜銅铜畢毕鳳凤貢贡瀘泸綿绵達达樂乐涼凉萊莱濰潍煙烟棗枣鶴鹤"
    "駐驻頂顶隨随鄖郧荊荆欽钦賀贺廈厦塢坞壩坝巖岩莊庄灤滦遷迁滄沧勝胜綏绥雙双陰阴圖图縉缙蓮莲"
    "錦锦蘆芦遜逊訥讷墾垦崑昆澗涧橋桥灘滩壽寿潛潜靈灵師师嶼屿蘄蕲"
    # a cover notice's words (已經…同意，現印發給你們，請認真貫徹執行): the rule of plans issued together
    "經经給给們们請请執执"
    "爲为")
_TABLE = str.maketrans({_PAIRS[i]: _PAIRS[i + 1] for i in range(0, len(_PAIRS) - 1, 2)})
_ANY = re.compile("[" + "".join(sorted({_PAIRS[i] for i in range(0, len(_PAIRS) - 1, 2)})) + "]")


@lru_cache(maxsize=16384)
def simplified(text: str) -> str:
    """The text with the rules' traditional characters mapped to simplified, same length.

    Example:
        >>> simplified("海南省人民政府辦公廳關於印發若干措施的通知")
        '海南省人民政府办公厅关于印发若干措施的通知'
    """
    return text.translate(_TABLE) if _ANY.search(text) else text  # most pages: one fast scan


def has_traditional(text: str) -> bool:
    """Whether `simplified` would change the text."""
    return _ANY.search(text) is not None


# Some mirrors gloss a converted character with its pinyin: 發(fā), 區(qū), 經(jīng).
_PINYIN_GLOSS = re.compile(r"(?<=[\u4e00-\u9fff])(?:\((?:[a-zü]|[\u00e0-\u00fc\u0101-\u01dc])"
                           r"{1,6}\))+")  # 就(jiu)(jiu)業: a gloss may be printed twice


def drop_pinyin_glosses(text: str) -> str:
    """The text without the pinyin a mirror printed after some characters.

    Example:
        >>> drop_pinyin_glosses("州政發(fā)〔2020〕5號，湘西經(jīng)開區(qū)管委會(2020)")
        '州政發〔2020〕5號，湘西經開區管委會(2020)'
    """
    if "(" not in text:
        return text
    return _PINYIN_GLOSS.sub("", text)
