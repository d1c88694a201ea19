"""Vận động BHXH: opens the window, or runs a command headless (python main.py --help)."""
from __future__ import annotations

import sys
import time

START = time.perf_counter()  # process start, as near as Python gets (VANDONG_EXIT_WHEN_SHOWN)


def main(argv: list[str] | None = None) -> int:
    from cli import build_parser, run

    args = build_parser().parse_args(argv)
    if args.command is None:
        from ui.app import run_app  # Qt is imported only when a window is wanted
        return run_app(db=args.db, lang=args.lang, demo=args.demo)
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
