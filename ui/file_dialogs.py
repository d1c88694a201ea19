"""Choosing a file to open or a place to save: the documents folder the first time, then the folder last used.

Windows shows its own dialog, in Windows' language. Where Qt draws the dialog itself (Linux without a desktop
portal), its labels come from translations/qt_vi.ts and its dates are written as dates are here (01/12/2026 13:14,
not Qt's Vietnamese '1/12/26'): a proxy formats the date column.
"""
from __future__ import annotations

from pathlib import Path

import platformdirs

from core import formatting
from ui.qt import QFileDialog, QIdentityProxyModel, QSettings, Qt

_FOLDER_KEY = "dialogs/folder"


def open_file(parent, title: str, filters: str) -> str | None:
    """The file the clerk chose to open, or None."""
    return _run(parent, title, filters, QFileDialog.AcceptMode.AcceptOpen, "")


def save_file(parent, title: str, suggested_name: str, filters: str) -> str | None:
    """Where the clerk chose to save (the suggested name in the folder last used), or None."""
    return _run(parent, title, filters, QFileDialog.AcceptMode.AcceptSave, suggested_name)


def start_folder() -> str:
    """The folder last used, while it still exists; else the user's documents folder."""
    last = QSettings().value(_FOLDER_KEY, "", str)
    if last and Path(last).is_dir():
        return last
    return platformdirs.user_documents_dir()


def _run(parent, title: str, filters: str, mode, suggested_name: str) -> str | None:
    dialog = QFileDialog(parent, title, start_folder(), filters)
    dialog.setAcceptMode(mode)
    if mode == QFileDialog.AcceptMode.AcceptOpen:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    else:
        dialog.setDefaultSuffix("xlsx")
        if suggested_name:
            dialog.selectFile(suggested_name)
    dialog.setProxyModel(_Dates(dialog))  # used only where Qt draws the dialog itself
    if not dialog.exec() or not dialog.selectedFiles():
        return None
    path = dialog.selectedFiles()[0]
    QSettings().setValue(_FOLDER_KEY, str(Path(path).parent))
    return path


class _Dates(QIdentityProxyModel):
    """The file list's 'Date Modified' column as dates are written here."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and index.column() == 3:
            source = self.sourceModel()
            info = source.fileInfo(self.mapToSource(index)) if hasattr(source, "fileInfo") else None
            if info is not None:
                stamp = info.lastModified()
                return f"{formatting.date(stamp.toString('yyyy-MM-dd'))} {stamp.toString('HH:mm')}"
        return super().data(index, role)
