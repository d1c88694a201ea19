"""Pages for later issues (Đồng bộ): they say plainly what is coming, so the clerk is not left guessing."""
from __future__ import annotations

from ui.pages.base import Page
from ui.qt import QLabel, Qt, QVBoxLayout
from ui.widgets import heading, muted


class _ComingPage(Page):
    """Title, a paragraph of what the page will do, and a list of the features."""

    def __init__(self, main):
        super().__init__(main)
        self.title = heading()
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body.setMaximumWidth(900)  # long lines are hard to read on a wide screen
        self.note = muted(QLabel())
        self.note.setWordWrap(True)
        self.note.setMaximumWidth(900)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.retranslate()

    def texts(self) -> tuple[str, str, list[str]]:
        raise NotImplementedError

    def retranslate(self) -> None:
        title, intro, items = self.texts()
        self.title.setText(title)
        bullets = "".join(f"<li>{item}</li>" for item in items)
        self.body.setText(f"<p>{intro}</p><ul>{bullets}</ul>")
        self.note.setText(self.note_text())

    def note_text(self) -> str:
        raise NotImplementedError


class SyncPage(_ComingPage):
    def texts(self):
        return (self.tr("Đồng bộ"),
                self.tr("Trang này sẽ có trong phiên bản tiếp theo. Khi đó các đơn vị trao đổi dữ liệu với nhau "
                        "không cần mạng:"),
                [self.tr("gửi gói đồng bộ là một tệp Excel đọc được, có ký số của đơn vị gửi, qua thư điện tử "
                         "hoặc USB;"),
                 self.tr("nhận gói: kiểm tra chữ ký và nội dung trước khi ghi, rồi gộp dữ liệu trong một lần; "
                         "nhận lại cùng một gói không làm thay đổi gì;"),
                 self.tr("trao khoá công khai giữa các đơn vị và đối chiếu mã vân tay qua điện thoại trước khi "
                         "tin cậy."),
                 ])

    def note_text(self):
        return self.tr("Dữ liệu của đơn vị vẫn được lưu tại máy này; chưa có gì được gửi đi.")
