"""Which tables travel between offices, and which stay on this PC.

A travelling table carries the sync columns (SYNC_COLUMNS) and the change counter, is written only through
storage's write path (storage.records) and refers to other rows in ways storage.sync can turn into UUIDs.
A local table never leaves the office: import jobs, settings and remembered mappings, the import link of a
person, the audit log, the office's own row (its identity travels in a package's manifest instead).

Natural keys (NATURAL_KEYS) are unique among live rows only: a tombstone does not block a new live row.
When two offices create the same natural key (say both set the Sơn Hà vsi target for October), the merge keeps
one live row: the one with the smaller UUID, so both offices pick the same one; it takes the values of
whichever of the two changed last (updated_at, then origin), the other becomes a tombstone, and rows that
pointed at it are pointed at the survivor. Both offices apply the same rule and converge.
"""
from __future__ import annotations

SYNC_COLUMNS = ("uuid", "origin", "version", "updated_at", "deleted", "change_seq")

TRAVELLING = (
    "units", "plans", "periods", "indicators", "baselines", "targets", "conference_kinds", "groups",
    "group_members", "group_units", "member_units", "conferences", "people", "invitations", "attendance",
    "registrations", "follow_ups", "not_duplicates", "daily_figures",
)

LOCAL = ("office", "settings", "audit_log", "import_jobs", "person_imports", "local_state", "documents",
         "trusted_offices", "sync_packages", "sync_state", "sync_conflicts", "sync_held", "_sqlite_migrations")

# Unique among live rows: index name -> (table, columns), partial unique indexes WHERE deleted = 0 (m0005;
# people_citizen_id is m0002's, which also skips people without an ID). conference_kinds.code stays UNIQUE
# over all rows: conferences refer to a kind by its code, and SQLite needs a full unique key for that reference.
NATURAL_KEYS = {
    "indicators_code": ("indicators", ("code",)),
    "baselines_key": ("baselines", ("plan_id", "unit_id", "indicator_id", "reference_date")),
    "targets_key": ("targets", ("plan_id", "unit_id", "indicator_id", "period_id")),
    "group_units_key": ("group_units", ("group_id", "unit_id")),
    "member_units_key": ("member_units", ("member_id", "unit_id")),
    "invitations_key": ("invitations", ("conference_id", "person_id")),
    "invitations_code": ("invitations", ("code",)),
    "attendance_key": ("attendance", ("conference_id", "person_id")),
    "registrations_key": ("registrations", ("person_id", "conference_id", "scheme")),
    "follow_ups_key": ("follow_ups", ("person_id", "conference_id")),
    "not_duplicates_key": ("not_duplicates", ("person_id", "other_person_id")),  # m0007; ordered by people's UUIDs
    "daily_figures_key": ("daily_figures", ("commune_id", "indicator_id", "day")),  # m0010
}


def is_travelling(table: str) -> bool:
    return table in TRAVELLING
