"""One module per source kind: pure URL building and parsing of bytes, no I/O.

``arxiv`` (Atom API, abs page, LaTeXML full text), ``crossref`` (works JSON),
``web`` (HTML pages, Wikipedia summaries), ``pdf`` (text of a PDF, parsed in a
child process under memory and time limits). ``resolve.py`` drives them
through the fetcher.
"""

from __future__ import annotations

import re

_SPACES = re.compile(r"\s+")


def squash_spaces(text: str | None) -> str:
    """Collapse every run of whitespace (newlines included) to one space, trimmed."""
    return _SPACES.sub(" ", text or "").strip()
