"""CLI: `conferences` (list, filterable; --json) and `schedule` (bulk scheduling from a rule, --preview)."""
from __future__ import annotations

from cli import number
from core import parse
from core.errors import UserError
from core.i18n import Messages

M = Messages({
    "head.id": ("Số", "No."),
    "head.date": ("Ngày", "Date"),
    "head.time": ("Giờ", "Time"),
    "head.kind": ("Loại", "Kind"),
    "head.commune": ("Xã/phường", "Commune"),
    "head.venue": ("Địa điểm", "Venue"),
    "head.status": ("Trạng thái", "Status"),
    "none": ("Không có hội nghị nào.", "No conferences."),
    "total": ("Tổng cộng: {n} hội nghị.", "Total: {n} conferences."),
    "kind_unknown": ("Loại hội nghị “{kind}” không có. Các loại: {codes}.", "No conference kind “{kind}”. Kinds: {codes}."),
    "plan_needed": ("Chưa có kế hoạch “{number}”.", "No plan “{number}”."),
    "scheduled": ("Đã lập lịch {n} hội nghị.", "Scheduled {n} conferences."),
    "preview": ("Xem trước: {n} hội nghị (chưa ghi).", "Preview: {n} conferences (nothing written)."),
})

KEYS = ("id", "kind", "commune", "date", "venue", "status")
DATE_FORMS = "dd/mm/yyyy, d/m/yyyy, dd.mm.yyyy or yyyy-mm-dd"


def register(sub, groups) -> None:
    p = sub.add_parser("conferences", help="list conferences (id, kind, commune, date, venue, status)")
    p.add_argument("--commune", metavar="NAME", help="only this commune ('Xã' may be left out; tone marks count)")
    p.add_argument("--from", dest="date_from", metavar="DATE", help="from this date (" + DATE_FORMS + ")")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="up to this date (" + DATE_FORMS + ")")
    p.add_argument("--kind", metavar="CODE", help="customer, policy_qa, small_group, launch, training")
    p.add_argument("--status", choices=("planned", "held", "postponed", "cancelled"))
    p.add_argument("--json", action="store_true", help="print a JSON list of objects")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("schedule", help="create conferences for communes by a rule: N per month or N over the period")
    p.add_argument("--kind", required=True, metavar="CODE", help="customer, policy_qa, small_group, launch, training")
    p.add_argument("--from", dest="date_from", required=True, metavar="DATE", help=DATE_FORMS)
    p.add_argument("--to", dest="date_to", required=True, metavar="DATE", help=DATE_FORMS)
    rule = p.add_mutually_exclusive_group(required=True)
    rule.add_argument("--per-month", type=number(), metavar="N", help="N conferences per commune in each month")
    rule.add_argument("--per-period", type=number(), metavar="N", help="N conferences per commune over the whole range")
    p.add_argument("--commune", action="append", default=[], metavar="NAME",
                   help="a commune (repeat); default: every commune of the office")
    p.add_argument("--venue", default="", help="venue; {commune} is replaced (default 'Hội trường UBND {commune}')")
    p.add_argument("--time", default="08:00", help="time: 08:30, 8h30, 8h … (default 08:00)")
    p.add_argument("--invitees", type=number(), metavar="N", help="expected invitees (default: the kind's)")
    p.add_argument("--plan", metavar="NUMBER", help="link the conferences to this plan, e.g. 25/KH-BHXH")
    p.add_argument("--preview", action="store_true", help="show the proposed conferences, write nothing")
    p.add_argument("--json", action="store_true")
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
        raise UserError(M("kind_unknown", kind=kind, codes=codes), field="kind")


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
        print(M("none"))
    else:
        print(_table(rows))
        print(M("total", n=len(rows)))
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
        ids, _ = result
        rows = [ws.conferences.get(i) for i in ids]
    if args.json:
        print_json([_as_json({"id": None, "village_name": None, **r}) for r in rows])
    else:
        if rows:
            print(_table(rows, with_id=not args.preview))
        print(M("preview" if args.preview else "scheduled", n=len(rows)))
    return 0
