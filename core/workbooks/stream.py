"""Writing long plain lists fast: each sheet's XML is made as text and streamed straight into the .xlsx, with no
cell objects, and compressed on a second thread while the next rows are made (zlib lets go of the GIL). The sync
packages write 300.000 records this way in seconds, where openpyxl's write-only mode takes a minute. The
administrative look of reports and lists stays with core.workbooks.write.

    with StreamBook(path) as book:                      # OSError -> UserError naming the path
        sheet = book.sheet("Người tham gia", widths=(28, 14), text_columns={1})
        sheet.header(["Họ và tên", "Số CCCD"])          # bold, frozen below it
        sheet.rows([["Đinh Thị Hương", "001085012345"]])

Values are str (an inline text cell: IDs and phones stay text), int, float, bool or None (no cell). Text should
already be what the cell is to hold (write.cell_value() or canonical(): control characters replaced); the writer
only escapes it for XML. Rows carry their numbers; a cell carries its reference after an empty one (ECMA-376
lets the others follow the cell before them).
"""
from __future__ import annotations

import math
import queue
import threading
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from core.errors import UserError
from core.i18n import _
from core.workbooks.cells import column_letter, sheet_title

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml"
_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_BATCH = 2000          # rows a chunk of XML holds before it goes to the compressing thread
_BOLD, _TEXT = ' s="1"', ' s="2"'   # the styles (cellXfs below): 0 Times New Roman 12; 1 bold; 2 text format '@'
_STYLES = (_HEAD + f'<styleSheet xmlns="{_MAIN}"><numFmts count="0"/>'
           '<fonts count="2"><font><sz val="12"/><name val="Times New Roman"/></font>'
           '<font><b/><sz val="12"/><name val="Times New Roman"/></font></fonts>'
           '<fills count="2"><fill><patternFill patternType="none"/></fill>'
           '<fill><patternFill patternType="gray125"/></fill></fills>'
           '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
           '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
           '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
           '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"><alignment wrapText="1" '
           'vertical="center"/></xf>'
           '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
           '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>')


class StreamBook:
    """An .xlsx written sheet by sheet, whole or not at all by the caller (write it to a temporary path)."""

    def __init__(self, path, *, level: int = 6, shown_as=None):
        """shown_as: the path a refusal names, when path is a temporary file that becomes it (files.written)."""
        self.path = Path(path)
        self._shown = Path(shown_as or path)
        self._sheets: list[tuple[int, str]] = []   # (part number, name) in the workbook's order
        self._titles: set[str] = set()
        self._open: StreamSheet | None = None
        try:
            self._zip = zipfile.ZipFile(self.path, "w", zipfile.ZIP_DEFLATED, compresslevel=level)
        except OSError:
            raise self._refused() from None
        self._queue: queue.Queue = queue.Queue(maxsize=8)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._write, name="xlsx-writer", daemon=True)
        self._thread.start()

    def __enter__(self) -> StreamBook:
        return self

    def __exit__(self, kind, error, trace) -> None:
        if kind is None:
            self.close()
        else:
            self._stop()

    def sheet(self, name: str, *, widths=(), text_columns=(), freeze_header: bool = True,
              first: bool = False) -> StreamSheet:
        """A new sheet (the one before it is finished); text_columns are 1-based, for IDs and phones. first: the
        workbook's first sheet, though written now (a summary of the sheets before it)."""
        if self._open is not None:
            self._open.finish()
        number = len(self._sheets) + 1   # its part, xl/worksheets/sheetN.xml
        name = sheet_title(name, self._titles)   # a name Excel takes (no ':' or '/', 31 characters at most)
        self._sheets.insert(0 if first else len(self._sheets), (number, name))
        self._open = StreamSheet(self, number, widths, text_columns, freeze_header)
        return self._open

    def close(self) -> Path:
        if self._open is not None:
            self._open.finish()
            self._open = None
        rels = "".join(f'<Relationship Id="rId{k}" Type="{_REL}/worksheet" Target="worksheets/sheet{k}.xml"/>'
                       for k, _name in self._sheets)
        sheets = "".join(f'<sheet name={quoteattr(name)} sheetId="{k}" r:id="rId{k}"/>' for k, name in self._sheets)
        overrides = "".join(f'<Override PartName="/xl/worksheets/sheet{k}.xml" ContentType="{_CT}.worksheet+xml"/>'
                            for k, _name in self._sheets)
        styles_id = len(self._sheets) + 1
        self._part("xl/workbook.xml", f'{_HEAD}<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><bookViews><workbookView/>'
                                      f'</bookViews><sheets>{sheets}</sheets></workbook>')
        self._part("xl/_rels/workbook.xml.rels",
                   f'{_HEAD}<Relationships xmlns="{_PKG}">{rels}<Relationship Id="rId{styles_id}" '
                   f'Type="{_REL}/styles" Target="styles.xml"/></Relationships>')
        self._part("xl/styles.xml", _STYLES)
        self._part("_rels/.rels", f'{_HEAD}<Relationships xmlns="{_PKG}"><Relationship Id="rId1" '
                                  f'Type="{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        self._part("[Content_Types].xml",
                   f'{_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   f'<Override PartName="/xl/workbook.xml" ContentType="{_CT}.sheet.main+xml"/>'
                   f'<Override PartName="/xl/styles.xml" ContentType="{_CT}.styles+xml"/>{overrides}</Types>')
        self._queue.put(None)
        self._thread.join()
        self._raise()
        return self.path

    # --- the compressing thread -------------------------------------------------------------------------------
    def _part(self, name: str, text: str | None = None) -> None:
        """Start the zip entry `name` (and write text into it, ending it, when given)."""
        self._put(("open", name))
        if text is not None:
            self._put(text)
            self._put(("end", name))

    def _put(self, item) -> None:
        self._raise()
        self._queue.put(item)

    def _write(self) -> None:
        entry = None
        while (item := self._queue.get()) is not None:
            if self._error is not None:
                continue   # drained until the making thread stops: it raises the error at its next put
            try:
                if isinstance(item, tuple):
                    if entry is not None:
                        entry.close()
                    entry = self._zip.open(item[1], "w", force_zip64=True) if item[0] == "open" else None
                else:
                    entry.write(item.encode("utf-8"))
            except BaseException as exc:   # noqa: BLE001 - handed to the making thread, which raises it
                self._error = exc
        # each closed even when the one before failed (a full disk): a zip left open would try again when collected,
        # and print its error after the clerk's sentence
        for close in ([entry.close] if entry is not None else []) + [self._zip.close]:
            try:
                close()
            except BaseException as exc:   # noqa: BLE001 - as above
                self._error = self._error or exc

    def _raise(self) -> None:
        if self._error is not None:
            if isinstance(self._error, OSError):
                raise self._refused() from None
            raise self._error

    def _stop(self) -> None:
        """After an error of the caller's: the thread ends, the file is left for the caller to remove."""
        self._queue.put(None)
        self._thread.join()

    def _refused(self) -> UserError:
        return UserError(_("Không ghi được tệp {path}: thư mục không có, không được phép ghi, hoặc tệp đang mở trong "
                           "Excel.", path=self._shown), field="out")


class StreamSheet:
    """One sheet of a StreamBook: a header, then rows, written as they come."""

    def __init__(self, book: StreamBook, number: int, widths, text_columns, freeze_header: bool):
        self._book = book
        self._row = 0
        self._freeze = freeze_header
        self._refs = [f' r="{column_letter(k)}' for k in range(1, 1 + max(len(widths), 64))]   # ' r="B'
        self._text_columns = set(text_columns)
        self._done = False
        cols = "".join(f'<col min="{k}" max="{k}" width="{w}" customWidth="1"/>'
                       for k, w in enumerate(widths, start=1))
        self._cols = f"<cols>{cols}</cols>" if widths else ""
        book._part(f"xl/worksheets/sheet{number}.xml")
        self._started = False

    def _start(self, frozen: bool) -> None:
        pane = ('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
                '<selection pane="bottomLeft"/>') if frozen else ""
        self._book._put(f'{_HEAD}<worksheet xmlns="{_MAIN}" xmlns:r="{_REL}"><sheetViews><sheetView '
                        f'workbookViewId="0">{pane}</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15.75"/>'
                        f'{self._cols}<sheetData>')
        self._started = True

    def header(self, labels) -> None:
        """The first row, bold; the view is frozen below it."""
        self._start(self._freeze)
        self._row = 1
        self._book._put(self._xml(1, list(labels), bold=True))

    def rows(self, rows, *, bold: bool = False) -> int:
        """Write rows (sequences of values); returns how many."""
        if not self._started:
            self._start(False)
        chunk: list[str] = []
        n = self._row
        written = 0
        for values in rows:
            n += 1
            chunk.append(self._xml(n, values, bold))
            if len(chunk) >= _BATCH:
                self._book._put("".join(chunk))
                chunk = []
            written += 1
        if chunk:
            self._book._put("".join(chunk))
        self._row = n
        return written

    def finish(self) -> None:
        if self._done:
            return
        if not self._started:
            self._start(False)
        self._book._put('</sheetData><pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" '
                        'footer="0.3"/><pageSetup paperSize="9" orientation="landscape"/></worksheet>')
        self._book._put(("end", ""))
        self._done = True

    def _xml(self, n: int, values, bold: bool = False) -> str:
        """One row's XML. A cell carries its reference only after an empty one (readers place the others in turn)."""
        out = [f'<row r="{n}">']
        gap = False
        text = self._text_columns
        refs = self._refs
        if len(values) > len(refs):
            refs += [f' r="{column_letter(k)}' for k in range(len(refs) + 1, len(values) + 1)]
        for k, value in enumerate(values):
            if value is None or value == "":
                gap = True
                continue
            ref = f'{refs[k]}{n}"' if gap else ""
            kind = value.__class__
            if kind is str:
                style = _BOLD if bold else _TEXT if k + 1 in text else ""
                if "&" in value or "<" in value or ">" in value:
                    value = escape(value)
                space = ' xml:space="preserve"' if value.strip() is not value else ""   # strip() keeps a bare str
                out.append(f'<c{ref}{style} t="inlineStr"><is><t{space}>{value}</t></is></c>')
            elif kind is bool:
                out.append(f'<c{ref} t="b"><v>{int(value)}</v></c>')
            elif kind is int:
                out.append(f"<c{ref}><v>{value}</v></c>")
            elif kind is float and math.isfinite(value):
                out.append(f"<c{ref}><v>{value!r}</v></c>")
            else:
                raise ValueError(f"not a value a cell holds: {value!r}")
        out.append("</row>")
        return "".join(out)
