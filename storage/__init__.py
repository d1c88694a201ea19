"""SQLite storage: connection, migrations, sync-aware record writes with the audit log, backup. No Qt."""
import sys as _sys


def _load_sqlite_utils() -> None:
    """Import sqlite-utils without pandas and numpy. It imports them when they are installed, only to map their
    types, which this product never stores; numpy alone cost 0,2 s of every start here (and starts OpenBLAS's
    spinning threads beside an import). A later `import numpy` elsewhere works as usual."""
    hidden = [name for name in ("numpy", "pandas") if name not in _sys.modules]
    for name in hidden:
        _sys.modules[name] = None  # makes `import name` raise ImportError
    try:
        import sqlite_utils  # noqa: F401
    finally:
        for name in hidden:
            del _sys.modules[name]


_load_sqlite_utils()
