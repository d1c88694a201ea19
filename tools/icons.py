"""Write the window's icons as SVG files into resources/icons/ from the Material Design Icons font.

    pip install qtawesome fonttools    # development only: the app reads the SVG files, not these packages
    python tools/icons.py

Material Design Icons (Pictogrammers, Apache License 2.0) come with qtawesome as a font; each icon named in
ICONS is drawn from its glyph into NAME.svg (dark, for normal buttons and the sidebar) and NAME-light.svg (white,
for the selected sidebar row and the primary buttons). The app loads them through ui/look.py; Qt's SVG engine
draws them sharp at any scale, with no font or extra package at run time.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import qtawesome
from fontTools.pens.svgPathPen import SVGPathPen
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "icons"
FONT, VERSION = "materialdesignicons6-webfont", "6.9.96"
COLOURS = {"": "#37474f", "-light": "#ffffff"}
# our name -> the Material Design Icons name
ICONS = {
    "overview": "view-dashboard-outline", "plan": "clipboard-text-outline", "units": "map-marker-outline",
    "conferences": "calendar-month-outline", "groups": "account-group-outline", "people": "account-multiple-outline",
    "reports": "chart-bar", "sync": "sync", "settings": "cog-outline",
    "add": "plus", "edit": "pencil-outline", "delete": "delete-outline", "import": "file-import-outline",
    "export": "file-export-outline", "excel": "microsoft-excel", "invite": "email-outline", "checkin": "qrcode-scan",
    "outcome": "clipboard-check-outline", "duplicates": "account-multiple-check-outline",
    "schedule": "calendar-plus", "menu": "chevron-down", "print": "printer-outline", "search": "magnify",
    "held": "check-circle-outline", "postponed": "clock-outline", "cancelled": "close-circle-outline",
    "save": "content-save-outline", "undo": "undo", "list": "format-list-bulleted",
    "calendar": "calendar-month-outline", "folder": "folder-open-outline", "add-person": "account-plus-outline",
}
LICENCE = "<!-- Material Design Icons, {name} (Pictogrammers, Apache License 2.0); written by tools/icons.py -->"


def main() -> int:
    fonts = Path(qtawesome.__file__).parent / "fonts"
    charmap = json.loads((fonts / f"{FONT}-charmap-{VERSION}.json").read_text(encoding="utf-8"))
    font = TTFont(fonts / f"{FONT}-{VERSION}.ttf")
    glyphs, cmap = font.getGlyphSet(), font.getBestCmap()
    em, ascent = font["head"].unitsPerEm, font["hhea"].ascent
    OUT.mkdir(parents=True, exist_ok=True)
    for ours, name in ICONS.items():
        pen = SVGPathPen(glyphs)
        glyph = glyphs[cmap[int(charmap[name], 16)]]
        glyph.draw(pen)
        for suffix, colour in COLOURS.items():
            svg = (f'{LICENCE.format(name=name)}\n<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" '
                   f'viewBox="0 0 {em} {em}"><path fill="{colour}" transform="matrix(1 0 0 -1 0 {ascent})" '
                   f'd="{pen.getCommands()}"/></svg>\n')
            (OUT / f"{ours}{suffix}.svg").write_text(svg, encoding="utf-8")
    print(f"wrote {len(ICONS) * len(COLOURS)} icons to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
