"""All PySide6 imports go through here (one place to check the version and keep small helpers)."""
from __future__ import annotations

from PySide6.QtCore import (QAbstractTableModel, QCoreApplication, QDate, QEvent, QEventLoop, QIdentityProxyModel,
                            QItemSelectionModel, QLibraryInfo, QModelIndex,
                            QObject, QSettings, QSize, QSortFilterProxyModel, Qt, QTime, QTimer, QTranslator, Signal,
                            Slot, QUrl, qVersion, QLocale)
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QKeySequence, QPalette, QShortcut, QStandardItem, \
    QStandardItemModel, QGuiApplication, QFontMetrics, QDesktopServices, QValidator
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCalendarWidget, QCheckBox, QComboBox,
                               QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QFrame, QGridLayout, QGroupBox,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget, QListWidgetItem, QMainWindow,
                               QMessageBox, QPlainTextEdit, QProgressDialog, QPushButton, QSizePolicy, QSpinBox,
                               QSplitter, QStackedWidget, QStatusBar, QTableView, QTableWidget, QTableWidgetItem,
                               QTabWidget, QTextEdit, QToolBar, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
                               QWidget, QWizard, QWizardPage, QAbstractItemDelegate, QStyledItemDelegate,
                               QButtonGroup, QRadioButton, QTabBar, QMenu, QToolButton, QWidgetAction, QInputDialog)

from core.parse import stored_date

_major, _minor = (int(x) for x in qVersion().split(".")[:2])
if (_major, _minor) < (6, 5):
    raise RuntimeError(f"Qt 6.5 or newer is required, found {qVersion()}")

tr = QCoreApplication.translate


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (the name lupdate looks for)
    """Marks a string for lupdate where it is defined; translate it with tr(context, text) where shown."""
    return text


def qdate(value) -> QDate:
    """A stored ISO date (or a date) or None -> QDate (invalid for None)."""
    day = stored_date(value) if value else None
    return QDate(day.year, day.month, day.day) if day else QDate()


def iso(date: QDate) -> str | None:
    return date.toString("yyyy-MM-dd") if date.isValid() else None
