"""QR codes drawn as filled rectangles: segno makes the matrix, each row's runs of dark modules become one
rectangle of one path. reportlab's own QR widget costs 8-13 ms a code; this is under a millisecond.

segno.make() would pick a Micro QR for short data, which zbar and many USB scanners do not read: make_qr only.
"""
from __future__ import annotations

import segno

QUIET_ZONE = 4  # modules of white around the code, as the standard asks
MASK = 4
BLEED = 8  # in hundredths of a module: rows overlap a little, no hairline seam when a page is rendered smoothed


def matrix(data: str) -> tuple:
    # One fixed mask: any of the eight is valid and read alike; choosing the best by its penalty score costs
    # segno ~2 ms a code, six times the rest of the encoding.
    return segno.make_qr(data, error="m", boost_error=False, mask=MASK).matrix


def draw(c, data: str, x: float, y: float, size: float) -> None:
    """The code for data in a size × size square (quiet zone included) whose bottom left corner is (x, y)."""
    rows = matrix(data)
    modules = len(rows) + 2 * QUIET_ZONE
    c.saveState()
    c.translate(x, y)
    c.scale(size / (modules * 100), size / (modules * 100))  # a module is 100 units: every corner a whole number
    top, left, bleed = (modules - QUIET_ZONE) * 100, QUIET_ZONE * 100, BLEED
    ops = []
    for r, row in enumerate(rows):
        start = None
        for col, dark in enumerate((*row, 0)):  # a light module after the last closes a run at the edge
            if dark and start is None:
                start = col
            elif not dark and start is not None:
                ops.append(f"{left + start * 100} {top - (r + 1) * 100 - bleed} {(col - start) * 100} {100 + bleed} re")
                start = None
    # one path, filled with the non-zero rule ('f'; even-odd would punch holes where rows overlap), written as
    # PDF operators: 100 rectangles a code through reportlab's path object cost more than the encoding
    c.addLiteral(" ".join(ops) + " f")
    c.restoreState()
