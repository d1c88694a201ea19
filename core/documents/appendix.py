"""Lists printed as appendices (Decree 30, Mẫu 2.1): a centred heading ('Phụ lục', the title in capitals, the
line tying it to its document) over a table whose header row repeats on every page; page numbers from page 2.
A list in sections (one collector's people each) starts each section on a new page.

Cells are wrapped here (core.documents.layout.wrap) into plain multi-line strings: reportlab's Paragraph in each
of 1.000 rows × 6 cells would cost more than the rest of a sheet. A citizen ID shows its last 4 digits only
(Decree 13/2023)."""
from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from core.documents import fonts, layout
from core.documents.layout import MARGINS, PAGE_HEIGHT, PAGE_WIDTH

SIZE = 11
LEADING = 1.3


def last_four(citizen_id: str | None) -> str:
    return f"…{citizen_id[-4:]}" if citizen_id else ""


def cell(text: str, width: float, font: str = fonts.REGULAR, size: float = SIZE, padding: float = 12) -> str:
    """The text wrapped to the cell's width less its padding (reportlab's default: 6 pt a side), as the lines of
    a plain table cell."""
    return "\n".join("".join(t for t, _f in line) for line in layout.wrap([(text, font)], size, width - padding))


class Heading(Flowable):
    """Centred lines over a list: 'Phụ lục', the title, what the list belongs to."""

    def __init__(self, lines: list[tuple[str, str, float]], width: float):
        super().__init__()
        self.width = width
        self.wrapped = [(layout.wrap([(text, font)], size, width), size) for text, font, size in lines]
        self.height = sum(len(w) * size * LEADING for w, size in self.wrapped)

    def wrap(self, *_args):
        return self.width, self.height

    def draw(self):
        y = self.height
        for wrapped, size in self.wrapped:
            for line in wrapped:
                y -= size * LEADING
                layout.draw_lines(self.canv, [line], 0, y + size * 0.3, size, LEADING, self.width, "centre")


def build_story(path, story: list, *, title: str, author: str, pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
                margins: dict | None = None) -> int:
    """Lay the flowables out into path with page numbers from page 2; returns the number of pages."""
    fonts.register()
    m = {**MARGINS, **(margins or {})}
    pages = []

    def number_page(canvas, doc):
        pages.append(doc.page)
        layout.page_number(canvas, doc.page, pagesize, m)
    doc = SimpleDocTemplate(str(path), pagesize=pagesize, leftMargin=m["left"], rightMargin=m["right"],
                            topMargin=m["top"], bottomMargin=m["bottom"], title=title, author=author,
                            initialFontName=fonts.REGULAR)
    doc.build(story, onFirstPage=number_page, onLaterPages=number_page)
    return len(pages)


@dataclass
class Section:
    heading: list[tuple[str, str, float]]   # (text, font, size) lines, centred
    rows: list[list]                         # cell values (str or numbers), as many as the headers


def figures_style(size: float, padding: float, *extra) -> TableStyle:
    """The style of a table of figures under a two-row header (the weekly report's appendix, the agency's lists):
    regular text, the header rows and the total row bold, boxed, the header and the STT column centred, then
    `extra` commands (spans, the columns aligned right), which come last so they win."""
    return TableStyle([
        ("FONT", (0, 0), (-1, -1), fonts.REGULAR, size),
        ("FONT", (0, 0), (-1, 1), fonts.BOLD, size),
        ("FONT", (0, -1), (-1, -1), fonts.BOLD, size),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 0), (-1, 1), "CENTER"),
        ("ALIGN", (0, 2), (0, -1), "CENTER"),
        ("LEADING", (0, 0), (-1, -1), size * 1.15),
        ("LEFTPADDING", (0, 0), (-1, -1), padding),
        ("RIGHTPADDING", (0, 0), (-1, -1), padding),
        *extra,
    ])


def build(path, sections: list[Section], headers: list[str], widths: list[float], *, title: str, author: str,
          centred: tuple[int, ...] = (0,), wrapped: tuple[int, ...] = (1,)) -> int:
    """Draw the sections into path (A4 portrait); returns the number of pages. Columns in `wrapped` wrap their
    text to the column; those in `centred` are centred."""
    fonts.register()  # before the cells are measured
    width = PAGE_WIDTH - MARGINS["left"] - MARGINS["right"]
    story = []
    for k, section in enumerate(sections):
        if k:
            story.append(PageBreak())
        data = [[cell(h, w, fonts.BOLD, SIZE) for h, w in zip(headers, widths)]]
        for row in section.rows:
            data.append([cell(str(v), w, fonts.REGULAR, SIZE) if i in wrapped else ("" if v is None else str(v))
                         for i, (v, w) in enumerate(zip(row, widths))])
        table = Table(data, colWidths=widths, repeatRows=1)
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), fonts.REGULAR, SIZE),
            ("FONT", (0, 0), (-1, 0), fonts.BOLD, SIZE),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (0, 0), (-1, 0), "CENTER"),
            *[("ALIGN", (i, 1), (i, -1), "CENTER") for i in centred],
            ("LEADING", (0, 0), (-1, -1), SIZE * 1.2),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]))
        story += [Heading(section.heading, width), Spacer(1, 3 * mm), table]
    return build_story(path, story, title=title, author=author)
