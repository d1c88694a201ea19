"""CLI: `plans` (list plans), `import targets FILE --plan NUMBER` and `export targets --plan NUMBER --out FILE`."""
from __future__ import annotations

import sys

from core.errors import UserError
from core.i18n import Messages

M = Messages({
    "no_plans": ("Chưa có kế hoạch nào.", "No plans yet."),
    "plan_line": ("{number}  {title}  ({start} – {end})  {n} đợt: {periods}",
                  "{number}  {title}  ({start} – {end})  {n} periods: {periods}"),
    "summary": ("{units} đơn vị, đợt: {periods}; đã ghi {written} số liệu.",
                "{units} units, periods: {periods}; {written} figures written."),
    "summary_dry": ("Chạy thử: {units} đơn vị, đợt: {periods}; chưa ghi gì.",
                    "Dry run: {units} units, periods: {periods}; nothing written."),
    "created_periods": ("Đợt mới: {names}", "New periods: {names}"),
    "progress_head": ("Kế hoạch {number}: đã đăng ký / chỉ tiêu theo xã và kỳ ({periods}), cộng, tỉ lệ",
                      "Plan {number}: registered / target per commune and period ({periods}), total, share"),
    "failed_one": ("Không ghi gì: {first}", "Nothing written: {first}"),
    "failed": ("Không ghi gì: {n} lỗi, lỗi đầu tiên {first}", "Nothing written: {n} errors, the first {first}"),
    "exported": ("Đã xuất chỉ tiêu kế hoạch {number} ra {path}.", "Exported the targets of plan {number} to {path}."),
})


def register(sub, groups) -> None:
    p = sub.add_parser("plans", help="list the plans with their dates and periods")
    p.add_argument("--json", action="store_true", help="print the plans as JSON")
    p.set_defaults(func=cmd_plans)

    p = sub.add_parser("progress", help="registrations at conferences against the plan's targets, per commune and period")
    p.add_argument("--plan", required=True, metavar="NUMBER", help="the plan's number, e.g. 25/KH-BHXH")
    p.add_argument("--indicator", default="vsi_new", metavar="CODE", help="vsi_new (default) or hhi_new")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.set_defaults(func=cmd_progress)

    p = groups["import"].add_parser(
        "targets", help="import a plan's targets from the province's Excel table (Phụ lục 01 shape)",
        description="Reads baselines ('… đến hết <date>'), period targets ('phải phát triển …') and the "
                    "cumulative column, checks every unit, number and total, and writes nothing if any check fails.")
    p.add_argument("file", metavar="FILE", help="the workbook (.xlsx, .xls or .ods)")
    p.add_argument("--plan", required=True, metavar="NUMBER", help="the plan's number, e.g. 25/KH-BHXH")
    p.add_argument("--sheet", metavar="NAME", help="the sheet to read (default: the first one holding the table)")
    p.add_argument("--indicator", default="vsi_new", metavar="CODE", help="indicator code (default vsi_new)")
    p.add_argument("--dry-run", action="store_true", help="check the table and report, write nothing")
    p.add_argument("--json", action="store_true",
                   help='print {"units", "periods", "written", "errors": [{"cell", "message"}]}')
    p.set_defaults(func=cmd_import_targets)

    p = groups["export"].add_parser("targets", help="write a plan's targets table to an Excel file (Phụ lục 01 shape)")
    p.add_argument("--plan", required=True, metavar="NUMBER", help="the plan's number, e.g. 25/KH-BHXH")
    p.add_argument("--out", required=True, metavar="FILE", help="the .xlsx file to write")
    p.add_argument("--indicator", default="vsi_new", metavar="CODE", help="indicator code (default vsi_new)")
    p.set_defaults(func=cmd_export_targets)


def cmd_plans(args, ws) -> int:
    from cli import print_json
    from core import formatting
    plans = [{**p, "periods": ws.plans.periods(p["id"])} for p in ws.plans.list()]
    if args.json:
        print_json([{"id": p["id"], "number": p["number"], "title": p["title"], "issued_on": p["issued_on"],
                     "start_date": p["start_date"], "end_date": p["end_date"], "issuer": p["issuer"],
                     "periods": [{"id": x["id"], "name": x["name"], "kind": x["kind"], "start_date": x["start_date"],
                                  "end_date": x["end_date"]} for x in p["periods"]]} for p in plans])
        return 0
    if not plans:
        print(M("no_plans"))
    for p in plans:
        print(M("plan_line", number=p["number"], title=p["title"], start=formatting.date(p["start_date"]) or "…",
                end=formatting.date(p["end_date"]) or "…", n=len(p["periods"]),
                periods=", ".join(x["name"] for x in p["periods"]) or "—"))
    return 0


def cmd_progress(args, ws) -> int:
    """Each commune's target per period (and in all) beside the registrations counted toward it."""
    from cli import print_json
    from core import formatting
    from core.target_table import TOTAL
    plan = ws.plans.find(args.plan)
    table = ws.plans.target_table(plan["id"], args.indicator, include_villages=False)
    achieved = ws.plans.achieved(plan["id"], args.indicator)
    periods = table.periods
    units = []
    for row in table.rows:
        if row.kind != "commune":
            continue
        done = achieved.get(row.unit_id, {})
        target = row.effective(TOTAL) or 0
        units.append({"unit": row.name,
                      "periods": [{"period": p["name"], "target": row.effective(p["id"]) or 0,
                                   "achieved": done.get(p["id"], 0)} for p in periods],
                      "target": target, "achieved": sum(done.values()),
                      "percent": round(100 * sum(done.values()) / target, 1) if target else None})
    if args.json:
        print_json({"plan": plan["number"], "indicator": args.indicator,
                    "periods": [p["name"] for p in periods], "units": units})
        return 0
    print(M("progress_head", number=plan["number"], periods=", ".join(p["name"] for p in periods)))
    for u in units:
        cells = " ".join(f"{formatting.number(x['achieved'])}/{formatting.number(x['target'])}".rjust(11)
                         for x in u["periods"])
        total = f"{formatting.number(u['achieved'])}/{formatting.number(u['target'])}".rjust(13)
        share = formatting.percent(u["percent"] / 100) if u["percent"] is not None else "—"
        print(f"{u['unit']:<22}{cells}{total}  {share:>6}")
    return 0


def cmd_import_targets(args, ws) -> int:
    from cli import print_json
    from core.targets_workbook import TargetsImportResult, analyse, import_targets
    plan = ws.plans.find(args.plan)
    try:
        layout = analyse(args.file, args.sheet)
        result = import_targets(ws, args.file, plan["id"], layout, indicator_code=args.indicator, dry_run=args.dry_run)
    except UserError as exc:
        if not args.json:
            raise
        result = TargetsImportResult(errors=[("", exc.message)])   # machine readers always get the JSON shape
    if args.json:
        print_json(result.to_json())
        return 1 if result.errors else 0
    periods = ", ".join(result.periods) or "—"
    if result.errors:
        lines = [f"{cell}: {message}" if cell else message for cell, message in result.errors]
        if len(lines) > 1:  # the whole list on stdout; stderr's one line says why with the first
            print("\n".join(lines))
        print(M("failed_one" if len(lines) == 1 else "failed", n=len(lines), first=lines[0]), file=sys.stderr)
        return 1
    print(M("summary_dry" if args.dry_run else "summary", units=result.units, periods=periods, written=result.written))
    if result.created_periods:
        print(M("created_periods", names=", ".join(result.created_periods)))
    return 0


def cmd_export_targets(args, ws) -> int:
    from core.targets_export import export_targets
    plan = ws.plans.find(args.plan)
    path = export_targets(ws, plan["id"], args.out, indicator_code=args.indicator)  # refuses an unwritable --out
    print(M("exported", number=plan["number"], path=path))
    return 0
