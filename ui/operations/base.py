"""Work on the database off the GUI thread, with a progress dialog that doesn't flicker and can be cancelled.

    save_member(parent=self, group_id=g, values=v, unit_ids=u).success(self.saved).refused(self.show).run()

One DB worker thread (DbWorker) owns a second connection to the office database and runs every operation
in turn: it is the window's one writer (the window's own connection is query-only), and the GUI thread never
waits on SQLite. An Op's function gets the worker's Workspace and a core.progress.Progress; it must not touch
widgets. The functions are made by the per-area factories of ui/operations/<area>.py. Results come back
through a signal on a QObject that lives on the GUI thread. As in Anki: a busy cursor after 300 ms, the
dialog after 600 ms, a 100 ms timer that copies progress into the dialog and sets the cancel flag the worker
checks. Without a worker (an in-memory test workspace) the function runs at once, on the window's workspace.
"""
from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from typing import Callable

from core.errors import UserError
from core.progress import Cancelled, Progress
from ui.qt import QApplication, QEventLoop, QMessageBox, QObject, QProgressDialog, Qt, QTimer, Signal, tr

_running: set["Op"] = set()


class DbWorker:
    """The one thread that uses the worker connection (sqlite3 connections stay on their thread)."""

    def __init__(self, path, actor: str | None = None):
        self.path = path
        self.actor = actor  # the window's, so the audit log names the same person whichever connection wrote
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="db-worker")
        self._ws = None
        self._closed = False

    def submit(self, fn, progress: Progress) -> Future:
        return self._executor.submit(self._call, fn, progress)

    def _call(self, fn, progress):
        if self._ws is None:
            from core.workspace import Workspace
            self._ws = Workspace.open(self.path, actor=self.actor)
        return fn(self._ws, progress)

    def shutdown(self) -> None:
        if self._closed:  # the window may close twice (closeEvent, then app exit)
            return
        self._closed = True

        def close():
            if self._ws is not None:
                self._ws.close()
        self._executor.submit(close)
        self._executor.shutdown(wait=True)


def _host(widget):
    """The window holding the workspace and the DB worker: the first of the widget and its parents that has a
    `worker` (a dialog is a window of its own, opened from the main window), else the widget's window."""
    w = widget
    while w is not None:
        if hasattr(w, "worker"):
            return w
        w = w.parentWidget()
    return widget.window()


class Op(QObject):
    finished = Signal()

    def __init__(self, parent, fn: Callable, *, title: str = "", worker: DbWorker | None = None,
                 quiet: bool = False):
        """quiet: a refresh the clerk did not ask for (the dashboard's) shows no busy cursor and no dialog."""
        super().__init__(None)
        self.quiet = quiet
        self.parent_widget = parent
        self.fn = fn
        self.title = title
        host = _host(parent)
        self.worker = worker or getattr(host, "worker", None)
        self._host = host
        self._success: Callable | None = None
        self._failure: Callable | None = None
        self._refused: Callable | None = None
        self._disabled: list = []
        self.progress = Progress()
        self.future: Future | None = None
        self.dialog: QProgressDialog | None = None
        self._busy = False
        self._done = False
        self._ok = False
        self._loop: QEventLoop | None = None
        self.finished.connect(self._finish)

    def success(self, callback: Callable) -> "Op":
        self._success = callback
        return self

    def failure(self, callback: Callable) -> "Op":
        """Any error goes to callback instead of the standard message."""
        self._failure = callback
        return self

    def refused(self, callback: Callable) -> "Op":
        """A refusal (UserError: a bad value, a rule) goes to callback, e.g. to show it under its field; anything
        else is shown as usual."""
        self._refused = callback
        return self

    def disabling(self, *widgets) -> "Op":
        """Widgets (a dialog's OK) disabled while the op runs, so a double click doesn't save twice."""
        self._disabled = [(w, w.isEnabled()) for w in widgets]
        return self

    def run(self) -> "Op":
        _running.add(self)
        for widget, _enabled in self._disabled:
            widget.setEnabled(False)
        if self.worker is None:  # no worker (an in-memory test workspace): run here
            future: Future = Future()
            try:
                future.set_result(self.fn(self._host.ws, self.progress))
            except BaseException as exc:  # handed to _finish like a worker's failure
                future.set_exception(exc)
            self.future = future
            self._finish()
            return self
        self.future = self.worker.submit(self.fn, self.progress)
        self.future.add_done_callback(self._done_in_worker)
        self._timer = QTimer(self)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        self._elapsed = 0
        return self

    def wait(self) -> bool:
        """After run(): keep the window responsive until the op has ended (a nested event loop), for a save that
        must be over before the clerk leaves the page. True when it succeeded."""
        if not self._done:
            self._loop = QEventLoop()
            self._loop.exec()
            self._loop = None
        return self._ok

    def _done_in_worker(self, _future) -> None:
        self.finished.emit()  # queued to the GUI thread: this object lives there

    def _tick(self) -> None:
        self._elapsed += 100
        if self.quiet:
            return
        if self._elapsed >= 300 and not self._busy:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            self._busy = True
        if self._elapsed >= 600 and self.dialog is None:
            self.dialog = QProgressDialog(self.title or tr("Op", "Đang xử lý…"), tr("Op", "Huỷ"), 0, 0,
                                          self.parent_widget)
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(0)
            self.dialog.canceled.connect(self.progress.cancel)
            self.dialog.show()
        if self.dialog is not None:
            p = self.progress
            if p.total:
                self.dialog.setMaximum(p.total)
                self.dialog.setValue(min(p.done, p.total))
            if p.text:
                self.dialog.setLabelText(p.text)

    def _finish(self) -> None:
        if hasattr(self, "_timer"):
            self._timer.stop()
        if self._busy:
            QApplication.restoreOverrideCursor()
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.close()
        for widget, enabled in self._disabled:
            widget.setEnabled(enabled)
        _running.discard(self)
        self._done = True
        if self._loop is not None:
            self._loop.quit()  # the callbacks below still run before wait() returns
        try:
            result = self.future.result()
        except Cancelled:
            return
        except Exception as exc:
            if self._refused and isinstance(exc, UserError):
                self._refused(exc)
            elif self._failure:
                self._failure(exc)
            else:
                show_error(self.parent_widget, exc)
            return
        self._ok = True
        if self._success:
            self._success(result)


def show_error(parent, exc: BaseException) -> None:
    """A refused action shows its message, and so does a damaged or read-only database met by a query; anything
    unexpected is logged and shown as one sentence naming the log (never the exception's text)."""
    from core.errors import describe
    from storage.database import classify
    from storage.errors import StorageError
    window = parent.window() if hasattr(parent, "window") else None
    path = getattr(getattr(window, "ws", None), "path", None)  # the open database, to word an sqlite3 error
    if isinstance(exc, (UserError, StorageError)) or (path is not None and classify(exc, path)):
        QMessageBox.warning(parent, tr("Op", "Không thực hiện được"), describe(exc, path))
        return
    from core.logs import log_exception
    log_exception("operation", exc)
    QMessageBox.critical(parent, tr("Op", "Lỗi không mong muốn"), describe(exc))
