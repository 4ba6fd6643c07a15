"""Sentences, check-worthiness and hedges, on the seed article and on general cases."""

from __future__ import annotations

import pathlib

import pytest

from factcheck.claims import extract_claims, split_sentences
from factcheck.ingest import article_from_bytes, read_article
from factcheck.types import ClaimKind

ARTICLES = pathlib.Path(__file__).resolve().parent.parent / "fixtures" / "articles"


@pytest.fixture(scope="module")
def seed_claims():
    return extract_claims(read_article(str(ARTICLES / "article-bubeck-phi.fr.txt")))


def claim_starting(claims, prefix: str):
    matches = [claim for claim in claims if claim.text.startswith(prefix)]
    assert len(matches) == 1, f"{prefix!r}: {[c.text for c in claims]}"
    return matches[0]


def sentences(text: str, language: str = "und") -> list[str]:
    return [text[start:end] for start, end in split_sentences(text, language)]


# ---------------------------------------------------------------- the seed article


def test_every_sentence_of_the_seed_is_returned_in_order_with_exact_offsets(seed_claims) -> None:
    article = read_article(str(ARTICLES / "article-bubeck-phi.fr.txt"))
    assert len(seed_claims) == 22
    assert [c.start for c in seed_claims] == sorted(c.start for c in seed_claims)
    for claim in seed_claims:
        assert article.text[claim.start : claim.end] == claim.text
        assert claim.article_id == article.id
        assert claim.language == "fr"
    assert len({claim.id for claim in seed_claims}) == len(seed_claims)


@pytest.mark.parametrize(
    "prefix",
    [
        "Bubeck, une figure incontournable, a passé dix ans chez Microsoft, après avoir été professeur assistant à l'université de Princeton.",
        "Récemment, il a dirigé l'équipe qui a développé la série de modèles Phi",
        "L'équipe a ensuite amélioré le modèle avec Phi-1.5",
        "Parallèlement, Mira Murati, récemment démissionnaire",
        "D'autres employés d'OpenAI, dont Luke Metz",
        "Ironiquement, Lilian Weng, vice-présidente de la recherche sur la sécurité chez OpenAI, a publié",
        "On dit que Sebastien Bubeck",
        "Elle pourrait créer une entreprise",
        "Selon des informations internes",
        "Il semblerait qu'elle envisage",
    ],
)
def test_checkable_sentences_of_the_seed_are_claims(seed_claims, prefix: str) -> None:
    assert claim_starting(seed_claims, prefix).kind is ClaimKind.CLAIM


@pytest.mark.parametrize(
    ("prefix", "kind"),
    [
        ("Ses réalisations sont nombreuses.", ClaimKind.OPINION),
        ("En résumé, OpenAI fait face à une double pression", ClaimKind.RHETORIC),
        ("Dans le monde de la tech", ClaimKind.RHETORIC),
        ("Ces départs pourraient poser de sérieux défis", ClaimKind.RHETORIC),
        ("Adresse de l'article : https://arxiv.org/pdf/2404.14219", ClaimKind.REFERENCE),
    ],
)
def test_opinion_rhetoric_and_source_lines_of_the_seed_are_not_claims(seed_claims, prefix: str, kind: ClaimKind) -> None:
    claim = claim_starting(seed_claims, prefix)
    assert claim.kind is kind
    assert not claim.checkworthy


@pytest.mark.parametrize(
    ("prefix", "reason"),
    [
        ("Bubeck, une figure incontournable", "contains a quantity"),
        ("Récemment, il a dirigé", "compares two entities"),
        ("D'autres employés d'OpenAI", "states a fact about a named person"),
        ("Ses réalisations sont nombreuses.", "opinion: evaluative adjective without a checkable fact"),
        ("En résumé", "rhetoric: prediction/speculation"),
        ("Adresse de l'article", "source line"),
    ],
)
def test_reasons_say_why(seed_claims, prefix: str, reason: str) -> None:
    assert claim_starting(seed_claims, prefix).reason == reason


@pytest.mark.parametrize(
    ("prefix", "hedge"),
    [
        ("On dit que", "On dit que"),
        ("Il semblerait", "Il semblerait"),
        ("Selon des informations internes", "Selon des informations internes"),
        ("Elle pourrait créer", "pourrait"),
        ("Bubeck, une figure incontournable", None),
        ("D'autres employés d'OpenAI", None),
    ],
)
def test_hedged_and_reported_speech_is_marked(seed_claims, prefix: str, hedge: str | None) -> None:
    assert claim_starting(seed_claims, prefix).hedge == hedge


def test_claim_ids_are_stable_and_repeated_sentences_get_their_own() -> None:
    data = "Phi-3 has 3.8B parameters. Mixtral has 47B parameters. Phi-3 has 3.8B parameters.".encode()
    first = extract_claims(article_from_bytes(data, location="a.txt"))
    second = extract_claims(article_from_bytes(data, location="b.txt"))
    assert [c.id for c in first] == [c.id for c in second]
    assert first[0].text == first[2].text and first[0].id != first[2].id


# ---------------------------------------------------------------- sentence splitting


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Phi-3.5 beats GPT-3.5. It is small.", ["Phi-3.5 beats GPT-3.5.", "It is small."]),
        ("Le score passe de 8,38 à 9,1. Bien.", ["Le score passe de 8,38 à 9,1.", "Bien."]),
        ("It costs $3.8 million, e.g. less than GPT-4. Fine.", ["It costs $3.8 million, e.g. less than GPT-4.", "Fine."]),
        ("M. Bubeck a quitté Microsoft. Il rejoint OpenAI.", ["M. Bubeck a quitté Microsoft.", "Il rejoint OpenAI."]),
        ("Dr. Smith and J. Doe wrote it. Then they left.", ["Dr. Smith and J. Doe wrote it.", "Then they left."]),
        ("See https://example.com/a.b?c=1. Next one.", ["See https://example.com/a.b?c=1.", "Next one."]),
        ("Voir arXiv:2404.14219v2. Puis lire.", ["Voir arXiv:2404.14219v2.", "Puis lire."]),
        ("Est-ce vrai ? Oui ! Vraiment.", ["Est-ce vrai ?", "Oui !", "Vraiment."]),
        ("Il a dit « C'est fini. » Puis il est parti.", ["Il a dit « C'est fini. »", "Puis il est parti."]),
        ("Wait... what happened? Nothing.", ["Wait... what happened?", "Nothing."]),
        ("Smith et al. showed it. It holds.", ["Smith et al. showed it.", "It holds."]),
        ("Title line\n\nFirst paragraph. Second.", ["Title line", "First paragraph.", "Second."]),
    ],
)
def test_sentence_boundaries(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_hard_wrapped_lines_are_joined_but_standalone_lines_are_not() -> None:
    text = (
        "The Chinchilla paper\n"
        "In 2022, DeepMind trained over 400 language models ranging from 70 million\n"
        "to over 16 billion parameters. Their conclusion was\n"
        "simple.\n"
        "Sources:\n"
        "https://arxiv.org/abs/2203.15556\n"
        "https://doi.org/10.48550/arXiv.2302.13971"
    )
    assert sentences(text) == [
        "The Chinchilla paper",
        "In 2022, DeepMind trained over 400 language models ranging from 70 million\nto over 16 billion parameters.",
        "Their conclusion was\nsimple.",
        "Sources:",
        "https://arxiv.org/abs/2203.15556",
        "https://doi.org/10.48550/arXiv.2302.13971",
    ]


# ---------------------------------------------------------------- general rules, both languages


@pytest.mark.parametrize(
    ("sentence", "kind", "hedge"),
    [
        ("OpenAI reportedly plans to hire 50 researchers in Paris.", ClaimKind.CLAIM, "reportedly"),
        ("According to people familiar with the matter, Anthropic raised $4 billion.", ClaimKind.CLAIM, "According to people familiar with the matter"),
        ("GPT-4 outperforms PaLM on MMLU.", ClaimKind.CLAIM, None),
        ("Yann LeCun joined Meta as chief AI scientist.", ClaimKind.CLAIM, None),
        ("I think this is the most interesting model of the year.", ClaimKind.OPINION, None),
        ("The results are truly stunning.", ClaimKind.OPINION, None),
        ("Will open models ever catch up?", ClaimKind.RHETORIC, None),
        ("The future of small models looks uncertain.", ClaimKind.RHETORIC, None),
        ("In short, the race is on.", ClaimKind.RHETORIC, None),
        ("Zephyr relies on human preference annotations.", ClaimKind.CLAIM, None),  # a name opens the sentence
        ("vLLM serves requests in batches.", ClaimKind.CLAIM, None),
        ("Overall, the community got carried away.", ClaimKind.RHETORIC, None),
        ("Meta suggests Llama 2-Chat may replace closed models.", ClaimKind.CLAIM, "suggests"),
        ("Microsoft released Phi-3 in May 2024.", ClaimKind.CLAIM, None),  # the month, not the modal
        ("Arterioles have a larger lumen diameter than venules.", ClaimKind.CLAIM, None),  # no names, a comparison
        ("Birth weight is positively associated with breast cancer.", ClaimKind.CLAIM, None),  # a relation
        ("Nearly 70 drugs were tested in the trial.", ClaimKind.CLAIM, None),  # "Nearly" is no model name
    ],
)
def test_english_rules(sentence: str, kind: ClaimKind, hedge: str | None) -> None:
    padding = " The model was trained by the team and it is available to the public."
    article = article_from_bytes((sentence + padding).encode(), location="a.txt")
    assert article.language == "en"
    claim = extract_claims(article)[0]
    assert (claim.text, claim.kind, claim.hedge) == (sentence, kind, hedge)


@pytest.mark.parametrize(
    ("sentence", "kind", "hedge"),
    [
        ("Selon Le Monde, Mistral AI aurait levé 600 millions d'euros.", ClaimKind.CLAIM, "Selon Le Monde"),
        ("Mistral AI aurait levé 600 millions d'euros.", ClaimKind.CLAIM, "aurait"),
        ("Yann LeCun a rejoint Meta en tant que directeur scientifique.", ClaimKind.CLAIM, None),
        ("Llama 3 surpasse GPT-3.5 sur la plupart des tests.", ClaimKind.CLAIM, None),
        ("À mon avis, ce modèle est le plus intéressant de l'année.", ClaimKind.OPINION, None),
        ("C'est une avancée remarquable.", ClaimKind.OPINION, None),
        ("Qui pourra rattraper ces modèles ?", ClaimKind.RHETORIC, None),
        ("Reste à savoir si la communauté suivra.", ClaimKind.RHETORIC, None),
        ("Mixtral utilise un routeur pour choisir les experts.", ClaimKind.CLAIM, None),
        ("Mistral 7B utilise l'attention à requêtes groupées.", ClaimKind.CLAIM, None),
        ("Récemment, la communauté s'est emballée.", ClaimKind.RHETORIC, None),
        ("Llama 2 surpasse les modèles ouverts d’après les évaluations humaines.", ClaimKind.CLAIM, "d’après"),
    ],
)
def test_french_rules(sentence: str, kind: ClaimKind, hedge: str | None) -> None:
    padding = " Le modèle a été entraîné par une équipe et il est disponible pour le public."
    article = article_from_bytes((sentence + padding).encode(), location="a.txt")
    assert article.language == "fr"
    claim = extract_claims(article)[0]
    assert (claim.text, claim.kind, claim.hedge) == (sentence, kind, hedge)


def test_a_long_sentence_with_a_checkable_part_stays_one_claim() -> None:
    sentence = (
        "Although the announcement was framed as a modest update and many observers were unimpressed at first, "
        "the report states that Phi-3-mini reaches 69% on MMLU, which puts it close to much larger models."
    )
    claims = extract_claims(article_from_bytes(sentence.encode(), location="a.txt"))
    assert [(c.text, c.kind) for c in claims] == [(sentence, ClaimKind.CLAIM)]


def test_every_fixture_article_yields_claims_with_exact_offsets() -> None:
    for path in sorted(ARTICLES.iterdir()):
        if path.suffix not in (".txt", ".md", ".html"):
            continue
        article = read_article(str(path))
        claims = extract_claims(article)
        assert any(c.kind is ClaimKind.CLAIM for c in claims), path.name
        for claim in claims:
            assert article.text[claim.start : claim.end] == claim.text
            assert claim.text == claim.text.strip() and claim.text


def test_short_sentences_with_a_citation_are_claims_when_they_say_something() -> None:
    text = "Phi-3 (arXiv:2404.14219) rocks. See arXiv:2404.14219. Voir https://arxiv.org/abs/2404.14219 ici."
    claims = extract_claims(article_from_bytes(text.encode(), location="a.txt"))
    assert [(c.text, c.kind) for c in claims] == [
        ("Phi-3 (arXiv:2404.14219) rocks.", ClaimKind.CLAIM),
        ("See arXiv:2404.14219.", ClaimKind.REFERENCE),
        ("Voir https://arxiv.org/abs/2404.14219 ici.", ClaimKind.REFERENCE),
    ]


def test_headings_and_bylines_are_not_claims_but_headlines_with_figures_are():
    from factcheck.ingest import article_from_bytes
    from factcheck.claims import extract_claims, REASON_HEADING
    from factcheck.types import ClaimKind

    markdown = (
        "# How Mixtral works\n\nBy the Newsroom team\n\n"
        "## Mixtral beats Llama 2 70B on most benchmarks\n\n"
        "Mixtral uses 13B active parameters per token.\n"
    ).encode()
    claims = {c.text: c for c in extract_claims(article_from_bytes(markdown, location="a.md"))}
    assert claims["How Mixtral works"].kind is ClaimKind.RHETORIC
    assert claims["How Mixtral works"].reason == REASON_HEADING
    assert claims["By the Newsroom team"].kind is not ClaimKind.CLAIM
    assert claims["Mixtral beats Llama 2 70B on most benchmarks"].kind is ClaimKind.CLAIM
    assert claims["Mixtral uses 13B active parameters per token."].kind is ClaimKind.CLAIM
