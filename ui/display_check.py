"""Before the window opens on Linux: is there a display, and can Qt's X11 plugin load? Without either, Qt aborts
the process (exit 134) telling the clerk that reinstalling may help; one sentence saying what is missing, and that
the command line works without a window, helps more. Plain Python: it runs before Qt starts."""
from __future__ import annotations

import ctypes
import os
import sys

from core.i18n import _

# What Qt 6's X11 plugin loads (its library -> the Debian package that has it). A bare Debian lacks them all.
X11_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1", "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-randr.so.0": "libxcb-randr0", "libxcb-shape.so.0": "libxcb-shape0", "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0", "libfontconfig.so.1": "libfontconfig1", "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1", "libdbus-1.so.3": "libdbus-1-3",
}


def display_problem(environ=os.environ, platform: str = sys.platform) -> str | None:
    """Why Qt could not open a window here, in one sentence; None when it can (or it is not Linux's X11)."""
    if not platform.startswith("linux"):
        return None
    wanted = environ.get("QT_QPA_PLATFORM", "")
    if wanted and not wanted.startswith("xcb"):  # offscreen, wayland, vnc…: Qt's own choice, let it try
        return None
    if not wanted and environ.get("WAYLAND_DISPLAY"):
        return None
    if not environ.get("DISPLAY"):
        return _("Không mở được cửa sổ: máy này không có màn hình đồ hoạ (biến DISPLAY trống). Các lệnh dòng lệnh "
                 "vẫn chạy được không cần màn hình: python main.py --help.")
    missing = [package for library, package in X11_LIBRARIES.items() if not _loads(library)]
    return _("Không mở được cửa sổ: thiếu thư viện hệ thống cho Qt ({packages}). Trên Debian/Ubuntu: sudo apt-get "
             "install {packages}. Các lệnh dòng lệnh vẫn chạy được: python main.py --help.",
             packages=" ".join(missing)) if missing else None


def _loads(library: str) -> bool:
    try:
        ctypes.CDLL(library)
        return True
    except OSError:
        return False
