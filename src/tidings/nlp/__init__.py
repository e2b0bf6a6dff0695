"""Parsing: load spaCy once, prepare block text, parse the blocks that can hold events."""
