"""Messages the core shows to people (errors, import reports, CLI output), in Vietnamese or English.

Core and CLI messages are gettext messages whose id is the Vietnamese text (the convention of the Qt .ts files):

    raise UserError(_("Không tìm thấy đơn vị “{name}”.", name=name))
    print(ngettext("Đã mời {n} người.", "Đã mời {n} người.", n))

`pybabel extract` collects them (keywords _, N_, ngettext; see tools/translations.py) into
translations/core.pot; translations/core_en.po holds the English and core_en.mo is what runs. N_ marks a text
kept in a table and translated where it is shown: KINDS = {"agency": N_("Đại lý thu")}; _(KINDS[code]).

Vietnamese is the default; the UI and the CLI call set_language() with the user's choice. What goes on paper or
to another office is written in its own language whatever the screen shows: _(text, lang=DOCUMENTS) (Decree 30
documents, the follow-up list for the collection agency, the province's tables, sync packages are Vietnamese).
"""
from __future__ import annotations

import gettext

from core.resources import TRANSLATIONS

LANGUAGES = ("vi", "en")
DOCUMENTS = "vi"  # the language of documents and of files sent to the agency, the province or other offices
_language = "vi"
_catalogs: dict[tuple[str, str], gettext.NullTranslations] = {}


def set_language(code: str) -> None:
    global _language
    if code not in LANGUAGES:
        raise ValueError(f"unsupported language {code!r}")
    _language = code


def language() -> str:
    return _language


def catalog(lang: str | None = None, domain: str = "core") -> gettext.NullTranslations:
    """The compiled catalog translations/<domain>_<lang>.mo; none (each id given back) for the language the
    domain's ids are written in: Vietnamese for core's, English for argparse's."""
    key = (lang or _language, domain)
    found = _catalogs.get(key)
    if found is None:
        path = TRANSLATIONS / f"{domain}_{key[0]}.mo"
        found = gettext.NullTranslations()
        if path.exists():
            with open(path, "rb") as f:
                found = gettext.GNUTranslations(f)
        _catalogs[key] = found
    return found


def _(message: str, /, lang: str | None = None, **params) -> str:
    """The message in `lang`, else in the language of the moment, with its {placeholders} filled."""
    text = catalog(lang).gettext(message)
    return text.format(**params) if params else text


def ngettext(singular: str, plural: str, n: int, /, lang: str | None = None, **params) -> str:
    """A message about n things (English says '1 conference', '2 conferences'); {n} is filled with n as numbers
    are written (12.345 in Vietnamese)."""
    from core.formatting import number   # formatting reads the language from here
    return catalog(lang).ngettext(singular, plural, n).format(n=number(n, lang), **params)


def N_(message: str) -> str:
    """Marks a text for the catalog where it is defined; _() translates it where it is shown."""
    return message


class Messages:
    """A module's keyed texts, for messages chosen by a code at run time: key -> Vietnamese text marked N_."""

    def __init__(self, texts: dict[str, str]):
        self.texts = texts

    def __call__(self, key: str, /, lang: str | None = None, **params) -> str:
        return _(self.texts[key], lang, **params)
