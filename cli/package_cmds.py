"""CLI for sync packages: `package export` (core.sync.export). Importing comes with the merge (issue 11)."""
from __future__ import annotations

from core.i18n import _


def register(sub, groups) -> None:
    package = sub.add_parser("package", help=_("gói dữ liệu đồng bộ gửi đơn vị khác (export)")).add_subparsers(
        dest="what", metavar="WHAT", required=True)
    p = package.add_parser("export", help=_("ghi gói dữ liệu (.xlsx có ký số) cho một đơn vị"))
    p.add_argument("--to", required=True, metavar="OFFICE_CODE", help=_("mã đơn vị nhận"))
    p.add_argument("--out", required=True, metavar="FILE.xlsx", help=_("tệp .xlsx cần ghi"))
    when = p.add_mutually_exclusive_group()
    when.add_argument("--full", action="store_true",
                      help=_("gói toàn bộ (mặc định: các thay đổi từ gói cuối đơn vị nhận đã báo nhận; toàn bộ nếu "
                             "chưa có)"))
    when.add_argument("--since", metavar="DATE", help=_("các bản ghi cập nhật từ ngày này"))
    p.add_argument("--only", action="append", default=[], metavar="KIND",
                   help=_("chỉ gửi loại dữ liệu này (lặp lại được): units, targets, conferences, groups, people, "
                          "invitations, attendance, registrations, follow_ups, figures"))
    p.add_argument("--json", action="store_true", help=_("in kết quả dạng JSON"))
    p.set_defaults(func=cmd_export)


def cmd_export(args, ws) -> int:
    import sys
    from cli import print_json
    from core.sync.export import export_package
    sent = export_package(ws, args.to, args.out, full=args.full, since=args.since, only=args.only)
    if args.json:
        print_json(sent.to_json())
    else:
        print(_("Đã ghi gói số {sequence} cho {to} ({mode}, {n} bản ghi) ra {path}. Dấu vân tay người gửi: "
                "{fingerprint}", sequence=sent.sequence, to=sent.recipient, mode=sent.mode,
                n=sum(sent.counts.values()), path=args.out, fingerprint=sent.fingerprint))
    print(_("Gói có dữ liệu cá nhân (Nghị định 13/2023/NĐ-CP): chỉ gửi cho đơn vị {to}.", to=sent.recipient),
          file=sys.stderr)
    return 0
