"""SQLite storage: connection, migrations, sync-aware record writes with the audit log, backup. No Qt."""
import sys as _sys


def __getattr__(name: str):
    """`from storage import sqlite_utils`: sqlite-utils, loaded on first use (a command that opens no database
    does not pay for it) and without pandas and numpy. It imports them when they are installed, only to map their
    types, which this product never stores; numpy alone cost 0,2 s of every start here (and starts OpenBLAS's
    spinning threads beside an import). A later `import numpy` elsewhere works as usual."""
    if name != "sqlite_utils":
        raise AttributeError(f"module 'storage' has no attribute {name!r}")
    hidden = [module for module in ("numpy", "pandas") if module not in _sys.modules]
    for module in hidden:
        _sys.modules[module] = None  # makes `import module` raise ImportError
    try:
        import sqlite_utils
    finally:
        for module in hidden:
            del _sys.modules[module]
    return sqlite_utils
