"""The English translation: the committed .ts holds every UI string, every message is translated, placeholders
survive translation, and the built .qm turns the window English."""
from __future__ import annotations

import importlib.util
import re
import shutil
from pathlib import Path

import pytest

# tools/ is not an installed package: load the script by its path
_spec = importlib.util.spec_from_file_location(
    "vandong_tools_translations", Path(__file__).resolve().parent.parent / "tools" / "translations.py")
tt = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tt)

needs_lupdate = pytest.mark.skipif(not shutil.which("pyside6-lupdate"), reason="pyside6-lupdate not installed")
_PLACEHOLDER = re.compile(r"\{[^{}\s]*\}")


@pytest.fixture(scope="module")
def fresh_ts(tmp_path_factory):
    """The .ts lupdate makes from today's sources (nothing translated)."""
    return tt.lupdate(tmp_path_factory.mktemp("ts") / "fresh.ts")


@needs_lupdate
def test_lupdate_sees_contexts_of_the_tr_alias(fresh_ts):
    """tr("Context", "…") (ui.qt.tr) must reach lupdate with its context, not as (source, comment)."""
    found = tt.messages(fresh_ts)
    assert ("Sidebar", "Tổng quan") in found
    assert ("MainWindow", "Trang “{page}” đang được xây dựng.") in found
    assert not [key for key in found if key[0] == ""], "strings without a context: lupdate misread a tr() call"


@needs_lupdate
def test_committed_ts_is_not_stale(fresh_ts):
    have = {k for k, v in tt.messages(tt.TS).items() if v["type"] not in ("vanished", "obsolete")}
    missing = sorted(set(tt.messages(fresh_ts)) - have)
    assert not missing, (f"{len(missing)} UI strings are missing from {tt.TS.name}; run python tools/translations.py "
                         f"and translate them. First: {missing[:5]}")


def test_every_message_is_translated():
    unfinished = [key for key, v in tt.messages(tt.TS).items()
                  if v["type"] not in ("vanished", "obsolete") and (v["type"] == "unfinished" or not v["translation"])]
    assert not unfinished, f"{len(unfinished)} untranslated messages, first: {unfinished[:5]}"


def test_translations_keep_their_placeholders():
    """Every placeholder of the source in the translation; a count's forms (numerus): the last (plural) form has
    them all, the others no more than the source ('Delete the selected conference?' needs no number)."""
    wrong = []
    for key, v in tt.messages(tt.TS).items():
        wanted = sorted(_PLACEHOLDER.findall(key[1]))
        if v["forms"]:
            if sorted(_PLACEHOLDER.findall(v["forms"][-1])) != wanted or len(v["forms"]) != 2 or any(
                    not set(_PLACEHOLDER.findall(form)) <= set(wanted) for form in v["forms"]):
                wrong.append((key, v["forms"]))
        elif v["translation"] and sorted(_PLACEHOLDER.findall(v["translation"])) != wanted:
            wrong.append((key, v["translation"]))
    assert not wrong, f"placeholders differ: {wrong[:5]}"


def test_counts_read_in_the_singular_in_english(qapp):
    from ui import i18n
    from ui.qt import tr
    i18n.switch("en")
    try:
        assert tr("ConferencesPage", "{count} hội nghị", "", 1).format(count=1) == "1 conference"
        assert tr("ConferencesPage", "{count} hội nghị", "", 3).format(count=3) == "3 conferences"
        assert tr("PeoplePage", "{n} người", "", 1).format(n=1) == "1 person"
    finally:
        i18n.switch("vi")
    assert tr("ConferencesPage", "{count} hội nghị", "", 1).format(count=1) == "1 hội nghị"


def test_qm_switches_the_window_to_english(qapp):
    from ui import i18n
    from ui.pages import page_title
    assert tt.QM.exists(), "run python tools/translations.py to build the .qm"
    try:
        assert i18n.switch("en")
        assert page_title("overview") == "Overview"
        assert page_title("settings") == "Settings"
        i18n.switch("vi")
        assert page_title("overview") == "Tổng quan"
    finally:
        i18n.switch("vi")


def test_qm_is_built_from_the_committed_ts(qapp):
    """Every finished translation in the .ts is in the .qm (else lrelease was not run after translating)."""
    from ui.qt import QTranslator
    translator = QTranslator()
    assert translator.load(str(tt.QM))
    stale = [key for key, v in tt.messages(tt.TS).items()
             if v["type"] == "" and v["translation"] and " | " not in v["translation"]
             and translator.translate(key[0], key[1]) != v["translation"]]
    assert not stale, f"{len(stale)} translations not in {tt.QM.name}; run python tools/translations.py: {stale[:3]}"


def _ts(path, context: str, messages: str):
    """A small .ts file holding one context's messages (XML)."""
    path.write_text(f"""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context><name>{context}</name>
{messages}
</context>
</TS>
""", encoding="utf-8")
    return path


def test_fill_writes_translations_and_untranslated_lists_the_rest(tmp_path):
    ts = _ts(tmp_path / "x.ts", "Sidebar", """<message><source>Tổng quan</source><translation type="unfinished"></translation></message>
<message><source>Cài đặt</source><translation type="unfinished"></translation></message>""")
    assert tt.untranslated(ts) == {"Sidebar": {"Tổng quan": "", "Cài đặt": ""}}
    assert tt.fill({"Sidebar": {"Tổng quan": "Overview", "Cài đặt": ""}}, ts) == 1
    assert tt.messages(ts)[("Sidebar", "Tổng quan")] == {"translation": "Overview", "forms": [], "type": ""}
    assert tt.untranslated(ts) == {"Sidebar": {"Cài đặt": ""}}


def test_fill_writes_a_counts_forms(tmp_path):
    ts = _ts(tmp_path / "x.ts", "PeoplePage", '<message numerus="yes"><source>{n} người</source>'
             '<translation type="unfinished"><numerusform></numerusform></translation></message>')
    assert tt.fill({"PeoplePage": {"{n} người": "{n} person | {n} people"}}, ts) == 1
    assert tt.messages(ts)[("PeoplePage", "{n} người")]["forms"] == ["{n} person", "{n} people"]
    assert tt.untranslated(ts) == {}
