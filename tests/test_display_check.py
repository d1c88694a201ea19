"""Opening the window where Qt cannot: one sentence and exit 1, not Qt's abort (exit 134)."""
import os
import subprocess
import sys
from pathlib import Path

from ui import display_check
from ui.display_check import display_problem

ROOT = Path(__file__).resolve().parent.parent


def test_no_display_is_one_sentence_in_the_chosen_language_and_exit_1(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    for lang, words in (("vi", "không có màn hình"), ("en", "no graphical display")):
        done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--lang", lang, "--db",
                               str(tmp_path / "office.sqlite")], env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 1 and words in done.stderr and "--help" in done.stderr, done.stderr
        assert done.stderr.count("\n") == 1 and "Reinstalling" not in done.stderr


def test_missing_x11_libraries_are_named_with_their_packages(monkeypatch):
    monkeypatch.setattr(display_check, "X11_LIBRARIES", {"libc.so.6": "libc6", "libnot-there.so.9": "libnot-there9"})
    problem = display_problem({"DISPLAY": ":0"}, "linux")
    assert "libnot-there9" in problem and "libc6" not in problem and "apt-get install libnot-there9" in problem
    monkeypatch.setattr(display_check, "X11_LIBRARIES", {"libc.so.6": "libc6"})
    assert display_problem({"DISPLAY": ":0"}, "linux") is None


def test_other_platforms_and_qt_choices_are_left_to_qt():
    assert display_problem({}, "win32") is None
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert display_problem({}, "linux") is not None
