"""Claim files: one JSON object per line, ``{"id", "claim", "source", ...}``.

``factcheck verify --input`` and ``factcheck eval`` read the same format; this
is the one reader, so both give the same one-line errors (``FILE:LINE: what``)
and read ``-`` as standard input. Every line is checked before any claim is
used: a bad line 900 must not come after 899 verdicts.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import InputError


@dataclass(frozen=True)
class ClaimLine:
    number: int  # line number in the file, from 1
    id: str  # the line's "id", or its line number when it has none
    claim: str  # stripped
    sources: tuple[str, ...]  # the references as written; empty when the claim cites nothing
    record: dict[str, Any]  # the whole object, for fields only one reader uses ("label", "kind")


def read_claim_lines(path: str | Path, *, required: Iterable[str] = ("claim",)) -> list[ClaimLine]:
    """Every claim line of ``path`` (``-`` is standard input); ``InputError`` names the first bad line."""
    required = tuple(required)
    return [_parse(path, number, line, required) for number, line in _numbered_lines(path) if line.strip()]


def _numbered_lines(path: str | Path) -> list[tuple[int, str]]:
    try:
        if str(path) == "-":
            text = sys.stdin.read()
        else:
            text = Path(path).read_text(encoding="utf-8")
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror or error})") from None
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text (a claim file is JSON Lines)") from None
    return list(enumerate(text.splitlines(), start=1))


def _parse(path: str | Path, number: int, line: str, required: tuple[str, ...]) -> ClaimLine:
    where = f"{path}:{number}"
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(f"{where}: not valid JSON ({error.msg})") from None
    if not isinstance(record, dict):
        raise InputError(f"{where}: each line must be a JSON object")
    for field in required:
        if field not in record:
            raise InputError(f"{where}: missing field {field!r}")
    claim = record.get("claim")
    if not isinstance(claim, str) or not claim.strip():
        raise InputError(f"{where}: \"claim\" must be a non-empty string")
    raw = record.get("source", [])
    sources = (raw,) if isinstance(raw, str) else tuple(raw) if isinstance(raw, list) else None
    if sources is None or not all(isinstance(item, str) and item.strip() for item in sources):
        raise InputError(f"{where}: \"source\" must be a reference string or a list of them")
    if "source" in required and not sources:
        raise InputError(f"{where}: \"source\" is empty")
    return ClaimLine(number, str(record.get("id", number)), claim.strip(), sources, record)
