"""The command line: `python main.py [--db PATH] [--lang vi|en] COMMAND …` (see README.md).

Each area registers its commands from its own module (COMMAND_MODULES). A handler takes (args, ws) and
returns an exit code; the shared runner opens the workspace, prints one-line errors and sets exit codes:
0 success, 1 refused or bad input (UserError; a damaged, read-only or foreign database file), 2 bad command line
(argparse), 3 unexpected error (logged; the line names the log, not the error's text).
"""
from __future__ import annotations

import argparse
import importlib
import json
import sqlite3
import sys
from pathlib import Path

from core import i18n, parse
from core.errors import UserError, describe
from core.i18n import Messages
from storage.errors import StorageError

COMMAND_MODULES = ["cli.office_cmds", "cli.plan_cmds", "cli.conference_cmds", "cli.people_cmds"]

M = Messages({
    "error": ("lỗi: {message}", "error: {message}"),
    "empty": ("không được để trống.", "must not be empty."),
    "no_db": ("Không có cơ sở dữ liệu {path}. Tạo mới bằng lệnh “init” (hoặc “demo”), hay kiểm tra lại --db.",
              "There is no database {path}. Create one with “init” (or “demo”), or check --db."),
})


class _Language(argparse.Action):
    """--lang takes effect as soon as it is read: the messages of the options after it are in that language."""

    def __call__(self, parser, namespace, values, option_string=None):
        i18n.set_language(values)
        setattr(namespace, self.dest, values)


def number(reader=parse.whole_number, **limits):
    """An argparse type reading a number by core.parse's rules ('1.500.000' too); a malformed one is a wrong
    command line (exit 2, as int() made it) with core's sentence; ranges are core's to check (exit 1).
    reader: parse.whole_number or parse.money; limits: its minimum and maximum."""
    def read(text: str):
        try:
            value = reader(text, **limits)
        except UserError as exc:
            raise argparse.ArgumentTypeError(exc.message) from None
        if value is None:
            raise argparse.ArgumentTypeError(M("empty"))
        return value
    return read


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="main.py",
        description="Vận động BHXH — outreach planning for grassroots social-insurance offices. "
                    "Without a command, opens the window.")
    parser.add_argument("--db", metavar="PATH", help="the office database (default: office.sqlite in the user data folder)")
    parser.add_argument("--lang", choices=i18n.LANGUAGES, action=_Language,
                        help="language of messages and of the window (default vi)")
    parser.add_argument("--demo", action="store_true", help="open the window on the demo office (created on first use)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    groups = {
        "import": sub.add_parser("import", help="import a workbook (targets, people)").add_subparsers(
            dest="what", metavar="WHAT", required=True),
        "export": sub.add_parser("export", help="export a workbook (targets)").add_subparsers(
            dest="what", metavar="WHAT", required=True),
    }
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub, groups)
    return parser


def db_path(args) -> Path:
    from storage.connection import default_db_path
    return Path(args.db) if args.db else default_db_path()


def open_workspace(args):
    from core.workspace import Workspace
    path = db_path(args)
    if not getattr(args, "creates_db", False) and not path.exists():  # a mistyped --db makes no new file
        raise UserError(M("no_db", path=path))
    return Workspace.open(path)


def _remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def print_json(data) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def run(args) -> int:
    """Run the command chosen in args (parsed by build_parser)."""
    i18n.set_language(args.lang or "vi")
    if getattr(args, "read_ahead", None):  # the file is read while the database code loads and the database opens
        from core.workbooks import read_ahead
        read_ahead(*args.read_ahead(args))
    ws = None
    new_file = not getattr(args, "no_workspace", False) and not db_path(args).exists()
    try:
        if getattr(args, "no_workspace", False):
            return args.func(args, None)
        ws = open_workspace(args)
        return args.func(args, ws)
    except (UserError, StorageError) as exc:  # StorageError: a damaged, read-only or foreign file, found at open
        if new_file and ws is not None:  # a refused `init` leaves no half-made database behind
            ws.close()
            ws = None
            _remove_database(db_path(args))
        print(M("error", message=describe(exc)), file=sys.stderr)
        return 1
    except BrokenPipeError:  # the reader went away (`… | head`): nothing left to say
        sys.stderr.close()
        return 1
    except Exception as exc:  # the one place the CLI catches everything: log it, say it in one line
        from core.logs import log_exception
        from storage.database import classify
        log_exception("CLI " + " ".join(sys.argv[1:]), exc)
        if isinstance(exc, sqlite3.DatabaseError) and classify(exc, db_path(args)):  # damaged or read-only, met
            print(M("error", message=describe(exc, db_path(args))), file=sys.stderr)  # by a query: refused
            return 1
        print(describe(exc), file=sys.stderr)  # names the log, which has the details
        return 3
    finally:
        if ws is not None:
            ws.close()
