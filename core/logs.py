"""The error log in the data folder: unexpected errors are written here, shown briefly, and the app goes on."""
from __future__ import annotations

import logging
import logging.handlers

from storage.connection import data_dir

_configured = False


def log_path():
    return data_dir() / "vandong-bhxh.log"


def setup() -> logging.Logger:
    global _configured
    logger = logging.getLogger("vandong")
    if not _configured:
        handler = logging.handlers.RotatingFileHandler(log_path(), maxBytes=1_000_000, backupCount=3, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        _configured = True
    return logger


def log_exception(context: str, exc: BaseException) -> None:
    setup().error("%s", context, exc_info=(type(exc), exc, exc.__traceback__))
