"""The labelled claim sets under claims/ are well-formed and fit to measure with.

These tests read only files in the repository: the arXiv ids of the abstract
snapshot are in claims/papers.txt, the cited abstracts in claims/sources.jsonl.
"""

from __future__ import annotations

import collections
import json
import pathlib
import re
import sys

import pytest

from factcheck.importer import iter_snapshot

CLAIMS = pathlib.Path(__file__).resolve().parent.parent / "claims"
SPLITS = ("dev", "test")
LABELS = {"supported", "refuted", "not_enough_info"}
FIELDS = {"id", "claim", "source", "label", "kind", "lang", "note"}
ARXIV_SOURCE = re.compile(r"arXiv:(?P<id>\d{4}\.\d{4,5})(?P<version>v\d+)?")
# Only this paper's versions are in the corpus; every other claim cites the latest.
VERSIONED_PAPER = "2404.14219"


def load(path: pathlib.Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def sources_of(item: dict) -> list[str]:
    return item["source"] if isinstance(item["source"], list) else [item["source"]]


def papers_of(items: list[dict]) -> set[str]:
    return {ARXIV_SOURCE.fullmatch(s).group("id") for item in items for s in sources_of(item)}


@pytest.fixture(scope="module")
def sets() -> dict[str, list[dict]]:
    return {split: load(CLAIMS / f"{split}.jsonl") for split in SPLITS}


@pytest.fixture(scope="module")
def every(sets) -> list[dict]:
    return [item for split in SPLITS for item in sets[split]]


@pytest.fixture(scope="module")
def known_ids() -> set[str]:
    return set((CLAIMS / "papers.txt").read_text(encoding="utf-8").split())


def test_every_line_has_the_documented_fields_and_values(every):
    for item in every:
        assert set(item) == FIELDS, item.get("id")
        assert item["label"] in LABELS, item["id"]
        assert item["kind"] in KINDS, item["id"]
        assert item["lang"] in {"en", "fr"}, item["id"]
        assert item["id"].startswith(item["lang"] + "-"), item["id"]
        assert len(item["claim"].split()) >= 3, item["id"]
        assert item["claim"] == " ".join(item["claim"].split()), item["id"]
        assert len(item["note"]) >= 15, item["id"]


def test_ids_are_unique_across_both_splits(every):
    counts = collections.Counter(item["id"] for item in every)
    assert [claim_id for claim_id, n in counts.items() if n > 1] == []


def test_no_claim_is_repeated_against_the_same_source(every):
    counts = collections.Counter((item["claim"].casefold(), json.dumps(item["source"])) for item in every)
    assert [key for key, n in counts.items() if n > 1] == []


def test_every_source_is_a_paper_of_the_snapshot(every, known_ids):
    assert len(known_ids) > 6000  # the whole snapshot, not just the cited papers
    for item in every:
        for source in sources_of(item):
            match = ARXIV_SOURCE.fullmatch(source)
            assert match, (item["id"], source)
            assert match.group("id") in known_ids, (item["id"], source)
            if match.group("version"):
                assert match.group("id") + match.group("version") in known_ids, (item["id"], source)


def test_only_the_paper_with_known_versions_is_cited_by_version(every):
    versioned = {
        ARXIV_SOURCE.fullmatch(s).group("id")
        for item in every
        for s in sources_of(item)
        if ARXIV_SOURCE.fullmatch(s).group("version")
    }
    assert versioned == {VERSIONED_PAPER}


def test_sizes_meet_the_minimums(sets, every):
    assert len(every) >= 330
    assert len(papers_of(every)) >= 40
    share_dev = len(sets["dev"]) / len(every)
    assert 0.35 <= share_dev <= 0.55


def test_dev_and_test_share_no_paper(sets):
    assert papers_of(sets["dev"]) & papers_of(sets["test"]) == set()


def test_labels_are_balanced_in_each_split(sets):
    for split, items in sets.items():
        counts = collections.Counter(item["label"] for item in items)
        assert set(counts) == LABELS, split
        for label in LABELS:
            assert counts[label] / len(items) >= 0.25, (split, counts)


def test_each_split_has_every_kind(sets):
    # "version" needs a paper with several versions; only 2404.14219 has them
    # here, and the split is by paper, so those claims all live in dev.
    for split, items in sets.items():
        expected = KINDS if split == "dev" else KINDS - {"version"}
        assert expected <= {item["kind"] for item in items}, split


def test_about_a_third_are_french_and_every_kind_has_french_claims(every):
    french = [item for item in every if item["lang"] == "fr"]
    assert 0.28 <= len(french) / len(every) <= 0.5
    assert {item["kind"] for item in french} == KINDS


def test_kinds_carry_the_labels_their_definitions_allow(every):
    allowed = {
        "paraphrase": {"supported"},
        "unaddressed": {"not_enough_info"},
        "miscited": {"not_enough_info"},
        "cross-lingual": {"supported", "refuted", "not_enough_info"},
    }
    for item in every:
        assert item["label"] in allowed.get(item["kind"], LABELS), item["id"]
        if item["kind"] == "cross-lingual":
            assert item["lang"] == "fr", item["id"]


def test_version_claims_are_settled_differently_by_v1_and_v4(every):
    by_claim = collections.defaultdict(dict)
    for item in every:
        if item["kind"] == "version":
            for source in sources_of(item):
                by_claim[item["claim"]][ARXIV_SOURCE.fullmatch(source).group("version")] = item["label"]
    paired = {claim: labels for claim, labels in by_claim.items() if {"v1", "v4"} <= set(labels)}
    assert len(paired) >= 5
    for claim, labels in paired.items():
        assert labels["v1"] != labels["v4"], claim


def test_french_claims_use_french_number_formats(every):
    french = " ".join(item["claim"] for item in every if item["lang"] == "fr")
    assert re.search(r"\d,\d", french)  # decimal comma: "3,8 milliards"
    assert re.search(r"\d \d{3}", french)  # thin grouping: "3 300 milliards"
    assert "milliards" in french and " % " in french.replace("\u00a0", " ")


def test_readme_counts_match_the_files():
    import importlib.util

    spec = importlib.util.spec_from_file_location("claims_tools", CLAIMS / "tools.py")
    tools = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tools)
    readme = (CLAIMS / "README.md").read_text(encoding="utf-8")
    assert tools.stats_markdown() in readme, "run: python claims/tools.py stats --write"


def test_sources_file_holds_every_cited_abstract_and_both_phi3_versions(every):
    sources = list(iter_snapshot(CLAIMS / "sources.jsonl"))
    keys = {source.key for source in sources}
    assert {f"arXiv:{paper}" for paper in papers_of(every)} <= keys
    phi3 = {source.version: source.text for source in sources if source.key == f"arXiv:{VERSIONED_PAPER}"}
    assert set(phi3) == {"v1", "v4"}
    assert "phi-3.5" not in phi3["v1"] and "phi-3.5-MoE" in phi3["v4"]


QUOTE = re.compile(r"'([^']{12,}?)'(?=[\s;,.:)\u2014]|$)")
NAMED_PAPER = re.compile(r"arXiv:(\d{4}\.\d{4,5})")


def _plain(text: str) -> str:
    # The snapshot keeps some LaTeX ("4\\(\times\\)"); notes write "4x".
    text = re.sub(r"\\+\(\\times\\+\)", "x", text)
    return " ".join(text.replace("``", '"').replace("''", '"').split()).casefold()


def _count_checked_note_quotes(items: list[dict]) -> int:
    """Assert every quoted span of the notes is words of an abstract the claim
    cites (any version of it) or of a paper the note names; return how many."""
    abstracts = collections.defaultdict(list)
    for line in load(CLAIMS / "sources.jsonl"):
        abstracts[line["id"]].append(_plain(line["abstract"]))
    checked = 0
    for item in items:
        papers = {ARXIV_SOURCE.fullmatch(s).group("id") for s in sources_of(item)}
        papers |= set(NAMED_PAPER.findall(item["note"]))
        texts = [text for paper in papers for text in abstracts[paper]]
        for quote in QUOTE.findall(item["note"]):
            parts = [part.strip() for part in _plain(quote).split("...") if part.strip()]
            assert all(any(part in text for text in texts) for part in parts), (item["id"], quote)
            checked += 1
    return checked


def test_note_quotes_are_words_of_the_abstracts_they_name(every):
    """A quoted span in a note must be in the cited abstract (any version of it)
    or in a paper the note names, so notes cannot drift from the sources."""
    assert _count_checked_note_quotes(every) > 300


# ---------------------------------------------------------------- the later sets
#
# Thirteen sets written later over other papers, in the same format: dev2 to dev9, the
# second to ninth development sets, and test2 to test6, the second to sixth held-out
# sets. Each is checked like dev and test, and none shares a paper with dev, test or
# another later set, so tuning on a development set cannot leak into any test score.

# Each later set and the prefix of its ids ("d2-0001", "t2-0001", ...).
LATER_SETS = {
    "dev2": "d2",
    "test2": "t2",
    "dev3": "d3",
    "dev4": "d4",
    "dev5": "d5",
    "dev6": "d6",
    "dev7": "d7",
    "test3": "t3",
    "test4": "t4",
    "dev8": "d8",
    "test5": "t5",
    "dev9": "d9",
    "test6": "t6",
    "test7": "t7",
    "dev10": "d10",
    "test8": "t8",
    "dev11": "d11",
    "test9": "t9",
    "dev12": "d12",
    "test10": "t10",
    "dev13": "d13",
    "test11": "t11",
    "dev14": "d14",
    "test12": "t12",
    "dev15": "d15",
    "test13": "t13",
    "dev16": "d16",
    "test14": "t14",
    "dev17": "d17",
    "test15": "t15",
    "dev18": "d18",
    "test16": "t16",
    "dev19": "d19",
    "test17": "t17",
    "dev20": "d20",
    "test18": "t18",
    "dev21": "d21",
    "test19": "t19",
    "test20": "t20",
    "dev22": "d22",
    "test21": "t21",
}
# The order claims/README.md lists the kinds in.
KIND_ORDER = (
    "paraphrase",
    "number",
    "binding",
    "entity",
    "direction",
    "negation",
    "unaddressed",
    "miscited",
    "cross-lingual",
    "version",
)
KINDS = set(KIND_ORDER)


@pytest.fixture(scope="module")
def later_sets() -> dict[str, list[dict]]:
    return {name: load(CLAIMS / f"{name}.jsonl") for name in LATER_SETS}


@pytest.fixture(params=list(LATER_SETS))
def later_name(request) -> str:
    return request.param


@pytest.fixture
def later(later_name, later_sets) -> list[dict]:
    return later_sets[later_name]


@pytest.fixture
def other_sets(later_name, sets, later_sets) -> list[dict]:
    """The claims of every set but this one: dev, test and the other later sets."""
    return [item for name, items in {**sets, **later_sets}.items() if name != later_name for item in items]


def set_stats_markdown(items: list[dict]) -> str:
    """The count tables README.md shows for each later set (claims/tools.py counts dev and test only)."""
    labels = ("supported", "refuted", "not_enough_info")
    kinds = [kind for kind in KIND_ORDER if any(item["kind"] == kind for item in items)]
    by = collections.Counter((item["kind"], item["label"]) for item in items)
    french = collections.Counter(item["kind"] for item in items if item["lang"] == "fr")
    lines = [
        "| claims | papers | en | fr | " + " | ".join(labels) + " |",
        "|---|---|---|---|---|---|---|",
        "| "
        + " | ".join(
            str(n)
            for n in (
                len(items),
                len(papers_of(items)),
                sum(item["lang"] == "en" for item in items),
                sum(item["lang"] == "fr" for item in items),
                *(sum(item["label"] == label for item in items) for label in labels),
            )
        )
        + " |",
        "",
        "| kind | claims | " + " | ".join(labels) + " | of which fr |",
        "|---|---|---|---|---|---|",
    ]
    for kind in kinds:
        counts = [by[kind, label] for label in labels]
        lines.append(f"| {kind} | {sum(counts)} | " + " | ".join(map(str, counts)) + f" | {french[kind]} |")
    return "\n".join(lines)


def test_later_lines_have_the_documented_fields_and_values(later_name, later):
    id_pattern = re.compile(LATER_SETS[later_name] + r"-\d{4}")
    for item in later:
        assert set(item) == FIELDS, item.get("id")
        assert id_pattern.fullmatch(item["id"]), item["id"]
        assert item["label"] in LABELS, item["id"]
        assert item["kind"] in KINDS - {"version"}, item["id"]
        assert item["lang"] in {"en", "fr"}, item["id"]
        assert len(item["claim"].split()) >= 3, item["id"]
        assert item["claim"] == " ".join(item["claim"].split()), item["id"]
        assert len(item["note"]) >= 15, item["id"]


def test_later_ids_run_in_order_and_clash_with_no_other_set(later_name, later, other_sets):
    prefix = LATER_SETS[later_name]
    assert [item["id"] for item in later] == [f"{prefix}-{n:04d}" for n in range(1, len(later) + 1)]
    assert {item["id"] for item in later}.isdisjoint(item["id"] for item in other_sets)


def test_later_sets_repeat_no_claim_against_the_same_source(later, other_sets):
    counts = collections.Counter((item["claim"].casefold(), json.dumps(item["source"])) for item in later + other_sets)
    assert [key for key, n in counts.items() if n > 1] == []


def test_later_sets_cite_the_latest_version_of_papers_of_the_snapshot(later, known_ids):
    for item in later:
        for source in sources_of(item):
            match = ARXIV_SOURCE.fullmatch(source)
            assert match and match.group("id") in known_ids, (item["id"], source)
            assert match.group("version") is None, (item["id"], source)


def test_later_sets_share_no_paper_with_any_other_set(later, other_sets):
    assert papers_of(later) & papers_of(other_sets) == set()


def test_later_sets_are_big_and_balanced_enough_to_measure_with(later):
    assert len(later) >= 180
    assert len(papers_of(later)) >= 25
    counts = collections.Counter(item["label"] for item in later)
    for label in LABELS:
        assert counts[label] / len(later) >= 0.25, counts
    french = [item for item in later if item["lang"] == "fr"]
    assert 0.3 <= len(french) / len(later) <= 0.5
    # every kind but "version" (only 2404.14219 has versions, and it is in dev)
    assert {item["kind"] for item in later} == KINDS - {"version"}
    assert {item["kind"] for item in french} == KINDS - {"version"}


def test_later_sets_lean_on_the_refutations_a_verifier_finds_hard(later):
    refuted = collections.Counter(item["kind"] for item in later if item["label"] == "refuted")
    for kind in ("negation", "binding", "number", "direction", "entity"):
        assert refuted[kind] >= 3, (kind, refuted)
    hard = sum(refuted[kind] for kind in ("negation", "binding", "direction"))
    assert hard >= 0.6 * sum(refuted.values())


def test_later_kinds_carry_the_labels_their_definitions_allow(later):
    allowed = {"paraphrase": {"supported"}, "unaddressed": {"not_enough_info"}, "miscited": {"not_enough_info"}}
    for item in later:
        assert item["label"] in allowed.get(item["kind"], LABELS), item["id"]
        if item["kind"] == "cross-lingual":
            assert item["lang"] == "fr", item["id"]
        if item["kind"] == "miscited":
            # the note names the paper the claim really comes from
            assert set(NAMED_PAPER.findall(item["note"])) - papers_of([item]), item["id"]


def test_later_french_claims_use_french_number_formats(later):
    french = " ".join(item["claim"] for item in later if item["lang"] == "fr").replace("\u00a0", " ")
    assert re.search(r"\d,\d", french)  # "0,1 million", "41,3 %"
    assert re.search(r"\d \d{3}", french)  # "5 800 milliards"
    assert "milliards" in french and " % " in french
    # "dix fois plus", "cinquante fois plus volumineux": a factor written in words
    assert re.search(
        r"\b(deux|trois|quatre|cinq|six|sept|huit|neuf|dix|vingt|trente|quarante|cinquante|soixante|cent) fois\b", french
    )


def test_sources_file_holds_every_abstract_a_later_set_cites_or_names(later):
    keys = {source.key for source in iter_snapshot(CLAIMS / "sources.jsonl")}
    named = {paper for item in later for paper in NAMED_PAPER.findall(item["note"])}
    assert {f"arXiv:{paper}" for paper in papers_of(later) | named} <= keys


def test_later_note_quotes_are_words_of_the_abstracts_they_name(later):
    assert _count_checked_note_quotes(later) >= len(later) * 0.8


def test_readme_counts_of_the_later_sets_match_the_files(later_name, later):
    readme = (CLAIMS / "README.md").read_text(encoding="utf-8")
    begin, end = f"<!-- {later_name}-stats:begin -->", f"<!-- {later_name}-stats:end -->"
    start = readme.index(begin) + len(begin)
    assert readme[start : readme.index(end)].strip() == set_stats_markdown(later), (
        f"update the {later_name} tables in claims/README.md"
    )


# ---------------------------------------------------------------- Check-COVID

CHECK_COVID = CLAIMS / "check-covid"


@pytest.fixture(scope="module")
def covid() -> dict[str, list[dict]]:
    return {split: load(CHECK_COVID / f"{split}.jsonl") for split in SPLITS}


def test_check_covid_claims_are_in_the_same_format(covid):
    for split, items in covid.items():
        assert len(items) > 150, split
        for item in items:
            assert FIELDS <= set(item), item.get("id")
            assert item["label"] in LABELS and item["kind"] == "check-covid" and item["lang"] == "en"
        assert {item["label"] for item in items} == LABELS
    ids = [item["id"] for split in SPLITS for item in covid[split]]
    assert len(ids) == len(set(ids))


def test_check_covid_sources_resolve_and_nei_sources_lack_the_settling_sentences(covid):
    sources = {source.key: source for source in iter_snapshot(CHECK_COVID / "sources.jsonl")}
    for split in SPLITS:
        for item in covid[split]:
            assert item["source"] in sources, item["id"]
            source = sources[item["source"]]
            if item["label"] == "not_enough_info":
                # The same claim is also labelled supported or refuted against
                # the full abstract; the NEI copy must cite a shorter text.
                full_key = item["source"].split("&without=")[0]
                assert "&without=" in item["source"], item["id"]
                assert len(source.text) < len(sources[full_key].text), item["id"]
    assert (CHECK_COVID / "LICENSE").read_text().startswith("MIT License")


def _load_build_script():
    import importlib.util

    path = CLAIMS.parent / "scripts" / "build_checkcovid.py"
    spec = importlib.util.spec_from_file_location("build_checkcovid", path)
    module = importlib.util.module_from_spec(spec)
    # dataclasses look their module up in sys.modules while the class is built.
    sys.modules[spec.name] = module
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    return module


def test_check_covid_build_maps_labels_and_cuts_settling_sentences_from_nei_sources(tmp_path):
    build = _load_build_script()
    corpus = tmp_path / "corpus"
    for name in ("dev", "test"):
        (corpus / name).mkdir(parents=True)
    sentences = [
        "Background.",
        "We tested saliva samples in 30 min.",
        "Sensitivity was 97%.",
        "Samples came from 200 patients.",
    ]
    (corpus / "corpus.json").write_text(
        json.dumps({"cord_id": "abc123", "title": "Saliva testing", "abstract": sentences}) + "\n"
    )
    claim = "The test takes thirty minutes."
    group = [
        {"id": "g1_0", "claim": "The test takes  a day.", "cord_id": "abc123", "label": "REFUTE",
         "evidence_set": [{"sent_index": 1, "type": "PRIMARY"}], "is_auth": False},
        {"id": "g1_1", "claim": claim, "cord_id": "abc123", "label": "SUPPORT",
         "evidence_set": [{"sent_index": 1, "type": "PRIMARY"}, {"sent_index": 2, "type": "SUPPLEMENTARY"}],
         "is_auth": True},
        {"id": "g1_2", "claim": claim, "cord_id": "abc123", "label": "NOTENOUGHINFO",
         "evidence_set": [{"sent_index": 3, "type": "PRIMARY"}], "is_auth": False},
    ]
    lines = "".join(json.dumps(record) + "\n" for record in group)
    (corpus / "dev" / "covidCheck_dev_composed+extracted.json").write_text(lines)
    (corpus / "test" / "covidCheck_test_composed.json").write_text("")
    (corpus / "test" / "covidCheck_test_extracted.json").write_text("")
    (corpus / "LICENSE").write_text("MIT License\n")

    counts = build.build(corpus, tmp_path / "out")

    assert counts == {"dev": 3, "test": 0, "sources": 2}
    items = load(tmp_path / "out" / "dev.jsonl")
    assert [item["label"] for item in items] == ["refuted", "supported", "not_enough_info"]
    assert items[0]["claim"] == "The test takes a day."  # whitespace collapsed
    assert items[1]["source"] == items[0]["source"]
    assert items[1]["source"].endswith("?cord_uid=abc123")
    assert items[2]["source"] == items[1]["source"] + "&without=1,2"
    assert "We tested saliva samples in 30 min." in items[1]["note"]
    sources = {line["key"]: line for line in load(tmp_path / "out" / "sources.jsonl")}
    assert sources[items[1]["source"]]["text"] == " ".join(sentences)
    assert sources[items[2]["source"]]["text"] == "Background. Samples came from 200 patients."
    assert sources[items[2]["source"]]["title"] == "Saliva testing"
    assert {source.key for source in iter_snapshot(tmp_path / "out" / "sources.jsonl")} == set(sources)
    assert (tmp_path / "out" / "LICENSE").read_text() == "MIT License\n"
