"""Whose records a report counts (issue 11, item 6). An office that consolidates others' packages (a district
over its collection agencies, a province over its districts) holds records of many origins, each the UUID of the
office that created it. A report counts all of them (office None) or one office's: the registrations, daily
figures, conferences (and their attendance) and follow-ups that office created, against its own plan's targets,
over the communes it holds or counted in.

Offices are named from what this office knows: itself, then the senders of the packages it received (the
manifest's sender_origin, code and name; the latest package names them). An origin seen only in records another
office relayed shows as the start of its UUID.
"""
from __future__ import annotations

from dataclasses import dataclass

from core.errors import UserError
from core.i18n import _

# small tables whose origins name the offices present (the large ones, people and registrations, would need a scan)
_ORIGIN_TABLES = ("plans", "units", "conferences", "daily_figures", "groups")


@dataclass(frozen=True)
class Office:
    origin: str         # the office's UUID, as the records' origin column holds it
    code: str = ""
    name: str = ""
    own: bool = False

    @property
    def label(self) -> str:
        if self.code or self.name:
            return f"{self.name} ({self.code})" if self.name and self.code else self.name or self.code
        return _("Đơn vị {uuid}…", uuid=self.origin[:8])

    @property
    def in_report(self) -> str:
        """How a report file (always Vietnamese) names whose records it counts."""
        who = f"{self.name} ({self.code})" if self.name and self.code else self.name or self.code or \
            f"đơn vị {self.origin[:8]}…"
        return f"số liệu do {who} lập"

    def to_json(self) -> dict:
        return {"origin": self.origin, "code": self.code, "name": self.name}


def offices(ws) -> list[Office]:
    """The offices whose records this database may hold: this office first, then the senders of received packages,
    then any other origin of the small tables' records; each once."""
    found: dict[str, Office] = {}
    office = ws.office
    if office and ws.origin:
        found[ws.origin] = Office(ws.origin, office.get("code", ""), office.get("name", ""), own=True)
    for r in ws.query("SELECT peer_origin, peer_code, peer_name FROM sync_packages"
                      " WHERE direction = 'received' AND peer_origin <> '' ORDER BY id DESC"):
        found.setdefault(r["peer_origin"], Office(r["peer_origin"], r["peer_code"], r["peer_name"]))
    union = " UNION ".join(f"SELECT DISTINCT origin FROM {t} WHERE origin <> ''" for t in _ORIGIN_TABLES)
    for (origin,) in ws.db.execute(union).fetchall():
        found.setdefault(origin, Office(origin))
    return list(found.values())


def find(ws, which: str) -> Office:
    """The office named by its code (case ignored) or its UUID; UserError naming the offices known otherwise."""
    known = offices(ws)
    key = which.strip().casefold()
    for office in known:
        if key and key in (office.code.casefold(), office.origin.casefold()):
            return office
    raise UserError(_("Không biết đơn vị “{which}”: cơ sở dữ liệu này có số liệu của {known}.", which=which.strip(),
                      known=", ".join(o.label for o in known) or "…"), field="office")


def only(office: Office | None, alias: str = "") -> tuple[str, list]:
    """What a query's WHERE adds to count one office's records: (' AND x.origin = ?', [uuid]); ('', []) for all."""
    if office is None:
        return "", []
    return f" AND {alias + '.' if alias else ''}origin = ?", [office.origin]
