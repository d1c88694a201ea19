"""The PDF viewer and printing parts of Qt (QtPdf from PySide6-Addons, QtPrintSupport): imported only when a
document is previewed or printed, so they cost nothing at start-up. The rest of Qt comes through ui/qt.py."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainter, QPageLayout, QPageSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

__all__ = ["QPainter", "QPageLayout", "QPageSize", "QPdfDocument", "QPdfView", "QPointF", "QPrintDialog",
           "QPrinter", "QRectF"]
