"""Đồng bộ: the office's signing key, the offices it trusts (core.keys), and the packages sent and received
(core.sync): "Gửi gói dữ liệu…" asks the receiving office's code and where to save, "Nhập gói dữ liệu…" checks and
merges a package and says what changed or why it was refused.

The key: the office's code and name and its fingerprint in large digits, to read to another office by phone;
"Xuất khóa công khai…" writes the small file to send to the offices that will receive this office's packages;
"Sao lưu khóa bí mật…" (after a warning) and "Nhập khóa bí mật…" move the office to a new PC. Trusted offices: a
table of code, name, fingerprint and since when; "Thêm từ tệp khóa…" shows the file's office and fingerprint to
compare before trusting it; "Bỏ tin cậy" removes one (its packages are then refused). Everything runs on the DB
worker.
"""
from __future__ import annotations


from core import formatting
from ui import file_dialogs, look
from ui.models import Column, RowsModel
from ui.operations import keys as ops
from ui.pages.base import Page
from ui.qt import QFont, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton, Qt, QVBoxLayout, tr
from ui.widgets import heading, muted, report_view

KEY_FILES = "Khóa (*.key *.json);;*"


class SyncPage(Page):
    def __init__(self, main):
        super().__init__(main)
        self.key = None
        self.title = heading()
        self.key_box = QGroupBox()
        self.office_label = QLabel()
        self.fingerprint = QLabel()
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.fingerprint.setFont(font)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_hint = muted(QLabel())
        self.key_hint.setWordWrap(True)
        self.export_button = look.primary(QPushButton(), "export")
        self.backup_button = look.decorate(QPushButton(), "export")
        self.restore_button = look.decorate(QPushButton(), "import")
        self.export_button.clicked.connect(lambda: self.export_public())
        self.backup_button.clicked.connect(lambda: self.export_private())
        self.restore_button.clicked.connect(lambda: self.import_private())
        buttons = QHBoxLayout()
        for b in (self.export_button, self.backup_button, self.restore_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        box = QVBoxLayout(self.key_box)
        box.addWidget(self.office_label)
        box.addWidget(self.fingerprint)
        box.addWidget(self.key_hint)
        box.addLayout(buttons)

        self.trusted_box = QGroupBox()
        self.model = RowsModel([
            Column(lambda: tr("SyncPage", "Mã"), "code"),
            Column(lambda: tr("SyncPage", "Đơn vị"), "name"),
            Column(lambda: tr("SyncPage", "Dấu vân tay"), "fingerprint"),
            Column(lambda: tr("SyncPage", "Tin cậy từ"), "added_at", formatting.date_time),
        ], self)
        self.table = report_view(self.model)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.trust_button = look.decorate(QPushButton(), "add")
        self.untrust_button = look.decorate(QPushButton(), "delete")
        self.trust_button.clicked.connect(lambda: self.trust())
        self.untrust_button.clicked.connect(self.untrust)
        self.empty = muted(QLabel())
        row = QHBoxLayout()
        row.addWidget(self.trust_button)
        row.addWidget(self.untrust_button)
        row.addStretch(1)
        trusted = QVBoxLayout(self.trusted_box)
        trusted.addWidget(self.table, 1)
        trusted.addWidget(self.empty)
        trusted.addLayout(row)
        self.packages_box = QGroupBox()
        self.send_button = look.decorate(QPushButton(), "export")
        self.receive_button = look.decorate(QPushButton(), "import")
        self.send_button.clicked.connect(lambda: self.send())
        self.receive_button.clicked.connect(lambda: self.receive())
        self.conflicts_button = look.decorate(QPushButton(), "duplicates")
        self.conflicts_button.clicked.connect(self.show_conflicts)
        self.history = RowsModel([
            Column(lambda: tr("SyncPage", "Lúc"), "at", formatting.date_time),
            Column(lambda: tr("SyncPage", "Gửi/nhận"), lambda r: _direction(r["direction"])),
            Column(lambda: tr("SyncPage", "Đơn vị"),
                   lambda r: f"{r['peer_code']} — {r['peer_name']}" if r["peer_name"] else r["peer_code"]),
            Column(lambda: tr("SyncPage", "Số gói"), lambda r: formatting.number(r["sequence"])
                   if r["sequence"] is not None else "", align_right=True),
            Column(lambda: tr("SyncPage", "Loại"), lambda r: _mode(r["mode"])),
            Column(lambda: tr("SyncPage", "Số bản ghi"), lambda r: formatting.number(r["rows"])
                   if r["rows"] is not None else "", align_right=True),
            Column(lambda: tr("SyncPage", "Tệp, lý do từ chối"),
                   lambda r: f"{r['file_name'] or ''}{': ' + r['reason'] if r['reason'] else ''}"),
        ], self)
        self.history_table = report_view(self.history)
        self.history_table.horizontalHeader().setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.history_table.doubleClicked.connect(lambda index: self.open_package(self.history.row(index)))
        packages = QVBoxLayout(self.packages_box)
        package_buttons = QHBoxLayout()
        package_buttons.addWidget(self.send_button)
        package_buttons.addWidget(self.receive_button)
        package_buttons.addStretch(1)
        package_buttons.addWidget(self.conflicts_button)
        packages.addLayout(package_buttons)
        packages.addWidget(self.history_table, 1)
        self.packages_note = muted(QLabel())
        self.packages_note.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.key_box)
        layout.addWidget(self.trusted_box, 1)
        layout.addWidget(self.packages_box, 1)
        layout.addWidget(self.packages_note)
        self.retranslate()
        self._stale = True
        self.reload()

    # --- data -----------------------------------------------------------------------------------------------
    def reload(self) -> None:
        self._stale = False
        ops.show(self).success(self._shown).refused(self._no_key).run()
        ops.history(self).success(self.history.set_rows).run()

    def _shown(self, result) -> None:
        self.key, rows = result
        self.model.set_rows(rows)
        self.retranslate()

    def _no_key(self, exc) -> None:
        """No office yet, or its private key is missing (a new PC): said where the fingerprint would be."""
        self.key = None
        self.retranslate()
        self.key_hint.setText(exc.message)

    def refresh(self, changes) -> None:
        self.reload_if(changes.office or changes.config)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Đồng bộ"))
        self.key_box.setTitle(self.tr("Khóa của đơn vị"))
        key = self.key
        self.office_label.setText(f"{key.code} — {key.name}" if key else "")
        self.fingerprint.setText(key.fingerprint if key else "—")
        self.key_hint.setText(self.tr(
            "Dấu vân tay để đơn vị nhận gói đối chiếu qua điện thoại. Gửi tệp khóa công khai cho đơn vị nhận gói; "
            "khóa bí mật nằm cạnh tệp dữ liệu trên máy này và chỉ rời máy khi sao lưu để chuyển sang máy mới."))
        self.export_button.setText(self.tr("Xuất khóa công khai…"))
        self.backup_button.setText(self.tr("Sao lưu khóa bí mật…"))
        self.restore_button.setText(self.tr("Nhập khóa bí mật…"))
        self.trusted_box.setTitle(self.tr("Đơn vị tin cậy: nhận gói dữ liệu do các đơn vị này ký"))
        self.trust_button.setText(self.tr("Thêm từ tệp khóa…"))
        self.untrust_button.setText(self.tr("Bỏ tin cậy"))
        self.empty.setText("" if self.model.rowCount() else self.tr("Chưa tin cậy đơn vị nào."))
        self.empty.setVisible(not self.model.rowCount())
        self.packages_box.setTitle(self.tr("Gói dữ liệu đã gửi và đã nhận"))
        self.send_button.setText(self.tr("Gửi gói dữ liệu…"))
        self.receive_button.setText(self.tr("Nhập gói dữ liệu…"))
        self.conflicts_button.setText(self.tr("Xung đột…"))
        self.packages_note.setText(self.tr("Gói dữ liệu có dữ liệu cá nhân (Nghị định 13/2023/NĐ-CP): chỉ gửi cho đơn vị "
                                           "ghi trong gói. Trước khi nhập, ứng dụng kiểm tra chữ ký và nội dung và sao "
                                           "lưu tệp dữ liệu. Bấm đúp một gói đã nhận để xem gói đó thay đổi gì."))
        self.history.retranslate()
        self.model.retranslate()
        self._update_buttons()

    def _update_buttons(self, *_) -> None:
        self.untrust_button.setEnabled(self.selected() is not None)

    def selected(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row(rows[0]) if rows else None

    # --- the office's key -----------------------------------------------------------------------------------
    def export_public(self, path: str | None = None) -> None:
        code = self.key.code if self.key else "don-vi"
        path = path or file_dialogs.save_file(self, self.tr("Xuất khóa công khai"), f"khoa-cong-khai-{code}.key",
                                              KEY_FILES)
        if path:
            ops.export_public(self, path=path).success(lambda key: QMessageBox.information(
                self, self.tr("Đã lưu"), self.tr("Đã ghi khóa công khai ra {path}.\n\nGửi tệp này cho đơn vị nhận gói "
                                                 "và đọc cho họ dấu vân tay: {fingerprint}").format(
                    path=path, fingerprint=key.fingerprint))).run()

    def export_private(self, path: str | None = None) -> None:
        warned = QMessageBox.question(self, self.tr("Sao lưu khóa bí mật"), self.tr(
            "Ai có tệp khóa bí mật thì ký được gói dữ liệu thay đơn vị. Chỉ sao lưu để chuyển sang máy mới, giữ tệp "
            "như con dấu (USB cất riêng), không gửi qua thư điện tử. Tiếp tục?"))
        if warned != QMessageBox.StandardButton.Yes:
            return
        code = self.key.code if self.key else "don-vi"
        path = path or file_dialogs.save_file(self, self.tr("Sao lưu khóa bí mật"), f"khoa-bi-mat-{code}.key",
                                              KEY_FILES)
        if path:
            ops.export_private(self, path=path).success(lambda _key: QMessageBox.information(
                self, self.tr("Đã lưu"), self.tr("Đã sao lưu khóa bí mật ra {path}.").format(path=path))).run()

    def import_private(self, path: str | None = None) -> None:
        path = path or file_dialogs.open_file(self, self.tr("Nhập khóa bí mật"), KEY_FILES)
        if path:
            ops.import_private(self, path=path).success(lambda key: self._imported(key)).run()

    def _imported(self, key) -> None:
        self.reload()
        QMessageBox.information(self, self.tr("Đã nhập"), self.tr(
            "Đã nhập khóa bí mật của {code}. Dấu vân tay: {fingerprint}").format(code=key.code,
                                                                               fingerprint=key.fingerprint))

    # --- packages -------------------------------------------------------------------------------------------
    def send(self, to: str | None = None, path: str | None = None, full: bool = False) -> None:
        """A package for an office: its code (a trusted office's, or any), then where to save it."""
        from ui.qt import QInputDialog
        if to is None:
            codes = [r["code"] for r in self.model.rows]
            to, ok = QInputDialog.getItem(self, self.tr("Gửi gói dữ liệu"), self.tr(
                "Mã đơn vị nhận (gói gồm các thay đổi từ gói cuối đơn vị đó đã báo nhận; lần đầu: toàn bộ):"),
                codes, 0, True)
            if not ok or not to.strip():
                return
        path = path or file_dialogs.save_file(self, self.tr("Gửi gói dữ liệu"), f"goi-du-lieu-{to.strip()}.xlsx",
                                              "Excel (*.xlsx)")
        if path:
            ops.export_package(self, to=to.strip(), path=path, full=full).success(
                lambda sent: self._sent(sent)).run()

    def _sent(self, sent) -> None:
        self.reload()
        QMessageBox.information(self, self.tr("Đã ghi gói"), self.tr(
            "Đã ghi gói số {sequence} cho {to} ({n} bản ghi) ra {path}.\n\nGói có dữ liệu cá nhân: chỉ gửi cho đơn vị "
            "{to}.").format(sequence=sent.sequence, to=sent.recipient, n=formatting.number(sum(sent.counts.values())),
                            path=sent.path))

    def receive(self, path: str | None = None) -> None:
        path = path or file_dialogs.open_file(self, self.tr("Nhập gói dữ liệu"), "Excel (*.xlsx)")
        if path:
            ops.import_package(self, path=path).success(self._received).run()

    def _received(self, outcome) -> None:
        result, changes = outcome
        self.main.apply(changes)
        self.reload()
        if result.status == "refused":
            QMessageBox.warning(self, self.tr("Không nhập"), result.reason)
        elif result.status == "imported":
            text = self.tr("Đã nhập gói của {sender}: {created} bản ghi mới, {updated} cập nhật, {deleted} xoá, "
                           "{conflicts} xung đột.").format(sender=result.sender,
                                                           created=formatting.number(result.created),
                                                           updated=formatting.number(result.updated),
                                                           deleted=formatting.number(result.deleted),
                                                           conflicts=formatting.number(result.conflicts))
            if result.held:
                text += "\n\n" + self.tr("{n} bản ghi được giữ lại vì thiếu bản ghi cha hoặc trùng bản ghi đã có.").format(
                    n=formatting.number(result.held))
            QMessageBox.information(self, self.tr("Đã nhập"), text)
        else:
            QMessageBox.information(self, self.tr("Đã nhập"), result.reason)

    def open_package(self, row: dict | None) -> None:
        """A received package: what it changed (a double click on the history)."""
        if row and row["direction"] == "received":
            from ui.package_dialog import PackageDialog
            PackageDialog(self, row["package_uuid"]).exec()

    def show_conflicts(self) -> None:
        from ui.conflicts_dialog import ConflictsDialog
        ConflictsDialog(self).exec()

    # --- trusted offices ------------------------------------------------------------------------------------
    def trust(self, path: str | None = None) -> None:
        """Show the file's office and fingerprint to compare with what its clerk reads out, then trust it."""
        from core import keys
        from core.errors import UserError
        path = path or file_dialogs.open_file(self, self.tr("Tin cậy đơn vị"), KEY_FILES)
        if not path:
            return
        try:
            key = keys.read_public(path)   # a file read, no database: here, before asking
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Không tin cậy được"), exc.message)
            return
        answer = QMessageBox.question(self, self.tr("Tin cậy đơn vị"), self.tr(
            "{code} — {name}\n\nDấu vân tay: {fingerprint}\n\nĐối chiếu dấu vân tay này với cán bộ của đơn vị kia "
            "(qua điện thoại) trước khi tin cậy. Tin cậy đơn vị này?").format(
            code=key.code, name=key.name or "…", fingerprint=key.fingerprint))
        if answer == QMessageBox.StandardButton.Yes:
            ops.trust(self, path=path).success(lambda _r: self.main.apply(_config())).run()

    def untrust(self) -> None:
        row = self.selected()
        if row is None:
            return
        answer = QMessageBox.question(self, self.tr("Bỏ tin cậy"), self.tr(
            "Bỏ tin cậy {code} — {name}? Các gói do khóa này ký sẽ bị từ chối.").format(code=row["code"],
                                                                                    name=row["name"]))
        if answer == QMessageBox.StandardButton.Yes:
            ops.untrust(self, trusted_id=row["id"]).success(self.main.apply).run()


def _direction(code: str) -> str:
    return {"sent": tr("SyncPage", "Gửi"), "received": tr("SyncPage", "Nhận"),
            "refused": tr("SyncPage", "Từ chối")}.get(code, code)


def _mode(code: str) -> str:
    return {"full": tr("SyncPage", "toàn bộ"), "changes": tr("SyncPage", "các thay đổi"),
            "since": tr("SyncPage", "từ một ngày")}.get(code, code)


def _config():
    from core.changes import Changes
    return Changes.of("config")
