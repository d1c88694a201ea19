"""core.parse: one reading of dates, times, whole numbers and money for forms, imports and the CLI; and proof
that the places which used to disagree now read alike, and that no module parses these on its own."""
from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest

from core import i18n, parse
from core.errors import UserError, ValidationError

ROOT = Path(__file__).resolve().parent.parent
LONG = "5" * 5000


# --- times ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("value, expected", [
    ("8h", "08:00"), ("8h30", "08:30"), ("08:30", "08:30"), ("8 giờ 30", "08:30"), ("8g30", "08:30"),
    ("8:30", "08:30"), ("08h00", "08:00"), ("8H30", "08:30"), ("8 giờ", "08:00"), ("8 giờ 30 phút", "08:30"),
    ("8h30'", "08:30"), ("8h5", "08:05"), ("14:30:00", "14:30"), (" 7 : 30 ", "07:30"), ("0h", "00:00"),
    ("23:59", "23:59"), ("8 GIỜ 30", "08:30"),
    (dt.time(8, 30), "08:30"), (dt.time(8, 30, 59), "08:30"), (dt.datetime(2026, 1, 5, 14, 0), "14:00"),
    (0.3541666666666667, "08:30"), (0.5, "12:00"), (0, "00:00"), (dt.timedelta(hours=19, minutes=15), "19:15"),
])
def test_times_are_read_in_every_written_form(value, expected):
    assert parse.time(value) == expected


@pytest.mark.parametrize("value", [None, "", "   "])
def test_an_empty_time_is_none(value):
    assert parse.time(value) is None


@pytest.mark.parametrize("value, key", [
    ("25:00", "time_range"), ("8h75", "time_range"), ("24h", "time_range"), ("08:30:75", "time_range"),
    ("sáng", "bad_time"), ("8", "bad_time"), ("8.30", "bad_time"), ("08:3", "bad_time"), ("x8h", "bad_time"),
    ("²h", "bad_time"), (1.5, "bad_time"), (-0.1, "bad_time"), (float("nan"), "bad_time"),
    (float("inf"), "bad_time"), (True, "bad_time"), (dt.timedelta(days=1), "bad_time"), (dt.date(2026, 1, 5), "bad_time"),
])
def test_impossible_times_and_text_are_refused(value, key):
    with pytest.raises(ValidationError) as err:
        parse.time(value, where="Giờ", field="time")
    assert err.value.message == "Giờ: " + parse.M(key, value=parse.shown(value))
    assert err.value.field == "time" and err.value.problems == [("time", err.value.message)]


# --- dates ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("value", [
    "05/01/2026", "5/1/2026", "2026-01-05", "05-01-2026", "05.01.2026", " 05 / 01 / 2026 ", "05/01/26",
    "2026/01/05", "2026-01-05 00:00:00", "2026-01-05T08:00:00", dt.date(2026, 1, 5), dt.datetime(2026, 1, 5, 9, 30),
    46027, 46027.0, 46027.75,
])
def test_dates_are_read_day_first_in_every_written_form(value):
    assert parse.date(value) == dt.date(2026, 1, 5)
    assert parse.iso_date(value) == "2026-01-05"


@pytest.mark.parametrize("value, expected", [
    ("01/02/2026", dt.date(2026, 2, 1)),        # day first, always
    ("12/11/2025", dt.date(2025, 11, 12)),
    ("29/02/2024", dt.date(2024, 2, 29)),
    (1, dt.date(1900, 1, 1)), (59, dt.date(1900, 2, 28)), (61, dt.date(1900, 3, 1)),   # Excel's 1900 system
    ("01/01/1900", dt.date(1900, 1, 1)), ("31/12/2100", dt.date(2100, 12, 31)),
])
def test_day_first_and_the_excel_calendar(value, expected):
    assert parse.date(value) == expected


def test_a_two_digit_year_is_the_latest_not_after_the_callers_limit():
    assert parse.date("05/06/83", latest_year=2026) == dt.date(1983, 6, 5)
    assert parse.date("05/06/20", latest_year=2026) == dt.date(2020, 6, 5)
    assert parse.date("05/06/30", latest_year=2026) == dt.date(1930, 6, 5)
    assert parse.date("05/06/30") == dt.date(2030, 6, 5)      # events: up to 50 years ahead


@pytest.mark.parametrize("value", [None, "", "  "])
def test_an_empty_date_is_none(value):
    assert parse.date(value) is None and parse.iso_date(value) is None


@pytest.mark.parametrize("value, key", [
    ("31/02/2026", "no_such_date"), ("29/02/2025", "no_such_date"), ("00/01/2026", "no_such_date"),
    ("05/13/2026", "no_such_date"), ("2026-02-30", "no_such_date"), (60, "no_such_date"),
    ("05/01/2200", "year_range"), ("05/01/1899", "year_range"), ("0001-01-01", "year_range"), (0, "year_range"),
    (-5, "year_range"), (10 ** 9, "year_range"), (1e300, "year_range"),
    ("hôm nay", "bad_date"), ("05012026", "bad_date"), ("05/01", "bad_date"), ("²/01/2026", "bad_date"),
    ("٠٥/٠١/٢٠٢٦", "bad_date"), pytest.param(LONG, "bad_date", id="5000 digits"), (float("nan"), "bad_date"), (float("inf"), "bad_date"),
    (True, "bad_date"), (dt.time(8, 0), "bad_date"),
])
def test_impossible_dates_text_and_absurd_years_are_refused(value, key):
    with pytest.raises(ValidationError) as err:
        parse.date(value, where="D9")
    assert err.value.message == "D9: " + parse.M(key, value=parse.shown(value))
    assert len(err.value.message) < 120               # one sentence, even for 5.000 characters


def test_stored_dates_are_read_back():
    assert parse.stored_date("2026-01-05") == dt.date(2026, 1, 5)
    assert parse.stored_date("2026-01-05T08:00:00+00:00") == dt.date(2026, 1, 5)
    assert parse.stored_date(dt.datetime(2026, 1, 5, 8)) == dt.date(2026, 1, 5)
    assert parse.stored_date(None) is None and parse.stored_date("") is None
    with pytest.raises(ValueError):
        parse.stored_date("05/01/2026")               # the database never holds this: a bug, not a clerk


# --- whole numbers and money ----------------------------------------------------------------------
@pytest.mark.parametrize("value, expected", [
    (52139, 52139), (52139.0, 52139), ("52139", 52139), ("52.139", 52139), ("1.500.000", 1500000),
    ("1 500 000", 1500000), ("1\u00a0500\u00a0000", 1500000), ("1\u202f500", 1500), ("1,500,000", 1500000),
    ("3,661", 3661), ("52139,0", 52139), ("52139.00", 52139), ("1.500.000,00", 1500000), ("1,500,000.00", 1500000),
    (" 12 ", 12), ("0", 0), ("007", 7), ("-4", -4), ("\u22124", -4), ("+4", 4), (-3.0, -3),
    ("9" * 18, int("9" * 18)), (10 ** 17, 10 ** 17),
])
def test_whole_numbers_in_vietnamese_and_spreadsheet_notation(value, expected):
    assert parse.whole_number(value) == expected


@pytest.mark.parametrize("value, expected", [
    ("1.500.000 đ", 1500000), ("1.500.000đ", 1500000), ("1500000 VND", 1500000), ("1.500.000 ₫", 1500000),
    ("1.500.000 đồng", 1500000), ("VND 1.500.000", 1500000), ("1.500.000 Đ", 1500000), ("2.000.000vnđ", 2000000),
    (1500000, 1500000), (1500000.0, 1500000), ("", None), (None, None),
])
def test_money_may_carry_its_currency(value, expected):
    assert parse.money(value) == expected


@pytest.mark.parametrize("value", [None, "", "   ", "\u00a0"])
def test_an_empty_number_is_none(value):
    assert parse.whole_number(value) is None and parse.money(value) is None


@pytest.mark.parametrize("value, key", [
    (float("nan"), "not_finite"), (float("inf"), "not_finite"), (float("-inf"), "not_finite"),
    (float("1E+309"), "not_finite"), ("1E+309", "not_number"), ("nan", "not_number"), ("inf", "not_number"),
    ("²", "foreign_digits"), ("1²", "foreign_digits"), ("٣", "foreign_digits"), ("１２", "foreign_digits"),
    ("½", "foreign_digits"), pytest.param(LONG, "too_long", id="5000 digits"), ("1" * 19, "too_long"), ("1.000.000.000.000.000.000", "too_long"),
    (10 ** 18, "too_long"), (1e18, "too_long"), pytest.param(10 ** 5000, "too_long", id="10**5000"),
    (True, "boolean"), (False, "boolean"),
    ("1,5", "not_whole"), ("3.5", "not_whole"), ("1.234,5", "not_whole"), (2.5, "not_whole"), ("52139,01", "not_whole"),
    ("abc", "not_number"), ("12 người", "not_number"), ("1.500.000.00", "not_number"), ("1,500,000,00", "not_number"),
    ("1.5.0", "not_number"), ("12-3", "not_number"), ("1 5", "not_number"), ("1.500.000 đ", "not_number"),
    (dt.date(2026, 1, 5), "not_number"), (dt.timedelta(hours=1), "not_number"),
])
def test_values_that_are_not_whole_numbers_are_refused_naming_the_cell(value, key):
    with pytest.raises(ValidationError) as err:
        parse.whole_number(value, where="D9")
    assert err.value.message == "D9: " + parse.M(key, value=parse.shown(value), limit=parse.MAX_DIGITS)
    assert err.value.problems == [("D9", err.value.message)] and len(err.value.message) < 120


def test_bounds_are_the_callers():
    assert parse.whole_number("-4") == -4
    with pytest.raises(UserError, match="không được là số âm"):
        parse.whole_number("-4", minimum=0)
    with pytest.raises(UserError, match="phải từ 1 trở lên"):
        parse.whole_number(0, minimum=1)
    with pytest.raises(UserError, match="không được lớn hơn 100.000"):
        parse.whole_number("100.001", maximum=100_000)
    with pytest.raises(UserError, match="không được là số âm"):
        parse.money("-1.500.000 đ")
    assert parse.money("-5", minimum=None) == -5


def test_messages_follow_the_language_and_name_the_field():
    i18n.set_language("en")
    with pytest.raises(UserError) as err:
        parse.whole_number("²", where="Monthly income", field="monthly_income")
    assert err.value.message == "Monthly income: “²” has digits other than 0–9." and err.value.field == "monthly_income"
    with pytest.raises(UserError) as err:
        parse.date("31/02/2026", where="--from")
    assert err.value.message == "--from: There is no such day as “31/02/2026”."
    with pytest.raises(UserError, match=r"^“8h75” is not a real time \(hours 0 to 23, minutes 0 to 59\)\.$"):
        parse.time("8h75")


def test_shown_values_are_short_and_readable():
    assert parse.shown(float("nan")) == "NaN" and parse.shown(float("-inf")) == "-∞" and parse.shown(2.5) == "2,5"
    assert parse.shown(True) == "TRUE" and parse.shown(10 ** 5000) == "…"
    assert parse.shown(LONG) == "5" * 29 + "…" and parse.shown("  a   b ") == "a b"


# --- the places that used to disagree -------------------------------------------------------------
def test_plans_and_conferences_read_times_and_dates_alike(office):
    ws = office
    plan, _ = ws.plans.create("1/KH", issued_on="05/01/2026", start_date="5/1/2026", end_date="2026-12-31")
    assert ws.plans.get(plan)["issued_on"] == ws.plans.get(plan)["start_date"] == "2026-01-05"
    for text, stored in (("8h", "08:00"), ("8h30", "08:30"), ("8 giờ 30", "08:30"), ("08:30", "08:30")):
        period, _ = ws.plans.add_period(plan, f"Đợt {text}", kind="wave", ceremony_time=text,
                                        ceremony_date="05.01.2026")
        conference, _ = ws.conferences.add("launch", ws.units.communes()[0]["id"], "05/01/2026", time=text)
        assert ws.plans.period(period)["ceremony_time"] == ws.conferences.get(conference)["time"] == stored
    for bad in ("25:00", "8h75"):
        with pytest.raises(UserError) as in_plans:
            ws.plans.add_period(plan, "X", kind="wave", ceremony_time=bad)
        with pytest.raises(UserError) as in_conferences:
            ws.conferences.add("launch", ws.units.communes()[0]["id"], "05/01/2026", time=bad)
        assert (in_plans.value.field, in_conferences.value.field) == ("ceremony_time", "time")
        assert parse.M("time_range", value=bad) in in_plans.value.message
        assert parse.M("time_range", value=bad) in in_conferences.value.message


def test_counts_refuse_hostile_cells_in_a_sentence(office):
    ws = office
    plan, _ = ws.plans.create("2/KH")
    period, _ = ws.plans.add_period(plan, "Tháng 5")
    commune = ws.units.communes()[0]
    for value in (float("nan"), float("inf"), "²", LONG, True):
        with pytest.raises(UserError) as err:
            ws.plans.set_targets(plan, "vsi_new", [(commune["id"], period, value)])
        assert err.value.message.startswith(f"Chỉ tiêu của “{commune['name']}” – “Tháng 5”: ")
        assert err.value.field == "value" and len(err.value.message) < 160
    ws.plans.set_targets(plan, "vsi_new", [(commune["id"], period, "1.234")])
    assert ws.plans.targets(plan)[0]["value"] == 1234


def test_birth_years_and_dates_follow_the_parse_rules():
    from core.person_fields import parse_birth
    assert parse_birth("05.06.1983", 2026) == (1983, "1983-06-05", True)
    assert parse_birth(30000.0, 2026) == (1982, "1982-02-18", True)
    assert parse_birth("06/1983", 2026) == (1983, None, True)
    for hostile in (float("nan"), float("inf"), "²", "¹⁹⁸⁰", LONG, True, "31/02/1985", "05/06/2200", 1980.5):
        assert parse_birth(hostile, 2026) == (None, None, False)


def test_a_hostile_citizen_id_cell_is_a_sentence_not_a_crash():
    from core import citizen_id
    for value in (float("nan"), float("inf"), 1.5):
        number, problem = citizen_id.normalize(value)
        assert number is None and "có ký tự không phải chữ số" in problem
    _, problem = citizen_id.normalize(LONG)
    assert len(problem) < 120


def test_the_indicator_code_rule_lives_in_core(office):
    config = office.config
    assert config.indicator_code_problem("csi_new") == ""
    assert "đã có" in config.indicator_code_problem("vsi_new")
    assert "chữ thường không dấu" in config.indicator_code_problem("Chỉ tiêu 1")
    assert config.indicator_code_problem("  ")
    with pytest.raises(UserError) as err:
        config.add_indicator("BHXH mới", "BHXH bắt buộc")
    assert err.value.field == "code" and config.indicator("BHXH mới") is None


def test_outcome_amounts_are_read_by_the_same_rules(office):
    ws = office
    problems = ws.attendance.check_outcome("2025-10-08", ["vsi"], "1.500.000 đ", "3")
    assert problems == {}
    problems = ws.attendance.check_outcome("2025-10-08", ["vsi"], float("nan"), "²")
    assert problems["monthly_income"].startswith("Mức thu nhập tháng: ")
    assert problems["payment_months"].startswith("Phương thức đóng (số tháng): ")


# --- the command line -----------------------------------------------------------------------------
def _run(capsys, *args):
    from main import main
    try:
        code = main([*args])
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def test_date_options_take_the_forms_the_forms_take(demo_path, capsys):
    import json
    counts = set()
    for first, last in (("01/10/2025", "31/12/2025"), ("1/10/2025", "2025-12-31"), ("01.10.2025", "31-12-2025")):
        code, out, err = _run(capsys, "--db", str(demo_path), "conferences", "--from", first, "--to", last, "--json")
        assert code == 0, err
        counts.add(len(json.loads(out)))
    assert len(counts) == 1 and counts != {0}
    code, _, err = _run(capsys, "--db", str(demo_path), "conferences", "--from", "31/02/2026")
    assert code == 1 and err.startswith("lỗi: --from: ") and err.count("\n") == 1


def test_number_options_are_read_by_core_and_a_bad_one_is_a_wrong_command_line(demo_path, capsys):
    base = ["--db", str(demo_path), "schedule", "--kind", "customer", "--from", "2026-01-01", "--to", "2026-01-31",
            "--preview", "--json"]
    assert _run(capsys, *base, "--per-month", "1", "--invitees", "1.000")[0] == 0
    for bad in ("²", "1,5", LONG, ""):
        code, _, err = _run(capsys, *base, "--per-month", bad)
        assert code == 2 and "--per-month" in err and len(err) < 2000
    code, _, err = _run(capsys, "--lang", "en", *base, "--per-month", "²")
    assert code == 2 and "has digits other than 0–9" in err


# --- no module parses dates, times or numbers on its own ------------------------------------------
_PARSERS = {"strptime", "fromisoformat", "fromString"}     # datetime's and Qt's readers of text
_QT_TYPED = {"QDateEdit", "QTimeEdit", "QDateTimeEdit", "QSpinBox", "QDoubleSpinBox"}  # Qt reading typed text
_ALLOWED = {Path("core/parse.py"), Path("core/formatting.py")}   # formatting reads stored event times
_SPIN_BOXES = Path("ui/widgets.py")                              # NumberSpinBox: a QSpinBox read by core.parse


def _sources():
    for folder in ("core", "cli", "ui"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            rel = path.relative_to(ROOT)
            if rel not in _ALLOWED and "__pycache__" not in rel.parts:
                yield rel, ast.parse(path.read_text(encoding="utf-8"), str(rel))


def test_no_module_parses_dates_times_or_numbers_outside_core_parse():
    found = []
    for rel, tree in _sources():
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr in _PARSERS:
                found.append(f"{rel}:{node.lineno} .{node.attr}")
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in _QT_TYPED \
                    and rel != _SPIN_BOXES:
                found.append(f"{rel}:{node.lineno} {node.func.id}()")
            elif isinstance(node, ast.keyword) and node.arg == "type" and isinstance(node.value, ast.Name) \
                    and node.value.id in ("int", "float"):
                found.append(f"{rel}:{node.lineno} argparse type={node.value.id}")
    assert found == [], "read dates, times and numbers with core.parse:\n" + "\n".join(found)


# --- forms ask core as the clerk types ------------------------------------------------------------
def test_the_conference_form_takes_8h30_and_a_day_first_date(qtbot, office):
    pytest.importorskip("pytestqt")
    from ui.conference_dialogs import ConferenceDialog
    from ui.qt import QDialogButtonBox
    dialog = ConferenceDialog(office, None)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.commune.setCurrentIndex(1)
    dialog.time.setText("")
    qtbot.keyClicks(dialog.time, "8h30")
    assert ok.isEnabled() and not dialog.errors.labels["time"].text()
    dialog.time.setText("8h75")
    assert not ok.isEnabled() and dialog.errors.labels["time"].text() == parse.M("time_range", value="8h75")
    dialog.time.setText("8h30")
    dialog.date.edit.setText("")
    qtbot.keyClicks(dialog.date.edit, "31/02/2026")
    assert not ok.isEnabled() and dialog.errors.labels["date"].text() == parse.M("no_such_date", value="31/02/2026")
    dialog.date.edit.setText("")
    qtbot.keyClicks(dialog.date.edit, "5/1/26")
    dialog.date.edit.editingFinished.emit()
    assert ok.isEnabled() and dialog.date.edit.text() == "05/01/2026"   # written back as it was read
    ok.click()
    row = office.conferences.get(dialog.conference_id)
    assert (row["date"], row["time"]) == ("2026-01-05", "08:30")


def test_the_period_form_takes_8h_and_typed_dates(qtbot, office):
    pytest.importorskip("pytestqt")
    from ui.plan_dialogs import PeriodDialog
    plan_id, _ = office.plans.create("3/KH", start_date="2026-01-01", end_date="2026-12-31")
    dialog = PeriodDialog(office, office.plans.get(plan_id))
    qtbot.addWidget(dialog)
    dialog.name.setText("Đợt 1")
    dialog.kind.setCurrentIndex(dialog.kind.findData("wave"))
    qtbot.keyClicks(dialog.start_date.edit, "1.2.2026")
    dialog.ceremony_date.edit.setText("hôm nay")          # QTest types ASCII only
    assert not dialog.ok_button.isEnabled()
    assert dialog.errors["ceremony_date"].text() == parse.M("bad_date", value="hôm nay")
    dialog.ceremony_date.edit.setText("02/02/2026")
    qtbot.keyClicks(dialog.ceremony_time, "8h")
    assert dialog.ok_button.isEnabled() and not dialog.errors["ceremony_time"].text()
    dialog.save()
    period = office.plans.periods(plan_id)[-1]
    assert (period["start_date"], period["ceremony_date"], period["ceremony_time"]) == \
        ("2026-02-01", "2026-02-02", "08:00")


def test_the_indicator_form_asks_core_as_the_clerk_types(qtbot, office):
    pytest.importorskip("pytestqt")
    from ui.plan_dialogs import IndicatorDialog
    dialog = IndicatorDialog(office)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.code.edit, "vsi_new")
    assert dialog.code.error.text() == office.config.indicator_code_problem("vsi_new") != ""
    dialog.code.setText("csi_new")
    assert not dialog.code.error.text()


def test_amounts_typed_in_the_outcome_form_are_read_by_core(qtbot):
    pytest.importorskip("pytestqt")
    from ui.widgets import NumberSpinBox
    box = NumberSpinBox(reader=parse.money)
    qtbot.addWidget(box)
    box.setRange(0, 200_000_000)
    for text, value in (("2.000.000", 2_000_000), ("2500000 VND", 2_500_000), ("1,500,000", 1_500_000)):
        box.lineEdit().selectAll()
        qtbot.keyClicks(box, text)
        box.interpretText()
        assert box.value() == value
