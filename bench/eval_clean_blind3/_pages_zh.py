from _build import render, write

UTF8 = {"Content-Type": "text/html; charset=utf-8"}


def page_tencent():
    title = "多家银行下调大额存单利率，三年期产品已跌破2%"
    items = [
        ("p", "新京报贝壳财经讯（记者 孙琳琳）11月24日，贝壳财经记者注意到，包括工商银行、建设银行在内的多家国有大行以及部分股份制银行近期再度下调大额存单利率，三年期大额存单的挂牌利率普遍降至1.9%左右，已跌破2%关口。"),
        ("p", "记者在多家银行手机APP查询发现，某国有大行20万元起存的三年期大额存单年利率为1.90%，一年期为1.45%，较年初分别下降约25个基点和20个基点。一些股份制银行的三年期产品利率虽然略高，为1.95%至2.05%，但额度紧张，常常“秒光”。"),
        ("pb", "存款利率持续下行"),
        ("p", "今年以来，商业银行净息差持续承压。国家金融监督管理总局数据显示，三季度末商业银行净息差为1.42%，处于历史低位。在贷款利率不断走低的背景下，银行通过下调存款利率来稳定负债成本，已成为普遍选择。"),
        ("p", "某股份制银行北京地区一位理财经理告诉记者，近期到网点咨询大额存单的客户明显增多，“不少客户是赶在降息前来锁定利率的，但额度有限，每天上午放出的额度很快就被抢完。”"),
        ("raw", '<div class="qnt-video-card"><p>打开腾讯新闻，查看更多精彩视频</p></div>', ["打开腾讯新闻，查看更多精彩视频"]),
        ("pb", "资金流向理财和保险"),
        ("p", "业内人士指出，存款利率下行正在推动居民资产配置发生变化。一方面，银行理财产品规模回升，截至10月末存续规模约为31.2万亿元；另一方面，分红型保险和储蓄型保险产品受到部分稳健型投资者青睐。"),
        ("p", "融360数字科技研究院分析师表示，在低利率环境下，投资者需要在收益和流动性之间做好平衡，“不要只盯着利率高低，还要关注产品期限、风险等级以及是否可以提前支取。”"),
        ("p", "多位分析人士预计，随着政策利率下调的传导，存款利率仍有进一步下行的空间，但降幅将较为温和，银行也会通过调整产品结构来稳定存款。"),
        ("raw", '<p class="one-p">编辑 王进雨</p><p class="one-p">校对 卢茜</p>', ["编辑 王进雨", "校对 卢茜"]),
    ]
    art, body, heads, bp_in = render(items, p_attr=' class="one-p"')
    bp = bp_in + [
        "免责声明：本内容来自腾讯平台创作者，不代表腾讯新闻或腾讯网的观点和立场。",
        "举报",
        "相关推荐",
        "银行理财规模重回30万亿元，净值化转型后首次…",
        "个人养老金开户数突破8000万，实际缴费人数仍偏…",
        "腾讯新闻APP打开，看更多精彩内容",
        "写评论",
        "热门评论",
        "Copyright © 1998 - 2026 Tencent. All Rights Reserved",
        "发布于北京",
    ]
    html = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>{title}_腾讯新闻</title>
<meta name="keywords" content="大额存单,利率,银行">
<meta name="description" content="11月24日，贝壳财经记者注意到，包括工商银行、建设银行在内的多家国有大行以及部分股份制银行近期再度下调大额存单利率">
<meta property="og:title" content="{title}"><meta property="og:site_name" content="腾讯新闻">
<meta name="apub:time" content="2026-11-24 14:32:08">
<script>window.DATA = {{"article_id":"20261124A05KQ300","title":"{title}","media":"新京报","pubtime":"2026-11-24 14:32:08","catalog1":"finance"}};</script>
<script src="//mat1.gtimg.com/libs/jquery/1.12.0/jquery.min.js"></script>
</head><body>
<div class="qq-top"><div class="qq-nav"><a href="//www.qq.com">腾讯网</a><a>新闻</a><a>视频</a><a>图片</a><a>财经</a><a>股票</a><a>科技</a></div><div class="app-download"><a>腾讯新闻APP打开，看更多精彩内容</a></div></div>
<div class="qq-main"><div class="LEFT">
<h1>{title}</h1>
<div class="media-info"><a class="media-name">新京报</a><span class="time">2026-11-24 14:32</span><span class="location">发布于北京</span><button>+关注</button></div>
<div class="content clearfix"><div class="content-article">
{art}
</div></div>
<div class="disclaimer"><p>免责声明：本内容来自腾讯平台创作者，不代表腾讯新闻或腾讯网的观点和立场。</p><a class="report">举报</a></div>
<div class="recommend"><h3>相关推荐</h3><ul>
<li><a>银行理财规模重回30万亿元</a><p>银行理财规模重回30万亿元，净值化转型后首次…</p></li>
<li><a>个人养老金开户数突破8000万</a><p>个人养老金开户数突破8000万，实际缴费人数仍偏…</p></li></ul></div>
<div id="comment"><h3>热门评论</h3><div class="comment-box"><a>写评论</a></div><p class="empty">暂无评论，快来抢沙发吧</p></div>
</div>
<div class="RIGHT"><div class="hot-list"><h3>24小时热文</h3><ol><li><a>A股三大指数集体收涨，券商股走强</a></li><li><a>人民币对美元中间价上调58个基点</a></li></ol></div></div></div>
<div class="qq-footer"><p>Copyright © 1998 - 2026 Tencent. All Rights Reserved</p><p>腾讯公司 版权所有</p></div>
</body></html>
"""
    write("zh_tencent", url="https://new.qq.com/rain/a/20261124A05KQ300", headers=UTF8, html=html, body=body,
          headings=heads, boilerplate=bp, title=title, authors=["孙琳琳"], language="zh",
          notes="腾讯新闻-like: republished 新京报 piece, author only in the dateline （记者 孙琳琳）, bold-p subheadings, video-card prompt mid-body, 编辑/校对 lines at the end, 免责声明, 相关推荐 teasers with …, comments.")


def page_sohu():
    title = "券商三季报透视：自营业务成业绩“胜负手”，头部与中小券商分化加剧"
    items = [
        ("raw", "<p>□中国证券报记者 吴科任</p>", ["□中国证券报记者 吴科任"]),
        ("p", "随着上市券商三季报披露完毕，行业业绩整体回暖的态势进一步明确。Wind数据显示，42家上市券商前三季度合计实现营业收入4152亿元，同比增长17.6%；实现归母净利润1427亿元，同比增长31.2%。"),
        ("p", "从收入结构看，自营业务成为拉动业绩增长的最主要力量。前三季度，上市券商合计实现自营业务收入1486亿元，同比增长46.3%，占营业收入的比重超过三分之一。经纪业务收入受益于市场成交活跃，同比增长28.5%。"),
        ("h3", "头部券商优势扩大"),
        ("p", "行业分化特征依然明显。前十大券商前三季度归母净利润合计占上市券商总额的比重接近七成，较去年同期提高约3个百分点。其中，有3家券商前三季度净利润超过百亿元。"),
        ("p", "某大型券商非银金融分析师对中国证券报记者表示，头部券商资本实力雄厚、业务布局完整，在市场回暖时能够更充分地把握机会，“尤其是在权益类自营和衍生品业务方面，头部券商的定价能力和风险管理能力更强。”"),
        ("p", "相比之下，部分中小券商业绩波动较大。数据显示，有6家上市券商前三季度归母净利润同比下降，主要原因包括自营投资收益下滑、资产减值损失增加等。"),
        ("h3", "并购重组持续推进"),
        ("p", "今年以来，券商行业并购重组持续推进，多起合并案进入实质阶段。业内人士认为，通过并购重组做优做强，是中小券商突围的重要路径，也有助于提升行业整体竞争力。"),
        ("p", "展望后市，多家机构认为，在资本市场改革深化、长期资金入市的背景下，券商板块的基本面有望持续改善，但仍需关注市场波动对自营业务的影响。"),
    ]
    art, body, heads, bp_in = render(items)
    bp = bp_in + [
        "返回搜狐，查看更多",
        "责任编辑：",
        "平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。",
        "阅读 (3287)",
        "推荐阅读",
        "今日搜狐热点",
        "券商板块午后拉升，多只个股涨停…",
        "搜狐首页",
        "Copyright © 2026 Sohu.com Inc. All Rights Reserved. 搜狐公司 版权所有",
        "原标题：券商三季报透视：自营业务成业绩“胜负手”",
        "我来说两句",
    ]
    html = f"""<!DOCTYPE html>
<html><head>
<meta charset="gbk">
<title>{title}_手机搜狐网</title>
<meta name="keywords" content="券商,三季报,自营业务">
<meta property="og:type" content="news"><meta property="og:title" content="{title}">
<meta property="og:release_date" content="2026-11-03 07:12">
<meta name="mediaid" content="中国证券报">
<script>var article_config = {{"title":"{title}","mediaId":"103525","channelId":"15"}};</script>
</head><body>
<div class="head-nav"><ul><li><a>搜狐首页</a></li><li><a>新闻</a></li><li><a>体育</a></li><li><a>汽车</a></li><li><a>财经</a></li><li><a>科技</a></li></ul></div>
<div class="location-without-nav"><a>财经</a> &gt; <a>证券</a> &gt; <span>正文</span></div>
<div class="article-page"><div class="left main">
<div class="text"><div class="text-title"><h1>{title}</h1>
<div class="article-info"><span class="time" id="news-time">2026-11-03 07:12</span><span data-role="original-link">来源: <a>中国证券报</a></span><span class="read-num">阅读 (3287)</span></div></div>
<article class="article" id="mp-editor">
<p>原标题：券商三季报透视：自营业务成业绩“胜负手”</p>
{art}
<p><a href="//www.sohu.com/?strategyid=00001" target="_blank" id="backsohucom"><span class="backword">返回搜狐，查看更多</span></a></p>
<p data-role="editor-name">责任编辑：<span></span></p>
</article>
<div id="articleTransfer"><div class="statement">平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</div></div>
<div class="article-oper"><span>我来说两句</span><a>0人参与，0条评论</a></div>
</div>
<div id="god_bottom_banner"><div class="god-article-bottom"></div></div>
<div class="more-article"><h4>推荐阅读</h4><ul><li><a>券商板块午后拉升，多只个股涨停</a><p>券商板块午后拉升，多只个股涨停…</p></li><li><a>公募降费第三阶段落地，销售费率下调</a></li></ul></div>
</div>
<div class="right sidebar"><div class="hot-news"><h3>今日搜狐热点</h3><ol><li><a>央行开展7000亿元买断式逆回购</a></li><li><a>美联储官员释放鸽派信号</a></li></ol></div></div></div>
<div class="footer"><p>Copyright © 2026 Sohu.com Inc. All Rights Reserved. 搜狐公司 版权所有</p></div>
</body></html>
"""
    write("zh_sohu_gbk", url="https://www.sohu.com/a/93178154_115362", headers={"Content-Type": "text/html"},
          html=html, body=body, headings=heads, boilerplate=bp, title=title, authors=["吴科任"], language="zh",
          encoding="gbk",
          notes="搜狐-like, bytes GBK, <meta charset=gbk>, HTTP header without charset. 原标题 line, □记者 byline in body, 返回搜狐 link, empty 责任编辑, 平台声明, 推荐阅读.")


def page_eeo():
    title = "城投债化债进入深水区：融资平台“退名单”提速，转型路径仍待厘清"
    items = [
        ("p", "经济观察报 记者 老盈盈 11月以来，多地城投平台密集发布公告，宣布退出地方政府融资平台名单，以“市场化经营主体”身份参与后续融资。据记者不完全统计，仅11月前三周，就有超过120家城投平台发布相关声明，数量已接近上半年总和。"),
        ("p", "一位华东地区城投公司财务负责人对经济观察报表示，退出名单意味着公司不再承担政府融资职能，新增债务与政府信用脱钩，“但这不等于债务问题消失了，存量债务还要一笔一笔地化解。”"),
        ("pb", "一、退名单为何提速"),
        ("p", "化债政策的推进是直接原因。去年以来，一揽子化债方案持续落地，特殊再融资债券置换了相当规模的隐性债务。按照相关要求，融资平台需在限定时间内完成压降，退出名单成为各地完成考核的重要抓手。"),
        ("p", "另一方面，城投债发行条件收紧，也倒逼平台加快转型。Wind数据显示，今年前10个月城投债净融资额为负1860亿元，为有数据以来首次出现年度净偿还的趋势。不少平台借新还旧的空间明显收窄。"),
        ("pb", "二、转型面临的难题"),
        ("p", "多位业内人士认为，退出名单只是第一步，真正的难点在于转型后的造血能力。一家评级机构分析师指出，许多平台的主营业务仍是基础设施代建和土地整理，经营性现金流薄弱，“脱离政府信用支持后，融资成本可能明显上升。”"),
        ("p", "一些地方尝试将水务、公交、停车场等经营性资产注入平台，以增厚收入和现金流。但这些资产的盈利能力普遍有限，短期内难以支撑大规模的债务偿还。"),
        ("pb", "三、市场如何定价"),
        ("p", "在债券市场上，投资者对退名单平台的态度出现分化。经济较发达地区、资产质量较好的平台，信用利差仍在收窄；而部分财政实力偏弱地区的平台，债券收益率已有所抬升。"),
        ("p", "上述分析师表示，未来城投债的定价将更多依赖平台自身的经营能力和区域经济基本面，“政府兜底的预期正在逐步打破，这是一个必须经历的过程。”"),
    ]
    art, body, heads, bp_in = render(items)
    bp = bp_in + [
        "版权声明：以上内容为《经济观察报》社原创作品，版权归《经济观察报》社所有。未经《经济观察报》社授权，严禁转载或镜像，否则将依法追究相关行为主体的法律责任。",
        "扫码关注经济观察报官方微信",
        "分享到：",
        "热点推荐",
        "财政部：前10月全国一般公共预算收入同比增长…",
        "京ICP备05024493号",
        "老盈盈 经济观察报记者 关注地方债、城投与信用债市场。",
        "来源：经济观察网",
    ]
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{title} - 经济观察网 - 专业财经新闻网站</title>
<meta name="keywords" content="城投债,化债,融资平台" />
<meta name="description" content="11月以来，多地城投平台密集发布公告，宣布退出地方政府融资平台名单" />
<script type="text/javascript" src="/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript">var _hmt = _hmt || [];</script>
</head><body>
<div class="topnav"><div class="w1200"><a href="/">首页</a><a>宏观</a><a>金融</a><a>公司</a><a>地产</a><a>科技</a><a>观察家</a><a>电子报</a></div></div>
<div class="w1200 xd-b"><div class="xd-b-l">
<div class="xd-b-b"><h1>{title}</h1>
<div class="xd-b-b-info"><span>作者：老盈盈</span><span>2026-11-24 18:22</span><span>来源：经济观察网</span></div>
<div class="xd-share"><span>分享到：</span><a class="wx">微信</a><a class="wb">微博</a></div></div>
<div class="xx_boxsing">
{art}
</div>
<div class="xd-copyright"><p>版权声明：以上内容为《经济观察报》社原创作品，版权归《经济观察报》社所有。未经《经济观察报》社授权，严禁转载或镜像，否则将依法追究相关行为主体的法律责任。版权合作请致电：【010-60910566-1260】。</p></div>
<div class="author-card"><img src="/author/lyy.jpg" /><p>老盈盈 经济观察报记者 关注地方债、城投与信用债市场。</p></div>
</div>
<div class="xd-b-r"><div class="qr"><img src="/qr.png" /><p>扫码关注经济观察报官方微信</p></div>
<div class="rdtj"><h3>热点推荐</h3><ul><li><a>财政部：前10月全国一般公共预算收入同比增长</a><p>财政部：前10月全国一般公共预算收入同比增长…</p></li><li><a>央行三季度货币政策执行报告要点</a></li></ul></div></div></div>
<div class="footer"><p>经济观察报社 版权所有 京ICP备05024493号</p></div>
</body></html>
"""
    write("zh_eeo", url="http://www.eeo.com.cn/2026/1124/701845.shtml", headers=UTF8, html=html, body=body,
          headings=heads, boilerplate=bp, title=title, authors=["老盈盈"], language="zh",
          notes="经济观察网-like: XHTML div layout (no article/aside), info bar 作者/来源, the lead paragraph opens with '经济观察报 记者 老盈盈' run into the text (kept: it is the first sentence's paragraph), bold-p numbered subheadings, 版权声明, author card, QR prompt.")


def page_jiemian():
    title = "新能源车企价格战外溢至供应链，电池厂商四季度报价再降"
    items = [
        ("p", "新能源汽车市场的价格战正在向上游蔓延。多位动力电池行业人士向界面新闻证实，四季度以来，部分整车企业要求电池供应商再度降价，降幅在5%至10%之间，磷酸铁锂电芯的主流报价已跌至每瓦时0.36元左右。"),
        ("p", "一家二线电池厂商的销售负责人表示，今年以来电芯价格已累计下降约15%，“碳酸锂价格已经在低位，能降的材料成本基本都降完了，现在降价主要靠压缩自身利润。”"),
        ("h3", "整车厂压力传导"),
        ("p", "今年以来，国内新能源汽车市场竞争持续加剧。中国汽车工业协会数据显示，1-10月新能源汽车销量为1286万辆，同比增长29%，但行业利润率持续下滑，多家车企前三季度仍处于亏损状态。"),
        ("p", "为稳住销量，车企纷纷推出限时优惠、置换补贴和低息贷款等措施。一位车企采购人员坦言，整车价格下降后，成本压力只能沿着供应链向上传导，“电池是整车最贵的部件，自然是降本的重点。”"),
        ("raw", '<div class="article-link-card"><p>相关阅读：</p><p><a href="https://www.jiemian.com/article/12233001.html">锂价低位震荡，盐湖提锂项目加速出清</a></p></div>',
         ["相关阅读：", "锂价低位震荡，盐湖提锂项目加速出清"]),
        ("h3", "行业加速洗牌"),
        ("p", "在价格持续下行的背景下，电池行业的分化正在加剧。头部企业凭借规模优势和技术储备，毛利率仍能维持在20%左右；而部分中小厂商开工率不足五成，已有企业陷入停产或被收购。"),
        ("p", "据高工产研锂电研究所统计，今年前三季度国内动力电池企业数量已由去年同期的60余家减少至50家左右，前五家企业的装机量合计占比超过85%。多家二三线厂商正在调整产能规划，部分在建项目已暂缓投资，或转向储能电池和两轮车电池等细分市场。"),
        ("p", "业内人士认为，明年电池行业的整合还将继续，具备海外市场布局和储能业务的企业更有机会穿越周期。今年前三季度，国内储能电池出货量同比增长超过60%，成为不少电池厂商新的增长点。"),
    ]
    art, body, heads, bp_in = render(items)
    bp = bp_in + [
        "界面新闻记者 | 陈靖",
        "界面新闻编辑 | 宋烨珺",
        "图片来源：视觉中国",
        "未经正式授权严禁转载本文，侵权必究。",
        "打开界面新闻APP，查看原文",
        "下载界面新闻",
        "微信公众号",
        "评论",
        "相关文章",
        "储能电池出货量大增，头部企业加速海外建厂…",
        "界面新闻 > 汽车",
    ]
    html = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>{title}|界面新闻 · 汽车</title>
<meta name="description" content="新能源汽车市场的价格战正在向上游蔓延。">
<meta property="og:title" content="{title}"><meta property="og:site_name" content="界面新闻">
<meta property="og:release_date" content="2026-11-24 16:48">
<script type="application/ld+json">{{"@context":"https://ziyuan.baidu.com/contexts/cambrian.jsonld","@id":"https://www.jiemian.com/article/12240518.html","title":"{title}","pubDate":"2026-11-24T16:48:00"}}</script>
</head><body>
<div class="header"><a class="logo">界面新闻</a><div class="nav"><a>首页</a><a>快报</a><a>商业</a><a>财经</a><a>汽车</a><a>科技</a></div><a class="app">下载界面新闻</a></div>
<div class="content-container"><div class="main-container">
<div class="article-view"><div class="article-header">
<div class="crumbs"><a>界面新闻</a> &gt; <a>汽车</a></div>
<h1>{title}</h1>
<div class="article-info"><span class="author"><a>陈靖</a></span><span class="date">2026/11/24 16:48</span><span class="source">来源：界面新闻</span></div></div>
<div class="article-img"><img src="//img.jiemian.com/101/original/20261124/jm.jpg"><p>图片来源：视觉中国</p></div>
<div class="article-main"><div class="article-content">
<p>界面新闻记者 | 陈靖</p>
<p>界面新闻编辑 | 宋烨珺</p>
{art}
<p class="copyright">未经正式授权严禁转载本文，侵权必究。</p>
</div></div>
<div class="app-open"><a>打开界面新闻APP，查看原文</a></div>
<div class="share-view"><span>微信公众号</span><span>微博</span><span>评论</span></div>
</div>
<div class="comment-view"><h3>评论</h3><p>暂无评论</p></div>
<div class="relevant-article"><h3>相关文章</h3><div class="news-item"><a>储能电池出货量大增</a><p>储能电池出货量大增，头部企业加速海外建厂…</p></div></div>
</div></div>
<div class="footer">© 2026 界面新闻 沪ICP备14019286号</div>
</body></html>
"""
    write("zh_jiemian", url="https://www.jiemian.com/article/12240518.html", headers=UTF8, html=html, body=body,
          headings=heads, boilerplate=bp, title=title, authors=["陈靖"], language="zh",
          notes="界面新闻-like: 记者 | name and 编辑 | name lines opening the body, 图片来源 caption, h3 subheadings, mid-body 相关阅读 box, 未经正式授权 line, APP prompt.")


def page_nbd():
    title = "四季度以来超百只新基金成立，固收+产品受追捧"
    items = [
        ("p", "每经记者：王琳琳 每经编辑：何小桃"),
        ("p", "在债市震荡、存款利率下行的背景下，兼顾稳健与收益弹性的“固收+”基金重新受到投资者青睐。Wind数据显示，四季度以来截至11月23日，全市场共成立新基金108只，合计募集规模约1036亿元，其中混合债券型基金和偏债混合型基金募集规模占比接近四成。"),
        ("p", "多只“固收+”新品募集情况火热。某头部基金公司旗下一只二级债基于11月中旬发行，仅用5个交易日便募集超过40亿元，提前结束募集。另有多只产品启动比例配售。"),
        ("h2", "今年以来收益表现占优"),
        ("p", "“固收+”基金受追捧，与其今年以来的收益表现密切相关。从业绩看，截至11月21日，各类“固收+”基金今年以来的平均收益率均跑赢纯债基金。"),
        ("table", [["基金类型", "今年以来平均收益率", "最大回撤中位数"],
                   ["二级债基", "4.86%", "-1.32%"],
                   ["偏债混合型", "6.12%", "-2.47%"],
                   ["中长期纯债", "2.05%", "-0.61%"]]),
        ("p", "一位公募基金经理对《每日经济新闻》记者表示，在纯债收益率持续走低的情况下，适度配置权益资产和可转债可以增厚收益，“关键是控制好权益仓位，避免回撤超出投资者的承受能力。”"),
        ("h2", "配置需关注风险收益特征"),
        ("p", "不过，也有业内人士提醒，“固收+”产品之间差异较大，权益仓位从10%到30%不等，部分产品还配置了较多可转债，净值波动明显高于纯债基金。投资者在选择时，应关注产品的资产配置比例、历史最大回撤以及基金经理的投资风格。"),
        ("p", "展望后市，多家基金公司认为，在低利率环境延续的背景下，居民资产配置从存款向“固收+”等产品迁移的趋势仍将持续，但短期内需警惕债市调整对产品净值的影响。"),
    ]
    # the byline line is labelled boilerplate, not body
    items[0] = ("raw", "<p>每经记者：王琳琳 每经编辑：何小桃</p>", ["每经记者：王琳琳 每经编辑：何小桃"])
    art, body, heads, bp_in = render(items)
    bp = bp_in + [
        "封面图片来源：图片由每经记者 刘国梅 摄（资料图）",
        "特别提醒：如果我们使用了您的图片，请作者与本站联系索取稿酬。如您不希望作品出现在本站，可联系我们要求撤下您的作品。",
        "免责声明：本文内容与数据仅供参考，不构成投资建议，使用前请核实。据此操作，风险自担。",
        "每日经济新闻",
        "欢迎关注每日经济新闻APP",
        "相关新闻",
        "公募费率改革第三阶段落地，销售服务费…",
        "热门文章",
        "每日经济新闻 版权所有，未经许可不得转载使用，违者必究。",
        "蜀ICP备12022739号",
    ]
    html = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>{title} | 每日经济新闻</title>
<meta name="keywords" content="固收+,新基金,二级债基">
<meta name="description" content="在债市震荡、存款利率下行的背景下，兼顾稳健与收益弹性的“固收+”基金重新受到投资者青睐。">
<meta property="og:site_name" content="每日经济新闻">
<script src="//static.nbd.com.cn/js/jquery.min.js"></script>
<script>var nbd_article = {{"id":3682154,"column":"基金"}};</script>
</head><body>
<div class="g-top"><div class="g-nav"><a>首页</a><a>要闻</a><a>公司</a><a>基金</a><a>证券</a><a>理财</a><a>每经Tech</a></div><a class="download">欢迎关注每日经济新闻APP</a></div>
<div class="g-main"><div class="g-article">
<div class="g-article-top"><h1>{title}</h1>
<p class="time"><span>每日经济新闻</span> <span>2026-11-24 20:31:12</span></p></div>
<div class="g-articl-text">
<p class="g-article-abstract" style="display:none">在债市震荡、存款利率下行的背景下……</p>
{art}
<p>封面图片来源：图片由每经记者 刘国梅 摄（资料图）</p>
<div class="u-copyright"><p>特别提醒：如果我们使用了您的图片，请作者与本站联系索取稿酬。如您不希望作品出现在本站，可联系我们要求撤下您的作品。</p></div>
<p class="disclaimer">免责声明：本文内容与数据仅供参考，不构成投资建议，使用前请核实。据此操作，风险自担。</p>
</div>
<div class="article-label"><span>固收+</span><span>新基金</span><span>二级债基</span></div>
<div class="g-related"><h3>相关新闻</h3><ul><li><a>公募费率改革第三阶段落地</a><p>公募费率改革第三阶段落地，销售服务费…</p></li><li><a>债基三季度规模回落</a></li></ul></div>
</div>
<div class="g-right"><h3>热门文章</h3><ol><li><a>A股成交额连续12日破万亿</a></li><li><a>港股通南向资金年内净流入超万亿</a></li></ol></div></div>
<div class="g-footer"><p>每日经济新闻 版权所有，未经许可不得转载使用，违者必究。</p><p>蜀ICP备12022739号</p></div>
</body></html>
"""
    write("zh_nbd", url="https://www.nbd.com.cn/articles/2026-11-24/3682154.html", headers=UTF8, html=html, body=body,
          headings=heads, boilerplate=bp, title=title, authors=["王琳琳"], language="zh",
          notes="每日经济新闻-like: '每经记者：X 每经编辑：Y' line opening the body, h2 subheadings, fund table, 封面图片来源, 特别提醒, 免责声明, tags, 相关新闻 teasers, URL date.")


def page_wallstreetcn():
    title = "美联储12月降息预期骤降，美债收益率全线攀升"
    items = [
        ("ul", ["市场对美联储12月降息的押注从一周前的约70%降至不足35%。",
                "10年期美债收益率上涨9个基点至4.41%，2年期收益率升至3.92%。",
                "多位美联储官员表示通胀回落进程放缓，不急于进一步放松政策。"]),
        ("p", "美联储官员接连释放偏鹰信号，市场对12月降息的预期大幅降温。"),
        ("p", "据CME「美联储观察」工具，截至周一收盘，利率期货市场定价显示美联储12月降息25个基点的概率已降至33%左右，而一周前这一概率还接近70%。受此影响，美债收益率全线上涨，10年期美债收益率升至4.41%，创一个月新高。"),
        ("p", "美联储理事沃克周一在一场活动中表示，近几个月通胀回落的速度「明显放缓」，核心服务价格依然具有粘性，「在看到更多证据之前，我认为没有必要急于再次降息」。"),
        ("h2", "数据支持「暂停」"),
        ("p", "近期公布的经济数据也为鹰派观点提供了支撑。美国10月核心PCE物价指数同比上涨2.9%，高于市场预期的2.8%；10月非农就业人口增加18.7万人，失业率维持在4.2%。"),
        ("p", "分析人士指出，劳动力市场并未出现明显恶化，而通胀仍高于2%的目标，这使得美联储有理由在12月按兵不动，以观察此前降息的效果。"),
        ("h2", "美元走强，黄金承压"),
        ("p", "降息预期降温推动美元走强。美元指数周一上涨0.5%至104.8，日元、欧元兑美元均有所走弱。现货黄金一度下跌1.2%至每盎司3378美元，美股三大指数小幅收跌，科技股领跌。"),
        ("p", "不过，也有机构认为市场反应过度。某外资投行策略师在报告中写道，若12月初公布的就业数据显著走弱，降息预期可能迅速回升，「目前的定价为投资者提供了布局中长期美债的窗口」。"),
    ]
    art, body, heads, bp_in = render(items)
    bp = bp_in + [
        "风险提示及免责条款",
        "市场有风险，投资需谨慎。本文不构成个人投资建议，也未考虑到个别用户特殊的投资目标、财务状况或需要。",
        "用户应考虑本文中的任何意见、观点或结论是否符合其特定状况。据此投资，责任自负。",
        "本文来自华尔街见闻，欢迎下载APP查看更多",
        "见闻VIP",
        "相关文章",
        "美联储会议纪要：多数官员支持渐进降息…",
        "鲍威尔：不急于降息，将视数据而定…",
        "7x24小时快讯",
        "上一篇：日本央行行长暗示12月可能加息",
        "下一篇：欧洲央行管委：通胀接近目标，降息周期接近尾声",
        "© 2010-2026 上海阿牛信息科技有限公司 版权所有",
    ]
    html = f"""<!DOCTYPE html><html lang="zh-CN" data-n-head="%7B%22lang%22:%7B%221%22:%22zh-CN%22%7D%7D"><head><meta charset="utf-8">
<title>{title} - 华尔街见闻</title>
<meta data-n-head="1" name="description" content="美联储官员接连释放偏鹰信号，市场对12月降息的预期大幅降温。">
<meta data-n-head="1" property="og:title" content="{title}"><meta property="og:site_name" content="华尔街见闻">
<meta name="author" content="葛佳明">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{title}","datePublished":"2026-11-25T07:12:00+08:00","author":{{"@type":"Person","name":"葛佳明"}},"publisher":{{"@type":"Organization","name":"华尔街见闻"}}}}</script>
<script>window.__NUXT__=(function(a,b){{return {{layout:"default",data:[{{article:{{id:3761502,display_time:1764025920}}}}]}}}}(null,false));</script>
</head><body>
<div id="__nuxt"><div id="__layout"><div class="layout-default">
<header class="header"><a class="logo">华尔街见闻</a><nav><a>首页</a><a>资讯</a><a>快讯</a><a>行情</a><a>日历</a><a>见闻VIP</a></nav><a class="download-app">下载APP</a></header>
<main class="main"><div class="article-container">
<div class="article-header"><h1 class="title">{title}</h1>
<div class="meta"><a class="author">葛佳明</a><time datetime="2026-11-25T07:12:00+08:00">2026-11-25 07:12</time></div></div>
<div class="article-summary"><p>美联储官员接连释放偏鹰信号，市场对12月降息的预期大幅降温。</p></div>
<div class="rich-text article-content">
{art}
<p class="app-tip">本文来自华尔街见闻，欢迎下载APP查看更多</p>
</div>
<div class="risk-warning"><h4>风险提示及免责条款</h4><p>市场有风险，投资需谨慎。本文不构成个人投资建议，也未考虑到个别用户特殊的投资目标、财务状况或需要。用户应考虑本文中的任何意见、观点或结论是否符合其特定状况。据此投资，责任自负。</p></div>
<div class="prev-next"><a class="prev">上一篇：日本央行行长暗示12月可能加息</a><a class="next">下一篇：欧洲央行管委：通胀接近目标，降息周期接近尾声</a></div>
<div class="vip-promo"><span>见闻VIP</span><p>解锁全部深度研报与实时解读</p></div>
<div class="related-articles"><h3>相关文章</h3><div class="item"><a>美联储会议纪要：多数官员支持渐进降息</a><p>美联储会议纪要：多数官员支持渐进降息…</p></div><div class="item"><a>鲍威尔：不急于降息</a><p>鲍威尔：不急于降息，将视数据而定…</p></div></div>
</div>
<div class="side-live"><h3>7x24小时快讯</h3><ul><li>07:05 美国10月新屋销售年化67.2万户</li><li>06:58 纽约联储：消费者通胀预期小幅上升</li></ul></div></main>
<footer class="footer">© 2010-2026 上海阿牛信息科技有限公司 版权所有</footer></div></div></div>
</body></html>
"""
    write("zh_wallstreetcn", url="https://wallstreetcn.com/articles/3761502", headers=UTF8, html=html, body=body,
          headings=heads, boilerplate=bp, title=title, authors=["葛佳明"], language="zh",
          notes="华尔街见闻-like (Nuxt): 「」 quotes, key-point bullets at the top of the body (kept as summary bullets), a one-line summary box repeating the lead (dek; the lead repeats it as body), 风险提示及免责条款, APP line, 上一篇/下一篇, 相关文章, 7x24 live sidebar.")
