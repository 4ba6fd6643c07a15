"""`html`: one self-contained page; checked as markup, then as Chromium renders it."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess

import pytest
import support_report as data
from bs4 import BeautifulSoup

from factcheck.findings import LABEL_WORDS
from factcheck.report import render
from factcheck.report.html import COLOURS
from factcheck.types import Label

LABEL_CLASSES = {"supported": "v-supported", "refuted": "v-refuted", "not_enough_info": "v-not-enough-info",
                 "unverifiable": "v-unverifiable", "unsourced": "v-unsourced"}


def page_of(result, **options) -> tuple[str, BeautifulSoup]:
    text = render("html", result, **options)
    return text, BeautifulSoup(text, "lxml")


def test_seed_page_highlights_each_checked_claim_with_its_verdict():
    text, page = page_of(data.seed_result())
    marks = page.find_all("mark", class_="claim")
    assert len(marks) == 4
    for mark in marks:
        label = Label(mark["data-label"])
        assert LABEL_CLASSES[label.value] in mark["class"]
        tag = mark.find_next_sibling("a", class_="tag")
        number, words = tag.get_text().split(" ", 1)
        assert number.isdigit() and words.startswith(LABEL_WORDS[label].lower())  # colour is not the only signal
        card = page.find(id=tag["href"][1:])
        assert card["data-label"] == label.value and LABEL_CLASSES[label.value] in card["class"]
    refuted = page.find("mark", attrs={"data-label": "refuted"})
    assert refuted.get_text().startswith("L'équipe a ensuite amélioré")
    card = page.find(id=refuted.find_next_sibling("a")["href"][1:])
    assert "on par with Gemini-1.5-Flash and GPT-4o-mini" in card.blockquote.get_text()
    assert "arXiv:2404.14219v4 (2024-08-30)" in card.blockquote.cite.get_text()
    assert "characters 1279–1323" in card.blockquote.cite.get_text()
    assert "not above GPT-4" in card.get_text()
    hedged = page.find("mark", class_="hedged")
    assert hedged.get_text().startswith("On dit que Sebastien Bubeck")
    assert "Hedged or reported speech: « On dit que »" in page.get_text()
    # opinion and rhetoric stay plain, but the text is all there
    assert "Ironiquement, Lilian Weng" in page.get_text()
    assert not any("Ironiquement" in mark.get_text() for mark in marks)
    chips = {li["data-label"]: li.find(class_="n").get_text() for li in page.find_all("li", class_="chip")}
    assert chips == {"refuted": "1", "not_enough_info": "2", "unverifiable": "0", "unsourced": "0", "supported": "1"}
    sources = page.find("table", class_="sources").get_text(" ")
    assert "arXiv:2404.14219v4" in sources and "Phi-3 Technical Report" in sources and "v4 (2024-08-30)" in sources


def test_page_is_self_contained_and_escapes_the_article():
    text, page = page_of(data.multi_result())
    assert "<script" not in text.lower()
    assert page.find("script") is None and page.find("link") is None and page.find("img") is None
    assert not page.find_all(src=True)
    assert all(a["href"].startswith("#") for a in page.find_all("a", href=True))
    assert "default-src 'none'" in page.find("meta", attrs={"http-equiv": "Content-Security-Policy"})["content"]
    unsourced = page.find("mark", attrs={"data-label": "unsourced"})
    assert unsourced.get_text() == 'Le modèle <script>alert("pwned")</script> compte 3,8 milliards de paramètres & plus.'
    assert "&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;" in text
    suppressed = page.find("mark", class_="suppressed")
    assert suppressed.get_text() == "Il tient sur un téléphone | selon l'équipe."
    assert "unavailable, timeout" in page.find("table", class_="sources").get_text()
    blog_card = page.find("article", attrs={"data-label": "unverifiable"})
    assert "could not be fetched" in blog_card.get_text()


def test_location_with_markup_is_escaped_in_headings():
    result = data.run(data.note_article())
    article = result.articles[0]
    tricky = dataclasses.replace(article, article=dataclasses.replace(article.article, location='<img src=x onerror="alert(1)">.txt'))
    text, page = page_of(data.run(tricky))
    assert page.find("img") is None
    assert page.find("h2").get_text() == '<img src=x onerror="alert(1)">.txt'


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium)")
HEADLESS = [CHROMIUM or "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-dev-shm-usage", "--no-first-run", "--hide-scrollbars"]


def chromium(*args: str, tmp_path) -> subprocess.CompletedProcess:
    return subprocess.run([*HEADLESS, f"--user-data-dir={tmp_path / 'profile'}", *args],
                          capture_output=True, text=True, timeout=60, check=True)


@pytest.mark.browser
@needs_chromium
def test_chromium_renders_claims_verdicts_and_evidence(tmp_path):
    report = tmp_path / "report.html"
    report.write_text(render("html", data.multi_result()), encoding="utf-8")
    dom = BeautifulSoup(chromium("--dump-dom", report.as_uri(), tmp_path=tmp_path).stdout, "lxml")
    marks = dom.find_all("mark", class_="claim")
    assert len(marks) == 9
    assert {m["data-label"] for m in marks} == set(LABEL_CLASSES)
    for mark in marks:
        assert LABEL_CLASSES[mark["data-label"]] in mark["class"]
    assert dom.find("script") is None  # the article's <script> stayed text
    assert '<script>alert("pwned")</script>' in dom.find("mark", attrs={"data-label": "unsourced"}).get_text()
    evidence = [q.get_text() for q in dom.find_all("blockquote", class_="evidence")]
    assert any("trained on 3.3 trillion tokens" in q and "arXiv:2404.14219v1 (2024-04-22)" in q for q in evidence)


@pytest.mark.browser
@pytest.mark.slow
@needs_chromium
def test_chromium_screenshot(tmp_path):
    report = tmp_path / "report.html"
    report.write_text(render("html", data.seed_result()), encoding="utf-8")
    shot = tmp_path / "report.png"
    chromium(f"--screenshot={shot}", "--window-size=1000,900", report.as_uri(), tmp_path=tmp_path)
    png = shot.read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 20_000  # a blank page compresses to a few KB
    # the verdict colours really are painted: each label in the seed shows its background colour
    colours = painted_colours(png)
    for label in (Label.REFUTED, Label.NOT_ENOUGH_INFO, Label.SUPPORTED):
        background = tuple(int(COLOURS[label][0][i:i + 2], 16) for i in (1, 3, 5))
        assert colours[background] > 500, label
    assert colours[(0xDD, 0xE6, 0xF0)] < 50  # no unsourced claim in the seed, so (almost) no blue-grey


def painted_colours(png: bytes) -> "collections.Counter[tuple[int, int, int]]":
    """Count the RGB colours of an 8-bit RGB/RGBA, non-interlaced PNG (what Chromium writes)."""
    import collections
    import struct
    import zlib

    at, idat, width, height, channels = 8, b"", 0, 0, 0
    while at < len(png):
        length, kind = struct.unpack(">I4s", png[at:at + 8])
        body = png[at + 8:at + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour_type, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and colour_type in (2, 6) and interlace == 0
            channels = 3 if colour_type == 2 else 4
        elif kind == b"IDAT":
            idat += body
        at += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    previous = bytearray(stride)
    counts: collections.Counter = collections.Counter()
    for row in range(height):
        start = row * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        if kind == 1:
            for i in range(channels, stride):
                line[i] = (line[i] + line[i - channels]) & 0xFF
        elif kind == 2:
            line = bytearray((a + b) & 0xFF for a, b in zip(line, previous))
        elif kind == 3:
            for i in range(stride):
                left = line[i - channels] if i >= channels else 0
                line[i] = (line[i] + ((left + previous[i]) >> 1)) & 0xFF
        elif kind == 4:
            for i in range(stride):
                a = line[i - channels] if i >= channels else 0
                b, c = previous[i], previous[i - channels] if i >= channels else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        counts.update(zip(line[0::channels], line[1::channels], line[2::channels]))
        previous = line
    return counts
