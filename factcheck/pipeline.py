"""The one module that calls several stages.

    ingest -> claims + references -> resolve (store, then fetch) -> verify -> store

Everything here is orchestration: each stage is a function of values, and
the store is the only thing written. Failures to get a source become
``unverifiable`` verdicts carrying the reason; they never stop the run.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from . import claims as claims_stage
from . import ingest, references as references_stage
from .errors import InputError
from .passages import split_passages
from .resolve import RefreshOutcome, refresh_sources, resolve_sources
from .store import Store
from .types import (
    Article,
    CheckedArticle,
    CheckedClaim,
    Label,
    PriorCheck,
    Reason,
    Reference,
    RunResult,
    Source,
    Verdict,
    content_id,
    normalise_text,
)

if TYPE_CHECKING:
    from .verifiers import Verifier

ProgressCallback = Callable[[str, int, int], None]  # (what, done, total)

SIMILAR_CLAIM_THRESHOLD = 90.0


def now_iso() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


@dataclasses.dataclass(frozen=True)
class CheckOptions:
    offline: bool = False
    force: bool = False  # re-check articles that have not changed
    similar_threshold: float = SIMILAR_CLAIM_THRESHOLD
    refresh: bool = False  # ask again for stored cited sources (new arXiv versions, changed pages)


def expand_locations(locations: Sequence[str]) -> list[str]:
    """Files stay files, directories become the articles under them, URLs and '-' pass through."""
    expanded: list[str] = []
    for location in locations:
        if location == "-" or re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", location):
            expanded.append(location)
            continue
        path = Path(location)
        if path.is_dir():
            found = ingest.find_articles(path)
            if not found:
                raise InputError(f"{location}: no articles (.txt, .md, .html) in this directory")
            expanded.extend(str(item) for item in found)
        elif path.exists():
            expanded.append(location)
        else:
            raise InputError(f"{location}: no such file or directory")
    return expanded


def check(
    locations: Sequence[str],
    *,
    store: Store,
    verifier: Verifier,
    fetcher: Any | None,
    options: CheckOptions = CheckOptions(),
    command: str = "check",
    stdin: BinaryIO | None = None,
    progress: ProgressCallback | None = None,
) -> RunResult:
    """Check every article and return what a report needs; everything is stored on the way."""
    targets = expand_locations(locations)
    # Read every article before writing anything: bad input fails the run
    # before a run row is created.
    articles = [
        ingest.read_article(location, fetcher=None if options.offline else fetcher, stdin=stdin)
        for location in targets
    ]
    started = now_iso()
    run_id = store.start_run(command=command, verifier=verifier.name, verifier_version=verifier.version)
    prior = PriorChecks(store.checked_claims(), options.similar_threshold)
    checked: list[CheckedArticle] = []
    refreshed: set[str] = set()  # reference labels refreshed in this run: a source cited twice is asked once
    for done, article in enumerate(articles):
        if progress:
            progress(article.location, done, len(articles))
        checked.append(
            _check_article(
                article, store=store, verifier=verifier, fetcher=fetcher, options=options, run_id=run_id, prior=prior,
                refreshed=refreshed,
            )
        )
    if progress:
        progress("", len(articles), len(articles))
    counts = _count_labels(checked)
    store.finish_run(run_id, counts=counts)
    return RunResult(
        run_id=run_id,
        started_at=started,
        finished_at=now_iso(),
        articles=tuple(checked),
        verifier=verifier.name,
        verifier_version=verifier.version,
    )


def _check_article(
    article: Article,
    *,
    store: Store,
    verifier: Verifier,
    fetcher: Any | None,
    options: CheckOptions,
    run_id: str,
    prior: PriorChecks,
    refreshed: set[str],
) -> CheckedArticle:
    claims = claims_stage.extract_claims(article)
    found = references_stage.find_references(article.text)
    links = references_stage.link_references(article.text, claims, found)
    cited = _unique_references(ref for refs in links.values() for ref in refs)
    all_references = _unique_references(found)
    if options.refresh and not options.offline and fetcher is not None:
        # Before the skip decision: a new version stored here changes the
        # article's sources fingerprint, so its claims are checked again.
        _refresh_cited(cited, store=store, fetcher=fetcher, refreshed=refreshed)

    previous = store.article_state(article.location)
    if previous is not None and not options.force and previous.article_id == article.id and previous.verifier_version == verifier.version:
        stored_sources = _stored_sources(cited, store)
        if stored_sources is not None and previous.sources_fingerprint and _fingerprint(stored_sources.values()) == previous.sources_fingerprint:
            # Recorded in this run too (no new rows but the run's own), so
            # `factcheck report` shows every article the run covered.
            store.save_article(
                run_id,
                article,
                claims,
                all_references,
                links,
                sources_fingerprint=previous.sources_fingerprint,
                verifier_version=verifier.version,
                sources=list(stored_sources.values()),
            )
            return _checked_from_store(article, claims, links, all_references, stored_sources, store, skipped=True)

    sources = resolve_sources(cited, lookup=store.get_source, fetcher=fetcher, offline=options.offline)
    _store_new_sources(sources.values(), store)

    checked_claims: list[CheckedClaim] = []
    verdicts: list[Verdict] = []
    for claim in claims:
        refs = links.get(claim.id, ())
        suppressed = article.is_suppressed(claim.start, claim.end)
        if not claim.checkworthy:
            checked_claims.append(CheckedClaim(claim=claim, references=refs, verdict=None, suppressed=suppressed))
            continue
        verdict = verify_one(
            claim.id,
            claim.text,
            claim.language,
            refs,
            sources,
            verifier=verifier,
            article_date=article.published,
            other_versions=store.source_versions,
        )
        verdicts.append(verdict)
        checked_claims.append(
            CheckedClaim(
                claim=claim,
                references=refs,
                verdict=verdict,
                previously_checked=prior.find(claim.text, article.location),
                suppressed=suppressed,
            )
        )
    store.save_article(
        run_id,
        article,
        claims,
        all_references,
        links,
        sources_fingerprint=_fingerprint(sources.values()),
        verifier_version=verifier.version,
        sources=_unique_sources(sources.values()),
    )
    checked_at = now_iso()
    store.save_verdicts(run_id, verdicts, checked_at=checked_at)
    for checked_claim in checked_claims:
        if checked_claim.verdict is not None:
            prior.add(checked_claim.claim.text, article.location, checked_claim.verdict.label, checked_at)
    return CheckedArticle(
        article=article,
        claims=tuple(checked_claims),
        references=tuple(all_references),
        sources=tuple(_unique_sources(sources.values())),
    )


def verify_one(
    claim_id: str,
    text: str,
    language: str,
    refs: Sequence[Reference],
    sources: Mapping[str, Source],
    *,
    verifier: Verifier,
    article_date: str | None = None,
    other_versions: Callable[[str], Sequence[Source]] | None = None,
) -> Verdict:
    """The verdict for one claim, given the sources its references resolved to."""
    if not refs:
        return Verdict(
            claim_id=claim_id,
            label=Label.UNSOURCED,
            confidence=1.0,
            reasons=(Reason("no_source", "The claim cites nothing and the article names no source for it."),),
            verifier=verifier.name,
            verifier_version=verifier.version,
        )
    cited = [sources[ref.label] for ref in refs if ref.label in sources]
    usable = _unique_sources(source for source in cited if source.ok)
    failed = [source for source in cited if not source.ok]
    failure_reasons = tuple(
        Reason(source.error or "fetch_failed", f"{source.label}: {source.error_detail or source.error}") for source in failed
    )
    if not usable:
        return Verdict(
            claim_id=claim_id,
            label=Label.UNVERIFIABLE,
            confidence=1.0,
            reasons=failure_reasons or (Reason("fetch_failed", "No cited source could be obtained."),),
            verifier=verifier.name,
            verifier_version=verifier.version,
            sources=tuple(source.label for source in failed),
        )
    alternatives: list[Source] = []
    if other_versions is not None:
        used = {(source.key, source.version) for source in usable}
        for key in {source.key for source in usable}:
            alternatives.extend(s for s in other_versions(key) if (s.key, s.version) not in used)
    verdict = verifier.verify(
        claim_id, text, language, usable, article_date=article_date, other_versions=alternatives
    )
    if failure_reasons:
        verdict = dataclasses.replace(verdict, reasons=verdict.reasons + failure_reasons)
    return verdict


@dataclasses.dataclass(frozen=True)
class _PriorClaim:
    text: str
    normalised: str
    numbers: tuple[str, ...]
    article_location: str
    label: Label
    checked_at: str


class PriorChecks:
    """Claims checked before, to show an earlier verdict on a reworded claim from another article.

    Loaded once per run and grown as the run checks articles, so a batch of
    1,000 articles reads the table once instead of once per article.
    """

    def __init__(self, stored: Iterable[Any], threshold: float):
        self.threshold = threshold
        self._items: list[_PriorClaim] = []
        for item in stored:
            if item.label is not None:
                self.add(item.text, item.article_location, item.label, item.checked_at or "")

    def add(self, text: str, article_location: str, label: Label, checked_at: str) -> None:
        normalised = normalise_text(text)
        self._items.append(_PriorClaim(text, normalised, _numbers(normalised), article_location, label, checked_at))

    def find(self, text: str, article_location: str) -> PriorCheck | None:
        """The closest earlier claim at or above the threshold, from another article.

        Token-sort similarity over normalised text finds rewordings; the
        numbers must match too, since "69%" and "96%" read alike but are
        different claims.
        """
        if not self._items:
            return None
        from rapidfuzz import fuzz, process

        wanted = normalise_text(text)
        numbers = _numbers(wanted)
        choices = [item.normalised for item in self._items]
        for _choice, score, index in process.extract(
            wanted, choices, scorer=fuzz.token_sort_ratio, score_cutoff=self.threshold, limit=10
        ):
            item = self._items[index]
            if item.article_location != article_location and item.numbers == numbers:
                return PriorCheck(
                    claim_text=item.text,
                    article_location=item.article_location,
                    label=item.label,
                    checked_at=item.checked_at,
                    similarity=round(score / 100, 3),
                )
        return None


def verify_claims(
    items: Iterable[tuple[str, str, Sequence[Reference]]],
    *,
    store: Store,
    verifier: Verifier,
    fetcher: Any | None,
    offline: bool,
    language: str | None = None,
) -> Iterable[Verdict]:
    """Verdicts for claims given directly (``factcheck verify``), in input order.

    Sources are resolved per claim, so a long input streams: the store
    answers repeated references without refetching.
    """
    for claim_id, text, refs in items:
        sources = resolve_sources(refs, lookup=store.get_source, fetcher=fetcher, offline=offline)
        _store_new_sources(sources.values(), store)
        claim_language = language or ingest.claim_language(text)
        yield verify_one(
            claim_id,
            text,
            claim_language,
            refs,
            sources,
            verifier=verifier,
            other_versions=store.source_versions,
        )


def claim_id_for(text: str) -> str:
    return content_id("claim", text)


# ---------------------------------------------------------------- helpers


def _refresh_cited(
    cited: Sequence[Reference], *, store: Store, fetcher: Any, refreshed: set[str]
) -> list[RefreshOutcome]:
    """Ask again for the cited sources not refreshed yet in this run; store new versions and new validators.

    A source that cannot be had now keeps its stored version: the outcome says
    why, and nothing stored is replaced.
    """
    wanted = [ref for ref in cited if ref.label not in refreshed]
    refreshed.update(ref.label for ref in wanted)
    if not wanted:
        return []
    outcomes = refresh_sources(
        wanted, lookup=store.get_source, versions=store.source_versions, fetcher=fetcher, fetch_missing=False
    )
    for outcome in outcomes:
        for source in outcome.to_store:
            store.save_source(source, split_passages(source))
    return outcomes


def _checked_from_store(
    article: Article,
    claims: Sequence[Any],
    links: Mapping[str, Sequence[Reference]],
    references: Sequence[Reference],
    sources: Mapping[str, Source],
    store: Store,
    *,
    skipped: bool,
) -> CheckedArticle:
    verdicts = store.latest_verdicts([claim.id for claim in claims if claim.checkworthy])
    return CheckedArticle(
        article=article,
        claims=tuple(
            CheckedClaim(
                claim=claim,
                references=tuple(links.get(claim.id, ())),
                verdict=verdicts.get(claim.id) if claim.checkworthy else None,
                suppressed=article.is_suppressed(claim.start, claim.end),
            )
            for claim in claims
        ),
        references=tuple(references),
        sources=tuple(_unique_sources(sources.values())),
        skipped=skipped,
    )


def _store_new_sources(sources: Iterable[Source], store: Store) -> None:
    """Store what was fetched: new source versions with their passages, and failed attempts.

    A source already stored is left alone (its passages are unchanged), and
    "not in the store while offline" is no attempt worth recording.
    """
    for source in _unique_sources(sources):
        if source.ok:
            if store.get_source(source.key, source.version) is None:
                store.save_source(source, split_passages(source))
        elif source.error != "offline_not_cached":
            store.save_source(source, [])


def _stored_sources(refs: Sequence[Reference], store: Store) -> dict[str, Source] | None:
    """The sources as the store holds them now, or None if one is missing (it must be fetched)."""
    found: dict[str, Source] = {}
    for ref in refs:
        source = store.get_source(ref.key, ref.version)
        if source is None:
            return None
        found[ref.label] = source
    return found


def _fingerprint(sources: Iterable[Source]) -> str:
    """What the verdicts of an article depend on besides its text: each source version's content.

    A source that failed gives no fingerprint at all, so the next run tries
    to fetch it again (errors are never cached).
    """
    sources = list(sources)
    if not all(source.ok for source in sources):
        return ""
    return content_id("sources", *sorted(f"{s.key}|{s.version}|{s.sha256}" for s in sources))


def _unique_references(refs: Iterable[Reference]) -> list[Reference]:
    seen: set[tuple[str, str | None]] = set()
    unique: list[Reference] = []
    for ref in refs:
        if (ref.key, ref.version) not in seen:
            seen.add((ref.key, ref.version))
            unique.append(ref)
    return unique


def _unique_sources(sources: Iterable[Source]) -> list[Source]:
    seen: set[tuple[str, str]] = set()
    unique: list[Source] = []
    for source in sources:
        if (source.key, source.version) not in seen:
            seen.add((source.key, source.version))
            unique.append(source)
    return unique


def _count_labels(articles: Sequence[CheckedArticle]) -> dict[str, int]:
    counts: dict[str, int] = {"articles": len(articles), "skipped": sum(a.skipped for a in articles)}
    for article in articles:
        for item in article.claims:
            if item.verdict is not None:
                counts[item.verdict.label.value] = counts.get(item.verdict.label.value, 0) + 1
    return counts


def _numbers(text: str) -> tuple[str, ...]:
    return tuple(sorted(re.findall(r"\d+(?:[.,]\d+)?", text)))
