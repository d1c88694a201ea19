"""Reports (core.reports): the weekly report written to .xlsx (and PDF), and the daily figures typed or pasted
in the Báo cáo page's grid."""
from __future__ import annotations

from ui.operations.base import Op
from ui.qt import tr


def weekly_report(parent, *, week: str, out, pdf=None, office=None) -> Op:
    """The ISO week's report ('2025-W45') to out (.xlsx), and to pdf when given, over the office's records when
    one is given (core.reports.scope.Office); the result is the WeeklyReport."""
    def fn(ws, _progress):
        from core.documents import files
        from core.reports import model, weekly_pdf, weekly_workbook
        report = model.weekly(ws, week, office=office)
        symbol = ws.setting("document_symbol") or "BHXH"
        with files.written(out) as drawing:
            weekly_workbook.write(report, ws.office or {}, drawing, symbol)
        if pdf:
            with files.written(pdf) as drawing:
                weekly_pdf.write(report, ws.office or {}, drawing, symbol)
        return report
    return Op(parent, fn, title=tr("Operations", "Đang lập báo cáo tuần…"))


def set_figures(parent, *, figures: list[tuple[int, str, str, int | None]]) -> Op:
    """Daily figures [(commune id, ISO day, indicator code, count or None to clear)], all or none; the result is
    the Changes."""
    def fn(ws, _progress):
        from core.changes import Changes
        changes = Changes()
        with ws.transaction():
            for commune_id, day, indicator, count in figures:
                changes = ws.figures.set(commune_id, day, indicator, count)
        return changes
    return Op(parent, fn, title=tr("Operations", "Đang lưu số liệu…"))


def figures_template(parent, *, path) -> Op:
    """The workbook the daily-figures import reads, to fill in."""
    def fn(ws, _progress):
        from core.documents import files
        from core.reports.figures import write_template
        with files.written(path) as drawing:
            write_template(ws, drawing)
        return path
    return Op(parent, fn, title=tr("Operations", "Đang lưu…"))


def import_figures(parent, *, path, columns: dict[str, str] | None = None) -> Op:
    """Daily figures from a workbook, all or nothing (core.reports.figures.import_figures); columns: the file's
    own header texts by field, remembered once read."""
    def fn(ws, _progress):
        from core.changes import Changes
        from core.reports.figures import import_figures as run
        result = run(ws, path, columns=columns)
        return result, (Changes.of("targets") if result.written else Changes())
    return Op(parent, fn, title=tr("Operations", "Đang nhập số liệu…"))


def dashboard(parent) -> Op:
    """The dashboard's tables (core.reports.dashboard.build), computed on the worker without a progress dialog.
    The module is imported here, on the window's thread: this op starts while the window is being built, and a
    first import on the worker then (through PySide's import hook) can deadlock with the window's thread."""
    from core.reports import dashboard as board
    return Op(parent, lambda ws, _progress: board.build(ws), quiet=True)


def period_report(parent, *, plan: str, period: str, out, office=None, plan_origin: str | None = None) -> Op:
    """The report of a plan's period or wave (plan number, period name; plan_origin: whose plan, when offices
    number plans alike) to out (.xlsx), over the office's records when one is given; the result is the
    PeriodReport (core.reports.period)."""
    def fn(ws, _progress):
        from core.reports import period_workbook
        return period_workbook.save(ws, plan, period, out, office, plan_origin)
    return Op(parent, fn, title=tr("Operations", "Đang lập báo cáo đợt…"))


def award_proposals(parent, *, found, collective_ids, individual_ids, out, collectives_taking_part,
                    individuals_taking_part) -> Op:
    """The proposal list (core.reports.awards.write_proposals) to out; refused beyond the caps."""
    def fn(ws, _progress):
        from core.documents import files
        from core.reports import awards
        with files.written(out) as drawing:
            awards.write_proposals(ws, found, collective_ids, individual_ids, drawing,
                                   collectives_taking_part=collectives_taking_part,
                                   individuals_taking_part=individuals_taking_part)
        return out
    return Op(parent, fn, title=tr("Operations", "Đang lưu…"))
