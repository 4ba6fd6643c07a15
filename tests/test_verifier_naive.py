"""The fuzzy-matching baseline and the verifier registry."""

from __future__ import annotations

import pytest

from factcheck.errors import ConfigError
from factcheck.types import Label, Source, sha256_text
from factcheck.verifiers import available, get_verifier, register

TEXT = (
    "Phi-3 Technical Report\n\nWe introduce phi-3-mini, a 3.8 billion parameter language model trained on 3.3 trillion tokens. "
    "The phi-3.5-MoE achieves performance on par with Gemini-1.5-Flash and GPT-4o-mini."
)
SOURCE = Source("arXiv:2404.14219", "v4", "https://arxiv.org/abs/2404.14219v4", "Phi-3 Technical Report", TEXT,
                sha256_text(TEXT), "2026-01-01T00:00:00Z")


def test_close_wording_is_supported_and_nothing_is_ever_refuted():
    naive = get_verifier("naive")
    close = naive.verify("c", "phi-3-mini is a 3.8 billion parameter language model trained on 3.3 trillion tokens.", "en", [SOURCE])
    assert close.label is Label.SUPPORTED and close.verifier == "naive"
    assert TEXT[close.evidence[0].start : close.evidence[0].end] == close.evidence[0].text
    # the baseline cannot tell GPT-4 from GPT-4o-mini, nor "beats" from "on par with"
    wrong = naive.verify("c", "The phi-3.5-MoE beats Gemini-1.5-Flash and GPT-4.", "en", [SOURCE])
    assert wrong.label is Label.SUPPORTED
    far = naive.verify("c", "Bubeck spent ten years at Microsoft before joining OpenAI.", "en", [SOURCE])
    assert far.label is Label.NOT_ENOUGH_INFO


def test_registry_names_and_lazy_backends():
    assert {"lexical", "naive"} <= set(available())
    with pytest.raises(ConfigError):
        get_verifier("no-such-verifier")
    made = []

    class Fixed:
        name = "fixed"
        version = "1"

        def verify(self, claim_id, text, language, sources, *, article_date=None, other_versions=()):
            raise AssertionError("not called here")

    register("fixed-test", lambda: made.append(1) or Fixed())
    assert made == []  # nothing built until asked for
    assert get_verifier("fixed-test").name == "fixed"
    assert get_verifier("fixed-test") is get_verifier("fixed-test") and made == [1]
