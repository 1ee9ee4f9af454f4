"""The words of the sample site: every article's text, written for this project.

Companies, analysts and research houses quoted here are invented (恒川锂电, 华岳证券
周立新, ...); regulators and market figures follow public events of 2021 loosely.
The one exception is the English republication of the mining story, which is the
project's seed document (``_sources/en_mining_crackdown.txt``), and its Chinese
original (``mining``), a rendering of the seed's quotes back into Chinese.

Paragraph conventions used by ``_build.py``: a paragraph starting with ``"## "``
is a sub-heading (``<p><strong>``); everything else is a ``<p>``.

``role`` says what the page exercises:

* ``article``       an ordinary article page
* ``not_article``   linked like an article, but a picture gallery (no article text)
* ``truncated``     bytes cut mid-tag before the article text starts
* ``empty``         a 200 response with an empty body
* ``redirect``      redirects off-site (see ``_redirects.json``)
* ``dead``          linked, but 404

``charset`` says how the page is stored and declared:

* ``utf-8``     UTF-8 bytes, header and ``<meta>`` say utf-8
* ``gbk``       GBK bytes, header and ``<meta>`` say gbk
* ``gb2312``    GBK bytes, header and ``<meta>`` say gb2312 (the page uses a GBK-only
  character, as real "gb2312" pages do)
* ``none``      GBK bytes, no charset in the header or the page
* ``wrong``     GBK bytes, the header says utf-8, ``<meta>`` says gb2312
"""

ZH = [
    # ---------------------------------------------------------------- finance, page 1
    dict(
        key="fx_rrr", section="finance", sub="hongguanjingji", pub="2021-06-01 09:12",
        charset="utf-8", role="article", updated_in_v2=True,
        title="央行上调金融机构外汇存款准备金率2个百分点 专家称有助于稳定人民币汇率预期",
        byline="本报记者 王思远",
        editor="（编辑 白宝玉）",
        paras=[
            "5月31日，中国人民银行宣布，自2021年6月15日起，上调金融机构外汇存款准备金率2个百分点，即外汇存款准备金率由现行的5%提高到7%。这是央行时隔14年再次上调外汇存款准备金率。",
            "“此次上调外汇存款准备金率，释放了央行不希望人民币过快升值的信号。”华岳证券首席经济学家周立新对《证券日报》记者表示，近期人民币对美元汇率快速升值，市场上出现了单边升值的预期，央行此举有助于引导市场预期回归理性。",
            "据测算，截至4月末，金融机构外汇存款余额约为1万亿美元，上调2个百分点将冻结约200亿美元的外汇流动性。",
            "一位国有大行外汇交易员告诉记者：“从规模上看，200亿美元对境内外汇市场的直接影响有限，但政策信号意义大于实际意义。”",
            "在东岳研究院宏观分析师林晓看来，人民币汇率短期内仍将保持双向波动，“企业和个人不宜押注单边升值，应树立风险中性理念。”",
            "## 外汇市场供求总体平衡",
            "国家外汇管理局有关负责人此前表示，当前我国外汇市场运行平稳，跨境资金流动总体平衡，市场主体交易理性有序。",
        ],
        # v2: a corrected figure and a follow-up paragraph, published the same afternoon
        v2_updated="2021年06月01日 15:30",
        v2_paras=[
            "5月31日，中国人民银行宣布，自2021年6月15日起，上调金融机构外汇存款准备金率2个百分点，即外汇存款准备金率由现行的5%提高到7%。这是央行时隔14年再次上调外汇存款准备金率。",
            "“此次上调外汇存款准备金率，释放了央行不希望人民币过快升值的信号。”华岳证券首席经济学家周立新对《证券日报》记者表示，近期人民币对美元汇率快速升值，市场上出现了单边升值的预期，央行此举有助于引导市场预期回归理性。",
            "据测算，截至4月末，金融机构外汇存款余额约为9900亿美元，上调2个百分点将冻结约198亿美元的外汇流动性。",
            "一位国有大行外汇交易员告诉记者：“从规模上看，不到200亿美元对境内外汇市场的直接影响有限，但政策信号意义大于实际意义。”",
            "在东岳研究院宏观分析师林晓看来，人民币汇率短期内仍将保持双向波动，“企业和个人不宜押注单边升值，应树立风险中性理念。”",
            "## 外汇市场供求总体平衡",
            "国家外汇管理局有关负责人此前表示，当前我国外汇市场运行平稳，跨境资金流动总体平衡，市场主体交易理性有序。",
            "6月1日，人民币对美元汇率中间价报6.3682，较前一交易日调降110个基点。周立新补充称：“随着美元指数企稳，人民币单边升值的动能正在减弱，汇率有望在合理均衡水平上保持基本稳定。”",
        ],
    ),
    dict(
        key="deposit_rates", section="finance", sub="jinrong", pub="2021-05-28 07:10",
        charset="gbk", role="article",
        title="多家中小银行下调存款利率 业内称负债端成本压力有望缓解",
        byline="本报记者 陈雅琳",
        editor="责任编辑：孙倩",
        paras=[
            "近期，多家中小银行发布公告，下调部分期限存款产品的执行利率。记者梳理发现，自5月份以来，已有超过10家城商行和农商行对三年期、五年期定期存款及大额存单利率进行了调整，下调幅度普遍在10个至30个基点之间。",
            "“存款利率下调的主要目的是降低负债成本、稳定净息差。”一位城商行计划财务部人士对《证券日报》记者表示，今年以来贷款利率持续走低，而存款竞争依旧激烈，“息差收窄的压力是实实在在的。”",
            "据了解，市场利率定价自律机制近期对存款利率自律上限的确定方式进行了优化。有接近监管的人士透露，相关调整将在6月份落地实施。",
            "融泽研究院首席研究员郑文博认为，存款利率定价机制的优化，有助于规范存款市场竞争秩序，引导中小银行降低对高成本负债的依赖。他同时提醒，中小银行仍需在负债端“开源”，加快零售业务转型。",
            "不过也有分析人士指出，短期内存款利率下调可能导致部分存款向理财、基金等产品转移。“储户对利率非常敏感，尤其是中老年客户。”某股份制银行支行行长坦言。",
        ],
    ),
    dict(
        key="yuan_640", section="finance", sub="hongguanjingji", pub="2021-05-27 07:05",
        charset="utf-8", role="article",
        title="人民币对美元汇率升破6.40关口 创近三年新高",
        byline="本报记者 赵一鸣",
        editor="（编辑 张明）",
        paras=[
            "5月26日，在岸人民币对美元汇率盘中升破6.40关口，最高触及6.3985，创2018年6月以来新高。当日人民币对美元汇率中间价报6.4099，较前一交易日调升184个基点。",
            "对于本轮人民币升值的原因，华岳证券首席经济学家周立新分析称，美元指数持续走弱、我国出口保持强劲以及中美利差维持高位，共同推动了人民币汇率走强。",
            "“人民币汇率不存在持续单边升值的基础。”一位接近外汇管理部门的人士表示，影响汇率的因素众多，未来人民币汇率仍将双向波动。",
            "央行有关负责人日前表示，人民币汇率预期应保持基本稳定，市场主体不要赌人民币汇率升值，也不要赌贬值。",
            "东岳研究院宏观分析师林晓说：“企业应当加强汇率风险管理，合理使用远期、期权等避险工具，而不是押注汇率方向。”",
            "## 出口企业结汇意愿增强",
            "记者走访多家外贸企业了解到，随着人民币升值，出口企业的结汇意愿明显增强。浙江一家纺织出口企业财务负责人告诉记者，“人民币一升值，我们的利润就被压缩了，现在收到美元会尽快结汇。”",
        ],
    ),
    dict(
        key="mining", section="finance", sub="hongguanjingji", pub="2021-05-26 07:05",
        charset="utf-8", role="article",
        title="监管重拳打击比特币挖矿 矿圈掀起整改潮：新疆及四川部分地区矿场暂停供电 多家矿池相关企业迅速剥离境内业务",
        byline="本报记者 邢萌",
        editor="（编辑 白宝玉）",
        paras=[
            "上周五，国务院金融稳定发展委员会召开会议，提出“打击比特币挖矿和交易行为”。受此影响，矿圈正在上演一场整改潮：多家知名矿池及相关企业纷纷剥离境内相关业务。火币矿池、莱特币矿池等知名矿池已暂停向中国大陆地区提供矿机托管等相关服务，矿池服务商BitDeer、火星云矿屏蔽中国大陆IP访问，知名矿企BitMining则在寻求海外布局，计划在美国、哈萨克斯坦建设矿场。",
            "记者调查发现，在大型矿场掀起出海潮的同时，不少中小矿场仍未采取任何行动。由于大量矿机短期内难以以理想价格出售，出海的高昂成本更是难以承受，它们“难以挪窝”，希望地方监管能够“高高举起、轻轻放下”，留出一些余地。",
            "## 新疆、四川部分地区“对矿场暂停供电”",
            "“目前整个矿圈处于一种恐慌的状态。”某矿圈自媒体资深从业者对《证券日报》记者表示，“此前大家普遍认为比特币被定义为虚拟商品，比特币挖矿也没有相关法律规定，挖矿行为本身不一定违法，但这次金融委明确提出打击比特币挖矿行为，导致整个行业陷入恐慌。”",
            "记者了解到，矿圈目前正在观望新疆、四川两地监管措施的落地情况。从国内情况看，比特币等虚拟货币矿场呈现明显的季节性分布特征：丰水期（夏秋季）矿场聚集在四川、云南等水电地区，枯水期（冬春季）则迁往火电资源丰富的新疆、内蒙古。",
            "“这两天四川部分矿场已经出现断电的情况。”一位矿圈资深人士向《证券日报》记者透露，此轮监管措施来得非常“猛烈”，近日新疆及四川部分地区已对部分矿场暂停供电，这些矿场已开始自查整改。",
            "5月25日，内蒙古发改委发布八项措施，加大对虚拟货币“挖矿”行为的打击力度，涉及“挖矿”的相关企业和人员将按规定纳入失信黑名单。",
            "“这对挖矿企业影响较大，在政策不明朗的时期从事挖矿会有更大的政策风险。各地会根据实际情况出台具体政策，比如四川的水电挖矿是否会形成特殊的地方政策，还需要进一步观察。”火讯财经创始人龙典对《证券日报》记者表示。",
            "## “停止服务”“屏蔽IP” 多家矿池迅速剥离业务",
            "“火币矿池已暂停向境内用户提供矿池托管服务。”一位接近火币的人士对《证券日报》记者表示，今年以来矿机商城业务全球化步伐不断加快，为专注拓展海外业务，矿机商城决定暂停向中国大陆用户提供相关服务。",
            "莱特币矿池CEO江卓尔在微博表示，“联合挖矿业务将不再向中国大陆开放，未来挖矿将主要部署在北美。”",
            "比特大陆前公共事务负责人吴红亮告诉《证券日报》记者，金融委的重磅表态对挖矿行业影响很大。他说：“受此影响，目前大量境内矿工正在‘出海’寻找合适的场地建设新矿场，主要集中在美国、哈萨克斯坦、俄罗斯、加拿大等地。”",
            "“撤离潮已经开始，不少大矿场开始寻求出海机会。中长期来看，国内挖矿行业将进入收缩阶段，‘出海’将成为常态。”龙典说。",
            "北京尚广律师事务所刑事部主任丁飞鹏提醒，“在最新监管形势下，若继续从事挖矿业务，可能面临电价、用地、税收、环保等多方面压力，未来还将面临多部门联合执法、停业整顿或被列入失信黑名单等处罚。”",
        ],
    ),
    # ---------------------------------------------------------------- finance, page 2
    dict(
        key="wealth_mgmt", section="finance", sub="jinrong", pub="2021-05-20 07:05",
        charset="none", role="article",
        title="银行理财子公司扩容 净值化转型进入冲刺阶段",
        byline="本报记者 陈雅琳",
        editor="（编辑 孙倩）",
        paras=[
            "截至目前，已有24家银行理财子公司获批筹建，其中20家已正式开业。随着资管新规过渡期临近结束，银行理财净值化转型进入冲刺阶段。",
            "普衡财富研究中心研究员何佳对记者表示，一季度末净值型理财产品占比已超过七成，“老产品的整改是最难啃的骨头，剩余存量资产的处置需要更多时间。”",
            "一位理财子公司高管坦言，投研能力和渠道建设是当前面临的主要挑战。“过去依靠母行背书的刚兑模式已经一去不复返，我们需要用业绩说话。”",
            "据知情人士透露，监管部门近期召开座谈会，要求各机构按计划推进存量业务整改，不得新增不符合要求的资产。",
            "融泽研究院首席研究员郑文博认为，理财子公司未来将与公募基金、保险资管形成差异化竞争格局。",
        ],
    ),
    dict(
        key="gallery", section="finance", sub="hongguanjingji", pub="2021-05-18 10:30",
        charset="utf-8", role="not_article",
        title="图解｜4月份国民经济运行稳中加固",
        captions=[
            "规模以上工业增加值同比增长9.8%",
            "社会消费品零售总额同比增长17.7%",
            "全国城镇调查失业率为5.1%",
            "固定资产投资同比增长19.9%",
        ],
    ),
    dict(
        key="truncated", section="finance", sub="jinrong", pub="2021-05-14 07:05",
        charset="utf-8", role="truncated",
        title="一季度货币政策执行报告：保持流动性合理充裕",
        byline="本报记者 王思远",
        paras=["（正文在传输中被截断）"],
    ),
    dict(
        key="cpi", section="finance", sub="hongguanjingji", pub="2021-05-12 07:05",
        charset="utf-8", role="article",
        title="4月份CPI同比上涨0.9% PPI涨幅扩大至6.8%",
        byline="本报记者 王思远",
        editor="（编辑 张明）",
        paras=[
            "国家统计局5月11日发布数据显示，4月份全国居民消费价格指数（CPI）同比上涨0.9%，涨幅比上月扩大0.5个百分点；工业生产者出厂价格指数（PPI）同比上涨6.8%，涨幅比上月扩大2.4个百分点。",
            "国家统计局有关负责人解读称，4月份CPI同比涨幅扩大，主要是受去年同期对比基数走低影响。",
            "“PPI涨幅超预期，主要受国际大宗商品价格上涨带动。”华岳证券首席经济学家周立新对《证券日报》记者表示，上游原材料涨价向中下游传导的压力值得关注。",
            "一位不愿具名的私募基金经理告诉记者，大宗商品价格上涨已经对部分中下游制造业企业的利润形成挤压，“我们正在降低对原材料成本敏感行业的配置。”",
            "林晓则认为，CPI整体温和，通胀不构成货币政策收紧的理由，“预计货币政策将继续保持稳健中性，不急转弯。”",
        ],
    ),
    # ---------------------------------------------------------------- finance, page 3
    dict(
        key="bank_q1", section="finance", sub="jinrong", pub="2021-04-28 07:05",
        charset="utf-8", role="article",
        title="一季度银行业金融机构资产规模稳步增长 不良贷款率下降",
        byline="本报记者 陈雅琳",
        editor="（编辑 孙倩）",
        paras=[
            "银保监会日前发布的数据显示，一季度末，我国银行业金融机构本外币资产总额为331万亿元，同比增长9.0%。商业银行不良贷款率1.89%，较上年末下降0.02个百分点。",
            "银保监会有关部门负责人表示，银行业保险业运行总体平稳，风险抵补能力较为充足。",
            "郑文博对《证券日报》记者分析称，不良率下降得益于经济持续恢复和银行加大不良资产处置力度。",
            "“今年银行业资产质量将延续改善趋势，但部分中小银行的风险仍需警惕。”一位券商银行业分析师表示。",
        ],
    ),
    dict(
        key="lpr", section="finance", sub="hongguanjingji", pub="2021-04-20 09:35",
        charset="utf-8", role="article",
        title="4月LPR连续12个月“按兵不动” 专家预计短期内保持稳定",
        byline="本报记者 王思远",
        editor="（编辑 白宝玉）",
        paras=[
            "4月20日，全国银行间同业拆借中心公布，1年期贷款市场报价利率（LPR）为3.85%，5年期以上LPR为4.65%，均与上月持平。这是LPR连续12个月保持不变。",
            "“LPR维持不变符合市场预期。”周立新表示，4月份中期借贷便利（MLF）利率未作调整，LPR报价的基础没有发生变化。",
            "林晓认为，在经济稳步恢复、宏观杠杆率需要保持基本稳定的背景下，政策利率下调的可能性较小。",
            "有银行人士向记者透露，近期部分地区房贷利率有所上浮，“额度偏紧，放款周期也在拉长。”",
        ],
    ),
    # ---------------------------------------------------------------- stock, page 1
    dict(
        key="northbound", section="stock", sub="gupiaoyaowen", pub="2021-05-31 19:20",
        charset="utf-8", role="article",
        title="北向资金5月份净流入超500亿元 创年内单月新高",
        byline="本报记者 赵一鸣 见习记者 孙悦",
        editor="（编辑 张明）",
        paras=[
            "数据显示，5月份北向资金累计净流入517.5亿元，创今年以来单月新高。其中，沪股通净流入211.3亿元，深股通净流入306.2亿元。",
            "从行业看，北向资金5月份主要加仓了电力设备、银行和食品饮料等行业。",
            "“人民币升值叠加A股估值回落至合理区间，提升了A股对外资的吸引力。”青岚资产首席投资官方启明对《证券日报》记者表示。",
            "一位外资机构人士则告诉记者，国际指数扩容的预期也在推动被动资金流入。",
            "在明川证券策略分析师韩璐看来，北向资金的持续流入有望继续为A股提供增量资金，但需警惕美联储货币政策转向带来的扰动。她说：“6月份美联储议息会议是一个重要的观察窗口。”",
        ],
    ),
    dict(
        key="turnover", section="stock", sub="gupiaoyaowen", pub="2021-05-27 16:40",
        charset="utf-8", role="empty",
        title="两市成交额连续5个交易日突破万亿元",
    ),
    dict(
        key="chinext", section="stock", sub="gupiaoyaowen", pub="2021-05-25 07:05",
        charset="wrong", role="article",
        title="创业板注册制改革满十个月 新上市公司超150家",
        byline="本报记者 何小慧",
        editor="（编辑 张明）",
        paras=[
            "自去年8月24日创业板注册制首批企业上市以来，截至5月24日，注册制下创业板已有156家公司上市，合计募集资金超过1300亿元。",
            "深交所有关负责人表示，创业板改革并试点注册制平稳运行，市场活跃度明显提升，优胜劣汰的市场生态初步形成。",
            "“注册制下新股定价更加市场化，破发现象开始出现，打新不再是稳赚不赔。”明川证券策略分析师韩璐对《证券日报》记者说。",
            "一位投行人士告诉记者，审核问询的重点更加突出，“监管对发行人持续经营能力、信息披露真实性的关注明显增强，撤回申请的项目也在增多。”",
            "方启明认为，注册制改革的核心在于把选择权交给市场，未来需要进一步完善退市制度，实现“有进有出”。",
        ],
    ),
    dict(
        key="partner", section="stock", sub="gupiaoyaowen", pub="2021-05-21 08:00",
        charset="utf-8", role="redirect",
        title="合作媒体：沪指三连阳 券商板块领涨",
    ),
    # ---------------------------------------------------------------- stock, page 2
    dict(
        key="ipo_checks", section="stock", sub="gupiaoyaowen", pub="2021-05-10 07:05",
        charset="utf-8", role="article",
        title="证监会：首发企业现场检查常态化 被抽中企业逾四成撤回申请",
        byline="本报记者 何小慧",
        editor="（编辑 白宝玉）",
        paras=[
            "证监会新闻发言人5月7日在例行新闻发布会上表示，今年以来，证监会对首发企业开展现场检查工作，督促中介机构归位尽责，从源头上提高上市公司质量。",
            "据统计，今年以来被抽中现场检查的企业中，超过四成在检查前后撤回了发行上市申请。",
            "“现场检查对‘带病闯关’形成了有力震慑。”一位资深保荐代表人对记者坦言，过去个别项目存在“先申报再说”的心态，如今这种做法已经行不通了。",
            "韩璐表示，现场检查常态化有助于压实中介机构责任，提升IPO质量，“对投资者而言是重大利好。”",
        ],
    ),
    dict(
        key="annual_reports", section="stock", sub="gupiaoyaowen", pub="2021-04-30 22:10",
        charset="utf-8", role="article",
        title="A股上市公司2020年年报披露收官 逾七成公司实现盈利",
        byline="本报记者 赵一鸣",
        editor="（编辑 孙倩）",
        paras=[
            "截至4月30日，沪深两市4100余家上市公司披露了2020年年报。数据显示，逾七成公司实现盈利，合计实现净利润约4.3万亿元。",
            "方启明对《证券日报》记者分析称，去年四季度以来企业盈利明显修复，“制造业龙头的表现尤其亮眼。”",
            "与此同时，也有部分公司年报被出具非标准审计意见。一位注册会计师告诉记者，非标意见主要集中在持续经营能力存疑、关联方资金占用等方面。",
            "据了解，沪深交易所将对年报开展审核问询，重点关注业绩真实性和财务造假线索。",
        ],
    ),
    # ---------------------------------------------------------------- companies
    dict(
        key="lithium", section="gscy", sub="gongsi", pub="2021-05-29 07:05",
        charset="utf-8", role="article",
        title="恒川锂电回复问询函：产能扩张计划不变 上游锂资源保障充足",
        byline="本报记者 陈雅琳",
        editor="（编辑 张明）",
        paras=[
            "5月28日晚间，恒川锂电发布公告，就深交所此前下发的年报问询函进行回复，对公司产能扩张、原材料保障及应收账款等问题作出说明。",
            "公司在回复中表示，年产20GWh动力电池项目建设按计划推进，预计2022年下半年投产，“产能扩张计划不会因原材料价格波动而改变”。",
            "对于市场关注的锂资源保障问题，恒川锂电董事会秘书刘海涛对《证券日报》记者表示：“公司已与多家上游供应商签订长期协议，并参股了境外锂矿项目，原材料供应有保障。”",
            "不过，一位接近公司的人士向记者透露，碳酸锂价格年内已上涨超过一倍，公司二季度毛利率可能承压。",
            "明川证券分析师韩璐认为，动力电池行业集中度持续提升，二线厂商需要在技术路线和客户结构上寻求突破。",
        ],
    ),
    dict(
        key="liquor", section="gscy", sub="gongsi", pub="2021-05-24 07:05",
        charset="gb2312", role="article",
        title="川江酒业股东大会：高端产品占比将持续提升 年内不考虑提价",
        byline="本报记者 何小慧",
        editor="责任编辑：孙倩",
        paras=[
            "5月21日，川江酒业召开2020年年度股东大会。会上，公司董事长王喆表示，2021年公司将继续推进产品结构升级，高端产品收入占比有望提升至六成以上。",
            "谈及市场关注的提价问题，王喆称，公司年内暂不考虑上调出厂价，“稳价格、控节奏是当前的首要任务”。",
            "一位参会的机构投资者对《证券日报》记者说：“管理层对渠道库存的表述比较务实，我们更关注中秋、国庆旺季的动销情况。”",
            "据川江酒业年报，公司2020年实现营业收入86.4亿元，同比增长12.7%；净利润27.9亿元，同比增长15.2%。",
            "方启明认为，白酒行业分化加剧，具备品牌力和渠道掌控力的企业将持续受益于消费升级。",
        ],
    ),
]


# English republications on the aggregator layout (``/en/news/<date>/<slug>.html``).
# ``layout``: where the aggregator puts its "<<:/>>:" links and its "Recommend" list:
# "nav_in_body" (the seed: links inside the article body, Recommend after it),
# "all_in_body" (both inside the body) or "all_outside".
EN = [
    dict(
        key="en_mining", slug="mining-crackdown-rectification-wave", pub="2021-05-27 10:12",
        role="article", layout="nav_in_body", source_file="en_mining_crackdown.txt",
        # the seed's "<<:" story was never republished here: the link is dead (404);
        # its ">>:" story lives on another aggregator (off-site, not followed)
        prev=("/en/news/2021-05-26/justin-sun-tron-usdt-surpasses-ethereum.html", None),
        next=("https://news.example-aggregator.invalid/article/justin-sun-world-changed.html", None),
    ),
    dict(
        key="en_yuan", slug="rmb-breaks-6-40-three-year-high", pub="2021-05-28 09:30",
        role="article", layout="all_in_body",
        title="Securities Daily | RMB exchange rate against the US dollar breaks through the 6.40 mark, hitting a nearly three-year high",
        byline="Securities Daily reporter Zhao Yiming",
        paras=[
            "On May 26, the onshore RMB exchange rate against the US dollar broke through the 6.40 mark during the session, reaching a high of 6.3985, the highest since June 2018. On the same day, the central parity rate of the RMB against the US dollar was 6.4099, up 184 basis points from the previous trading day.",
            "Regarding the reasons for the current round of RMB appreciation, Zhou Lixin, chief economist of Huayue Securities, analyzed that the continued weakening of the US dollar index, strong exports and the high interest rate spread between China and the United States have jointly pushed the RMB exchange rate higher.",
            "\"There is no basis for the RMB exchange rate to keep appreciating in one direction,\" said a person close to the foreign exchange administration, adding that many factors affect the exchange rate and that the RMB will continue to fluctuate in both directions.",
            "A person in charge of the central bank said recently that expectations for the RMB exchange rate should remain basically stable, and that market participants should bet neither on appreciation nor on depreciation.",
            "Lin Xiao, macro analyst at Dongyue Research Institute, said: \"Enterprises should strengthen exchange rate risk management and make reasonable use of hedging tools such as forwards and options instead of betting on the direction of the exchange rate.\"",
            "## Export companies are more willing to settle foreign exchange",
            "The reporter visited a number of foreign trade companies and learned that exporters have become noticeably more willing to settle foreign exchange. The financial director of a textile exporter in Zhejiang told the Securities Daily reporter, \"As soon as the RMB appreciates, our profits are squeezed. Now we settle US dollars as soon as we receive them.\"",
        ],
        prev=("/en/news/2021-05-27/mining-crackdown-rectification-wave.html",
              "Securities Daily | Regulatory crackdown sets off a wave of rectification in the mining industry"),
        next=("/en/news/2021-06-02/fx-deposit-reserve-ratio-raised.html",
              "Securities Daily | The central bank raised the foreign exchange deposit reserve ratio by 2 percentage points"),
        recommend=[
            ("What does it mean to dream of a snake?", "Dreams about snakes are among the most commo..."),
            ("Is a mole on the left palm a sign of wealth?", "Palm moles have long been read as signs of..."),
            ("Three things to know before buying a mining machine", "Before you buy a mining machine, check the el..."),
            ("Why do some people never get rich?", "Many people work hard all their lives but ne..."),
        ],
    ),
    dict(
        key="en_fx_rrr", slug="fx-deposit-reserve-ratio-raised", pub="2021-06-02 08:45",
        role="article", layout="all_outside",
        title="Securities Daily | The central bank raised the foreign exchange deposit reserve ratio by 2 percentage points; experts say it will help stabilize RMB exchange rate expectations",
        byline="Securities Daily reporter Wang Siyuan",
        paras=[
            "On May 31, the People's Bank of China announced that from June 15, 2021, it would raise the foreign exchange deposit reserve ratio of financial institutions by 2 percentage points, from the current 5% to 7%. This is the first time in 14 years that the central bank has raised the ratio.",
            "\"The increase sends a signal that the central bank does not want the RMB to appreciate too quickly,\" Zhou Lixin, chief economist of Huayue Securities, told the Securities Daily reporter. He said the RMB had appreciated rapidly against the US dollar recently and the market had begun to expect one-way appreciation.",
            "According to estimates, the foreign currency deposits of financial institutions were about US$1 trillion at the end of April, so the 2 percentage point increase will freeze about US$20 billion of foreign exchange liquidity.",
            "A foreign exchange trader at a large state-owned bank told the reporter: \"In terms of scale, US$20 billion has a limited direct impact on the domestic foreign exchange market, but the signal matters more than the substance.\"",
            "In the view of Lin Xiao, macro analyst at Dongyue Research Institute, the RMB exchange rate will continue to fluctuate in both directions in the short term. \"Companies and individuals should not bet on one-way appreciation,\" she said.",
            "According to the State Administration of Foreign Exchange, the foreign exchange market is running smoothly and cross-border capital flows are generally balanced.",
        ],
        prev=("/en/news/2021-05-28/rmb-breaks-6-40-three-year-high.html",
              "Securities Daily | RMB exchange rate against the US dollar breaks through the 6.40 mark"),
        next=None,
        recommend=[
            ("What does a birthmark on the left hand mean?", "Birthmarks are often said to carry a messag..."),
            ("Bitcoin falls below $35,000 as miners move overseas", "According to market data, the price of Bitc..."),
            ("Five habits of people who always have good luck", "Some people always seem to be lucky. In fac..."),
        ],
    ),
]

# The home page's latest-news box, in this order (keys of ZH and EN).
HOME_HEADLINES = ["fx_rrr", "northbound", "lithium", "deposit_rates", "yuan_640", "mining", "en_mining"]

# Listings: section -> (Chinese name, keys per page, newest first).
LISTINGS = {
    "finance": ("财经", [
        ["fx_rrr", "deposit_rates", "yuan_640", "mining"],
        ["wealth_mgmt", "gallery", "truncated", "cpi"],
        ["bank_q1", "lpr"],
    ]),
    "stock": ("股票", [
        ["northbound", "turnover", "chinext", "partner"],
        ["ipo_checks", "annual_reports"],
    ]),
    "gscy": ("公司", [
        ["lithium", "liquor"],
    ]),
    "en": ("English", [
        ["en_fx_rrr", "en_yuan", "en_mining"],
    ]),
}

SUB_NAMES = {
    "hongguanjingji": "宏观经济",
    "jinrong": "金融机构",
    "gupiaoyaowen": "股市要闻",
    "gongsi": "公司新闻",
}
