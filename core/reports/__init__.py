"""Reports drawn from one reporting model (core.reports.model): the weekly report, wave and period reports, the
dashboard. The writers (.xlsx, PDF) and the dashboard draw the tables it returns; none computes figures itself."""
