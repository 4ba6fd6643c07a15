"""Sentence passages with exact offsets into the source text."""

from __future__ import annotations

import json
import pathlib

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import passages as passages_module
from factcheck.passages import split_passages
from factcheck.types import Source, sha256_text

FIXTURES = pathlib.Path(__file__).resolve().parent.parent / "fixtures"

V1 = (
    "We introduce phi-3-mini, a 3.8 billion parameter language model trained on 3.3 trillion tokens, whose overall "
    "performance, as measured by both academic benchmarks and internal testing, rivals that of models such as Mixtral "
    "8x7B and GPT-3.5 (e.g., phi-3-mini achieves 69% on MMLU and 8.38 on MT-bench), despite being small enough to be "
    "deployed on a phone. The innovation lies entirely in our dataset for training, a scaled-up version of the one used "
    "for phi-2, composed of heavily filtered web data and synthetic data. The model is also further aligned for "
    "robustness, safety, and chat format."
)


def make_source(text: str, *, title: str | None = None, key: str = "arXiv:2404.14219", version: str = "v1") -> Source:
    return Source(key=key, version=version, url="https://arxiv.org/abs/2404.14219v1", title=title, text=text, sha256=sha256_text(text), retrieved_at="x")


def test_title_first_then_abstract_sentences_with_exact_offsets():
    title = "Phi-3 Technical Report: A Highly Capable Language Model Locally On Your Phone"
    source = make_source(title + "\n\n" + V1, title=title)
    result = split_passages(source)
    assert result[0].text == title and result[0].start == 0 and result[0].index == 0
    assert [p.index for p in result] == list(range(len(result)))
    assert len(result) == 4
    first = result[1].text
    # "e.g.", "8.38", "Mixtral 8x7B" and "GPT-3.5" do not end the sentence.
    assert first.startswith("We introduce phi-3-mini") and first.endswith("deployed on a phone.")
    assert "(e.g., phi-3-mini achieves 69% on MMLU and 8.38 on MT-bench)" in first
    assert result[3].text == "The model is also further aligned for robustness, safety, and chat format."
    for passage in result:
        assert source.text[passage.start : passage.end] == passage.text
        assert (passage.source_key, passage.version) == ("arXiv:2404.14219", "v1")


def test_phi35_names_and_abbreviations_stay_whole():
    text = "Phi-3.5-MoE beats GPT-4o-mini on 3 of 5 tasks. We use Mixtral 8x7B, i.e. a MoE, see Fig. 3 and Sec. 2.1 for details. Done."
    result = split_passages(make_source(text))
    assert [p.text for p in result] == [
        "Phi-3.5-MoE beats GPT-4o-mini on 3 of 5 tasks.",
        "We use Mixtral 8x7B, i.e. a MoE, see Fig. 3 and Sec. 2.1 for details.",
        "Done.",
    ]


def test_full_text_paragraphs_are_split_too_and_blank_lines_skipped():
    text = "Title\n\nAbstract one. Abstract two.\n\n\n  1 Introduction  \n\nFirst body sentence. Second body sentence."
    result = split_passages(make_source(text, title="Title"))
    assert [p.text for p in result] == ["Title", "Abstract one.", "Abstract two.", "1 Introduction", "First body sentence.", "Second body sentence."]
    for passage in result:
        assert text[passage.start : passage.end] == passage.text


def test_both_real_phi3_abstracts_keep_offsets_and_their_own_claims():
    from factcheck.replay import load_index, request_key
    from factcheck.resolvers import arxiv

    index = load_index(FIXTURES / "http")
    texts = {}
    for request in ("2404.14219", "2404.14219v1"):
        body = (FIXTURES / "http" / index[request_key("GET", arxiv.api_url([request]))].body).read_bytes()
        (entry,) = arxiv.parse_atom(body)
        source = arxiv.to_source(entry, fulltext=None, retrieved_at="x")
        result = split_passages(source)
        assert result[0].text == entry.title
        assert all(source.text[p.start : p.end] == p.text for p in result)
        texts[entry.version] = [p.text for p in result]
    assert any("(e.g. phi-3-mini achieves 69% on MMLU and 8.38 on MT-bench)" in t for t in texts["v4"])
    assert any(t.startswith("The phi-3.5-MoE a 16 x 3.8B MoE model") for t in texts["v4"])
    assert not any("phi-3.5" in t for t in texts["v1"])
    assert len(texts["v1"]) == 5 and len(texts["v4"]) == 8


def test_error_source_has_no_passages():
    assert split_passages(make_source("")) == []


def test_results_are_memoised_by_key_version_and_hash(monkeypatch):
    passages_module.clear_cache()
    source = make_source("One sentence. Another sentence.")
    calls = []
    original = passages_module._split
    monkeypatch.setattr(passages_module, "_split", lambda s: calls.append(s.key) or original(s))
    first = split_passages(source)
    second = split_passages(source)
    assert first == second and len(calls) == 1
    second.clear()  # callers get their own list
    assert split_passages(source) == first
    changed = make_source("One sentence. A changed sentence.")
    assert split_passages(changed)[1].text == "A changed sentence."
    assert len(calls) == 2


def test_an_abbreviation_after_a_bracket_does_not_end_the_sentence():
    # arXiv:2404.12387 (Reka), a sentence as published: the name after "(e.g." is still in the sentence
    sentence = (
        "On text benchmarks, Core not only performs competitively to other frontier models on a set of "
        "well-established benchmarks (e.g. MMLU, GSM8K) but also outperforms GPT4-0613 on human evaluation."
    )
    passages = split_passages(make_source(sentence + " On video question answering, Core outperforms Gemini Ultra."))
    assert [p.text for p in passages][:2] == [sentence, "On video question answering, Core outperforms Gemini Ultra."]


def test_a_very_long_paragraph_is_split_quickly():
    import time

    sentence = "The model reaches 69.7% on MMLU (e.g. in 5-shot) and 8.38 on MT-bench. "
    text = sentence * 600  # ~43k characters without a paragraph break, like a flattened PDF page
    started = time.monotonic()
    result = split_passages(make_source(text))
    assert time.monotonic() - started < 5
    assert len(result) == 600
    assert all(text[p.start : p.end] == p.text for p in result)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from("ab .,!?\n\t3é-()"), min_size=0, max_size=40), min_size=1, max_size=6))
def test_offsets_always_match_the_text(chunks):
    text = "\n\n".join(chunks)
    source = make_source(text, title=chunks[0].strip() or None)
    for passage in split_passages(source):
        assert text[passage.start : passage.end] == passage.text
        assert passage.text == passage.text.strip() and passage.text
