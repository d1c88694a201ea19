"""The base of every sidebar page."""
from __future__ import annotations

from core.changes import Changes
from ui.qt import QEvent, QWidget


class Page(QWidget):
    """A page gets the main window (window.ws is the workspace, window.worker the DB worker).

    After a core mutation a page calls self.main.apply(changes); the window calls refresh(changes) on every
    page, and each page reloads only if the flags name what it shows. retranslate() re-sets every visible
    text; it runs on QEvent.LanguageChange.
    """

    def __init__(self, main):
        super().__init__(main)
        self.main = main

    @property
    def ws(self):
        return self.main.ws

    def refresh(self, changes: Changes) -> None:
        pass

    def reload_if(self, changed: bool) -> None:
        """After a change the page shows: reload now if it is on screen, else when it is next shown."""
        if changed:
            self._stale = True
            if self.isVisible():
                self.reload()

    def shown(self) -> None:
        if getattr(self, "_stale", False):
            self.reload()

    def retranslate(self) -> None:
        pass

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
