"""The application shell offscreen: every page opens, language switches live, layout is remembered, the
first-run dialog validates as you type, and the Địa bàn page changes units through core."""
from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from core.workspace import Workspace

pytest.importorskip("pytestqt")

from ui.qt import QSettings, Qt  # noqa: E402
from ui_support import restart_event_loop  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
HAS_DEMO = importlib.util.find_spec("core.demo") is not None


pytestmark = pytest.mark.usefixtures("qt_settings")


@pytest.fixture
def office_path(tmp_path):
    path = tmp_path / "office.sqlite"
    ws = Workspace.open(path, actor="test")
    ws.units.init_office(code="SH", name="BHXH cơ sở Sơn Hà", province="Quảng Ngãi",
                         parent_name="BHXH tỉnh Quảng Ngãi", communes=["Sơn Hà", "Sơn Hạ", "Sơn Tây", "Sơn Kỳ"])
    ws.close()
    return path


@pytest.fixture
def db_path(request, office_path):
    """The demo office when core.demo exists, else a small office of our own."""
    return request.getfixturevalue("demo_path") if HAS_DEMO else office_path


def open_window(qtbot, path):
    """As the app opens it: the window's connection only reads, its writes are ops on the DB worker."""
    from ui.main_window import MainWindow
    ws = Workspace.open(path, actor="test", query_only=True)
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot, db_path, messages):
    w = open_window(qtbot, db_path)
    yield w
    from ui import i18n
    if i18n.current() != "vi":  # while the workspace is open: pages re-read it on LanguageChange
        i18n.switch("vi")
        qtbot.wait(10)
    w.close()
    w.ws.close()


def test_every_page_opens_from_the_sidebar(window, qtbot):
    from ui.main_window import PlaceholderPage
    from ui.pages import PAGES
    for row, (key, _title, _spec) in enumerate(PAGES):
        window.sidebar.setCurrentRow(row)
        page = window.stack.currentWidget()
        assert page is window.pages[key]
        assert page.isVisible()
        assert not (isinstance(page, PlaceholderPage) and page.error), f"page {key} failed: {page.error}"
    assert window.current_key() == "settings"
    assert len(window.pages) == len(PAGES)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_window_does_not_widen_as_pages_are_visited_and_fits_an_office_screen(window, qtbot, lang):
    """1366×768 is the common office screen: every page fits it, and visiting pages does not grow the window."""
    from ui import i18n
    from ui.pages import PAGES
    i18n.switch(lang)
    window.resize(1180, 700)
    qtbot.wait(10)
    for key, _title, _spec in PAGES:
        page = window.show_page(key)
        qtbot.wait(5)
        assert window.width() == 1180, (key, window.width())
        assert window.minimumSizeHint().width() <= 1366, (key, window.minimumSizeHint().width())
        assert page.minimumSizeHint().width() <= 1366 - window.sidebar.width(), key
    i18n.switch("vi")


def test_sidebar_pages_carry_icons_and_each_page_has_a_heading(window):
    from ui.pages import PAGES
    from ui.qt import QLabel
    for row, (key, _title, _spec) in enumerate(PAGES):
        assert not window.sidebar.item(row).icon().isNull(), key
    for key in ("plan", "units", "conferences", "groups", "people", "settings"):
        page = window.show_page(key)
        fonts = [label.font() for label in page.findChildren(QLabel) if label.isVisible() and label.text()]
        assert any(f.bold() and f.pointSizeF() > window.font().pointSizeF() * 1.3 for f in fonts), key


def test_pages_are_built_only_when_visited(window):
    assert set(window.pages) == {"overview"}
    window.show_page("units")
    assert set(window.pages) == {"overview", "units"}


def test_a_page_with_unsaved_edits_can_keep_the_sidebar_on_it(window):
    units = window.show_page("units")
    units.can_leave = lambda: False
    window.sidebar.setCurrentRow(8)
    assert window.current_key() == "units" and window.stack.currentWidget() is units
    units.can_leave = lambda: True
    window.show_page("settings")
    assert window.stack.currentWidget() is window.pages["settings"]


def test_ctrl_number_switches_page(window, qtbot):
    window.activateWindow()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "units"
    qtbot.keyClick(window.sidebar, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "settings"


def test_language_switches_live_and_back(window, qtbot):
    from ui import i18n
    from core import i18n as core_i18n
    settings = window.show_page("settings")
    units = window.page("units")
    assert window.sidebar.item(0).text() == "Tổng quan"
    office = window.ws.office["name"]
    assert window.windowTitle() == office, "Qt adds the app's name after it: once, not twice"
    settings.language.setCurrentIndex(settings.language.findData("en"))
    qtbot.waitUntil(lambda: window.sidebar.item(0).text() == "Overview")
    assert window.sidebar.item(2).text() == "Units"
    assert window.windowTitle() == office and "Vận động BHXH" not in window.windowTitle()
    assert core_i18n.language() == "en" and i18n.current() == "en"
    qtbot.waitUntil(lambda: units.delete_button.text() == "Delete")
    assert QSettings().value("ui/language") == "en"
    settings.language.setCurrentIndex(settings.language.findData("vi"))
    qtbot.waitUntil(lambda: window.sidebar.item(0).text() == "Tổng quan")
    qtbot.waitUntil(lambda: units.delete_button.text() == "Xoá")
    assert core_i18n.language() == "vi"
    assert QSettings().value("ui/language") == "vi"


def test_missing_translation_keeps_vietnamese_and_says_so(window, messages, monkeypatch, tmp_path):
    from core import i18n as core_i18n
    from ui import i18n
    monkeypatch.setattr(i18n, "qm_path", lambda lang: tmp_path / f"missing_{lang}.qm")
    settings = window.show_page("settings")
    settings.language.setCurrentIndex(settings.language.findData("en"))
    assert messages and "missing_en.qm" in messages[-1][2]
    assert i18n.current() == "vi" and core_i18n.language() == "vi"
    assert settings.language.currentData() == "vi"
    assert QSettings().value("ui/language") is None
    assert window.sidebar.item(0).text() == "Tổng quan"


def test_last_page_and_geometry_are_remembered(qtbot, db_path, messages):
    QSettings().setValue("MainWindow/page", "settings")  # narrow pages only: the offscreen screen is 800 × 600
    first = open_window(qtbot, db_path)
    assert first.current_key() == "settings"
    first.show_page("units")
    first.resize(700, 500)
    size = first.size()
    first.close()
    first.ws.close()
    second = open_window(qtbot, db_path)
    try:
        assert second.current_key() == "units"
        assert set(second.pages) == {"units"}  # the remembered page is the only one built
        assert size.width() == 700 and second.size() == size
    finally:
        second.close()
        second.ws.close()


def test_apply_refreshes_built_pages_and_status_bar(window, qtbot):
    from core.changes import Changes
    units = window.show_page("units")
    calls = []
    units.refresh = calls.append
    from ui.operations import units as ops
    ops.update_office(units, values={"name": "BHXH Sơn Hà (thử)"}).success(window.apply).run()  # on the worker
    qtbot.waitUntil(lambda: calls == [Changes.of("office")])
    assert "BHXH Sơn Hà (thử)" in window.office_label.text()


# --- first run ---------------------------------------------------------------------------------------

def test_first_run_dialog_validates_as_you_type_and_creates_the_office(qtbot, ws):
    from ui.first_run import FirstRunDialog
    dialog = FirstRunDialog(ws)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.code.edit, "S H")
    assert not dialog.ok_button.isEnabled()
    assert dialog.code.error.isVisible() and dialog.code.error.text()
    dialog.code.edit.clear()
    qtbot.keyClicks(dialog.code.edit, "SH")
    assert not dialog.code.error.isVisible()
    qtbot.keyClicks(dialog.name.edit, "BHXH")  # QTest types ASCII only
    dialog.name.setText("BHXH cơ sở  Sơn Hà ")
    assert not dialog.ok_button.isEnabled()  # no province yet
    dialog.province.setCurrentIndex(dialog.province.findText("Quảng Ngãi"))
    assert dialog.communes.count() > 50
    assert not dialog.ok_button.isEnabled()  # no commune yet
    qtbot.keyClicks(dialog.filter, "son ha")  # folded: finds Sơn Hà and Sơn Hạ
    shown = [dialog.communes.item(r).text() for r in range(dialog.communes.count())
             if not dialog.communes.item(r).isHidden()]
    assert "Xã Sơn Hà" in shown and "Xã Sơn Hạ" in shown and "Xã Sơn Tây" not in shown
    dialog.select("Quảng Ngãi", ["Xã Sơn Hà", "Xã Sơn Hạ"])
    assert dialog.ok_button.isEnabled()
    dialog.signer_name.setText("Nguyễn Văn  A")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    office = ws.office
    assert office["code"] == "SH" and office["name"] == "BHXH cơ sở Sơn Hà"
    assert office["signer_name"] == "Nguyễn Văn A"
    assert {c["name"] for c in ws.units.communes()} == {"Xã Sơn Hà", "Xã Sơn Hạ"}


def test_first_run_clearing_the_name_disables_ok_again(qtbot, ws):
    from ui.first_run import FirstRunDialog
    dialog = FirstRunDialog(ws)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.code.edit, "SH")
    qtbot.keyClicks(dialog.name.edit, "X")
    dialog.select("Quảng Ngãi", ["Xã Sơn Kỳ"])
    assert dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog.name.edit, Qt.Key.Key_Backspace)
    assert not dialog.ok_button.isEnabled()
    assert dialog.name.error.text()
    dialog.accept()  # refused without writing
    assert ws.office is None


# --- Địa bàn ------------------------------------------------------------------------------------------

def _commune(ws, name):
    return ws.units.find(name)


def test_units_page_adds_renames_and_refuses(window, qtbot, messages):
    page = window.show_page("units")
    commune = _commune(window.ws, "Sơn Hà")
    assert commune["id"] in page._items
    page.add_village(commune["id"], "  Làng   Rẫy ")
    qtbot.waitUntil(lambda: any(r["name"] == "Làng Rẫy" for r in page._rows))
    village = next(r for r in page._rows if r["name"] == "Làng Rẫy")
    assert village["parent_id"] == commune["id"]
    assert page.current_unit()["id"] == village["id"]  # the new unit is selected
    assert page._items[village["id"]].parent() is page._items[commune["id"]]

    page.rename(village["id"], "Làng Rẫy Mới")
    qtbot.waitUntil(lambda: page._items[village["id"]].text(0) == "Làng Rẫy Mới")

    page.add_village(commune["id"], "Làng Rẫy Mới")  # duplicate: refused, shown, nothing written
    qtbot.waitUntil(lambda: bool(messages))
    assert messages[-1][0] == "warning" and "Làng Rẫy Mới" in messages[-1][2]
    assert sum(1 for r in window.ws.units.villages(commune["id"]) if r["name"] == "Làng Rẫy Mới") == 1

    page.delete(commune["id"])  # still has a village
    qtbot.waitUntil(lambda: len(messages) == 2)
    assert "Xã Sơn Hà" in messages[-1][2]
    page.delete(village["id"])
    qtbot.waitUntil(lambda: village["id"] not in page._items)


def test_units_page_adds_a_commune_from_the_official_list(window, qtbot):
    page = window.show_page("units")
    page.add_commune("Ba Tơ")
    qtbot.waitUntil(lambda: any(r["name"] == "Xã Ba Tơ" for r in page._rows))
    row = next(r for r in page._rows if r["name"] == "Xã Ba Tơ")
    assert row["kind"] == "commune" and row["official_code"]


def test_units_filter_ignores_tone_marks(window):
    page = window.show_page("units")
    page.filter.setText("son ha")
    visible = {item.text(0) for item in page._items.values() if not item.isHidden()}
    assert {"Xã Sơn Hà", "Xã Sơn Hạ"} <= visible
    assert "Xã Sơn Kỳ" not in visible
    assert any(item.data(0, Qt.ItemDataRole.UserRole + 1)["kind"] == "province" for item in page._items.values()
               if not item.isHidden())  # ancestors of a match stay visible
    page.filter.clear()
    assert all(not item.isHidden() for item in page._items.values())


def test_office_profile_saves_and_refuses_an_empty_name(window, qtbot):
    page = window.show_page("units")
    page.signer_title.setText("PHÓ GIÁM ĐỐC")
    page.place.setText("Sơn Hà")
    page.save_profile()
    qtbot.waitUntil(lambda: (window.ws.office or {}).get("signer_title") == "PHÓ GIÁM ĐỐC")
    assert window.ws.office["place_name"] == "Sơn Hà"
    page.office_name.setText("")
    assert page.save_profile() is None
    assert page.office_name.error.isVisible()
    assert window.ws.office["name"]


# --- overview, settings, coming ------------------------------------------------------------------------

def overview(window, qtbot):
    """The dashboard, once the worker has answered."""
    page = window.show_page("overview")
    qtbot.waitUntil(lambda: page.board is not None)
    return page


def test_overview_counts_and_model(window, qtbot, qtmodeltester):
    page = overview(window, qtbot)
    assert page.cards["communes"].value.text() == str(len(window.ws.units.communes()))
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)


@pytest.mark.skipif(not HAS_DEMO, reason="needs the demo's conferences")
def test_overview_on_the_real_date_shows_the_latest_plan_and_the_results_to_record(window, qtbot):
    """The demo's plan is Q4/2025: opened later, its progress still shows, and its conferences left 'planned'
    read as waiting for their result (the card counts them)."""
    import datetime as dt
    from core.conferences import needs_result
    from core import formatting
    from core.reports import model
    page = overview(window, qtbot)
    ws, today = window.ws, dt.date.today()
    plan = ws.plans.in_force(today)
    assert page.plans_label.text().startswith(f"Kế hoạch gần nhất: {plan['number']} (01/10/2025 – 31/12/2025)")
    total = model.weekly(ws, "2026-W01").total["vsi"]   # the plan's last week, where the dashboard stands
    assert "đến hết tuần 2026-W01 (29/12/2025 – 04/01/2026)" in page.plans_label.text()
    assert (f"BHXH tự nguyện: lũy kế {formatting.number(total['cumulative'])} / chỉ tiêu "
            f"{formatting.number(total['target'])}") in page.plans_label.text()
    waiting = [c for c in ws.conferences.list() if needs_result(c, today)]
    assert waiting and page.cards["needs_result"].value.text() == str(len(waiting))
    statuses = {page.model.index(r, page.model.columnCount() - 1).data() for r in range(page.model.rowCount())}
    assert "Chưa ghi kết quả" in statuses and "Đã lên lịch" not in statuses


@pytest.mark.skipif(not HAS_DEMO, reason="needs the demo's conferences")
def test_overview_opens_a_conference_on_the_conferences_page(window, qtbot):
    page = overview(window, qtbot)
    assert page.model.rowCount() > 0
    page.table.activated.emit(page.proxy.index(0, 0))
    assert window.current_key() == "conferences"


def test_settings_shows_paths(window):
    page = window.show_page("settings")
    assert page.db_path.text() == str(window.ws.path)
    assert page.log_path.text().endswith("vandong-bhxh.log")
    page.office_button.click()
    assert window.current_key() == "units"


def test_missing_page_module_shows_a_placeholder(window, monkeypatch):
    import ui.pages
    from ui.main_window import PlaceholderPage
    pages = list(ui.pages.PAGES)
    pages[6] = ("reports", "Báo cáo", "ui.pages.not_written_yet:Nothing")
    monkeypatch.setattr("ui.main_window.PAGES", pages)
    page = window.page("reports")
    assert isinstance(page, PlaceholderPage) and not page.error
    assert "Báo cáo" in page.label.text()


def test_unexpected_error_is_logged_shown_and_the_app_goes_on(qapp, messages, monkeypatch):
    from ui.app import install_excepthook
    logged = []
    monkeypatch.setattr("core.logs.log_exception", lambda context, exc: logged.append(exc))
    old = sys.excepthook
    install_excepthook()
    try:
        try:
            raise RuntimeError("boom at the top")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = old
    assert messages and messages[-1][0] == "critical" and "vandong-bhxh.log" in messages[-1][2]
    assert "boom" not in messages[-1][2], "the raw exception text goes to the log, not to the clerk"
    assert [str(e) for e in logged] == ["boom at the top"] and logged[0].__traceback__ is not None


# --- the process ---------------------------------------------------------------------------------------

def _run_main(args, tmp_path, **env):
    environ = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "VANDONG_NO_ERROR_DIALOG": "1",
               "XDG_DATA_HOME": str(tmp_path / "xdg"), "XDG_CONFIG_HOME": str(tmp_path / "xdg-config"), **env}
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, env=environ, capture_output=True,
                          text=True, timeout=60)


def test_process_reports_when_the_window_is_shown(office_path, tmp_path):
    result = _run_main(["--db", str(office_path), "--lang", "en"], tmp_path, VANDONG_EXIT_WHEN_SHOWN="1")
    assert result.returncode == 0, result.stderr
    line = next(line for line in result.stdout.splitlines() if line.startswith("shown-after-ms:"))
    assert int(line.split(":")[1]) > 0


def test_process_refuses_a_database_from_a_newer_app(office_path, tmp_path):
    import sqlite_utils
    db = sqlite_utils.Database(office_path)
    db["_sqlite_migrations"].insert({"migration_set": "vandong", "name": "m9999_future", "applied_at": "2030"})
    db.close()
    result = _run_main(["--db", str(office_path)], tmp_path, VANDONG_EXIT_WHEN_SHOWN="1")
    assert result.returncode == 1
    assert "m9999_future" in result.stderr and "shown-after-ms" not in result.stdout


@pytest.mark.skipif(not HAS_DEMO, reason="core.demo not there yet")
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the data folder is redirected with XDG_DATA_HOME")
def test_process_creates_and_opens_the_demo_office(tmp_path):
    result = _run_main(["--demo", "--lang", "en"], tmp_path, VANDONG_EXIT_WHEN_SHOWN="1")
    assert result.returncode == 0, result.stderr
    assert "shown-after-ms:" in result.stdout
    created = list((tmp_path / "xdg").rglob("demo-son-ha.sqlite"))
    assert len(created) == 1
    ws = Workspace.open(created[0])
    try:
        assert ws.office["name"] == "BHXH cơ sở Sơn Hà"
    finally:
        ws.close()


def _first_run_exec(fill: bool):
    """A stand-in for FirstRunDialog.exec: fill the form like a clerk (or cancel), no modal loop."""
    def exec_(dialog):
        from ui.qt import QApplication, QEventLoop, QTimer
        if not fill:
            dialog.reject()
            return dialog.result()
        dialog.code.setText("SH")
        dialog.name.setText("BHXH cơ sở Sơn Hà")
        dialog.select("Quảng Ngãi", ["Xã Sơn Hà"])

        def close_main_window():
            for widget in QApplication.topLevelWidgets():
                if widget.isVisible() and hasattr(widget, "office_label"):
                    widget.close()
        dialog.accept()   # creates the office as an op on the dialog's DB worker: wait for it, as exec() would
        deadline = time.monotonic() + 10
        while dialog.result() != dialog.DialogCode.Accepted and time.monotonic() < deadline:
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        QTimer.singleShot(50, close_main_window)
        return dialog.result()
    return exec_


@pytest.mark.parametrize("fill", [True, False])
def test_run_app_asks_for_the_office_on_first_run(qapp, tmp_path, monkeypatch, fill):
    from ui.app import run_app
    from ui.first_run import FirstRunDialog
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_app installs its own: put pytest-qt's back
    monkeypatch.setattr(FirstRunDialog, "exec", _first_run_exec(fill))
    path = tmp_path / "new.sqlite"
    assert run_app(db=str(path)) == 0
    restart_event_loop(qapp)
    ws = Workspace.open(path)
    try:
        if fill:
            assert ws.office["code"] == "SH"
            assert [c["name"] for c in ws.units.communes()] == ["Xã Sơn Hà"]
        else:
            assert ws.office is None
    finally:
        ws.close()


def test_qt_standard_buttons_speak_vietnamese(qapp):
    """Qt ships no Vietnamese for its own buttons: translations/qt_vi.qm does, and English removes it again."""
    from ui import i18n
    from ui.qt import QDialogButtonBox
    assert i18n.switch("vi")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    texts = {b.text() for b in box.buttons()}
    assert texts == {"Đồng ý", "Huỷ"}
    assert i18n.switch("en")
    box_en = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    assert {b.text() for b in box_en.buttons()} == {"OK", "Cancel"}
    assert i18n.switch("vi")
