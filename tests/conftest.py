"""Shared pytest set-up. Area-specific helpers live in tests/support_*.py."""

from __future__ import annotations

import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"


@pytest.fixture
def fixtures_dir() -> pathlib.Path:
    return FIXTURES
