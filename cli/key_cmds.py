"""CLI for the office's signing key and the offices it trusts: `keys show`, `keys export`, `keys import`,
`keys trust` (core.keys)."""
from __future__ import annotations

from core.i18n import _


def register(sub, groups) -> None:
    keys = sub.add_parser("keys", help=_("khóa ký gói dữ liệu của đơn vị và các đơn vị tin cậy (show, export, import, "
                                         "trust)")).add_subparsers(dest="what", metavar="WHAT", required=True)
    p = keys.add_parser("show", help=_("mã, tên và dấu vân tay khóa của đơn vị"))
    p.add_argument("--json", action="store_true", help=_('in {"code", "name", "fingerprint"}'))
    p.set_defaults(func=cmd_show)
    p = keys.add_parser("export", help=_("ghi tệp khóa công khai để gửi cho đơn vị nhận gói (--private: sao lưu khóa "
                                         "bí mật để chuyển sang máy mới)"))
    p.add_argument("--out", required=True, metavar="FILE", help=_("tệp cần ghi"))
    p.add_argument("--private", action="store_true",
                   help=_("ghi khóa bí mật (giữ tệp này như con dấu, không gửi cho ai)"))
    p.set_defaults(func=cmd_export)
    p = keys.add_parser("import", help=_("nhập khóa bí mật đã sao lưu từ máy cũ của đơn vị"))
    p.add_argument("file", metavar="FILE", help=_("tệp khóa bí mật"))
    p.set_defaults(func=cmd_import)
    p = keys.add_parser("trust", help=_("tin cậy đơn vị có tệp khóa công khai này (in dấu vân tay để đối chiếu)"))
    p.add_argument("file", metavar="FILE", help=_("tệp khóa công khai của đơn vị kia"))
    p.set_defaults(func=cmd_trust)


def cmd_show(args, ws) -> int:
    from cli import print_json
    from core import keys
    key = keys.own(ws)
    if args.json:
        print_json(key.to_json())
    else:
        print(_("{code} — {name}\nDấu vân tay: {fingerprint}", code=key.code, name=key.name,
                fingerprint=key.fingerprint))
    return 0


def cmd_export(args, ws) -> int:
    import sys
    from core import keys
    if args.private:
        key = keys.export_private(ws, args.out)
        print(_("Đã sao lưu khóa bí mật của {code} ra {path}.", code=key.code, path=args.out))
        print(_("Giữ tệp này như con dấu: ai có nó ký được gói dữ liệu thay đơn vị. Không gửi qua thư điện tử."),
              file=sys.stderr)
    else:
        key = keys.export_public(ws, args.out)
        print(_("Đã ghi khóa công khai của {code} ra {path}. Dấu vân tay: {fingerprint}", code=key.code,
                path=args.out, fingerprint=key.fingerprint))
    return 0


def cmd_import(args, ws) -> int:
    from core import keys
    key = keys.import_private(ws, args.file)
    print(_("Đã nhập khóa bí mật của {code}. Dấu vân tay: {fingerprint}", code=key.code, fingerprint=key.fingerprint))
    return 0


def cmd_trust(args, ws) -> int:
    from core import keys
    key, new = keys.trust(ws, args.file)
    print(_("Đã tin cậy {code} — {name}. Dấu vân tay: {fingerprint}", code=key.code, name=key.name,
            fingerprint=key.fingerprint) if new else
          _("{code} — {name} đã được tin cậy. Dấu vân tay: {fingerprint}", code=key.code, name=key.name,
            fingerprint=key.fingerprint))
    return 0
