"""The error log in the data folder: unexpected errors are written here with their details, the clerk sees one
sentence naming this file (core.errors.describe), and the app goes on."""
from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

import platformdirs

from storage.connection import APP_AUTHOR, APP_NAME

_handler: logging.Handler | None = None


def log_path() -> Path:
    # not storage.connection.data_dir(): naming the file must not fail where the folder cannot be made
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)) / "vandong-bhxh.log"


def setup() -> logging.Logger:
    """The logger, writing to log_path(): the file the messages name (tests give each test its own folder)."""
    global _handler
    logger = logging.getLogger("vandong")
    path = log_path()
    if _handler is None or _handler.baseFilename != os.path.abspath(path):
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        if _handler is not None:
            logger.removeHandler(_handler)
            _handler.close()
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        _handler = handler
    return logger


def log_exception(context: str, exc: BaseException) -> bool:
    """Write exc and its traceback to the log. False when the log cannot be written (a read-only data folder):
    the caller still shows its sentence, and goes on."""
    try:
        setup().error("%s", context, exc_info=(type(exc), exc, exc.__traceback__))
    except OSError:
        return False
    return True
