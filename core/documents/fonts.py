"""The documents' typeface: Times New Roman when the system has it (Windows offices do), else the bundled
Liberation Serif (resources/fonts, SIL OFL), metric-compatible with Times and complete for Vietnamese.

Registered with reportlab as one family under our own names (REGULAR, BOLD, ITALIC, BOLD_ITALIC): reportlab
embeds and subsets TrueType fonts, and its base fonts (Helvetica…) are Latin-1 only, so nothing else is used.
"""
from __future__ import annotations

import os
import sys
from functools import lru_cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from core.resources import RESOURCES

REGULAR, BOLD, ITALIC, BOLD_ITALIC = "Doc", "Doc-Bold", "Doc-Italic", "Doc-BoldItalic"
_TIMES = {REGULAR: "times.ttf", BOLD: "timesbd.ttf", ITALIC: "timesi.ttf", BOLD_ITALIC: "timesbi.ttf"}
_BUNDLED = {REGULAR: "LiberationSerif-Regular.ttf", BOLD: "LiberationSerif-Bold.ttf",
            ITALIC: "LiberationSerif-Italic.ttf", BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf"}


def font_folders() -> list[Path]:
    """Where the system keeps fonts: Windows' Fonts folders first (machine, then user), then macOS and Linux."""
    folders = []
    if sys.platform == "win32":
        folders.append(Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts")
        if os.environ.get("LOCALAPPDATA"):
            folders.append(Path(os.environ["LOCALAPPDATA"]) / "Microsoft" / "Windows" / "Fonts")
    folders += [Path("/Library/Fonts"), Path.home() / "Library" / "Fonts", Path("/usr/share/fonts"),
                Path("/usr/local/share/fonts"), Path.home() / ".fonts"]
    return [f for f in folders if f.is_dir()]


def _times_files(folders: list[Path]) -> dict[str, Path] | None:
    """The four Times New Roman files, looked up case-blind (Linux ms-fonts spell them Times_New_Roman.ttf…)."""
    wanted = {name.lower(): style for style, name in _TIMES.items()}
    wanted |= {"times_new_roman.ttf": REGULAR, "times_new_roman_bold.ttf": BOLD,
               "times_new_roman_italic.ttf": ITALIC, "times_new_roman_bold_italic.ttf": BOLD_ITALIC}
    found: dict[str, Path] = {}
    for folder in folders:
        # Windows keeps them at the top of Fonts; Linux packages one or two folders down
        for path in [*folder.glob("*.tt[fF]"), *folder.glob("*/*.tt[fF]"), *folder.glob("*/*/*.tt[fF]")]:
            style = wanted.get(path.name.lower())
            if style and style not in found:
                found[style] = path
        if len(found) == 4:
            return found
    return None


@lru_cache(maxsize=None)
def register(prefer_system: bool = True) -> str:
    """Register the family once; returns the name of the face used ('Times New Roman' or 'Liberation Serif')."""
    files = _times_files(font_folders()) if prefer_system and not os.environ.get("VANDONG_BUNDLED_FONT") else None
    face = "Times New Roman"
    if files is None:
        files = {style: RESOURCES / "fonts" / name for style, name in _BUNDLED.items()}
        face = "Liberation Serif"
    for style, path in files.items():
        pdfmetrics.registerFont(TTFont(style, str(path)))
    width.cache_clear()
    for bold, italic, style in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, ITALIC), (1, 1, BOLD_ITALIC)):
        addMapping(REGULAR, bold, italic, style)  # <b> and <i> inside a paragraph pick the right file
    return face


@lru_cache(maxsize=1 << 16)
def width(text: str, font: str, size: float) -> float:
    """The text's width in points; cached, as a batch measures the same words on every page."""
    return pdfmetrics.stringWidth(text, font, size)
