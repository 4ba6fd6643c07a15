"""Property tests: the extractors take any input and fail only with the package's errors.

Examples per property come from a hypothesis profile chosen by the
HYPOTHESIS_PROFILE environment variable: "dev" (200, the default) locally,
"ci" (2000) in CI.
"""

from __future__ import annotations

import os
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from factcheck.claims import extract_claims, split_sentences
from factcheck.errors import FactcheckError, InputError, ReferenceError_
from factcheck.ingest import article_from_bytes
from factcheck.references import ARXIV_ID_RE, find_references, link_references, parse_reference
from factcheck.types import ClaimKind, ReferenceKind

# Registered here (hypothesis ships its own "ci" profile with 100 examples, so ours replaces it).
for _name, _examples in (("ci", 2000), ("dev", 200)):
    settings.register_profile(
        _name, max_examples=_examples, deadline=None, suppress_health_check=[HealthCheck.too_slow]
    )
try:
    PROFILE = settings(settings.get_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev")), deadline=None)
except InvalidArgument:  # a profile some other tool registered and we do not know
    PROFILE = settings(settings.get_profile("dev"), deadline=None)

# Pieces that make the extractors' interesting paths likely, mixed with arbitrary text.
FRAGMENTS = [
    "arXiv:", "arxiv ", "2404.14219", "0704.0001", "v2", ".pdf", "https://", "http://", "arxiv.org/abs/",
    "arxiv.org/pdf/", "export.arxiv.org/abs/", "/html/", "doi:", "10.1038/", "10.48550/arXiv.", "https://doi.org/",
    "hep-th/9901001", "math.GT/0309136", "(", ")", "[", "]", ".", ",", ";", ":", " ", "\n", "\n\n", "Source : ",
    "Sources :\n- ", "Read the paper: ", "« ", " »", "?", "!", "...", "e.g.", "M. ", "Phi-3.5", "3,8", "$3.8",
    "dix ans", "Mira Murati", "On dit que ", "reportedly ", "<!-- factcheck off -->", "<!-- factcheck on -->",
    "<!-- factcheck-disable-next-line -->\n", "# ", "**", "_", "`", "```\n", "[lien](", "<p>", "</p>", "<a href='",
    "'>", "</a>", "&amp;", "&#x27;", "\r\n", "\t", "\u00a0", "\u202f", "é", "É", "ﬁ", "\u0301", "\U0001f600",
]


def _spell(data: bytes) -> str:
    """Bytes to text: a small byte picks a fragment, a larger one starts any code point.

    Drawing bytes and spelling them out is several times cheaper in
    hypothesis than drawing lists of strings, which keeps 2000 examples quick,
    and it still shrinks well.
    """
    pieces = []
    index = 0
    while index < len(data):
        byte = data[index]
        if byte < 2 * len(FRAGMENTS):
            pieces.append(FRAGMENTS[byte % len(FRAGMENTS)])
            index += 1
        else:
            low = data[index + 1] if index + 1 < len(data) else 0
            pieces.append(chr(((byte << 8) | low) % 0x30000))
            index += 2
    return "".join(pieces)


mixed_text = st.binary(max_size=48).map(_spell)


def check_reference(text: str, reference) -> None:
    assert reference.start < reference.end
    assert text[reference.start : reference.end] == reference.raw
    if reference.kind is ReferenceKind.ARXIV:
        assert ARXIV_ID_RE.match(reference.value), reference
        assert reference.version is None or re.fullmatch(r"v\d+", reference.version)
    elif reference.kind is ReferenceKind.DOI:
        assert reference.value.startswith("10.") and reference.value == reference.value.lower()
        assert reference.value[-1] not in ".,;:)]"
    else:
        assert reference.value.lower().startswith(("http://", "https://"))
        assert reference.value[-1] not in ".,;:"


@pytest.mark.slow  # over 5 s with the "ci" profile on a busy machine
@PROFILE
@given(mixed_text)
def test_find_references_offsets_are_exact_and_do_not_overlap(text: str) -> None:
    references = find_references(text)
    end = -1
    for reference in references:
        check_reference(text, reference)
        assert reference.start >= end
        end = reference.end
        # what an article cites, a user can type: the same source comes back
        assert parse_reference(reference.raw).label == reference.label


@pytest.mark.slow  # over 5 s with the "ci" profile on a busy machine
@PROFILE
@given(st.one_of(mixed_text, st.text(max_size=60)))
def test_parse_reference_raises_only_reference_errors_and_round_trips(typed: str) -> None:
    try:
        reference = parse_reference(typed)
    except ReferenceError_:
        return
    again = parse_reference(reference.label if reference.kind is not ReferenceKind.URL else reference.value)
    assert (again.kind, again.value, again.version) == (reference.kind, reference.value, reference.version)


@pytest.mark.slow  # over 5 s with the "ci" profile
@PROFILE
@given(mixed_text, st.sampled_from(["a.txt", "a.md", "a.md", "a.html", "noextension"]))
def test_extract_claims_covers_the_text_with_exact_offsets(text: str, location: str) -> None:
    try:
        article = article_from_bytes(text.encode("utf-8", "surrogatepass"), location=location)
    except InputError:
        return
    for text_start, raw_start, length in article.segments:
        assert article.text[text_start : text_start + length] == article.raw[raw_start : raw_start + length]
    for start, end in article.suppressed:
        assert 0 <= start <= end <= len(article.text)
    claims = extract_claims(article)
    previous_end = 0
    for claim in claims:
        assert article.text[claim.start : claim.end] == claim.text
        assert claim.text and claim.text == claim.text.strip()
        assert claim.start >= previous_end
        previous_end = claim.end
        assert isinstance(claim.kind, ClaimKind) and claim.reason
        line, column = article.line_col(claim.start)
        assert line >= 1 and column >= 1
    references = find_references(article.text)
    linked = link_references(article.text, claims, references)
    assert set(linked) == {c.id for c in claims if c.kind is ClaimKind.CLAIM}


@pytest.mark.slow  # over 5 s with the "ci" profile on a busy machine
@PROFILE
@given(st.text(max_size=300))
def test_sentences_of_arbitrary_unicode(text: str) -> None:
    spans = split_sentences(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip()
        previous_end = end
    # nothing but white space is left out
    covered = set()
    for start, end in spans:
        covered.update(range(start, end))
    assert all(text[i].isspace() for i in range(len(text)) if i not in covered)


@pytest.mark.slow  # over 5 s with the "ci" profile
@PROFILE
@given(
    st.one_of(st.binary(max_size=400), mixed_text.map(lambda s: s.encode("utf-8", "surrogatepass"))),
    st.sampled_from([None, "text/plain", "text/markdown", "text/html"]),
    st.sampled_from([None, "text/html; charset=utf-8", "text/plain; charset=latin-1", "text/plain; charset=bogus"]),
)
def test_article_from_bytes_raises_only_input_errors(data: bytes, media_type, content_type) -> None:
    try:
        article = article_from_bytes(data, location="x", media_type=media_type, content_type=content_type)
    except FactcheckError as error:
        assert isinstance(error, InputError)
        return
    assert article.text.strip()
    assert article.language in ("fr", "en", "und")


# Inputs that make careless regular expressions quadratic: 20,000 characters
# take well under a second when every scan is linear, and minutes otherwise.
PATHOLOGICAL = {
    "markdown brackets": ("[" * 20_000, "a.md"),
    "markdown link openings": ("[a](" * 5_000, "a.md"),
    "markdown backticks": ("`a" * 10_000, "a.md"),
    "markdown unclosed comments": ("<!-- " * 4_000, "a.md"),
    "markdown unclosed tags": ("<span " * 3_000, "a.md"),
    "html angle brackets": ("<p>" + "<" * 20_000 + "</p>", "a.html"),
    "html unclosed anchors": ("<p>text " + "<a href='https://e.org/x'>y " * 700 + "</p>", "a.html"),
    "html unclosed scripts": ("<p>text</p>" + "<script>" * 2_500, "a.html"),
    "one long paragraph": ("Phi-3 a 3,8 milliards de paramètres. " * 550, "a.txt"),
    "closing parentheses after a URL": ("https://e.org/" + ")" * 20_000, "a.txt"),
    "many references": (" ".join(f"arXiv:2404.{i:05d}" for i in range(1_500)), "a.txt"),
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_inputs_take_linear_time(name: str) -> None:
    import time

    text, location = PATHOLOGICAL[name]
    started = time.process_time()
    try:
        article = article_from_bytes(text.encode(), location=location)
        claims = extract_claims(article)
        link_references(article.text, claims, find_references(article.text))
    except InputError:
        pass
    find_references(text)
    assert time.process_time() - started < 5.0
