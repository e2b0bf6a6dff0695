"""Enrichment: quotes with speakers, amounts, dates and places, and the article's entities."""
