"""The `tidings` command: a thin layer over plain functions that return values."""
