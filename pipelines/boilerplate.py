"""Stage `boilerplate`: line-level cleaning of the normalized blocks.

Runs after :mod:`pipelines.normalize`, so quotes are “ ” ‘ ’ and every ellipsis
is ``…``.  Every removed block's text is appended to ``doc.removed``.

Removed, by structure first and wording second:

* teaser lists: a "Recommend"/"Related"/"推荐阅读"/"相关文章"... heading and the
  title-like or ``…``-truncated lines after it; without a heading, any run of
  short title-like lines holding two or more ``…``-truncated teasers; runs of
  link-dense blocks (HTML); a trailing run of three or more title-like lines
  whose words do not occur in the article;
* end matter after the article: a section opened by "About Acme Corp.",
  "Forward-Looking Statements", "Media Contact:", "Analyst's Disclosure:",
  "This article was written by" ... up to the next ordinary subheading;
* previous/next navigation (``<<:``, ``>>:``, 上一篇/下一篇, Previous/Next) and
  page-number bars ("1 2 下一页");
* the title repeated at the top of the body, also as a "【title】" lead prefix;
* bylines ("Securities Daily reporter Xing Meng", "By Jane Doe", "本报记者 邢萌",
  "记者 张三", "文/张三") -> ``doc.authors``; source lines ("来源：证券日报",
  "Source: Reuters") -> ``doc.meta["source_line"]``; date/info lines
  ("2021-05-26 07:05 来源：证券日报") -> ``doc.meta["date_line"]``;
* editor lines (责任编辑：...; "Editing by ..."), copyright lines, share bars,
  comment prompts, app-download and newsletter prompts, risk disclaimers,
  image credits, tag lines, "Advertisement", "Read more"/"阅读原文";
* lines matching the site profile's ``[boilerplate].line_patterns``.

A "Source | Title" prefix in the title (``Securities Daily | Regulatory ...``)
sets ``doc.source`` and leaves the title without it.

Headings: in plain-text captures a short line without final punctuation that
sits between paragraphs is a heading; two or three such lines in a row form
ONE heading block, joined with a space (no space when either side of the join
is a CJK character).  HTML headings come from the markup (see
:mod:`pipelines.parse`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable

from pipelines import profiles
from pipelines.base import StagePipeline
from pipelines.document import Document
from pipelines.normalize import cjk_count, is_cjk_char, word_count

# ---------------------------------------------------------------- patterns

_DECOR = "■●◎□▲★◆▶►▷•·|｜【】[]<>《》()（）:：-—_*#"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE_RE = re.compile(
    r"\d{4}\s*[-/年.]\s*\d{1,2}\s*[-/月.]\s*\d{1,2}\s*日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?"
    rf"|{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}(?:,?\s+(?:at\s+)?\d{{1,2}}:\d{{2}}\s*(?:[ap]\.?m\.?)?)?"
    rf"|\d{{1,2}}\s+{_MONTH}\s+\d{{4}}(?:,?\s+\d{{1,2}}:\d{{2}})?"
    r"|\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*(?:GMT|UTC|BST|EST|EDT|CST|HKT|[+-]\d{2}:?\d{2}))?",
    re.I,
)
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
    r"also read|further reading|popular(?: now| articles| stories| posts)?|most (?:read|popular|viewed|shared)|"
    r"trending(?: now| stories)?|editor[’']?s picks?|top stories|latest (?:news|stories|articles)|hot news|"
    r"what to read next|recommended videos|"
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
_NAV_RE = re.compile(
    r"^(?:<<|>>|«|»|‹|›|←|→|“\s*(?=previous|older))\s*[:：]?"
    r"|^(?:上一篇|下一篇|上一页|下一页|上篇|下篇|前一篇|后一篇|上一条|下一条)(?:文章|新闻)?\s*[:：]?"
    r"|^(?:previous|next|older|newer)(?:\s+(?:article|post|story|page|entry|news|item))?\s*(?:[:：»›>]|$)"
    r"|(?:next|newer)\s+(?:article|post|story)?\s*[»›>]$",
    re.I,
)
_EDITOR_RE = re.compile(
    r"^[（(\[【]?\s*(?:责任编辑|责编|编辑|主编|校对|审核|审校|编审|值班编辑|实习编辑|监制|"
    r"editor|edited by|editing by|reporting by|additional reporting by|compiled by|"
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
_COPYRIGHT_RE = re.compile(
    r"^(?:copyright|©|\(c\)\s*\d{4}|版权所有|版权声明|本文版权|未经.{0,6}(?:授权|许可|同意)|转载请注明|本网站所载|本站所载|"
    r"本文系|本文为.{0,12}原创|凡本网注明)|all rights reserved|版权所有|不得转载|禁止转载|严禁转载|侵权必究|违者必究|"
    r"转载请注明|©\s*(?:\d{4}|[A-Z])",
    re.I,
)
_SHARE_WORDS = {
    "share", "share this", "share this article", "share this story", "share on", "share to", "shares",
    "tweet", "email", "e-mail", "print", "facebook", "twitter", "x", "linkedin", "whatsapp", "wechat",
    "weibo", "reddit", "telegram", "pinterest", "copy link", "copy", "link", "comment", "comments",
    "save", "分享到", "分享至", "分享", "一键分享", "打印", "收藏", "微信", "微博", "新浪微博", "qq空间", "qq",
    "朋友圈", "豆瓣", "复制链接", "腾讯微博", "人人网", "字号", "大", "中", "小", "评论", "转发", "点赞",
}
_SHARE_SPLIT_RE = re.compile(r"[\s:：|/,，、·•]+")
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
_APP_RE = re.compile(
    r"download (?:our|the) (?:[\w-]+ ){0,2}app|get (?:our|the) (?:[\w-]+ ){0,2}app|scan (?:the )?qr code|"
    r"扫码|扫描二维码|二维码|下载.{0,10}(?:app|客户端)|客户端下载|关注.{0,8}公众号|微信公众号|"
    r"follow us on|subscribe to (?:our|the) .{0,30}newsletter|sign up for (?:our|the) .{0,40}newsletter|"
    r"打开app|app内(?:阅读|查看)|点击下载|in the app|点击上方.{0,8}关注|关注我们$|长按(?:识别)?二维码|"
    # "金融界App 股票实时行情 立即下载，一键查看…" (an in-body app install prompt)
    r"(?:app|客户端)\b.{0,30}(?:立即|马上|免费)下载|"
    # "海量资讯、精准解读，尽在新浪财经APP"; "打开网易新闻 查看精彩图片" (in-body app teasers)
    r"尽在.{0,12}(?:app|客户端)|^打开.{2,10}?[，,\s]?查看(?:精彩|更多|全部|高清){0,2}(?:图片|视频|内容|评论|资讯)",
    re.I,
)
_DISCLAIMER_START_RE = re.compile(
    r"^[（(【\[]?\s*(?:risk warning|risk disclosure|disclaimer|important notice|forward[- ]looking statements?|"
    r"safe harbou?r statement|免责声明|风险提示|特别声明|"
    r"特别提示|郑重声明|重要提示|特别提醒|(?:平台|作者|本站|本网|网站|法律|投资)?声明)\s*[:：]",
    re.I,
)
_DISCLAIMER_ANY_RE = re.compile(
    r"^(?:the )?(?:opinions|views) expressed (?:by|in|here)\b.{0,60}\bare (?:their|his|her|its|the author[’']?s?|those of)\b|"
    r"does not constitute (?:any )?(?:investment|financial) advice|not (?:intended as )?investment advice|"
    r"不构成(?:任何)?投资建议|投资有风险|入市需谨慎|投资需谨慎|仅供参考|据此操作.{0,6}风险自担|for reference only",
    re.I,
)
_IMAGE_RE = re.compile(
    r"^[（(【\[]?\s*(?:photo|photos|image|picture|pic|graphic|credit|illustration|file photo|"
    r"图片来源|图片|图源|图|摄影|摄|配图|资料图|视觉中国)\s*(?:[:：/|]|by\b|credit)"
    r"|^[（(]?(?:getty images|reuters|ap photo|afp|xinhua|vcg|shutterstock|istock|ic photo)\b.{0,60}$"
    r"|(?:/|via |photo: ?)(?:getty images|reuters|ap|afp|shutterstock|视觉中国|新华社)[)）]?$"
    r"|^[（(]\s*(?:图|图片|photo)[^)）]{0,40}[)）]$",
    re.I,
)
# A caption that ends in its credit: "长三角某产业园。图片来源：视觉中国", "Traders on the floor. Photo: AP".
_CAPTION_CREDIT_RE = re.compile(
    r"(?:图片来源|图源|图片|摄影|photo|photograph|image|picture|credit)\s*(?:[:：/]|by\b)\s*[^:：。.!?！？]{1,30}[)）]?$"
    r"|[（(](?:图|图片|photo|image)?\s*[:：/]?\s*[^()（）]{1,20}\s*摄[)）]$"
    # "图为某企业生产车间。新华社记者 李贺 摄": a caption ending in the photographer's credit.
    r"|(?:[。\s]|记者|通讯员|摄影)\s*[\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4})?\s+摄$",
    re.I,
)
# End marks: "(完)", "（完）", "- END -", "【完】".
_END_MARK_RE = re.compile(r"\s*(?:[（(【\[]\s*(?:完|全文完|终|end)\s*[)）】\]]|[-—]\s*end\s*[-—])$", re.I)
_TAGS_RE = re.compile(r"^(?:tags?|keywords?|topics?|标签|关键词|关键字|相关标签|filed under|categories)\s*[:：]", re.I)
_AD_RE = re.compile(
    r"^(?:advertisement|advertising|sponsored(?: content)?|ad|广告|赞助内容|推广|scroll to continue(?: with content)?|"
    r"story continues below(?: advertisement)?|continue reading below|article continues below)$",
    re.I,
)
# Lines after the story: "— Jane Doe contributed to this report.", "SOURCE Acme Corp." (newswires).
_CONTRIB_RE = re.compile(
    r"^.{0,80}\b(?:contributed|contributed reporting|contributed research)(?: to| for)? (?:this|the) (?:report|story|article)\.?$"
    r"|^(?:additional )?reporting (?:contributed )?by\b",
    re.I,
)
# A byline's role left alone once the names are links elsewhere: "AP Business Writers", "Staff Reporter".
_ROLE_ONLY_RE = re.compile(
    r"^(?:(?-i:[A-Z]{2,8})\s+)?(?:(?:business|staff|senior|chief|special|contributing|economics|markets)\s+)?"
    r"(?:writers?|reporters?|correspondents?|editors?)$", re.I)
_WIRE_SOURCE_RE = re.compile(r"^SOURCE\s+[A-Z][\w&.,’'() -]{1,80}$")
# Credit names alone before "contributed": "AP Business Writers Elaine Park and Matt Horvath contributed."
_CONTRIB_NAMES_RE = re.compile(r"^(?:(?:[A-Z][\w.’'-]*|and|&),?\s+){1,12}contributed(?: reporting| research)?\.?$")
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
    r"(?: (?:and|&) (?:media|investors?))?(?: relations)? contacts?|contacts?|作者简介))\s*[:：]?\s*$"
    r"|^(?i:this (?:press )?(?:release|announcement|article) contains forward[- ]looking statements"
    r"|this article was written by\b|i/we have\b|(?:[\w’'.]+ ){0,3}[\w.]+[’']s? disclosure\s*:|disclosure\s*:)"
)
# Unlabelled position disclosures closing investing articles: "Jane Doe has positions in Acme. The Motley
# Fool has a disclosure policy.", "John Roe has no position in any of the stocks mentioned."
_POSITION_DISCLOSURE_RE = re.compile(
    r"\bha(?:s|ve) a disclosure policy\.?$"
    r"|^(?:[A-Z][\w.’'-]*\s+){1,5}ha(?:s|ve|d) no (?:positions?|holdings?|stake) in any (?:of )?(?:the )?"
    r"(?:stocks|companies|securities|shares)(?: \w+){0,3} mentioned"
)
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
    r"(?:记者|通讯员|特约记者|见习记者|实习记者|首席记者|特约撰稿人|撰稿人|撰稿|作者|撰文|文|采写|文字)"
    r"\s*[:：/|丨]?\s*"
    r"(?P<names>[\u4e00-\u9fff·]{2,5}(?:\s*[ 、,，和及与]\s*[\u4e00-\u9fff·]{2,5}){0,4})\s*[)）】\]]?$"
)
# "记者了解到" / "记者获悉" open sentences; these are never names.
_ZH_NOT_NAME_RE = re.compile(r"了|获悉|发现|注意|获知|走访|采访|调查|梳理|统计|观察|查询|联系|致电|看到|表示|认为|说|从|在|向|对")
# "【文/观察者网 周远方】": the outlet between "文/" and the name.
_ZH_WEN_BYLINE_RE = re.compile(
    r"^[（(【\[]?\s*文\s*[/／]\s*(?P<org>[0-9A-Za-z\u4e00-\u9fff]{1,8}(?:网|报|社|台|新闻|财经|周刊|杂志|频道)\s*)?"
    r"(?P<names>[\u4e00-\u9fff·]{2,5}(?:\s*[ 、,，]\s*[\u4e00-\u9fff·]{2,5}){0,3})\s*[)）】\]]?$"
)
_ZH_SPACED_NAME_RE = re.compile(r"(?<![\u4e00-\u9fff·])([\u4e00-\u9fff])[ \u3000]{1,2}([\u4e00-\u9fff])(?![\u4e00-\u9fff·])")
_ZH_ROLE_RE = re.compile(r"^(?:本报|本刊)?(?:见习|实习|特约|首席)?(?:记者|通讯员|编辑|撰稿人?)$")
_ZH_BYLINE_SUFFIX_RE = re.compile(r"\s*(?:发自\S{1,8}|[\u4e00-\u9fff]{0,6}报道|[\u4e00-\u9fff]{0,6}电)$")
_WEEKDAY_TAIL_RE = re.compile(
    r"[\s,|·•–—-]+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|wed|thu|fri|sat|sun)\.?|today|yesterday|"
    r"updated|published|posted|on)[\s,]*$", re.I)
_NAME_RE = r"[A-Z][\w’'.-]*(?:\s+(?:van|von|de|da|del|bin|al|le)?\s*[A-Z][\w’'.-]*){0,3}"
_EN_BY_RE = re.compile(
    rf"^(?i:by|written by|words by|story by|text by|author|authors|reported by)\s*[:：]?\s+(?P<names>{_NAME_RE}"
    rf"(?:\s*(?:,|;|and|&)\s*{_NAME_RE})*)(?P<rest>.{{0,60}})$",
)
_EN_REPORTER_RE = re.compile(
    rf"^(?P<org>(?:[A-Z][\w&.’'-]*\s+){{0,5}})(?i:staff\s+|senior\s+|chief\s+|special\s+)?"
    rf"(?i:reporters?|correspondents?|journalists?|staff writers?|writers?)\s+(?P<names>{_NAME_RE}"
    rf"(?:\s*(?:,|and|&)\s*{_NAME_RE})*)$",
)
_EN_NAME_THEN_ROLE_RE = re.compile(
    rf"^(?P<names>{_NAME_RE}),?\s+(?:\|\s*)?(?:[A-Z][\w&.’'-]*\s+){{0,4}}"
    r"(?i:staff\s+)?(?i:reporter|correspondent|staff writer|writer|contributor|journalist)$",
)
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


@dataclass
class Stripped:
    """Result of :func:`strip`."""
    blocks: list[dict[str, Any]]
    removed: list[str] = field(default_factory=list)
    #: Why each ``removed`` text went (same order): the rule's name ("byline", "teaser list" ...).
    reasons: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    title: str | None = None
    source: str | None = None
    source_line: str | None = None
    date_line: str | None = None


# ---------------------------------------------------------------- helpers

def _key(text: str) -> str:
    """Comparison key: lower-case letters, digits and CJK only."""
    return "".join(ch for ch in text.lower() if ch.isalnum())


def _core(text: str) -> str:
    """Text without decoration symbols around it (for full-line matches)."""
    return text.strip(_DECOR + " ").strip()


def _is_short(text: str, *, words: int = 20, cjk: int = 40) -> bool:
    n_cjk = cjk_count(text)
    return (n_cjk <= cjk) if n_cjk * 2 > len(text) else (len(text.split()) <= words and len(text) <= 160)


def _ends_open(text: str) -> bool:
    """No final punctuation (closing quotes and brackets looked through)."""
    core = text.rstrip(_CLOSERS + " ")
    return bool(core) and not _TERMINAL_RE.search(core)


def _is_title_like(text: str) -> bool:
    core = text.rstrip(_CLOSERS + " ")
    return _is_short(text, words=22, cjk=40) and (not _TERMINAL_RE.search(core) or core.endswith(("?", "？", "!", "！")))


def _is_teaser(text: str) -> bool:
    return text.rstrip(_CLOSERS + " ").endswith("…") and len(text) <= 400


def split_source_prefix(title: str) -> tuple[str | None, str]:
    """``"Securities Daily | Regulatory ..."`` -> ``("Securities Daily", "Regulatory ...")``.

    Only when the part before the bar is short (<= 5 words or <= 12 CJK
    characters) and the part after it is longer; otherwise ``(None, title)``.
    """
    m = re.match(r"^\s*(?P<src>[^|｜丨]{1,40}?)\s*[|｜丨]\s*(?P<rest>.+)$", title)
    if not m:
        return None, title
    src, rest = m.group("src").strip(), m.group("rest").strip()
    short = (cjk_count(src) <= 12) if cjk_count(src) else len(src.split()) <= 5
    if short and len(rest) > len(src) and not re.search(r"[|｜丨]", rest):
        return src, rest
    return None, title


def _person_names(raw: str, *, cjk: bool) -> list[str]:
    parts = re.split(r"\s*(?:,|;|&|\band\b|、|，|和|及|与)\s*" if not cjk else r"[\s、,，和及与]+", raw)
    names = []
    for part in parts:
        part = part.strip(" .")
        if not part:
            continue
        if cjk:
            part = _ZH_ROLE_RE.sub("", part)
            if 2 <= len(part) <= 5:
                names.append(part)
            continue
        part = re.sub(r"\s+(?:in|for|at)\s+.*$", "", part)
        if part.lower() in _NOT_PERSON or not part[:1].isupper():
            continue
        if 1 <= len(part.split()) <= 4:
            names.append(part.title() if part.isupper() else part)
    return names


def byline_names(text: str) -> list[str] | None:
    """Author names if ``text`` is a byline line, else None.

    ``"Securities Daily reporter Xing Meng"`` -> ``["Xing Meng"]``;
    ``"本报记者 邢萌"`` -> ``["邢萌"]``; ``"By Jane Doe and John Roe"`` -> both.
    """
    text = _core(text)
    if not text or len(text) > 120:
        return None
    if cjk_count(text):
        zh = _ZH_BYLINE_SUFFIX_RE.sub("", _ZH_TRAILING_EDITOR_RE.sub("", text))
        # "作者：熊 丽", "见习记者 林 楠": a two-character name spaced to line up with three-character ones.
        zh = _ZH_SPACED_NAME_RE.sub(r"\1\2", zh)
        for regex in (_ZH_WEN_BYLINE_RE, _ZH_BYLINE_RE):
            m = regex.match(zh)
            if m and len(zh) <= 40 and not _ZH_NOT_NAME_RE.search(m.group("names")):
                return _person_names(m.group("names"), cjk=True) or None
    # "By Sofia Andersson Business reporter": the role after the name is not part of it.
    if re.match(r"(?i:by)\s", text):
        text = re.sub(r"[\s,|]+(?:[A-Z][a-z]+\s+)?(?:[a-z]+\s+)?(?i:reporter|correspondent|editor|writer|analyst)$",
                      "", text)
    # "By Jane Doe · May 2, 2024" / "Staff reporter Li Wei | 12 June 2024": drop the date part.
    if _DATE_RE.search(text):
        text = _DATE_RE.sub("", text).rstrip(" |·•,–—-/")
        # "By Jane Doe Monday, 24 November 2026": name and date in neighbouring spans.
        text = _WEEKDAY_TAIL_RE.sub("", text)
    text = re.sub(r"\s+in\s+[A-Z][\w]+(?:\s+[A-Z]\w+)?$", "", text)  # "... in Shanghai"
    for regex in (_EN_BY_RE, _EN_REPORTER_RE, _EN_NAME_THEN_ROLE_RE):
        m = regex.match(text)
        if m:
            rest = m.groupdict().get("rest") or ""
            if rest and not re.match(r"^\s*(?:[,|/–—-]\s*.*|\s+in\s+\w+.*)?$", rest):
                continue
            names = _person_names(m.group("names"), cjk=False)
            if names:
                return names
    return None


def _info_line(text: str) -> bool:
    """A short line made of a date plus labels ("2021-05-26 07:05 来源：证券日报")."""
    if len(text) > 150 or not _DATE_RE.search(text):
        return False
    rest = _DATE_RE.sub(" ", text)
    rest = re.sub(r"(?:来源|來源|source|作者|author|编辑|by)\s*[:：]?\s*\S{1,20}", " ", rest, flags=re.I)
    rest = _INFO_LABEL_RE.sub("", rest)
    return len(rest) <= 12


def _is_share_bar(text: str) -> bool:
    if len(text) > 100:
        return False
    lower = re.sub(r"^share(?: this)?(?: article| story| post| page)?\b", "share", text.lower())
    tokens = [t for t in _SHARE_SPLIT_RE.split(lower) if t]
    if not tokens:
        return True
    joined = " ".join(tokens)
    return joined in _SHARE_WORDS or all(t in _SHARE_WORDS for t in tokens) and len(tokens) >= 2


def line_reason(text: str, *, patterns: Iterable[re.Pattern[str]] = ()) -> str | None:
    """Why a single line is boilerplate (a short label), or None if it is not."""
    core = _core(text)
    short = _is_short(text, words=25, cjk=50)
    for pattern in patterns:
        if pattern.search(text):
            return "profile pattern"
    if not core:
        return "decoration"
    # An arrow opening a sentence ("→ The bottom line: …") is a bullet, not a pager link.
    if _NAV_RE.search(text) and (_is_short(text, words=15, cjk=30) or not text.lstrip().startswith(_ARROWS)):
        return "prev/next navigation"
    if _DISCLAIMER_START_RE.search(text):
        return "disclaimer"
    if len(text) <= 200 and _DISCLAIMER_ANY_RE.search(text):
        return "disclaimer"
    if len(text) <= 300 and _COPYRIGHT_RE.search(text):
        return "copyright"
    if len(text) <= 200 and _EDITOR_RE.search(text) and (short or "：" in text or ":" in text):
        return "editor"
    if len(text) <= 40 and _ORG_EDITOR_RE.match(core):
        return "editor"
    if _is_share_bar(text) or (len(text) <= 40 and (_SHARE_ON_RE.match(core) or core.startswith(("分享到", "分享至")))):
        return "share bar"
    if len(text) <= 60 and _ENGAGE_RE.search(core):
        return "engagement prompt"
    if len(text) <= 120 and _COMMENT_RE.search(core):
        return "comment prompt"
    if len(text) <= 200 and _APP_RE.search(text):
        return "app/newsletter prompt"
    if len(text) <= 200 and _IMAGE_RE.search(text):
        return "image credit"
    if _is_short(text, words=30, cjk=60) and len(text) <= 200 and _CAPTION_CREDIT_RE.search(text):
        return "image caption"
    if _END_MARK_RE.fullmatch(text):
        return "end mark"
    if len(text) <= 150 and _POSTMETA_RE.search(core):
        return "post metadata"
    if len(text) <= 200 and _TAGS_RE.search(core):
        return "tags"
    if _AD_RE.search(core):
        return "advertisement"
    if len(text) <= 150 and _READMORE_RE.search(core):
        return "read more"
    if len(text) <= 200 and _CONTRIB_RE.search(core):
        return "sign-off"
    if len(text) <= 40 and _ROLE_ONLY_RE.match(core):
        return "byline"
    if len(text) <= 160 and _CONTRIB_NAMES_RE.match(core):
        return "sign-off"
    if len(text) <= 300 and _CLOSING_CREDIT_RE.match(core):
        return "closing credit"
    if len(text) <= 250 and _ABOUT_ARTICLE_RE.match(core):
        return "note about the article"
    if len(text) <= 300 and (_GALLERY_CAPTION_RE.match(core)
                             or ("licensing" in core.lower() and _LICENSING_TAIL_RE.search(core))):
        return "image caption"
    if len(text) <= 600 and _POSITION_DISCLOSURE_RE.search(text.strip()):
        return "disclosure"
    if _WIRE_SOURCE_RE.match(text):
        return "wire source line"
    if _VIDEO_RE.search(core) and len(text) <= 200:
        return "video embed"
    if len(text) <= 120 and _PAGINATION_RE.match(core) and _PAGINATION_WORD_RE.search(core):
        return "pagination"
    if (len(text) <= 150 and _CHART_SOURCE_RE.search(text) and _is_short(text, words=16, cjk=40)
            and not re.search(r"[.。!?！？]$", text.rstrip(_CLOSERS))):
        return "chart source"
    if len(text) <= 160 and _TABLE_SOURCE_RE.match(text.strip()):
        return "chart source"
    return None


def _is_lone_link(text: str) -> bool:
    """A block that is one short link and nothing else goes when it is a call to action
    ("Get a Quote", "Back to Blog", "Sign up"), a page number or an arrow; a linked title
    or name in a list ("The Artist's Handbook by …", "Kotlin") is content on real pages."""
    core = _core(text)
    return word_count(text) <= 15 and (not core or core.isdigit() or bool(_CTA_RE.match(core)))


def _join_heading(a: str, b: str) -> str:
    left = a.rstrip()[-1:]
    right = b.lstrip("“‘\"'「『 ")[:1]
    sep = "" if is_cjk_char(left) or is_cjk_char(right) else " "
    return f"{a}{sep}{b}"


def _vocabulary(texts: Iterable[str]) -> set[str]:
    return {w for t in texts for w in _WORD_RE.findall(t.lower()) if w not in _STOP}


def _unrelated(text: str, vocab: set[str]) -> bool:
    words = [w for w in _WORD_RE.findall(text.lower()) if w not in _STOP]
    if not words:
        return True
    return sum(1 for w in words if w in vocab) / len(words) < 0.5


def _is_running_text(block: dict[str, Any]) -> bool:
    text = block["text"]
    return (block["kind"] == "paragraph" and block.get("_links", 0) < 0.3 and not _is_teaser(text)
            and not _is_title_like(text))


def _is_end_matter(block: dict[str, Any]) -> bool:
    text = _core(block["text"]) if block["kind"] == "heading" or len(block["text"]) <= 80 else block["text"]
    return bool(_END_MATTER_RE.search(text))


def _resumes_article(blocks: list[dict[str, Any]], j: int, drop: dict[int, str], *, linked_list: bool) -> bool:
    """Block ``j`` ends a teaser list: an unlinked subheading (a heading block,
    or a plain line after a list of links) followed by running text.  Mid-article
    "相关阅读" boxes sit between two parts of the article."""
    block = blocks[j]
    if j in drop or j + 1 >= len(blocks) or block.get("_links", 0) >= 0.3:
        return False
    if block["kind"] != "heading" and not linked_list:
        return False
    nxt = blocks[j + 1]
    if j + 1 not in drop and _is_running_text(nxt):
        return True
    # A listicle's numbered subheading keeps one short unlinked fact line before
    # its text ("4. Constellation Energy" / "Ticker: CEG" / paragraph): still the article.
    return (block["kind"] == "heading" and j + 2 < len(blocks) and j + 1 not in drop and j + 2 not in drop
            and nxt["kind"] == "paragraph" and nxt.get("_links", 0) < 0.3 and not _is_teaser(nxt["text"])
            and _is_short(nxt["text"], words=8, cjk=20) and _is_running_text(blocks[j + 2]))


# ---------------------------------------------------------------- the pass

def strip(blocks: list[dict[str, Any]], *, title: str | None = None,
          line_patterns: Iterable[str] = (), input_kind: str = "html",
          other_titles: Iterable[str] = ()) -> Stripped:
    """Remove boilerplate blocks (see the module docstring); pure function.

    ``other_titles`` (og:title, <h1>, <title>) also count as the title when a
    block repeats one of them, or the headline part of one ("Site - Headline").
    """
    patterns = [re.compile(p) for p in line_patterns]
    out = Stripped(blocks=[])
    raw_title = title
    if title:
        out.source, out.title = split_source_prefix(title)
        if out.source is None:
            out.title = title
    variants = [t for t in (raw_title, out.title, *other_titles) if t]
    for t in list(variants):
        parts = [p for p in _TITLE_SEP_RE.split(t) if p.strip()]
        variants += [p for p in parts if len(p) >= 0.5 * len(t)]
    title_keys = {_key(t) for t in variants}
    title_keys = {k for k in title_keys if len(k) >= 8}
    drop: dict[int, str] = {}
    n = len(blocks)
    blocks = list(blocks)
    # Telegraph leads repeat the headline in brackets: "【Title】Cailian, May 11 — ...".
    for i in range(min(6, n)):
        m = _BRACKET_TITLE_RE.match(blocks[i]["text"])
        if m and _key(m.group("title")) in title_keys:
            out.removed.append(m.group("prefix").strip())
            out.reasons.append("repeated title")
            blocks[i] = {**blocks[i], "text": m.group("rest")}

    # 1. single lines
    for i, block in enumerate(blocks):
        text = block["text"]
        key = _key(text)
        if i < 6 and key and key in title_keys:
            drop[i] = "repeated title"
            continue
        if i < 6 and out.title and block["kind"] == "heading" and key and _key(out.title).startswith(key) and len(key) > 10:
            drop[i] = "repeated title"
            continue
        names = byline_names(text) if _is_short(text, words=16, cjk=40) else None
        if names:
            out.authors.extend(n for n in names if n not in out.authors)
            drop[i] = "byline"
            continue
        m = _SOURCE_LINE_RE.match(_core(text) if len(text) < 60 else "")
        if m:
            out.source_line = out.source_line or m.group("src")
            if m.group("who") and m.group("who") not in out.authors:
                out.authors.append(m.group("who"))
            drop[i] = "source line"
            continue
        if _info_line(text):
            out.date_line = out.date_line or text
            for who in re.findall(r"(?:作者|author)\s*[:：]\s*([^\s:：|]{2,20})", text, flags=re.I):
                if who not in out.authors:
                    out.authors.append(who)
            # "来源: 中国证券报阅读 (3287)": spans run together; the counter label is not the source.
            src = re.search(r"(?:来源|來源|source)\s*[:：]\s*([^\s:：|]{2,20}?)(?=阅读|浏览|点击|评论|[\s(（|]|$)",
                            text, flags=re.I)
            if src:
                out.source_line = out.source_line or src.group(1)
            drop[i] = "date/info line"
            continue
        reason = line_reason(text, patterns=patterns)
        if reason:
            drop[i] = reason

    # 1a. a one-line author bio sitting next to a removed byline or contributor disclaimer
    for i, block in enumerate(blocks):
        if (i not in drop and _AUTHOR_BIO_RE.match(block["text"]) and _is_short(block["text"], words=25)
                and (drop.get(i - 1) in _HEADER_REASONS or drop.get(i + 1) in _HEADER_REASONS)):
            drop[i] = "author bio"

    # 1c. deks and summary boxes without a dek class: a box in the first blocks that the lead
    # repeats (wallstreetcn's one-sentence summary above the key points and the lead), and a
    # headline-like intro line before any article text (a trade-press "article-intro" under the h1).
    for i in range(min(6, n)):
        key = _key(blocks[i]["text"])
        if i in drop or len(key) < 15 or blocks[i]["kind"] != "paragraph":
            continue
        # Not the very next kept block: the box sits apart from the lead (key points between).
        if any(k not in drop and _key(blocks[k]["text"]).startswith(key)
               and any(j not in drop for j in range(i + 1, k)) for k in range(i + 2, min(n, i + 11))):
            drop[i] = "summary box"
    for i in range(min(4, n)):
        if i in drop:
            continue
        block, text = blocks[i], blocks[i]["text"]
        if _is_running_text(block) or block["kind"] == "heading" or block.get("_tag") == "tr":
            break
        if (block["kind"] == "paragraph" and block.get("_links", 0) < 0.3 and _ends_open(text)
                and _is_short(text, words=25, cjk=50) and (word_count(text) >= 5 if not cjk_count(text) else cjk_count(text) >= 10)
                and i + 1 < n and any(_is_running_text(blocks[k]) for k in range(i + 1, min(n, i + 4)) if k not in drop)):
            drop[i] = "dek"
            break

    # 1b. end matter: "About Acme Corp.", "Forward-Looking Statements", "Media Contact:",
    # "Analyst's Disclosure: ...", "This article was written by" open a section that runs
    # to the next subheading or the end; only after some article text.
    i, seen_body = 0, False
    while i < n:
        if seen_body and _is_end_matter(blocks[i]):
            drop[i] = "end matter"
            j = i + 1
            while j < n and not (blocks[j]["kind"] == "heading" and not _is_end_matter(blocks[j])) \
                    and blocks[j].get("_tag") != "tr":
                drop.setdefault(j, "end matter")
                j += 1
            i = j
            continue
        seen_body = seen_body or (i not in drop and _is_running_text(blocks[i]))
        i += 1

    # 1c. sales-pitch boxes inside the story: a "Should you invest $1,000 in X right now?" heading and
    # the pitch under it, up to the next subheading.
    for i in range(n):
        if len(blocks[i]["text"]) <= 120 and _PITCH_HEADING_RE.match(_core(blocks[i]["text"])):
            drop[i] = "sales pitch"
            j = i + 1
            while j < n and blocks[j]["kind"] != "heading":
                drop.setdefault(j, "sales pitch")
                j += 1

    # 2. teaser lists after a "Recommend"/"相关文章" heading
    i = 0
    while i < n:
        if _RECOMMEND_RE.match(_core(blocks[i]["text"]).rstrip(" :：")):
            drop[i] = "teaser list heading"
            j = i + 1
            linked = 0
            while j < n:
                t = blocks[j]["text"]
                if _resumes_article(blocks, j, drop, linked_list=linked == j - i - 1 > 0):
                    break
                linked += blocks[j].get("_links", 0) >= 0.5
                if j in drop or _is_title_like(t) or _is_teaser(t) or blocks[j].get("_links", 0) >= 0.5:
                    drop.setdefault(j, "teaser list")
                    j += 1
                else:
                    break
            i = j
        else:
            i += 1

    # 3. runs of title-like lines holding >= 2 "…" teasers, and link-dense runs
    i = 0
    while i < n:
        if i in drop or not (_is_teaser(blocks[i]["text"]) or _is_title_like(blocks[i]["text"])):
            i += 1
            continue
        j, teasers = i, 0
        while j < n and (j in drop or _is_teaser(blocks[j]["text"]) or _is_title_like(blocks[j]["text"])):
            teasers += j not in drop and _is_teaser(blocks[j]["text"])
            j += 1
        if teasers >= 2:
            for k in range(i, j):
                drop.setdefault(k, "teaser list")
        i = j
    i = 0
    while i < n:
        j = i
        while j < n and blocks[j].get("_links", 0) >= 0.6 and len(blocks[j]["text"]) <= 200:
            j += 1
        if j - i >= 2:
            for k in range(i, j):
                drop.setdefault(k, "link list")
        elif j > i and blocks[i].get("_links", 0) >= 0.9 and _is_lone_link(blocks[i]["text"]):
            drop.setdefault(i, "link")
        i = max(j, i + 1)

    # 3b. tag rows after the article text: a block made only of two or more short inline
    # items ("<span>固收+</span><span>新基金</span>…", keyword links) without sentence punctuation.
    for k in range(n - 1, -1, -1):
        if k in drop:
            continue
        if blocks[k].get("_items", 0) >= 2 and _ends_open(blocks[k]["text"]) and _is_short(blocks[k]["text"]):
            drop[k] = "tag row"
            continue
        break

    # 4. a trailing run of >= 3 title-like lines unrelated to the article
    kept_idx = [k for k in range(n) if k not in drop]
    tail = []
    for k in reversed(kept_idx):
        if _is_title_like(blocks[k]["text"]):
            tail.append(k)
        else:
            break
    if len(tail) >= 3:
        vocab = _vocabulary(blocks[k]["text"] for k in kept_idx if k not in tail)
        if vocab and sum(_unrelated(blocks[k]["text"], vocab) for k in tail) >= len(tail) * 0.6:
            for k in tail:
                drop[k] = "unrelated title list"

    for k, block in enumerate(blocks):
        if k in drop:
            out.removed.append(block["text"])
            out.reasons.append(drop[k])
            continue
        m = _END_MARK_RE.search(block["text"])
        if m and block["kind"] == "paragraph":
            out.removed.append(m.group(0).strip())
            out.reasons.append("end mark")
            block = {**block, "text": block["text"][:m.start()].rstrip()}
        out.blocks.append(block)
    if input_kind == "text":
        out.blocks = mark_headings(out.blocks)
    return out


def mark_headings(blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Plain text: short unpunctuated lines between paragraphs become headings;
    consecutive ones (up to three) merge into one heading block."""
    n = len(blocks)
    cand = [
        0 < i < n - 1 and _ends_open(b["text"]) and _is_short(b["text"], words=15, cjk=30)
        and len(b["text"]) <= 110
        for i, b in enumerate(blocks)
    ]
    out: list[dict[str, Any]] = []
    i = 0
    while i < n:
        if cand[i]:
            j = i
            while j < n and cand[j] and j - i < 3:
                j += 1
            if j < n and not cand[j]:
                text = blocks[i]["text"]
                for k in range(i + 1, j):
                    text = _join_heading(text, blocks[k]["text"])
                out.append({**blocks[i], "kind": "heading", "text": text})
                i = j
                continue
        out.append(blocks[i])
        i += 1
    return out


def run(doc: Document) -> Document:
    site = profiles.of(doc)
    patterns = list(site.boilerplate.get("line_patterns", [])) if site is not None else []
    result = strip(doc.blocks, title=doc.title, line_patterns=patterns, input_kind=doc.input_kind or "html",
                   other_titles=[doc.meta.get(k) for k in ("og:title", "h1", "html_title") if doc.meta.get(k)])
    doc.blocks = result.blocks
    doc.removed.extend(result.removed)
    for name in result.authors:
        if name not in doc.authors:
            doc.authors.append(name)
    if result.title:
        doc.title = result.title
    if result.source and not doc.source:
        doc.source = result.source
    if result.source_line:
        doc.meta.setdefault("source_line", result.source_line)
    if result.date_line:
        doc.meta.setdefault("date_line", result.date_line)
    return doc


class BoilerplatePipeline(StagePipeline):
    stage = "boilerplate"
    func = staticmethod(run)
