"""Reading tidings' YAML data files.

The loader follows YAML 1.2 for booleans: only true/false are booleans, so a preposition
list such as [on, off] stays a list of words (YAML 1.1 would read them as true/false).
Dates are read as text.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from .errors import DataFileError


_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's parser when present


class _Loader(_Base):  # type: ignore[misc, valid-type]
    pass


# Dates stay text, checked by each file's reader (an impossible date such as 2020-13-01
# must become a clear problem report, not a crash inside the YAML parser).
_Loader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers
          if tag not in ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp")]
    for key, resolvers in _Base.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|false|True|False)$"),
                              list("tTfF"))


def load_yaml(path: Path) -> Any:
    """Parse a data file; a syntax error becomes a DataFileError naming the file and line."""
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    except yaml.YAMLError as exc:
        raise DataFileError(str(path), [f"not valid YAML: {exc}"]) from None
    except OSError as exc:
        raise DataFileError(str(path), [f"cannot read: {exc}"]) from None
