"""CLI for printed documents: `invitations` (Decree 30 invitations with QR codes) and `signin-sheet`."""
from __future__ import annotations

import sys

from cli import number
from core.errors import UserError
from core.i18n import _


def register(sub, groups) -> None:
    p = sub.add_parser("invitations", help=_("in giấy mời của một hội nghị ra PDF (mỗi giấy mời có mã QR)"))
    p.add_argument("conference_id", metavar="CONFERENCE_ID", type=number(),
                   help=_("số hội nghị (xem lệnh conferences)"))
    p.add_argument("--out", required=True, metavar="FILE.pdf", help=_("tệp PDF cần ghi"))
    p.add_argument("--per-page", type=number(), choices=(1, 2), default=1,
                   help=_("số giấy mời mỗi trang A4: 1, hoặc 2 (hai nửa A5, có đường cắt); mặc định 1"))
    p.add_argument("--person", metavar="ID", type=number(), nargs="+", action="extend",
                   help=_("chỉ in cho những người này (số); mặc định: mọi người được mời"))
    p.add_argument("--number", metavar="N", type=number(),
                   help=_("số văn bản (mặc định: số tiếp theo trong năm; in lại giữ số đã cấp)"))
    p.set_defaults(func=cmd_invitations)

    p = sub.add_parser("signin-sheet", help=_("in danh sách đại biểu ký tên tham dự hội nghị ra PDF"))
    p.add_argument("conference_id", metavar="CONFERENCE_ID", type=number(),
                   help=_("số hội nghị (xem lệnh conferences)"))
    p.add_argument("--out", required=True, metavar="FILE.pdf", help=_("tệp PDF cần ghi"))
    p.set_defaults(func=cmd_signin)

    p = sub.add_parser("registrations", help=_("danh sách người đăng ký cho tổ chức dịch vụ thu (mẫu D05-TS, D03-TS)"))
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--conference", metavar="ID", type=number(), help=_("những người đăng ký tại hội nghị này"))
    which.add_argument("--from", dest="date_from", metavar="DATE", help=_("đăng ký từ ngày này (cùng --to)"))
    p.add_argument("--to", dest="date_to", metavar="DATE", help=_("đến hết ngày này"))
    p.add_argument("--agency", metavar="NAME", help=_("chỉ người của tổ chức dịch vụ thu này"))
    p.add_argument("--form", required=True, choices=("d05-ts", "d03-ts"),
                   help=_("d05-ts: BHXH tự nguyện; d03-ts: BHYT hộ gia đình"))
    p.add_argument("--out", required=True, metavar="FILE.xlsx", help=_("tệp .xlsx cần ghi"))
    p.add_argument("--pdf", metavar="FILE.pdf", help=_("ghi thêm bản PDF (phụ lục)"))
    p.add_argument("--json", action="store_true",
                   help=_('in {"rows", "amount_due", "state_support", "person_pays", "warnings"} (đồng)'))
    p.set_defaults(func=cmd_registrations)


def cmd_invitations(args, ws) -> int:
    from core.documents import invitations
    printed = invitations.print_batch(ws, args.conference_id, args.out, args.per_page, args.person, args.number)
    for warning in printed.warnings:
        print(warning, file=sys.stderr)
    print(invitations.describe(printed))
    return 0


def cmd_registrations(args, ws) -> int:
    from cli import print_json
    from core.documents import files, registration_lists, registration_pdf, registration_workbook
    if args.date_to and not args.date_from:
        raise UserError(_("--to đi cùng --from."), field="date_from")
    reg = registration_lists.gather(ws, args.form, args.conference, args.date_from, args.date_to, args.agency)
    office = ws.office or {}
    with files.written(args.out) as drawing:
        registration_workbook.write(reg, office, drawing)
    if args.pdf:
        with files.written(args.pdf) as drawing:
            registration_pdf.write(reg, office, drawing)
    if args.json:
        print_json(reg.to_json())
    else:
        for warning in reg.warnings[:20]:
            print(warning, file=sys.stderr)
        print(registration_lists.describe(reg, args.out))
    return 0


def cmd_signin(args, ws) -> int:
    from core.documents import signin
    sheet = signin.print_sheet(ws, args.conference_id, args.out)
    print(signin.describe(sheet))
    return 0
