"""Exceptions the core raises. Their text is already in the user's language (see core.i18n).

describe(exc) is the one sentence to show for any exception: a refusal's message, a storage error
(storage.errors, which carry no text) worded here, or for anything else the unexpected-error sentence with the
log path. Never the exception's own text: that goes to the log (core.logs).
"""
from __future__ import annotations

from pathlib import Path

from core.i18n import _
from storage import errors as storage


class UserError(Exception):
    """Bad input or a refused action: shown to the clerk as is; nothing was written."""

    def __init__(self, message: str, *, field: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field


class ValidationError(UserError):
    """One or more fields or cells are wrong. `problems` lists (where, message) pairs, e.g. ("D9", "…")."""

    def __init__(self, message: str, problems: list[tuple[str, str]] | None = None, *, field: str | None = None):
        super().__init__(message, field=field)
        self.problems = problems or []


class DatabaseTooNew(UserError):
    """The database was written by a newer version of the app."""


def describe(exc: BaseException, path: str | Path | None = None) -> str:
    """The sentence for exc in the chosen language. path: the database in use, so that an sqlite3 error met at
    query time ("database disk image is malformed", "attempt to write a readonly database") is worded like the
    same problem found at open."""
    if isinstance(exc, UserError):
        return exc.message
    if path is not None and not isinstance(exc, storage.StorageError):
        from storage.database import classify
        exc = classify(exc, path) or exc
    if isinstance(exc, storage.DatabaseDamaged):
        if exc.latest_backup is None:
            return _("Tệp dữ liệu {path} đã bị hỏng, không đọc được; thư mục sao lưu {backups} chưa có bản sao lưu "
                     "nào.", path=exc.path, backups=exc.backups_dir)
        return _("Tệp dữ liệu {path} đã bị hỏng, không đọc được; bản sao lưu mới nhất trong thư mục {backups} là "
                 "{latest}.", path=exc.path, backups=exc.backups_dir, latest=exc.latest_backup.name)
    if isinstance(exc, storage.DatabaseReadOnly):
        if exc.pending_step:
            return _("Tệp {path} chỉ cho phép đọc nhưng phải được nâng cấp cho phiên bản này (bước “{name}”) trước "
                     "khi dùng; hãy chép tệp sang thư mục được phép ghi hoặc bỏ thuộc tính chỉ đọc rồi mở lại.",
                     path=exc.path, name=exc.pending_step)
        return _("Tệp {path} (hoặc thư mục chứa nó) chỉ cho phép đọc, nên không lưu được thay đổi; hãy chép tệp "
                 "sang thư mục được phép ghi hoặc bỏ thuộc tính chỉ đọc.", path=exc.path)
    if isinstance(exc, storage.DatabaseTooNew):
        return _("Cơ sở dữ liệu {path} được tạo bởi phiên bản mới hơn của ứng dụng (có bước cập nhật “{name}” mà "
                 "phiên bản này không biết). Hãy cài phiên bản mới nhất rồi mở lại.", path=exc.path, name=exc.step_name)
    if isinstance(exc, storage.DatabaseBusy):
        return _("Tệp {path} đang được một cửa sổ hoặc lệnh khác ghi quá lâu nên thay đổi này chưa được lưu; hãy "
                 "đợi việc đó xong rồi làm lại.", path=exc.path)
    if isinstance(exc, storage.DiskFull):
        return _("Ổ đĩa đã đầy (ổ chứa tệp {path} và thư mục sao lưu của nó, hoặc ổ của thư mục tạm) nên thay đổi "
                 "này chưa được lưu; hãy giải phóng chỗ trống rồi làm lại.", path=exc.path)
    if isinstance(exc, storage.StorageError):  # NotADatabase, and any later kind: the cautious sentence
        return _("Tệp {path} không phải là cơ sở dữ liệu của ứng dụng (hoặc đã bị hỏng).", path=exc.path)
    from core.logs import log_path
    return _("Đã xảy ra lỗi không mong muốn; chi tiết đã được ghi vào {log}.", log=log_path())


def as_user_error(exc: storage.StorageError) -> UserError:
    """A storage refusal as the UserError callers of the core catch (DatabaseTooNew keeps its type)."""
    kind = DatabaseTooNew if isinstance(exc, storage.DatabaseTooNew) else UserError
    return kind(describe(exc))
