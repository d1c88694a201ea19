"""CLI for people: `import people`, `search`, `invite`, `checkin`, `outcome`, `undo-import`, `export handover`."""
from __future__ import annotations

import sys

from cli import number
from core import parse
from core.errors import UserError
from core.i18n import _, ngettext


def register(sub, groups) -> None:
    p = groups["import"].add_parser("people", help=_("nhập danh sách người tiềm năng (Excel) vào sổ người"))
    p.add_argument("file", metavar="FILE", help=_("tệp Excel (.xlsx, .xls, .ods)"))
    p.add_argument("--commune", metavar="NAME", help=_("xã cho các dòng không ghi xã"))
    p.add_argument("--sheet", metavar="NAME", help=_("trang cần đọc (mặc định: trang đầu)"))
    p.add_argument("--dry-run", action="store_true", help=_("chỉ kiểm tra và đếm, không ghi gì"))
    p.add_argument("--errors", metavar="OUT.xlsx", help=_("ghi các dòng bị từ chối kèm lý do ra tệp Excel này"))
    p.add_argument("--json", action="store_true", help=_("in các số đếm dạng JSON"))
    p.set_defaults(func=cmd_import, read_ahead=lambda args: (args.file, args.sheet))

    p = sub.add_parser("search",
                       help=_("tìm người theo tên, số CCCD, số điện thoại hoặc thôn (gõ dấu hay không đều được)"))
    p.add_argument("text", metavar="TEXT", help=_("tên, số CCCD, số điện thoại hoặc thôn cần tìm"))
    p.add_argument("--limit", type=number(), default=200, metavar="N", help=_("tìm nhiều nhất N người (mặc định 200)"))
    p.add_argument("--json", action="store_true", help=_("in kết quả dạng JSON"))
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("invite", help=_("mời người dự hội nghị (mỗi giấy mời có một mã)"))
    p.add_argument("conference_id", metavar="CONFERENCE_ID", type=number(),
                   help=_("số hội nghị (xem lệnh conferences)"))
    how = p.add_mutually_exclusive_group(required=True)
    how.add_argument("--search", metavar="TEXT", help=_("mọi người tìm thấy ở xã của hội nghị"))
    how.add_argument("--person", metavar="ID", nargs="+", action="extend",
                     help=_("những người này (số); lặp lại hoặc ghi nhiều số"))
    how.add_argument("--all-in-commune", action="store_true", help=_("mọi người ở xã của hội nghị chưa được mời"))
    how.add_argument("--import-job", type=number(), metavar="JOB_ID",
                     help=_("những người do một lần nhập tạo ra (một danh sách đã nhập)"))
    p.add_argument("--any-commune", action="store_true", help=_("dùng cùng --search: mời cả người ở xã khác"))
    p.add_argument("--json", action="store_true", help=_("in kết quả dạng JSON"))
    p.set_defaults(func=cmd_invite)

    p = sub.add_parser("checkin", help=_("điểm danh theo mã giấy mời tại hội nghị (mã thoát 0 khi có mặt)"))
    p.add_argument("conference_id", metavar="CONFERENCE_ID", type=number(),
                   help=_("số hội nghị (xem lệnh conferences)"))
    p.add_argument("code", metavar="CODE", help=_("mã in trên giấy mời"))
    p.add_argument("--json", action="store_true", help=_("in kết quả dạng JSON"))
    p.set_defaults(func=cmd_checkin)

    p = sub.add_parser("outcome", help=_("ghi kết quả của người dự: đã đăng ký, hoặc cần nhân viên thu vận động tiếp"))
    p.add_argument("conference_id", metavar="CONFERENCE_ID", type=number(),
                   help=_("số hội nghị (xem lệnh conferences)"))
    p.add_argument("person_id", metavar="PERSON_ID", type=number(), help=_("số của người (xem lệnh search)"))
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--registered", nargs="+", action="extend", choices=("vsi", "hhi"), metavar="vsi|hhi",
                      help=_("đăng ký tại chỗ: vsi (BHXH tự nguyện) và/hoặc hhi (BHYT hộ gia đình)"))
    what.add_argument("--follow-up", metavar="COLLECTOR",
                      help=_("cần nhân viên thu này đến vận động tiếp (số hoặc tên)"))
    p.add_argument("--income", type=number(parse.money, minimum=None), metavar="VND",
                   help=_("mức thu nhập tháng chọn đóng BHXH tự nguyện (1500000, 1.500.000 hoặc 1.500.000đ)"))
    p.add_argument("--months", type=number(), metavar="N",
                   help=_("phương thức đóng theo tháng: 1, 3, 6, 12 hoặc đóng một lần đến 60"))
    p.add_argument("--json", action="store_true", help=_("in kết quả dạng JSON"))
    p.set_defaults(func=cmd_outcome)

    p = sub.add_parser("undo-import", help=_("hoàn tác một lần nhập danh sách (xoá những người lần đó thêm mới)"))
    p.add_argument("job_id", metavar="JOB_ID", type=number(), help=_("số lần nhập (in ra khi nhập)"))
    p.set_defaults(func=cmd_undo_import)

    p = groups["export"].add_parser("handover", help=_("danh sách vận động tiếp theo từng nhân viên thu (Excel)"))
    p.add_argument("--out", required=True, metavar="FILE", help=_("tệp .xlsx cần ghi"))
    p.add_argument("--conference", type=number(), metavar="ID",
                   help=_("chỉ những người cần vận động tiếp của hội nghị này"))
    p.set_defaults(func=cmd_export_handover)


def cmd_import(args, ws) -> int:
    from cli import print_json
    ws.units.require_office()
    result = ws.people.import_file(args.file, sheet=args.sheet, commune=args.commune, dry_run=args.dry_run,
                                   errors_path=args.errors)
    if args.json:
        data = {k: getattr(result, k) for k in ("rows", "created", "updated", "duplicates", "rejected", "warnings")}
        data.update(job_id=result.job_id, errors_path=result.errors_path, dry_run=result.dry_run,
                    problems=[{"row": r, "reason": m} for r, m in result.problems],
                    notes=[{"row": r, "warning": m} for r, m in result.notes])
        print_json(data)
        return 0
    job = _(" Lần nhập số {id} (hoàn tác: undo-import {id}).",
            id=result.job_id) if result.job_id else _(" Chạy thử: chưa ghi gì.")
    print(ngettext("{n} dòng: {created} người mới, {updated} cập nhật, {duplicates} trùng, {rejected} bị từ chối, "
                   "{warnings} có cảnh báo.{job}",
                   "{n} dòng: {created} người mới, {updated} cập nhật, {duplicates} trùng, {rejected} bị từ chối, "
                   "{warnings} có cảnh báo.{job}", result.rows, created=result.created, updated=result.updated,
                   duplicates=result.duplicates, rejected=result.rejected, warnings=result.warnings, job=job))
    for row, reason in result.problems[:20]:
        print(_("  dòng {row}: {reason}", row=row, reason=reason))
    for row, warning in result.notes[:20]:
        print(_("  dòng {row} (lưu ý): {warning}", row=row, warning=warning))
    if result.errors_path:
        print(_("Các dòng bị từ chối đã ghi vào {path}.", path=result.errors_path))
    return 0


def _person_json(r: dict) -> dict:
    return {"id": r["id"], "full_name": r["full_name"], "birth_year": r["birth_year"], "gender": r["gender"],
            "citizen_id": r["citizen_id"], "phone": r["phone"], "village": r["village"], "commune": r["commune"],
            "status": r["status"]}


def cmd_search(args, ws) -> int:
    from cli import print_json
    from core.person_fields import GENDERS, STATUSES, label
    rows = ws.people.search(args.text, limit=args.limit)
    if args.json:
        print_json([_person_json(r) for r in rows])
        return 0
    if not rows:
        print(_("Không tìm thấy ai."))
    for r in rows:
        print("\t".join(str(v) for v in (r["id"], r["full_name"], r["birth_year"] or "", label(GENDERS, r["gender"]),
                                          r["citizen_id"] or "", r["phone"], r["village"] or "", r["commune"] or "",
                                          label(STATUSES, r["status"]))))
    return 0


def cmd_invite(args, ws) -> int:
    from cli import print_json
    if args.any_commune and not args.search:
        raise UserError(_("--any-commune chỉ dùng cùng --search."), field="any_commune")
    if args.person:
        ids = [parse.whole_number(p, where="--person", field="person", minimum=1) for p in args.person if p.strip()]
    elif args.search:
        ids, elsewhere = ws.invitations.found_for(args.conference_id, args.search, args.any_commune)
        if elsewhere:
            print(ngettext("Bỏ qua {n} người tìm thấy ở xã khác (thêm --any-commune để mời cả họ).",
                           "Bỏ qua {n} người tìm thấy ở xã khác (thêm --any-commune để mời cả họ).", elsewhere),
                  file=sys.stderr)
    elif args.import_job:
        ids = ws.people.ids({"import_job_id": args.import_job})
    else:
        ids = ws.invitations.uninvited_in_commune(args.conference_id)
    if not ids:
        raise UserError(_("Không có ai để mời."))
    made, _unused = ws.invitations.invite(args.conference_id, ids)
    if args.json:
        print_json(made)
        return 0
    for m in made:
        print(f"{m['code']}\t{m['person_id']}\t{m['full_name']}")
    print(ngettext("Đã mời {n} người ({skipped} đã được mời trước đó).",
                   "Đã mời {n} người ({skipped} đã được mời trước đó).", len(made), skipped=len(ids) - len(made)))
    return 0


def cmd_checkin(args, ws) -> int:
    from cli import print_json
    result = ws.attendance.check_in(args.conference_id, args.code)
    status = result.status if result.status != "matches" else "unknown-code"
    if args.json:
        print_json({"status": status, "person_id": result.person_id, "full_name": result.full_name or None,
                    "message": result.message})
    else:
        print(result.message, file=sys.stdout if result.ok else sys.stderr)
    return 0 if result.ok else 1


def cmd_outcome(args, ws) -> int:
    from cli import print_json
    collector_id = None
    if args.follow_up:
        collector_id = ws.groups.find_collector(args.follow_up)["id"]
    ws.attendance.record_outcome(args.conference_id, args.person_id, schemes=args.registered or [],
                                 monthly_income=args.income, payment_months=args.months,
                                 follow_up_collector_id=collector_id)
    person = ws.people.get(args.person_id)
    if args.json:
        print_json({"person_id": args.person_id, "full_name": person["full_name"], "status": person["status"],
                    "registered": args.registered or [], "follow_up_collector_id": collector_id})
    else:
        print(_("Đã ghi kết quả cho {name}.", name=person["full_name"]))
    return 0


def cmd_undo_import(args, ws) -> int:
    ws.people.undo_import(args.job_id)
    print(_("Đã hoàn tác lần nhập số {id}.", id=args.job_id))
    return 0


def cmd_export_handover(args, ws) -> int:
    path = ws.attendance.export_handover(args.out, conference_id=args.conference)
    print(_("Đã xuất danh sách vận động tiếp ra {path}.", path=path))
    return 0
