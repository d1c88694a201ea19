"""Printing: 1.000 invitations with QR codes, a 1.000-row sign-in sheet, and reportlab's own QR widget beside ours.

    python bench/printing.py [--runs 5]

The first line is `1000 invitations with QR: N.NN s` (the median of the runs: the batch laid out and written to
a PDF, fonts embedded). Invitees are made up (names from the demo's name lists, codes as the app makes them);
the batch is the demo office's. Prints figures, never fails on speed.
"""
from __future__ import annotations

import argparse
import dataclasses
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.demo import create_demo  # noqa: E402
from core.documents import fonts, invitations, qr, signin  # noqa: E402
from core.invitations import make_code  # noqa: E402

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Đinh"]
MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Thanh", "Minh", "Ngọc", "Quốc", "Thu", "Kim"]
GIVEN = ["An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải", "Hoa", "Hùng", "Hương", "Khánh", "Lan", "Linh", "Long",
         "Mai", "Nam", "Ngân", "Phúc", "Quyên", "Sơn", "Thảo", "Trang", "Tuấn", "Yến"]
VILLAGES = ["Thôn Làng Trá", "Thôn Nước Nia", "Tổ dân phố Gò Dép", "Thôn Mang Hin", "Thôn Tà Bi"]


def invitees(n: int) -> list[dict]:
    rng = random.Random(7)
    return [{"id": i, "person_id": i, "full_name": f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}",
             "village": rng.choice(VILLAGES), "commune": "Xã Sơn Linh", "code": make_code(),
             "birth_year": rng.randrange(1960, 2006), "phone": "09" + "".join(rng.choice("0123456789") for _ in range(8)),
             "citizen_id": f"051{rng.randrange(10**9):09d}"} for i in range(n)]


def timed(runs: int, work) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    tmp = Path(tempfile.mkdtemp())
    ws = create_demo(tmp / "demo.sqlite")
    conference_id = ws.query("SELECT conference_id FROM invitations GROUP BY conference_id LIMIT 1")[0]["conference_id"]
    face = fonts.register()
    people = invitees(1000)
    batch = dataclasses.replace(invitations.gather(ws, conference_id), invitees=people, number=5)
    one = timed(args.runs, lambda: invitations.render(batch, tmp / "gm1.pdf", 1))
    print(f"1000 invitations with QR: {one:.2f} s")
    two = timed(args.runs, lambda: invitations.render(batch, tmp / "gm2.pdf", 2))
    print(f"1000 invitations, two to a sheet (500 pages): {two:.2f} s")
    conference, office = ws.conferences.get(conference_id), ws.office
    sheet = timed(args.runs, lambda: signin.render(conference, people, office, None, tmp / "sign.pdf"))
    print(f"sign-in sheet of 1000 rows: {sheet:.2f} s")
    print(f"  files: {(tmp / 'gm1.pdf').stat().st_size / 1e6:.1f} MB (1 per page), "
          f"{(tmp / 'sign.pdf').stat().st_size / 1e6:.1f} MB (sign-in sheet); font: {face}")

    # our QR drawing beside reportlab's own widget, on the same canvas, 200 codes each
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    from reportlab.pdfgen.canvas import Canvas
    codes = [p["code"] for p in people[:200]]

    def ours():
        c = Canvas(str(tmp / "qr-ours.pdf"), initialFontName=fonts.REGULAR)
        for code in codes:
            qr.draw(c, code, 100, 100, 70)
            c.showPage()
        c.save()

    def widget():
        c = Canvas(str(tmp / "qr-widget.pdf"), initialFontName=fonts.REGULAR)
        for code in codes:
            d = Drawing(70, 70)
            d.add(QrCodeWidget(code, barWidth=70, barHeight=70))
            renderPDF.draw(d, c, 100, 100)
            c.showPage()
        c.save()
    mine, theirs = timed(args.runs, ours), timed(args.runs, widget)
    print(f"QR codes, 200 pages: ours {mine * 1000 / 200:.2f} ms a code, reportlab's QrCodeWidget "
          f"{theirs * 1000 / 200:.2f} ms a code (ours / theirs = {mine / theirs:.2f})")
    ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
