"""CLI: `init` (name the office and pick its communes) and `demo` (create the demo office)."""
from __future__ import annotations

from core.i18n import _, ngettext


def register(sub, groups) -> None:
    p = sub.add_parser("init", help=_("tạo đơn vị: mã, tên, tỉnh và các xã theo danh mục năm 2025"))
    p.add_argument("--office-code", required=True, help=_("mã đơn vị, ví dụ SH (chữ, số, gạch nối)"))
    p.add_argument("--office-name", required=True, help=_("ví dụ 'BHXH cơ sở Sơn Hà'"))
    p.add_argument("--province", required=True, help=_("tên tỉnh theo danh mục năm 2025, ví dụ 'Quảng Ngãi'"))
    p.add_argument("--commune", action="append", default=[], metavar="NAME",
                   help=_("một xã đơn vị phụ trách (lặp lại cho nhiều xã); có thể bỏ chữ 'Xã', phải gõ đúng dấu"))
    p.add_argument("--parent-office", default="", help=_("cơ quan cấp trên, ví dụ 'BHXH tỉnh Quảng Ngãi'"))
    p.add_argument("--address", default="", help=_("địa chỉ của đơn vị"))
    p.add_argument("--json", action="store_true", help=_("in kết quả dạng JSON"))
    p.set_defaults(func=cmd_init, creates_db=True)

    p = sub.add_parser("demo", help=_("tạo đơn vị mẫu BHXH cơ sở Sơn Hà (không ghi đè tệp dữ liệu đã có)"))
    p.set_defaults(func=cmd_demo, no_workspace=True)


def cmd_init(args, ws) -> int:
    from cli import print_json
    ws.units.init_office(code=args.office_code, name=args.office_name, province=args.province,
                         communes=args.commune, parent_name=args.parent_office, address=args.address)
    office = ws.office
    n = len(ws.units.communes())
    if args.json:
        print_json({"code": office["code"], "name": office["name"], "province": office["province_name"],
                    "communes": [c["name"] for c in ws.units.communes()]})
    else:
        print(ngettext("Đã tạo đơn vị {name} ({code}) với {n} xã/phường trong {path}.",
                       "Đã tạo đơn vị {name} ({code}) với {n} xã/phường trong {path}.", n,
                name=office["name"], code=office["code"], path=ws.path))
    return 0


def cmd_demo(args, _ws) -> int:
    from cli import db_path
    from core.demo import create_demo
    path = db_path(args)
    ws = create_demo(path)  # refuses a file that already holds data
    try:
        print(_("Đã tạo đơn vị mẫu {name} trong {path}.", name=ws.office["name"], path=path))
    finally:
        ws.close()
    return 0
