"""Chinese pages of blind set 4 (invented texts)."""

BAIDU = """<script>var _hmt = _hmt || [];(function(){var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?abc123";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();</script>"""


def add_zh(page, ps):
    # ---------------------------------------------------------------- 6. 观察者网-like
    title = "欧盟拟对中国电动汽车关税改设“价格承诺”，中方回应"
    paras = [
        "据路透社11月24日报道，欧盟委员会正在与中国商务部就电动汽车反补贴关税展开新一轮磋商，双方讨论以“最低价格承诺”机制替代目前最高35.3%的额外关税。",
        "报道援引三名知情人士的话称，根据目前讨论的方案，中国车企将承诺在欧盟市场以不低于约定水平的价格销售纯电动汽车，同时在欧洲本地投资建厂的企业可以获得一定配额上的灵活性。一名欧盟官员表示，谈判“取得了实质性进展”，但在价格计算方法和监督机制上仍有分歧。",
        "中国商务部新闻发言人在24日下午的例行新闻发布会上回应称，中方始终主张通过对话协商妥善解决贸易摩擦，“希望欧方与中方相向而行，尽快达成双方都能接受的解决方案，为中欧经贸合作创造良好环境”。",
        "欧盟于2024年10月正式对自中国进口的纯电动汽车征收为期五年的反补贴税，税率在7.8%至35.3%之间，叠加此前10%的普通关税。此后，双方围绕价格承诺方案进行了多轮技术磋商。",
        "车企加速在欧布局",
        "关税实施一年多来，中国车企并未放缓进军欧洲的步伐。欧洲汽车制造商协会数据显示，今年前10个月，中国品牌在欧盟的电动汽车销量同比增长约41%，市场份额升至8.6%。比亚迪位于匈牙利塞格德的工厂预计于明年一季度投产，奇瑞则与西班牙企业合作在巴塞罗那生产汽车。",
        "与此同时，插电式混合动力车型由于不在反补贴税范围内，成为多家中国车企的出口重点。业内人士分析称，即便价格承诺方案达成，欧洲市场的竞争也将从“拼价格”转向“拼本地化”。",
        "德国汽车工业协会主席此前多次公开表示，反对以关税方式应对来自中国的竞争，认为这将损害德国车企在华利益。德国和匈牙利等国在2024年的投票中曾对征税方案投下反对票。",
        "复旦大学中国研究院特邀研究员、国际贸易专家宋立刚对观察者网表示，价格承诺是世贸组织规则框架内的常见做法，若能达成，将为中欧在新能源领域的合作留出更多空间，“关键在于欧方能否拿出诚意，不把经贸问题政治化”。",
    ]
    html = f"""<!DOCTYPE html>
<html><head><meta charset="UTF-8">
<title>{title}</title>
<meta name="keywords" content="欧盟,电动汽车,关税,价格承诺">
<meta name="description" content="据路透社11月24日报道，欧盟委员会正在与中国商务部就电动汽车反补贴关税展开新一轮磋商。">
<meta property="og:title" content="{title}">
<meta name="author" content="周远方">
{BAIDU}
<link rel="stylesheet" href="/css/main.css">
</head><body>
<div class="header"><div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/internation">国际</a></li><li><a href="/economy">财经</a></li><li><a href="/industry">产业</a></li><li><a href="/military">军事</a></li><li><a href="/video">视频</a></li></ul><a href="/login">登录</a><a href="/register">注册</a></div></div>
<div class="content">
<div class="left-main">
<h3>{title}</h3>
<div class="time fix"><span>2026-11-24 16:42:35</span><span>字号：<a>A-</a><a>A+</a></span><span>来源：观察者网</span><span>阅读 35218</span></div>
<div class="all-txt">
<p>【文/观察者网 周远方】</p>
{ps(paras[0:4])}
<p><strong>{paras[4]}</strong></p>
{ps(paras[4+1:9])}
<p>本文系观察者网独家稿件，文章内容纯属作者个人观点，不代表平台观点，未经授权，不得转载，否则将追究法律责任。关注观察者网微信guanchacn，每日阅读趣味文章。</p>
</div>
<div class="editor-intro">责任编辑：张广凯</div>
<div class="key-word fix mt15"><span>标签</span><a>欧盟</a><a>电动汽车</a><a>反补贴</a></div>
<div class="share-box"><span>分享到：</span><a>微信</a><a>微博</a><a>QQ空间</a></div>
<div class="pinglun"><h4>最新评论</h4><ul><li><span>用户1x2k</span><p>早该如此，打关税战对谁都没有好处。</p></li><li><span>风起青萍</span><p>欧洲人自己的车卖不动了才想起来谈。</p></li></ul><a>查看更多评论</a></div>
<div class="xgxw"><h4>相关新闻</h4><ul><li><a href="/1">德国车企高管：对华关税是“错误方向”</a></li><li><a href="/2">比亚迪匈牙利工厂明年投产，欧洲首个乘用车基地…</a></li><li><a href="/3">中欧电动车谈判再启，这次有何不同</a></li></ul></div>
</div>
<div class="right-side"><div class="app-box"><p>下载观察者APP，随时随地看懂中国与世界</p></div><h4>24小时排行</h4><ul><li><a>美联储纪要显示分歧加大</a></li><li><a>日本央行12月加息概率升至六成</a></li></ul></div>
</div>
<div class="footer"><p>Copyright © 2014-2026 观察者 All rights reserved.</p><p>沪ICP备10213822号-1</p></div>
</body></html>"""
    page("zh_guancha", "https://www.guancha.cn/internation/2026_11_24_798765.shtml", html, {
        "title": title, "authors": ["周远方"], "language": "zh",
        "body": paras, "headings": [paras[4]],
        "boilerplate": [
            "【文/观察者网 周远方】", "字号：", "阅读 35218",
            "本文系观察者网独家稿件，文章内容纯属作者个人观点",
            "责任编辑：张广凯", "分享到：", "最新评论", "早该如此，打关税战对谁都没有好处。",
            "查看更多评论", "相关新闻", "德国车企高管：对华关税是“错误方向”",
            "比亚迪匈牙利工厂明年投产，欧洲首个乘用车基地", "中欧电动车谈判再启，这次有何不同",
            "下载观察者APP，随时随地看懂中国与世界", "24小时排行",
            "Copyright © 2014-2026 观察者 All rights reserved.", "沪ICP备10213822号-1",
        ],
    })

    # ---------------------------------------------------------------- 7. 中国经济网-like, GB2312 declared
    title = "前10个月全国规模以上工业企业利润同比增长3.2%"
    paras = [
        "国家统计局11月24日发布数据显示，1—10月份，全国规模以上工业企业实现利润总额59872.4亿元，同比增长3.2%，增速比1—9月份加快0.5个百分点。其中，10月份规模以上工业企业利润同比增长7.6%，连续三个月保持增长。",
        "从行业看，高技术制造业利润增长较快。1—10月份，规模以上高技术制造业利润同比增长11.4%，增速高于全部规模以上工业平均水平8.2个百分点。其中，半导体器件专用设备制造、智能消费设备制造、电子元器件制造等行业利润分别增长38.6%、27.3%和19.5%。",
        "装备制造业继续发挥“压舱石”作用。1—10月份，装备制造业利润同比增长6.9%，拉动全部规模以上工业利润增长2.4个百分点。电气机械、通用设备、铁路船舶航空航天等行业利润均实现两位数增长。",
        "国家统计局工业司首席统计师于卫宁解读称，10月份，随着一揽子增量政策持续显效，工业生产稳中有升，工业品价格降幅收窄，企业营业收入增长加快，带动工业企业利润回升。“大规模设备更新和消费品以旧换新政策效应持续释放，相关行业利润明显改善。”",
        "从企业类型看，1—10月份，国有控股企业利润同比下降1.8%，降幅比1—9月份收窄1.3个百分点；私营企业利润增长4.5%；外商及港澳台投资企业利润增长5.1%。",
        "中国宏观经济研究院研究员郭丽岩在接受经济日报记者采访时表示，当前工业企业效益恢复的基础仍需巩固，部分行业需求不足、价格偏低等问题依然存在。下阶段，要持续扩大有效需求，深入整治“内卷式”竞争，推动工业经济质的有效提升和量的合理增长。",
    ]
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{title}_中国经济网——国家经济门户</title>
<meta name="keywords" content="工业企业利润,国家统计局" />
<meta name="description" content="{paras[0][:60]}" />
<script type="text/javascript" src="http://www.ce.cn/ce_js/jquery.js"></script>
<script type="text/javascript">var CE_ARTICLE_ID = "t20261124_2765342";</script>
</head><body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td class="dh"><a href="http://www.ce.cn/">首页</a> | <a href="http://finance.ce.cn/">财经</a> | <a href="http://www.ce.cn/xwzx/gnsz/">国内</a> | <a href="http://intl.ce.cn/">国际</a> | <a href="http://www.ce.cn/cysc/">产业</a></td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="680" valign="top">
<div class="crumbs"><a href="http://www.ce.cn/">中国经济网首页</a>&gt;<a href="http://www.ce.cn/xwzx/">经济要闻</a>&gt;<a href="http://www.ce.cn/xwzx/gnsz/">国内时政</a></div>
<h1 id="articleTitle">{title}</h1>
<div id="articleTime">2026年11月24日 10:05</div><div id="articleSource">来源：经济日报</div><div id="articleAuthor">作者：熊 丽</div>
<div id="articleText"><div class="TRS_Editor">
{ps(paras[:-1])}
<p>{paras[-1]}（完）</p>
<p style="text-align:center"><img src="./W020261124.png" /></p>
<p style="text-align:center">图为某智能制造企业生产车间。新华社记者 李贺 摄</p>
</div></div>
<div class="fenxiang">分享到：<a>微信</a> <a>新浪微博</a> <a>QQ空间</a></div>
<div id="articleEditor">(责任编辑：王炬鹏)</div>
<div class="xgxw"><p class="title">相关新闻</p><ul><li><a>10月份国民经济运行稳中有进</a></li><li><a>统计局：前三季度工业企业利润增速由负转正</a></li><li><a>高技术制造业成工业增长重要引擎…</a></li></ul></div>
</td>
<td width="300" valign="top" class="right"><div class="rdph"><h4>热点排行</h4><ol><li><a>央行开展8000亿元买断式逆回购</a></li><li><a>多地出台新一轮稳楼市政策</a></li></ol></div><div class="ewm"><p>扫描二维码，关注中国经济网微信公众号</p></div></td>
</tr></table>
<table width="1000" align="center"><tr><td class="bottom"><p>中国经济网版权及免责声明：</p><p>1、凡本网注明“来源：中国经济网”或“来源：经济日报”的所有作品，版权均属于中国经济网，未经本网授权不得转载、摘编或利用其它方式使用上述作品。</p><p>中国经济网 版权所有 互联网新闻信息服务许可证(10120170008) 京ICP备18044111号</p></td></tr></table>
</body></html>"""
    page("zh_ce", "http://www.ce.cn/xwzx/gnsz/gdxw/202611/24/t20261124_2765342.shtml", html, {
        "title": title, "authors": ["熊丽"], "language": "zh",
        "body": paras, "headings": [],
        "boilerplate": [
            "中国经济网首页", "来源：经济日报", "图为某智能制造企业生产车间。新华社记者 李贺 摄",
            "分享到：", "(责任编辑：王炬鹏)", "相关新闻", "10月份国民经济运行稳中有进",
            "统计局：前三季度工业企业利润增速由负转正", "高技术制造业成工业增长重要引擎",
            "热点排行", "央行开展8000亿元买断式逆回购", "扫描二维码，关注中国经济网微信公众号",
            "中国经济网版权及免责声明", "凡本网注明“来源：中国经济网”或“来源：经济日报”的所有作品",
            "中国经济网 版权所有",
        ],
    }, charset="gbk", ctype="text/html")  # bytes GBK (as real servers send), declared gb2312

    # ---------------------------------------------------------------- 8. 新京报-like
    title = "多家银行下调大额存单利率，3年期产品普遍跌破2%"
    paras = [
        "新京报贝壳财经讯（记者 陈晓涵）11月以来，多家中小银行陆续下调大额存单利率，部分3年期产品利率已降至1.8%左右。贝壳财经记者梳理发现，目前国有大行3年期大额存单利率普遍为1.55%，股份制银行多在1.6%至1.75%之间，利率“2字头”的产品已十分少见。",
        "11月20日，某城商行发布公告称，自11月21日起下调人民币存款挂牌利率，其中3年期定期存款利率下调20个基点至1.85%，5年期下调25个基点至1.8%。这是该行年内第三次下调存款利率。此前一周，江苏、山东等地多家农商行也发布了类似公告。",
        "记者走访北京多家银行网点了解到，大额存单“一单难求”的情况较年初已有所缓解，但额度较高的产品仍然很快售罄。一家股份制银行理财经理告诉记者，近期来咨询的客户明显增多，“不少客户担心利率还会继续下降，想趁现在把钱锁定下来”。",
        "息差压力倒逼负债成本下行",
        "业内人士认为，银行密集下调存款利率，主要是为了缓解净息差收窄的压力。国家金融监督管理总局数据显示，三季度末商业银行净息差为1.42%，较上季度末下降0.02个百分点，继续处于历史低位。",
        "招联首席研究员董希淼表示，在贷款利率持续下行的背景下，银行必须通过降低负债成本来稳定息差，中小银行的压力尤其明显。“存款利率下调有助于银行保持合理利润，增强服务实体经济的可持续性。”",
        "对于普通储户而言，专家建议根据自身资金使用计划合理配置。光大银行金融市场部宏观研究员周茂华表示，在存款利率下行的趋势下，储户可以适当关注国债、稳健型银行理财等产品，但要注意产品风险等级与自身风险承受能力相匹配。",
    ]
    html = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>{title}|银行|利率|存单_新京报</title>
<meta name="keywords" content="银行,利率,存单">
<meta name="description" content="11月以来，多家中小银行陆续下调大额存单利率。">
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="新京报">
<script>window.BJ_PAGE={{"id":"176394218514529","type":"article"}};</script>
{BAIDU}
</head><body>
<div class="top-bar"><a href="/">新京报网</a><a>新京报客户端</a><a>登录</a></div>
<div class="nav-list"><a href="/">首页</a><a href="/finance">财经</a><a href="/beike">贝壳财经</a><a href="/house">地产</a><a href="/auto">汽车</a></div>
<div class="bodyTitle">
<div class="bodyTitleLeft"><h1>{title}</h1>
<div class="ntimeBox"><span class="timer">2026-11-24 11:38</span><span class="reporter">记者：陈晓涵</span><span class="source">来源：新京报</span></div></div>
</div>
<div class="contentBox">
<div class="content" id="contentStr">
<p>{paras[0]}</p>
{ps(paras[1:3])}
<p><strong>{paras[3]}</strong></p>
{ps(paras[4:7])}
<p>编辑 杨娟娟</p><p>校对 刘军</p>
</div>
<div class="downloadApp"><p>打开新京报APP 阅读体验更佳</p></div>
<div class="share"><span>分享：</span><a>微信</a><a>微博</a><a>QQ</a></div>
<div class="recommend"><h3>推荐阅读</h3><ul><li><a>年末银行揽储战升温，部分产品利率逆势上调…</a></li><li><a>存款搬家持续，理财规模突破32万亿元</a></li><li><a>个人养老金开户数超1亿，实际缴存仍偏低</a></li></ul></div>
</div>
<div class="right-bar"><div class="hot-list"><h4>热门排行</h4><ol><li><a>楼市新政落地首周成交回暖</a></li><li><a>A股三大指数集体收涨</a></li></ol></div></div>
<div class="footer"><p>本网站所刊载信息，不代表新京报观点。刊用本网站稿件，务经书面授权。</p><p>Copyright © 2026 bjnews.com.cn All Rights Reserved 新京报社版权所有</p></div>
</body></html>"""
    page("zh_bjnews", "https://www.bjnews.com.cn/detail/1763942185145291.html", html, {
        "title": title, "authors": ["陈晓涵"], "language": "zh",
        "body": paras, "headings": [paras[3]],
        "boilerplate": [
            "记者：陈晓涵", "来源：新京报", "编辑 杨娟娟", "校对 刘军", "打开新京报APP 阅读体验更佳",
            "分享：", "推荐阅读", "年末银行揽储战升温，部分产品利率逆势上调", "存款搬家持续，理财规模突破32万亿元",
            "个人养老金开户数超1亿，实际缴存仍偏低", "热门排行", "楼市新政落地首周成交回暖",
            "本网站所刊载信息，不代表新京报观点。", "新京报社版权所有",
        ],
    })

    # ---------------------------------------------------------------- 9. 证券日报-like
    title = "券商密集发行科创债 年内规模已超千亿元"
    paras = [
        "今年以来，证券公司发行科技创新公司债券（以下简称“科创债”）的热情持续高涨。据Wind资讯数据统计，截至11月23日，年内已有46家券商发行科创债，合计发行规模达1086亿元，发行只数和规模均创历史新高。",
        "从发行利率看，券商科创债的融资成本普遍较低。以头部券商为例，11月以来发行的3年期科创债票面利率多在1.75%至1.95%之间，明显低于同期限普通公司债。某头部券商于11月18日发行的20亿元科创债，票面利率仅为1.78%，认购倍数达3.6倍。",
        "资金投向明确支持科技企业",
        "与普通公司债不同，券商科创债募集资金主要用于通过股权、债权、基金等方式支持科技创新领域企业。多家券商在募集说明书中明确，资金将投向集成电路、人工智能、生物医药、高端装备制造等战略性新兴产业。",
        "“科创债为券商提供了低成本、长期限的资金来源，也有利于券商更好发挥资本市场‘看门人’和‘服务者’的作用。”中国银河证券首席经济学家章俊在接受《证券日报》记者采访时表示，券商通过发行科创债募集资金，再以直投、做市、跟投等方式服务科技企业，形成了资金闭环。",
        "政策层面，今年5月，中国人民银行、中国证监会联合发布关于支持发行科技创新债券有关事宜的公告，明确支持证券公司等金融机构发行科创债，并完善配套的风险分担机制。此后，券商科创债发行明显提速。",
        "中小券商积极跟进",
        "值得注意的是，除头部券商外，今年不少中小券商也加入科创债发行队伍。数据显示，年内发行科创债的券商中，有21家为中小券商，合计发行规模约230亿元。",
        "南开大学金融发展研究院院长田利辉表示，中小券商发行科创债，有助于其在细分领域形成特色化服务能力，但也需关注募集资金的实际投向与使用效率，避免资金空转，切实把资金用在支持科技创新上。",
    ]
    html = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>券商密集发行科创债 年内规模已超千亿元-证券日报网</title>
<meta name="keywords" content="券商,科创债">
<meta name="description" content="今年以来，证券公司发行科技创新公司债券的热情持续高涨。">
{BAIDU}
</head><body>
<div class="topnav"><a href="/">证券日报网</a> | <a>要闻</a> | <a>金融机构</a> | <a>上市公司</a> | <a>数据</a> | <a>电子报</a></div>
<div class="position">当前位置：<a>首页</a> &gt; <a>金融机构</a> &gt; <a>券商</a></div>
<div class="article">
<div class="titbox"><h1>{title}</h1>
<div class="info"><span>2026-11-24 07:05</span><span>来源：证券日报</span></div></div>
<div class="content">
<p>本报记者 周尚伃 见习记者 林 楠</p>
{ps(paras[0:2])}
<p><strong>{paras[2]}</strong></p>
{ps(paras[3:6])}
<p><strong>{paras[6]}</strong></p>
{ps(paras[7:9])}
</div>
<div class="pagenav"><p>上一篇：<a>险资年内举牌上市公司次数创近五年新高</a></p><p>下一篇：<a>公募基金三季度末持有A股市值超6万亿元</a></p></div>
<div class="editor">编辑：王 哲</div>
<div class="statement"><p>版权所有 证券日报网</p><p>本网站所有内容，未经许可不得转载、摘编，违者必究。</p></div>
</div>
<div class="rightbox"><div class="ewm"><p>证券日报APP下载，扫码关注证券日报微信公众号</p></div><h4>热门文章</h4><ul><li><a>两市成交额连续12个交易日突破1.5万亿元</a></li><li><a>上市银行三季报透视…</a></li></ul></div>
<div class="foot"><p>证券日报社 版权所有 京ICP备16012245号</p></div>
</body></html>"""
    page("zh_zqrb", "http://www.zqrb.cn/finance/quanshang/2026-11-24/A1763939100123.html", html, {
        "title": title, "authors": ["周尚伃", "林楠"], "language": "zh",
        "body": paras, "headings": [paras[2], paras[6]],
        "boilerplate": [
            "当前位置：", "来源：证券日报", "本报记者 周尚伃 见习记者 林 楠",
            "上一篇：", "险资年内举牌上市公司次数创近五年新高", "下一篇：",
            "公募基金三季度末持有A股市值超6万亿元", "编辑：王 哲", "版权所有 证券日报网",
            "本网站所有内容，未经许可不得转载、摘编，违者必究。",
            "证券日报APP下载，扫码关注证券日报微信公众号", "热门文章",
            "两市成交额连续12个交易日突破1.5万亿元", "证券日报社 版权所有",
        ],
    })

    # ---------------------------------------------------------------- 10. 金融界-like
    title = "储能板块午后拉升 多只个股涨停 机构：明年装机有望再超预期"
    paras = [
        "11月24日午后，储能板块震荡拉升，截至收盘，板块指数上涨4.37%，成交额较前一交易日放大约三成。个股方面，多只储能概念股涨停，阳光电源、宁德时代分别上涨6.2%和3.1%，另有十余只个股涨幅超过5%。",
        "消息面上，国家能源局近日发布数据显示，截至10月底，全国新型储能累计装机规模达到1.18亿千瓦，较去年底增长约60%。今年前10个月，新型储能新增装机4400万千瓦，已超过去年全年水平。",
        "海外市场同样保持高景气。据海关总署数据，1—10月我国锂离子蓄电池出口金额同比增长18.7%，其中对中东、澳大利亚和欧洲的储能电池出口增长明显。多家储能企业近期相继公告签下海外大额订单，单笔金额最高超过20亿元。",
        "中信建投证券研报指出，随着各地新能源配储政策从“强制配储”转向“市场化运营”，独立储能电站的收益模式逐步清晰，容量电价、现货市场价差套利和辅助服务收入共同支撑项目经济性，预计2027年国内新型储能新增装机有望同比增长35%以上。",
        "华泰证券则认为，当前储能电芯价格已处于历史低位，行业竞争格局正在优化，头部企业凭借技术、渠道和品牌优势有望持续提升市场份额。建议关注具备海外渠道优势的系统集成商以及大容量电芯龙头企业。",
        "不过，也有分析人士提醒，储能板块年内涨幅已较大，部分个股估值处于高位，短期或面临获利回吐压力。投资者需关注上游碳酸锂价格波动以及海外贸易政策变化对行业的影响，理性看待板块短期波动，避免盲目追高。",
    ]
    html = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>{title}-股票频道-金融界</title>
<meta name="keywords" content="储能,涨停,阳光电源">
<meta name="description" content="{paras[0][:50]}">
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="金融界">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{title}","datePublished":"2026-11-24T15:21:00+08:00","author":{{"@type":"Person","name":"郑雨桐"}},"publisher":{{"@type":"Organization","name":"金融界"}}}}</script>
{BAIDU}
</head><body>
<div class="jrj-top"><a href="/">金融界首页</a><a>股票</a><a>基金</a><a>理财</a><a>港股</a><a>美股</a><a>登录</a></div>
<div class="jrj-where">您当前的位置：<a>首页</a> &gt; <a>股票频道</a> &gt; <a>板块异动</a></div>
<div class="main">
<div class="titmain"><h1>{title}</h1>
<p class="inftop"><span>2026-11-24 15:21:00</span><span>来源：金融界</span><span>作者：郑雨桐</span><span>评论：<a>12</a>条</span></p></div>
<div class="texttit_m1">
{ps(paras[0:3])}
<p class="app-inline">金融界App 股票实时行情 立即下载，一键查看储能板块资金流向</p>
{ps(paras[3:6])}
<p>风险提示：本文所提及的观点仅代表个人的意见，所涉及标的不作推荐，据此买卖，风险自负。</p>
<p>免责声明：本文仅代表作者个人观点，与金融界无关。其原创性以及文中陈述文字和内容未经本站证实，对本文以及其中全部或者部分内容、文字的真实性、完整性、及时性本站不作任何保证或承诺，请读者仅作参考。</p>
</div>
<div class="page_newslib"><a>上一页</a> <a>1</a> <a>2</a> <a>下一页</a></div>
<p class="editor">责任编辑：caoyue</p>
<div class="tags">相关股票：<a>阳光电源</a> <a>宁德时代</a></div>
<div class="xgyd"><h3>相关阅读</h3><ul><li><a>光伏板块持续走强，多晶硅期货价格创年内新高…</a></li><li><a>锂电池产业链景气度回升，龙头企业订单饱满…</a></li><li><a>机构密集调研储能企业 海外订单成关注焦点</a></li></ul></div>
<div class="comment"><h3>网友评论</h3><p>登录后发表评论</p><textarea></textarea><p>还没有评论，快来抢沙发吧！</p></div>
</div>
<div class="side"><h4>今日热点</h4><ul><li><a>北向资金今日净买入52亿元</a></li><li><a>沪指站上3500点</a></li></ul></div>
<div class="footer"><p>金融界 版权所有 Copyright © 2026 JRJ.com All Rights Reserved</p><p>信息网络传播视听节目许可证：0108265</p></div>
</body></html>"""
    page("zh_jrj", "https://stock.jrj.com.cn/2026/11/24152142318765.shtml", html, {
        "title": title, "authors": ["郑雨桐"], "language": "zh",
        "body": paras, "headings": [],
        "boilerplate": [
            "您当前的位置：", "来源：金融界", "评论：", "金融界App 股票实时行情 立即下载",
            "风险提示：本文所提及的观点仅代表个人的意见", "免责声明：本文仅代表作者个人观点，与金融界无关。",
            "上一页", "责任编辑：caoyue", "相关股票：", "相关阅读", "光伏板块持续走强，多晶硅期货价格创年内新高",
            "锂电池产业链景气度回升，龙头企业订单饱满", "机构密集调研储能企业 海外订单成关注焦点",
            "网友评论", "登录后发表评论", "还没有评论，快来抢沙发吧！", "今日热点", "北向资金今日净买入52亿元",
            "金融界 版权所有",
        ],
    })
