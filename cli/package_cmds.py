"""CLI for sync packages: `package export` (core.sync.export) and `package import` (core.sync.merge)."""
from __future__ import annotations

from core.i18n import _, ngettext


def register(sub, groups) -> None:
    package = sub.add_parser("package", help=_("gói dữ liệu đồng bộ giữa các đơn vị (export, import)")).add_subparsers(
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
    register_import(package)


def cmd_export(args, ws) -> int:
    import sys
    from cli import print_json
    from core import formatting
    from core.sync.export import export_package
    sent = export_package(ws, args.to, args.out, full=args.full, since=args.since, only=args.only)
    if args.json:
        print_json(sent.to_json())
    else:
        print(_("Đã ghi gói số {sequence} cho {to} ({mode}, {n} bản ghi) ra {path}. Dấu vân tay người gửi: "
                "{fingerprint}", sequence=sent.sequence, to=sent.recipient, mode=sent.mode,
                n=formatting.number(sum(sent.counts.values())), path=args.out, fingerprint=sent.fingerprint))
    print(_("Gói có dữ liệu cá nhân (Nghị định 13/2023/NĐ-CP): chỉ gửi cho đơn vị {to}.", to=sent.recipient),
          file=sys.stderr)
    return 0


def register_import(package) -> None:
    p = package.add_parser("import", help=_("nhập gói dữ liệu của đơn vị khác: kiểm tra chữ ký và nội dung, sao lưu, "
                                            "rồi gộp trong một lần"))
    p.add_argument("file", metavar="FILE", help=_("tệp gói .xlsx"))
    p.add_argument("--dry-run", action="store_true", help=_("chỉ kiểm tra và đếm, không ghi gì"))
    p.add_argument("--json", action="store_true",
                   help=_('in {"status", "reason", "created", "updated", "deleted", "conflicts"}'))
    p.set_defaults(func=cmd_import)


def cmd_import(args, ws) -> int:
    import sys
    from cli import print_json
    from core import formatting
    from core.sync.merge import REFUSED, import_package
    result = import_package(ws, args.file, dry_run=args.dry_run)
    if args.json:
        print_json(result.to_json())
    elif result.status == REFUSED:
        print(_("Không nhập: {reason}", reason=result.reason), file=sys.stderr)
    elif result.reason:
        print(result.reason)
    else:
        print(_("{what} gói của {sender}: {created} bản ghi mới, {updated} cập nhật, {deleted} xoá, {conflicts} xung "
                "đột.", what=_("Chạy thử") if args.dry_run else _("Đã nhập"), sender=result.sender,
                created=formatting.number(result.created), updated=formatting.number(result.updated),
                deleted=formatting.number(result.deleted), conflicts=formatting.number(result.conflicts)))
    if result.held:
        print(ngettext("{n} bản ghi được giữ lại vì đơn vị này chưa có bản ghi cha của chúng; chúng được gộp khi một "
                       "gói sau mang bản ghi cha đến.", "{n} bản ghi được giữ lại vì đơn vị này chưa có bản ghi cha của "
                       "chúng; chúng được gộp khi một gói sau mang bản ghi cha đến.", result.held), file=sys.stderr)
    return 1 if result.status == REFUSED else 0
