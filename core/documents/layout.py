"""The administrative layout of Decree 30/2020 (DOMAIN.md: element sizes and forms), drawn on a reportlab canvas.

A document is laid out in a Frame: the A4 page inside its margins, or half of it when two invitations share a
sheet (Scale.HALF: smaller type and gaps, the same order of elements). Text is wrapped here, by word, against
the font's own widths; justified lines get their spare width spread over their spaces. Everything is drawn in
the fonts of core.documents.fonts, so every glyph is embedded (reportlab's base fonts lack Vietnamese).
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from core.documents.fonts import BOLD, BOLD_ITALIC, ITALIC, REGULAR, width

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGINS = {"top": 20 * mm, "bottom": 20 * mm, "left": 30 * mm, "right": 15 * mm}  # Decree 30's narrowest
NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"


@dataclass(frozen=True)
class Scale:
    """Type sizes (pt) and gaps of one layout."""
    agency: float = 12.5
    number: float = 13
    title: float = 13.5
    body: float = 13.5
    recipients_head: float = 12
    recipients: float = 11
    leading: float = 1.25        # line height / type size
    gap: float = 6               # pt between paragraphs
    signature_space: float = 24 * mm  # for the signature and the seal
    qr: float = 24 * mm


FULL = Scale()
HALF = Scale(agency=10.5, number=11, title=11.5, body=11.5, recipients_head=10, recipients=9.5, leading=1.18,
             gap=2.5, signature_space=14 * mm, qr=19 * mm)


@dataclass(frozen=True)
class Frame:
    """A rectangle in points, origin bottom left (reportlab's)."""
    x: float
    y: float
    width: float
    height: float

    @property
    def top(self) -> float:
        return self.y + self.height

    @property
    def right(self) -> float:
        return self.x + self.width


def page_frame(top: float = 0.0, height: float = PAGE_HEIGHT, vertical_margin: float = MARGINS["top"]) -> Frame:
    """The writing area of a page (or of the band [top, top + height) from the page's top edge)."""
    bottom = PAGE_HEIGHT - top - height
    return Frame(MARGINS["left"], bottom + vertical_margin, PAGE_WIDTH - MARGINS["left"] - MARGINS["right"],
                 height - 2 * vertical_margin)


@dataclass(frozen=True)
class Issuer:
    """An agency issuing a document, with the person who signs for it."""
    name: str                 # the issuing agency, e.g. 'BHXH cơ sở Sơn Hà'
    parent: str = ""          # its parent agency
    symbol: str = "BHXH"      # in 'Số: 05/GM-BHXH'
    signer_authority: str = ""  # 'KT. GIÁM ĐỐC' (empty: the head signs in their own title)
    signer_title: str = ""    # 'PHÓ GIÁM ĐỐC'
    signer_name: str = ""

    def signer_lines(self) -> list[str]:
        """The authority and title as the block prints them, in capitals; either may hold several lines written
        with ' / ' between them ('TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH', then 'PHÓ CHỦ TỊCH')."""
        return [part.strip().upper() for text in (self.signer_authority, self.signer_title)
                for part in text.split(" / ") if part.strip()]



def number_line(number: int | None, doc_type: str, symbols: list[str]) -> str:
    """'Số: 05/GM-BHXH' (a joint document carries both symbols: 'Số: 05/GM-UBND-BHXH'); no number yet:
    'Số:      /GM-BHXH', to be written by hand."""
    shown = f"{number:02d}" if number is not None else " " * 6
    return f"Số: {shown}/{doc_type}-{'-'.join(s for s in symbols if s)}"


# --- text --------------------------------------------------------------------------------------------------
Run = tuple[str, str]  # (text, font)


def wrap(runs: list[Run], size: float, line_width) -> list[list[Run]]:
    """Lines of runs, each fitting line_width(i) (a number or a function of the line's index). Lines break at
    spaces only ('Ánh' + ', Thôn…' in another font stay together); a word longer than a line is cut where it
    overflows, so nothing is ever drawn past the margin."""
    widths = line_width if callable(line_width) else (lambda _i: line_width)
    words: list[list[Run]] = []  # a word: its pieces (a name in bold and the comma after it are one word)
    glued = False
    for text, font in runs:
        for i, piece in enumerate(text.split(" ")):
            if i:
                glued = False
            if piece:
                if glued and words:
                    words[-1].append((piece, font))
                else:
                    words.append([(piece, font)])
                glued = True
    space = {font: width(" ", font, size) for _t, font in runs}
    lines: list[list[Run]] = [[]]
    used = 0.0
    room = widths(0)   # asked once a line: a batch wraps thousands of paragraphs
    for word in words:
        w = width(*word[0], size) if len(word) == 1 else sum(width(t, f, size) for t, f in word)
        gap = space[word[0][1]] if lines[-1] else 0.0
        if lines[-1] and used + gap + w > room:
            lines.append([])
            used, gap = 0.0, 0.0
            room = widths(len(lines) - 1)
        if gap:
            lines[-1].append((" ", word[0][1]))
        while w > room and len(word) == 1:  # one word wider than the line: cut it
            text, font = word[0]
            cut = max(1, _fits(text, font, size, room - used))
            lines[-1].append((text[:cut], font))
            lines.append([])
            used = 0.0
            word = [(text[cut:], font)]
            w = width(word[0][0], font, size)
            room = widths(len(lines) - 1)
        lines[-1].extend(word)
        used += gap + w
    return [line for line in lines if line] or [[]]


def _fits(word: str, font: str, size: float, room: float) -> int:
    n = len(word)
    while n > 1 and width(word[:n], font, size) > room:
        n -= 1
    return n


def draw_lines(c, lines: list[list[Run]], x: float, y: float, size: float, leading: float, line_width,
               align: str = "left", indent: float = 0.0) -> float:
    """Draw wrapped lines from the baseline y down; returns the baseline after the last line. align: left,
    centre, right or justify (the last line of a justified paragraph is left-aligned)."""
    widths = line_width if callable(line_width) else (lambda _i: line_width)
    for i, line in enumerate(lines):
        draw_line(c, line, x + (indent if i == 0 else 0), y, size, widths(i) - (indent if i == 0 else 0),
                  align if align != "justify" or i < len(lines) - 1 else "left")
        y -= size * leading
    return y


def draw_line(c, line: list[Run], x: float, y: float, size: float, room: float, align: str = "left") -> None:
    """One line of runs at the baseline y from x, in `room` points: left, centre, right, or justify (its spare
    width spread over its spaces)."""
    natural = sum(width(t, f, size) for t, f in line)
    spaces = sum(1 for t, _f in line if t == " ")
    stretch = 0.0
    if align == "centre":
        x += (room - natural) / 2
    elif align == "right":
        x += room - natural
    elif align == "justify" and spaces:
        stretch = (room - natural) / spaces
    text = c.beginText(x, y)
    # a justified line's spare width goes into its spaces: PDF word spacing, which applies to code 32, and
    # reportlab keeps 32 the space in every subset of a TrueType font
    text.setWordSpace(stretch)
    for font, pieces in itertools.groupby(line, key=lambda run: run[1]):
        text.setFont(font, size)
        text.textOut("".join(t for t, _f in pieces))
    c.drawText(text)


def paragraph(c, runs: list[Run], x: float, y: float, size: float, leading: float, line_width,
              align: str = "left", indent: float = 0.0) -> float:
    widths = line_width if callable(line_width) else (lambda _i: line_width)
    lines = wrap(runs, size, lambda i: widths(i) - (indent if i == 0 else 0))
    return draw_lines(c, lines, x, y, size, leading, widths, align, indent)


def rule(c, x_centre: float, y: float, length: float, thickness: float = 0.6) -> None:
    c.setLineWidth(thickness)
    c.line(x_centre - length / 2, y, x_centre + length / 2, y)


# --- the blocks of a document --------------------------------------------------------------------------------
def header(c, frame: Frame, issuers: list[Issuer], number: str, dated: str, s: Scale) -> float:
    """Agencies and number top left, national title, motto and date top right; returns the y below it."""
    right_w = max(frame.width * 0.56, width(NATIONAL_TITLE, BOLD, s.agency) + 6)  # the national title: one line
    left_w = frame.width - right_w
    left_c, right_c = frame.x + left_w / 2, frame.x + left_w + right_w / 2
    top = frame.top - s.agency
    step = s.agency * s.leading
    # left: parent agency (regular), issuing agency (bold) with a short rule under it; joint: both agencies
    y = top
    for issuer in issuers:
        if issuer.parent:
            y = paragraph(c, [(issuer.parent.upper(), REGULAR)], frame.x, y, s.agency, s.leading, left_w, "centre")
        name_lines = wrap([(issuer.name.upper(), BOLD)], s.agency, left_w)
        y = draw_lines(c, name_lines, frame.x, y, s.agency, s.leading, left_w, "centre")
    widest = max(width("".join(t for t, _f in line), BOLD, s.agency) for line in name_lines)
    rule(c, left_c, y + step - s.agency * 0.6, widest / 2.5)
    # right: national title, motto with a rule as long as itself
    y_right = paragraph(c, [(NATIONAL_TITLE, BOLD)], frame.x + left_w, top, s.agency, s.leading, right_w, "centre")
    motto_size = s.title
    motto_w = width(MOTTO, BOLD, motto_size)
    c.setFont(BOLD, motto_size)
    c.drawCentredString(right_c, y_right, MOTTO)
    rule(c, right_c, y_right - motto_size * 0.35, motto_w)
    y_right -= motto_size * s.leading
    # the number (left) and the place and date (right, italic) on one line, below both blocks
    line_y = min(y, y_right) - s.number * 0.6
    c.setFont(REGULAR, s.number)
    c.drawCentredString(left_c, line_y, number)
    paragraph(c, [(dated, ITALIC)], frame.x + left_w, line_y, s.number, s.leading, right_w, "centre")
    return line_y - s.number * s.leading * 1.6


def title(c, frame: Frame, type_name: str, summary: str, y: float, s: Scale) -> float:
    """The type name (GIẤY MỜI) and the summary under it, bold and centred, a short rule under the summary."""
    c.setFont(BOLD, s.title)
    c.drawCentredString(frame.x + frame.width / 2, y, type_name)
    y -= s.title * s.leading
    if summary:
        y = paragraph(c, [(summary, BOLD)], frame.x + frame.width * 0.1, y, s.title, s.leading, frame.width * 0.8,
                      "centre")
        rule(c, frame.x + frame.width / 2, y + s.title * s.leading - s.title * 0.55, frame.width * 0.2)
    return y - s.gap - s.title * 0.3


def signer_block(c, x: float, width_: float, y: float, issuer: Issuer, s: Scale, lines: int = 0) -> float:
    """Authority and title (bold capitals), room for the signature and seal, the full name (bold). lines: the
    room the authority and title take in every block of the document (blocks side by side put their names on
    one line)."""
    top = y
    for text in issuer.signer_lines():
        y = paragraph(c, [(text, BOLD)], x, y, s.body, s.leading, width_, "centre")
    y = min(y, top - lines * s.body * s.leading)
    y -= s.signature_space
    return paragraph(c, [(issuer.signer_name, BOLD)], x, y, s.body, s.leading, width_, "centre")


def signer_height(issuer: Issuer, s: Scale, lines: int = 0) -> float:
    lines = max(lines, len(issuer.signer_lines())) + bool(issuer.signer_name)
    return lines * s.body * s.leading + s.signature_space


def recipients(c, x: float, y: float, width_: float, entries: list[str], s: Scale) -> float:
    """'Nơi nhận:' (bold italic) and its entries, bottom left."""
    c.setFont(BOLD_ITALIC, s.recipients_head)
    c.drawString(x, y, "Nơi nhận:")
    y -= s.recipients_head * s.leading
    for entry in entries:
        y = paragraph(c, [(entry, REGULAR)], x, y, s.recipients, 1.15, width_)
    return y


def page_number(c, number: int, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), margins: dict | None = None,
                size: float = 13) -> None:
    """From page 2 on: the number centred in the top margin (of a page of `pagesize` with `margins`)."""
    if number >= 2:
        m = margins or MARGINS
        c.setFont(REGULAR, size)
        c.drawCentredString(m["left"] + (pagesize[0] - m["left"] - m["right"]) / 2,
                            pagesize[1] - m["top"] / 2 - size / 3, str(number))
