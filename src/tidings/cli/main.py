"""`tidings` command line: one module per command, each with `add_parser` and `run`."""
from __future__ import annotations

import argparse
import logging
import sys
from typing import Sequence

from ..errors import TidingsError
from . import check, evaluate, export, extract, ingest, query, serve

COMMANDS = [extract, ingest, query, export, serve, evaluate, check]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tidings",
        description="Turn news into political event data: who did what to whom (CAMEO, PLOVER).")
    parser.add_argument("--config", metavar="FILE", help="settings file (TOML) overriding defaults")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in COMMANDS:
        module.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(message)s")
    try:
        return int(args.func(args) or 0)
    except TidingsError as exc:
        print(f"tidings: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("tidings: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
