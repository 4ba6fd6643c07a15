"""Lemmas come from simplemma's dictionaries, decoded once into a cache folder."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from factcheck import lemmas

WORDS = {
    "en": ["models", "trained", "outperforms", "parameters", "better", "studies", "was", "smallest"],
    "fr": ["modèles", "entraînés", "surpassé", "paramètres", "meilleurs", "était", "semaines", "dépassait"],
}


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    """Point the cache at an empty folder and forget the dictionaries already opened."""
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path / "cache"))
    for cached in (lemmas._factory, lemmas._lemmatizer, lemmas._lookup):
        cached.cache_clear()
    yield tmp_path / "cache"
    for cached in (lemmas._factory, lemmas._lemmatizer, lemmas._lookup):
        cached.cache_clear()


@pytest.mark.parametrize("language", ["en", "fr"])
def test_same_lemmas_and_membership_as_simplemma_defaults(fresh_cache, language):
    import simplemma

    for word in WORDS[language]:
        assert lemmas.lemmatize(word, language) == simplemma.lemmatize(word, lang=language)
        assert lemmas.is_known(word, language) == simplemma.is_known(word, lang=language)
    assert lemmas.lemmatize("surpassé", "fr") == "surpasser"
    assert lemmas.lemmatize("models", "en") == "model"


def test_each_language_is_decoded_once_into_the_cache_folder(fresh_cache):
    lemmas.lemmatize("modèles", "fr")
    folder = lemmas.cache_folder()
    assert folder.is_relative_to(fresh_cache)
    assert sorted(p.name for p in folder.iterdir()) == ["fr.dic"]  # no temporary file left behind
    # a new process opens the stored file instead of decoding simplemma's data again
    script = "from factcheck import lemmas; print(lemmas.lemmatize('modèles', 'fr'))"
    env = {**os.environ, "FACTCHECK_CACHE_DIR": str(fresh_cache)}
    before = (folder / "fr.dic").stat().st_mtime_ns
    out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "modèle"
    assert (folder / "fr.dic").stat().st_mtime_ns == before


def test_an_unwritable_cache_folder_still_gives_lemmas(fresh_cache, monkeypatch, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(blocker))
    assert lemmas.lemmatize("paramètres", "fr") == "paramètre"
    assert lemmas.is_known("paramètres", "fr")
    assert blocker.read_text() == "not a folder"


def test_odd_input_is_its_own_lemma(fresh_cache):
    assert lemmas.lemmatize("", "en") == ""
    assert not lemmas.is_known("", "en")
