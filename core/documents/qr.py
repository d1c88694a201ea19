"""QR codes for the invitations: zxing-cpp (the C++ ZXing, its Python wheel) makes the matrix, drawn as a 1-bit
stencil (a PDF image mask: each module one sample, painted black, never smoothed).

Why: a batch of 1.000 invitations draws 1.000 codes. segno, pure Python, took ~0,47 ms a code here, and drawing
its modules as rectangles put ~3 KB of path operators on every page (most of the batch's time went into writing
and compressing them); zxing-cpp takes ~0,1 ms, and the stencil is ~90 bytes of hex a code. reportlab's own QR
widget costs 8-13 ms a code. Always a full QR code (BarcodeFormat.QRCode, never a Micro QR, which zbar and many
USB scanners do not read), error correction M, the mask chosen by the standard's penalty.
"""
from __future__ import annotations

import zxingcpp

QUIET_ZONE = 4  # modules of white around the code, as the standard asks
_BITS = bytes.maketrans(bytes(range(256)), b"0" * 128 + b"1" * 128)   # a black pixel (0) paints: bit 0


def matrix(data: str) -> list[bytes]:
    """The code's modules, row by row, as the image zxing-cpp draws: 0 dark, 255 light; no quiet zone."""
    image = zxingcpp.create_barcode(data, zxingcpp.BarcodeFormat.QRCode, ec_level="M").to_image(
        scale=1, add_quiet_zones=False)
    height, width = memoryview(image).shape
    pixels = bytes(image)
    return [pixels[r * width:(r + 1) * width] for r in range(height)]


def stencil(rows: list[bytes]) -> str:
    """The rows as an image mask's samples in hex: one bit a module, 0 where dark (painted), rows padded to
    whole bytes."""
    width = len(rows[0])
    pad = b"1" * (-width % 8)
    per_row = (width + len(pad)) // 8
    return "".join(int(row.translate(_BITS) + pad, 2).to_bytes(per_row, "big").hex() for row in rows)


def draw(c, data: str, x: float, y: float, size: float) -> None:
    """The code for data in a size × size square (quiet zone included) whose bottom left corner is (x, y)."""
    rows = matrix(data)
    n = len(rows)
    module = size / (n + 2 * QUIET_ZONE)
    # an inline image: the unit square scaled to the code, inside the quiet zone; /Interpolate false keeps the
    # modules' edges sharp in viewers as on paper
    c.addLiteral(f"q {n * module:.4f} 0 0 {n * module:.4f} {x + QUIET_ZONE * module:.4f} "
                 f"{y + QUIET_ZONE * module:.4f} cm BI /W {n} /H {n} /IM true /BPC 1 /I false /F /AHx ID "
                 f"{stencil(rows)}> EI Q")
