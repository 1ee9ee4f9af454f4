"""English pages of the final blind set (see _build.py)."""

from __future__ import annotations

import html
import json

from _build import H, LI, P, RAW, TR, render, render_text, write_page

UTF8 = {"Content-Type": "text/html; charset=utf-8"}


def jsonld(obj) -> str:
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False) + "</script>"


# --------------------------------------------------------------------------------------------
def ap_wire():
    title = "Wall Street drifts lower as traders weigh the Fed's next move and a jump in oil prices"
    items = [
        P("NEW YORK (AP) — Wall Street drifted lower on Wednesday as traders weighed fresh signals about "
          "where interest rates are headed and a sharp jump in the price of crude oil."),
        P("The S&P 500 fell 0.4% after flipping between small gains and losses for much of the morning. "
          "The Dow Jones Industrial Average slipped 112 points, or 0.3%, and the Nasdaq composite lost 0.6%."),
        RAW('<div class="ad-unit" data-ad="inline-1"><span class="ad-label">Advertisement</span>'
            '<div id="gpt-ad-1"></div></div>'),
        P("Benchmark U.S. crude climbed 3.1% to $81.45 per barrel after a report showed inventories fell by "
          "far more than analysts had expected last week. Brent crude, the international standard, rose 2.8%."),
        P("Energy stocks were among the few bright spots. Exxon Mobil rose 1.9% and Halvorsen Drilling "
          "jumped 6.2% after raising its forecast for the year. Airlines went the other way, with fuel "
          "costs in focus. Northway Air sank 4.4%."),
        RAW('<aside class="related-inline"><h4>RELATED COVERAGE</h4><ul>'
            '<li><a href="/article/oil-inventories-report">Oil inventories drop by the most since January</a></li>'
            '<li><a href="/article/mortgage-rates-week">Average long-term US mortgage rate dips for a third week</a></li>'
            '</ul></aside>'),
        P("Treasury yields also moved higher. The yield on the 10-year Treasury rose to 4.31% from 4.26% "
          "late Tuesday. The two-year yield, which more closely tracks expectations for the Federal Reserve, "
          "climbed to 4.78%."),
        P("Traders are trying to figure out how many times the Fed will cut its main interest rate this "
          "year, if at all. Inflation has cooled from its peak, but progress has been bumpy, and several "
          "Fed officials have said they want to see more evidence before easing."),
        P("\"The market has gone from expecting six cuts to maybe two, and it's still not sure about "
          "those two,\" said Rosa Delgado, chief market strategist at Pinecrest Advisors. \"Every data point "
          "is getting a lot of weight right now.\""),
        RAW('<div class="ad-unit"><span class="ad-label">Advertisement</span></div>'),
        P("A report on Thursday will show how much inflation is hitting wholesale prices, and economists "
          "expect it to show a slight acceleration from the month before."),
        P("In stock markets abroad, indexes were mixed in Europe after a mostly lower finish in Asia. "
          "Tokyo's Nikkei 225 fell 0.8%, while stocks in Hong Kong rose 0.5%."),
        P("Shares of Brightline Software fell 9.7% after the company said its chief financial officer "
          "would step down at the end of the quarter. It also gave a revenue forecast below analysts' "
          "estimates, saying customers were taking longer to sign large contracts."),
        P("On the winning side, Caldera Foods rose 5.3% after reporting stronger profit than expected, "
          "helped by lower costs for grain and packaging."),
    ]
    bp = [
        "Advertisement",
        "RELATED COVERAGE",
        "Oil inventories drop by the most since January",
        "Average long-term US mortgage rate dips for a third week",
        "AP Business Writers Elaine Park and Matt Horvath contributed.",
        "Copyright 2024 The Associated Press. All Rights Reserved.",
        "This material may not be published, broadcast, rewritten or redistributed without permission.",
        "Stock market today: Asian shares mixed after Wall Street's record run",
        "Share",
        "Most read",
    ]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": "2024-06-12T14:07:31Z", "dateModified": "2024-06-12T16:22:05Z",
          "author": [{"@type": "Person", "name": "Marta Keller"}, {"@type": "Person", "name": "Dan Osei"}],
          "publisher": {"@type": "Organization", "name": "Associated Press Wire"}}
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{html.escape(title)} | AP Wire</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Wall Street drifted lower on Wednesday as traders weighed fresh signals about where interest rates are headed.">
<meta property="og:title" content="{html.escape(title)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="AP Wire">
<meta property="article:published_time" content="2024-06-12T14:07:31Z">
<meta name="author" content="MARTA KELLER, DAN OSEI">
<link rel="canonical" href="https://apwire-news.com/article/stock-markets-fed-rates-oil-3f9a2c71d0e84b5">
{jsonld(ld)}
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"section":"business","pageType":"article"}});</script>
<style>.ad-label{{font-size:10px;text-transform:uppercase}}</style>
</head><body>
<div id="onetrust-banner-sdk" class="cookie-banner"><p>We use cookies to personalize content and ads, to provide social media features and to analyze our traffic. We also share information about your use of our site with our social media, advertising and analytics partners.</p><a href="/privacy">Cookie Settings</a> <a href="#">Accept All Cookies</a></div>
<header class="Page-header"><a class="logo" href="/">AP</a>
<nav><ul><li><a href="/us-news">U.S. News</a></li><li><a href="/world-news">World News</a></li><li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li><li><a href="/science">Science</a></li></ul></nav>
<a class="donate" href="/donate">Donate</a></header>
<main class="Page-main"><div class="Page-content">
<div class="Page-breadcrumbs"><a href="/business">Business</a></div>
<h1 class="Page-headline">{html.escape(title)}</h1>
<div class="Page-byline"><div class="Page-authors">By <a href="/author/marta-keller">MARTA KELLER</a> and <a href="/author/dan-osei">DAN OSEI</a></div>
<div class="Page-byline-info">AP Business Writers</div>
<bsp-timestamp data-timestamp="1718201251000"><span>Updated 12:22 PM EDT, June 12, 2024</span></bsp-timestamp></div>
<div class="Page-actions"><bsp-social-share><a class="share" href="#">Share</a><ul class="SocialShare"><li><a href="#">Copy Link copied</a></li><li><a href="#">Email</a></li><li><a href="#">Facebook</a></li><li><a href="#">X</a></li><li><a href="#">LinkedIn</a></li></ul></bsp-social-share></div>
<bsp-story-page class="RichTextStoryBody RichTextBody">
{render(items)}
<p><em>AP Business Writers Elaine Park and Matt Horvath contributed.</em></p>
</bsp-story-page>
<div class="Page-copyright"><p>Copyright 2024 The Associated Press. All Rights Reserved. This material may not be published, broadcast, rewritten or redistributed without permission.</p></div>
<div class="PageListStandardE"><h2 class="PageList-header-title">Most read</h2><ul>
<li><a href="/article/asia-stocks-1">Stock market today: Asian shares mixed after Wall Street's record run</a></li>
<li><a href="/article/housing-2">Home sales slump to their slowest pace since 2010 as prices hit another record</a></li>
<li><a href="/article/ev-3">Electric vehicle sales growth slows as buyers balk at prices</a></li></ul></div>
</div></main>
<footer class="Page-footer"><ul><li><a href="/about">About</a></li><li><a href="/contact">Contact Us</a></li><li><a href="/terms">Terms of Use</a></li><li><a href="/privacy">Privacy Policy</a></li></ul><p>Copyright 2024 The Associated Press. All Rights Reserved.</p></footer>
<script src="https://cdn.apwire-news.com/static/main.js" async></script>
</body></html>"""
    return write_page("final_en_ap_wire", ext="html", data=page.encode("utf-8"),
                      url="https://apwire-news.com/article/stock-markets-fed-rates-oil-3f9a2c71d0e84b5",
                      headers=UTF8, items=items, title=title, authors=["Marta Keller", "Dan Osei"],
                      language="en", boilerplate=bp,
                      notes="AP-like wire; upper-case byline names labelled in name case; contributor line is boilerplate")


# --------------------------------------------------------------------------------------------
def barrons():
    title = "Chip Stocks Have Run Hot. Why Some Fund Managers Are Taking Profits Now."
    dek = "Semiconductor shares have doubled since October. Valuations now assume years of flawless execution."
    items = [
        P("Semiconductor stocks have been the market\u2019s engine for 18 months. Some of the investors who "
          "rode them highest are starting to ease off the throttle."),
        P("The PHLX Semiconductor index has more than doubled since its low last October, lifting the "
          "group\u2019s weight in the S&P 500 to a record. Three of the 10 largest U.S. companies by market "
          "value now make or design chips."),
        P("That run has pushed valuations to levels that leave little room for error. The index trades at "
          "about 34 times expected earnings for the next 12 months, compared with a 10-year average of 19 "
          "times, according to data from Halcyon Research."),
        H("A Crowded Trade"),
        P("\u201cEveryone owns the same five names, and they own them for the same reason,\u201d says Lena "
          "Marsh, a portfolio manager at Ridgefield Capital, which manages $14 billion. \u201cWhen a trade "
          "is that crowded, it doesn\u2019t take bad news to hurt it. It just takes less good news.\u201d"),
        P("Marsh says she trimmed her fund\u2019s chip holdings by about a quarter in May, moving the money "
          "into utilities and power-equipment makers that she thinks will benefit from the same "
          "data-center buildout at lower prices."),
        RAW('<div class="barrons-ad" aria-label="Advertisement"><p class="ad-label">Advertisement - Scroll to Continue</p></div>'),
        P("Not everyone is convinced the cycle is near a peak. Orders for advanced chips remain well ahead "
          "of supply, and several large cloud providers raised their spending plans for the year in their "
          "most recent reports."),
        H("What Could Go Wrong"),
        P("Bears point to three risks: a pause in cloud spending, export restrictions that cut off large "
          "customers, and a return of the inventory gluts that have ended past chip rallies. None appears "
          "imminent, but any one of them could hit stocks priced for perfection."),
        P("Tom Aldridge, chief investment officer at Westbrook Partners, says the better approach is to "
          "rebalance rather than to sell outright. \u201cIf you had 8% in semis a year ago and it\u2019s 16% "
          "now, you didn\u2019t make a decision to double your bet. The market made it for you,\u201d he says."),
        P("For investors who want to stay exposed, Aldridge favors makers of chip equipment, whose "
          "shares have lagged the designers\u2019 and trade at about 24 times earnings."),
    ]
    bp = [
        "Write to Priya Raman at priya.raman@barronsweekly.com",
        "Appeared in the June 15, 2024, print edition as 'Chip Stocks Run Hot.'",
        "Advertisement - Scroll to Continue",
        "Copyright \u00a92024 Dow Jones & Company, Inc. All Rights Reserved.",
        "Listen (4 min)",
        "Share",
        "Resize",
        "Subscribe",
        "Sign In",
        "The Fed Isn't Ready to Cut. These Stocks Don't Care.",
        "Why Dividend Stocks Are Back in Fashion",
    ]
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": title, "description": dek,
          "datePublished": "2024-06-12T15:02:00.000Z", "dateModified": "2024-06-12T20:15:00.000Z",
          "author": {"@type": "Person", "name": "Priya Raman"}, "isAccessibleForFree": "False",
          "publisher": {"@type": "Organization", "name": "Barron's Weekly"}}
    body = render(items, p='<p data-type="paragraph">{}</p>', h='<h6 class="css-subhead">{}</h6>')
    page = f"""<!DOCTYPE html><html lang="en-US"><head>
<meta charset="utf-8"><title>{html.escape(title)} - Barron's Weekly</title>
<meta name="article.headline" content="{html.escape(title)}">
<meta property="og:title" content="{html.escape(title)}">
<meta property="og:description" content="{html.escape(dek)}">
<meta name="author" content="Priya Raman">
<meta name="article.published" content="2024-06-12T15:02:00.000Z">
<meta property="article:section" content="Tech Trader">
{jsonld(ld)}
<script>window.utag_data = {{"page_content_type":"Article","article_access":"paid"}};</script>
</head><body>
<div class="cx-cookie-consent" role="dialog"><p>This site uses cookies. By continuing to browse, you agree to our use of cookies.</p><button>OK</button></div>
<header class="masthead"><div class="masthead-top"><a href="/">Barron's Weekly</a> <a class="subscribe" href="/subscribe">Subscribe</a> <a class="signin" href="/login">Sign In</a></div>
<nav class="sections"><a href="/markets">Markets</a> <a href="/stock-picks">Stock Picks</a> <a href="/funds">Funds</a> <a href="/advisor">Advisor</a> <a href="/magazine">Magazine</a></nav></header>
<main id="main"><article class="article-wrap">
<div class="article-flashline"><a href="/topics/tech-trader">Tech Trader</a></div>
<h1 class="article-headline">{html.escape(title)}</h1>
<h2 class="article-dek">{html.escape(dek)}</h2>
<div class="article-byline"><span class="author-name">By <a href="/authors/priya-raman">Priya Raman</a></span>
<p class="timestamp">Updated June 12, 2024 4:15 pm ET / Original June 12, 2024 11:02 am ET</p></div>
<div class="article-tools"><button class="share-button">Share</button><button class="resize-button">Resize</button><button class="audio">Listen (4 min)</button></div>
<figure class="media-image"><img src="/img/chips-640.jpg" alt="Silicon wafer"><figcaption>A technician inspects a silicon wafer. <span class="credit">Photograph by Mark Lennox/Bloomberg</span></figcaption></figure>
<section class="article-body" itemprop="articleBody">
{body}
<p class="author-contact"><i>Write to Priya Raman at <a href="mailto:priya.raman@barronsweekly.com">priya.raman@barronsweekly.com</a></i></p>
<p class="print-edition">Appeared in the June 15, 2024, print edition as 'Chip Stocks Run Hot.'</p>
</section>
<div class="related-articles"><h3>Related</h3><ul>
<li><a href="/articles/fed-cut-stocks">The Fed Isn't Ready to Cut. These Stocks Don't Care.</a></li>
<li><a href="/articles/dividend-stocks">Why Dividend Stocks Are Back in Fashion</a></li></ul></div>
</article></main>
<footer><p>Copyright &copy;2024 Dow Jones &amp; Company, Inc. All Rights Reserved.</p></footer>
</body></html>"""
    # every non-ASCII character served as a numeric character reference
    data = page.encode("ascii", "xmlcharrefreplace")
    return write_page("final_en_barrons", ext="html", data=data,
                      url="https://www.barronsweekly.com/articles/chip-stocks-profits-fund-managers-7d1c2a0b",
                      headers=UTF8, items=items, title=title, authors=["Priya Raman"], language="en",
                      boilerplate=bp,
                      notes="WSJ/Barron's-like; non-ASCII as numeric entities; h6 subheads; dek is not body (unlabelled)")


# --------------------------------------------------------------------------------------------
def marketwatch():
    title = "Mortgage rates just fell to a three-month low. Here's what that means for buyers and sellers"
    items = [
        P("Mortgage rates dropped for a third straight week, giving home buyers a small break heading into "
          "what is usually the busiest stretch of the year for the housing market."),
        P("The 30-year fixed-rate mortgage averaged 6.87% in the week ending June 13, down from 6.95% the "
          "week before, according to a weekly survey by the lender Keystone Mortgage Data. That is the "
          "lowest level since early March. A year ago, the rate averaged 6.71%."),
        RAW('<p class="read-more"><strong>Read:</strong> <a href="/story/home-prices-record">Home prices hit another record in April, even as sales slowed</a></p>'),
        P("The 15-year fixed-rate mortgage averaged 6.17%, down from 6.26% the prior week."),
        P("Rates have followed the 10-year Treasury yield lower after a string of softer economic data, "
          "including a weaker-than-expected jobs report for May and a cooler reading on consumer prices."),
        H("What lower rates mean for buyers"),
        P("Even a modest decline makes a difference in monthly payments. On a $400,000 loan, the drop of "
          "roughly a quarter of a percentage point since late April saves a borrower about $65 a month. "
          "Economists said the bigger effect may be psychological."),
        P("\u201cBuyers have been waiting for a signal, and a 6-handle with a low number after it feels "
          "like one,\u201d said Gabriel Ortiz, senior economist at the brokerage Homeline. He listed three "
          "things buyers should watch:"),
        LI("whether the 10-year Treasury yield holds below 4.3%;"),
        LI("how many sellers cut their asking prices in June;"),
        LI("and whether new listings keep rising from last year's low levels."),
        RAW('<div class="mw-newsletter"><h4>Sign up for our Personal Finance Daily newsletter</h4><p>Get the day\'s most important personal finance stories in your inbox.</p><form><input type="email" placeholder="Email address"><button>Sign Up</button></form></div>'),
        H("And for sellers"),
        P("Sellers, many of whom locked in rates below 4% during the pandemic, have been reluctant to give "
          "up those loans. The number of homes for sale rose 12% from a year earlier in May, but inventory "
          "remains well below levels typical before 2020."),
        P("Ortiz said rates would need to fall closer to 6% before a large number of owners decide that "
          "moving is worth the higher payment."),
        RAW('<p class="also-read"><strong>Also read:</strong> <a href="/story/first-time-buyers">First-time buyers are older than ever. Here\'s why.</a></p>'),
        P("Applications for mortgages to buy a home rose 9% last week from the week before, according to "
          "a separate survey of lenders, though they remain 11% lower than a year ago."),
    ]
    bp = [
        "Read: Home prices hit another record in April, even as sales slowed",
        "Also read: First-time buyers are older than ever. Here's why.",
        "Sign up for our Personal Finance Daily newsletter",
        "Get the day's most important personal finance stories in your inbox.",
        "Housing market finally cooling? These cities saw the biggest price cuts",
        "Copyright \u00a92024 MarketWire. All rights reserved.",
        "Most Popular",
        "Keystone Mortgage Data (@KeystoneMortgage) June 13, 2024",
        "Getty Images",
        "Follow",
        "30-year fixed rate: 6.87%. Lowest since March. Full survey results at our site.",
    ]
    tweet = ('<blockquote class="twitter-tweet"><p lang="en" dir="ltr">30-year fixed rate: 6.87%. '
             'Lowest since March. Full survey results at our site. '
             '<a href="https://t.co/x9Qm2">pic.x.com/x9Qm2</a></p>&mdash; Keystone Mortgage Data (@KeystoneMortgage) '
             '<a href="https://x.com/KeystoneMortgage/status/1">June 13, 2024</a></blockquote>'
             '<script async src="https://platform.x.com/widgets.js" charset="utf-8"></script>')
    items.insert(5, RAW(tweet))
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": "2024-06-13T16:04:00Z",
          "author": [{"@type": "Person", "name": "Isabel Fontaine", "url": "https://www.marketwire.com/author/isabel-fontaine"}]}
    body = render(items, h='<h2 class="subhead">{}</h2>')
    page = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"/>
<title>{html.escape(title)} - MarketWire</title>
<meta name="parsely-title" content="{html.escape(title)}"/>
<meta name="parsely-section" content="Personal Finance"/>
<meta property="og:title" content="{html.escape(title)}"/>
<meta property="og:site_name" content="MarketWire"/>
<meta name="author" content="Isabel Fontaine"/>
{jsonld(ld)}
<script type="text/javascript">var mw_page = {{"id":"MW-2024-06-13-88213","type":"story"}};</script>
</head><body class="page--article">
<div class="gdpr-banner"><p>We and our partners use cookies to improve your experience. <a href="/cookies">Learn more</a></p></div>
<header class="header--primary"><nav class="nav--primary"><a href="/">Home</a><a href="/latest-news">Latest News</a><a href="/markets">Markets</a><a href="/investing">Investing</a><a href="/personal-finance">Personal Finance</a><a href="/retirement">Retirement</a></nav></header>
<div class="container container--body"><div class="region region--primary">
<div class="article__masthead"><span class="article__label">Personal Finance</span>
<h1 class="article__headline">{html.escape(title)}</h1>
<div class="article__byline"><div class="byline"><a class="author" href="/author/isabel-fontaine">Isabel Fontaine</a> <button class="follow">Follow</button></div>
<time class="timestamp timestamp--pub">Published: June 13, 2024 at 12:04 p.m. ET</time></div></div>
<figure class="article__figure"><img src="/img/house-for-sale.jpg"/><figcaption class="article__caption">A house for sale in Austin, Texas. <span class="article__credit">Getty Images</span></figcaption></figure>
<div id="js-article__body" class="article__body article-wrap at16-col16 barrons-article-wrap" data-sbid="SB10001">
{body}
</div>
<div class="article__footer"><p class="copyright">Copyright &copy;2024 MarketWire. All rights reserved.</p></div>
</div>
<div class="region region--secondary"><div class="column column--aside"><h3 class="title">Most Popular</h3><ol>
<li><a href="/story/cities-price-cuts">Housing market finally cooling? These cities saw the biggest price cuts</a></li>
<li><a href="/story/social-security-cola">Social Security's cost-of-living adjustment for 2025 could be smaller than expected</a></li>
<li><a href="/story/401k-millionaires">The number of 401(k) millionaires hit a record. Here's how they did it.</a></li></ol></div></div>
</div>
<footer class="footer"><a href="/terms">Terms of Use</a> <a href="/privacy">Privacy Notice</a> <a href="/cookie">Cookie Notice</a></footer>
</body></html>"""
    return write_page("final_en_marketwatch", ext="html", data=page.encode("utf-8"),
                      url="https://www.marketwire.com/story/mortgage-rates-three-month-low-buyers-sellers-11718293011",
                      headers=UTF8, items=items, title=title, authors=["Isabel Fontaine"], language="en",
                      boilerplate=bp,
                      notes="MarketWatch-like; body list kept; embedded X post is not body; inline Read:/Also read: links are boilerplate")


# --------------------------------------------------------------------------------------------
def bi_listicle():
    title = "Wall Street's top strategists name 5 stocks set to win from the AI power crunch"
    items = [
        LI("Data centers could use up to 9% of US electricity by 2030, up from about 4% today."),
        LI("Strategists say utilities, grid suppliers and cooling makers are the cheapest way to play the trend."),
        LI("Here are five stocks they recommend, with their upside to consensus price targets."),
        P("The artificial-intelligence boom has a power problem, and Wall Street thinks investors can profit "
          "from it."),
        P("Training and running large AI models takes enormous amounts of electricity. Utilities in Virginia, "
          "Texas and Arizona have told regulators that requests from data-center developers have jumped, and "
          "some have warned that new projects could face waits of several years to connect to the grid."),
        P("That has turned a sleepy corner of the market into one of its best performers. The utilities "
          "sector is up 14% this year, second only to technology."),
        RAW('<div class="inline-newsletter"><p class="headline">Sign up to get the inside scoop on today\'s biggest stories in markets, tech, and business \u2014 delivered daily.</p><a href="/newsletters">Read preview</a></div>'),
        P("We asked strategists at five firms for their favorite picks. Here's what they said."),
        H("1. Vistra"),
        P("Ticker: VST"),
        P("Strategists at Carver Brothers like the power producer's fleet of gas and nuclear plants in Texas, "
          "where demand from data centers is growing fastest. They see the stock rising 22% over the next year."),
        H("2. Eaton"),
        P("Ticker: ETN"),
        P("The electrical-equipment maker sells the switchgear and transformers that every new data center "
          "needs. Its backlog has grown for 11 straight quarters."),
        RAW('<div class="ad-wrapper"><span>Advertisement</span></div>'),
        H("3. Vertiv"),
        P("Ticker: VRT"),
        P("Vertiv makes cooling systems for servers. Liquid cooling, which AI chips increasingly require, "
          "could be a $15 billion market by 2028, according to Fairmont Securities."),
        RAW('<div class="read-next-inline"><p><span>Read next</span></p><a href="/nvidia-earnings">Nvidia just did it again</a></div>'),
        H("4. Constellation Energy"),
        P("Ticker: CEG"),
        P("The largest US operator of nuclear plants has signed long-term supply deals with two cloud "
          "providers. Nuclear power runs around the clock and emits no carbon, a combination tech companies "
          "prize."),
        H("5. Quanta Services"),
        P("Ticker: PWR"),
        P("Someone has to build the transmission lines. Quanta, a contractor for utilities, is expected to "
          "grow earnings by about 18% a year through 2026, analysts estimate."),
    ]
    bp = [
        "Sign up to get the inside scoop on today's biggest stories in markets, tech, and business \u2014 delivered daily.",
        "Read preview",
        "Advertisement",
        "Read next",
        "Nvidia just did it again",
        "Jump to",
        "Main content",
        "Search",
        "Account",
        "Recommended video",
        "Share",
        "Save",
        "Lisa Ming is a senior markets reporter at Business Intel, covering stocks and the economy.",
        "Sarah Kowalski/Business Intel",
        "Keep reading",
        "Utility stocks are the new tech stocks",
        "Investors are piling into the sleepiest part of the market as power demand soars and...",
        "The uranium trade is back",
    ]
    body = render(items, h='<h2 class="slide-title-text">{}</h2>',
                  ul=('<ul class="summary-list">', "</ul>"))
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": "2024-06-12T10:15:02Z", "author": {"@type": "Person", "name": "Lisa Ming"}}
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8">
<title>{html.escape(title)} - Business Intel</title>
<meta property="og:title" content="5 stocks set to win from the AI power crunch, according to Wall Street">
<meta name="description" content="Data centers could use up to 9% of US electricity by 2030.">
<meta name="author" content="Lisa Ming">
{jsonld(ld)}
</head><body>
<a class="skip-link" href="#main-content">Jump to</a> <a href="#main-content">Main content</a> <a href="/search">Search</a> <a href="/account">Account</a>
<div class="cookie-consent-banner"><p>We use cookies and similar technologies. By clicking "Accept", you consent to the use of cookies.</p><button>Accept</button><button>Manage</button></div>
<header class="vertical-header"><nav><a href="/markets">Markets</a><a href="/tech">Tech</a><a href="/economy">Economy</a><a href="/personal-finance">Personal Finance</a></nav></header>
<main id="main-content"><article class="post-content">
<div class="post-breadcrumbs"><a href="/markets">Markets</a></div>
<h1 class="post-headline">{html.escape(title)}</h1>
<div class="byline-wrapper"><div class="byline-author"><a href="/author/lisa-ming">Lisa Ming</a></div>
<div class="byline-timestamp">Jun 12, 2024, 6:15 AM EDT</div>
<div class="share-wrapper"><button>Share</button><button>Save</button></div></div>
<figure class="lead-image"><img src="/img/power-lines.jpg" alt="Power lines"><figcaption class="image-source">Sarah Kowalski/Business Intel</figcaption></figure>
<div class="video-player"><p>Recommended video</p></div>
<div class="content-lock-content">
{body}
</div>
<div class="post-author-bio"><p>Lisa Ming is a senior markets reporter at Business Intel, covering stocks and the economy.</p></div>
<section class="more-from"><h2>Keep reading</h2><ul>
<li><a href="/utility-stocks"><span>Utility stocks are the new tech stocks</span><p>Investors are piling into the sleepiest part of the market as power demand soars and...</p></a></li>
<li><a href="/uranium"><span>The uranium trade is back</span><p>Prices for the nuclear fuel have tripled in three years, and miners are struggling to...</p></a></li></ul></section>
</article></main>
<footer class="site-footer"><p>* Copyright &copy; 2024 Business Intel Inc. All rights reserved.</p><a href="/terms">Terms of Service</a></footer>
</body></html>"""
    return write_page("final_en_bi_listicle", ext="html", data=page.encode("utf-8"),
                      url="https://www.businessintel.com/ai-power-demand-stocks-to-buy-utilities-strategists-2024-6",
                      headers=UTF8, items=items, title=title, authors=["Lisa Ming"], language="en",
                      boilerplate=bp,
                      notes="Business Insider-like listicle; Key Points summary bullets kept as body; numbered subheads are headings; 'Ticker:' lines are body")


# --------------------------------------------------------------------------------------------
def economist():
    title = "Europe's central bankers are running out of reasons to wait"
    rubric = "Inflation is falling faster than they expected. Growth is not picking up"
    paras = [
        "has rarely been so eager to look past good news. Inflation in the euro area fell to 2.3% in May, "
        "within touching distance of the European Central Bank\u2019s target, and underlying price growth "
        "is slowing too. Yet officials in Frankfurt insist that the job is not done, and that cuts to "
        "interest rates must come slowly.",
        "Their caution has a logic. Wages in the euro zone are still rising by more than 4% a year, well "
        "above the pace consistent with 2% inflation, given weak productivity growth. Services prices, "
        "which depend heavily on labour costs, have barely slowed. Policymakers were burned in 2021, when "
        "they dismissed rising prices as transitory; few want to be accused of complacency twice.",
        "But the costs of waiting are mounting. The economy grew by just 0.3% in the first quarter, and "
        "surveys of purchasing managers suggest little acceleration since. Bank lending to firms has "
        "stalled. In Germany, the bloc\u2019s biggest economy, industrial output is lower than it was in "
        "2015. Real interest rates\u2014the nominal rate minus expected inflation\u2014are now higher than "
        "at any point since the global financial crisis, and they rise further each month that inflation "
        "falls and policy stays put.",
        "Markets expect only two more cuts this year. Some economists think that is too timid. Analysis by "
        "Marguerite Lenoir of Banque Orleans suggests that the wage pressure officials fret about is "
        "largely backward-looking: pay deals struck in 2023 compensated workers for past inflation, and "
        "newer agreements are settling at lower rates. If she is right, the wage data will soften later "
        "this year, by which point policy will have been too tight for too long.",
        "There is also the matter of America. With the Federal Reserve in no hurry to ease, a faster pace "
        "of cuts in Europe would weaken the euro and raise the cost of imports, which some officials see "
        "as a reason for restraint. Yet the euro has already fallen modestly against the dollar without "
        "any sign of a jump in import prices.",
        "The ECB has spent two years proving that it takes inflation seriously. Its next test is whether "
        "it can recognise when the fight is over. Waiting for perfect data is itself a choice, and an "
        "increasingly expensive one. \u25a0",
    ]
    # drop cap + small caps: the page reads "THE ECB has rarely ..."
    items = [P("THE ECB " + paras[0])] + [P(t) for t in paras[1:]]
    first = ('<p class="article__body-text article__body-text--dropcap" data-component="paragraph">'
             '<span data-caps="initial">T</span><small>HE</small> <small>ECB</small> '
             + html.escape(paras[0], quote=False) + "</p>")
    rest = render([P(t) for t in paras[1:]], p='<p class="article__body-text" data-component="paragraph">{}</p>')
    rest = rest.replace("ECB", "<small>ECB</small>")
    bp = [
        "This article appeared in the Finance & economics section of the print edition under the headline "
        "\"Running out of reasons\"",
        "Reuse this content",
        "Explore more",
        "Subscribers to The Economica can sign up to our new Opinion newsletter, which brings together the "
        "best of our leaders, columns, guest essays and reader correspondence.",
        "More from Finance & economics",
        "Why Japanese investors are finally buying stocks",
        "Listen to this story.",
        "Enjoy more audio and podcasts on iOS or Android.",
        "Your browser does not support the <audio> element.",
        "Illustration: Ana Kova",
        "Private credit's first real test",
        "A new tax-free account is changing habits of a lifetime",
    ]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "description": rubric,
          "datePublished": "2024-06-13T13:42:12.345Z", "articleSection": "Finance & economics",
          "author": {"@type": "Organization", "name": "The Economica"},
          "publisher": {"@type": "Organization", "name": "The Economica"}}
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/>
<title>{html.escape(title)}</title>
<meta property="og:title" content="{html.escape(title)}"/>
<meta property="og:description" content="{html.escape(rubric)}"/>
<meta property="og:site_name" content="The Economica"/>
<meta property="article:section" content="Finance &amp; economics"/>
<meta property="article:published_time" content="2024-06-13T13:42:12.345Z"/>
{jsonld(ld)}
<script id="__NEXT_DATA__" type="application/json">{{"props":{{"pageProps":{{"cp2Content":{{"headline":"{html.escape(title)}"}}}}}}}}</script>
</head><body>
<div id="sp_message_container" class="cookie-consent"><p>We use cookies to tailor your experience and measure performance.</p></div>
<div class="ds-masthead"><a href="/">The Economica</a> <a href="/weeklyedition">Weekly edition</a> <a href="/the-world-in-brief">The world in brief</a> <a href="/subscribe">Subscribe</a> <a href="/login">Log in</a></div>
<main role="main"><article class="article" id="content">
<header class="article__header"><span class="article__section"><a href="/finance-and-economics">Finance &amp; economics</a></span> | <span class="article__dateline">Frankfurt</span>
<h1 class="article__headline">{html.escape(title)}</h1>
<h2 class="article__description">{html.escape(rubric)}</h2>
<time datetime="2024-06-13T13:42:12.345Z">Jun 13th 2024</time>
<div class="article__audio"><p>Listen to this story.</p><p>Enjoy more audio and podcasts on <a href="#">iOS</a> or <a href="#">Android</a>.</p><audio controls><p>Your browser does not support the &lt;audio&gt; element.</p></audio></div>
</header>
<section class="article__body">
<figure class="article__lead-image"><img src="/img/frankfurt.jpg"/><figcaption>Illustration: Ana Kova</figcaption></figure>
{first}
{rest}
<p class="article__footnote" data-component="footnote">This article appeared in the Finance &amp; economics section of the print edition under the headline "Running out of reasons"</p>
<div class="newsletter-promo"><p>Subscribers to The Economica can sign up to our new Opinion newsletter, which brings together the best of our leaders, columns, guest essays and reader correspondence.</p></div>
</section>
<div class="article__tags"><h3>Explore more</h3><a href="/topics/european-central-bank">European Central Bank</a> <a href="/topics/interest-rates">Interest rates</a></div>
<a class="reuse" href="/rights">Reuse this content</a>
<section class="more-from"><h3>More from Finance &amp; economics</h3>
<div><a href="/fe/japan-stocks"><h4>Why Japanese investors are finally buying stocks</h4><p>A new tax-free account is changing habits of a lifetime</p></a></div>
<div><a href="/fe/private-credit"><h4>Private credit's first real test</h4><p>Defaults are rising among borrowers that banks would not touch</p></a></div></section>
</article></main>
<footer><p>Copyright &copy; The Economica Newspaper Limited 2024. All rights reserved.</p></footer>
</body></html>"""
    return write_page("final_en_economist", ext="html", data=page.encode("utf-8"),
                      url="https://www.economica.com/finance-and-economics/2024/06/13/europes-central-bankers-are-running-out-of-reasons-to-wait",
                      headers=UTF8, items=items, title=title, authors=[], language="en", boilerplate=bp,
                      notes="Economist-like; drop cap in a span + small caps ('THE ECB'); rubric not body (unlabelled); anonymous, authors []")


# --------------------------------------------------------------------------------------------
def nikkei():
    title = "Japan's megabanks brace for first rate rise windfall in 17 years"
    items = [
        P("TOKYO -- Japan's three largest banks expect net interest income to climb by a combined 1.2 "
          "trillion yen ($7.6 billion) over the next three years as the Bank of Japan moves away from "
          "negative interest rates, according to plans presented to investors this week."),
        P("The forecasts mark a turning point for lenders that have struggled to make money from deposits "
          "and loans for more than a decade. Domestic lending margins at the big banks fell to around 0.5 "
          "percentage point last year, among the lowest in the developed world."),
        RAW('<div class="read-next"><span class="read-next__label">Read Next</span><a href="/Business/Finance/Regional-banks-merge">Japan regional banks accelerate mergers as deposits shrink</a></div>'),
        H("Deposits become valuable again"),
        P("With short-term rates now above zero, the deposits that banks hold have value again. "
          "Sakura Trust Financial, the smallest of the three, said it would raise the interest it pays on ordinary savings accounts "
          "for the first time since 2007, a move intended to defend its customer base from online banks."),
        P("\"For a long time deposits were a cost for us. Now they are a source of profit, and we have to "
          "compete for them,\" said Hiroshi Tanabe, the group's chief financial officer, at a briefing in Tokyo."),
        RAW('<figure class="article-image"><img src="/img/tokyo-banks.jpg"><figcaption>Bank branches in Tokyo\'s Marunouchi district. Lenders are raising deposit rates for the first time in years. (Photo by Taro Yamada)</figcaption></figure>'),
        H("Risks in bond portfolios"),
        P("Higher rates also bring risks. Banks hold large amounts of Japanese government bonds whose "
          "prices fall when yields rise. Unrealized losses on bond holdings at the three groups reached "
          "about 2 trillion yen at the end of March, though executives said the losses were manageable and "
          "that they had shortened the maturity of their portfolios."),
        P("Regional banks, which rely more heavily on bond income, face a tougher adjustment. Analysts at "
          "Kaito Securities estimate that about a third of the country's roughly 100 regional lenders "
          "could see profits fall if long-term yields climb above 1.5%."),
        P("Shares of the megabanks have risen about 40% over the past year, outpacing the Topix index. "
          "Some investors say much of the good news is now priced in, and are watching whether the banks "
          "use their new earnings to raise dividends or buy back more stock."),
    ]
    bp = [
        "Read Next",
        "Japan regional banks accelerate mergers as deposits shrink",
        "Bank branches in Tokyo's Marunouchi district. Lenders are raising deposit rates for the first time in years. (Photo by Taro Yamada)",
        "Copyright \u00a9 2024 Nikko Asia Review. No reproduction without permission.",
        "Subscribe to read",
        "Latest on Markets",
        "Get the Nikko Asia Review app",
        "Kenji Morita, Nikko staff writer",
    ]
    body = render(items, p='<p class="article-body__paragraph">{}</p>', h='<h2 class="article-body__heading">{}</h2>')
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": "2024-06-13T07:00:00+09:00",
          "author": [{"@type": "Person", "name": "KENJI MORITA"}]}
    page = f"""<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="utf-8">
<title>{html.escape(title)} - Nikko Asia Review</title>
<meta property="og:title" content="{html.escape(title)}">
<meta property="og:site_name" content="Nikko Asia Review">
<meta name="cXenseParse:author" content="KENJI MORITA">
<meta property="article:published_time" content="2024-06-13T07:00:00+09:00">
{jsonld(ld)}
<script>window.NAR={{"article":{{"id":"N-20240613-0071"}}}};</script>
</head><body>
<div class="app-banner"><p>Get the Nikko Asia Review app</p><a href="/app">Open</a></div>
<header class="header"><nav class="global-nav"><a href="/Politics">Politics</a><a href="/Economy">Economy</a><a href="/Business">Business</a><a href="/Markets">Markets</a><a href="/Tech">Tech</a><a href="/Opinion">Opinion</a></nav></header>
<div class="breadcrumb"><ol><li><a href="/Business">Business</a></li><li><a href="/Business/Finance">Finance</a></li></ol></div>
<main><article class="article">
<div class="article-header"><ul class="article-header__tags"><li><a href="/Spotlight/Japan-interest-rates">Japan interest rates</a></li></ul>
<h1 class="article-header__title"><span>{html.escape(title)}</span></h1>
<p class="article-header__sub-title">Net interest income seen rising 1.2tn yen as BOJ normalizes policy</p>
<div class="article-header__byline"><a href="/Editor-s-Picks/Authors/Kenji-Morita">Kenji Morita</a>, Nikko staff writer</div>
<div class="timestamp">June 13, 2024 07:00 JST</div></div>
<figure class="article-hero"><img src="/img/megabanks.jpg"><figcaption>The three megabanks expect higher deposit margins. (Photo by Ken Sato)</figcaption></figure>
<div class="ezrzqyrl0 article-body" data-trackable="article-body">
{body}
</div>
<div class="paywall-hint"><p>Subscribe to read</p></div>
<aside class="latest"><h3>Latest on Markets</h3><ul><li><a href="/m/1">Nikkei hits one-month high on chip rally</a></li><li><a href="/m/2">Yen slides past 157 per dollar</a></li></ul></aside>
</article></main>
<footer><p>Copyright &copy; 2024 Nikko Asia Review. No reproduction without permission.</p></footer>
</body></html>"""
    return write_page("final_en_nikkei", ext="html", data=page.encode("utf-8"),
                      url="https://asia.nikkoreview.com/Business/Finance/Japan-s-megabanks-brace-for-first-rate-rise-windfall-in-17-years",
                      headers=UTF8, items=items, title=title, authors=["Kenji Morita"], language="en",
                      boilerplate=bp,
                      notes="Nikkei Asia-like; 'TOKYO --' dateline kept; sub-title (dek) not body; byline 'Name, Nikko staff writer'")


# --------------------------------------------------------------------------------------------
def scmp():
    title = "Hong Kong IPO market revives as mainland firms rush to list, but investors stay picky"
    items = [
        P("Hong Kong\u2019s market for initial public offerings is showing signs of life after its worst "
          "year in two decades, as a wave of mainland Chinese companies file to list in the city, though "
          "bankers warn that investors remain selective about what they buy."),
        P("Some 38 companies raised a combined HK$21.6 billion (US$2.76 billion) in the first five months "
          "of the year, according to data from accountancy firm Lam & Partners, up 19 per cent from a year "
          "earlier. More than 100 applications are waiting for approval from the stock exchange."),
        RAW('<div class="inline-related"><p class="inline-related__title">READ MORE</p><a href="/business/markets/article/3265011/hkex-listing-reform">HKEX unveils listing reforms to lure tech start-ups</a></div>'),
        P("Much of the pipeline consists of consumer brands and electric-vehicle suppliers that have grown "
          "large enough to tap international investors, bankers said."),
        P("\u201cThe window is open, but it is not wide open,\u201d said Florence Cheung, head of equity "
          "capital markets for Asia at Harbourview Capital. \u201cDeals that are priced sensibly get done. "
          "Deals that try to repeat the valuations of 2021 do not.\u201d"),
        RAW('<blockquote class="pull-quote"><p>\u201cThe window is open, but it is not wide open\u201d</p><cite>Florence Cheung, Harbourview Capital</cite></blockquote>'),
        P("Several recent listings have traded below their offer prices on their first day, including a "
          "bubble-tea chain and a maker of battery parts, underscoring that caution."),
        P("The city\u2019s exchange operator has introduced measures to speed up approvals and make it easier "
          "for specialist technology companies without revenue to list. Officials have also pointed to "
          "support from Beijing, which in April said it would back leading mainland firms seeking to list "
          "in Hong Kong."),
        RAW('<div class="inline-related"><p class="inline-related__title">READ MORE</p><a href="/business/article/3264880/why-mainland-firms">Why mainland firms are returning to Hong Kong for fundraising</a></div>'),
        P("Cheung said she expected fundraising for the full year to reach HK$60 billion to HK$80 billion, "
          "compared with HK$46.3 billion last year. That would still be far below the HK$332 billion "
          "raised in 2021, when the city topped global rankings."),
        P("Foreign investors, who sat out many deals last year, have started to return, particularly "
          "long-only funds from the Middle East, she added."),
    ]
    bp = [
        "READ MORE",
        "HKEX unveils listing reforms to lure tech start-ups",
        "Why mainland firms are returning to Hong Kong for fundraising",
        "Why you can trust SCMP",
        "+ FOLLOW",
        "Topic | Hong Kong stock market",
        "Sign up now and get a 10% discount (original price $400) Offer expires Jul 31",
        "Enoch Lau joined the Post in 2016 and covers capital markets and financial regulation.",
        "Conversations",
        "Trending in Business",
        "Copyright \u00a9 2024 South China Morning Courier Publishers Ltd. All rights reserved.",
    ]
    body = render(items, p='<p class="print-article-body">{}</p>')
    summary = [LI("Some 38 companies raised HK$21.6 billion in five months, up 19 per cent"),
               LI("Bankers say deals priced sensibly get done, while richly valued ones do not")]
    items = summary + items
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": "2024-06-12T19:30:12+08:00",
          "author": {"@type": "Person", "name": "Enoch Lau"},
          "publisher": {"@type": "Organization", "name": "South China Morning Courier"}}
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Hong Kong IPO market revives as mainland firms rush to list | South China Morning Courier</title>
<meta property="og:title" content="{html.escape(title)}">
<meta property="og:site_name" content="South China Morning Courier">
<meta name="cse_author" content="Enoch Lau">
{jsonld(ld)}
<script>window.__APOLLO_STATE__ = {{"Article:3265120":{{"headline":"..."}}}};</script>
</head><body>
<header class="header"><nav><a href="/news/hong-kong">Hong Kong</a><a href="/news/china">China</a><a href="/business">Business</a><a href="/tech">Tech</a><a href="/opinion">Opinion</a></nav>
<div class="subscribe-bar"><p>Sign up now and get a 10% discount (original price $400) Offer expires Jul 31</p></div></header>
<main><div class="article-wrapper">
<div class="topic-link"><a href="/topics/hong-kong-stock-market">Topic | Hong Kong stock market</a> <button>+ FOLLOW</button></div>
<h1 class="headline">{html.escape(title)}</h1>
<ul class="summary-points">{render(summary, ul=("", ""))}</ul>
<div class="author-info"><a class="author-name" href="/author/enoch-lau">Enoch Lau</a> <button>+ FOLLOW</button>
<div class="published-date">Published: 7:30pm, 12 Jun 2024</div><a href="/trust">Why you can trust SCMP</a></div>
<figure><img src="/img/hkex.jpg"><figcaption>The Exchange Square in Central, home of the stock exchange. Photo: Sam Tsang</figcaption></figure>
<div class="article-body">
{body}
</div>
<div class="author-bio"><p>Enoch Lau joined the Post in 2016 and covers capital markets and financial regulation.</p></div>
<div class="comments-button"><button>Conversations</button></div>
<aside class="trending"><h3>Trending in Business</h3><ul><li><a href="/b/1">Hong Kong home prices fall for a third month</a></li><li><a href="/b/2">HSBC to cut costs at Asian wealth unit</a></li></ul></aside>
</div></main>
<footer><p>Copyright &copy; 2024 South China Morning Courier Publishers Ltd. All rights reserved.</p></footer>
</body></html>"""
    return write_page("final_en_scmp", ext="html", data=page.encode("utf-8"),
                      url="https://www.scmcourier.com/business/markets/article/3265120/hong-kong-ipo-market-revives-mainland-firms-rush-list-investors-stay-picky",
                      headers=UTF8, items=items, title=title, authors=["Enoch Lau"], language="en",
                      boilerplate=bp,
                      notes="SCMP-like; summary bullets beside the headline are body (as BI Key Points); pull quote repeats body text (not body, unlabelled); title is og:title/h1 (the <title> is shortened)")


# --------------------------------------------------------------------------------------------
def fed_press():
    title = "Federal Reserve issues FOMC statement"
    items = [
        P("Recent indicators suggest that economic activity has continued to expand at a solid pace. Job "
          "gains have remained strong, and the unemployment rate has remained low. Inflation has eased over "
          "the past year but remains elevated. In recent months, there has been modest further progress "
          "toward the Committee's 2 percent inflation objective."),
        P("The Committee seeks to achieve maximum employment and inflation at the rate of 2 percent over "
          "the longer run. The Committee judges that the risks to achieving its employment and inflation "
          "goals have moved toward better balance over the past year. The economic outlook is uncertain, "
          "and the Committee remains highly attentive to inflation risks."),
        P("In support of its goals, the Committee decided to maintain the target range for the federal "
          "funds rate at 5-1/4 to 5-1/2 percent. In considering any adjustments to the target range for "
          "the federal funds rate, the Committee will carefully assess incoming data, the evolving outlook, "
          "and the balance of risks. The Committee does not expect it will be appropriate to reduce the "
          "target range until it has gained greater confidence that inflation is moving sustainably toward "
          "2 percent. In addition, the Committee will continue reducing its holdings of Treasury "
          "securities and agency debt and agency mortgage-backed securities. The Committee is strongly "
          "committed to returning inflation to its 2 percent objective."),
        P("In assessing the appropriate stance of monetary policy, the Committee will continue to monitor "
          "the implications of incoming information for the economic outlook. The Committee would be "
          "prepared to adjust the stance of monetary policy as appropriate if risks emerge that could "
          "impede the attainment of the Committee's goals. The Committee's assessments will take into "
          "account a wide range of information, including readings on labor market conditions, inflation "
          "pressures and inflation expectations, and financial and international developments."),
        P("Voting for the monetary policy action were Martin Hale, Chair; Ruth Okafor, Vice Chair; "
          "Thomas B. Reyes; Anna Lindqvist; Paul Esterly; Margaret Chu; Victor Bellamy; Dana Whitfield; "
          "Samuel Ortega; Irene Kowal; Jerome Ashby; and Christine Moreau."),
    ]
    bp = [
        "For release at 2:00 p.m. EDT",
        "Implementation Note issued June 12, 2024",
        "For media inquiries, e-mail media@frb.gov or call 202-452-2955.",
        "Last Update: June 12, 2024",
        "Board of Governors of the Federal Reserve System",
        "Related Information",
        "Implementation Note (PDF)",
        "Share",
        "Stay Connected",
    ]
    body = render(items, p="<p>{}</p>")
    page = f"""<!DOCTYPE html>
<html lang="en"><head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Federal Reserve Board - {title}</title>
<meta name="description" content="The Federal Reserve Board of Governors in Washington DC.">
<meta property="og:title" content="Federal Reserve Board - {title}">
<script src="/js/jquery.min.js"></script>
<script>var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-00000-1']);</script>
</head><body>
<div id="header" class="header"><div class="container"><a href="/" class="logo">Board of Governors of the Federal Reserve System</a>
<p class="tagline">The Federal Reserve, the central bank of the United States, provides the nation with a safe, flexible, and stable monetary and financial system.</p></div>
<div class="navbar"><ul class="nav"><li><a href="/aboutthefed.htm">About the Fed</a></li><li><a href="/newsevents.htm">News &amp; Events</a></li><li><a href="/monetarypolicy.htm">Monetary Policy</a></li><li><a href="/supervisionreg.htm">Supervision &amp; Regulation</a></li><li><a href="/data.htm">Data</a></li></ul></div></div>
<div id="content" class="container" role="main">
<ol class="breadcrumb"><li><a href="/default.htm">Home</a></li><li><a href="/newsevents.htm">News &amp; Events</a></li><li><a href="/newsevents/pressreleases.htm">Press Releases</a></li></ol>
<div class="row"><div class="col-xs-12 col-sm-8 col-md-8">
<div id="article">
<div class="heading col-xs-12 col-sm-8 col-md-8"><p class="article__time">June 12, 2024</p>
<h3 class="title"><em>{title}</em></h3>
<p class="releaseTime">For release at 2:00 p.m. EDT</p>
<div class="shareDL"><a class="shareLink" href="#">Share</a></div></div>
<div class="col-xs-12 col-sm-8 col-md-8">
{body}
<p><a href="/newsevents/pressreleases/monetary20240612a1.htm">Implementation Note issued June 12, 2024</a></p>
<p>For media inquiries, e-mail <a href="mailto:media@frb.gov">media@frb.gov</a> or call 202-452-2955.</p>
</div></div></div>
<div class="col-xs-12 col-sm-4 col-md-4"><div class="panel panel-related"><div class="panel-heading"><h4>Related Information</h4></div>
<ul class="list-unstyled"><li><a href="/monetarypolicy/files/monetary20240612a1.pdf">Implementation Note (PDF)</a></li><li><a href="/monetarypolicy/fomccalendars.htm">Meeting calendars and information</a></li></ul></div></div>
</div>
<div class="lastUpdate">Last Update: June 12, 2024</div>
</div>
<div id="footer"><h4>Stay Connected</h4><ul><li><a href="#">X</a></li><li><a href="#">Facebook</a></li><li><a href="#">YouTube</a></li></ul>
<ul><li><a href="/accessibility.htm">Accessibility</a></li><li><a href="/foia.htm">FOIA</a></li><li><a href="/privacy.htm">Privacy Program</a></li></ul>
<p>Board of Governors of the Federal Reserve System</p><p>20th Street and Constitution Avenue N.W., Washington, DC 20551</p></div>
</body></html>"""
    return write_page("final_en_fed_press", ext="html", data=page.encode("utf-8"),
                      url="https://www.federalreserveboard.gov/newsevents/pressreleases/monetary20240612a.htm",
                      headers={"Content-Type": "text/html"}, items=items, title=title, authors=[],
                      language="en", boilerplate=bp,
                      notes="Fed-like press release; title without the 'Federal Reserve Board - ' prefix; voting line is body; release time and media line boilerplate")


# --------------------------------------------------------------------------------------------
def ir_earnings():
    title = "Harborline Semiconductor Reports Second Quarter Fiscal 2024 Results"
    items = [
        P("SAN JOSE, Calif., Aug. 7, 2024 -- Harborline Semiconductor, Inc. (NASDAQ: HLSC) today reported "
          "financial results for its second quarter of fiscal 2024, ended June 29, 2024."),
        H("Second Quarter Highlights"),
        LI("Revenue of $412.6 million, up 18% year over year and 6% sequentially."),
        LI("GAAP gross margin of 58.1%; non-GAAP gross margin of 60.4%."),
        LI("GAAP diluted earnings per share of $0.71; non-GAAP diluted earnings per share of $0.94."),
        LI("Cash flow from operations of $96.3 million; repurchased $40.0 million of common stock."),
        P("\"Demand for our power-management chips in data-center and automotive applications drove record "
          "revenue this quarter,\" said Dana Whitcombe, president and chief executive officer. \"We are "
          "raising our outlook for the year as customers ramp new platforms, and we remain disciplined on "
          "costs while investing in our next generation of products.\""),
        P("Revenue from data-center customers rose 41% from a year earlier and accounted for 38% of the "
          "total. Automotive revenue increased 12%, while industrial revenue declined 9% as distributors "
          "continued to reduce inventory."),
        H("Summary of Results"),
        TR("(in millions, except per share data)", "Q2 FY2024", "Q1 FY2024", "Q2 FY2023"),
        TR("Revenue", "$412.6", "$389.2", "$349.7"),
        TR("GAAP gross margin", "58.1%", "57.4%", "55.9%"),
        TR("GAAP operating income", "$98.4", "$88.1", "$71.5"),
        TR("GAAP diluted EPS", "$0.71", "$0.63", "$0.52"),
        TR("Non-GAAP diluted EPS", "$0.94", "$0.86", "$0.74"),
        H("Business Outlook"),
        P("For the third quarter of fiscal 2024, Harborline expects revenue of $425 million to $445 "
          "million, GAAP gross margin of 58% to 59%, and non-GAAP diluted earnings per share of $0.96 to "
          "$1.04."),
        P("The company also declared a quarterly cash dividend of $0.20 per share, payable Sept. 13, 2024, "
          "to stockholders of record at the close of business on Aug. 30, 2024."),
        H("Conference Call Information"),
        P("Harborline will host a conference call today at 2:00 p.m. Pacific Time to discuss the results. "
          "A live webcast will be available on the Investor Relations section of the company's website, "
          "and a replay will be available for 90 days."),
    ]
    bp = [
        "About Harborline Semiconductor",
        "Harborline Semiconductor, Inc. designs analog and mixed-signal chips that manage power in data "
        "centers, vehicles and industrial equipment. The company is headquartered in San Jose, California.",
        "Forward-Looking Statements",
        "This press release contains forward-looking statements within the meaning of the Private "
        "Securities Litigation Reform Act of 1995",
        "Investor Contact:",
        "Media Contact:",
        "Source: Harborline Semiconductor, Inc.",
        "Email Alerts",
        "Print Page",
        "Download PDF",
        "\u00a9 2024 Harborline Semiconductor, Inc. All rights reserved.",
    ]

    def tr(cells):
        tag = "th" if cells[0].startswith("(in millions") else "td"
        return "<tr>" + "".join(f'<{tag} class="bwtablecell">{html.escape(c)}</{tag}>' for c in cells) + "</tr>"

    body = render(items, p='<p class="bwalignl">{}</p>', h='<p class="bwalignl"><b>{}</b></p>',
                  ul=('<ul class="bwlistdisc">', "</ul>"),
                  table=('<table class="bwtablemarginb" cellspacing="0"><tbody>', "</tbody></table>"), tr=tr)
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Harborline Semiconductor Reports Second Quarter Fiscal 2024 Results :: Harborline Semiconductor, Inc. (HLSC)</title>
<meta name="description" content="Harborline Semiconductor, Inc. (NASDAQ: HLSC) today reported financial results for its second quarter of fiscal 2024.">
<meta property="og:title" content="Harborline Semiconductor Reports Second Quarter Fiscal 2024 Results">
<script src="//ir-static.q4cdn.example/js/q4.min.js"></script>
</head><body class="q4-ir">
<div class="layout_header"><a href="/">Harborline</a><ul class="nav"><li><a href="/products">Products</a></li><li><a href="/company">Company</a></li><li><a href="/investors">Investor Relations</a></li></ul></div>
<div class="layout_toolbar"><a href="/email-alerts">Email Alerts</a> <a href="javascript:window.print()">Print Page</a> <a href="/static-files/q2fy24.pdf">Download PDF</a></div>
<div class="layout_content"><div class="module_news-details">
<div class="module_date-time"><span class="module_date-text">Aug 7, 2024</span> <span>4:05 PM EDT</span></div>
<h2 class="module_title">{title}</h2>
<div class="module_body">
{body}
<p class="bwalignl"><b>About Harborline Semiconductor</b></p>
<p class="bwalignl">Harborline Semiconductor, Inc. designs analog and mixed-signal chips that manage power in data centers, vehicles and industrial equipment. The company is headquartered in San Jose, California.</p>
<p class="bwalignl"><b>Forward-Looking Statements</b></p>
<p class="bwalignl">This press release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995, including statements about revenue, gross margin and earnings per share for the third quarter of fiscal 2024 and customer demand. Actual results may differ materially because of risks described in the company's filings with the Securities and Exchange Commission.</p>
<p class="bwalignl"><b>Investor Contact:</b><br>Michael Grant<br>ir@harborline-semi.com<br>(408) 555-0132</p>
<p class="bwalignl"><b>Media Contact:</b><br>Laura Chen<br>press@harborline-semi.com</p>
<p class="bwalignl">Source: Harborline Semiconductor, Inc.</p>
</div></div></div>
<div class="layout_footer"><p>&copy; 2024 Harborline Semiconductor, Inc. All rights reserved.</p><a href="/privacy">Privacy</a> <a href="/legal">Legal</a></div>
</body></html>"""
    return write_page("final_en_ir_earnings", ext="html", data=page.encode("utf-8"),
                      url="https://investors.harborline-semi.com/news-releases/news-release-details/harborline-semiconductor-reports-second-quarter-fiscal-2024-results",
                      headers=UTF8, items=items, title=title, authors=[], language="en", boilerplate=bp,
                      notes="IR earnings release; bold-paragraph subheads; highlights list kept; results table kept (rows, cells joined ' | '); About/forward-looking/contacts boilerplate")


# --------------------------------------------------------------------------------------------
def txt_reuters():
    title = "Copper hits two-month high as Chile mine strike threat adds to supply worries"
    items = [
        P("LONDON, June 12 (Reuters) - Copper prices rose to their highest in two months on Wednesday as "
          "the threat of a strike at a large Chilean mine added to concerns about tight supply, while a "
          "weaker dollar made metals cheaper for holders of other currencies."),
        P("Three-month copper on the London Metal Exchange was up 1.8% at $10,342 a metric ton by 1100 GMT, "
          "after touching $10,390, its highest since April 9."),
        P("Workers at the Cerro Alto mine, which produced about 390,000 tons of copper last year, voted to "
          "reject the company's latest wage offer and said they could walk out as early as next week if "
          "talks fail."),
        P("\"The market was already tight on concentrate, and now you have a real risk of losing "
          "production from one of the bigger mines,\" said Johan Lindberg, an analyst at Nordhavn Bank. "
          "\"Smelters are struggling to get enough material as it is.\""),
        P("Analysts at Carver Brothers raised their forecast for the average copper price this year to "
          "$9,900 a ton from $9,400, citing slower growth in mine output and steady demand from power grids "
          "and electric vehicles. Several projects in Latin America and Africa have been delayed."),
        H("Chinese demand in focus"),
        P("Investors are also watching demand in top consumer China, where copper inventories in "
          "warehouses monitored by the Shanghai Futures Exchange have fallen 21% from a peak in March, "
          "suggesting that buyers took advantage of lower prices earlier in the year."),
        P("The dollar index slipped 0.3% ahead of U.S. inflation data that could shape expectations for "
          "interest rate cuts."),
        P("Silver rose 1.1% to $29.80 an ounce, tracking gains in gold as the dollar weakened."),
        H("Other metals"),
        P("Aluminium gained 0.9% to $2,561 a ton, zinc rose 1.2% to $2,874, and nickel added 0.4% to "
          "$17,850. Tin fell 0.6% to $32,400 after a rally that took it to a two-year high last month."),
    ]
    bp = [
        "Reporting by Tom Hale in London and Ana Ruiz in Santiago; Editing by Susan Fenwick",
        "Our Standards: The Thomson Reuters Trust Principles., opens new tab",
        "Read Next",
        "Gold edges up as traders await U.S. inflation data",
        "Oil extends gains after U.S. crude stocks fall",
        "Iron ore slips on weak steel demand in China",
        "Sponsored",
        "June 12, 20247:05 PM GMT+8Updated 2 hours ago",
        "Purchase Licensing Rights, opens new tab",
        "By Tom Hale and Ana Ruiz",
        "Why retirees are rethinking annuities in 2024",
    ]
    lines = [title, "By Tom Hale and Ana Ruiz", "", "June 12, 20247:05 PM GMT+8Updated 2 hours ago", "",
             "Item 1 of 2 Copper cathodes at a warehouse in Santiago, Chile. REUTERS/Ivan Alvarado/File Photo",
             "[1/2]Copper cathodes at a warehouse in Santiago, Chile. REUTERS/Ivan Alvarado/File Photo Purchase Licensing Rights, opens new tab",
             ""]
    for kind, val in items:
        lines.append(val)
        lines.append("")
    lines += ["Reporting by Tom Hale in London and Ana Ruiz in Santiago; Editing by Susan Fenwick", "",
              "Our Standards: The Thomson Reuters Trust Principles., opens new tab", "",
              "Read Next", "Gold edges up as traders await U.S. inflation data",
              "Oil extends gains after U.S. crude stocks fall",
              "Iron ore slips on weak steel demand in China", "", "Sponsored",
              "Why retirees are rethinking annuities in 2024", ""]
    data = "\n".join(lines).encode("utf-8")
    bp.append("Item 1 of 2 Copper cathodes at a warehouse in Santiago, Chile. REUTERS/Ivan Alvarado/File Photo")
    return write_page("final_txt_en_reuters", ext="txt", data=data,
                      url="https://www.reuterswire.com/markets/commodities/copper-hits-two-month-high-chile-mine-strike-threat-2024-06-12/",
                      headers={"Content-Type": "text/plain; charset=utf-8"}, items=items, title=title,
                      authors=["Tom Hale", "Ana Ruiz"], language="en", boilerplate=bp,
                      notes="plain-text browser copy of a Reuters-like page; subheads are short lines followed by a paragraph")


PAGES = [ap_wire, barrons, marketwatch, bi_listicle, economist, nikkei, scmp, fed_press, ir_earnings, txt_reuters]
