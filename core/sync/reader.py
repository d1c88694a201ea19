"""A package's sheets turned into records to stage, and, for a large package, read in a process of its own.

A sheet's rows become the database's values in batches (records()). For a large package (LARGE records or more,
as its signed manifest counts them) a second process reads the sheets, hashes them and makes the records, while
this one stages and merges each table as soon as its sheet is in: on two cores the merge of the people runs while
the invitations are read. Threads did not pay: reading, hashing and the merge's name keys all need the GIL
(measured: no faster, and more memory). The reading process decides nothing: it hands over each sheet's count
and hash, which the importing process checks against the manifest it verified, before the sheet's records;
what it cannot read it reports as the sentence the importing process refuses with.
"""
from __future__ import annotations

import marshal
import multiprocessing
import queue
import re
import threading
import traceback
import unicodedata
from pathlib import Path
from typing import Iterator

from core.errors import UserError
from core.i18n import _, language, set_language
from core.sync import format as fmt
from core.text import fold, name_sort_text

# the search and sort keys a package leaves out, made where it lands from the record's name: table -> (the name's
# column, {key column: how it is made})
DERIVED = {"units": ("name", {"name_folded": fold}),
           "people": ("full_name", {"name_folded": fold, "name_sort": name_sort_text})}
LARGE = 50_000      # records in a package from which the sheets are read in a second process (its start: ~0,4 s)
BATCH = 5000
INBOX = 20          # batches received and not yet staged (100.000 records: the next sheet's read runs ahead)
_WHOLE = 1 << 63      # SQLite's integers are below this, and at or above its negative
_UUID = re.compile(r"[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}")


def derived_keys(table: str) -> tuple[str, dict]:
    """(the column of the table's name, {key column: how it is made}) of DERIVED; ('', {}) for a table without."""
    return DERIVED.get(table, ("", {}))


def derived(table: str, row: dict) -> dict:
    """The record with its search and sort keys (DERIVED) made from its name."""
    source, keys = derived_keys(table)
    return {**row, **{column: make(row.get(source) or "") for column, make in keys.items()}} if keys else row


def records(table: str, sheet: list[list], cols: list[str], defaults: dict) -> Iterator[list[list]]:
    """The sheet's records in this app's columns, as the database holds them, then their DERIVED keys, in
    batches; a header or a value this version cannot read refuses the package naming the sheet and row. The
    sheet's rows are let go as they go."""
    name = fmt.SHEETS[table][0]
    labels = {**{fmt.HEADERS.get(c, c): c for c in cols[:-len(fmt.TECHNICAL)]},
              **dict(zip(fmt.TECHNICAL_HEADERS, fmt.TECHNICAL))}
    header = [str(v or "").strip() for v in sheet[0]] if sheet else []
    if [labels.get(h) for h in header[:len(cols)]] != cols:
        raise UserError(_("Gói có trang “{sheet}” với các cột khác ứng dụng này: đơn vị gửi và đơn vị nhận cần cùng "
                          "phiên bản ứng dụng.", sheet=name), field="sheet")
    width = len(cols)
    filled = [(cols.index(c), v) for c, v in defaults.items() if c in cols]
    at_uuid, at_version, at_deleted = (cols.index(c) for c in ("uuid", "version", "deleted"))
    source, keys = derived_keys(table)
    at_name, makers = (cols.index(source), list(keys.values())) if keys else (0, [])
    batch = []
    normalized = unicodedata.is_normalized
    for number in range(1, len(sheet)):
        values = sheet[number]
        sheet[number] = None   # let go: a package may hold 300.000 records
        # each cell as the database holds it: whole numbers as int (a reader gives 52139.0) where SQLite's integers
        # reach (a larger one stays a number with a point), text NFC, '' nothing
        row = [(None if v == "" else v if normalized("NFC", v) else unicodedata.normalize("NFC", v))
               if v.__class__ is str else (int(v) if v.is_integer() and -_WHOLE <= v < _WHOLE else v)
               if v.__class__ is float else v for v in values[:width]]
        if not any(v is not None for v in row):
            continue
        row += [None] * (width - len(row))
        for k, default in filled:   # an empty cell of a column that holds '' rather than nothing
            if row[k] is None:
                row[k] = default
        try:
            if not _UUID.fullmatch(str(row[at_uuid])):
                raise ValueError
            row[at_version] = int(row[at_version])
            row[at_deleted] = int(row[at_deleted] or 0)
            if not 1 <= row[at_version] < _WHOLE or row[at_deleted] not in (0, 1):
                raise ValueError
        except (TypeError, ValueError, OverflowError):
            raise UserError(_("Gói hỏng ở trang “{sheet}”, dòng {row}: UUID, phiên bản hoặc cột đã xoá không đọc "
                              "được.", sheet=name, row=number + 1), field="sheet") from None
        if makers:
            text = row[at_name] or ""
            row += [make(text) for make in makers]
        batch.append(row)
        if len(batch) >= BATCH:
            yield batch
            batch = []
    yield batch


# --- the second process ---------------------------------------------------------------------------------------------
def read_elsewhere(path, held: list[tuple[str, str]], shapes: dict) -> Iterator[tuple]:
    """The sheets of the package at path read in a process of its own: ('sheet', table, count, hash) once a sheet
    is read, then ('records', table, batch) as its records are made, then ('end', table, None). A refusal there
    is raised here as the UserError it was; the process is stopped when the caller stops early.

    A thread takes the messages off the pipe as they come into an inbox of INBOX batches, so the reading process
    goes on while this one merges (the pipe alone holds 64 KB), and what waits here stays bounded."""
    context = multiprocessing.get_context("spawn")   # as on Windows: a fresh interpreter, nothing inherited
    receiving, sending = context.Pipe(duplex=False)
    process = context.Process(target=_main, args=(sending, str(path), held, shapes, language()),
                              name="package-reader", daemon=True)
    process.start()
    sending.close()
    inbox: queue.Queue = queue.Queue(maxsize=INBOX)
    taker = threading.Thread(target=_take, args=(receiving, inbox), name="package-reader-pipe", daemon=True)
    taker.start()
    try:
        while True:
            message = inbox.get()
            if message is None:
                raise UserError(_("Không đọc được gói {name}: tiến trình đọc gói dừng giữa chừng (hết bộ nhớ?). "
                                  "Hãy thử nhập lại.", name=Path(path).name), field="path")
            kind = message[0]
            if kind == "done":
                return
            if kind == "refused":
                raise UserError(message[1], field=message[2])
            if kind == "failed":
                raise RuntimeError(f"the package reader failed:\n{message[1]}")
            if kind == "records" and isinstance(message[2], bytes):
                message = (kind, message[1], marshal.loads(message[2]))
            yield message
    finally:
        if process.is_alive():
            process.terminate()
        process.join()
        while taker.is_alive():   # it ends at the pipe's end, once the process is gone; emptied, it is never stuck
            try:
                inbox.get(timeout=0.1)
            except queue.Empty:
                pass
        receiving.close()


def _take(receiving, inbox: queue.Queue) -> None:
    """Every message of the pipe into the inbox, then None when the pipe ends or a message cannot be read."""
    try:
        while True:
            message = receiving.recv()
            inbox.put(message)
            if message[0] in ("done", "refused", "failed"):
                return
    except BaseException:  # noqa: BLE001 - the pipe's end, or a message that does not unpickle: the reader is lost
        inbox.put(None)


def _packed(batch: list[list]):
    """A batch as marshal writes it (lists of text, numbers and None: twice as quick as pickle both ways), or as it
    is when it holds a value marshal does not take (a date cell in an edited package): pickled with the message."""
    try:
        return marshal.dumps(batch)
    except ValueError:
        return batch


def _main(sending, path: str, held: list[tuple[str, str]], shapes: dict, lang: str) -> None:
    """The second process: read, hash and make records, sheet by sheet, into the pipe (its sentences in the
    importing process's language)."""
    from core.sync.verify import sheet_digest
    from core.workbooks import open_workbook
    set_language(lang)
    try:
        with open_workbook(path, sheets_when_read=True) as book:
            name = book.path.name
            for table, sheet_name in held:
                rows = book.sheet(sheet_name).rows
                count, digest = sheet_digest(rows, name, sheet_name)
                sending.send(("sheet", table, count, digest))
                for batch in records(table, rows, *shapes[table]):
                    sending.send(("records", table, _packed(batch)))
                del rows
                sending.send(("end", table, None))
        sending.send(("done",))
    except UserError as exc:
        sending.send(("refused", exc.message, exc.field))
    except BaseException:  # noqa: BLE001 - told to the importing process, which raises it
        sending.send(("failed", traceback.format_exc()))
    finally:
        sending.close()
