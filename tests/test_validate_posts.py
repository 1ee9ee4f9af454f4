"""validate: a page that calls itself one dated post (single-post template, article data or a
dated permalink) keeps text set in short lines and short numbered entries; the same text on a
page that does not is still rejected (all HTML written here)."""

from __future__ import annotations

from pipelines import extract

DATE = '<meta property="article:published_time" content="2023-09-14T07:30:00Z">'
AUTHOR = '<meta name="author" content="Tomasz Brennholt">'
VERSE = [
    "Grey gulls above the quiet harbour wall",
    "the ferry bell rings twice across the bay",
    "a lantern swinging where the ropes will fall",
    "and salt wind carries every word away",
]


def _html(title: str, body: str, head: str = "", body_class: str = "") -> str:
    return (f"<html><head><title>{title}</title>{head}</head><body class='{body_class}'>"
            f"<h1>{title}</h1><div class='entry-content'>{body}</div></body></html>")


def _verse(stanzas: int) -> str:
    return "".join(f"<p>{line} {n}</p>" for n in range(stanzas) for line in VERSE)


def test_a_dated_poem_under_a_permalink_is_kept_and_an_undated_one_elsewhere_is_not():
    page = _html("Harbour evening verses by the old ferry landing", _verse(6), head=DATE)
    out = extract(page, url="https://verse.example/2023/09/harbour-evening-verses")
    assert out["error"] is None, out["error"]
    assert "ferry bell rings twice" in out["body"]
    out = extract(_html("Harbour evening verses by the old ferry landing", _verse(6)),
                  url="https://verse.example/poems/harbour")
    assert out["error"] is not None and "no paragraph of running text" in out["error"]["reason"]


def test_a_bylined_photo_post_of_captions_is_kept_and_an_unsigned_one_is_not():
    captions = "".join(f"<h3>{h}</h3><p>{t}</p>" for h, t in (
        ("Place", "Lake shore at dawn."), ("Film", "Slide film, expired."),
        ("Camera", "Folding rangefinder."), ("Gallery", "Twelve frames below.")))
    title = "Lake shore roll number four"
    out = extract(_html(title, captions, head=DATE + AUTHOR, body_class="single single-post"),
                  url="https://photos.example/lake-shore-roll-four/")
    assert out["error"] is None, out["error"]
    assert "Folding rangefinder." in out["body"]
    out = extract(_html(title, captions, head=DATE, body_class="single single-post"),
                  url="https://photos.example/lake-shore-roll-four/")
    assert out["error"] is not None


def test_a_short_numbered_entry_of_a_dated_series_is_kept():
    text = ("<p>Kettle: Who forgot the lid again this morning? Me: Not me, I only boiled the eggs, "
            "honestly. Kettle: Sure.</p>")
    page = _html("Kettledialogues #3", text, head=DATE, body_class="single single-post")
    out = extract(page, url="https://notes.example/2023/09/14/kitchen-dialogues-3/")
    assert out["error"] is None, out["error"]
    assert out["word_count"] < 30
    # the same short text under a label, on a page that is not a post, is still too short
    out = extract(_html("Kettledialogues", text, head=DATE, body_class="page"),
                  url="https://notes.example/kitchen")
    assert out["error"] is not None and out["error"]["reason"].startswith("too short")


def test_a_dated_post_of_link_lines_is_still_rejected():
    links = "".join(f"<p><a href='https://news{i}.example/item'>news{i}.example/item</a></p>" for i in range(12))
    page = _html("Reading list of the week", links, head=DATE + AUTHOR, body_class="single single-post")
    out = extract(page, url="https://links.example/2023/09/14/reading-list/")
    assert out["error"] is not None


RECIPE_LD = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Recipe", '
             '"name": "Barley and leek bake"}</script>')
SIGN_IN = ("<div class='modal'><form action='/account/login' method='post'><label>E-mail</label>"
           "<input name='mail'><label>Password</label><input type='password' name='pw'>"
           "<button>Sign in</button></form></div>")
INGREDIENTS = ["300 g pearl barley, rinsed", "2 leeks, sliced into rings", "1 litre vegetable stock",
               "100 g grated hard cheese", "2 tablespoons butter", "1 teaspoon dried thyme",
               "Salt and black pepper", "1 handful chopped parsley"]


def test_a_recipe_of_ingredient_lines_with_a_sign_in_box_is_kept():
    # Structured data naming one entry (a recipe) says what the short lines are; the
    # password field belongs to the site's sign-in box, not to the page's content.
    lines = "".join(f"<p>{line}</p>" for line in INGREDIENTS * 2)
    page = _html("Barley and leek bake", lines + SIGN_IN, head=RECIPE_LD)
    out = extract(page, url="https://kitchen.example/recipes/barley-leek-bake")
    assert out["error"] is None, out["error"]
    assert "grated hard cheese" in out["body"]
    out = extract(_html("Barley and leek bake", lines + SIGN_IN),
                  url="https://kitchen.example/recipes/barley-leek-bake")
    assert out["error"] is not None and "login form" in out["error"]["reason"]
    out = extract(_html("Barley and leek bake", lines),
                  url="https://kitchen.example/recipes/barley-leek-bake")
    assert out["error"] is not None and "no paragraph of running text" in out["error"]["reason"]


_ROLL = (("Ferry timetable to change after the spring storms", "Harbour Notes", "notes.example"),
         ("Three villages share one bus and one baker", "Coastal Daily", "daily.example"),
         ("Why the lighthouse lamp is turned off at dawn", "Pier News", "pier.example"),
         ("A new quay for the fishing fleet by next autumn", "Bay Weekly", "bay.example"))


def _roll(credited: bool) -> str:
    items = []
    for title, source, host in _ROLL:
        credit = f"<p>via {source} <a href='https://{host}'>https://{host}</a></p>" if credited else ""
        items.append(f"<li><p><a href='https://{host}/2023/story'>{title}</a></p>{credit}</li>")
    return "<ul>" + "".join(items) + "</ul>"


def test_a_dated_bylined_link_roll_post_is_kept_and_bare_links_are_not():
    title = "Links of the day 09/14/2023"
    url = "https://links.example/2023/09/14/links-of-the-day-09-14-2023/"
    out = extract(_html(title, _roll(True), head=DATE + AUTHOR, body_class="single single-post"), url=url)
    assert out["error"] is None, out["error"]
    assert "Three villages share one bus and one baker" in out["body"] and "via Pier News" in out["body"]
    out = extract(_html(title, _roll(False), head=DATE + AUTHOR, body_class="single single-post"), url=url)
    assert out["error"] is not None
    # the same credited roll on a page that is no dated post (no date, no permalink) is not kept
    out = extract(_html(title, _roll(True)), url="https://links.example/links/")
    assert out["error"] is not None
