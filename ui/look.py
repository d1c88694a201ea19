"""How the window looks: its icons, the one primary action of a page, and the style sheet that draws it.

Icons are SVG files in resources/icons (Material Design Icons, written by tools/icons.py): NAME.svg is dark, for
buttons and the sidebar; NAME-light.svg is white, for the selected sidebar row and the primary button.
"""
from __future__ import annotations

from core.resources import RESOURCES
from ui.qt import QIcon, QMenu, QPushButton, QSize

ICONS = RESOURCES / "icons"
PRIMARY = "#1f6fb2"
ICON_SIZE = QSize(18, 18)
STYLE = f"""
QPushButton[primary="true"] {{
    background-color: {PRIMARY}; color: white; border: 1px solid #185a91; border-radius: 3px;
    padding: 4px 12px; font-weight: bold;
}}
QPushButton[primary="true"]:hover {{ background-color: #2a7fc4; }}
QPushButton[primary="true"]:pressed {{ background-color: #185a91; }}
QPushButton[primary="true"]:disabled {{ background-color: #a9c4dd; border-color: #a9c4dd; }}
QListWidget#sidebar {{ background: #f4f6f8; }}
QListWidget#sidebar::item {{ padding-left: 8px; color: #263238; }}
QListWidget#sidebar::item:selected {{ background: {PRIMARY}; color: white; }}
"""
_cache: dict[tuple[str, bool], QIcon] = {}


def icon(name: str, light: bool = False) -> QIcon:
    """The named icon; light: white (on a dark or coloured background). Selected rows show it white too."""
    key = (name, light)
    if key not in _cache:
        found = QIcon()
        white = str(ICONS / f"{name}-light.svg")
        found.addFile(white if light else str(ICONS / f"{name}.svg"), QSize(), QIcon.Mode.Normal)
        found.addFile(white, QSize(), QIcon.Mode.Selected)
        _cache[key] = found
    return _cache[key]


def decorate(button: QPushButton, name: str) -> QPushButton:
    button.setIcon(icon(name))
    button.setIconSize(ICON_SIZE)
    return button


def primary(button: QPushButton, name: str) -> QPushButton:
    """The page's main action: coloured, with a white icon (one per page)."""
    button.setProperty("primary", True)
    button.setIcon(icon(name, light=True))
    button.setIconSize(ICON_SIZE)
    return button


def menu_button(name: str, parent=None) -> tuple[QPushButton, QMenu]:
    """A button that opens a menu of related actions (Qt draws the drop-down arrow)."""
    button = decorate(QPushButton(parent), name)
    menu = QMenu(button)
    menu.setToolTipsVisible(True)
    button.setMenu(menu)
    return button, menu
