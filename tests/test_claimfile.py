"""One reader for claim files, shared by `verify --input` and `eval`."""

from __future__ import annotations

import io

import pytest

from factcheck.claimfile import read_claim_lines
from factcheck.errors import InputError


def write(tmp_path, *lines: str):
    path = tmp_path / "claims.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_lines_keep_their_numbers_ids_and_references(tmp_path):
    path = write(
        tmp_path,
        '{"id": "a", "claim": "  Phi-3-mini has 3.8B parameters. ", "source": "arXiv:2404.14219"}',
        "",
        '{"claim": "GPT-4 is a model.", "source": ["arXiv:2303.08774", "doi:10.1/x"]}',
        '{"claim": "Nothing cited here."}',
    )
    lines = read_claim_lines(path)
    assert [(line.number, line.id, line.claim, line.sources) for line in lines] == [
        (1, "a", "Phi-3-mini has 3.8B parameters.", ("arXiv:2404.14219",)),
        (3, "3", "GPT-4 is a model.", ("arXiv:2303.08774", "doi:10.1/x")),
        (4, "4", "Nothing cited here.", ()),
    ]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", r"claims\.jsonl:2: not valid JSON"),
        ('["a list"]', r"claims\.jsonl:2: each line must be a JSON object"),
        ('{"claim": ""}', r"claims\.jsonl:2: \"claim\" must be a non-empty string"),
        ('{"claim": "x", "source": 12}', r"claims\.jsonl:2: \"source\" must be a reference string"),
        ('{"claim": "x", "source": ["ok", ""]}', r"claims\.jsonl:2: \"source\" must be a reference string"),
    ],
)
def test_the_first_bad_line_is_named(tmp_path, line, message):
    path = write(tmp_path, '{"claim": "fine"}', line, '{"claim": "also fine"}')
    with pytest.raises(InputError, match=message):
        read_claim_lines(path)


def test_required_fields_are_checked(tmp_path):
    path = write(tmp_path, '{"id": "1", "claim": "x", "source": "arXiv:2404.14219"}')
    with pytest.raises(InputError, match=r"claims\.jsonl:1: missing field 'label'"):
        read_claim_lines(path, required=("id", "claim", "source", "label"))
    empty_source = write(tmp_path, '{"id": "1", "claim": "x", "source": [], "label": "supported"}')
    with pytest.raises(InputError, match=r"claims\.jsonl:1: \"source\" is empty"):
        read_claim_lines(empty_source, required=("id", "claim", "source", "label"))


def test_unreadable_and_binary_files_are_one_line_errors(tmp_path):
    with pytest.raises(InputError, match="cannot read"):
        read_claim_lines(tmp_path / "missing.jsonl")
    binary = tmp_path / "blob.jsonl"
    binary.write_bytes(b"\xff\xfe\x00\x81garbage")
    with pytest.raises(InputError, match="not UTF-8 text"):
        read_claim_lines(binary)


def test_dash_reads_standard_input(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO('{"claim": "From a pipe.", "source": "arXiv:2404.14219"}\n'))
    (line,) = read_claim_lines("-")
    assert line.claim == "From a pipe." and line.sources == ("arXiv:2404.14219",)
