"""One family of errors. Messages say what went wrong and what to do about it."""
from __future__ import annotations


class TidingsError(Exception):
    """Base class of every error tidings raises on purpose."""


class InputError(TidingsError):
    """This document cannot be processed. The batch records it and goes on."""


class DataFileError(TidingsError):
    """A dictionary, lexicon or codebook file is invalid.

    Carries every problem found in the file, so a user can fix it in one pass.
    """

    def __init__(self, path: str, problems: list[str]):
        self.path = path
        self.problems = list(problems)
        lines = "\n".join(f"  - {p}" for p in self.problems)
        super().__init__(f"{path}: {len(self.problems)} problem(s):\n{lines}")


class ConfigError(TidingsError):
    """A setting has a value tidings cannot use."""


class StoreError(TidingsError):
    """The database cannot be read or written."""
