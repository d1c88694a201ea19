"""Invitations to a conference: one per person, each with a short code printed (and QR-encoded) on it.

A code is 6 random symbols plus a check symbol from an alphabet without 0/O and 1/I (read aloud or typed
from paper without confusion), e.g. 'K7Q2MXA'. The check symbol lets the door tell a mistyped code from a
code of another office. Delivery status follows the paper: pending -> handed to the village head or a
collector -> delivered.
"""
from __future__ import annotations

import re
import secrets
from typing import NamedTuple

from core import labels
from core.changes import Changes
from core.errors import UserError
from core.i18n import N_, _
from core.text import clean
from core.workspace import under_write_lock

ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # 32 symbols: no 0, O, 1, I
CODE_LENGTH = 7
DELIVERY = {
    "pending": N_("Chưa gửi"),
    "handed_village_head": N_("Đã giao trưởng thôn"),
    "handed_collector": N_("Đã giao nhân viên thu"),
    "delivered": N_("Đã đến tay người được mời"),
}
_STRIP = re.compile(r"[\s\-_.]")


def _check_symbol(body: str) -> str:
    return ALPHABET[sum((i + 1) * ALPHABET.index(ch) for i, ch in enumerate(body)) % len(ALPHABET)]


def make_code() -> str:
    body = "".join(secrets.choice(ALPHABET) for _unused in range(CODE_LENGTH - 1))
    return body + _check_symbol(body)


def code_shape(text) -> str | None:
    """The text as a code when it has a code's shape (7 symbols of the alphabet, ignoring case, spaces and a
    prefix such as 'GM:' a QR payload may carry), else None. The check symbol is not verified here."""
    t = clean(text).upper()
    t = re.split(r"[:/#=]", t)[-1]
    t = _STRIP.sub("", t)
    if len(t) == CODE_LENGTH and all(ch in ALPHABET for ch in t):
        return t
    return None


def is_valid_code(code: str) -> bool:
    return len(code) == CODE_LENGTH and all(ch in ALPHABET for ch in code) and _check_symbol(code[:-1]) == code[-1]


class Invited(NamedTuple):
    made: list[dict]    # [{person_id, full_name, code}] of the invitations made
    changes: Changes


def conference(ws, conference_id) -> dict:
    rows = ws.query("SELECT c.*, u.name AS commune_name, k.name AS kind_name FROM conferences c"
                    " LEFT JOIN units u ON u.id = c.commune_id LEFT JOIN conference_kinds k ON k.code = c.kind"
                    " WHERE c.id = ? AND c.deleted = 0", [conference_id])
    if not rows:
        raise UserError(_("Không có hội nghị số {id}.", id=conference_id), field="conference_id")
    rows[0]["kind_name"] = labels.conference_kind(rows[0]["kind"], rows[0]["kind_name"] or "")
    return rows[0]


class Invitations:
    DELIVERY = DELIVERY

    def __init__(self, ws):
        self.ws = ws

    def _new_code(self) -> str:
        while True:
            code = make_code()
            if not self.ws.query("SELECT 1 FROM invitations WHERE code = ?", [code]):
                return code

    @under_write_lock
    def invite(self, conference_id: int, person_ids) -> Invited:
        """Invite people; returns [{person_id, full_name, code}] for the invitations made. One person already
        invited is refused (UserError naming them); in a batch, those already invited are skipped."""
        conference(self.ws, conference_id)
        person_ids = list(dict.fromkeys(int(p) for p in person_ids))
        people = {r["id"]: r for r in self.ws.people.rows(person_ids) if not r["deleted"]}
        for pid in person_ids:
            if pid not in people:
                raise UserError(_("Không có người số {id}.", id=pid), field="person_id")
        existing = {r["person_id"]: r for r in self.ws.query(
            "SELECT * FROM invitations WHERE conference_id = ?", [conference_id])}
        if len(person_ids) == 1 and person_ids[0] in existing and not existing[person_ids[0]]["deleted"]:
            inv = existing[person_ids[0]]
            raise UserError(_("{name} đã được mời dự hội nghị này (mã thư mời {code}).",
                              name=people[person_ids[0]]["full_name"], code=inv["code"]), field="person_id")
        made = []
        with self.ws.transaction():
            for pid in person_ids:
                old = existing.get(pid)
                if old and not old["deleted"]:
                    continue
                if old:  # invited once, withdrawn: the same row (and code) comes back
                    self.ws.update("invitations", old["id"], {"deleted": 0, "delivery_status": "pending"})
                    code = old["code"]
                else:
                    code = self._new_code()
                    self.ws.insert("invitations", {"conference_id": conference_id, "person_id": pid, "code": code})
                self.ws.people.advance_status(pid, "invited")
                made.append({"person_id": pid, "full_name": people[pid]["full_name"], "code": code})
        return Invited(made, Changes.of("invitations", "people"))

    @under_write_lock
    def withdraw(self, invitation_id: int) -> Changes:
        """An invitation taken back (audited); refused while its person is checked in at the conference. The
        person's status goes back with it (people.settle_status)."""
        with self.ws.transaction():
            row = self.require(invitation_id)
            if self.ws.query("SELECT 1 FROM attendance WHERE conference_id = ? AND person_id = ? AND deleted = 0",
                             [row["conference_id"], row["person_id"]]):
                raise UserError(_("{name} đã điểm danh ở hội nghị này: huỷ điểm danh trước rồi mới rút giấy mời.",
                                  name=self.ws.people.require(row["person_id"])["full_name"]))
            self.ws.delete("invitations", invitation_id)
            self.ws.people.settle_status(row["person_id"])
        return Changes.of("invitations", "people")

    def require(self, invitation_id: int) -> dict:
        row = self.ws.get("invitations", invitation_id)
        if row is None or row["deleted"]:
            raise UserError(_("Không có giấy mời số {id}.", id=invitation_id))
        return row

    def list(self, conference_id: int) -> list[dict]:
        """The invitees in name order, with person fields, place names and check-in time (None if absent)."""
        return self.ws.query(
            "SELECT i.id, i.conference_id, i.person_id, i.code, i.delivery_status, i.delivered_via,"
            " p.full_name, p.birth_year, p.gender, p.citizen_id, p.phone, p.status, p.village_id, p.commune_id,"
            " v.name AS village, c.name AS commune, a.checked_in_at, a.method"
            " FROM invitations i JOIN people p ON p.id = i.person_id"
            " LEFT JOIN units v ON v.id = p.village_id LEFT JOIN units c ON c.id = p.commune_id"
            " LEFT JOIN attendance a ON a.conference_id = i.conference_id AND a.person_id = i.person_id AND a.deleted = 0"
            " WHERE i.conference_id = ? AND i.deleted = 0 AND p.deleted = 0 ORDER BY p.name_sort, p.id",
            [conference_id])

    def set_delivery(self, invitation_id: int, status: str, via: str = "") -> Changes:
        if status not in DELIVERY:
            raise UserError(_("Trạng thái gửi giấy mời không hợp lệ: {value}.", value=status), field="delivery_status")
        self.require(invitation_id)
        with self.ws.transaction():
            self.ws.update("invitations", invitation_id, {"delivery_status": status, "delivered_via": clean(via)})
        return Changes.of("invitations")

    def by_code(self, code: str) -> dict | None:
        shaped = code_shape(code)
        if shaped is None:
            return None
        rows = self.ws.query("SELECT i.*, p.full_name FROM invitations i JOIN people p ON p.id = i.person_id"
                             " WHERE i.code = ? AND i.deleted = 0", [shaped])
        return rows[0] if rows else None

    def found_for(self, conference_id: int, search: str, any_commune: bool = False) -> tuple[list[int], int]:
        """The people a search finds, to invite to the conference: only those of its commune unless any_commune
        (a name search easily finds namesakes elsewhere); and how many it found in other communes, left out."""
        found = self.ws.people.ids({"search": search})
        commune_id = conference(self.ws, conference_id)["commune_id"]
        if any_commune or commune_id is None:
            return found, 0
        here = self.ws.people.ids({"search": search, "commune_id": commune_id})
        return here, len(found) - len(here)

    def uninvited_in_commune(self, conference_id: int) -> list[int]:
        """Live people of the conference's commune (and village, for a village session) not yet invited to it."""
        conf = conference(self.ws, conference_id)
        sql = ("SELECT p.id FROM people p WHERE p.deleted = 0 AND p.commune_id = ? AND NOT EXISTS (SELECT 1 FROM"
               " invitations i WHERE i.conference_id = ? AND i.person_id = p.id AND i.deleted = 0)")
        params = [conf["commune_id"], conference_id]
        if conf["village_id"]:
            sql += " AND p.village_id = ?"
            params.append(conf["village_id"])
        return [r["id"] for r in self.ws.query(sql + " ORDER BY p.name_sort", params)]
