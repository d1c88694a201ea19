"""The installed PySide6 must not corrupt reference counts on emit (PySide6 6.12.0 does: see pyproject.toml)."""
import subprocess
import sys

SCRIPT = """
import sys
from PySide6.QtCore import QCoreApplication, QObject, Signal
class Source(QObject):
    fired = Signal()
app = QCoreApplication([])
source = Source()
source.fired.connect(app.processEvents)
before = sys.getrefcount(True)
for _ in range(5000):
    source.fired.emit()
print(sys.getrefcount(True) - before)
"""


def test_emitting_signals_keeps_reference_counts_intact():
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, f"Python aborted after emits (PySide6 refcount defect): {result.stderr[-300:]}"
    assert abs(int(result.stdout.strip().splitlines()[-1])) < 100
