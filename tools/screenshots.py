"""Screenshots of every page in Vietnamese and English, to look for clipped text and untranslated strings.

    python tools/screenshots.py [OUT_DIR] [--db PATH] [--size 1280x800]

Opens the main window offscreen on the demo office (created in a temporary folder when --db is not given),
visits every sidebar page and saves OUT_DIR/<lang>-<nn>-<page>.png (default out/screenshots). Also saves
the first-run dialog. --pseudo adds a third set where every translated text is half again as long (Vorta's
TRANS_SCALE idea): a label that clips there will clip in some language.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default=str(ROOT / "out" / "screenshots"))
    parser.add_argument("--db", help="an office database (default: a fresh demo office)")
    parser.add_argument("--size", default="1280x800", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--screen", default="1920x1080", help="offscreen screen size, WIDTHxHEIGHT")
    parser.add_argument("--pseudo", action="store_true", help="also shoot with texts 1.5× as long")
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    width, height = (int(x) for x in args.size.lower().split("x"))
    with tempfile.TemporaryDirectory() as tmp:
        settings_dir = Path(tmp) / "settings"
        if args.db:
            db = Path(args.db)
        else:
            from core.demo import create_demo
            db = Path(tmp) / "demo.sqlite"
            create_demo(db).close()
        if os.environ["QT_QPA_PLATFORM"] == "offscreen":
            # a screen bigger than the window, else the offscreen default (800 × 600) clamps it
            config = Path(tmp) / "screen.json"
            sw, sh = (int(x) for x in args.screen.lower().split("x"))
            config.write_text('{"screens": [{"name": "shot", "x": 0, "y": 0, "width": %d, "height": %d,'
                              ' "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}' % (sw, sh))
            os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
        return shoot(db, out, width, height, settings_dir, pseudo=args.pseudo)


def pseudo_translator():
    from ui.qt import QTranslator

    class Pseudo(QTranslator):
        """Vietnamese texts made half again as long (placeholders untouched: only characters are appended)."""

        def translate(self, context, source, disambiguation=None, n=-1):
            return f"{source} {'~' * (len(source) // 2)}" if source else source

        def isEmpty(self):
            return False
    return Pseudo()


def shoot(db: Path, out: Path, width: int, height: int, settings_dir: Path, pseudo: bool = False) -> int:
    from core.workspace import Workspace
    from ui import i18n
    from ui.app import make_application
    from ui.qt import QSettings
    app = make_application([sys.argv[0]])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings_dir))
    from ui.first_run import FirstRunDialog
    from ui.main_window import MainWindow
    from ui.pages import PAGES

    ws = Workspace.open(db, query_only=True)  # as the app opens it: writes go to the worker
    window = MainWindow(ws)
    window.resize(width, height)
    window.show()
    saved = []
    translator = pseudo_translator()
    for lang in ("vi", "en", "pseudo") if pseudo else ("vi", "en"):
        if lang == "pseudo":
            i18n.switch("vi")
            app.installTranslator(translator)
        else:
            i18n.switch(lang)
        app.processEvents()
        for n, (key, _title, _spec) in enumerate(PAGES, start=1):
            window.show_page(key)
            for _ in range(3):
                app.processEvents()
            path = out / f"{lang}-{n:02d}-{key}.png"
            window.grab().save(str(path))
            saved.append(path)
        empty = Workspace.in_memory()
        dialog = FirstRunDialog(empty)
        dialog.select("Quảng Ngãi", ["Xã Sơn Hà", "Xã Sơn Hạ"])
        dialog.show()
        app.processEvents()
        path = out / f"{lang}-first-run.png"
        dialog.grab().save(str(path))
        saved.append(path)
        dialog.close()
        empty.close()
    app.removeTranslator(translator)
    i18n.switch("vi")
    window.close()
    ws.close()
    for path in saved:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
