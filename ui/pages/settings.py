"""Cài đặt: the window's language (switched live), where the data, the log and the database are, a shortcut to
the office profile (on the Địa bàn page), and on a tab of its own the office's invitation template (Mẫu giấy
mời): edited as text with placeholders, checked as the clerk types, previewed live as the first invitation of the
next conference would print, saved per office."""
from __future__ import annotations

import tempfile
from pathlib import Path

from core import formatting
from core.errors import UserError
from ui import i18n, look
from ui.operations import documents as document_ops
from ui.operations import settings as ops
from ui.operations import show_error
from ui.models import Column, RowsModel
from ui.pages.base import Page
from ui.qt import (QComboBox, QDesktopServices, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QListWidget,
                   QListWidgetItem, QMessageBox, QPlainTextEdit, QPushButton, QSplitter, Qt, QTableView, QTabWidget,
                   QTimer, QUrl, QVBoxLayout, QWidget, tr)
from ui.widgets import ErrorLabel, heading, muted, refusal

LANGUAGE_NAMES = {"vi": "Tiếng Việt", "en": "English"}  # each in its own language: never translated


class SettingsPage(Page):
    def __init__(self, main):
        super().__init__(main)
        self.title = heading()
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.current())))
        self.language_hint = muted(QLabel())
        self.language_hint.setWordWrap(True)
        self.language_box = QGroupBox()
        lang_form = QFormLayout(self.language_box)
        lang_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.language.setMinimumWidth(200)
        self.language_label = QLabel()
        lang_form.addRow(self.language_label, self.language)
        lang_form.addRow(self.language_hint)

        self.office_box = QGroupBox()
        self.office_text = QLabel()
        self.office_text.setWordWrap(True)
        self.office_button = QPushButton()
        office_layout = QHBoxLayout(self.office_box)
        office_layout.addWidget(self.office_text, 1)
        office_layout.addWidget(self.office_button, 0, Qt.AlignmentFlag.AlignTop)

        self.paths_box = QGroupBox()
        self.paths_form = QFormLayout(self.paths_box)
        self.db_path, self.data_path, self.log_path = (self._path_label() for _ in range(3))
        self.db_caption, self.data_caption, self.log_caption = QLabel(), QLabel(), QLabel()
        self.paths_form.addRow(self.db_caption, self.db_path)
        self.paths_form.addRow(self.data_caption, self.data_path)
        self.paths_form.addRow(self.log_caption, self.log_path)
        self.open_folder = QPushButton()
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.open_folder)
        folder_row.addStretch(1)
        self.paths_form.addRow("", folder_row)

        general = QWidget()
        general_layout = QVBoxLayout(general)
        general_layout.addWidget(self.language_box)
        general_layout.addWidget(self.office_box)
        general_layout.addWidget(self.paths_box)
        general_layout.addStretch(1)
        self.template: TemplateEditor | None = None  # built when its tab is first shown (it loads reportlab)
        self.template_tab = QWidget()
        QVBoxLayout(self.template_tab).setContentsMargins(0, 0, 0, 0)
        # the register of documents issued (sổ văn bản đi): read here; printing adds to it
        self.register_model = RowsModel([
            Column(lambda: self.tr("Loại"), "doc_type"),
            Column(lambda: self.tr("Số"), lambda r: f"{r['number']:02d}", align_right=True),
            Column(lambda: self.tr("Năm"), "year"),
            Column(lambda: self.tr("Ngày"), "issued_on", formatting.date),
            Column(lambda: self.tr("Trích yếu"), "summary"),
            Column(lambda: self.tr("Người ký"), "signer"),
            Column(lambda: self.tr("Hội nghị"), "conference_id"),
        ], self)
        self.register_view = QTableView()
        self.register_view.setModel(self.register_model)
        self.register_view.verticalHeader().setVisible(False)
        self.register_view.horizontalHeader().setStretchLastSection(True)
        self.register_hint = muted(QLabel())
        self.register_hint.setWordWrap(True)
        register_tab = QWidget()
        rl = QVBoxLayout(register_tab)
        rl.addWidget(self.register_hint)
        rl.addWidget(self.register_view, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(general, "")
        self.tabs.addTab(self.template_tab, "")
        self.tabs.addTab(register_tab, "")
        self.tabs.currentChanged.connect(self._tab_shown)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)

        self.language.currentIndexChanged.connect(self._language_chosen)
        self.office_button.clicked.connect(lambda: self.main.show_page("units"))
        self.open_folder.clicked.connect(self._open_data_folder)
        self._office = self.ws.office
        self.retranslate()
        self.load_paths()

    @staticmethod
    def _path_label() -> QLabel:
        label = QLabel()
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setWordWrap(True)
        return label

    def retranslate(self) -> None:
        self.title.setText(self.tr("Cài đặt"))
        self.tabs.setTabText(0, self.tr("Chung"))
        self.tabs.setTabText(1, self.tr("Mẫu giấy mời"))
        self.tabs.setTabText(2, self.tr("Sổ văn bản đi"))
        self.register_hint.setText(self.tr("Văn bản đã cấp số khi in (giấy mời: lần in đầu của mỗi hội nghị). Số chạy "
                                           "theo loại và năm; in lại giữ số đã cấp."))
        if self.template is not None:
            self.template.retranslate()
        self.language_box.setTitle(self.tr("Ngôn ngữ"))
        self.language_label.setText(self.tr("Ngôn ngữ giao diện"))
        self.language_hint.setText(self.tr("Đổi ngay, không cần mở lại ứng dụng. Thông báo, số và ngày tháng cũng theo "
                                           "ngôn ngữ đã chọn."))
        self.office_box.setTitle(self.tr("Hồ sơ đơn vị"))
        self.office_button.setText(self.tr("Sửa hồ sơ đơn vị…"))
        self._office_text()
        self.paths_box.setTitle(self.tr("Dữ liệu"))
        self.db_caption.setText(self.tr("Cơ sở dữ liệu"))
        self.data_caption.setText(self.tr("Thư mục dữ liệu"))
        self.log_caption.setText(self.tr("Nhật ký lỗi"))
        self.open_folder.setText(self.tr("Mở thư mục dữ liệu"))

    def _office_text(self) -> None:
        office = self._office
        if office:
            self.office_text.setText(self.tr("{name} (mã {code}), {province}. Người ký: {signer}").format(
                name=office["name"], code=office["code"], province=office["province_name"] or "—",
                signer=" ".join(x for x in (office["signer_title"], office["signer_name"]) if x) or "—"))
        else:
            self.office_text.setText(self.tr("Chưa khai báo đơn vị."))

    def load_paths(self) -> None:
        from core.logs import log_path
        from storage.connection import data_dir
        self.db_path.setText(str(self.ws.path) if self.ws.path else self.tr("(trong bộ nhớ)"))
        self.data_path.setText(str(data_dir()))
        self.log_path.setText(str(log_path()))

    def refresh(self, changes) -> None:
        if changes.invitations and self.tabs.currentIndex() == 2:  # a print took a number
            self.load_register()
        if changes.office:
            self._office = self.ws.office
            self._office_text()

    def load_register(self) -> None:
        from core.documents import register
        self.register_model.set_rows(register.issued(self.ws))

    def _tab_shown(self, index: int) -> None:
        if index == 2:
            self.load_register()
        if self.tabs.widget(index) is self.template_tab and self.template is None:
            self.template = TemplateEditor(self)
            self.template_tab.layout().addWidget(self.template)

    def can_close(self) -> bool:  # main-window hook: the window closes
        return self.template is None or self.template.settle_edits()

    def _language_chosen(self, _index: int) -> None:
        self.set_language(self.language.currentData())

    def set_language(self, lang: str) -> None:
        """Switch the whole window now (every widget gets LanguageChange) and remember the choice."""
        if lang == i18n.current():
            return
        if not i18n.switch(lang):
            QMessageBox.warning(self, self.tr("Ngôn ngữ"),
                                self.tr("Không tìm thấy bản dịch {file}; giao diện vẫn bằng tiếng Việt.").format(
                                    file=i18n.qm_path(lang).name))
            lang = i18n.current()
        else:
            i18n.save_language(lang)
        index = self.language.findData(lang)
        if index != self.language.currentIndex():
            self.language.setCurrentIndex(index)

    def _open_data_folder(self) -> None:
        from storage.connection import data_dir
        folder = Path(self.ws.path).parent if self.ws.path else data_dir()
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class TemplateEditor(QWidget):
    """The office's invitation template: the text (one paragraph a line, placeholders in braces), the
    placeholders to insert by a click, core's refusal as the clerk types (an unknown placeholder, a stray brace,
    nothing at all), Restore default, Save (an op), and beside it page 1 of the first invitation of the next
    conference drawn with the text being edited (after a pause in typing, on the DB worker, registering nothing).
    QtPdf is loaded when the tab is first shown."""

    PAUSE_MS = 500

    def __init__(self, page: SettingsPage):
        super().__init__(page)
        from core.documents import invitations
        self.page = page
        self.invitations = invitations
        self._saved_text = invitations.office_template(page.ws)
        self._folder: tempfile.TemporaryDirectory | None = None
        self._previews = 0
        self._rendering = False
        self._again = False
        self.document = self.view = None  # QtPdf's, made when the tab is first shown

        self.hint = muted(QLabel())
        self.hint.setWordWrap(True)
        self.edit = QPlainTextEdit()
        self.edit.setPlainText(self._saved_text)
        self.edit.setMinimumHeight(120)
        self.error = ErrorLabel()
        self.placeholders_label = QLabel()
        self.placeholders = QListWidget()
        for name in invitations.PLACEHOLDERS:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.placeholders.addItem(item)
        self.restore_button = look.decorate(QPushButton(), "undo")
        self.save_button = look.primary(QPushButton(), "save")
        self.state = muted(QLabel())
        self.state.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.hint)
        ll.addWidget(self.edit, 1)
        ll.addWidget(self.error)
        ll.addWidget(self.placeholders_label)
        ll.addWidget(self.placeholders)
        ll.addLayout(buttons)
        ll.addWidget(self.state)

        self.preview_caption = muted(QLabel())
        self.preview_caption.setWordWrap(True)
        self.preview_error = ErrorLabel()
        right = QWidget()
        self.preview_layout = QVBoxLayout(right)
        self.preview_layout.setContentsMargins(0, 0, 0, 0)
        self.preview_layout.addWidget(self.preview_caption)
        self.preview_layout.addWidget(self.preview_error)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self._timer = QTimer(self)  # typing previews once, after a pause
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.PAUSE_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self.edit.textChanged.connect(self._edited)
        self.placeholders.itemClicked.connect(self._insert)
        self.restore_button.clicked.connect(self.restore_default)
        self.save_button.clicked.connect(self.save)
        self.retranslate()
        self.placeholders.setMaximumHeight(self.placeholders.sizeHintForRow(0) * 6 + 2 * self.placeholders.frameWidth())
        self._edited()
        self._timer.stop()  # the first preview waits for the tab to be shown

    def retranslate(self) -> None:
        self.hint.setText(tr("TemplateEditor", "Mỗi dòng là một đoạn của giấy mời. Chỗ điền trong ngoặc nhọn, ví dụ "
                                               "{ho_ten}, được thay bằng thông tin của từng người được mời và của hội "
                                               "nghị. Giấy mời luôn in bằng tiếng Việt."))
        self.placeholders_label.setText(tr("TemplateEditor", "Chỗ điền (bấm để chèn vào chỗ con trỏ):"))
        for row in range(self.placeholders.count()):
            item = self.placeholders.item(row)
            name = item.data(Qt.ItemDataRole.UserRole)
            item.setText(f"{{{name}}} — {self.invitations.placeholder_meaning(name)}")
        self.restore_button.setText(tr("TemplateEditor", "Khôi phục mẫu mặc định"))
        self.save_button.setText(tr("TemplateEditor", "Lưu mẫu"))
        self._show_state()

    # --- editing -----------------------------------------------------------------------------------------
    def text(self) -> str:
        return self.edit.toPlainText()

    def problem(self) -> str:
        """core's refusal of the text as typed ('' when it would be saved)."""
        return refusal(self.invitations.clean_template, self.text())

    def dirty(self) -> bool:
        return self.text() != self._saved_text

    def _edited(self) -> None:
        problem = self.problem()
        self.error.show_error(problem)
        self.save_button.setEnabled(not problem and self.dirty())
        self.restore_button.setEnabled(self.text() != self.invitations.DEFAULT_TEMPLATE)
        self._show_state()
        if not problem:
            self._timer.start()

    def _show_state(self, saved: bool = False) -> None:
        if self.dirty():
            self.state.setText(tr("TemplateEditor", "Có thay đổi chưa lưu."))
        elif saved:
            self.state.setText(tr("TemplateEditor", "Đã lưu mẫu giấy mời."))
        else:
            self.state.setText("")

    def _insert(self, item: QListWidgetItem) -> None:
        self.edit.insertPlainText("{" + item.data(Qt.ItemDataRole.UserRole) + "}")
        self.edit.setFocus()

    def restore_default(self) -> None:
        """The default template in the editor (one undo step); saved only with Save."""
        self.edit.selectAll()
        self.edit.insertPlainText(self.invitations.DEFAULT_TEMPLATE)
        self.edit.setFocus()

    # --- saving ------------------------------------------------------------------------------------------
    def save(self):
        """Save the text (an op); returns the op, or None when there is nothing to save or the text is refused."""
        if self.problem() or not self.dirty():
            return None
        return ops.save_invitation_template(self, template=self.text()).disabling(self.save_button) \
            .success(self._saved).refused(self._refused).run()

    def _saved(self, changes) -> None:
        stored = self.invitations.office_template(self.page.ws)
        self._saved_text = stored
        if self.text() != stored:  # kept tidied (spaces at line ends, blank lines around it)
            self.edit.setPlainText(stored)
        self._edited()
        self._show_state(saved=True)
        self.page.main.apply(changes)

    def _refused(self, exc: UserError) -> None:
        self.error.show_error(exc.message)

    def settle_edits(self) -> bool:
        """Before the window closes with unsaved edits: save, discard, or stay (False)."""
        if not self.dirty():
            return True
        box = QMessageBox(QMessageBox.Icon.Question, tr("TemplateEditor", "Mẫu giấy mời chưa lưu"),
                          tr("TemplateEditor", "Mẫu giấy mời có thay đổi chưa lưu. Lưu lại?"), parent=self)
        save = box.addButton(tr("TemplateEditor", "Lưu"), QMessageBox.ButtonRole.AcceptRole)
        drop = box.addButton(tr("TemplateEditor", "Bỏ thay đổi"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(tr("TemplateEditor", "Ở lại"), QMessageBox.ButtonRole.RejectRole)
        if self.problem():
            save.setEnabled(False)
        box.exec()
        if box.clickedButton() is save:
            op = self.save()
            return op is None or op.wait()
        return box.clickedButton() is drop

    # --- preview -----------------------------------------------------------------------------------------
    def showEvent(self, event):  # noqa: N802  (Qt's name)
        super().showEvent(event)
        if self.view is None:
            from ui.qt_pdf import QPdfDocument, QPdfView
            self.document = QPdfDocument(self)
            self.view = QPdfView()
            self.view.setDocument(self.document)
            self.view.setPageMode(QPdfView.PageMode.SinglePage)
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.view.setMinimumWidth(260)
            self.preview_layout.addWidget(self.view, 1)
            width = self.splitter.width()
            self.splitter.setSizes([width * 2 // 5, width - width * 2 // 5])  # the page's text still readable
            self.refresh_preview()

    def refresh_preview(self) -> None:
        """Draw the text being edited (one draw at a time: typing meanwhile draws once more after it)."""
        self._timer.stop()
        if self.view is None or self.problem():
            return
        if self._rendering:
            self._again = True
            return
        if self._folder is None:
            self._folder = tempfile.TemporaryDirectory(prefix="vandong-template-", ignore_cleanup_errors=True)
        self._rendering, self._again = True, False
        self._previews += 1
        path = Path(self._folder.name) / f"preview-{self._previews}.pdf"  # a new file: the view holds the last
        document_ops.preview_template(self, template=self.text(), path=path) \
            .success(self._previewed).failure(self._preview_failed).run()

    def _previewed(self, sample) -> None:
        self._rendering = False
        self.document.load(sample.path)
        self.preview_error.show_error("")
        if sample.conference is None:
            where = tr("TemplateEditor", "một hội nghị giả định (đơn vị chưa có hội nghị)")
        else:
            c = sample.conference
            where = ", ".join(x for x in (c.get("kind_name"), c.get("commune_name"), formatting.date(c.get("date")))
                              if x)
        who = tr("TemplateEditor", "{name} (người mẫu: hội nghị chưa mời ai)").format(name=sample.invitee) \
            if sample.made_up else sample.invitee
        self.preview_caption.setText(tr("TemplateEditor", "Xem trước giấy mời đầu tiên: {who} — {where} · {number}")
                                     .format(who=who, where=where, number=sample.number))
        for old in Path(self._folder.name).glob("preview-*.pdf"):  # the ones before the last two
            if old.stem not in (f"preview-{self._previews}", f"preview-{self._previews - 1}"):
                try:
                    old.unlink()
                except OSError:  # still open somewhere (Windows): the folder goes when the window closes
                    pass
        self._after_preview()

    def _preview_failed(self, exc) -> None:
        self._rendering = False
        self.preview_error.show_error(getattr(exc, "message", "") or str(exc))
        if not isinstance(exc, UserError):
            show_error(self, exc)
        self._after_preview()

    def _after_preview(self) -> None:
        if self._again:
            self.refresh_preview()
