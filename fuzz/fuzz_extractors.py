"""Fuzz the article readers and extractors.

Runs under atheris (coverage-guided, libFuzzer) when it is installed, and
falls back to a plain loop of random and mutated inputs otherwise. Any
exception other than the package's own input errors, or a broken offset
invariant, is a crash.

    python fuzz/fuzz_extractors.py --runs 100000            # atheris if available
    python fuzz/fuzz_extractors.py --plain --runs 20000      # the plain loop
    python fuzz/fuzz_extractors.py fuzz/corpus -max_total_time=600   # libFuzzer flags pass through
"""

from __future__ import annotations

import argparse
import pathlib
import random
import sys
import time
import traceback

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

try:
    import atheris
except ImportError:  # the plain loop below needs nothing
    atheris = None

# Filled by load(): imported only after atheris (if used) can instrument them.
extract_claims = InputError = ReferenceError_ = article_from_bytes = None
find_references = link_references = parse_reference = None


def load(instrument: bool) -> None:
    def do_import() -> None:
        global extract_claims, InputError, ReferenceError_, article_from_bytes
        global find_references, link_references, parse_reference
        from factcheck import claims, errors, ingest, references

        extract_claims = claims.extract_claims
        InputError, ReferenceError_ = errors.InputError, errors.ReferenceError_
        article_from_bytes = ingest.article_from_bytes
        find_references = references.find_references
        link_references = references.link_references
        parse_reference = references.parse_reference

    if instrument:
        with atheris.instrument_imports(include=["factcheck"]):
            do_import()
    else:
        do_import()


LOCATIONS = ("a.txt", "a.md", "a.html", "a.unknown")
SEEDS = ROOT / "fixtures" / "articles"


def check(data: bytes) -> None:
    """One input through every extractor, with the invariants users rely on."""
    if not data:
        return
    location = LOCATIONS[data[0] % len(LOCATIONS)]
    body = data[1:]
    try:
        article = article_from_bytes(body, location=location)
    except InputError:
        article = None
    if article is not None:
        for text_start, raw_start, length in article.segments:
            assert article.text[text_start : text_start + length] == article.raw[raw_start : raw_start + length]
        claims = extract_claims(article)
        previous_end = 0
        for claim in claims:
            assert article.text[claim.start : claim.end] == claim.text, claim
            assert claim.start >= previous_end
            previous_end = claim.end
            article.line_col(claim.start)
        link_references(article.text, claims, find_references(article.text))
    text = body.decode("utf-8", "replace")
    for reference in find_references(text):
        assert text[reference.start : reference.end] == reference.raw, reference
        assert parse_reference(reference.raw).label == reference.label, reference
    try:
        parse_reference(text[:200])
    except ReferenceError_:
        pass


def seed_inputs() -> list[bytes]:
    seeds = []
    for path in sorted(SEEDS.glob("*")):
        if path.suffix in (".txt", ".md", ".html"):
            seeds.append(bytes([LOCATIONS.index("a" + path.suffix)]) + path.read_bytes())
    return seeds


def mutate(data: bytes, rng: random.Random) -> bytes:
    """Byte flips, insertions, deletions and splices, the usual cheap mutations."""
    buffer = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        choice = rng.random()
        position = rng.randrange(len(buffer) + 1)
        if choice < 0.3 and buffer:
            buffer[min(position, len(buffer) - 1)] = rng.randrange(256)
        elif choice < 0.55:
            buffer[position:position] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
        elif choice < 0.8 and buffer:
            del buffer[position : position + rng.randint(1, 64)]
        else:
            fragment = rng.choice(
                [b"arXiv:2404.14219v2", b"https://arxiv.org/pdf/", b"doi:10.1038/", b"<!-- factcheck off -->",
                 b"<!-- factcheck-disable-next-line -->\n", b"[x](https://e.org/(a)", b"```", b"<a href='", b"&#x",
                 b"\xef\xbb\xbf", b"\xff\xfe", b"Source : ", b"\n\n", b". ", b"\xc3", b"\xe2\x80\xaf"]
            )
            buffer[position:position] = fragment
    return bytes(buffer)


def plain_loop(runs: int, seed: int, max_len: int) -> int:
    rng = random.Random(seed)
    seeds = seed_inputs()
    started = time.monotonic()
    crashes = 0
    for run in range(runs):
        if seeds and rng.random() < 0.7:
            data = mutate(rng.choice(seeds), rng)[:max_len]
        else:
            data = bytes(rng.randrange(256) for _ in range(rng.randint(0, 256)))
        try:
            check(data)
        except Exception:  # a crash: report it with the input that caused it
            crashes += 1
            crash_file = ROOT / "fuzz" / f"crash-{seed}-{run}.bin"
            crash_file.write_bytes(data)
            print(f"crash at run {run}, input saved to {crash_file}", file=sys.stderr)
            traceback.print_exc()
    elapsed = time.monotonic() - started
    print(f"plain loop: {runs} executions in {elapsed:.1f} s, {crashes} crashes", file=sys.stderr)
    return 1 if crashes else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--max-len", type=int, default=16384)
    parser.add_argument("--plain", action="store_true", help="use the plain random loop even if atheris is installed")
    known, rest = parser.parse_known_args()
    if atheris is None or known.plain:
        load(instrument=False)
        return plain_loop(known.runs, known.seed, known.max_len)
    load(instrument=True)
    corpus = [arg for arg in rest if not arg.startswith("-")]
    if not corpus:
        # Start from the sample articles so the fuzzer begins with real structure.
        directory = ROOT / "fuzz" / "corpus"
        directory.mkdir(exist_ok=True)
        for index, data in enumerate(seed_inputs()):
            (directory / f"seed-{index}").write_bytes(data)
        rest = [*rest, str(directory)]
    argv = [sys.argv[0], f"-runs={known.runs}", f"-seed={known.seed}", f"-max_len={known.max_len}", *rest]
    atheris.Setup(argv, check)
    atheris.Fuzz()
    return 0


if __name__ == "__main__":
    sys.exit(main())
