"""The invitations' QR codes (core/documents/qr.py): a full QR code (never a Micro QR), the matrix as the stencil
the PDF paints, and a code that zbar reads back from a rendered page (tests/test_documents.py reads whole
batches)."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from core.documents import qr


def test_a_code_is_a_full_qr_code_with_its_finder_patterns():
    rows = qr.matrix("62T992G")
    assert len(rows) == 21 and all(len(r) == 21 for r in rows)   # version 1: a Micro QR is 11-17 modules wide
    dark = [[v == 0 for v in r] for r in rows]
    for top, left in ((0, 0), (0, 14), (14, 0)):                 # the three finder patterns, 7 × 7
        assert all(dark[top][left + k] and dark[top + 6][left + k] for k in range(7))
        assert all(dark[top + k][left] and dark[top + k][left + 6] for k in range(7))
        assert not any(dark[top + 1][left + 1:left + 6]) and all(dark[top + 3][left + 2:left + 5])
    assert qr.matrix("62T992G") == rows and qr.matrix("JTT4MS6") != rows


def test_the_stencil_paints_the_dark_modules():
    rows = qr.matrix("62T992G")
    samples = bytes.fromhex(qr.stencil(rows))
    assert len(samples) == 21 * 3                                   # 21 bits a row, padded to 3 bytes
    for r, row in enumerate(rows):
        bits = int.from_bytes(samples[3 * r:3 * r + 3], "big") >> 3
        assert [(bits >> (20 - k)) & 1 == 0 for k in range(21)] == [v == 0 for v in row]


@pytest.mark.skipif(not (shutil.which("zbarimg") and shutil.which("pdftoppm")), reason="zbar or poppler missing")
def test_a_drawn_code_reads_back(tmp_path):
    from reportlab.pdfgen.canvas import Canvas
    pdf = tmp_path / "qr.pdf"
    c = Canvas(str(pdf))
    qr.draw(c, "ZFCLN3B", 100, 500, 70)    # the invitation's size: 70 pt, quiet zone included
    c.save()
    subprocess.run(["pdftoppm", "-png", "-r", "150", str(pdf), str(tmp_path / "page")], check=True)
    [png] = tmp_path.glob("page*.png")
    found = subprocess.run(["zbarimg", "--quiet", "--raw", str(png)], capture_output=True, text=True).stdout
    assert found.split() == ["ZFCLN3B"]
