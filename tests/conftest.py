"""Shared fixtures. GUI tests run offscreen; the data folder is a temporary one so tests never touch the user's."""
from __future__ import annotations

import os
import shutil

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "vi_VN.UTF-8")


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory, monkeypatch):
    """platformdirs points at a per-test folder; the core language is reset to Vietnamese."""
    from core import i18n
    data = tmp_path_factory.mktemp("data")
    monkeypatch.setattr("platformdirs.user_data_dir", lambda *a, **k: str(data))
    i18n.set_language("vi")
    yield
    i18n.set_language("vi")


@pytest.fixture(autouse=True)
def _delete_closed_widgets():
    """After a GUI test, delete the widgets it closed (pytest-qt only schedules it): a later language switch sends
    LanguageChange to every live widget, and one left over would reach a workspace already closed."""
    yield
    import sys
    if "PySide6.QtCore" in sys.modules:  # only where a test used Qt: the core tests never load it
        from PySide6.QtCore import QCoreApplication, QEvent
        if QCoreApplication.instance() is not None:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def ws():
    """An empty, migrated in-memory workspace with no office."""
    from core.workspace import Workspace
    w = Workspace.in_memory()
    yield w
    w.close()


@pytest.fixture
def file_ws(tmp_path):
    """An empty, migrated workspace in a file, for tests where the command line opens the same office."""
    from core.workspace import Workspace
    w = Workspace.open(tmp_path / "office.sqlite", actor="test")
    yield w
    w.close()


@pytest.fixture
def office(ws):
    """A workspace with the Sơn Hà office and its 8 communes (no plan)."""
    ws.units.init_office(code="SH", name="BHXH cơ sở Sơn Hà", province="Quảng Ngãi", parent_name="BHXH tỉnh Quảng Ngãi",
                         communes=["Sơn Hà", "Sơn Hạ", "Sơn Thủy", "Sơn Linh", "Sơn Kỳ", "Sơn Tây", "Sơn Tây Hạ",
                                   "Sơn Tây Thượng"])
    return ws


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory):
    from core.demo import create_demo
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    create_demo(path).close()
    return path


@pytest.fixture
def demo_path(_demo_template, tmp_path):
    """A fresh copy of the demo office database (built once per session, copied per test)."""
    path = tmp_path / "demo.sqlite"
    shutil.copy(_demo_template, path)
    shutil.copy(f"{_demo_template}.key", f"{path}.key")   # the office's signing key lives beside its database
    return path


@pytest.fixture
def demo(demo_path):
    from core.workspace import Workspace
    w = Workspace.open(demo_path, actor="test")
    yield w
    w.close()


@pytest.fixture
def qt_settings(qapp, tmp_path):
    """QSettings in a per-test folder, so tests never read or write the user's window layout or language."""
    from ui.app import APPLICATION, ORGANIZATION
    from ui.qt import QSettings
    qapp.setOrganizationName(ORGANIZATION)
    qapp.setApplicationName(APPLICATION)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))


@pytest.fixture
def messages(monkeypatch):
    """Message boxes are recorded as (kind, title, text) instead of shown (a modal box would block the
    test); questions are answered Yes."""
    from ui.qt import QMessageBox
    shown = []

    def record(kind, answer=QMessageBox.StandardButton.Ok):
        def box(parent, title, text, *args, **kwargs):
            shown.append((kind, title, text))
            return answer
        return box
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    monkeypatch.setattr(QMessageBox, "question", record("question", QMessageBox.StandardButton.Yes))
    return shown


@pytest.fixture
def yes(monkeypatch):
    """Questions are answered Yes; the texts of questions and warnings are recorded."""
    from ui.qt import QMessageBox
    asked = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes
    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: asked.append(text))
    return asked
