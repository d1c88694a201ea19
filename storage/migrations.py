"""Numbered schema migrations. A migration never changes once released: add a new one at the end.

Every record that travels between offices carries the sync columns (SYNC below): a UUID made where it
was created, the creating office's code, a version that grows on every change, the time of the change,
and a deleted flag (a tombstone instead of a DELETE).
"""
from __future__ import annotations

from storage import sqlite_utils

MIGRATIONS = sqlite_utils.Migrations("vandong")

SYNC = """
    uuid TEXT NOT NULL UNIQUE,
    origin TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
"""
# the sync columns of a travelling table created after m0005 gave the others the change counter
SYNC_AND_CHANGE = SYNC.strip("\n") + ",\n    change_seq INTEGER NOT NULL DEFAULT 0"


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


# --- m0005: identities that travel, the change counter, live-only natural keys ---------------------------------
_M0005_BUILTIN = {  # the codes seeded in every office when m0005 shipped (storage.identity.BUILTIN_CODES)
    "indicators": ("vsi_new", "hhi_new"),
    "conference_kinds": ("customer", "policy_qa", "small_group", "launch", "training"),
}
_M0005_REBUILT = ("indicators", "baselines", "targets", "conference_kinds", "group_units", "member_units",
                  "invitations", "attendance", "registrations", "follow_ups", "people")
_M0005_ALTERED = ("units", "plans", "periods", "groups", "group_members", "conferences")
_M0005_KEYS = [  # unique among live rows
    ("indicators_code", "indicators", "code"),
    ("baselines_key", "baselines", "plan_id, unit_id, indicator_id, reference_date"),
    ("targets_key", "targets", "plan_id, unit_id, indicator_id, period_id"),
    ("group_units_key", "group_units", "group_id, unit_id"),
    ("member_units_key", "member_units", "member_id, unit_id"),
    ("invitations_key", "invitations", "conference_id, person_id"),
    ("invitations_code", "invitations", "code"),
    ("attendance_key", "attendance", "conference_id, person_id"),
    ("registrations_key", "registrations", "person_id, conference_id, scheme"),
    ("follow_ups_key", "follow_ups", "person_id, conference_id"),
]
_M0005_FTS_DOC = _PEOPLE_DOC  # frozen with the migration


def _m0005_table_sql(db, table: str) -> str:
    """m0002's CREATE TABLE with the table-level UNIQUE keys and people.import_job_id taken out and the change
    counter added (the same text in every database, so a regex over it is exact)."""
    import re
    sql = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [table]).fetchone()[0]
    sql = re.sub(r",\s*UNIQUE \([^)]*\)", "", sql)
    sql = sql.replace(",\n    import_job_id INTEGER REFERENCES import_jobs(id)", "")
    if table == "conference_kinds":  # it had no sync columns; its code stays UNIQUE (conferences refer to it)
        sql = sql.replace("id INTEGER PRIMARY KEY,", "id INTEGER PRIMARY KEY," + SYNC + ",", 1)
    else:
        sql = sql.replace("code TEXT NOT NULL UNIQUE", "code TEXT NOT NULL")
    sql = sql.replace("deleted INTEGER NOT NULL DEFAULT 0", "deleted INTEGER NOT NULL DEFAULT 0,\n"
                      "    change_seq INTEGER NOT NULL DEFAULT 0", 1)
    return sql.replace(f"CREATE TABLE {table} (", f"CREATE TABLE {table}_new (", 1)


def _m0005_rebuild(db, table: str, stamp: str) -> None:
    indexes = [sql for (name, sql) in db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL", [table])
        if name != "people_job"]
    old = [r[1] for r in db.execute(f"PRAGMA table_info([{table}])")]
    db.execute(_m0005_table_sql(db, table))
    new = [r[1] for r in db.execute(f"PRAGMA table_info([{table}_new])")]
    kept = [c for c in new if c in old]
    extra = {"uuid": "lower(hex(randomblob(16)))", "origin": "''", "version": "1", "updated_at": repr(stamp),
             "deleted": "0", "change_seq": "1"}
    added = [c for c in new if c not in old]
    db.execute(f"INSERT INTO [{table}_new] ({', '.join(kept + added)})"
               f" SELECT {', '.join(kept + [extra[c] for c in added])} FROM [{table}]")
    db.execute(f"DROP TABLE [{table}]")
    db.execute(f"ALTER TABLE [{table}_new] RENAME TO [{table}]")
    for sql in indexes:
        db.execute(sql)


def _m0005_stable_uuids(db) -> dict[str, str]:
    """Official units and built-in config get their deterministic UUIDs; returns old -> new."""
    from storage.identity import builtin_uuid, new_uuid, official_unit_uuid
    renamed: dict[str, str] = {}
    taken: set[str] = set()

    def give(table, row_id, old, new):
        if new in taken:  # a second row for the same official unit (a re-added tombstone): keeps its own
            return
        taken.add(new)
        renamed[old] = new
        db.execute(f"UPDATE [{table}] SET uuid = ? WHERE id = ?", [new, row_id])

    for row_id, old, kind, code in db.execute(
            "SELECT id, uuid, kind, official_code FROM units WHERE official_code IS NOT NULL"
            " AND kind IN ('province', 'commune') ORDER BY deleted, id").fetchall():
        give("units", row_id, old, official_unit_uuid(kind, code))
    for table, codes in _M0005_BUILTIN.items():
        for row_id, old, code in db.execute(f"SELECT id, uuid, code FROM [{table}] ORDER BY deleted, id").fetchall():
            if code in codes:
                give(table, row_id, old, builtin_uuid(table, code))
            elif table == "conference_kinds":  # the placeholder from the rebuild becomes a real UUID
                db.execute("UPDATE conference_kinds SET uuid = ? WHERE id = ?", [new_uuid(), row_id])
    return renamed


def _m0005_checkins_to_utc(db) -> None:
    """Check-in times were naive local time: from now on every event time is UTC (shown in local time)."""
    import datetime as dt
    for row_id, at in db.execute("SELECT id, checked_in_at FROM attendance").fetchall():
        try:
            moment = dt.datetime.fromisoformat(at)
        except (TypeError, ValueError):
            continue
        if moment.tzinfo is None:
            moment = moment.astimezone()  # the PC's own zone, where the clerk typed it
        utc = moment.astimezone(dt.timezone.utc).isoformat(timespec="milliseconds")
        db.execute("UPDATE attendance SET checked_in_at = ? WHERE id = ?", [utc, row_id])


def _m0005(db) -> None:
    import datetime as dt
    import uuid as uuidlib
    stamp = dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds")
    for trigger in ("people_fts_insert", "people_fts_update", "people_fts_delete", "people_fts_units"):
        db.execute(f"DROP TRIGGER [{trigger}]")
    _run(db, """
CREATE TABLE local_state (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
INSERT INTO local_state (key, value) VALUES ('change_seq', 1);
CREATE TABLE person_imports (
    person_id INTEGER PRIMARY KEY REFERENCES people(id),
    import_job_id INTEGER NOT NULL REFERENCES import_jobs(id)
);
CREATE INDEX person_imports_job ON person_imports(import_job_id);
INSERT INTO person_imports (person_id, import_job_id) SELECT id, import_job_id FROM people WHERE import_job_id IS NOT NULL;
ALTER TABLE office ADD COLUMN uuid TEXT NOT NULL DEFAULT ''
""")
    db.execute("UPDATE office SET uuid = ?", [str(uuidlib.uuid4())])
    for table in _M0005_REBUILT:
        _m0005_rebuild(db, table, stamp)
    for table in _M0005_ALTERED:
        db.execute(f"ALTER TABLE [{table}] ADD COLUMN change_seq INTEGER NOT NULL DEFAULT 0")
        db.execute(f"UPDATE [{table}] SET change_seq = 1")
    for table in _M0005_REBUILT + _M0005_ALTERED:
        db.execute(f"CREATE INDEX [{table}_change] ON [{table}](change_seq)")
    for name, table, columns in _M0005_KEYS:
        db.execute(f"CREATE UNIQUE INDEX [{name}] ON [{table}]({columns}) WHERE deleted = 0")
    renamed = _m0005_stable_uuids(db)
    if renamed:
        db.execute("CREATE TEMP TABLE m0005_renamed (old TEXT PRIMARY KEY, new TEXT)")
        db.conn.executemany("INSERT INTO m0005_renamed VALUES (?, ?)", list(renamed.items()))
        db.execute("UPDATE audit_log SET record_uuid = r.new FROM m0005_renamed r WHERE audit_log.record_uuid = r.old")
        db.execute("DROP TABLE m0005_renamed")
    office = db.execute("SELECT uuid FROM office").fetchone()
    if office:  # the origin was the code the clerk typed; two offices can type the same one
        for table in _M0005_REBUILT + _M0005_ALTERED:
            db.execute(f"UPDATE [{table}] SET origin = ?", [office[0]])
    _m0005_checkins_to_utc(db)
    new_doc, p_doc = _M0005_FTS_DOC.format(p="new"), _M0005_FTS_DOC.format(p="p")
    for statement in [
        # A bulk write of people indexes its rows itself in one statement (storage.records.bulk_insert) and
        # sets the flag while it writes; any other insert is indexed here.
        f"""CREATE TRIGGER people_fts_insert AFTER INSERT ON people
        WHEN new.deleted = 0 AND NOT EXISTS (SELECT 1 FROM local_state WHERE key = 'people_fts_deferred') BEGIN
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
    ]:
        db.execute(statement)


@MIGRATIONS(transactional=False)
def m0005_identities(db):
    """Identities that travel (deterministic UUIDs, the office's UUID as origin), the change counter, natural
    keys unique among live rows only, conference kinds with sync columns, import links kept local, check-in
    times in UTC. Tables are rebuilt, which needs foreign keys off, which SQLite allows only outside a
    transaction: so this step opens its own, and checks the foreign keys before committing."""
    import sqlite3
    if "change_seq" in {r[1] for r in db.execute("PRAGMA table_info(units)")}:
        return  # applied, but the record of it was lost (a crash between the two)
    if db.conn.in_transaction:  # storage.database._migrate: under its lock, foreign keys already off
        if db.execute("PRAGMA foreign_keys").fetchone()[0]:
            raise RuntimeError("m0005 rebuilds tables: it must run with foreign keys off")
        with db.atomic():
            _m0005(db)
        return
    db.execute("PRAGMA foreign_keys=OFF")
    try:
        with db.atomic():
            _m0005(db)
            broken = db.execute("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise sqlite3.IntegrityError(f"m0005 would break references: {broken[:5]}")
    finally:
        db.execute("PRAGMA foreign_keys=ON")


# Frozen with m0006: a person's document as it was before a unit was renamed (old: the unit's row before).
_M0006_DOC = _PEOPLE_DOC
_M0006_DOC_BEFORE_UNIT = (
    "p.name_folded || ' ' || coalesce(CASE WHEN p.village_id = old.id THEN old.name_folded"
    " ELSE (SELECT name_folded FROM units WHERE id = p.village_id) END, '')"
    " || ' ' || coalesce(CASE WHEN p.commune_id = old.id THEN old.name_folded"
    " ELSE (SELECT name_folded FROM units WHERE id = p.commune_id) END, '')")


@MIGRATIONS()
def m0006_people_search_contentless(db):
    """The search index keeps no copy of its documents (content=''): only rowids come out of it, and an import
    of 100.000 people writes and commits 5-10 % less. A contentless index forgets a person only when told the
    words it holds for them: the triggers give the document as it was (the row before the change, the unit's
    old name)."""
    for trigger in ("people_fts_insert", "people_fts_update", "people_fts_delete", "people_fts_units"):
        db.execute(f"DROP TRIGGER IF EXISTS [{trigger}]")
    db.execute("DROP TABLE people_fts")
    db.execute("CREATE VIRTUAL TABLE people_fts USING fts5(doc, tokenize = 'unicode61 remove_diacritics 2',"
               " detail = 'none', columnsize = 0, content = '')")
    new_doc, old_doc, p_doc = (_M0006_DOC.format(p=p) for p in ("new", "old", "p"))
    forget_old = f"INSERT INTO people_fts (people_fts, rowid, doc) SELECT 'delete', old.id, {old_doc} WHERE old.deleted = 0"
    for statement in [
        # A bulk load sets this trigger aside and indexes its rows a batch at a time (storage.bulk).
        f"""CREATE TRIGGER people_fts_insert AFTER INSERT ON people WHEN new.deleted = 0 BEGIN
            INSERT INTO people_fts (rowid, doc) VALUES (new.id, {new_doc});
        END""",
        f"""CREATE TRIGGER people_fts_update AFTER UPDATE OF name_folded, village_id, commune_id, deleted ON people
        BEGIN
            {forget_old};
            INSERT INTO people_fts (rowid, doc) SELECT new.id, {new_doc} WHERE new.deleted = 0;
        END""",
        f"""CREATE TRIGGER people_fts_delete AFTER DELETE ON people BEGIN
            {forget_old};
        END""",
        f"""CREATE TRIGGER people_fts_units AFTER UPDATE OF name_folded ON units BEGIN
            INSERT INTO people_fts (people_fts, rowid, doc) SELECT 'delete', p.id, {_M0006_DOC_BEFORE_UNIT}
                FROM people p WHERE (p.village_id = old.id OR p.commune_id = old.id) AND p.deleted = 0;
            INSERT INTO people_fts (rowid, doc) SELECT p.id, {p_doc} FROM people p
                WHERE (p.village_id = new.id OR p.commune_id = new.id) AND p.deleted = 0;
        END""",
        f"INSERT INTO people_fts (rowid, doc) SELECT p.id, {p_doc} FROM people p WHERE p.deleted = 0",
    ]:
        db.execute(statement)


@MIGRATIONS()
def m0007_not_duplicates(db):
    """The clerk's "Không trùng": two people found alike are not the same person. It travels (a decision about
    people, who travel), so another office does not raise the pair again; the pair is held in the order of the
    people's UUIDs, the same in every office, so the natural key below is one key everywhere."""
    _run(db, f"""
CREATE TABLE not_duplicates (
    id INTEGER PRIMARY KEY,
    {SYNC_AND_CHANGE},
    person_id INTEGER NOT NULL REFERENCES people(id),
    other_person_id INTEGER NOT NULL REFERENCES people(id),
    CHECK (person_id <> other_person_id)
);
CREATE UNIQUE INDEX not_duplicates_key ON not_duplicates(person_id, other_person_id) WHERE deleted = 0;
CREATE INDEX not_duplicates_other ON not_duplicates(other_person_id);
CREATE INDEX not_duplicates_change ON not_duplicates(change_seq)
""")


@MIGRATIONS()
def m0008_documents(db):
    """The register of documents this office issued (local: each office numbers its own documents), and when an
    invitation was last printed (it travels with the invitation)."""
    _run(db, """
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    doc_type TEXT NOT NULL,
    number INTEGER NOT NULL CHECK (number > 0),
    year INTEGER NOT NULL,
    issued_on TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    signer TEXT NOT NULL DEFAULT '',
    conference_id INTEGER REFERENCES conferences(id),
    created_at TEXT NOT NULL,
    UNIQUE (doc_type, year, number)
);
CREATE INDEX documents_conference ON documents(conference_id, doc_type);
ALTER TABLE invitations ADD COLUMN printed_at TEXT
""")


@MIGRATIONS()
def m0009_registration_lists(db):
    """What the collection agency's lists (D05-TS, D03-TS) need and the app did not hold: a person's category
    for the state's support, the month a registration pays from and the place in the household (household
    health insurance), a collector's code; and a co-issuer for invitations issued jointly (seed 004: the
    commune with the collection agency), on a plan (for its conferences) or a conference (JSON: name, parent,
    symbol, signer_authority, signer_title, signer_name)."""
    _run(db, """
ALTER TABLE people ADD COLUMN support_category TEXT CHECK (support_category IN
    ('poor', 'near_poor', 'ethnic_minority', 'island', 'other'));
ALTER TABLE registrations ADD COLUMN start_month TEXT;
ALTER TABLE registrations ADD COLUMN household_member INTEGER CHECK (household_member >= 1);
ALTER TABLE group_members ADD COLUMN collector_code TEXT NOT NULL DEFAULT '';
ALTER TABLE plans ADD COLUMN co_issuer TEXT NOT NULL DEFAULT '';
ALTER TABLE conferences ADD COLUMN co_issuer TEXT NOT NULL DEFAULT ''
""")


@MIGRATIONS()
def m0010_daily_figures(db):
    """New participants per commune, day and indicator typed or pasted from the official collection software
    (when the people are not in the app). A figure is the commune's whole count for that day and indicator, so a
    report takes it instead of the registrations recorded in the app for that day, never both. It travels: the
    province consolidates the offices' figures."""
    _run(db, f"""
CREATE TABLE daily_figures (
    id INTEGER PRIMARY KEY,
    {SYNC_AND_CHANGE},
    commune_id INTEGER NOT NULL REFERENCES units(id),
    indicator_id INTEGER NOT NULL REFERENCES indicators(id),
    day TEXT NOT NULL,
    count INTEGER NOT NULL CHECK (count >= 0),
    notes TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX daily_figures_key ON daily_figures(commune_id, indicator_id, day) WHERE deleted = 0;
CREATE INDEX daily_figures_day ON daily_figures(day);
CREATE INDEX daily_figures_change ON daily_figures(change_seq)
""")


@MIGRATIONS()
def m0011_registrations_by_day(db):
    """Reports count registrations by day: an index that answers a range of days from the index alone."""
    _run(db, "CREATE INDEX registrations_day ON registrations(registered_on, commune_id, scheme) WHERE deleted = 0")


@MIGRATIONS()
def m0012_deadlines(db):
    """When reports are due: the plan's weekly report (an ISO weekday and a time, Thursday 15:00 by default, seed
    000) and a wave's or period's list of participants and results report (dates, seed 001). They travel with
    the plan and the period."""
    _run(db, """
ALTER TABLE plans ADD COLUMN report_weekday INTEGER NOT NULL DEFAULT 4 CHECK (report_weekday BETWEEN 1 AND 7);
ALTER TABLE plans ADD COLUMN report_time TEXT NOT NULL DEFAULT '15:00';
ALTER TABLE periods ADD COLUMN lists_due TEXT;
ALTER TABLE periods ADD COLUMN results_due TEXT
""")


@MIGRATIONS()
def m0013_report_indexes(db):
    """The weekly report counts the registrations recorded at the week's conferences and the people awaiting a
    follow-up, the dashboard those people by collector: without these they would read every registration and
    every follow-up ever recorded."""
    _run(db, """
CREATE INDEX registrations_conference ON registrations(conference_id) WHERE deleted = 0 AND conference_id IS NOT NULL;
CREATE INDEX follow_ups_open ON follow_ups(person_id) WHERE deleted = 0 AND status = 'open';
CREATE INDEX follow_ups_open_collector ON follow_ups(collector_id) WHERE deleted = 0 AND status = 'open'
""")


@MIGRATIONS()
def m0014_trusted_offices(db):
    """The offices whose signed packages this office accepts: their code and name as their key file gave them,
    the public key (Ed25519, 32 bytes in hex), when trusted and when removed (a package signed by a removed key is
    refused as such). Local: whom an office trusts is its own decision."""
    _run(db, """
CREATE TABLE trusted_offices (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    public_key TEXT NOT NULL UNIQUE,
    added_at TEXT NOT NULL,
    removed_at TEXT
)
""")


@MIGRATIONS()
def m0015_sync_packages(db):
    """The packages this office sent and received: per peer office a sequence number each way, the change
    counter a sent package ran to (the start of the next incremental one once the peer acknowledges it), and the
    counts. Local: each office keeps its own register."""
    _run(db, """
CREATE TABLE sync_packages (
    id INTEGER PRIMARY KEY,
    direction TEXT NOT NULL CHECK (direction IN ('sent', 'received')),
    package_uuid TEXT NOT NULL UNIQUE,
    peer_code TEXT NOT NULL,
    peer_name TEXT NOT NULL DEFAULT '',
    sequence INTEGER NOT NULL,
    acknowledged INTEGER NOT NULL DEFAULT 0,
    mode TEXT NOT NULL,
    since TEXT NOT NULL DEFAULT '',
    upto_change INTEGER NOT NULL DEFAULT 0,
    kinds TEXT NOT NULL DEFAULT '',
    counts TEXT NOT NULL DEFAULT '{}',
    file_name TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL
);
CREATE INDEX sync_packages_peer ON sync_packages(peer_code, direction, sequence)
""")


@MIGRATIONS()
def m0016_sync_state(db):
    """What each peer office is known to hold of each record, for the merge to tell a change made only there, only
    here, or on both sides: the version last received from the peer, and the version last sent to it with the
    package's sequence (it counts once the peer acknowledges that package). The conflicts a merge resolved, with
    both versions, for the clerk to review and reverse; and records a package held back (their parent missing).
    Local."""
    _run(db, """
CREATE TABLE sync_state (
    peer_code TEXT NOT NULL,
    uuid TEXT NOT NULL,
    received INTEGER NOT NULL DEFAULT 0,
    sent INTEGER NOT NULL DEFAULT 0,
    sent_sequence INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (peer_code, uuid)
) WITHOUT ROWID;
CREATE TABLE sync_conflicts (
    id INTEGER PRIMARY KEY,
    package_uuid TEXT NOT NULL,
    peer_code TEXT NOT NULL,
    table_name TEXT NOT NULL,
    uuid TEXT NOT NULL,
    kept TEXT NOT NULL,
    lost TEXT NOT NULL,
    theirs_kept INTEGER NOT NULL,
    at TEXT NOT NULL,
    reversed_at TEXT
);
CREATE TABLE sync_held (
    id INTEGER PRIMARY KEY,
    package_uuid TEXT NOT NULL,
    peer_code TEXT NOT NULL,
    table_name TEXT NOT NULL,
    uuid TEXT NOT NULL,
    row TEXT NOT NULL,
    reason TEXT NOT NULL,
    at TEXT NOT NULL
)
""")


@MIGRATIONS()
def m0017_package_changes(db):
    """What a received package changed, per table (JSON {table: {created, updated, deleted, conflicts, held}}),
    for the clerk to open it from the history. Local."""
    db.execute("ALTER TABLE sync_packages ADD COLUMN changes TEXT")


@MIGRATIONS()
def m0018_package_origin(db):
    """The sending office's UUID (the manifest's sender_origin) beside its code and name, so that the records of
    that origin can be named after their office (reports over one office's records). Local."""
    db.execute("ALTER TABLE sync_packages ADD COLUMN peer_origin TEXT NOT NULL DEFAULT ''")
