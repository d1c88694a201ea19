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
from core.i18n import _
from storage.errors import StorageError

COMMAND_MODULES = ["cli.office_cmds", "cli.plan_cmds", "cli.conference_cmds", "cli.people_cmds", "cli.document_cmds",
                   "cli.report_cmds", "cli.key_cmds", "cli.package_cmds"]


class Parser(argparse.ArgumentParser):
    """A command-line mistake is one line in the chosen language with a pointer to --help (exit 2); argparse's
    own would print the usage first, in English."""

    def error(self, message):
        self.exit(2, _("lỗi: {message} — xem “{prog} --help”.", message=message.rstrip("."), prog=self.prog) + "\n")

    def parse_args(self, args=None, namespace=None):
        """As argparse's, but arguments left over are refused by the command they follow, so the pointer names
        that command's --help."""
        parsed, extras = self.parse_known_args(args, namespace)
        if extras:
            parser = self
            for dest in ("command", "what"):  # down the subcommands chosen
                chosen = getattr(parsed, dest, None)
                actions = parser._subparsers._group_actions if parser._subparsers else []
                if chosen and actions and chosen in actions[0].choices:
                    parser = actions[0].choices[chosen]
            parser.error(_("không hiểu đối số: {arguments}", arguments=" ".join(extras)))
        return parsed


def language_asked(argv: list[str]) -> str:
    """The language --lang names (the last one, as argparse reads them; '--la en' and '--lang=en' too), read
    before the parser is built so its help and its messages speak it. Only the options before the command
    count; a language we do not have leaves Vietnamese (argparse then refuses it)."""
    asked = "vi"
    i = 0
    while i < len(argv) and argv[i].startswith("-"):
        option, _eq, value = argv[i].partition("=")
        takes_value = option != "--demo" and not _eq and i + 1 < len(argv)
        if len(option) >= 3 and "--lang".startswith(option):
            value = value if _eq else (argv[i + 1] if takes_value else "")
            asked = value if value in i18n.LANGUAGES else "vi"
        i += 2 if takes_value and option not in ("-h", "--help") else 1
    return asked


def speak(lang: str) -> None:
    """Messages, help texts and argparse's own words ('usage:', its errors) in `lang`. argparse looks up its
    module's gettext functions at each call; they are pointed at our catalog, as otherwise argparse reads the
    process-wide gettext domain and the LANGUAGE variable."""
    i18n.set_language(lang)
    argparse_words = i18n.catalog(lang, domain="argparse")
    argparse._ = argparse_words.gettext
    argparse.ngettext = argparse_words.ngettext


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
            raise argparse.ArgumentTypeError(_("không được để trống."))
        return value
    return read


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The command line's parser, speaking the language argv's --lang asks for (sys.argv when None)."""
    speak(language_asked(sys.argv[1:] if argv is None else argv))
    parser = Parser(
        prog="main.py",
        description=_("Vận động BHXH — lập kế hoạch và tổ chức vận động cho BHXH cơ sở. Không có lệnh thì mở cửa sổ "
                      "chương trình."))
    parser.add_argument("--db", metavar="PATH",
                        help=_("tệp dữ liệu của đơn vị (mặc định: office.sqlite trong thư mục dữ liệu của người dùng)"))
    parser.add_argument("--lang", choices=i18n.LANGUAGES,
                        help=_("ngôn ngữ của thông báo và của cửa sổ (mặc định vi)"))
    parser.add_argument("--demo", action="store_true", help=_("mở cửa sổ với đơn vị mẫu (tạo ở lần dùng đầu)"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    helps = {"import": _("nhập tệp Excel (targets: chỉ tiêu, people: danh sách người)"),
             "export": _("xuất tệp Excel (targets: chỉ tiêu, handover: danh sách vận động tiếp)")}
    groups = {name: sub.add_parser(name, help=text).add_subparsers(dest="what", metavar="WHAT", required=True)
              for name, text in helps.items()}
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub, groups)
    return parser


def db_path(args) -> Path:
    from storage.connection import default_db_path
    return Path(args.db) if args.db else default_db_path()


def _exists(path: Path) -> bool | None:
    """Whether a file is there; None when the name cannot be looked up (longer than the system allows)."""
    try:
        return path.exists()
    except OSError:
        return None


def open_workspace(args):
    from core.workspace import Workspace
    path = db_path(args)
    there = _exists(path)
    if there is None:
        raise UserError(_("Không dùng được tệp {path}: tên tệp hoặc đường dẫn quá dài.", path=path))
    if not getattr(args, "creates_db", False) and not there:  # a mistyped --db makes no new file
        raise UserError(_("Không có cơ sở dữ liệu {path}. Tạo mới bằng lệnh “init” (hoặc “demo”), hay kiểm tra lại "
                          "--db.", path=path))
    return Workspace.open(path)


def _remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def print_json(data) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def run(args) -> int:
    """Run the command chosen in args (parsed by build_parser)."""
    speak(args.lang or "vi")
    if getattr(args, "read_ahead", None):  # the file is read while the database code loads and the database opens
        from core.workbooks import read_ahead
        read_ahead(*args.read_ahead(args))
    ws = None
    new_file = not getattr(args, "no_workspace", False) and _exists(db_path(args)) is False
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
        print(_("lỗi: {message}", message=describe(exc)), file=sys.stderr)
        return 1
    except BrokenPipeError:  # the reader went away (`… | head`): nothing left to say
        sys.stderr.close()
        return 1
    except Exception as exc:  # the one place the CLI catches everything: log it, say it in one line
        from core.logs import log_exception
        from storage.database import classify
        log_exception("CLI " + " ".join(sys.argv[1:]), exc)
        if isinstance(exc, sqlite3.DatabaseError) and classify(exc, db_path(args)):  # damaged or read-only, met
            print(_("lỗi: {message}", message=describe(exc, db_path(args))), file=sys.stderr)  # by a query: refused
            return 1
        print(describe(exc), file=sys.stderr)  # names the log, which has the details
        return 3
    finally:
        if ws is not None:
            ws.close()
