import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, cwd=ROOT)


def test_init_creates_the_office(tmp_path):
    db = tmp_path / "o.sqlite"
    r = run("--db", str(db), "init", "--office-code", "SH", "--office-name", "BHXH cơ sở Sơn Hà",
            "--province", "Quảng Ngãi", "--commune", "Sơn Hà", "--commune", "Xã Sơn Hạ", "--json")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["communes"] == ["Xã Sơn Hà", "Xã Sơn Hạ"] and out["code"] == "SH"


def test_init_refuses_bad_input_with_one_line_and_exit_1(tmp_path):
    db = tmp_path / "o.sqlite"
    r = run("--db", str(db), "init", "--office-code", "SH", "--office-name", "X", "--province", "Quảng Ngãi",
            "--commune", "Son Ha")
    assert r.returncode == 1
    assert r.stderr.strip().count("\n") == 0 and "Son Ha" in r.stderr
    r2 = run("--db", str(db), "--lang", "en", "init", "--office-code", "SH", "--office-name", "X", "--province", "Nowhere")
    assert r2.returncode == 1 and "No province" in r2.stderr


def test_missing_required_option_is_a_usage_error(tmp_path):
    r = run("--db", str(tmp_path / "o.sqlite"), "init", "--office-code", "SH")
    assert r.returncode == 2


def test_every_command_has_help():
    from cli import build_parser
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name, p in sub.choices.items():
        assert p.description or sub._choices_actions, name
    assert all(a.help for a in sub._choices_actions)


def test_a_mistyped_db_path_creates_nothing_and_says_so(tmp_path):
    r = run("--db", str(tmp_path / "typo" / "o.sqlite"), "conferences")
    assert r.returncode == 1 and "init" in r.stderr
    assert not (tmp_path / "typo").exists()


def test_a_refused_init_leaves_no_database_behind(tmp_path):
    db = tmp_path / "o.sqlite"
    r = run("--db", str(db), "init", "--office-code", "SH", "--office-name", "X", "--province", "Quảng Ngãi",
            "--commune", "Xã Sơn Ha")
    assert r.returncode == 1 and not list(tmp_path.iterdir())
    assert run("--db", str(db), "demo").returncode == 0  # the path is free for the next try


def test_a_file_that_is_not_a_database_is_one_sentence(tmp_path):
    bad = tmp_path / "bad.sqlite"
    bad.write_text("garbage")
    r = run("--db", str(bad), "conferences")
    assert r.returncode == 1 and "không phải là cơ sở dữ liệu" in r.stderr and "Traceback" not in r.stderr
    assert bad.read_text() == "garbage"
