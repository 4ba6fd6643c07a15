"""The one charset chain, shared by articles and fetched pages."""

from __future__ import annotations

import codecs

from factcheck.charsets import charset_of, decode

FRENCH = "Les données de l'été étaient très élevées : « modèle » à 3,8 milliards. " * 20


def test_a_byte_order_mark_wins_over_every_declaration():
    decoded = decode(codecs.BOM_UTF8 + "<p>café</p>".encode("utf-8"), declared_charset="iso-8859-1", markup=True)
    assert (decoded.text, decoded.codec, decoded.method, decoded.label) == ("<p>café</p>", "utf-8", "bom", "utf-8 (BOM)")
    utf16 = decode(codecs.BOM_UTF16_LE + FRENCH.encode("utf-16-le"))
    assert utf16.text == FRENCH and utf16.codec == "utf-16-le"


def test_the_header_then_the_markup_then_strict_utf8():
    latin = f'<meta charset="windows-1252"><p>{FRENCH}</p>'.encode("cp1252")
    assert decode(latin, declared_charset="cp1252", markup=True).method == "declared"
    # a header that lies (UTF-8 for cp1252 bytes) falls through to the page's own declaration
    lying = decode(latin, declared_charset="utf-8", markup=True)
    assert (lying.codec, lying.method, lying.label) == ("cp1252", "meta", "cp1252 (meta)") and "données" in lying.text
    # plain text has no markup to read a declaration from
    assert decode("<meta charset='koi8-r'> naïve".encode("utf-8")).method == "utf-8"
    assert decode("naïve café".encode("utf-8")).label == "utf-8"


def test_latin1_and_ascii_labels_read_as_windows_1252():
    quoted = "“Phi-3” — 3,8 milliards".encode("cp1252")
    decoded = decode(quoted, declared_charset="ISO-8859-1")
    assert decoded.codec == "cp1252" and decoded.text == "“Phi-3” — 3,8 milliards"


def test_undeclared_single_byte_french_is_windows_1252_not_a_central_european_guess():
    decoded = decode(FRENCH.encode("cp1252"))
    assert decoded.codec == "cp1252" and decoded.text == FRENCH


def test_undeclared_multibyte_text_goes_to_detection():
    japanese = ("東京は日本の首都であり、世界最大の都市圏の一つです。" * 10).encode("shift_jis")
    decoded = decode(japanese)
    assert decoded.method == "detected" and "東京" in decoded.text


def test_utf16_without_a_mark_is_recognised_and_is_not_binary():
    data = FRENCH.encode("utf-16-le")
    decoded = decode(data)
    assert decoded.text == FRENCH and decoded.method == "detected"


def test_binary_data_is_named_as_such():
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4 + b"\x00" * 2000
    assert decode(png).method == "binary"


def test_charset_parameter_of_a_content_type():
    assert charset_of('text/html; charset="Windows-1252"') == "Windows-1252"
    assert charset_of("text/html") is None and charset_of(None) is None
