"""SQLite storage: connection, migrations, sync-aware record writes with the audit log, backup. No Qt."""
