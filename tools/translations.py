"""Regenerate translations/vandong_en.ts from the ui/ sources (keeping existing translations) and build the .qm.

    python tools/translations.py            # lupdate -> vandong_en.ts, then lrelease -> vandong_en.qm
    python tools/translations.py --check    # exit 1 and list the source strings missing from the .ts
    python tools/translations.py --todo todo.json   # the untranslated messages as {context: {source: ""}}
    python tools/translations.py --fill todo.json   # write those translations into the .ts, then build
                                                    # (a count's forms as "one | other": "{n} person | {n} people")

The UI writes `tr("Context", "…")` with tr = QCoreApplication.translate (ui/qt.py). lupdate's Python parser
reads a bare `tr(a, b)` as (source, comment) with no context, so the sources are copied to a temporary tree
with `tr(` spelled `QCoreApplication.translate(` (same lines, same relative paths) and lupdate runs there.
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "translations" / "vandong_en.ts"
QM = TS.with_suffix(".qm")
QT_TS = ROOT / "translations" / "qt_vi.ts"  # Qt's own strings in Vietnamese (kept by hand: Qt ships none)
_BARE_TR = re.compile(r"(?<![\w.])tr\(")


def sources() -> list[Path]:
    return sorted(p for p in (ROOT / "ui").rglob("*.py") if "__pycache__" not in p.parts)


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease: on PATH, else beside the Python interpreter (Windows Scripts/)."""
    found = shutil.which(f"pyside6-{name}") or shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent))
    if not found:
        raise SystemExit(f"pyside6-{name} not found: install PySide6")
    return found


def lupdate(ts: Path, files: list[Path] | None = None, *, keep_obsolete: bool = False) -> Path:
    """Update (or create) ts from the UI sources; translations already in ts are kept."""
    files = files or sources()
    with tempfile.TemporaryDirectory() as tmp:
        tmp_root = Path(tmp)
        rel_files = []
        for f in files:
            rel = f.relative_to(ROOT)
            target = tmp_root / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(_BARE_TR.sub("QCoreApplication.translate(", f.read_text(encoding="utf-8")),
                              encoding="utf-8")
            rel_files.append(str(rel))
        tmp_ts = tmp_root / "translations" / ts.name
        tmp_ts.parent.mkdir(parents=True, exist_ok=True)
        if ts.exists():
            shutil.copy(ts, tmp_ts)
        args = [tool("lupdate"), *rel_files, "-locations", "relative", "-source-language", "vi_VN",
                "-target-language", "en_GB"]
        if not keep_obsolete:
            args.append("-no-obsolete")
        result = subprocess.run([*args, "-ts", str(tmp_ts.relative_to(tmp_root))], cwd=tmp_root,
                                capture_output=True, text=True)
        if result.returncode != 0:
            raise RuntimeError(f"lupdate failed: {result.stderr or result.stdout}")
        ts.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(tmp_ts, ts)
    return ts


def lrelease(ts: Path = TS, qm: Path = QM) -> Path:
    result = subprocess.run([tool("lrelease"), str(ts), "-qm", str(qm)], capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"lrelease failed: {result.stderr or result.stdout}")
    return qm


def messages(ts: Path) -> dict[tuple[str, str], dict]:
    """(context, source) -> {'translation': text, 'forms': [a count's forms], 'type': '' | 'unfinished' |
    'vanished' | 'obsolete'}."""
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] if translation is not None else []
            text = " | ".join(forms) if forms else (translation.text or "" if translation is not None else "")
            out[(name, message.findtext("source") or "")] = {
                "translation": text,
                "forms": forms,  # a count's forms (numerus), else []
                "type": translation.get("type", "") if translation is not None else "unfinished",
            }
    return out


def untranslated(ts: Path = TS) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for (context, source), v in messages(ts).items():
        if v["type"] == "unfinished" or not v["translation"]:
            out.setdefault(context, {})[source] = ""
    return out


def fill(table: dict[str, dict[str, str]], ts: Path = TS) -> int:
    """Set the translations given as {context: {source: text}} (empty texts are skipped); returns how many."""
    tree = ET.parse(ts)
    done = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            text = table.get(name, {}).get(message.findtext("source") or "")
            translation = message.find("translation")
            if not text or translation is None:
                continue
            if message.get("numerus") == "yes":  # a count's forms, 'one | other' for English
                for form in list(translation):
                    translation.remove(form)
                for form in text.split(" | "):
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = text
            translation.attrib.pop("type", None)
            done += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return done


def missing_from(ts: Path) -> list[tuple[str, str]]:
    """Source strings in the UI code that ts does not hold (ts is stale)."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = lupdate(Path(tmp) / "fresh.ts")
        wanted = set(messages(fresh))
    have = {k for k, v in messages(ts).items() if v["type"] not in ("vanished", "obsolete")} if ts.exists() else set()
    return sorted(wanted - have)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report strings missing from the .ts")
    parser.add_argument("--todo", metavar="JSON", help="update the .ts, then write its untranslated messages here")
    parser.add_argument("--fill", metavar="JSON", help="write the translations in this file into the .ts")
    args = parser.parse_args(argv)
    if args.check:
        missing = missing_from(TS)
        for context, source in missing:
            print(f"missing: [{context}] {source}")
        return 1 if missing else 0
    lupdate(TS)
    if args.todo:
        Path(args.todo).write_text(json.dumps(untranslated(), ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"wrote {args.todo}")
    if args.fill:
        print(f"filled {fill(json.loads(Path(args.fill).read_text(encoding='utf-8')))} messages")
        lupdate(TS)  # back to lupdate's own layout
    unfinished = [k for k, v in messages(TS).items() if v["type"] == "unfinished" or not v["translation"]]
    lrelease()
    lrelease(QT_TS, QT_TS.with_suffix(".qm"))
    print(f"{TS.relative_to(ROOT)}: {len(messages(TS))} messages, {len(unfinished)} unfinished; built {QM.name} "
          f"and {QT_TS.with_suffix('.qm').name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
