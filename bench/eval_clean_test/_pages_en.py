"""English test pages (invented articles, imitated layouts)."""

from __future__ import annotations

from _lib import ANALYTICS, Page, jsonld


def wire() -> None:
    """A Reuters-like wire page."""
    title = "Copper hits two-year high as Chilean supply worries mount"
    pg = Page("en_wire_copper", "https://www.globalwirenews.com/markets/commodities/copper-hits-two-year-high-chilean-supply-worries-mount-2024-05-14/",
              "en", title, ["Marta Ellison", "Tomás Rivera"], note="Reuters-like wire page")
    head = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Copper hits two-year high as Chilean supply worries mount | Global Wire</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Copper prices climbed to their highest in more than two years on Tuesday as fresh disruptions at Chilean mines and a weaker dollar drew funds back into industrial metals.">
<meta property="og:title" content="Copper hits two-year high as Chilean supply worries mount">
<meta property="og:site_name" content="Global Wire">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2024-05-14T10:42:17Z">
<meta property="article:section" content="Commodities">
<meta name="article:author" content="Marta Ellison">
<link rel="canonical" href="https://www.globalwirenews.com/markets/commodities/copper-hits-two-year-high-chilean-supply-worries-mount-2024-05-14/">
{jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
         "datePublished": "2024-05-14T10:42:17Z", "dateModified": "2024-05-14T12:55:03Z",
         "author": [{"@type": "Person", "name": "Marta Ellison"}, {"@type": "Person", "name": "Tomás Rivera"}],
         "publisher": {"@type": "Organization", "name": "Global Wire"}, "articleSection": "Commodities"})}
{ANALYTICS}
<style>.signup{{border:1px solid #ddd;padding:8px}}.visually-hidden{{position:absolute;clip:rect(0 0 0 0)}}</style>
</head>"""
    body = f"""<body>
<div id="onetrust-banner-sdk" role="dialog"><div class="ot-sdk-container"><p id="onetrust-policy-text">{pg.bp("We use cookies and similar technologies to recognize your repeat visits and preferences, to measure the effectiveness of campaigns and to analyze traffic.")} <a href="/privacy">Cookie Policy</a></p>
<button id="onetrust-accept-btn-handler">{pg.bp("Accept All Cookies")}</button><button>Cookie Settings</button></div></div>
<header class="site-header"><a class="logo" href="/">Global Wire</a>
<nav aria-label="Main"><ul class="nav-bar"><li><a href="/world/">World</a></li><li><a href="/business/">Business</a></li><li><a href="/markets/">Markets</a></li><li><a href="/sustainability/">Sustainability</a></li><li><a href="/legal/">Legal</a></li><li><a href="/breakingviews/">Breakingviews</a></li><li><a href="/technology/">Technology</a></li><li><a href="/investigations/">Investigations</a></li></ul></nav>
<div class="account"><a href="/account/sign-in/">Sign In</a> <a class="btn" href="/account/register/">{pg.bp("Register")}</a></div></header>
<main id="main-content">
<nav class="breadcrumb" aria-label="Breadcrumb"><a href="/markets/">Markets</a> <a href="/markets/commodities/">Commodities</a></nav>
<article class="article-body-module">
<header class="article-header"><h1 data-testid="Heading">{title}</h1>
<div class="info-content"><div class="article-byline" data-testid="AuthorByline">By <a href="/authors/marta-ellison/">Marta Ellison</a> and <a href="/authors/tomas-rivera/">Tomás Rivera</a></div>
<time datetime="2024-05-14T10:42:17Z"><span>May 14, 2024</span><span>11:42 AM GMT+1</span><span>Updated 2 hours ago</span></time></div>
<div class="share"><button aria-label="Share on X">X</button><button aria-label="Share on Facebook">Facebook</button><button aria-label="Share on LinkedIn">LinkedIn</button><button aria-label="Email">Email</button><button>Link</button><button>Purchase Licensing Rights</button></div></header>
<figure class="primary-image"><img src="https://cdn.globalwirenews.com/resizer/copper-cathodes.jpg" alt="Copper cathodes at a storage facility">
<figcaption>A worker walks past copper cathodes at a storage facility in Antofagasta, Chile, March 3, 2024. <span class="credit">{pg.bp("GLOBAL WIRE/Ivan Sepúlveda/File Photo")}</span> <a href="/licensing">{pg.bp("Purchase Licensing Rights")}</a>, opens new tab</figcaption></figure>
<div class="article-body__content" data-testid="ArticleBody">
{pg.p("LONDON/SANTIAGO, May 14 (Global Wire) - Copper prices climbed to their highest in more than two years on Tuesday as fresh disruptions at Chilean mines and a weaker dollar drew funds back into industrial metals, while traders warned that Chinese demand had yet to confirm the rally.", attrs=' data-testid="paragraph-0"')}
{pg.p('Benchmark three-month copper on the <a href="/markets/quote/CMCU3">London Metal Exchange</a> rose 2.3% to $10,418 a metric ton by 1040 GMT, after touching $10,455, its strongest since April 2022. The metal has gained 22% since the start of the year.', attrs=' data-testid="paragraph-1"')}
{pg.p("The most-traded July copper contract on the Shanghai Futures Exchange ended daytime trading 1.8% higher at 83,960 yuan ($11,610) a ton.", attrs=' data-testid="paragraph-2"')}
<div class="signup" data-testid="Newsletter"><p>{pg.bp('Get the latest commodity news and analysis with the Morning Metals newsletter. <a href="/newsletters/morning-metals/">Sign up here.</a>')}</p></div>
{pg.p('"The market is pricing a deficit that it was not pricing three months ago," said Henrik Solberg, head of metals strategy at Nordhavn Bank in Oslo. "Every week brings another mine that produces less than it promised."', attrs=' data-testid="paragraph-3"')}
{pg.p("Chile's state miner Cordillera said on Monday that output at its El Salitre division would be about 40,000 tons lower this year after a tailings dam inspection halted part of the concentrator, the third downgrade from a major producer since February.", attrs=' data-testid="paragraph-4"')}
{pg.p("Supply setbacks reported by producers since January include:", attrs=' data-testid="paragraph-5"')}
{pg.ul(["a 10-day stoppage at the Quebrada Alta mine in Chile after a conveyor fire;",
        "lower ore grades at Peru's Huaraz Norte mine, which cut its 2024 guidance by 6%;",
        "the suspension of a smelter in Zambia because of power rationing; and",
        "the El Salitre downgrade announced on Monday."], attrs=' class="list"')}
{pg.h("CHINA DEMAND", tag="h2", attrs=' data-testid="Heading"')}
{pg.p("Chinese buyers have so far balked at the higher prices. The Yangshan copper premium, which reflects demand for imports into China, fell to $28 a ton from $55 in March, and visible stocks in Shanghai warehouses remain near a four-year seasonal high.", attrs=' data-testid="paragraph-6"')}
<p class="read-more" data-testid="paragraph-7">{pg.bp('Read more: <a href="/markets/commodities/chinese-fabricators-cut-run-rates-copper-rally-bites-2024-05-10/">Chinese fabricators cut run rates as copper rally bites</a>')}</p>
{pg.p('"Fabricators are buying hand to mouth," said Zhou Min, an analyst at Huayang Futures in Shanghai. "If prices stay above $10,000 into June, some of them will simply stop taking orders."', attrs=' data-testid="paragraph-8"')}
{pg.p("Funds, however, keep adding to bullish bets. Exchange data showed investment funds held a net long position equivalent to 78,000 tons last week, the largest since the LME began publishing the breakdown in 2018.", attrs=' data-testid="paragraph-9"')}
{pg.p("Some of that buying is a hedge against a weaker dollar, which slipped 0.4% against a basket of currencies after softer U.S. producer prices revived bets on a Federal Reserve rate cut in September. A weaker dollar makes metals priced in the U.S. currency cheaper for holders of other currencies.", attrs=' data-testid="paragraph-10"')}
{pg.p("In other metals, aluminium rose 0.9% to $2,561 a ton, zinc gained 1.4% to $2,948, nickel was little changed at $19,210 and tin added 0.6% to $32,880.", attrs=' data-testid="paragraph-11"')}
<p class="sign-off" data-testid="SignOff">{pg.bp("Reporting by Marta Ellison in London and Tomás Rivera in Santiago; Additional reporting by Lin Qiao in Shanghai; Editing by Keith Weir and Susan Fenton")}</p>
</div>
<div class="article-footer"><p class="trust">{pg.bp('Our Standards: <a href="/info-pages/trust-principles/">The Global Wire Trust Principles.</a>')}</p>
<div class="tags"><span>Topics:</span> <a href="/tags/commodities/">Commodities</a> <a href="/tags/metals/">Metals</a> <a href="/tags/chile/">Chile</a></div>
<div class="author-cards"><div class="author-card"><a href="/authors/marta-ellison/">Marta Ellison</a><p>{pg.bp("Marta Ellison covers base metals and mining from London, with a focus on copper, cobalt and the energy transition.")}</p></div></div></div>
</article>
<aside class="related" aria-label="Read Next"><h2>Read Next</h2><ul>
<li><a href="/markets/commodities/gold-steadies-ahead-us-inflation-data-2024-05-14/">{pg.bp("Gold steadies ahead of U.S. inflation data")}</a><time>May 14, 2024</time></li>
<li><a href="/markets/commodities/iron-ore-slips-china-steel-output-curbs-2024-05-14/">{pg.bp("Iron ore slips on talk of China steel output curbs")}</a><time>May 14, 2024</time></li>
<li><a href="/business/energy/oil-edges-up-opec-report-2024-05-14/">Oil edges up ahead of OPEC monthly report</a><time>May 14, 2024</time></li></ul></aside>
<aside class="most-read"><h2>{pg.bp("Most Read")}</h2><ol><li><a href="/world/">{pg.bp("Ukraine strikes refinery deep inside Russia, officials say")}</a></li><li><a href="/markets/">Asian shares firm as traders wait on U.S. CPI</a></li><li><a href="/business/">Airline profits squeezed by engine recalls</a></li></ol></aside>
</main>
<footer class="site-footer"><nav><a href="/about/">About Us</a> <a href="/careers/">Careers</a> <a href="/info-pages/terms-of-use/">Terms of Use</a> <a href="/privacy/">Privacy</a> <a href="/accessibility/">Accessibility</a> <a href="/corrections/">Corrections</a></nav>
<p>{pg.bp("All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.")}</p>
<p>{pg.bp("© 2024 Global Wire. All rights reserved")}</p></footer>
</body></html>"""
    pg.write(head + body)


def paywall() -> None:
    """An FT/Bloomberg-like page: the first paragraphs, then a subscription barrier."""
    title = "European banks brace for slimmer margins as rate cuts near"
    pg = Page("en_paywall_banks", "https://www.financialledger.co.uk/content/5b1d2c7e-8f4a-4c1e-9e0a-3f6b9d2a11c4",
              "en", title, ["Owen Hartley", "Sabine Kroll"],
              note="FT-like paywalled page; only the free paragraphs are on the page; the standfirst is not body")
    page = f"""<!DOCTYPE html><html lang="en-GB" class="o-typography-base"><head>
<meta charset="utf-8"><title>European banks brace for slimmer margins as rate cuts near</title>
<meta name="robots" content="noarchive">
<meta property="og:title" content="European banks brace for slimmer margins as rate cuts near">
<meta property="og:description" content="Lenders' profits peaked in 2023, executives warn, as deposit costs stay stubbornly high">
<meta property="og:site_name" content="Financial Ledger">
<meta name="twitter:card" content="summary_large_image">
{jsonld({"@context": "http://schema.org", "@type": "NewsArticle", "headline": title,
         "alternativeHeadline": "Lenders' profits peaked in 2023, executives warn",
         "datePublished": "2024-05-13T04:00:26.112Z",
         "author": [{"@type": "Person", "name": "Owen Hartley"}, {"@type": "Person", "name": "Sabine Kroll"}],
         "isAccessibleForFree": "False",
         "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": "False", "cssSelector": ".n-content-body"},
         "publisher": {"@type": "Organization", "name": "Financial Ledger"}})}
<script>window.FL=window.FL||{{}};FL.flags={{"ads":true,"barrier":"trial","myFT":true}};</script>
{ANALYTICS}
</head><body>
<div class="o-cookie-message"><p>{pg.bp("We use cookies for a number of reasons, such as keeping Financial Ledger sites reliable and secure, personalising content and ads, providing social media features and to analyse how our sites are used.")}</p><a class="o-cookie-message__button" href="/consent">{pg.bp("Accept cookies")}</a> <a href="/manage-cookies">Manage cookies</a></div>
<header class="o-header"><div class="o-header__top"><a href="/">Financial Ledger</a> <a href="/search">Search</a> <a class="o-header__top-link--subscribe" href="/products">{pg.bp("Subscribe for full access")}</a> <a href="/login">Sign In</a></div>
<nav class="o-header__nav"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/uk">UK</a></li><li><a href="/companies">Companies</a></li><li><a href="/technology">Tech</a></li><li><a href="/markets">Markets</a></li><li><a href="/climate-capital">Climate</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/work-careers">Work &amp; Careers</a></li><li><a href="/life-arts">Life &amp; Arts</a></li><li><a href="/htsi">HTSI</a></li></ul></nav></header>
<div class="o-ads" data-o-ads-name="top"><span>{pg.bp("Advertisement")}</span></div>
<article id="site-content" class="article" data-content-id="5b1d2c7e">
<div class="topper"><a class="topper__primary-theme" href="/european-banks">European banks</a> <span class="o-topper__theme">Add to myFT</span>
<h1 class="topper__headline"><span>{title}</span></h1>
<div class="topper__standfirst">Lenders&#x27; profits peaked in 2023, executives warn, as deposit costs stay stubbornly high</div></div>
<div class="article-info"><p class="article-info__byline"><a href="/stream/owen-hartley">Owen Hartley</a> in London and <a href="/stream/sabine-kroll">Sabine Kroll</a> in Frankfurt</p>
<time datetime="2024-05-13T04:00:26.112Z" class="article-info__timestamp">Published May 13 2024</time></div>
<div class="article__toolbar"><a>{pg.bp("Save")}</a> <a>Print this page</a> <a>Gift this article</a></div>
<div class="article__content-body n-content-body js-article__content-body">
{pg.p("Europe&rsquo;s biggest banks are preparing investors for a decline in lending margins this year, as executives warn that the windfall from higher interest rates has peaked just as the European Central Bank moves towards its first cut.")}
{pg.p("Net interest income &mdash; the difference between what banks earn on loans and pay on deposits &mdash; fell at seven of the region&rsquo;s ten largest lenders in the first quarter compared with the final three months of 2023, according to an analysis of results by the Financial Ledger.")}
<div class="o-editorial-layout-wrapper"><div class="myft-digest-promo"><p>{pg.bp("Stay informed with free updates")}</p><p>{pg.bp("Simply sign up to the European banks myFT Digest -- delivered directly to your inbox.")}</p></div></div>
{pg.p("&ldquo;The tailwind is turning into a headwind, slowly but clearly,&rdquo; said the chief financial officer of one large eurozone lender. &ldquo;Deposit betas have caught up with us. Customers are no longer leaving money in current accounts that pay nothing.&rdquo;")}
{pg.p("The shift matters because net interest income accounts for roughly 60 per cent of revenue at a typical European retail bank. Analysts at Stoltz Research estimate that every 25 basis point reduction in the ECB deposit rate would cut sector earnings by about 2 per cent, before any offsetting growth in loan volumes.")}
{pg.p("Bank shares have nevertheless rallied. The Stoxx 600 banks index is up 18 per cent this year, near its highest level since 2015, helped by record buybacks and dividends. Investors are betting that lenders can offset lower margins with fee income and tighter cost control.")}
{pg.p("Some executives are less sanguine. In Germany, where banks were slower to pass on higher rates to savers, lenders now face pressure from fintech rivals offering instant-access accounts at 3.5 per cent. &ldquo;We are paying for the deposits twice,&rdquo; said a board member at a regional savings bank.")}
</div>
<div class="barrier" data-component="barrier"><div class="o-barrier"><h2>{pg.bp("Keep reading for $1")}</h2>
<p>{pg.bp("Complete digital access to quality Financial Ledger journalism with expert analysis from industry leaders. Pay a year upfront and save 20%.")}</p>
<ul class="barrier-offers"><li><strong>Standard Digital</strong> $75 per month</li><li><strong>Premium Digital</strong> $69 per month, billed annually</li></ul>
<a class="o-buttons" href="/products?segmentId=trial">{pg.bp("Try unlimited access")}</a> <p>{pg.bp("Then $75 per month. Complete digital access to quality journalism on any device. Cancel anytime during your trial.")}</p>
<p>{pg.bp("Already a subscriber?")} <a href="/login">Sign in</a></p></div></div>
</article>
<aside class="onward-journey"><h2>{pg.bp("Promoted Content")}</h2><ul><li><a>How private credit became the new shadow bank</a></li><li><a>{pg.bp("ECB's Lagarde signals June cut is likely but not certain")}</a></li><li><a>UBS takes $1bn charge on Credit Suisse legal cases</a></li></ul></aside>
<footer class="o-footer"><ul><li><a href="/help">Help</a></li><li><a href="/contact">Contact us</a></li><li><a href="/accessibility">Accessibility</a></li><li><a href="/tour">myFT Tour</a></li><li><a href="/careers">Careers</a></li></ul>
<p>{pg.bp("Markets data delayed by at least 15 minutes. © THE FINANCIAL LEDGER LTD 2024. FL and &#x27;Financial Ledger&#x27; are trademarks of The Financial Ledger Ltd.")}</p>
<p>{pg.bp("The Financial Ledger and its journalism are subject to a self-regulation regime under the FL Editorial Code of Practice.")}</p></footer>
</body></html>"""
    pg.write(page)


DONT_MISS = ("<strong>Don't miss:</strong> <a href=\"/2024/05/10/how-to-invest-in-ai-without-buying-chip-stocks.html\">"
             "Here's how to invest in AI without buying chip stocks</a>")
WATCH = ("<strong>WATCH:</strong> <a href=\"/video/2024/05/14/helion-ceo-interview.html\">"
         "Watch CNBC's full interview with Helion CEO Dana Whitcomb</a>")


def video() -> None:
    """A CNBC-like page with Key Points, video embeds and 'Don't miss' links."""
    title = "Chipmaker Helion shares jump 14% after data-center revenue doubles"
    pg = Page("en_tvnews_video", "https://www.cnbcmarkets.com/2024/05/14/helion-hln-earnings-q1-2024.html",
              "en", title, ["Priya Natarajan"], note="CNBC-like page with video embeds; Key Points list is body")
    page = f"""<!DOCTYPE html><html lang="en" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8">
<title>Helion (HLN) earnings Q1 2024: chipmaker shares jump after data-center revenue doubles</title>
<meta property="og:title" content="Chipmaker Helion shares jump 14% after data-center revenue doubles">
<meta property="og:site_name" content="CNBC Markets">
<meta name="author" content="Priya Natarajan">
<meta property="article:published_time" content="2024-05-14T20:31:05+0000">
<meta name="keywords" content="Helion,Semiconductors,Earnings,Artificial intelligence">
{jsonld({"@context": "http://schema.org", "@type": "NewsArticle", "headline": title,
         "datePublished": "2024-05-14T20:31:05+0000", "author": {"@type": "Person", "name": "Priya Natarajan"},
         "video": {"@type": "VideoObject", "name": "Helion CEO on AI demand: We are sold out through 2025", "duration": "PT3M12S"}})}
<script>var __s_data={{"pageType":"story","section":"Technology","subsection":"Semiconductors"}};</script>
{ANALYTICS}
</head><body>
<div class="GlobalNavigation"><a href="/">CNBC Markets</a><ul><li><a href="/markets/">Markets</a></li><li><a href="/business/">Business</a></li><li><a href="/investing/">Investing</a></li><li><a href="/technology/">Tech</a></li><li><a href="/politics/">Politics</a></li><li><a href="/video/">Video</a></li><li><a href="/watchlist/">Watchlist</a></li><li><a href="/investing-club/">Investing Club</a></li><li><a href="/pro/">PRO</a></li><li><a href="/live-tv/">Livestream</a></li></ul>
<a class="SignInMenu" href="/signin">Sign In</a> <a href="/subscribe">{pg.bp("Subscribe to CNBC PRO")}</a></div>
<div class="MarketsBanner"><span>DOW FUT 39,612 +0.21%</span> <span>S&amp;P FUT 5,243.25 +0.33%</span> <span>NAS FUT 18,344.5 +0.51%</span></div>
<div class="ArticleHeader-wrapper"><a class="ArticleHeader-eyebrow" href="/semiconductors/">Technology</a>
<h1 class="ArticleHeader-headline">{title}</h1>
<div class="ArticleHeader-time">PUBLISHED TUE, MAY 14 2024 4:31 PM EDT UPDATED TUE, MAY 14 2024 6:02 PM EDT</div>
<div class="Author-authorNameAndSocial"><a class="Author-authorName" href="/priya-natarajan/">Priya Natarajan</a> <a href="https://x.com/priyanat">@PRIYANAT</a></div>
<div class="ShareToolbar"><span>SHARE</span><a>Share Article via Facebook</a><a>Share Article via Twitter</a><a>Share Article via LinkedIn</a><a>Share Article via Email</a></div></div>
<div class="PageBuilder-article"><div class="RenderKeyPoints-keyPoints"><h2 class="RenderKeyPoints-title">Key Points</h2>
{pg.ul(["Helion reported first-quarter revenue of $2.84 billion, up 61% from a year earlier, as sales of its networking chips for AI data centers doubled.",
        "The company guided second-quarter revenue to $3.1 billion at the midpoint, above the $2.9 billion analysts polled by LSEG expected.",
        "Shares rose 14% in extended trading, putting the stock on track for a record high."], attrs=' class="RenderKeyPoints-list"')}</div>
<div class="InlineVideo-container" data-module="video"><div class="InlineVideo-videoFooter"><span>{pg.bp("VIDEO")}</span><span>{pg.bp("3:12")}</span><span>03:12</span>
<span class="InlineVideo-title">{pg.bp("Helion CEO on AI demand: We are sold out through 2025")}</span><span class="InlineVideo-source">Closing Bell: Overtime</span></div></div>
<div class="ArticleBody-articleBody" id="RegularArticle-ArticleBody-5">
<div class="group">
{pg.p('Shares of <a href="/quotes/HLN/">Helion</a> jumped 14% in extended trading on Tuesday after the chipmaker reported that revenue from data-center customers more than doubled in the first quarter, fueled by orders for the networking chips that link clusters of AI processors.')}
{pg.p("Here's how the company did versus LSEG consensus estimates:")}
{pg.ul(["<strong>Earnings per share:</strong> 94 cents adjusted vs. 81 cents expected",
        "<strong>Revenue:</strong> $2.84 billion vs. $2.66 billion expected"])}
{pg.p("Data-center revenue rose 112% to $1.52 billion and now accounts for more than half of the company's sales. Revenue from smartphone and PC customers, once Helion's core business, fell 9% to $790 million as handset makers worked through inventory.")}
</div>
<div class="RelatedContent-relatedContent"><p>{pg.bp(DONT_MISS)}</p></div>
<div class="group">
{pg.p('"We are effectively sold out of our 800-gig switch silicon through the end of 2025," CEO Dana Whitcomb said on a call with analysts. "The constraint right now is packaging capacity, not demand."')}
{pg.h("Guidance tops estimates", tag="h2", attrs=' class="ArticleBody-subtitle"')}
{pg.p("For the second quarter, Helion expects revenue of between $3.0 billion and $3.2 billion and adjusted gross margin of about 64%. Chief Financial Officer Ray Ostrowski said the company had secured additional capacity from its packaging partners in Taiwan that would come online in the fourth quarter.")}
{pg.p("The company also raised its quarterly dividend by 10% to 22 cents a share and said its board had authorized an additional $5 billion in share repurchases.")}
</div>
<div class="InlineVideo-container" data-module="video"><div class="InlineVideo-videoFooter"><span>VIDEO</span><span>{pg.bp("4:05")}</span><span>04:05</span>
<span class="InlineVideo-title">{pg.bp("Why AI networking could be the next big chip trade")}</span><span class="InlineVideo-source">Squawk on the Street</span></div></div>
<div class="group">
{pg.p("Helion shares had gained 48% this year through Tuesday's close, lagging some larger AI names. Several analysts have argued that networking is the next bottleneck in AI infrastructure as customers build clusters of 100,000 processors or more.")}
{pg.p("Not everyone is convinced the growth will last. Bernstein-style skeptics point to the company's dependence on three hyperscale customers, which together accounted for 47% of revenue in the quarter, up from 31% a year earlier.")}
<p><em>{pg.bp("&mdash; CNBC's Marcus Lee contributed to this report.")}</em></p>
</div>
<div class="RelatedContent-relatedContent"><p>{pg.bp(WATCH)}</p></div>
</div>
<div class="ArticleBody-extraData"><span>{pg.bp("Trending Now")}</span><ul><li><a>{pg.bp("Stocks making the biggest moves after hours: Helion, Alcoa, Paramount")}</a></li><li><a>Here's where the jobs are for May 2024 — in one chart</a></li></ul></div>
<div class="Disclosure"><p>{pg.bp("Got a confidential news tip? We want to hear from you.")}</p><p>{pg.bp("Sign up for free newsletters and get more CNBC Markets delivered to your inbox")}</p></div>
</div>
<footer class="Footer"><p>{pg.bp("Data is a real-time snapshot *Data is delayed at least 15 minutes.")} Global Business and Financial News, Stock Quotes, and Market Data and Analysis.</p>
<p>Market Data Terms of Use and Disclosures</p><p>Data also provided by Refinitiv</p><p>{pg.bp("© 2024 CNBC Markets LLC. All Rights Reserved.")}</p></footer>
</body></html>"""
    pg.write(page)


def syndicated() -> None:
    """A Yahoo Finance-like syndicated wire story ("(Global Wire) -" dateline, provider logo)."""
    title = "Fed's Larkin says no rush to cut rates as inflation progress stalls"
    pg = Page("en_portal_syndicated", "https://finance.yahoomarkets.com/news/fed-larkin-says-no-rush-cut-rates-143210582.html",
              "en", title, ["Daniel Okafor"], note="Yahoo Finance-like syndicated wire story")
    page = f"""<!DOCTYPE html><html id="atomic" lang="en-US" class="fp"><head><meta charset="utf-8">
<title>Fed&#x27;s Larkin says no rush to cut rates as inflation progress stalls</title>
<meta property="og:title" content="Fed&#x27;s Larkin says no rush to cut rates as inflation progress stalls">
<meta property="og:site_name" content="Yahoo Markets">
<meta name="description" content="(Global Wire) - Federal Reserve Governor Elise Larkin said on Monday the central bank can afford to wait...">
<meta name="oath:guce:consent-host" content="guce.yahoomarkets.com">
{jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
         "author": {"@type": "Person", "name": "Daniel Okafor"}, "provider": {"@type": "Organization", "name": "Global Wire"},
         "datePublished": "2024-05-13T14:32:10.000Z", "publisher": {"@type": "Organization", "name": "Yahoo Markets"}})}
<script>window.YAHOO=window.YAHOO||{{}};YAHOO.context={{"site":"finance","lang":"en-US","region":"US","device":"desktop"}};</script>
{ANALYTICS}
</head><body>
<div id="ybar"><a href="/">Yahoo Markets</a><form><input placeholder="Search for news, symbols or companies"></form><a href="/login">{pg.bp("Sign in")}</a> <a href="/mail">Mail</a></div>
<nav id="finance-navigation"><ul><li><a>News</a></li><li><a>Finance</a></li><li><a>Sports</a></li><li><a>More</a></li></ul><ul><li><a>My Portfolio</a></li><li><a>Markets</a></li><li><a>Research</a></li><li><a>Personal Finance</a></li><li><a>Videos</a></li><li><a>Watch Now</a></li></ul></nav>
<div id="marketsummary"><ul><li>S&amp;P 500 5,221.42 -0.02%</li><li>Dow 30 39,431.51 -0.21%</li><li>Nasdaq 16,388.24 +0.29%</li><li>Russell 2000 2,059.78 +0.05%</li></ul></div>
<article class="caas-container"><header class="caas-header"><div class="caas-logo"><a href="https://www.globalwirenews.com/">Global Wire</a></div>
<h1 data-test-locator="headline">{title}</h1></header>
<div class="caas-attr"><div class="caas-attr-item-author"><span class="caas-author-byline-collapse">Daniel Okafor</span></div><div class="caas-attr-time-style"><time datetime="2024-05-13T14:32:10.000Z">Mon, May 13, 2024, 10:32 AM</time> <span>{pg.bp("3 min read")}</span></div></div>
<div class="caas-xray-wrapper"><span>{pg.bp("In this article:")}</span> <a>^GSPC</a> <a>^DJI</a> <a>^TNX</a></div>
<div class="caas-body">
{pg.p("(Global Wire) - Federal Reserve Governor Elise Larkin said on Monday the central bank can afford to wait before cutting interest rates because inflation has stopped falling in recent months while the labor market remains solid.")}
{pg.p('"I see no urgency to ease policy," Larkin said in remarks prepared for a banking conference in Cleveland. "The data from the first quarter were a disappointment, and I will need to see several more months of better inflation readings before I am confident we are on a path back to 2%."')}
{pg.p("Larkin, a voting member of the rate-setting Federal Open Market Committee this year, said she still expected the next move in rates to be a cut, but that the timing had shifted. She declined to say how many reductions she had penciled in for this year.")}
{pg.p("The personal consumption expenditures price index, the Fed's preferred inflation gauge, rose 2.7% in the 12 months to March, up from 2.5% in February. Core inflation, which strips out food and energy, held at 2.8%.")}
<div class="caas-readmore"><button>{pg.bp("Story continues")}</button></div>
{pg.p("Financial markets have pared back bets on rate cuts since January, when traders expected as many as six. Futures now price in fewer than two quarter-point cuts in 2024, with the first fully priced for November.")}
<div id="sda-INARTICLE" class="ad"><span>{pg.bp("Advertisement")}</span></div>
{pg.p("Larkin said the job market was rebalancing gradually, with job openings falling and wage growth cooling, and that she saw little risk of a sharp rise in unemployment. She said a measure of rents on new leases pointed to slower housing inflation later this year.")}
{pg.p("She also addressed the Fed's balance sheet, saying she supported slowing the pace at which the central bank shrinks its holdings of Treasuries, a change the committee agreed on at its last meeting, to avoid stress in money markets.")}
{pg.p("Other Fed officials have struck a similar tone. Chicago Fed President Austan Keel said last week that policy was restrictive enough to bring inflation down, but that it could take longer than expected.")}
<p>{pg.bp("(Reporting by Daniel Okafor; Editing by Alden Price)")}</p>
</div>
<div class="caas-share-buttons"><a>{pg.bp("View comments")}</a> <span>Share</span></div>
<div class="caas-terms"><a href="/terms">{pg.bp("Terms and Privacy Policy")}</a> <a href="/privacy-dashboard">Privacy Dashboard</a></div>
</article>
<div id="RecommendedStories"><h2>{pg.bp("Recommended Stories")}</h2><ul>
<li><a>{pg.bp("Stock market today: Dow slips as traders brace for CPI data")}</a><p>{pg.bp("Stocks wavered on Monday as investors looked ahead to a key inflation reading that could shape the Fed's path...")}</p><span>Yahoo Markets · 2h ago</span></li>
<li><a>Mortgage rates today: Rates inch lower ahead of inflation report</a><p>Mortgage rates ticked down for a second straight week as bond yields eased...</p></li></ul></div>
<aside id="trendingtickers"><h3>{pg.bp("Trending Tickers")}</h3><ul><li>GME GameStop Corp. 30.45 +74.40%</li><li>AMC AMC Entertainment 4.88 +78.35%</li><li>HLN Helion Inc. 118.20 +3.10%</li></ul></aside>
<footer><p><a>Terms</a> <a>Privacy</a> <a>Your Privacy Choices</a> <a>About Our Ads</a></p><p>{pg.bp("© 2024 Yahoo Markets. All rights reserved.")}</p></footer>
</body></html>"""
    pg.write(page)


def analysis() -> None:
    """A Seeking Alpha-like analysis: Summary bullets, h2 sections, table, disclosures, comments."""
    title = "Coastal Pipeline Partners: A 9% Yield That Is Better Covered Than It Looks"
    pg = Page("en_analysis_disclosure", "https://www.alphaseekers.com/article/4690123-coastal-pipeline-partners-9-percent-yield-better-covered-than-it-looks",
              "en", title, ["Graham Whitfield"],
              note="Seeking Alpha-like analysis; Summary bullets and the coverage table are body; chart source lines are credits")
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Coastal Pipeline Partners: A 9% Yield That Is Better Covered Than It Looks (NYSE:CPPL) | Alpha Seekers</title>
<meta property="og:title" content="Coastal Pipeline Partners: A 9% Yield That Is Better Covered Than It Looks (NYSE:CPPL)">
<meta property="og:site_name" content="Alpha Seekers">
<meta name="author" content="Graham Whitfield">
<meta property="article:published_time" content="2024-05-12T13:45:00-04:00">
{jsonld({"@context": "https://schema.org", "@type": "Article", "headline": title, "author": {"@type": "Person", "name": "Graham Whitfield", "url": "https://www.alphaseekers.com/author/graham-whitfield"},
         "datePublished": "2024-05-12T13:45:00-04:00", "about": [{"@type": "Corporation", "tickerSymbol": "NYSE:CPPL"}]})}
<script>window.SA={{"pageConfig":{{"articleId":4690123,"isPro":false,"paywall":"soft"}}}};</script>
{ANALYTICS}
</head><body>
<header data-test-id="header"><a href="/">Alpha Seekers</a><nav><a>Market News</a> <a>Stock Ideas</a> <a>Dividends</a> <a>ETFs &amp; Funds</a> <a>Earnings</a> <a>Investing Groups</a></nav><a>{pg.bp("Get Premium")}</a> <a>Sign in</a></header>
<main><article data-test-id="article">
<div data-test-id="post-page-meta"><a href="/symbol/CPPL">CPPL</a> <span>Energy</span></div>
<h1 data-test-id="post-title">{title}</h1>
<div data-test-id="post-author"><a href="/author/graham-whitfield">Graham Whitfield</a> <span>{pg.bp("Investing Group Leader")}</span> <button>{pg.bp("Follow")}</button><span>2.14K Followers</span></div>
<div data-test-id="post-date">May 12, 2024 1:45 PM ET <span>Coastal Pipeline Partners L.P. (CPPL) Stock</span> <span>{pg.bp("CPPL, ET, EPD")}</span> <span>{pg.bp("48 Comments")}</span></div>
<div data-test-id="post-summary"><h2>Summary</h2>
{pg.ul(["Coastal Pipeline Partners yields 9.1%, a level the market usually reserves for distributions that are about to be cut.",
        "Distributable cash flow covered the payout 1.6 times in 2023 and 1.5 times in the first quarter, with leverage now below 3.8 times.",
        "Fee-based contracts with minimum volume commitments protect about 85% of gross margin.",
        "I rate the units a Buy with a fair value of $24, about 20% above the current price."])}</div>
<div class="paywall-prompt-inline"><p>{pg.bp("Looking for more investing ideas like this one? Get them exclusively at Yield Harbor Income Desk. Learn More »")}</p></div>
<div data-test-id="content-container" class="paywall-full-content">
{pg.h("Investment thesis", tag="h2")}
{pg.p("Coastal Pipeline Partners (NYSE:CPPL) is one of the few midstream partnerships whose units still trade as if 2020 never ended. At $20.05, the units yield 9.1%, almost two percentage points more than the Alerian MLP index, even though the partnership has cut debt, simplified its structure and kept its distribution intact through the pandemic.")}
{pg.p("I think the market is mispricing the risk. The distribution is well covered, the balance sheet is the strongest it has been since the 2016 IPO, and the contract book gives unusually good visibility into cash flows for the next five years.")}
{pg.h("Distribution coverage", tag="h2")}
{pg.p("The table below shows distributable cash flow (DCF) against declared distributions since 2020. Coverage has never fallen below 1.3 times.")}
{pg.table([["Year", "DCF ($m)", "Distributions ($m)", "Coverage"],
           ["2020", "612", "455", "1.35x"],
           ["2021", "655", "455", "1.44x"],
           ["2022", "731", "468", "1.56x"],
           ["2023", "770", "481", "1.60x"],
           ["Q1 2024", "198", "121", "1.64x"]], attrs=' class="table"')}
<p class="chart-source">{pg.bp("Source: Company filings, author's calculations")}</p>
{pg.p("Management has used the excess cash to fund growth projects without issuing equity, which is a marked change from the partnership's early years. The Bayou Junction expansion, due in service in the third quarter, was funded entirely from retained cash flow.")}
{pg.h("Balance sheet", tag="h2")}
{pg.p("Net debt to EBITDA fell to 3.7 times at the end of March from 4.6 times in 2020. Management's target is 3.5 times, after which it has said it will consider raising the distribution by a low single-digit percentage each year. There are no significant maturities until 2027.")}
<figure><img src="https://static.alphaseekers.com/uploads/2024/5/cppl-leverage.png" alt="Leverage chart"><figcaption>{pg.bp("Source: Coastal Pipeline Partners investor presentation, May 2024")}</figcaption></figure>
{pg.h("Risks", tag="h2")}
{pg.p("There are three risks I watch closely:")}
{pg.ul(["Volume risk on the Gulf Coast gathering system, where two producers have reduced drilling this year.",
        "Re-contracting risk on the Delta Lateral, whose anchor contract expires in 2026.",
        "The general partner's control, which limits the say of common unitholders on capital allocation."])}
{pg.h("Bottom line", tag="h2")}
{pg.p("At 8.1 times EV/EBITDA, CPPL trades at a discount of about two turns to larger peers such as Energy Transfer (ET) and Enterprise Products (EPD). I do not think the discount is justified by the partnership's risks, and I expect it to narrow as leverage reaches the target. I rate the units a Buy.")}
</div>
<div data-test-id="disclosures"><p>{pg.bp("This article was written by")} <a>Graham Whitfield</a></p>
<p class="author-bio">{pg.bp("Graham Whitfield is a former pipeline engineer who has covered midstream energy and income investments for more than a decade. He leads the investing group Yield Harbor Income Desk.")}</p>
<p><strong>Analyst's Disclosure:</strong> {pg.bp("I/we have a beneficial long position in the shares of CPPL either through stock ownership, options, or other derivatives.")} {pg.bp("I wrote this article myself, and it expresses my own opinions. I am not receiving compensation for it (other than from Alpha Seekers). I have no business relationship with any company whose stock is mentioned in this article.")}</p>
<p><strong>Alpha Seekers' Disclosure:</strong> {pg.bp("Past performance is no guarantee of future results. No recommendation or advice is being given as to whether any investment is suitable for a particular investor.")} Any views or opinions expressed above may not reflect those of Alpha Seekers as a whole.</p></div>
<div data-test-id="comments"><h2>{pg.bp("Comments (48)")}</h2>
<div class="comment"><span>PipelineDan</span><p>{pg.bp("Been holding since 2019, coverage numbers match my own spreadsheet. The GP overhang is the real reason for the discount imo.")}</p><span>12 May 2024</span></div>
<div class="comment"><span>YieldHunter77</span><p>{pg.bp("What about the K-1? That alone keeps a lot of buyers away.")}</p></div></div>
</article>
<aside><h3>{pg.bp("Recommended For You")}</h3><ul><li><a>{pg.bp("Energy Transfer: 8% Yield, Growth Ahead")}</a></li><li><a>Enterprise Products Partners: The Sleep-Well-At-Night MLP</a></li><li><a>3 Midstream Stocks Yielding Over 7%</a></li></ul></aside></main>
<footer><p>{pg.bp("© 2024 Alpha Seekers Inc. All rights reserved.")}</p><p><a>Terms Of Use</a> <a>Privacy</a> <a>Do Not Sell My Personal Information</a></p></footer>
</body></html>"""
    pg.write(page)


def table_layout() -> None:
    """A local business journal on an old table layout: <font>, <br><br> paragraphs, nested data table."""
    title = "Riverside mill to reopen as cold-storage hub, adding 140 jobs"
    pg = Page("en_bizjournal_tables", "http://www.valleybusinessjournal.com/news/2024/0513/story4.asp",
              "en", title, ["Carla Mendes"],
              headers={"Content-Type": "text/html"},
              note="old table layout, no <p>, paragraphs separated by <br><br>, windows-1252 declared in meta; financing table is body")
    P = lambda m: pg.p(m, tag=None) + "<br><br>\n"  # noqa: E731
    page = f"""<html><head><title>Valley Business Journal - Riverside mill to reopen as cold-storage hub, adding 140 jobs</title>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<meta name="keywords" content="Valley Business Journal, business news, real estate, Riverside">
<script language="JavaScript" src="/js/rollover.js"></script>
<script language="JavaScript">function MM_openBrWindow(theURL,winName,features) {{ window.open(theURL,winName,features); }}</script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="780" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="3"><a href="/"><img src="/images/vbj_logo.gif" width="400" height="60" border="0" alt="Valley Business Journal"></a> <img src="/images/banner_ad_468.gif" alt="Advertisement"></td></tr>
<tr><td colspan="3" bgcolor="#003366"><font face="Verdana" size="1" color="#FFFFFF"><a href="/">Home</a> | <a href="/news/">News</a> | <a href="/realestate/">Real Estate</a> | <a href="/banking/">Banking</a> | <a href="/lists/">Book of Lists</a> | <a href="/events/">Events</a> | <a href="/subscribe/">Subscribe</a></font></td></tr>
<tr><td width="140" valign="top" bgcolor="#E8EEF4"><font face="Verdana" size="1">
<b>SECTIONS</b><br><a href="/news/">Top Stories</a><br><a href="/news/manufacturing/">Manufacturing</a><br><a href="/news/agriculture/">Agribusiness</a><br><a href="/news/health/">Health Care</a><br><a href="/people/">People on the Move</a><br><a href="/archive/">Archives</a><br><br>
<b>{pg.bp("E-NEWSLETTER")}</b><br>{pg.bp("Get the Morning Edition delivered free to your inbox every weekday.")}<br><form action="/signup.asp"><input name="email" size="12"><input type="submit" value="Go"></form></font></td>
<td width="480" valign="top"><table width="100%" cellpadding="8"><tr><td>
<font face="Verdana" size="1" color="#666666">{pg.bp("Posted: Monday, May 13, 2024")}</font><br>
<font face="Georgia" size="5"><b>{title}</b></font><br>
<font face="Verdana" size="2"><i>By Carla Mendes, Staff Writer</i></font><br><br>
<font face="Verdana" size="2">
{P("RIVERSIDE -- The long-idle Hartwell Paper Mill on the east bank of the Sauk River will get a second life as a refrigerated warehouse and distribution center, bringing an estimated 140 jobs to a site that has sat empty since 2009.")}
{P("Fresno-based Coldline Logistics said Friday it had closed on the purchase of the 38-acre property for $6.2 million and plans to invest a further $41 million converting the mill's main buildings into 310,000 square feet of cold storage for fruit, nuts and dairy products.")}
{P("&quot;This building has great bones. The floors were built to carry paper rolls, which is exactly what you need for racking that goes forty feet high,&quot; said Coldline chief executive Robert Ames. &quot;And the rail spur is still there.&quot;")}
{P("Construction is expected to start in August, with the first phase opening in the fall of 2025. The company said about 90 of the jobs would be warehouse and forklift positions paying $22 to $26 an hour, with the rest in maintenance, refrigeration engineering and management.")}
{pg.h("Tax incentives", tag="b")}<br>
{P("The Riverside City Council last month approved a 10-year property tax abatement for the project, and the county has agreed to repave a 1.2-mile stretch of Mill Road used by trucks. The state will contribute a $1.5 million workforce training grant, according to the Governor's Office of Business Development.")}
{P("The project's financing, as described in the city council staff report:")}
{pg.table([["Source", "Amount"], ["Coldline Logistics equity", "$18.0 million"], ["Valley Farm Credit term loan", "$24.0 million"],
           ["State workforce training grant", "$1.5 million"], ["City infrastructure contribution", "$3.7 million"], ["Total", "$47.2 million"]],
          attrs=' border="1" cellpadding="3" cellspacing="0" width="90%"', cell_attrs="")}<br>
{P("Not everyone welcomes the trucks. Residents of the Oak Flats neighborhood have asked the city to require a traffic study, saying the plant could add as many as 200 truck trips a day. Ames said the company would route trucks away from residential streets and would build a sound wall along the north side of the site.")}
{P("The mill employed 620 people at its peak in the 1980s. Its closure in 2009, after its owner moved production to Georgia, was one of the largest job losses in the county's history. Mayor Linda Osei called the sale &quot;the best news this end of town has had in fifteen years.&quot;")}
</font>
<font face="Verdana" size="1"><a href="javascript:window.print()">{pg.bp("Printer-friendly version")}</a> | <a href="/email.asp?id=4">{pg.bp("E-mail this story to a friend")}</a> | <a href="/reprints/">{pg.bp("Order reprints")}</a></font>
<hr size="1"><font face="Verdana" size="1"><b>{pg.bp("MORE TOP STORIES")}</b><br>
<a href="/news/2024/0513/story1.asp">{pg.bp("Credit union merger creates valley's largest")}</a><br><a href="/news/2024/0513/story2.asp">Almond growers brace for lower prices</a><br><a href="/news/2024/0513/story3.asp">{pg.bp("Downtown hotel changes hands for $19 million")}</a></font>
</td></tr></table></td>
<td width="160" valign="top"><font face="Verdana" size="1"><b>{pg.bp("MOST POPULAR")}</b><br><a>Fast-food chain plans 12 valley stores</a><br><a>{pg.bp("Who's buying farmland, and why")}</a><br><br><img src="/images/ad_160x600.gif" alt="ad"><br>{pg.bp("Advertise with us")}</font></td></tr>
<tr><td colspan="3" align="center"><font face="Verdana" size="1">{pg.bp("Copyright &copy; 2024 Valley Business Journal. All rights reserved. Reproduction in whole or in part without permission is prohibited.")}<br><a href="/privacy.asp">Privacy Policy</a> | <a href="/contact.asp">Contact Us</a></font></td></tr>
</table></body></html>"""
    pg.write(page, encoding="cp1252")


def newswire() -> None:
    """A PR Newswire-like release: dateline, highlights list, results table, About/forward-looking boilerplate."""
    title = "Aurelia Biosystems Reports First Quarter 2024 Financial Results"
    pg = Page("en_newswire_release", "https://www.prwirecast.com/news-releases/aurelia-biosystems-reports-first-quarter-2024-financial-results-302142551.html",
              "en", title, [],
              note="press release: no author; About, forward-looking statements, contacts are boilerplate; results table and conference call are body")
    page = f"""<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8">
<title>Aurelia Biosystems Reports First Quarter 2024 Financial Results</title>
<meta name="description" content="SAN DIEGO, May 13, 2024 /PRWirecast/ -- Aurelia Biosystems, Inc. (Nasdaq: AURB), a company developing...">
<meta property="og:title" content="Aurelia Biosystems Reports First Quarter 2024 Financial Results">
<meta property="og:site_name" content="PR Wirecast">
<meta name="author" content="Aurelia Biosystems, Inc.">
<meta name="date" content="2024-05-13T16:05:00-04:00">
{jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": "2024-05-13T16:05:00-04:00",
         "author": {"@type": "Organization", "name": "Aurelia Biosystems, Inc."}, "publisher": {"@type": "Organization", "name": "PR Wirecast"}})}
{ANALYTICS}
</head><body>
<div id="cookie-consent"><p>{pg.bp("This website uses cookies to enhance user experience and to analyze performance and traffic on our website.")}</p><button>Accept</button><button>{pg.bp("Reject All")}</button></div>
<header><a href="/">PR Wirecast</a><ul class="nav"><li><a>News</a></li><li><a>Products</a></li><li><a>Contact</a></li></ul><a>{pg.bp("Send a Release")}</a> <a>Journalists</a> <a>Sign Up</a></header>
<div class="breadcrumb"><a>News Releases</a> &gt; <a>Health</a> &gt; <a>Biotechnology</a></div>
<article class="news-release"><header class="release-header"><div class="release-logo"><img src="/logo/aurelia.png" alt="Aurelia Biosystems logo"></div>
<h1>{title}</h1>
<p class="subtitle">Cash runway extended into 2027; Phase 2 readout of AUR-301 on track for fourth quarter</p>
<div class="meta"><span>News provided by</span> <a href="/news/aurelia-biosystems/">Aurelia Biosystems, Inc.</a> <p class="mb-no">May 13, 2024, 16:05 ET</p></div>
<div class="social-share"><span>{pg.bp("Share this article")}</span></div></header>
<section class="release-body container"><div class="row"><div class="col-lg-10 col-lg-offset-1">
{pg.p('SAN DIEGO, May 13, 2024 /PRWirecast/ -- Aurelia Biosystems, Inc. (Nasdaq: AURB), a clinical-stage company developing antibody therapies for fibrotic diseases, today reported financial results for the first quarter ended March 31, 2024, and provided a business update.')}
{pg.p('&quot;We began 2024 with strong execution across our pipeline, completing enrollment in our Phase 2 trial of AUR-301 in idiopathic pulmonary fibrosis three months ahead of plan,&quot; said Helena Brandt, Ph.D., Chief Executive Officer of Aurelia. &quot;With the proceeds of our March financing, we now expect our cash to fund operations into the first half of 2027.&quot;')}
{pg.h("<b>First Quarter 2024 and Recent Highlights</b>", tag="p")}
{pg.ul(["Completed enrollment of 186 patients in the Phase 2 FIBRA-2 trial of AUR-301; topline data expected in the fourth quarter of 2024.",
        "Dosed the first patient in a Phase 1b trial of AUR-415 in systemic sclerosis.",
        "Raised gross proceeds of $120 million in an underwritten public offering in March.",
        "Appointed Marcus Oyelaran, M.D., as Chief Medical Officer."])}
{pg.h("<b>First Quarter 2024 Financial Results</b>", tag="p")}
{pg.ul(["<b>Cash position:</b> Cash, cash equivalents and marketable securities were $318.4 million as of March 31, 2024, compared with $231.9 million as of December 31, 2023.",
        "<b>Research and development expenses</b> were $34.7 million, compared with $26.2 million for the first quarter of 2023, driven by the FIBRA-2 trial.",
        "<b>General and administrative expenses</b> were $9.8 million, compared with $8.1 million a year earlier.",
        "<b>Net loss</b> was $40.3 million, or $0.71 per share, compared with $32.0 million, or $0.66 per share, for the first quarter of 2023."])}
{pg.p("<b>Condensed Statements of Operations</b> (in thousands, except per share data, unaudited)")}
{pg.table([["", "Three Months Ended March 31, 2024", "Three Months Ended March 31, 2023"],
           ["Research and development", "34,712", "26,204"],
           ["General and administrative", "9,811", "8,096"],
           ["Total operating expenses", "44,523", "34,300"],
           ["Interest income", "4,226", "2,297"],
           ["Net loss", "(40,297)", "(32,003)"],
           ["Net loss per share, basic and diluted", "(0.71)", "(0.66)"]], attrs=' class="table table-bordered"')}
{pg.h("<b>Conference Call and Webcast</b>", tag="p")}
{pg.p("Aurelia will host a conference call and webcast today at 4:30 p.m. Eastern Time. The live webcast can be accessed from the Investors section of the company's website, and a replay will be available for 30 days.")}
<p><b>{pg.bp("About Aurelia Biosystems")}</b></p>
<p>{pg.bp("Aurelia Biosystems is a clinical-stage biotechnology company developing antibody therapies that target the drivers of fibrosis. The company's lead candidate, AUR-301, is in Phase 2 development for idiopathic pulmonary fibrosis. Aurelia is headquartered in San Diego. For more information, visit www.aureliabio.com.")}</p>
<p><b>{pg.bp("Forward-Looking Statements")}</b></p>
<p>{pg.bp("This press release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995, including statements regarding the timing of clinical data, the sufficiency of the company's cash resources and the potential of its product candidates.")} Words such as &quot;anticipate,&quot; &quot;expect,&quot; &quot;plan&quot; and &quot;will&quot; are intended to identify forward-looking statements. {pg.bp("Actual results could differ materially from those described in the forward-looking statements, and Aurelia undertakes no obligation to update them except as required by law.")}</p>
<p><b>{pg.bp("Investor Contact:")}</b><br>{pg.bp("Jordan Pike, Vice President, Investor Relations")}<br>ir@aureliabio.com</p>
<p><b>Media Contact:</b><br>{pg.bp("Kelsey Tran, Harbor Point Communications")}<br>+1 619-555-0142</p>
<p>{pg.bp("SOURCE Aurelia Biosystems, Inc.")}</p>
</div></div></section>
<div class="release-footer"><p>{pg.bp("View original content to download multimedia:")}https://www.prwirecast.com/news-releases/aurelia-biosystems-reports-first-quarter-2024-financial-results-302142551.html</p></div>
</article>
<aside><h3>{pg.bp("Also from this source")}</h3><ul><li><a>{pg.bp("Aurelia Biosystems to Present at Upcoming Investor Conferences")}</a></li><li><a>Aurelia Biosystems Announces Pricing of $120 Million Public Offering</a></li></ul>
<h3>{pg.bp("Explore")}</h3><ul><li><a>Biotechnology</a></li><li><a>Clinical Trials &amp; Medical Discoveries</a></li><li><a>Earnings</a></li></ul></aside>
<footer><p>{pg.bp("Copyright © 2024 PR Wirecast LLC. All Rights Reserved.")} A Cision-like company.</p></footer>
</body></html>"""
    pg.write(page)


def newsletter_post() -> None:
    """A Substack/Medium-like post: subscribe widgets, share/like bars, footer of the platform."""
    title = "The curve is un-inverting. Here is why that is not the all-clear"
    pg = Page("en_newsletter_post", "https://thelongbond.letterhost.com/p/the-curve-is-un-inverting",
              "en", title, ["Ruth Abernathy"], note="Substack-like post; subtitle is not body; quoted passage (blockquote) is body")
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>The curve is un-inverting. Here is why that is not the all-clear</title>
<meta name="description" content="Bull steepeners have a bad track record, and a short history of the last four cycles">
<meta property="og:title" content="The curve is un-inverting. Here is why that is not the all-clear">
<meta property="og:site_name" content="The Long Bond">
<meta name="author" content="Ruth Abernathy">
<meta property="article:published_time" content="2024-05-11T12:02:44.000Z">
{jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "description": "Bull steepeners have a bad track record",
         "author": [{"@type": "Person", "name": "Ruth Abernathy", "url": "https://letterhost.com/@ruthabernathy"}], "datePublished": "2024-05-11T12:02:44.000Z",
         "publisher": {"@type": "Organization", "name": "The Long Bond"}})}
<script>window._preloads = JSON.parse("{{\\"post\\":{{\\"id\\":144232210,\\"audience\\":\\"everyone\\"}}}}")</script>
</head><body>
<div class="main-menu"><a class="navbar-title-link" href="/">The Long Bond</a> <button class="button primary">{pg.bp("Subscribe")}</button> <a href="/account/login">Sign in</a></div>
<article class="typography newsletter-post post">
<div class="post-header"><h1 class="post-title unpublished">{title}</h1>
<h3 class="subtitle">Bull steepeners have a bad track record, and a short history of the last four cycles</h3>
<div class="post-meta"><div class="profile-hover-card-target"><a href="https://letterhost.com/@ruthabernathy">Ruth Abernathy</a></div><div class="pencraft">May 11, 2024</div></div>
<div class="post-ufi"><a class="like-button">42</a> <a class="comment-button">9</a> <a class="share-button">{pg.bp("Share")}</a></div></div>
<div class="available-content"><div dir="auto" class="body markup">
{pg.p("For almost two years, the gap between two-year and ten-year Treasury yields has been negative. That inversion has been the most reliable recession signal of the last half century, and it has so far been wrong. Now the curve is steepening again, and plenty of people I respect are treating that as the moment to declare victory.")}
{pg.p("I think that is backwards. Historically, the dangerous part of the cycle is not the inversion. It is the un-inversion.")}
{pg.h("What a bull steepener means", tag="h2", attrs=' class="header-anchor-post"')}
{pg.p("There are two ways for the curve to steepen. In a bear steepener, long yields rise faster than short ones, usually because investors demand more compensation for inflation or for holding government debt. In a bull steepener, short yields fall faster than long ones, usually because the market expects the central bank to cut &mdash; often because something has broken.")}
{pg.p("The last four times the curve un-inverted through a bull steepener, the economy was either already in recession or entered one within six months:")}
{pg.ul(["<p>1990: the curve turned positive in the spring; the recession began in July.</p>",
        "<p>2001: positive by January; recession from March.</p>",
        "<p>2007: positive in June; recession from December.</p>",
        "<p>2019-2020: positive in October 2019; the pandemic recession began in February 2020.</p>"])}
<div class="subscription-widget-wrap"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">{pg.bp("Thanks for reading The Long Bond! Subscribe for free to receive new posts and support my work.")}</p></div><form class="subscription-widget-subscribe"><input type="email" placeholder="Type your email..."><input type="submit" value="Subscribe"></form></div></div>
{pg.p("Four observations are not a law of nature, and the pandemic case is obviously special. But the mechanism is intuitive. The front end of the curve falls when the market starts to price cuts, and the market prices cuts when growth is rolling over.")}
{pg.h("Why this time might be different", tag="h2", attrs=' class="header-anchor-post"')}
{pg.p("The honest counterargument is that this steepening is partly a bear steepener. Ten-year yields have risen by about 60 basis points since January, as investors demanded more term premium to hold a growing stock of Treasury debt. That is not a recession signal; if anything, it is a sign that the market sees growth holding up.")}
{pg.p("A recent staff paper from a regional Fed put the question well:")}
{pg.p("&ldquo;The information content of the slope depends on why it moves. A steepening driven by expected policy easing has historically preceded downturns; a steepening driven by term premia has not.&rdquo;", tag="blockquote")}
{pg.p("By my rough decomposition, about two thirds of the move since January has come from term premium. That is reassuring, but it also means the signal is noisier than usual, and noise is not the same as an all-clear.")}
{pg.h("What I am watching", tag="h2", attrs=' class="header-anchor-post"')}
{pg.p("The things that would change my mind are boring: initial jobless claims above 260,000 for a month, a rise in the unemployment rate of half a point from its low, and a fall in the two-year yield that is not explained by softer inflation. None of those has happened yet. When they do, I will write about it here.")}
</div></div>
<div class="post-footer"><div class="post-ufi"><a>42 Likes</a> <a>{pg.bp("Leave a comment")}</a> <a>Share</a></div>
<div class="subscribe-footer"><p>{pg.bp("Ready for more?")}</p><form><input type="email"><button>Subscribe</button></form></div></div>
<div class="comments-section"><h4>{pg.bp("Discussion about this post")}</h4><div class="comment"><a>BondVigilante</a><p>{pg.bp("Great piece. The 2019 case is the one people forget - the curve re-steepened well before anyone knew about the virus.")}</p></div></div>
</article>
<div class="footer-wrap"><p>{pg.bp("© 2024 Ruth Abernathy")}</p><p>{pg.bp("Privacy ∙ Terms ∙ Collection notice")}</p><p><a>{pg.bp("Start Writing")}</a> <a>Get the app</a></p><p>{pg.bp("Letterhost is the home for great culture")}</p></div>
</body></html>"""
    pg.write(page)


ALL = [wire, paywall, video, syndicated, analysis, table_layout, newswire, newsletter_post]
