"""PDF text under limits: good, truncated, encrypted, bomb and circular files, all built here."""

from __future__ import annotations

import io
import time
import zlib

import pytest

from factcheck.errors import ParseError
from factcheck.resolvers.pdf import parse_pdf


def build_pdf(objects: list[bytes], *, root: int = 1, trailer_extra: bytes = b"", xref_override: bytes | None = None) -> bytes:
    """A PDF file from numbered object bodies (object i+1 is objects[i]), with a correct xref."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref_at = out.tell()
    if xref_override is not None:
        out.write(xref_override)
    else:
        out.write(b"xref\n0 %d\n" % (len(objects) + 1))
        out.write(b"0000000000 65535 f \n")
        for offset in offsets:
            out.write(b"%010d 00000 n \n" % offset)
        out.write(b"trailer\n<< /Size %d /Root %d 0 R %s>>\n" % (len(objects) + 1, root, trailer_extra))
    out.write(b"startxref\n%d\n%%%%EOF\n" % xref_at)
    return out.getvalue()


def stream(content: bytes, *, filters: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(content), filters) + content + b"\nendstream"


def text_pdf(*lines: str) -> bytes:
    operations = b"BT /F1 12 Tf 72 720 Td 14 TL " + b" ".join(
        b"(" + line.encode("latin-1") + b") '" for line in lines
    ) + b" ET"
    return build_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
            b" /Resources << /Font << /F1 5 0 R >> >> >>",
            stream(operations),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
    )


def test_reads_the_text_of_a_valid_pdf():
    data = text_pdf("phi-3-mini has 3.8 billion parameters.", "It scores 69% on MMLU.")
    text = parse_pdf(data, timeout=10)
    assert "phi-3-mini has 3.8 billion parameters." in text
    assert "It scores 69% on MMLU." in text


def test_not_a_pdf_is_unparseable():
    with pytest.raises(ParseError) as caught:
        parse_pdf(b"<html>not a pdf</html>")
    assert caught.value.reason == "unparseable"


def test_truncated_pdf_is_unparseable():
    data = text_pdf("Some text that will be cut off.")
    with pytest.raises(ParseError) as caught:
        parse_pdf(data[: len(data) // 3], timeout=10)
    assert caught.value.reason == "unparseable"


def test_page_without_text_is_unparseable():
    data = build_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
        ]
    )
    with pytest.raises(ParseError, match="no extractable text") as caught:
        parse_pdf(data, timeout=10)
    assert caught.value.reason == "unparseable"


def test_password_protected_pdf_is_unparseable():
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(text_pdf("secret text"))))
    # RC4 needs no third-party crypto library, so the test runs everywhere.
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    with pytest.raises(ParseError, match="encrypted") as caught:
        parse_pdf(buffer.getvalue(), timeout=10)
    assert caught.value.reason == "unparseable"


def test_pdf_encrypted_with_an_empty_user_password_is_read():
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(text_pdf("readable despite encryption"))))
    writer.encrypt(user_password="", owner_password="owner", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    assert "readable despite encryption" in parse_pdf(buffer.getvalue(), timeout=10)


def deflate_bomb(expanded_bytes: int) -> bytes:
    compressor = zlib.compressobj(9)
    chunk = b"0" * (1 << 20)
    parts = [compressor.compress(chunk) for _ in range(expanded_bytes >> 20)]
    parts.append(compressor.flush())
    return b"".join(parts)


def test_deflate_bomb_ends_as_a_parse_error_quickly():
    # 120 MiB of content from about 120 KiB of file, read with a 150 MiB allowance.
    bomb = deflate_bomb(120 << 20)
    data = build_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
            stream(bomb, filters=b"/Filter /FlateDecode "),
        ]
    )
    assert len(data) < 1 << 20
    started = time.monotonic()
    with pytest.raises(ParseError) as caught:
        parse_pdf(data, timeout=10, max_memory=150 << 20)
    assert caught.value.reason in {"too_large", "unparseable", "timeout"}
    assert time.monotonic() - started < 12


def test_circular_page_tree_ends_as_a_parse_error():
    # The page tree's only kid is the tree itself.
    data = build_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [2 0 R] /Count 1 >>",
        ]
    )
    started = time.monotonic()
    with pytest.raises(ParseError) as caught:
        parse_pdf(data, timeout=5)
    assert caught.value.reason in {"unparseable", "timeout"}
    assert time.monotonic() - started < 7


def test_circular_xref_chain_ends_as_a_parse_error():
    # The trailer's /Prev points back at the same cross-reference section.
    body = text_pdf("x")
    xref_at = int(body.rsplit(b"startxref\n", 1)[1].split(b"\n", 1)[0])
    data = body.replace(b"/Root 1 0 R ", b"/Root 1 0 R /Prev %d " % xref_at)
    started = time.monotonic()
    try:
        text = parse_pdf(data, timeout=5)
    except ParseError as error:
        assert error.reason in {"unparseable", "timeout"}
    else:  # pypdf notices the loop and reads the one good section
        assert text == "x"
    assert time.monotonic() - started < 7


def test_a_parse_that_outlives_the_deadline_is_killed(monkeypatch):
    import factcheck.resolvers.pdf as pdf_module

    def slow_extract(data, max_pages, max_chars):
        time.sleep(30)
        return "never"

    monkeypatch.setattr(pdf_module, "_extract", slow_extract)
    started = time.monotonic()
    with pytest.raises(ParseError) as caught:
        parse_pdf(text_pdf("x"), timeout=1)
    assert caught.value.reason == "timeout"
    assert time.monotonic() - started < 4


def test_a_parse_that_needs_too_much_memory_is_stopped(monkeypatch):
    import factcheck.resolvers.pdf as pdf_module

    def greedy_extract(data, max_pages, max_chars):
        hoard = bytearray(1 << 30)  # 1 GiB, beyond the 64 MiB allowance
        return str(len(hoard))

    monkeypatch.setattr(pdf_module, "_extract", greedy_extract)
    with pytest.raises(ParseError) as caught:
        parse_pdf(text_pdf("x"), timeout=5, max_memory=64 << 20)
    assert caught.value.reason == "too_large"


def test_max_pages_limits_what_is_read():
    pages = []
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    kids = []
    for number in range(3):
        page_obj = len(objects) + 1
        content_obj = page_obj + 1
        kids.append(b"%d 0 R" % page_obj)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R"
            b" /Resources << /Font << /F1 99 0 R >> >> >>" % content_obj
        )
        objects.append(stream(b"BT /F1 12 Tf 72 720 Td (Page number %d) Tj ET" % (number + 1)))
        pages.append(number)
    font_obj = len(objects) + 1
    objects = [o.replace(b"99 0 R", b"%d 0 R" % font_obj) for o in objects]
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    objects[1] = b"<< /Type /Pages /Kids [" + b" ".join(kids) + b"] /Count 3 >>"
    data = build_pdf(objects)
    assert "Page number 3" in parse_pdf(data, timeout=10)
    text = parse_pdf(data, timeout=10, max_pages=2)
    assert "Page number 2" in text and "Page number 3" not in text
