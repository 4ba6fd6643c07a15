"""arXiv ids, DOIs and URLs as articles and users write them."""

from __future__ import annotations

import pathlib

import pytest

from factcheck.claims import extract_claims
from factcheck.errors import ReferenceError_
from factcheck.ingest import article_from_bytes, read_article
from factcheck.references import find_references, link_references, parse_reference
from factcheck.types import ClaimKind, ReferenceKind


ARTICLES = pathlib.Path(__file__).resolve().parent.parent / "fixtures" / "articles"


def labels(text: str) -> list[str]:
    return [reference.label for reference in find_references(text)]


@pytest.mark.parametrize(
    ("written", "label"),
    [
        ("2404.14219", "arXiv:2404.14219"),
        ("arXiv:2404.14219v2", "arXiv:2404.14219v2"),
        ("arXiv 2404.14219", "arXiv:2404.14219"),
        ("https://arxiv.org/abs/2404.14219", "arXiv:2404.14219"),
        ("arxiv.org/abs/2404.14219", "arXiv:2404.14219"),
        ("https://arxiv.org/pdf/2404.14219v1", "arXiv:2404.14219v1"),
        ("https://arxiv.org/pdf/2404.14219.pdf", "arXiv:2404.14219"),
        ("https://arxiv.org/pdf/2404.14219v3.pdf", "arXiv:2404.14219v3"),
        ("https://arxiv.org/html/2404.14219v2", "arXiv:2404.14219v2"),
        ("the path /pdf/2404.14219v1 only", "arXiv:2404.14219v1"),
        ("the path /pdf/2404.14219.pdf only", "arXiv:2404.14219"),
        ("http://export.arxiv.org/abs/2404.14219", "arXiv:2404.14219"),
        ("hep-th/9901001", "arXiv:hep-th/9901001"),
        ("math.GT/0309136", "arXiv:math/0309136"),
        ("cs/0102001v1", "arXiv:cs/0102001v1"),
        ("0704.0001", "arXiv:0704.0001"),
        ("10.1038/srep16696", "doi:10.1038/srep16696"),
        ("doi:10.1038/srep16696", "doi:10.1038/srep16696"),
        ("https://doi.org/10.1038/SREP16696", "doi:10.1038/srep16696"),
        ("http://dx.doi.org/10.1145/3442188.3445922", "doi:10.1145/3442188.3445922"),
        ("10.48550/arXiv.2404.14219", "arXiv:2404.14219"),
        ("https://doi.org/10.48550/arXiv.2404.14219", "arXiv:2404.14219"),
        ("https://example.com/news/phi-3", "https://example.com/news/phi-3"),
    ],
)
def test_every_written_form_names_the_same_source(written: str, label: str) -> None:
    text = f"See {written} for details."
    references = find_references(text)
    assert [r.label for r in references] == [label]
    reference = references[0]
    assert text[reference.start : reference.end] == reference.raw


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        ("(see doi:10.1038/srep16696).", "doi:10.1038/srep16696"),
        ("DOI 10.1038/srep16696;", "10.1038/srep16696"),
        ("Read https://example.com/a/b.", "https://example.com/a/b"),
        ("(https://example.com/x)", "https://example.com/x"),
        ("at https://en.wikipedia.org/wiki/Transformer_(deep_learning).", "https://en.wikipedia.org/wiki/Transformer_(deep_learning)"),
        ("« https://arxiv.org/abs/2404.14219 »", "https://arxiv.org/abs/2404.14219"),
        ("see arXiv:2404.14219v2, then", "arXiv:2404.14219v2"),
        # a Markdown link with no target after a DOI: the empty brackets enclose nothing of it
        ("10.1038/abc[lien]()", "10.1038/abc"),
    ],
)
def test_trailing_punctuation_is_not_part_of_a_reference(text: str, raw: str) -> None:
    assert [r.raw for r in find_references(text)] == [raw]


@pytest.mark.parametrize(
    "text",
    [
        "Python 3.8 and version 2.0 are fine.",
        "It costs $3.8 million, or 1299.00 euros.",
        "In 2024.1234 nothing happens.",  # month 12? no: "2024" is YYMM with month 24
        "Phi-3.5 beats GPT-3.5 on 8,38 points.",
        "The ratio was 1234.5678 and 9913.12345.",
        "v2404.14219 and 12404.14219 are not ids",
        "2404.1421 has four digits after 2015, 1412.12345 five before, 0703.0001 predates the scheme",
    ],
)
def test_numbers_that_are_not_arxiv_ids_are_left_alone(text: str) -> None:
    assert find_references(text) == []


def test_each_occurrence_is_returned_with_its_own_position() -> None:
    text = "arXiv:2404.14219 then again arXiv:2404.14219 and https://arxiv.org/abs/2404.14219v2"
    references = find_references(text)
    assert [r.label for r in references] == ["arXiv:2404.14219", "arXiv:2404.14219", "arXiv:2404.14219v2"]
    assert [r.start for r in references] == [0, 28, 49]


def test_the_seed_source_line_applies_to_the_whole_article() -> None:
    article = read_article(str(ARTICLES / "article-bubeck-phi.fr.txt"))
    references = find_references(article.text)
    assert [(r.label, r.article_level) for r in references] == [("arXiv:2404.14219", True)]


@pytest.mark.parametrize(
    "line",
    [
        "Source : https://arxiv.org/abs/2404.14219",
        "Source: https://arxiv.org/abs/2404.14219",
        "Lien vers l'article : https://arxiv.org/abs/2404.14219",
        "Paper: https://arxiv.org/abs/2404.14219",
        "Référence : arXiv:2404.14219",
        "Read the paper: https://arxiv.org/abs/2404.14219",
        "**Source :** https://arxiv.org/abs/2404.14219",
    ],
)
def test_source_lines_are_article_level_even_mid_article(line: str) -> None:
    text = f"Un paragraphe.\n\n{line}\n\nUn autre paragraphe sans lien, avec un fait sur Phi-3."
    assert [r.article_level for r in find_references(text)] == [True]


def test_a_sources_heading_makes_the_list_below_it_article_level() -> None:
    text = "Le modèle est petit (https://example.com/blog).\n\nSources :\n- https://arxiv.org/abs/2306.11644\n- arXiv:2309.05463v1\n"
    references = find_references(text)
    assert [(r.label, r.article_level) for r in references] == [
        ("https://example.com/blog", False),
        ("arXiv:2306.11644", True),
        ("arXiv:2309.05463v1", True),
    ]


def test_a_reference_inside_a_sentence_is_not_article_level() -> None:
    text = "Phi-3 (arXiv:2404.14219) is small.\nIt runs on a phone."
    assert [r.article_level for r in find_references(text)] == [False]


@pytest.mark.parametrize(
    ("typed", "kind", "value", "version"),
    [
        ("arXiv:2404.14219", ReferenceKind.ARXIV, "2404.14219", None),
        ("arXiv:2404.14219v4", ReferenceKind.ARXIV, "2404.14219", "v4"),
        (" 2404.14219 ", ReferenceKind.ARXIV, "2404.14219", None),
        ("hep-th/9901001v2", ReferenceKind.ARXIV, "hep-th/9901001", "v2"),
        ("doi:10.1038/srep16696", ReferenceKind.DOI, "10.1038/srep16696", None),
        ("10.1038/SREP16696", ReferenceKind.DOI, "10.1038/srep16696", None),
        ("https://doi.org/10.1038/srep16696", ReferenceKind.DOI, "10.1038/srep16696", None),
        ("https://doi.org/10.48550/arXiv.2404.14219", ReferenceKind.ARXIV, "2404.14219", None),
        ("https://arxiv.org/abs/2404.14219v2", ReferenceKind.ARXIV, "2404.14219", "v2"),
        ("https://arxiv.org/pdf/2404.14219", ReferenceKind.ARXIV, "2404.14219", None),
        ("https://example.com/page?x=1", ReferenceKind.URL, "https://example.com/page?x=1", None),
        ("arXiv: 2404.14219v2", ReferenceKind.ARXIV, "2404.14219", "v2"),
        ("arXiv 2404.14219", ReferenceKind.ARXIV, "2404.14219", None),
        ("doi: 10.1038/srep16696", ReferenceKind.DOI, "10.1038/srep16696", None),
    ],
)
def test_parse_reference_reads_what_users_type(typed: str, kind: ReferenceKind, value: str, version: str | None) -> None:
    reference = parse_reference(typed)
    assert (reference.kind, reference.value, reference.version) == (kind, value, version)
    assert reference.start == -1


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "empty reference"),
        ("Phi-3 report", "contains spaces"),
        ("ftp://arxiv.org/abs/2404.14219", "unsupported scheme"),
        ("arXiv:2413.14219", "not a valid arXiv id"),
        ("doi:11.1038/x", "not a valid DOI"),
        ("hello", "not a reference"),
        ("http://http://2404.14219", "no host name"),
    ],
)
def test_parse_reference_says_what_is_wrong(typed: str, message: str) -> None:
    with pytest.raises(ReferenceError_, match=message):
        parse_reference(typed)


def test_claims_cite_their_sentence_paragraph_and_article_sources() -> None:
    text = (
        "Phi-3-mini has 3.8 billion parameters (arXiv:2404.14219v1). It scores 69% on MMLU.\n\n"
        "Mixtral uses 13B active parameters.\n\n"
        "Source : https://arxiv.org/abs/2401.04088"
    )
    article = article_from_bytes(text.encode(), location="x.txt")
    claims = extract_claims(article)
    linked = link_references(article.text, claims, find_references(article.text))
    by_text = {c.text: linked.get(c.id) for c in claims}
    first, second, third, source = claims
    assert source.kind is ClaimKind.REFERENCE and source.id not in linked
    assert [r.label for r in by_text[first.text]] == ["arXiv:2404.14219v1", "arXiv:2401.04088"]
    # no reference in its own sentence: it takes its paragraph's
    assert [r.label for r in by_text[second.text]] == ["arXiv:2404.14219v1", "arXiv:2401.04088"]
    assert [r.label for r in by_text[third.text]] == ["arXiv:2401.04088"]


def test_linking_keeps_each_source_once_per_claim() -> None:
    text = "Phi-3 has 3.8B parameters (arXiv:2404.14219, see also https://arxiv.org/abs/2404.14219).\nSource: arXiv:2404.14219"
    article = article_from_bytes(text.encode(), location="x.txt")
    claims = extract_claims(article)
    linked = link_references(article.text, claims, find_references(article.text))
    assert [[r.label for r in refs] for refs in linked.values()] == [["arXiv:2404.14219"]]


def test_a_sentence_that_starts_with_an_id_is_not_a_source_line() -> None:
    text = "Intro.\n\narXiv:2404.14219 shows that Phi-3 is small.\n\nDOI: 10.1038/srep16696\n\nThe end of it all."
    assert [(r.label, r.article_level) for r in find_references(text)] == [
        ("arXiv:2404.14219", False),
        ("doi:10.1038/srep16696", True),
    ]
