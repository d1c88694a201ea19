"""One writer in the window: on a database file the window's own connection is query-only, and what the clerk
saves (a group member with the communes assigned, a check-in at the door) reaches the database through the
DB worker, as ops."""
from __future__ import annotations

import sqlite3
import sys

import pytest

pytest.importorskip("pytestqt")

from core.text import fold  # noqa: E402
from core.workspace import Workspace  # noqa: E402
from ui.qt import QDialog, Qt  # noqa: E402
from ui_support import restart_event_loop  # noqa: E402


pytestmark = pytest.mark.usefixtures("qt_settings")


@pytest.fixture
def window(qtbot, demo_path):
    from ui.main_window import MainWindow
    ws = Workspace.open(demo_path, actor="clerk", query_only=True)   # as ui.app opens it
    w = MainWindow(ws)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()   # stops the DB worker
    ws.close()


def read(path, sql, params=()):
    """From a connection of the test's own: what was committed, whoever wrote it."""
    with sqlite3.connect(path) as conn:
        return conn.execute(sql, params).fetchall()


def test_the_app_opens_the_window_on_a_query_only_connection(qapp, demo_path, monkeypatch):
    from ui import main_window
    from ui.app import run_app
    seen = []

    class Spy(main_window.MainWindow):
        def __init__(self, ws):
            seen.append(ws.db.execute("PRAGMA query_only").fetchone()[0])
            super().__init__(ws)
    monkeypatch.setattr(main_window, "MainWindow", Spy)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_app installs its own: put pytest-qt's back
    monkeypatch.setenv("VANDONG_EXIT_WHEN_SHOWN", "1")      # shown, painted, closed
    assert run_app(db=str(demo_path)) == 0
    assert seen == [1]
    restart_event_loop(qapp)


def test_the_window_connection_only_reads(window):
    assert window.ws.db.execute("PRAGMA query_only").fetchone()[0] == 1
    assert window.worker is not None
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        window.ws.set_setting("probe", "1")


def test_a_member_saved_in_the_dialog_is_written_by_the_worker(qtbot, window, monkeypatch):
    from ui.group_dialogs import MemberDialog
    page = window.show_page("groups")
    committee = next(g for g in window.ws.groups.list() if g["kind"] == "steering_committee")
    page.select_group(committee["id"])
    communes = window.ws.units.communes()[:2]

    def fill(dialog):
        dialog.fields["full_name"].setText("Trịnh Thị Thu")
        dialog.fields["phone"].setText("0912345678")
        for row in range(dialog.units.count()):
            item = dialog.units.item(row)
            wanted = item.data(Qt.ItemDataRole.UserRole) in {c["id"] for c in communes}
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
        dialog.save()
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=5000)
        return dialog.result()
    monkeypatch.setattr(MemberDialog, "exec", fill)
    page.add_member()

    rows = read(window.ws.path, "SELECT id, group_id FROM group_members WHERE full_name = ? AND deleted = 0",
                ["Trịnh Thị Thu"])
    assert len(rows) == 1 and rows[0][1] == committee["id"]
    assigned = read(window.ws.path, "SELECT unit_id FROM member_units WHERE member_id = ? AND deleted = 0",
                    [rows[0][0]])
    assert {u for (u,) in assigned} == {c["id"] for c in communes}      # the member and its units together
    assert read(window.ws.path, "SELECT actor FROM audit_log WHERE table_name = 'group_members' AND record_id = ?",
                [rows[0][0]])[0][0] == "clerk"                           # the worker writes as the window's clerk
    names = [page.member_model.data(page.member_model.index(r, 0)) for r in range(page.member_model.rowCount())]
    assert "Trịnh Thị Thu" in names                                      # the page refreshed from the Changes


def test_a_scan_at_the_door_is_checked_in_by_the_worker(qtbot, window):
    from ui.checkin import CheckinScreen
    ws = window.ws
    invitation = ws.query("SELECT i.code, i.conference_id, i.person_id FROM invitations i WHERE i.deleted = 0"
                          " AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.conference_id = i.conference_id"
                          " AND a.person_id = i.person_id AND a.deleted = 0) LIMIT 1")[0]
    screen = CheckinScreen(window, invitation["conference_id"], parent=window)
    qtbot.addWidget(screen)
    screen.show()
    before = screen.present
    qtbot.keyClicks(screen.input, invitation["code"])
    qtbot.keyClick(screen.input, Qt.Key.Key_Return)
    assert screen.input.text() == ""                                     # ready for the next scan at once
    qtbot.waitUntil(lambda: screen.last_status == "checked-in", timeout=5000)
    assert screen.present == before + 1
    assert read(ws.path, "SELECT checked_in_by FROM attendance WHERE conference_id = ? AND person_id = ?"
                " AND deleted = 0", [invitation["conference_id"], invitation["person_id"]]) == [("clerk",)]

    absent = next(r for r in ws.invitations.list(invitation["conference_id"]) if not r["checked_in_at"])
    qtbot.keyClicks(screen.input, fold(absent["full_name"]))        # typed without tone marks (QTest types ASCII)
    assert screen.matches.count() >= 1
    highlighted = screen.matches.currentItem().data(Qt.ItemDataRole.UserRole)
    qtbot.keyClick(screen.input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.present == before + 2, timeout=5000)
    assert screen.last_status == "checked-in" and screen.matches.count() == 0
    assert read(ws.path, "SELECT method FROM attendance WHERE conference_id = ? AND person_id = ? AND deleted = 0",
                [invitation["conference_id"], highlighted]) == [("name",)]
    screen.accept()


def test_operation_factories_get_values_not_widgets():
    """The functions the factories hand to Op run on the worker: the modules may use only Op and tr of the UI."""
    import ast
    from pathlib import Path
    folder = Path(__file__).resolve().parent.parent / "ui" / "operations"
    for path in folder.glob("*.py"):
        if path.name in ("__init__.py", "base.py"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("ui"):
                assert {a.name for a in node.names} <= {"Op", "tr"}, f"{path.name} imports {node.module}"
