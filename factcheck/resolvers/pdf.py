"""Text of a PDF, read with pypdf in a child process under memory and time limits.

A PDF from the network can be a decompression bomb, have a circular
cross-reference table or simply be truncated; pypdf can then use gigabytes or
loop for minutes. The parse runs in a forked child whose address space is
capped (``RLIMIT_AS``) and which is killed at the deadline, so every bad file
ends as ``ParseError`` within seconds and never takes the caller down.
"""

from __future__ import annotations

import io
import multiprocessing
import os
import re
import resource
from multiprocessing.connection import Connection

from factcheck.errors import ParseError
from factcheck.resolvers import squash_spaces

DEFAULT_MAX_PAGES = 60
DEFAULT_TIMEOUT = 20.0  # seconds
DEFAULT_MAX_MEMORY = 512 * 1024 * 1024  # bytes the child may add to what it inherits
DEFAULT_MAX_CHARS = 2_000_000

# "parame-\nters" is one word broken at a line end; "phi-3-\nmini" is left alone.
_LINE_END_HYPHEN = re.compile(r"(?<=[a-z])-\n(?=[a-z])")


def parse_pdf(
    data: bytes,
    *,
    max_pages: int = DEFAULT_MAX_PAGES,
    timeout: float = DEFAULT_TIMEOUT,
    max_memory: int = DEFAULT_MAX_MEMORY,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> str:
    """The text of the first ``max_pages`` pages, paragraphs separated by blank lines.

    Raises ``ParseError`` with reason ``unparseable`` (not a PDF, truncated,
    encrypted, no text), ``too_large`` (the memory cap was hit) or
    ``timeout`` (the deadline passed).
    """
    if not data.lstrip()[:5].startswith(b"%PDF-"):
        raise ParseError("not a PDF (no %PDF- header)")
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(
        target=_child_main,
        args=(sender, data, max_pages, max_memory, max_chars, timeout),
        daemon=True,
    )
    child.start()
    sender.close()
    try:
        if not receiver.poll(timeout):
            raise ParseError(f"PDF parsing took longer than {timeout:g} s", reason="timeout")
        try:
            outcome = receiver.recv()
        except (EOFError, OSError) as error:
            # The child died without a word: the kernel refused it memory, or worse.
            raise ParseError(
                "PDF parsing ran out of memory or crashed", reason="too_large"
            ) from error
    finally:
        if child.is_alive():
            child.kill()
        child.join(timeout=5)
        receiver.close()
    status, payload = outcome
    if status == "ok":
        return payload
    reason, message = payload
    raise ParseError(message, reason=reason)


def _limit_memory(extra_bytes: int) -> None:
    """Cap the address space at what the child has now plus ``extra_bytes``."""
    current = 0
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmSize:"):
                    current = int(line.split()[1]) * 1024
                    break
    except OSError:
        pass
    limit = current + extra_bytes
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _child_main(
    sender: Connection, data: bytes, max_pages: int, max_memory: int, max_chars: int, timeout: float
) -> None:
    try:
        _limit_memory(max_memory)
        # A second guard in case the parent is gone and nobody kills us.
        cpu_seconds = int(timeout) + 2
        resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 1))
        outcome = ("ok", _extract(data, max_pages, max_chars))
    except MemoryError:
        outcome = ("error", ("too_large", "PDF needs more memory than allowed"))
    except ParseError as error:
        outcome = ("error", (error.reason, str(error)))
    except RecursionError:
        outcome = ("error", ("unparseable", "PDF structure is nested too deeply or circular"))
    except Exception as error:  # pypdf raises many kinds on broken files
        reason = "too_large" if type(error).__name__ == "LimitReachedError" else "unparseable"
        outcome = ("error", (reason, f"PDF could not be read: {type(error).__name__}: {error}"[:300]))
    try:
        sender.send(outcome)
    finally:
        sender.close()
        os._exit(0)  # skip the parent's atexit handlers and buffers inherited through fork


def _extract(data: bytes, max_pages: int, max_chars: int) -> str:
    import logging
    import warnings

    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # broken files make pypdf chatty
    warnings.simplefilter("ignore")
    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        # Many PDFs are "encrypted" with an empty user password; those can still be read.
        try:
            if not reader.decrypt(""):
                raise ParseError("PDF is encrypted with a password")
        except ParseError:
            raise
        except Exception as error:
            raise ParseError(f"PDF is encrypted and cannot be opened: {error}") from error
    pages = []
    total = 0
    for number, page in enumerate(reader.pages):
        if number >= max_pages or total >= max_chars:
            break
        text = _LINE_END_HYPHEN.sub("", page.extract_text() or "")
        paragraphs = [squash_spaces(chunk) for chunk in text.split("\n\n")]
        page_text = "\n\n".join(p for p in paragraphs if p)
        if page_text:
            pages.append(page_text)
            total += len(page_text)
    text = "\n\n".join(pages)[:max_chars]
    if not text.strip():
        raise ParseError("PDF has no extractable text (scanned or empty)")
    return text
