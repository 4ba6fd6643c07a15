"""The command line: the only module that talks to the user.

Exit codes follow ruff and Vale: 0 nothing at or above ``--fail-on``, 1
findings at or above it, 2 usage, input or operational error (one line on
stderr, never a traceback; ``FACTCHECK_DEBUG=1`` shows the traceback).
Heavy modules are imported inside the commands so that ``factcheck check``
on one article starts fast.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import click

from . import __version__
from .errors import FactcheckError, InputError
from .types import Label

FORMATS_CHECK = ("text", "json", "jsonl", "markdown", "github", "sarif", "gitlab", "junit", "html", "claimreview")
FORMATS_VERIFY = ("jsonl", "json", "text")


class OperationalError(click.ClickException):
    """Input, configuration or operational trouble: exit 2, like a usage error."""

    exit_code = 2


class FactcheckGroup(click.Group):
    """Reads the configuration file, and turns the package's errors into one-line messages with exit code 2."""

    def make_context(self, info_name: str | None, args: list[str], parent: click.Context | None = None, **extra: Any) -> click.Context:
        if parent is None and "default_map" not in extra:
            try:
                extra["default_map"] = _load_default_map()
            except FactcheckError as error:
                raise OperationalError(_one_line(str(error))) from None
        return super().make_context(info_name, args, parent=parent, **extra)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except FactcheckError as error:
            raise OperationalError(_one_line(str(error))) from None
        except OSError as error:
            where = f"{error.filename}: " if error.filename else ""
            raise OperationalError(f"{where}{error.strerror or error}") from None
        except Exception as error:  # a bug: say so in one line, keep the traceback for FACTCHECK_DEBUG
            if os.environ.get("FACTCHECK_DEBUG"):
                raise
            raise OperationalError(
                f"internal error: {type(error).__name__}: {_one_line(str(error))} (set FACTCHECK_DEBUG=1 for details)"
            ) from None


def _one_line(message: str) -> str:
    return " ".join(message.split())


class LazyFetcher:
    """Builds the HTTP client on first use, so offline runs never import httpx."""

    def __init__(self, replay: Path | None, allow_private: bool):
        self._replay = replay
        self._allow_private = allow_private
        self._fetcher: Any | None = None

    def _get_fetcher(self) -> Any:
        if self._fetcher is None:
            from .fetch import FetchPolicy, make_fetcher

            transport = None
            if self._replay is not None:
                from .replay import replay_transport

                transport = replay_transport(self._replay, strict=False)
            policy = FetchPolicy(allow_private=self._allow_private)
            if transport is not None:
                # Recorded responses need no politeness pauses.
                policy = FetchPolicy(allow_private=self._allow_private, min_interval={}, default_min_interval=0.0)
            self._fetcher = make_fetcher(policy, transport=transport)
        return self._fetcher

    def get(self, url: str, **kwargs: Any) -> Any:
        return self._get_fetcher().get(url, **kwargs)

    def close(self) -> None:
        if self._fetcher is not None:
            self._fetcher.close()


class State:
    """What the group's options decide for every command."""

    def __init__(self, db: Path, offline: bool, replay: Path | None, allow_private: bool, no_progress: bool):
        self.db = db
        self.offline = offline
        self.no_progress = no_progress
        self.fetcher = None if offline else LazyFetcher(replay, allow_private)
        self._store: Any | None = None

    @property
    def store(self) -> Any:
        if self._store is None:
            from .store import Store

            self._store = Store.open(self.db)
        return self._store

    def close(self) -> None:
        if self.fetcher is not None:
            self.fetcher.close()
        if self._store is not None:
            # Checkpoint so the file alone is complete when a CI job copies it.
            # Other jobs still reading the file can keep it from finishing;
            # the WAL then stays beside the file, consistent, and the last
            # process to close folds it in.
            try:
                self._store.checkpoint()
            except FactcheckError:
                pass
            self._store.close()


def _load_default_map() -> dict[str, Any]:
    from .config import load_config

    config_path = os.environ.get("FACTCHECK_CONFIG")
    return load_config(path=Path(config_path) if config_path else None).default_map()


@click.group(cls=FactcheckGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="factcheck")
@click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    default="factcheck.db",
    envvar="FACTCHECK_DB",
    show_default=True,
    help="SQLite file that keeps articles, sources, verdicts and their history.",
)
@click.option("--offline", is_flag=True, envvar="FACTCHECK_OFFLINE", help="Never touch the network: use only what the database holds.")
@click.option(
    "--replay",
    type=click.Path(file_okay=False, exists=True, path_type=Path),
    envvar="FACTCHECK_REPLAY",
    help="Answer HTTP requests from recorded responses in this folder (demos, tests) instead of the network.",
)
@click.option("--allow-private", is_flag=True, envvar="FACTCHECK_ALLOW_PRIVATE", help="Allow sources on private network addresses (self-hosted).")
@click.option("--no-progress", is_flag=True, envvar="FACTCHECK_NO_PROGRESS", help="No progress bars.")
@click.pass_context
def cli(ctx: click.Context, db: Path, offline: bool, replay: Path | None, allow_private: bool, no_progress: bool) -> None:
    """Check the claims in articles against the sources they cite."""
    state = State(db, offline, replay, allow_private, no_progress)
    ctx.obj = state
    ctx.call_on_close(state.close)


# ---------------------------------------------------------------- check


def parse_labels(value: str | Sequence[str] | None) -> tuple[Label, ...]:
    if value is None:
        return ()
    items = value.split(",") if isinstance(value, str) else list(value)
    labels: list[Label] = []
    for item in (part.strip().lower().replace("-", "_") for part in items):
        if not item or item == "none":
            continue
        try:
            labels.append(Label(item))
        except ValueError:
            known = ", ".join(label.value for label in Label)
            raise click.BadParameter(f"unknown label {item!r} (known: {known}, none)") from None
    return tuple(labels)


def _write_output(text: str, output: Path | None) -> None:
    if output is None:
        click.echo(text, nl=not text.endswith("\n"))
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as error:
        raise OperationalError(f"{output}: cannot write the report ({error.strerror})") from None


def _progress(state: State) -> Any:
    """A rich progress bar on stderr when it is a terminal, else nothing."""
    if state.no_progress or not sys.stderr.isatty():
        return None
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    progress = Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), console=Console(stderr=True), transient=True
    )
    return progress


@cli.command()
@click.argument("articles", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS_CHECK), default="text", envvar="FACTCHECK_FORMAT", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write the report to FILE.")
@click.option("--fail-on", default="refuted", envvar="FACTCHECK_FAIL_ON", show_default=True, help="Comma list of labels that fail the run (or 'none').")
@click.option("--exit-zero", is_flag=True, envvar="FACTCHECK_EXIT_ZERO", help="Exit 0 even when findings are at or above --fail-on.")
@click.option("--all", "force", is_flag=True, help="Re-check articles that have not changed since their last check.")
@click.option("--baseline", type=click.Path(dir_okay=False, path_type=Path), envvar="FACTCHECK_BASELINE", help="Known findings (fingerprints) that do not fail the run.")
@click.option("--write-baseline", type=click.Path(dir_okay=False, path_type=Path), help="Write the current findings as a baseline file.")
@click.option("--verifier", default="lexical", envvar="FACTCHECK_VERIFIER", show_default=True, help="Verifier backend.")
@click.option("--similar-threshold", type=click.FloatRange(0, 100), default=90.0, show_default=True, help="How alike (0-100) a claim must be to an earlier one to show that earlier verdict.")
@click.option("--refresh", is_flag=True, envvar="FACTCHECK_REFRESH", help="Ask again for stored sources (new arXiv versions, changed pages) and re-check the claims whose sources changed.")
@click.pass_obj
def check(
    state: State,
    articles: tuple[str, ...],
    fmt: str,
    output: Path | None,
    fail_on: str,
    exit_zero: bool,
    force: bool,
    baseline: Path | None,
    write_baseline: Path | None,
    verifier: str,
    similar_threshold: float,
    refresh: bool,
) -> None:
    """Check ARTICLES (files, directories, URLs, or - for stdin)."""
    from .pipeline import CheckOptions
    from .pipeline import check as run_check
    from .verifiers import get_verifier

    labels = parse_labels(fail_on)
    if refresh and state.offline:
        raise click.UsageError("--refresh asks the network again: it cannot be used with --offline")
    chosen = get_verifier(verifier)
    progress = _progress(state)
    callback = None
    if progress is not None:
        task = progress.add_task("checking", total=None)

        def callback(location: str, done: int, total: int) -> None:
            progress.update(task, total=total, completed=done, description=Path(location).name or "done")

        progress.start()
    try:
        result = run_check(
            articles,
            store=state.store,
            verifier=chosen,
            fetcher=state.fetcher,
            options=CheckOptions(offline=state.offline, force=force, similar_threshold=similar_threshold, refresh=refresh),
            command="check " + " ".join(articles),
            stdin=sys.stdin.buffer,
            progress=callback,
        )
    finally:
        if progress is not None:
            progress.stop()
    _finish(result, fmt=fmt, output=output, labels=labels, exit_zero=exit_zero, baseline=baseline, write_baseline=write_baseline)


def _finish(
    result: Any,
    *,
    fmt: str,
    output: Path | None,
    labels: tuple[Label, ...],
    exit_zero: bool,
    baseline: Path | None,
    write_baseline: Path | None,
) -> None:
    """Apply the baseline, render, write the job summary, and exit with the right code."""
    import dataclasses

    from . import findings
    from .report import render

    result = dataclasses.replace(result, fail_on=labels)
    if baseline is not None:
        result = findings.mark_baselined(result, findings.read_baseline(baseline))
    text = render(fmt, result, color=output is None and _colour_wanted())
    _write_output(text, output)
    if fmt == "github" and os.environ.get("GITHUB_STEP_SUMMARY"):
        from .report.github import write_step_summary

        write_step_summary(render("markdown", result), Path(os.environ["GITHUB_STEP_SUMMARY"]))
    if write_baseline is not None:
        count = findings.write_baseline(write_baseline, findings.collect_findings(result))
        click.echo(f"wrote {count} findings to the baseline {write_baseline}", err=True)
    click.get_current_context().exit(findings.exit_code(result, exit_zero=exit_zero))


def _colour_wanted() -> bool:
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


# ---------------------------------------------------------------- verify


def _read_claim_file(path: Path) -> list[tuple[str, str, Any]]:
    """Claim lines ``{"id", "claim", "source"}``, all checked before any is verified."""
    from .claimfile import read_claim_lines
    from .references import parse_reference

    items: list[tuple[str, str, Any]] = []
    for line in read_claim_lines(path):
        try:
            refs = tuple(parse_reference(item) for item in line.sources)
        except FactcheckError as error:
            raise InputError(f"{path}:{line.number}: {error}") from None
        items.append((line.id, line.claim, refs))
    return items


def verdict_record(item_id: str, verdict: Any) -> dict[str, Any]:
    return {
        "id": item_id,
        "label": verdict.label.value,
        "confidence": round(verdict.confidence, 3),
        "reasons": [{"code": reason.code, "message": reason.message} for reason in verdict.reasons],
        "evidence": [
            {"source": evidence.source, "text": evidence.text, "start": evidence.start, "end": evidence.end}
            for evidence in verdict.evidence
        ],
    }


@cli.command()
@click.argument("claim", required=False)
@click.option("--source", "sources", multiple=True, help="What the claim cites: arXiv:ID, arXiv:IDvN, doi:..., or a URL. Repeatable.")
@click.option("--input", "input_path", type=click.Path(dir_okay=False, allow_dash=True, path_type=Path), help="JSON Lines file of claims: {\"id\", \"claim\", \"source\"}.")
@click.option("--format", "fmt", type=click.Choice(FORMATS_VERIFY), default=None, envvar="FACTCHECK_VERIFY_FORMAT", help="Output format (default: text for one claim, jsonl for --input).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write the results to FILE.")
@click.option("--lang", type=click.Choice(["fr", "en"]), help="Language of the claims (default: detected).")
@click.option("--verifier", default="lexical", envvar="FACTCHECK_VERIFIER", show_default=True)
@click.pass_obj
def verify(
    state: State,
    claim: str | None,
    sources: tuple[str, ...],
    input_path: Path | None,
    fmt: str | None,
    output: Path | None,
    lang: str | None,
    verifier: str,
) -> None:
    """Verify one CLAIM against --source, or many claims from --input."""
    from .pipeline import claim_id_for, verify_claims
    from .references import parse_reference
    from .verifiers import get_verifier

    if (claim is None) == (input_path is None):
        raise click.UsageError("give either a CLAIM with --source, or --input FILE")
    if claim is not None:
        if not claim.strip():
            raise click.UsageError("the claim is empty")
        items = [("claim", claim.strip(), tuple(parse_reference(item) for item in sources))]
        fmt = fmt or "text"
    else:
        if sources:
            raise click.UsageError("--source goes with a CLAIM; in --input files each line has its own \"source\"")
        items = _read_claim_file(input_path)  # type: ignore[arg-type]
        fmt = fmt or "jsonl"
    chosen = get_verifier(verifier)
    verdicts = verify_claims(
        ((claim_id_for(text), text, refs) for _, text, refs in items),
        store=state.store,
        verifier=chosen,
        fetcher=state.fetcher,
        offline=state.offline,
        language=lang,
    )
    records = (verdict_record(item_id, verdict) for (item_id, _, _), verdict in zip(items, verdicts))
    lines = _verify_output(records, items, fmt)
    if output is None:
        for line in lines:
            click.echo(line)
    else:
        try:
            with output.open("w", encoding="utf-8") as handle:
                for line in lines:
                    handle.write(line + "\n")
        except OSError as error:
            raise OperationalError(f"{output}: cannot write ({error.strerror})") from None


def _verify_output(records: Iterator[dict[str, Any]], items: Sequence[Any], fmt: str) -> Iterator[str]:
    if fmt == "jsonl":
        for record in records:
            yield json.dumps(record, ensure_ascii=False)
    elif fmt == "json":
        yield json.dumps(list(records), ensure_ascii=False, indent=2)
    else:
        for (_, text, refs), record in zip(items, records):
            yield f"{record['label']}  ({record['confidence']:.2f})  {text}"
            yield "  cites: " + (", ".join(ref.label for ref in refs) or "nothing")
            for reason in record["reasons"]:
                yield f"  {reason['code']}: {reason['message']}"
            for evidence in record["evidence"][:2]:
                yield f"  evidence [{evidence['source']} {evidence['start']}-{evidence['end']}]: {evidence['text']}"


# ---------------------------------------------------------------- sources


@cli.group()
def sources() -> None:
    """The source store: import snapshots, show what is stored."""


@sources.command("import")
@click.argument("path", type=click.Path(dir_okay=False, exists=True, path_type=Path))
@click.pass_obj
def sources_import(state: State, path: Path) -> None:
    """Load an arXiv metadata snapshot (JSON Lines, optionally .gz) into the store, streaming."""
    started = time.perf_counter()
    stats = state.store.import_snapshot(path)
    seconds = time.perf_counter() - started
    rate = stats.records / seconds if seconds > 0 else float("inf")
    per_abstract = ""
    if stats.database_bytes and stats.sources_added:
        per_abstract = f", database {stats.database_bytes / 2**20:,.1f} MiB"
    click.echo(
        f"imported {stats.records} records from {path}: {stats.sources_added} source versions added, "
        f"{stats.sources_unchanged} unchanged ({seconds:.1f} s, {rate:,.0f} records/s{per_abstract})"
    )


@sources.command("show")
@click.argument("ref")
@click.option("--text", "show_text", is_flag=True, help="Print the whole stored text.")
@click.pass_obj
def sources_show(state: State, ref: str, show_text: bool) -> None:
    """Print what the store holds for REF (arXiv:ID, doi:..., URL)."""
    from .references import parse_reference

    reference = parse_reference(ref)
    versions = state.store.source_versions(reference.key)
    if not versions:
        raise OperationalError(f"{reference.key}: not in the store (check an article citing it, or import a snapshot)")
    latest = versions[-1]
    click.echo(f"{latest.key}  {latest.title or '(no title)'}")
    if latest.authors:
        shown = ", ".join(latest.authors[:6]) + (f" and {len(latest.authors) - 6} more" if len(latest.authors) > 6 else "")
        click.echo(f"  authors: {shown}")
    click.echo(f"  url: {latest.url}")
    known = ", ".join(f"{v.version} ({v.published or 'date unknown'})" for v in latest.versions)
    if known:
        click.echo(f"  versions known: {known}")
    for version in versions:
        click.echo(
            f"  stored {version.version}: {version.content}, {len(version.text):,} chars, "
            f"sha256 {version.sha256[:12]}, retrieved {version.retrieved_at}"
        )
    wanted = next((v for v in versions if v.version == reference.version), latest)
    text = wanted.text if show_text else (wanted.text[:600] + ("..." if len(wanted.text) > 600 else ""))
    click.echo("")
    click.echo(text)


@sources.command("refresh")
@click.argument("refs", nargs=-1)
@click.pass_obj
def sources_refresh(state: State, refs: tuple[str, ...]) -> None:
    """Ask again for REFS (every stored source when none is given): new arXiv versions, changed pages.

    New versions are stored beside the old ones; the next check re-checks the
    articles that cite them. Pages and DOI records are revalidated with their
    stored ETag / Last-Modified, so an unchanged page costs a 304.
    """
    from collections import Counter

    from .passages import split_passages
    from .references import parse_reference
    from .resolve import refresh_sources

    if state.fetcher is None:
        raise click.UsageError("sources refresh asks the network again: it cannot be used with --offline")
    store = state.store
    wanted: list[Any] = [parse_reference(ref) for ref in refs]
    if not wanted:
        wanted = store.cited_source_keys()
    outcomes = refresh_sources(wanted, lookup=store.get_source, versions=store.source_versions, fetcher=state.fetcher)
    for outcome in outcomes:
        for source in outcome.to_store:
            store.save_source(source, split_passages(source))
        if outcome.status == "new_version" and outcome.source is not None:
            click.echo(f"{outcome.key}  {outcome.previous_version or '(not stored)'} -> {outcome.source.version}  new version")
        elif outcome.status == "unchanged":
            click.echo(f"{outcome.key}  {outcome.previous_version}  unchanged ({outcome.reason})")
        else:
            click.echo(f"{outcome.key}  error {outcome.reason}: {outcome.detail}", err=True)
    counts = Counter(outcome.status for outcome in outcomes)
    click.echo(
        f"{len(outcomes)} sources: {counts['new_version']} new versions, {counts['unchanged']} unchanged, "
        f"{counts['error']} errors",
        err=True,
    )


# ---------------------------------------------------------------- report, history


@cli.command()
@click.option("--run", "run_id", help="Run id (default: the latest run).")
@click.option("--article", "location", help="Only this article (path or URL as it was checked).")
@click.option("--format", "fmt", type=click.Choice(FORMATS_CHECK), default="text", envvar="FACTCHECK_FORMAT", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--fail-on", default="refuted", envvar="FACTCHECK_FAIL_ON", show_default=True)
@click.option("--exit-zero", is_flag=True, envvar="FACTCHECK_EXIT_ZERO")
@click.option("--list", "list_runs", is_flag=True, help="List recent runs instead.")
@click.pass_obj
def report(
    state: State,
    run_id: str | None,
    location: str | None,
    fmt: str,
    output: Path | None,
    fail_on: str,
    exit_zero: bool,
    list_runs: bool,
) -> None:
    """Re-print stored results without checking again."""
    if list_runs:
        for run in state.store.runs():
            click.echo(f"{run.run_id}  {run.started_at}  {run.command}  {json.dumps(run.counts)}")
        return
    result = state.store.load_result(run_id=run_id, location=location)
    _finish(result, fmt=fmt, output=output, labels=parse_labels(fail_on), exit_zero=exit_zero, baseline=None, write_baseline=None)


@cli.command()
@click.argument("what")
@click.pass_obj
def history(state: State, what: str) -> None:
    """How a source's versions or a claim's verdicts changed over time (WHAT: a reference, a claim id or text)."""
    from .references import parse_reference

    try:
        reference = parse_reference(what)
    except FactcheckError:
        reference = None
    if reference is not None:
        versions = state.store.source_versions(reference.key)
        if not versions:
            raise OperationalError(f"{reference.key}: not in the store")
        click.echo(f"{reference.key}  {versions[-1].title or ''}")
        for version in versions:
            click.echo(f"  {version.version}  published {version.published or '?'}  retrieved {version.retrieved_at}  sha256 {version.sha256[:12]}")
        return
    matches = state.store.find_claims(what)
    if not matches:
        raise OperationalError(f"no stored claim matches {what!r}")
    for stored in matches[:20]:
        click.echo(f"{stored.claim_id}  {stored.article_location}")
        click.echo(f"  {stored.text}")
        for run_id, checked_at, verdict in state.store.claim_history(stored.claim_id):
            codes = ", ".join(verdict.reason_codes)
            used = ", ".join(verdict.sources)
            click.echo(f"  {checked_at}  run {run_id}  {verdict.label.value}  ({codes})  {used}")


# ---------------------------------------------------------------- eval


@cli.command("eval")
@click.argument("path", type=click.Path(dir_okay=False, exists=True, path_type=Path))
@click.option("--verifier", default="lexical", envvar="FACTCHECK_VERIFIER", show_default=True)
@click.option("--baseline-verifier", default="naive", show_default=True, help="Verifier to report beside it ('none' to skip).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--predictions", type=click.Path(dir_okay=False, path_type=Path), help="Also write each prediction as JSON Lines.")
@click.pass_obj
def eval_command(state: State, path: Path, verifier: str, baseline_verifier: str, fmt: str, predictions: Path | None) -> None:
    """Measure a verifier on a labelled claim file (JSON Lines: id, claim, source, label, kind). Offline."""
    from .evaluate import evaluate, format_report, load_labelled, report_as_dict
    from .pipeline import claim_id_for, verify_claims
    from .references import parse_reference
    from .verifiers import get_verifier

    items = load_labelled(path)

    def run(name: str) -> list[Any]:
        chosen = get_verifier(name)
        return list(
            verify_claims(
                ((claim_id_for(item.claim), item.claim, tuple(parse_reference(s) for s in item.sources)) for item in items),
                store=state.store,
                verifier=chosen,
                fetcher=None,
                offline=True,
                language=None,
            )
        )

    main_verdicts = run(verifier)
    main_report = evaluate(items, main_verdicts)
    base_report = None
    if baseline_verifier != "none":
        base_report = evaluate(items, run(baseline_verifier))
    if predictions is not None:
        with predictions.open("w", encoding="utf-8") as handle:
            for item, verdict in zip(items, main_verdicts):
                record = verdict_record(item.id, verdict) | {"gold": item.label, "kind": item.kind, "claim": item.claim}
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    if fmt == "json":
        payload = {"verifier": report_as_dict(main_report), "baseline": report_as_dict(base_report) if base_report else None}
        click.echo(json.dumps(payload, indent=2))
    else:
        click.echo(format_report(main_report, base_report))


def main() -> None:
    cli.main(prog_name="factcheck")
