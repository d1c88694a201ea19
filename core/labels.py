"""Domain labels, defined once with both languages (the English is in core's catalog): conference kinds and
indicators every office is seeded with, period kinds, unit kinds, group kinds and the member roles offered for each kind.

What is stored does not change with the screen: built-in kinds and indicators are stored by their Vietnamese
name (resources/defaults.json), roles as the Vietnamese text. The English screen shows the English label; a name
the office changed, or a role the clerk typed, is its own and shows as stored."""
from __future__ import annotations

from core.i18n import N_, _

CONFERENCE_KINDS = {
    "customer": N_("Hội nghị truyền thông khách hàng"),
    "policy_qa": N_("Hội nghị tuyên truyền, đối thoại, giải đáp chính sách"),
    "small_group": N_("Hội nghị nhóm nhỏ"),
    "launch": N_("Lễ ra quân / Lễ phát động"),
    "training": N_("Tập huấn"),
}
INDICATORS = {
    "vsi_new": N_("Người tham gia BHXH tự nguyện"),
    "hhi_new": N_("Người tham gia BHYT hộ gia đình"),
}
PERIOD_KINDS = {
    "period": N_("Giai đoạn"),
    "wave": N_("Đợt ra quân"),
}
UNIT_KINDS = {
    "province": N_("Tỉnh/thành phố"),
    "district": N_("Huyện/quận (cũ)"),
    "commune": N_("Xã/phường"),
    "village": N_("Thôn/tổ dân phố"),
    "custom": N_("Địa bàn khác"),
}
GROUP_KINDS = {
    "agency": N_("Tổ chức dịch vụ thu"),
    "advisory_team": N_("Tổ tư vấn"),
    "association": N_("Hội, đoàn thể"),
    "steering_committee": N_("Ban Chỉ đạo"),
}
# The roles offered for each group kind (the clerk may type another); collectors are found by their role.
MEMBER_ROLES = {
    "agency": (N_("Nhân viên thu"), N_("Cộng tác viên"), N_("Phụ trách")),
    "advisory_team": (N_("Tổ trưởng"), N_("Thành viên")),
    "association": (N_("Chủ tịch"), N_("Phó Chủ tịch"), N_("Hội viên")),
    "steering_committee": (N_("Trưởng ban"), N_("Phó Trưởng ban"), N_("Thành viên")),
}
_KNOWN_ROLES = frozenset(role for roles in MEMBER_ROLES.values() for role in roles)


def conference_kind(code: str, stored: str = "", lang: str | None = None) -> str:
    return _named(CONFERENCE_KINDS, code, stored, lang)


def indicator(code: str, stored: str = "", lang: str | None = None) -> str:
    return _named(INDICATORS, code, stored, lang)


def period_kind(code: str, lang: str | None = None) -> str:
    return _named(PERIOD_KINDS, code, "", lang)


def unit_kind(code: str, lang: str | None = None) -> str:
    return _named(UNIT_KINDS, code, "", lang)


def group_kind(code: str, lang: str | None = None) -> str:
    return _named(GROUP_KINDS, code, "", lang)


def member_role(stored: str, lang: str | None = None) -> str:
    """A stored role in `lang` when it is one of the roles offered, else as the clerk typed it."""
    return _(stored, lang) if stored in _KNOWN_ROLES else (stored or "")


def _named(table: dict, code: str, stored: str, lang: str | None) -> str:
    text = table.get(code)
    if text is None or (stored and stored != text):  # the office's own, or renamed by the clerk
        return stored or code or ""
    return _(text, lang)
