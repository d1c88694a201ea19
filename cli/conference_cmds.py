"""CLI: `conferences` (list, filterable; --json) and `schedule` (bulk scheduling from a rule, --preview)."""
from __future__ import annotations

from cli import number
from core import parse
from core.errors import UserError
from core.i18n import Messages, N_, _, ngettext

M = Messages({
    "head.id": N_("Số"),
    "head.date": N_("Ngày"),
    "head.time": N_("Giờ"),
    "head.kind": N_("Loại"),
    "head.commune": N_("Xã/phường"),
    "head.venue": N_("Địa điểm"),
    "head.status": N_("Trạng thái"),
})
KEYS = ("id", "kind", "commune", "date", "venue", "status")


def register(sub, groups) -> None:
    date_forms = _("dd/mm/yyyy, d/m/yyyy, dd.mm.yyyy hoặc yyyy-mm-dd")
    p = sub.add_parser("conferences", help=_("liệt kê hội nghị (số, loại, xã, ngày, địa điểm, trạng thái)"))
    p.add_argument("--commune", metavar="NAME", help=_("chỉ xã này (có thể bỏ chữ 'Xã'; phải gõ đúng dấu)"))
    p.add_argument("--from", dest="date_from", metavar="DATE", help=_("từ ngày này ({forms})", forms=date_forms))
    p.add_argument("--to", dest="date_to", metavar="DATE", help=_("đến hết ngày này ({forms})", forms=date_forms))
    p.add_argument("--kind", metavar="CODE", help=_("customer, policy_qa, small_group, launch, training"))
    p.add_argument("--status", choices=("planned", "held", "postponed", "cancelled"),
                   help=_("chỉ hội nghị có trạng thái này"))
    p.add_argument("--json", action="store_true", help=_("in danh sách dạng JSON"))
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("schedule",
                       help=_("lập lịch hội nghị cho các xã theo quy tắc: N hội nghị mỗi tháng hoặc N hội nghị cả "
                              "thời gian"))
    p.add_argument("--kind", required=True, metavar="CODE",
                   help=_("customer, policy_qa, small_group, launch, training"))
    p.add_argument("--from", dest="date_from", required=True, metavar="DATE", help=date_forms)
    p.add_argument("--to", dest="date_to", required=True, metavar="DATE", help=date_forms)
    rule = p.add_mutually_exclusive_group(required=True)
    rule.add_argument("--per-month", type=number(), metavar="N", help=_("N hội nghị mỗi xã trong mỗi tháng"))
    rule.add_argument("--per-period", type=number(), metavar="N", help=_("N hội nghị mỗi xã trong cả khoảng thời gian"))
    p.add_argument("--commune", action="append", default=[], metavar="NAME",
                   help=_("một xã (lặp lại cho nhiều xã); mặc định: mọi xã của đơn vị"))
    p.add_argument("--venue", default="",
                   help=_("địa điểm; {commune} được thay bằng tên xã (mặc định 'Hội trường UBND {commune}')"))
    p.add_argument("--time", default="08:00", help=_("giờ: 08:30, 8h30, 8h … (mặc định 08:00)"))
    p.add_argument("--invitees", type=number(), metavar="N",
                   help=_("số khách mời dự kiến (mặc định: theo loại hội nghị)"))
    p.add_argument("--plan", metavar="NUMBER", help=_("gắn các hội nghị với kế hoạch này, ví dụ 25/KH-BHXH"))
    p.add_argument("--preview", action="store_true", help=_("xem trước các hội nghị sẽ lập, không ghi gì"))
    p.add_argument("--json", action="store_true", help=_("in kết quả dạng JSON"))
    p.set_defaults(func=cmd_schedule)


def _date_option(value, option: str) -> str | None:
    """A DATE option read as forms read dates (core.parse); a bad one is bad input (exit 1) naming the option."""
    return parse.iso_date(value, where=option, field=option)


def _as_json(row: dict) -> dict:
    return {"id": row["id"], "kind": row["kind"], "commune": row["commune_name"], "date": row["date"],
            "venue": row["venue"], "status": row["status"], "time": row["time"], "kind_name": row["kind_name"],
            "village": row["village_name"], "expected_invitees": row["expected_invitees"]}


def _table(rows: list[dict], with_id: bool = True) -> str:
    from core.conferences import status_label
    from core.formatting import date as format_date
    heads = (["id"] if with_id else []) + ["date", "time", "kind", "commune", "venue", "status"]
    lines = [[M(f"head.{h}") for h in heads]]
    for r in rows:
        cells = {"id": str(r.get("id", "")), "date": format_date(r["date"]), "time": r["time"],
                 "kind": r["kind_name"], "commune": r["commune_name"], "venue": r["venue"],
                 "status": status_label(r["status"])}
        lines.append([cells[h] for h in heads])
    widths = [max(len(line[i]) for line in lines) for i in range(len(heads))]
    return "\n".join("  ".join(cell.ljust(w) for cell, w in zip(line, widths)).rstrip() for line in lines)


def _check_kind(ws, kind: str) -> None:
    if kind and ws.config.conference_kind(kind) is None:
        codes = ", ".join(k["code"] for k in ws.config.conference_kinds())
        raise UserError(_("Loại hội nghị “{kind}” không có. Các loại: {codes}.", kind=kind, codes=codes), field="kind")


def cmd_list(args, ws) -> int:
    from cli import print_json
    ws.units.require_office()
    _check_kind(ws, args.kind)
    commune_id = ws.units.find(args.commune)["id"] if args.commune else None
    rows = ws.conferences.list(commune_id=commune_id, date_from=_date_option(args.date_from, "--from"),
                               date_to=_date_option(args.date_to, "--to"), kind=args.kind, status=args.status)
    if args.json:
        print_json([_as_json(r) for r in rows])
    elif not rows:
        print(_("Không có hội nghị nào."))
    else:
        print(_table(rows))
        print(ngettext("Tổng cộng: {n} hội nghị.", "Tổng cộng: {n} hội nghị.", len(rows)))
    return 0


def cmd_schedule(args, ws) -> int:
    from cli import print_json
    ws.units.require_office()
    _check_kind(ws, args.kind)
    communes = [ws.units.find(name) for name in args.commune] or ws.units.communes()
    plan_id = ws.plans.find(args.plan)["id"] if args.plan else None
    result = ws.conferences.schedule(
        args.kind, [c["id"] for c in communes], _date_option(args.date_from, "--from"),
        _date_option(args.date_to, "--to"), per_month=args.per_month, per_period=args.per_period,
        venue=args.venue, time=args.time, expected_invitees=args.invitees, plan_id=plan_id, preview=args.preview)
    if args.preview:
        rows = result
    else:
        ids, _unused = result
        rows = [ws.conferences.get(i) for i in ids]
    if args.json:
        print_json([_as_json({"id": None, "village_name": None, **r}) for r in rows])
    else:
        if rows:
            print(_table(rows, with_id=not args.preview))
        if args.preview:
            print(ngettext("Xem trước: {n} hội nghị (chưa ghi).", "Xem trước: {n} hội nghị (chưa ghi).", len(rows)))
        else:
            print(ngettext("Đã lập lịch {n} hội nghị.", "Đã lập lịch {n} hội nghị.", len(rows)))
    return 0
