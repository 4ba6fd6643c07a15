"""`markdown`: the job summary people read on GitHub or in a merge request."""

from __future__ import annotations

import support_report as data
from bs4 import BeautifulSoup
from markdown_it import MarkdownIt  # comes with rich; renders CommonMark + GFM tables as GitHub does

from factcheck.report import render
from factcheck.report.markdown import CLAIM_ROW


def to_html(markdown: str) -> BeautifulSoup:
    return BeautifulSoup(MarkdownIt("commonmark").enable("table").render(markdown), "html.parser")


def test_seed_markdown_has_a_summary_and_a_claim_table():
    markdown = render("markdown", data.seed_result())
    page = to_html(markdown)
    assert page.h1.get_text() == "factcheck report"
    summary, claims = page.find_all("table")
    counts = {row.find_all("td")[1].get_text(): row.find_all("td")[2].get_text() for row in summary.tbody.find_all("tr")}
    assert counts == {"Refuted": "1", "Not enough information": "2", "Unverifiable": "0", "Unsourced": "0",
                      "Supported": "1"}
    assert page.h2.get_text() == data.SEED_PATH
    rows = claims.tbody.find_all("tr")
    assert len(rows) == 4
    refuted = next(r for r in rows if "refuted" in r.td.get_text())
    cells = [td.get_text() for td in refuted.find_all("td")]
    assert cells[1] == "3:366"
    assert cells[2].startswith("L'équipe a ensuite amélioré")
    assert "entity_mismatch" in cells[3]
    assert "arXiv:2404.14219v4 [1279:1323] « on par with Gemini-1.5-Flash and GPT-4o-mini »" in cells[4]
    hedged = rows[0].find_all("td")[2].get_text()
    assert hedged.endswith("(hedged « On dit que »)")
    assert "4 sentences left out" in page.find("summary").get_text()
    assert sum(1 for line in markdown.splitlines() if CLAIM_ROW.match(line)) == 4


def test_untrusted_text_cannot_inject_markup():
    markdown = render("markdown", data.multi_result())
    page = to_html(markdown)
    assert page.find("script") is None
    note = page.find_all("h2")[2]
    assert note.get_text() == "notes/brève, 1:2.txt"
    table = note.find_next("table")
    first, second = [row.find_all("td")[2].get_text() for row in table.tbody.find_all("tr")]
    # the text reads as written, and the "|" did not split the table cell
    assert first.startswith('Le modèle <script>alert("pwned")</script> compte 3,8 milliards de paramètres & plus.')
    assert second.startswith("Il tient sur un téléphone | selon l'équipe.")
    assert "suppressed" in second


def test_multi_markdown_lists_sources_with_versions_and_errors():
    page = to_html(render("markdown", data.multi_result(stale=("a", "b"))))
    items = [li.get_text() for li in page.find_all("li")]
    assert any(item.startswith("arXiv:2404.14219v1 Phi-3 Technical Report") and "v4 2024-08-30" in item
               for item in items)
    assert "https://blog.example.org/phi unavailable (timeout): no answer within 20 s" in items
    assert "The article cites no source." in page.get_text()
    assert "2 baseline entries no longer match any finding" in page.get_text()


def test_unchanged_articles_say_their_verdicts_are_stored():
    import dataclasses

    unchanged = dataclasses.replace(data.seed_article(), skipped=True)
    assert "Unchanged since the last check: these are the stored verdicts." in to_html(
        render("markdown", data.run(unchanged))).get_text()
