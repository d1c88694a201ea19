"""Progress and cancellation for long core work (imports, batches), without Qt.

The UI's operation runner passes a Progress to the core function and polls it from a timer; the CLI and
tests pass nothing (NO_PROGRESS). Core loops call progress.report(done, total) and it raises Cancelled
when the clerk pressed Cancel, before anything is committed.
"""
from __future__ import annotations

import threading


class Cancelled(Exception):
    pass


class Progress:
    def __init__(self):
        self.done = 0
        self.total = 0
        self.text = ""
        self._cancel = threading.Event()

    def report(self, done: int, total: int | None = None, text: str | None = None) -> None:
        self.done = done
        if total is not None:
            self.total = total
        if text is not None:
            self.text = text
        if self._cancel.is_set():
            raise Cancelled()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


NO_PROGRESS = Progress()
