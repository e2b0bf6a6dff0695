"""Plain text files: one article per file."""
from __future__ import annotations

from ..errors import InputError


def decode(data: bytes, what: str) -> str:
    """Bytes to text. Binary content (NUL bytes, undecodable bytes) is an InputError."""
    if b"\x00" in data[:65536]:
        raise InputError(f"{what} looks binary (it contains NUL bytes): give a text, HTML or JSONL file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise InputError(f"{what} is neither UTF-8 nor Windows-1252 text") from None
    controls = sum(1 for ch in text[:65536] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > 0.01 * max(1, min(len(text), 65536)):
        raise InputError(f"{what} looks binary ({controls} control characters)")
    return text.replace("\r\n", "\n").replace("\r", "\n")
