import json

import pytest

from main import main


def run(capsys, *args):
    code = main([*args])
    out, err = capsys.readouterr()
    return code, out, err


def test_conferences_json_has_the_contract_keys(demo_path, capsys):
    code, out, err = run(capsys, "--db", str(demo_path), "conferences", "--json")
    assert code == 0, err
    rows = json.loads(out)
    assert len(rows) == 47
    for key in ("id", "kind", "commune", "date", "venue", "status"):
        assert all(key in r for r in rows)
    first = rows[0]
    assert first["kind"] in ("customer", "policy_qa", "small_group") and first["commune"].startswith("Xã ")
    assert len(first["date"]) == 10 and first["date"][4] == "-"
    assert [r["date"] for r in rows] == sorted(r["date"] for r in rows)


def test_conferences_filters(demo_path, capsys):
    code, out, _ = run(capsys, "--db", str(demo_path), "conferences", "--json", "--commune", "Sơn Hạ",
                       "--kind", "customer", "--from", "01/10/2025", "--to", "2025-12-31")
    rows = json.loads(out)
    assert code == 0 and len(rows) == 2 and {r["commune"] for r in rows} == {"Xã Sơn Hạ"}
    _, out, _ = run(capsys, "--db", str(demo_path), "conferences", "--json", "--status", "postponed")
    assert len(json.loads(out)) == 1


def test_conferences_table_is_vietnamese_with_dd_mm_yyyy(demo_path, capsys):
    code, out, _ = run(capsys, "--db", str(demo_path), "conferences", "--commune", "Xã Sơn Tây Thượng")
    lines = out.splitlines()
    assert code == 0 and lines[0].split()[:3] == ["Số", "Ngày", "Giờ"]
    assert "Trạng thái" in lines[0] and "Tổng cộng: 5 hội nghị." == lines[-1]  # 2 + 2 + 1 small group
    assert any("12/11/2025" in line and "Đã tổ chức" in line for line in lines)
    # columns are aligned: every data row has its date where the header's 'Ngày' starts
    col = lines[0].index("Ngày")
    assert all(line[col:col + 10].count("/") == 2 for line in lines[1:-1])


@pytest.mark.parametrize("args, words", [
    (["--commune", "Son Ha"], "Son Ha"),
    (["--from", "2025-13-01"], "--from"),
    (["--to", "hôm qua"], "--to"),
    (["--kind", "party"], "party"),
    (["--from", "31/12/2025", "--to", "01/10/2025"], "Đến ngày"),
])
def test_bad_filters_exit_1_with_one_line(demo_path, capsys, args, words):
    code, out, err = run(capsys, "--db", str(demo_path), "conferences", *args)
    assert code == 1 and out == ""
    assert err.startswith("lỗi: ") and words in err and err.strip().count("\n") == 0


def test_conferences_without_an_office_is_refused(tmp_path, capsys):
    code, _, err = run(capsys, "--db", str(tmp_path / "empty.sqlite"), "conferences")
    assert code == 1 and "init" in err


def test_empty_list_says_so(tmp_path, capsys):
    db = str(tmp_path / "o.sqlite")
    assert run(capsys, "--db", db, "init", "--office-code", "SH", "--office-name", "X", "--province", "Quảng Ngãi",
               "--commune", "Sơn Hà")[0] == 0
    assert run(capsys, "--db", db, "conferences", "--json")[1].strip() == "[]"
    assert "Không có hội nghị" in run(capsys, "--db", db, "conferences")[1]


def test_schedule_preview_then_write(demo_path, capsys):
    base = ["--db", str(demo_path), "schedule", "--kind", "training", "--from", "2026-01-01", "--to", "2026-03-31",
            "--per-month", "1", "--commune", "Sơn Hà", "--commune", "Sơn Kỳ", "--plan", "25/kh-bhxh", "--json"]
    code, out, err = run(capsys, *base, "--preview")
    assert code == 0, err
    assert len(json.loads(out)) == 6
    assert len(json.loads(run(capsys, "--db", str(demo_path), "conferences", "--json")[1])) == 47
    code, out, _ = run(capsys, *base)
    rows = json.loads(out)
    assert code == 0 and len(rows) == 6 and all(r["id"] for r in rows)
    assert len(json.loads(run(capsys, "--db", str(demo_path), "conferences", "--json", "--kind", "training")[1])) == 6


def test_schedule_bad_rule_exit_codes(demo_path, capsys):
    code, _, err = run(capsys, "--db", str(demo_path), "schedule", "--kind", "customer", "--from", "2026-02-01",
                       "--to", "2026-01-01", "--per-period", "1")
    assert code == 1 and "Đến ngày" in err
    with pytest.raises(SystemExit) as exc:  # the rule is required: argparse usage error
        main(["--db", str(demo_path), "schedule", "--kind", "customer", "--from", "2026-01-01", "--to", "2026-01-31"])
    assert exc.value.code == 2


def test_demo_refuses_an_existing_database(demo_path, capsys):
    before = demo_path.read_bytes()
    code, _, err = run(capsys, "--db", str(demo_path), "demo")
    assert code == 1 and "Không ghi đè" in err
    assert demo_path.read_bytes() == before
