"""Plans, their periods and targets, and the province's targets table in Excel (core.plans,
core.targets_workbook)."""
from __future__ import annotations

from ui.operations.base import Op
from ui.qt import tr


def save_plan(parent, *, plan_id: int | None, values: dict) -> Op:
    """Create the plan (plan_id None: the result is Added) or update it (Changes)."""
    return Op(parent, lambda ws, _p: ws.plans.create(**values) if plan_id is None else
              ws.plans.update(plan_id, **values), title=tr("Operations", "Đang lưu kế hoạch…"))


def delete_plan(parent, *, plan_id: int) -> Op:
    return Op(parent, lambda ws, _p: ws.plans.delete(plan_id), title=tr("Operations", "Đang xoá…"))


def save_period(parent, *, plan_id: int, period_id: int | None, values: dict) -> Op:
    """Add a period or wave to the plan (period_id None: Added) or update it (Changes)."""
    return Op(parent, lambda ws, _p: ws.plans.add_period(plan_id, **values) if period_id is None else
              ws.plans.update_period(period_id, **values), title=tr("Operations", "Đang lưu…"))


def delete_period(parent, *, period_id: int) -> Op:
    return Op(parent, lambda ws, _p: ws.plans.delete_period(period_id), title=tr("Operations", "Đang xoá…"))


def save_targets(parent, *, plan_id: int, indicator_code: str, targets: list, baselines: list) -> Op:
    """The grid's pending cells, all or none."""
    return Op(parent, lambda ws, _p: ws.plans.save_targets(plan_id, indicator_code, targets, baselines),
              title=tr("Operations", "Đang lưu chỉ tiêu…"))


def export_targets(parent, *, plan_id: int, path: str, indicator_code: str) -> Op:
    from core.targets_workbook import export_targets as export
    return Op(parent, lambda ws, _p: export(ws, plan_id, path, indicator_code),
              title=tr("Operations", "Đang xuất bảng chỉ tiêu…"))


def read_targets_table(parent, *, path: str, sheet: str | None) -> Op:
    """Find the table's layout in the workbook (reads the file only)."""
    from core.targets_workbook import analyse
    return Op(parent, lambda _ws, _p: analyse(path, sheet), title=tr("Operations", "Đang đọc bảng…"))


def import_targets(parent, *, path: str, plan_id: int, layout, indicator_code: str, dry_run: bool,
                   period_dates: dict | None = None) -> Op:
    """Check (dry_run) or import the table; period_dates {name: (start, end)} for the periods it creates."""
    from core.targets_workbook import import_targets as run_import
    title = tr("Operations", "Đang kiểm tra bảng…") if dry_run else tr("Operations", "Đang nhập chỉ tiêu…")
    return Op(parent, lambda ws, progress: run_import(ws, path, plan_id, layout, indicator_code=indicator_code,
                                                      dry_run=dry_run, progress=progress, period_dates=period_dates),
              title=title)
