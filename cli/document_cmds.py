"""CLI for printed documents: `invitations` (Decree 30 invitations with QR codes) and `signin-sheet`."""
from __future__ import annotations

import sys

from cli import number
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


def cmd_invitations(args, ws) -> int:
    from core.documents import invitations
    printed = invitations.print_batch(ws, args.conference_id, args.out, args.per_page, args.person, args.number)
    for warning in printed.warnings:
        print(warning, file=sys.stderr)
    print(invitations.describe(printed))
    return 0


def cmd_signin(args, ws) -> int:
    from core.documents import signin
    sheet = signin.print_sheet(ws, args.conference_id, args.out)
    print(signin.describe(sheet))
    return 0
