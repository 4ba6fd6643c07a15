"""`github`: workflow commands GitHub Actions turns into annotations, and the step summary."""

from __future__ import annotations

import dataclasses
import re

import support_report as data

from factcheck.findings import collect_findings
from factcheck.report import render
from factcheck.report.github import write_step_summary
from factcheck.types import Claim, ClaimKind, Reason

COMMAND = re.compile(r"^::(error|warning|notice) (file=[^,]*,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^:]*)::(.*)$")


def parse(line: str) -> tuple[str, dict[str, str], str]:
    match = COMMAND.match(line)
    assert match, line
    level, props, message = match.groups()
    return level, dict(p.split("=", 1) for p in props.split(",")), message


def unescape(value: str) -> str:
    return value.replace("%0A", "\n").replace("%0D", "\r").replace("%3A", ":").replace("%2C", ",").replace("%25", "%")


def test_seed_annotations():
    lines = render("github", data.seed_result()).splitlines()
    assert len(lines) == 3  # two not-enough-info warnings, one refuted error; supported claims are not annotated
    parsed = [parse(line) for line in lines]
    level, props, message = parsed[2]
    assert level == "error"
    assert props == {"file": data.SEED_PATH, "line": "3", "col": "366", "endLine": "3", "endColumn": "553",
                     "title": "factcheck%3A Refuted (refuted)"}
    assert message.startswith("Refuted: « L'équipe a ensuite amélioré")
    assert "on par with Gemini-1.5-Flash and GPT-4o-mini" in message
    assert [p[0] for p in parsed[:2]] == ["warning", "warning"]


def test_multi_annotations_escape_paths_and_skip_suppressed():
    lines = render("github", data.multi_result()).splitlines()
    levels = [parse(line)[0] for line in lines]
    assert levels == ["warning", "warning", "error", "error", "warning", "notice"]
    level, props, message = parse(lines[-1])
    assert props["file"] == "notes/brève%2C 1%3A2.txt"  # "," and ":" would end the property early
    assert unescape(props["file"]) == "notes/brève, 1:2.txt"
    assert "selon l'équipe" not in "".join(lines)  # the suppressed claim has no annotation


def test_messages_escape_percent_and_newlines():
    article = data.note_article()
    text = "Le modèle obtient 69%\nsur MMLU."
    claim = Claim(id="c1", article_id=article.article.id, text=text, start=0, end=len(text),
                  kind=ClaimKind.CLAIM, reason="a number")
    verdict = dataclasses.replace(article.claims[0].verdict,
                                  reasons=(Reason("no_reference", "No source cited.\r\nAdd one."),))
    checked = dataclasses.replace(article.claims[0], claim=claim, verdict=verdict)
    raw = dataclasses.replace(article.article, raw=text, text=text, segments=((0, 0, len(text)),))
    result = data.run(dataclasses.replace(article, article=raw, claims=(checked,)))
    (line,) = render("github", result).splitlines()
    _, props, message = parse(line)
    assert "69%25 sur MMLU" in message  # the claim is folded onto one line, % escaped
    assert "No source cited.%0D%0AAdd one." in message
    assert "\n" not in line and "\r" not in line
    assert (props["line"], props["endLine"], props["endColumn"]) == ("1", "2", "10")


def test_baselined_findings_are_not_annotated():
    result = data.multi_result()
    known = {f.fingerprint for f in collect_findings(result) if f.label.value == "refuted"}
    levels = [parse(line)[0] for line in render("github", result, baseline=known).splitlines()]
    assert "error" not in levels and len(levels) == 4


def test_step_summary_is_appended(tmp_path):
    summary = tmp_path / "summary.md"
    summary.write_text("## earlier step\n", encoding="utf-8")
    markdown = render("markdown", data.seed_result())
    assert write_step_summary(markdown, summary) == 0
    assert summary.read_text(encoding="utf-8") == "## earlier step\n" + markdown


def test_step_summary_is_cut_under_the_cap_and_says_what_was_left_out(tmp_path):
    markdown = render("markdown", data.multi_result())
    summary = tmp_path / "summary.md"
    limit = len(markdown.encode("utf-8")) // 2
    left_out = write_step_summary(markdown, summary, limit=limit)
    written = summary.read_text(encoding="utf-8")
    assert len(written.encode("utf-8")) <= limit
    kept_rows = re.findall(r"^\| \S+ `(\w+)`", written, flags=re.MULTILINE)
    all_rows = re.findall(r"^\| \S+ `(\w+)`", markdown, flags=re.MULTILINE)
    dropped = all_rows[len(kept_rows):]
    assert dropped and left_out == sum(1 for label in dropped if label != "supported")
    assert written.rstrip().endswith("(`--format markdown -o FILE`).")
    assert f"{left_out} findings ({len(dropped)} checked claims in all) were left out" in written


def test_step_summary_leaves_a_full_file_alone(tmp_path):
    summary = tmp_path / "summary.md"
    summary.write_text("x" * 900, encoding="utf-8")
    write_step_summary(render("markdown", data.seed_result()), summary, limit=1000)
    assert summary.read_text(encoding="utf-8") == "x" * 900


def test_step_summary_respects_the_real_one_mebibyte_cap(tmp_path):
    rows = [f"| ❌ `refuted` | {n}:1 | Claim number {n} says something the source contradicts. | `number_mismatch` |"
            for n in range(12_000)]
    markdown = "# factcheck report\n\n| verdict | line | claim | why |\n|---|---|---|---|\n" + "\n".join(rows) + "\n"
    assert len(markdown.encode("utf-8")) > 1024 * 1024
    summary = tmp_path / "summary.md"
    left_out = write_step_summary(markdown, summary)
    written = summary.read_text(encoding="utf-8")
    assert len(written.encode("utf-8")) <= 1024 * 1024
    kept = written.count("| ❌ `refuted` |")
    assert left_out == 12_000 - kept > 0
    assert f"GitHub's 1 MiB step summary limit: {left_out} findings" in written
