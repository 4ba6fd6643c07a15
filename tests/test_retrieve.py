"""Ranking the passages of a source for a claim."""

from __future__ import annotations

from factcheck.analysis import analyse
from factcheck.retrieve import passage_windows, rank
from factcheck.types import Passage, Source, sha256_text

TEXT = (
    "Mixtral of Experts\n\n"
    "We introduce Mixtral 8x7B, a Sparse Mixture of Experts (SMoE) language model. "
    "Mixtral has the same architecture as Mistral 7B, with the difference that each layer is composed of 8 feedforward blocks. "
    "In particular, Mixtral vastly outperforms Llama 2 70B on mathematics, code generation, and multilingual benchmarks."
)


def source_and_passages() -> tuple[Source, list[Passage]]:
    source = Source("arXiv:2401.04088", "v1", "https://arxiv.org/abs/2401.04088v1", "Mixtral of Experts", TEXT,
                    sha256_text(TEXT), "2026-01-01T00:00:00Z")
    passages = []
    cursor = 0
    for piece in ["Mixtral of Experts"] + TEXT.split("\n\n", 1)[1].split(". "):
        piece = piece if piece.endswith(".") or piece == "Mixtral of Experts" else piece + "."
        start = TEXT.index(piece, cursor)
        passages.append(Passage(source.key, source.version, len(passages), start, start + len(piece), piece))
        cursor = start + len(piece)
    return source, passages


def test_the_passage_with_the_claims_names_and_words_comes_first():
    _, passages = source_and_passages()
    ranked = rank("Mixtral beats Llama 2 70B at code generation.", passages, language="en", k=2)
    assert "vastly outperforms Llama 2 70B" in ranked[0].passage.text
    assert ranked[0].entities_found == 2
    assert ranked[0].score > ranked[1].score


def test_french_claims_rank_english_passages():
    _, passages = source_and_passages()
    ranked = rank("Chaque couche de Mixtral comporte 8 blocs feedforward.", passages, language="fr", k=1)
    assert "8 feedforward blocks" in ranked[0].passage.text
    assert ranked[0].numbers_found == 1


def test_windows_join_neighbouring_sentences_with_exact_offsets():
    source, passages = source_and_passages()
    windows = passage_windows(source, passages)
    joined = [w for w in windows if w.index < 0]
    assert len(joined) == len(passages) - 1
    for window in joined:
        assert source.text[window.start : window.end] == window.text


def test_no_passages_no_ranking():
    assert rank("anything", [], language="en") == []


def test_ranked_windows_carry_the_analysis_of_their_own_text():
    source, passages = source_and_passages()
    windows = passage_windows(source, passages)
    ranked = rank("Mixtral has the same architecture as Mistral 7B, with 8 feedforward blocks per layer.", windows, language="en", k=len(windows))
    assert len(ranked) == len(windows)
    assert any(scored.passage.index < 0 for scored in ranked[:3])  # a window of two sentences ranks high
    for scored in ranked:
        assert scored.analysis == analyse(scored.passage.text, "en")
        assert scored.sketch.vocabulary == scored.analysis.vocabulary
