"""core/ and storage/ must never import PySide6: the CLI, tests and benchmarks run without a display."""
import pkgutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_core_and_storage_do_not_import_qt():
    modules = [f"{pkg}.{m.name}" for pkg in ("core", "storage") for m in pkgutil.iter_modules([str(ROOT / pkg)])]
    assert "core.workspace" in modules and "storage.migrations" in modules
    code = ("import importlib, sys\n"
            f"for m in {modules!r}: importlib.import_module(m)\n"
            "bad = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
            "print(','.join(bad)); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, f"PySide6 imported by core/storage: {result.stdout} {result.stderr}"


def test_cli_commands_do_not_import_qt():
    code = "import sys, cli; cli.build_parser(); sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)"
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT).returncode == 0


def test_storage_does_not_import_core():
    """storage/ raises typed errors and core words them: no import of core (nor ui, cli) anywhere in storage/,
    not even inside a function, and importing every storage module loads no core module."""
    import ast
    found = []
    for path in sorted((ROOT / "storage").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) and not node.level else []
            found += [f"{path.name}: {n}" for n in names if n.split(".")[0] in ("core", "ui", "cli")]
    assert not found, found
    modules = [f"storage.{m.name}" for m in pkgutil.iter_modules([str(ROOT / "storage")])]
    code = ("import importlib, sys\n"
            f"for m in {modules!r}: importlib.import_module(m)\n"
            "print(','.join(sorted(m for m in sys.modules if m.split('.')[0] in ('core', 'ui', 'cli'))))")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout + result.stderr


def test_only_the_workbook_layer_imports_the_spreadsheet_libraries():
    """openpyxl and python_calamine are core.workbooks' (read.py, write.py): no other module of core/, cli/ or
    ui/ imports them, not even inside a function (the look, the bounds checks and the one-sentence errors would
    be bypassed)."""
    import ast
    found = []
    for package in ("core", "cli", "ui"):
        for path in sorted((ROOT / package).rglob("*.py")):
            if (ROOT / "core" / "workbooks") in path.parents:
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                    [node.module or ""] if isinstance(node, ast.ImportFrom) and not node.level else []
                found += [f"{path.relative_to(ROOT)}: {n}" for n in names
                          if n.split(".")[0] in ("openpyxl", "python_calamine")]
    assert not found, found
