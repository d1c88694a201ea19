"""Vietnamese text: NFC normalisation, search folding (tone marks off, đ -> d) and name sorting."""
from __future__ import annotations

import functools
import re
import unicodedata

_SPACES = re.compile(r"\s+")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # control characters that are not spacing
_D = str.maketrans({"đ": "d", "Đ": "d"})

# Vietnamese alphabetical order; the letters not listed (f, j, w, z) sort after their Latin neighbours.
_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_LETTER_RANK = {ch: i for i, ch in enumerate(_ALPHABET)}
# Tone marks are compared second, in the usual order: none, huyền, sắc, hỏi, ngã, nặng.
_TONES = {"\u0300": 1, "\u0301": 2, "\u0309": 3, "\u0303": 4, "\u0323": 5}
# Marks that make a letter of its own (ă â ê ô ơ ư); everything else combining is a tone.
_LETTER_MARKS = {"\u0306", "\u0302", "\u031b"}


def clean(value) -> str:
    """NFC-normalise, drop control characters (a list copied from another program may carry them), trim and
    collapse inner spaces. None becomes ''; a whole number from a spreadsheet cell (2030.0) is written as typed
    (2030)."""
    if value is None:
        return ""
    if value.__class__ is str and value.isprintable() and "  " not in value and \
            (value.isascii() or unicodedata.is_normalized("NFC", value)):
        return value.strip()  # the common case, clean already but for the ends: printable text has no space but ' '
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return _SPACES.sub(" ", _CONTROL.sub("", unicodedata.normalize("NFC", str(value)))).strip()


def _unmarked(text: str) -> str:
    text = unicodedata.normalize("NFD", text.translate(_D))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


# every Latin letter with marks (Vietnamese's among them) to its unmarked letter, and the combining marks to
# nothing, for one str.translate; other scripts' marks take the long way in fold(), to the same result. (The Latin
# blocks only: built over 0xC0-0x1EFF whole, the table cost a command 12 ms to start.)
_LATIN = (*range(0xC0, 0x250), *range(0x300, 0x370), *range(0x1E00, 0x1F00))
_FOLD = str.maketrans({chr(c): _unmarked(chr(c)) for c in _LATIN
                       if _unmarked(chr(c)) != chr(c) and _unmarked(chr(c)).isascii()})


def fold(value) -> str:
    """Search form: lower case, no tone or letter marks, đ as d, spaces collapsed ('Đức' -> 'duc')."""
    text = clean(value).lower().translate(_FOLD)
    return text if text.isascii() else _unmarked(text)   # other scripts' marks: the long way


def _letter_key(word: str) -> tuple:
    if word.isascii():   # no marks: each letter its rank, no tones
        ranks = tuple(_LETTER_RANK.get(ch, 100 + ord(ch)) for ch in word.lower())
        return ranks, (0,) * len(ranks)
    letters, tones = [], []
    for ch in unicodedata.normalize("NFC", word.lower()):
        base = unicodedata.normalize("NFD", ch)
        tone = 0
        kept = base[0]
        for mark in base[1:]:
            if mark in _TONES:
                tone = _TONES[mark]
            elif mark in _LETTER_MARKS:
                kept += mark
        letter = unicodedata.normalize("NFC", kept)
        letters.append(_LETTER_RANK.get(letter, 100 + ord(letter[0])))
        tones.append(tone)
    return tuple(letters), tuple(tones)


@functools.lru_cache(maxsize=1 << 16)
def word_key(word: str) -> tuple:
    """Key that orders single words the Vietnamese way: letters first, tone marks second (remembered: names are made
    of few words, and a package or a list of 100.000 people asks for each of them many times)."""
    letters, tones = _letter_key(word)
    return letters, tones


def _ordered(full_name: str) -> list[str]:
    """The name's words in list order: given name (last word), then middle names, then family name."""
    words = clean(full_name).split(" ")
    if not words or words == [""]:
        return []
    return [words[-1]] + words[1:-1] + words[:1] if len(words) > 1 else words


def name_sort_key(full_name: str) -> tuple:
    """Order people as Vietnamese lists do: given name (last word), then middle names, then family name."""
    keys = [word_key(w) for w in _ordered(full_name)]
    return tuple(k[0] for k in keys), tuple(k[1] for k in keys)


def _sort_chars(letters: tuple, tones: tuple) -> tuple[str, str]:
    return "".join(chr(0x21 + min(r, 0x5D)) if r < 100 else chr(0x7E) for r in letters), "".join(map(str, tones))


def _sort_tables() -> tuple[dict, dict, dict]:
    """str.translate tables from each printable ASCII or precomposed Latin character (lower case) to its letter and
    its tone as name_sort_text() writes them, and one that deletes those characters: a word made of them alone is
    written a character at a time (a package's 100.000 people may each have a given name of their own; the long
    way took 26 µs a name)."""
    letters, tones = {}, {}
    for c in (*range(0x20, 0x7F), *range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
        ch = chr(c)
        if ch.lower() != ch or not ch.isprintable():
            continue
        letter, tone = _sort_chars(*_letter_key(ch))
        if len(letter) == len(tone) == 1:
            letters[c], tones[c] = letter, tone
    return letters, tones, dict.fromkeys(letters)


_SORT_LETTERS, _SORT_TONES, _SORTABLE = _sort_tables()


@functools.lru_cache(maxsize=1 << 16)
def _word_sort_text(word: str) -> tuple[str, str]:
    """A word's letters and tones as name_sort_text() writes them (remembered, as word_key)."""
    low = word.lower()
    if not low.translate(_SORTABLE):  # precomposed letters only (no combining mark to join a neighbour)
        return low.translate(_SORT_LETTERS), low.translate(_SORT_TONES)
    return _sort_chars(*word_key(word))


def name_sort_text(full_name: str) -> str:
    """A string whose plain (binary) order is name_sort_key's order, to store in an indexed column."""
    pieces = [_word_sort_text(w) for w in _ordered(full_name)]
    return " ".join(p[0] for p in pieces) + "\x01" + "".join(p[1] for p in pieces)
