"""The invitation print dialog as a clerk uses it: the preview shows the pages, a typed number shows in it,
Save as PDF registers the number and marks the invitations, printing sends every page to the printer."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from core.documents import register

pytest.importorskip("pytestqt")

from ui_support import FakeMain  # noqa: E402

pytestmark = pytest.mark.usefixtures("qt_settings")


@pytest.fixture
def ws(demo):
    return demo  # the demo office (tests/conftest.py)


@pytest.fixture
def dialog(qtbot, ws, messages):
    from ui.print_dialog import InvitationPrintDialog
    conference = ws.conferences.list()[0]
    ws.conferences.update(conference["id"], date="2099-01-12", status="planned")
    people = [p["id"] for p in ws.query("SELECT id FROM people WHERE commune_id = ? AND deleted = 0 ORDER BY id"
                                         " LIMIT 3", [conference["commune_id"]])]
    ws.invitations.invite(conference["id"], people)
    main = FakeMain(ws)
    qtbot.addWidget(main)
    d = InvitationPrintDialog(main, conference["id"], person_ids=people[:2], parent=main)
    qtbot.addWidget(d)
    qtbot.waitUntil(lambda: d.document.pageCount() > 0, timeout=10000)
    return d


def test_the_preview_shows_the_chosen_invitees_and_registers_nothing(dialog, ws, qtbot):
    assert dialog.chosen.isChecked() and dialog.document.pageCount() == 2
    assert "Số: 01/GM-" in dialog.info.text() and "Trang 1/2" == dialog.page_label.text()
    dialog.everyone.setChecked(True)
    qtbot.waitUntil(lambda: dialog.document.pageCount() == 3, timeout=10000)
    dialog.per_page.setCurrentIndex(1)
    qtbot.waitUntil(lambda: dialog.document.pageCount() == 2, timeout=10000)
    dialog.number.setText("7")
    qtbot.waitUntil(lambda: "Số: 07/GM-" in dialog.info.text(), timeout=10000)
    dialog.number.setText("bảy")
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=10000)
    assert register.issued(ws) == [] and not ws.query("SELECT 1 FROM invitations WHERE printed_at IS NOT NULL")
    dialog.go_to(1)
    assert dialog.current_page() == 1


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")
def test_save_as_pdf_registers_the_number_and_marks_the_invitations(dialog, ws, tmp_path, monkeypatch, messages):
    from ui import file_dialogs
    out = tmp_path / "gm.pdf"
    monkeypatch.setattr(file_dialogs, "save_file", lambda *a, **k: str(out))
    dialog.save_pdf()
    assert out.exists() and "GIẤY MỜI" in subprocess.run(["pdftotext", str(out), "-"], capture_output=True,
                                                          text=True).stdout
    assert [d["number"] for d in register.issued(ws, "GM")] == [1]
    assert len(ws.query("SELECT 1 FROM invitations WHERE printed_at IS NOT NULL")) == 2
    assert messages and messages[-1][0] == "information"


def test_printing_sends_every_page_to_the_printer(dialog, ws, tmp_path):
    from ui.qt_pdf import QPdfDocument, QPrinter
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a file stands in for the office printer
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    dialog.print_to_printer(printer)
    document = QPdfDocument()
    document.load(str(out))
    assert document.pageCount() == 2
    document.close()
    assert "tới máy in" in dialog.info.text()


def test_the_registration_list_dialog_saves_the_agency_list(qtbot, tmp_path, messages):
    from core.workspace import Workspace
    from ui.registration_list_dialog import RegistrationListDialog
    ws = Workspace.open(tmp_path / "office.sqlite", actor="test")
    try:
        ws.units.init_office(code="SH", name="BHXH cơ sở Sơn Hà", province="Quảng Ngãi", communes=["Sơn Hà"])
        son_ha = ws.units.find("Sơn Hà")["id"]
        conf, _ = ws.conferences.add("customer", son_ha, "2026-05-10")
        person = ws.people.add({"full_name": "Đinh Văn Đức", "commune_id": son_ha})[0]
        made, _ = ws.invitations.invite(conf, [person])
        ws.attendance.check_in(conf, made[0]["code"])
        ws.attendance.record_outcome(conf, person, ["vsi"], monthly_income=1_500_000, payment_months=12)
        main = FakeMain(ws)
        qtbot.addWidget(main)
        dialog = RegistrationListDialog(main, conf, parent=main)
        qtbot.addWidget(dialog)
        dialog.with_pdf.setChecked(True)
        out = tmp_path / "d05.xlsx"
        dialog.save(str(out))
        assert out.exists() and (tmp_path / "d05.pdf").exists()
        assert dialog.last_saved.to_json()["amount_due"] == 3_960_000
        assert messages[-1][0] == "information" and "3.960.000" in messages[-1][2]
        dialog.within.setChecked(True)
        dialog.date_from.edit.setText("31/05/2026")
        dialog.date_to.edit.setText("01/05/2026")
        dialog.save(str(tmp_path / "x.xlsx"))
        assert "trước ngày bắt đầu" in dialog.error.text()
    finally:
        ws.close()


def test_selected_people_not_invited_are_left_out_and_said(qtbot, ws, messages):
    from ui.print_dialog import InvitationPrintDialog
    conference = ws.conferences.list()[0]
    ws.conferences.update(conference["id"], date="2099-01-12", status="planned")
    people = [p["id"] for p in ws.query("SELECT id FROM people WHERE commune_id = ? AND deleted = 0 ORDER BY id"
                                         " LIMIT 3", [conference["commune_id"]])]
    ws.invitations.invite(conference["id"], people[:2])
    main = FakeMain(ws)
    qtbot.addWidget(main)
    d = InvitationPrintDialog(main, conference["id"], person_ids=people, parent=main)
    qtbot.addWidget(d)
    qtbot.waitUntil(lambda: d.document.pageCount() > 0, timeout=10000)
    assert d.person_ids == people[:2] and d.document.pageCount() == 2
    assert "1 người đã chọn chưa được mời" in d.warning.text()


def test_the_register_of_documents_lists_what_printing_numbered(qtbot, ws, tmp_path):
    from core.documents import invitations
    from ui.pages.settings import SettingsPage
    from ui_support import open_page
    conference_id = ws.query("SELECT conference_id FROM invitations LIMIT 1")[0]["conference_id"]
    invitations.print_batch(ws, conference_id, tmp_path / "gm.pdf")
    page = open_page(qtbot, ws, SettingsPage)
    page.tabs.setCurrentIndex(2)
    assert page.register_model.rowCount() == 1
    assert page.register_model.index(0, 0).data() == "GM" and page.register_model.index(0, 1).data() == "01"
