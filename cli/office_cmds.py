"""CLI: `init` (name the office and pick its communes) and `demo` (create the demo office)."""
from __future__ import annotations


from core.i18n import Messages

M = Messages({
    "created": ("Đã tạo đơn vị {name} ({code}) với {n} xã/phường trong {path}.",
                "Created the office {name} ({code}) with {n} communes in {path}."),
    "demo": ("Đã tạo đơn vị mẫu {name} trong {path}.", "Created the demo office {name} in {path}."),
})


def register(sub, groups) -> None:
    p = sub.add_parser("init", help="create the office: code, name, province and communes from the 2025 list")
    p.add_argument("--office-code", required=True, help="the office's code, e.g. SH (letters, digits, dashes)")
    p.add_argument("--office-name", required=True, help="e.g. 'BHXH cơ sở Sơn Hà'")
    p.add_argument("--province", required=True, help="province name as in the 2025 list, e.g. 'Quảng Ngãi'")
    p.add_argument("--commune", action="append", default=[], metavar="NAME",
                   help="a commune the office covers (repeat); 'Xã' may be left out, tone marks count")
    p.add_argument("--parent-office", default="", help="the parent office, e.g. 'BHXH tỉnh Quảng Ngãi'")
    p.add_argument("--address", default="")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.set_defaults(func=cmd_init, creates_db=True)

    p = sub.add_parser("demo", help="create the demo office BHXH cơ sở Sơn Hà (refuses an existing database)")
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
        print(M("created", name=office["name"], code=office["code"], n=n, path=ws.path))
    return 0


def cmd_demo(args, _ws) -> int:
    from cli import db_path
    from core.demo import create_demo
    path = db_path(args)
    ws = create_demo(path)  # refuses a file that already holds data
    try:
        print(M("demo", name=ws.office["name"], path=path))
    finally:
        ws.close()
    return 0
