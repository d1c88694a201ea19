"""The names of built-in records, defined once with both languages: the conference kinds and indicators every
office is seeded with (resources/defaults.json holds their Vietnamese names, which are what is stored and what
travels). The English screen shows the English name; a name the office changed is its own and shows as stored."""
from __future__ import annotations

from core.i18n import pick

CONFERENCE_KINDS = {
    "customer": ("Hội nghị truyền thông khách hàng", "Customer outreach conference"),
    "policy_qa": ("Hội nghị tuyên truyền, đối thoại, giải đáp chính sách", "Policy dialogue and Q&A conference"),
    "small_group": ("Hội nghị nhóm nhỏ", "Small-group meeting"),
    "launch": ("Lễ ra quân / Lễ phát động", "Launch ceremony"),
    "training": ("Tập huấn", "Training"),
}
INDICATORS = {
    "vsi_new": ("Người tham gia BHXH tự nguyện", "Voluntary social insurance participants"),
    "hhi_new": ("Người tham gia BHYT hộ gia đình", "Household health insurance participants"),
}


def conference_kind(code: str, stored: str = "", lang: str | None = None) -> str:
    return _named(CONFERENCE_KINDS, code, stored, lang)


def indicator(code: str, stored: str = "", lang: str | None = None) -> str:
    return _named(INDICATORS, code, stored, lang)


def _named(table: dict, code: str, stored: str, lang: str | None) -> str:
    pair = table.get(code)
    if pair is None or (stored and stored != pair[0]):  # the office's own, or renamed by the clerk
        return stored or code
    return pick(pair, lang)
