"""Column letters and numbers, 1-based as the spreadsheet shows them (no openpyxl import: cheap to load)."""
from __future__ import annotations

import re

MAX_COLUMN = 16384  # XFD
# the characters a cell cannot hold: the control characters openpyxl's ILLEGAL_CHARACTERS_RE refuses, and the two
# non-characters XML refuses (a file holding them is one no reader opens)
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")
_ILLEGAL = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]|[\ufffe\uffff]")


def safe_text(text: str) -> str:
    """Text a cell can hold: each control character replaced by U+FFFD."""
    return _ILLEGAL.sub("\ufffd", text)


def sheet_title(name: str, used: set | None = None) -> str:
    """A legal, unique sheet title from any name (no []:*?/\\, at most 31 characters)."""
    title = _BAD_SHEET_CHARS.sub(" ", safe_text(name or "")).replace("\ufffd", " ")[:28].strip() or "Sheet"
    if used is None:
        return title
    base, n = title, 2
    while title in used:
        title, n = f"{base[:25]} {n}", n + 1
    used.add(title)
    return title


def column_letter(n: int) -> str:
    """1 -> 'A', 26 -> 'Z', 27 -> 'AA', 16384 -> 'XFD'."""
    if not isinstance(n, int) or not 1 <= n <= MAX_COLUMN:
        raise ValueError(f"column number out of range: {n!r}")
    letters = ""
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def column_index(letters: str) -> int:
    """'A' -> 1, 'AA' -> 27, 'xfd' -> 16384."""
    text = letters.strip().upper() if isinstance(letters, str) else ""
    if not text or len(text) > 3 or not all("A" <= ch <= "Z" for ch in text):
        raise ValueError(f"not a column letter: {letters!r}")
    n = 0
    for ch in text:
        n = n * 26 + ord(ch) - 64
    if n > MAX_COLUMN:
        raise ValueError(f"column out of range: {letters!r}")
    return n
