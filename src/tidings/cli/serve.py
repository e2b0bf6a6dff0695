"""`tidings serve`: the workbench and the HTTP API."""
from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from ..errors import ConfigError
from ..store.db import Store, default_db_path


def add_parser(sub: Any) -> None:
    p = sub.add_parser("serve", help="serve the workbench and the HTTP API",
                       description="Serve the workbench (pages) and the API (/api/, "
                                   "OpenAPI at /openapi.json) over a tidings database.")
    p.add_argument("--db", default=None, help=f"database file (default {default_db_path()})")
    p.add_argument("--host", default="127.0.0.1",
                   help="address to bind (default 127.0.0.1; any other needs --token)")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--token", default=os.environ.get("TIDINGS_TOKEN"),
                   help="access token every request must carry (or $TIDINGS_TOKEN)")
    p.add_argument("--max-upload", type=int, default=2_000_000,
                   help="largest request body in bytes (default 2 MB; larger gets 413)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from ..api.app import create_app, is_loopback

    if not is_loopback(args.host) and not args.token:
        raise ConfigError(f"binding to {args.host} exposes the workbench beyond this machine: "
                          "give --token (or set TIDINGS_TOKEN)")
    db = args.db or default_db_path()
    Store(db).close()  # create an empty database if there is none, so the pages work
    app = create_app(db, token=args.token, max_upload=args.max_upload)
    url = f"http://{args.host}:{args.port}/"
    if args.token:
        url += f"?token={args.token}"
    print(f"tidings workbench on {url} (database {db}); Ctrl-C stops it", file=sys.stderr,
          flush=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0
