"""Chinese test pages (invented articles, imitated layouts)."""

from __future__ import annotations

from _lib import ANALYTICS, Page, jsonld

IND = "\u3000\u3000"


def sina() -> None:
    title = "多家券商上调A股盈利预测 消费与科技板块获资金青睐"
    pg = Page("zh_portal_sina", "https://finance.sinanews.com.cn/stock/marketresearch/2024-05-13/doc-inauxkqe3021876.shtml",
              "zh", title, ["周思远"], note="新浪财经-like, UTF-8, 　　-indented <p>, <strong> subheadings, reprint with ◎记者 byline")
    P = lambda m: pg.p(m, lead=IND)  # noqa: E731
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>多家券商上调A股盈利预测 消费与科技板块获资金青睐|券商|A股|盈利_新浪财经_新浪网</title>
<meta name="keywords" content="券商,A股,盈利预测,消费,科技">
<meta name="description" content="多家券商上调A股盈利预测 消费与科技板块获资金青睐">
<meta property="og:type" content="news"><meta property="og:title" content="多家券商上调A股盈利预测 消费与科技板块获资金青睐">
<meta property="article:published_time" content="2024-05-13T07:32:00+08:00"><meta property="article:author" content="中国证券报">
<meta name="mediaid" content="中国证券报"><meta name="sudameta" content="dataid:comos-nauxkqe3021876">
<script>var ARTICLE_DATA = {{"cid":"finance","channel":"cj","newsid":"comos-nauxkqe3021876","comment":1}};</script>
{ANALYTICS}
</head><body>
<div class="top-nav"><a href="//www.sinanews.com.cn/">新浪首页</a> <a>新闻</a> <a>体育</a> <a>财经</a> <a>娱乐</a> <a>科技</a> <a>博客</a> <a>图片</a> <a>专栏</a> <a>更多</a> <a>{pg.bp("登录")}</a> <a>注册</a></div>
<div class="secondary-nav"><a>新浪财经</a> <a>股票</a> <a>基金</a> <a>期货</a> <a>港股</a> <a>美股</a> <a>外汇</a> <a>黄金</a> <a>理财</a> <a>银行</a> <a>保险</a> <a>创投</a></div>
<div class="main-content w1240"><h1 class="main-title">{title}</h1>
<div class="top-bar-wrap"><div class="date-source"><span class="date">2024年05月13日 07:32</span> <a class="source ent-source" href="#">中国证券报</a></div>
<div class="tools"><a class="sina-comment-wrap">{pg.bp("我要评论")}</a> <span>{pg.bp("已有12人参与")}</span> <a>分享到：</a></div></div>
<div class="article-content clearfix"><div class="article-content-left">
<div class="article" id="artibody">
<div class="ct_hqimg"><div class="hqimg_wrapper"><a><img src="//n.sinaimg.cn/finance/hq_chart.png" alt="K图 000001_0"></a></div></div>
<p class="app-kaihu-qr">{pg.bp("海量资讯、精准解读，尽在新浪财经APP")}</p>
<p>{IND}{pg.bp("◎记者 周思远")}</p>
{P("随着上市公司2023年年报和2024年一季报披露完毕，多家券商近期密集发布策略报告，上调全年A股盈利增速预测。记者梳理发现，截至5月12日，已有至少9家券商将2024年全部A股归母净利润增速预测上调至5%以上，较年初的普遍预期提高了2至3个百分点。")}
{P("中金汇通证券首席策略分析师李明哲表示，一季度A股非金融企业营收同比增长1.8%，虽然增速仍处于低位，但毛利率连续三个季度企稳回升，“盈利底”已经基本确认。“从历史经验看，盈利修复初期往往伴随估值和业绩的双重抬升。”")}
<p>{IND}{pg.h("一、盈利修复由点及面", tag="strong")}</p>
{P("从行业分布看，一季度归母净利润同比增速为正的申万一级行业达到14个，较去年四季度增加5个。其中，家用电器、汽车、电子、有色金属等行业利润增速超过20%，成为拉动整体盈利改善的主要力量。")}
{P("华东某大型公募基金经理对记者表示，今年以来出口链条的韧性超出市场预期，叠加以旧换新政策落地，家电和汽车板块的订单能见度明显提高。“我们在调研中发现，不少企业二季度的排产已经排到了7月。”")}
<p>{IND}{pg.bp('点击进入专题：<a href="//finance.sinanews.com.cn/zt/2024yjb/">2024年上市公司一季报全景</a>')}</p>
<p>{IND}{pg.h("二、资金加速布局消费与科技", tag="strong")}</p>
{P("资金面上，Wind数据显示，5月以来北向资金累计净买入A股超过420亿元，其中食品饮料、电子和电力设备三个行业合计获净买入约210亿元。与此同时，新发权益类基金规模环比回升，4月新成立股票型和偏股混合型基金合计发行份额达到386亿份。")}
{P("多位受访人士认为，消费板块经过近三年的调整，估值已处于历史低位，部分龙头公司股息率超过4%，具备较高的配置性价比；科技板块则受益于人工智能应用落地和半导体周期回暖，业绩弹性较大。")}
<p>{IND}{pg.h("三、警惕外部扰动", tag="strong")}</p>
{P("不过，也有券商提醒投资者关注潜在风险。东源证券研究所所长王建平表示，海外主要经济体利率维持高位的时间可能长于预期，地缘政治冲突仍存在不确定性，部分前期涨幅较大的板块存在回调压力。“盈利上修是中期逻辑，短期仍需警惕情绪过热。”")}
{P("展望后市，多家券商建议投资者把握“业绩为王”的主线，关注三条线索：一是受益于设备更新和以旧换新政策的家电、汽车、工程机械；二是景气度回升的消费电子和半导体；三是现金流稳定、分红比例较高的公用事业和运营商板块。")}
<div class="appendQr_wrap"><div class="appendQr_normal"><img src="//n.sinaimg.cn/finance/qr.png"><p>{pg.bp("扫码下载新浪财经APP，随时随地看行情")}</p></div></div>
<p class="show_author">{pg.bp("责任编辑：杨红卜")}</p>
</div>
<div class="article-notice"><p>{pg.bp("新浪声明：此消息系转载自新浪合作媒体，新浪网登载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其描述。文章内容仅供参考，不构成投资建议。投资者据此操作，风险自担。")}</p></div>
<div class="keywords"><span>{pg.bp("关键词 ：")}</span><a>券商</a><a>A股</a><a>盈利</a></div>
<div class="blk-comment"><h3>{pg.bp("相关阅读")}</h3><ul><li><a>{pg.bp("北向资金单周净买入创年内新高 外资加仓哪些行业？")}</a></li><li><a>{pg.bp("一季报收官：超六成公司实现盈利 这些行业增速领跑")}</a></li></ul></div>
</div>
<div class="article-content-right"><div class="side-box"><h3>{pg.bp("7X24小时")}</h3><ul><li>07:31 【美联储官员称需更多时间确认通胀回落】...</li><li>07:20 【离岸人民币兑美元报7.2316】</li></ul></div>
<div class="side-box"><h3>{pg.bp("热门排行")}</h3><ol><li><a>{pg.bp("重磅！央行发布4月金融数据")}</a></li><li><a>{pg.bp("茅台一季度净利润同比增长15.7%")}</a></li><li><a>A股三大指数集体收涨 成交额连续12日破万亿</a></li></ol></div>
<div class="side-box"><h3>{pg.bp("APP专享直播")}</h3><p>上一页 下一页</p></div></div></div></div>
<div class="page-footer"><p><a>新浪简介</a> | <a>About Sina</a> | <a>广告服务</a> | <a>联系我们</a> | <a>招聘信息</a> | <a>网站律师</a> | <a>SINA English</a> | <a>通行证注册</a> | <a>产品答疑</a></p>
<p>{pg.bp("Copyright © 1996-2024 SINA Corporation, All Rights Reserved")}</p><p>{pg.bp("新浪公司 版权所有")}</p></div>
</body></html>"""
    pg.write(page)


def eastmoney() -> None:
    title = "机构调研热度回升 4月以来超800家公司接待调研"
    pg = Page("zh_portal_eastmoney", "https://finance.eastmoneynews.com/a/202405133072365012.html",
              "zh", title, ["孙晓晴"],
              note="东方财富-like: 摘要 box (not body), 来源/作者 info line, data table is body, 文章来源/责任编辑/郑重声明")
    page = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>机构调研热度回升 4月以来超800家公司接待调研_东方财富网</title>
<meta name="keywords" content="机构调研,电子,医药生物,计算机">
<meta name="description" content="【机构调研热度回升 4月以来超800家公司接待调研】据统计，4月以来截至5月12日，沪深两市共有837家上市公司接待机构调研...">
<meta property="og:title" content="机构调研热度回升 4月以来超800家公司接待调研">
<meta property="og:site_name" content="东方财富网">
<script>var articleInfo = {{"code":"202405133072365012","showTime":"2024-05-13 08:12:36","mediaName":"证券时报"}};</script>
{ANALYTICS}
</head><body>
<div class="topnav"><a>东方财富网</a> <a>财经</a> <a>焦点</a> <a>股票</a> <a>新股</a> <a>期指</a> <a>期权</a> <a>行情</a> <a>数据</a> <a>全球</a> <a>美股</a> <a>港股</a> <a>基金</a> <a>{pg.bp("天天基金网")}</a> <a>Choice数据</a> <a>{pg.bp("东方财富证券开户")}</a></div>
<div class="nav_crumbs"><a>财经频道</a> &gt; <a>证券要闻</a> &gt; 正文</div>
<div class="contentwrap"><div class="mainleft"><div class="title">{title}</div>
<div class="infos"><div class="item">2024年05月13日 08:12</div><div class="item">来源：<a>证券时报</a></div><div class="item">作者：孙晓晴</div></div>
<div class="abstract"><div class="b-review"><span class="b-review-title">{pg.bp("摘要")}</span>【机构调研热度回升 4月以来超800家公司接待调研】据统计，4月以来截至5月12日，沪深两市共有837家上市公司接待机构调研，合计接待调研机构超过2.6万家次。</div></div>
<div id="ContentBody" class="txtinfos">
{pg.p("随着年报和一季报披露结束，机构调研热度明显回升。据证券时报·数据宝统计，4月以来截至5月12日，沪深两市共有837家上市公司接待机构调研，合计接待调研机构超过2.6万家次，较一季度同期增长约35%。")}
{pg.p("从行业分布看，电子、医药生物、机械设备、计算机行业接待调研的公司数量居前，分别有112家、89家、84家和71家。其中，电子行业公司合计接待机构超过5100家次，在所有行业中排名第一。")}
{pg.h("<strong>消费电子和半导体受追捧</strong>", tag="p")}
{pg.p("个股方面，有6家公司4月以来接待调研机构数量超过300家。下表为接待调研机构家数居前的公司：")}
{pg.table([["证券简称", "接待机构家数", "所属行业", "4月以来涨跌幅"],
           ["汇聚科技", "468", "电子", "18.62%"],
           ["北辰医疗", "421", "医药生物", "-3.15%"],
           ["中科精测", "377", "电子", "25.40%"],
           ["海川重工", "352", "机械设备", "9.87%"],
           ["云帆软件", "318", "计算机", "12.06%"]], attrs=' class="tablelist" border="1"')}
{pg.p("汇聚科技在5月8日的调研中表示，公司面向AI服务器的高速连接器产品已向海外客户批量供货，一季度相关业务收入同比增长超过两倍，预计二季度产能利用率维持在90%以上。")}
{pg.p("中科精测则对机构表示，随着晶圆厂扩产和国产替代推进，公司量测设备订单饱满，截至一季度末在手订单约19亿元，创历史新高。")}
<div class="xgyd"><span class="xgyd-title">{pg.bp("相关阅读：")}</span><ul><li><a>{pg.bp("数据宝：这些公司被机构反复调研（附名单）")}</a></li><li><a>{pg.bp("4月私募调研榜出炉 电子行业最受关注")}</a></li></ul></div>
{pg.h("<strong>机构关注点集中在订单和出海</strong>", tag="p")}
{pg.p("从调研内容看，机构关注的问题主要集中在三个方面：")}
{pg.ul(["一是二季度订单情况和全年业绩指引；", "二是海外市场拓展进度，特别是在东南亚、中东等新兴市场的布局；", "三是分红和回购计划，以及新“国九条”发布后公司在市值管理方面的安排。"])}
{pg.p("业内人士指出，机构调研是观察资金动向的重要窗口。数据显示，4月以来获机构调研且同期机构持仓比例提升的个股中，近七成跑赢同期沪深300指数。不过也有分析人士提醒，调研热度高并不等同于股价上涨，投资者仍需结合基本面审慎判断。")}
<p class="em_media">{pg.bp("(文章来源：证券时报)")}</p>
<div class="res-edit">{pg.bp("(责任编辑：73)")}</div>
</div>
<div class="sourcebox">{pg.bp("原标题：机构调研热度回升 4月以来超800家公司接待调研")}</div>
<div class="statement">{pg.bp("郑重声明：东方财富发布此信息的目的在于传播更多信息，与本站立场无关，不构成投资建议。据此操作，风险自担。")}</div>
<div class="share"><span>{pg.bp("分享到：")}</span> <a>微信</a> <a>微博</a> <a>QQ空间</a></div>
<div class="comment"><div class="gubatitle"><a>{pg.bp("扫一扫下载APP")}</a></div><div>{pg.bp("评论 0")}</div><textarea placeholder="文明发言，理性交流"></textarea></div>
</div>
<div class="mainright"><div class="rcol"><h3>{pg.bp("24小时点击排行")}</h3><ol><li><a>{pg.bp("国务院办公厅：推动消费品以旧换新")}</a></li><li><a>沪指收复3150点 成交额超9000亿元</a></li><li><a>{pg.bp("两市融资余额增加56亿元")}</a></li></ol></div>
<div class="rcol"><h3>热门股吧</h3><ul><li>{pg.bp("贵州茅台吧")}</li><li>宁德时代吧</li></ul></div></div></div>
<div class="footer"><p>{pg.bp("东方财富网版权所有 未经授权禁止转载")}</p><p>沪ICP证:沪B2-20070217 网站备案号:沪ICP备05006054号-11</p></div>
</body></html>"""
    pg.write(page)


def netease_gbk() -> None:
    title = "银行理财规模重回29万亿元 现金管理类产品收益率跌破2%"
    pg = Page("zh_portal_gbk", "https://money.163news.com/24/0513/09/J2ABCD1200259DLP.html",
              "zh", title, ["方丽"],
              headers={"Content-Type": "text/html; charset=GBK"},
              note="网易-like, bytes in GBK declared in header and meta; page 1 of 2 with 下一页; image with 打开网易新闻 prompt")
    page = f"""<!DOCTYPE HTML><html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>银行理财规模重回29万亿元 现金管理类产品收益率跌破2%_网易订阅</title>
<meta name="keywords" content="理财,银行,收益率">
<meta name="description" content="银行理财规模重回29万亿元 现金管理类产品收益率跌破2%,理财,银行,收益率">
<meta property="article:published_time" content="2024-05-13T09:15:42+08:00">
<meta name="author" content="网易">
<script>var config = {{"docid":"J2ABCD1200259DLP","channel":"money","source":"中国基金报"}};</script>
{ANALYTICS}
</head><body>
<div class="ntes_nav_wrap"><a>网易首页</a> <a>应用</a> <a>网易新闻</a> <a>网易公开课</a> <a>网易严选</a> <a>支付</a> <a>{pg.bp("邮箱")}</a> <a>登录</a></div>
<div class="post_crumb"><a>网易首页</a> &gt; <a>网易财经</a> &gt; <a>理财</a> &gt; 正文</div>
<div class="post_main"><h1 class="post_title">{title}</h1>
<div class="post_info">2024-05-13 09:15:42　来源: <a>中国基金报</a> <a class="post_jubao">{pg.bp("举报")}</a></div>
<div class="post_body" id="content">
<p>{pg.bp("中国基金报记者 方丽")}</p>
{pg.p("银行理财市场规模在经历去年的波动后重新回升。中国基金报记者从多个渠道获悉，截至4月末，银行理财市场存续规模约为29.2万亿元，较年初增加约2.4万亿元，重回29万亿元上方。")}
{pg.p("与规模回升形成对比的是，理财产品收益率持续下行。多家第三方机构数据显示，4月全市场现金管理类理财产品平均七日年化收益率为1.98%，为该类产品有统计以来首次跌破2%；固定收益类产品近一个月年化收益率中位数也降至3.1%左右。")}
<p class="f_center"><img src="https://nimg.163news.com/money/licai_chart.png" alt=""><br>{pg.bp("打开网易新闻 查看精彩图片")}</p>
{pg.h("<b>存款“搬家”推动规模增长</b>", tag="p")}
{pg.p("业内人士分析，今年以来理财规模回升，主要得益于银行存款利率多次下调，部分储户将资金从存款转向理财。今年4月，多家大型银行取消了协定存款和通知存款的“手工补息”，相关资金也有一部分流向了理财和货币基金。")}
{pg.p("某股份制银行理财子公司人士表示：“4月中旬以来，我们的现金管理类产品单周净申购超过百亿元，这在以往是比较少见的。不少企业客户把原来做协定存款的资金转过来了。”")}
{pg.h("<b>收益率下行压力仍存</b>", tag="p")}
{pg.p("收益率方面，多位理财行业人士认为，随着债券收益率持续走低，理财产品收益率下行的趋势短期内难以改变。以10年期国债为例，其收益率已从年初的2.56%降至2.3%附近，信用债利差也被压缩至历史低位。")}
{pg.p("“资产荒”的背景下，一些理财公司开始增加对含权类资产的配置，推出“固收+”产品以增厚收益。但也有人士提醒，投资者对净值波动的容忍度仍然较低，去年债市调整引发的赎回潮仍记忆犹新，理财公司在拉长久期、增加权益仓位时需要更加谨慎。")}
<div class="post_page"><a class="current">1</a> <a href="J2ABCD1200259DLP_2.html">2</a> <a href="J2ABCD1200259DLP_2.html">{pg.bp("下一页")}</a></div>
<div class="post_end"><p>{pg.bp("本文来源：中国基金报 责任编辑：王诗棋_NF5619")}</p></div>
</div>
<div class="post_statement"><p>{pg.bp("特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。")}</p></div>
<div class="post_tie"><a>{pg.bp("跟贴 0 参与 0")}</a> <a>{pg.bp("网友评论仅供其表达个人看法，并不表明网易立场。")}</a></div>
<div class="post_recommends"><h3>{pg.bp("相关推荐")}</h3><ul><li><a>{pg.bp("存款利率再下调 你的钱该往哪儿放？")}</a><span>中国基金报 05-12</span></li><li><a>{pg.bp("理财子公司一季度业绩分化明显")}</a><span>证券时报 05-11</span></li></ul></div></div>
<div class="post_side"><h2>{pg.bp("热点新闻")}</h2><ul><li><a>{pg.bp("美股三大指数涨跌不一 英伟达涨逾2%")}</a></li><li><a>房贷利率下限取消 多城跟进</a></li></ul></div>
<div class="N-footer"><p><a>About NetEase</a> - <a>公司简介</a> - <a>联系方法</a> - <a>招聘信息</a> - <a>客户服务</a> - <a>隐私政策</a></p><p>{pg.bp("网易公司版权所有")} ©1997-2024</p></div>
</body></html>"""
    pg.write(page, encoding="gbk")


def gb2312_nocharset() -> None:
    title = "我省首批科创企业知识产权证券化产品成功发行"
    pg = Page("zh_local_gb2312", "http://www.jhshangbao.com.cn/cjxw/2024-05/10/content_482213.htm",
              "zh", title, ["何立群", "程晓"],
              headers={"Content-Type": "text/html"},
              note="old provincial site, GB2312 bytes, no charset in header or meta; table layout; ＂＂ quotes; 记者+通讯员 both authors; (完)")
    page = f"""<html><head><title>我省首批科创企业知识产权证券化产品成功发行--江淮商报</title>
<meta name="keywords" content="知识产权证券化,科创企业,融资">
<link href="/css/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/fontsize.js"></script>
</head><body topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/top_banner.jpg" width="960" height="110"></td></tr>
<tr><td class="nav" height="32"><a href="/">首页</a>　<a href="/yw/">要闻</a>　<a href="/cjxw/">财经新闻</a>　<a href="/cy/">产业</a>　<a href="/jr/">金融</a>　<a href="/dc/">地产</a>　<a href="/sz/">数字报</a></td></tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="680" valign="top"><table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td class="weizhi">{pg.bp("您现在的位置：")}<a href="/">首页</a> &gt;&gt; <a href="/cjxw/">财经新闻</a> &gt;&gt; 正文</td></tr>
<tr><td align="center" class="bt"><font size="5"><b>{title}</b></font></td></tr>
<tr><td align="center" class="xx">来源：江淮商报　作者：记者 何立群 通讯员 程晓　发布时间：2024-05-10 09:30:21　{pg.bp("【字体：大 中 小】")}{pg.bp("【打印本页】")}{pg.bp("【关闭窗口】")}</td></tr>
<tr><td class="zw"><div id="zoom">
{pg.p("本报讯　5月9日，由省内6家科技型中小企业作为原始权益人的＂江淮科创知识产权1期资产支持专项计划＂在深圳证券交易所成功发行，发行规模1.2亿元，期限两年，票面利率2.68%。这是我省发行的首单科创企业知识产权证券化产品。", lead=IND)}
{pg.p("据了解，该产品以6家企业持有的32件发明专利和实用新型专利为基础资产，通过＂专利许可—再许可＂的模式构建现金流，由省融资担保集团提供增信。参与发行的企业分布在新能源汽车零部件、工业软件、新材料等领域，单家企业获得融资金额在1200万元至3000万元之间。", lead=IND)}
{pg.p("＂过去我们找银行贷款，最大的难题是缺少厂房土地这样的抵押物。＂合肥某汽车电子企业财务总监告诉记者，＂这次靠几项核心专利就拿到了2500万元资金，利率也比信用贷款低了一个多百分点。＂", lead=IND)}
{pg.p("省地方金融管理局有关负责人表示，知识产权证券化是破解轻资产科创企业融资难的一种有效探索。与传统的知识产权质押贷款相比，证券化产品能够把多家企业的专利打包，分散单一企业风险，同时直接对接资本市场的低成本资金。", lead=IND)}
{pg.p("记者了解到，下一步我省将从三个方面推动知识产权证券化扩面：", lead=IND)}
{pg.p("一是建立科创企业知识产权融资项目库，首批入库企业不少于200家；", lead=IND)}
{pg.p("二是对发行知识产权证券化产品的企业给予发行费用50%的补贴，单家最高50万元；", lead=IND)}
{pg.p("三是推动省内各市设立知识产权风险补偿资金池，为产品增信提供支持。", lead=IND)}
<p>{IND}{pg.p("据统计，今年一季度，全省专利质押融资登记金额达到86.4亿元，同比增长31.7%，惠及企业1100余家。", tag=None)}(完)</p>
</div></td></tr>
<tr><td class="bj" align="right">{pg.bp("【责任编辑：刘敏】")}</td></tr>
<tr><td class="sxp">{pg.bp("上一篇：一季度全省规上工业增加值增长8.1%")}<br>{pg.bp("下一篇：省农信联社推出＂科创贷＂专属产品")}</td></tr>
<tr><td class="xgxw"><b>{pg.bp("相关新闻")}</b><br>·<a>{pg.bp("省金融局召开科技金融工作推进会")}</a><br>·<a>{pg.bp("科技型企业贷款余额突破五千亿元")}</a></td></tr>
</table></td>
<td width="20"></td>
<td width="260" valign="top"><table width="100%"><tr><td class="tit">{pg.bp("热点排行")}</td></tr>
<tr><td>1.<a>{pg.bp("我省发布促进民营经济发展二十条")}</a><br>2.<a>一季度全省外贸进出口增长12.3%</a><br>3.<a>省城首个保障性租赁住房REITs项目获批</a></td></tr>
<tr><td class="tit">{pg.bp("图片新闻")}</td></tr><tr><td><img src="/uploads/240510a.jpg" width="240"><br>春季人才招聘会现场</td></tr></table></td>
</tr></table>
<table width="960" align="center"><tr><td align="center" class="foot">{pg.bp("版权所有：江淮商报社　未经授权禁止转载、摘编、复制或建立镜像")}<br>地址：合肥市蜀山区长江西路188号　电话：0551-65550000<br>{pg.bp("皖ICP备05001234号")}</td></tr></table>
</body></html>"""
    pg.write(page, encoding="gb2312")


def thepaper() -> None:
    title = "长三角生物医药园区“内卷”：租金补贴战打到第三年"
    pg = Page("zh_news_thepaper", "https://www.thepapernews.cn/newsDetail_forward_27345678",
              "zh", title, ["沈佳宁"],
              note="澎湃-like: byline element, <strong> subheadings in <p>, image credit, 编辑/校对 lines, tags, 相关推荐 teasers")
    page = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>长三角生物医药园区“内卷”：租金补贴战打到第三年_10%公司_澎湃新闻-The Paper</title>
<meta name="Keywords" content="生物医药,产业园区,长三角,招商">
<meta name="Description" content="一家创新药企业的创始人告诉澎湃新闻，过去一年，他接到了来自十几个园区的招商电话。">
<meta property="og:title" content="长三角生物医药园区“内卷”：租金补贴战打到第三年">
<meta property="og:site_name" content="澎湃新闻">
<script id="__NEXT_DATA__" type="application/json">{{"props":{{"pageProps":{{"detailData":{{"contId":27345678,"name":"长三角生物医药园区“内卷”：租金补贴战打到第三年","author":"澎湃新闻记者 沈佳宁","pubTime":"2024-05-12 07:00"}}}}}}}}</script>
{ANALYTICS}
</head><body><div id="__next">
<div class="header"><a>澎湃新闻</a><ul><li><a>要闻</a></li><li><a>深度</a></li><li><a>时事</a></li><li><a>国际</a></li><li><a>财经</a></li><li><a>科技</a></li><li><a>智库</a></li><li><a>思想</a></li><li><a>生活</a></li><li><a>视频</a></li></ul><a>{pg.bp("下载客户端")}</a> <a>登录</a></div>
<div class="index_wrapper"><div class="header__left"><div class="index_header"><span>10%公司</span>
<h1 class="index_title">{title}</h1>
<div class="ant-space"><div class="index_left"><div>澎湃新闻记者 沈佳宁</div><div class="ant-space-item"><span>2024-05-12 07:00</span> <span>来源：澎湃新闻</span></div></div>
<div class="index_right"><span>{pg.bp("字号")}</span></div></div></div>
<div class="index_cententWrap"><div class="index_cententWrapBox">
{pg.p("一家创新药企业的创始人告诉澎湃新闻，过去一年，他接到了来自十几个园区的招商电话，开出的条件一个比一个优厚：三年免租、装修补贴、人才公寓，甚至承诺由园区旗下的基金跟投。")}
{pg.p("这并不是个例。澎湃新闻梳理发现，截至2024年4月，长三角地区以生物医药为主导产业的各类园区已超过120个，其中近三年新建或扩建的超过40个。在新增项目放缓的背景下，园区之间围绕存量企业的争夺日趋激烈。")}
{pg.h("<strong>补贴从“两免三减半”到“五年全免”</strong>", tag="p")}
{pg.p("“三年前，行业通行的做法还是‘两免三减半’，也就是前两年免租金、后三年减半。现在，一些园区直接开出五年全免，还额外给装修补贴。”一位在苏州从事园区招商工作十余年的人士说。")}
<div class="index_imgbox"><img src="https://imagecloud.thepapernews.cn/pic/yuanqu.jpg"><p class="image_desc">长三角某生物医药产业园。{pg.bp("图片来源：视觉中国")}</p></div>
{pg.p("据澎湃新闻不完全统计，2023年以来，长三角至少有15个园区出台了针对生物医药企业的新一轮专项扶持政策，其中8个明确将租金补贴期限延长至五年。一些园区还推出“拎包入驻”的GMP标准厂房，由园区平台公司先行投资建设，企业按需租用。")}
{pg.p("然而，补贴加码并没有换来园区的满租。一家第三方咨询机构的数据显示，今年一季度，长三角生物医药专业园区的平均空置率约为23%，比两年前上升了9个百分点，部分新建园区的空置率超过40%。")}
{pg.h("<strong>“挖来的企业，三年后可能又被挖走”</strong>", tag="p")}
{pg.p("多位受访的园区管理者坦言，补贴战的结果往往是企业在园区之间“流动”，而非真正的新增投资。“挖来的企业，三年后补贴到期，可能又会被别的园区挖走。”上述招商人士说。")}
{pg.p("对企业而言，频繁搬迁同样代价不菲。一家细胞治疗企业的负责人表示，生产车间搬迁需要重新进行药监部门的现场核查，前后至少耽误半年时间。“算下来，省下的房租还不够弥补停产的损失。”")}
{pg.p("上海某高校产业经济研究者认为，园区同质化竞争的根源在于地方对生物医药产业的普遍看好和考核压力。他建议，园区应当从“拼补贴”转向“拼服务”，在公共研发平台、临床资源对接和产业基金等方面形成差异化优势。")}
<p class="index_editor">{pg.bp("责任编辑：陈斌")}　{pg.bp("图片编辑：蒋立冬")}</p><p>{pg.bp("校对：施鋆")}</p>
</div>
<div class="index_tags"><a>{pg.bp("#生物医药")}</a> <a>#产业园区</a> <a>#长三角</a></div>
<div class="index_copyright">{pg.bp("澎湃新闻报料：021-962866")}<br>{pg.bp("澎湃新闻，未经授权不得转载")}</div>
<div class="index_operation"><span>{pg.bp("+1")}</span><span>收藏</span><span>{pg.bp("我要举报")}</span></div>
<div class="index_comment"><h3>{pg.bp("查看更多评论")}</h3></div></div></div>
<div class="header__right"><h3>{pg.bp("相关推荐")}</h3><ul>
<li><a>{pg.bp("创新药融资遇冷之后：一级市场估值回到五年前")}</a><p>{pg.bp("多位投资人表示，今年创新药项目的估值普遍比2021年高点下降了五到七成……")}</p></li>
<li><a>苏州工业园区生物医药产值首破1500亿</a><p>截至2023年底，园区集聚生物医药企业超过2300家……</p></li></ul>
<h3>{pg.bp("热问答")}</h3></div></div></div>
<div class="footer"><p>{pg.bp("上海东方报业有限公司")}</p><p>{pg.bp("沪ICP备14003370号")}</p><p>© 2014-2024 上海东方报业有限公司</p></div>
</body></html>"""
    pg.write(page)


def cls_telegraph() -> None:
    title = "央行：4月末M2同比增长7.2% 社融存量同比增长8.3%"
    pg = Page("zh_telegraph_cls", "https://www.clsnews.cn/detail/1672345",
              "zh", title, [],
              note="财联社 telegraph: short; the 【title】 that opens the first paragraph repeats the title and is not body; data lines are body")
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>央行：4月末M2同比增长7.2% 社融存量同比增长8.3%_财联社</title>
<meta name="description" content="【央行：4月末M2同比增长7.2% 社融存量同比增长8.3%】财联社5月11日电，央行数据显示...">
<meta property="og:title" content="央行：4月末M2同比增长7.2% 社融存量同比增长8.3%">
<script id="__NEXT_DATA__" type="application/json">{{"props":{{"initialState":{{"detail":{{"articleDetail":{{"id":1672345,"ctime":1715414416,"readingNum":36214}}}}}}}}}}</script>
{ANALYTICS}
</head><body><div id="__next">
<div class="header"><a>财联社</a> <a>首页</a> <a>电报</a> <a>话题</a> <a>盯盘</a> <a>VIP</a> <a>FM</a> <a>投研</a> <a>{pg.bp("下载APP")}</a></div>
<div class="detail-left"><div class="detail-header"><h1 class="detail-title">{title}</h1>
<div class="detail-time"><span>2024-05-11 16:00:16</span> <span>{pg.bp("阅 3.62W")}</span></div></div>
<div class="detail-content"><div class="detail-telegraph-content">
{pg.bp("【央行：4月末M2同比增长7.2% 社融存量同比增长8.3%】")}{pg.p("财联社5月11日电，央行数据显示，4月末，广义货币(M2)余额301.19万亿元，同比增长7.2%；狭义货币(M1)余额65.39万亿元，同比下降1.4%；流通中货币(M0)余额11.57万亿元，同比增长10.8%。前四个月净回笼现金1120亿元。", tag=None)}
<br>{pg.p("4月末社会融资规模存量为390.42万亿元，同比增长8.3%。前四个月社会融资规模增量累计为12.73万亿元，比上年同期少2.73万亿元。其中：", tag=None)}
<br>{pg.p("对实体经济发放的人民币贷款增加9.33万亿元，同比少增1.96万亿元；", tag=None)}
<br>{pg.p("政府债券净融资1.56万亿元，同比少1.07万亿元；", tag=None)}
<br>{pg.p("企业债券净融资1.11万亿元，同比多2190亿元；", tag=None)}
<br>{pg.p("非金融企业境内股票融资1006亿元，同比少1793亿元。", tag=None)}
<br>{pg.p("另外，4月份人民币贷款减少730亿元，为2005年以来首次单月负增长。分析人士指出，这与一季度信贷投放前置、“手工补息”整改导致存贷款数据“挤水分”有关，不宜过度解读。", tag=None)}
</div>
<div class="detail-share"><span>{pg.bp("分享")}</span> <span>微信</span> <span>微博</span></div>
<div class="detail-stock"><span>{pg.bp("关联")}</span> <a>{pg.bp("银行 +0.85%")}</a> <a>证券 -0.32%</a></div>
<div class="detail-subject"><a>{pg.bp("#宏观数据")}</a> <a>#央行</a></div>
<div class="detail-statement">{pg.bp("财联社声明：文章内容仅供参考，不构成投资建议。投资者据此操作，风险自担。")}</div>
</div></div>
<div class="detail-right"><div class="telegraph-list"><h3>{pg.bp("24小时电报")}</h3>
<div class="item"><span>15:58</span> <span>{pg.bp("【国家统计局：4月CPI同比上涨0.3%】")}</span></div>
<div class="item"><span>15:41</span> <span>{pg.bp("【A股三大指数收盘涨跌不一 沪指涨0.01%】")}财联社5月10日电，沪指涨0.01%，深成指跌0.52%，创业板指跌1.24%……</span></div>
<div class="more">{pg.bp("电报持续滚动更新中")}</div></div>
<div class="app-download"><img src="/qr.png"><p>{pg.bp("下载财联社APP获取更多资讯")}</p></div></div>
<div class="footer"><p>{pg.bp("Copyright © 2024 上海界面财联社科技股份有限公司 版权所有")}</p></div>
</div></body></html>"""
    pg.write(page)


def cs_newspaper() -> None:
    title = "消费基础设施REITs迎来密集申报 公募REITs扩容提速"
    pg = Page("zh_paper_cs", "https://www.cszxnews.com.cn/zqrb/202405/t20240513_6412345.html",
              "zh", title, ["王雅琪", "林可"],
              note="中国证券报-like: 本报记者 X 见习记者 Y byline paragraph; 点击进入专题; REITs table is body; site copyright statement")
    P = lambda m: pg.p(m, lead=IND)  # noqa: E731
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>消费基础设施REITs迎来密集申报 公募REITs扩容提速 - 中证财讯网</title>
<meta name="keywords" content="REITs,消费基础设施,公募基金" />
<meta name="description" content="今年以来，消费基础设施REITs申报明显提速。" />
<meta name="author" content="中证财讯" />
<meta name="publishdate" content="2024-05-13 06:58:00" />
<meta name="contentsource" content="中国证券报" />
{ANALYTICS}
</head><body>
<div class="top"><a>中证财讯网</a> <a>首页</a> <a>要闻</a> <a>公司</a> <a>市场</a> <a>基金</a> <a>债券</a> <a>期货</a> <a>数据</a> <a>{pg.bp("电子报")}</a></div>
<div class="weizhi">{pg.bp("当前位置：")}<a>首页</a> &gt; <a>中国证券报</a> &gt; <a>基金</a></div>
<div class="article"><div class="artical_t"><h1>{title}</h1></div>
<div class="artc_info"><span class="time">2024-05-13 06:58</span> <em>来源：中国证券报</em> <em>作者：王雅琪 林可</em></div>
<div class="article-t hidden">
<div class="TRS_Editor">
<p>{IND}{pg.bp("本报记者 王雅琪 见习记者 林可")}</p>
{P("今年以来，消费基础设施REITs申报明显提速。记者从沪深交易所获悉，截至5月12日，已有9单消费基础设施REITs项目提交申报，其中3单已获批发行，底层资产涵盖购物中心、奥特莱斯和社区商业等多种业态，拟募资总额超过180亿元。")}
{P("业内人士认为，随着支持政策持续落地，消费基础设施有望成为继产业园、仓储物流、保障性租赁住房之后公募REITs扩容的重要方向，为商业地产企业开辟“投融管退”的新路径。")}
<p>{IND}{pg.bp('点击进入专题：<a href="/zt/reits2024/">公募REITs市场观察</a>')}</p>
<p>{IND}{pg.h("底层资产经营稳健", tag="strong")}</p>
{P("从已披露的招募说明书看，申报项目的底层资产大多位于一二线城市核心商圈，开业时间较长，经营数据稳定。部分已申报项目的基本情况如下：")}
{pg.table([["项目名称", "底层资产", "所在城市", "拟募资规模(亿元)", "2023年出租率"],
           ["华瑞商业REIT", "购物中心", "杭州", "31.5", "98.2%"],
           ["东岳奥莱REIT", "奥特莱斯", "济南", "24.8", "96.5%"],
           ["嘉禾社区商业REIT", "社区商业", "上海", "12.6", "97.1%"],
           ["锦城消费REIT", "购物中心", "成都", "28.9", "95.8%"]], attrs=' border="1" cellspacing="0" cellpadding="2" align="center"')}
{P("以华瑞商业REIT为例，其底层资产为杭州一座开业超过10年的购物中心，2023年实现营业收入3.2亿元，出租率保持在98%以上，预计2024年现金分派率约为5.1%。")}
<p>{IND}{pg.h("估值与分派率受关注", tag="strong")}</p>
{P("二级市场方面，已上市的消费基础设施REITs今年以来表现较为稳健。Wind数据显示，截至5月10日，已上市的4只消费基础设施REITs今年以来平均涨幅为6.3%，跑赢同期中证REITs全收益指数。")}
{P("某头部公募基金REITs业务负责人对中国证券报记者表示，投资者对消费类REITs的关注点主要集中在两个方面：一是底层资产所在商圈的客流和销售额是否可持续增长；二是运营管理机构的专业能力。“购物中心的现金流比产业园更依赖运营，管理人必须证明自己能够持续招商、调整业态。”")}
{P("也有分析人士提醒，部分项目的估值对未来租金增长假设较为乐观，如果消费复苏不及预期，分派率可能低于招募时的预测水平。投资者应关注底层资产的租约结构和主力店到期情况，理性参与新发项目认购。")}
</div></div>
<div class="bianji">{pg.bp("责任编辑：刘宇")}</div>
<div class="fenxiang">{pg.bp("分享到：")}<a>微信</a><a>微博</a></div>
<div class="shengming"><p>{pg.bp("中证财讯网声明：凡本网注明“来源：中国证券报·中证财讯”的所有作品，版权均属于中国证券报、中证财讯网。未经本网书面授权，任何媒体、网站或个人不得转载、摘编或利用其他方式使用上述作品。")}</p></div>
<div class="xgxw"><h3>{pg.bp("相关新闻")}</h3><ul><li><a>{pg.bp("首批消费REITs上市满月 二级市场表现分化")}</a></li><li><a>{pg.bp("证监会：推动REITs常态化发行")}</a></li></ul></div>
</div>
<div class="foot"><p>{pg.bp("中证财讯网版权所有，未经书面授权禁止使用")}</p><p>{pg.bp("Copyright © 2024 cszxnews.com.cn All Rights Reserved")}</p></div>
</body></html>"""
    pg.write(page)


def wechat() -> None:
    title = "一季度基金持仓全景：超配电子，减仓医药，港股仓位创新高"
    pg = Page("zh_wechat_account", "https://mp.weixin.qq.com/s/Xk3_QmT9pL2vR8nB0aZc4w",
              "zh", title, ["林澈"],
              note="WeChat 公众号 article: #js_content starts visibility:hidden (made visible by script, as on the real site); 「」 quotes; section/span markup")
    S = lambda m: pg.p(f'<span style="font-size: 15px;letter-spacing: 1px;">{m}</span>', tag="p", attrs=' style="line-height: 1.75em;margin-bottom: 16px;"')  # noqa: E731
    H = lambda m: f'<section style="margin-top: 24px;"><p style="text-align: center;"><strong><span style="color: rgb(178, 34, 34);font-size: 17px;">{pg.h(m, tag=None)}</span></strong></p></section>'  # noqa: E731
    page = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<title>一季度基金持仓全景：超配电子，减仓医药，港股仓位创新高</title>
<meta property="og:title" content="一季度基金持仓全景：超配电子，减仓医药，港股仓位创新高">
<meta property="og:description" content="电子超配比例升至两年新高">
<meta property="og:article:author" content="林澈">
<meta name="author" content="林澈">
<script nonce="1234567">var ct = "1715520600"; var nickname = "雪岭投研笔记"; var msg_title = "一季度基金持仓全景：超配电子，减仓医药，港股仓位创新高".html(false); var user_name = "gh_8a1c3e5f7b90";</script>
<style>.rich_media_content{{overflow:hidden;color:#333}}</style>
</head><body id="activity-detail" class="zh_CN wx_wap_page">
<div class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">
<div class="rich_media_area_primary_inner"><div id="img-content" class="rich_media_wrp">
<h1 class="rich_media_title" id="activity-name">{title}</h1>
<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta icon_appmsg_tag">{pg.bp("原创")}</span> <span class="rich_media_meta rich_media_meta_text">林澈</span> <span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">雪岭投研笔记</a></span> <em id="publish_time" class="rich_media_meta rich_media_meta_text">2024-05-12 21:30</em> <em id="js_ip_wording_wrp">发表于浙江</em></div>
<div class="rich_media_content js_underline_content" id="js_content" style="visibility: hidden;">
<section style="text-align: center;"><p><span style="color: rgb(0, 112, 192);">{pg.bp("点击蓝字 关注我们")}</span></p></section>
{S("基金一季报已经全部披露完毕。我们把主动权益基金（普通股票型、偏股混合型、灵活配置型，剔除港股和QDII基金）的重仓股数据做了一遍梳理，先说结论：电子超配比例升至两年新高，医药生物连续第三个季度被减仓，港股仓位则创下了有统计以来的最高值。")}
{H("01 电子：超配比例升至两年新高")}
{S("一季度末，主动权益基金对电子行业的配置比例为14.6%，环比上升1.9个百分点，相对沪深300的超配比例升至6.2个百分点，为2022年以来的最高水平。加仓方向集中在半导体设备、消费电子和PCB三个细分领域。")}
{S("一位长期跟踪科技板块的基金经理在和我们交流时说：「这轮加仓的逻辑和2020年不一样，那时候买的是国产替代的想象空间，现在买的是实实在在的订单。」")}
{H("02 医药：连续三个季度被减仓")}
{S("医药生物的配置比例降至10.3%，环比下降1.4个百分点，已经是连续第三个季度下降，也是2017年以来的最低水平。减仓主要集中在CXO和医疗器械，创新药的持仓反而小幅上升。")}
{S("我们的看法是，医药的问题不在于基本面，而在于「不确定性」——集采、反腐、海外政策，每一项都会让资金望而却步。等到这些因素落地，配置比例处在历史低位反而是机会。")}
{H("03 港股仓位创新高")}
{S("一季度末，主动权益基金的港股仓位达到12.8%，创下有统计以来的新高。加仓最多的几类资产是：")}
<section style="padding-left: 12px;">{pg.ul(['<section><span style="font-size: 15px;">互联网平台，尤其是估值处于历史低位的电商和本地生活公司；</span></section>', '<section><span style="font-size: 15px;">高股息的电信运营商和能源企业；</span></section>', '<section><span style="font-size: 15px;">在港上市的创新药公司。</span></section>'], tag="ol")}</section>
{S("值得注意的是，港股仓位的提升有一部分是被动的：一季度港股整体表现好于A股，持仓市值自然上升。剔除这部分影响后，主动加仓的幅度大约在1个百分点左右。")}
{H("写在最后")}
{S("持仓数据只是一面后视镜，它告诉我们钱已经去了哪里，却不能保证钱接下来会去哪里。但在一个「抱团」重新出现的市场里，知道别人拿着什么，至少能帮我们避开最拥挤的那几条路。")}
<section style="text-align: center;"><p>{pg.bp("- END -")}</p></section>
<section><p><span style="font-size: 13px;color: rgb(136, 136, 136);">{pg.bp("免责声明：本文内容仅供参考，不构成任何投资建议。文中数据来自公开资料，作者力求准确但不保证其完整性。市场有风险，投资需谨慎。")}</span></p></section>
<section><p><strong>{pg.bp("往期推荐")}</strong></p><p><a>{pg.bp("红利资产还能拿多久？我们算了一笔账")}</a></p><p><a>{pg.bp("复盘：2019年以来的五次「抱团」与瓦解")}</a></p></section>
<section style="text-align: center;"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/qr.jpg"><p>{pg.bp("长按识别二维码关注我们")}</p><p>{pg.bp("喜欢就点个「在看」吧")}</p></section>
</div>
<div id="js_tags_preview_toast" class="article-tag__error-tips" style="display: none;">{pg.bp("预览时标签不可点")}</div>
<div class="rich_media_tool"><a id="js_view_source">{pg.bp("阅读原文")}</a> <span>阅读 2.1万</span> <span>{pg.bp("在看 136")}</span></div>
</div></div></div>
<div class="qr_code_pc_outer"><div class="qr_code_pc"><img id="js_pc_qr_code_img"><p>{pg.bp("微信扫一扫")}<br>关注该公众号</p></div></div>
</div></div>
<script>document.getElementById("js_content").style.visibility = "visible";</script>
</body></html>"""
    pg.write(page)


def text_capture() -> None:
    title = "光伏玻璃价格连续下跌 多家龙头企业宣布减产检修"
    pg = Page("zh_text_capture", "https://www.stcnnews.com.cn/article/detail/1198765.html",
              "zh", title, ["刘筱"],
              headers={"Content-Type": "text/plain; charset=utf-8"},
              note="plain-text capture of an app article (copy-paste): title line, date/source line, byline line, plain-text subheadings, 校对/责任编辑, 相关阅读 list, 上一篇/下一篇")
    lines: list[str] = []
    add = lines.append
    add(title)
    add(pg.bp("证券时报网 2024-05-13 08:15"))
    add(pg.bp("证券时报记者 刘筱"))
    add(pg.p("光伏玻璃价格近期持续走低。据行业咨询机构统计，截至5月10日，3.2毫米镀膜光伏玻璃主流成交价已降至每平方米22.5元，较3月初下跌约13%；2.0毫米镀膜玻璃价格降至每平方米14.5元，创2023年以来新低。", tag=None))
    add(pg.p("价格承压之下，多家光伏玻璃龙头企业近期宣布对部分窑炉进行冷修或减产。据不完全统计，5月以来行业内已有至少6座窑炉停产或计划停产，涉及日熔量合计约5000吨，约占行业总产能的5%。", tag=None))
    add(pg.h("库存高企 价格跌至成本线附近", tag=None))
    add(pg.p("“现在行业库存天数已经超过30天，是去年同期的两倍左右。”一位光伏玻璃企业销售负责人对证券时报记者表示，“组件厂排产下调，采购明显放缓，我们只能降价去库存。”", tag=None))
    add(pg.p("从成本端看，纯碱和天然气价格虽然较去年高点有所回落，但3.2毫米光伏玻璃的现金成本仍在每平方米20元左右。按照当前价格测算，二三线企业已处于亏损边缘。", tag=None))
    add(pg.h("龙头企业主动调整产能", tag=None))
    add(pg.p("行业龙头之一的信达光能5月8日公告称，公司计划对位于安徽的两座日熔量1200吨窑炉进行冷修，预计停产时间约为3至4个月。公司表示，此举是根据市场需求变化对产能进行的主动调整，有利于优化库存结构。", tag=None))
    add(pg.p("另一家龙头企业宏晶玻璃也在投资者互动平台上表示，公司已推迟两条新产线的点火时间，具体投产节奏将根据下游需求情况确定。", tag=None))
    add(pg.p("分析人士认为，在行业集中度较高的背景下，龙头企业主动减产有望加快供需再平衡。某券商电新行业首席分析师表示，随着减产陆续落地，叠加下半年组件招标旺季到来，光伏玻璃价格有望在三季度企稳，但全年行业盈利水平仍将明显低于去年。", tag=None))
    add(pg.bp("校对：王锦程"))
    add(pg.bp("责任编辑：陈丽湘"))
    add(pg.bp("相关阅读"))
    add(pg.bp("光伏组件价格跌破0.9元/瓦 行业洗牌加速"))
    add(pg.bp("纯碱期货主力合约跌逾3%"))
    add(pg.bp("上一篇：锂电池出口增速放缓 企业加速布局海外产能"))
    add(pg.bp("下一篇：风电整机招标量创新高 海上风电贡献过半"))
    add(pg.bp("版权声明：证券时报各平台所有原创内容，未经书面授权，任何单位及个人不得转载。"))
    pg.write("\n\n".join(lines) + "\n", kind="txt")


ALL = [sina, eastmoney, netease_gbk, gb2312_nocharset, thepaper, cls_telegraph, cs_newspaper, wechat, text_capture]
