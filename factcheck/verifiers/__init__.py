"""Verifier registry.

A verifier turns a claim and the sources it cites into a ``Verdict``. The
built-in ones (``lexical``, the default, and ``naive``, the fuzzy-matching
baseline) register through the same hook an optional backend would use
(an NLI model, an OpenAI-compatible LLM endpoint): ``register(name, factory)``.
Factories are called lazily, so a backend's heavy imports happen only when it
is chosen.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol, runtime_checkable

from factcheck.errors import ConfigError
from factcheck.types import Source, Verdict


@runtime_checkable
class Verifier(Protocol):
    name: str
    version: str  # bumped when behaviour changes: the pipeline re-checks articles then

    def verify(
        self,
        claim_id: str,
        text: str,
        language: str,
        sources: Sequence[Source],
        *,
        article_date: str | None = None,
        other_versions: Sequence[Source] = (),
    ) -> Verdict: ...


_FACTORIES: dict[str, Callable[[], Verifier]] = {}
_INSTANCES: dict[str, Verifier] = {}


def register(name: str, factory: Callable[[], Verifier]) -> None:
    """Make a verifier available under ``name`` (replaces an earlier one of that name)."""
    _FACTORIES[name] = factory
    _INSTANCES.pop(name, None)


def available() -> list[str]:
    return sorted(_FACTORIES)


def get_verifier(name: str = "lexical") -> Verifier:
    """The verifier registered as ``name``; ``ConfigError`` for an unknown name."""
    if name not in _FACTORIES:
        raise ConfigError(f"unknown verifier {name!r}; available: {', '.join(available())}")
    if name not in _INSTANCES:
        _INSTANCES[name] = _FACTORIES[name]()
    return _INSTANCES[name]


def _lexical() -> Verifier:
    from factcheck.verifiers.lexical import LexicalVerifier

    return LexicalVerifier()


def _naive() -> Verifier:
    from factcheck.verifiers.naive import NaiveVerifier

    return NaiveVerifier()


register("lexical", _lexical)
register("naive", _naive)
