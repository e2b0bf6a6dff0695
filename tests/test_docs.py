"""The docs keep up with the code: every setting and every lexicon field is documented."""
from __future__ import annotations

import sys

from tests.conftest import ROOT
from tidings.events.lexicon import KEYS

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

DATA_DOC = (ROOT / "docs" / "data-files.md").read_text(encoding="utf-8")


def test_docs_every_setting_is_documented():
    defaults = tomllib.loads((ROOT / "src" / "tidings" / "defaults.toml").read_text())
    for section, items in defaults.items():
        for key in items:
            assert f"`{section}.{key}`" in DATA_DOC, f"{section}.{key} is not in docs/data-files.md"


def test_docs_every_lexicon_field_is_documented():
    for key in KEYS:
        assert f"  {key}:" in DATA_DOC or f"- {key}:" in DATA_DOC, \
            f"lexicon field {key} is not in docs/data-files.md"


def test_docs_every_command_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    from tidings.cli.main import COMMANDS

    for module in COMMANDS:
        name = module.__name__.rsplit(".", 1)[-1].replace("evaluate", "eval").replace(
            "check", "check-data")
        assert f"tidings {name}" in readme, f"`tidings {name}` is not in the README"
