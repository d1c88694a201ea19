"""The 'Đồng ban hành' section of the plan and conference forms offscreen: checked as the clerk types (core's
rules), filled from the commune, saved with the record, the plan's co-issuer said on the conference form, and a
refusal from core landing on its field."""
from __future__ import annotations

import json

import pytest

from core import co_issuer

pytest.importorskip("pytestqt")

from ui.qt import QDialogButtonBox  # noqa: E402

pytestmark = pytest.mark.usefixtures("qt_settings")

COMMITTEE = {"name": "Ban Chỉ đạo thực hiện chính sách BHXH, BHYT xã Sơn Hà", "symbol": "BCĐ",
             "signer_authority": "KT. TRƯỞNG BAN", "signer_title": "PHÓ TRƯỞNG BAN", "signer_name": "Đinh Văn Bốn"}


def ok_of(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def type_into(box, key: str, text: str) -> None:
    """As the clerk types it (textEdited; QTest cannot type Vietnamese letters)."""
    widget = box.edits[key]
    edit = getattr(widget, "edit", widget)  # a ValidatedField's line edit, or the line edit itself
    edit.selectAll()
    edit.insert(text)


def test_the_plan_form_checks_the_co_issuer_as_typed_and_saves_it(qtbot, office):
    from ui.plan_dialogs import PlanDialog
    dialog = PlanDialog(office)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.number.edit, "25/KH-BHXH")
    box = dialog.co_issuer
    assert ok_of(dialog).isEnabled() and not box.fields.isVisibleTo(dialog)
    box.check.setChecked(True)
    assert box.fields.isVisibleTo(dialog) and not ok_of(dialog).isEnabled()
    assert "chưa có tên cơ quan" in box.edits["name"].error.text()
    assert "chưa có họ tên người ký" in box.edits["signer_name"].error.text()
    type_into(box, "name", "Ban Chỉ đạo thực hiện chính sách BHXH, BHYT xã Sơn Hà")
    type_into(box, "symbol", "UB ND")
    type_into(box, "signer_name", "Đinh Văn Bốn")
    assert not ok_of(dialog).isEnabled() and "“UB ND”" in box.edits["symbol"].error.text()
    type_into(box, "symbol", "bcđ")
    type_into(box, "signer_authority", "KT. TRƯỞNG BAN")
    type_into(box, "signer_title", "PHÓ TRƯỞNG BAN")
    assert ok_of(dialog).isEnabled() and not box.edits["symbol"].error.text()
    ok_of(dialog).click()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.changes.plans
    assert co_issuer.read(office.plans.get(dialog.plan_id)["co_issuer"]) == {**COMMITTEE, "parent": "",
                                                                            "symbol": "BCĐ"}


def test_the_plan_form_shows_a_saved_co_issuer_and_unchecking_clears_it(qtbot, office):
    from ui.plan_dialogs import PlanDialog
    plan_id, _changes = office.plans.create("25/KH-BHXH", co_issuer=COMMITTEE)
    dialog = PlanDialog(office, office.plans.get(plan_id))
    qtbot.addWidget(dialog)
    box = dialog.co_issuer
    assert box.check.isChecked() and box.edits["signer_name"].text() == "Đinh Văn Bốn"
    assert box.edits["signer_authority"].text() == "KT. TRƯỞNG BAN"
    box.check.setChecked(False)
    assert ok_of(dialog).isEnabled()
    ok_of(dialog).click()
    assert office.plans.get(plan_id)["co_issuer"] == ""


def test_a_refusal_from_core_lands_on_the_co_issuer_field(qtbot, office):
    from core.errors import ValidationError
    from ui.plan_dialogs import PlanDialog
    dialog = PlanDialog(office)
    qtbot.addWidget(dialog)
    dialog.co_issuer.check.setChecked(True)
    problems = [("co_issuer_signer_name", "người ký?"), ("co_issuer_signer_title", "chức vụ?"), ("number", "số?")]
    dialog._refused(ValidationError("…", problems, field="co_issuer_signer_name"))
    assert dialog.co_issuer.edits["signer_name"].error.text() == "người ký?"
    assert dialog.co_issuer.error.text() == "chức vụ?"
    assert dialog.number.error.text() == "số?"


def test_the_conference_form_fills_in_the_communes_committee_and_saves_it(qtbot, office):
    from ui.conference_dialogs import ConferenceDialog
    dialog = ConferenceDialog(office, None, date="2026-02-03")
    qtbot.addWidget(dialog)
    commune = {u["name"]: u["id"] for u in office.units.communes()}["Xã Sơn Linh"]
    dialog.commune.setCurrentIndex(dialog.commune.findData(commune))
    dialog.venue.setText("Hội trường UBND xã Sơn Linh")
    assert ok_of(dialog).isEnabled()
    box = dialog.co_issuer
    box.check.setChecked(True)
    assert box.edits["name"].text() == "Ủy ban nhân dân xã Sơn Linh" and box.edits["symbol"].text() == "UBND"
    assert box.edits["signer_authority"].text() == "TM. ỦY BAN NHÂN DÂN"
    assert box.edits["signer_title"].text() == "CHỦ TỊCH"
    assert not ok_of(dialog).isEnabled() and box.edits["signer_name"].error.text()
    type_into(box, "signer_name", "Đinh Văn Lâm")
    assert ok_of(dialog).isEnabled()
    ok_of(dialog).click()
    assert dialog.result() == dialog.DialogCode.Accepted
    saved = json.loads(office.conferences.get(dialog.conference_id)["co_issuer"])
    assert (saved["name"], saved["symbol"], saved["signer_name"]) == ("Ủy ban nhân dân xã Sơn Linh", "UBND",
                                                                     "Đinh Văn Lâm")
    again = ConferenceDialog(office, office.conferences.get(dialog.conference_id))
    qtbot.addWidget(again)
    assert again.co_issuer.check.isChecked() and again.co_issuer.edits["signer_name"].text() == "Đinh Văn Lâm"


def test_the_conference_form_says_when_its_plans_co_issuer_applies(qtbot, office):
    from ui.conference_dialogs import ConferenceDialog
    plan_id, _changes = office.plans.create("25/KH-BHXH", co_issuer=COMMITTEE)
    dialog = ConferenceDialog(office, None)
    qtbot.addWidget(dialog)
    box = dialog.co_issuer
    assert not box.inherited.isVisibleTo(dialog)
    dialog.plan.setCurrentIndex(dialog.plan.findData(plan_id))
    assert box.inherited.isVisibleTo(dialog) and COMMITTEE["name"] in box.inherited.text()
    assert "25/KH-BHXH" in box.inherited.text()
    box.check.setChecked(True)  # the conference's own instead
    assert not box.inherited.isVisibleTo(dialog)
    box.check.setChecked(False)
    dialog.commune.setCurrentIndex(1)
    assert ok_of(dialog).isEnabled()
    ok_of(dialog).click()
    assert office.conferences.get(dialog.conference_id)["co_issuer"] == ""  # the plan's applies
