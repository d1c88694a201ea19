"""Cài đặt: the window's language (switched live), where the data, the log and the database are, and a
shortcut to the office profile (on the Địa bàn page)."""
from __future__ import annotations

from pathlib import Path

from ui import i18n
from ui.pages.base import Page
from ui.qt import (QComboBox, QDesktopServices, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QMessageBox, QPushButton,
                   Qt, QUrl, QVBoxLayout)
from ui.widgets import heading, muted

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

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.language_box)
        layout.addWidget(self.office_box)
        layout.addWidget(self.paths_box)
        layout.addStretch(1)

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
        if changes.office:
            self._office = self.ws.office
            self._office_text()

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
