"""Sync by signed Excel packages (issue 11; ARCHITECTURE.md 'Sync by signed packages'): the format
(core.sync.format), writing a package (core.sync.export) and reading one back with its checks (core.sync.verify)."""
