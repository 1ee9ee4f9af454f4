"""Single-line rules for prompts, notes and captions (pipelines.boilerplate_lines.line_reason)."""

import pytest

from pipelines.boilerplate import line_reason


@pytest.mark.parametrize("line, reason", [
    ("Never miss a story by signing up to our morning newsletter today!", "app/newsletter prompt"),
    ("Escríbenos o suscríbete aquí a nuestra newsletter semanal.", "app/newsletter prompt"),
    ("Newsletter abonnieren und nichts verpassen", "app/newsletter prompt"),
    ("Would you like to stay informed about our campaigns? Sign up here", "app/newsletter prompt"),
    ("Síguenos en Telegram, Instagram y Facebook para recibir las noticias", "social prompt"),
    ("Follow the Harbour Gazette on Threads and Bluesky", "social prompt"),
    ("This post may contain affiliate links; see our policy.", "affiliate note"),
    ("Bei den Links handelt es sich um Affiliate Links.", "affiliate note"),
    ("We may receive compensation when you click on links to partner offers.", "affiliate note"),
    ("Te puede interesar: La ciudad abre un nuevo muelle", "read more"),
    ("Lesen Sie auch: Der Hafen wächst weiter", "read more"),
    ("Zurück zur Übersicht", "read more"),
    ("You are not logged in.", "login state"),
    ("We want to hear what you think. Write to the letters desk.", "comment prompt"),
    ("Two fishing boats at the new pier on Monday (Photo: Jane Roe/Harbour Gazette).", "image caption"),
    ("Un barco en el puerto (Foto: Archivo)", "image caption"),
    ("Help us continue to bring tide tables to sailors everywhere", "support appeal"),
    ("Support our independent journalism with a monthly gift.", "support appeal"),
    ("Magst du unser Seglerheft? Wir haben keine Bezahlschranke, darum brauchen wir deine Unterstützung.",
     "support appeal"),
    ("… weiter zu “Knoten für Anfänger”", "prev/next navigation"),
    ("… continue to part three", "prev/next navigation"),
])
def test_prompt_note_and_caption_lines(line, reason):
    assert line_reason(line) == reason


@pytest.mark.parametrize("line", [
    "For a newsletter with 900 subscribers, these are strong numbers for a first year.",
    "Conversion rate measures how many visitors sign up for a newsletter or buy something.",
    "Affiliate programs pay streamers a commission when viewers buy gear through their links.",
    "Facebook and Instagram shares rose after the results, while Twitter was flat.",
    "The council will follow the plan agreed with the port authority last year.",
    "Back in March the harbour board had already rejected a similar request from the ferry company.",
    "“Help us continue the search,” the harbour master told volunteers on Sunday.",
    "The charity asked donors to support its sailing school for another year.",
    "Weiter zu den Ergebnissen kam die Kommission erst im Herbst.",
])
def test_article_sentences_are_not_prompts(line):
    assert line_reason(line) is None
