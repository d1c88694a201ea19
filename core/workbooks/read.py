"""Reading workbooks (.xlsx, .xls, .ods) with python-calamine, after the bounds check; every failure is one
sentence naming the file or the sheet, never calamine's own error or a Rust abort."""
from __future__ import annotations

import io
import os
import stat
import threading
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import python_calamine

from core.errors import UserError
from core.i18n import Messages, N_, _
from core.workbooks import bounds, parts

M = Messages({
    "no_file": N_("Không tìm thấy tệp {path}."),
    "unreadable": N_("Không đọc được tệp {name}: không có quyền đọc, hoặc tệp đang bị chương trình khác khoá."),
    "not_workbook": N_("Tệp {name} không phải bảng tính Excel đọc được (.xlsx, .xls, .ods)."),
    "encrypted": N_("Tệp {name} được đặt mật khẩu: hãy mở bằng Excel, bỏ mật khẩu rồi nhập lại."),
    "damaged": N_("Tệp {name} bị hỏng (không giải nén được): hãy mở bằng Excel, lưu lại rồi nhập lại."),
    "too_big": N_("Tệp {name} quá lớn so với một bảng tính danh sách (phần “{part}” khi giải nén vượt giới hạn)."),
    "too_many_strings": N_("Tệp {name} khai báo {count} chuỗi văn bản, nhiều hơn nội dung thật của nó: tệp bị hỏng, "
                           "hãy mở bằng Excel, lưu lại rồi nhập lại."),
    "too_large_sheet": N_("Trang tính trong tệp {name} dùng tới {rows} dòng × {columns} cột, vượt giới hạn đọc được: "
                          "hãy xoá các dòng, cột trống thừa (hoặc ô gộp toàn trang) rồi lưu lại."),
    "no_sheet": N_("Không có trang tính “{sheet}” trong tệp (có: {sheets})."),
    "bad_sheet": N_("Không đọc được trang tính “{sheet}” của tệp {name}: có ô hoặc phần bị hỏng. Hãy mở bằng Excel, "
                    "lưu lại rồi nhập lại."),
})
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@dataclass
class Sheet:
    name: str
    rows: list[list]                     # row i is sheet row i + 1; every row as wide as the sheet
    merged: list = field(default_factory=list)  # [((row0, col0), (row1, col1))], 0-based, inclusive


class Workbook:
    """An open workbook: its sheet names, and each sheet read on demand."""

    def __init__(self, path: Path, book, survey: bounds.Survey | None = None, started: dict | None = None,
                 whole=None):
        self.path = path
        self._book = book    # for the sheet names: made of the file's parts already inflated, when there are
        self._whole = whole  # the file itself, opened by calamine (when first needed, if not given)
        self._started = started or {}  # sheet name -> parts.SheetParts started while the file was checked
        self.rows_hint = survey.rows if survey else 0  # the most rows a sheet has, as the bounds check counted them
        self._entries = survey.entries if survey else None  # the file inflated, when a sheet is read in parts
        self._unchecked = set(survey.unchecked) if survey else set()  # sheets' parts checked when read
        self._sheet_parts = survey.sheet_parts if survey else {}      # sheet name -> part, for those
        self.sheet_names: list[str] = list(book.sheet_names)
        try:
            visible = [m.name for m in book.sheets_metadata
                       if str(m.visible).endswith(".Visible") and str(m.typ).endswith("WorkSheet")]
        except Exception:  # noqa: BLE001 - metadata is a nicety: without it every sheet counts
            visible = []
        self.worksheets: list[str] = visible or self.sheet_names  # visible worksheets (no chart sheets)

    def sheet(self, name: str | None = None) -> Sheet:
        name = self.sheet_names[0] if name is None else name
        if name not in self.sheet_names:
            raise UserError(_("Không có trang tính “{sheet}” trong tệp (có: {sheets}).",
                              sheet=name, sheets=", ".join(self.sheet_names)), field="sheet")
        started = self._started.pop(name, None)
        read = started.finish() if started is not None else None
        if read is None and self._unchecked:
            read = self._check_and_read(name)
        elif read is None and self._entries is not None:
            read = parts.read_rows(self._with_sheet(name), name)
        if read is not None:
            return Sheet(name, *read)
        if self._whole is None:
            self._whole = _calamine(self.path)
        try:
            s = self._whole.get_sheet_by_name(name)
            return Sheet(name, s.to_python(skip_empty_area=False), list(s.merged_cell_ranges or []))
        except Exception:  # noqa: BLE001 - calamine's errors (unknown error codes, booleans other than 0/1,
            # a string index out of range, malformed XML, a missing part) are one sentence for the clerk
            raise UserError(_("Không đọc được trang tính “{sheet}” của tệp {name}: có ô hoặc phần bị hỏng. Hãy mở "
                              "bằng Excel, lưu lại rồi nhập lại.",
                              sheet=name, name=self.path.name), field="sheet") from None

    def _check_and_read(self, name: str) -> tuple[list[list], list] | None:
        """The bounds check of the sheet's part, left for when it is read, with a large sheet parsed in parts as it
        is checked (when the file's other parts are at hand): (rows, merged ranges), or None for the caller to read
        it whole. A sheet whose part is not known (or whose name two sheets share) has every sheet left checked
        instead. UserError if refused."""
        part = self._sheet_parts.get(name)
        if self.sheet_names.count(name) > 1:   # two sheets of that name: which one a reader takes is theirs to say
            part = None
        if part is not None and part not in self._unchecked:
            return None   # checked when it was read before
        others = parts.other_parts(self._entries or {})
        for each in [part] if part is not None else sorted(self._unchecked):
            refusal, reader = bounds.check_sheet_part(
                self.path, each, (lambda size: parts.SheetParts.start(others, each, name, size))
                if each == part and others else None)
            if refusal is not None:
                if reader is not None:
                    reader.cancel()
                raise UserError(_refused(refusal, self.path), field="path")
            self._unchecked.discard(each)
            if reader is not None:
                return reader.finish()
        return None

    def _with_sheet(self, name: str) -> dict:
        """The inflated parts, with the sheet's XML inflated again when the bounds check did not keep it."""
        part = parts.sheet_parts(self._entries).get(name)
        if part is None or part in self._entries:
            return self._entries
        try:
            with zipfile.ZipFile(self.path) as archive:
                return {**self._entries, part: archive.read(part)}   # checked by the survey already
        except (OSError, KeyError, zipfile.BadZipFile):
            return self._entries   # read whole by calamine, which says what is wrong

    def close(self) -> None:
        for book in {id(b): b for b in (self._book, self._whole) if b is not None}.values():
            try:
                book.close()
            except Exception:  # noqa: BLE001 - closing a half-read file must not hide the real message
                pass

    def __enter__(self) -> "Workbook":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _refused(refusal: bounds.Refusal, path: Path) -> str:
    """The bounds check's refusal as the clerk reads it, its counts written as numbers are here (1.048.577)."""
    from core.formatting import number
    facts = {k: number(v) if isinstance(v, int) else v for k, v in refusal.facts.items()}
    return M(refusal.key, name=path.name, **facts)


class Loading:
    """A sheet of a workbook being read on another thread: the bounds check, then calamine, which lets go of the
    GIL while it parses, so the caller can do work that needs no rows meanwhile. book() waits for the open
    workbook (its sheet names and rows_hint), result() for the sheet; each raises what open_workbook() or
    Workbook.sheet() would. close() closes the workbook once the reading is over."""

    def __init__(self, path, name: str | None):
        self._book: Workbook | None = None
        self._sheet: Sheet | None = None
        self._error: BaseException | None = None
        self._opened = threading.Event()

        def run():
            try:
                self._book = open_workbook(path, reading=name)
                self._opened.set()
                self._sheet = self._book.sheet(name)
            except BaseException as exc:  # noqa: BLE001 - raised again on the caller's thread
                self._error = exc
            finally:
                self._opened.set()

        self._thread = threading.Thread(target=run, name="workbook-load", daemon=True)
        self._thread.start()

    def book(self) -> Workbook:
        self._opened.wait()
        if self._book is None:
            raise self._error
        return self._book

    def result(self) -> Sheet:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._sheet

    def close(self) -> None:
        self._thread.join()
        if self._book is not None:
            self._book.close()


_AHEAD: dict[tuple, Loading] = {}


def load_sheet(path, name: str | None = None) -> Loading:
    """Start reading a sheet (the first when no name) on another thread; a read started ahead for the same file
    and sheet (read_ahead) is taken instead."""
    return _AHEAD.pop(_ahead_key(path, name), None) or Loading(path, name)


def read_ahead(path, name: str | None = None) -> None:
    """Start reading a sheet a command will read soon: the CLI starts it before it opens the office database, so
    opening the database (and loading the code for it) happens while calamine reads."""
    _AHEAD[_ahead_key(path, name)] = Loading(path, name)


def _ahead_key(path, name: str | None) -> tuple:
    return str(Path(path).absolute()), name


_NOT_READING = object()


def open_workbook(path, reading=_NOT_READING, *, sheets_when_read: bool = False) -> Workbook:
    """Open the workbook at path for reading, or raise a UserError (field 'path') that says why not. reading: the
    sheet about to be read (None: the first), which a large file then has parsed in parts while it is checked.
    sheets_when_read: each sheet is checked (and inflated, once) only when it is read, and a refusal then comes from
    Workbook.sheet(): many large sheets read one by one hold one at a time, and a reader of one sheet (a package's
    manifest) checks that one alone."""
    path = Path(path)
    try:
        mode = path.stat().st_mode
    except OSError:   # not there, or a name longer than the system allows: no such file can be there
        mode = None
    is_file = mode is not None and stat.S_ISREG(mode)
    if mode is not None and not is_file:
        raise UserError(_("{path} không phải là một tệp bảng tính (đó là một thư mục hoặc thiết bị).", path=path),
                        field="path")
    if not is_file:
        raise UserError(_("Không tìm thấy tệp {path}.", path=path), field="path")
    if not os.access(path, os.R_OK):
        raise UserError(_("Không đọc được tệp {name}: không có quyền đọc, hoặc tệp đang bị chương trình khác khoá.",
                          name=path.name), field="path")
    try:
        with open(path, "rb") as fh:
            head = fh.read(1 << 16)
    except OSError:
        raise UserError(_("Không đọc được tệp {name}: không có quyền đọc, hoặc tệp đang bị chương trình khác khoá.",
                          name=path.name), field="path") from None
    if head.startswith(_OLE_MAGIC) and "EncryptedPackage".encode("utf-16-le") in head:
        raise UserError(_("Tệp {name} được đặt mật khẩu: hãy mở bằng Excel, bỏ mật khẩu rồi nhập lại.",
                          name=path.name), field="path")
    started: dict[str, parts.SheetParts] = {}

    def parts_of(others: dict, part: str, size: int):
        sheets = parts.sheet_parts(others)
        name = next(iter(sheets), None) if reading is None else reading
        if reading is _NOT_READING or name not in sheets or sheets[name] != part:
            return None
        reader = parts.SheetParts.start(others, part, name, size)
        if reader is not None:
            started[name] = reader
        return reader

    survey = bounds.survey(path, keep_from=2 * parts.SPLIT_FROM if (os.cpu_count() or 1) > 1 else None,
                           parts_of=parts_of, sheets_when_read=sheets_when_read)
    if survey.refusal is not None:
        raise UserError(_refused(survey.refusal, path), field="path")
    book = _names_book(survey.entries) if survey.entries is not None else None
    whole = None if book is not None else _calamine(path)
    workbook = Workbook(path, book or whole, survey, started, whole)
    if not workbook.sheet_names:
        workbook.close()
        raise UserError(_("Tệp {name} không phải bảng tính Excel đọc được (.xlsx, .xls, .ods).",
                          name=path.name), field="path")
    return workbook


def _calamine(path: Path):
    """The file opened by calamine, or a UserError saying why it cannot be."""
    try:
        return python_calamine.CalamineWorkbook.from_path(str(path))
    except python_calamine.PasswordError:
        raise UserError(_("Tệp {name} được đặt mật khẩu: hãy mở bằng Excel, bỏ mật khẩu rồi nhập lại.",
                          name=path.name), field="path") from None
    except Exception:  # noqa: BLE001 - calamine's own types for every way a file is not a workbook
        raise UserError(_("Tệp {name} không phải bảng tính Excel đọc được (.xlsx, .xls, .ods).",
                          name=path.name), field="path") from None


def _names_book(entries: dict[str, bytes]):
    """The workbook's sheet names (and which are visible) from its parts already inflated, without its sheets and
    string table: calamine reads the string table whenever it opens a file (8 MB for 100.000 rows: 0,1 s), and each
    part read in parts has read it already. None when calamine does not take it (the file is then opened whole)."""
    buffer = io.BytesIO()
    try:
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as book:
            for name, data in entries.items():
                if not name.startswith("xl/worksheets/") and name != "xl/sharedStrings.xml":
                    book.writestr(name, data)
        buffer.seek(0)
        return python_calamine.CalamineWorkbook.from_filelike(buffer)
    except Exception:  # noqa: BLE001 - the whole file then says what is wrong
        return None
