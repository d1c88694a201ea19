"""Regenerate translations/vandong_en.ts from the ui/ sources (keeping existing translations) and build the .qm.

    python tools/translations.py            # lupdate -> vandong_en.ts, then lrelease -> vandong_en.qm
    python tools/translations.py --check    # exit 1 and list the source strings missing from the .ts

The UI writes `tr("Context", "…")` with tr = QCoreApplication.translate (ui/qt.py). lupdate's Python parser
reads a bare `tr(a, b)` as (source, comment) with no context, so the sources are copied to a temporary tree
with `tr(` spelled `QCoreApplication.translate(` (same lines, same relative paths) and lupdate runs there.
"""
from __future__ import annotations

import argparse
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
    """(context, source) -> {'translation': text, 'type': '' | 'unfinished' | 'vanished' | 'obsolete'}."""
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] if translation is not None else []
            text = " | ".join(forms) if forms else (translation.text or "" if translation is not None else "")
            out[(name, message.findtext("source") or "")] = {
                "translation": text,
                "type": translation.get("type", "") if translation is not None else "unfinished",
            }
    return out


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
    args = parser.parse_args(argv)
    if args.check:
        missing = missing_from(TS)
        for context, source in missing:
            print(f"missing: [{context}] {source}")
        return 1 if missing else 0
    lupdate(TS)
    unfinished = [k for k, v in messages(TS).items() if v["type"] == "unfinished" or not v["translation"]]
    lrelease()
    print(f"{TS.relative_to(ROOT)}: {len(messages(TS))} messages, {len(unfinished)} unfinished; built {QM.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
