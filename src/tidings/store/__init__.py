"""The embedded store: SQLite in WAL mode (see docs/store.md for the schema and the choice)."""
from .db import Store, default_db_path

__all__ = ["Store", "default_db_path"]
