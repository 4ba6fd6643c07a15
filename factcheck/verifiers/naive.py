"""The baseline: fuzzy similarity between the claim and each source sentence.

``supported`` when the best sentence is similar enough, ``not_enough_info``
otherwise. It never refutes, and it cannot tell GPT-4 from GPT-4o-mini: it is
here to be measured against.
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.passages import split_passages
from factcheck.types import Evidence, Label, Reason, Source, Verdict

THRESHOLD = 60.0  # token_set_ratio, 0-100


class NaiveVerifier:
    name = "naive"
    version = "1"

    def __init__(self, threshold: float = THRESHOLD):
        self.threshold = threshold

    def verify(
        self,
        claim_id: str,
        text: str,
        language: str,
        sources: Sequence[Source],
        *,
        article_date: str | None = None,
        other_versions: Sequence[Source] = (),
    ) -> Verdict:
        from rapidfuzz import fuzz

        best = None
        for source in sources:
            for passage in split_passages(source):
                score = fuzz.token_set_ratio(text, passage.text)
                if best is None or score > best[0]:
                    best = (score, source, passage)
        consulted = tuple(source.label for source in sources)
        if best is None:
            return Verdict(claim_id, Label.NOT_ENOUGH_INFO, 0.5, (Reason("not_addressed", "The sources have no text."),),
                           verifier=self.name, verifier_version=self.version, sources=consulted)
        score, source, passage = best
        evidence = (Evidence(source.label, passage.text, passage.start, passage.end, round(score / 100, 3)),)
        if score >= self.threshold:
            reason = Reason("fuzzy_match", f"The closest sentence of {source.label} is {score:.0f}% similar.")
            return Verdict(claim_id, Label.SUPPORTED, round(score / 100, 3), (reason,), evidence,
                           verifier=self.name, verifier_version=self.version, sources=consulted)
        reason = Reason("not_addressed", f"No sentence of the sources is similar enough (best {score:.0f}%).")
        return Verdict(claim_id, Label.NOT_ENOUGH_INFO, round(1 - score / 100, 3), (reason,), evidence,
                       verifier=self.name, verifier_version=self.version, sources=consulted)
