"""CLI for reports: `report weekly` (the weekly report file the province expects), `report period` (the results
of a wave or period) and `figures import` (daily figures from the official collection software)."""
from __future__ import annotations

from core.i18n import _, ngettext


def register(sub, groups) -> None:
    report = sub.add_parser("report", help=_("lập báo cáo (weekly: báo cáo tuần; period: báo cáo kết quả "
                                             "đợt/giai đoạn)")).add_subparsers(dest="what", metavar="WHAT",
                                                                              required=True)
    p = report.add_parser("weekly", help=_("báo cáo tuần: người tham gia mới theo xã, so với chỉ tiêu"))
    p.add_argument("--week", required=True, metavar="YYYY-Www",
                   help=_("tuần theo ISO, ví dụ 2025-W45 (thứ Hai đến Chủ nhật)"))
    p.add_argument("--out", required=True, metavar="FILE.xlsx", help=_("tệp .xlsx cần ghi"))
    p.add_argument("--pdf", metavar="FILE.pdf", help=_("ghi thêm bản PDF (báo cáo và phụ lục)"))
    _office_option(p)
    p.add_argument("--json", action="store_true", help=_("in số liệu dạng JSON"))
    p.set_defaults(func=cmd_weekly)
    p = report.add_parser("period", help=_("báo cáo kết quả một đợt/giai đoạn của kế hoạch: theo xã so với chỉ tiêu, "
                                           "hội nghị, lễ ra quân, đơn vị đạt đủ chỉ tiêu, Phụ lục 01 kèm số thực "
                                           "hiện"))
    p.add_argument("--plan", required=True, metavar="NUMBER", help=_("số kế hoạch, ví dụ 25/KH-BHXH"))
    p.add_argument("--period", required=True, metavar="NAME",
                   help=_("tên đợt/giai đoạn, ví dụ “Tháng 11” hoặc “Đợt 1”"))
    p.add_argument("--out", required=True, metavar="FILE.xlsx", help=_("tệp .xlsx cần ghi"))
    _office_option(p)
    p.add_argument("--json", action="store_true", help=_("in số liệu dạng JSON"))
    p.set_defaults(func=cmd_period)

    figures = sub.add_parser("figures", help=_("số liệu hằng ngày theo xã (import: nhập từ Excel)")).add_subparsers(
        dest="what", metavar="WHAT", required=True)
    p = figures.add_parser("import", help=_("nhập số người tham gia mới theo xã, ngày và chỉ tiêu từ Excel (cột Xã, "
                                            "Ngày, Chỉ tiêu, Số người)"))
    p.add_argument("file", metavar="FILE", help=_("tệp Excel (.xlsx, .xls, .ods)"))
    p.add_argument("--dry-run", action="store_true", help=_("chỉ kiểm tra và đếm, không ghi gì"))
    p.add_argument("--column", action="append", default=[], metavar="TÊN=CỘT",
                   help=_("tên cột trong tệp của phần mềm và cột của ứng dụng nó ứng với, ví dụ “Đơn vị=Xã”, “Ngày "
                          "thu=Ngày”, “Loại=Chỉ tiêu”, “Số lượng=Số người” (lặp lại cho từng cột; ứng dụng nhớ cho "
                          "những lần nhập sau)"))
    p.add_argument("--json", action="store_true", help=_('in {"rows", "written", "errors": [{"row", "message"}]}'))
    p.set_defaults(func=cmd_figures_import)


def _office_option(p) -> None:
    p.add_argument("--office", metavar="OFFICE_CODE",
                   help=_("chỉ tính số liệu do đơn vị này lập (mã đơn vị hoặc UUID của nó; mặc định: mọi số liệu cơ "
                          "sở dữ liệu có, kể cả của các đơn vị đã gửi gói)"))


def _office(ws, args):
    from core.reports import scope
    office = scope.find(ws, args.office) if args.office else None
    if office and not args.json:
        print(_("Chỉ tính số liệu do {office} lập.", office=office.label))
    return office


def cmd_figures_import(args, ws) -> int:
    import sys
    from cli import print_json
    from core.reports.figures import import_figures
    result = import_figures(ws, args.file, dry_run=args.dry_run, columns=_columns(args.column))
    if args.json:
        print_json(result.to_json())
        return 1 if result.errors else 0
    if result.errors:
        for row, message in result.errors:
            print(_("  dòng {row}: {reason}", row=row, reason=message))
        print(ngettext("Không ghi gì: {n} dòng bị từ chối (dòng đầu tiên: {first}).",
                       "Không ghi gì: {n} dòng bị từ chối (dòng đầu tiên: {first}).", len(result.errors),
                       first=result.errors[0][0]), file=sys.stderr)
        return 1
    if args.dry_run:
        print(ngettext("Chạy thử: {n} dòng hợp lệ; chưa ghi gì.", "Chạy thử: {n} dòng hợp lệ; chưa ghi gì.",
                       result.rows))
    else:
        print(ngettext("Đã ghi {n} số liệu hằng ngày.", "Đã ghi {n} số liệu hằng ngày.", result.written))
    return 0


def _columns(pairs: list[str]) -> dict[str, str]:
    """['Đơn vị=Xã', …] -> {'commune': 'Đơn vị', …}: the app's column after the last '=', named as the template
    names it (tone marks and case ignored)."""
    from core.errors import UserError
    from core.reports.figures import FIELDS
    from core.text import fold
    ours = {fold(name): key for key, name in FIELDS.items()}
    out = {}
    for pair in pairs:
        text, _eq, column = pair.rpartition("=")
        if not _eq or fold(column) not in ours:
            raise UserError(_("--column “{pair}”: viết TÊN CỘT TRONG TỆP=CỘT, với CỘT là Xã, Ngày, Chỉ tiêu hoặc Số người.",
                              pair=pair), field="column")
        out[ours[fold(column)]] = text
    return out


def cmd_weekly(args, ws) -> int:
    from cli import print_json
    from core import formatting
    from core.documents import files
    from core.reports import model, weekly_pdf, weekly_workbook
    report = model.weekly(ws, args.week, office=_office(ws, args))
    symbol = ws.setting("document_symbol") or "BHXH"
    with files.written(args.out) as drawing:
        weekly_workbook.write(report, ws.office or {}, drawing, symbol)
    if args.pdf:
        with files.written(args.pdf) as drawing:
            weekly_pdf.write(report, ws.office or {}, drawing, symbol)
    if args.json:
        print_json(report.to_json())
    else:
        total = report.total
        print(_("Báo cáo tuần {week} ({start} – {end}) ra {path}: BHXH tự nguyện {vsi} người mới, lũy kế {vsi_cum}; "
                "BHYT hộ gia đình {hhi} người mới, lũy kế {hhi_cum}.", week=report.week,
                start=formatting.date(report.day_from), end=formatting.date(report.day_to), path=args.out,
                vsi=total["vsi"]["week"], vsi_cum=total["vsi"]["cumulative"], hhi=total["hhi"]["week"],
                hhi_cum=total["hhi"]["cumulative"]))
    return 0


def cmd_period(args, ws) -> int:
    from cli import print_json
    from core import formatting
    from core.reports import period_workbook
    report = period_workbook.save(ws, args.plan, args.period, args.out, _office(ws, args))
    if args.json:
        print_json(report.to_json())
        return 0
    total = report.total
    print(ngettext("{period} (Kế hoạch số {plan}, {start} – {end}) ra {path}: BHXH tự nguyện {vsi}/{vsi_target} "
                   "người ({vsi_percent}), BHYT hộ gia đình {hhi}/{hhi_target} người ({hhi_percent}); {held} hội nghị "
                   "đã tổ chức; {n} đơn vị đạt 100% chỉ tiêu.",
                   "{period} (Kế hoạch số {plan}, {start} – {end}) ra {path}: BHXH tự nguyện {vsi}/{vsi_target} "
                   "người ({vsi_percent}), BHYT hộ gia đình {hhi}/{hhi_target} người ({hhi_percent}); {held} hội nghị "
                   "đã tổ chức; {n} đơn vị đạt 100% chỉ tiêu.", len(report.reached),
                   period=report.period["name"], plan=report.plan["number"], start=formatting.date(report.day_from),
                   end=formatting.date(report.day_to), path=args.out,
                   vsi=formatting.number(total["vsi"]["actual"]), vsi_target=formatting.number(total["vsi"]["target"]),
                   vsi_percent=formatting.percent(total["vsi"]["percent"] / 100),
                   hhi=formatting.number(total["hhi"]["actual"]), hhi_target=formatting.number(total["hhi"]["target"]),
                   hhi_percent=formatting.percent(total["hhi"]["percent"] / 100), held=total["conferences_held"]))
    return 0
