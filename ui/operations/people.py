"""The people registry (core.people): one person, several at once, lists from Excel."""
from __future__ import annotations

from ui.operations.base import Op
from ui.qt import tr


def add_person(parent, *, values: dict) -> Op:
    return Op(parent, lambda ws, _p: ws.people.add(values), title=tr("Operations", "Đang lưu…"))


def update_person(parent, *, person_id: int, values: dict) -> Op:
    return Op(parent, lambda ws, _p: ws.people.update(person_id, values), title=tr("Operations", "Đang lưu…"))


def delete_people(parent, *, person_ids: list[int]) -> Op:
    return Op(parent, lambda ws, _p: ws.people.delete_many(person_ids), title=tr("Operations", "Đang xoá…"))


def merge_people(parent, *, keep_id: int, other_ids: list[int]) -> Op:
    return Op(parent, lambda ws, _p: ws.people.merge_many(keep_id, other_ids), title=tr("Operations", "Đang gộp…"))


def mark_not_duplicates(parent, *, person_ids: list[int]) -> Op:
    """“Không trùng”: these people are not the same person (every pair among them)."""
    return Op(parent, lambda ws, _p: ws.people.mark_not_duplicates(person_ids), title=tr("Operations", "Đang lưu…"))


def undo_not_duplicates(parent, *, record_ids: list[int]) -> Op:
    return Op(parent, lambda ws, _p: ws.people.undo_not_duplicates(record_ids),
              title=tr("Operations", "Đang hoàn tác…"))


def find_people(parent, *, query: tuple) -> Op:
    """The ordered ids for the people table (query: PeopleModel.query()'s arguments for ws.people.ids)."""
    return Op(parent, lambda ws, _p: ws.people.ids(*query), title=tr("Operations", "Đang tìm…"))


def preview_import(parent, *, path: str, sheet: str | None) -> Op:
    """The sheet's header and a sample (a big workbook takes a moment to read)."""
    return Op(parent, lambda ws, _p: ws.people.preview_import(path, sheet=sheet), title=tr("Operations", "Đang đọc tệp…"))


def import_people(parent, *, path: str, sheet: str | None, commune, mapping: dict, dry_run: bool,
                  errors_path: str | None, villages: dict | None = None) -> Op:
    title = tr("Operations", "Đang thử nhập…") if dry_run else tr("Operations", "Đang nhập danh sách…")
    return Op(parent, lambda ws, progress: ws.people.import_file(path, sheet=sheet, commune=commune, mapping=mapping,
                                                                 dry_run=dry_run, errors_path=errors_path,
                                                                 progress=progress, villages=villages), title=title)


def undo_import(parent, *, job_id: int) -> Op:
    return Op(parent, lambda ws, _p: ws.people.undo_import(job_id), title=tr("Operations", "Đang hoàn tác…"))
