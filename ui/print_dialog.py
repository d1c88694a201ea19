"""Printing a conference's invitations: the choices on the left, the pages as they will print on the right
(QtPdf's QPdfView, with page navigation and zoom), then Print (the system's printer dialog) or Save as PDF.

The preview is drawn on the DB worker into a temporary file and registers nothing. Print and Save draw the batch
for real: the first print of a conference takes the next GM number of the year (or the number typed), and the
invitations are marked printed. A batch of hundreds shows its progress and can be cancelled.
"""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from core import formatting, parse
from core.errors import UserError
from ui import file_dialogs, look
from ui.operations import documents as ops
from ui.operations import show_error
from ui.qt import (QButtonGroup, QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QMessageBox,
                   QPushButton, QRadioButton, QSplitter, QTimer, QVBoxLayout, QWidget, tr)
from ui.qt_pdf import QPainter, QPdfDocument, QPdfView, QPointF, QPrintDialog, QPrinter, QRectF
from ui.widgets import ErrorLabel, heading, muted

PRINT_DPI = 300  # pages are rendered for the printer at this resolution (a 1200-dpi A4 page is 560 MB)


class InvitationPrintDialog(QDialog):
    def __init__(self, main, conference_id: int, person_ids=None, parent=None):
        super().__init__(parent)
        self.main, self.conference_id, self.person_ids = main, conference_id, list(person_ids or [])
        self._folder = Path(tempfile.mkdtemp(prefix="vandong-preview-"))
        self._previews = 0
        self.setWindowTitle(tr("PrintDialog", "In giấy mời"))
        conference = main.ws.conferences.get(conference_id) or {}
        invited_ids = {i["person_id"] for i in main.ws.invitations.list(conference_id)}
        invited = len(invited_ids)
        not_invited = len([p for p in self.person_ids if p not in invited_ids])
        self.person_ids = [p for p in self.person_ids if p in invited_ids]  # only they have an invitation

        self.title = heading(size=1.15)
        self.title.setText(tr("PrintDialog", "Giấy mời: {kind}, {commune}, {date}").format(
            kind=conference.get("kind_name", ""), commune=conference.get("commune_name", ""),
            date=formatting.date(conference.get("date"))))
        self.title.setWordWrap(True)
        self.everyone = QRadioButton(tr("PrintDialog", "Mọi người được mời ({n})", "", invited).format(
            n=formatting.number(invited)))
        chosen = len(self.person_ids)
        self.chosen = QRadioButton(tr("PrintDialog", "Những người đã chọn ({n})", "", chosen).format(
            n=formatting.number(chosen)))
        scope = QButtonGroup(self)
        for button in (self.everyone, self.chosen):
            scope.addButton(button)
        (self.chosen if self.person_ids else self.everyone).setChecked(True)
        self.chosen.setEnabled(bool(self.person_ids))
        self.per_page = QComboBox()
        self.per_page.addItem(tr("PrintDialog", "1 giấy mời (A4)"), 1)
        self.per_page.addItem(tr("PrintDialog", "2 giấy mời (hai nửa A5, có đường cắt)"), 2)
        self.number = QLineEdit()
        self.number.setPlaceholderText(tr("PrintDialog", "tự động"))
        self.number.setToolTip(tr("PrintDialog", "Để trống: số tiếp theo trong năm (in lại giữ số đã cấp). "
                                                 "Gõ số nếu giấy mời đã được cấp số trong sổ văn bản."))
        self.info = muted(QLabel())
        self.info.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #8a5a00;")
        self.error = ErrorLabel()
        self._note = tr("PrintDialog", "{n} người đã chọn chưa được mời dự hội nghị này: mời họ trước (Người tham "
                                       "gia → Hội nghị → Mời dự hội nghị…).").format(
            n=formatting.number(not_invited)) if not_invited else ""

        self.print_button = look.primary(QPushButton(tr("PrintDialog", "In…")), "print")
        self.save_button = look.decorate(QPushButton(tr("PrintDialog", "Lưu PDF…")), "export")
        self.close_button = QPushButton(tr("PrintDialog", "Đóng"))
        form = QFormLayout()
        form.addRow(tr("PrintDialog", "In cho"), self.everyone)
        form.addRow("", self.chosen)
        form.addRow(tr("PrintDialog", "Mỗi trang A4"), self.per_page)
        form.addRow(tr("PrintDialog", "Số văn bản"), self.number)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.addWidget(self.title)
        ll.addLayout(form)
        ll.addWidget(self.info)
        ll.addWidget(self.warning)
        ll.addWidget(self.error)
        ll.addStretch(1)
        for button in (self.print_button, self.save_button, self.close_button):
            ll.addWidget(button)

        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.page_label = QLabel()
        self.previous_button = QPushButton("◀")
        self.next_button = QPushButton("▶")
        self.zoom_out = QPushButton("−")
        self.zoom_in = QPushButton("+")
        self.fit_button = QPushButton(tr("PrintDialog", "Vừa trang"))
        bar = QHBoxLayout()
        for w in (self.previous_button, self.page_label, self.next_button):
            bar.addWidget(w)
        bar.addStretch(1)
        for w in (self.zoom_out, self.fit_button, self.zoom_in):
            bar.addWidget(w)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addLayout(bar)
        rl.addWidget(self.view, 1)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([320, 680])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.resize(1080, 720)

        self._timer = QTimer(self)  # typing a number previews once, after a pause
        self._timer.setSingleShot(True)
        self._timer.setInterval(400)
        self._timer.timeout.connect(self.refresh_preview)
        for button in (self.everyone, self.chosen):
            button.toggled.connect(self._timer.start)
        self.per_page.currentIndexChanged.connect(self._timer.start)
        self.number.textChanged.connect(self._timer.start)
        self.previous_button.clicked.connect(lambda: self.go_to(self.current_page() - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.current_page() + 1))
        self.zoom_in.clicked.connect(lambda: self._zoom(1.25))
        self.zoom_out.clicked.connect(lambda: self._zoom(0.8))
        self.fit_button.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView))
        self.view.pageNavigator().currentPageChanged.connect(self._show_page)
        self.print_button.clicked.connect(self.print_to_printer)
        self.save_button.clicked.connect(self.save_pdf)
        self.close_button.clicked.connect(self.reject)
        QTimer.singleShot(0, self.refresh_preview)

    # --- choices ------------------------------------------------------------------------------------
    def choices(self) -> dict | None:
        """The op's arguments, or None (and the reason shown) when the number typed is not a number."""
        try:
            number = parse.whole_number(self.number.text(), where=tr("PrintDialog", "Số văn bản"), field="number",
                                        minimum=1)
        except UserError as exc:
            self.error.show_error(exc.message)
            return None
        self.error.show_error("")
        return {"conference_id": self.conference_id, "per_page": self.per_page.currentData(),
                "person_ids": self.person_ids if self.chosen.isChecked() else None, "number": number}

    # --- preview ------------------------------------------------------------------------------------
    def refresh_preview(self) -> None:
        args = self.choices()
        if args is None:
            return
        self._previews += 1
        path = self._folder / f"preview-{self._previews}.pdf"  # a new file: the view may still hold the last
        ops.preview_invitations(self, path=path, **args).success(self._previewed).failure(self._failed).run()

    def _previewed(self, printed) -> None:
        self.document.load(printed.path)
        self.info.setText(tr("PrintDialog", "{n} giấy mời, {pages} trang · {number}", "", printed.invitations).format(
            n=formatting.number(printed.invitations), pages=formatting.number(printed.pages), number=printed.number))
        notes = [n for n in (self._note, *printed.warnings) if n]
        self.warning.setText("\n".join(notes))
        self.warning.setVisible(bool(notes))
        self._show_page(self.current_page())

    def _failed(self, exc) -> None:
        self.document.close()
        self.info.setText("")
        self.error.show_error(getattr(exc, "message", "") or str(exc))
        if not isinstance(exc, UserError):
            show_error(self, exc)

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to(self, page: int) -> None:
        if 0 <= page < self.document.pageCount():
            self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())

    def _show_page(self, *_args) -> None:
        total = self.document.pageCount()
        self.page_label.setText(tr("PrintDialog", "Trang {page}/{pages}").format(page=self.current_page() + 1,
                                                                                  pages=total) if total else "")
        self.previous_button.setEnabled(self.current_page() > 0)
        self.next_button.setEnabled(self.current_page() < total - 1)

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.2, min(4.0, self.view.zoomFactor() * factor)))

    # --- print and save -----------------------------------------------------------------------------
    def save_pdf(self) -> None:
        args = self.choices()
        if args is None:
            return
        path = file_dialogs.save_file(self, tr("PrintDialog", "Lưu giấy mời"), tr("PrintDialog", "giay-moi.pdf"),
                                      "PDF (*.pdf)")
        if path:
            ops.print_invitations(self, path=path, **args).success(self._saved).failure(self._failed).run()

    def _saved(self, result) -> None:
        printed, changes = result
        self.main.apply(changes)
        QMessageBox.information(self, tr("PrintDialog", "Đã lưu"), tr("PrintDialog", "Đã lưu {n} giấy mời ({number}) "
                                "vào {path}.").format(n=formatting.number(printed.invitations), number=printed.number,
                                                      path=printed.path))

    def print_to_printer(self, printer: QPrinter | None = None) -> None:
        """Through the system's printer dialog (a given printer: no dialog, as tests and a later 'print again'
        use it)."""
        args = self.choices()
        if args is None:
            return
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
                return
        path = self._folder / "print.pdf"
        ops.print_invitations(self, path=path, **args).success(
            lambda result: self._send(result, printer)).failure(self._failed).run()

    def _send(self, result, printer: QPrinter) -> None:
        printed, changes = result
        self.main.apply(changes)
        print_pdf(printed.path, printer)
        self.info.setText(tr("PrintDialog", "Đã gửi {n} giấy mời ({number}) tới máy in.").format(
            n=formatting.number(printed.invitations), number=printed.number))

    def done(self, result: int) -> None:
        self.document.close()
        shutil.rmtree(self._folder, ignore_errors=True)
        super().done(result)


def print_pdf(path, printer: QPrinter) -> int:
    """Each page of the PDF onto the printer, rendered at PRINT_DPI and fitted to the printable page; returns
    the number of pages sent."""
    document = QPdfDocument()
    document.load(str(path))
    painter = QPainter()
    if not painter.begin(printer):
        raise UserError(tr("PrintDialog", "Không mở được máy in."))
    pages = document.pageCount()
    try:
        target = printer.pageRect(QPrinter.Unit.DevicePixel)
        for page in range(pages):
            if page:
                printer.newPage()
            size = document.pagePointSize(page)
            image = document.render(page, (size * PRINT_DPI / 72).toSize())
            scale = min(target.width() / image.width(), target.height() / image.height())
            painter.drawImage(QRectF(0, 0, image.width() * scale, image.height() * scale), image)
    finally:
        painter.end()
        document.close()
    return pages
