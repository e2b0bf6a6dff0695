"""The HTTP API and the workbench's server (FastAPI). The core never imports this package."""
from .app import create_app

__all__ = ["create_app"]
