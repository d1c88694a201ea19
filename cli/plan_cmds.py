"""CLI: `plans` (list plans), `import targets FILE --plan NUMBER` and `export targets --plan NUMBER --out FILE`."""
from __future__ import annotations

import sys

from core.errors import UserError
from core.i18n import _, ngettext


def register(sub, groups) -> None:
    p = sub.add_parser("plans", help=_("liệt kê các kế hoạch cùng thời gian và các đợt"))
    p.add_argument("--json", action="store_true", help=_("in các kế hoạch dạng JSON"))
    p.set_defaults(func=cmd_plans)

    p = sub.add_parser("progress", help=_("số đăng ký tại hội nghị so với chỉ tiêu kế hoạch, theo xã và đợt"))
    p.add_argument("--plan", required=True, metavar="NUMBER", help=_("số kế hoạch, ví dụ 25/KH-BHXH"))
    p.add_argument("--indicator", default="vsi_new", metavar="CODE", help=_("vsi_new (mặc định) hoặc hhi_new"))
    p.add_argument("--json", action="store_true", help=_("in số liệu dạng JSON"))
    p.set_defaults(func=cmd_progress)

    p = groups["import"].add_parser(
        "targets", help=_("nhập chỉ tiêu kế hoạch từ bảng Excel của tỉnh (mẫu Phụ lục 01)"),
        description=_("Đọc số đầu kỳ ('… đến hết <ngày>'), chỉ tiêu từng đợt ('phải phát triển …') và cột lũy kế, "
                      "kiểm tra từng địa bàn, từng số và dòng tổng; có một lỗi thì không ghi gì. Đợt mới lấy ngày "
                      "từ tiêu đề cột khi tiêu đề ghi ('Quý IV/2025', 'Tháng 12/2025', 'từ 01/10 đến 31/12/2025'…) "
                      "và ngày nằm trong thời gian kế hoạch; đợt chưa có ngày thì chưa tính đăng ký nào."))
    p.add_argument("file", metavar="FILE", help=_("tệp Excel (.xlsx, .xls hoặc .ods)"))
    p.add_argument("--plan", required=True, metavar="NUMBER", help=_("số kế hoạch, ví dụ 25/KH-BHXH"))
    p.add_argument("--sheet", metavar="NAME", help=_("trang cần đọc (mặc định: trang đầu tiên có bảng)"))
    p.add_argument("--indicator", default="vsi_new", metavar="CODE", help=_("mã chỉ tiêu (mặc định vsi_new)"))
    p.add_argument("--period-dates", nargs=3, action="append", default=[], metavar=("NAME", "START", "END"),
                   help=_("ngày bắt đầu và kết thúc của một đợt mới (thay ngày theo tiêu đề cột); lặp lại cho "
                          "từng đợt"))
    p.add_argument("--dry-run", action="store_true", help=_("kiểm tra bảng và báo cáo, không ghi gì"))
    p.add_argument("--json", action="store_true",
                   help=_("in {\"units\", \"periods\", \"written\", \"errors\": [{\"cell\", \"message\"}], "
                          "\"period_dates\": {đợt mới: {\"start\", \"end\"}}}"))
    p.set_defaults(func=cmd_import_targets)

    p = groups["export"].add_parser("targets", help=_("xuất bảng chỉ tiêu của kế hoạch ra tệp Excel (mẫu Phụ lục 01)"))
    p.add_argument("--plan", required=True, metavar="NUMBER", help=_("số kế hoạch, ví dụ 25/KH-BHXH"))
    p.add_argument("--out", required=True, metavar="FILE", help=_("tệp .xlsx cần ghi"))
    p.add_argument("--indicator", default="vsi_new", metavar="CODE", help=_("mã chỉ tiêu (mặc định vsi_new)"))
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
        print(_("Chưa có kế hoạch nào."))
    for p in plans:
        print(ngettext("{number}  {title}  ({start} – {end})  {n} đợt: {periods}",
                       "{number}  {title}  ({start} – {end})  {n} đợt: {periods}", len(p["periods"]),
                number=p["number"], title=p["title"], start=formatting.date(p["start_date"]) or "…",
                end=formatting.date(p["end_date"]) or "…",
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
    print(_("Kế hoạch {number}: đã đăng ký / chỉ tiêu theo xã và kỳ ({periods}), cộng, tỉ lệ",
            number=plan["number"], periods=", ".join(p["name"] for p in periods)))
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
        given = {name: (start, end) for name, start, end in args.period_dates}
        result = import_targets(ws, args.file, plan["id"], layout, indicator_code=args.indicator,
                                dry_run=args.dry_run, period_dates=given)
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
        if len(lines) == 1:
            print(_("Không ghi gì: {first}", first=lines[0]), file=sys.stderr)
        else:
            print(ngettext("Không ghi gì: {n} lỗi, lỗi đầu tiên {first}", "Không ghi gì: {n} lỗi, lỗi đầu tiên {first}",
                           len(lines), first=lines[0]), file=sys.stderr)
        return 1
    if args.dry_run:
        print(ngettext("Chạy thử: {n} đơn vị, đợt: {periods}; chưa ghi gì.",
                       "Chạy thử: {n} đơn vị, đợt: {periods}; chưa ghi gì.", result.units, periods=periods))
    else:
        print(ngettext("{n} đơn vị, đợt: {periods}; đã ghi {written} số liệu.",
                       "{n} đơn vị, đợt: {periods}; đã ghi {written} số liệu.", result.units, periods=periods,
                       written=result.written))
    print_period_dates(result)
    return 0


def print_period_dates(result) -> None:
    """One line per new period: its dates, or that it has none and so counts no registration yet."""
    from core import formatting
    for name in result.created_periods:
        start, end = result.period_dates.get(name, (None, None))
        if start and end:
            print(_("Đợt mới “{name}”: từ {start} đến {end}.", name=name, start=formatting.date(start),
                    end=formatting.date(end)))
        elif name in result.period_notes:
            print(_("Đợt mới “{name}”: chưa có ngày ({reason}); chưa đăng ký nào được tính cho đợt này cho đến khi "
                    "có ngày.", name=name, reason=result.period_notes[name]))
        else:
            print(_("Đợt mới “{name}”: chưa có ngày; chưa đăng ký nào được tính cho đợt này cho đến khi có ngày.",
                    name=name))


def cmd_export_targets(args, ws) -> int:
    from core.targets_export import export_targets
    plan = ws.plans.find(args.plan)
    path = export_targets(ws, plan["id"], args.out, indicator_code=args.indicator)  # refuses an unwritable --out
    print(_("Đã xuất chỉ tiêu kế hoạch {number} ra {path}.", number=plan["number"], path=path))
    return 0
