"""Nothing lost or doubled when several writers share one office database: real processes, real files."""
import json
import subprocess
import sys
import threading
import time
from itertools import product
from pathlib import Path

import openpyxl
import pytest

from core.workspace import Workspace
from storage.connection import connect

ROOT = Path(__file__).resolve().parent.parent
FAMILIES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng"]
MIDDLES = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Quang"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Đức", "Hà", "Hải", "Lan", "Mai", "Nam", "Phúc", "Quý"]


def _list(path: Path, with_ids: bool) -> int:
    """A prospect list of 1.920 different people (name + birth year), in the communes of the demo office."""
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Danh sách")
    sheet.append(["STT", "Họ và tên", "Năm sinh", "Số CCCD", "Xã"])
    n = 0
    for (family, middle, given), year in product(product(FAMILIES, MIDDLES, GIVEN), (1975, 1985)):
        n += 1
        number = f"051{0 if year < 2000 else 2}{year % 100:02d}{n:06d}" if with_ids else ""
        sheet.append([n, f"{family} {middle} {given}", year, number, "Sơn Hà"])
    book.save(path)
    return n


def _cli(db: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "main.py", "--db", str(db), *args], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _done(proc: subprocess.Popen) -> tuple[int, str, str]:
    out, err = proc.communicate(timeout=120)
    return proc.returncode, out, err


def _people(db: Path) -> int:
    conn = connect(db)
    try:
        return conn.execute("SELECT count(*) FROM people WHERE deleted = 0").fetchone()[0]
    finally:
        conn.close()


@pytest.mark.parametrize("with_ids", [False, True], ids=["without-ids", "with-ids"])
def test_the_same_list_imported_twice_at_once_creates_each_person_once(demo_path, tmp_path, with_ids):
    rows = _list(tmp_path / "ds.xlsx", with_ids)
    before = _people(demo_path)
    first = _cli(demo_path, "import", "people", str(tmp_path / "ds.xlsx"), "--json")
    second = _cli(demo_path, "import", "people", str(tmp_path / "ds.xlsx"), "--json")
    results = [_done(first), _done(second)]
    for code, out, err in results:
        assert code == 0, err
    created = sorted(json.loads(out)["created"] for _, out, _ in results)
    assert created[0] == 0 and created[1] > rows - 5, "one import made them all, the other found them there"
    assert _people(demo_path) == before + created[1]


def _codes(db: Path, n: int) -> list[tuple[int, str]]:
    ws = Workspace.open(db, actor="test")
    try:
        conference = ws.query("SELECT id FROM conferences WHERE status = 'planned' ORDER BY id LIMIT 1")[0]["id"]
        people = [r["id"] for r in ws.query("SELECT id FROM people WHERE deleted = 0 AND id NOT IN"
                                            " (SELECT person_id FROM invitations WHERE conference_id = ?)"
                                            " ORDER BY id LIMIT ?", [conference, n])]
        ws.invitations.invite(conference, people)
        return [(conference, r["code"]) for r in ws.query(
            "SELECT code FROM invitations WHERE conference_id = ? AND person_id IN (SELECT value FROM json_each(?))",
            [conference, json.dumps(people)])]
    finally:
        ws.close()


def test_a_check_in_waits_for_another_writer_then_succeeds(demo_path):
    (conference, code), = _codes(demo_path, 1)
    locked = threading.Event()

    def hold():  # another writer, mid-transaction for 1,5 s (an import's write phase)
        conn = connect(demo_path)
        conn.execute("BEGIN IMMEDIATE")
        locked.set()
        time.sleep(1.5)
        conn.conn.commit()
        conn.close()
    holder = threading.Thread(target=hold)
    holder.start()
    locked.wait()
    started = time.perf_counter()
    code_, out, err = _done(_cli(demo_path, "checkin", str(conference), code, "--json"))
    waited = time.perf_counter() - started
    holder.join()
    assert code_ == 0, err
    assert json.loads(out)["status"] == "checked-in" and waited >= 1.4


def test_check_ins_during_an_import_all_land(demo_path, tmp_path):
    _list(tmp_path / "ds.xlsx", with_ids=False)
    codes = _codes(demo_path, 12)
    importing = _cli(demo_path, "import", "people", str(tmp_path / "ds.xlsx"), "--json")
    scans, overlapped = [], 0
    for c, code in codes:
        overlapped += importing.poll() is None  # the import still running when this scan started
        scans.append(_done(_cli(demo_path, "checkin", str(c), code, "--json")))
    assert _done(importing)[0] == 0
    assert overlapped, "no scan ran beside the import"
    assert [json.loads(out)["status"] for code, out, err in scans] == ["checked-in"] * len(codes), scans
    ws = Workspace.open(demo_path)
    try:
        landed = ws.query("SELECT count(*) n FROM attendance a JOIN invitations i ON i.person_id = a.person_id"
                          " AND i.conference_id = a.conference_id WHERE i.code IN (SELECT value FROM json_each(?))"
                          " AND a.deleted = 0", [json.dumps([c for _, c in codes])])[0]["n"]
    finally:
        ws.close()
    assert landed == len(codes)


def test_two_processes_and_the_window_never_lose_a_write(demo_path):
    codes = _codes(demo_path, 30)
    halves = [codes[0:10], codes[10:20]]
    script = ("import sys, json\nfrom core.workspace import Workspace\n"
              "ws = Workspace.open(sys.argv[1], actor='cli')\n"
              "for c, code in json.loads(sys.argv[2]):\n"
              "    assert ws.attendance.check_in(c, code).status == 'checked-in'\n")
    procs = [subprocess.Popen([sys.executable, "-c", script, str(demo_path), json.dumps(h)], cwd=ROOT,
                              stderr=subprocess.PIPE, text=True) for h in halves]
    window = Workspace.open(demo_path, actor="window")  # the window's worker, in this process
    try:
        for c, code in codes[20:]:
            assert window.attendance.check_in(c, code).status == "checked-in"
    finally:
        window.close()
    for proc in procs:
        assert proc.wait(timeout=120) == 0, proc.stderr.read()
    ws = Workspace.open(demo_path)
    try:
        conference = codes[0][0]
        assert ws.attendance.present_count(conference) >= len(codes)
        assert ws.query("SELECT count(*) n FROM audit_log WHERE table_name = 'attendance' AND action = 'insert'"
                        " AND actor IN ('cli', 'window')")[0]["n"] == len(codes)
    finally:
        ws.close()
