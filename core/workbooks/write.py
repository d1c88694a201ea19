"""Writing workbooks: values made safe for a cell. (The administrative look, print setup and the
personal-data notice join here as the writers move into the layer.)"""
from __future__ import annotations

import datetime as dt
import math

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE


def cell_value(value):
    """A value openpyxl can write and a spreadsheet shows as the file had it: control characters (which openpyxl
    refuses) become U+FFFD, durations and times become text, NaN and infinities become text."""
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if isinstance(value, (dt.timedelta, dt.time)):
        return str(value)
    if isinstance(value, (int, float, dt.date)):
        return value
    return ILLEGAL_CHARACTERS_RE.sub("\ufffd", str(value))  # anything else a reader gave: as text
