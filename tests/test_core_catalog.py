"""Core's and the CLI's gettext catalog (Babel): every message the sources hold is in the committed .po and
translated, placeholders survive translation, the .mo is built from the .po, and a message's language is an
argument (a document asks for Vietnamese while the screen speaks English)."""
from __future__ import annotations

import gettext
import importlib.util
import re
from pathlib import Path

import pytest

from core import i18n
from core.i18n import _, ngettext

_spec = importlib.util.spec_from_file_location(
    "vandong_tools_translations_core", Path(__file__).resolve().parent.parent / "tools" / "translations.py")
tt = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tt)

_BRACES = re.compile(r"\{[^{}\s]*\}")
_PERCENT = re.compile(r"%(?:\([^)]+\))?[srd]")


def _forms(value) -> tuple:
    return tuple(value) if isinstance(value, (tuple, list)) else (value,)


@pytest.fixture(scope="module")
def core_po():
    return tt.read_catalog(tt.GETTEXT["core"])


def test_the_committed_catalog_holds_every_message_of_the_sources(core_po):
    """`pybabel extract` over core/ and cli/ finds nothing the .po lacks, and the .po keeps nothing they dropped."""
    wanted = {m.id for m in tt.core_template() if m.id}
    have = {m.id for m in core_po if m.id}
    assert not wanted - have, f"run python tools/translations.py: missing {sorted(map(str, wanted - have))[:5]}"
    assert not have - wanted, f"stale messages: {sorted(map(str, have - wanted))[:5]}"
    assert len(wanted) > 300


@pytest.mark.parametrize("domain", sorted(tt.GETTEXT))
def test_every_message_is_translated_with_the_same_placeholders(domain):
    catalog = tt.read_catalog(tt.GETTEXT[domain])
    pattern = _BRACES if domain == "core" else _PERCENT
    problems = []
    for m in catalog:
        if not m.id:
            continue
        ids, strings = _forms(m.id), _forms(m.string)
        if m.fuzzy or not all(strings):
            problems.append(("untranslated", ids[0]))
            continue
        wanted = sorted(set(pattern.findall(ids[-1])))
        for text in strings:
            if sorted(set(pattern.findall(text))) != wanted and not (m.pluralizable and "{n}" not in text):
                problems.append(("placeholders", ids[0], text))
    assert not problems, problems[:5]


@pytest.mark.parametrize("domain", sorted(tt.GETTEXT))
def test_the_mo_is_built_from_the_committed_po(domain):
    po = tt.GETTEXT[domain]
    with open(po.with_suffix(".mo"), "rb") as f:
        built = gettext.GNUTranslations(f)
    catalog = tt.read_catalog(po)
    form_of = gettext.c2py(catalog.plural_expr)  # n -> which of a count's forms (English 2, Vietnamese 1)
    for m in catalog:
        if not m.id:
            continue
        if m.pluralizable:
            for n in (1, 2, 5):
                assert built.ngettext(m.id[0], m.id[1], n) == m.string[form_of(n)], m.id
        else:
            assert built.gettext(m.id) == m.string, m.id


def test_a_message_takes_its_language_as_an_argument():
    i18n.set_language("en")
    try:
        assert _("Thiếu họ và tên.") == "The full name is missing."
        assert _("Thiếu họ và tên.", "vi") == "Thiếu họ và tên."
        assert _("Thiếu họ và tên.", lang=i18n.DOCUMENTS) == "Thiếu họ và tên."
    finally:
        i18n.set_language("vi")
    assert _("Thiếu họ và tên.") == "Thiếu họ và tên."
    assert _("Thiếu họ và tên.", "en") == "The full name is missing."


def test_counts_take_the_right_form_in_english():
    text = "Đã lập lịch {n} hội nghị."
    assert ngettext(text, text, 1, "en") == "Scheduled 1 conference."
    assert ngettext(text, text, 3, "en") == "Scheduled 3 conferences."
    assert ngettext(text, text, 1, "vi") == "Đã lập lịch 1 hội nghị."
    assert ngettext(text, text, 3) == "Đã lập lịch 3 hội nghị."
    assert ngettext(text, text, 12345) == "Đã lập lịch 12.345 hội nghị."     # as numbers are written here
    assert ngettext(text, text, 12345, "en") == "Scheduled 12,345 conferences."


def test_domain_labels_follow_the_screen_and_the_stored_text_does_not_change():
    from core import labels
    assert labels.member_role("Nhân viên thu", "en") == "Collector"
    assert labels.member_role("Nhân viên thu", "vi") == "Nhân viên thu"
    assert labels.member_role("Thủ quỹ", "en") == "Thủ quỹ"  # typed by the clerk: shown as typed
    assert labels.group_kind("agency", "en") == "Collection agency"
    assert labels.unit_kind("village", "en") == "Village" and labels.unit_kind("village", "vi") == "Thôn/tổ dân phố"
    assert labels.period_kind("wave", "en") == "Wave"
    assert labels.conference_kind("customer", "Hội nghị truyền thông khách hàng", "en") == "Customer outreach conference"
    assert labels.conference_kind("customer", "Hội nghị khách hàng xã", "en") == "Hội nghị khách hàng xã"  # renamed
    every = [*labels.CONFERENCE_KINDS.values(), *labels.INDICATORS.values(), *labels.PERIOD_KINDS.values(),
             *labels.UNIT_KINDS.values(), *labels.GROUP_KINDS.values(),
             *(role for roles in labels.MEMBER_ROLES.values() for role in roles)]
    assert all(_(text, "en") != text for text in every), [t for t in every if _(t, "en") == t]
