"""English pages of blind set 4 (invented texts)."""

HEAD_SCRIPTS = """<script async src="https://www.googletagmanager.com/gtag/js?id=G-XXXX"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());</script>"""


def add_en(page, ps):
    # ---------------------------------------------------------------- 1. Axios-like
    title = "Fed minutes show officials split over a December rate cut"
    paras = [
        "Federal Reserve officials were sharply divided last month over whether to keep lowering interest rates, according to minutes of the October meeting released Tuesday.",
        "Why it matters: The split makes a December cut far from a done deal, even as markets had priced it in as likely just a few weeks ago.",
        "Driving the news: \"Many\" participants said further cuts would likely be appropriate over time, but \"several\" argued that a pause in December was warranted given sticky services inflation.",
        "The committee voted 10-2 to lower the federal funds rate by a quarter point, to a range of 3.75% to 4%.",
        "One dissenter wanted a bigger half-point cut; the other preferred no move at all.",
        "Zoom in: Officials flagged three reasons for caution:",
        "Core inflation has been stuck near 3% for most of the year, well above the Fed's 2% goal.",
        "Tariff pass-through to consumer prices has been slower than expected, but staff expect more of it next year.",
        "Financial conditions eased sharply after the September cut, with stocks at records and credit spreads near historic lows.",
        "The other side: Officials worried about the labor market pointed to a hiring rate that has fallen to its lowest level since 2013 and to a rise in continuing jobless claims.",
        "\"The risk of waiting too long is that the labor market cracks in a nonlinear way,\" one participant said, according to the minutes.",
        "By the numbers: Futures markets now put the odds of a December cut at about 45%, down from more than 90% a month ago, per CME FedWatch.",
        "Two-year Treasury yields rose 6 basis points after the release, to 3.61%.",
        "What they're saying: \"The minutes confirm what Powell hinted at in his press conference: December is live, but it is not a lock,\" said Priya Natarajan, chief U.S. economist at Harborview Capital.",
        "What's next: The Fed will get two more jobs reports and a CPI release before its Dec. 9-10 meeting, and officials have said the data will decide.",
        "The bottom line: The Fed is no longer on autopilot, and the next cut will have to be earned by the data.",
    ]
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{title} - Axios</title>
<meta name="description" content="The split makes a December cut far from a done deal.">
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="Axios">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2026-11-24T19:42:11.000Z">
<meta name="author" content="Courtenay Brown">
<link rel="canonical" href="https://www.axios.com/2026/11/24/fed-minutes-december-rate-cut-split">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{title}","datePublished":"2026-11-24T19:42:11.000Z","author":[{{"@type":"Person","name":"Courtenay Brown"}},{{"@type":"Person","name":"Emily Peck"}}],"publisher":{{"@type":"Organization","name":"Axios"}}}}</script>
{HEAD_SCRIPTS}
<style>.hidden{{display:none}}</style>
</head><body>
<div id="onetrust-banner-sdk" role="dialog"><p>We use cookies and similar technologies to improve your experience and to show you relevant advertising. By clicking "Accept all", you agree to our use of cookies.</p><button>Accept all</button><button>Manage preferences</button></div>
<header class="Header_header"><a href="/">Axios</a><nav><ul><li><a href="/politics-policy">Politics &amp; Policy</a></li><li><a href="/economy">Economy</a></li><li><a href="/technology">Technology</a></li><li><a href="/local">Axios Local</a></li></ul></nav><a href="/newsletters">Newsletters</a></header>
<main>
<div class="StoryTopper">
<a class="topic-tag" href="/economy">Economy</a>
<h1 class="headline">{title}</h1>
<div class="byline"><a href="/authors/cbrown"><img src="/cb.jpg" alt="">Courtenay Brown</a><a href="/authors/epeck"><img src="/ep.jpg" alt="">Emily Peck</a></div>
<time datetime="2026-11-24T19:42:11.000Z">Nov 24, 2026 - Economy</time>
<div class="share-bar"><a href="#">Share on Facebook</a><a href="#">Share on X</a><a href="#">Share on LinkedIn</a><a href="#">Email</a></div>
</div>
<figure class="StoryImage"><img src="/fed.jpg" alt="Jerome Powell"><figcaption>Fed Chair Jerome Powell at a press conference in Washington on Oct. 29. Photo: Andrew Harnik/Getty Images</figcaption></figure>
<div class="StoryText gtm-story-text">
<p>{paras[0]}</p>
<p><strong>Why it matters:</strong> {paras[1][len("Why it matters: "):]}</p>
<p><strong>Driving the news:</strong> {paras[2][len("Driving the news: "):]}</p>
<ul><li>{paras[3]}</li><li>{paras[4]}</li></ul>
<p><strong>Zoom in:</strong> {paras[5][len("Zoom in: "):]}</p>
<ul><li>{paras[6]}</li><li>{paras[7]}</li><li>{paras[8]}</li></ul>
<div class="newsletter-signup"><h4>Get a daily digest of the most important stories for markets</h4><p>Sign up for Axios Markets, our free morning newsletter.</p><form><input type="email" placeholder="Email address"><button>Subscribe</button></form></div>
<p><strong>The other side:</strong> {paras[9][len("The other side: "):]}</p>
<ul><li>{paras[10]}</li></ul>
<p><strong>By the numbers:</strong> {paras[11][len("By the numbers: "):]}</p>
<figure class="chart"><img src="/chart-fedwatch.png" alt="Chart"><figcaption>Data: CME FedWatch; Chart: Axios Visuals</figcaption></figure>
<p>{paras[12]}</p>
<p><strong>What they're saying:</strong> {paras[13][len("What they're saying: "):]}</p>
<p><strong>What's next:</strong> {paras[14][len("What's next: "):]}</p>
<p><strong>The bottom line:</strong> {paras[15][len("The bottom line: "):]}</p>
</div>
<div class="GoDeeper"><h3>Go deeper</h3><ul><li><a href="/2026/10/29/fed-cuts-rates-again">Fed cuts rates for second straight meeting</a></li><li><a href="/2026/11/13/cpi-october-inflation">Inflation stays stubborn in October…</a></li></ul></div>
<div class="tags"><a href="/federal-reserve">Federal Reserve</a><a href="/interest-rates">Interest rates</a></div>
</main>
<div class="axios-local-promo"><p>Get more news that matters about your city: Sign up for Axios Local</p></div>
<footer><a href="/about">About Axios</a><a href="/careers">Careers</a><a href="/privacy">Privacy policy</a><p>© 2026 Axios Media Inc. All rights reserved.</p></footer>
</body></html>"""
    page("en_axios", "https://www.axios.com/2026/11/24/fed-minutes-december-rate-cut-split", html, {
        "title": title, "authors": ["Courtenay Brown", "Emily Peck"], "language": "en",
        "body": paras, "headings": [],
        "boilerplate": [
            "We use cookies and similar technologies to improve your experience",
            "Politics & Policy", "Share on Facebook",
            "Fed Chair Jerome Powell at a press conference in Washington on Oct. 29.",
            "Get a daily digest of the most important stories for markets",
            "Sign up for Axios Markets, our free morning newsletter.",
            "Data: CME FedWatch; Chart: Axios Visuals",
            "Go deeper", "Fed cuts rates for second straight meeting",
            "Inflation stays stubborn in October",
            "Get more news that matters about your city: Sign up for Axios Local",
            "© 2026 Axios Media Inc. All rights reserved.",
        ],
    })

    # ---------------------------------------------------------------- 2. Politico-like
    title = "Senate Banking deal would loosen capital rules for regional lenders"
    dek = "The bipartisan draft, circulated to staff on Monday, is the most significant rewrite of post-2018 bank rules in years."
    paras = [
        "Senate Banking Committee negotiators have reached a tentative bipartisan agreement that would raise the asset threshold at which regional banks face the toughest capital and liquidity requirements, according to a draft bill text obtained by POLITICO and three people familiar with the talks.",
        "The draft would lift the threshold for so-called enhanced prudential standards from $100 billion in assets to $250 billion and index it to the growth of the economy, effectively exempting roughly a dozen lenders that crossed the line during the last decade of mergers.",
        "Supporters say the change would reverse rules that were written for giant banks but have spilled onto midsize lenders that finance small businesses and commercial real estate.",
        "\"We are talking about community-focused institutions that are being regulated as if they were JPMorgan,\" said a Republican aide involved in the negotiations, who was granted anonymity to describe private talks.",
        "What the draft does",
        "Beyond the threshold, the text would require regulators to tailor stress tests to a bank's business model, cap the frequency of supervisory stress tests for banks under $500 billion at once every two years, and give lenders 18 months to comply with any new liquidity rule.",
        "It would also direct the Federal Deposit Insurance Corp. to study whether deposit insurance coverage for business payment accounts should rise above $250,000, a priority for Democrats who watched uninsured depositors flee Silicon Valley Bank in 2023.",
        "That provision was the price of bringing two Democrats on board, according to two of the people. Consumer groups have nonetheless attacked the deal as a repeat of the 2018 rollback that critics say left SVB lightly supervised.",
        "\"Congress is about to relearn the lesson of 2023 the hard way,\" said Marisa Conklin, policy director at the advocacy group Fair Markets Project.",
        "What's next",
        "Committee Chair Tim Scott is aiming for a markup in the first week of December, before the chamber turns to year-end spending legislation. Passage on the floor would require 60 votes, and leadership has not committed floor time.",
        "House Financial Services Chair French Hill has said he would take up a Senate-passed bill quickly. The Treasury Department declined to comment on the draft.",
    ]
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Senate Banking deal would loosen capital rules for regional lenders - POLITICO</title>
<meta property="og:title" content="{title}">
<meta property="og:description" content="{dek}">
<meta property="og:site_name" content="POLITICO">
<meta name="author" content="Zachary Warmbrodt">
<meta property="article:published_time" content="2026-11-24T05:00:00-05:00">
<meta property="article:section" content="Finance &amp; Tax">
<script type="application/ld+json">{{"@context":"http://schema.org","@type":"NewsArticle","headline":"{title}","datePublished":"2026-11-24T05:00:00-05:00","author":[{{"@type":"Person","name":"Zachary Warmbrodt"}},{{"@type":"Person","name":"Katy O'Donnell"}}]}}</script>
{HEAD_SCRIPTS}
</head><body class="layout-story">
<div class="cookie-consent"><p>POLITICO uses cookies to personalize content and ads. Read our Privacy Policy to learn more.</p><a href="#">OK</a></div>
<header class="global-header"><nav class="nav-primary"><a href="/congress">Congress</a><a href="/white-house">White House</a><a href="/finance">Finance &amp; Tax</a><a href="/pro">POLITICO Pro</a></nav></header>
<div class="container">
<main class="story-layout">
<section class="media-item__summary">
<p class="story-meta__kicker"><a href="/finance">Finance &amp; Tax</a></p>
<h2 class="headline">{title}</h2>
<p class="dek">{dek}</p>
<div class="story-meta"><p class="story-meta__authors">By <span class="vcard"><a href="/staff/zachary-warmbrodt">Zachary Warmbrodt</a></span> and <span class="vcard"><a href="/staff/katy-odonnell">Katy O'Donnell</a></span></p>
<p class="story-meta__timestamp"><time datetime="2026-11-24 05:00">11/24/2026 05:00 AM EST</time></p></div>
</section>
<div class="share-tools"><a href="#">Link Copied</a><a href="#">Facebook</a><a href="#">X</a><a href="#">Email</a></div>
<figure class="art"><img src="/scott.jpg"><figcaption><p class="caption">Senate Banking Chair Tim Scott is aiming for a December markup.</p><p class="credit">Francis Chung/POLITICO</p></figcaption></figure>
<div class="story-text">
{ps(paras[0:3])}
<section class="story-related"><h3 class="story-related__title">Related</h3><ul><li><a href="/news/2026/10/02/fdic-deposit-insurance">FDIC floats higher coverage for business accounts</a></li><li><a href="/news/2026/09/15/bank-mergers">Regional bank mergers hit a three-year high…</a></li></ul></section>
<p>{paras[3]}</p>
<h3>{paras[4]}</h3>
{ps(paras[5:8])}
<div class="ad-slot"><p>Advertisement</p></div>
<aside class="newsletter-promo"><p class="newsletter-promo__title">Morning Money</p><p>A daily look at the intersection of Wall Street and Washington. Get it in your inbox.</p><input type="email"><a href="#">Sign Up</a></aside>
<p>{paras[8]}</p>
<h3>{paras[9]}</h3>
{ps(paras[10:12])}
</div>
<div class="story-tags"><p>Filed under: <a href="/tag/banking">Banking</a>, <a href="/tag/senate">Senate</a>, <a href="/tag/fdic">FDIC</a></p></div>
<div class="story-comments"><p>Loading comments…</p></div>
</main>
<aside class="sidebar"><h4>Most read</h4><ol><li><a href="/a">Trump signs order on crypto banking access</a></li><li><a href="/b">Inside the fight over the IRS budget</a></li><li><a href="/c">Why Wall Street is lobbying for a stablecoin fix</a></li></ol></aside>
</div>
<footer class="global-footer"><p>© 2026 POLITICO LLC</p><a href="/about-us">About Us</a><a href="/advertising">Advertising</a></footer>
</body></html>"""
    page("en_politico", "https://www.politico.com/news/2026/11/24/senate-banking-regional-bank-capital-deal-00712345", html, {
        "title": title, "authors": ["Zachary Warmbrodt", "Katy O'Donnell"], "language": "en",
        "body": paras, "headings": [paras[4], paras[9]],
        "boilerplate": [
            "POLITICO uses cookies to personalize content and ads.",
            dek,
            "Senate Banking Chair Tim Scott is aiming for a December markup.",
            "Francis Chung/POLITICO",
            "FDIC floats higher coverage for business accounts",
            "Regional bank mergers hit a three-year high",
            "Advertisement",
            "A daily look at the intersection of Wall Street and Washington.",
            "Filed under:", "Loading comments",
            "Trump signs order on crypto banking access",
            "Inside the fight over the IRS budget",
            "© 2026 POLITICO LLC",
        ],
    })

    # ---------------------------------------------------------------- 3. Motley Fool-like
    title = "Is Costco Stock a Buy After Its Latest Sales Report?"
    keypts = [
        "Costco's comparable sales rose 6.4% in October, helped by strong e-commerce growth.",
        "Membership fee income is growing faster than merchandise sales after last year's fee increase.",
        "The stock trades at about 50 times earnings, a premium that leaves little room for error.",
    ]
    paras = [
        "Costco Wholesale (NASDAQ: COST) has been one of the most reliable retail stocks of the past two decades. Its warehouse model, built on bulk goods, low markups, and paid memberships, has produced steady growth in good economies and bad ones.",
        "The company's latest monthly sales report, released after the market closed on Nov. 5, showed the formula is still working. But shares have gone sideways since the summer, and investors are asking whether now is a good time to buy.",
        "Sales are still growing at a healthy clip",
        "Net sales for the four-week retail month ended Nov. 2 came to $21.8 billion, up 8.1% from a year earlier. Comparable sales, which strip out gasoline prices and foreign exchange, rose 6.4% across the company and 6.9% in the U.S.",
        "Digitally enabled sales jumped 18%, a sign that Costco's investments in its app and same-day delivery partnerships are paying off. Traffic, measured by shopping frequency, rose about 5% worldwide.",
        "The membership engine matters most",
        "Most of Costco's profit comes from membership fees rather than from the merchandise on its shelves. The company raised its annual fees in the U.S. and Canada in September 2024, to $65 for a Gold Star membership and $130 for an Executive membership, and the full benefit of that increase is now showing up in results.",
        "In fiscal 2025, membership fee income rose 10% to $5.3 billion, while renewal rates held at 92.3% in the U.S. and Canada. Those fees are almost pure profit, and they give Costco the freedom to keep prices low and win more shoppers.",
        "Valuation is the sticking point",
        "The problem for new investors is price. At around $910 a share, Costco trades at roughly 50 times trailing earnings, about twice the multiple of the S&P 500 and well above Walmart's. Even a small slowdown in comparable sales could hit the shares hard.",
        "Investors who already own the stock have good reasons to hold it. For those who do not, buying a small position now and adding on pullbacks may be a sensible way to own a great business without paying too much for all of it at once.",
    ]
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Is Costco Stock a Buy After Its Latest Sales Report? | The Motley Fool</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="The Motley Fool">
<meta name="author" content="Jonah Whitfield">
<meta property="article:published_time" content="2026-11-24T08:15:00Z">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{title}","author":{{"@type":"Person","name":"Jonah Whitfield","url":"https://www.fool.com/author/20791/"}},"datePublished":"2026-11-24T08:15:00Z","publisher":{{"@type":"Organization","name":"The Motley Fool"}}}}</script>
{HEAD_SCRIPTS}
</head><body>
<div id="cookie-banner"><p>We use cookies to give you the best experience on our website. Learn more in our Privacy Statement.</p></div>
<header id="main-header"><nav><a href="/">The Motley Fool</a><a href="/investing-news/">Investing News</a><a href="/stock-advisor/">Stock Advisor</a><a href="/premium/">Premium Services</a></nav></header>
<div class="page-grid">
<div class="article-page">
<header class="article-header"><h1>{title}</h1>
<div class="author-tagline"><a href="/author/20791/">Jonah Whitfield</a><span> | Nov 24, 2026</span></div></header>
<div id="article-body" class="tailwind-article-body">
<div class="article-pitch-container" data-id="key-points"><h2>Key Points</h2><ul>{"".join(f"<li>{k}</li>" for k in keypts)}</ul></div>
<div class="ticker-widget"><span>Costco Wholesale</span><span>NASDAQ: COST</span><span>$909.42 (-0.62%) $-5.67</span></div>
{ps(paras[0:2])}
<h2>{paras[2]}</h2>
{ps(paras[3:5])}
<div class="article-pitch-container interad"><h3>Should you invest $1,000 in Costco Wholesale right now?</h3><p>Before you buy stock in Costco Wholesale, consider this: The Motley Fool Stock Advisor analyst team just identified what they believe are the 10 best stocks for investors to buy now… and Costco Wholesale wasn't one of them.</p><p><a href="#">See the 10 stocks »</a></p><p>*Stock Advisor returns as of November 24, 2026</p></div>
<h2>{paras[5]}</h2>
{ps(paras[6:8])}
<figure><img src="/cost-chart.png"><figcaption>COST PE Ratio data by YCharts</figcaption></figure>
<h2>{paras[8]}</h2>
{ps(paras[9:11])}
<p class="disclosure"><em>Jonah Whitfield has positions in Costco Wholesale. The Motley Fool has positions in and recommends Costco Wholesale and Walmart. The Motley Fool has a disclosure policy.</em></p>
</div>
<div class="article-author-bio"><img src="/jw.jpg"><p>Jonah Whitfield has been writing about consumer and retail stocks for The Motley Fool since 2019.</p><a href="#">Follow @jwhitfieldtmf</a></div>
<div class="related-articles"><h2>Related Articles</h2><ul><li><a href="/x">3 Reasons to Buy Walmart Stock Like There's No Tomorrow</a></li><li><a href="/y">Is Target Stock a Bargain After Its 40% Drop?…</a></li><li><a href="/z">The Best Retail Stocks to Buy in December</a></li></ul></div>
</div>
<aside class="sidebar"><h3>Premium Investing Services</h3><p>Invest better with The Motley Fool. Get stock recommendations, portfolio guidance, and more from The Motley Fool's premium services.</p><a href="#">View Premium Services</a></aside>
</div>
<footer><p>Market data powered by Xignite and Polygon.io.</p><p>© 1995 - 2026 The Motley Fool. All rights reserved.</p></footer>
</body></html>"""
    page("en_fool", "https://www.fool.com/investing/2026/11/24/is-costco-stock-a-buy-after-latest-sales-report/", html, {
        "title": title, "authors": ["Jonah Whitfield"], "language": "en",
        "body": ["Key Points"] + keypts + paras,
        "headings": ["Key Points", paras[2], paras[5], paras[8]],
        "boilerplate": [
            "We use cookies to give you the best experience on our website.",
            "Costco Wholesale NASDAQ: COST", "$909.42 (-0.62%) $-5.67",
            "Should you invest $1,000 in Costco Wholesale right now?",
            "Before you buy stock in Costco Wholesale, consider this",
            "See the 10 stocks", "*Stock Advisor returns as of November 24, 2026",
            "COST PE Ratio data by YCharts",
            "Jonah Whitfield has positions in Costco Wholesale.",
            "The Motley Fool has a disclosure policy.",
            "Jonah Whitfield has been writing about consumer and retail stocks",
            "Related Articles",
            "3 Reasons to Buy Walmart Stock Like There's No Tomorrow",
            "Is Target Stock a Bargain After Its 40% Drop?",
            "The Best Retail Stocks to Buy in December",
            "Invest better with The Motley Fool.",
            "Market data powered by Xignite and Polygon.io.",
            "© 1995 - 2026 The Motley Fool. All rights reserved.",
        ],
    })

    # ---------------------------------------------------------------- 4. Morningstar-like fund note
    title = "Northgate Global Dividend Fund: A Steady Hand Loses Its Manager"
    summary = "Our Take: Northgate Global Dividend keeps its Morningstar Medalist Rating of Silver despite the retirement of its longtime lead manager."
    paras = [
        "Northgate Global Dividend's Institutional shares keep their Morningstar Medalist Rating of Silver, and the strategy's People Pillar rating drops to Above Average from High after the firm announced that lead manager Helen Marsh will retire at the end of March 2027.",
        "Marsh has run the strategy since its 2009 launch and built its distinctive approach: a concentrated portfolio of 40 to 50 companies with durable cash flows, bought only when their dividend yield is at least 1.25 times that of the MSCI World Index. Comanager Raj Iyer, who joined the team in 2014 and has been a named manager since 2019, will take over as lead.",
        "Process",
        "The process remains well defined and repeatable. The team screens for companies with at least 10 years of dividend history and net debt below 2.5 times EBITDA, then spends most of its time on the sustainability of payouts. That discipline kept the fund out of the highest-yielding European banks and telecoms that cut dividends in 2020.",
        "People",
        "Iyer is an experienced investor, and the team's six analysts are unchanged. Still, Marsh's departure removes the person who has made the final call on every position for 17 years, and we want to see how Iyer handles a full market cycle before restoring a High rating.",
        "Performance",
        "Results have been solid. The Institutional shares' 10-year annualized return through October of 8.9% beat the global large-value category average by 1.4 percentage points, with lower volatility. The fund lagged in 2023 and 2024, when growth stocks led the market, but held up better in the 2022 sell-off.",
        "Share class | Expense ratio | 3-yr return | 10-yr return",
        "Institutional | 0.68% | 9.4% | 8.9%",
        "Investor | 0.94% | 9.1% | 8.6%",
        "Category average | 0.97% | 8.2% | 7.5%",
        "Price",
        "Fees are a strength. The Institutional shares' 0.68% expense ratio is among the cheapest fifth of comparable share classes, which supports the Silver rating even as we lower our conviction in the team.",
    ]
    def tr(row, th=False):
        cells = row.split(" | ")
        tag = "th" if th else "td"
        return "<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in cells) + "</tr>"
    html = f"""<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8">
<title>Northgate Global Dividend Fund: A Steady Hand Loses Its Manager | Morningstar</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="Morningstar, Inc.">
<meta name="author" content="Tom Halvorsen">
<meta property="article:published_time" content="2026-11-24T14:30:00+00:00">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"Article","headline":"{title}","author":{{"@type":"Person","name":"Tom Halvorsen"}},"datePublished":"2026-11-24T14:30:00+00:00"}}</script>
{HEAD_SCRIPTS}
<script>window.__NUXT__={{"state":{{"user":null,"article":"ng-dividend"}}}}</script>
</head><body>
<div class="mdc-site-header"><nav class="mdc-nav"><a href="/">Morningstar</a><a href="/funds">Funds</a><a href="/stocks">Stocks</a><a href="/portfolios">Portfolios</a><a href="/sign-in">Sign In</a></nav></div>
<div class="mdc-cookie-banner"><p>This site uses cookies. By continuing to use this site you consent to our use of cookies as described in our Cookie Policy.</p></div>
<main class="mdc-page">
<article class="mdc-article">
<div class="mdc-article-header"><span class="mdc-tag">Funds</span><h1>{title}</h1>
<p class="mdc-article-summary">{summary}</p>
<div class="mdc-byline"><a href="/authors/tom-halvorsen">Tom Halvorsen</a> <span>Nov 24, 2026</span></div>
<div class="mdc-share"><a>Share</a><a>Print</a></div></div>
<div class="mdc-article-body">
<p><strong>Analyst Note</strong></p>
<p>{paras[0]}</p>
<p>{paras[1]}</p>
<h2>{paras[2]}</h2><p>{paras[3]}</p>
<h2>{paras[4]}</h2><p>{paras[5]}</p>
<h2>{paras[6]}</h2><p>{paras[7]}</p>
<table class="mdc-table"><thead>{tr(paras[8], True)}</thead><tbody>{tr(paras[9])}{tr(paras[10])}{tr(paras[11])}</tbody></table>
<p class="mdc-table-source">Source: Morningstar Direct. Data as of Oct. 31, 2026.</p>
<h2>{paras[12]}</h2><p>{paras[13]}</p>
</div>
<div class="mdc-author-bio"><h3>About the Author</h3><p>Tom Halvorsen is a senior analyst covering global equity strategies for Morningstar Research Services.</p></div>
<div class="mdc-disclosure"><p>The author or authors do not own shares in any securities mentioned in this article. Find out about Morningstar's editorial policies.</p></div>
</article>
<aside class="mdc-sidebar"><h3>Sponsor Center</h3><p><a href="#">Transparency is how we protect the integrity of our work and keep empowering investors to achieve their goals.</a></p><h3>More in Funds</h3><ul><li><a href="#">The Best Bond Funds to Own in 2027</a></li><li><a href="#">3 Cheap Index Funds for Your IRA…</a></li></ul></aside>
</main>
<footer class="mdc-footer"><p>© Copyright 2026 Morningstar, Inc. All rights reserved.</p><p>The information, data, analyses and opinions contained herein are provided solely for informational purposes and do not constitute investment advice.</p></footer>
</body></html>"""
    page("en_morningstar", "https://www.morningstar.com/funds/northgate-global-dividend-fund-steady-hand-loses-its-manager", html, {
        "title": title, "authors": ["Tom Halvorsen"], "language": "en",
        "body": paras, "headings": [paras[2], paras[4], paras[6], paras[12]],
        "boilerplate": [
            "This site uses cookies.", summary, "Analyst Note",
            "Source: Morningstar Direct. Data as of Oct. 31, 2026.",
            "About the Author",
            "Tom Halvorsen is a senior analyst covering global equity strategies",
            "The author or authors do not own shares in any securities mentioned in this article.",
            "Sponsor Center", "The Best Bond Funds to Own in 2027", "3 Cheap Index Funds for Your IRA",
            "© Copyright 2026 Morningstar, Inc. All rights reserved.",
            "The information, data, analyses and opinions contained herein",
        ],
    })

    # ---------------------------------------------------------------- 5. Globe and Mail-like
    title = "TD to cut 2,000 jobs as it resets U.S. strategy after money-laundering fine"
    paras = [
        "Toronto-Dominion Bank says it will eliminate about 2,000 positions and close 38 U.S. branches as it restructures its American retail business, which remains under an asset cap imposed by regulators after the bank's record money-laundering settlement.",
        "The bank disclosed the cuts on Monday alongside a $1.1-billion restructuring charge for its fourth quarter, which ended Oct. 31. About two-thirds of the jobs are in the United States, and the rest are in Canadian technology and back-office functions.",
        "\"We are making difficult choices to simplify the bank and redeploy capital to where we can earn the best returns,\" chief executive Raymond Chun told analysts on a conference call.",
        "TD pleaded guilty last year to violating the U.S. Bank Secrecy Act and agreed to pay roughly US$3-billion in penalties. As part of the settlement, U.S. regulators capped the assets of its two American banking subsidiaries at US$434-billion, limiting the lender's ability to grow in what had been its main expansion market.",
        "Since then, the bank has sold about US$25-billion of U.S. residential mortgages and other loans to stay below the cap, and has hired hundreds of compliance staff. Mr. Chun said the remediation program was on schedule and that the bank expects to complete most of the work by 2027.",
        "Analysts said the cuts were in line with the targets TD laid out at its investor day in September, when it promised $2-billion to $2.5-billion in annual cost savings.",
        "\"Investors will focus less on the charge and more on whether the U.S. franchise can get back to growth once the cap is lifted,\" said Meny Grauman, an analyst at Scotiabank, in a note to clients.",
        "TD shares rose 1.2 per cent to $97.84 on the Toronto Stock Exchange on Monday. They have gained about 24 per cent this year, lagging Royal Bank of Canada and Bank of Montreal.",
        "The bank is scheduled to report its full fourth-quarter results on Dec. 4.",
    ]
    html = f"""<!DOCTYPE html>
<html lang="en-CA"><head><meta charset="utf-8">
<title>TD to cut 2,000 jobs as it resets U.S. strategy after money-laundering fine - The Globe and Mail</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="The Globe and Mail">
<meta name="description" content="Bank also takes $1.1-billion restructuring charge">
<meta property="article:published_time" content="2026-11-24T11:02:00-05:00">
<meta property="article:section" content="Business">
<script type="application/ld+json">{{"@context":"http://schema.org","@type":"NewsArticle","headline":"{title}","author":[{{"@type":"Person","name":"James Bradshaw"}}],"datePublished":"2026-11-24T11:02:00-05:00","isAccessibleForFree":"False"}}</script>
{HEAD_SCRIPTS}
</head><body>
<header class="c-header"><nav><a href="/">The Globe and Mail</a><a href="/business/">Business</a><a href="/investing/">Investing</a><a href="/canada/">Canada</a><a href="/subscribe/">Subscribe</a><a href="/login">Log In</a></nav></header>
<main>
<div class="c-article-header"><ol class="breadcrumb"><li><a href="/business/">Business</a></li><li><a href="/business/banking/">Banking</a></li></ol>
<h1 class="c-primary-title">{title}</h1>
<p class="c-standfirst">Bank also takes $1.1-billion restructuring charge as it works under U.S. asset cap</p>
<div class="c-byline"><span class="c-author"><a href="/authors/james-bradshaw/">James Bradshaw</a></span> <span class="c-author-role">Banking Reporter</span><span class="c-byline-org">Toronto</span><p class="c-timestamp">Published November 24, 2026</p></div>
<div class="c-article-tools"><button>Share</button><button>Bookmark</button><span>Please log in to bookmark this story.</span><a href="#comments">Leave your comment</a><button>Listen to this article</button></div>
</div>
<figure class="c-figure"><img src="/td.jpg"><figcaption><p>Open this photo in gallery:</p><p>TD Bank signage in Toronto's financial district.</p><p>Fred Lum/The Globe and Mail</p></figcaption></figure>
<article class="c-article-body">
{ps(paras[0:3])}
<div class="c-newsletter"><p class="c-newsletter__title">Business Brief</p><p>Sign up for the Business Brief newsletter to get the day's top business headlines.</p><a>Sign up</a></div>
{ps(paras[3:6])}
<div class="c-related-inline"><p>Read more: <a href="/business/td-asset-cap">TD's U.S. asset cap: What it means for investors</a></p></div>
{ps(paras[6:9])}
<p class="c-report-error"><a href="/report-an-error/">Report an editorial error</a></p>
<p class="c-editorial-guidelines"><a href="/editorial-guidelines/">Report a technical issue</a></p>
<p>Editorial code of conduct</p>
</article>
<section class="c-follow-topics"><h3>Follow related authors and topics</h3><ul><li>James Bradshaw <a>Follow</a></li><li>Toronto-Dominion Bank <a>Follow</a></li></ul><p>Authors and topics you follow will be added to your personal news feed in Following.</p></section>
<section id="comments" class="c-comments"><h3>Comments</h3><p>Welcome to The Globe and Mail's comment community. This is a space where subscribers can engage with each other and Globe staff.</p></section>
<section class="c-more"><h3>More from Business</h3><ul><li><a>RBC profit tops estimates on capital-markets strength</a></li><li><a>Why Canadian bank dividends are safer than they look…</a></li></ul></section>
</main>
<footer class="c-footer"><p>© Copyright 2026 The Globe and Mail Inc. All rights reserved.</p><p>351 King Street East, Suite 1600, Toronto, ON Canada, M5A 0N1</p></footer>
</body></html>"""
    page("en_globe", "https://www.theglobeandmail.com/business/article-td-to-cut-2000-jobs-us-strategy-reset/", html, {
        "title": title, "authors": ["James Bradshaw"], "language": "en",
        "body": paras, "headings": [],
        "boilerplate": [
            "Bank also takes $1.1-billion restructuring charge as it works under U.S. asset cap",
            "Banking Reporter", "Please log in to bookmark this story.", "Leave your comment",
            "Listen to this article", "Open this photo in gallery:",
            "TD Bank signage in Toronto's financial district.", "Fred Lum/The Globe and Mail",
            "Sign up for the Business Brief newsletter",
            "TD's U.S. asset cap: What it means for investors",
            "Report an editorial error", "Report a technical issue", "Editorial code of conduct",
            "Follow related authors and topics",
            "Authors and topics you follow will be added to your personal news feed",
            "Welcome to The Globe and Mail's comment community.",
            "More from Business", "RBC profit tops estimates on capital-markets strength",
            "Why Canadian bank dividends are safer than they look",
            "© Copyright 2026 The Globe and Mail Inc. All rights reserved.",
        ],
    })
