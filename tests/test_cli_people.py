import json

import pytest

from fixtures.people_fixtures import messy_list
from main import main

IMPORT_KEYS = {"rows", "created", "updated", "duplicates", "rejected", "warnings"}
PERSON_KEYS = {"id", "full_name", "birth_year", "gender", "citizen_id", "phone", "village", "commune", "status"}


def run(capsys, db, *args):
    code = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path, capsys):
    path = tmp_path / "office.sqlite"
    code, _, err = run(capsys, path, "init", "--office-code", "SH", "--office-name", "BHXH cơ sở Sơn Hà",
                       "--province", "Quảng Ngãi", "--commune", "Sơn Hà", "--commune", "Sơn Hạ")
    assert code == 0, err
    return path


def test_import_people_dry_run_then_for_real(db, tmp_path, capsys):
    messy = messy_list(tmp_path / "ds.xlsx")
    code, out, err = run(capsys, db, "import", "people", str(messy), "--dry-run", "--json")
    data = json.loads(out)
    assert code == 0 and IMPORT_KEYS <= set(data)
    assert (data["rows"], data["created"], data["rejected"]) == (9, 4, 4)
    code, out, _ = run(capsys, db, "search", "an", "--json")
    assert json.loads(out) == []
    errors = tmp_path / "loi.xlsx"
    code, out, _ = run(capsys, db, "import", "people", str(messy), "--commune", "Sơn Hà", "--errors", str(errors),
                       "--json")
    data = json.loads(out)
    assert code == 0 and (data["created"], data["duplicates"], data["rejected"]) == (5, 1, 3) and errors.exists()
    code, out, _ = run(capsys, db, "import", "people", str(messy), "--commune", "Sơn Hà")
    assert code == 0 and "0 người mới" in out


def test_import_people_refuses_bad_input_with_one_line(db, tmp_path, capsys):
    bad = tmp_path / "bad.xlsx"
    bad.write_text("not a workbook")
    code, out, err = run(capsys, db, "import", "people", str(bad))
    assert code == 1 and err.startswith("lỗi: ") and len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, db, "import", "people", str(messy_list(tmp_path / "ds.xlsx")), "--commune", "Sơn Mỹ")
    assert code == 1 and "Sơn Mỹ" in err


def test_search_invite_checkin_outcome(db, tmp_path, capsys):
    run(capsys, db, "import", "people", str(messy_list(tmp_path / "ds.xlsx")), "--commune", "Sơn Hà")
    code, out, _ = run(capsys, db, "search", "nguyen van an", "--json")
    people = json.loads(out)
    assert code == 0 and len(people) == 1 and set(people[0]) == PERSON_KEYS
    assert (people[0]["citizen_id"], people[0]["phone"], people[0]["commune"]) == ("051080001234", "0905123456", "Xã Sơn Hà")

    from core.workspace import Workspace
    ws = Workspace.open(db)
    son_ha = ws.units.find("Sơn Hà")["id"]
    conf, _ = ws.conferences.add("customer", son_ha, "2025-11-10")
    other, _ = ws.conferences.add("customer", son_ha, "2025-11-20")
    group, _ = ws.groups.add("agency", "Bưu điện khu vực Sơn Hà - Sơn Tây")
    ws.groups.add_member(group, "Phạm Thị Thu", role="Nhân viên thu")
    ws.close()

    code, out, _ = run(capsys, db, "invite", str(conf), "--person", str(people[0]["id"]), "--json")
    made = json.loads(out)
    assert code == 0 and [set(m) for m in made] == [{"person_id", "full_name", "code"}]
    code, _, err = run(capsys, db, "invite", str(conf), "--person", str(people[0]["id"]))
    assert code == 1 and "Nguyễn Văn An" in err
    code, out, _ = run(capsys, db, "invite", str(conf), "--all-in-commune", "--json")
    assert code == 0 and len(json.loads(out)) == 2  # Sơn Hà's other people: Giang and Hậu
    code, out, _ = run(capsys, db, "invite", str(other), "--search", "binh", "--any-commune", "--json")
    elsewhere = json.loads(out)[0]["code"]

    code, out, _ = run(capsys, db, "checkin", str(conf), made[0]["code"], "--json")
    assert code == 0 and json.loads(out)["status"] == "checked-in" and {"status", "person_id", "full_name"} <= set(json.loads(out))
    code, out, _ = run(capsys, db, "checkin", str(conf), made[0]["code"], "--json")
    assert code == 0 and json.loads(out)["status"] == "already-checked-in"
    code, out, _ = run(capsys, db, "checkin", str(conf), elsewhere, "--json")
    assert code == 1 and json.loads(out)["status"] == "other-conference"
    code, out, _ = run(capsys, db, "checkin", str(conf), "ZZZZZZ2", "--json")
    assert code == 1 and json.loads(out) == {"status": "unknown-code", "person_id": None, "full_name": None,
                                             "message": json.loads(out)["message"]}

    pid = str(people[0]["id"])
    code, _, err = run(capsys, db, "outcome", str(conf), pid, "--registered", "vsi", "--income", "1000000", "--months", "1")
    assert code == 1 and "1.500.000" in err
    code, out, err = run(capsys, db, "outcome", str(conf), pid, "--registered", "vsi", "hhi", "--income", "2000000",
                         "--months", "3")
    assert code == 0, err
    code, out, err = run(capsys, db, "outcome", str(conf), pid, "--follow-up", "pham thi thu", "--json")
    assert code == 0 and json.loads(out)["follow_up_collector_id"]
    code, _, err = run(capsys, db, "outcome", str(conf), pid, "--follow-up", "Không Có Ai")
    assert code == 1 and err.startswith("lỗi: ")
    out_file = tmp_path / "ban-giao.xlsx"
    code, _, _ = run(capsys, db, "export", "handover", "--out", str(out_file), "--conference", str(conf))
    assert code == 0 and out_file.exists()


def test_undo_import_from_the_command_line(db, tmp_path, capsys):
    code, out, _ = run(capsys, db, "import", "people", str(messy_list(tmp_path / "ds.xlsx")), "--commune", "Sơn Hà",
                       "--json")
    job = json.loads(out)["job_id"]
    code, out, _ = run(capsys, db, "undo-import", str(job))
    assert code == 0
    code, out, _ = run(capsys, db, "search", "an", "--json")
    assert json.loads(out) == []
    code, _, err = run(capsys, db, "undo-import", str(job))
    assert code == 1


def test_invite_an_imported_list(db, tmp_path, capsys):
    """`invite --import-job` invites the people an import created (the issue's 'from an imported list')."""
    import openpyxl
    book = openpyxl.Workbook()
    book.active.append(["Họ và tên", "Năm sinh", "Thôn", "Xã"])
    book.active.append(["Lê Văn Mới", 1980, "Thôn Mới", "Sơn Hà"])
    book.active.append(["Lê Thị Mới", 1982, "Thôn Mới", "Sơn Hà"])
    book.save(tmp_path / "list.xlsx")
    code, out, err = run(capsys, db, "import", "people", str(tmp_path / "list.xlsx"), "--json")
    assert code == 0, err
    job = json.loads(out)["job_id"]
    code, out, err = run(capsys, db, "schedule", "--kind", "customer", "--from", "2026-12-01", "--to", "2026-12-31",
                         "--per-period", "1", "--commune", "Sơn Hà", "--json")
    assert code == 0, err
    conf = json.loads(run(capsys, db, "conferences", "--json")[1])[0]["id"]
    code, out, err = run(capsys, db, "invite", str(conf), "--import-job", str(job), "--json")
    assert code == 0, err
    assert sorted(i["full_name"] for i in json.loads(out)) == ["Lê Thị Mới", "Lê Văn Mới"]


def test_invite_by_search_keeps_to_the_conference_commune_unless_told(db, capsys):
    from core.workspace import Workspace
    ws = Workspace.open(db)
    son_ha, son_ha_ha = ws.units.find("Sơn Hà")["id"], ws.units.find("Sơn Hạ")["id"]
    for name, commune in (("Trần Thị Bình", son_ha), ("Lê Văn Bình", son_ha_ha), ("Đinh Bình", son_ha_ha)):
        ws.people.add({"full_name": name, "commune_id": commune})
    conf, _ = ws.conferences.add("customer", son_ha, "2025-11-10")
    other, _ = ws.conferences.add("customer", son_ha, "2025-11-20")
    ws.close()
    code, out, err = run(capsys, db, "invite", str(conf), "--search", "binh", "--json")
    assert code == 0 and [m["full_name"] for m in json.loads(out)] == ["Trần Thị Bình"]
    assert [set(m) for m in json.loads(out)] == [{"person_id", "full_name", "code"}]
    assert err.count("\n") == 1 and "2 người" in err and "--any-commune" in err
    code, out, err = run(capsys, db, "invite", str(other), "--search", "binh", "--any-commune", "--json")
    assert code == 0 and len(json.loads(out)) == 3 and err == ""
    code, out, err = run(capsys, db, "--lang", "en", "invite", str(other), "--all-in-commune", "--any-commune")
    assert code == 1 and "--any-commune" in err and out == ""
