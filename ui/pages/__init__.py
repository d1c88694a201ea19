"""The sidebar's pages, in order: key, title (Vietnamese source text, translated via Qt) and class.

Each page is a QWidget subclass of ui.pages.base.Page, built with the main window, with
refresh(changes) and retranslate(). Pages for later issues say what is coming.
"""
from ui.qt import QT_TRANSLATE_NOOP, QCoreApplication


PAGES = [
    ("overview", QT_TRANSLATE_NOOP("Sidebar", "Tổng quan"), "ui.pages.overview:OverviewPage"),
    ("plan", QT_TRANSLATE_NOOP("Sidebar", "Kế hoạch"), "ui.pages.plan:PlanPage"),
    ("units", QT_TRANSLATE_NOOP("Sidebar", "Địa bàn"), "ui.pages.units:UnitsPage"),
    ("conferences", QT_TRANSLATE_NOOP("Sidebar", "Hội nghị"), "ui.pages.conferences:ConferencesPage"),
    ("groups", QT_TRANSLATE_NOOP("Sidebar", "Nhóm vận động"), "ui.pages.groups:GroupsPage"),
    ("people", QT_TRANSLATE_NOOP("Sidebar", "Người tham gia"), "ui.pages.people:PeoplePage"),
    ("reports", QT_TRANSLATE_NOOP("Sidebar", "Báo cáo"), "ui.pages.reports:ReportsPage"),
    ("sync", QT_TRANSLATE_NOOP("Sidebar", "Đồng bộ"), "ui.pages.sync:SyncPage"),
    ("settings", QT_TRANSLATE_NOOP("Sidebar", "Cài đặt"), "ui.pages.settings:SettingsPage"),
]


def page_title(key: str) -> str:
    for k, title, _ in PAGES:
        if k == key:
            return QCoreApplication.translate("Sidebar", title)
    raise KeyError(key)
