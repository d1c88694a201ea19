"""Operations: work on the database as jobs on the one DB worker (ui/operations/base.py), made by small
per-area factories, as Anki's aqt/operations are:

    from ui.operations import groups
    groups.save_member(self, group_id=g, member_id=None, values=v, unit_ids=u).success(self.saved).run()

Each factory takes the widget the op belongs to (for the progress dialog, and to find the window's worker)
and plain values; the function it hands to Op gets only the worker's Workspace and a progress object. A
mutation's result carries its core.changes.Changes; the widget passes them to main.apply().
"""
from ui.operations.base import DbWorker, Op, show_error

__all__ = ["DbWorker", "Op", "show_error"]
