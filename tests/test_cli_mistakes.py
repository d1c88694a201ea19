"""Every command-line mistake of issue 8 (items 1 and 12), run as a clerk types it with --lang vi: one Vietnamese
line on stderr, nothing on stdout, a non-zero exit; --help speaks the language asked for."""
from __future__ import annotations

import re

import pytest

from core import i18n
from core.workspace import Workspace
from fixtures.people_fixtures import messy_list
from fixtures.targets_fixtures import add_bac_giang_units
from main import main

_VIETNAMESE = re.compile(r"[ăâđêôơưáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]", re.I)
_ENGLISH = re.compile(r"\b(usage|error|argument|arguments|invalid|choose|required|expected|unrecognized|"
                      r"No such file|Errno|not a number|must)\b")


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("office") / "bg.sqlite"
    ws = Workspace.open(path, actor="test")
    add_bac_giang_units(ws)
    ws.plans.create("10/KH-UBND", "Tháng cao điểm 2023", start_date="2023-01-01", end_date="2023-12-31")
    ws.close()
    return path


def run_cli(capsys, argv: list) -> tuple[int, str, str]:
    try:
        code = main([str(a) for a in argv])
    except SystemExit as exc:  # argparse's exits
        code = exc.code
    finally:
        i18n.set_language("vi")
    out, err = capsys.readouterr()
    return code, out, err


MISTAKES = {
    "unknown command": ["finish"],
    "--lang fr": ["--lang", "fr", "plans"],
    "invalid choice": ["conferences", "--status", "finished"],
    "missing option": ["schedule", "--kind", "customer", "--per-month", "1"],
    "missing choice of several": ["outcome", "1", "2"],
    "missing argument": ["checkin", "1"],
    "non-numeric id": ["invite", "abc", "--all-in-commune"],
    "unknown option": ["plans", "--colour"],
    "an argument left over": ["conferences", "--status", "held", "extra"],
    "invitations without --out": ["invitations", "1"],
    "invitations of a conference with no invitees": ["invitations", "1", "--out", "{tmp}/gm.pdf"],
    "reversed date range": ["conferences", "--from", "10/01/2026", "--to", "01/01/2026"],
    "--any-commune without --search": ["invite", "1", "--all-in-commune", "--any-commune"],
    "unwritable --out": ["export", "handover", "--out", "{tmp}/no-folder/x.xlsx"],
    "unwritable --out (targets)": ["export", "targets", "--plan", "10/KH-UBND", "--out", "{tmp}/no-folder/x.xlsx"],
    "a people list as targets": ["import", "targets", "{people}", "--plan", "10/KH-UBND"],
}


@pytest.mark.parametrize("mistake", sorted(MISTAKES))
def test_each_mistake_is_one_vietnamese_line_and_a_failing_exit(mistake, db, tmp_path, capsys):
    people = messy_list(tmp_path / "ds.xlsx")
    argv = ["--db", db, "--lang", "vi"] + [a.format(tmp=tmp_path, people=people) for a in MISTAKES[mistake]]
    code, out, err = run_cli(capsys, argv)
    assert code not in (0, None), (mistake, err)
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].strip(), (mistake, err)
    assert _VIETNAMESE.search(err) and not _ENGLISH.search(err), (mistake, err)
    assert out == "", (mistake, out)


def test_an_abbreviated_lang_speaks_that_language_and_extras_point_to_their_command(db, capsys):
    code, _out, err = run_cli(capsys, ["--db", db, "--la", "en", "conferences", "--status", "held", "extra"])
    assert code == 2 and err == "error: unrecognized arguments: extra — see “main.py conferences --help”.\n"


def test_argparse_mistakes_point_to_the_commands_help(db, capsys):
    code, _out, err = run_cli(capsys, ["--db", db, "--lang", "vi", "invite", "abc", "--all-in-commune"])
    assert code == 2 and err == "lỗi: đối số CONFERENCE_ID: “abc” không phải là số — xem “main.py invite --help”.\n"
    code, _out, err = run_cli(capsys, ["--db", db, "--lang", "en", "checkin", "1"])
    assert code == 2 and err == ("error: the following arguments are required: CODE — "
                                 "see “main.py checkin --help”.\n")


@pytest.mark.parametrize("lang, words, foreign", [
    ("vi", ("cách dùng:", "tuỳ chọn:", "hiện hướng dẫn này rồi thoát", "mời người dự hội nghị"), ("usage:", "options")),
    ("en", ("usage:", "options:", "show this help message and exit", "invite people to a conference"),
     ("cách dùng", "tuỳ chọn")),
])
def test_help_is_in_the_language_asked_for(lang, words, foreign, capsys):
    code, out, _err = run_cli(capsys, ["--lang", lang, "--help"])
    assert code == 0 and all(w in out for w in words), out
    assert not any(w in out for w in foreign), out
    code, out, _err = run_cli(capsys, [f"--lang={lang}", "invite", "--help"])
    assert code == 0 and (("số hội nghị" in out) if lang == "vi" else ("the conference's id" in out)), out
