"""Regenerate the catalogs from the sources (keeping existing translations) and build what runs:
- the UI's Qt catalog: ui/ -> translations/vandong_en.ts -> vandong_en.qm (and Qt's own strings, qt_vi.ts);
- core's and the CLI's gettext catalog (Babel): core/, cli/ -> translations/core.pot -> core_en.po -> core_en.mo,
  the same as `pybabel extract -o translations/core.pot core cli ui/display_check.py`, `pybabel update` and
  `pybabel compile`; the message ids are the Vietnamese texts;
- argparse's own messages (usage, errors) in Vietnamese: translations/argparse_vi.po -> argparse_vi.mo, its ids
  taken from the argparse module of the Python that runs this.

    python tools/translations.py            # update all catalogs, then build them
    python tools/translations.py --check    # exit 1 and list the source strings missing from the .ts
    python tools/translations.py --todo todo.json   # the untranslated messages as {context: {source: ""}}
    python tools/translations.py --fill todo.json   # write those translations into the .ts, then build
                                                    # (a count's forms as "one | other": "{n} person | {n} people")

In --todo/--fill, core's messages are under the context "core" and argparse's under "argparse".

The UI writes `tr("Context", "…")` with tr = QCoreApplication.translate (ui/qt.py). lupdate's Python parser
reads a bare `tr(a, b)` as (source, comment) with no context, so the sources are copied to a temporary tree
with `tr(` spelled `QCoreApplication.translate(` (same lines, same relative paths) and lupdate runs there.
"""
from __future__ import annotations

import argparse
import argparse as argparse_module
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract, extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "translations" / "vandong_en.ts"
QM = TS.with_suffix(".qm")
QT_TS = ROOT / "translations" / "qt_vi.ts"  # Qt's own strings in Vietnamese (kept by hand: Qt ships none)
CORE_SOURCES = ("core", "cli", "ui/display_check.py")  # ui/display_check.py speaks before Qt is loaded
CORE_POT = ROOT / "translations" / "core.pot"
GETTEXT = {"core": ROOT / "translations" / "core_en.po", "argparse": ROOT / "translations" / "argparse_vi.po"}
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


def core_template() -> Catalog:
    """core's and the CLI's messages as `pybabel extract` finds them (keywords _, N_, ngettext)."""
    template = Catalog(project="vandong-bhxh", locale="vi", charset="utf-8")
    for source in CORE_SOURCES:
        path = ROOT / source
        if path.is_dir():
            found = ((f"{source}/{name}", *rest) for name, *rest in extract_from_dir(path))
        else:
            with path.open("rb") as f:
                found = [(source, *rest) for rest in extract("python", f, DEFAULT_KEYWORDS)]
        for filename, lineno, message, comments, context in found:
            template.add(message, locations=[(filename, lineno)], auto_comments=comments, context=context)
    return template


def argparse_template() -> Catalog:
    """argparse's own messages (ids in English), read from the argparse module of this Python."""
    template = Catalog(locale="en", charset="utf-8")
    with open(argparse_module.__file__, "rb") as f:
        for lineno, message, comments, context in extract("python", f, DEFAULT_KEYWORDS):
            template.add(message, locations=[("argparse.py", lineno)], context=context)
    return template


def gettext_update(domain: str) -> Catalog:
    """Merge the sources' messages into the domain's .po (translations kept), write it and its .mo."""
    po = GETTEXT[domain]
    template = core_template() if domain == "core" else argparse_template()
    if domain == "core":
        with CORE_POT.open("wb") as f:
            write_po(f, template, omit_header=False, width=120)
    locale = "en" if domain == "core" else "vi"
    catalog = read_catalog(po) if po.exists() else Catalog(locale=locale, charset="utf-8")
    catalog.update(template, no_fuzzy_matching=True)
    catalog.obsolete.clear()
    with po.open("wb") as f:
        write_po(f, catalog, width=120)
    with po.with_suffix(".mo").open("wb") as f:
        write_mo(f, catalog)
    return catalog


def read_catalog(po: Path) -> Catalog:
    with po.open("rb") as f:
        return read_po(f)


def gettext_untranslated(catalog: Catalog) -> dict[str, str]:
    return {_po_key(m): "" for m in catalog if m.id and not _done(m)}


def _po_key(message) -> str:
    return " | ".join(message.id) if isinstance(message.id, (tuple, list)) else message.id


def _done(message) -> bool:
    strings = message.string if isinstance(message.string, (tuple, list)) else (message.string,)
    return all(strings) and not message.fuzzy


def gettext_fill(domain: str, table: dict[str, str]) -> int:
    """Set the translations given as {id: text} ('one | other' for a count's forms); returns how many."""
    po = GETTEXT[domain]
    catalog = read_catalog(po)
    done = 0
    for message in catalog:
        text = table.get(_po_key(message)) if message.id else None
        if not text:
            continue
        message.string = tuple(text.split(" | ")) if message.pluralizable else text
        message.flags.discard("fuzzy")
        done += 1
    with po.open("wb") as f:
        write_po(f, catalog, width=120)
    return done


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
    catalogs = {domain: gettext_update(domain) for domain in GETTEXT}
    if args.todo:
        todo = untranslated()
        todo.update({domain: gettext_untranslated(c) for domain, c in catalogs.items()})
        Path(args.todo).write_text(json.dumps(todo, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"wrote {args.todo}")
    if args.fill:
        table = json.loads(Path(args.fill).read_text(encoding='utf-8'))
        filled = sum(gettext_fill(domain, table.pop(domain, {})) for domain in GETTEXT)
        print(f"filled {fill(table) + filled} messages")
        lupdate(TS)  # back to lupdate's own layout
        catalogs = {domain: gettext_update(domain) for domain in GETTEXT}
    unfinished = [k for k, v in messages(TS).items() if v["type"] == "unfinished" or not v["translation"]]
    lrelease()
    lrelease(QT_TS, QT_TS.with_suffix(".qm"))
    print(f"{TS.relative_to(ROOT)}: {len(messages(TS))} messages, {len(unfinished)} unfinished; built {QM.name} "
          f"and {QT_TS.with_suffix('.qm').name}")
    for domain, catalog in catalogs.items():
        print(f"{GETTEXT[domain].relative_to(ROOT)}: {len(catalog)} messages, "
              f"{len(gettext_untranslated(catalog))} unfinished; built {GETTEXT[domain].with_suffix('.mo').name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
