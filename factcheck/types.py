"""The values that flow between the stages.

Every stage takes some of these and returns others; none of them holds a
connection, a file handle or a mutable cache. All offsets are character
offsets (Python ``str`` indices), end exclusive.
"""

from __future__ import annotations

import bisect
import enum
import hashlib
import unicodedata
from dataclasses import dataclass, field


def content_id(*parts: str, length: int = 16) -> str:
    """A stable identifier: the hash of normalised content.

    Reruns over the same input give the same ids, so the store upserts rows
    instead of adding duplicates.
    """
    digest = hashlib.sha256()
    for part in parts:
        digest.update(normalise_text(part).encode("utf-8"))
        digest.update(b"\x1f")
    return digest.hexdigest()[:length]


def normalise_text(text: str) -> str:
    """NFC, case-folded, whitespace collapsed: the form ids and fingerprints hash."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Label(str, enum.Enum):
    SUPPORTED = "supported"
    REFUTED = "refuted"
    NOT_ENOUGH_INFO = "not_enough_info"
    UNVERIFIABLE = "unverifiable"
    UNSOURCED = "unsourced"

    def __str__(self) -> str:  # so f-strings and click print the value
        return self.value


class ReferenceKind(str, enum.Enum):
    ARXIV = "arxiv"
    DOI = "doi"
    URL = "url"

    def __str__(self) -> str:
        return self.value


# ---------------------------------------------------------------- articles


@dataclass(frozen=True)
class Article:
    """An article as read, with its main text and a map back to the original.

    ``text`` is what claims are found in. ``raw`` is the decoded original
    (the Markdown or HTML source). ``segments`` lists the runs of ``text``
    copied verbatim from ``raw`` as ``(text_start, raw_start, length)``,
    sorted by ``text_start``; they map offsets back for line/column reports.
    """

    id: str
    location: str  # path as given, URL, or "-" for stdin
    media_type: str  # "text/plain" | "text/markdown" | "text/html"
    raw: str
    text: str
    segments: tuple[tuple[int, int, int], ...]
    language: str  # "fr" | "en" | "und"
    encoding: str  # how the bytes were decoded, e.g. "utf-8", "cp1252 (detected)"
    title: str | None = None
    published: str | None = None  # ISO date when the article says it
    # Spans of ``text`` an editor switched off with inline comments.
    suppressed: tuple[tuple[int, int], ...] = ()

    def raw_offset(self, text_offset: int) -> int:
        """Offset in ``raw`` of the character at ``text_offset`` in ``text``."""
        if not self.segments:
            return min(text_offset, len(self.raw))
        starts = [segment[0] for segment in self.segments]
        index = max(bisect.bisect_right(starts, text_offset) - 1, 0)
        text_start, raw_start, length = self.segments[index]
        return raw_start + min(max(text_offset - text_start, 0), length)

    def line_col(self, text_offset: int) -> tuple[int, int]:
        """1-based line and column in ``raw`` of a ``text`` offset."""
        raw_offset = self.raw_offset(text_offset)
        line = self.raw.count("\n", 0, raw_offset) + 1
        line_start = self.raw.rfind("\n", 0, raw_offset) + 1
        return line, raw_offset - line_start + 1

    def is_suppressed(self, start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in self.suppressed)


# ---------------------------------------------------------------- claims


class ClaimKind(str, enum.Enum):
    """What a sentence is, as far as checking goes."""

    CLAIM = "claim"  # checkable: a number, a comparison, a fact about someone or something
    OPINION = "opinion"  # judgement, evaluation
    RHETORIC = "rhetoric"  # framing, transitions, questions, predictions
    REFERENCE = "reference"  # a source line ("Adresse de l'article : URL")

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True)
class Claim:
    id: str
    article_id: str
    text: str
    start: int  # offsets into Article.text
    end: int
    kind: ClaimKind
    reason: str  # why it is (or is not) a checkable claim, in a few words
    hedge: str | None = None  # the cue that marks hedged or reported speech ("On dit que")
    language: str = "und"

    @property
    def checkworthy(self) -> bool:
        return self.kind is ClaimKind.CLAIM

    @property
    def hedged(self) -> bool:
        return self.hedge is not None


# ---------------------------------------------------------------- references


@dataclass(frozen=True)
class Reference:
    """Something an article (or a user) cites.

    ``value`` is normalised: a bare arXiv id without version
    (``2404.14219``, ``hep-th/9901001``), a lower-cased DOI, or a URL.
    """

    kind: ReferenceKind
    value: str
    version: str | None = None  # "v2" for arXiv, None for the latest
    raw: str = ""
    start: int = -1  # offsets into Article.text; -1 when not from an article
    end: int = -1
    article_level: bool = False  # a source line that applies to the whole article

    @property
    def key(self) -> str:
        """The source this reference names, without version: ``arXiv:2404.14219``."""
        if self.kind is ReferenceKind.ARXIV:
            return f"arXiv:{self.value}"
        if self.kind is ReferenceKind.DOI:
            return f"doi:{self.value}"
        return self.value

    @property
    def label(self) -> str:
        """The key with its version, as shown to users: ``arXiv:2404.14219v2``."""
        return self.key + (self.version or "") if self.kind is ReferenceKind.ARXIV else self.key


# ---------------------------------------------------------------- sources


@dataclass(frozen=True)
class SourceVersion:
    version: str  # "v1"
    published: str | None  # ISO timestamp of that version


@dataclass(frozen=True)
class Source:
    """One version of a source, as fetched and parsed.

    ``text`` is what passages are cut from: the title, then the abstract,
    then the full text when it could be had. A source that could not be had
    has ``status == "error"`` and ``error`` holds the reason code
    (``blocked_address``, ``timeout``, ``not_found``, ``forbidden``,
    ``rate_limited``, ``offline_not_cached``, ``unparseable``, ``too_large``,
    ``fetch_failed``); it is never used as evidence.
    """

    key: str  # "arXiv:2404.14219", "doi:10.1038/srep16696", or the URL
    version: str  # "v4"; for sources without versions, the first 12 chars of sha256
    url: str
    title: str | None
    text: str
    sha256: str
    retrieved_at: str  # ISO timestamp
    status: str = "ok"  # "ok" | "error"
    error: str | None = None
    error_detail: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None  # ISO date of this version
    versions: tuple[SourceVersion, ...] = ()  # every version the source is known to have
    content: str = "abstract"  # "abstract" | "fulltext" | "page"
    etag: str | None = None
    last_modified: str | None = None
    doi: str | None = None

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    @property
    def label(self) -> str:
        return self.key + self.version if self.key.startswith("arXiv:") else self.key


@dataclass(frozen=True)
class Passage:
    source_key: str
    version: str
    index: int
    start: int  # offsets into Source.text
    end: int
    text: str


# ---------------------------------------------------------------- verdicts


@dataclass(frozen=True)
class Reason:
    code: str  # number_mismatch, entity_mismatch, direction_reversed, negated, not_addressed, ...
    message: str


@dataclass(frozen=True)
class Evidence:
    source: str  # the source label with its version: "arXiv:2404.14219v4"
    text: str
    start: int  # offsets into Source.text
    end: int
    score: float = 0.0


@dataclass(frozen=True)
class Verdict:
    claim_id: str
    label: Label
    confidence: float
    reasons: tuple[Reason, ...]
    evidence: tuple[Evidence, ...] = ()
    verifier: str = "lexical"
    verifier_version: str = "0"
    sources: tuple[str, ...] = field(default=())  # source labels (with versions) consulted

    @property
    def reason_codes(self) -> tuple[str, ...]:
        return tuple(reason.code for reason in self.reasons)


# ---------------------------------------------------------------- results of a run


@dataclass(frozen=True)
class CheckedClaim:
    claim: Claim
    references: tuple[Reference, ...]  # what the claim cites (its own and the article-level ones)
    verdict: Verdict | None  # None for sentences that are not checkable claims
    # An earlier verdict on a claim with the same meaning, from another article.
    previously_checked: "PriorCheck | None" = None
    suppressed: bool = False  # an inline comment switched it off
    baselined: bool = False  # its fingerprint is in the baseline file


@dataclass(frozen=True)
class PriorCheck:
    claim_text: str
    article_location: str
    label: Label
    checked_at: str
    similarity: float  # 0 to 1, rapidfuzz token-sort ratio over normalised text


@dataclass(frozen=True)
class CheckedArticle:
    article: Article
    claims: tuple[CheckedClaim, ...]
    references: tuple[Reference, ...]
    sources: tuple[Source, ...]  # every source version consulted, errors included
    skipped: bool = False  # unchanged since the last check with this verifier version


@dataclass(frozen=True)
class RunResult:
    run_id: str
    started_at: str
    finished_at: str
    articles: tuple[CheckedArticle, ...]
    verifier: str
    verifier_version: str
    fail_on: tuple[Label, ...] = (Label.REFUTED,)
    stale_baseline: tuple[str, ...] = ()  # baseline fingerprints no finding matched
