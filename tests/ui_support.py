"""What page tests share: a stand-in for the main window, and opening one page in it."""
from __future__ import annotations

from ui.qt import QMainWindow, QTimer


class FakeMain(QMainWindow):
    """What a page needs of the main window: ws, no DB worker (Ops run inline), apply(changes) refreshing the
    pages it holds; `applied` records every Changes for assertions."""

    def __init__(self, ws):
        super().__init__()
        self.ws = ws
        self.worker = None
        self.pages: list = []
        self.applied: list = []

    @property
    def page(self):
        return self.pages[0] if self.pages else None

    def apply(self, changes):
        self.applied.append(changes)
        for page in self.pages:
            page.refresh(changes)


def open_page(qtbot, ws, page_class, width: int = 1280, height: int = 760, show: bool = False):
    main = FakeMain(ws)
    qtbot.addWidget(main)
    page = page_class(main)
    main.pages.append(page)
    main.setCentralWidget(page)
    main.resize(width, height)
    if show:
        main.show()
    return page


def restart_event_loop(app) -> None:
    """After an in-process run_app(): it ends as the process would, with the application quit, and every later
    event loop (qtbot.wait, the DB worker's queued signals) would return at once. One more exec() starts afresh."""
    QTimer.singleShot(0, app.quit)
    app.exec()
