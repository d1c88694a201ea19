"""Messages the core shows to people (errors, import reports, CLI output), in Vietnamese or English.

The UI is translated with Qt's .ts/.qm files; the core cannot use Qt, so each core module keeps a small
catalog of its own messages next to the code that raises them:

    M = Messages({"unit.unknown": ("Không tìm thấy đơn vị “{name}”.", "Unknown unit “{name}”.")})
    raise UserError(M("unit.unknown", name=name))

Vietnamese is the default; the UI and the CLI call set_language() with the user's choice. What goes on paper or
to another office is written in its own language whatever the screen shows: M(key, lang=DOCUMENTS) (Decree 30
documents, the follow-up list for the collection agency, the province's tables, sync packages are Vietnamese).
"""
from __future__ import annotations

LANGUAGES = ("vi", "en")
DOCUMENTS = "vi"  # the language of documents and of files sent to the agency, the province or other offices
_language = "vi"


def set_language(code: str) -> None:
    global _language
    if code not in LANGUAGES:
        raise ValueError(f"unsupported language {code!r}")
    _language = code


def language() -> str:
    return _language


def pick(pair: tuple[str, str], lang: str | None = None) -> str:
    """The (Vietnamese, English) pair's text in `lang`, else in the language of the moment."""
    return pair[1] if (lang or _language) == "en" else pair[0]


class Messages:
    """A module's catalog: key -> (Vietnamese, English) with str.format placeholders."""

    def __init__(self, catalog: dict[str, tuple[str, str]]):
        self.catalog = catalog

    def __call__(self, key: str, lang: str | None = None, **params) -> str:
        """The message in `lang`, else in the language of the moment."""
        text = pick(self.catalog[key], lang)
        return text.format(**params) if params else text
