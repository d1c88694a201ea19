"""Check-in at the door for one conference.

One input keeps the focus the whole time: a USB barcode scanner "types" the invitation code and Enter; a clerk
types part of a name instead and picks the invitee (arrow keys + Enter, or a double-click). Each Enter is a
check-in op on the DB worker (a few milliseconds); the input is cleared at once, so the next scan can arrive
while the answer is on its way, and answers come back in scan order. A coloured banner says what happened in
words big enough to read from a step away, and the room count updates live.
Changes are handed to the main window once, when the screen closes, so the other pages don't reload their
tables on every scan.
"""
from __future__ import annotations

import datetime as dt
from functools import partial

from core import formatting
from core.changes import Changes
from core.errors import UserError
from core.text import fold
from ui.operations import attendance as ops
from ui.operations import show_error
from ui.qt import (QDialog, QEvent, QFont, QFrame, QGuiApplication, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                   QListWidgetItem, QMessageBox, QPushButton, QSplitter, Qt, QTimer, QVBoxLayout)

# banner colours: background, text
STYLES = {
    "checked-in": ("#2e7d32", "#ffffff"),
    "already-checked-in": ("#1565c0", "#ffffff"),
    "other-conference": ("#ef6c00", "#ffffff"),
    "unknown-code": ("#c62828", "#ffffff"),
    "matches": ("#eceff1", "#263238"),
    "idle": ("#eceff1", "#263238"),
}
MATCH_LIMIT = 30
PersonRole = Qt.ItemDataRole.UserRole
NameRole = Qt.ItemDataRole.UserRole + 1


def _font(size: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSize(size)
    font.setBold(bold)
    return font


class CheckinScreen(QDialog):
    def __init__(self, main, conference_id: int, parent=None):
        super().__init__(parent or main)
        self.main = main
        self.conference_id = conference_id
        self.changes = Changes()
        self.last_status = "idle"
        self._invitees: list[dict] = []
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        screen = QGuiApplication.primaryScreen()
        room = screen.availableGeometry() if screen else None   # a 1366×768 office monitor, minus the taskbar
        self.resize(min(1280, room.width()) if room else 1280, min(700, room.height() - 40) if room else 700)

        self.title_label = QLabel()
        self.title_label.setFont(_font(15, True))
        self.title_label.setWordWrap(True)
        self.count_label = QLabel()
        self.count_label.setFont(_font(34, True))
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.count_caption = QLabel()
        self.count_caption.setFont(_font(11))
        self.count_caption.setAlignment(Qt.AlignmentFlag.AlignRight)

        self.input = QLineEdit()
        self.input.setFont(_font(22))
        self.input.setClearButtonEnabled(True)
        self.input.setMinimumHeight(56)
        self.input.returnPressed.connect(self.submit)
        self.input.textChanged.connect(self._search_names)
        self.input.installEventFilter(self)

        self.banner = QLabel()
        self.banner.setFont(_font(22, True))
        self.banner.setWordWrap(True)
        self.banner.setMinimumHeight(96)
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)

        self.matches_caption = QLabel()
        self.matches_caption.setFont(_font(12, True))
        self.matches_caption.setWordWrap(True)
        self.matches = QListWidget()
        self.matches.setFont(_font(15))
        self.matches.setFocusPolicy(Qt.FocusPolicy.NoFocus)   # the input keeps the focus
        self.matches.setWordWrap(True)
        self.matches.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.matches.itemDoubleClicked.connect(self._check_in_item)
        self.recent_caption = QLabel()
        self.recent_caption.setFont(_font(12, True))
        self.recent = QListWidget()
        self.recent.setFont(_font(13))
        self.recent.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.walk_in_button = QPushButton()
        self.walk_in_button.setFont(_font(12))
        self.walk_in_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.walk_in_button.clicked.connect(self.walk_in)
        self.undo_button = QPushButton()  # a check-in made by mistake (the wrong namesake picked), taken back
        self.undo_button.setFont(_font(12))
        self.undo_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo_selected)
        self.recent.currentItemChanged.connect(lambda item, _old: self.undo_button.setEnabled(item is not None))
        self.close_button = QPushButton()
        self.close_button.setFont(_font(12))
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.close_button.clicked.connect(self.accept)

        head = QHBoxLayout()
        head.addWidget(self.title_label, 1)
        counts = QVBoxLayout()
        counts.setSpacing(0)
        counts.addWidget(self.count_label)
        counts.addWidget(self.count_caption)
        head.addLayout(counts)

        left = QFrame()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.matches_caption)
        left_box.addWidget(self.matches)
        right = QFrame()
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        right_box.addWidget(self.recent_caption)
        right_box.addWidget(self.recent)
        right_box.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignRight)
        lists = QSplitter()
        lists.addWidget(left)
        lists.addWidget(right)
        lists.setSizes([600, 600])

        buttons = QHBoxLayout()
        buttons.addWidget(self.walk_in_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.input)
        layout.addWidget(self.banner)
        layout.addWidget(lists, 1)
        layout.addLayout(buttons)

        self.retranslate()
        self.reload(fill_recent=True)
        self._show_idle()

    @property
    def ws(self):
        return self.main.ws

    # --- text -------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        conference = self._conference()
        title = conference.get("title") or conference.get("kind_name") or self.tr("Hội nghị")
        where = ", ".join(x for x in (conference.get("venue"), conference.get("village_name"),
                                      conference.get("commune_name")) if x)
        when = " ".join(x for x in (conference.get("time") or "", formatting.date(conference.get("date"))) if x)
        self.setWindowTitle(self.tr("Điểm danh — {title}").format(title=title))
        self.title_label.setText("\n".join(x for x in (title, " · ".join(y for y in (where, when) if y)) if x))
        self.count_caption.setText(self.tr("có mặt / được mời"))
        self.input.setPlaceholderText(self.tr("Quét mã giấy mời hoặc gõ tên người được mời…"))
        self.matches_caption.setText(self.tr("Người được mời khớp tên (↑↓ chọn, Enter điểm danh)"))
        self.recent_caption.setText(self.tr("Vừa điểm danh"))
        self.walk_in_button.setText(self.tr("Khách không có giấy mời…"))
        self.undo_button.setText(self.tr("Huỷ điểm danh người đã chọn…"))
        self.close_button.setText(self.tr("Đóng"))

    def _conference(self) -> dict:
        try:
            return self.ws.conferences.get(self.conference_id) or {}
        except Exception:  # the conferences area may not offer get() for this id: the screen still works
            return {}

    # --- data -------------------------------------------------------------------------------------
    def reload(self, fill_recent: bool = False) -> None:
        """Invitees (for name search, a few hundred at most), the room count, and at opening who is in."""
        self._invitees = [dict(r, _words=fold(r.get("full_name", "")).split()) for r in
                          self.ws.invitations.list(self.conference_id)]
        self._update_count()
        if not fill_recent:
            return
        # who is already in the room, guests without an invitation too (this screen may be reopened)
        present = sorted(self.ws.attendance.attendees(self.conference_id), key=lambda r: r["checked_in_at"],
                         reverse=True)
        self.recent.clear()
        for r in present:
            self.recent.addItem(self._recent_item(formatting.clock_time(r["checked_in_at"]), r["full_name"],
                                                  r["person_id"], walk_in=not r["invited"]))

    def _update_count(self) -> None:
        """Invitees present / invited, and the guests without an invitation beside them ('4 / 4 + 1 khách')."""
        room = self.ws.attendance.room(self.conference_id)
        text = f"{formatting.number(room.present)} / {formatting.number(room.invited)}"
        if room.guests:
            text += self.tr(" + {n} khách", "", room.guests).format(n=formatting.number(room.guests))
        self.count_label.setText(text)
        self.present = room.present + room.guests

    # --- actions ----------------------------------------------------------------------------------
    def submit(self) -> None:
        text = self.input.text().strip()
        if not text:
            return
        item = self.matches.currentItem() if self.matches.count() else None
        person_id = item.data(PersonRole) if item is not None else None   # a typed name: the highlighted invitee
        self._reset_input()
        ops.check_in(self, conference_id=self.conference_id, text=text, person_id=person_id) \
            .success(partial(self._checked, text)).refused(self._refused).run()

    def _checked(self, text: str, result) -> None:
        if result.status == "matches":   # a name with several invitees: the clerk picks one
            if not self.input.text():
                self.input.blockSignals(True)
                self.input.setText(text)
                self.input.blockSignals(False)
            self._fill_matches(result.matches or [])
            n = len(result.matches or [])
            self._show_banner("matches", self.tr("Có {n} người trùng tên", "", n).format(n=n),
                              self.tr("Chọn người trong danh sách rồi bấm Enter."))
            return
        self._show_result(result, text)

    def _check_in_item(self, item) -> None:
        self._reset_input()
        ops.check_in_person(self, conference_id=self.conference_id, person_id=item.data(PersonRole), method="name") \
            .success(partial(self._show_result, text="")).refused(self._refused).run()

    def _refused(self, exc: UserError) -> None:
        self._show_banner("unknown-code", self.tr("Không điểm danh được"), exc.message)

    def _show_result(self, result, text: str = "") -> None:
        name = result.full_name or ""
        status = result.status
        self._note_change(getattr(result, "changes", None))
        if status == "checked-in":
            self.reload()
            self._show_banner(status, self.tr("Đã điểm danh: {name}").format(name=name),
                              self._who(result.person_id))
            self._add_recent(name, result.person_id)
        elif status == "already-checked-in":
            self._show_banner(status, self.tr("{name} đã điểm danh rồi").format(name=name),
                              self.tr("Lúc {time} — chỉ tính một lần.").format(
                                  time=formatting.clock_time(result.checked_in_at)))
        elif status == "other-conference":
            self._show_banner(status, self.tr("Giấy mời của hội nghị khác"),
                              result.message or self.tr("Không ghi gì. Mời người này đến đúng hội nghị."))
        else:
            self._show_banner("unknown-code", self.tr("Không có giấy mời mã {code}").format(code=text),
                              self.tr("Kiểm tra lại giấy mời, hoặc gõ tên để tìm."))
        self._update_count()

    def walk_in(self) -> None:
        """Someone without an invitation: the person form, then core's duplicate check, then check-in."""
        from ui.person_dialog import PersonDialog
        dialog = PersonDialog(self.main, parent=self, walk_in_conference_id=self.conference_id)
        if dialog.exec() and dialog.checkin_result is not None:
            self.walk_in_done(dialog.checkin_result)
        self._reset_input()

    def walk_in_done(self, result) -> None:
        self._note_change(getattr(result, "changes", None))
        self.reload()
        if result.status == "checked-in":
            self._show_banner("checked-in", self.tr("Đã điểm danh khách: {name}").format(name=result.full_name),
                              self.tr("Khách không có giấy mời, đã thêm vào danh sách."))
            self._add_recent(result.full_name, result.person_id, walk_in=True)
        else:
            self._show_result(result, "")

    # --- helpers ----------------------------------------------------------------------------------
    def _who(self, person_id) -> str:
        """Birth year and village under the name, so the clerk at the door can tell namesakes apart."""
        person = self.ws.people.get(person_id) if person_id else None
        if not person:
            return ""
        bits = [self.tr("sinh năm {year}").format(year=person["birth_year"]) if person.get("birth_year") else "",
                person.get("village_name") or person.get("village") or "",
                person.get("commune_name") or person.get("commune") or ""]
        return " · ".join(b for b in bits if b)

    def _note_change(self, changes: Changes | None) -> None:
        if changes is not None:
            self.changes = self.changes | changes

    def _reset_input(self) -> None:
        self.input.blockSignals(True)
        self.input.clear()
        self.input.blockSignals(False)
        self.matches.clear()
        self.input.setFocus()

    def _show_idle(self) -> None:
        self._show_banner("idle", self.tr("Sẵn sàng điểm danh"),
                          self.tr("Quét mã trên giấy mời, hoặc gõ tên rồi chọn."))

    def _search_names(self, text: str) -> None:
        """Typing a name lists the matching invitees (codes contain digits: they are left to Enter). A refusal
        shown for the last code goes as soon as the next is typed: it is about that code, not this one."""
        if text and self.last_status in ("unknown-code", "other-conference"):
            self._show_idle()
        needle = fold(text)
        self.matches.clear()
        if len(needle) < 2 or _has_digits(text):
            return
        words = needle.split()   # each typed word starts a word of the name: 'ng th' finds Nguyễn Thị …
        found = [r for r in self._invitees if all(any(n.startswith(w) for n in r["_words"]) for w in words)]
        self._fill_matches(found[:MATCH_LIMIT])

    def _fill_matches(self, rows: list[dict]) -> None:
        self.matches.clear()
        for r in rows:
            bits = [r.get("full_name", "")]
            if r.get("birth_year"):
                bits.append(str(r["birth_year"]))
            village = r.get("village_name") or r.get("village") or ""
            if village:
                bits.append(village)
            text = " · ".join(bits)
            if r.get("checked_in_at"):
                text = self.tr("{person} (đã điểm danh {time})").format(person=text,
                                                                       time=formatting.clock_time(r["checked_in_at"]))
            item = QListWidgetItem(text)
            item.setData(PersonRole, r.get("person_id") or r.get("id"))
            self.matches.addItem(item)
        if rows:
            self.matches.setCurrentRow(0)

    def _add_recent(self, name: str, person_id: int, walk_in: bool = False) -> None:
        self.recent.insertItem(0, self._recent_item(dt.datetime.now().strftime("%H:%M"), name, person_id, walk_in))

    def _recent_item(self, stamp: str, name: str, person_id: int, walk_in: bool) -> QListWidgetItem:
        item = QListWidgetItem(self.tr("{time}  {name} (khách)").format(time=stamp, name=name) if walk_in
                               else self.tr("{time}  {name}").format(time=stamp, name=name))
        item.setData(PersonRole, person_id)
        item.setData(NameRole, name)
        return item

    def undo_selected(self) -> None:
        """Take back the check-in chosen in 'Vừa điểm danh', after asking (core refuses once an outcome hangs on
        it, and says so on the banner)."""
        item = self.recent.currentItem()
        if item is None:
            return
        name = item.data(NameRole)
        if QMessageBox.question(self, self.tr("Huỷ điểm danh"),
                                self.tr("Huỷ điểm danh của {name}? Việc huỷ được ghi vào nhật ký.").format(name=name)
                                ) != QMessageBox.StandardButton.Yes:
            return
        ops.undo_check_in(self, conference_id=self.conference_id, person_id=item.data(PersonRole)) \
            .success(lambda changes: self._undone(name, changes)).refused(self._refused).run()

    def _undone(self, name: str, changes) -> None:
        self._note_change(changes)
        self.reload(fill_recent=True)
        self._show_banner("idle", self.tr("Đã huỷ điểm danh: {name}").format(name=name),
                          self.tr("Quét mã trên giấy mời, hoặc gõ tên rồi chọn."))
        self.input.setFocus()

    def _show_banner(self, status: str, headline: str, detail: str) -> None:
        self.last_status = status
        bg, fg = STYLES.get(status, STYLES["idle"])
        self.banner.setStyleSheet(f"background:{bg}; color:{fg}; border-radius:6px; padding:8px;")
        self.banner.setText(headline + ("\n" + detail if detail else ""))

    def eventFilter(self, obj, event):
        # arrow keys in the input move through the matches while the input keeps the focus
        if obj is self.input and event.type() == QEvent.Type.KeyPress and self.matches.count():
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                row = self.matches.currentRow() + (1 if key == Qt.Key.Key_Down else -1)
                self.matches.setCurrentRow(max(0, min(self.matches.count() - 1, row)))
                return True
        return super().eventFilter(obj, event)

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event):
        super().showEvent(event)
        QTimer.singleShot(0, self.input.setFocus)

    def done(self, result: int) -> None:
        if self.changes.any() and hasattr(self.main, "apply"):
            try:
                self.main.apply(self.changes)
            except Exception as exc:  # a page failing to refresh must not keep this screen open
                show_error(self, exc)
            self.changes = Changes()
        super().done(result)


def _has_digits(text: str) -> bool:
    """Text with digits is a code being scanned, not a name: no need to search names while it arrives."""
    return any(ch.isdigit() for ch in text)
