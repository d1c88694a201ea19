"""Finding people: one box (name, ID, phone or village), and ordered id lists for a lazy table model.

Text is folded (no tone marks, đ -> d) and matched as word prefixes in the people_fts index (migration
m0003): 'duc' finds Đức, 'dinh' finds Đinh, 'ng v an' finds Nguyễn Văn An. Digits look up the citizen ID
and the phone by prefix through their indexes (a phone typed without its leading 0 is tried with it): an ID
from 9 digits, a phone from 4.
"""
from __future__ import annotations

import re

from core.text import fold

_WORDS = re.compile(r"[^a-z0-9]+")
_DIGITS = re.compile(r"^[\d\s.+\-]+$")
ORDERS = {
    "name": "p.name_sort, p.id",
    "birth_year": "p.birth_year, p.name_sort, p.id",
    "commune": "p.commune_id, p.name_sort, p.id",
    "status": "p.status, p.name_sort, p.id",
    "recent": "p.id DESC",
}
ROW_SQL = """SELECT p.*, v.name AS village, c.name AS commune, m.full_name AS collector_name
FROM people p LEFT JOIN units v ON v.id = p.village_id LEFT JOIN units c ON c.id = p.commune_id
LEFT JOIN group_members m ON m.id = p.collector_id"""


def fts_query(text: str) -> str | None:
    """FTS5 query: every word as a prefix, except one-letter words, which match whole words only (a lone 'n'
    typed as the first key would otherwise match half the registry)."""
    words = [w for w in _WORDS.split(fold(text)) if w]
    return " ".join(f'"{w}"*' if len(w) > 1 else f'"{w}"' for w in words) if words else None


def _next(prefix: str) -> str:
    """The smallest string greater than every string starting with prefix (for an indexed range scan)."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def _words(text: str) -> list[str]:
    return [w for w in _WORDS.split(fold(text)) if w]


def _digits(text: str) -> str | None:
    if _DIGITS.match(text):
        digits = re.sub(r"\D", "", text)
        return digits or None
    return None


def matching_ids_sql(text: str) -> tuple[str, list] | None:
    """(SQL selecting the ids of people matching the search box text, params); None for an empty box."""
    if not text or not text.strip():
        return None
    digits = _digits(text)
    if digits:
        # IDs by prefix from 9 digits (shorter prefixes are shared by whole provinces and birth years), phones
        # from 4; fewer digits find nobody rather than everybody.
        if len(digits) < 4:
            return "SELECT id FROM people WHERE 0", []
        ids = [digits] + (["0" + digits] if len(digits) == 11 else []) if len(digits) >= 9 else []
        phones = [digits] + (["0" + digits] if not digits.startswith("0") else [])
        parts, params = [], []
        for number in ids:
            parts.append("SELECT id FROM people WHERE citizen_id >= ? AND citizen_id < ? AND deleted = 0")
            params += [number, _next(number)]
        for ph in phones:
            parts.append("SELECT id FROM people WHERE phone >= ? AND phone < ?")
            params += [ph, _next(ph)]
        return " UNION ".join(parts), params
    query = fts_query(text)
    if query is None:
        return None
    return "SELECT rowid FROM people_fts WHERE people_fts MATCH ?", [query]


def search_condition(text: str) -> tuple[str, list] | None:
    """(SQL condition on p, params) matching the search box text; None for an empty box."""
    found = matching_ids_sql(text)
    return None if found is None else (f"p.id IN ({found[0]})", found[1])


def where(filters: dict | None) -> tuple[str, list]:
    """WHERE clause for filters: commune_id, village_id, status, target_group, collector_id, import_job_id, search."""
    filters = filters or {}
    sql, params = ["p.deleted = 0"], []
    for key in ("commune_id", "village_id", "status", "target_group", "collector_id", "import_job_id"):
        value = filters.get(key)
        if value in (None, ""):
            continue
        # which import made a person is local data (person_imports), not a column of the travelling row
        column = "(SELECT import_job_id FROM person_imports WHERE person_id = p.id)" if key == "import_job_id" \
            else f"p.{key}"
        if isinstance(value, (list, tuple, set)):
            sql.append(f"{column} IN ({','.join('?' * len(value))})")
            params += list(value)
        else:
            sql.append(f"{column} = ?")
            params.append(value)
    cond = search_condition(filters.get("search") or "")
    if cond:
        sql.append(cond[0])
        params += cond[1]
    return " AND ".join(sql), params


def ids(ws, filters=None, order: str = "name", descending: bool = False) -> list[int]:
    clause, params = where(filters)
    order_sql = ORDERS.get(order, ORDERS["name"])
    if descending:
        order_sql = ", ".join(f"{part} DESC" if not part.endswith("DESC") else part[:-5]
                              for part in order_sql.split(", "))
    return [r[0] for r in ws.db.execute(f"SELECT p.id FROM people p WHERE {clause} ORDER BY {order_sql}", params)]


def count(ws, filters=None) -> int:
    clause, params = where(filters)
    return ws.db.execute(f"SELECT count(*) FROM people p WHERE {clause}", params).fetchone()[0]


def rows(ws, person_ids) -> list[dict]:
    """Display rows (with village, commune and collector names) in the order of person_ids."""
    person_ids = list(person_ids)
    found: dict[int, dict] = {}
    for start in range(0, len(person_ids), 500):
        chunk = person_ids[start:start + 500]
        for r in ws.query(f"{ROW_SQL} WHERE p.id IN ({','.join('?' * len(chunk))})", chunk):
            found[r["id"]] = r
    return [found[i] for i in person_ids if i in found]


def search(ws, text: str, limit: int = 200, filters: dict | None = None) -> list[dict]:
    """The first `limit` people matching the search box text (and filters) in Vietnamese name order."""
    clause, params = where({**(filters or {}), "search": text})
    return ws.query(f"{ROW_SQL} WHERE {clause} ORDER BY p.name_sort, p.id LIMIT ?", params + [limit])


def reindex(ws) -> int:
    """Rebuild the search index from the people table (a repair). Returns the number of people indexed."""
    from storage.records import reindex_people
    with ws.transaction():
        return reindex_people(ws.db)
