"""Refresh or assemble the recorded HTTP responses in fixtures/http/.

    python scripts/record_fixtures.py refresh [--only SUBSTRING]
        Re-fetch every URL of fixtures/http/index.json from the live network
        (through factcheck.fetch) and rewrite the bodies. Never run by tests.

    python scripts/record_fixtures.py assemble --corpus ../shared/corpus
        Rebuild the recordings that come from the shared corpus: real captured
        files copied with their URLs, and arXiv Atom answers assembled from the
        corpus records in the API's current format for every arXiv id the
        labelled claims and the sample articles cite (one answer per batch,
        as the resolver asks). See fixtures/http/PROVENANCE.md.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck import replay  # noqa: E402
from factcheck.resolvers import arxiv  # noqa: E402

HTTP_DIR = ROOT / "fixtures" / "http"
# A fixed feed date, so reassembling gives the same bytes.
ASSEMBLED_AT = "2026-11-26T00:00:00Z"
ATOM_TYPE = "application/atom+xml; charset=utf-8"


# ---------------------------------------------------------------- refresh (live network)


def refresh(only: str | None) -> int:
    from factcheck.errors import FetchError
    from factcheck.fetch import make_fetcher

    fetcher = make_fetcher()
    failures = 0
    try:
        for recorded in replay.load_index(HTTP_DIR).values():
            if only and only not in recorded.url:
                continue
            try:
                response = fetcher.get(recorded.url)
            except FetchError as error:
                status = getattr(error, "status", None)
                if status is None:
                    print(f"FAILED {recorded.url}: {error}", file=sys.stderr)
                    failures += 1
                    continue
                replay.save_response(HTTP_DIR, recorded.url, status=status, headers={"content-type": "text/plain"}, body=b"")
                print(f"{status} {recorded.url}")
                continue
            replay.save_response(HTTP_DIR, recorded.url, status=response.status, headers=response.headers, body=response.body)
            print(f"{response.status} {recorded.url}")
    finally:
        fetcher.close()
    return 1 if failures else 0


# ---------------------------------------------------------------- assemble (from the shared corpus)


def clean_author(name: str) -> str:
    # Some corpus records keep the brackets and quotes of a Python list literal.
    return name.strip().strip("[]").strip().strip("'\"").strip()


def atom_entry(record: dict) -> str:
    """One <entry> in the API's current layout; elements the corpus cannot fill are left out."""
    ident = record["arxiv_id"] + record["version"]
    lines = [
        "  <entry>",
        f"    <id>http://arxiv.org/abs/{ident}</id>",
        f"    <title>{escape(record['title'])}</title>",
    ]
    if record.get("updated"):
        lines.append(f"    <updated>{record['updated']}</updated>")
    lines += [
        f'    <link href="https://arxiv.org/abs/{ident}" rel="alternate" type="text/html"/>',
        f'    <link href="https://arxiv.org/pdf/{ident}" rel="related" type="application/pdf" title="pdf"/>',
        f"    <summary>{escape(record['abstract'])}</summary>",
    ]
    if record.get("published"):
        lines.append(f"    <published>{record['published']}</published>")
    for author in record["authors"]:
        lines += ["    <author>", f"      <name>{escape(author)}</name>", "    </author>"]
    lines.append("  </entry>")
    return "\n".join(lines)


def atom_feed(ids: Sequence[str], records: Sequence[dict]) -> bytes:
    id_list = ",".join(ids)
    query = f"search_query=&amp;id_list={id_list}&amp;start=0&amp;max_results={len(ids)}"
    feed_id = hashlib.sha1(id_list.encode()).hexdigest()[:27]
    head = [
        "<?xml version='1.0' encoding='UTF-8'?>",
        '<feed xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns="http://www.w3.org/2005/Atom">',
        f"  <id>https://arxiv.org/api/{feed_id}</id>",
        f"  <title>arXiv Query: {query}</title>",
        f"  <updated>{ASSEMBLED_AT}</updated>",
        f'  <link href="https://arxiv.org/api/query?search_query=&amp;start=0&amp;max_results={len(ids)}&amp;id_list={id_list}" type="application/atom+xml"/>',
        f"  <opensearch:itemsPerPage>{len(ids)}</opensearch:itemsPerPage>",
        f"  <opensearch:totalResults>{len(records)}</opensearch:totalResults>",
        "  <opensearch:startIndex>0</opensearch:startIndex>",
    ]
    return ("\n".join(head + [atom_entry(r) for r in records]) + "\n</feed>\n").encode("utf-8")


def http_date_to_iso(value: str) -> str:
    from email.utils import parsedate_to_datetime

    return parsedate_to_datetime(value).strftime("%Y-%m-%dT%H:%M:%SZ")


class Corpus:
    """The paper records the Atom answers are built from."""

    def __init__(self, corpus: Path):
        self.papers: dict[str, dict] = {}
        with (corpus / "arxiv-abstracts.jsonl").open(encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                self.papers[record["arxiv_id"]] = record
        self.histories: dict[str, dict] = {}
        for path in sorted((corpus / "arxiv-versions").glob("*.json")):
            history = json.loads(path.read_text(encoding="utf-8"))
            self.histories[history["arxiv_id"]] = history

    def entry(self, requested: str) -> dict | None:
        """The record an API answer to ``requested`` (bare or versioned id) would hold."""
        base, version = arxiv.split_version(requested)
        paper = self.papers.get(base)
        if paper is None:
            return None
        record = {
            "arxiv_id": base,
            "title": " ".join(paper["title"].split()),
            "authors": [a for a in (clean_author(n) for n in paper["authors"]) if a],
            "abstract": paper["abstract"].strip(),
            "published": None,
            "updated": None,
        }
        history = self.histories.get(base)
        if history:
            # Real submission history: dates of v1 and of the version asked for, its real abstract.
            dated = [v for v in history["versions"] if v.get("abstract")]
            chosen = next((v for v in history["versions"] if v["version"] == version), None) if version else dated[-1]
            if chosen is None or not chosen.get("abstract"):
                return None  # a version whose text the corpus does not hold
            record.update(
                version=chosen["version"],
                abstract=chosen["abstract"],
                published=http_date_to_iso(history["versions"][0]["created"]),
                updated=http_date_to_iso(chosen["created"]),
            )
            if chosen["version"] == "v1":
                record["updated"] = record["published"]
            return record
        known = paper.get("arxiv_version")
        if version and known and version != known:
            return None
        record["version"] = version or known or "v1"
        return record


def cited_batches(corpus: Corpus) -> list[list[str]]:
    """Every id set the resolver will ask for: each id alone, and each article's full set."""
    from factcheck.references import find_references
    from factcheck.types import ReferenceKind

    singles: set[str] = {"2404.14219", "2404.14219v1", "2404.14219v4"}
    # The Phi-3 versions asked together, as a version-aware demo or test does.
    groups: list[list[str]] = [
        ["2404.14219", "2404.14219v1"],
        ["2404.14219", "2404.14219v4"],
        ["2404.14219v1", "2404.14219v4"],
        ["2404.14219", "2404.14219v1", "2404.14219v4"],
    ]
    for claims_file in sorted((ROOT / "claims").glob("*.jsonl")):
        for line in claims_file.read_text(encoding="utf-8").splitlines():
            if line.strip():
                source = json.loads(line).get("source") or []
                cited = sorted({s.removeprefix("arXiv:") for s in ([source] if isinstance(source, str) else source) if s.startswith("arXiv:")})
                singles.update(cited)
                if len(cited) > 1:
                    groups.append(cited)
    articles = ROOT / "fixtures" / "articles"
    for path in sorted(p for p in articles.rglob("*") if p.is_file() and p.suffix in {".txt", ".md", ".html", ".htm"}):
        text = path.read_text(encoding="utf-8", errors="replace")
        ids = sorted(
            {r.value + (r.version or "") for r in find_references(text) if r.kind is ReferenceKind.ARXIV}
        )
        singles.update(ids)
        if len(ids) > 1:
            groups.append(ids)
    batches = [[one] for one in sorted(singles)]
    for group in groups:
        batches.extend(arxiv.batches(group))
    unique = {tuple(b): b for b in batches}
    return list(unique.values())


def assemble(corpus_dir: Path) -> None:
    formats = corpus_dir / "formats"
    corpus = Corpus(corpus_dir)
    # 1. Real captured Atom answers, under the URL each was fetched from.
    for capture in sorted((formats / "arxiv-api-atom").glob("arxivpy_id_*.json")):
        recorded = json.loads(capture.read_text(encoding="utf-8"))
        replay.save_response(HTTP_DIR, recorded["url"], status=recorded["status_code"], headers={"content-type": ATOM_TYPE}, body=recorded["body"].encode("utf-8"))
    old = (formats / "arxiv-api-atom" / "arxivpy_2016_id_list_1111.2011v2.xml").read_bytes()
    replay.save_response(HTTP_DIR, "http://export.arxiv.org/api/query?search_query=&id_list=1111.2011v2&start=0&max_results=10", status=200, headers={"content-type": ATOM_TYPE}, body=old)
    for name in ("2508.16190", "1207.7214"):
        body = (formats / "arxiv-api-atom" / f"arxivdl_atom-{name}.xml").read_bytes()
        # As fetched (the feed's own link), and at the URL this resolver asks for the same id.
        replay.save_response(HTTP_DIR, f"https://export.arxiv.org/api/query?search_query=&id_list={name}&start=0&max_results=10", status=200, headers={"content-type": ATOM_TYPE}, body=body)
        replay.save_response(HTTP_DIR, arxiv.api_url([name]), status=200, headers={"content-type": ATOM_TYPE}, body=body)
    # 2. The real abs page.
    abs_page = (formats / "arxiv-abs-html" / "arxivdl_abstract-2508.16190.html").read_bytes()
    replay.save_response(HTTP_DIR, arxiv.abs_url("2508.16190"), status=200, headers={"content-type": "text/html; charset=utf-8"}, body=abs_page)
    # 3. Real Crossref works records.
    from factcheck.resolvers import crossref

    for path in sorted((formats / "crossref").glob("habanero_works_*.json")):
        work = crossref.parse_work(path.read_bytes())
        replay.save_response(HTTP_DIR, crossref.work_url(work.doi), status=200, headers={"content-type": "application/json"}, body=path.read_bytes())
    # 3b. A real Wikipedia REST summary.
    summary = formats / "wikipedia-rest-summary" / "mobileapps_page_summary-enwiki-Tokyo-871928272.json"
    replay.save_response(HTTP_DIR, "https://en.wikipedia.org/api/rest_v1/page/summary/Tokyo", status=200, headers={"content-type": "application/json; charset=utf-8"}, body=summary.read_bytes())
    # 4. Assembled Atom answers for the papers the claims and articles cite.
    full_text_misses: set[str] = set()
    for ids in cited_batches(corpus):
        records = [r for r in (corpus.entry(i) for i in ids) if r is not None]
        missing = [i for i in ids if corpus.entry(i) is None]
        if missing:
            print(f"not in the corpus (answered without them): {', '.join(missing)}", file=sys.stderr)
        replay.save_response(HTTP_DIR, arxiv.api_url(ids), status=200, headers={"content-type": ATOM_TYPE}, body=atom_feed(ids, records))
        full_text_misses.update(r["arxiv_id"] + r["version"] for r in records)
    # 5. No real full text is available here: the HTML and PDF of those versions answer 404.
    for ident in sorted(full_text_misses):
        base, version = arxiv.split_version(ident)
        for url in (arxiv.html_url(base, version), arxiv.pdf_url(base, version)):
            replay.save_response(HTTP_DIR, url, status=404, headers={"content-type": "text/plain"}, body=b"")
    print(f"{len(replay.load_index(HTTP_DIR))} recordings in {HTTP_DIR}")


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    refresh_cmd = commands.add_parser("refresh", help="re-fetch every recorded URL from the live network")
    refresh_cmd.add_argument("--only", help="only URLs containing this text")
    assemble_cmd = commands.add_parser("assemble", help="rebuild the recordings that come from the shared corpus")
    assemble_cmd.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    args = parser.parse_args(list(argv) if argv is not None else None)
    if args.command == "refresh":
        return refresh(args.only)
    assemble(args.corpus)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
