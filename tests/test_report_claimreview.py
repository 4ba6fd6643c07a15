"""`claimreview`: schema.org ClaimReview JSON-LD, as fact-checkers exchange verdicts."""

from __future__ import annotations

import json

import support_report as data

from factcheck.report import render


def test_seed_claim_reviews():
    reviews = json.loads(render("claimreview", data.seed_result(), report_url="https://reports.example.org/phi.html"))
    assert len(reviews) == 4  # one per checked claim; opinions and the source line are not reviewed
    assert all(r["@context"] == "https://schema.org" and r["@type"] == "ClaimReview" for r in reviews)
    by_label = {r["reviewRating"]["alternateName"]: r for r in reviews}
    assert set(by_label) == {"Not enough information", "Supported", "Refuted"}
    refuted = by_label["Refuted"]
    assert refuted["claimReviewed"].startswith("L'équipe a ensuite amélioré le modèle avec Phi-1.5")
    assert refuted["reviewRating"] == {"@type": "Rating", "bestRating": 5, "worstRating": 1,
                                       "alternateName": "Refuted", "ratingValue": 1}
    assert by_label["Supported"]["reviewRating"]["ratingValue"] == 5
    assert "ratingValue" not in by_label["Not enough information"]["reviewRating"]
    assert refuted["itemReviewed"]["@type"] == "Claim"
    assert refuted["itemReviewed"]["appearance"]["identifier"] == data.SEED_PATH
    assert refuted["author"] == {"@type": "Organization", "name": "factcheck"}
    assert refuted["datePublished"] == "2026-11-20"
    assert refuted["url"].startswith("https://reports.example.org/phi.html#claim-")
    assert "arXiv:2404.14219v4 says: « on par with Gemini-1.5-Flash and GPT-4o-mini »" in refuted["reviewBody"]


def test_multi_claim_reviews_name_the_article_and_skip_suppressed_claims():
    reviews = json.loads(render("claimreview", data.multi_result(), claim_author="Jane Reporter"))
    assert len(reviews) == 8
    assert not any("selon l'équipe" in r["claimReviewed"] for r in reviews)
    tokens = next(r for r in reviews if r["claimReviewed"] == "It was trained on 5 trillion tokens.")
    assert tokens["itemReviewed"]["datePublished"] == "2024-05-02"
    assert tokens["itemReviewed"]["appearance"]["headline"] == "Phi-3 on a phone"
    assert tokens["itemReviewed"]["author"] == {"@type": "Person", "name": "Jane Reporter"}
    assert tokens["inLanguage"] == "en"
    assert "url" not in tokens  # no published report to point to
    unsourced = next(r for r in reviews if r["reviewRating"]["alternateName"] == "Unsourced")
    assert unsourced["claimReviewed"].startswith('Le modèle <script>alert("pwned")</script>')
