"""The package format, version 1 (docs/package-format.md says it for other programs).

A package is an .xlsx: a manifest sheet ("Thông tin gói"), then one sheet per travelling table, parents before
children, each with a row of Vietnamese headers, then one row per record: the table's own columns (references to
other records as those records' UUIDs, never local ids), then the technical columns UUID, origin, version,
updated_at, deleted. Dates and times are text as the database holds them; whole numbers are numbers; IDs and
phones are text.

The manifest is two columns, key and value (a third says in Vietnamese what the key is). The signature is Ed25519
over the canonical JSON of every other manifest entry (keys sorted, values as their canonical cell text), which
holds each sheet's row count and SHA-256 over its canonical cell values (core.workbooks.canonical): a value
changed anywhere, a row removed, or an entry of the manifest changed breaks it.
"""
from __future__ import annotations

import json

from core.workbooks.canonical import canonical

FORMAT = "vandong-bhxh/package"
VERSION = 1
MANIFEST_SHEET = "Thông tin gói"
TECHNICAL = ("uuid", "origin", "version", "updated_at", "deleted")
TECHNICAL_HEADERS = ("UUID", "Nguồn (UUID đơn vị tạo)", "Phiên bản", "Cập nhật lúc (UTC)", "Đã xoá")
SIGNATURE = "signature"
DERIVED = {"name_folded", "name_sort"}   # search and sort keys: made again from the name where a package lands

# travelling table -> (sheet, kind for --only): parents before children, so a reader meets a record's parent first
SHEETS = {
    "units": ("Địa bàn", "units"),
    "indicators": ("Chỉ tiêu", "targets"),
    "plans": ("Kế hoạch", "targets"),
    "periods": ("Đợt, giai đoạn", "targets"),
    "baselines": ("Số đầu kỳ", "targets"),
    "targets": ("Chỉ tiêu giao", "targets"),
    "conference_kinds": ("Loại hội nghị", "conferences"),
    "groups": ("Nhóm vận động", "groups"),
    "group_members": ("Thành viên nhóm", "groups"),
    "group_units": ("Địa bàn của nhóm", "groups"),
    "member_units": ("Địa bàn thành viên", "groups"),
    "conferences": ("Hội nghị", "conferences"),
    "people": ("Người tham gia", "people"),
    "not_duplicates": ("Không trùng", "people"),
    "invitations": ("Giấy mời", "invitations"),
    "attendance": ("Điểm danh", "attendance"),
    "registrations": ("Đăng ký", "registrations"),
    "follow_ups": ("Cần vận động tiếp", "follow_ups"),
    "daily_figures": ("Số liệu hằng ngày", "figures"),
}
KINDS = tuple(dict.fromkeys(kind for _sheet, kind in SHEETS.values()))

HEADERS = {
    "address": "Địa chỉ", "birth_date": "Ngày sinh", "birth_year": "Năm sinh", "ceremony_date": "Ngày lễ ra quân",
    "ceremony_time": "Giờ lễ ra quân", "ceremony_venue": "Địa điểm lễ ra quân", "checked_in_at": "Điểm danh lúc (UTC)",
    "checked_in_by": "Người điểm danh", "citizen_id": "Số CCCD", "co_issuer": "Đồng ban hành (JSON)", "code": "Mã",
    "collector_code": "Mã nhân viên thu", "collector_id": "Nhân viên thu (UUID)", "commune_id": "Xã (UUID)",
    "conference_id": "Hội nghị (UUID)", "count": "Số người", "date": "Ngày", "day": "Ngày",
    "default_invitees": "Số người mời mặc định", "delivered_via": "Chuyển qua", "delivery_status": "Tình trạng giao",
    "emulation_end": "Kết thúc thi đua", "emulation_start": "Bắt đầu thi đua", "end_date": "Ngày kết thúc",
    "expected_invitees": "Số người dự kiến mời", "full_name": "Họ và tên", "gender": "Giới tính",
    "group_id": "Nhóm (UUID)", "host": "Chủ trì", "household_member": "Thứ tự trong hộ",
    "indicator_id": "Chỉ tiêu (UUID)", "invitation_id": "Giấy mời (UUID)", "issued_on": "Ngày ban hành",
    "issuer": "Cơ quan ban hành", "kind": "Loại", "lists_due": "Hạn gửi danh sách", "measure": "Đơn vị tính",
    "member_id": "Thành viên (UUID)", "merged_into_id": "Đã gộp vào (UUID)", "method": "Cách điểm danh",
    "monthly_income": "Thu nhập tháng (đồng)", "name": "Tên", "name_folded": "Tên không dấu",
    "name_sort": "Tên để xếp", "notes": "Ghi chú", "number": "Số, ký hiệu", "occupation": "Nghề nghiệp",
    "official_code": "Mã hành chính", "organiser_group_id": "Nhóm tổ chức (UUID)",
    "other_person_id": "Người kia (UUID)", "parent_id": "Thuộc (UUID)", "payment_months": "Số tháng đóng",
    "period_id": "Đợt (UUID)", "person_id": "Người (UUID)", "phone": "Điện thoại", "plan_id": "Kế hoạch (UUID)",
    "position": "Chức vụ", "printed_at": "In lúc (UTC)", "reference_date": "Ngày số liệu", "registered_on": "Ngày đăng ký",
    "report_time": "Giờ hạn báo cáo tuần", "report_weekday": "Thứ hạn báo cáo tuần", "results_due": "Hạn báo cáo kết quả",
    "role": "Vai trò", "scheme": "Loại bảo hiểm", "sort_order": "Thứ tự", "source_list": "Danh sách nguồn",
    "start_date": "Ngày bắt đầu", "start_month": "Đóng từ tháng", "status": "Trạng thái",
    "support_category": "Đối tượng hỗ trợ", "target_group": "Nhóm đối tượng", "time": "Giờ", "title": "Tiêu đề",
    "unit_id": "Đơn vị (UUID)", "valid_from": "Áp dụng từ", "value": "Giá trị", "venue": "Địa điểm",
    "village_id": "Thôn/tổ (UUID)",
}
TEXT_COLUMNS = {"citizen_id", "phone", "code", "collector_code", "official_code", "number"}  # written as text


def signed_payload(manifest: dict[str, object]) -> bytes:
    """What the signature covers: every manifest entry but the signature, as canonical cell text, keys sorted."""
    entries = {key: canonical(value) for key, value in manifest.items() if key != SIGNATURE}
    return json.dumps(entries, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")

