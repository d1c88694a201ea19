"""CLI for reports: `report weekly` (the weekly report file the province expects)."""
from __future__ import annotations

from core.i18n import _


def register(sub, groups) -> None:
    report = sub.add_parser("report", help=_("lập báo cáo (weekly: báo cáo tuần)")).add_subparsers(
        dest="what", metavar="WHAT", required=True)
    p = report.add_parser("weekly", help=_("báo cáo tuần: người tham gia mới theo xã, so với chỉ tiêu"))
    p.add_argument("--week", required=True, metavar="YYYY-Www",
                   help=_("tuần theo ISO, ví dụ 2025-W45 (thứ Hai đến Chủ nhật)"))
    p.add_argument("--out", required=True, metavar="FILE.xlsx", help=_("tệp .xlsx cần ghi"))
    p.add_argument("--json", action="store_true", help=_("in số liệu dạng JSON"))
    p.set_defaults(func=cmd_weekly)


def cmd_weekly(args, ws) -> int:
    from cli import print_json
    from core import formatting
    from core.documents import files
    from core.reports import model, weekly_workbook
    report = model.weekly(ws, args.week)
    with files.written(args.out) as drawing:
        weekly_workbook.write(report, ws.office or {}, drawing, ws.setting("document_symbol") or "BHXH")
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
