"""Numbered schema migrations. A migration never changes once released: add a new one at the end.

Every record that travels between offices carries the sync columns (SYNC below): a UUID made where it
was created, the creating office's code, a version that grows on every change, the time of the change,
and a deleted flag (a tombstone instead of a DELETE).
"""
from __future__ import annotations

import sqlite_utils

MIGRATIONS = sqlite_utils.Migrations("vandong")

SYNC = """
    uuid TEXT NOT NULL UNIQUE,
    origin TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
"""


def _run(db: sqlite_utils.Database, script: str) -> None:
    for statement in script.split(";\n"):
        if statement.strip():
            db.execute(statement)


@MIGRATIONS()
def m0001_foundation(db):
    _run(db, f"""
CREATE TABLE office (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    parent_name TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    province_code INTEGER,
    province_name TEXT NOT NULL DEFAULT '',
    place_name TEXT NOT NULL DEFAULT '',
    signer_authority TEXT NOT NULL DEFAULT '',
    signer_title TEXT NOT NULL DEFAULT '',
    signer_name TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    table_name TEXT NOT NULL,
    record_id INTEGER,
    record_uuid TEXT,
    old_values TEXT,
    new_values TEXT
);
CREATE INDEX audit_log_record ON audit_log(table_name, record_id);
CREATE TABLE units (
    id INTEGER PRIMARY KEY,
    {SYNC},
    kind TEXT NOT NULL CHECK (kind IN ('province', 'district', 'commune', 'village', 'custom')),
    name TEXT NOT NULL,
    name_folded TEXT NOT NULL,
    official_code INTEGER,
    parent_id INTEGER REFERENCES units(id),
    sort_order INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX units_parent ON units(parent_id);
CREATE INDEX units_folded ON units(name_folded);
CREATE TABLE plans (
    id INTEGER PRIMARY KEY,
    {SYNC},
    number TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    issued_on TEXT,
    start_date TEXT,
    end_date TEXT,
    issuer TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);
CREATE TABLE periods (
    id INTEGER PRIMARY KEY,
    {SYNC},
    plan_id INTEGER NOT NULL REFERENCES plans(id),
    name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'period' CHECK (kind IN ('period', 'wave')),
    start_date TEXT,
    end_date TEXT,
    ceremony_date TEXT,
    ceremony_time TEXT,
    ceremony_venue TEXT NOT NULL DEFAULT '',
    emulation_start TEXT,
    emulation_end TEXT,
    sort_order INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX periods_plan ON periods(plan_id);
CREATE TABLE indicators (
    id INTEGER PRIMARY KEY,
    {SYNC},
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    measure TEXT NOT NULL DEFAULT 'người',
    valid_from TEXT NOT NULL DEFAULT '2000-01-01',
    sort_order INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE baselines (
    id INTEGER PRIMARY KEY,
    {SYNC},
    plan_id INTEGER NOT NULL REFERENCES plans(id),
    unit_id INTEGER NOT NULL REFERENCES units(id),
    indicator_id INTEGER NOT NULL REFERENCES indicators(id),
    reference_date TEXT NOT NULL,
    value INTEGER NOT NULL DEFAULT 0,
    UNIQUE (plan_id, unit_id, indicator_id, reference_date)
);
CREATE TABLE targets (
    id INTEGER PRIMARY KEY,
    {SYNC},
    plan_id INTEGER NOT NULL REFERENCES plans(id),
    unit_id INTEGER NOT NULL REFERENCES units(id),
    indicator_id INTEGER NOT NULL REFERENCES indicators(id),
    period_id INTEGER NOT NULL REFERENCES periods(id),
    value INTEGER NOT NULL DEFAULT 0,
    UNIQUE (plan_id, unit_id, indicator_id, period_id)
);
CREATE INDEX targets_unit ON targets(unit_id);
CREATE TABLE conference_kinds (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    default_invitees INTEGER NOT NULL DEFAULT 60,
    valid_from TEXT NOT NULL DEFAULT '2000-01-01',
    sort_order INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE groups (
    id INTEGER PRIMARY KEY,
    {SYNC},
    kind TEXT NOT NULL CHECK (kind IN ('agency', 'advisory_team', 'association', 'steering_committee')),
    name TEXT NOT NULL,
    phone TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);
CREATE TABLE group_members (
    id INTEGER PRIMARY KEY,
    {SYNC},
    group_id INTEGER NOT NULL REFERENCES groups(id),
    full_name TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT '',
    position TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX group_members_group ON group_members(group_id);
CREATE TABLE group_units (
    id INTEGER PRIMARY KEY,
    {SYNC},
    group_id INTEGER NOT NULL REFERENCES groups(id),
    unit_id INTEGER NOT NULL REFERENCES units(id),
    UNIQUE (group_id, unit_id)
);
CREATE TABLE member_units (
    id INTEGER PRIMARY KEY,
    {SYNC},
    member_id INTEGER NOT NULL REFERENCES group_members(id),
    unit_id INTEGER NOT NULL REFERENCES units(id),
    UNIQUE (member_id, unit_id)
);
CREATE TABLE conferences (
    id INTEGER PRIMARY KEY,
    {SYNC},
    plan_id INTEGER REFERENCES plans(id),
    kind TEXT NOT NULL REFERENCES conference_kinds(code),
    title TEXT NOT NULL DEFAULT '',
    commune_id INTEGER NOT NULL REFERENCES units(id),
    village_id INTEGER REFERENCES units(id),
    venue TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL,
    time TEXT NOT NULL DEFAULT '',
    expected_invitees INTEGER NOT NULL DEFAULT 0,
    organiser_group_id INTEGER REFERENCES groups(id),
    host TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'postponed', 'cancelled')),
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX conferences_date ON conferences(date);
CREATE INDEX conferences_commune ON conferences(commune_id)
""")


@MIGRATIONS()
def m0002_people(db):
    _run(db, f"""
CREATE TABLE import_jobs (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    kind TEXT NOT NULL,
    file_name TEXT NOT NULL DEFAULT '',
    sheet TEXT NOT NULL DEFAULT '',
    rows INTEGER NOT NULL DEFAULT 0,
    created INTEGER NOT NULL DEFAULT 0,
    updated INTEGER NOT NULL DEFAULT 0,
    rejected INTEGER NOT NULL DEFAULT 0,
    undone_at TEXT
);
CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    {SYNC},
    full_name TEXT NOT NULL,
    name_folded TEXT NOT NULL,
    name_sort TEXT NOT NULL,
    birth_year INTEGER,
    birth_date TEXT,
    gender TEXT CHECK (gender IN ('M', 'F')),
    citizen_id TEXT,
    phone TEXT NOT NULL DEFAULT '',
    commune_id INTEGER REFERENCES units(id),
    village_id INTEGER REFERENCES units(id),
    address TEXT NOT NULL DEFAULT '',
    occupation TEXT NOT NULL DEFAULT '',
    target_group TEXT NOT NULL DEFAULT '',
    source_list TEXT NOT NULL DEFAULT '',
    collector_id INTEGER REFERENCES group_members(id),
    notes TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'prospect' CHECK (status IN
        ('prospect', 'invited', 'attended', 'registered', 'due_to_renew', 'lapsed', 'declined')),
    merged_into_id INTEGER REFERENCES people(id),
    import_job_id INTEGER REFERENCES import_jobs(id)
);
CREATE UNIQUE INDEX people_citizen_id ON people(citizen_id) WHERE citizen_id IS NOT NULL AND deleted = 0;
CREATE INDEX people_sort ON people(name_sort);
CREATE INDEX people_dup ON people(name_folded, birth_year, village_id);
CREATE INDEX people_phone ON people(phone);
CREATE INDEX people_commune ON people(commune_id);
CREATE INDEX people_job ON people(import_job_id);
CREATE TABLE invitations (
    id INTEGER PRIMARY KEY,
    {SYNC},
    conference_id INTEGER NOT NULL REFERENCES conferences(id),
    person_id INTEGER NOT NULL REFERENCES people(id),
    code TEXT NOT NULL UNIQUE,
    delivery_status TEXT NOT NULL DEFAULT 'pending' CHECK (delivery_status IN
        ('pending', 'handed_village_head', 'handed_collector', 'delivered')),
    delivered_via TEXT NOT NULL DEFAULT '',
    UNIQUE (conference_id, person_id)
);
CREATE INDEX invitations_person ON invitations(person_id);
CREATE TABLE attendance (
    id INTEGER PRIMARY KEY,
    {SYNC},
    conference_id INTEGER NOT NULL REFERENCES conferences(id),
    person_id INTEGER NOT NULL REFERENCES people(id),
    invitation_id INTEGER REFERENCES invitations(id),
    checked_in_at TEXT NOT NULL,
    checked_in_by TEXT NOT NULL DEFAULT '',
    method TEXT NOT NULL CHECK (method IN ('code', 'name', 'walk_in')),
    UNIQUE (conference_id, person_id)
);
CREATE TABLE registrations (
    id INTEGER PRIMARY KEY,
    {SYNC},
    person_id INTEGER NOT NULL REFERENCES people(id),
    conference_id INTEGER REFERENCES conferences(id),
    scheme TEXT NOT NULL CHECK (scheme IN ('vsi', 'hhi')),
    registered_on TEXT NOT NULL,
    commune_id INTEGER REFERENCES units(id),
    monthly_income INTEGER,
    payment_months INTEGER,
    UNIQUE (person_id, conference_id, scheme)
);
CREATE INDEX registrations_commune ON registrations(commune_id, registered_on);
CREATE TABLE follow_ups (
    id INTEGER PRIMARY KEY,
    {SYNC},
    person_id INTEGER NOT NULL REFERENCES people(id),
    conference_id INTEGER REFERENCES conferences(id),
    collector_id INTEGER REFERENCES group_members(id),
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
    notes TEXT NOT NULL DEFAULT '',
    UNIQUE (person_id, conference_id)
)
""")


def schema_names() -> list[str]:
    return [m.name for m in MIGRATIONS._migrations]



# The folded text a person is found by: name, village and commune (tone marks off, đ -> d, see core.text.fold).
_PEOPLE_DOC = ("{p}.name_folded || ' ' || coalesce((SELECT name_folded FROM units WHERE id = {p}.village_id), '')"
               " || ' ' || coalesce((SELECT name_folded FROM units WHERE id = {p}.commune_id), '')")


@MIGRATIONS()
def m0003_people_search(db):
    """Search over people: an FTS5 index of folded text kept in step by triggers (so every writer, the import
    and sync included, keeps it right), and partial indexes that give live people in name order."""
    new_doc, p_doc = _PEOPLE_DOC.format(p="new"), _PEOPLE_DOC.format(p="p")
    # Trigger bodies hold ';' + newline, so each statement is run on its own rather than through _run.
    for statement in [
        "CREATE VIRTUAL TABLE people_fts USING fts5(doc, tokenize = 'unicode61 remove_diacritics 2', detail = 'none',"
        " columnsize = 0)",
        # An import indexes its rows in one statement after inserting them (core.people_import): per-row
        # trigger inserts into FTS5 cost ~40 µs a row, a bulk INSERT … SELECT ~3 µs.
        f"""CREATE TRIGGER people_fts_insert AFTER INSERT ON people
        WHEN new.deleted = 0 AND new.import_job_id IS NULL BEGIN
            INSERT INTO people_fts (rowid, doc) VALUES (new.id, {new_doc});
        END""",
        f"""CREATE TRIGGER people_fts_update AFTER UPDATE OF name_folded, village_id, commune_id, deleted ON people
        BEGIN
            DELETE FROM people_fts WHERE rowid = old.id;
            INSERT INTO people_fts (rowid, doc) SELECT new.id, {new_doc} WHERE new.deleted = 0;
        END""",
        """CREATE TRIGGER people_fts_delete AFTER DELETE ON people BEGIN
            DELETE FROM people_fts WHERE rowid = old.id;
        END""",
        f"""CREATE TRIGGER people_fts_units AFTER UPDATE OF name_folded ON units BEGIN
            DELETE FROM people_fts WHERE rowid IN (SELECT id FROM people WHERE village_id = new.id OR commune_id = new.id);
            INSERT INTO people_fts (rowid, doc) SELECT p.id, {p_doc} FROM people p
                WHERE (p.village_id = new.id OR p.commune_id = new.id) AND p.deleted = 0;
        END""",
        # Live people in name order, whole office or one commune: these replace m0002's plain indexes (one index
        # fewer to maintain on every insert; every query filters deleted = 0 anyway).
        "DROP INDEX people_sort",
        "DROP INDEX people_commune",
        "CREATE INDEX people_live_sort ON people(name_sort) WHERE deleted = 0",
        "CREATE INDEX people_live_commune ON people(commune_id, name_sort) WHERE deleted = 0",
        "CREATE INDEX people_village ON people(village_id)",
        "CREATE INDEX people_merged ON people(merged_into_id) WHERE merged_into_id IS NOT NULL",
        "CREATE INDEX attendance_person ON attendance(person_id)",
        "CREATE INDEX registrations_person ON registrations(person_id)",
        "CREATE INDEX follow_ups_person ON follow_ups(person_id)",
        "CREATE INDEX follow_ups_collector ON follow_ups(collector_id)",
    ]:
        db.execute(statement)


@MIGRATIONS()
def m0004_people_fewer_indexes(db):
    """people_merged (m0003) is used by no query (merges are found through the people they keep, and a partial
    index cannot serve the foreign-key check), yet every large import rebuilds it: drop it."""
    db.execute("DROP INDEX IF EXISTS people_merged")
