"""Choosing files: the documents folder first, then the folder last used; Qt's own dialog in Vietnamese, with dates
written as dates are here."""
import os
import time

import pytest

pytest.importorskip("pytestqt")

from ui import file_dialogs  # noqa: E402
from ui.qt import QFileDialog, QLabel  # noqa: E402

pytestmark = pytest.mark.usefixtures("qt_settings")


def test_the_documents_folder_first_then_the_folder_last_used(qtbot, tmp_path, monkeypatch):
    import platformdirs
    (tmp_path / "Documents").mkdir()
    monkeypatch.setattr(platformdirs, "user_documents_dir", lambda: str(tmp_path / "Documents"))
    assert file_dialogs.start_folder() == str(tmp_path / "Documents")
    chosen = tmp_path / "lists" / "ds.xlsx"
    chosen.parent.mkdir()
    chosen.write_bytes(b"")
    opened_in = []

    def run(dialog):
        opened_in.append(dialog.directory().absolutePath())
        return True
    monkeypatch.setattr(QFileDialog, "exec", run)
    monkeypatch.setattr(QFileDialog, "selectedFiles", lambda self: [str(chosen)])
    assert file_dialogs.open_file(None, "Chọn danh sách", "Bảng tính (*.xlsx)") == str(chosen)
    assert file_dialogs.save_file(None, "Lưu", "chi-tieu.xlsx", "Excel (*.xlsx)") == str(chosen)
    assert opened_in == [str(tmp_path / "Documents"), str(chosen.parent)], "documents first, then the last folder"
    assert file_dialogs.start_folder() == str(chosen.parent)
    chosen.parent.rename(tmp_path / "gone")                     # a folder since removed: documents again
    assert file_dialogs.start_folder() == str(tmp_path / "Documents")


def test_qts_own_dialog_speaks_vietnamese_and_writes_dates_as_here(qtbot, tmp_path):
    from ui import i18n
    i18n.switch("vi")
    listed = tmp_path / "ds.xlsx"
    listed.write_bytes(b"")
    stamp = time.mktime((2026, 12, 1, 13, 14, 0, 0, 0, -1))
    os.utime(listed, (stamp, stamp))
    dialog = QFileDialog(None, "Chọn", str(tmp_path), "Excel (*.xlsx)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    proxy = file_dialogs._Dates(dialog)
    dialog.setProxyModel(proxy)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = {label.text() for label in dialog.findChildren(QLabel)}
    assert "&Tìm trong:" in texts and "&Tên tệp:" in texts, texts
    model = proxy.sourceModel()
    qtbot.waitUntil(lambda: model.index(str(listed)).isValid() and model.rowCount(model.index(str(tmp_path))) > 0)
    cell = proxy.mapFromSource(model.index(str(listed), 3))
    assert proxy.data(cell) == "01/12/2026 13:14"
    assert proxy.headerData(3, __import__("ui.qt", fromlist=["Qt"]).Qt.Orientation.Horizontal) == "Ngày sửa"
