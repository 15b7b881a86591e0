"""HTML to documents: main text without boilerplate, metadata, charsets, feed fragments."""

from __future__ import annotations

import pytest

from thirdcountry.errors import SkipReason, SourceError
from thirdcountry.sources import document_from_html
from thirdcountry.sources.html import decode_html, fragment_to_text

PARAGRAPHS = [
    "Eight men who spent six weeks in legal limbo at an American military base in Djibouti "
    "were flown to South Sudan and landed in Juba on Saturday, officials said.",
    "The Department of Homeland Security said the men had been convicted of violent crimes in "
    "the United States and that their own countries had refused to take them back.",
    "Lawyers for the men said they had not been given a chance to challenge the transfer, and "
    "that the government in Juba had not said where the men would be held.",
]


def page(head: str = "", headline: str = "Deportees land in South Sudan") -> str:
    body = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    return (
        f"<html><head><title>{headline} | Meridian</title>{head}</head><body>"
        "<header><a href='/'>Meridian</a> <a href='/world'>World</a> Sign in</header>"
        "<nav><ul><li>Home</li><li>Politics</li><li>Subscribe now</li></ul></nav>"
        f"<main><article><h1>{headline}</h1>{body}</article></main>"
        "<aside><h3>Most read</h3><ul><li><a href='/x'>Celebrity wedding photos</a></li></ul>"
        "</aside>"
        "<footer>© 2025 Meridian Media. All rights reserved. Privacy policy.</footer>"
        "</body></html>"
    )


META = (
    '<meta property="og:site_name" content="Meridian Wire">'
    '<meta name="author" content="Jane Roe">'
    '<meta property="article:published_time" content="2025-05-24T18:00:00Z">'
    '<link rel="canonical" href="https://meridian.example/world/south-sudan">'
)


def test_main_text_without_boilerplate() -> None:
    doc = document_from_html(page(META), origin="saved.html", url=None, source="html")
    assert doc.text == "\n\n".join(["Deportees land in South Sudan", *PARAGRAPHS])
    for boilerplate in ("Sign in", "Subscribe", "Celebrity", "rights reserved", "Most read"):
        assert boilerplate not in doc.text
    assert (doc.source, doc.origin, doc.language) == ("html", "saved.html", "en")


def test_metadata_from_the_page() -> None:
    doc = document_from_html(page(META), origin="saved.html", url=None, source="html")
    assert doc.title == "Deportees land in South Sudan"
    assert doc.outlet == "Meridian Wire"
    assert doc.author == "Jane Roe"
    assert doc.published == "2025-05-24"
    assert doc.url == "https://meridian.example/world/south-sudan"  # canonical link


def test_given_url_wins_and_outlet_falls_back_to_host() -> None:
    doc = document_from_html(
        page(), origin="https://news.example/a", url="https://news.example/a", source="url"
    )
    assert doc.url == "https://news.example/a"
    assert doc.outlet == "news.example"
    assert doc.author is None and doc.published is None


def test_headline_is_prepended_when_the_body_lacks_it() -> None:
    html = (
        "<html><head><title>Court halts transfers</title></head><body><article>"
        + "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
        + "</article></body></html>"
    )
    doc = document_from_html(html, origin="x.html", url=None, source="html")
    assert doc.text.startswith("Court halts transfers\n\nEight men")
    assert doc.title == "Court halts transfers"


def test_page_without_article_text() -> None:
    html = "<html><head><title>Only a title</title></head><body><script>x()</script></body></html>"
    with pytest.raises(SourceError) as info:
        document_from_html(html, origin="x.html", url=None, source="html")
    assert info.value.reason is SkipReason.EMPTY
    assert str(info.value) == "x.html: no article text found in the HTML, skipped"


def test_page_not_in_english() -> None:
    french = (
        "<html><body><article><p>Le gouvernement britannique a annoncé mardi que les premiers "
        "demandeurs d'asile seraient envoyés au Rwanda avant la fin du mois, malgré les "
        "critiques des organisations de défense des droits humains.</p></article></body></html>"
    )
    with pytest.raises(SourceError) as info:
        document_from_html(french, origin="fr.html", url=None, source="html")
    assert info.value.reason is SkipReason.NOT_ENGLISH


@pytest.mark.parametrize(
    "head",
    [
        '<meta charset="windows-1252">',
        "<meta charset=iso-8859-1>",
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">',
    ],
)
def test_decode_html_reads_meta_charset(head: str) -> None:
    data = f"<html><head>{head}</head><body><p>Café – “quoted”</p></body></html>"
    text, warnings = decode_html(data.encode("cp1252"), "x.html")
    assert "Café – “quoted”" in text
    assert warnings == []


def test_header_charset_wins_over_meta() -> None:
    data = '<html><head><meta charset="utf-8"></head><body>Café</body></html>'.encode("cp1252")
    text, _ = decode_html(data, "x", declared="windows-1252")
    assert "Café" in text


def test_fragment_to_text_keeps_every_paragraph() -> None:
    fragment = (
        "<p>First <b>bold</b> paragraph.</p><div>Second<br>line</div>"
        "<ul><li>one</li><li>two</li></ul><script>alert(1)</script>tail text"
    )
    assert fragment_to_text(fragment, "entry") == (
        "First bold paragraph.\n\nSecond line\n\none\n\ntwo\n\ntail text"
    )
    assert fragment_to_text("Plain text, no tags.", "entry") == "Plain text, no tags."


def test_fragment_without_text() -> None:
    with pytest.raises(SourceError) as info:
        fragment_to_text("<p> </p><script>x()</script>", "feed.xml:entry 2")
    assert (info.value.reason, info.value.origin) == (SkipReason.EMPTY, "feed.xml:entry 2")


def test_fragment_lxml_cannot_parse() -> None:
    with pytest.raises(SourceError) as info:
        fragment_to_text("vertical\x0btab", "feed.xml:entry 3")
    assert info.value.reason is SkipReason.PARSE_ERROR
