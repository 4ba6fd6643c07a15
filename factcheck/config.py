"""Configuration files: ``[tool.factcheck]`` in pyproject.toml, or factcheck.toml / .factcheck.toml.

Precedence is CLI > environment (``FACTCHECK_*``) > file > defaults. click
already resolves options in that order when the file's values are handed to
it as ``default_map``, so this module only finds and validates the file and
shapes its values for click.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError

FILE_NAMES = ("factcheck.toml", ".factcheck.toml", "pyproject.toml")

# Keys a file may set, and the commands each one applies to ("" = the group).
KNOWN_KEYS: dict[str, tuple[str, ...]] = {
    "db": ("",),
    "offline": ("",),
    "allow-private": ("",),
    "progress": ("",),
    "format": ("check", "verify", "report"),
    "fail-on": ("check", "report"),
    "exit-zero": ("check", "report"),
    "baseline": ("check",),
    "verifier": ("check", "verify", "eval"),
    "similar-threshold": ("check",),
}


@dataclass(frozen=True)
class Config:
    path: Path | None
    values: dict[str, Any] = field(default_factory=dict)

    def default_map(self) -> dict[str, Any]:
        """The values in the nested form click's ``default_map`` takes."""
        result: dict[str, Any] = {}
        for key, value in self.values.items():
            param = key.replace("-", "_")
            if param == "progress":  # the flag is spelled --no-progress
                param, value = "no_progress", not value
            for command in KNOWN_KEYS[key]:
                target = result if command == "" else result.setdefault(command, {})
                target[param] = value
        return result


def find_config_file(start: Path) -> Path | None:
    """The nearest config file from ``start`` upwards; pyproject.toml only if it has our table."""
    for folder in (start, *start.parents):
        for name in FILE_NAMES:
            candidate = folder / name
            if not candidate.is_file():
                continue
            if name != "pyproject.toml" or "tool" in _read(candidate) and "factcheck" in _read(candidate)["tool"]:
                return candidate
    return None


def load_config(start: Path | None = None, path: Path | None = None) -> Config:
    found = path or find_config_file((start or Path.cwd()).resolve())
    if found is None:
        return Config(path=None)
    data = _read(found)
    table = data.get("tool", {}).get("factcheck", {}) if found.name == "pyproject.toml" else data
    if not isinstance(table, dict):
        raise ConfigError(f"{found}: [tool.factcheck] must be a table")
    values: dict[str, Any] = {}
    for raw_key, value in table.items():
        key = raw_key.replace("_", "-")
        if key not in KNOWN_KEYS:
            known = ", ".join(sorted(KNOWN_KEYS))
            raise ConfigError(f"{found}: unknown key {raw_key!r} (known: {known})")
        if key == "fail-on" and isinstance(value, list):
            value = ",".join(str(item) for item in value)
        values[key] = value
    return Config(path=found, values=values)


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML ({error})") from None
    except OSError as error:
        raise ConfigError(f"{path}: cannot read ({error.strerror})") from None
