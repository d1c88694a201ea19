"""The office profile and its units: province -> (district) -> commune -> village, plus custom units.

Names are matched with tone marks (Sơn Hà is not Sơn Hạ) but without case and without the type word
('Xã', 'Huyện', 'TP.' …), because tables from the province often drop or abbreviate it.
"""
from __future__ import annotations

import re

from core import provinces as official
from core.changes import Added, Changes
from core.errors import UserError
from core.i18n import Messages, N_, _
from core.text import clean, fold
from core.workspace import under_write_lock
from storage import records
from storage.identity import unit_uuid

M = Messages({
    "field.code": N_("Mã đơn vị"),
    "field.name": N_("Tên đơn vị"),
    "field.province": N_("Tỉnh/thành phố"),
    "field.unit_name": N_("Tên địa bàn"),
})
KINDS = ("province", "district", "commune", "village", "custom")
_PREFIX = re.compile(
    r"^(xã|phường|thị trấn|đặc khu|huyện|quận|thị xã|thành phố|tỉnh|tp\.?|tx\.?|h\.|x\.|p\.|tt\.?|thôn|xóm|tổ dân phố|tdp|ấp|bản|làng)\s+",
    re.IGNORECASE)
_CODE = re.compile(r"^[A-Za-z0-9-]{1,20}$")


_TYPE_SYNONYMS = {"tp": "thành phố", "tp.": "thành phố", "tx": "thị xã", "tx.": "thị xã", "h.": "huyện", "x.": "xã",
                  "p.": "phường", "tt": "thị trấn", "tt.": "thị trấn", "tdp": "tổ dân phố"}


def type_word(name: str) -> str | None:
    """The unit type a name begins with ('Huyện Lục Nam' -> 'huyện', 'TP. Bắc Giang' -> 'thành phố'), or None."""
    found = _PREFIX.match(clean(name).lower())
    if not found:
        return None
    word = found.group(1)
    return _TYPE_SYNONYMS.get(word, word)


def starts_with_unit_word(text: str) -> bool:
    """'Thôn Bà Nà', 'XÃ SƠN HÀ', 'Tổ dân phố 3': the text begins with a unit type word."""
    return bool(_PREFIX.match(clean(text)))


def unit_key(name: str) -> str:
    """Comparison key for unit names: NFC, lower case, no type word; tone marks kept."""
    text = clean(name).lower()
    while True:
        stripped = _PREFIX.sub("", text, count=1)
        if stripped == text or not stripped:
            return text
        text = stripped


def office_code_problem(code) -> str:
    """Why an office code is refused ('' when it is fine): the first-run form asks as the clerk types."""
    code = clean(code)
    if not code:
        return _("Trường “{field}” không được để trống.", field=_("Mã đơn vị"))
    return "" if _CODE.match(code) else _("Mã đơn vị chỉ gồm chữ không dấu, chữ số và dấu gạch ngang (tối đa 20 ký "
                                          "tự).")


def _require(value: str, field_key: str) -> str:
    value = clean(value)
    if not value:
        raise UserError(_("Trường “{field}” không được để trống.",
                          field=M(field_key)), field=field_key.split(".", 1)[1])
    return value


def near_names_hint(name: str, candidates: list[str]) -> str:
    """' Có phải: Xã Sơn Hà, Xã Sơn Hạ?' — the names that match once tone marks are ignored."""
    near = [c for c in candidates if fold(unit_key(c)) == fold(unit_key(name))]
    return _(" Có phải: {names}?", names=", ".join(near)) if near else ""


def find_province(name: str) -> dict:
    key = unit_key(name)
    for p in official.provinces():
        if unit_key(p["name"]) == key:
            return p
    raise UserError(_("Không tìm thấy tỉnh/thành phố “{name}” trong danh mục 2025.{hint}",
                      name=clean(name), hint=near_names_hint(name, [p["name"] for p in official.provinces()])),
                    field="province")


def find_official_commune(province: dict, name: str) -> dict:
    key = unit_key(name)
    candidates = official.communes(province["code"])
    matches = [c for c in candidates if unit_key(c["name"]) == key]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise UserError(_("Không tìm thấy xã/phường “{name}” thuộc {province}.{hint}",
                          name=clean(name), province=province["name"],
                          hint=near_names_hint(name, [c["name"] for c in candidates])), field="commune")
    exact = [c for c in matches if clean(c["name"]).lower() == clean(name).lower()]
    if len(exact) == 1:
        return exact[0]
    raise UserError(_("Tên “{name}” trùng với nhiều địa bàn: {names}.",
                      name=clean(name), names=", ".join(c["name"] for c in matches)), field="commune")


class Units:
    def __init__(self, ws):
        self.ws = ws

    # --- office -----------------------------------------------------------------------------------
    def require_office(self) -> dict:
        office = self.ws.office
        if office is None:
            raise UserError(_("Chưa khai báo đơn vị. Hãy chạy “init” hoặc mở ứng dụng để khai báo."))
        return office

    @under_write_lock
    def init_office(self, *, code: str, name: str, province: str, communes: list[str] = (), parent_name: str = "",
                    address: str = "", place_name: str = "", signer_authority: str = "", signer_title: str = "",
                    signer_name: str = "") -> Changes:
        """Create the office, its province and the chosen communes from the official list, and seed config."""
        if self.ws.office:
            raise UserError(_("Cơ sở dữ liệu này đã có đơn vị “{name}”.", name=self.ws.office["name"]))
        if problem := office_code_problem(code):
            raise UserError(problem, field="code")
        code = clean(code)
        name = _require(name, "field.name")
        prov = find_province(_require(province, "field.province"))
        chosen = [find_official_commune(prov, c) for c in communes]
        with self.ws.transaction():
            records.create_office(self.ws.db, {
                "code": code, "name": name, "parent_name": clean(parent_name), "address": clean(address),
                "province_code": prov["code"], "province_name": prov["name"], "place_name": clean(place_name),
                "signer_authority": clean(signer_authority), "signer_title": clean(signer_title),
                "signer_name": clean(signer_name)}, actor=self.ws.actor)
            self.ws._origin = ""  # the office's UUID is the origin from now on
            province_id = self.insert_unit("province", prov["name"], None, prov["code"])
            seen = set()
            for order, c in enumerate(chosen):
                if c["code"] not in seen:
                    seen.add(c["code"])
                    self.insert_unit("commune", c["name"], province_id, c["code"], order)
            self.ws.config.seed()
        from core import keys
        try:
            keys.create(self.ws)   # the office's signing key, beside its database
        except UserError as exc:   # an unwritable folder: the office stands; its key is made on first use
            from core.logs import log_exception
            log_exception("keys", exc)
        return Changes.everything()

    def update_office(self, **values) -> Changes:
        self.require_office()
        allowed = {"name", "parent_name", "address", "place_name", "signer_authority", "signer_title", "signer_name"}
        clean_values = {k: clean(v) for k, v in values.items() if k in allowed}
        if "name" in clean_values:
            _require(clean_values["name"], "field.name")
        with self.ws.transaction():
            self.ws.update("office", 1, {**clean_values, "updated_at": records.now()})
        return Changes.of("office")

    # --- units ------------------------------------------------------------------------------------
    def insert_unit(self, kind: str, name: str, parent_id: int | None, official_code: int | None = None,
                    sort_order: int = 0) -> int:
        """Write one unit inside the caller's transaction (no checks: callers check). An official unit has the
        same UUID in every office; one deleted here before comes back to life rather than being made twice."""
        uuid = unit_uuid(kind, official_code)
        values = {"kind": kind, "name": name, "name_folded": fold(name), "official_code": official_code,
                  "parent_id": parent_id, "sort_order": sort_order}
        old = self.ws.query("SELECT id FROM units WHERE uuid = ?", [uuid])
        if old:
            self.ws.update("units", old[0]["id"], {**values, "deleted": 0})
            return old[0]["id"]
        return self.ws.insert("units", {"uuid": uuid, **values})

    def get(self, unit_id: int) -> dict | None:
        return self.ws.get("units", unit_id)

    def province(self) -> dict | None:
        rows = self.ws.query("SELECT * FROM units WHERE kind = 'province' AND parent_id IS NULL AND deleted = 0"
                             " ORDER BY id LIMIT 1")
        return rows[0] if rows else None

    def list(self, kind: str | None = None, parent_id: int | None = None) -> list[dict]:
        sql, params = "SELECT * FROM units WHERE deleted = 0", []
        if kind:
            sql += " AND kind = ?"
            params.append(kind)
        if parent_id is not None:
            sql += " AND parent_id = ?"
            params.append(parent_id)
        return self.ws.query(sql + " ORDER BY sort_order, name", params)

    def communes(self) -> list[dict]:
        return self.list("commune")

    def villages(self, commune_id: int) -> list[dict]:
        return self.list("village", commune_id)

    def children(self, parent_id: int) -> list[dict]:
        return self.list(parent_id=parent_id)

    def tree(self) -> list[dict]:
        """All units in depth-first order, each with a 'depth' (for the unit tree and indented tables)."""
        rows = self.ws.query("SELECT * FROM units WHERE deleted = 0 ORDER BY sort_order, name")
        by_parent: dict = {}
        for r in rows:
            by_parent.setdefault(r["parent_id"], []).append(r)
        out: list[dict] = []

        def walk(parent, depth):
            for r in by_parent.get(parent, []):
                out.append({**r, "depth": depth})
                walk(r["id"], depth + 1)
        walk(None, 0)
        return out

    def find(self, name: str, kinds: tuple[str, ...] = ("commune",), parent_id: int | None = None) -> dict:
        """The one unit of these kinds whose name matches (tone marks count); raises UserError otherwise."""
        matches = self.match(name, kinds, parent_id)
        if len(matches) == 1:
            return matches[0]
        if not matches:
            raise UserError(_("Không tìm thấy địa bàn “{name}”.", name=clean(name)))
        raise UserError(_("Tên “{name}” trùng với nhiều địa bàn: {names}.",
                          name=clean(name), names=", ".join(m["name"] for m in matches)))

    def match(self, name: str, kinds: tuple[str, ...] = ("commune",), parent_id: int | None = None) -> list[dict]:
        return self.matcher(kinds, parent_id)(name)

    def matcher(self, kinds: tuple[str, ...] = ("commune",), parent_id: int | None = None):
        """A function name -> matching units, reading the units once (for imports that match many names)."""
        by_key: dict[str, list[dict]] = {}
        for u in self.ws.query(f"SELECT * FROM units WHERE deleted = 0 AND kind IN ({','.join('?' * len(kinds))})",
                               list(kinds)):
            if parent_id is None or u["parent_id"] == parent_id:
                by_key.setdefault(unit_key(u["name"]), []).append(u)

        def match(name: str) -> list[dict]:
            written = type_word(name)  # 'Huyện Sơn Hà' is not 'Xã Sơn Hà'; 'Sơn Hà' may be either
            matches = [u for u in by_key.get(unit_key(name), [])
                       if written is None or type_word(u["name"]) in (None, written)]
            if len(matches) > 1:  # 'Huyện Sơn Động' and 'Xã Sơn Động': the full written name decides
                exact = [u for u in matches if clean(u["name"]).lower() == clean(name).lower()]
                return exact or list(matches)
            return list(matches)
        return match

    def add(self, kind: str, name: str, parent_id: int | None, official_code: int | None = None) -> Added:
        """Add a district, commune, village or custom unit. Villages must sit under a commune."""
        if kind not in KINDS:
            raise ValueError(kind)
        name = _require(name, "field.unit_name")
        parent = self.get(parent_id) if parent_id else None
        if kind == "village" and (parent is None or parent["kind"] != "commune"):
            raise UserError(_("Thôn/tổ dân phố phải thuộc một xã/phường."), field="parent")
        siblings = self.list(parent_id=parent_id) if parent_id else self.list()
        if any(unit_key(s["name"]) == unit_key(name) and s["kind"] == kind for s in siblings):
            raise UserError(_("“{parent}” đã có “{name}”.",
                              parent=parent["name"] if parent else "", name=name), field="name")
        with self.ws.transaction():
            unit_id = self.insert_unit(kind, name, parent_id, official_code, len(siblings))
        return Added(unit_id, Changes.of("units"))

    def add_village(self, commune_id: int, name: str) -> Added:
        return self.add("village", name, commune_id)

    def add_official_commune(self, name: str, parent_id: int | None = None) -> Added:
        office = self.require_office()
        prov = {"code": office["province_code"], "name": office["province_name"]}
        commune = find_official_commune(prov, name)
        root = self.province()
        return self.add("commune", commune["name"], parent_id or (root["id"] if root else None), commune["code"])

    def rename(self, unit_id: int, name: str) -> Changes:
        name = _require(name, "field.unit_name")
        with self.ws.transaction():
            self.ws.update("units", unit_id, {"name": name, "name_folded": fold(name)})
        return Changes.of("units")

    def delete(self, unit_id: int) -> Changes:
        unit = self.get(unit_id)
        uses = {
            "units": "SELECT count(*) c FROM units WHERE parent_id = ? AND deleted = 0",
            "targets": "SELECT count(*) c FROM targets WHERE unit_id = ? AND deleted = 0",
            "conferences": "SELECT count(*) c FROM conferences WHERE (commune_id = ?1 OR village_id = ?1) AND deleted = 0",
        }
        for what, sql in uses.items():
            if self.ws.query(sql, [unit_id])[0]["c"]:
                raise UserError(_("Không xoá được “{name}”: còn {what} gắn với địa bàn này.",
                                  name=unit["name"], what=what))
        with self.ws.transaction():
            self.ws.delete("units", unit_id)
        return Changes.of("units")
