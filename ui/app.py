"""Starting the window: the application object, the error hook, the database, the language, the first run.

VANDONG_EXIT_WHEN_SHOWN=1 makes the app print `shown-after-ms: N` (N = ms since main.py was imported, or
since this module was, when started otherwise) once the main window is shown and painted, then quit:
bench/startup.py times startup this way. VANDONG_NO_ERROR_DIALOG=1 writes blocking error messages to stderr
instead of a dialog (scripts and tests, where nobody clicks OK).
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

_IMPORTED = time.perf_counter()

from core.errors import UserError  # noqa: E402
from ui.qt import QApplication, QMessageBox, QTimer, tr  # noqa: E402

ORGANIZATION = "BHXH"
APPLICATION = "VanDongBHXH"


def start_time() -> float:
    main = sys.modules.get("__main__")
    start = getattr(main, "START", None) or getattr(sys.modules.get("main"), "START", None)
    return start if isinstance(start, float) else _IMPORTED


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (or the existing one, in tests) with the names QSettings uses."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Vận động BHXH")
    return app


def install_excepthook() -> None:
    """An unexpected error: written to the log, shown in a dialog, and the app keeps running."""
    showing = []

    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        from core.logs import log_exception, log_path
        exc.__traceback__ = tb
        try:
            log_exception("unhandled error in the window", exc)
        except Exception:  # the log itself failed (disk full): still show the error
            pass
        if isinstance(exc, UserError):
            message = exc.message
        else:  # never the raw exception text: it is in the log
            message = tr("App", "Đã xảy ra lỗi không mong muốn. Chi tiết đã được ghi vào {log}.\n"
                                "Ứng dụng vẫn tiếp tục chạy.").format(log=log_path())
        if showing or QApplication.instance() is None:  # an error while the dialog is up: no dialog pile-up
            sys.stderr.write(message + "\n")
            return
        showing.append(True)
        try:
            tell(tr("App", "Lỗi không mong muốn"), message)
        finally:
            showing.clear()

    sys.excepthook = hook


def tell(title: str, message: str) -> None:
    """A blocking error message; on stderr when VANDONG_NO_ERROR_DIALOG=1 (scripts, tests: nobody to click OK)."""
    if os.environ.get("VANDONG_NO_ERROR_DIALOG") == "1":
        sys.stderr.write(f"{title}: {message}\n")
        sys.stderr.flush()
    else:
        QMessageBox.critical(QApplication.activeWindow(), title, message)


def choose_db(db: str | None, demo: bool) -> Path:
    from storage.connection import default_db_path, demo_db_path
    if db:
        return Path(db)
    if demo:
        path = demo_db_path()
        if path.exists() and path.stat().st_size == 0:  # our own demo, made by a run that died first: make it again
            path.unlink()
        if not path.exists():
            from core.demo import create_demo
            create_demo(path).close()
        return path
    return default_db_path()


def run_app(db: str | None = None, lang: str | None = None, demo: bool = False) -> int:
    app = make_application()
    install_excepthook()
    from ui import i18n
    i18n.switch(lang or i18n.saved_language())
    exit_when_shown = os.environ.get("VANDONG_EXIT_WHEN_SHOWN") == "1"

    from core.errors import describe
    from core.workspace import Workspace
    from storage.errors import StorageError
    try:
        ws = Workspace.open(choose_db(db, demo), query_only=True)  # the window only reads: writes are ops
    except (UserError, StorageError) as exc:  # damaged, read-only (needing an upgrade), foreign, too new
        tell(tr("App", "Không mở được dữ liệu"), describe(exc))
        return 1
    if ws.office is None and not exit_when_shown:
        from ui.first_run import FirstRunDialog
        if FirstRunDialog(ws).exec() != FirstRunDialog.DialogCode.Accepted:
            ws.close()
            return 0

    from ui.main_window import MainWindow
    window = MainWindow(ws)
    window.show()
    if exit_when_shown:
        def report():
            app.processEvents()  # let the first paint happen before the clock stops
            print(f"shown-after-ms: {round((time.perf_counter() - start_time()) * 1000)}", flush=True)
            window.close()
            app.quit()
        QTimer.singleShot(0, report)
    code = app.exec()
    # deliver what is still queued (the window's deletion among it) while Python and the workspace are up:
    # events left for interpreter shutdown crashed PySide6 there
    window.deleteLater()
    app.sendPostedEvents(None, 0)
    ws.close()
    return code
