"""Reading articles: files, URLs, stdin; encodings; Markdown and HTML with line numbers."""

from __future__ import annotations

import codecs
import io
import pathlib
from dataclasses import dataclass, field

import pytest

from factcheck.claims import extract_claims
from factcheck.errors import InputError, UnsupportedInput
from factcheck.ingest import MAX_INPUT_BYTES, article_from_bytes, claim_language, detect_language, find_articles, read_article

ARTICLES = pathlib.Path(__file__).resolve().parent.parent / "fixtures" / "articles"
SEED = ARTICLES / "article-bubeck-phi.fr.txt"


def raw_line_of(article, needle: str) -> tuple[int, int]:
    """Where ``needle`` sits in the original file, counted by hand."""
    offset = article.raw.index(needle)
    line = article.raw.count("\n", 0, offset) + 1
    return line, offset - (article.raw.rfind("\n", 0, offset) + 1) + 1


def test_plain_text_is_read_as_is() -> None:
    article = read_article(str(SEED))
    assert article.media_type == "text/plain"
    assert article.text == article.raw == SEED.read_text(encoding="utf-8")
    assert article.segments == ((0, 0, len(article.raw)),)
    assert (article.language, article.encoding) == ("fr", "utf-8")
    source_line = article.text.index("Adresse de l'article")
    assert article.line_col(source_line) == (8, 1)


def test_the_same_text_gives_the_same_article_id() -> None:
    data = SEED.read_bytes()
    assert article_from_bytes(data, location="a.txt").id == article_from_bytes(data, location="b.txt").id


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (codecs.BOM_UTF8 + "Le modèle a été publié.".encode("utf-8"), "utf-8 (BOM)"),
        (codecs.BOM_UTF16_LE + "Le modèle a été publié.".encode("utf-16-le"), "utf-16-le (BOM)"),
        ("Le modèle a été publié.".encode("utf-8"), "utf-8"),
    ],
)
def test_byte_order_marks_and_utf8(data: bytes, encoding: str) -> None:
    article = article_from_bytes(data, location="a.txt")
    assert article.text == "Le modèle a été publié."
    assert article.encoding == encoding


def test_undeclared_legacy_encoding_is_detected() -> None:
    text = "Le modèle a été entraîné pendant dix jours. Les chercheurs ont été très étonnés du résultat obtenu."
    article = article_from_bytes(text.encode("cp1252"), location="a.txt")
    assert article.text == text
    assert article.encoding.endswith("(detected)") or article.encoding.endswith("(fallback)")


def test_the_charset_declared_by_the_server_wins_over_guessing() -> None:
    data = "Résumé : ça marche.".encode("latin-1")
    article = article_from_bytes(data, location="https://example.com/a", content_type="text/plain; charset=ISO-8859-1")
    assert article.text == "Résumé : ça marche."
    assert article.encoding == "cp1252 (declared)"  # Latin-1 labels read as Windows-1252, as browsers do


def test_html_meta_charset_is_honoured() -> None:
    article = read_article(str(ARTICLES / "transformer-anniversary.en.html"))
    assert article.encoding == "cp1252 (meta)"
    assert article.title == "Seven years of “Attention Is All You Need”"
    assert "the paper’s title became a meme" in article.text


def test_markdown_markup_is_removed_and_link_targets_stay_visible() -> None:
    article = read_article(str(ARTICLES / "mistral-mixtral.en.md"))
    assert article.media_type == "text/markdown"
    assert article.title == "Mistral's small models keep punching above their weight"
    assert article.published == "2024-01-12"
    assert "#" not in article.text and "**" not in article.text and "](" not in article.text
    assert "router_logits" not in article.text  # code blocks are not prose
    assert "three months after Mistral 7B (https://arxiv.org/abs/2310.06825)." in article.text
    assert "Read the paper: Mixtral of Experts (https://arxiv.org/pdf/2401.04088v1)" in article.text
    assert article.language == "en"


@pytest.mark.parametrize(
    "sentence",
    [
        "Mixtral was trained with a context size of 32k tokens.",
        "How Mixtral works",
        "Mistral 7B uses grouped-query attention for faster inference.",
        "Each token therefore has access",
    ],
)
def test_markdown_offsets_point_at_the_original_line(sentence: str) -> None:
    article = read_article(str(ARTICLES / "mistral-mixtral.en.md"))
    assert article.line_col(article.text.index(sentence)) == raw_line_of(article, sentence)


def test_markdown_paragraph_lines_are_joined_into_sentences() -> None:
    article = read_article(str(ARTICLES / "mistral-mixtral.en.md"))
    texts = [claim.text for claim in extract_claims(article)]
    assert (
        "Paris-based Mistral AI has published the technical report of Mixtral 8x7B, a sparse mixture-of-experts "
        "model, three months after Mistral 7B (https://arxiv.org/abs/2310.06825)."
    ) in texts


def test_disable_next_line_suppresses_only_that_line() -> None:
    article = read_article(str(ARTICLES / "mistral-mixtral.en.md"))
    suppressed = [c.text for c in extract_claims(article) if article.is_suppressed(c.start, c.end)]
    assert suppressed == ["Mixtral vastly outperforms Llama 2 70B on mathematics, code generation and multilingual benchmarks."]


def test_off_on_block_suppresses_everything_between() -> None:
    article = read_article(str(ARTICLES / "phi1-textbooks.fr.md"))
    suppressed = [c.text for c in extract_claims(article) if article.is_suppressed(c.start, c.end)]
    assert suppressed == [
        "Je pense que cette approche va changer la manière dont on entraîne les modèles.",
        "Le résultat est franchement impressionnant.",
    ]
    assert article.language == "fr"


def test_html_keeps_the_article_and_drops_the_boilerplate() -> None:
    article = read_article(str(ARTICLES / "transformer-anniversary.en.html"))
    assert article.media_type == "text/html"
    assert article.published == "2024-06-12"
    for boilerplate in ("Subscribe to our newsletter", "Most read", "All rights reserved", "analytics", "margin"):
        assert boilerplate not in article.text
    assert "The model achieved 28.4 BLEU on the WMT 2014 English-to-German translation task" in article.text
    # the link target of <a href> stays next to its text, so references can be found
    assert "(the original paper (https://arxiv.org/abs/1706.03762))" in article.text
    assert "GPT-4 (https://arxiv.org/abs/2303.08774v3)" in article.text


@pytest.mark.parametrize(
    "sentence",
    ["The model achieved 28.4 BLEU", "On English-to-French, it reached 41.8 BLEU", "Today, models such as"],
)
def test_html_offsets_point_at_the_original_line(sentence: str) -> None:
    article = read_article(str(ARTICLES / "transformer-anniversary.en.html"))
    assert article.line_col(article.text.index(sentence)) == raw_line_of(article, sentence)


def test_html_entities_map_back_near_their_line() -> None:
    article = read_article(str(ARTICLES / "transformer-anniversary.en.html"))
    line, _ = article.line_col(article.text.index("Schön ist anders"))
    assert line == raw_line_of(article, "Sch&ouml;n ist anders")[0]


def test_html_disable_next_line() -> None:
    article = read_article(str(ARTICLES / "llama2-ouvert.fr.html"))
    suppressed = [c.text for c in extract_claims(article) if article.is_suppressed(c.start, c.end)]
    assert suppressed == ["Llama 2 est le meilleur modèle ouvert jamais publié."]
    assert article.language == "fr"
    assert article.title == "Llama 2 : Meta ouvre ses modèles"


def test_unknown_extension_is_sniffed(tmp_path: pathlib.Path) -> None:
    page = tmp_path / "article.dat"
    page.write_text("<!doctype html><html><body><p>Phi-3-mini has 3.8 billion parameters and runs on a phone.</p></body></html>")
    notes = tmp_path / "notes.dat"
    notes.write_text("# Title\n\nSome **bold** text about [Phi-3](https://arxiv.org/abs/2404.14219).\n")
    assert read_article(str(page)).media_type == "text/html"
    assert read_article(str(page)).text == "Phi-3-mini has 3.8 billion parameters and runs on a phone."
    markdown = read_article(str(notes))
    assert markdown.media_type == "text/markdown"
    assert markdown.text == "Title\n\nSome bold text about Phi-3 (https://arxiv.org/abs/2404.14219)."


def test_stdin() -> None:
    article = read_article("-", stdin=io.BytesIO("Phi-3 a 3,8 milliards de paramètres.".encode()))
    assert (article.location, article.text) == ("-", "Phi-3 a 3,8 milliards de paramètres.")


@dataclass
class RecordedResponse:
    body: bytes
    headers: dict[str, str]
    url: str


@dataclass
class RecordedFetcher:
    """Answers from a dict of recorded pages; remembers what was asked."""

    pages: dict[str, RecordedResponse]
    asked: list[str] = field(default_factory=list)

    def get(self, url, *, headers=None, accept=None):
        self.asked.append(url)
        return self.pages[url]


def test_url_is_read_through_the_fetcher_and_relative_links_resolved() -> None:
    page = (
        b"<html><head><title>Phi</title></head><body><article><p>Microsoft released Phi-3-mini, a model with 3.8 billion"
        b" parameters, in April 2024 (<a href='/abs/2404.14219'>report</a>).</p></article></body></html>"
    )
    fetcher = RecordedFetcher(
        {"https://arxiv.org/news/phi": RecordedResponse(page, {"content-type": "text/html; charset=utf-8"}, "https://arxiv.org/news/phi")}
    )
    article = read_article("https://arxiv.org/news/phi", fetcher=fetcher)
    assert fetcher.asked == ["https://arxiv.org/news/phi"]
    assert article.media_type == "text/html"
    assert article.encoding == "utf-8 (declared)"
    assert "report (https://arxiv.org/abs/2404.14219)" in article.text


@pytest.mark.parametrize(
    ("location", "error", "message"),
    [
        ("no/such/article.md", InputError, "no such file"),
        ("ftp://example.com/a.txt", UnsupportedInput, "only http and https"),
        ("https://example.com/a", InputError, "no network access"),
    ],
)
def test_unreadable_locations(location: str, error: type, message: str) -> None:
    with pytest.raises(error, match=message):
        read_article(location)


def test_a_directory_is_not_an_article(tmp_path: pathlib.Path) -> None:
    with pytest.raises(InputError, match="is a directory"):
        read_article(str(tmp_path))


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "is empty"),
        (b"  \n\t ", "is empty"),
        (b"\x00\x01\x02\x00" * 100 + b"\xff\xfe\x00", "binary"),
        (b"<html><head><script>var a = 1;</script></head><body><style>p {}</style></body></html>", "no article text"),
    ],
)
def test_unusable_content(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        article_from_bytes(data, location="x")


def test_oversized_input_is_refused_before_decoding() -> None:
    with pytest.raises(InputError, match="larger than 20 MB"):
        article_from_bytes(b"a" * (MAX_INPUT_BYTES + 1), location="big.txt")


def test_find_articles_lists_article_files_sorted_skipping_hidden(tmp_path: pathlib.Path) -> None:
    (tmp_path / "b.md").write_text("B")
    (tmp_path / "a.txt").write_text("A")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.html").write_text("<p>C</p>")
    (tmp_path / "sub" / "image.png").write_bytes(b"\x89PNG")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "d.md").write_text("D")
    (tmp_path / ".hidden.md").write_text("E")
    assert find_articles(tmp_path) == [tmp_path / "a.txt", tmp_path / "b.md", tmp_path / "sub" / "c.html"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Le modèle a été publié par Microsoft et il est plus petit que les autres.", "fr"),
        ("The model was released by Microsoft and it is smaller than the others.", "en"),
        ("Phi-3 GPT-4 MMLU", "und"),
        ("12 345 678", "und"),
    ],
)
def test_language(text: str, language: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize(
    ("claim", "language"),
    [
        # too short for the function-word count: the words only one dictionary knows decide
        ("Falcon-180B devance PaLM-2-Large.", "fr"),
        ("Sur MT-Bench, Llama2-Chat-70B reste devant Zephyr-7B.", "fr"),
        ("OLMoE-1B-7B-Instruct devance Mixtral 8x7B.", "fr"),
        ("BERT-large compte 340 millions de paramètres.", "fr"),
        # "s" of "TFLOPs/s" is not the French elided "s'"
        ("FlashAttention-2 reaches 335 TFLOPs/s on H100 GPUs.", "en"),
        ("Zephyr-7B beats GPT-3.5-turbo on AlpacaEval.", "en"),
        ("Phi-3 GPT-4 MMLU", "en"),
    ],
)
def test_the_language_of_a_short_claim(claim: str, language: str) -> None:
    assert claim_language(claim) == language


def test_citation_meta_tags_become_a_source_line() -> None:
    page = (
        b'<html><head><meta name="citation_arxiv_id" content="2404.14219">'
        b'<meta name="citation_doi" content="10.1038/srep16696"></head><body><article>'
        b"<p>Phi-3-mini has 3.8 billion parameters and runs on a phone, says Microsoft.</p></article></body></html>"
    )
    article = article_from_bytes(page, location="page.html")
    assert article.text.endswith("\n\nSources : arXiv:2404.14219 doi:10.1038/srep16696")


def test_article_url_over_real_http_through_the_project_fetcher() -> None:
    """A local server answers with the windows-1252 page and no charset in its header."""
    import http.server
    import threading

    from factcheck.fetch import FetchPolicy, make_fetcher

    body = (ARTICLES / "transformer-anniversary.en.html").read_bytes()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            if self.path != "/news/transformer":
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        port = server.server_address[1]
        fetcher = make_fetcher(
            FetchPolicy(allow_loopback=True, allowed_ports=frozenset({port}), retries=0, deadline=10.0)
        )
        url = f"http://127.0.0.1:{port}/news/transformer"
        article = read_article(url, fetcher=fetcher)
        assert article.location == url
        assert article.encoding == "cp1252 (meta)"
        assert "The model achieved 28.4 BLEU" in article.text
        with pytest.raises(InputError, match="cannot fetch the article"):
            read_article(url.replace("transformer", "missing"), fetcher=fetcher)
    finally:
        server.shutdown()
        server.server_close()


def test_html_lists_and_tables_map_back_to_their_lines() -> None:
    page = (
        "<html><body><article>\n"
        "<p>Microsoft released three Phi-3 models in April 2024, and the smallest one runs on a phone.</p>\n"
        "<ul><li>Phi-3-mini has 3.8 billion parameters and reaches 69% on MMLU.</li>\n"
        "<li>Phi-3-small has 7 billion parameters and reaches 75% on MMLU.</li></ul>\n"
        "<table><tr><th>Model</th><th>MMLU</th></tr><tr><td>Phi-3-mini</td><td>69%</td></tr></table>\n"
        "</article></body></html>"
    )
    article = article_from_bytes(page.encode(), location="a.html")
    assert "- " not in article.text and "---" not in article.text
    assert article.line_col(article.text.index("Phi-3-small has")) == raw_line_of(article, "Phi-3-small has")
    assert article.line_col(article.text.index("Phi-3-mini | 69%")) == raw_line_of(article, "Phi-3-mini</td>")


def test_markdown_quotes_lists_tables_and_reference_links() -> None:
    source = (
        "> Phi-3-mini reaches **69%** on MMLU.\n"
        "> It runs on a phone.\n"
        "\n"
        "1. A `snake_case` name and ![a picture](p.png) in an item.\n"
        "\n"
        "| Model | MMLU |\n"
        "|-------|------|\n"
        "| Phi-3 | 69%  |\n"
        "\n"
        "See [the report][phi3] and <https://arxiv.org/abs/2404.14219>, \\*not emphasis\\*.\n"
        "\n"
        "[phi3]: https://arxiv.org/abs/2404.14219v2\n"
    )
    article = article_from_bytes(source.encode(), location="a.md")
    assert article.text == (
        "Phi-3-mini reaches 69% on MMLU. It runs on a phone.\n\n"
        "A snake_case name and  in an item.\n\n"
        "| Model | MMLU |\n\n| Phi-3 | 69%  |\n\n"
        "See the report (https://arxiv.org/abs/2404.14219v2) and https://arxiv.org/abs/2404.14219, *not emphasis*."
    )
    assert article.line_col(article.text.index("It runs")) == (2, 3)
    assert article.line_col(article.text.index("| Phi-3")) == (8, 1)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_recognised(codec: str) -> None:
    text = "Phi-3-mini a 3,8 milliards de paramètres et tourne sur un téléphone."
    article = article_from_bytes(text.encode(codec), location="a.txt")
    assert (article.text, article.encoding) == (text, f"{codec} (detected)")


def test_a_directory_of_articles_leaves_out_the_repository_documents(tmp_path):
    from factcheck.ingest import find_articles

    for name in ("README.md", "LICENSE.txt", "PROVENANCE.md", "news.md", "b.html"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert [p.name for p in find_articles(tmp_path)] == ["b.html", "news.md"]


def test_a_binary_file_is_refused_in_one_clear_error(tmp_path):
    import pytest

    from factcheck.errors import InputError
    from factcheck.ingest import read_article

    picture = tmp_path / "photo.md"
    picture.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(InputError, match="does not look like text"):
        read_article(str(picture))
