"""Lemmas and dictionary membership, from simplemma, with its dictionaries kept ready on disk.

simplemma ships each language's dictionary LZMA-compressed and front-coded;
decoding one takes 0.4 to 0.7 s, and a French article checked against an
English source needs two. That was most of the start-up of ``factcheck
check``. simplemma's own trie-backed dictionary factory (marisa-trie) stores
each decoded dictionary once in a cache folder and then opens it in a few
milliseconds, with the same entries: lemmas do not change, only where the
dictionary comes from.

The folder is ``$FACTCHECK_CACHE_DIR`` when set, else the user's cache folder
(``~/.cache/factcheck`` on Linux), under the simplemma version. When it cannot
be written, the dictionary is built in memory for the process, as before.
"""

from __future__ import annotations

import functools
import os
import tempfile
from pathlib import Path


def cache_folder() -> Path:
    """Where the decoded dictionaries live (one file per language, per simplemma version)."""
    from simplemma.__metadata__ import __version__ as simplemma_version

    configured = os.environ.get("FACTCHECK_CACHE_DIR")
    if configured:
        base = Path(configured)
    else:
        from platformdirs import user_cache_dir

        base = Path(user_cache_dir("factcheck"))
    return base / "lemmas" / f"simplemma-{simplemma_version}"


def language_code(language: str) -> str:
    """The two languages we read: French, and English for everything else."""
    return "fr" if language.lower().startswith("fr") else "en"


def lemmatize(word: str, language: str) -> str:
    """The lemma of a word; the word itself when simplemma has nothing for it."""
    try:
        return _lemmatizer().lemmatize(word, language_code(language))
    except Exception:  # simplemma raises on odd input (empty, symbols): the word is its own lemma
        return word


def is_known(word: str, language: str) -> bool:
    """Whether the word is an entry of the language's dictionary (as written, after NFC)."""
    from simplemma.utils import normalize_token

    try:
        return _lookup().get_lemma(normalize_token(word), language_code(language)) is not None
    except Exception:
        return False


@functools.cache
def _factory():  # type: ignore[no-untyped-def]
    from simplemma.strategies.dictionaries import TrieDictionaryFactory

    class AtomicTrieFactory(TrieDictionaryFactory):
        """Writes each dictionary under a temporary name and renames it into place.

        Two processes starting together would otherwise let one open the
        other's half-written file.
        """

        def _write_trie_to_disk(self, lang, trie) -> None:  # type: ignore[no-untyped-def]
            folder = self._cache_dir
            folder.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{lang}.", suffix=".tmp")
            os.close(handle)
            try:
                trie.save(temporary)
                os.replace(temporary, folder / f"{lang}.dic")
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise

    return AtomicTrieFactory(disk_cache_dir=str(cache_folder()))


@functools.cache
def _lemmatizer():  # type: ignore[no-untyped-def]
    from simplemma import Lemmatizer
    from simplemma.strategies import DefaultStrategy

    return Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=_factory()))


@functools.cache
def _lookup():  # type: ignore[no-untyped-def]
    from simplemma.strategies import DictionaryLookupStrategy

    return DictionaryLookupStrategy(_factory())
