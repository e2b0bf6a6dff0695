"""Readers: one per input format. Each yields `Article`s, or `Failure` records for inputs it
cannot read, so that one bad document never stops a batch."""
from .article import make_article, parse_date
from .csv import CsvColumns
from .readers import count_documents, read_path, read_paths

__all__ = ["make_article", "parse_date", "read_path", "read_paths", "count_documents",
           "CsvColumns"]
