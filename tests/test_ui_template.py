"""The invitation template editor on the Cài đặt page offscreen: core's refusal as the clerk types, placeholders
inserted by a click, Save through an op (a refused text saves nothing), Restore default, and the live preview of
the first invitation of the next conference (registering nothing)."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from core.documents import invitations, register

pytest.importorskip("pytestqt")

import ui_support  # noqa: E402

pytestmark = pytest.mark.usefixtures("qt_settings")


@pytest.fixture
def editor(qtbot, demo):
    from ui.pages.settings import SettingsPage
    page = ui_support.open_page(qtbot, demo, SettingsPage, 1176, 700, show=True)
    page.tabs.setCurrentIndex(1)  # the tab shown: QtPdf's view is made and the first preview drawn
    qtbot.waitUntil(lambda: page.template.document is not None and page.template.document.pageCount() == 1,
                    timeout=10000)
    return page.template


def type_text(editor, text: str) -> None:
    """Replace the text as the clerk would (select all, type)."""
    editor.edit.selectAll()
    editor.edit.insertPlainText(text)


def test_an_unknown_placeholder_is_named_as_typed_and_save_is_disabled(editor, demo):
    assert not editor.save_button.isEnabled() and not editor.error.isVisibleTo(editor)  # nothing to save yet
    editor.edit.moveCursor(editor.edit.textCursor().MoveOperation.End)
    editor.edit.insertPlainText("\nGhi chú: {ghi_chu}")
    assert editor.error.isVisibleTo(editor) and "{ghi_chu}" in editor.error.text()
    assert not editor.save_button.isEnabled() and editor.save() is None
    assert demo.setting(invitations.TEMPLATE_SETTING) is None  # nothing saved
    type_text(editor, "Kính mời {ho_ten dự hội nghị.")
    assert "lẻ" in editor.error.text() and not editor.save_button.isEnabled()
    type_text(editor, "Kính mời {ho_ten} dự {hoi_nghi}.")
    assert not editor.error.isVisibleTo(editor) and editor.save_button.isEnabled()
    assert editor.state.text() == "Có thay đổi chưa lưu."


def test_a_click_inserts_a_placeholder_at_the_cursor(editor):
    type_text(editor, "Kính mời  dự hội nghị.")
    cursor = editor.edit.textCursor()
    cursor.setPosition(len("Kính mời "))
    editor.edit.setTextCursor(cursor)
    row = list(invitations.PLACEHOLDERS).index("ho_ten")
    item = editor.placeholders.item(row)
    assert item.text() == "{ho_ten} — họ và tên người được mời"
    editor.placeholders.itemClicked.emit(item)
    assert editor.text() == "Kính mời {ho_ten} dự hội nghị."


def test_save_stores_the_template_and_restore_brings_back_the_default(editor, demo):
    type_text(editor, "  {co_quan} kính mời {ho_ten} dự {hoi_nghi}.  \n\nTrân trọng./.\n")
    editor.save_button.click()
    stored = demo.setting(invitations.TEMPLATE_SETTING)
    assert stored == "{co_quan} kính mời {ho_ten} dự {hoi_nghi}.\n\nTrân trọng./."
    assert editor.text() == stored and not editor.dirty() and not editor.save_button.isEnabled()
    assert editor.state.text() == "Đã lưu mẫu giấy mời."
    assert demo.query("SELECT count(*) n FROM audit_log WHERE table_name = 'settings' AND record_uuid = ?",
                      [invitations.TEMPLATE_SETTING])[0]["n"] == 1
    editor.restore_button.click()
    assert editor.text() == invitations.DEFAULT_TEMPLATE and editor.dirty() and editor.save_button.isEnabled()
    editor.edit.undo()  # one undo step back to what was saved
    assert editor.text() == stored
    editor.restore_button.click()
    editor.save_button.click()
    assert demo.setting(invitations.TEMPLATE_SETTING) == invitations.DEFAULT_TEMPLATE


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")
def test_the_preview_follows_the_text_after_a_pause_and_registers_nothing(editor, demo, qtbot):
    first = editor.preview_caption.text()
    assert first.startswith("Xem trước giấy mời đầu tiên:") and "GM-UBND-BHXH" in first
    drawn = editor._previews
    type_text(editor, "Kính mời {ho_ten} tới dự {hoi_nghi} (bản thử).")
    assert editor._previews == drawn  # not at every key: after a pause
    qtbot.waitUntil(lambda: editor._previews > drawn, timeout=5000)
    qtbot.waitUntil(lambda: editor.document.pageCount() == 1, timeout=10000)
    latest = Path(editor._folder.name) / f"preview-{editor._previews}.pdf"
    words = " ".join(subprocess.run(["pdftotext", str(latest), "-"], capture_output=True, text=True,
                                    check=True).stdout.split())
    assert "(bản thử)" in words and "Kính mời" in words
    type_text(editor, "Kính mời {ten_la}")  # refused: no preview, the last one stays
    qtbot.wait(editor.PAUSE_MS + 200)
    assert editor._previews == drawn + 1 and "{ten_la}" in editor.error.text()
    assert register.issued(demo) == [] and not demo.query("SELECT 1 FROM invitations WHERE printed_at IS NOT NULL")


def test_a_body_too_long_for_the_page_is_said_under_the_preview(editor, qtbot):
    type_text(editor, "\n".join(["{co_quan} trân trọng kính mời {ho_ten} tới dự {hoi_nghi}."] * 40))
    qtbot.waitUntil(lambda: "dài quá một trang" in editor.preview_error.text(), timeout=5000)
    type_text(editor, invitations.DEFAULT_TEMPLATE)
    qtbot.waitUntil(lambda: not editor.preview_error.text(), timeout=5000)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_page_with_the_editor_fits_an_office_screen(editor, qtbot, lang):
    from ui import i18n
    i18n.switch(lang)
    try:
        qtbot.wait(10)
        assert editor.page.minimumSizeHint().width() <= 1366 - 190  # beside the sidebar (tests/test_ui_shell.py)
        assert editor.page.minimumSizeHint().height() <= 768 - 140  # under the title bar, status bar and taskbar
        assert editor.placeholders.item(0).text().startswith("{co_quan} — ")
    finally:
        i18n.switch("vi")
