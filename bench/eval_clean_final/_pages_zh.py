"""Chinese pages of the final blind set (see _build.py)."""

from __future__ import annotations

import html
import json

from _build import H, LI, P, RAW, TR, plain, render, write_page


def jsonld(obj) -> str:
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False) + "</script>"


# --------------------------------------------------------------------------------------------
def yicai():
    title = "多家银行下调存款利率 中小行“补降”潮持续"
    items = [
        P("6月以来，又有多家中小银行宣布下调人民币存款挂牌利率。第一财讯记者梳理发现，截至6月12日，已有超过20家农商行、"
          "村镇银行发布公告，下调幅度在10至30个基点之间，部分银行三年期定期存款利率已降至2%以下。"),
        P("业内人士认为，这是继大型银行去年年底调整存款利率之后，中小银行的一轮“补降”。在净息差持续收窄的背景下，"
          "降低负债成本成为银行稳定经营的重要手段。"),
        H("中小银行跟进下调"),
        P("以江苏某农商行为例，该行6月8日发布公告称，自6月10日起，一年期定期存款利率由1.75%下调至1.65%，"
          "三年期由2.25%下调至2.05%，五年期由2.30%下调至2.05%。"),
        P("浙江、河南、安徽等地也有多家银行发布类似公告。一家城商行人士对第一财讯表示：“大行利率降下来之后，我们如果不跟，"
          "存款成本就会明显高于同业，但贷款利率又在往下走，利差压力很大。”"),
        RAW('<p class="m-extend">延伸阅读：<a href="/news/101998877.html">银行净息差跌破1.7%，谁在承压？</a></p>'),
        P("国家金融监督管理总局数据显示，一季度末商业银行净息差为1.54%，较上年末下降15个基点，创有数据以来新低。"
          "其中，农商行净息差为1.61%，降幅更为明显。"),
        H("净息差仍面临压力"),
        P("某券商银行业首席分析师对记者表示，存款利率下调对银行负债成本的改善需要时间才能体现。由于定期存款占比较高，"
          "且存量存款要到期后才能按新利率重新定价，预计降息效果将在今后一到两年内逐步释放。"),
        P("他同时指出，当前银行业面临的压力主要有三方面："),
        LI("一是贷款市场报价利率（LPR）下行，存量房贷利率调整，资产端收益率持续下降；"),
        LI("二是居民存款定期化趋势明显，负债成本下降较慢；"),
        LI("三是部分行业风险暴露，信用成本仍处于较高水平。"),
        P("多位业内人士预计，后续仍可能有更多中小银行跟进调整存款利率。不过也有观点认为，存款利率的下调空间正在收窄，"
          "银行还需要通过优化负债结构、发展中间业务等方式提升盈利能力。"),
    ]
    bp = [
        "本文字数：1532，阅读时长大约3分钟",
        "作者：王晓雯",
        "责编：郭霖",
        "延伸阅读：银行净息差跌破1.7%，谁在承压？",
        "举报",
        "第一财讯广告合作，请点击这里",
        "此内容为第一财讯原创，著作权归第一财讯所有。未经第一财讯书面授权，不得以任何方式加以使用，包括转载、摘编、复制或建立镜像。第一财讯保留追究侵权者法律责任的权利。",
        "如需获得授权请联系第一财讯版权部：021-22002972或021-22002335；banquan@yicaixun.com。",
        "相关阅读",
        "多地房贷利率下限取消 首付比例降至15%",
        "央行：保持流动性合理充裕，引导金融机构加大对实体经济的支持力度…",
        "文章作者",
        "一财最热",
        "点击关注第一财讯，不错过每一条财经资讯",
    ]
    body = render(items, p="<p>{}</p>", h="<p><strong>{}</strong></p>",
                  ul=('<ol class="m-list">', "</ol>"))
    page = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>{title}</title>
<meta name="keywords" content="存款利率,中小银行,净息差">
<meta name="description" content="6月以来，又有多家中小银行宣布下调人民币存款挂牌利率。">
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="第一财讯">
<meta name="author" content="王晓雯">
<script>var _hmt = _hmt || [];(function(){{var hm=document.createElement("script");hm.src="https://hm.example.com/hm.js";}})();</script>
</head><body>
<div class="m-header"><a class="logo" href="/">第一财讯</a><ul class="m-nav"><li><a href="/news/">资讯</a></li><li><a href="/video/">视频</a></li><li><a href="/data/">数据</a></li><li><a href="/author/">一财号</a></li></ul>
<div class="m-login"><a href="/login">登录</a></div></div>
<div id="multi-text" class="m-container">
<div class="title f-pr"><h1>{title}</h1>
<p class="names"><span>作者：王晓雯</span><span>责编：郭霖</span></p>
<div class="m-text"><em>2024-06-12 21:35:06</em> <span>本文字数：1532，阅读时长大约3分钟</span></div></div>
<div class="intro">导读：大行调整之后，中小银行存款利率下调仍在持续，银行业净息差压力尚未缓解。</div>
<div class="m-txt">
{body}
<p class="f-tar"><a href="/report">举报</a></p>
</div>
<div class="m-copyright"><p>第一财讯广告合作，请点击这里</p><p>此内容为第一财讯原创，著作权归第一财讯所有。未经第一财讯书面授权，不得以任何方式加以使用，包括转载、摘编、复制或建立镜像。第一财讯保留追究侵权者法律责任的权利。</p><p>如需获得授权请联系第一财讯版权部：021-22002972或021-22002335；banquan@yicaixun.com。</p></div>
<div class="m-author"><h3>文章作者</h3><a href="/author/wxw">王晓雯</a><p>第一财讯记者，关注银行业与金融监管。</p></div>
<div class="m-related"><h3>相关阅读</h3>
<a href="/news/101997001.html"><h2>多地房贷利率下限取消 首付比例降至15%</h2><p>5月17日，央行、金融监管总局联合发布通知，调整个人住房贷款最低首付款比例政策…</p></a>
<a href="/news/101996502.html"><h2>央行：保持流动性合理充裕，引导金融机构加大对实体经济的支持力度…</h2></a></div>
<div class="m-hot"><h3>一财最热</h3><ol><li><a href="/h/1">A股三大指数集体收涨 半导体板块走强</a></li><li><a href="/h/2">人民币汇率创近期新低</a></li></ol></div>
<div class="m-follow">点击关注第一财讯，不错过每一条财经资讯</div>
</div>
<div class="m-footer"><p>沪ICP备00000000号 &copy; 2024 第一财讯 版权所有</p></div>
</body></html>"""
    return write_page("final_zh_yicai", ext="html", data=page.encode("utf-8"),
                      url="https://www.yicaixun.com/news/101998903.html",
                      headers={"Content-Type": "text/html; charset=utf-8"}, items=items, title=title,
                      authors=["王晓雯"], language="zh", boilerplate=bp,
                      notes="第一财经-like; bold-p subheads; ordered body list kept; 导读 not body (unlabelled); 延伸阅读 inline link boilerplate")


# --------------------------------------------------------------------------------------------
def jingji21():
    title = "储能企业“出海”提速：订单增长背后的价格战隐忧"
    items = [
        P("在国内市场竞争日趋激烈的背景下，越来越多的储能企业将目光投向海外。21世纪财经报道记者近日走访深圳多家储能企业了解到，"
          "今年以来，企业海外订单普遍增长，部分企业海外收入占比已超过六成。"),
        P("一家储能电池企业海外销售负责人告诉记者，公司今年前五个月在欧洲和中东的签约量同比增长超过80%，"
          "＂现在工厂基本满产，部分型号交付周期排到了第三季度＂。"),
        H("订单增长明显"),
        P("据行业机构统计，2024年一季度，中国储能电池出货量达到38GWh，同比增长约45%，其中海外市场占比接近一半。"
          "在美国、澳大利亚和中东，大型储能项目的招标规模持续扩大。"),
        P("业内人士分析，海外需求增长主要受三方面因素推动：新能源装机快速增加带来调峰需求、电网老化需要升级，"
          "以及部分地区电价较高使工商业储能具备经济性。"),
        RAW('<div class="app-tip"><a href="/app">打开21财经APP，阅读更多深度报道</a></div>'),
        H("价格战向海外蔓延"),
        P("不过，订单增长的背后，价格竞争也在加剧。记者了解到，国内储能系统中标均价已从去年初的每瓦时1.5元左右降至目前的0.7元左右，"
          "降幅超过一半。部分企业为了争夺海外订单，报价同样大幅下调。"),
        P("＂国内卷完卷海外，这种状态不可持续。＂一位不愿具名的行业人士说，海外客户对产品质量和售后服务要求更高，"
          "如果一味压低价格，后续的质保和运维成本可能成为企业的负担。"),
        P("此外，贸易政策的不确定性也给企业带来挑战。美国近期宣布提高部分中国产锂电池的关税，欧洲也在讨论加强对储能产品的本地化要求。"),
        H("加快海外本地化布局"),
        P("为应对上述风险，多家企业开始在海外建厂。据不完全统计，已有超过10家国内储能企业宣布在欧洲、东南亚或中东建设生产基地，"
          "投资额从数亿元到数十亿元不等。"),
        P("深圳一家上市储能企业董事会秘书对记者表示，公司正在评估在匈牙利设立组装工厂的可行性，"
          "＂本地化生产可以缩短交付周期，也能更好地满足当地客户的认证要求＂。"),
    ]
    bp = [
        "21世纪财经报道记者 陈思远 深圳报道",
        "打开21财经APP，阅读更多深度报道",
        "编辑：林曦",
        "21君荐读",
        "锂价跌至三年低位，电池厂商开始囤货？",
        "光伏组件出口量价齐跌 海外建厂能否破局…",
        "关注我们",
        "版权所有 未经授权不得转载",
        "分享到：",
    ]
    body = render(items, p="<p>{}</p>", h='<p style="text-align:center"><strong>{}</strong></p>')
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": "2024-06-12T06:00:00+08:00", "author": {"@type": "Person", "name": "陈思远"}}
    page = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title}-21世纪财经报道</title>
<meta name="keywords" content="储能,出海,价格战">
<meta name="description" content="在国内市场竞争日趋激烈的背景下，越来越多的储能企业将目光投向海外。">
{jsonld(ld)}
<script type="text/javascript" src="/static/js/jquery-1.12.4.min.js"></script>
</head><body>
<div class="topBar"><div class="w1200"><a href="/">首页</a> | <a href="/finance">金融</a> | <a href="/company">公司</a> | <a href="/macro">宏观</a> | <a href="/app">客户端</a></div></div>
<div class="w1200 clearfix">
<div class="detailLeft">
<div class="crumbs"><a href="/">首页</a> &gt; <a href="/company">公司</a> &gt; 正文</div>
<div class="titleHead"><h1>{title}</h1>
<div class="newsInfo"><span>2024-06-12 06:00</span> <span>21世纪财经报道</span> <div class="share">分享到：<a class="wx">微信</a><a class="wb">微博</a></div></div></div>
<div class="txtContent">
<p>21世纪财经报道记者 陈思远 深圳报道</p>
{body}
<p class="editor">编辑：林曦</p>
</div>
<div class="recommend"><h3>21君荐读</h3><ul>
<li><a href="/article/20240611/herald/7a1b.html">锂价跌至三年低位，电池厂商开始囤货？</a></li>
<li><a href="/article/20240610/herald/5c2e.html">光伏组件出口量价齐跌 海外建厂能否破局…</a></li></ul></div>
</div>
<div class="detailRight"><div class="hotNews"><h3>热门排行</h3><ol><li><a href="/r/1">央行发布重要数据</a></li><li><a href="/r/2">新能源车企价格战再升级</a></li></ol></div>
<div class="qrcode"><img src="/img/qr.png"><p>关注我们</p></div></div>
</div>
<div class="footer"><p>版权所有 未经授权不得转载</p><p>粤ICP备00000000号</p></div>
</body></html>"""
    return write_page("final_zh_21jingji", ext="html", data=page.encode("utf-8"),
                      url="https://www.21jingjibao.com/article/20240612/herald/3f8e1c2a9b.html",
                      headers={"Content-Type": "text/html"}, items=items, title=title, authors=["陈思远"],
                      language="zh", boilerplate=bp,
                      notes="21世纪经济报道-like; byline '...记者 X 深圳报道' as first <p>; full-width ＂＂ quotes; centred bold subheads")


# --------------------------------------------------------------------------------------------
def caixin_paywall():
    title = "地方债务重组提速 多地城投平台启动展期谈判"
    items = [
        P("【财闻网】地方政府债务风险化解进入新阶段。财闻记者从多个渠道获悉，今年二季度以来，西南、东北地区至少五个地级市的城投平台"
          "已与银行、信托等债权人启动展期谈判，涉及债务规模合计超过600亿元。"),
        P("知情人士透露，此轮谈判的主要方式是将即将到期的贷款和非标债务展期三至五年，同时将利率下调至4%以下，"
          "部分平台还申请了一定期限的只付息不还本安排。"),
        P("一家参与谈判的股份制银行地方分行人士对财闻记者表示，展期并不意味着违约，而是在保持债务存续的前提下，为地方争取时间，"
          "“关键是后续的现金流能不能跟上”。"),
        H("银行压力几何"),
        P("对于银行而言，城投债务展期意味着资产收益率下降和期限拉长。多位银行人士坦言，当前的展期方案是在监管部门协调下推进的，"
          "银行的议价空间有限。"),
        P("据财闻记者了解，部分地方城商行持有的城投类贷款占其贷款总额的比重超过三成。一位城商行高管表示，展期后虽然短期内不会形成不良，"
          "但利息收入的下降将直接影响今年的利润表现，“我们今年的净息差预计还会再收窄十个基点左右”。"),
        P("另一方面，展期谈判也推动了部分城投平台的转型。一位接近地方财政部门的人士称，参与展期的平台被要求压降融资规模、"
          "剥离政府融资职能，并逐步转向市场化经营。"),
    ]
    bp = [
        "文｜财闻 刘一鸣 赵晨",
        "本文为财闻网付费内容，订阅财闻通后即可阅读全文",
        "立即订阅",
        "已订阅？登录",
        "订阅财闻通 畅读全部付费内容",
        "责任编辑：黄小敏 | 版面编辑：李星",
        "财闻网所刊载内容之知识产权为财闻传媒及/或相关权利人专属所有或持有。未经许可，禁止进行转载、摘编、复制及建立镜像等任何使用。",
        "推荐阅读",
        "城投债发行量连续三个月下降…",
        "专题：地方债务化解",
        "财闻数据通",
    ]
    body = render(items, p="<p>{}</p>", h="<h3>{}</h3>")
    page = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>{title}_财经频道_财闻网</title>
<meta name="description" content="西南、东北地区至少五个地级市的城投平台已与债权人启动展期谈判">
<meta property="og:title" content="{title}">
<meta name="author" content="刘一鸣,赵晨">
<meta property="article:published_time" content="2024-06-12T19:48:00+08:00">
<script>var article = {{"id": "102206113", "paid": 1, "freeLength": 5}};</script>
</head><body>
<div class="topNav"><a href="/">财闻网</a> <a href="/finance">金融</a> <a href="/economy">经济</a> <a href="/companies">公司</a> <a href="/subscribe">订阅</a> <a href="/login">登录</a></div>
<div class="comMain"><div class="conlf">
<div class="subhead"><a href="/finance">财经频道</a> &gt; 正文</div>
<div id="conTit"><h1>{title}</h1>
<div class="artInfo">文｜财闻 <a href="/author/lym">刘一鸣</a> <a href="/author/zc">赵晨</a> <span>2024年06月12日 19:48</span></div></div>
<div class="topic-link"><a href="/zt/difangzhaiwu">专题：地方债务化解</a></div>
<div id="the_content">
<div class="textbox">
{body}
</div>
<div class="cons_pay_box" id="payWall"><p class="pay-tip">本文为财闻网付费内容，订阅财闻通后即可阅读全文</p><a class="btn-subscribe" href="/subscribe">立即订阅</a><p class="login-tip">已订阅？<a href="/login">登录</a></p>
<div class="pay-promo"><p>订阅财闻通 畅读全部付费内容</p><p>财闻数据通</p></div></div>
</div>
<p class="editor">责任编辑：黄小敏 | 版面编辑：李星</p>
<div class="copyright">财闻网所刊载内容之知识产权为财闻传媒及/或相关权利人专属所有或持有。未经许可，禁止进行转载、摘编、复制及建立镜像等任何使用。</div>
<div class="recommend"><h4>推荐阅读</h4><ul><li><a href="/2024-06-10/102205501.html">城投债发行量连续三个月下降…</a></li><li><a href="/2024-06-08/102204880.html">化债一年：哪些地区走在前面</a></li></ul></div>
</div></div>
</body></html>"""
    return write_page("final_zh_caixin_paywall", ext="html", data=page.encode("utf-8"),
                      url="https://finance.caiwennet.com/2024-06-12/102206113.html",
                      headers={"Content-Type": "text/html; charset=utf-8"}, items=items, title=title,
                      authors=["刘一鸣", "赵晨"], language="zh", boilerplate=bp,
                      notes="财新-like paywall teaser: the labelled body is the visible part only; paywall prompt boilerplate; 【财闻网】 prefix kept")


# --------------------------------------------------------------------------------------------
def ifeng_gbk():
    title = "央行连续第19个月增持黄金 金价高位震荡"
    items = [
        P("中新网北京6月7日电 (记者 王晓东)中国人民银行7日公布的数据显示，截至5月末，中国官方黄金储备为7280万盎司，"
          "环比增加6万盎司，为连续第19个月增持黄金。"),
        P("同日公布的数据还显示，截至5月末，中国外汇储备规模为32320亿美元，较4月末上升320亿美元，升幅为1.0%。"),
        P("国家外汇管理局表示，5月，受主要经济体货币政策预期、宏观经济数据等因素影响，美元指数下跌，全球金融资产价格总体上涨。"
          "汇率折算和资产价格变化等因素综合作用，当月外汇储备规模上升。"),
        P("分析人士指出，在全球经济不确定性上升、地缘政治风险加剧的背景下，多国央行持续增加黄金储备，以优化储备资产结构。"
          "据行业协会数据，今年一季度全球央行净购金量达到290吨，为有记录以来同期最高水平。"),
        P("近期，国际金价在高位震荡。5月20日，伦敦现货黄金价格一度突破每盎司2450美元，创历史新高，随后有所回落。"
          "截至6月7日亚洲交易时段，现货黄金报每盎司2370美元左右。"),
        P("某评级机构首席宏观分析师对记者表示，从长期看，全球“去美元化”趋势和央行购金需求仍将对金价形成支撑，"
          "但短期内美联储降息预期的变化可能导致金价出现较大波动。"),
        P("他预计，中国央行将继续增持黄金，但节奏可能会根据金价变化作出调整。"),
    ]
    bp = [
        "（完）",
        "[责任编辑：李悦 PF095]",
        "2024年06月07日 17:42:18 来源：中国新闻网",
        "分享到：",
        "打开凤鸣新闻，查看更多高清图片",
        "24小时热门",
        "A股半年报业绩预告陆续披露 这些行业预喜比例高",
        "网友评论",
        "我要评论",
        "特别声明：以上文章内容仅代表作者本人观点，不代表凤鸣网观点或立场。如有关于作品内容、版权或其它问题请于作品发表后的30日内与凤鸣网联系。",
        "凤鸣网财经出品",
    ]
    body = render(items, p="<p>{}</p>")
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>{title}_凤鸣财经</title>
<meta name="keywords" content="黄金储备 央行 金价" />
<meta name="og:time " content="2024-06-07 17:42:18" />
<meta name="og:category " content="凤鸣财经" />
<script type="text/javascript">var allData = {{"docData":{{"title":"{title}","source":"中国新闻网"}}}};</script>
</head><body>
<div class="header"><div class="nav"><a href="http://www.fengming.com/">凤鸣网首页</a> <a href="/">财经</a> <a href="/stock/">股票</a> <a href="/fund/">基金</a> <a href="/house/">房产</a></div></div>
<div class="main">
<div class="speNav"><a href="/">凤鸣网财经</a> &gt; <a href="/macro/">宏观</a> &gt; 正文</div>
<div class="left">
<h1 id="artical_topic">{title}</h1>
<div id="artical_sth"><p class="p_time"><span>2024年06月07日 17:42:18</span> <span>来源：<a href="http://www.chinanews.example/">中国新闻网</a></span></p>
<div class="share">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a></div></div>
<div id="main_content" class="js_selection_area">
{body}
<p>（完）</p>
<p class="editor">[责任编辑：李悦 PF095]</p>
</div>
<div class="app-open"><p>打开凤鸣新闻，查看更多高清图片</p></div>
<div class="statement"><p>特别声明：以上文章内容仅代表作者本人观点，不代表凤鸣网观点或立场。如有关于作品内容、版权或其它问题请于作品发表后的30日内与凤鸣网联系。</p></div>
<div class="comment"><h3>网友评论</h3><a href="#">我要评论</a><p>已有0人参与</p></div>
</div>
<div class="right"><div class="box hot"><h3>24小时热门</h3><ul>
<li><a href="/c/8a1">A股半年报业绩预告陆续披露 这些行业预喜比例高</a></li>
<li><a href="/c/8a2">美联储官员：降息需要更多证据</a></li>
<li><a href="/c/8a3">国际油价连续三日上涨</a></li></ul></div>
<p class="brand">凤鸣网财经出品</p></div>
</div>
<div class="footer"><p>Copyright &copy; 2024 Fengming New Media. All Rights Reserved. 凤鸣新媒体 版权所有</p></div>
</body></html>"""
    return write_page("final_zh_ifeng_gbk", ext="html", data=page.encode("gbk"),
                      url="https://finance.fengming.com/c/8aBcD1xYz2",
                      headers={"Content-Type": "text/html"}, items=items, title=title, authors=["王晓东"],
                      language="zh", boilerplate=bp,
                      notes="凤凰财经-like, GBK declared in meta only; 中新网 dateline with '(记者 王晓东)' kept in body, reporter labelled as author; standalone （完） boilerplate")


# --------------------------------------------------------------------------------------------
def hexun_gb2312():
    title = "上市券商一季度业绩分化 自营业务成胜负手"
    items = [
        P("随着上市券商一季报披露完毕，行业业绩分化格局进一步显现。统计数据显示，43家上市券商一季度合计实现营业收入1155亿元，"
          "同比下降20%；实现归母净利润346亿元，同比下降31%。"),
        P("从业务结构看，自营业务成为影响业绩的关键因素。一季度，A股市场经历较大波动，部分券商权益类自营投资出现亏损，"
          "而固定收益类投资表现相对较好，使得各家券商业绩「冰火两重天」。"),
        P("下表为一季度营业收入排名前五的上市券商业绩情况："),
        TR("券商", "营业收入（亿元）", "同比", "归母净利润（亿元）", "同比"),
        TR("华鼎证券", "145.0", "-7.8%", "46.1", "-12.4%"),
        TR("泰和证券", "81.8", "-21.1%", "23.7", "-22.9%"),
        TR("东方明证券", "72.4", "-17.6%", "22.8", "-21.3%"),
        TR("广信证券", "52.6", "-9.5%", "16.3", "-15.1%"),
        TR("海通达证券", "45.9", "-35.2%", "9.4", "-58.7%"),
        P("分析人士指出，头部券商凭借更均衡的业务结构和更强的风险管理能力，业绩波动相对较小。"
          "而部分中小券商对自营业务依赖度较高，在市场波动中受到的冲击更大。"),
        P("一位券商研究所非银分析师表示：「今年以来，监管层强调券商要回归本源、做优做强，行业并购重组有望加速，"
          "资本实力和综合服务能力将成为竞争的关键。」"),
        P("从经纪业务看，一季度A股日均成交额约为8800亿元，同比有所下降，拖累券商经纪业务收入。投行业务方面，"
          "受IPO节奏放缓影响，券商投行收入普遍下滑，部分券商降幅超过五成。"),
        P("展望后市，多家机构认为，随着资本市场改革持续推进、市场交投活跃度回升，券商板块业绩有望逐步修复。"
          "但也有分析人士提醒，短期内行业仍面临较大不确定性，投资者需关注市场波动对券商自营业务的影响。"),
    ]
    bp = [
        "（责任编辑：王治强 HF013）",
        "声明：本文仅代表作者观点，不构成投资建议。",
        "相关新闻",
        "券商板块午后拉升 多只个股涨停",
        "证监会：推动证券公司提升服务实体经济能力…",
        "违法和不良信息举报电话：010-85650899",
        "All Rights Reserved",
        "作者：李海燕",
        "网友评论",
        "登录后发表评论",
    ]

    def tr(cells):
        return "<tr>" + "".join(f'<td align="center" style="border:1px solid #ccc">{c}</td>' for c in cells) + "</tr>"

    body = render(items, p='<p style="text-indent:2em;">{}</p>',
                  table=('<table width="90%" border="0" cellspacing="0" cellpadding="4" align="center"><tbody>',
                         "</tbody></table>"), tr=tr)
    page = f"""<html>
<head>
<title>{title}-股票频道-合讯网</title>
<meta name="keywords" content="券商,一季报,自营">
<meta name="description" content="随着上市券商一季报披露完毕，行业业绩分化格局进一步显现。">
<link href="http://img.hexunw.com/css/article.css" rel="stylesheet" type="text/css">
<script language="javascript" src="http://img.hexunw.com/js/common.js"></script>
</head>
<body>
<table width="1000" border="0" cellpadding="0" cellspacing="0" align="center"><tr><td class="topnav">
<a href="http://www.hexunw.com/">合讯首页</a> | <a href="http://stock.hexunw.com/">股票</a> | <a href="http://funds.hexunw.com/">基金</a> | <a href="http://bank.hexunw.com/">银行</a> | <a href="http://insurance.hexunw.com/">保险</a>
</td></tr></table>
<table width="1000" border="0" cellpadding="0" cellspacing="0" align="center"><tr>
<td width="660" valign="top">
<div class="crumbs"><a href="http://stock.hexunw.com/">股票频道</a> &gt; <a href="http://stock.hexunw.com/quanshang/">券商</a> &gt; 正文</div>
<div class="layout"><h1>{title}</h1>
<div class="tip fl"><span class="pr20">2024-05-06 08:12:35</span> 来源：<a href="#">证券时讯</a> 作者：李海燕</div></div>
<div class="art_context"><div class="art_contextBox">
{body}
<p style="text-align:right">（责任编辑：王治强 HF013）</p>
</div></div>
<div class="statement">声明：本文仅代表作者观点，不构成投资建议。</div>
<div class="relatedNews"><div class="tit">相关新闻</div><ul>
<li><a href="http://stock.hexunw.com/2024-05-05/213001.html">券商板块午后拉升 多只个股涨停</a></li>
<li><a href="http://stock.hexunw.com/2024-05-04/212980.html">证监会：推动证券公司提升服务实体经济能力…</a></li></ul></div>
<div class="comment"><div class="tit">网友评论</div><p>登录后发表评论</p></div>
</td>
<td width="20"></td>
<td width="320" valign="top"><div class="rightBox"><div class="tit">24小时排行</div><ol><li><a href="#">A股放量大涨 北向资金净买入超百亿</a></li><li><a href="#">银行股集体走强</a></li></ol></div></td>
</tr></table>
<table width="1000" align="center"><tr><td class="footer">违法和不良信息举报电话：010-85650899<br>Copyright &copy; 1996-2024 合讯网 All Rights Reserved</td></tr></table>
</body>
</html>"""
    return write_page("final_zh_hexun_gb2312", ext="html", data=page.encode("gb2312"),
                      url="http://stock.hexunw.com/2024-05-06/213052811.html",
                      headers={"Content-Type": "text/html"}, items=items, title=title, authors=["李海燕"],
                      language="zh", boilerplate=bp,
                      notes="和讯-like old table layout, GB2312 bytes with NO declared charset (header or meta); 「」 quotes; body table kept, rows labelled as cells joined ' | '")


# --------------------------------------------------------------------------------------------
def people():
    title = "外贸“新三样”出口保持较快增长"
    items = [
        P("本报北京6月7日电 海关总署7日发布数据显示，今年前5个月，我国货物贸易进出口总值17.5万亿元，同比增长6.3%。"
          "其中，出口9.95万亿元，增长6.1%；进口7.55万亿元，增长6.5%。"),
        P("5月当月，我国进出口3.71万亿元，同比增长8.6%，增速较上月加快0.6个百分点。"),
        H("新动能持续释放"),
        P("从出口商品结构看，机电产品出口占比持续提升。前5个月，我国出口机电产品5.9万亿元，增长7.5%，占出口总值的59.3%。"
          "其中，以电动汽车、锂电池、太阳能电池为代表的外贸“新三样”产品保持较快增长，集成电路、汽车出口分别增长21.2%和22.9%。"),
        P("从贸易伙伴看，我国与共建“一带一路”国家进出口8.3万亿元，增长6.8%，占进出口总值的47.4%。"
          "同期，对东盟、欧盟进出口分别增长10.3%和1.1%。"),
        H("民营企业活力增强"),
        P("前5个月，我国有进出口实绩的外贸经营主体达到56.7万家，同比增加1.7万家。民营企业进出口9.5万亿元，增长11.1%，"
          "占进出口总值的54.3%，比去年同期提升2.3个百分点。"),
        P("海关总署有关负责人表示，当前外部环境依然复杂严峻，但我国外贸发展的积极因素在增多。下一步，海关将持续优化口岸营商环境，"
          "推进跨境贸易便利化，助力外贸质升量稳。"),
    ]
    bp = [
        "本报记者 罗晓岚",
        "《 人民经济报 》（ 2024年06月08日 第 01 版）",
        "(责编：王楠、牛镛)",
        "分享让更多人看到",
        "推荐阅读",
        "一季度GDP同比增长5.3% 国民经济开局良好",
        "稳外贸政策持续发力 跨境电商迎来新机遇…",
        "来源：人民经济网－人民经济报",
        "人民经济网版权所有，未经书面授权禁止使用",
        "关注公众号：人民经济网",
        "前5个月我国货物贸易进出口同比增长6.3%",
    ]
    body = render(items, p="<p>\u3000\u3000{}</p>", h="<p>\u3000\u3000<strong>{}</strong></p>")
    page = f"""<!DOCTYPE html>
<html><head><meta http-equiv="content-type" content="text/html;charset=UTF-8"/>
<meta http-equiv="Content-Language" content="utf-8" />
<title>{title}--财经--人民经济网</title>
<meta name="keywords" content="外贸,海关总署,新三样" />
<meta name="description" content="海关总署7日发布数据显示，今年前5个月，我国货物贸易进出口总值17.5万亿元。" />
<meta name="publishdate" content="2024-06-08" />
<meta name="author" content="renminjingji" />
<meta name="source" content="来源：人民经济网－人民经济报" />
</head><body>
<div class="header"><div class="w1000"><a href="http://www.renminjingji.com.cn/">人民经济网</a> &gt;&gt; <a href="http://finance.renminjingji.com.cn/">财经</a></div>
<div class="nav"><a href="#">时政</a> <a href="#">国际</a> <a href="#">财经</a> <a href="#">观点</a> <a href="#">图片</a></div></div>
<div class="main w1000 clearfix"><div class="layout rm_txt cf">
<div class="col col-1 fl">
<h3 class="pre">前5个月我国货物贸易进出口同比增长6.3%</h3>
<h1>{title}</h1>
<h4 class="sub"></h4>
<p class="author">本报记者 罗晓岚</p>
<div class="col-1-1 fl">2024年06月08日05:52 | 来源：<a href="#">人民经济网－人民经济报</a></div>
<div class="rm_txt_con cf">
{body}
<p style="text-indent:2em">《 人民经济报 》（ 2024年06月08日 第 01 版）</p>
<div class="edit cf">(责编：王楠、牛镛)</div>
</div>
<div class="share"><p>分享让更多人看到</p></div>
<div class="rm_relevant"><h2>推荐阅读</h2><ul>
<li><a href="/n1/2024/0417/c1004-4019.html">一季度GDP同比增长5.3% 国民经济开局良好</a></li>
<li><a href="/n1/2024/0520/c1004-4025.html">稳外贸政策持续发力 跨境电商迎来新机遇…</a></li></ul></div>
</div>
<div class="col col-2 fr"><div class="ewm"><p>关注公众号：人民经济网</p></div></div>
</div></div>
<div class="footer"><p>人民经济网版权所有，未经书面授权禁止使用</p><p>Copyright &copy; 1997-2024 by renminjingji.com.cn. all rights reserved</p></div>
</body></html>"""
    return write_page("final_zh_people", ext="html", data=page.encode("utf-8"),
                      url="http://finance.renminjingji.com.cn/n1/2024/0608/c1004-40252033.html",
                      headers={"Content-Type": "text/html"}, items=items, title=title, authors=["罗晓岚"],
                      language="zh", boilerplate=bp,
                      notes="人民网-like; 引题 (h3.pre) is not body (labelled: it would be a repeated title fragment); 本报记者 byline; print-edition line boilerplate; ideographic-space indents")


# --------------------------------------------------------------------------------------------
def stcn():
    title = "半导体设备国产化率提升 多家公司订单排至明年"
    items = [
        P("在国产替代需求推动下，半导体设备企业正迎来订单高峰。证券时讯记者近日从多家上市公司获悉，刻蚀、薄膜沉积、"
          "清洗等环节的国产设备订单饱满，部分公司的在手订单已排至明年上半年。"),
        P("某刻蚀设备龙头企业相关负责人告诉记者，公司今年一季度新签订单同比增长超过40%，其中先进制程相关订单占比明显提升。"
          "“客户验证周期在缩短，过去一款设备从送样到批量采购需要两三年，现在快的一年左右就能完成。”"),
        H("国产化率稳步提升"),
        P("据行业机构测算，2023年国内半导体设备国产化率约为35%，较2020年提升约15个百分点。其中，去胶、清洗、刻蚀等环节的"
          "国产化率相对较高，光刻、量测等环节仍以进口设备为主。"),
        P("从业绩看，今年一季度，半导体设备板块上市公司合计实现营业收入约120亿元，同比增长约38%；合计实现归母净利润约22亿元，"
          "同比增长约31%。"),
        RAW('<p><a href="/zt/bnbqz/">专题：A股半年报前瞻</a></p>'),
        H("研发投入持续加码"),
        P("订单增长的同时，设备企业也在加大研发投入。记者统计发现，去年板块内公司平均研发投入占营业收入的比例超过15%，"
          "部分公司超过20%。"),
        P("一位半导体行业分析师表示，随着国内晶圆厂扩产节奏趋稳，设备需求的增长将更多依靠技术迭代和国产替代率的进一步提升。"
          "“下一阶段的竞争焦点在于能否突破关键零部件和先进制程设备。”"),
    ]
    bp = [
        "本报记者 张伟",
        "专题：A股半年报前瞻",
        "校对：王锦程",
        "责任编辑：刘艳",
        "证券时讯网版权所有，未经许可不得转载或镜像",
        "下载“证券时讯”官方APP，或关注官方微信公众号，即可随时了解股市动态，洞察政策信息，把握财富机会。",
        "热门文章",
        "北向资金连续五日净流入 加仓这些板块",
        "多家银行理财子公司下调产品费率…",
        "来源：证券时讯",
        "数据宝",
    ]
    body = render(items, p="<p>{}</p>", h="<p><b>{}</b></p>")
    page = f"""<!DOCTYPE html>
<html lang="zh"><head><meta charset="UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0">
<title>{title} | 证券时讯网</title>
<meta name="keywords" content="半导体设备,国产化,订单">
<meta name="description" content="在国产替代需求推动下，半导体设备企业正迎来订单高峰。">
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="证券时讯网">
<script>var DETAIL = {{"id":"1253981","channel":"公司"}};</script>
</head><body>
<header class="header"><div class="logo"><a href="/">证券时讯网</a></div><nav><a href="/xw/">要闻</a><a href="/gs/">公司</a><a href="/sc/">市场</a><a href="/sjb/">数据宝</a><a href="/app/">APP</a></nav></header>
<div class="detail-content-wrap">
<div class="breadcrumb"><a href="/">首页</a> &gt; <a href="/gs/">公司</a> &gt; 正文</div>
<div class="detail-title">{title}</div>
<div class="detail-info"><span>来源：证券时讯</span> <span>作者：张伟</span> <span>2024-06-12 22:10</span></div>
<div class="detail-content">
<p>本报记者 张伟</p>
{body}
<p>校对：王锦程</p>
</div>
<div class="detail-editor">责任编辑：刘艳</div>
<div class="detail-app">下载“证券时讯”官方APP，或关注官方微信公众号，即可随时了解股市动态，洞察政策信息，把握财富机会。</div>
<div class="detail-copyright">证券时讯网版权所有，未经许可不得转载或镜像</div>
</div>
<aside class="side"><div class="hot-list"><h3>热门文章</h3><ul>
<li><a href="/article/detail/1253900.html">北向资金连续五日净流入 加仓这些板块</a></li>
<li><a href="/article/detail/1253877.html">多家银行理财子公司下调产品费率…</a></li></ul></div></aside>
<footer><p>Copyright &copy; 2008-2024 证券时讯网 版权所有</p></footer>
</body></html>"""
    return write_page("final_zh_stcn", ext="html", data=page.encode("utf-8"),
                      url="https://www.stcnews.com/article/detail/1253981.html",
                      headers={"Content-Type": "text/html; charset=utf-8"}, items=items, title=title,
                      authors=["张伟"], language="zh", boilerplate=bp,
                      notes="证券时报-like; title in a div (no h1, og:title present); 本报记者 line; 专题 link mid-body; 校对 line")


# --------------------------------------------------------------------------------------------
def xueqiu():
    title = "聊聊白酒龙头的估值：悲观预期已充分反映了吗"
    items = [
        P("最近白酒板块跌得比较多，后台不少朋友问我怎么看。说说我的几点想法，仅供交流。"),
        H("一、估值到了什么位置"),
        P("以板块龙头 [[$云岭酒业(SH603998)$]] 为例，按今天收盘价计算，动态市盈率约为21倍，处于过去十年的15%分位附近。"
          "再看股息率，按去年分红计算接近3.5%，已经高于十年期国债收益率。"),
        P("从历史上看，估值跌到这个位置，通常对应着市场对行业增速的极度悲观。"),
        H("二、基本面怎么看"),
        P("我整理了一下几个关键指标："),
        LI("批价：主力单品批价从年初的每瓶980元跌到了860元左右，渠道库存偏高；"),
        LI("动销：端午期间动销同比基本持平，没有明显恶化；"),
        LI("业绩：一季度营收同比增长11%，利润增长9%，增速放缓但仍在增长。"),
        P("说实话，行业确实进入了去库存阶段，高端酒的价格带也在承压。但龙头公司的品牌力和现金流没有问题，账上现金超过千亿。"),
        P("另外补充一点，很多人担心的是行业长期需求见顶。我的看法是，白酒消费总量确实在下降，但高端化的趋势还在，"
          "龙头的份额还在提升，这是和十年前那轮调整最大的不同。"),
        H("三、我的操作"),
        P("我的仓位里白酒占比大约三成，这次下跌中没有卖出，上周小幅加仓了一点。短期谁也不知道底在哪里，"
          "但以三年维度看，我认为现在的价格是有吸引力的。"),
        P("当然，风险也要说清楚：如果消费复苏持续低于预期，估值还可能继续往下走，大家根据自己的情况决定。"),
    ]
    bp = [
        "风险提示：本文所提到的观点仅代表个人的意见，所涉及标的不作推荐，据此买卖，风险自负。",
        "转发",
        "评论",
        "赞",
        "收藏",
        "全部评论",
        "说得好，我也在慢慢加仓，拿三年看看",
        "老周能不能聊聊次高端？感觉那边压力更大",
        "发布于2024-06-12 21:03 来自雪岭",
        "关注",
        "雪岭App下载",
        "相关股票",
        "热帖",
    ]
    body = render(items, p="<p>{}</p>", h="<h4>{}</h4>")
    page = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>{title} - 雪岭</title>
<meta name="description" content="最近白酒板块跌得比较多，后台不少朋友问我怎么看。">
<meta name="author" content="价值发现者老周">
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="雪岭">
<script>window.SNOWMAN_STATUS = {{"id":291877365,"user_id":8823114061,"retweet_count":12,"reply_count":35,"like_count":88}};</script>
</head><body>
<div class="nav__container"><a href="/" class="nav__logo">雪岭</a><a href="/today">首页</a><a href="/hq">行情</a><a href="/fund">基金</a><input placeholder="搜索"><a class="nav__login">登录/注册</a></div>
<div class="app-banner">雪岭App下载</div>
<div class="container article__container">
<div class="article__bd">
<div class="avatar__name"><a class="user-name" href="/u/8823114061">价值发现者老周</a> <a class="follow-btn">关注</a></div>
<div class="article__bd__from"><a href="/8823114061/291877365">发布于2024-06-12 21:03 来自雪岭</a></div>
<h1 class="article__bd__title">{title}</h1>
<div class="article__bd__detail">
{body}
<p class="disclaimer">风险提示：本文所提到的观点仅代表个人的意见，所涉及标的不作推荐，据此买卖，风险自负。</p>
</div>
<div class="article__bd__footer"><a>转发</a><a>评论</a><a>赞</a><a>收藏</a></div>
</div>
<div class="article__related-stock"><h3>相关股票</h3><a href="/S/SH603998">云岭酒业 SH603998</a></div>
<div class="comment__container"><h3>全部评论</h3>
<div class="comment__item"><a class="user-name">长线老韭菜</a><p>说得好，我也在慢慢加仓，拿三年看看</p><span>06-12 21:20 · 来自Android</span></div>
<div class="comment__item"><a class="user-name">slow_money</a><p>老周能不能聊聊次高端？感觉那边压力更大</p><span>06-12 21:45 · 来自iPhone</span></div></div>
<div class="sidebar"><h3>热帖</h3><ul><li><a href="/p/1">我为什么清仓了所有银行股</a></li><li><a href="/p/2">高股息策略还能走多远</a></li></ul></div>
</div>
</body></html>"""
    return write_page("final_zh_xueqiu", ext="html", data=page.encode("utf-8"),
                      url="https://xueling.com/8823114061/291877365",
                      headers={"Content-Type": "text/html; charset=utf-8"}, items=items, title=title,
                      authors=["价值发现者老周"], language="zh", boilerplate=bp,
                      notes="雪球-like post; poster nickname is the author; cashtag link kept as text; auto risk disclaimer and comments boilerplate")


# --------------------------------------------------------------------------------------------
def hk_big5():
    title = "港交所擬優化上市機制 吸引特專科技公司來港"
    items = [
        P("港交所昨日（12日）發表諮詢文件，建議優化特專科技公司的上市機制，包括降低已商業化公司的市值門檻，"
          "以吸引更多新經濟企業來港上市。"),
        P("根據建議，已商業化特專科技公司的最低市值要求，將由60億元下調至40億元；未商業化公司的市值要求則由100億元降至80億元。"
          "港交所亦建議縮短部分投資者的禁售期。"),
        H("市場反應正面"),
        P("港交所行政總裁在記者會上表示，香港需要保持上市制度的競爭力，「我們看到不少處於發展階段的科技企業有融資需要，"
          "希望香港成為它們的首選上市地」。"),
        P("有投資銀行人士認為，門檻下調有助擴大合資格企業的範圍，尤其是人工智能、新能源及生物科技等領域的公司。"
          "據業界估計，新措施實施後，可能有20至30家企業在未來兩年內受惠。"),
        RAW('<div class="related-inline"><span>相關新聞：</span><a href="/article/3771201">新股市場回暖 首五月集資按年升兩成</a></div>'),
        H("投資者保障仍是關鍵"),
        P("不過，亦有市場人士提醒，降低門檻的同時需加強披露要求。一名資產管理公司投資總監指出：「未商業化公司估值難度高，"
          "散戶未必能夠充分了解風險，監管機構應確保招股文件清楚列明業務的不確定性。」"),
        P("諮詢期為期兩個月，至8月12日結束。港交所預計最快可於今年第四季實施新規。"),
        P("另外，港交所亦就縮短新股結算周期展開研究，目標是將現時由定價至上市所需的時間由五個營業日縮短至兩個營業日，"
          "以減少投資者資金被凍結的時間。"),
        P("今年首五個月，本港共有26宗新股上市，集資額約220億元，按年上升兩成，但仍遠低於2021年的高峰水平。"),
    ]
    bp = [
        "撰文：陳嘉欣",
        "相關新聞：新股市場回暖 首五月集資按年升兩成",
        "編輯推介",
        "恆指半日升180點 科指跑贏大市",
        "樓市成交回落 二手業主減價求售…",
        "立即下載香港經貿日報App",
        "訂閱電子報",
        "免責聲明：本網站內容僅供參考，並不構成任何投資建議。",
        "版權所有",
        "熱門文章",
    ]
    body = render(items, p="<p>{}</p>", h='<h3 class="subtitle">{}</h3>')
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": "2024-06-13T06:00:00+08:00", "author": {"@type": "Person", "name": "陳嘉欣"}}
    page = f"""<!DOCTYPE html>
<html lang="zh-HK"><head>
<meta http-equiv="Content-Type" content="text/html; charset=big5">
<title>{title} - 香港經貿日報</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="香港經貿日報">
<meta name="description" content="港交所昨日發表諮詢文件，建議優化特專科技公司的上市機制。">
{jsonld(ld)}
</head><body>
<div class="top-bar"><a href="/">主頁</a> <a href="/finance">財經</a> <a href="/property">地產</a> <a href="/china">中國</a> <a href="/subscribe">訂閱電子報</a></div>
<div class="content-wrapper"><div class="article-detail">
<div class="breadcrumb"><a href="/">主頁</a> &gt; <a href="/finance">財經</a> &gt; <a href="/finance/stocks">股市</a></div>
<h1 class="article-title">{title}</h1>
<div class="article-info"><span class="date">2024年6月13日 06:00</span> <span class="author">撰文：陳嘉欣</span></div>
<div class="article-detail-content-container">
{body}
</div>
<div class="app-download"><a href="/app">立即下載香港經貿日報App</a></div>
<div class="editor-pick"><h3>編輯推介</h3><ul><li><a href="/article/3771099">恆指半日升180點 科指跑贏大市</a></li><li><a href="/article/3771050">樓市成交回落 二手業主減價求售…</a></li></ul></div>
<div class="disclaimer">免責聲明：本網站內容僅供參考，並不構成任何投資建議。</div>
</div>
<div class="sidebar"><h3>熱門文章</h3><ol><li><a href="/a/1">強積金上半年人均賺一萬元</a></li><li><a href="/a/2">銀行下調定存息率</a></li></ol></div></div>
<div class="footer"><p>版權所有 &copy; 香港經貿日報有限公司</p></div>
</body></html>"""
    return write_page("final_zh_hk_big5", ext="html", data=page.encode("big5"),
                      url="https://inews.hketrade.com/article/3771288",
                      headers={"Content-Type": "text/html; charset=big5"}, items=items, title=title,
                      authors=["陳嘉欣"], language="zh", boilerplate=bp,
                      notes="HK traditional-Chinese page, Big5 declared correctly (meta and header); 「」 quotes; 撰文： byline; inline 相關新聞 link boilerplate")


# --------------------------------------------------------------------------------------------
def txt_fund_weekly():
    title = "公募基金规模突破31万亿元 债基扩容成主力"
    items = [
        P("中国证券投资基金业协会最新数据显示，截至2024年4月底，我国境内公募基金资产净值合计31.27万亿元，首次突破31万亿元，"
          "较3月底增加1.2万亿元，创历史新高。"),
        P("从产品数量看，截至4月底，公募基金数量达到11950只，较上月增加116只。"),
        H("债券基金成扩容主力“固收+”产品规模止跌回升"),
        P("分类型看，债券基金是4月规模增长的主要来源。4月底，债券基金规模达到6.68万亿元，较上月增加5400亿元，增幅约8.8%。"
          "货币基金规模为12.69万亿元，较上月增加约5600亿元。"),
        P("业内人士分析，今年以来债券市场走出一轮上涨行情，债券基金整体业绩表现较好，吸引资金持续流入。与此同时，随着银行存款利率下调，"
          "部分居民储蓄向低风险理财产品和债券基金转移。"),
        P("某公募基金固收投资总监对记者表示，“固收+”产品经历了两年的规模收缩后，今年以来净值逐步修复，规模也出现止跌回升的迹象。"),
        H("权益基金规模小幅增长"),
        P("权益类基金方面，4月底股票基金规模为2.83万亿元，较上月增长约2.6%；混合基金规模为3.68万亿元，较上月略有下降。"),
        P("一位基金研究人士表示，权益基金规模变化主要受市场涨跌影响，新发基金仍处于低位。4月新成立的股票型和混合型基金合计募集规模"
          "不足200亿元。"),
        P("展望后市，多家基金公司认为，债券市场收益率已处于低位，后续需要关注利率波动风险，投资者不宜过度追逐短期业绩。"),
    ]
    lines = ["中国基金周报 | " + title, "2024-06-12 20:18 来源：中国基金周报 作者：吴悠", ""]
    for kind, val in items:
        if kind == "h" and val.startswith("债券基金成扩容主力"):
            lines += ["债券基金成扩容主力", "“固收+”产品规模止跌回升"]   # two-line subheading, as in the seed
        else:
            lines.append(val)
    lines += ["", "延伸阅读：",
              "债基规模创新高，哪些产品最受青睐…",
              "存款利率下调后，居民理财怎么配？专家这样说…",
              "<<:上一篇：货币基金收益率跌破1.8% 还值得买吗",
              ">>:下一篇：年内新发基金数量同比下降两成",
              "责任编辑：陈思",
              "风险提示：基金有风险，投资需谨慎。本文不构成投资建议。",
              "点击关注中国基金周报公众号，获取更多资讯"]
    bp = [
        "2024-06-12 20:18 来源：中国基金周报 作者：吴悠",
        "延伸阅读",
        "债基规模创新高，哪些产品最受青睐…",
        "存款利率下调后，居民理财怎么配？专家这样说…",
        "<<:上一篇：货币基金收益率跌破1.8% 还值得买吗",
        ">>:下一篇：年内新发基金数量同比下降两成",
        "责任编辑：陈思",
        "风险提示：基金有风险，投资需谨慎。本文不构成投资建议。",
        "点击关注中国基金周报公众号，获取更多资讯",
    ]
    data = "\n".join(lines).encode("utf-8")
    return write_page("final_txt_zh_fund", ext="txt", data=data,
                      url="https://www.fundweekly.cn/article/2024-06-12/8842.html",
                      headers={"Content-Type": "text/plain; charset=utf-8"}, items=items, title=title,
                      authors=["吴悠"], language="zh", boilerplate=bp,
                      notes="plain-text capture like the seed: 'Source | Title' first line, date line with 作者, a two-line subheading (one heading block joined with nothing at the CJK join), <<:/>>: navigation")


PAGES = [yicai, jingji21, caixin_paywall, ifeng_gbk, hexun_gb2312, people, stcn, xueqiu, hk_big5, txt_fund_weekly]
