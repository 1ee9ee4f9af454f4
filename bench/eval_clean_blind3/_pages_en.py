from _build import render, write

UTF8 = {"Content-Type": "text/html; charset=utf-8"}


def page_guardian():
    title = "UK retailers warn of job cuts as higher employer costs bite before Christmas"
    items = [
        ("p", "Britain’s biggest retailers have warned that thousands of entry-level jobs are at risk in the new year, after a survey of chief executives found that nearly two-thirds plan to reduce staff hours or freeze hiring to absorb higher national insurance contributions and the rise in the minimum wage."),
        ("p", "The British Retail Consortium (BRC), whose members employ more than 1.2 million people, said the combined cost of April’s changes would add about £5.1bn to the sector’s wage bill over the next 12 months, at a time when shoppers remain cautious about discretionary spending."),
        ("raw", '<div class="ad-slot-container"><div class="ad-slot ad-slot--inline" data-label-show="true"><p class="ad-slot__label">Advertisement</p></div></div>', ["Advertisement"]),
        ("p", "“We are not crying wolf,” said Helen Dickinson’s successor at the BRC, Marcus Ellery. “Retail is the country’s largest private-sector employer and the first rung on the ladder for many young people. When you put up the cost of employing someone by this much, in one go, something has to give.”"),
        ("raw", '<aside data-component="rich-link" class="element element-rich-link"><p><span>Related: </span><a href="https://www.theguardian.com/business/2026/nov/18/uk-inflation-october">UK inflation rises to 3.9% as food prices climb again</a></p></aside>', ["Related: UK inflation rises to 3.9% as food prices climb again"]),
        ("p", "The survey, carried out in October, found that 64% of retail bosses expected to cut the number of hours worked in their shops, while 41% said they would close at least some stores earlier in the evening. Almost half said they would put up prices, adding to pressure on inflation, which rose to 3.9% in October according to the Office for National Statistics."),
        ("h2", "Treasury under pressure"),
        ("p", "The warning adds to pressure on the chancellor before next week’s budget, when industry groups hope for relief on business rates. The Treasury has said the changes were needed to repair the public finances and that the rise in the employment allowance would protect the smallest businesses."),
        ("raw", '<figure id="EmailSignup-skip-link-7" class="element element-embed" data-spacefinder-role="inline"><a href="#EmailSignup-skip-link-7" class="dcr-jzxpee">skip past newsletter promotion</a><div class="dcr-newsletter-signup"><p class="dcr-1k8q7w6">Sign up to Business Today</p><p class="dcr-aum6l9">Get set for the working day – we’ll point you to all the business news and analysis you need every morning</p><p class="dcr-oc9yto"><strong>Privacy Notice: </strong>Newsletters may contain info about charities, online ads, and content funded by outside parties. For more information see our Privacy Policy. We use Google reCaptcha to protect our website and the Google Privacy Policy and Terms of Service apply.</p><a class="dcr-button">Sign up</a></div><p id="EmailSignup-skip-link-7" class="dcr-1tqv4r7">after newsletter promotion</p></figure>',
         ["skip past newsletter promotion", "Sign up to Business Today", "Get set for the working day – we’ll point you to all the business news and analysis you need every morning", "Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties.", "after newsletter promotion"]),
        ("p", "A Treasury spokesperson said: “We took difficult decisions to fix the foundations of the economy. More than half of employers will see no change or will pay less, and we are reforming business rates so that high-street shops get a permanently lower rate.”"),
        ("p", "Economists said the full impact of the changes had been slow to appear in official data, because many retailers had chosen to let staff leave without replacing them rather than announce redundancies. Figures from the ONS show the number of payrolled employees in retail and wholesale has fallen by 73,000 over the past year."),
        ("p", "Sofia Marchetti, an economist at the consultancy Capital Insight, said: “The adjustment is happening quietly, through fewer hours and fewer vacancies. That matters for the Bank of England, because weaker hiring should eventually cool wage growth, but in the meantime prices are being pushed up.”"),
        ("h2", "Shoppers hold back"),
        ("p", "Separate figures from Barclaycard showed card spending on clothing fell by 2.4% in October compared with a year earlier, while spending on groceries rose by 3.1%, largely reflecting higher prices. Retailers are counting on the Black Friday weekend and the weeks before Christmas, which can account for a fifth of annual sales."),
        ("p", "Some larger chains have fared better. Next raised its profit forecast for the third time this year in October, and Marks &amp; Spencer reported a rise in food sales. But smaller fashion and homeware chains, which have thinner margins and fewer online sales, have been hit hardest."),
        ("p", "The BRC called on the government to bring forward the planned cut in business rates for shops and to phase in future increases in employer costs. “Give us time and certainty and we will keep investing in people,” Ellery said."),
    ]
    art, body, heads, bp_in = render(items, p_attr=' class="dcr-s3ycb2"', h_tag_attr=' id="sub"')
    bp = bp_in + [
        "Photograph: Jordan Pettitt/PA",
        "Explore more on these topics",
        "Reuse this content",
        "Most viewed",
        "Comments (214)",
        "Sign in or create your Guardian account to join the discussion",
        "Ministers urged to act as factory orders slump to five-year low",
        "© 2026 Guardian News & Media Limited or its affiliated companies. All rights reserved.",
        "Support the Guardian",
        "Fund independent journalism with £5 per month",
        "This article is more than 1 month old",
        "Retailers say they will cut hours, freeze hiring and raise prices as employer national insurance rises take effect",
    ]
    html = f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>{title} | Retail industry | The Guardian</title>
<meta name="description" content="Retailers say they will cut hours, freeze hiring and raise prices as employer national insurance rises take effect">
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="the Guardian">
<meta property="og:type" content="article">
<meta property="og:url" content="https://www.theguardian.com/business/2026/nov/24/uk-retailers-warn-job-cuts-employer-costs">
<meta property="article:published_time" content="2026-11-24T06:00:12.000Z">
<meta property="article:section" content="Business">
<meta property="article:author" content="https://www.theguardian.com/profile/sarah-butler-x">
<meta name="author" content="Joanna Partridge">
<link rel="canonical" href="https://www.theguardian.com/business/2026/nov/24/uk-retailers-warn-job-cuts-employer-costs">
<script type="application/ld+json">[{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{title}","datePublished":"2026-11-24T06:00:12.000Z","author":[{{"@type":"Person","name":"Joanna Partridge","sameAs":"https://www.theguardian.com/profile/joanna-partridge"}}],"publisher":{{"@type":"Organization","name":"The Guardian"}}}},{{"@context":"https://schema.org","@type":"WebPage","potentialAction":{{"@type":"ViewAction","target":"android-app://com.guardian/"}}}}]</script>
<script>window.guardian={{"config":{{"page":{{"contentType":"Article","section":"business","isPaidContent":false}}}}}};</script>
<style>.dcr-s3ycb2{{font-family:GuardianTextEgyptian}}</style>
</head><body>
<div id="bannerandheader"><header data-component="header"><a href="/">Skip to main content</a><a href="/">Skip to navigation</a>
<div class="dcr-support"><p>Support the Guardian</p><p>Fund independent journalism with £5 per month</p><a href="/contribute">Support us</a></div>
<nav aria-label="Guardian sections"><ul><li><a href="/">News</a></li><li><a href="/commentisfree">Opinion</a></li><li><a href="/sport">Sport</a></li><li><a href="/culture">Culture</a></li><li><a href="/lifeandstyle">Lifestyle</a></li></ul>
<ul><li><a href="/uk-news">UK</a></li><li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/business/retail">Retail</a></li><li><a href="/money">Money</a></li></ul></nav></header></div>
<main data-layout="StandardLayout"><article class="dcr-1xv2h2p">
<div class="dcr-age-warning" data-gu-name="age-warning"><span>This article is more than 1 month old</span></div>
<div data-gu-name="section"><a href="/business/retail" class="dcr-section">Retail industry</a></div>
<div data-gu-name="headline"><h1 class="dcr-headline">{title}</h1></div>
<div data-gu-name="standfirst"><div class="dcr-standfirst"><p>Retailers say they will cut hours, freeze hiring and raise prices as employer national insurance rises take effect</p></div></div>
<div data-gu-name="media"><figure class="dcr-main-media"><picture><img src="https://i.guim.co.uk/img/media/shoppers.jpg" alt="Shoppers on Oxford Street in London"></picture><figcaption><span class="dcr-caption">Shoppers on Oxford Street in London. Retailers are counting on the Christmas period.</span> Photograph: Jordan Pettitt/PA</figcaption></figure></div>
<div data-gu-name="meta"><div class="dcr-byline"><a rel="author" href="/profile/joanna-partridge">Joanna Partridge</a></div>
<details class="dcr-dateline"><summary>Mon 24 Nov 2026 06.00 GMT</summary>First published on Mon 24 Nov 2026 00.01 GMT</details>
<div class="dcr-share"><ul><li><a>Share on Facebook</a></li><li><a>Share on X</a></li><li><a>Share via Email</a></li></ul><span>Share</span></div>
<a href="#comments" class="dcr-comment-count">Comments (214)</a></div>
<div data-gu-name="body"><div id="maincontent" class="article-body-commercial-selector article-body-viewer-selector dcr-ch7w1w">
{art}
</div></div>
<div data-gu-name="footer"><div class="dcr-keywords"><p>Explore more on these topics</p><ul><li><a href="/business/retail">Retail industry</a></li><li><a href="/business/economics">Economics</a></li><li><a href="/money/national-insurance">National insurance</a></li><li><a href="/business/employment">Employment</a></li></ul></div>
<div class="dcr-share-footer"><a>Share</a><a href="https://syndication.theguardian.com/">Reuse this content</a></div></div>
</article>
<section id="comments" data-component="discussion"><h2>Comments (214)</h2><p>Sign in or create your Guardian account to join the discussion</p></section>
<section data-component="most-popular"><h2>Most viewed</h2><ol><li><a href="/b/1">Ministers urged to act as factory orders slump to five-year low</a></li><li><a href="/b/2">Pound slides against dollar after weak growth figures</a></li><li><a href="/b/3">Thames Water creditors agree rescue deal</a></li></ol></section>
</main>
<footer data-component="footer"><ul><li><a href="/about">About us</a></li><li><a href="/help">Help</a></li><li><a href="/complaints">Complaints &amp; corrections</a></li></ul><p>© 2026 Guardian News &amp; Media Limited or its affiliated companies. All rights reserved. (dcr)</p></footer>
<div id="sp_message_container_1" class="message-container"><div class="message"><p>It’s your choice</p><p>We use cookies, tracking and other technologies to improve your experience. You can change your choices at any time via ‘Privacy settings’ in the footer.</p><button>Yes, I’m happy</button><button>Manage or reject cookies</button></div></div>
</body></html>
"""
    write("en_guardian_biz", url="https://www.theguardian.com/business/2026/nov/24/uk-retailers-warn-job-cuts-employer-costs",
          headers=UTF8, html=html, body=body, headings=heads, boilerplate=bp, title=title,
          authors=["Joanna Partridge"], language="en",
          notes="Guardian DCR-like: standfirst (dek, not body), inline ad label, rich-link aside, newsletter figure inside body, keywords/share footer, comments, most viewed, CMP cookie banner.")


def page_forbes():
    title = "Why Copper’s Record Run May Have Further To Go In 2027"
    items = [
        ("p", "Copper prices touched a record $11,940 a metric ton on the London Metal Exchange this week, and the usual explanation — Chinese stimulus and a weaker dollar — only tells part of the story. The bigger driver, in my view, is a supply side that has been underestimated for most of the decade."),
        ("p", "Mine output growth has slowed to barely 1% a year since 2022, according to data from the International Copper Study Group. Grades at the world’s largest mines in Chile keep falling, and the pipeline of new projects is thin because few companies were willing to commit billions of dollars when prices were stuck below $9,000."),
        ("raw", '<div class="link-embed"><a href="https://www.forbes.com/sites/x/2026/10/02/gold-3000/" class="link-embed__content"><span class="link-embed__more">MORE FROM FORBES</span><span class="link-embed__title">Gold Above $3,000: What Comes Next For Miners</span><span class="link-embed__author">By Mark Delaney</span></a></div>', ["MORE FROM FORBES", "Gold Above $3,000: What Comes Next For Miners"]),
        ("h2", "Demand is broadening beyond China"),
        ("p", "China still consumes about 55% of the world’s refined copper, but the growth is increasingly coming from elsewhere. Grid investment in the U.S. and Europe, data-center construction and defense spending have all added to demand that is less sensitive to Chinese property cycles."),
        ("p", "A single hyperscale data center can use between 5,000 and 10,000 tons of copper in power distribution, cooling and connectivity. Utilities in the U.S. have lifted their capital spending plans by roughly a quarter over the past two years, and transformers and cables are among the items with the longest waiting lists."),
        ("raw", '<div class="vestpocket" data-ad-position="inline"><div class="fbs-ad--ntv-home-wrapper"><span>ADVERTISEMENT</span></div></div>', ["ADVERTISEMENT"]),
        ("h2", "The risks to the bull case"),
        ("p", "None of this means prices move in a straight line. Speculative positioning on Comex is close to its highest level since 2021, which leaves the market vulnerable to a sharp correction if macro sentiment turns. A U.S. tariff decision on refined copper imports, due in the first quarter, could also distort regional prices for months."),
        ("p", "Recycling is the other wild card. Higher prices pull more scrap into the market, and Chinese smelters have become adept at processing it. Scrap supply rose by about 8% this year, which helped keep refined markets from tightening even further."),
        ("p", "Still, the direction of travel looks clear to me. Analysts at several banks now see deficits of 300,000 to 500,000 tons in 2027, and inventories on the three major exchanges cover only a few days of global consumption. For investors, diversified miners with growing copper output and low-cost royalty companies look better placed than buying futures outright."),
        ("p", "I expect volatility, but I would not bet against the metal that the energy transition cannot do without."),
    ]
    art, body, heads, bp_in = render(items)
    bp = bp_in + [
        "Follow me on Twitter or LinkedIn. Check out my website.",
        "Mark Delaney is a commodities analyst and former mining-equity portfolio manager who has covered metals markets for 18 years.",
        "Editorial Standards",
        "Reprints & Permissions",
        "Opinions expressed by Forbes Contributors are their own.",
        "I cover commodities, mining and the energy transition.",
        "Forbes Daily: Join over 1 million Forbes Daily subscribers and get our best stories, exclusive reporting and essential analysis of the day’s news in your inbox every weekday.",
        "By signing up, you agree to receive this newsletter, other updates about Forbes and its affiliates’ offerings, our Terms of Service",
        "The 5 Best High-Yield Savings Accounts Of December",
        "Getty Images",
    ]
    html = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<meta property="og:title" content="{title}"><meta property="og:site_name" content="Forbes">
<meta property="og:type" content="article"><meta name="author" content="Mark Delaney">
<meta property="article:published_time" content="2026-11-23T08:15:00-05:00">
<meta property="article:section" content="Markets">
<script type="application/ld+json">{{"@context":"http://schema.org","@type":"NewsArticle","headline":"{title}","author":{{"@type":"Person","name":"Mark Delaney","url":"https://www.forbes.com/sites/markdelaney/","jobTitle":"Contributor"}},"datePublished":"2026-11-23T08:15:00-05:00","publisher":{{"@type":"Organization","name":"Forbes"}},"isAccessibleForFree":true}}</script>
<script>var forbes = {{"channel":"money","tracking":{{"contribType":"Contributor"}}}};</script>
</head><body class="article-page">
<div class="header__wrapper"><header class="header"><a class="header__logo" href="/">Forbes</a><nav class="header__channels"><a href="/billionaires/">Billionaires</a><a href="/innovation/">Innovation</a><a href="/leadership/">Leadership</a><a href="/money/">Money</a><a href="/business/">Business</a></nav><a class="subscribe-link">Subscribe: Less than $1.50/wk</a></header></div>
<main class="article-body-wrapper"><div class="top-ad-container"><span>ADVERTISEMENT</span></div>
<div class="article-sub-heading"><a href="/markets/" class="channel-name">Markets</a></div>
<div class="content-data"><div class="article-headline-container"><h1 class="fs-headline">{title}</h1>
<div class="top-contrib-block"><div class="contrib-byline-author"><a href="/sites/markdelaney/" class="contrib-link--name">Mark Delaney</a><span class="contrib-link--role">Contributor</span></div>
<div class="contrib-byline-bio"><p>I cover commodities, mining and the energy transition.</p></div>
<div class="fs-disclosure"><p>Opinions expressed by Forbes Contributors are their own.</p></div>
<div class="content-data__timestamp"><time>Nov 23, 2026, 08:15am EST</time></div>
<div class="sharing-toolbar"><button>Share to Facebook</button><button>Share to Twitter</button><button>Share to Linkedin</button><button>Save Article</button></div></div></div>
<div class="article-body fs-article fs-responsive-text current-article">
<figure class="embed-base image-embed"><img src="https://imageio.forbes.com/copper.jpg" alt="Copper cathodes"><figcaption><p class="color-body light-text">Copper cathodes stacked at a warehouse in Shanghai.</p><small>Getty Images</small></figcaption></figure>
{art}
<div class="article-footer-social"><p>Follow me on <a href="https://twitter.com/mdelaney">Twitter</a> or <a href="https://linkedin.com/in/md">LinkedIn</a>. Check out my <a href="https://delaney.example.com">website</a>.</p></div>
<div class="contrib-bio-footer"><div class="fs-author-name"><a href="/sites/markdelaney/">Mark Delaney</a></div><div class="fs-author-bio"><p>Mark Delaney is a commodities analyst and former mining-equity portfolio manager who has covered metals markets for 18 years. His work has appeared in trade journals and he advises institutional investors on metals exposure.</p></div><a class="fs-author-read-more">Read More</a></div>
<div class="article-footer-links"><a href="/sites/forbes-editorial-standards/">Editorial Standards</a><a href="https://www.parsintl.com/forbes/">Reprints &amp; Permissions</a></div>
</div></div>
<div class="newsletter-signup-wrapper"><h3>Forbes Daily</h3><p>Forbes Daily: Join over 1 million Forbes Daily subscribers and get our best stories, exclusive reporting and essential analysis of the day’s news in your inbox every weekday.</p><input type="email" placeholder="Email address"><p class="legal">By signing up, you agree to receive this newsletter, other updates about Forbes and its affiliates’ offerings, our Terms of Service (including resolving disputes on an individual basis via arbitration), and you acknowledge our Privacy Statement.</p></div>
<section class="more-for-you"><h2>More For You</h2><ul><li><a>The 5 Best High-Yield Savings Accounts Of December</a></li><li><a>Oil Prices Slide As OPEC+ Weighs Output Hike</a></li><li><a>Billionaire Investor Adds To Stake In Freeport-McMoRan</a></li></ul></section>
</main>
<footer class="footer"><p>© 2026 Forbes Media LLC. All Rights Reserved.</p><a>AdChoices</a><a>Privacy Statement</a><a>Do Not Sell My Personal Information</a></footer>
<div id="onetrust-banner-sdk"><p>By clicking “Accept All Cookies”, you agree to the storing of cookies on your device to enhance site navigation, analyze site usage, and assist in our marketing efforts.</p><button>Accept All Cookies</button></div>
</body></html>
"""
    write("en_forbes_contrib", url="https://www.forbes.com/sites/markdelaney/2026/11/23/why-coppers-record-run-may-have-further-to-go-in-2027/",
          headers=UTF8, html=html, body=body, headings=heads, boilerplate=bp, title=title,
          authors=["Mark Delaney"], language="en",
          notes="Forbes contributor-like: role/bio/disclosure under byline, MORE FROM FORBES link embed mid-body, follow-me line and author bio inside article-body, newsletter box, More For You.")


def page_fortune():
    title = "Private credit funds are quietly marking down loans to software companies"
    items = [
        ("p", "Some of the largest private credit managers have begun cutting the value of loans they made to software companies during the 2021 buyout boom, a sign that the industry’s fastest-growing corner is starting to feel the strain of higher-for-longer interest rates."),
        ("p", "Filings from a dozen publicly traded business development companies, or BDCs, show that the average mark on first-lien software loans fell to 94.2 cents on the dollar at the end of September, from 97.8 cents a year earlier. Non-accruals — loans on which the lender has stopped expecting interest — rose to 2.9% of the software book at cost."),
        ("p", "The numbers are still modest compared with past credit cycles. But they matter because software became the single largest sector exposure for private lenders, who were attracted by recurring subscription revenue and the high valuations private equity firms were paying."),
        ("raw", '<div class="newsletter-inline" data-cy="newsletter-module"><p><strong>Recommended Newsletter:</strong> CEO Daily provides key context for the news leaders need to know from across the world of business. Every weekday morning, more than 125,000 readers trust CEO Daily for insights about–and from inside–the C-suite. <a href="/newsletters/ceo-daily">Subscribe Now.</a></p></div>',
         ["Recommended Newsletter: CEO Daily provides key context for the news leaders need to know from across the world of business."]),
        ("p", "“A lot of these deals were underwritten at 7 or 8 times recurring revenue with interest coverage that assumed rates would stay near zero,” said Priya Raman, a portfolio manager at the credit fund Halden Capital. “Those companies are growing, but not fast enough to grow into the capital structure.”"),
        ("p", "Many borrowers have responded by switching to payment-in-kind interest, which lets them add unpaid interest to the loan balance instead of paying cash. The share of BDC income coming from PIK interest has climbed to about 8%, according to research firm Lincoln Keller, from roughly 5% two years ago."),
        ("p", "Managers say the losses will remain limited because most loans sit at the top of the capital structure and the sponsors behind the companies have injected fresh equity in several cases. Blue Harbor Capital, one of the biggest lenders to software firms, told investors this month that its realized loss rate since inception is below 0.1% a year."),
        ("p", "Skeptics point out that private loans are valued by the managers themselves, with the help of third-party firms, and that marks tend to lag the public markets. Shares of several listed BDCs trade at discounts of 10% to 15% to their reported net asset values, suggesting investors believe the books are worth less than stated."),
        ("p", "The test will come in 2027 and 2028, when a large wave of software loans made at the peak of the boom comes due. If buyout firms cannot sell or refinance those companies, lenders may have to choose between extending the loans again and taking the keys."),
    ]
    art, body, heads, bp_in = render(items)
    bp = bp_in + [
        "This story was originally featured on Fortune.com",
        "Join us at the Fortune Workplace Innovation Summit May 19–20, 2027, in Atlanta.",
        "Getty Images",
        "Latest in Finance",
        "Most Popular",
        "© 2026 Fortune Media IP Limited. All Rights Reserved.",
        "Lenders that piled into software buyouts are seeing more borrowers pay interest in kind, and marks are slipping.",
    ]
    html = f"""<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8">
<title>{title} | Fortune</title>
<meta name="description" content="Lenders that piled into software buyouts are seeing more borrowers pay interest in kind, and marks are slipping.">
<meta property="og:title" content="{title} | Fortune"><meta property="og:site_name" content="Fortune">
<meta property="article:published_time" content="2026-11-21T11:41:07+00:00"><meta property="article:section" content="Finance">
<meta name="parsely-author" content="Leah Abramowitz">
<script type="application/ld+json">{{"@context":"https://schema.org","@graph":[{{"@type":"NewsArticle","headline":"{title}","datePublished":"2026-11-21T11:41:07+00:00","author":[{{"@type":"Person","name":"Leah Abramowitz"}}],"publisher":{{"@type":"Organization","name":"Fortune"}}}},{{"@type":"BreadcrumbList","itemListElement":[{{"@type":"ListItem","position":1,"name":"Finance"}}]}}]}}</script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
</head><body class="single single-post">
<div id="__next"><header class="sc-header"><a href="/" aria-label="Fortune">FORTUNE</a><nav><a href="/section/finance/">Finance</a><a href="/section/tech/">Tech</a><a href="/section/leadership/">Leadership</a><a href="/fortune500/">Fortune 500</a><a href="/ranking/">Lists</a></nav><a href="/subscribe/">Subscribe Now</a><a>Sign In</a></header>
<div class="sc-leaderboard"><div id="InContent0" class="ad-wrapper"></div></div>
<main id="content"><article class="article-content-wrapper">
<div class="article-header"><a href="/section/finance/" class="section-link">Finance</a><span class="tag-link">Private Credit</span>
<h1 class="article-title">{title}</h1>
<div class="article-dek"><p>Lenders that piled into software buyouts are seeing more borrowers pay interest in kind, and marks are slipping.</p></div>
<div class="article-byline"><span>BY </span><a href="/author/leah-abramowitz/" class="author-link">Leah Abramowitz</a></div>
<div class="article-date"><time datetime="2026-11-21T11:41:07Z">November 21, 2026 at 6:41 AM EST</time></div></div>
<figure class="featured-image"><img src="https://fortune.com/img-assets/credit.jpg" alt=""><figcaption>Private credit has grown into a $1.7 trillion market. <span class="credit">Getty Images</span></figcaption></figure>
<div id="article-content" class="article-content">
{art}
<p class="syndication-note"><em>This story was originally featured on <a href="https://fortune.com">Fortune.com</a></em></p>
</div>
<div class="event-promo"><p>Join us at the Fortune Workplace Innovation Summit May 19–20, 2027, in Atlanta. The next era of workplace innovation is here—and the old playbook is being rewritten. <a>Register now.</a></p></div>
</article>
<section class="latest-in-section"><h2>Latest in Finance</h2><ul><li><a>Goldman’s CEO says dealmaking is back</a><span>By Shawn Tully</span></li><li><a>The Fed’s next move is harder than it looks</a><span>By Leah Abramowitz</span></li></ul></section>
<section class="most-popular"><h2>Most Popular</h2><ol><li><a>Warren Buffett’s final letter, annotated</a></li><li><a>The 2026 Fortune 500 Europe list</a></li></ol></section>
</main>
<footer><p>© 2026 Fortune Media IP Limited. All Rights Reserved. Use of this site constitutes acceptance of our Terms of Use and Privacy Policy.</p><p>FORTUNE may receive compensation for some links to products and services on this website.</p></footer></div>
</body></html>
"""
    write("en_fortune", url="https://fortune.com/2026/11/21/private-credit-software-loans-markdowns-pik-bdc/",
          headers=UTF8, html=html, body=body, headings=heads, boilerplate=bp, title=title,
          authors=["Leah Abramowitz"], language="en",
          notes="Fortune-like: article-dek, BY byline, Recommended Newsletter paragraph inside body, originally-featured line, event promo.")


def page_investing():
    title = "Nordwind Semiconductor shares jump 11% after data-center revenue beats forecasts"
    items = [
        ("p", 'Investing.com -- Shares of Nordwind Semiconductor (NASDAQ:<a href="/equities/nordwind-semi">NWSC</a>) rose 11.2% in premarket trading on Tuesday after the chipmaker reported third-quarter results that beat analyst expectations, driven by strong demand for its networking chips used in artificial intelligence data centers.'),
        ("p", "The company posted adjusted earnings per share of $1.42 on revenue of $3.86 billion, compared with the consensus estimate of $1.27 per share on revenue of $3.61 billion. Revenue rose 38% from a year earlier."),
        ("table", [["Metric", "Q3 FY2026", "Q3 FY2025", "Consensus"],
                   ["Revenue", "$3.86B", "$2.80B", "$3.61B"],
                   ["Data-center revenue", "$2.41B", "$1.39B", "$2.18B"],
                   ["Adjusted EPS", "$1.42", "$0.96", "$1.27"],
                   ["Gross margin", "61.8%", "58.4%", "60.5%"]]),
        ("p", "Data-center revenue reached $2.41 billion, up 73% year over year, as cloud providers expanded orders for the company’s 800G switching products. Chief executive Anna Lindqvist said on the earnings call that customers had given “unprecedented visibility” into their 2027 build-outs."),
        ("raw", '<div class="relatedInstrumentsWrapper"><div class="instrument-promo"><p>Is NWSC truly undervalued? Uncover its fair value with InvestingPro’s advanced models and get access to exclusive analyst targets. <a href="/pro/pricing">Unlock now</a></p></div></div>',
         ["Is NWSC truly undervalued? Uncover its fair value with InvestingPro’s advanced models"]),
        ("p", "For the fourth quarter, Nordwind guided revenue to between $4.05 billion and $4.20 billion, above the $3.88 billion analysts had expected. The company also raised its full-year gross margin target to about 62%, citing a richer product mix and lower freight costs."),
        ("p", "Analysts at Morgan Keller raised their price target on the stock to $215 from $180, saying the results showed Nordwind was “taking share in the fastest-growing part of the networking market.” Rival firm Baird Lowe kept a neutral rating, warning that customer concentration remained high, with the two largest cloud customers accounting for 41% of sales."),
        ("p", "The company announced a new $2 billion share buyback program and kept its quarterly dividend unchanged at $0.18 per share. Nordwind shares had gained 46% this year before the report, outperforming the Philadelphia Semiconductor Index, which is up 29%."),
        ("p", "Nordwind also said it expects capital expenditure of about $1.1 billion next year as it expands test capacity in Malaysia and adds a second advanced-packaging partner in Arizona. Chief financial officer David Osei said supply of high-speed optical components would remain tight through the first half of 2027, which could limit upside to shipments even if demand keeps rising."),
        ("raw", '<p class="ai-disclaimer"><em>This article was generated with the support of AI and reviewed by an editor. For more information see our T&amp;C.</em></p>',
         ["This article was generated with the support of AI and reviewed by an editor. For more information see our T&C."]),
    ]
    art, body, heads, bp_in = render(items)
    bp = bp_in + [
        "Risk Disclosure: Trading in financial instruments and/or cryptocurrencies involves high risks including the risk of losing some, or all, of your investment amount, and may not be suitable for all investors.",
        "Fusion Media would like to remind you that the data contained in this website is not necessarily real-time nor accurate.",
        "Related Articles",
        "Chipmakers rally as AI spending forecasts climb…",
        "Nordwind names new CFO as finance chief departs for rival…",
        "US 500 | 6,812.4 | +0.42%",
        "EUR/USD | 1.0841 | -0.11%",
        "Trending Stocks",
        "Sign up for free and get real-time alerts, advanced charts, and more.",
        "© 2007-2026 Fusion Media Limited. All Rights Reserved.",
        "Add a Comment",
        "Comment Guidelines",
    ]
    html = f"""<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8">
<title>{title} By Investing.com</title>
<meta property="og:title" content="{title} By Investing.com"><meta property="og:site_name" content="Investing.com">
<meta property="og:type" content="article"><meta name="twitter:site" content="@investingcom">
<script type="application/ld+json">{{"@context":"http://schema.org","@type":"NewsArticle","headline":"{title}","datePublished":"2026-11-24T12:05:31Z","author":{{"@type":"Person","name":"Investing.com"}},"publisher":{{"@type":"Organization","name":"Investing.com"}}}}</script>
<script>window.__NEXT_DATA__={{"props":{{"pageProps":{{"state":{{"newsStore":{{"_article":{{"id":4371120}}}}}}}}}}}}</script>
</head><body>
<div id="__next"><header class="header_header"><a href="/">Investing.com</a><nav><ul><li><a>Markets</a></li><li><a>Analysis</a></li><li><a>Charts</a></li><li><a>Tools</a></li><li><a>News</a></li><li><a>Brokers</a></li></ul></nav><div class="promo"><a>Get 50% Off</a></div></header>
<div class="ticker-bar"><table class="quotes-bar"><tr><td>US 500</td><td>6,812.4</td><td>+0.42%</td></tr><tr><td>Dow Jones</td><td>48,102.6</td><td>+0.21%</td></tr><tr><td>EUR/USD</td><td>1.0841</td><td>-0.11%</td></tr><tr><td>Gold Futures</td><td>3,418.20</td><td>+0.65%</td></tr></table></div>
<nav class="breadcrumbs"><a href="/news">News</a> / <a href="/news/stock-market-news">Stock Market News</a></nav>
<div class="flex"><article class="article_container">
<h1 id="articleTitle" class="article-title">{title}</h1>
<div class="article-meta"><span>Published 11/24/2026, 07:05 AM</span><span>Updated 11/24/2026, 07:31 AM</span><span class="author">By Investing.com</span></div>
<div class="article-share"><a>Save</a><a>Comment</a><a>Share</a><a>Facebook</a><a>X</a><a>LinkedIn</a></div>
<div class="related-instruments"><a>NWSC</a><span>+11.20%</span><a>SOX</a><span>+1.31%</span></div>
<div id="article" class="WYSIWYG articlePage">
{art}
</div>
<div class="related-articles"><h2>Related Articles</h2><div class="teaser"><a>Chipmakers rally as AI spending forecasts climb</a><p>Chipmakers rally as AI spending forecasts climb…</p></div><div class="teaser"><a>Nordwind names new CFO</a><p>Nordwind names new CFO as finance chief departs for rival…</p></div></div>
<div class="comments-section"><h3>Add a Comment</h3><a>Comment Guidelines</a><textarea placeholder="Share your thoughts about this article"></textarea></div>
</article>
<aside class="sidebar"><div class="trending-stocks"><h3>Trending Stocks</h3><table class="datatable"><thead><tr><th>Name</th><th>Price</th><th>Chg. %</th></tr></thead><tbody><tr><td>NVIDIA</td><td>188.12</td><td>+1.20%</td></tr><tr><td>Tesla</td><td>402.55</td><td>-0.84%</td></tr><tr><td>Apple</td><td>266.30</td><td>+0.12%</td></tr></tbody></table></div>
<div class="signup-box"><p>Sign up for free and get real-time alerts, advanced charts, and more.</p><a>Sign up with Google</a></div></aside></div>
<footer class="footer"><p class="risk">Risk Disclosure: Trading in financial instruments and/or cryptocurrencies involves high risks including the risk of losing some, or all, of your investment amount, and may not be suitable for all investors. Prices of cryptocurrencies are extremely volatile and may be affected by external factors such as financial, regulatory or political events.</p><p>Fusion Media would like to remind you that the data contained in this website is not necessarily real-time nor accurate.</p><p>© 2007-2026 Fusion Media Limited. All Rights Reserved.</p></footer></div>
</body></html>
"""
    write("en_investing_quotes", url="https://www.investing.com/news/stock-market-news/nordwind-semiconductor-shares-jump-11-after-datacenter-revenue-beats-4371120",
          headers=UTF8, html=html, body=body, headings=heads, boilerplate=bp, title=title,
          authors=[], language="en",
          notes="Investing.com-like: quotes bar table in header, trending-stocks table in sidebar, results table inside body (kept, rows ' | '), InvestingPro promo and AI note inside body, risk disclosure footer. Author is the organisation -> no authors.")


def page_kiplinger():
    title = "Required Minimum Distributions: Five Mistakes That Can Cost Retirees Thousands"
    items = [
        ("p", "Required minimum distributions, or RMDs, are the rule that forces owners of traditional IRAs and 401(k)s to start taking money out once they reach a certain age. The rules sound simple, but they are full of traps, and the penalty for getting them wrong can be steep."),
        ("p", "Under current law, most people must take their first RMD for the year they turn 73. That age rises to 75 for people born in 1960 or later. Miss a withdrawal, or take too little, and the IRS can charge an excise tax of 25% of the amount you should have taken, reduced to 10% if you fix the error within two years."),
        ("raw", '<div class="kiplinger-newsletter-inline"><p><strong>Sign up for Kiplinger’s Free Newsletters</strong></p><p>Profit and prosper with the best of expert advice on investing, taxes, retirement, personal finance and more - straight to your e-mail.</p><form><input type="email"><button>Sign up</button></form></div>',
         ["Sign up for Kiplinger’s Free Newsletters", "Profit and prosper with the best of expert advice on investing, taxes, retirement, personal finance and more - straight to your e-mail."]),
        ("h2", "1. Waiting until April of the following year"),
        ("p", "You can delay your very first RMD until April 1 of the year after you reach RMD age. But if you do, you will have to take two distributions in that year: the delayed first one and the one for the current year. Doubling up can push you into a higher tax bracket and raise your Medicare premiums."),
        ("h2", "2. Using the wrong account balance"),
        ("p", "Your RMD is based on the account balance on December 31 of the previous year, divided by a life-expectancy factor from the IRS Uniform Lifetime Table. Using a more recent balance, or forgetting an account you rarely check, is one of the most common errors."),
        ("table", [["Age", "Distribution period", "RMD per $100,000"],
                   ["73", "26.5", "$3,774"],
                   ["75", "24.6", "$4,065"],
                   ["80", "20.2", "$4,950"],
                   ["85", "16.0", "$6,250"]]),
        ("raw", '<div class="related-content-inline"><p><strong>Related Content</strong></p><ul><li><a href="/retirement/roth-conversions">Roth Conversions: When They Make Sense</a></li><li><a href="/taxes/medicare-irmaa">How Your Income Affects Medicare Premiums</a></li></ul></div>',
         ["Related Content", "Roth Conversions: When They Make Sense", "How Your Income Affects Medicare Premiums"]),
        ("h2", "3. Assuming you can combine every account"),
        ("p", "If you have several IRAs, you can add up the RMDs and take the total from any one of them. But 401(k) plans do not work that way: each plan’s distribution must come from that plan. Inherited accounts follow their own rules and cannot be combined with your own IRAs."),
        ("h2", "4. Skipping the qualified charitable distribution"),
        ("p", "If you give to charity, a qualified charitable distribution lets you send up to $108,000 a year directly from an IRA to a charity. The gift counts toward your RMD but is not included in your taxable income, which is often better than taking the money and claiming a deduction."),
        ("h2", "5. Forgetting about withholding"),
        ("p", "RMDs are taxed as ordinary income. Many retirees forget to have tax withheld and face a surprise bill, or an underpayment penalty, in April. Most custodians will withhold federal tax on request, and you can time a single large withholding late in the year to cover the whole year’s tax."),
    ]
    art, body, heads, bp_in = render(items)
    bp = bp_in + [
        "(Image credit: Getty Images)",
        "Note: This item first appeared in Kiplinger's Retirement Report, our popular monthly periodical that covers key topics of interest to retirees and those approaching retirement.",
        "Subscribe to Kiplinger’s Personal Finance",
        "Be a smarter, better informed investor.",
        "Save up to 74%",
        "Rachel Ng is a senior retirement editor at Kiplinger, where she has covered Social Security, Medicare and retirement planning since 2015.",
        "Latest",
        "Kiplinger is part of Future plc, an international media group and leading digital publisher.",
        "When you purchase through links on our site, we may earn an affiliate commission.",
        "Get Kiplinger Today newsletter — it's free",
    ]
    html = f"""<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8">
<title>Required Minimum Distributions: Five Mistakes That Can Cost Retirees Thousands | Kiplinger</title>
<meta property="og:title" content="{title}"><meta property="og:site_name" content="Kiplinger">
<meta name="pub_date" content="2026-11-20T14:00:00+00:00"><meta name="author" content="Rachel Ng">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"Article","headline":"{title}","author":[{{"@type":"Person","name":"Rachel Ng","url":"https://www.kiplinger.com/author/rachel-ng"}}],"datePublished":"2026-11-20T14:00:00Z","publisher":{{"@type":"Organization","name":"Kiplinger"}}}}</script>
<script>window.vanilla={{"infiniteArticle":true}};</script>
</head><body>
<div class="affiliate-disclaimer-bar"><p>When you purchase through links on our site, we may earn an affiliate commission. Here’s how it works.</p></div>
<header class="header"><a href="/">Kiplinger</a><nav><a>Investing</a><a>Taxes</a><a>Retirement</a><a>Personal Finance</a><a>Real Estate</a></nav><a class="sub">Subscribe</a><a>Newsletters</a></header>
<nav class="breadcrumb"><ol><li><a>Retirement</a></li><li><a>Required Minimum Distributions (RMDs)</a></li></ol></nav>
<main><article class="news-article"><header><h1>{title}</h1>
<p class="strapline">RMD rules are full of traps. Here is how to avoid the costliest ones.</p>
<div class="byline"><span class="by-author">By <a rel="author" href="/author/rachel-ng">Rachel Ng</a></span> <span class="published-date"><time datetime="2026-11-20T14:00:00Z">published November 20, 2026</time></span></div></header>
<div class="hero-image-wrapper"><figure><img src="rmd.jpg" alt="older couple reviewing retirement paperwork"><figcaption><span class="credit">(Image credit: Getty Images)</span></figcaption></figure></div>
<div id="article-body" class="text-copy bodyCopy auto">
{art}
<p><em>Note: This item first appeared in Kiplinger's Retirement Report, our popular monthly periodical that covers key topics of interest to retirees and those approaching retirement. <a>Subscribe for more retirement insights</a>.</em></p>
</div>
<div class="author-bio"><img src="ng.jpg" alt=""><p>Rachel Ng is a senior retirement editor at Kiplinger, where she has covered Social Security, Medicare and retirement planning since 2015.</p></div>
<div class="magazine-promo"><p>Subscribe to Kiplinger’s Personal Finance</p><p>Be a smarter, better informed investor.</p><a>Save up to 74%</a></div>
</article>
<aside class="sidebar"><h3>Latest</h3><ul><li><a>Social Security COLA for 2027: What to Expect</a></li><li><a>The Best Dividend Stocks to Buy Now</a></li></ul><div class="newsletter"><p>Get Kiplinger Today newsletter — it's free</p></div></aside></main>
<footer><p>Kiplinger is part of Future plc, an international media group and leading digital publisher. Visit our corporate site.</p><p>© Future US LLC Full 7th Floor, 130 West 42nd Street, New York, NY 10036.</p></footer>
</body></html>
"""
    write("en_kiplinger", url="https://www.kiplinger.com/retirement/required-minimum-distributions/rmd-mistakes-cost-retirees",
          headers=UTF8, html=html, body=body, headings=heads, boilerplate=bp, title=title,
          authors=["Rachel Ng"], language="en",
          notes="Kiplinger-like: strapline (dek), newsletter box and 'Related Content' link list inside body, numbered h2 listicle, table of RMD factors, magazine note, bio, affiliate bar.")


def page_mining():
    title = "Karrawong Gold hits 42m at 6.1 g/t in step-out drilling at Tallis Hill"
    items = [
        ("p", "ASX-listed Karrawong Gold has reported its best drill results to date from the Tallis Hill project in Western Australia’s Eastern Goldfields, extending the main lode 300 metres down plunge and lifting expectations for a resource upgrade early next year."),
        ("p", "Diamond hole TH-DD-118 intersected 42m at 6.1 grams per tonne gold from 388m, including 9m at 18.4g/t from 401m, about 120m below the deepest previous intercept. The company said the mineralisation remained open at depth and along strike to the south."),
        ("table", [["Hole ID", "From (m)", "To (m)", "Width (m)", "Au (g/t)"],
                   ["TH-DD-118", "388", "430", "42", "6.1"],
                   ["incl.", "401", "410", "9", "18.4"],
                   ["TH-DD-121", "352", "371", "19", "3.8"],
                   ["TH-RC-402", "96", "111", "15", "2.2"]]),
        ("p", "Managing director Fiona Hale said the results confirmed that Tallis Hill had the potential to support an underground operation beneath the planned open pit. “Every hole we drill at depth is coming back stronger than our model predicted,” she said."),
        ("p", "Tallis Hill has a mineral resource of 1.12 million ounces at 1.9g/t, most of it within 250m of surface. Karrawong completed a scoping study in July for a 2.5 million-tonne-a-year processing plant, with first gold targeted for 2029 subject to financing and approvals."),
        ("raw", '<div class="inline-related"><span class="label">READ MORE</span><a href="/news/goldfields-consolidation">Goldfields juniors circle as majors prune portfolios</a></div>',
         ["Goldfields juniors circle as majors prune portfolios"]),
        ("p", "Two rigs are now drilling on the southern extension and a third will arrive in December to test a parallel structure identified by recent geophysics. The company has A$38 million in cash after a placement in September that was backed by two Canadian funds."),
        ("p", "Analysts at broker Westhaven Securities said the intercept was “a step change” for the project and could add 300,000 to 400,000 ounces to the resource. Karrawong shares rose 17% to A$0.84 in early trade on Monday, valuing the company at about A$410 million."),
        ("p", "The update comes as gold trades near record highs in Australian dollar terms, above A$5,200 an ounce, prompting a wave of exploration spending across the Goldfields. Several mid-tier producers have been buying stakes in juniors with advanced projects."),
    ]
    art, body, heads, bp_in = render(items)
    bp = bp_in + [
        "Subscribe to Mining Journal for unlimited access to news, analysis and data.",
        "Already a subscriber? Log in",
        "Most Read",
        "Upcoming events",
        "Mines and Money Perth 2027",
        "« Previous article",
        "Next article »",
        "Topics: Gold, Exploration, Western Australia",
        "Copyright © 2026 Aspermont Media. All rights reserved.",
        "Image: Karrawong Gold",
        "Share this article",
    ]
    html = f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title} - Mining Journal</title>
<meta property="og:title" content="{title}"><meta property="og:site_name" content="Mining Journal">
<meta name="author" content="Daniel Brooke"><meta property="article:published_time" content="2026-11-24T01:30:00+00:00">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{title}","author":{{"@type":"Person","name":"Daniel Brooke"}},"datePublished":"2026-11-24T01:30:00Z"}}</script>
<script src="/js/paywall.js"></script>
</head><body>
<div class="top-bar"><a>Login</a> | <a>Subscribe</a> | <a>Newsletters</a></div>
<div id="header"><a href="/" class="logo">Mining Journal</a><ul id="menu"><li><a>News</a></li><li><a>Commodities</a></li><li><a>Projects</a></li><li><a>Research</a></li><li><a>Events</a></li></ul></div>
<div class="container"><div class="row"><div class="col-md-8 main-col">
<div class="article-holder">
<p class="category"><a href="/gold">Gold</a></p>
<h1 class="article-title">{title}</h1>
<p class="article-intro">Deepest hole yet extends main lode 300m down plunge</p>
<div class="article-info"><span class="by">By Daniel Brooke</span> <span class="date">Monday, 24 November 2026</span></div>
<div class="share-tools"><span>Share this article</span><a>LinkedIn</a><a>X</a><a>Email</a></div>
<div class="article-image"><img src="tallis.jpg"><p class="caption">Core from TH-DD-118. Image: Karrawong Gold</p></div>
<div class="article-text">
{art}
</div>
<div class="paywall-message"><p>Subscribe to Mining Journal for unlimited access to news, analysis and data. <a>Subscribe now</a></p><p>Already a subscriber? Log in</p></div>
<div class="article-tags"><p>Topics: Gold, Exploration, Western Australia</p></div>
<div class="pager"><a class="prev">« Previous article</a> <a class="next">Next article »</a></div>
</div></div>
<div class="col-md-4 right-col"><div class="most-read"><h3>Most Read</h3><ol><li><a>Lithium juniors merge as prices bottom out</a></li><li><a>Copper deficit to widen, says ICSG</a></li></ol></div>
<div class="events"><h3>Upcoming events</h3><p><a>Mines and Money Perth 2027</a></p></div></div></div></div>
<div id="footer"><p>Copyright © 2026 Aspermont Media. All rights reserved. Aspermont Media is a company registered in England and Wales.</p></div>
</body></html>
"""
    write("en_mining_journal", url="https://www.mining-journal.com/gold/news/1498213/karrawong-gold-hits-42m-at-61-gt-in-step-out-drilling-at-tallis-hill",
          headers=UTF8, html=html, body=body, headings=heads, boilerplate=bp, title=title,
          authors=["Daniel Brooke"], language="en",
          notes="Trade-press mining journal-like: Bootstrap two-column layout without semantic tags, intro/dek, drill-intercept table in body, READ MORE inline link, paywall message, topics line, prev/next pager, Most Read sidebar in divs.")
