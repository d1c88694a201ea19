"""Vận động BHXH: opens the window, or runs a command headless (python main.py --help)."""
from __future__ import annotations

import sys
import time

START = time.perf_counter()  # process start, as near as Python gets (VANDONG_EXIT_WHEN_SHOWN)


def main(argv: list[str] | None = None, leave_when_done: bool = False) -> int:
    from cli import build_parser, run

    args = build_parser(argv).parse_args(argv)
    if args.command is None:
        from ui.display_check import display_problem
        problem = display_problem()  # no display, or Qt's X11 libraries missing: Qt would abort (exit 134)
        if problem:
            print(problem, file=sys.stderr)
            return 1
        from ui.app import run_app  # Qt is imported only when a window is wanted
        return run_app(db=args.db, lang=args.lang, demo=args.demo)
    status = run(args)
    if leave_when_done:
        leave(status)
    return status


def leave(code: int) -> None:
    """End the process after a command: its work is done and its database closed, so the objects it made are not
    freed one by one (after an import of 100.000 rows that alone takes 0,1-0,2 s)."""
    import logging
    import os
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a reader that went away (`… | head`), or a stream already closed
            code = code or 1
    os._exit(code)


if __name__ == "__main__":
    sys.exit(main(leave_when_done=True))
