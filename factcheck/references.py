"""Find what an article cites: arXiv ids and links, DOIs, other URLs.

Everything here is pure text processing: no network, no database. Offsets
are character offsets into the text given, so ``text[ref.start:ref.end] ==
ref.raw`` always holds for references found in an article.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace

from .errors import ReferenceError_
from .types import Claim, ClaimKind, Reference, ReferenceKind

# ---------------------------------------------------------------- arXiv ids

# Archives that used the old "archive/YYMMNNN" scheme (before April 2007).
OLD_ARCHIVES = (
    "acc-phys adap-org alg-geom ao-sci astro-ph atom-ph bayes-an chao-dyn chem-ph cmp-lg comp-gas "
    "cond-mat cs dg-ga funct-an gr-qc hep-ex hep-lat hep-ph hep-th math math-ph mtrl-th nlin "
    "nucl-ex nucl-th patt-sol physics plasm-ph q-alg q-bio q-fin quant-ph solv-int stat supr-con"
).split()

_OLD_ARCHIVE = "|".join(sorted((re.escape(a) for a in OLD_ARCHIVES), key=len, reverse=True))
# YYMM with a real month; new-style ids began in April 2007 (0704) with four
# digits after the dot, and have had five since January 2015 (1501).
_MONTH = r"(?:0[1-9]|1[0-2])"
_NEW_ID = rf"(?:(?:07(?:0[4-9]|1[0-2])|(?:0[89]|1[0-4]){_MONTH})\.\d{{4}}|(?:1[5-9]|[2-9]\d){_MONTH}\.\d{{5}})"
# An old id may carry a subject class ("math.GT/0309136"); it is not part of the id.
_OLD_ID = rf"(?:{_OLD_ARCHIVE})(?:\.[A-Za-z]{{2}}(?:-[a-z]{{2,}})?)?/\d{{2}}(?:0[1-9]|1[0-2])\d{{3}}"
_ARXIV_ID = rf"(?P<id>{_NEW_ID}|{_OLD_ID})(?P<version>v\d{{1,3}})?"

ARXIV_ID_RE = re.compile(rf"^{_ARXIV_ID}$", re.IGNORECASE)
# "arXiv:2404.14219", "arXiv 2404.14219v2", "arXiv.2404.14219" (the form inside arXiv DOIs).
ARXIV_PREFIXED_RE = re.compile(
    rf"(?<![\w/])arxiv[ \u00a0]?[:.]?[ \u00a0]?{_ARXIV_ID}(?![\w/])(?!\.\d)", re.IGNORECASE
)
# A bare new-style id counts only when nothing around it makes it part of another number.
ARXIV_BARE_RE = re.compile(
    rf"(?<![\w.,/$€£¥#-])(?P<id>{_NEW_ID})(?P<version>v\d{{1,3}})?(?![\w-])(?![.,]\d)"
)
# Old-style ids are distinctive enough to be found bare.
# The path of an arXiv link quoted without its host: "/pdf/2404.14219v1", "/html/2404.14219v2".
ARXIV_PATH_RE = re.compile(
    rf"(?:(?<=/abs/)|(?<=/pdf/)|(?<=/html/)){_ARXIV_ID}(?![\w/])", re.IGNORECASE
)
ARXIV_OLD_BARE_RE = re.compile(rf"(?<![\w./-])(?P<id>{_OLD_ID})(?P<version>v\d{{1,3}})?(?![\w/])")

ARXIV_URL_PATH_RE = re.compile(
    rf"^/(?:abs|pdf|html|format|ps|src)/{_ARXIV_ID}(?:\.pdf)?/?$", re.IGNORECASE
)
ARXIV_HOSTS = {"arxiv.org", "www.arxiv.org", "export.arxiv.org", "browse.arxiv.org"}

# ---------------------------------------------------------------- DOIs and URLs

_DOI_BODY = r"10\.\d{4,9}/[^\s\"<>]+"
DOI_RE = re.compile(rf"(?:(?<![\w/.])doi\s?:\s?)?(?<![\w/.])(?P<doi>{_DOI_BODY})", re.IGNORECASE)
DOI_EXACT_RE = re.compile(rf"^(?:doi\s?:\s?)?(?P<doi>{_DOI_BODY})$", re.IGNORECASE)
ARXIV_DOI_RE = re.compile(rf"^10\.48550/arxiv\.{_ARXIV_ID}$", re.IGNORECASE)
DOI_HOSTS = {"doi.org", "dx.doi.org", "www.doi.org"}

URL_RE = re.compile(r"https?://[^\s<>\"'`{}|\\^\[\]«»“”‘’]+", re.IGNORECASE)
# Bare hosts people write without a scheme ("arxiv.org/abs/2404.14219").
SCHEMELESS_RE = re.compile(
    r"(?<![\w./@:-])(?:(?:www|export)\.)?(?:arxiv\.org|(?:dx\.)?doi\.org)/[^\s<>\"'`{}|\\^\[\]«»“”‘’]+",
    re.IGNORECASE,
)

TRAILING_PUNCTUATION = ".,;:!?'\"*_»”’…"
_CLOSERS = {")": "(", "]": "["}

# ---------------------------------------------------------------- source lines

SOURCE_LINE_RE = re.compile(
    r"^\s*(?:[-*•>]\s*)*(?:\*\*|__)?\s*"
    r"(?:adresse de l['’]article|adresse|source|sources|lien vers l['’]article|lien vers l['’]étude|lien"
    r"|paper|papers|r[ée]f[ée]rence|r[ée]f[ée]rences|read the paper|read the full paper|read the study"
    r"|full paper|preprint|pr[ée]publication|l['’]article|l['’]étude|article original|original paper"
    r"|study|[ée]tude|lire l['’]article|lire l['’]étude|cited work|citation"
    # "DOI: 10.1038/..." labels a line, "arXiv:2404.14219 shows..." starts a sentence
    r"|(?:doi|arxiv)(?=\s*(?:\*\*|__)?\s*[:：]\s))"
    r"\s*(?:\*\*|__)?\s*[:：]",
    re.IGNORECASE,
)
PARAGRAPH_BREAK_RE = re.compile(r"\n[ \t]*\n")


def _trim(candidate: str) -> str:
    """Strip punctuation that ends the sentence rather than the link.

    Closing brackets are kept only when they balance an opening one inside
    the candidate (Wikipedia-style ``..._(disambiguation)``).
    """
    counts = {ch: candidate.count(ch) for ch in "()[]"}  # counted once: long runs stay linear
    end = len(candidate)
    while end:
        last = candidate[end - 1]
        if last in TRAILING_PUNCTUATION:
            end -= 1
        elif last in _CLOSERS and counts[last] > counts[_CLOSERS[last]]:
            counts[last] -= 1
            end -= 1
        else:
            break
    return candidate[:end]


def _trim_doi(candidate: str) -> str:
    """A DOI trimmed like a link, and of closing brackets even balanced ones: no DOI ends with one, and "[lien]"
    after a DOI is the text of a Markdown link."""
    doi = _trim(candidate)
    while doi[-1:] in (")", "]"):
        doi = _trim(doi[: doi.rfind(_CLOSERS[doi[-1]])])
    return doi


def _split_url(url: str) -> tuple[str, str]:
    """(host, path) of an http(s) URL, host lower-cased, without port or query."""
    rest = re.sub(r"^https?://", "", url, flags=re.IGNORECASE)
    host, _, path = rest.partition("/")
    host = host.rsplit("@", 1)[-1].split(":", 1)[0].lower()
    path = "/" + re.split(r"[?#]", path, maxsplit=1)[0]
    return host, path


_HOST_RE = re.compile(r"^(?:[^\W_](?:[\w-]*[^\W_])?\.)+[^\W\d_][\w-]*[^\W_]$|^localhost$")


def _usable_host(host: str) -> bool:
    """A dotted host name ("arxiv.org", "exemple.fr") or localhost; not "http" or "a:b"."""
    return bool(_HOST_RE.match(host)) or bool(re.fullmatch(r"\d{1,3}(?:\.\d{1,3}){3}", host))


def _normal_arxiv_id(identifier: str) -> str:
    """``math.GT/0309136`` -> ``math/0309136``; new ids as they are."""
    if "/" in identifier:
        archive, number = identifier.split("/", 1)
        return f"{archive.split('.', 1)[0].lower()}/{number}"
    return identifier


def _arxiv(match: re.Match[str], raw: str, start: int) -> Reference:
    version = match.group("version")
    return Reference(
        kind=ReferenceKind.ARXIV,
        value=_normal_arxiv_id(match.group("id")),
        version=version.lower() if version else None,
        raw=raw,
        start=start,
        end=start + len(raw),
    )


def _from_doi(doi: str, raw: str, start: int) -> Reference:
    arxiv = ARXIV_DOI_RE.match(doi)
    if arxiv:
        return _arxiv(arxiv, raw, start)
    return Reference(ReferenceKind.DOI, doi.lower(), None, raw, start, start + len(raw))


def _from_url(url: str, raw: str, start: int) -> Reference:
    """An arXiv or DOI reference when the URL names one, else a plain URL."""
    host, path = _split_url(url)
    if host in ARXIV_HOSTS:
        match = ARXIV_URL_PATH_RE.match(path)
        if match:
            return _arxiv(match, raw, start)
    if host in DOI_HOSTS:
        doi = _trim_doi(path.lstrip("/"))
        if re.fullmatch(_DOI_BODY, doi):
            from urllib.parse import unquote

            return _from_doi(unquote(doi), raw, start)
    return Reference(ReferenceKind.URL, url, None, raw, start, start + len(raw))


def _overlaps(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    """Does [start, end) overlap one of the sorted, disjoint spans in ``taken``?"""
    index = bisect.bisect_left(taken, (start, start))
    for neighbour in taken[max(index - 1, 0) : index + 1]:
        if start < neighbour[1] and neighbour[0] < end:
            return True
    return False


def within(references: Sequence[Reference], starts: Sequence[int], start: int, end: int) -> list[Reference]:
    """The references (sorted by start, ``starts`` their starts) lying inside [start, end)."""
    first = bisect.bisect_left(starts, start)
    last = bisect.bisect_left(starts, end)
    return [r for r in references[first:last] if r.end <= end]


def _scan(text: str) -> list[Reference]:
    """Every reference in ``text`` in order, longest forms first so they win overlaps."""
    found: list[Reference] = []
    taken: list[tuple[int, int]] = []

    def add(reference: Reference) -> None:
        if reference.raw and not _overlaps(reference.start, reference.end, taken):
            found.append(reference)
            bisect.insort(taken, (reference.start, reference.end))

    for pattern in (URL_RE, SCHEMELESS_RE):
        for match in pattern.finditer(text):
            raw = _trim(match.group(0))
            url = raw if raw.lower().startswith("http") else "https://" + raw
            if not _usable_host(_split_url(url)[0]):
                continue  # "http://" alone, "http://http://...", a host with no dot
            add(_from_url(url, raw, match.start()))
    for match in DOI_RE.finditer(text):
        doi = _trim_doi(match.group("doi"))
        raw = text[match.start() : match.start("doi")] + doi
        if re.fullmatch(_DOI_BODY, doi):
            add(_from_doi(doi, raw, match.start()))
    for pattern in (ARXIV_PREFIXED_RE, ARXIV_PATH_RE, ARXIV_OLD_BARE_RE, ARXIV_BARE_RE):
        for match in pattern.finditer(text):
            add(_arxiv(match, match.group(0), match.start()))
    found.sort(key=lambda reference: reference.start)
    return found


def _line_bounds(text: str, offset: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end == -1 else end


_LEFTOVER_RE = re.compile(r"[\w]{2,}")


def _only_references(line: str, references: Sequence[Reference], line_start: int) -> bool:
    """True when a line holds references and nothing but bullets, labels or punctuation."""
    if not references:
        return False
    rest = list(line)
    for reference in references:
        for i in range(reference.start - line_start, reference.end - line_start):
            rest[i] = " "
    leftover = "".join(rest)
    return len(_LEFTOVER_RE.findall(leftover)) <= 1


def _article_level_spans(text: str, references: Sequence[Reference]) -> set[int]:
    """Indices into ``references`` of the ones that apply to the whole article.

    A reference is article-level when it sits on a source line ("Source :
    URL"), in the list that follows a bare "Sources :" heading, or on the
    last lines of the article with nothing else on them.
    """
    by_line: dict[tuple[int, int], list[int]] = {}
    for index, reference in enumerate(references):
        by_line.setdefault(_line_bounds(text, reference.start), []).append(index)

    chosen: set[int] = set()
    spans: list[tuple[int, int]] = []
    position = 0
    for line in text.split("\n"):
        spans.append((position, position + len(line)))
        position += len(line) + 1

    in_source_list = False
    for start, end in spans:
        line = text[start:end]
        indices = by_line.get((start, end), [])
        if SOURCE_LINE_RE.match(line):
            chosen.update(indices)
            # "Sources :" alone on its line: the list below it is the sources.
            in_source_list = not indices
            continue
        if in_source_list:
            if not line.strip():
                continue
            if _only_references(line, [references[i] for i in indices], start):
                chosen.update(indices)
                continue
            in_source_list = False

    # Trailing lines that hold nothing but references.
    for start, end in reversed(spans):
        line = text[start:end]
        if not line.strip():
            continue
        indices = by_line.get((start, end), [])
        if SOURCE_LINE_RE.match(line) or _only_references(line, [references[i] for i in indices], start):
            chosen.update(indices)
            continue
        break
    return chosen


def find_references(text: str) -> list[Reference]:
    """Every reference in ``text``, one per occurrence, in order of position.

    Callers that want each source once deduplicate on ``(key, version)``.
    """
    references = _scan(text)
    article_level = _article_level_spans(text, references)
    return [
        replace(reference, article_level=True) if index in article_level else reference
        for index, reference in enumerate(references)
    ]


def parse_reference(s: str) -> Reference:
    """A reference typed by a user: an arXiv id or link, a DOI or DOI link, any http(s) URL."""
    if not isinstance(s, str):
        raise ReferenceError_(f"not a reference: {s!r}")
    return replace(_parse(s), raw=s.strip())


def _parse(s: str) -> Reference:
    # "arXiv: 2404.14219", "arXiv 2404.14219", "doi: 10.1038/x": the space is not part of the reference
    candidate = re.sub(r"^(arxiv|doi)[ \u00a0]*([:.]?)[ \u00a0]*(?=\S)", r"\1\2", s.strip(), flags=re.IGNORECASE)
    if re.match(r"^arxiv(?=\d|[a-z-]+(?:\.[a-z-]+)?/)", candidate, re.IGNORECASE):
        candidate = candidate[:5] + ":" + candidate[5:]
    if not candidate:
        raise ReferenceError_("empty reference: give an arXiv id, a DOI or an http(s) URL")
    if any(ch.isspace() for ch in candidate):
        raise ReferenceError_(f"not a reference (contains spaces): {candidate!r}")

    arxiv = ARXIV_ID_RE.match(re.sub(r"^arxiv\s?[:.]\s?", "", candidate, flags=re.IGNORECASE))
    if arxiv:
        return replace(_arxiv(arxiv, candidate, 0), start=-1, end=-1)
    doi = DOI_EXACT_RE.match(candidate)
    if doi:
        return replace(_from_doi(doi.group("doi"), candidate, 0), start=-1, end=-1)
    if re.match(r"^https?://", candidate, re.IGNORECASE):
        url = _trim(candidate)
        host, _ = _split_url(url)
        if not _usable_host(host):
            raise ReferenceError_(f"not a usable URL (no host name): {candidate!r}")
        return replace(_from_url(url, candidate, 0), start=-1, end=-1)
    if re.match(r"^(?:(?:www|export)\.)?(?:arxiv\.org|(?:dx\.)?doi\.org)/", candidate, re.IGNORECASE):
        return replace(_from_url("https://" + _trim(candidate), candidate, 0), start=-1, end=-1)
    if re.match(r"^[a-z][a-z0-9+.-]*:", candidate, re.IGNORECASE) and "://" in candidate:
        raise ReferenceError_(f"unsupported scheme in {candidate!r}: only http and https URLs are read")
    if re.match(r"^arxiv", candidate, re.IGNORECASE) or re.match(r"^\d{4}\.\d", candidate):
        raise ReferenceError_(f"not a valid arXiv id: {candidate!r} (expected e.g. arXiv:2404.14219v2)")
    if candidate.lower().startswith(("doi", "10.")):
        raise ReferenceError_(f"not a valid DOI: {candidate!r} (expected e.g. 10.1038/srep16696)")
    raise ReferenceError_(
        f"not a reference: {candidate!r} (give an arXiv id, a DOI or an http(s) URL)"
    )


# ---------------------------------------------------------------- linking


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Paragraphs: blank-line separated when the text has blank lines, else one per line."""
    separator = PARAGRAPH_BREAK_RE if PARAGRAPH_BREAK_RE.search(text) else re.compile(r"\n")
    spans = []
    position = 0
    for match in separator.finditer(text):
        spans.append((position, match.start()))
        position = match.end()
    spans.append((position, len(text)))
    return spans


def link_references(
    text: str, claims: Sequence[Claim], references: Sequence[Reference]
) -> dict[str, tuple[Reference, ...]]:
    """For each checkable claim, what it cites.

    A claim cites the references inside its own sentence; when it has none,
    the ones in its paragraph; and always every article-level reference.
    Each source appears once per claim, keyed on ``(key, version)``.
    """
    paragraphs = _paragraph_spans(text)
    paragraph_starts = [p_start for p_start, _ in paragraphs]
    local = sorted((r for r in references if not r.article_level), key=lambda r: r.start)
    local_starts = [r.start for r in local]
    article_level = [r for r in references if r.article_level]
    linked: dict[str, tuple[Reference, ...]] = {}
    for claim in claims:
        if claim.kind is not ClaimKind.CLAIM:
            continue
        own = within(local, local_starts, claim.start, claim.end)
        if not own:
            p_start, p_end = paragraphs[max(bisect.bisect_right(paragraph_starts, claim.start) - 1, 0)]
            own = within(local, local_starts, p_start, p_end)
        chosen: list[Reference] = []
        seen: set[tuple[str, str | None]] = set()
        for reference in [*own, *article_level]:
            identity = (reference.key, reference.version)
            if identity not in seen:
                seen.add(identity)
                chosen.append(reference)
        linked[claim.id] = tuple(chosen)
    return linked
