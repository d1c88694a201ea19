"""Printed documents read back as a reader would: pdftotext for the words, pdffonts for the fonts, pdfinfo for
the pages, pdftoppm + zbarimg for the QR codes (poppler-utils and zbar-tools; .ci/run installs them)."""
from __future__ import annotations

import datetime as dt
import math
import re
import shutil
import subprocess

import pytest

from core.documents import fonts, invitations, layout, register, signin
from core.errors import UserError

needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")
needs_zbar = pytest.mark.skipif(not shutil.which("zbarimg"), reason="zbar-tools not installed")
ISSUED = dt.date(2026, 1, 5)


def text(path, page: int | None = None, layout_: bool = True) -> str:
    """The page's words as pdftotext reads them: in their columns (layout_), or in reading order."""
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run(["pdftotext", *(["-layout"] if layout_ else []), *pages, str(path), "-"],
                          capture_output=True, text=True, check=True).stdout


def page_count(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def codes_on(path, page: int, tmp_path) -> list[str]:
    stem = tmp_path / f"page{page}"
    subprocess.run(["pdftoppm", "-png", "-r", "150", "-f", str(page), "-l", str(page), "-singlefile", str(path),
                    str(stem)], check=True)
    found = subprocess.run(["zbarimg", "--quiet", "--raw", f"{stem}.png"], capture_output=True, text=True).stdout
    return sorted(found.split())


@pytest.fixture
def ws(demo):
    return demo  # the demo office (tests/conftest.py)


@pytest.fixture
def conference(ws):
    """A planned conference with 5 invitees, a week after the issue date."""
    c = ws.conferences.list()[0]
    ws.conferences.update(c["id"], date="2026-01-12", status="planned")
    people = [p["id"] for p in ws.query("SELECT id FROM people WHERE commune_id = ? AND deleted = 0 ORDER BY id"
                                         " LIMIT 5", [c["commune_id"]])]
    ws.invitations.invite(c["id"], people)
    return ws.conferences.get(c["id"])


@needs_poppler
def test_an_invitation_carries_the_administrative_layout_and_each_invitee(ws, conference, tmp_path):
    ws.conferences.update(conference["id"], co_issuer=None)  # the office alone (the demo's are joint)
    out = tmp_path / "gm.pdf"
    printed = invitations.print_batch(ws, conference["id"], out, today=ISSUED)
    invitees = ws.invitations.list(conference["id"])
    assert printed.invitations == len(invitees) == page_count(out) == 5
    assert printed.number == "Số: 01/GM-BHXH" and printed.warnings == []
    for page, person in enumerate(invitees, start=1):
        words = text(out, page)
        for expected in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "GIẤY MỜI",
                         "Sơn Hà, ngày 05 tháng 01 năm 2026", "Số: 01/GM-BHXH", "BHXH CƠ SỞ SƠN HÀ",
                         "Nơi nhận:", "Bạch Thị Yến Thoa", person["code"]):
            assert expected in words, (expected, words)
        assert person["full_name"] in " ".join(words.split()), person["full_name"]
        assert not re.search(r"^\s*\d+\s*$", words, re.M), "one-page documents carry no page number"


@needs_poppler
def test_fonts_are_embedded_and_the_text_comes_back_as_vietnamese(ws, conference, tmp_path):
    out = tmp_path / "gm.pdf"
    invitations.print_batch(ws, conference["id"], out, today=ISSUED)
    listing = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    rows = listing.splitlines()[2:]
    assert rows and all(row.split()[-5] == "yes" for row in rows), listing  # the 'emb' column
    assert "Helvetica" not in listing
    assert "trân trọng kính mời" in " ".join(text(out, 1).split())


@needs_poppler
@needs_zbar
@pytest.mark.parametrize("per_page", [1, 2])
def test_each_qr_code_reads_back_as_its_invitation_code(ws, conference, tmp_path, per_page):
    out = tmp_path / f"gm{per_page}.pdf"
    invitations.print_batch(ws, conference["id"], out, per_page=per_page, today=ISSUED)
    codes = [i["code"] for i in ws.invitations.list(conference["id"])]
    assert page_count(out) == math.ceil(len(codes) / per_page)
    read = [c for page in range(1, page_count(out) + 1) for c in codes_on(out, page, tmp_path)]
    assert sorted(read) == sorted(codes)


def test_printing_registers_a_number_a_reprint_keeps_it_and_marks_the_invitations(ws, conference, tmp_path):
    first = invitations.print_batch(ws, conference["id"], tmp_path / "a.pdf", today=ISSUED)
    again = invitations.print_batch(ws, conference["id"], tmp_path / "b.pdf", today=ISSUED + dt.timedelta(days=1))
    assert first.number == again.number == "Số: 01/GM-UBND-BHXH"
    assert [d["number"] for d in register.issued(ws, "GM", 2026)] == [1]
    assert all(i["printed_at"] for i in ws.query("SELECT printed_at FROM invitations WHERE conference_id = ?",
                                                  [conference["id"]]))
    assert ws.query("SELECT count(*) n FROM audit_log WHERE table_name = 'documents'")[0]["n"] == 1


def test_document_numbers_run_per_type_and_year_and_a_used_one_is_refused(ws):
    with ws.transaction():
        assert register.issue(ws, "GM", ISSUED)["number"] == 1
        assert register.issue(ws, "GM", ISSUED)["number"] == 2
        assert register.issue(ws, "BC", ISSUED)["number"] == 1
        assert register.issue(ws, "GM", dt.date(2027, 1, 2))["number"] == 1
        assert register.issue(ws, "GM", ISSUED, number=9)["number"] == 9
    assert register.next_number(ws, "GM", 2026) == 10
    with pytest.raises(UserError, match="02/GM đã dùng trong năm 2026"):
        with ws.transaction():
            register.issue(ws, "GM", ISSUED, number=2)
    assert layout.number_line(5, "GM", ["BHXH"]) == "Số: 05/GM-BHXH"
    assert layout.number_line(12, "GM", ["UBND", "BHXH"]) == "Số: 12/GM-UBND-BHXH"


@pytest.mark.parametrize("breakage, words", [
    ("venue", "chưa có địa điểm"),
    ("signer", "chưa có người ký"),
    ("invitees", "chưa có ai được mời"),
    ("template", "{ten_la}"),
])
def test_missing_pieces_are_named_before_anything_is_printed(ws, conference, tmp_path, breakage, words):
    if breakage == "venue":
        ws.conferences.update(conference["id"], venue=" ")
    elif breakage == "signer":
        ws.units.update_office(signer_name="")
    elif breakage == "invitees":
        for i in ws.invitations.list(conference["id"]):
            ws.invitations.withdraw(i["id"])
    else:
        with ws.transaction():
            ws.set_setting(invitations.TEMPLATE_SETTING, "Kính mời {ho_ten} ({ten_la})")
    out = tmp_path / "gm.pdf"
    with pytest.raises(UserError) as refused:
        invitations.print_batch(ws, conference["id"], out, today=ISSUED)
    assert words in refused.value.message
    assert not out.exists() and not list(tmp_path.glob(".vandong-*"))
    assert register.issued(ws) == []
    assert not ws.query("SELECT 1 FROM invitations WHERE printed_at IS NOT NULL")


def test_a_past_conference_prints_again_with_a_warning(ws, conference, tmp_path):
    ws.conferences.update(conference["id"], date="2025-12-01")
    printed = invitations.print_batch(ws, conference["id"], tmp_path / "gm.pdf", today=ISSUED)
    assert printed.invitations == 5 and "bản in lại" in printed.warnings[0]


@needs_poppler
def test_a_jointly_issued_invitation_shows_both_agencies_and_two_signers(ws, conference, tmp_path):
    batch = invitations.gather(ws, conference["id"], today=ISSUED)
    commune = layout.Issuer("Ủy ban nhân dân xã Sơn Linh", symbol="UBND", signer_authority="TM. ỦY BAN NHÂN DÂN",
                            signer_title="CHỦ TỊCH", signer_name="Đinh Văn Lâm")
    batch.issuers = [commune, batch.issuers[-1]]
    batch.number = 7
    out = tmp_path / "joint.pdf"
    invitations.render(batch, out)
    words = " ".join(text(out, 1, layout_=False).split())  # a long agency name wraps onto two lines
    for expected in ("ỦY BAN NHÂN DÂN XÃ SƠN LINH", "BHXH CƠ SỞ SƠN HÀ", "Số: 07/GM-UBND-BHXH", "Đinh Văn Lâm",
                     "Bạch Thị Yến Thoa", "TM. ỦY BAN NHÂN DÂN"):
        assert expected in words, (expected, words)


@needs_poppler
def test_the_sign_in_sheet_repeats_its_header_numbers_its_pages_and_hides_ids(ws, conference, tmp_path):
    more = [p["id"] for p in ws.query("SELECT id FROM people WHERE deleted = 0 ORDER BY id LIMIT 50")]
    ws.invitations.invite(conference["id"], more)
    invitations.print_batch(ws, conference["id"], tmp_path / "gm.pdf", today=ISSUED)
    out = tmp_path / "sign.pdf"
    sheet = signin.print_sheet(ws, conference["id"], out)
    invitees = ws.invitations.list(conference["id"])
    assert sheet.rows == len(invitees) and sheet.pages == page_count(out) == 3
    for page in (1, 2, 3):
        assert "Họ và tên" in text(out, page) and "Ký tên" in text(out, page)
        if page > 1:
            assert text(out, page).lstrip().startswith(str(page)), "the page number heads pages 2 and 3"
    first = text(out, 1)
    assert "DANH SÁCH ĐẠI BIỂU THAM DỰ HỘI NGHỊ" in first and "Kèm theo Giấy mời số 01/GM-UBND-BHXH" in first
    everything = text(out)
    for person in invitees:
        if person["citizen_id"]:
            assert person["citizen_id"] not in everything and "…" + person["citizen_id"][-4:] in everything
    names = [p["full_name"] for p in invitees]
    positions = [" ".join(everything.split()).find(n) for n in names]
    assert positions == sorted(positions), "in the Vietnamese name order"


def test_long_text_wraps_inside_its_width():
    fonts.register()
    name = "Nguyễn Thị Thanh Hương Xuân Mai Phương Thảo " * 4 + "Không-có-chỗ-ngắt-dài-quá-mức-cho-một-dòng" * 3
    for size, room in ((13.5, 200.0), (11.5, 90.0)):
        for line in layout.wrap([(name, fonts.BOLD)], size, room):
            assert sum(fonts.width(t, f, size) for t, f in line) <= room + 0.01


def test_times_new_roman_is_used_when_the_system_has_it(tmp_path, monkeypatch):
    folder = tmp_path / "Fonts"
    folder.mkdir()
    for style, name in fonts._BUNDLED.items():  # a metric-compatible stand-in, named as Windows names Times
        shutil.copy(fonts.RESOURCES / "fonts" / name, folder / fonts._TIMES[style])
    assert fonts._times_files([folder]) == {style: folder / name for style, name in fonts._TIMES.items()}
    assert fonts._times_files([tmp_path / "nothing"]) is None


def test_the_date_line_takes_its_leading_zeros():
    from core import formatting
    assert formatting.long_date("2026-01-05", "Sơn Hà") == "Sơn Hà, ngày 05 tháng 01 năm 2026"
    assert formatting.long_date("2026-03-15", "Sơn Hà") == "Sơn Hà, ngày 15 tháng 3 năm 2026"
    assert formatting.long_date("2026-12-09", "Sơn Hà") == "Sơn Hà, ngày 09 tháng 12 năm 2026"


@needs_poppler
def test_the_cli_prints_invitations_and_the_sign_in_sheet(ws, conference, demo_path, tmp_path, capsys):
    from main import main
    ws.close()
    out = tmp_path / "gm.pdf"
    assert main(["--db", str(demo_path), "invitations", str(conference["id"]), "--out", str(out),
                 "--per-page", "2"]) == 0
    said = capsys.readouterr().out
    assert said.startswith("Đã in 5 giấy mời (3 trang, Số: 01/GM-UBND-BHXH)") and page_count(out) == 3
    sheet = tmp_path / "ky.pdf"
    assert main(["--db", str(demo_path), "signin-sheet", str(conference["id"]), "--out", str(sheet)]) == 0
    assert "DANH SÁCH ĐẠI BIỂU" in text(sheet)
    assert main(["--db", str(demo_path), "--lang", "en", "invitations", str(conference["id"]), "--out",
                 str(tmp_path / "no-folder" / "x.pdf")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Cannot write" in err, err
