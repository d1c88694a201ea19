"""CLI for people: `import people`, `search`, `invite`, `checkin`, `outcome`, `undo-import`, `export handover`."""
from __future__ import annotations

import sys

from cli import number
from core import parse
from core.errors import UserError
from core.i18n import Messages

M = Messages({
    "imported": ("{rows} dòng: {created} người mới, {updated} cập nhật, {duplicates} trùng, {rejected} bị từ chối, "
                 "{warnings} có cảnh báo.{job}",
                 "{rows} rows: {created} new, {updated} updated, {duplicates} duplicates, {rejected} rejected, "
                 "{warnings} with warnings.{job}"),
    "job": (" Lần nhập số {id} (hoàn tác: undo-import {id}).", " Import job {id} (undo: undo-import {id})."),
    "dry": (" Chạy thử: chưa ghi gì.", " Dry run: nothing written."),
    "errors": ("Các dòng bị từ chối đã ghi vào {path}.", "The rejected rows were written to {path}."),
    "row_problem": ("  dòng {row}: {reason}", "  row {row}: {reason}"),
    "row_note": ("  dòng {row} (lưu ý): {warning}", "  row {row} (note): {warning}"),
    "none_found": ("Không tìm thấy ai.", "Nobody found."),
    "invited": ("Đã mời {n} người ({skipped} đã được mời trước đó).", "Invited {n} people ({skipped} already invited)."),
    "no_one": ("Không có ai để mời.", "Nobody to invite."),
    "any_commune_alone": ("--any-commune chỉ dùng cùng --search.", "--any-commune goes with --search only."),
    "elsewhere": ("Bỏ qua {n} người tìm thấy ở xã khác (thêm --any-commune để mời cả họ).",
                  "Left out {n} people found in other communes (add --any-commune to invite them too)."),
    "outcome": ("Đã ghi kết quả cho {name}.", "Outcome recorded for {name}."),
    "undone": ("Đã hoàn tác lần nhập số {id}.", "Import job {id} undone."),
    "exported": ("Đã xuất danh sách vận động tiếp ra {path}.", "The follow-up list was written to {path}."),
})


def register(sub, groups) -> None:
    p = groups["import"].add_parser("people", help="import a prospect list (Excel) into the people registry")
    p.add_argument("file", metavar="FILE", help="the workbook (.xlsx, .xls, .ods)")
    p.add_argument("--commune", metavar="NAME", help="commune for rows that name none")
    p.add_argument("--sheet", metavar="NAME", help="the sheet to read (default: the first)")
    p.add_argument("--dry-run", action="store_true", help="check and count only; write nothing")
    p.add_argument("--errors", metavar="OUT.xlsx", help="write the rejected rows with their reasons to this workbook")
    p.add_argument("--json", action="store_true", help="print the counts as JSON")
    p.set_defaults(func=cmd_import, read_ahead=lambda args: (args.file, args.sheet))

    p = sub.add_parser("search", help="find people by name, citizen ID, phone or village (tone marks optional)")
    p.add_argument("text", metavar="TEXT")
    p.add_argument("--limit", type=number(), default=200)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("invite", help="invite people to a conference (each invitation gets a code)")
    p.add_argument("conference_id", metavar="CONFERENCE_ID", type=number())
    how = p.add_mutually_exclusive_group(required=True)
    how.add_argument("--search", metavar="TEXT", help="everyone the search finds in the conference's commune")
    how.add_argument("--person", metavar="ID", nargs="+", action="extend", help="these people (ids); repeat or list several")
    how.add_argument("--all-in-commune", action="store_true", help="everyone of the conference's commune not yet invited")
    how.add_argument("--import-job", type=number(), metavar="JOB_ID", help="the people an import created (an imported list)")
    p.add_argument("--any-commune", action="store_true", help="with --search: people of other communes too")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_invite)

    p = sub.add_parser("checkin", help="check in an invitation code at a conference (exit 0 when present)")
    p.add_argument("conference_id", metavar="CONFERENCE_ID", type=number())
    p.add_argument("code", metavar="CODE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_checkin)

    p = sub.add_parser("outcome", help="record an attendee's outcome: registered, or follow-up by a collector")
    p.add_argument("conference_id", metavar="CONFERENCE_ID", type=number())
    p.add_argument("person_id", metavar="PERSON_ID", type=number())
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--registered", nargs="+", action="extend", choices=("vsi", "hhi"), metavar="vsi|hhi",
                      help="registered on the spot: vsi (voluntary SI) and/or hhi (household HI)")
    what.add_argument("--follow-up", metavar="COLLECTOR", help="needs a follow-up visit by this collector (id or name)")
    p.add_argument("--income", type=number(parse.money, minimum=None), metavar="VND",
                   help="monthly income chosen for voluntary SI (1500000, 1.500.000 or 1.500.000đ)")
    p.add_argument("--months", type=number(), metavar="N", help="payment period in months: 1, 3, 6, 12 or a lump sum up to 60")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_outcome)

    p = sub.add_parser("undo-import", help="undo a people import job (its new people are removed)")
    p.add_argument("job_id", metavar="JOB_ID", type=number())
    p.set_defaults(func=cmd_undo_import)

    p = groups["export"].add_parser("handover", help="the follow-up list per collector (Excel)")
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--conference", type=number(), metavar="ID", help="only this conference's follow-ups")
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
    job = M("job", id=result.job_id) if result.job_id else M("dry")
    print(M("imported", rows=result.rows, created=result.created, updated=result.updated,
            duplicates=result.duplicates, rejected=result.rejected, warnings=result.warnings, job=job))
    for row, reason in result.problems[:20]:
        print(M("row_problem", row=row, reason=reason))
    for row, warning in result.notes[:20]:
        print(M("row_note", row=row, warning=warning))
    if result.errors_path:
        print(M("errors", path=result.errors_path))
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
        print(M("none_found"))
    for r in rows:
        print("\t".join(str(v) for v in (r["id"], r["full_name"], r["birth_year"] or "", label(GENDERS, r["gender"]),
                                          r["citizen_id"] or "", r["phone"], r["village"] or "", r["commune"] or "",
                                          label(STATUSES, r["status"]))))
    return 0


def cmd_invite(args, ws) -> int:
    from cli import print_json
    if args.any_commune and not args.search:
        raise UserError(M("any_commune_alone"), field="any_commune")
    if args.person:
        ids = [parse.whole_number(p, where="--person", field="person", minimum=1) for p in args.person if p.strip()]
    elif args.search:
        ids, elsewhere = ws.invitations.found_for(args.conference_id, args.search, args.any_commune)
        if elsewhere:
            print(M("elsewhere", n=elsewhere), file=sys.stderr)
    elif args.import_job:
        ids = ws.people.ids({"import_job_id": args.import_job})
    else:
        ids = ws.invitations.uninvited_in_commune(args.conference_id)
    if not ids:
        raise UserError(M("no_one"))
    made, _ = ws.invitations.invite(args.conference_id, ids)
    if args.json:
        print_json(made)
        return 0
    for m in made:
        print(f"{m['code']}\t{m['person_id']}\t{m['full_name']}")
    print(M("invited", n=len(made), skipped=len(ids) - len(made)))
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
        print(M("outcome", name=person["full_name"]))
    return 0


def cmd_undo_import(args, ws) -> int:
    ws.people.undo_import(args.job_id)
    print(M("undone", id=args.job_id))
    return 0


def cmd_export_handover(args, ws) -> int:
    path = ws.attendance.export_handover(args.out, conference_id=args.conference)
    print(M("exported", path=path))
    return 0
