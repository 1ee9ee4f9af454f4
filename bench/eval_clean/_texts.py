"""Article texts for the labelled evaluation pages (written for this set, fictional).

Each article: ``title``, ``byline`` (as printed), ``authors``, ``body`` (list of
``("p" | "h", text)``).  Layout templates in ``_build.py`` wrap them in markup
and boilerplate.
"""

EN_COPPER = {
    "title": "Copper climbs to two-month high as Chilean mine strike drags on",
    "byline": "By Daniel Okafor",
    "authors": ["Daniel Okafor"],
    "body": [
        ("p", "Copper prices rose to their highest level in two months on Tuesday as a strike at one of Chile's largest mines entered its third week, tightening an already thin supply of refined metal."),
        ("p", "Benchmark three-month copper on the London Metal Exchange gained 1.8% to $9,412 a tonne by mid-afternoon, while the most-traded contract in Shanghai rose 1.2% to 71,350 yuan."),
        ("h", "Inventories keep falling"),
        ("p", "Stocks in LME-registered warehouses have fallen by almost 40% since March, to about 98,000 tonnes, according to exchange data. Traders said the decline had pushed the cash contract to a premium over three-month metal, a sign of near-term tightness."),
        ("p", "\"The market was already finely balanced before the strike,\" said Maria Lindqvist, head of metals research at Nordhavn Capital. \"Every week that the mine stays shut removes roughly 20,000 tonnes from a market that has no cushion.\""),
        ("p", "Union leaders said talks with management had stalled over wage increases and bonus payments, and no new meeting had been scheduled. The company said in a statement that it remained open to dialogue."),
        ("h", "Chinese demand in focus"),
        ("p", "Analysts are also watching demand in China, which consumes about half of the world's copper. Imports of unwrought copper fell 6% in the first four months of the year, but fabricators have reported stronger orders from grid and solar projects since April."),
        ("p", "Some investors remain cautious. A stronger dollar and the prospect of higher interest rates in the United States could cap gains, said Tom Reyes, a strategist at Harbor Point Securities, who expects prices to settle between $9,000 and $9,600 over the summer."),
    ],
}

EN_RATES = {
    "title": "Central bank holds rates steady, signals patience on cuts",
    "byline": "Anna Becker, Economics Correspondent",
    "authors": ["Anna Becker"],
    "body": [
        ("p", "The central bank left its benchmark interest rate unchanged at 4.25% on Thursday for a fifth consecutive meeting, saying it needed more evidence that inflation was returning sustainably to its 2% target before easing policy."),
        ("p", "Seven of the nine members of the monetary policy committee voted to hold, while two favoured a quarter-point cut, the same split as in March. Markets had fully priced in a hold."),
        ("p", "Governor Elena Marsh told reporters that services inflation, which stood at 5.1% in April, remained \"uncomfortably high\" and that wage growth had not slowed as much as the bank had expected. \"We are not there yet,\" she said. \"But the direction of travel is encouraging.\""),
        ("p", "The bank trimmed its growth forecast for this year to 0.6% from 0.8%, citing weaker household spending, and said unemployment was likely to peak at 4.6% early next year."),
        ("p", "Government bond yields fell after the decision, with the two-year yield down six basis points at 4.02%, as investors read the minutes as leaving the door open to a cut in August. The currency slipped 0.3% against the dollar."),
        ("p", "Economists at several banks said they still expected two cuts before the end of the year. \"The tone was softer than in March,\" said Priya Nair of Castlegate Economics. \"August is very much live.\""),
    ],
}

EN_EV = {
    "title": "Electric carmaker narrows loss as deliveries jump 48%",
    "byline": "By Kevin Zhou and Laura Mendes",
    "authors": ["Kevin Zhou", "Laura Mendes"],
    "body": [
        ("p", "Voltara Motors reported a smaller-than-expected quarterly loss on Wednesday as deliveries of its new compact sport-utility vehicle rose sharply, sending its shares up 9% in after-hours trading."),
        ("p", "The company delivered 61,200 vehicles in the three months to March, up 48% from a year earlier. Revenue rose 35% to $3.9 billion, ahead of the $3.6 billion analysts had forecast."),
        ("p", "Its net loss narrowed to $412 million, or 21 cents a share, from $655 million a year earlier. Gross margin improved to 11.4% from 6.9%, helped by lower battery costs and fewer discounts."),
        ("h", "Price war pressure"),
        ("p", "Chief executive Rafael Ortiz said on a call with analysts that the company would not follow rivals in cutting prices further. \"We would rather protect margins than chase volume,\" he said, adding that the order backlog covered about eight weeks of production."),
        ("p", "The carmaker kept its target of delivering 250,000 to 270,000 vehicles this year and said it expected to turn a profit on an operating basis in the fourth quarter."),
        ("p", "Analysts were broadly positive but warned that competition in China and Europe remained intense. \"The quarter buys them time, not safety,\" said Ines Hartmann of Rhein Equity Research."),
    ],
}

EN_IPO = {
    "title": "Hong Kong IPO market revives with three listings in one week",
    "byline": "Staff reporter Li Wei in Hong Kong",
    "authors": ["Li Wei"],
    "body": [
        ("p", "Hong Kong's market for initial public offerings showed signs of life this week as three companies raised a combined HK$6.8 billion, the busiest week for new listings since late 2021."),
        ("p", "The largest deal, by a logistics software provider, priced at the top of its range and was more than 90 times oversubscribed by retail investors. Its shares closed 23% above the offer price on their first day of trading."),
        ("p", "Bankers said the recovery reflected a rebound in the Hang Seng Index, which has risen about 18% since January, and a faster approval process for mainland companies seeking overseas listings."),
        ("p", "\"The pipeline is the strongest we have seen in two years,\" said a capital markets banker who asked not to be named because he was not authorised to speak to the media. About 90 companies have filed applications with the exchange."),
        ("p", "Still, the total raised in the first five months of the year remains well below the levels seen before 2022, and several deals have been postponed because of volatile markets."),
    ],
}

EN_SHIPPING = {
    "title": "Container freight rates surge as ships avoid the Red Sea",
    "byline": "By Sofia Andersson",
    "authors": ["Sofia Andersson"],
    "body": [
        ("p", "The cost of shipping a 40-foot container from Shanghai to Rotterdam has more than doubled in six weeks, as carriers continue to divert vessels around the Cape of Good Hope, adding up to two weeks to voyages."),
        ("p", "A widely watched index of spot rates rose 11% last week to $4,650 per container, its highest since September 2022. Rates from Asia to the Mediterranean rose even faster."),
        ("p", "Freight forwarders said importers were rushing to secure space before the summer peak season. \"Customers are booking earlier than ever because they fear there will be no capacity in July,\" said Henrik Dahl, managing director of a Copenhagen-based forwarder."),
        ("p", "The longer routes absorb a large share of the global fleet. Analysts estimate that diversions have taken the equivalent of 7% to 9% of container capacity out of the market, offsetting a wave of new ships delivered this year."),
        ("p", "Shares of listed carriers have rallied on expectations of higher profits, though some analysts caution that rates could fall quickly once ships return to the Suez route."),
    ],
}

EN_BONDS = {
    "title": "Treasury yields retreat as jobs data cools rate fears",
    "byline": "By Marcus Bell",
    "authors": ["Marcus Bell"],
    "body": [
        ("p", "U.S. Treasury yields fell on Friday after a government report showed employers added fewer jobs than expected in May, easing concerns that the Federal Reserve would need to keep rates higher for longer."),
        ("p", "The yield on the benchmark 10-year note fell 9 basis points to 4.28%, its lowest in a month, while the two-year yield, which is more sensitive to policy expectations, dropped 12 basis points to 4.71%."),
        ("p", "Nonfarm payrolls rose by 142,000 last month, below the 185,000 forecast by economists. Average hourly earnings rose 0.2%, the smallest monthly gain in nearly two years."),
        ("p", "\"This is the report the bond market was waiting for,\" said Claire Donovan, chief investment officer at Westbrook Asset Management. \"It does not guarantee a cut in September, but it makes one much more likely.\""),
        ("p", "Futures markets now price a roughly 70% chance of a quarter-point cut in September, up from about 50% before the data."),
    ],
}

ZH_RRR = {
    "title": "央行宣布降准0.5个百分点 释放长期资金约1万亿元",
    "byline": "本报记者 刘晓琳",
    "authors": ["刘晓琳"],
    "body": [
        ("p", "中国人民银行5日宣布，决定于9月15日下调金融机构存款准备金率0.5个百分点（不含已执行5%存款准备金率的金融机构），此次降准共计释放长期资金约1万亿元。"),
        ("p", "央行有关负责人表示，此次降准是为了巩固经济回升向好基础，保持流动性合理充裕，降低金融机构资金成本，每年可降低金融机构资金成本约60亿元，通过金融机构传导可促进降低社会综合融资成本。"),
        ("h", "释放积极信号"),
        ("p", "某证券公司首席经济学家王立新对记者表示，此次降准释放了稳增长的积极信号，有助于提振市场信心。“当前经济恢复仍面临需求不足等挑战，降准能够增强银行信贷投放能力，支持实体经济发展。”"),
        ("p", "王立新认为，四季度仍有降息的可能，但具体时点需要观察通胀和汇率走势。"),
        ("h", "银行净息差承压"),
        ("p", "业内人士指出，近年来银行净息差持续收窄，降准在一定程度上可以缓解银行负债端成本压力。数据显示，二季度末商业银行净息差为1.74%，较一季度末下降0.02个百分点。"),
        ("p", "另有分析人士称，随着稳增长政策持续发力，下半年信贷需求有望逐步改善，市场利率将保持在合理区间运行。"),
    ],
}

ZH_EV = {
    "title": "前8个月新能源汽车销量同比增长近四成 出口保持较快增长",
    "byline": "记者 陈思远 北京报道",
    "authors": ["陈思远"],
    "body": [
        ("p", "中国汽车工业协会11日发布数据显示，今年1月至8月，我国新能源汽车产销分别完成543.4万辆和537.4万辆，同比分别增长35.2%和39.0%，市场占有率达到29.5%。"),
        ("p", "其中，8月份新能源汽车产销分别完成84.3万辆和80.9万辆，同比分别增长22.5%和27.0%。中汽协副秘书长陈士华表示，8月汽车市场表现好于预期，新能源汽车继续保持快速增长态势。"),
        ("p", "出口方面，前8个月新能源汽车出口72.7万辆，同比增长1.1倍。业内人士认为，中国车企在电池、电机和智能化方面具有较强竞争力，海外市场仍有较大增长空间。"),
        ("p", "不过，也有分析人士提醒，欧洲部分国家调整补贴政策，海外贸易壁垒有所增加，车企需要加快在海外本地化布局，以应对潜在的政策风险。"),
        ("p", "展望全年，中汽协预计新能源汽车销量有望达到900万辆左右，同比增长约30%。"),
    ],
}

ZH_ASHARE = {
    "title": "A股三大指数集体收涨 两市成交额重回万亿元",
    "byline": "证券时报记者 赵敏",
    "authors": ["赵敏"],
    "body": [
        ("p", "周二，A股三大指数集体上涨。截至收盘，上证指数涨1.25%，报3128.56点；深证成指涨1.68%，报10235.11点；创业板指涨2.03%，报2041.37点。"),
        ("p", "沪深两市全天成交额为10236亿元，较前一交易日增加1862亿元，时隔12个交易日重回万亿元上方。北向资金全天净买入56.3亿元。"),
        ("p", "盘面上，半导体、证券、软件开发等板块涨幅居前，煤炭、银行等板块表现较弱。个股方面，全市场超过4000只股票上涨，近80只股票涨停。"),
        ("p", "某基金经理对记者表示，近期政策面暖风频吹，市场风险偏好明显回升，“成交额放大说明增量资金正在入场，后市有望延续震荡向上的走势。”"),
        ("p", "也有券商分析师认为，指数短期涨幅较大，投资者需关注量能能否持续，建议关注业绩确定性较高的优质龙头公司。"),
    ],
}

ZH_PV = {
    "title": "光伏产业链价格持续下行 多晶硅企业开工率下滑",
    "byline": "作者：孙浩然",
    "authors": ["孙浩然"],
    "body": [
        ("p", "近期，光伏产业链各环节价格继续走低。据行业协会统计，本周多晶硅致密料均价为每吨6.5万元，环比下降1.5%，较年初累计下跌约三成。"),
        ("p", "受价格下跌影响，部分多晶硅企业开始减产检修。业内人士透露，目前行业整体开工率已降至六成左右，二三线企业面临较大的现金流压力。"),
        ("h", "行业加速出清"),
        ("p", "一位光伏企业高管对记者说：“这一轮调整比预想的时间要长，但也会加速落后产能退出，头部企业的成本优势将进一步显现。”"),
        ("p", "与此同时，下游装机需求保持旺盛。国家能源局数据显示，今年上半年全国新增光伏装机102.48吉瓦，同比增长31%。"),
        ("p", "分析人士预计，随着落后产能逐步出清，产业链价格有望在明年企稳，行业盈利能力将逐步修复。"),
    ],
}

ZH_PROPERTY = {
    "title": "多地优化房贷政策 首套房贷利率下限下调",
    "byline": "本报记者 周婷 李明",
    "authors": ["周婷", "李明"],
    "body": [
        ("p", "近日，多个城市宣布调整个人住房贷款政策，下调首套住房商业性个人住房贷款利率下限，并降低部分城市二套房首付比例。"),
        ("p", "记者了解到，目前已有超过20个城市的首套房贷利率降至3.5%以下。部分银行客户经理表示，近期咨询房贷的客户明显增多，但实际签约量增长仍相对温和。"),
        ("p", "某研究院首席分析师表示，房贷政策的优化有助于降低购房者的置业成本，稳定市场预期。“政策效果的显现需要一定时间，预计下半年部分重点城市的成交量将有所回升。”"),
        ("p", "另有业内人士指出，除了信贷政策之外，还需要在保交楼、改善居民收入预期等方面持续发力，才能推动房地产市场平稳健康发展。"),
    ],
}
