"""Writing a document file whole or not at all: drawn into a temporary file beside the target, then moved over
it, so a failure (no folder, no permission, the PDF open in a viewer on Windows) leaves no half-written file and
is one sentence naming the path."""
from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from core.errors import UserError
from core.i18n import _


@contextlib.contextmanager
def written(path):
    """Yields a temporary path to draw into; on success it becomes path."""
    path = Path(path)
    try:
        handle, temporary = tempfile.mkstemp(prefix=".vandong-", suffix=path.suffix, dir=path.parent)
        os.close(handle)
    except OSError:
        raise _refused(path) from None
    try:
        yield Path(temporary)
        os.replace(temporary, path)
    except OSError:
        raise _refused(path) from None
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temporary)


def _refused(path: Path) -> UserError:
    return UserError(_("Không ghi được tệp {path}: thư mục không có, không được phép ghi, hoặc tệp đang mở trong "
                       "chương trình khác.", path=path), field="out")
