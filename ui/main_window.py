"""The main window: a sidebar of pages (ui.pages.PAGES), built lazily on first visit, and a status bar.

Pages reach the window as page.main: main.ws (the workspace: on a file it only reads, the app opens it
query-only), main.worker (the DB worker, the window's one writer; None for an in-memory workspace),
main.apply(changes) after a mutation, main.show_page(key) to jump to a page.
Optional page hooks: shown() when the page becomes current; can_leave() -> bool before the sidebar moves
away (False keeps the page, e.g. unsaved edits the clerk chose to keep); can_close() -> bool before the
window closes.
Geometry, dock/toolbar state and the last page are kept in QSettings group 'MainWindow'.
"""
from __future__ import annotations

import importlib

from core.changes import Changes
from ui.look import STYLE, icon
from ui.operations import DbWorker
from ui.pages import PAGES
from ui.qt import (QEvent, QKeySequence, QLabel, QListWidget, QListWidgetItem, QMainWindow, QSettings, QShortcut,
                   QSize, QSplitter, QStackedWidget, Qt, QTimer, QVBoxLayout, QWidget, tr)

SETTINGS_GROUP = "MainWindow"


class MainWindow(QMainWindow):
    def __init__(self, ws, parent=None):
        super().__init__(parent)
        self.ws = ws
        self.worker = DbWorker(ws.path, ws.actor) if ws.path else None
        self.pages: dict[str, QWidget] = {}
        self._relabel_pending = False
        self._keys = [key for key, _title, _spec in PAGES]

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFrameShape(QListWidget.Shape.NoFrame)
        self.sidebar.setSpacing(1)
        self.sidebar.setUniformItemSizes(True)
        self.sidebar.setIconSize(QSize(20, 20))
        self.setStyleSheet(STYLE)
        for key in self._keys:
            item = QListWidgetItem(icon(key), "")
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(0, 36))
            self.sidebar.addItem(item)
        self.stack = PageStack()
        splitter = QSplitter()
        splitter.setObjectName("mainSplitter")
        splitter.addWidget(self.sidebar)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(0, False)
        splitter.setSizes([190, 1000])
        self.splitter = splitter
        self.setCentralWidget(splitter)
        self.sidebar.currentRowChanged.connect(self._row_changed)

        self.office_label = QLabel()
        self.statusBar().addPermanentWidget(self.office_label)

        for n, key in enumerate(self._keys[:9], start=1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{n}"), self)
            shortcut.activated.connect(self._shortcut_slot(key))
        self.update_office()
        self.retranslate()
        self.resize(1180, 760)
        self._restore()

    # --- pages ------------------------------------------------------------------------------------
    def _shortcut_slot(self, key: str):
        return lambda: self.show_page(key)

    def page(self, key: str) -> QWidget:
        """The page for key, built on first use (its module is imported then, which keeps startup fast)."""
        if key not in self.pages:
            spec = next(s for k, _t, s in PAGES if k == key)
            widget = self._build_page(key, spec)
            self.pages[key] = widget
            self.stack.addWidget(widget)
        return self.pages[key]

    def _build_page(self, key: str, spec: str) -> QWidget:
        module_name, class_name = spec.split(":")
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name != module_name:
                return self._broken_page(key, exc)
            return PlaceholderPage(self, key)  # written by a later step: the app still runs
        except Exception as exc:  # a broken page must not take the window down
            return self._broken_page(key, exc)
        try:
            return getattr(module, class_name)(self)
        except Exception as exc:
            return self._broken_page(key, exc)

    def _broken_page(self, key: str, exc: BaseException) -> QWidget:
        from core.logs import log_exception
        log_exception(f"building page {key}", exc)
        return PlaceholderPage(self, key, error=str(exc))

    def show_page(self, key: str) -> QWidget:
        """Go to the page (built if needed); returns the page now shown (the old one if it refused to leave)."""
        self.sidebar.setCurrentRow(self._keys.index(key))
        return self.stack.currentWidget()

    def current_key(self) -> str:
        row = self.sidebar.currentRow()
        return self._keys[row] if row >= 0 else self._keys[0]

    def _row_changed(self, row: int) -> None:
        if row < 0:
            return
        leaving = self.stack.currentWidget()
        can_leave = getattr(leaving, "can_leave", None)
        if leaving is not None and leaving is not self.pages.get(self._keys[row]) and can_leave and not can_leave():
            back = next(i for i, k in enumerate(self._keys) if self.pages.get(k) is leaving)
            self.sidebar.blockSignals(True)  # the page keeps its unsaved edits: stay on it
            self.sidebar.setCurrentRow(back)
            self.sidebar.blockSignals(False)
            return
        widget = self.page(self._keys[row])
        self.stack.setCurrentWidget(widget)
        if hasattr(widget, "shown"):
            widget.shown()

    # --- changes ----------------------------------------------------------------------------------
    def apply(self, changes: Changes) -> None:
        """After a mutation: every page already built reloads what the flags name."""
        if changes.office:
            self.update_office()
        for widget in list(self.pages.values()):
            refresh = getattr(widget, "refresh", None)
            if refresh is not None:
                refresh(changes)

    def update_office(self) -> None:
        """Re-read the office (after changes.office); retranslate uses the copy, never the database."""
        self._office = self.ws.office
        self._show_office()

    def _show_office(self) -> None:
        office = self._office
        if office:
            self.office_label.setText(f"{office['name']} ({office['code']})")
        else:
            self.office_label.setText(tr("MainWindow", "Chưa khai báo đơn vị"))
        # the office's name; Qt adds the app's own name after it ('BHXH cơ sở Sơn Hà — Vận động BHXH')
        self.setWindowTitle(office["name"] if office else "")

    # --- language ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        for row, (_key, title, _spec) in enumerate(PAGES):
            item = self.sidebar.item(row)
            item.setText(tr("Sidebar", title))
            item.setToolTip(tr("MainWindow", "{page} (Ctrl+{n})").format(page=tr("Sidebar", title), n=row + 1))
        # wide enough for the longest title in this language: a wide page must not squeeze the sidebar
        metrics = self.sidebar.fontMetrics()
        widest = max(metrics.horizontalAdvance(self.sidebar.item(r).text()) for r in range(self.sidebar.count()))
        self.sidebar.setMinimumWidth(widest + 40 + self.sidebar.iconSize().width())
        if hasattr(self, "_office"):
            self._show_office()

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            # core names built-in kinds and indicators in the language of the moment, in the rows it gives:
            # pages showing them reload (config is where they live; a page with unsaved edits keeps them), once
            # per switch (a switch sends a LanguageChange per translator it removes or installs)
            if not self._relabel_pending:
                self._relabel_pending = True
                QTimer.singleShot(0, self._relabel)
        super().changeEvent(event)

    def _relabel(self) -> None:
        self._relabel_pending = False
        self.apply(Changes.of("config"))

    # --- remembered layout ------------------------------------------------------------------------
    def _restore(self) -> None:
        s = QSettings()
        s.beginGroup(SETTINGS_GROUP)
        geometry, state, sizes = s.value("geometry"), s.value("state"), s.value("splitter")
        last = s.value("page", self._keys[0])
        s.endGroup()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)
        if sizes is not None:
            self.splitter.restoreState(sizes)
        self.show_page(last if last in self._keys else self._keys[0])

    def save_settings(self) -> None:
        s = QSettings()
        s.beginGroup(SETTINGS_GROUP)
        s.setValue("geometry", self.saveGeometry())
        s.setValue("state", self.saveState())
        s.setValue("splitter", self.splitter.saveState())
        s.setValue("page", self.current_key())
        s.endGroup()
        s.sync()

    def closeEvent(self, event):
        for widget in self.pages.values():  # a page with unsaved edits may refuse to close
            can_close = getattr(widget, "can_close", None)
            if can_close is not None and not can_close():
                event.ignore()
                return
        self.save_settings()
        if self.worker is not None:
            self.worker.shutdown()
            self.worker = None
        super().closeEvent(event)


class PageStack(QStackedWidget):
    """The pages, asking for the room the page shown needs: a QStackedWidget asks for the widest page it ever
    held, so the window grew by itself as pages were visited."""

    def minimumSizeHint(self):
        current = self.currentWidget()
        return current.minimumSizeHint() if current is not None else super().minimumSizeHint()


class PlaceholderPage(QWidget):
    """Stands in for a page whose module is not there yet (or failed to build: the error is shown)."""

    def __init__(self, main, key: str, error: str = ""):
        super().__init__(main)
        self.main, self.key, self.error = main, key, error
        layout = QVBoxLayout(self)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.label)
        self.retranslate()

    def retranslate(self) -> None:
        from ui.pages import page_title
        if self.error:
            text = tr("MainWindow", "Trang “{page}” không mở được: {error}\nChi tiết đã được ghi vào nhật ký.").format(
                page=page_title(self.key), error=self.error)
        else:
            text = tr("MainWindow", "Trang “{page}” đang được xây dựng.").format(page=page_title(self.key))
        self.label.setText(text)

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
