"""The wording the boilerplate stage recognises: named, precompiled patterns for labels,
prompts, credits, bylines, end matter and teaser headings (English and Chinese)."""

from __future__ import annotations

import re

from pipelines.regex_gates import gated


# ---------------------------------------------------------------- patterns

_DECOR = "■●◎□▲★◆▶►▷•·|｜【】[]<>《》()（）:：-—_*#"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# Every form holds four digits in a row (a year) or a clock time ("9:05"): the ``needs`` of the gate.
_DATE_RE = gated(re.compile(
    r"\d{4}\s*[-/年.]\s*\d{1,2}\s*[-/月.]\s*\d{1,2}\s*日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?"
    rf"|{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}(?:,?\s+(?:at\s+)?\d{{1,2}}:\d{{2}}\s*(?:[ap]\.?m\.?)?)?"
    rf"|\d{{1,2}}\s+{_MONTH}\s+\d{{4}}(?:,?\s+\d{{1,2}}:\d{{2}})?"
    r"|\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*(?:GMT|UTC|BST|EST|EDT|CST|HKT|[+-]\d{2}:?\d{2}))?",
    re.I,
), needs=re.compile(r"\d(?:\d{3}|:\d)"))
_INFO_LABEL_RE = re.compile(
    r"(?:published|updated|posted|last updated|date|time|发布时间|发表时间|更新时间|时间|日期|发布|"
    r"来源|來源|source|作者|author|by|编辑|责任编辑|浏览|阅读|点击|字号|次|大|中|小|"
    r"on|at|[:：|/,，\s]|\d+)",
    re.I,
)
_RECOMMEND_RE = re.compile(
    r"^(?:recommend(?:ed|ations?)?(?: for you| reading| articles?| stories| news| posts)?|"
    r"related(?: articles?| stories| news| posts| reading| content| coverage| links| topics| videos?)?|"
    r"you (?:may|might) also (?:like|enjoy|be interested in)|more (?:from|on|in) .{1,40}|"
    r"more (?:top |other |latest )?(?:stories|news|articles|to read|like this|headlines)|other stories|read (?:more|also|next)|see also|"
    r"also read|further reading|popular(?: now| articles| stories| posts)?|most (?:read|popular|viewed|shared|commented|discussed)|"
    r"trending(?: now| stories)?|editor[’']?s picks?|top stories|latest (?:news|stories|articles)|hot news|"
    r"what to read next|recommended videos|"
    # the same headings in German, Spanish and French: "Mehr von Acme", "Weitere Reisetipps" (German compounds end in the head noun), "Más sobre X"
    r"mehr (?:von|zu[mr]?|über|aus) .{1,40}|weitere \w*(?:artikel|beiträge|tipps|themen|nachrichten|news)"
    r"(?: .{1,30})?|ähnliche (?:artikel|beiträge)|das könnte (?:dich|sie) auch interessieren|"
    r"meist[- ]?(?:gelesen|diskutiert|kommentiert|geklickt|geteilt)e?(?: artikel| beiträge| nachrichten)?|"
    r"más (?:sobre|de) .{1,40}|más noticias|(?:también )?te puede interesar|(?:à )?lire aussi|autres articles|"
    r"推荐阅读|相关阅读|相关文章|相关新闻|相关报道|相关推荐|相关资讯|热门推荐|热门文章|热点推荐|为你推荐|为您推荐|"
    r"猜你喜欢|延伸阅读|精彩推荐|精彩阅读|今日推荐|更多精彩|更多阅读|热门新闻|热点新闻|最新文章|最新新闻|"
    r"最新资讯|大家都在看|点击排行|排行榜|阅读排行|热门排行|热文排行|热读|编辑推荐|往期回顾|往期精选|相关链接|"
    r"热门资讯|推荐文章|看了本文的人还看了|往期推荐|往期文章|往期阅读|历史文章|近期文章|精选文章|推荐关注)$",
    re.I,
)
# Imperative openings of a call-to-action link.
_CTA_RE = re.compile(
    r"^(?:get|shop|start|try|sign|log|learn|contact|back|view|add|order|explore|skip|tell|check|subscribe|"
    r"read|download|join|visit|click|see|buy|follow|register|book|request|discover|find out|watch|listen|"
    r"go|return|continue|more|load|show|share|donate|apply|claim|save|compare|call|email|reply|"
    r"点击|查看|返回|更多|下载|订阅|登录|注册|关注|阅读)\b", re.I)
_ARROWS = ("→", "←", "‹", "›", "«", "»")
_NAV_RE = gated(re.compile(
    r"^(?:<<(?!<)|>>(?!>)|«|»|‹|›|←|→|“\s*(?=previous|older))\s*[:：]?"
    r"|^(?:上一篇|下一篇|上一页|下一页|上篇|下篇|前一篇|后一篇|上一条|下一条)(?:文章|新闻)?\s*[:：]?"
    r"|^(?:previous|next|older|newer)(?:\s+(?:article|post|story|page|entry|news|item))?\s*(?:[:：»›>]|$)"
    r"|(?:next|newer)\s+(?:article|post|story)?\s*[»›>]$"
    # "… weiter zu “Kapitel 3”", "… continue to part two": a trailing pager link of a multi-page text
    r"|^…\s*(?:weiter (?:zu[mr]?|mit)|continue (?:to|with)|continúa (?:con|en)|suite (?:de|avec))\s",
    re.I,
))
_EDITOR_RE = re.compile(
    r"^[（(\[【]?\s*(?:责任编辑|责编|编辑|主编|校对|审核|审校|编审|值班编辑|实习编辑|监制|"
    r"editor|edited by|editing by|compiled by|"
    r"translated by|translator|produced by)\s*[:：]?\s*\S",
    re.I,
)
# An editor line with the outlet before the role and a bar or colon: "界面新闻编辑 | 宋烨珺" (界面新闻).
_ORG_EDITOR_RE = re.compile(
    r"^[\u4e00-\u9fffA-Za-z]{1,10}?(?:责任编辑|编辑|责编|校对|审核)\s*[:：|｜丨/]\s*"
    r"[\u4e00-\u9fff·]{2,5}(?:\s*[ 、,，]\s*[\u4e00-\u9fff·]{2,5}){0,3}$"
)
# The editor after the reporter on one byline line: "每经记者：王琳琳 每经编辑：何小桃" (每日经济新闻).
_ZH_TRAILING_EDITOR_RE = re.compile(
    r"\s+[\u4e00-\u9fffA-Za-z]{0,8}?(?:责任编辑|编辑|责编|校对|审核)\s*[:：|｜丨/]?\s*[\u4e00-\u9fff·]{2,5}$")
_COPYRIGHT_RE = gated(re.compile(
    r"^(?:copyright|©|\(c\)\s*\d{4}|版权所有|版权声明|本文版权|未经.{0,6}(?:授权|许可|同意)|转载请注明|本网站所载|本站所载|"
    r"本文系|本文为.{0,12}原创|凡本网注明)|all rights reserved|版权所有|不得转载|禁止转载|严禁转载|侵权必究|违者必究|"
    r"转载请注明|©\s*(?:\d{4}|[A-Z])",
    re.I,
))
_SHARE_WORDS = {
    "share", "share this", "share this article", "share this story", "share on", "share to", "shares",
    "tweet", "email", "e-mail", "print", "facebook", "twitter", "x", "linkedin", "whatsapp", "wechat",
    "weibo", "reddit", "telegram", "pinterest", "copy link", "copy", "link", "comment", "comments",
    "save", "分享到", "分享至", "分享", "一键分享", "打印", "收藏", "微信", "微博", "新浪微博", "qq空间", "qq",
    "朋友圈", "豆瓣", "复制链接", "腾讯微博", "人人网", "字号", "大", "中", "小", "评论", "转发", "点赞",
    # the print/close bar under old article pages: "【 打印本稿 】 | 【 关闭 】"
    "关闭", "关闭窗口", "打印本稿", "打印本页", "打印此页", "打印此文", "打印文章", "close", "close window",
}
_SHARE_SPLIT_RE = re.compile(r"[\s:：|/,，、·•【】\[\]]+")
_SHARE_ON_RE = re.compile(r"^(?:share|post|send|tweet)(?: this)?(?: article| story)? (?:on|via|to|with) [\w ]{2,20}$", re.I)
# Engagement prompts: "喜欢就点个「在看」吧", "觉得有用请点赞、转发", "If you enjoyed this, hit like".
_ENGAGE_RE = re.compile(
    r"点个?[“”\"]?(?:在看|赞)|(?:请|欢迎|记得|别忘了|一键).{0,6}(?:点赞|在看|转发|分享)[、，,和及]\s*(?:点赞|在看|转发|分享|收藏)|"
    r"^(?:if you (?:liked|enjoyed) this|hit (?:the )?like|like and share|please share this)",
    re.I,
)
_POSTMETA_RE = re.compile(r"^(?:posted|filed|published) (?:in|under)\b|^(?:categories|category|posted in)\s*[:：]", re.I)
_COMMENT_RE = re.compile(
    r"^(?:leave a (?:comment|reply)|post a comment|add a comment|join the (?:conversation|discussion)|"
    r"comments?\s*(?:\(\d+\))?$|\d+\s+comments?$|be the first to comment|view comments|show comments|"
    r"sign in to comment|log in to comment|发表评论|我要评论|网友评论|查看评论|评论\s*[（(]?\d*[)）]?$|"
    r"已有\d+人(?:参与|评论)|登录后(?:评论|发表)|文明上网)",
    re.I,
)
_APP_RE = gated(re.compile(
    r"download (?:our|the) (?:[\w-]+ ){0,2}app|get (?:our|the) (?:[\w-]+ ){0,2}app|scan (?:the )?qr code|"
    r"扫码|扫描二维码|二维码|下载.{0,10}(?:app|客户端)|客户端下载|关注.{0,8}公众号|微信公众号|"
    r"follow us on|subscribe to (?:our|the) .{0,30}newsletter|sign up for (?:our|the) .{0,40}newsletter|"
    r"打开app|app内(?:阅读|查看)|点击下载|in the app|点击上方.{0,8}关注|关注我们$|长按(?:识别)?二维码|"
    # "金融界App 股票实时行情 立即下载，一键查看…" (an in-body app install prompt)
    r"(?:app|客户端)\b.{0,30}(?:立即|马上|免费)下载|"
    # "海量资讯、精准解读，尽在新浪财经APP"; "打开网易新闻 查看精彩图片" (in-body app teasers)
    r"尽在.{0,12}(?:app|客户端)|更多(?:内容|精彩|资讯)?请?(?:继续)?关注|^打开.{2,10}?[，,\s]?查看(?:精彩|更多|全部|高清){0,2}(?:图片|视频|内容|评论|资讯)",
    re.I,
))
_DISCLAIMER_START_RE = re.compile(
    r"^[（(【\[]?\s*(?:risk warning|risk disclosure|disclaimer|important notice|forward[- ]looking statements?|"
    r"safe harbou?r statement|免责声明|风险提示|特别声明|"
    r"特别提示|郑重声明|重要提示|特别提醒|(?:平台|作者|本站|本网|网站|法律|投资)?声明)\s*[:：]",
    re.I,
)
_DISCLAIMER_ANY_RE = gated(re.compile(
    r"^(?:the )?(?:opinions|views) expressed (?:by|in|here)\b.{0,60}\bare (?:their|his|her|its|the author[’']?s?|those of)\b|"
    r"does not constitute (?:any )?(?:investment|financial) advice|not (?:intended as )?investment advice|"
    r"不构成(?:任何)?投资建议|投资有风险|入市需谨慎|投资需谨慎|仅供参考|据此操作.{0,6}风险自担|for reference only",
    re.I,
))
_IMAGE_RE = gated(re.compile(
    r"^[（(【\[]?\s*(?:photo|photos|image|picture|pic|graphic|credit|illustration|file photo|"
    r"图片来源|图片|图源|图|摄影|摄|配图|资料图|视觉中国)\s*(?:[:：/|]|by\b|credit)"
    r"|^[（(]?(?:getty images|reuters|ap photo|afp|xinhua|vcg|shutterstock|istock|ic photo)\b.{0,60}$"
    r"|(?:/|via |photo: ?)(?:getty images|reuters|ap|afp|shutterstock|视觉中国|新华社)[)）]?$"
    r"|^[（(]\s*(?:图|图片|photo)[^)）]{0,40}[)）]$",
    re.I,
))
# A caption that ends in its credit: "长三角某产业园。图片来源：视觉中国", "Traders on the floor. Photo: AP".
_CAPTION_CREDIT_RE = gated(re.compile(
    r"(?:图片来源|图源|图片|摄影|photo|photograph|image|picture|credit)\s*(?:[:：/]|by\b)\s*[^:：。.!?！？]{1,30}[)）]?$"
    r"|[（(](?:图|图片|photo|image)?\s*[:：/]?\s*[^()（）]{1,20}\s*摄[)）]$"
    # "新华社记者 李贺 摄" on a line of its own: the photographer's credit.  A caption that ends in
    # it ("图为某企业生产车间。新华社记者 李贺 摄") is kept: real pages' labels keep such captions.
    r"|^(?:[\u4e00-\u9fff]{0,8}(?:记者|通讯员|摄影))?\s*[\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4})?\s+摄$",
    re.I,
))
# End marks: "(完)", "（完）", "- END -", "【完】".
_END_MARK_RE = re.compile(r"\s*(?:[（(【\[]\s*(?:完|全文完|终|end)\s*[)）】\]]|[-—]\s*end\s*[-—])$", re.I)
# A breadcrumb trail introduced by its label: "当前位置：首页 > 新闻", "You are here: Home / News".
# A trail that starts at the home page: "首页 > 社区 > 论坛", "Acme首页 —> 财经", "Home » News".
_BREADCRUMB_RE = re.compile(r"^(?:当前位置|您的位置|你的位置|您现在的位置|你现在的位置|现在位置|所在位置|"
                            r"you are here|current location)\s*[:：]"
                            r"|^\S{0,6}?(?:首页|主页|home)\s*(?:>|»|›|＞|→|—>|-->|->)\s*\S", re.I)
# A trail of three or more short parts: "Acme娱乐 > 明星俱乐部 > 话题", "News › World › Asia".
_TRAIL_RE = gated(re.compile(r"^(?!.*[.。!?！？]$)(?:[^\s>»›＞|,，.。;；][^>»›＞|,，.。;；]{0,14}?\s*(?:>|»|›|＞|—>|->)\s*){2,}"
                       r"[^\s>»›＞]"))
# A blog's trackback address or a comment count line: "引用通告地址: …", "《标题》已有3件评论", "共 4 条评论".
_TRACKBACK_RE = re.compile(r"\btrackback\b|引用通告|已有\s*\d+\s*(?:件|条|篇|个)评论|共\s*\d+\s*(?:条|篇|件)评论", re.I)
# The site's own footer links: "关于我们 | 联系方式 | 广告服务", "About us | Privacy policy | Contact".
_FOOTER_WORDS_RE = re.compile(r"^(?:关于我们|关于本站|联系我们|联系方式|广告服务|广告合作|网站地图|隐私政策|隐私保护|服务条款|"
                              r"版权声明|免责声明|友情链接|招聘信息|加入我们|网站公告|意见反馈|about(?: us)?|contact(?: us)?|"
                              r"privacy(?: policy)?|terms(?: of (?:use|service))?|sitemap|site map|advertise(?: with us)?|"
                              r"careers|imprint|impressum|datenschutz|cookie policy)$", re.I)
# Forum markup shown as text: a line of BBCode tags ("[marquee][img src=…][/img]…") and nothing else.
_BBCODE_RE = re.compile(r"^(?:\s*\[/?(?:img|marquee|url|flash|media|quote|color|size|font|b|i|u|align|center)\b[^\]]*\]"
                        r"(?:https?://\S+?|[^\[]{0,3}))+\s*$", re.I)
# A page-view counter: "您是本文第 154 个阅览者", "浏览次数：1234", "阅读 (3287)", "Views: 1,204".
_VIEW_COUNT_RE = re.compile(r"^(?:您|你)是(?:本文|本帖)?第\s*\d+\s*(?:个|位)(?:阅览者|读者|访问者|访客|浏览者)"
                            r"|^(?:阅读|浏览|点击|阅览|查看)(?:次数|数|量)?\s*[:：(（]?\s*[\d,]+\s*[)）]?\s*次?$"
                            r"|^(?:views?|page views|reads)\s*[:：]?\s*[\d,]+$", re.I)
_TAGS_RE = re.compile(r"^(?:tags?|keywords?|topics?|标签|关键词|关键字|相关标签|filed under|categories)\s*[:：]", re.I)
_AD_RE = re.compile(
    r"^(?:advertisement|advertising|sponsored(?: content)?|ad|广告|赞助内容|推广|scroll to continue(?: with content)?|"
    r"story continues below(?: advertisement)?|continue reading below|article continues below)$",
    re.I,
)
# A byline's role left alone once the names are links elsewhere: "AP Business Writers", "Staff Reporter".
_ROLE_ONLY_RE = re.compile(
    r"^(?:(?-i:[A-Z]{2,8})\s+)?(?:(?:business|staff|senior|chief|special|contributing|economics|markets)\s+)?"
    r"(?:writers?|reporters?|correspondents?|editors?)$", re.I)
# A newswire's closing source line: "SOURCE Acme Corp.".
_WIRE_SOURCE_RE = re.compile(r"^SOURCE\s+[A-Z][\w&.,’'() -]{1,80}$")
# Closing credit and contact lines of newspapers and wires: "Write to Jane Doe at jane@x.com",
# print-edition notes, media-inquiry contacts, Reuters' trust/licensing links.
_CLOSING_CREDIT_RE = re.compile(
    r"(?:(?:write to|email|e-mail|contact)\s+.{2,80}?\s+at\s+\S+@\S+\.\w+\.?$"
    r"|(?:this article |a version of this (?:article|story) )?(?:appeared|appears) in (?:the )?.{0,80}?\bprint\b"
    r"|(?:for )?(?:media|press|news media) (?:inquiries|enquiries|contacts?)\b.{0,120}(?:@|\d{3}[-. )]\d{3})"
    r"|our standards\s*:|purchase licensing rights\b)",
    re.I,
)
# Notes about the article itself, phrased as sentences: syndication ("This story was originally
# featured on Fortune.com"), earlier publication ("A version of this story first appeared in ...
# magazine", "Note: This item first appeared in ... Report"), AI notes ("This article was generated
# with the support of AI and reviewed by an editor"), the author's social sign-off ("Follow me on
# Twitter or LinkedIn") and a newsletter box's closing marker ("after newsletter promotion").
_ABOUT_ARTICLE_RE = re.compile(
    r"^(?:note\s*[:：]\s*)?(?:this|a version of this|an earlier version of this|parts of this) "
    r"(?:story|article|item|piece|post|column|report|content)(?: was| has been| is)? (?:originally |first )?"
    r"(?:featured|published|appeared|ran|posted)\b"
    r"|^(?:note\s*[:：]\s*)?this (?:story|article|item|piece|post|content|summary|report) (?:was|is|has been) "
    r"(?:partially |partly |fully )?(?:generated|written|created|produced|translated|drafted)\b.{0,40}"
    r"\b(?:ai|artificial intelligence|automated|machine)\b"
    r"|^follow (?:me|him|her|them|us) on (?:twitter|x|linkedin|facebook|instagram|threads|bluesky|substack|youtube)\b"
    r"|^(?:skip past|after|end of) newsletter promotion$",
    re.I,
)
# A contributor's one-line bio in the header, next to the byline or its disclaimer:
# "I cover commodities, mining and the energy transition." (Forbes contributor pages).
_AUTHOR_BIO_RE = re.compile(
    r"^I(?: have)? (?:cover|write about|report on|focus on|am an? |’m an? |'m an? )", re.I)
_HEADER_REASONS = {"byline", "disclaimer"}
# A gallery caption flattened into text: "Item 1 of 2 Copper cathodes at ... REUTERS/Ivan Alvarado".
# "[1/2]Copper cathodes ... Purchase Licensing Rights, opens new tab" is the same caption in another capture.
_GALLERY_CAPTION_RE = re.compile(r"(?:item \d{1,3} of \d{1,3}\b|\[\d{1,3}/\d{1,3}\])", re.I)
_LICENSING_TAIL_RE = re.compile(r"purchase licensing rights(?:, opens new tab)?$", re.I)
# A credit under a chart or table: "Source: LSEG Datastream", "数据来源：Wind" (not a sentence).
_CHART_SOURCE_RE = re.compile(r"^(?:sources?|data sources?|chart|graphic|数据来源|资料来源|来源)\s*[:：]\s*\S", re.I)
# Video embeds flattened into text: "VIDEO 3:12 ...", "Watch now 04:05 ...".
# A table's source note, full sentences: "Source: Morningstar Direct. Data as of Oct. 31, 2026."
_TABLE_SOURCE_RE = re.compile(
    r"^(?:sources?|data)\s*:\s*[^.]{2,60}\.\s*(?:data|figures|prices|returns) (?:as of|through|to)\b.{2,40}$",
    re.I)
_VIDEO_RE = re.compile(r"^(?:video|watch now|watch|视频)\s*\d{1,2}:\d{2}", re.I)
# Page-number bars: "1 2 下一页", "« Prev 1 2 3 Next »".
_PAGINATION_RE = re.compile(
    r"^(?:(?:上一页|下一页|首页|尾页|末页|previous|prev|next|[<>«»‹›]|第?\d{1,3}页?)\s*){2,}$", re.I)
_PAGINATION_WORD_RE = re.compile(r"上一页|下一页|尾页|previous|prev|next|[<>«»‹›]|^1\s+2\b", re.I)
# Openers of the end matter of releases and analysis pages: the section they
# start runs to the next subheading (or the end) and is not article text.
_END_MATTER_RE = re.compile(
    r"^(?:(?i:about (?:the )?(?:authors?|us|the company))"
    r"|(?i:about)\s+(?!(?:The|This|A|An|Our|How|What|Why)\b)[A-Z][\w&.,’'-]*(?:\s+[A-Z0-9&][\w&.,’'-]*){0,5}"
    r"|(?i:forward[- ]looking statements?|cautionary (?:note|statements?)(?: regarding forward[- ]looking statements?)?"
    r"|safe harbou?r(?: statement)?|disclosures?|(?:media|investor|press|analyst)s?(?: relations)?"
    r"(?: (?:and|&) (?:media|investors?))?(?: relations)? contacts?|contacts?|作者简介"
    # "版权与免责声明：" / "Acme网免责声明" heading the site's numbered terms under the article
    r"|.{0,12}?(?:版权(?:与|和|及)?免责声明|免责声明|版权声明)"
    # the readers' comments under the article: "热门评论", "最新评论", "12 Comments"
    r"|(?:热门|最新|网友|全部|精彩|相关)评论|评论区|(?:\d+\s+)?(?:reader(?:s[’']?)?\s+)?comments))\s*[:：]?\s*$"
    r"|^(?i:this (?:press )?(?:release|announcement|article) contains forward[- ]looking statements"
    r"|this article was written by\b|i/we have\b|(?:[\w’'.]+ ){0,3}[\w.]+[’']s? disclosure\s*:|disclosure\s*:)"
)
# Unlabelled position disclosures closing investing articles: "Jane Doe has positions in Acme. The Motley
# Fool has a disclosure policy.", "John Roe has no position in any of the stocks mentioned."
_POSITION_DISCLOSURE_RE = gated(re.compile(
    r"\bha(?:s|ve) a disclosure policy\.?$"
    r"|^(?:[A-Z][\w.’'-]*\s+){1,5}ha(?:s|ve|d) no (?:positions?|holdings?|stake) in any (?:of )?(?:the )?"
    r"(?:stocks|companies|securities|shares)(?: \w+){0,3} mentioned"
))
# A newsletter's sales-pitch box heading: "Should you invest $1,000 in Acme right now?".
_PITCH_HEADING_RE = re.compile(
    r"^should you (?:invest|buy|sell|put)\b.{0,80}\b(?:right now|today|now)\s*\?$", re.I)
_READMORE_RE = re.compile(
    r"^(?:read more|click here|点击(?:这里|此处|查看|阅读|进入)|阅读原文|阅读全文|查看原文|原标题\s*[:：]|"
    r"返回(?:首页|顶部|搜狐|列表)|back to top|continue reading|read the full (?:story|article)|"
    r"more:|watch:|listen:|related:|see more|view more|load more|查看更多|加载更多|展开全文|"
    r"don[’']t miss\s*:|must read\s*:|also read\s*:|also see\s*:|trending\s*:|"
    r"read next|up next\s*:|延伸阅读|相关阅读\s*[:：]|推荐阅读\s*[:：]|相关链接\s*[:：])",
    re.I,
)
_SOURCE_LINE_RE = re.compile(
    r"^[（(【\[]?\s*(?:来源|來源|稿件来源|文章来源|本文来源|消息来源|source)\s*[:：]\s*(?P<src>[^:：\s]{1,40}?)"
    r"(?:\s+(?:作者|编辑|记者)\s*[:：]\s*(?P<who>[^:：\s]{2,20}))?"
    r"(?:\s+(?:责任编辑|责编)\s*[:：]\s*[^:：\s]{2,30})?\s*[)）】\]]?$",
    re.I,
)
_ZH_BYLINE_RE = re.compile(
    r"^[（(【\[]?\s*(?P<org>[0-9A-Za-z]{0,6}[\u4e00-\u9fff]{0,10}?)\s*"
    r"(?:记者|通讯员|特约记者|见习记者|实习记者|首席记者|特约撰稿人|撰稿人|撰稿|作者|撰文|(?<!本)文|采写|文字)"
    r"\s*[:：/|丨]?\s*"
    r"(?P<names>[\u4e00-\u9fff·]{2,5}(?:\s*[ 、,，和及与]\s*[\u4e00-\u9fff·]{2,5}){0,4})\s*[)）】\]]?$"
)
# "记者了解到" / "记者获悉" open sentences, "(本文发表于…)" says where the article ran; these are never names.
_ZH_NOT_NAME_RE = re.compile(r"了|发表|获悉|发现|注意|获知|走访|采访|调查|梳理|统计|观察|查询|联系|致电|看到|表示|认为|说|从|在|向|对")
# "【文/观察者网 周远方】": the outlet between "文/" and the name.
_ZH_WEN_BYLINE_RE = re.compile(
    r"^[（(【\[]?\s*文\s*[/／]\s*(?P<org>[0-9A-Za-z\u4e00-\u9fff]{1,8}(?:网|报|社|台|新闻|财经|周刊|杂志|频道)\s*)?"
    r"(?P<names>[\u4e00-\u9fff·]{2,5}(?:\s*[ 、,，]\s*[\u4e00-\u9fff·]{2,5}){0,3})\s*[)）】\]]?$"
)
_ZH_SPACED_NAME_RE = re.compile(r"(?<![\u4e00-\u9fff·])([\u4e00-\u9fff])[ \u3000]{1,2}([\u4e00-\u9fff])(?![\u4e00-\u9fff·])")
_ZH_ROLE_RE = re.compile(r"^(?:本报|本刊)?(?:见习|实习|特约|首席)?(?:记者|通讯员|编辑|撰稿人?)$")
_ZH_BYLINE_SUFFIX_RE = gated(re.compile(r"\s*(?:发自\S{1,8}|[\u4e00-\u9fff]{0,6}报道|[\u4e00-\u9fff]{0,6}电)$"))
_WEEKDAY_TAIL_RE = re.compile(
    r"[\s,|·•–—-]+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|wed|thu|fri|sat|sun)\.?|today|yesterday|"
    r"updated|published|posted|on)[\s,]*$", re.I)
_NAME_RE = r"[A-Z][\w’'.-]*(?:\s+(?:van|von|de|da|del|bin|al|le)?\s*[A-Z][\w’'.-]*){0,3}"
_EN_BY_RE = re.compile(
    rf"^(?i:by|written by|words by|story by|text by|author|authors|reported by)\s*[:：]?\s+(?P<names>{_NAME_RE}"
    rf"(?:\s*(?:,|;|and|&)\s*{_NAME_RE})*)(?P<rest>.{{0,60}})$",
)
_EN_REPORTER_RE = gated(re.compile(
    rf"^(?P<org>(?:[A-Z][\w&.’'-]*\s+){{0,5}})(?i:staff\s+|senior\s+|chief\s+|special\s+)?"
    rf"(?i:reporters?|correspondents?|journalists?|staff writers?|writers?)\s+(?P<names>{_NAME_RE}"
    rf"(?:\s*(?:,|and|&)\s*{_NAME_RE})*)$",
))
_EN_NAME_THEN_ROLE_RE = gated(re.compile(
    rf"^(?P<names>{_NAME_RE}),?\s+(?:\|\s*)?(?:[A-Z][\w&.’'-]*\s+){{0,4}}"
    r"(?i:staff\s+)?(?i:reporter|correspondent|staff writer|writer|contributor|journalist)$",
))
_NOT_PERSON = {
    "reuters", "bloomberg", "ap", "afp", "xinhua", "staff", "staff writer", "correspondent", "reporter",
    "the associated press", "associated press", "agencies", "our correspondent", "editor", "news",
}
_TERMINAL_RE = re.compile(r"[.!?。！？…:;：；]$")
_CLOSERS = "”’\"')）]】」』》"
_WORD_RE = re.compile(r"[a-z][a-z’'-]{2,}|[\u4e00-\u9fff]{2}")
_STOP = {
    "the", "and", "for", "are", "was", "were", "that", "this", "with", "from", "have", "has", "will",
    "not", "but", "what", "which", "you", "your", "his", "her", "its", "they", "their", "can", "how",
    "why", "who", "does", "did", "into", "more", "than", "about", "after", "over", "new", "one",
}


_BRACKET_TITLE_RE = re.compile(r"^(?P<prefix>\s*[【\[](?P<title>[^】\]]{4,120})[】\]]\s*)(?P<rest>\S.*)$", re.S)
_TITLE_SEP_RE = re.compile(r"\s+[|｜\-–—]\s+|\s*_\s*|\s*丨\s*")


# ---------------------------------------------------------------- prompts in other languages

_SOCIAL_NAMES = r"(?:facebook|twitter|instagram|telegram|tiktok|youtube|linkedin|whatsapp|threads|bluesky|mastodon|pinterest|snapchat)"
# "Follow us on Telegram, Instagram, Facebook and Twitter ...", "Síguenos en ...", "Folge uns auf ...",
# "Suivez-nous sur ...": a follow verb and two or more social networks.
_FOLLOW_RE = gated(re.compile(
    r"\b(?:follow|síguenos|siguenos|sigue(?:nos)?|seguir|folge|folgt|folgen sie|suivez|seguici|segui|siga)\b", re.I))
_SOCIAL_RE = re.compile(rf"\b{_SOCIAL_NAMES}\b", re.I)
# "Never miss the latest news by signing up to our newsletter", "suscribirse aquí a nuestra newsletter",
# "Newsletter abonnieren", "Do you want to be informed ...? Sign up here".
_NEWSLETTER_RE = gated(re.compile(
    r"\b(?:sign(?:ing)? up|subscri\w*|suscr[ií]\w*|abonn\w*|anmelden|inscri\w*|iscri\w*)\b.{0,40}?"
    r"\b(?:our|nuestra|nuestro|unseren?|notre|nos|nostra)\s+(?:[\w-]+\s+){0,3}newsletters?\b"
    r"|^newsletter\s+(?:abonnieren|bestellen|anmelden|abonnez-vous)\b"
    r"|^(?:do you want to|want to|would you like to) (?:be informed|stay (?:informed|up to date)|get (?:our|the latest))\b.{0,80}"
    r"\bsign up\b",
    re.I))
# Affiliate and advertiser notes: "This post contains affiliate links", "We may receive compensation when
# you click on links", "Bei den Verlinkungen handelt es sich um Affiliate Links".
_AFFILIATE_RE = gated(re.compile(
    r"\b(?:contains?|may contain|uses|use some|includes?|handelt es sich um|enthält|contiene|contient)\s+"
    r"(?:(?:some|sogenannte|des|liens|enlaces)\s+)?affiliate[- ]?links?\b"
    r"|\bas an amazon (?:associate|affiliate)\b|\bwe (?:may|might) (?:receive|earn|get) (?:a )?(?:small )?(?:compensation|commission)"
    r"|\bproduct advertising api\b|\badvertisers? (?:do|does) not influence\b"
    r"|\b(?:contains|includes) (?:references to )?(?:products|links) from (?:one or more of )?our (?:advertisers|partners)\b",
    re.I))
# An inline teaser in other languages: "Le puede interesar: ...", "Lesen Sie auch: ...", "À lire aussi : ...".
_READ_ALSO_RE = re.compile(
    r"^(?:(?:le|te) puede interesar|lea también|lee también|ver también|leia também|veja também|lesen sie (?:auch|mehr)|"
    r"auch interessant|mehr zum thema|das könnte sie (?:auch )?interessieren|(?:à )?lire aussi|voir aussi|"
    r"leggi anche|potrebbe interessarti|you may also like|you might also like|related story|related article)\s*[:：]",
    re.I)
# "Zurück zum Newsroom", "Volver a la portada", "Retour à l'accueil", "Back to news": a short way back.
_BACK_TO_RE = re.compile(r"^(?:back to|zurück (?:zu[mr]?|an)|volver a|retour (?:à|au)|torna (?:a|al))\b.{1,30}$", re.I)
# Log-in state lines: "You are not logged in.", "Sie sind aktuell nicht eingeloggt."
_LOGIN_STATE_RE = re.compile(
    r"^(?:you are|you're) (?:currently )?not (?:logged|signed) in\b|^sie sind (?:\w+ )?nicht (?:eingeloggt|angemeldet)\b"
    # a forum's greeting to a visitor who is not logged in: "游客 欢迎你！", "Welcome, Guest"
    r"|^(?:游客|访客|来宾)\s*[,，]?\s*(?:欢迎|您好|你好)|^welcome,?\s+guest\b",
    re.I)
# A caption ending in a parenthesised credit: "... at the Congress (Photo: Jane Doe/Pool via Reuters).",
# "(Foto: ...)", "(Bild: ...)", "(Imagen: ...)".
_PAREN_CREDIT_RE = re.compile(
    r"[(（]\s*(?:photos?|fotos?|bild(?:er)?|imagen|image|images|crédito|credit|quelle|source)\s*[:：]\s*[^()（）]{2,80}[)）]\.?$",
    re.I)
# Reader-letter prompts: "We want to hear what you think about this article."
_LETTERS_RE = re.compile(r"^we want to hear (?:what you think|from you)\b", re.I)
# Reader-support appeals of the site itself: "Help us continue to bring you …", "Support our
# independent journalism", "Wir haben keine Bezahlschranke … brauchen wir deine Unterstützung".
_SUPPORT_RE = gated(re.compile(
    r"\bhelp us (?:continue|keep)\b|\bsupport (?:(?:our|independent|quality|local) )+(?:journalism|reporting|newsroom|magazine)\b"
    r"|\b(?:keine|ohne) bezahlschranke\b|\bbrauchen wir (?:deine|ihre|eure) unterstützung\b"
    r"|\bunterstütze (?:unser(?:e|en)?|uns) (?:magazin|journalismus|arbeit)\b"
    r"|\bapoya (?:nuestro|el) periodismo\b|\bsoutenez (?:notre|le) journalisme\b",
    re.I))
