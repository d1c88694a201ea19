"""All PySide6 imports go through here (one place to check the version and keep small helpers)."""
from __future__ import annotations

from PySide6.QtCore import (QAbstractTableModel, QCoreApplication, QDate, QEvent, QItemSelectionModel, QLibraryInfo, QModelIndex,
                            QObject, QSettings, QSize, QSortFilterProxyModel, Qt, QTime, QTimer, QTranslator, Signal,
                            Slot, QUrl, qVersion, QLocale)
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QKeySequence, QPalette, QShortcut, QStandardItem, \
    QStandardItemModel, QGuiApplication, QFontMetrics, QDesktopServices
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCalendarWidget, QCheckBox, QComboBox, QDateEdit,
                               QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QFrame, QGridLayout, QGroupBox,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget, QListWidgetItem, QMainWindow,
                               QMessageBox, QPlainTextEdit, QProgressDialog, QPushButton, QSizePolicy, QSpinBox,
                               QSplitter, QStackedWidget, QStatusBar, QTableView, QTableWidget, QTableWidgetItem,
                               QTabWidget, QTextEdit, QTimeEdit, QToolBar, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
                               QWidget, QWizard, QWizardPage, QAbstractItemDelegate, QStyledItemDelegate,
                               QButtonGroup, QRadioButton, QTabBar)

_major, _minor = (int(x) for x in qVersion().split(".")[:2])
if (_major, _minor) < (6, 5):
    raise RuntimeError(f"Qt 6.5 or newer is required, found {qVersion()}")

tr = QCoreApplication.translate


def qdate(value) -> QDate:
    """An ISO date string or None -> QDate (invalid for None)."""
    if not value:
        return QDate()
    return QDate.fromString(str(value)[:10], "yyyy-MM-dd")


def iso(date: QDate) -> str | None:
    return date.toString("yyyy-MM-dd") if date.isValid() else None


def _keep_bools_alive() -> None:
    """Work around a PySide6 6.12.0 defect: SignalInstance.emit() returns True without a new reference, so every
    emit from Python takes one reference off True; after a few thousand emits (a session of typing, a test run)
    CPython aborts with 'bool_dealloc: deallocating True or False'. Give True and False references they cannot
    run out of, as Python 3.12+ does (immortal objects); extra references to these singletons are harmless once
    PySide is fixed. (Found by the people area: see its report.)"""
    import sys
    if sys.version_info >= (3, 12) or not hasattr(sys, "getrefcount"):
        return
    import ctypes
    for value in (True, False):
        ctypes.c_ssize_t.from_address(id(value)).value += 1 << 40


_keep_bools_alive()
