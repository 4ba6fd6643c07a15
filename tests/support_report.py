"""Hand-built RunResult values for the report and findings tests.

The seed result is the real French article with real offsets, and the real
Phi-3 abstract (v4) as evidence. The multi-article result adds a Markdown
article citing v1 and an unreachable blog, and a plain-text note carrying
markup that must never reach a page unescaped.

The verdicts are written by hand (this module tests reports, not the
verifier); the reason sentences say what the verifier would say.
"""

from __future__ import annotations

import json
import pathlib

from factcheck.types import (
    Article,
    CheckedArticle,
    CheckedClaim,
    Claim,
    ClaimKind,
    Evidence,
    Label,
    PriorCheck,
    Reason,
    Reference,
    ReferenceKind,
    RunResult,
    Source,
    SourceVersion,
    Verdict,
    content_id,
    sha256_text,
)

FIXTURES = pathlib.Path(__file__).resolve().parent.parent / "fixtures" / "report"
SEED_PATH = "articles/article-bubeck-phi.fr.txt"
PHI3 = json.loads((FIXTURES / "2404.14219.json").read_text(encoding="utf-8"))


def seed_text() -> str:
    return (FIXTURES / "article-bubeck-phi.fr.txt").read_text(encoding="utf-8")


def phi3_source(version: str) -> Source:
    entry = next(v for v in PHI3["versions"] if v["version"] == version)
    text = PHI3["title"] + "\n\n" + entry["abstract"]
    return Source(
        key="arXiv:2404.14219",
        version=version,
        url=f"https://arxiv.org/abs/2404.14219{version}",
        title=PHI3["title"],
        text=text,
        sha256=sha256_text(text),
        retrieved_at="2026-11-20T09:00:00+00:00",
        authors=("Marah Abdin", "Sam Ade Jacobs"),
        published=entry["created"],
        versions=tuple(
            SourceVersion(v["version"], {"v1": "2024-04-22", "v2": "2024-04-23", "v3": "2024-05-23",
                                         "v4": "2024-08-30"}[v["version"]])
            for v in PHI3["versions"]
        ),
    )


def evidence(source: Source, quote: str, score: float = 0.8) -> Evidence:
    start = source.text.index(quote)
    return Evidence(source=source.label, text=quote, start=start, end=start + len(quote), score=score)


def _claim(article: Article, sentence: str, kind: ClaimKind, reason: str, hedge: str | None = None) -> Claim:
    start = article.text.index(sentence)
    return Claim(
        id=content_id(article.id, sentence),
        article_id=article.id,
        text=sentence,
        start=start,
        end=start + len(sentence),
        kind=kind,
        reason=reason,
        hedge=hedge,
        language=article.language,
    )


def _verdict(claim: Claim, label: Label, reasons: list[tuple[str, str]], found: tuple[Evidence, ...] = (),
             sources: tuple[str, ...] = (), confidence: float = 0.7) -> Verdict:
    return Verdict(
        claim_id=claim.id,
        label=label,
        confidence=confidence,
        reasons=tuple(Reason(code, message) for code, message in reasons),
        evidence=found,
        verifier="lexical",
        verifier_version="1",
        sources=sources,
    )


def seed_article() -> CheckedArticle:
    text = seed_text()
    article = Article(
        id=content_id(text),
        location=SEED_PATH,
        media_type="text/plain",
        raw=text,
        text=text,
        segments=((0, 0, len(text)),),
        language="fr",
        encoding="utf-8",
    )
    v4 = phi3_source("v4")
    reference = Reference(ReferenceKind.ARXIV, "2404.14219", None, raw="https://arxiv.org/pdf/2404.14219",
                          start=text.index("https://arxiv.org/pdf/2404.14219"),
                          end=text.index("https://arxiv.org/pdf/2404.14219") + 32, article_level=True)
    refs = (reference,)

    bubeck = _claim(article, "On dit que Sebastien Bubeck, vice-président de l'IA chez Microsoft, s'apprête à "
                             "quitter son poste pour rejoindre OpenAI, afin de poursuivre son rêve, celui de "
                             "l'AGI (Intelligence Artificielle Générale).",
                    ClaimKind.CLAIM, "a fact about a person", hedge="On dit que")
    princeton = _claim(article, "Bubeck, une figure incontournable, a passé dix ans chez Microsoft, après avoir "
                                "été professeur assistant à l'université de Princeton.",
                       ClaimKind.CLAIM, "a duration and a career fact")
    gpt35 = _claim(article, "Récemment, il a dirigé l'équipe qui a développé la série de modèles Phi, des "
                            "modèles qui ont brillé, surpassant même GPT-3.5 lors de divers tests.",
                   ClaimKind.CLAIM, "a comparison between models")
    gpt4 = _claim(article, "L'équipe a ensuite amélioré le modèle avec Phi-1.5, Phi-2 et Phi-3, notamment "
                           "Phi-3.5, un modèle plus léger grâce à l'architecture MoE, qui a même surpassé "
                           "GPT-4 dans certains benchmarks.",
                  ClaimKind.CLAIM, "a comparison between models")
    opening = _claim(article, "Dans le monde de la tech, certaines actualités retiennent particulièrement "
                              "l'attention.", ClaimKind.RHETORIC, "framing sentence")
    ironic = _claim(article, "Ironiquement, Lilian Weng, vice-présidente de la recherche sur la sécurité chez "
                             "OpenAI, a publié le même jour une offre d'emploi pour recruter de nouveaux "
                             "chercheurs et ingénieurs, malgré les doutes exprimés sur sa capacité à le faire.",
                    ClaimKind.OPINION, "evaluative opener « Ironiquement »")
    future = _claim(article, "En résumé, OpenAI fait face à une double pression liée à la fuite des cerveaux, "
                             "et l'avenir semble incertain.", ClaimKind.OPINION, "judgement about the future")
    source_line = _claim(article, "Adresse de l'article : https://arxiv.org/pdf/2404.14219",
                         ClaimKind.REFERENCE, "source line")

    checked = (
        CheckedClaim(opening, refs, None),
        CheckedClaim(bubeck, refs, _verdict(
            bubeck, Label.NOT_ENOUGH_INFO,
            [("not_addressed", "The Phi-3 report says nothing about Sebastien Bubeck's career.")],
            sources=(v4.label,), confidence=0.55)),
        CheckedClaim(princeton, refs, _verdict(
            princeton, Label.NOT_ENOUGH_INFO,
            [("not_addressed", "The cited report does not mention Princeton or ten years at Microsoft.")],
            sources=(v4.label,), confidence=0.6)),
        CheckedClaim(gpt35, refs, _verdict(
            gpt35, Label.SUPPORTED,
            [("entity_match", "The report compares Phi-3 with GPT-3.5 and finds it rivals it.")],
            (evidence(v4, "rivals that of models such as Mixtral 8x7B and GPT-3.5"),),
            sources=(v4.label,), confidence=0.82)),
        CheckedClaim(gpt4, refs, _verdict(
            gpt4, Label.REFUTED,
            [("entity_mismatch", "The report puts phi-3.5-MoE on par with GPT-4o-mini, not above GPT-4.")],
            (evidence(v4, "on par with Gemini-1.5-Flash and GPT-4o-mini"),),
            sources=(v4.label,), confidence=0.74)),
        CheckedClaim(ironic, refs, None),
        CheckedClaim(future, refs, None),
        CheckedClaim(source_line, (), None),
    )
    checked = tuple(sorted(checked, key=lambda c: c.claim.start))
    return CheckedArticle(article=article, claims=checked, references=refs, sources=(v4,))


MARKDOWN_RAW = """# Phi-3 on a phone

Microsoft's phi-3-mini has 3.8 billion parameters ([arXiv:2404.14219v1](https://arxiv.org/abs/2404.14219v1)).
It was trained on 5 trillion tokens.

The phi-3.5-MoE model has 6.6 billion active parameters, says [a blog post](https://blog.example.org/phi).
"""

MARKDOWN_PIECES = (
    "Phi-3 on a phone",
    "\n\n",
    "Microsoft's phi-3-mini has 3.8 billion parameters (",
    "arXiv:2404.14219v1",
    ").\nIt was trained on 5 trillion tokens.\n\nThe phi-3.5-MoE model has 6.6 billion active parameters, says ",
    "a blog post",
    ".\n",
)


def _segments(raw: str, pieces: tuple[str, ...]) -> tuple[str, tuple[tuple[int, int, int], ...]]:
    """Text and segments for a text made of verbatim pieces of ``raw``, in order."""
    text, segments, raw_at = "", [], 0
    for piece in pieces:
        raw_start = raw.index(piece, raw_at)
        segments.append((len(text), raw_start, len(piece)))
        text += piece
        raw_at = raw_start + len(piece)
    return text, tuple(segments)


def markdown_article() -> CheckedArticle:
    text, segments = _segments(MARKDOWN_RAW, MARKDOWN_PIECES)
    article = Article(
        id=content_id(text),
        location="articles/phi3-phone.en.md",
        media_type="text/markdown",
        raw=MARKDOWN_RAW,
        text=text,
        segments=segments,
        language="en",
        encoding="utf-8",
        title="Phi-3 on a phone",
        published="2024-05-02",
    )
    v1 = phi3_source("v1")
    blog = Source(
        key="https://blog.example.org/phi", version="", url="https://blog.example.org/phi", title=None, text="",
        sha256="", retrieved_at="2026-11-20T09:00:03+00:00", status="error", error="timeout",
        error_detail="no answer within 20 s",
    )
    arxiv_ref = Reference(ReferenceKind.ARXIV, "2404.14219", "v1", raw="arXiv:2404.14219v1",
                          start=text.index("arXiv:"), end=text.index("arXiv:") + 18)
    blog_ref = Reference(ReferenceKind.URL, "https://blog.example.org/phi", raw="https://blog.example.org/phi")
    params = _claim(article, "Microsoft's phi-3-mini has 3.8 billion parameters (arXiv:2404.14219v1).",
                    ClaimKind.CLAIM, "a number")
    tokens = _claim(article, "It was trained on 5 trillion tokens.", ClaimKind.CLAIM, "a number")
    moe = _claim(article, "The phi-3.5-MoE model has 6.6 billion active parameters, says a blog post.",
                 ClaimKind.CLAIM, "a number", hedge="says")
    title = _claim(article, "Phi-3 on a phone", ClaimKind.RHETORIC, "a heading")
    checked = (
        CheckedClaim(title, (), None),
        CheckedClaim(params, (arxiv_ref,), _verdict(
            params, Label.SUPPORTED, [("number_match", "The report gives 3.8 billion parameters.")],
            (evidence(v1, "phi-3-mini, a 3.8 billion parameter language model"),), sources=(v1.label,),
            confidence=0.9),
            previously_checked=PriorCheck(
                "phi-3-mini has 3.8 billion parameters", "articles/older.md", Label.SUPPORTED,
                "2026-10-01T12:00:00+00:00", 0.96)),
        CheckedClaim(tokens, (arxiv_ref,), _verdict(
            tokens, Label.REFUTED,
            [("number_mismatch", "The source gives 3.3 trillion tokens, not 5 trillion.")],
            (evidence(v1, "trained on 3.3 trillion tokens"),), sources=(v1.label,), confidence=0.88)),
        CheckedClaim(moe, (blog_ref,), _verdict(
            moe, Label.UNVERIFIABLE,
            [("timeout", "https://blog.example.org/phi could not be fetched: no answer within 20 s.")],
            sources=(blog.label,), confidence=1.0)),
    )
    return CheckedArticle(article=article, claims=checked, references=(arxiv_ref, blog_ref), sources=(v1, blog))


NOTE_TEXT = ('Le modèle <script>alert("pwned")</script> compte 3,8 milliards de paramètres & plus.\n'
             "Il tient sur un téléphone | selon l'équipe.\n")


def note_article() -> CheckedArticle:
    article = Article(
        id=content_id(NOTE_TEXT), location="notes/brève, 1:2.txt", media_type="text/plain", raw=NOTE_TEXT,
        text=NOTE_TEXT, segments=((0, 0, len(NOTE_TEXT)),), language="fr", encoding="utf-8",
    )
    first = _claim(article, 'Le modèle <script>alert("pwned")</script> compte 3,8 milliards de paramètres & plus.',
                   ClaimKind.CLAIM, "a number")
    second = _claim(article, "Il tient sur un téléphone | selon l'équipe.", ClaimKind.CLAIM, "a fact",
                    hedge="selon l'équipe")
    checked = (
        CheckedClaim(first, (), _verdict(first, Label.UNSOURCED,
                                         [("no_reference", "The article cites no source for this claim.")],
                                         confidence=1.0)),
        CheckedClaim(second, (), _verdict(second, Label.UNSOURCED,
                                          [("no_reference", "The article cites no source for this claim.")],
                                          confidence=1.0), suppressed=True),
    )
    return CheckedArticle(article=article, claims=checked, references=(), sources=())


def run(*articles: CheckedArticle, fail_on: tuple[Label, ...] = (Label.REFUTED,),
        stale: tuple[str, ...] = ()) -> RunResult:
    return RunResult(
        run_id="run-2026-11-20",
        started_at="2026-11-20T09:00:00+00:00",
        finished_at="2026-11-20T09:00:05+00:00",
        articles=articles,
        verifier="lexical",
        verifier_version="1",
        fail_on=fail_on,
        stale_baseline=stale,
    )


def seed_result(**kwargs) -> RunResult:
    return run(seed_article(), **kwargs)


def multi_result(**kwargs) -> RunResult:
    return run(seed_article(), markdown_article(), note_article(), **kwargs)
